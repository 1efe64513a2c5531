"""A long run kept at bounded memory: states at checkpoints, per-bin summaries, exact windows.

``run_checkpointed(model, text)`` runs the text in one streaming pass of ``CHUNK`` steps
(every layer of a one-directional stack per chunk; a bidirectional stack layer by layer)
and keeps only:

- the states (h, c) of every layer and direction every ``EVERY`` steps (the reverse
  direction counts its steps from the end of the text, the order it reads it in);
- per-bin summaries of every gate and state of every unit: min, max and mean over bins
  of ``bin`` steps (float32), for the zoomed-out heatmaps (``summary``; coarser levels are
  made from them on demand);
- the head's per-step figures the views need cheaply: the top-1 class and its probability,
  the probability of the true next token (next-token heads), a regress head's predictions;
  not the (T, C) logits and probabilities;
- h_n, c_n and the first step whose output is not finite.

``window(a, b)`` recomputes steps [a, b) from the checkpoints at or before them with the
chunking of the full run (starts at multiples of ``stepping.ALIGN``), so its ``Trace`` and
head outputs equal ``model.run_text(text)``'s rows bit for bit; recent windows are kept in
a small LRU. ``CheckpointedTrace`` offers the read API of ``Trace`` that views use
(``kind``, ``names``, ``steps``, ``cell``, ``chunks`` ...); ``values`` raises, since a
long run never holds a whole (T, H) array. Tokens are a ``TokenTable`` (arrays of ids and
offsets; a ``Token`` is made when asked for) instead of one Python object per character.
"""

from __future__ import annotations

import bisect
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, overload

import numpy as np

from gate_explorer.engine import cells
from gate_explorer.engine.backend import NUMPY, Backend
from gate_explorer.engine.checks import check_finite
from gate_explorer.engine.incremental import common_prefix
from gate_explorer.engine.layers import assemble, joined
from gate_explorer.engine.model import Model
from gate_explorer.engine.net import Progress
from gate_explorer.engine.stepping import ALIGN
from gate_explorer.engine.tokenize import Token, Tokenizer
from gate_explorer.engine.trace import CHUNK as READ_CHUNK
from gate_explorer.engine.trace import DirectionTrace, Trace
from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable

EVERY = 16 * ALIGN  # steps between two checkpoints (a window recomputes at most this many more)
CHUNK = 4 * EVERY  # steps of the streaming pass per chunk (every layer of it, then the next)
WINDOW = EVERY  # steps of the window ``window_at`` gives (aligned to checkpoints)
LRU = 8  # windows kept
MAX_BINS = 4096  # the base summary has at most about this many bins
MIN_BIN = 16  # and bins of at least this many steps
TOKEN_PIECE = 1 << 16  # characters tokenized at a time (no list of a whole text's tokens)
# The compiled loop is called from one thread at a time: a long run's windows are computed
# on the GUI thread and in workers while another run may be in its first pass.
_KERNEL_LOCK = threading.Lock()


# ---------------------------------------------------------------------- tokens
class TokenTable(Sequence[Token]):
    """The tokens of a text as arrays: ``ids`` (T,) int32, ``starts``, ``ends`` (T,) int64,
    ``known`` (T,) bool. ``table[i]`` makes the ``Token`` (its text sliced from ``text``;
    a number token's value parsed again, as ``Tokenizer.tokenize`` does); a slice is a
    ``TokenTable``. Equal to a list of the same tokens."""

    def __init__(self, text: str, kind: str, ids: np.ndarray, starts: np.ndarray,
                 ends: np.ndarray, known: np.ndarray) -> None:  # fmt: skip
        self.text = text
        self.kind = kind
        self.ids = ids
        self.starts = starts
        self.ends = ends
        self.known = known

    def __len__(self) -> int:
        return len(self.ids)

    @overload
    def __getitem__(self, index: int) -> Token: ...
    @overload
    def __getitem__(self, index: slice) -> TokenTable: ...
    def __getitem__(self, index: int | slice) -> Token | TokenTable:
        if isinstance(index, slice):
            return TokenTable(self.text, self.kind, self.ids[index], self.starts[index],
                              self.ends[index], self.known[index])  # fmt: skip
        i = int(index)
        if i < 0:
            i += len(self.ids)
        if not 0 <= i < len(self.ids):
            raise IndexError(f"token {index} of {len(self.ids)}")
        s, e = int(self.starts[i]), int(self.ends[i])
        piece = self.text[s:e]
        known = bool(self.known[i])
        if self.kind == "number":
            try:
                value: float | None = float(piece)
            except ValueError:
                value = None
            return Token(piece, int(self.ids[i]), known, s, e, value)
        return Token(piece, int(self.ids[i]), known, s, e)

    def __iter__(self) -> Iterator[Token]:
        for i in range(len(self.ids)):
            yield self[i]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, TokenTable):
            return (
                self.kind == other.kind
                and np.array_equal(self.ids, other.ids)
                and np.array_equal(self.starts, other.starts)
                and np.array_equal(self.ends, other.ends)
                and np.array_equal(self.known, other.known)
                and all(self.text[s:e] == other.text[s:e]
                        for s, e in zip(self.starts.tolist(), self.ends.tolist(), strict=True))
            )  # fmt: skip
        if isinstance(other, list | tuple):
            return len(other) == len(self) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    @property
    def nbytes(self) -> int:
        return self.ids.nbytes + self.starts.nbytes + self.ends.nbytes + self.known.nbytes

    def index_at(self, position: int) -> int:
        """The first token that ends after character ``position`` (``len`` when none)."""
        return int(np.searchsorted(self.ends, position, side="right"))


