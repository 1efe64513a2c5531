"""``RecurrentNet``: a stack of RNN, LSTM or GRU layers with torch's parameter names.

Parameters follow ``torch.nn.RNN/LSTM/GRU`` exactly: ``weight_ih_l{k}[_reverse]``
(G*H, F_k), ``weight_hh_l{k}`` (G*H, P), ``bias_ih_l{k}``, ``bias_hh_l{k}`` (G*H,), and for an
LSTM with ``proj_size`` P > 0 ``weight_hr_l{k}`` (P, H). Layer k > 0 reads the concatenated
outputs of layer k-1 (D * P_out wide). Time is axis 0 (torch's ``batch_first=False``).

Framework variants of the cells are keywords of ``RecurrentNet``: ``gate_activation``
(``"sigmoid"``, ``"hard_sigmoid_keras2"``, ``"hard_sigmoid_keras3"``; the activation of the
LSTM's i, f, o and the GRU's r, z) and ``reset_after`` (GRU only; False applies the reset
before the recurrent matrix, as Keras' ``reset_after=False``). The defaults are torch's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np

from gate_explorer.engine import activations, backward, cells, gru, lstm, rnn
from gate_explorer.engine.backend import NUMPY, Backend, Kernels
from gate_explorer.engine.backward import Gradients
from gate_explorer.engine.checks import check_finite, check_shape
from gate_explorer.engine.layers import NetConfig, assemble, layer_output, suffix
from gate_explorer.engine.trace import DirectionTrace, Trace
from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable

KINDS = ("lstm", "gru", "rnn_tanh", "rnn_relu")
_ALIASES = {"rnn": "rnn_tanh", "elman": "rnn_tanh", "tanh": "rnn_tanh", "relu": "rnn_relu"}
_MODULES = {"lstm": lstm, "gru": gru, "rnn_tanh": rnn, "rnn_relu": rnn}
Progress = Callable[[int, int], None]  # (steps done, steps in all) over every layer/direction


def canonical_kind(kind: str) -> str:
    """``'LSTM'`` -> ``'lstm'``, ``'rnn'`` -> ``'rnn_tanh'``; raise on anything unknown."""
    k = str(kind).strip().lower().replace("-", "_")
    k = _ALIASES.get(k, k)
    if k not in KINDS:
        raise GateExplorerError(
            translatable("unknown cell kind {kind!r}; expected one of {names} (or 'rnn')").format(
                kind=kind, names=", ".join(KINDS)
            )
        )
    return k


def names_of(kind: str) -> tuple[str, ...]:
    """The gate and state names of a kind: LSTM i f g o c h, GRU r z n h, RNN h."""
    return cells.cell(canonical_kind(kind)).names


def _offset(progress: Progress, done: int, total: int) -> Callable[[int], None]:
    """A cell's ``progress(steps)`` for one pass, reported as ``progress(done + steps, total)``."""
    return lambda steps: progress(done + steps, total)


