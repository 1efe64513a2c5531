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
from dataclasses import dataclass
from typing import Any

import numpy as np

from gate_explorer.engine import activations, gru, lstm, rnn
from gate_explorer.engine.checks import check_finite, check_shape
from gate_explorer.engine.trace import DirectionTrace, Trace
from gate_explorer.errors import GateExplorerError

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
            f"unknown cell kind {kind!r}; expected one of {', '.join(KINDS)} (or 'rnn')"
        )
    return k


def names_of(kind: str) -> tuple[str, ...]:
    """The gate and state names of a kind: LSTM i f g o c h, GRU r z n h, RNN h."""
    return _MODULES[canonical_kind(kind)].NAMES


def _offset(progress: Progress, done: int, total: int) -> Callable[[int], None]:
    """A cell's ``progress(steps)`` for one pass, reported as ``progress(done + steps, total)``."""
    return lambda steps: progress(done + steps, total)


def _suffix(direction: int) -> str:
    return "_reverse" if direction else ""


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
        return _MODULES[self.kind].GATES

    @property
    def output_size(self) -> int:
        """Width of one direction's h: proj_size if set, else hidden_size."""
        return self.proj_size or self.hidden_size

    def param_shapes(self) -> dict[str, tuple[int, ...]]:
        """Every parameter name with its expected shape, in torch's order."""
        shapes: dict[str, tuple[int, ...]] = {}
        gh = self.gates * self.hidden_size
        for k in range(self.num_layers):
            width = self.input_size if k == 0 else self.num_directions * self.output_size
            for d in range(self.num_directions):
                s = f"_l{k}{_suffix(d)}"
                shapes["weight_ih" + s] = (gh, width)
                shapes["weight_hh" + s] = (gh, self.output_size)
                shapes["bias_ih" + s] = (gh,)
                shapes["bias_hh" + s] = (gh,)
                if self.proj_size:
                    shapes["weight_hr" + s] = (self.proj_size, self.hidden_size)
        return shapes


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
            raise GateExplorerError(f"proj_size is only for LSTM, not {kind}")
        activations.check_gate_activation(gate_activation)
        if gate_activation != "sigmoid" and kind not in ("lstm", "gru"):
            raise GateExplorerError(
                f"gate_activation is for LSTM and GRU gates; a {kind} has no gates"
            )
        if not reset_after and kind != "gru":
            raise GateExplorerError(f"reset_after=False is only for GRU, not {kind}")
        self.gate_activation = gate_activation
        self.reset_after = bool(reset_after)
        if config.proj_size >= config.hidden_size > 0 and config.proj_size:
            raise GateExplorerError(
                f"proj_size ({config.proj_size}) must be smaller than hidden_size "
                f"({config.hidden_size})"
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
                f"unexpected parameter(s) {', '.join(unknown)} for a {self.describe()}"
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
                raise GateExplorerError(f"missing parameter {name} {shape} for {self.describe()}")
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
                f"no recurrent weights found: expected weight_ih_l0 and weight_hh_l0, found {found}"
            )
        layer_ids = {int(m.group(1)) for k in sd if (m := re.fullmatch(r"weight_ih_l(\d+)", k))}
        num_layers = max(layer_ids) + 1
        w_ih, w_hh = sd["weight_ih_l0"], sd["weight_hh_l0"]
        gates = _MODULES[kind].GATES
        if w_ih.ndim != 2 or w_hh.ndim != 2 or w_ih.shape[0] % gates:
            raise GateExplorerError(
                f"weight_ih_l0 has shape {w_ih.shape}: a {kind} expects ({gates}*H, F)"
            )
        hidden = w_ih.shape[0] // gates
        proj = int(sd["weight_hr_l0"].shape[0]) if "weight_hr_l0" in sd else 0
        config = NetConfig(
            kind=kind,
            input_size=int(w_ih.shape[1]),
            hidden_size=int(hidden),
            num_layers=num_layers,
            bidirectional="weight_ih_l0_reverse" in sd,
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
        c = self.config
        parts = [f"{c.kind} {c.input_size}->{c.hidden_size}"]
        if c.num_layers > 1:
            parts.append(f"{c.num_layers} layers")
        if c.bidirectional:
            parts.append("bidirectional")
        if c.proj_size:
            parts.append(f"proj {c.proj_size}")
        if self.gate_activation != "sigmoid":
            parts.append(activations.LABELS[self.gate_activation])
        if not self.reset_after:
            parts.append("reset before (reset_after=False)")
        return ", ".join(parts)

    @property
    def kind(self) -> str:
        return self.config.kind

    @property
    def names(self) -> tuple[str, ...]:
        return _MODULES[self.config.kind].NAMES

    def _prepare(self, layer: int, direction: int) -> Any:
        s = f"_l{layer}{_suffix(direction)}"
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
        self, x: Any, h0: Any = None, c0: Any = None, *, progress: Progress | None = None
    ) -> Trace:
        """Run over ``x`` (T, F) or (T, B, F) and record everything in a ``Trace``.

        ``h0`` is (L*D, [B,] H_out) and ``c0`` (L*D, [B,] H), zeros when omitted. An empty
        sequence (T = 0) gives an empty trace whose h_n and c_n are the initial states.
        ``progress(done, total)``, when given, is called every ``stepping.CHUNK`` steps of
        each layer and direction (total = L * D * T) and once more at the end; the trace is
        bit-identical to a run without it (only the time loop is cut into runs of steps).
        """
        c = self.config
        x = np.asarray(x)
        if x.ndim not in (2, 3):
            raise GateExplorerError(
                f"input has shape {x.shape}: expected (T, F) or (T, B, F) with F = {c.input_size}"
            )
        if x.shape[-1] != c.input_size:
            raise GateExplorerError(
                f"input has width {x.shape[-1]} (shape {x.shape}), expected {c.input_size}"
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
            raise GateExplorerError(f"c0 is only for LSTM; a {self.kind} has no cell state")

        layers: list[tuple[DirectionTrace, ...]] = []
        h_n, c_n = [], []
        total = c.num_layers * c.num_directions * len(xb)
        inp = xb
        for k in range(c.num_layers):
            dirs = []
            for d in range(c.num_directions):
                idx = k * c.num_directions + d
                seq = inp[::-1] if d else inp
                w = self._prepared[k][d]
                c0_ = c0b[idx] if c0b is not None else None
                report = None if progress is None else _offset(progress, idx * len(seq), total)
                values, cache = self._forward(seq, w, h0b[idx], c0_, report)
                if d:
                    values = {n: v[::-1] for n, v in values.items()}
                    cache = {n: v[::-1] for n, v in cache.items()}
                dirs.append(DirectionTrace(values, cache))
                end = 0 if d else -1
                h_n.append(values["h"][end] if len(seq) else h0b[idx])
                if self.kind == "lstm":
                    c_n.append(values["c"][end] if len(seq) else c0b[idx])
            layers.append(tuple(dirs))
            outs = [dt.values["h"] for dt in dirs]
            inp = outs[0] if len(outs) == 1 else np.concatenate(outs, axis=-1)
        if progress is not None:
            progress(total, total)
        output = inp
        h_n_arr = np.stack(h_n)
        c_n_arr = np.stack(c_n) if c_n else None
        if not batched:
            output = output[:, 0]
            h_n_arr = h_n_arr[:, 0]
            c_n_arr = None if c_n_arr is None else c_n_arr[:, 0]
        return Trace(
            kind=self.kind,
            names=self.names,
            layers=tuple(layers),
            output=output,
            h_n=h_n_arr,
            c_n=c_n_arr,
            batched=batched,
            x=xb,
            h0=h0b,
            c0=c0b,
            gate_activation=self.gate_activation,
            reset_after=self.reset_after,
        )

    def _forward(
        self,
        seq: np.ndarray,
        w: Any,
        h0: np.ndarray,
        c0: np.ndarray | None,
        progress: Callable[[int], None] | None = None,
    ) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
        """One direction of one layer over ``seq`` (T, B, F) in processing order."""
        if self.kind == "lstm":
            return lstm.forward(seq, w, h0, c0, progress)
        return _MODULES[self.kind].forward(seq, w, h0, progress)

    def gradients(
        self, trace: Trace, d_output: Any, d_h_n: Any = None, d_c_n: Any = None
    ) -> dict[str, np.ndarray]:
        """Backprop through time over ``trace`` (from ``run``), reading the trace only.

        ``d_output`` is dL/d(output), shaped like ``trace.output`` (T, [B,] D*H_out);
        ``d_h_n``, ``d_c_n`` optional dL/d(h_n), dL/d(c_n) shaped like ``trace.h_n``,
        ``trace.c_n``. Returns every parameter name (its shape), ``input`` (T, [B,] F),
        ``h0`` (and ``c0`` for LSTM) and per-step ``h_l{k}[_reverse]`` (T, [B,] H_out),
        ``c_l{k}[_reverse]`` (T, [B,] H): the total gradient reaching each state.
        """
        from gate_explorer.engine import backward  # not needed to show a run: import on use

        return backward.gradients(self, trace, d_output, d_h_n, d_c_n)
