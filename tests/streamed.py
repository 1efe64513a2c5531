"""Traces that cannot hand out a whole run, for tests of the streaming readers.

``ChunkedTrace`` wraps a real ``Trace`` and refuses ``values`` (what a checkpointed trace
of a long text does): code that passes through it read the run only by ``chunks`` and
``window``. ``SyntheticTrace`` makes every chunk on the fly from a formula of (step, unit),
so a million-step run costs no memory until a chunk is asked for.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from gate_explorer.engine.tokenize import Token
from gate_explorer.engine.trace import CHUNK, Trace


class WholeRunRead(AssertionError):
    """A reader asked a streamed trace for every step at once."""


class ChunkedTrace:
    """A ``Trace`` seen only through ``chunks`` and ``window`` (``values`` raises)."""

    def __init__(self, trace: Trace) -> None:
        self._trace = trace
        self.kind, self.names = trace.kind, trace.names
        self.num_layers, self.num_directions = trace.num_layers, trace.num_directions
        self.steps, self.batched = trace.steps, trace.batched
        self.read: list[tuple[str, int, int]] = []  # chunks asked for: (name, start, rows)
        self.windows: list[tuple[int, int]] = []

    @property
    def cell(self):
        return self._trace.cell

    def values(self, *args, **kwargs):
        raise WholeRunRead("a streamed trace holds no whole (T, H) array")

    def chunks(self, name: str, layer: int = 0, direction: int = 0, size: int = CHUNK):
        for start, piece in self._trace.chunks(name, layer, direction, size):
            self.read.append((name, start, len(piece)))
            yield start, piece

    def window(self, a: int, b: int) -> Trace:
        self.windows.append((a, b))
        return _slice(self._trace, a, b)


def _slice(trace: Trace, a: int, b: int) -> Trace:
    """Steps [a, b) of a full trace as a Trace (values only: what the readers use)."""
    from gate_explorer.engine.trace import DirectionTrace

    layers = tuple(
        tuple(DirectionTrace({n: v[a:b] for n, v in dt.values.items()}) for dt in dirs)
        for dirs in trace.layers
    )
    return Trace(
        trace.kind, trace.names, layers, trace.output[a:b], trace.h_n, trace.c_n,
        trace.batched, trace.x[a:b], trace.h0, trace.c0,
        trace.gate_activation, trace.reset_after,
    )  # fmt: skip


class SyntheticTrace:
    """A run of ``steps`` steps whose values are made on demand: gate/state ``name`` of
    layer k, direction d at step t, unit u is a fixed smooth function (float32), gates in
    (0, 1), states in (-2, 2). ``chunks`` and ``window`` agree row for row."""

    def __init__(
        self, steps: int, hidden: int = 16, kind: str = "lstm", layers: int = 1, seed: int = 0
    ) -> None:
        from gate_explorer.engine import cells

        self.kind = kind
        self.names = cells.cell(kind).names
        self.num_layers, self.num_directions = layers, 1
        self.steps, self.batched, self.hidden = steps, False, hidden
        g = np.random.default_rng(seed)
        self._freq = g.uniform(0.001, 0.3, size=(layers, len(self.names), hidden))
        self._phase = g.uniform(0, 6.3, size=(layers, len(self.names), hidden))
        self.peak_rows = 0  # the most rows made at once

    def rows(self, name: str, layer: int, a: int, b: int) -> np.ndarray:
        """(b - a, H) float32 values of steps [a, b)."""
        self.peak_rows = max(self.peak_rows, b - a)
        k = self.names.index(name)
        t = np.arange(a, b, dtype=np.float64)[:, None]
        v = np.sin(t * self._freq[layer, k] + self._phase[layer, k])
        v = 0.5 + 0.5 * v if name in ("i", "f", "o", "r", "z") else 2.0 * v * np.cos(t * 1e-4)
        return v.astype(np.float32)

    def values(self, *args, **kwargs):
        raise WholeRunRead("a synthetic trace holds no whole (T, H) array")

    def chunks(self, name: str, layer: int = 0, direction: int = 0, size: int = CHUNK):
        for start in range(0, self.steps, size):
            yield start, self.rows(name, layer, start, min(start + size, self.steps))

    def window(self, a: int, b: int) -> _Window:
        return _Window(self, a, b)


@dataclass(frozen=True)
class _Window:
    source: SyntheticTrace
    a: int
    b: int

    def values(self, name: str, layer: int = 0, direction: int = 0) -> np.ndarray:
        return self.source.rows(name, layer, self.a, self.b)


class SyntheticTokens:
    """``steps`` tokens (letters and spaces, a quote now and then) made on demand."""

    ALPHABET = 'abc de"fgh ij.kl mn(op) qr, st'

    def __init__(self, steps: int) -> None:
        self.steps = steps

    def __len__(self) -> int:
        return self.steps

    def _token(self, t: int) -> Token:
        ch = self.ALPHABET[(t * 7 + t // 13) % len(self.ALPHABET)]
        return Token(ch, ord(ch) % 31, True, t, t + 1)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self._token(t) for t in range(*index.indices(self.steps))]
        if not -self.steps <= index < self.steps:
            raise IndexError(index)
        return self._token(index % self.steps)

    def __iter__(self) -> Iterator[Token]:
        return (self._token(t) for t in range(self.steps))

    def text(self) -> str:
        return "".join(self._token(t).text for t in range(self.steps))


@dataclass
class SyntheticRun:
    """What the exports read of a ``ModelRun``: ``text``, ``tokens`` and ``trace``."""

    text: str
    tokens: SyntheticTokens
    trace: SyntheticTrace


def synthetic_run(
    steps: int, hidden: int = 16, kind: str = "lstm", layers: int = 1
) -> SyntheticRun:
    tokens = SyntheticTokens(steps)
    return SyntheticRun("", tokens, SyntheticTrace(steps, hidden, kind, layers))
