"""The gate table of each cell: which gates and states exist, their activation and range,
and which rows of torch's weights compute them. Everything that needs to know (the
engine, interventions, the equations panel, the views' colour ranges) reads it here.

``cell(kind, gate_activation, reset_after)`` gives the table of one cell variant; the
module constants (``SIGMOID_NAMES`` ...) are unions over every cell, for views that key
by name alone. The equations themselves live in each cell's module (``lstm.step`` ...).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from gate_explorer.engine.activations import check_gate_activation
from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable

UNIT = (0.0, 1.0)  # a sigmoid gate: 0 shut .. 1 open
SIGNED = (-1.0, 1.0)  # tanh


@dataclass(frozen=True)
class Gate:
    """One gate or state of a cell.

    ``role``: ``"gate"`` (a sigmoid-like gate), ``"candidate"`` (tanh) or ``"state"``.
    ``activation``: ``"sigmoid"`` (or a hard-sigmoid variant), ``"tanh"``, ``"relu"``, or
    ``""`` for a state computed from the others. ``range``: the values it can take, None
    when unbounded. ``block``: its rows in torch's stacking (rows ``block*H:(block+1)*H``
    of ``weight_ih_l{k}``, ``weight_hh_l{k}``, both biases), None when no weights compute
    it directly. ``reads``: the values of the same step it is computed from (besides
    x_t, h_{t-1}, c_{t-1}): an intervention on one of them recomputes it.
    """

    name: str
    role: str
    activation: str
    range: tuple[float, float] | None
    block: int | None
    reads: tuple[str, ...] = ()
    title: str = ""  # e.g. "forget gate", marked for translation


@dataclass(frozen=True)
class Cell:
    """The table of one cell variant: its gates and states in update order."""

    kind: str
    gates: tuple[Gate, ...]
    gate_activation: str = "sigmoid"
    reset_after: bool = True

    @property
    def names(self) -> tuple[str, ...]:
        """Every gate and state, in the trace's order (LSTM i f g o c h, GRU r z n h, RNN h)."""
        return tuple(g.name for g in self.gates)

    @property
    def blocks(self) -> int:
        """G: how many blocks of H rows the weights stack (LSTM 4, GRU 3, RNN 1)."""
        return sum(g.block is not None for g in self.gates)

    def __getitem__(self, name: str) -> Gate:
        for g in self.gates:
            if g.name == name:
                return g
        raise GateExplorerError(
            translatable("{kind} has no {name!r}; its gates and states are {names}").format(
                kind=self.kind, name=name, names=", ".join(self.names)
            )
        )

    def rows(self, name: str, hidden: int) -> slice:
        """The rows of torch's weights that compute ``name`` (e.g. f: H:2H of an LSTM)."""
        block = self[name].block
        if block is None:
            raise GateExplorerError(
                translatable("{name!r} of a {kind} is not computed by weight rows").format(
                    name=name, kind=self.kind
                )
            )
        return slice(block * hidden, (block + 1) * hidden)


def _gate(name: str, block: int, title: str) -> Gate:
    return Gate(name, "gate", "sigmoid", UNIT, block, (), title)


_CELLS = {
    "lstm": Cell(
        "lstm",
        (
            _gate("i", 0, translatable("input gate")),
            _gate("f", 1, translatable("forget gate")),
            Gate("g", "candidate", "tanh", SIGNED, 2, (), translatable("candidate")),
            _gate("o", 3, translatable("output gate")),
            Gate("c", "state", "", None, None, ("i", "f", "g"), translatable("cell state")),
            Gate("h", "state", "", SIGNED, None, ("o", "c"), translatable("hidden state")),
        ),
    ),
    "gru": Cell(
        "gru",
        (
            _gate("r", 0, translatable("reset gate")),
            _gate("z", 1, translatable("update gate")),
            Gate("n", "candidate", "tanh", SIGNED, 2, ("r",), translatable("candidate")),
            Gate("h", "state", "", SIGNED, None, ("z", "n"), translatable("hidden state")),
        ),
    ),
    "rnn_tanh": Cell(
        "rnn_tanh", (Gate("h", "state", "tanh", SIGNED, 0, (), translatable("hidden state")),)
    ),
    "rnn_relu": Cell(
        "rnn_relu", (Gate("h", "state", "relu", None, 0, (), translatable("hidden state")),)
    ),
}


def cell(kind: str, gate_activation: str = "sigmoid", reset_after: bool = True) -> Cell:
    """The gate table of a ``kind`` cell (a canonical kind, e.g. ``rnn_tanh``) and variant.

    With a projection (LSTM ``proj_size``) h is unbounded: see ``Cell`` users.
    """
    if kind not in _CELLS:
        raise GateExplorerError(
            translatable("unknown cell kind {kind!r}; expected one of {names}").format(
                kind=kind, names=", ".join(_CELLS)
            )
        )
    base = _CELLS[kind]
    check_gate_activation(gate_activation)
    if gate_activation == "sigmoid" and reset_after:
        return base
    gates = tuple(
        replace(g, activation=gate_activation) if g.role == "gate" else g for g in base.gates
    )
    return Cell(kind, gates, gate_activation, bool(reset_after))


def _names(role: str) -> frozenset[str]:
    return frozenset(g.name for c in _CELLS.values() for g in c.gates if g.role == role)


SIGMOID_NAMES = _names("gate")  # LSTM i f o, GRU r z: values in (0, 1)
CANDIDATE_NAMES = _names("candidate")  # LSTM g, GRU n: tanh, values in (-1, 1)
TITLES = {g.name: g.title for c in _CELLS.values() for g in c.gates}  # "f" -> "forget gate"
