"""Runs that follow an edit: only the steps from the first changed token are computed.

``rerun_text(model, old, text)`` gives the run of ``text`` bit for bit equal to
``model.run_text(text)``, reusing the steps of ``old`` (the run of the text before the
edit) up to the first token that changed, and the states there. Appending costs one step
per new token (plus at most ``ALIGN - 1`` steps recomputed, see below), deleting at the end
costs nothing, an edit in the middle costs the tail. A layer with a reverse direction
reads the sequence from its end, so that direction re-runs whole, and every layer above
it re-runs from the first step (``Rerun.reverse_whole`` says so).

Why it is exact: the input product of every step is computed in blocks of
``stepping.ALIGN`` steps of one shape (``stepping.input_part``), and so is the head's
readout (``stepping.blocked_product``); a re-run starts at a multiple of ``ALIGN`` before
the first changed token, with the states the old run had there, so every BLAS call and
every ufunc sees what it saw in the full run.

Storage: the trace's arrays are views of buffers with room to grow (``_Store``). An append
writes the new rows in place when no live trace shows them (checked with weak references
to every trace handed out); otherwise, or when the room is used up, the reused rows are
copied into new buffers. The time loop runs in chunks of ``CHUNK`` steps through all
layers (for a one-directional network), so ``partial`` can show the part already
computed while a long first run goes on.
"""

from __future__ import annotations

import bisect
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from gate_explorer.engine.backend import NUMPY, Backend
from gate_explorer.engine.checks import check_finite
from gate_explorer.engine.layers import assemble, joined
from gate_explorer.engine.model import Model, ModelRun
from gate_explorer.engine.net import Progress
from gate_explorer.engine.stepping import ALIGN
from gate_explorer.engine.tokenize import Token
from gate_explorer.engine.trace import DirectionTrace, Trace

CHUNK = 16 * ALIGN  # steps of every layer computed before the next chunk (and a report)
Partial = Callable[[ModelRun, int], None]  # the run so far, and its first step computed


@dataclass(frozen=True)
class Rerun:
    """What an incremental run did: ``start`` the first step computed (a multiple of ALIGN
    at or before ``first``, the first token that changed), ``computed`` the steps computed
    over all layers and directions, ``reverse_whole`` True when a reverse direction re-ran
    the whole sequence (and the layers above it with it)."""

    first: int
    start: int
    steps: int
    computed: int
    reverse_whole: bool = False

    @property
    def reused(self) -> int:
        """Steps of the old run kept as they were (per layer)."""
        return 0 if self.reverse_whole else self.start


def common_prefix(a: str, b: str) -> int:
    """The length of the longest common prefix of ``a`` and ``b`` (C-speed comparisons)."""
    lo, hi = 0, min(len(a), len(b))
    if a[:hi] == b[:hi]:
        return hi
    while hi - lo > 1:  # a[:lo] == b[:lo], a[:hi] != b[:hi]
        mid = (lo + hi) // 2
        if a[lo:mid] == b[lo:mid]:
            lo = mid
        else:
            hi = mid
    return lo


def _same(a: Token, b: Token) -> bool:
    return a.id == b.id and a.value == b.value and a.known == b.known


def edit_tokens(model: Model, old: ModelRun, text: str) -> tuple[list[Token], int]:
    """The tokens of ``text`` and the index of the first one whose input differs from
    ``old``'s tokens, re-tokenizing only from the edit on."""
    tok = model.tokenizer
    c = common_prefix(old.text, text)
    b = tok.boundary_before(text, c)
    keep = bisect.bisect_right(old.tokens, b, key=lambda t: t.end)
    tail = tok.tokenize(text, start=b)
    tokens = old.tokens[:keep] + tail
    first = keep
    limit = min(len(old.tokens), len(tokens))
    while first < limit and _same(old.tokens[first], tokens[first]):
        first += 1
    return tokens, first


