"""Read a run in pieces, and one-pass accumulators over those pieces.

Every analysis and export that needs a whole run reads it through ``read_steps``: a full
``Trace`` yields slices of its arrays, a trace that keeps only checkpoints (long texts)
recomputes each piece, so no caller ever needs the whole (T, H) array at once. The
accumulators keep float64 sums per unit; merged chunk by chunk they give the numbers the
whole-array formulas give (Chan, Golub and LeVeque's pairwise update for the centred sums).
NumPy only.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np

from gate_explorer.engine.trace import CHUNK, Trace
from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable

LONG_CHUNK = 4_096  # steps per chunk of a trace that recomputes them (each holds every
# layer's gates and backprop cache of the chunk while it is made: ~70 MB for a 3 x 128 LSTM)
WINDOW_PIECE = 1_024  # steps per window of a part of such a trace (it keeps recent windows)


def unbatched(arr: np.ndarray) -> np.ndarray:
    """(n, H) from (n, H) or a batch of one (n, 1, H)."""
    return arr[:, 0] if arr.ndim == 3 else arr


def check_range(trace: Any, start: int, stop: int | None) -> tuple[int, int]:
    """(start, stop) within the run's steps; ``stop`` None means the end."""
    steps = int(trace.steps)
    stop = steps if stop is None else int(stop)
    if not 0 <= start <= stop <= steps:
        raise GateExplorerError(
            translatable(
                "steps {start}..{stop} do not fit a run of {steps} step(s): expected 0 <= "
                "start <= stop <= steps"
            ).format(start=start, stop=stop, steps=steps)
        )
    return int(start), stop


def read_steps(
    trace: Any,
    name: str,
    layer: int = 0,
    direction: int = 0,
    start: int = 0,
    stop: int | None = None,
    size: int = CHUNK,
) -> Iterator[tuple[int, np.ndarray]]:
    """``(step, values (n, H))`` for steps ``start:stop`` of gate/state ``name``, in order.

    The whole run comes from ``trace.chunks``; a part of it from ``trace.window`` when the
    trace has one (a checkpointed trace recomputes just that part; its window is a Trace or
    holds one as ``.trace``), else from slices of ``trace.values``. A batch of one is
    unbatched. Pieces hold at most ``size`` steps; a trace that recomputes them gets
    smaller ones (``LONG_CHUNK``, ``WINDOW_PIECE``), so memory stays bounded.
    """
    start, stop = check_range(trace, start, stop)
    held = isinstance(trace, Trace)  # every step in memory: pieces are views
    if start == 0 and stop == trace.steps:
        for s, piece in trace.chunks(
            name, layer, direction, size if held else min(size, LONG_CHUNK)
        ):
            yield s, unbatched(piece)
        return
    window = getattr(trace, "window", None)
    if held or window is None:
        values = trace.values(name, layer, direction)
        for s in range(start, stop, size):
            yield s, unbatched(values[s : min(s + size, stop)])
        return
    s = start
    while s < stop:  # windows aligned to WINDOW_PIECE: each recomputed from its checkpoint
        e = min(s + min(size, WINDOW_PIECE), (s // WINDOW_PIECE + 1) * WINDOW_PIECE, stop)
        part = window(s, e)  # a Trace, or a window holding one
        yield s, unbatched(getattr(part, "trace", part).values(name, layer, direction))
        s = e


def width_of(trace: Any, name: str, layer: int = 0, direction: int = 0) -> int:
    """H, the units of ``name`` in a layer/direction, without reading any step."""
    if isinstance(trace, Trace):
        return int(trace.values(name, layer, direction).shape[-1])
    if callable(width := getattr(trace, "width", None)):  # a checkpointed trace knows it
        return int(width(name))
    for _, piece in read_steps(trace, name, layer, direction, 0, min(1, trace.steps), 1):
        return int(piece.shape[-1])
    raise GateExplorerError(
        translatable("the run is empty: no step to read the layer's width from")
    )


class Correlation:
    """Pearson r of each of H columns with one target, fed in row chunks.

    ``add(values (n, H), target (n,))`` merges the chunk's centred sums into the running
    ones (float64); ``result()`` is ``unit_finder.pearson_columns`` of all rows: a column
    that never changes (max == min, exactly) or a constant target gives 0.
    """

    def __init__(self, width: int) -> None:
        self.n = 0
        self.mean = np.zeros(width)
        self.m2 = np.zeros(width)
        self.cross = np.zeros(width)
        self.y_mean = 0.0
        self.y_m2 = 0.0
        self.low = np.full(width, np.inf)
        self.high = np.full(width, -np.inf)
        self.y_low, self.y_high = np.inf, -np.inf

    def add(self, values: np.ndarray, target: np.ndarray) -> None:
        v = np.asarray(values, dtype=np.float64)
        y = np.asarray(target, dtype=np.float64)
        nb = len(y)
        if nb == 0:
            return
        self.low = np.minimum(self.low, v.min(axis=0))
        self.high = np.maximum(self.high, v.max(axis=0))
        self.y_low = float(np.minimum(self.y_low, y.min()))  # NaN propagates, as in y.min()
        self.y_high = float(np.maximum(self.y_high, y.max()))
        mean, y_mean = v.mean(axis=0), float(y.mean())
        dv, dy = v - mean, y - y_mean
        m2, y_m2, cross = (dv * dv).sum(axis=0), float(dy @ dy), dy @ dv
        na = self.n
        if na == 0:
            self.n, self.mean, self.m2, self.cross = nb, mean, m2, cross
            self.y_mean, self.y_m2 = y_mean, y_m2
            return
        n = na + nb
        dm, dym = mean - self.mean, y_mean - self.y_mean
        w = na * nb / n
        self.m2 = self.m2 + m2 + dm * dm * w
        self.cross = self.cross + cross + dm * dym * w
        self.y_m2 += y_m2 + dym * dym * w
        self.mean = self.mean + dm * (nb / n)
        self.y_mean += dym * (nb / n)
        self.n = n

    def result(self) -> np.ndarray:
        """(H,) r in [-1, 1]."""
        out = np.zeros(len(self.mean))
        if self.n < 2 or self.y_high == self.y_low:
            return out
        varies = self.high > self.low
        den = np.sqrt(self.m2[varies] * self.y_m2)
        with np.errstate(invalid="ignore", divide="ignore"):
            out[varies] = self.cross[varies] / den
        return np.clip(out, -1.0, 1.0)


class Counts:
    """How many rows of each of H columns fall below ``low`` and above ``high`` (NaN: neither)."""

    def __init__(self, width: int, low: float, high: float) -> None:
        self.low, self.high = low, high
        self.below = np.zeros(width, dtype=np.int64)
        self.above = np.zeros(width, dtype=np.int64)
        self.steps = 0

    def add(self, values: np.ndarray) -> None:
        v = np.asarray(values, dtype=np.float64)
        with np.errstate(invalid="ignore"):  # NaN compares False: neither side
            self.below += (v < self.low).sum(axis=0)
            self.above += (v > self.high).sum(axis=0)
        self.steps += v.shape[0]

    def fractions(self) -> tuple[np.ndarray, np.ndarray]:
        """(left (H,), right (H,)): the counts over all rows; no rows gives zeros."""
        if self.steps == 0:
            return np.zeros(len(self.below)), np.zeros(len(self.above))
        return self.below / self.steps, self.above / self.steps