class TokenTexts(Sequence[str]):
    """The text of every token of a ``TokenTable``, sliced from the text when asked for
    (a list of a long text's token strings costs 8 to 60 bytes a token)."""

    def __init__(self, table: TokenTable) -> None:
        self.table = table

    def __len__(self) -> int:
        return len(self.table)

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> list[str]: ...
    def __getitem__(self, index: int | slice) -> str | list[str]:
        t = self.table
        if isinstance(index, slice):
            return [t.text[a:b] for a, b in zip(t.starts[index].tolist(), t.ends[index].tolist(),
                                                 strict=True)]  # fmt: skip
        i = int(index)
        if i < 0:
            i += len(t)
        if not 0 <= i < len(t):
            raise IndexError(f"token {index} of {len(t)}")
        return t.text[int(t.starts[i]) : int(t.ends[i])]


def token_table(tokenizer: Tokenizer, text: str, start: int = 0) -> TokenTable:
    """``tokenizer.tokenize(text, start)`` as a ``TokenTable``, tokenized ``TOKEN_PIECE``
    characters at a time (cut at ``boundary_before``, so the tokens are the same)."""
    ids: list[np.ndarray] = []
    starts: list[np.ndarray] = []
    ends: list[np.ndarray] = []
    known: list[np.ndarray] = []
    pos = start
    n = len(text)
    while pos < n:
        cut = n if n - pos <= TOKEN_PIECE else tokenizer.boundary_before(text, pos + TOKEN_PIECE)
        if cut <= pos:  # one token longer than a piece: take it whole
            cut = n
        part = tokenizer.tokenize(text[:cut] if cut < n else text, start=pos)
        ids.append(np.fromiter((t.id for t in part), np.int32, len(part)))
        starts.append(np.fromiter((t.start for t in part), np.int64, len(part)))
        ends.append(np.fromiter((t.end for t in part), np.int64, len(part)))
        known.append(np.fromiter((t.known for t in part), bool, len(part)))
        del part
        pos = cut
    if not ids:
        empty = np.zeros(0, np.int64)
        return TokenTable(text, tokenizer.kind, np.zeros(0, np.int32), empty, empty.copy(),
                          np.zeros(0, bool))  # fmt: skip
    return TokenTable(text, tokenizer.kind, np.concatenate(ids), np.concatenate(starts),
                      np.concatenate(ends), np.concatenate(known))  # fmt: skip


# ---------------------------------------------------------------------- summaries
@dataclass(frozen=True)
class Summary:
    """One gate or state over bins of ``bin`` steps: ``low``, ``high``, ``mean`` (bins, W)
    float32; bin j covers steps [j*bin, min((j+1)*bin, steps))."""

    low: np.ndarray
    high: np.ndarray
    mean: np.ndarray
    bin: int
    steps: int

    @property
    def bins(self) -> int:
        return len(self.low)


class _Bins:
    """Running min, max and sum per bin of one (layer, direction, name), in position order."""

    def __init__(self, bins: int, width: int, size: int) -> None:
        self.size = size
        self.low = np.full((bins, width), np.inf, np.float32)
        self.high = np.full((bins, width), -np.inf, np.float32)
        self.total = np.zeros((bins, width), np.float32)

    def add(self, start: int, rows: np.ndarray) -> None:
        """Fold ``rows`` (n, W), the steps from ``start`` on, into their bins."""
        n = len(rows)
        if not n:
            return
        b = self.size
        first, last = start // b, (start + n - 1) // b
        cuts = np.arange(first, last + 1) * b - start
        cuts[0] = 0
        lo = np.minimum.reduceat(rows, cuts, axis=0)
        hi = np.maximum.reduceat(rows, cuts, axis=0)
        tot = np.add.reduceat(rows, cuts, axis=0, dtype=np.float32)
        sl = slice(first, last + 1)
        np.minimum(self.low[sl], lo, out=self.low[sl])
        np.maximum(self.high[sl], hi, out=self.high[sl])
        self.total[sl] += tot

    def head(self, bins: int) -> _Bins:
        """The first ``bins`` bins (views of these arrays)."""
        out = object.__new__(_Bins)
        out.size = self.size
        out.low, out.high, out.total = self.low[:bins], self.high[:bins], self.total[:bins]
        return out

    def copy(self, bins: int, keep: int) -> _Bins:
        """A copy with room for ``bins`` bins, the first ``keep`` of these kept."""
        out = _Bins(bins, self.low.shape[1], self.size)
        k = min(keep, bins, len(self.low))
        out.low[:k], out.high[:k], out.total[:k] = self.low[:k], self.high[:k], self.total[:k]
        return out

    def summary(self, steps: int) -> Summary:
        counts = np.minimum(self.size, steps - np.arange(len(self.low)) * self.size)
        mean = (self.total / np.maximum(counts, 1)[:, None]).astype(np.float32)
        return Summary(self.low, self.high, mean, self.size, steps)

    @property
    def nbytes(self) -> int:
        return self.low.nbytes + self.high.nbytes + self.total.nbytes


