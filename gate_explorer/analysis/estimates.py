"""Colour limits and unit sorts of long runs, fitted to a sample of steps, and saying so.

A percentile or a similarity sort over every step of a book-length text would read the
whole trace each time the view changes. Up to ``EXACT_STEPS`` steps they are exact; beyond,
they are fitted to a sample (``sample``): every k-th step of a trace held in memory (what
the window always did), or evenly spaced blocks of steps of a trace that recomputes what it
is asked for (a checkpointed long run: a few windows, not the whole run). ``Estimate``
carries the result with how many steps it saw, and ``note`` is the sentence to show.
NumPy only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import numpy as np

from gate_explorer.analysis.streaming import read_steps, unbatched
from gate_explorer.engine.trace import Trace
from gate_explorer.notices import Message, translatable

EXACT_STEPS = 2_000  # longer runs fit colour limits and unit sorts to a sample of steps
BLOCK = 256  # steps per sampled block of a trace that recomputes windows (a multiple of 64)

T_co = TypeVar("T_co")


@dataclass(frozen=True)
class Sample:
    """Rows of one gate/state: ``values`` (m, H) from ``used`` of the run's ``total`` steps."""

    values: np.ndarray
    used: int
    total: int

    @property
    def exact(self) -> bool:
        return self.used == self.total


@dataclass(frozen=True)
class Estimate(Generic[T_co]):
    """A fit (colour limits, a unit order) and how many of the run's steps it saw."""

    value: T_co
    used: int
    total: int

    @property
    def exact(self) -> bool:
        return self.used == self.total

    def note(self) -> Message | None:
        """``None`` when exact, else the sentence the window and exports show."""
        return None if self.exact else note(self.used, self.total)


def note(used: int, total: int) -> Message:
    """E.g. "estimated from 2,000 of 1,000,000 steps"."""
    return translatable("estimated from {used} of {total} steps").format(
        used=f"{used:,}", total=f"{total:,}"
    )


def sample_blocks(
    total: int, budget: int = EXACT_STEPS, block: int = BLOCK
) -> list[tuple[int, int]]:
    """Evenly spaced ``[a, b)`` blocks of ``block`` steps, about ``budget`` steps in all,
    first and last block at the ends of the run; the whole run when it fits ``budget``."""
    if total <= budget:
        return [(0, total)]
    block = max(1, min(block, budget))
    count = max(budget // block, 1)
    if count == 1:
        return [(0, block)]
    starts = np.round(np.linspace(0, total - block, count)).astype(np.int64)
    return [(int(a), int(a) + block) for a in np.unique(starts)]


def sample(
    trace: Any,
    name: str,
    layer: int = 0,
    direction: int = 0,
    budget: int = EXACT_STEPS,
    block: int = BLOCK,
) -> Sample:
    """About ``budget`` steps of gate/state ``name``: all of a run that fits; else every
    k-th step of a ``Trace`` (in memory: a strided view, as the window always sampled) or
    ``sample_blocks`` of any other trace (each block read through ``read_steps``)."""
    total = int(trace.steps)
    if isinstance(trace, Trace):
        values = unbatched(trace.values(name, layer, direction))
        if total <= budget:
            return Sample(values, total, total)
        rows = values[:: -(-total // budget)]
        return Sample(rows, len(rows), total)
    parts = [
        piece
        for a, b in sample_blocks(total, budget, block)
        for _, piece in read_steps(trace, name, layer, direction, a, b)
    ]
    values = np.concatenate(parts) if parts else np.zeros((0, 0), dtype=np.float32)
    return Sample(values, len(values), total)


def fitted(
    trace: Any,
    name: str,
    layer: int,
    direction: int,
    fit: Callable[[np.ndarray], T_co],
    budget: int = EXACT_STEPS,
    block: int = BLOCK,
) -> Estimate[T_co]:
    """``fit`` of the ``sample`` of ``name``, with the steps it saw; e.g. ``fit`` =
    ``lambda v: workspace.units.levels(name, kind, v)`` for colour limits."""
    s = sample(trace, name, layer, direction, budget, block)
    return Estimate(fit(s.values), s.used, s.total)