class RecurrentNet:
    """A recurrent network whose ``run`` returns a full ``Trace``; weights in torch layout."""

    def __init__(
        self,
        config: NetConfig,
        params: Mapping[str, np.ndarray],
        *,
        gate_activation: str = "sigmoid",
        reset_after: bool = True,
    ) -> None:
        """``gate_activation`` and ``reset_after``: the framework variants (module docstring)."""
        kind = canonical_kind(config.kind)
        if config.proj_size and kind != "lstm":
            raise GateExplorerError(
                translatable("proj_size is only for LSTM, not {kind}").format(kind=kind)
            )
        activations.check_gate_activation(gate_activation)
        if gate_activation != "sigmoid" and kind not in ("lstm", "gru"):
            raise GateExplorerError(
                translatable(
                    "gate_activation is for LSTM and GRU gates; a {kind} has no gates"
                ).format(kind=kind)
            )
        if not reset_after and kind != "gru":
            raise GateExplorerError(
                translatable("reset_after=False is only for GRU, not {kind}").format(kind=kind)
            )
        self.gate_activation = gate_activation
        self.reset_after = bool(reset_after)
        if config.proj_size >= config.hidden_size > 0 and config.proj_size:
            raise GateExplorerError(
                translatable(
                    "proj_size ({proj_size}) must be smaller than hidden_size ({hidden_size})"
                ).format(proj_size=config.proj_size, hidden_size=config.hidden_size)
            )
        self.config = NetConfig(
            kind,
            int(config.input_size),
            int(config.hidden_size),
            int(config.num_layers),
            bool(config.bidirectional),
            int(config.proj_size),
        )
        shapes = self.config.param_shapes()
        unknown = sorted(set(params) - set(shapes))
        if unknown:
            raise GateExplorerError(
                translatable("unexpected parameter(s) {names} for a {value}").format(
                    names=", ".join(unknown), value=self.describe()
                )
            )
        dtype = np.result_type(*[np.asarray(p).dtype for p in params.values()])
        if dtype not in (np.float32, np.float64):
            dtype = np.dtype(np.float64) if dtype.itemsize > 4 else np.dtype(np.float32)
        self.dtype = np.dtype(dtype)
        self.params: dict[str, np.ndarray] = {}
        for name, shape in shapes.items():
            if name not in params:
                if name.startswith("bias"):  # torch's bias=False
                    self.params[name] = np.zeros(shape, dtype=self.dtype)
                    continue
                raise GateExplorerError(
                    translatable("missing parameter {name} {shape} for {value}").format(
                        name=name, shape=shape, value=self.describe()
                    )
                )
            arr = np.asarray(params[name])
            check_shape(name, arr, shape)
            self.params[name] = np.array(arr, dtype=self.dtype)  # own copy
        self.nonfinite = [n for n, p in self.params.items() if not np.isfinite(p).all()]
        self._prepared = [
            [self._prepare(k, d) for d in range(self.config.num_directions)]
            for k in range(self.config.num_layers)
        ]

    # ----------------------------------------------------------------- construction
    @classmethod
    def from_state_dict(
        cls,
        kind: str,
        state_dict: Mapping[str, Any],
        *,
        allow_nonfinite: bool = False,
        gate_activation: str = "sigmoid",
        reset_after: bool = True,
    ) -> RecurrentNet:
        """Build from torch-named arrays (numpy or anything ``np.asarray`` takes).

        Sizes are inferred: layers from the ``weight_ih_l{k}`` keys, directions from
        ``_reverse`` keys, hidden and projection sizes from ``weight_hh_l0`` and
        ``weight_hr_l0``. Raises ``GateExplorerError`` on a missing, extra or misshapen key,
        and (unless ``allow_nonfinite``) on NaN or inf, naming the key and position.
        """
        kind = canonical_kind(kind)
        sd = {k: np.asarray(v) for k, v in state_dict.items()}
        if "weight_ih_l0" not in sd or "weight_hh_l0" not in sd:
            found = ", ".join(sorted(sd)[:8]) or "nothing"
            raise GateExplorerError(
                translatable(
                    "no recurrent weights found: expected weight_ih_l0 and weight_hh_l0, "
                    "found {found}"
                ).format(found=found)
            )
        layer_ids = {int(m.group(1)) for k in sd if (m := re.fullmatch(r"weight_ih_l(\d+)", k))}
        num_layers = max(layer_ids) + 1
        w_ih, w_hh = sd["weight_ih_l0"], sd["weight_hh_l0"]
        gates = cells.cell(kind).blocks
        if w_ih.ndim != 2 or w_hh.ndim != 2 or w_ih.shape[0] % gates:
            raise GateExplorerError(
                translatable(
                    "weight_ih_l0 has shape {w_ih_shape}: a {kind} expects ({gates}*H, F)"
                ).format(w_ih_shape=w_ih.shape, kind=kind, gates=gates)
            )
        hidden = w_ih.shape[0] // gates
        proj = int(sd["weight_hr_l0"].shape[0]) if "weight_hr_l0" in sd else 0
        config = NetConfig(
            kind=kind,
            input_size=int(w_ih.shape[1]),
            hidden_size=int(hidden),
            num_layers=num_layers,
            bidirectional="weight_ih" + suffix(0, 1) in sd,
            proj_size=proj,
        )
        if not allow_nonfinite:
            for name, arr in sd.items():
                if np.issubdtype(arr.dtype, np.floating):
                    check_finite(name, arr)
        return cls(config, sd, gate_activation=gate_activation, reset_after=reset_after)

    @classmethod
    def random(
        cls,
        kind: str,
        input_size: int,
        hidden_size: int,
        num_layers: int = 1,
        *,
        bidirectional: bool = False,
        proj_size: int = 0,
        rng: np.random.Generator | int = 0,
        dtype: Any = np.float32,
        gate_activation: str = "sigmoid",
        reset_after: bool = True,
    ) -> RecurrentNet:
        """Weights drawn as torch draws them: U(-1/sqrt(H), 1/sqrt(H)), from a seeded rng."""
        config = NetConfig(
            canonical_kind(kind), input_size, hidden_size, num_layers, bidirectional, proj_size
        )
        gen = rng if isinstance(rng, np.random.Generator) else np.random.default_rng(rng)
        bound = 1.0 / np.sqrt(hidden_size)
        params = {
            name: gen.uniform(-bound, bound, size=shape).astype(dtype)
            for name, shape in config.param_shapes().items()
        }
        return cls(config, params, gate_activation=gate_activation, reset_after=reset_after)

    def with_params(self, params: Mapping[str, np.ndarray]) -> RecurrentNet:
        """A network of the same sizes and cell variant with other weights (e.g. float64)."""
        return RecurrentNet(
            self.config,
            params,
            gate_activation=self.gate_activation,
            reset_after=self.reset_after,
        )

    def state_dict(self) -> dict[str, np.ndarray]:
        """The parameters in torch's names (copies)."""
        return {k: v.copy() for k, v in self.params.items()}

    def describe(self) -> str:
        return ", ".join(self.describe_parts())

    def describe_parts(self) -> list[str]:
        """``describe`` in pieces, each marked for translation (the window shows them)."""
        c = self.config
        parts = [f"{c.kind} {c.input_size}->{c.hidden_size}"]
        if c.num_layers > 1:
            parts.append(translatable("{n} layers").format(n=c.num_layers))
        if c.bidirectional:
            parts.append(translatable("bidirectional"))
        if c.proj_size:
            parts.append(translatable("proj {n}").format(n=c.proj_size))
        if self.gate_activation != "sigmoid":
            parts.append(activations.LABELS[self.gate_activation])
        if not self.reset_after:
            parts.append(translatable("reset before (reset_after=False)"))
        return parts

    @property
    def kind(self) -> str:
        return self.config.kind

    @property
    def names(self) -> tuple[str, ...]:
        return self.cell.names

    @property
    def cell(self) -> cells.Cell:
        """The gate table of this network's cell variant."""
        return cells.cell(self.kind, self.gate_activation, self.reset_after)

    def _prepare(self, layer: int, direction: int) -> Any:
        s = suffix(layer, direction)
        p = self.params
        args = (p["weight_ih" + s], p["weight_hh" + s], p["bias_ih" + s], p["bias_hh" + s])
        if self.kind == "lstm":
            return lstm.prepare(*args, p.get("weight_hr" + s), gate=self.gate_activation)
        if self.kind == "gru":
            return gru.prepare(*args, gate=self.gate_activation, reset_after=self.reset_after)
        return rnn.prepare(*args, relu=self.kind == "rnn_relu")

    # ----------------------------------------------------------------- running
    def _initial(self, name: str, given: Any, batch: int, width: int, batched: bool) -> np.ndarray:
        n = self.config.num_layers * self.config.num_directions
        if given is None:
            return np.zeros((n, batch, width), dtype=self.dtype)
        arr = np.asarray(given, dtype=self.dtype)
        expected = (n, batch, width) if batched else (n, width)
        check_shape(name, arr, expected)
        check_finite(name, arr)
        return arr if batched else arr[:, None, :]

    def run(
        self,
        x: Any,
        h0: Any = None,
        c0: Any = None,
        *,
        progress: Progress | None = None,
        backend: Backend = NUMPY,
    ) -> Trace:
        """Run over ``x`` (T, F) or (T, B, F) and record everything in a ``Trace``.

        ``h0`` is (L*D, [B,] H_out) and ``c0`` (L*D, [B,] H), zeros when omitted. An empty
        sequence (T = 0) gives an empty trace whose h_n and c_n are the initial states.
        ``progress(done, total)``, when given, is called every ``stepping.CHUNK`` steps of
        each layer and direction (total = L * D * T) and once more at the end; the trace is
        bit-identical to a run without it (only the time loop is cut into runs of steps).
        ``backend`` (``engine.backend``): the path of the time loop, NumPy by default; the
        compiled one equals it to float32 rounding and leaves NumPy to networks it lacks
        (``backend.unsupported(net)`` says why).
        """
        c = self.config
        x = np.asarray(x)
        if x.ndim not in (2, 3):
            raise GateExplorerError(
                translatable(
                    "input has shape {x_shape}: expected (T, F) or (T, B, F) with F = {input_size}"
                ).format(x_shape=x.shape, input_size=c.input_size)
            )
        if x.shape[-1] != c.input_size:
            raise GateExplorerError(
                translatable(
                    "input has width {x_shape} (shape {x_shape2}), expected {input_size}"
                ).format(x_shape=x.shape[-1], x_shape2=x.shape, input_size=c.input_size)
            )
        batched = x.ndim == 3
        xb = np.asarray(x if batched else x[:, None, :], dtype=self.dtype)
        check_finite("input", xb if batched else xb[:, 0])
        batch = xb.shape[1]
        h0b = self._initial("h0", h0, batch, c.output_size, batched)
        c0b = None
        if self.kind == "lstm":
            c0b = self._initial("c0", c0, batch, c.hidden_size, batched)
        elif c0 is not None:
            raise GateExplorerError(
                translatable("c0 is only for LSTM; a {kind} has no cell state").format(
                    kind=self.kind
                )
            )

        kernel = backend.kernels_for(self)
        layers: list[tuple[DirectionTrace, ...]] = []
        total = c.num_layers * c.num_directions * len(xb)
        inp = xb
        for layer in c.passes():
            dirs = []
            for p in layer:
                c0_ = c0b[p.index] if c0b is not None else None
                report = None if progress is None else _offset(progress, p.index * len(xb), total)
                w = self._prepared[p.layer][p.direction]
                values, cache = self._forward(p.order(inp), w, h0b[p.index], c0_, report, kernel)
                dirs.append(DirectionTrace({n: p.order(v) for n, v in values.items()},
                                           {n: p.order(v) for n, v in cache.items()}))  # fmt: skip
            layers.append(tuple(dirs))
            if len(layers) < c.num_layers:
                inp = layer_output(dirs)
        if progress is not None:
            progress(total, total)
        return assemble(tuple(layers), self.cell, xb, h0b, c0b, batched)

    def _forward(
        self,
        seq: np.ndarray,
        w: Any,
        h0: np.ndarray,
        c0: np.ndarray | None,
        progress: Callable[[int], None] | None = None,
        kernel: Kernels | None = None,
        out: dict[str, np.ndarray] | None = None,
    ) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
        """One direction of one layer over ``seq`` (T, B, F) in processing order; ``out``:
        the cell's buffers to write into (``engine.incremental``), else new ones."""
        if self.kind == "lstm":
            return lstm.forward(seq, w, h0, c0, progress, kernel, out)
        return _MODULES[self.kind].forward(seq, w, h0, progress, kernel, out)

    def gradients(
        self, trace: Trace, d_output: Any, d_h_n: Any = None, d_c_n: Any = None
    ) -> Gradients:
        """Backprop through time over ``trace`` (from ``run``), reading the trace only.

        ``d_output`` is dL/d(output), shaped like ``trace.output`` (T, [B,] D*H_out);
        ``d_h_n``, ``d_c_n`` optional dL/d(h_n), dL/d(c_n) shaped like ``trace.h_n``,
        ``trace.c_n``. Returns a ``Gradients`` record: every parameter (``params``, torch
        names), ``input`` (T, [B,] F), ``h0`` (and ``c0`` for LSTM) and per layer and
        direction ``h`` (T, [B,] H_out), ``c`` (T, [B,] H): the total gradient reaching
        each step's state.
        """
        return backward.gradients(self, trace, d_output, d_h_n, d_c_n)
