"""Gate saturation over a whole text, as in Karpathy, Johnson and Fei-Fei (2015), fig. 3.

For every unit: the fraction of steps its gate is left-saturated (shut, < 0.1) and
right-saturated (open, > 0.9). A gate that is mostly saturated acts like a switch; one that
never is acts like a dimmer. NumPy only: usable from a notebook, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from gate_explorer.analysis.streaming import Counts, read_steps, width_of
from gate_explorer.engine import cells
from gate_explorer.engine.net import KINDS
from gate_explorer.engine.trace import CHUNK

LOW, HIGH = 0.1, 0.9  # the paper's thresholds for sigmoid gates
TANH_LOW, TANH_HIGH = -0.9, 0.9  # the same idea for a tanh state in (-1, 1)
SIGMOID_GATES: dict[str, tuple[str, ...]] = {  # from the engine's gate table
    kind: tuple(g.name for g in cells.cell(kind).gates if g.role == "gate") for kind in KINDS
}


@dataclass(frozen=True)
class Saturation:
    """How often each unit of gate/state ``name`` sits below ``low`` and above ``high``.

    ``left`` and ``right`` are (H,) fractions of the ``steps`` steps, each in [0, 1].
    """

    name: str
    left: np.ndarray
    right: np.ndarray
    low: float
    high: float
    steps: int


def saturation(
    values: np.ndarray, low: float = LOW, high: float = HIGH
) -> tuple[np.ndarray, np.ndarray]:
    """(left (H,), right (H,)): fraction of the T steps of (T, H) ``values`` < low, > high.

    The denominator is T, all steps: a NaN step counts as neither left nor right (it is in
    neither fraction, so left + right <= 1 still holds). T = 0 gives zeros.
    """
    v = np.asarray(values, dtype=np.float64)
    if v.ndim != 2:
        raise ValueError(f"expected values of shape (T, H), found shape {v.shape}")
    steps = v.shape[0]
    if steps == 0:
        return np.zeros(v.shape[1]), np.zeros(v.shape[1])
    with np.errstate(invalid="ignore"):  # NaN compares False: neither side
        left = (v < low).sum(axis=0) / steps
        right = (v > high).sum(axis=0) / steps
    return left, right


def streamed_saturation(
    trace: Any, name: str, layer: int = 0, direction: int = 0,
    low: float = LOW, high: float = HIGH, size: int = CHUNK,
) -> Saturation:  # fmt: skip
    """``saturation`` of one gate/state over the whole run, read ``size`` steps at a time
    (exact: the counts are integers, the fractions divide them once by T)."""
    counts: Counts | None = None
    for _, piece in read_steps(trace, name, layer, direction, size=size):
        if counts is None:
            counts = Counts(piece.shape[1], low, high)
        counts.add(piece)
    if counts is None:
        counts = Counts(width_of(trace, name, layer, direction), low, high)
    left, right = counts.fractions()
    return Saturation(name, left, right, low, high, counts.steps)


def gate_saturation(
    trace: Any, layer: int = 0, direction: int = 0, size: int = CHUNK
) -> tuple[Saturation, ...]:
    """Saturation of every sigmoid gate of a layer/direction (LSTM i f o, GRU r z).

    A plain RNN has no gates: the result is empty (see ``layer_saturation``).
    """
    return tuple(
        streamed_saturation(trace, name, layer, direction, LOW, HIGH, size)
        for name in SIGMOID_GATES.get(trace.kind, ())
    )


def layer_saturation(
    trace: Any, layer: int = 0, direction: int = 0, size: int = CHUNK
) -> tuple[Saturation, ...]:
    """What the saturation view draws: the sigmoid gates, or for a tanh RNN (no gates) its
    hidden state h at -0.9 / +0.9, where tanh flattens out. A ReLU RNN gives nothing: its h
    is unbounded above, so it never saturates there. Read chunk by chunk."""
    gates = gate_saturation(trace, layer, direction, size)
    if gates or trace.kind != "rnn_tanh":
        return gates
    return (streamed_saturation(trace, "h", layer, direction, TANH_LOW, TANH_HIGH, size),)


def saturation_in_one_pass(
    trace: Any, layer: int = 0, direction: int = 0, progress: Any = None
) -> tuple[Saturation, ...]:
    """``layer_saturation`` of a trace that recomputes its steps (a checkpointed run's,
    read through ``trace.pieces``): every gate counted in one pass over the run instead of
    one pass per gate, ``progress(done, total)`` after each piece. The counts are integers,
    so the fractions equal ``layer_saturation``'s."""
    names, low, high = SIGMOID_GATES.get(trace.kind, ()), LOW, HIGH
    if not names:
        if trace.kind != "rnn_tanh":
            return ()
        names, low, high = ("h",), TANH_LOW, TANH_HIGH
    counts = {n: Counts(width_of(trace, n, layer, direction), low, high) for n in names}
    for _, piece in trace.pieces(names, layer, direction, progress=progress):
        for n in names:
            counts[n].add(piece[n])
    return tuple(Saturation(n, *counts[n].fractions(), low, high, counts[n].steps) for n in names)