# ---------------------------------------------------------------------- storage
class _Store:
    """Buffers (capacity, ...) behind the traces of one growing run; see the module text."""

    def __init__(self, capacity: int, backend: str = "numpy") -> None:
        self.capacity = capacity
        self.backend = backend  # the engine path that computed the rows (never mixed)
        self.arrays: dict[str, np.ndarray] = {}
        self.lock = threading.Lock()
        self._shown: list[tuple[weakref.ref, int]] = []

    def shown(self) -> int:
        """The most rows a live trace of this store shows."""
        self._shown = [(r, n) for r, n in self._shown if r() is not None]
        return max((n for _, n in self._shown), default=0)

    def add(self, trace: Trace, rows: int) -> None:
        ref = weakref.ref(trace)
        self._shown.append((ref, rows))
        key = id(trace)
        _STORES[key] = (ref, self)
        weakref.finalize(trace, _forget, key, ref)

    def buffer(self, key: str, like: np.ndarray) -> np.ndarray:
        """The buffer ``key``, made for rows shaped like ``like`` (n, ...) when missing."""
        buf = self.arrays.get(key)
        if buf is None:
            buf = np.empty((self.capacity, *like.shape[1:]), dtype=like.dtype)
            self.arrays[key] = buf
        return buf

    def write(self, key: str, start: int, rows: np.ndarray) -> None:
        self.buffer(key, rows)[start : start + len(rows)] = rows

    def view(self, key: str, rows: int) -> np.ndarray:
        return self.arrays[key][:rows]


_STORES: dict[int, tuple[weakref.ref, _Store]] = {}


def _forget(key: int, ref: weakref.ref) -> None:
    entry = _STORES.get(key)
    if entry is not None and entry[0] is ref:
        del _STORES[key]


def _store_of(trace: Trace) -> _Store | None:
    entry = _STORES.get(id(trace))
    return entry[1] if entry is not None and entry[0]() is trace else None


