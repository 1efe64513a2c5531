"""The optional compiled step loops (``pip install gate-explorer[fast]``, numba).

Importing this package imports no numba and compiles nothing: ``load()`` does, once per
process (call it from a worker: ``Backend.warm_up``). It builds one float32 signature per
loop and keeps the machine code in numba's on-disk cache under ``cache_dir()`` (a user
cache folder, never the package folder, which may be read-only), so later sessions load
it in well under a second. ``Kernels`` runs each cell's time loop over the buffers the
cell's NumPy ``forward`` prepared; see ``kernels`` for what differs in rounding. The
recurrent matrices are read in panels of 64 columns (``panels``): a copy the size of W_hh,
made once per weight array and kept while the weights live (``cached_panels``).
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from gate_explorer.engine.stepping import ALIGN, CHUNK, input_part

_LOCK = threading.Lock()
_LOADED: Kernels | None = None
PANEL = 64  # columns per panel of a recurrent matrix (kernels.PANEL)
_PANELS: dict[tuple[int, str], tuple[weakref.ref, np.ndarray]] = {}
_PANELS_LOCK = threading.Lock()


def panels(w_t: np.ndarray) -> np.ndarray:
    """``w_t`` (K, N) laid out for the compiled product: (n, K, 64) panels, panel p holding
    columns 64p .. 64p+63 (zeros past N), each one contiguous and 64-byte aligned, so a
    step streams the matrix in one pass and keeps a panel's 64 sums in registers."""
    return _column_panels(w_t, PANEL)


UNITS = 16  # LSTM units per panel (kernels.UNITS)