def coarser(s: Summary, factor: int) -> Summary:
    """``s`` over bins ``factor`` times as long (the last one may be shorter)."""
    if factor <= 1:
        return s
    cuts = np.arange(0, s.bins, factor)
    counts = np.minimum(s.bin, s.steps - np.arange(s.bins) * s.bin).astype(np.float32)
    total = np.add.reduceat(s.mean * counts[:, None], cuts, axis=0)
    size = s.bin * factor
    big = np.minimum(size, s.steps - cuts * s.bin).astype(np.float32)
    return Summary(
        np.minimum.reduceat(s.low, cuts, axis=0),
        np.maximum.reduceat(s.high, cuts, axis=0),
        (total / big[:, None]).astype(np.float32),
        size,
        s.steps,
    )


def bin_steps(steps: int) -> int:
    """The base bin for a run of ``steps`` steps: a power of two >= ``MIN_BIN`` giving at
    most about ``MAX_BINS`` bins."""
    b = MIN_BIN
    while steps > b * MAX_BINS:
        b *= 2
    return b


# ---------------------------------------------------------------------- the run
@dataclass(frozen=True)
class Window:
    """Steps [start, stop) of a checkpointed run, exact: ``trace`` (a ``Trace`` of
    stop - start steps, its h0/c0 the states entering the window in each pass's reading
    order) and the head's ``logits``, ``probs``, ``predictions`` rows (None as in
    ``ModelRun``)."""

    start: int
    stop: int
    trace: Trace
    logits: np.ndarray | None = None
    probs: np.ndarray | None = None
    predictions: np.ndarray | None = None

    def __contains__(self, step: object) -> bool:
        return isinstance(step, int | np.integer) and self.start <= int(step) < self.stop


class CheckpointedTrace:
    """The read API of ``Trace`` over a checkpointed run (see the module text).

    ``values`` raises: read a run whole with ``chunks`` (recomputed chunk by chunk) or a
    part with ``window``; ``summary`` gives the per-bin overview."""

    batched = False

    def __init__(self, run: CheckpointedRun) -> None:
        self._run = run
        net = run.model.net
        self.kind = net.kind
        self.names = net.names
        self.gate_activation = net.gate_activation
        self.reset_after = net.reset_after
        self.h_n, self.c_n = run.h_n, run.c_n
        self.h0, self.c0 = run.h0[:, None], (None if run.c0 is None else run.c0[:, None])

    @property
    def cell(self) -> cells.Cell:
        return cells.cell(self.kind, self.gate_activation, self.reset_after)

    @property
    def num_layers(self) -> int:
        return self._run.model.net.config.num_layers

    @property
    def num_directions(self) -> int:
        return self._run.model.net.config.num_directions

    @property
    def steps(self) -> int:
        return self._run.steps

    def width(self, name: str) -> int:
        """The number of units of ``name`` (h is P wide with a projection)."""
        c = self._run.model.net.config
        self._check(name)
        return c.output_size if name == "h" else c.hidden_size

    def _check(self, name: str, layer: int = 0, direction: int = 0) -> None:
        if name not in self.names:
            raise GateExplorerError(
                translatable("{kind} has no {name!r}; its gates and states are {names}").format(
                    kind=self.kind, name=name, names=", ".join(self.names)
                )
            )
        if not 0 <= layer < self.num_layers:
            raise GateExplorerError(
                translatable(
                    "layer {layer} does not exist: the network has {num_layers} layer(s)"
                ).format(layer=layer, num_layers=self.num_layers)
            )
        if not 0 <= direction < self.num_directions:
            raise GateExplorerError(
                translatable(
                    "direction {direction} does not exist: the network has "
                    "{num_directions} direction(s)"
                ).format(direction=direction, num_directions=self.num_directions)
            )

    def values(self, name: str, layer: int = 0, direction: int = 0) -> np.ndarray:
        self._check(name, layer, direction)
        raise GateExplorerError(
            translatable(
                "this run of {steps} steps keeps checkpoints, not every step: read {name!r} "
                "through chunks() or window()"
            ).format(steps=f"{self.steps:,}", name=name)
        )

    def layer(self, layer: int = 0, direction: int = 0) -> DirectionTrace:
        self._check(self.names[0], layer, direction)
        raise GateExplorerError(
            translatable(
                "this run of {steps} steps keeps checkpoints, not every step: read a layer "
                "through chunks() or window()"
            ).format(steps=f"{self.steps:,}")
        )

    def chunks(
        self, name: str, layer: int = 0, direction: int = 0, size: int = READ_CHUNK
    ) -> Iterator[tuple[int, np.ndarray]]:
        """``(start, values[start:start + size])`` over the whole run, each chunk recomputed
        from its checkpoint (exact, like ``Trace.chunks``)."""
        self._check(name, layer, direction)
        size = max(int(size), 1)
        for start in range(0, self.steps, size):
            stop = min(start + size, self.steps)
            values, _ = self._run._compute(start, stop, top=layer)
            yield start, values[layer][direction][name][:, 0]

    def pieces(
        self, names: Sequence[str], layer: int = 0, direction: int = 0, size: int = CHUNK,
        progress: Callable[[int, int], None] | None = None,
    ) -> Iterator[tuple[int, dict[str, np.ndarray]]]:  # fmt: skip
        """``(start, {name: (n, W) values})`` of several gates/states over the whole run:
        one pass, each piece recomputed once from its checkpoint for all of them (exact,
        like ``chunks``); ``progress(done, total)`` after each piece (it may raise to
        cancel)."""
        for name in names:
            self._check(name, layer, direction)
        size = max(int(size), 1)
        for start in range(0, self.steps, size):
            stop = min(start + size, self.steps)
            values, _ = self._run._compute(start, stop, top=layer)
            yield start, {n: values[layer][direction][n][:, 0] for n in names}
            if progress is not None:
                progress(stop, self.steps)

    def layer_pieces(
        self, size: int = CHUNK, progress: Callable[[int, int], None] | None = None
    ) -> Iterator[tuple[int, list[list[dict[str, np.ndarray]]]]]:
        """``(start, values)`` over the whole run, ``values[layer][direction][name]`` the
        (n, W) rows of every layer, direction and gate/state: one pass, each piece
        recomputed once from its checkpoints (exact); ``progress(done, total)`` after each
        piece (it may raise to cancel)."""
        size = max(int(size), 1)
        for start in range(0, self.steps, size):
            stop = min(start + size, self.steps)
            values, _ = self._run._compute(start, stop)
            yield start, [[{n: v[:, 0] for n, v in d.items()} for d in k] for k in values]
            if progress is not None:
                progress(stop, self.steps)

    def window(self, start: int, stop: int) -> Window:
        return self._run.window(start, stop)

    def summary(self, name: str, layer: int = 0, direction: int = 0, bin: int = 0) -> Summary:
        return self._run.summary(name, layer, direction, bin)


