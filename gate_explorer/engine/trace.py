"""The record of one run: every gate and state of every layer, direction and step.

A trace is computed once per (model, input) and only read afterwards: stepping through
time, hovering, sorting and exporting all read it; none re-runs the network.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np

from gate_explorer.engine import cells
from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable


@dataclass(frozen=True)
class DirectionTrace:
    """One direction of one layer. Arrays are (T, B, ·), row t = input position t.

    ``values`` holds the names of the cell (LSTM ``i f g o c h``, GRU ``r z n h``,
    RNN ``h``); ``cache`` holds extra intermediates that backprop needs.
    """

    values: dict[str, np.ndarray]
    cache: dict[str, np.ndarray] = field(default_factory=dict)


CHUNK = 65536  # steps per chunk when a long run is read in pieces (a multiple of stepping.ALIGN)


@dataclass(frozen=True)
class Trace:
    """A whole run, as ``RecurrentNet.run`` returns it.

    ``output``, ``h_n`` and ``c_n`` are shaped as torch returns them: output (T, [B,] D*H_out),
    h_n (L*D, [B,] H_out), c_n (L*D, [B,] H) for LSTM, else None. ``x`` (T, B, F), ``h0`` and
    ``c0`` (L*D, B, ·) keep the (batched) input and initial states for backprop.
    ``gate_activation`` and ``reset_after`` are the cell variant of the network
    (``RecurrentNet``'s keywords), so views of the trace show the right equations.
    """

    kind: str
    names: tuple[str, ...]
    layers: tuple[tuple[DirectionTrace, ...], ...]
    output: np.ndarray
    h_n: np.ndarray
    c_n: np.ndarray | None
    batched: bool
    x: np.ndarray
    h0: np.ndarray
    c0: np.ndarray | None
    gate_activation: str = "sigmoid"
    reset_after: bool = True

    @property
    def cell(self) -> cells.Cell:
        """The gate table of the cell variant that made the trace."""
        return cells.cell(self.kind, self.gate_activation, self.reset_after)

    @property
    def num_layers(self) -> int:
        return len(self.layers)

    @property
    def num_directions(self) -> int:
        return len(self.layers[0])

    @property
    def steps(self) -> int:
        """Sequence length T."""
        return self.x.shape[0]

    def layer(self, layer: int = 0, direction: int = 0) -> DirectionTrace:
        """The record of one layer and direction, with a clear error when out of range."""
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
        return self.layers[layer][direction]

    def values(self, name: str, layer: int = 0, direction: int = 0) -> np.ndarray:
        """Gate or state ``name`` of a layer and direction: (T, [B,] H), row t = position t."""
        if name not in self.names:
            raise GateExplorerError(
                translatable("{kind} has no {name!r}; its gates and states are {names}").format(
                    kind=self.kind, name=name, names=", ".join(self.names)
                )
            )
        arr = self.layer(layer, direction).values[name]
        return arr if self.batched else arr[:, 0]

    def chunks(
        self, name: str, layer: int = 0, direction: int = 0, size: int = CHUNK
    ) -> Iterator[tuple[int, np.ndarray]]:
        """``(start, values[start:start + size])`` over the whole run, in order.

        The one way analyses and exports read a run whole: a trace that keeps only
        checkpoints (long texts) recomputes each chunk instead of holding every step, so
        code written against this never needs the full (T, H) array at once.
        """
        values = self.values(name, layer, direction)
        for start in range(0, self.steps, size):
            yield start, values[start : start + size]