def room(steps: int) -> int:
    """Rows the buffers of a run of ``steps`` steps hold: room to grow by a quarter (at
    least a chunk), what ``engine.estimate`` counts."""
    return -(-(steps + max(steps // 4, CHUNK)) // ALIGN) * ALIGN


def _arrays(run: ModelRun) -> dict[str, np.ndarray]:
    """The per-step arrays of ``run`` outside its passes, by store key: x, head outputs."""
    out = {"x": run.trace.x}
    for name in ("logits", "probs", "predictions"):
        arr = getattr(run, name)
        if arr is not None:
            out[name] = arr
    return out


def _buffers(net: Any, store: _Store, p: Any) -> dict[str, np.ndarray]:
    """The buffers pass ``p`` writes its trace into, as its cell's ``forward`` lays them out
    (``out``): LSTM ``z`` (one row more: row t+1 holds c_t), ``hidden``, ``m`` with a
    projection; GRU ``gi``, ``hidden``, ``gh`` (reset after); RNN ``hidden``."""
    c = net.config
    hid, width = c.hidden_size, c.output_size
    if net.kind == "lstm":
        shapes = {"z": (1, 5 * hid), "hidden": (0, width)}
        if c.proj_size:
            shapes["m"] = (0, hid)
    elif net.kind == "gru":
        shapes = {"gi": (0, 3 * hid), "hidden": (0, hid)}
        if net.reset_after:
            shapes["gh"] = (0, 3 * hid)
    else:
        shapes = {"hidden": (0, hid)}
    out = {}
    for name, (extra, cols) in shapes.items():
        key = f"{p.layer}.{p.direction}.{name}"
        if key not in store.arrays:
            store.arrays[key] = np.empty((store.capacity + extra, 1, cols), dtype=net.dtype)
        out[name] = store.arrays[key]
    return out


def _views(net: Any, bufs: dict[str, np.ndarray], steps: int) -> tuple[dict, dict]:
    """(values, cache) of the first ``steps`` steps, views of ``bufs`` (``_buffers``), as
    the cell's ``forward`` returns them."""
    hid = net.config.hidden_size
    h1, h2, h3, h4 = hid, 2 * hid, 3 * hid, 4 * hid
    hidden = bufs["hidden"][:steps]
    if net.kind == "lstm":
        z = bufs["z"]
        values = {"i": z[:steps, :, :h1], "f": z[:steps, :, h1:h2], "g": z[:steps, :, h3:h4],
                  "o": z[:steps, :, h2:h3], "c": z[1 : steps + 1, :, h4:], "h": hidden}  # fmt: skip
        return values, ({"m": bufs["m"][:steps]} if "m" in bufs else {})
    if net.kind == "gru":
        gi = bufs["gi"][:steps]
        values = {"r": gi[..., :h1], "z": gi[..., h1:h2], "n": gi[..., h2:], "h": hidden}
        return values, ({"hn": bufs["gh"][:steps, :, h2:]} if "gh" in bufs else {})
    return {"h": hidden}, {}


def _copy_pass(net: Any, store: _Store, p: Any, dt: DirectionTrace, steps: int) -> None:
    """The first ``steps`` steps of ``dt`` (pass ``p`` of another run) into the store."""
    values, cache = _views(net, _buffers(net, store, p), steps)
    for n, v in values.items():
        v[...] = dt.values[n][:steps]
    for n, v in cache.items():
        v[...] = dt.cache[n][:steps]


# ---------------------------------------------------------------------- the run
def rerun_text(
    model: Model,
    old: ModelRun | None,
    text: str,
    *,
    progress: Progress | None = None,
    partial: Partial | None = None,
    backend: Backend = NUMPY,
) -> tuple[ModelRun, Rerun]:
    """The run of ``text``, equal bit for bit to ``model.run_text(text)``, computed from
    the first token that differs from ``old`` (None: from the start), which must be a run
    of this model (one of another shape is not reused).

    A ``Model`` subclass with its own ``run_text`` (an encoder-decoder) is run whole by it.
    ``backend`` (``engine.backend``) runs the time loop; ``old`` computed on another one is
    not reused (one run never mixes the two paths' states).

    ``progress(done, total)`` counts the steps computed over all layers and directions
    (``Worker`` cancels through it); ``partial(run, start)`` receives the run of the tokens
    computed so far after each chunk of a one-directional network once it reaches beyond
    ``old``'s steps (a run shown never shrinks to a part), and the first step this call
    computed (the steps before it are ``old``'s). Returns the run and a
    ``Rerun`` saying what was computed.
    """
    if type(model).run_text is not Model.run_text:  # a model that runs its own way (e.g.
        run = model.run_text(text, progress=progress)  # an encoder-decoder): run it whole
        return run, Rerun(0, 0, len(run.tokens), 0)
    net = model.net
    if old is not None and not _same_shape(old.trace, net):
        old = None
    if old is not None and getattr(_store_of(old.trace), "backend", backend.name) != backend.name:
        old = None
    if old is None:
        tokens, first = model.tokenizer.tokenize(text), 0
    else:
        tokens, first = edit_tokens(model, old, text)
    steps = len(tokens)
    if not steps:
        return model.run_text(text), Rerun(0, 0, 0, 0)
    old_steps = 0 if old is None else len(old.tokens)
    bidirectional = net.config.num_directions > 1
    start = min(0 if old is None else (first // ALIGN) * ALIGN, steps)
    store = None if old is None else _store_of(old.trace)
    locked = store is not None and store.lock.acquire(blocking=False)
    try:
        unchanged = steps == old_steps or not bidirectional  # a reverse pass sees the end
        if old is not None and first >= steps and unchanged:
            # the new tokens are a prefix of the old ones: nothing to compute
            return _cut(model, old, text, tokens, store if locked else None), Rerun(
                first, steps, steps, 0
            )
        in_place = (
            locked
            and store is not None
            and not bidirectional  # the reverse direction rewrites rows the old run shows
            and store.capacity >= steps
            and store.shown() <= first
            and old_steps <= first
        )
        if not in_place:
            if locked and store is not None:
                store.lock.release()
                locked = False
            store = _Store(room(steps), backend.name)
            store.lock.acquire()
            locked = True
            if old is not None and start:
                for key, arr in _arrays(old).items():
                    store.write(key, 0, arr[:start])
                for layer in net.config.passes():
                    for p in layer:
                        _copy_pass(net, store, p, old.trace.layers[p.layer][p.direction], start)
        assert store is not None
        kernel = backend.kernels_for(net)
        shown = first if in_place else 0  # rows below it are on screen: never half-written
        run, info = _compute(model, store, old, text, tokens, first, start, progress, partial,
                             kernel, shown)  # fmt: skip
        return run, info
    finally:
        if locked and store is not None:
            store.lock.release()


def _same_shape(trace: Trace, net: Any) -> bool:
    """True when ``trace`` (unbatched) has ``net``'s cell, layers, directions and widths:
    the run an edit follows must be one of this model (its weights are not compared)."""
    c = net.config
    return (
        not trace.batched
        and trace.cell == net.cell
        and (trace.num_layers, trace.num_directions) == (c.num_layers, c.num_directions)
        and trace.h0.shape[-1] == c.output_size
        and trace.x.shape[-1] == c.input_size
    )


def _initial(model: Model) -> tuple[np.ndarray, np.ndarray | None]:
    c = model.net.config
    n = c.num_layers * c.num_directions
    dtype = model.net.dtype
    h0 = np.zeros((n, 1, c.output_size), dtype=dtype)
    c0 = np.zeros((n, 1, c.hidden_size), dtype=dtype) if model.kind == "lstm" else None
    return h0, c0


def _compute(
    model: Model,
    store: _Store,
    old: ModelRun | None,
    text: str,
    tokens: list[Token],
    first: int,
    start: int,
    progress: Progress | None,
    partial: Partial | None,
    kernel: Any = None,
    shown: int = 0,
) -> tuple[ModelRun, Rerun]:
    net = model.net
    cfg = net.config
    steps = len(tokens)
    old_steps = 0 if old is None else len(old.tokens)
    h0, c0 = _initial(model) if old is None else (old.trace.h0, old.trace.c0)
    x = np.asarray(model.inputs(tokens[start:]), dtype=net.dtype)[:, None, :]  # (n, 1, F)
    check_finite("input", x[:, 0])
    store.write("x", start, x)
    passes = cfg.passes()
    reverse = cfg.num_directions > 1
    # steps each pass computes: forward ones from ``start`` until a reverse layer, then all
    todo, s = 0, start
    for layer in passes:
        for p in layer:
            todo += steps if p.direction else steps - s
        if reverse:
            s = 0
    done = 0

    def report(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress(done, todo)

    if not reverse:
        for lo in range(start, steps, CHUNK):
            hi = min(lo + CHUNK, steps)
            inp = x[lo - start : hi - start]
            for layer in passes:
                p = layer[0]
                inp = _forward_rows(net, store, p, inp, lo, h0, c0, kernel, shown)
                report(hi - lo)
            _read_out(model, store, lo, hi)
            if partial is not None and old_steps < hi < steps:  # beyond what is shown
                partial(_finish(model, store, text, tokens, hi, h0, c0), start)
    else:
        s = start
        inp = x
        for layer in passes:
            outs = []
            for p in layer:
                if p.direction:
                    seq = store.view("x", steps) if p.layer == 0 else inp
                    outs.append(_reverse_pass(net, store, p, seq, h0, c0, kernel))
                    report(steps)
                    continue
                for lo in range(s, steps, CHUNK):
                    hi = min(lo + CHUNK, steps)
                    _forward_rows(net, store, p, inp[lo - s : hi - s], lo, h0, c0, kernel)
                    report(hi - lo)
                outs.append(store.view(f"{p.layer}.0.hidden", steps))
            inp = joined(outs)
            s = 0
        if steps:
            _read_out(model, store, 0, steps)
    run = _finish(model, store, text, tokens, steps, h0, c0)
    computed = done
    return run, Rerun(first, 0 if reverse else start, steps, computed, reverse)


def _forward_rows(
    net: Any,
    store: _Store,
    p: Any,
    seq: np.ndarray,
    lo: int,
    h0: np.ndarray,
    c0: np.ndarray | None,
    kernel: Any = None,
    shown: int = 0,
) -> np.ndarray:
    """Steps ``lo..lo+len(seq)`` of forward pass ``p`` from the stored state before ``lo``,
    written by the cell straight into the store; returns their h (n, 1, W).

    Rows below ``shown`` belong to a run on screen: the cell computes in place (a gate's
    row holds its pre-activation for a moment), so those steps are computed aside and only
    the rows from ``shown`` on are written (they come out the same bits anyway)."""
    n = len(seq)
    bufs = _buffers(net, store, p)
    if lo:
        h = bufs["hidden"][lo - 1].copy()
        c = bufs["z"][lo, :, 4 * net.config.hidden_size :].copy() if c0 is not None else None
    else:
        h, c = h0[p.index], (c0[p.index] if c0 is not None else None)
    w = net._prepared[p.layer][p.direction]
    if lo < shown:
        values, cache = net._forward(seq, w, h, c, None, kernel)
        mine, my_cache = _views(net, bufs, lo + n)
        for name, v in values.items():
            mine[name][shown:] = v[shown - lo :]
        for name, v in cache.items():
            my_cache[name][shown:] = v[shown - lo :]
        return values["h"]
    out = {k: b[lo : lo + n + (k == "z")] for k, b in bufs.items()}
    values, _ = net._forward(seq, w, h, c, None, kernel, out)
    return values["h"]


def _reverse_pass(
    net: Any,
    store: _Store,
    p: Any,
    seq: np.ndarray,
    h0: np.ndarray,
    c0: np.ndarray | None,
    kernel: Any = None,
) -> np.ndarray:
    """The whole reverse pass ``p`` over ``seq`` (T, 1, F) in position order; its h."""
    c = c0[p.index] if c0 is not None else None
    w = net._prepared[p.layer][p.direction]
    values, cache = net._forward(p.order(seq), w, h0[p.index], c, None, kernel)
    mine, my_cache = _views(net, _buffers(net, store, p), len(seq))  # position order
    for n, a in values.items():
        mine[n][...] = p.order(a)
    for n, a in cache.items():
        my_cache[n][...] = p.order(a)
    return mine["h"]


def _read_out(model: Model, store: _Store, lo: int, hi: int) -> None:
    """The head's logits and answers for steps ``lo..hi`` (``lo`` a multiple of ALIGN)."""
    head = model.head
    if head is None or hi <= lo:
        return
    cfg = model.net.config
    top = cfg.num_layers - 1
    hs = [store.arrays[f"{top}.{d}.hidden"][lo:hi, 0] for d in range(cfg.num_directions)]
    out = hs[0] if len(hs) == 1 else np.concatenate(hs, axis=-1)
    logits = head.logits(out)
    store.write("logits", lo, logits)
    probs = head.probabilities(logits)
    if head.kind == "regress":
        store.write("predictions", lo, model.embedding.unscale(probs[:, 0]))
    else:
        store.write("probs", lo, probs)


def _finish(
    model: Model,
    store: _Store,
    text: str,
    tokens: list[Token],
    steps: int,
    h0: np.ndarray,
    c0: np.ndarray | None,
) -> ModelRun:
    """The run of the first ``steps`` tokens, as views of the store (registered in it)."""
    trace = _trace(model, store, steps, h0, c0)
    store.add(trace, steps)
    if steps < len(tokens):
        text = text[: tokens[steps - 1].end] if steps else ""
        tokens = tokens[:steps]
    return _run_of(model, store, text, tokens, trace, steps)


def _trace(model: Model, store: _Store, steps: int, h0: np.ndarray, c0: np.ndarray | None) -> Trace:
    net = model.net
    cfg = net.config
    names = net.names
    layers = []
    for layer in cfg.passes():
        dirs = []
        for p in layer:
            values, cache = _views(net, _buffers(net, store, p), steps)
            dirs.append(DirectionTrace({n: values[n] for n in names}, cache))
        layers.append(tuple(dirs))
    x = _rows(store, "x", steps)
    return assemble(tuple(layers), net.cell, x, h0, c0, False)


def _rows(store: _Store, key: str, steps: int) -> np.ndarray:
    return store.view(key, steps)


def _run_of(
    model: Model, store: _Store, text: str, tokens: list[Token], trace: Trace, steps: int
) -> ModelRun:
    head = model.head
    if head is None:
        return ModelRun(text, tokens, trace)
    logits = store.view("logits", steps) if "logits" in store.arrays else None
    if head.kind == "regress":
        preds = store.view("predictions", steps) if "predictions" in store.arrays else None
        return ModelRun(text, tokens, trace, logits, None, preds)
    probs = store.view("probs", steps) if "probs" in store.arrays else None
    return ModelRun(text, tokens, trace, logits, probs)


def _cut(
    model: Model, old: ModelRun, text: str, tokens: list[Token], store: _Store | None
) -> ModelRun:
    """``old`` cut to its first ``len(tokens)`` steps (views; the text after them gone)."""
    steps = len(tokens)
    if store is None:  # not one of ours: copy into a store of its own
        store = _Store(room(steps), getattr(_store_of(old.trace), "backend", "numpy"))
        for key, arr in _arrays(old).items():
            store.write(key, 0, arr[:steps])
        for layer in model.net.config.passes():
            for p in layer:
                _copy_pass(model.net, store, p, old.trace.layers[p.layer][p.direction], steps)
    trace = _trace(model, store, steps, old.trace.h0, old.trace.c0)
    store.add(trace, steps)
    return _run_of(model, store, text, tokens, trace, steps)


PARTIAL_SECONDS = 2.0  # a long run shows its computed part at most this often (each costs a redraw)


def rerun_job(
    model: Model,
    old: ModelRun | None,
    text: str,
    progress: Callable[..., None],
    *,
    backend: Backend = NUMPY,
) -> tuple[ModelRun, Rerun]:
    """``rerun_text`` as a worker job (``session.worker``): the part computed so far goes
    out as the report of a progress call, ``progress(done, total, (run, start))``, at most
    every ``PARTIAL_SECONDS``; ``backend`` as for ``rerun_text``."""
    last = time.monotonic()
    done = [0, 0]

    def counted(n: int, total: int) -> None:
        done[:] = [n, total]
        progress(n, total)

    def partial(run: ModelRun, start: int) -> None:
        nonlocal last
        now = time.monotonic()
        if now - last >= PARTIAL_SECONDS:
            last = now
            progress(done[0], done[1], (run, start))

    return rerun_text(model, old, text, progress=counted, partial=partial, backend=backend)
