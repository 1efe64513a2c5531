"""The passes of a stacked network: its sizes, layers bottom-up, each with its directions.

What ``RecurrentNet.run``, ``backward.gradients`` and interventions share is written once
here: torch's parameter-name suffix ``_l{k}[_reverse]``, the flip of the reverse direction
(it reads the sequence from the end), the next layer's input (the directions' h side by
side) and the final states (``h_n``, ``c_n``) stacked as torch returns them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from gate_explorer.engine import cells
from gate_explorer.engine.trace import DirectionTrace, Trace


def suffix(layer: int, direction: int) -> str:
    """torch's parameter-name suffix: ``_l{layer}``, plus ``_reverse`` for direction 1."""
    return f"_l{layer}{'_reverse' if direction else ''}"


@dataclass(frozen=True)
class Pass:
    """One direction of one layer; ``index`` = layer * D + direction, its row of h0, h_n."""

    layer: int
    direction: int
    index: int

    @property
    def suffix(self) -> str:
        return suffix(self.layer, self.direction)

    def order(self, arr: np.ndarray) -> np.ndarray:
        """``arr`` (T, ...) between position order and this pass's processing order (a view):
        reversed for the reverse direction, unchanged for the forward one."""
        return arr[::-1] if self.direction else arr

    def processing_index(self, position: int, steps: int) -> int:
        """The processing index of input position ``position`` (and back: it is its own inverse)."""
        return steps - 1 - position if self.direction else position


def passes(num_layers: int, num_directions: int) -> tuple[tuple[Pass, ...], ...]:
    """Every pass, per layer bottom-up, each layer's directions forward first."""
    return tuple(
        tuple(Pass(k, d, k * num_directions + d) for d in range(num_directions))
        for k in range(num_layers)
    )


@dataclass(frozen=True)
class NetConfig:
    """Sizes of a network, as torch's constructor arguments name them."""

    kind: str
    input_size: int
    hidden_size: int
    num_layers: int = 1
    bidirectional: bool = False
    proj_size: int = 0

    @property
    def num_directions(self) -> int:
        return 2 if self.bidirectional else 1

    @property
    def gates(self) -> int:
        """G: the blocks of H rows the weights stack (LSTM 4, GRU 3, RNN 1)."""
        return cells.cell(self.kind).blocks

    @property
    def output_size(self) -> int:
        """Width of one direction's h: proj_size if set, else hidden_size."""
        return self.proj_size or self.hidden_size

    def passes(self) -> tuple[tuple[Pass, ...], ...]:
        """``passes(num_layers, num_directions)``."""
        return passes(self.num_layers, self.num_directions)

    def param_shapes(self) -> dict[str, tuple[int, ...]]:
        """Every parameter name with its expected shape, in torch's order."""
        shapes: dict[str, tuple[int, ...]] = {}
        gh = self.gates * self.hidden_size
        for layer in self.passes():
            for p in layer:
                width = self.input_size if p.layer == 0 else self.num_directions * self.output_size
                shapes["weight_ih" + p.suffix] = (gh, width)
                shapes["weight_hh" + p.suffix] = (gh, self.output_size)
                shapes["bias_ih" + p.suffix] = (gh,)
                shapes["bias_hh" + p.suffix] = (gh,)
                if self.proj_size:
                    shapes["weight_hr" + p.suffix] = (self.proj_size, self.hidden_size)
        return shapes


def joined(outputs: Sequence[np.ndarray]) -> np.ndarray:
    """A layer's output (T, B, D*W): its directions' (T, B, W) side by side."""
    return outputs[0] if len(outputs) == 1 else np.concatenate(outputs, axis=-1)


def layer_output(dirs: Sequence[DirectionTrace]) -> np.ndarray:
    """(T, B, D*H_out): what the layer above reads, or the network's output."""
    return joined([dt.values["h"] for dt in dirs])


def final_states(
    layers: Sequence[Sequence[DirectionTrace]], name: str, initial: np.ndarray
) -> np.ndarray:
    """(L*D, B, ·) the last state ``name`` each pass reached, torch's h_n / c_n order.

    The forward direction ends at the last position, the reverse one at the first; an
    empty sequence ends where it started (``initial`` (L*D, B, ·)).
    """
    out = []
    for dirs in layers:
        for d, dt in enumerate(dirs):
            arr = dt.values[name]
            out.append(arr[0 if d else -1] if len(arr) else initial[len(out)])
    return np.stack(out)


def assemble(
    layers: tuple[tuple[DirectionTrace, ...], ...],
    cell: cells.Cell,
    x: np.ndarray,
    h0: np.ndarray,
    c0: np.ndarray | None,
    batched: bool,
) -> Trace:
    """The ``Trace`` of ``layers`` (position order, (T, B, ·)): output, h_n and c_n from
    them, unbatched (B dropped) when the input was a single sequence."""
    output = layer_output(layers[-1])
    h_n = final_states(layers, "h", h0)
    c_n = None if c0 is None else final_states(layers, "c", c0)
    if not batched:
        output, h_n = output[:, 0], h_n[:, 0]
        c_n = None if c_n is None else c_n[:, 0]
    return Trace(
        kind=cell.kind,
        names=cell.names,
        layers=layers,
        output=output,
        h_n=h_n,
        c_n=c_n,
        batched=batched,
        x=x,
        h0=h0,
        c0=c0,
        gate_activation=cell.gate_activation,
        reset_after=cell.reset_after,
    )