def lstm_panels(w_t: np.ndarray) -> np.ndarray:
    """An LSTM's ``w_t`` (K, 4H) (columns i f o g, H each) laid out for the compiled step:
    (n, K, 64) panels, panel p holding the i, f, o and g columns of units 16p .. 16p+15
    (zeros past H), so the step of 16 units follows their panel's product at once."""
    k_all, cols = w_t.shape
    hid = cols // 4
    n = max(1, -(-hid // UNITS))
    pad = np.zeros((k_all, 4, n * UNITS), dtype=np.float32)
    pad[:, :, :hid] = w_t.reshape(k_all, 4, hid)
    out = _aligned((n, k_all, PANEL))
    out[...] = pad.reshape(k_all, 4, n, UNITS).transpose(2, 0, 1, 3).reshape(n, k_all, PANEL)
    return out


def input_slices(w_in: np.ndarray) -> np.ndarray:
    """``w_in`` (F+1, N) in slices of 16 columns, (N / 16, F+1, 16) (zeros past N), for the
    input tiles the compiled LSTM step computes beside its panels."""
    return _column_panels(w_in, UNITS)


def _column_panels(w_t: np.ndarray, width: int) -> np.ndarray:
    """``w_t`` (K, N) as (ceil(N / width), K, width) float32 panels of ``width`` columns
    each (zeros past N), contiguous and 64-byte aligned."""
    k_all, cols = w_t.shape
    n = max(1, -(-cols // width))
    pad = np.zeros((k_all, n * width), dtype=np.float32)
    pad[:, :cols] = w_t
    out = _aligned((n, k_all, width))
    out[...] = pad.reshape(k_all, n, width).transpose(1, 0, 2)
    return out


def _aligned(shape: tuple[int, ...]) -> np.ndarray:
    size = int(np.prod(shape))
    raw = np.empty(size + 16, dtype=np.float32)
    skip = (-raw.ctypes.data % 64) // 4
    return raw[skip : skip + size].reshape(shape)


def cached_panels(w_t: np.ndarray, layout: Callable[[np.ndarray], np.ndarray] = panels):
    """``layout(w_t)`` (``panels`` or ``lstm_panels``), built once per weight array and
    layout (kept while ``w_t`` lives)."""
    key = (id(w_t), layout.__name__)
    with _PANELS_LOCK:
        hit = _PANELS.get(key)
        if hit is not None and hit[0]() is w_t:
            return hit[1]
    built = layout(w_t)
    with _PANELS_LOCK:
        _PANELS[key] = (weakref.ref(w_t), built)
    weakref.finalize(w_t, _PANELS.pop, key, None)
    return built


_INPUT: dict[int, tuple[weakref.ref, np.ndarray, dict[int, bool]]] = {}


def input_panels(w_in: np.ndarray) -> np.ndarray:
    """``panels(w_in)`` for the input product's weights (F+1, N) (the bias the last row),
    built once per weight array, as ``cached_panels``."""
    return _input_entry(w_in)[1]


def _input_entry(w_in: np.ndarray) -> tuple[weakref.ref, np.ndarray, dict[int, bool]]:
    key = id(w_in)
    with _PANELS_LOCK:
        hit = _INPUT.get(key)
        if hit is not None and hit[0]() is w_in:
            return hit
    entry = (weakref.ref(w_in), panels(w_in), {})
    with _PANELS_LOCK:
        _INPUT[key] = entry
    weakref.finalize(w_in, _INPUT.pop, key, None)
    return entry


def input_exact(kernels: Kernels, w_in: np.ndarray, batch: int) -> bool:
    """True when the compiled input product (``kernels.input_rows``) gives, for ``w_in``
    (F+1, N) float32, the bits of ``stepping.input_part``'s BLAS product of ``ALIGN * batch``
    rows: checked once per weight array and batch size on random rows (BLAS picks its
    summation order by shape and layout, never by the values; OpenBLAS's sgemm sums each
    element in k order, as the compiled one does). Else the loop reads NumPy's product."""
    entry = _input_entry(w_in)
    done = entry[2].get(batch)
    if done is not None:
        return done
    rows = ALIGN * batch
    probe = np.random.default_rng(0).standard_normal((rows, w_in.shape[0] - 1))
    probe = probe.astype(np.float32)
    ref = np.empty((rows, w_in.shape[1]), dtype=np.float32)
    input_part(probe[:, None, :], w_in, ref)
    got = np.full_like(ref, np.nan)
    kernels.loops["input_rows"](probe, entry[1], got)
    same = bool(np.array_equal(ref.view(np.uint32), got.view(np.uint32)))
    entry[2][batch] = same
    return same


def cache_dir() -> Path:
    """Where the compiled loops are cached: ``$NUMBA_CACHE_DIR`` if set, else the user's
    cache folder (``$XDG_CACHE_HOME`` or ``~/.cache`` on Linux, ``~/Library/Caches`` on
    macOS, ``%LOCALAPPDATA%`` on Windows) + ``gate-explorer/numba``."""
    if os.environ.get("NUMBA_CACHE_DIR"):
        return Path(os.environ["NUMBA_CACHE_DIR"])
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "gate-explorer" / "numba"


def _writable(path: Path) -> bool:
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=path):
            pass
    except OSError:
        return False
    return True


@dataclass(frozen=True)
class Kernels:
    """The compiled loops of one process; each method runs one direction of one layer.

    ``loops`` maps names to numba dispatchers (``kernels.SIGNATURES``); ``cached`` says
    whether they live in the disk cache (False: the cache folder was not writable, so each
    process compiles again); ``seconds`` is how long ``load`` took.
    """

    loops: dict[str, Any]
    cached: bool
    seconds: float
    version: str

    def _run(self, name: str, args: tuple, steps: int, progress: Callable[[int], None] | None):
        loop = self.loops[name]
        if progress is None:
            loop(*args, 0, steps)
            return
        for start in range(0, steps, CHUNK):  # the same cut as stepping.step_rows
            stop = min(start + CHUNK, steps)
            loop(*args, start, stop)
            progress(stop)

    def input_part(self, x, w_in, out) -> bool:
        """``stepping.input_part(x, w_in, out)`` by the compiled product when it gives its
        bits for these weights (``input_exact``; True), at the FMA units' pace instead of
        OpenBLAS's (about 60 % of the time for 64 inputs and a few thousand columns); else
        nothing is done (False) and the caller runs NumPy's."""
        f32 = np.float32
        if x.dtype != f32 or w_in.dtype != f32 or out.dtype != f32 or out.ndim != 2:
            return False
        if not input_exact(self, w_in, x.shape[1]):
            return False
        self.loops["input_rows"](_c(x).reshape(-1, x.shape[-1]), input_panels(w_in), out)
        return True

    def lstm_input(self, w, batch: int) -> bool:
        """True when ``lstm`` computes the input part of ``z`` itself (given ``x``): with
        NumPy's bits for these weights (``input_exact``), inside the time loop, where the
        rows are still in cache when their steps read them."""
        return input_exact(self, w.w_in, batch)

    def lstm(self, z, hidden, m_all, h0, w, progress=None, x=None) -> None:
        """``lstm.forward``'s time loop: ``z`` (T+1, B, 5H), ``hidden`` (T, B, P), ``m_all``
        (T, B, H) or None, ``h0`` (B, P), ``w`` ``LSTMWeights``; ``x`` (T, B, F): the loop
        computes the input part of ``z`` (only when ``lstm_input``), else None: ``z``
        holds it."""
        proj = w.w_hr_t is not None
        ms = m_all if proj else _EMPTY3
        w_hr = cached_panels(w.w_hr_t) if proj else _EMPTY3
        wp = cached_panels(w.w_hh_t, lstm_panels)
        if x is None:
            x2, wip, wis = _EMPTY2, _EMPTY3, _EMPTY3
        else:
            x2, wip = _c(x).reshape(-1, x.shape[-1]), input_panels(w.w_in)
            # beside the panels only while they stream from L2: a larger matrix streams from
            # memory, and the tiles' loads then slow the stream more than they save
            ahead = wp.nbytes <= AHEAD_MAX_BYTES
            wis = cached_panels(w.w_in, input_slices) if ahead else _EMPTY3
        # a matrix larger than L2 streams from memory: its whole product first, then the
        # gates (pausing the stream for each panel's gates costs more than they do)
        split = wp.nbytes > AHEAD_MAX_BYTES
        args = (z, hidden, ms, _c(h0), wp, w_hr, _GATES[w.gate], x2, wip, wis, split)
        self._run("lstm_loop", args, hidden.shape[0], progress)

    def gru(self, gi, gh, hidden, h0, w, progress=None) -> None:
        """``gru.forward``'s time loop (reset after the product): ``gi``, ``gh`` (T, B, 3H),
        ``hidden`` (T, B, H), ``h0`` (B, H), ``w`` ``GRUWeights``."""
        args = (gi, gh, hidden, _c(h0), cached_panels(w.w_hh_t), w.b_hh, _GATES[w.gate])
        self._run("gru_loop", args, hidden.shape[0], progress)

    def gru_before(self, gi, hidden, h0, w, progress=None) -> None:
        """The time loop of a GRU with ``reset_after=False``; as ``gru`` without ``gh``."""
        w_rz, w_hn = cached_panels(w.w_hh_rz_t), cached_panels(w.w_hn_t)
        args = (gi, hidden, _c(h0), w_rz, w_hn, w.b_hh, _GATES[w.gate])
        self._run("gru_before_loop", args, hidden.shape[0], progress)

    def rnn(self, hidden, h0, w, progress=None) -> None:
        """``rnn.forward``'s time loop: ``hidden`` (T, B, H) holds the input part."""
        args = (hidden, _c(h0), cached_panels(w.w_hh_t), bool(w.relu))
        self._run("rnn_loop", args, hidden.shape[0], progress)


AHEAD_MAX_BYTES = 2 * 2**20  # up to this size the LSTM's W_hh streams from L2: input tiles
# go beside its panels and each panel's gates follow it; a larger one is read from memory
_EMPTY2 = np.empty((0, 0), dtype=np.float32)
_EMPTY3 = np.empty((0, 0, 0), dtype=np.float32)
_GATES = {"sigmoid": 0, "hard_sigmoid_keras2": 1, "hard_sigmoid_keras3": 2}


def _c(arr: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(arr, dtype=np.float32)


def load() -> Kernels:
    """Compile the loops, or load them from the disk cache, once per process (thread-safe).

    Raises ``ImportError`` without numba. Slow the first time on a machine (seconds of
    compilation); call it from a worker, never from the GUI thread.
    """
    global _LOADED
    with _LOCK:
        if _LOADED is not None:
            return _LOADED
        t0 = time.perf_counter()
        import numba

        from gate_explorer.engine.fast import kernels

        folder = cache_dir()
        cached = _writable(folder)
        before = numba.config.CACHE_DIR
        numba.config.CACHE_DIR = str(folder)  # read once, when each loop is decorated
        try:
            loops = kernels.compile_all(cache=cached)
        finally:
            numba.config.CACHE_DIR = before
        _LOADED = Kernels(loops, cached, time.perf_counter() - t0, numba.__version__)
        return _LOADED


def loaded() -> Kernels | None:
    """The kernels if ``load`` has run in this process, else None (never compiles)."""
    return _LOADED