class CheckpointedRun:
    """A long text through a model at bounded memory; the ``ModelRun`` fields views read.

    ``tokens`` (a ``TokenTable``), ``trace`` (a ``CheckpointedTrace``); ``logits`` and
    ``probs`` are None (read them per window); ``predictions`` (T,) for a regress head;
    ``top_id`` (T,) int32 and ``top_prob`` (T,) float32 the head's most likely class and
    its probability, ``next_prob`` (T,) float32 the probability of the token that comes
    next (NaN at the last step or for an unknown one), None without such a head.
    """

    logits = None
    probs = None

    def __init__(self, model: Model, text: str, tokens: TokenTable, *, every: int = EVERY,
                 bin: int = 0, backend: Backend = NUMPY) -> None:  # fmt: skip
        if every <= 0 or every % ALIGN:
            raise ValueError(f"checkpoints every {every} steps: expected a multiple of {ALIGN}")
        self.model = model
        self.text = text
        self.tokens = tokens
        self.every = every
        self.backend = backend
        self.kernel = backend.kernels_for(model.net)
        steps = len(tokens)
        self.bin = bin or bin_steps(steps)
        self.steps = steps
        net = model.net
        c = net.config
        dtype = net.dtype
        n = c.num_layers * c.num_directions
        self.h0 = np.zeros((n, c.output_size), dtype)
        self.c0 = np.zeros((n, c.hidden_size), dtype) if net.kind == "lstm" else None
        marks = steps // every + 1
        self.ckpt_h = np.zeros((n, marks, c.output_size), dtype)
        self.ckpt_c = None if self.c0 is None else np.zeros((n, marks, c.hidden_size), dtype)
        bins = -(-steps // self.bin)
        self._bins = {
            (k, d, name): _Bins(bins, c.output_size if name == "h" else c.hidden_size, self.bin)
            for k in range(c.num_layers)
            for d in range(c.num_directions)
            for name in net.names
        }
        head = model.head
        self.predictions: np.ndarray | None = None
        self.top_id: np.ndarray | None = None
        self.top_prob: np.ndarray | None = None
        self.next_prob: np.ndarray | None = None
        if head is not None and head.kind != "regress":  # (predictions: at the first chunk)
            self.top_id = np.zeros(steps, np.int32)
            self.top_prob = np.zeros(steps, np.float32)
            if head.kind == "next-token":
                self.next_prob = np.full(steps, np.nan, np.float32)
        self.first_nonfinite: int | None = None
        self.h_n = self.h0.copy()
        self.c_n = None if self.c0 is None else self.c0.copy()
        self._levels: dict[tuple[int, int, str, int], Summary] = {}
        self._lru: OrderedDict[tuple[int, int], Window] = OrderedDict()
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ reading
    @property
    def trace(self) -> CheckpointedTrace:
        """The read API of ``Trace`` over this run, made on each access: the run holds no
        reference to it (no cycle), so a run the session drops is freed at once with the
        windows it keeps, not whenever the cyclic collector runs."""
        return CheckpointedTrace(self)

    def __len__(self) -> int:
        return self.steps

    @property
    def nbytes(self) -> int:
        """Bytes of the arrays this run keeps (not the windows in its LRU)."""
        total = self.ckpt_h.nbytes + (0 if self.ckpt_c is None else self.ckpt_c.nbytes)
        total += sum(b.nbytes for b in self._bins.values()) + self.tokens.nbytes
        for arr in (self.predictions, self.top_id, self.top_prob, self.next_prob):
            total += 0 if arr is None else arr.nbytes
        return total

    def summary(self, name: str, layer: int = 0, direction: int = 0, bin: int = 0) -> Summary:
        """The overview of ``name``: bins of ``bin`` steps (rounded up to the base bin times
        a power of two; 0: the base bin)."""
        self.trace._check(name, layer, direction)
        factor = 1
        while self.bin * factor < bin:
            factor *= 2
        key = (layer, direction, name, factor)
        got = self._levels.get(key)
        if got is None:
            base = self._bins[(layer, direction, name)].summary(self.steps)
            got = coarser(base, factor)
            self._levels[key] = got
        return got

    def window(self, start: int, stop: int) -> Window:
        """Steps [start, stop) exact (see ``Window``), kept in the LRU of recent windows."""
        start, stop = max(int(start), 0), min(int(stop), self.steps)
        if stop <= start:
            raise GateExplorerError(
                translatable("window {start}..{stop} is empty (the run has {steps} steps)").format(
                    start=start, stop=stop, steps=f"{self.steps:,}"
                )
            )
        key = (start, stop)
        with self._lock:
            got = self._lru.get(key)
            if got is not None:
                self._lru.move_to_end(key)
                return got
        got = self._window(start, stop)
        with self._lock:
            self._lru[key] = got
            while len(self._lru) > LRU:
                self._lru.popitem(last=False)
        return got

    def window_span(self, step: int) -> tuple[int, int]:
        """The aligned window ``window_at(step)`` gives: [k*WINDOW, (k+1)*WINDOW)."""
        lo = (int(step) // WINDOW) * WINDOW
        return lo, min(lo + WINDOW, self.steps)

    def window_at(self, step: int) -> Window:
        """The aligned window holding ``step``."""
        return self.window(*self.window_span(step))

    def kept(self, start: int, stop: int) -> Window | None:
        """Window [start, stop) if the LRU holds it, without computing it."""
        with self._lock:
            return self._lru.get((int(start), int(stop)))

    def cached(self, step: int) -> Window | None:
        """A window in the LRU that holds ``step``, without computing one."""
        with self._lock:
            for w in reversed(self._lru.values()):
                if step in w:
                    return w
        return None

    # ------------------------------------------------------------------ computing
    def _embed(self, lo: int, hi: int) -> np.ndarray:
        """(n, 1, F) network input of steps lo..hi."""
        emb = self.model.embedding
        if emb.numeric:
            x = self.model.inputs(list(self.tokens[lo:hi]))
        else:
            x = emb.embed_ids(self.tokens.ids[lo:hi], self.model.net.dtype)
        x = np.asarray(x, dtype=self.model.net.dtype)[:, None, :]
        check_finite("input", x[:, 0])
        return x

    def _state(self, index: int, mark: int) -> tuple[np.ndarray, np.ndarray | None]:
        """(1, W) h and (1, H) c before checkpoint ``mark`` of pass ``index``."""
        h = self.ckpt_h[index, mark][None].copy()
        c = None if self.ckpt_c is None else self.ckpt_c[index, mark][None].copy()
        return h, c

    def _pass(self, p: Any, seq: np.ndarray, mark: int) -> tuple[dict, dict]:
        """Pass ``p`` over ``seq`` (n, 1, F) in its reading order from checkpoint ``mark``."""
        h, c = self._state(p.index, mark)
        w = self.model.net._prepared[p.layer][p.direction]
        if self.kernel is None:
            return self.model.net._forward(seq, w, h, c, None, None)
        with _KERNEL_LOCK:
            return self.model.net._forward(seq, w, h, c, None, self.kernel)

    def _compute(self, a: int, b: int, top: int | None = None) -> tuple[list, list]:
        """Every layer's values at steps [a, b) up to layer ``top`` (default: all), from
        the checkpoints: (values, cache) per layer and direction, (b - a, 1, ·) arrays in
        position order. A forward pass starts at the checkpoint at or before its first
        step, a reverse one at the checkpoint (counted from the end) at or before its
        first step in its reading order, so every block of ``ALIGN`` steps is the full
        run's."""
        net = self.model.net
        c = net.config
        T, K = self.steps, self.every
        top = c.num_layers - 1 if top is None else top
        two = c.num_directions == 2
        needs: list[tuple[int, int]] = [(0, 0)] * (top + 1)
        lo, hi = a, b
        for k in range(top, -1, -1):
            needs[k] = (lo, hi)
            fs = (lo // K) * K
            if two:
                rs = ((T - hi) // K) * K
                lo, hi = fs, max(hi, T - rs)
            else:
                lo = fs
        inp, inp_lo = self._embed(lo, hi), lo
        values: list = []
        caches: list = []
        for k in range(top + 1):
            lo_k, hi_k = needs[k]
            passes = c.passes()[k]
            vals_k, cache_k, hs = [], [], []
            for p in passes:
                if p.direction == 0:
                    fs = (lo_k // K) * K
                    v, ch = self._pass(p, inp[fs - inp_lo : hi_k - inp_lo], fs // K)
                    cut = slice(lo_k - fs, hi_k - fs)
                    v = {n: a_[cut] for n, a_ in v.items()}
                    ch = {n: a_[cut] for n, a_ in ch.items()}
                else:
                    rs = ((T - hi_k) // K) * K
                    end = T - rs  # positions [lo_k, end) read backwards from end - 1
                    seq = inp[lo_k - inp_lo : end - inp_lo][::-1]
                    v, ch = self._pass(p, seq, rs // K)
                    v = {n: a_[::-1][: hi_k - lo_k] for n, a_ in v.items()}
                    ch = {n: a_[::-1][: hi_k - lo_k] for n, a_ in ch.items()}
                vals_k.append(v)
                cache_k.append(ch)
                hs.append(v["h"])
            values.append(vals_k)
            caches.append(cache_k)
            if k < top:
                inp, inp_lo = joined(hs), lo_k
        # trim every layer to [a, b)
        for k in range(top + 1):
            off = a - needs[k][0]
            for d in range(len(values[k])):
                values[k][d] = {n: v[off : off + b - a] for n, v in values[k][d].items()}
                caches[k][d] = {n: v[off : off + b - a] for n, v in caches[k][d].items()}
        return values, caches

    def _window(self, start: int, stop: int) -> Window:
        net = self.model.net
        c = net.config
        # from the block of ALIGN steps holding start - 1 (the head reads out blocks of
        # ALIGN rows from step 0; step start - 1 gives the forward passes' entering
        # states), to stop + 1 (the reverse passes' entering states)
        a0 = ((start - 1) // ALIGN) * ALIGN if start else 0
        b1 = min(stop + 1, self.steps) if c.num_directions == 2 else stop
        values, caches = self._compute(a0, b1)
        cut = slice(start - a0, stop - a0)
        layers = []
        h0 = np.empty((c.num_layers * c.num_directions, 1, c.output_size), net.dtype)
        c0 = None if self.c0 is None else np.empty((len(h0), 1, c.hidden_size), net.dtype)
        for k, layer in enumerate(c.passes()):
            dirs = []
            for p in layer:
                v, ch = values[k][p.direction], caches[k][p.direction]
                dirs.append(DirectionTrace(
                    {n: np.ascontiguousarray(v[n][cut]) for n in net.names},
                    {n: np.ascontiguousarray(a[cut]) for n, a in ch.items()},
                ))  # fmt: skip
                at = (start - 1 - a0 if start else -1) if p.direction == 0 else (
                    stop - a0 if stop < self.steps else -1)  # fmt: skip
                h0[p.index] = v["h"][at] if at >= 0 else self.h0[p.index]
                if c0 is not None and self.c0 is not None:
                    c0[p.index] = v["c"][at] if at >= 0 else self.c0[p.index]
            layers.append(tuple(dirs))
        x = self._embed(start, stop)
        trace = assemble(tuple(layers), net.cell, x, h0, c0, False)
        head = self.model.head
        if head is None:
            return Window(start, stop, trace)
        out = joined([values[-1][d]["h"] for d in range(c.num_directions)])[:, 0]
        logits = head.logits(out[: stop - a0])[cut]
        probs = head.probabilities(logits)
        if head.kind == "regress":
            preds = self.model.embedding.unscale(probs[:, 0])
            return Window(start, stop, trace, logits, None, preds)
        return Window(start, stop, trace, logits, probs)

    # ------------------------------------------------------------------ the first pass
    def _mark(self, index: int, mark: int, h: np.ndarray, c: np.ndarray | None) -> None:
        if mark < self.ckpt_h.shape[1]:
            self.ckpt_h[index, mark] = h.reshape(-1)
            if self.ckpt_c is not None and c is not None:
                self.ckpt_c[index, mark] = c.reshape(-1)

    def _record(self, p: Any, lo: int, values: dict, reading: bool) -> None:
        """Checkpoints and bins of pass ``p``'s steps ``lo..`` (``lo`` in its reading order,
        ``values`` in it too)."""
        n = len(values["h"])
        K = self.every
        h, c = values["h"], values.get("c")
        for q in range(-(-(lo + 1) // K) * K, lo + n + 1, K):  # marks after lo, up to lo + n
            self._mark(p.index, q // K, h[q - lo - 1], None if c is None else c[q - lo - 1])
        if p.direction == 0:
            pos = lo
            for name in self.model.net.names:
                self._bins[(p.layer, 0, name)].add(pos, values[name][:, 0])
        else:
            pos = self.steps - lo - n
            for name in self.model.net.names:
                self._bins[(p.layer, 1, name)].add(pos, values[name][::-1, 0])
        if lo + n == self.steps:  # the pass's last step: h_n, c_n
            self.h_n[p.index] = h[-1, 0]
            if self.c_n is not None and c is not None:
                self.c_n[p.index] = c[-1, 0]

    def _keep_last(self, lo: int, kept: list[tuple[dict, dict]]) -> None:
        """Put the last aligned window into the LRU from the values of the last chunk of
        a one-directional pass (steps lo..T, ``kept``: each layer's values and cache),
        as ``_window`` would compute it."""
        net = self.model.net
        c = net.config
        start, stop = self.window_span(self.steps - 1)
        if start < lo:
            return
        cut = slice(start - lo, stop - lo)
        h0 = np.empty((c.num_layers, 1, c.output_size), net.dtype)
        c0 = None if self.c0 is None else np.empty((c.num_layers, 1, c.hidden_size), net.dtype)
        layers = []
        for k, (v, ch) in enumerate(kept):
            layers.append((DirectionTrace(
                {n: np.ascontiguousarray(v[n][cut]) for n in net.names},
                {n: np.ascontiguousarray(a[cut]) for n, a in ch.items()},
            ),))  # fmt: skip
            if start > lo:
                h0[k] = v["h"][start - lo - 1]
                if c0 is not None:
                    c0[k] = v["c"][start - lo - 1]
            else:
                h, cc = self._state(k, start // self.every)
                h0[k] = h
                if c0 is not None:
                    c0[k] = cc
        trace = assemble(tuple(layers), net.cell, self._embed(start, stop), h0, c0, False)
        head = self.model.head
        if head is None:
            window = Window(start, stop, trace)
        else:
            out = kept[-1][0]["h"][:, 0]
            logits = head.logits(out[: stop - lo])[cut]
            probs = head.probabilities(logits)
            if head.kind == "regress":
                preds = self.model.embedding.unscale(probs[:, 0])
                window = Window(start, stop, trace, logits, None, preds)
            else:
                window = Window(start, stop, trace, logits, probs)
        with self._lock:
            self._lru[(start, stop)] = window

    def _read_out(self, lo: int, out: np.ndarray) -> None:
        """Head figures and the non-finite check for steps lo.. of the output (n, D*W)."""
        bad = np.flatnonzero(~np.isfinite(out).all(axis=-1))
        if len(bad) and self.first_nonfinite is None:
            self.first_nonfinite = lo + int(bad[0])
        head = self.model.head
        if head is None:
            return
        hi = lo + len(out)
        logits = head.logits(out)
        probs = head.probabilities(logits)
        if head.kind == "regress":
            preds = self.model.embedding.unscale(probs[:, 0])
            if self.predictions is None or self.predictions.dtype != preds.dtype:
                was = self.predictions
                self.predictions = np.zeros(self.steps, preds.dtype)
                if was is not None:
                    self.predictions[:lo] = was[:lo]
            self.predictions[lo:hi] = preds
            return
        assert self.top_id is not None
        assert self.top_prob is not None
        top = np.argmax(probs, axis=-1)
        rows = np.arange(len(out))
        self.top_id[lo:hi] = top
        self.top_prob[lo:hi] = probs[rows, top]
        if self.next_prob is not None:
            nxt = self.tokens.ids[lo + 1 : hi + 1].astype(np.int64)
            m = len(nxt)
            ok = (nxt >= 0) & (nxt < probs.shape[1])
            got = np.full(m, np.nan, np.float32)
            got[ok] = probs[rows[:m][ok], nxt[ok]]
            self.next_prob[lo : lo + m] = got

    def prefix(self, steps: int) -> CheckpointedRun:
        """The run of the first ``steps`` steps (a multiple of ``every`` already computed,
        e.g. while the first pass goes on), sharing this run's arrays."""
        if steps % self.every or steps > self.steps:
            raise ValueError(f"a prefix of {steps} steps: expected a multiple of {self.every}")
        p = object.__new__(CheckpointedRun)
        p.__dict__.update(self.__dict__)
        p.steps = steps
        p.tokens = self.tokens[:steps]
        p.text = self.text[: int(self.tokens.ends[steps - 1])] if steps else ""
        bins = -(-steps // self.bin)
        p._bins = {key: b.head(bins) for key, b in self._bins.items()}
        for name in ("predictions", "top_id", "top_prob", "next_prob"):
            arr = getattr(self, name)
            setattr(p, name, None if arr is None else arr[:steps])
        if p.next_prob is not None and steps:
            p.next_prob = p.next_prob.copy()
            p.next_prob[-1] = np.nan  # nothing comes next in the prefix
        mark = steps // self.every
        p.h_n = self.ckpt_h[:, mark].copy()
        p.c_n = None if self.ckpt_c is None else self.ckpt_c[:, mark].copy()
        bad = self.first_nonfinite
        p.first_nonfinite = bad if bad is not None and bad < steps else None
        p._levels, p._lru, p._lock = {}, OrderedDict(), threading.Lock()
        return p

    def _stream(self, start: int, progress: Progress | None,
                partial: Callable[[int], None] | None = None) -> None:  # fmt: skip
        """The first pass (from step ``start``, a checkpoint); ``partial(steps)`` after each
        chunk of a one-directional stack (steps computed so far, a multiple of ``every``)."""
        net = self.model.net
        c = net.config
        T, L, D = self.steps, c.num_layers, c.num_directions
        total = L * D * (T - start)
        done = 0

        def report(n: int) -> None:
            nonlocal done
            done += n
            if progress is not None:
                progress(done, total)

        passes = c.passes()
        chunk = max(CHUNK // self.every, 1) * self.every  # chunks start at checkpoints
        if D == 1:
            for lo in range(start, T, chunk):
                hi = min(lo + chunk, T)
                inp = self._embed(lo, hi)
                kept = []
                for layer in passes:
                    p = layer[0]
                    v, cache = self._pass(p, inp, lo // self.every)
                    self._record(p, lo, v, True)
                    inp = v["h"]
                    kept.append((v, cache))
                    report(hi - lo)
                self._read_out(lo, inp[:, 0])
                if partial is not None and hi < T:
                    partial(hi)
                if hi == T:  # the last window is in hand: kept (the view opens at the end)
                    self._keep_last(lo, kept)
            return
        # bidirectional: layer by layer (the layer above reads both directions' h)
        below: np.ndarray | None = None  # (T, 1, D*W) the layer below's output
        for layer in passes:
            out = np.empty((T, 1, D * c.output_size), net.dtype)
            for p in layer:
                cols = slice(p.direction * c.output_size, (p.direction + 1) * c.output_size)
                for lo in range(0, T, chunk):
                    hi = min(lo + chunk, T)
                    if p.direction == 0:
                        seq = self._embed(lo, hi) if below is None else below[lo:hi]
                    else:
                        seq = (self._embed(T - hi, T - lo) if below is None
                               else below[T - hi : T - lo])[::-1]  # fmt: skip
                    v, _ = self._pass(p, seq, lo // self.every)
                    self._record(p, lo, v, True)
                    if p.direction == 0:
                        out[lo:hi, :, cols] = v["h"]
                    else:
                        out[T - hi : T - lo, :, cols] = v["h"][::-1]
                    report(hi - lo)
            below = out
        assert below is not None
        for lo in range(0, T, chunk):
            self._read_out(lo, below[lo : lo + chunk, 0])


def run_checkpointed(
    model: Model,
    text: str,
    *,
    old: CheckpointedRun | None = None,
    every: int = EVERY,
    bin: int = 0,
    progress: Progress | None = None,
    partial: Callable[[CheckpointedRun], None] | None = None,
    backend: Backend = NUMPY,
) -> CheckpointedRun:
    """The checkpointed run of ``text`` (module text). With ``old`` (a checkpointed run of
    the same model, engine path and storage), a one-directional stack re-runs only from
    the checkpoint at or before the first changed token (the step before it included:
    its answer reads the token that follows), keeping ``old``'s checkpoints, bins and head
    figures before it; a bidirectional one re-runs whole. ``progress(done, total)`` counts
    the steps computed over all layers and directions (raise in it to cancel);
    ``partial(run)`` receives the run of the steps computed so far (``prefix``) after each
    chunk of a one-directional stack."""
    reuse = (
        old is not None
        and old.model is model
        and old.backend.name == backend.name
        and old.every == every
        and model.net.config.num_directions == 1
        and (not bin or bin == old.bin)
    )
    if not reuse or old is None:
        tokens = token_table(model.tokenizer, text)
        run = CheckpointedRun(model, text, tokens, every=every, bin=bin, backend=backend)
        if run.steps:
            run._stream(0, progress, _prefixes(run, partial))
        return run
    tokens, first = edit_table(model.tokenizer, old.tokens, old.text, text)
    period = math.lcm(every, old.bin)  # a checkpoint and a bin boundary
    step = (max(first - 1, 0) // period) * period
    run = CheckpointedRun(model, text, tokens, every=every, bin=old.bin, backend=backend)
    _keep(run, old, step)
    if run.steps > step:
        run._stream(step, progress, _prefixes(run, partial))
    return run


def _prefixes(run: CheckpointedRun, partial: Callable[[CheckpointedRun], None] | None
              ) -> Callable[[int], None] | None:  # fmt: skip
    return None if partial is None else lambda steps: partial(run.prefix(steps))


def edit_table(tokenizer: Tokenizer, old: TokenTable, old_text: str, text: str
               ) -> tuple[TokenTable, int]:  # fmt: skip
    """The tokens of ``text`` after an edit of ``old_text`` (tokens ``old``), re-tokenized
    from the edit on, and the index of the first one whose input differs (as
    ``incremental.edit_tokens``)."""
    c = common_prefix(old_text, text)
    b = tokenizer.boundary_before(text, c)
    keep = bisect.bisect_right(old.ends, b)
    tail = token_table(tokenizer, text, b)
    tokens = TokenTable(
        text, tokenizer.kind,
        np.concatenate([old.ids[:keep], tail.ids]),
        np.concatenate([old.starts[:keep], tail.starts]),
        np.concatenate([old.ends[:keep], tail.ends]),
        np.concatenate([old.known[:keep], tail.known]),
    )  # fmt: skip
    limit = min(len(old), len(tokens))
    same = (old.ids[keep:limit] == tokens.ids[keep:limit]) & (
        old.known[keep:limit] == tokens.known[keep:limit]
    )
    bad = np.flatnonzero(~same)
    first = keep + (int(bad[0]) if len(bad) else limit - keep)
    if tokenizer.kind == "number":  # the value is the input
        i = keep
        while i < first and old[i].value == tokens[i].value:
            i += 1
        first = i
    return tokens, first


def _keep(run: CheckpointedRun, old: CheckpointedRun, step: int) -> None:
    """Copy ``old``'s checkpoints, bins and head figures before ``step`` into ``run``."""
    marks = step // run.every + 1
    run.ckpt_h[:, :marks] = old.ckpt_h[:, :marks]
    if run.ckpt_c is not None and old.ckpt_c is not None:
        run.ckpt_c[:, :marks] = old.ckpt_c[:, :marks]
    bins = step // run.bin
    for key, b in old._bins.items():
        run._bins[key] = b.copy(len(run._bins[key].low), bins)
    for name in ("predictions", "top_id", "top_prob", "next_prob"):
        new, was = getattr(run, name), getattr(old, name)
        if new is not None and was is not None:
            new[:step] = was[:step]
    bad = old.first_nonfinite
    run.first_nonfinite = bad if bad is not None and bad < step else None


PARTIAL_SECONDS = 2.0  # a long first pass shows its computed part at most this often


def partial_job(model: Model, text: str, progress: Callable[..., None], *,
                old: CheckpointedRun | None = None, backend: Backend = NUMPY,
                every: int = EVERY, bin: int = 0, shown: int = 0) -> CheckpointedRun:  # fmt: skip
    """``run_checkpointed`` as a worker job (``session.worker``): the part computed so far
    goes out as the report of a progress call, ``progress(done, total, (run, 0))``, at most
    every ``PARTIAL_SECONDS`` once it is longer than ``shown`` steps (the run on screen:
    it never shrinks to a part)."""
    last = time.monotonic()
    done = [0, 0]

    def counted(n: int, total: int) -> None:
        done[:] = [n, total]
        progress(n, total)

    def part(run: CheckpointedRun) -> None:
        nonlocal last
        now = time.monotonic()
        if run.steps > shown and now - last >= PARTIAL_SECONDS:
            last = now
            progress(done[0], done[1], (run, 0))

    return run_checkpointed(model, text, old=old, every=every, bin=bin, progress=counted,
                            partial=part, backend=backend)  # fmt: skip
