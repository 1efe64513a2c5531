"""Backprop through time over a whole ``Trace``: every layer, direction and step.

Reads the trace only (no forward recomputation): the cells' ``backward`` functions take
the recorded gates and states. Layers are visited top-down; each direction of a layer
gets the slice of the output gradient that belongs to it, plus the gradient of its
final state, and hands the gradient of its input to the layer below.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from gate_explorer.engine import gru, lstm, rnn
from gate_explorer.engine.checks import check_finite, check_shape
from gate_explorer.engine.layers import NetConfig, joined, suffix
from gate_explorer.engine.trace import Trace
from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable


class Network(Protocol):
    """What backprop reads of a ``RecurrentNet`` (a Protocol: no import of ``net``)."""

    config: NetConfig
    params: Mapping[str, np.ndarray]
    dtype: np.dtype
    gate_activation: str
    reset_after: bool

    def describe(self) -> str: ...


@dataclass(frozen=True)
class Gradients:
    """dL/d(everything) of one backward pass, as ``RecurrentNet.gradients`` returns it.

    ``params``: every parameter under torch's name, shaped like it. ``input`` (T, [B,] F),
    ``h0`` (L*D, [B,] H_out), ``c0`` (L*D, [B,] H) for an LSTM, else None. ``h[k][d]``
    (T, [B,] H_out) and, for an LSTM, ``c[k][d]`` (T, [B,] H): the total gradient reaching
    each step's state of layer k, direction d. Computed in the weights' dtype.
    """

    params: dict[str, np.ndarray]
    input: np.ndarray
    h0: np.ndarray
    c0: np.ndarray | None
    h: tuple[tuple[np.ndarray, ...], ...]
    c: tuple[tuple[np.ndarray, ...], ...] | None = None

    def state(self, name: str, layer: int = 0, direction: int = 0) -> np.ndarray:
        """dL/d``name`` (``"h"`` or ``"c"``) of every step of one layer and direction."""
        per = self.h if name == "h" else self.c if name == "c" else None
        if per is None:
            raise GateExplorerError(
                translatable("no state gradient {name!r}: expected 'h' (or 'c', LSTM)").format(
                    name=name
                )
            )
        return per[layer][direction]

    def series(self) -> Iterator[tuple[str, int, int, np.ndarray]]:
        """``("dh", layer, direction, (T, [B,] H))`` and ``("dc", ...)``: layers bottom-up."""
        for k, dirs in enumerate(self.h):
            for d, arr in enumerate(dirs):
                yield "dh", k, d, arr
                if self.c is not None:
                    yield "dc", k, d, self.c[k][d]

    def named(self) -> dict[str, np.ndarray]:
        """Everything in one flat dict with torch-style names (to compare with torch or
        save): parameters, ``input``, ``h0``, ``c0``, ``h_l{k}[_reverse]``, ``c_l{k}...``."""
        out = dict(self.params)
        out.update(input=self.input, h0=self.h0)
        if self.c0 is not None:
            out["c0"] = self.c0
        for name, k, d, arr in self.series():
            out[name[1:] + suffix(k, d)] = arr
        return out


def _upstream(name: str, given: Any, like: np.ndarray, batched: bool, dtype: Any) -> np.ndarray:
    """An optional upstream gradient shaped like ``like`` (as the user sees it), batched."""
    if given is None:
        shape = like.shape if batched else (*like.shape[:1], 1, *like.shape[1:])
        return np.zeros(shape, dtype=dtype)
    arr = np.asarray(given, dtype=dtype)
    check_shape(name, arr, like.shape)
    check_finite(name, arr)
    return arr if batched else arr[:, None]


def gradients(
    net: Network,
    trace: Trace,
    d_output: Any,
    d_h_n: Any = None,
    d_c_n: Any = None,
) -> Gradients:
    """dL/d(everything) given dL/d(output) and optionally dL/d(h_n), dL/d(c_n).

    ``d_output`` is shaped like ``trace.output`` (T, [B,] D*H_out); ``d_h_n``/``d_c_n`` like
    ``trace.h_n``/``trace.c_n``. Returns the ``Gradients`` record (in the weights' dtype).
    """
    cfg = net.config
    if trace.kind != cfg.kind or trace.num_layers != cfg.num_layers:
        raise GateExplorerError(
            translatable(
                "the trace is from a {trace_kind} with {num_layers} layer(s), but this "
                "network is a {net}"
            ).format(trace_kind=trace.kind, num_layers=trace.num_layers, net=net.describe())
        )
    if (
        trace.num_directions != cfg.num_directions
        or trace.x.shape[-1] != cfg.input_size
        or (trace.gate_activation, trace.reset_after) != (net.gate_activation, net.reset_after)
    ):
        raise GateExplorerError(
            translatable("the trace does not come from this network ({net})").format(
                net=net.describe()
            )
        )
    dtype = net.dtype
    batched = trace.batched
    d_out = np.asarray(d_output, dtype=dtype)
    check_shape("d_output", d_out, trace.output.shape)
    check_finite("d_output", d_out)
    if not batched:
        d_out = d_out[:, None]
    d_hn = _upstream("d_h_n", d_h_n, trace.h_n, batched, dtype)
    is_lstm = cfg.kind == "lstm"
    if is_lstm:
        d_cn = _upstream("d_c_n", d_c_n, trace.c_n, batched, dtype)
    elif d_c_n is not None:
        raise GateExplorerError(
            translatable("d_c_n is only for LSTM; a {cfg_kind} has no cell state").format(
                cfg_kind=cfg.kind
            )
        )

    out = cfg.output_size
    p = net.params
    params: dict[str, np.ndarray] = {}
    d_h: list[tuple[np.ndarray, ...]] = []
    d_c: list[tuple[np.ndarray, ...]] = []
    d_h0 = np.zeros_like(trace.h0)
    d_c0 = np.zeros_like(trace.c0) if is_lstm else None
    unbatch = (lambda a: a) if batched else (lambda a: a[:, 0])
    for layer in reversed(cfg.passes()):
        k = layer[0].layer
        below = trace.x if k == 0 else joined([dt.values["h"] for dt in trace.layers[k - 1]])
        d_inp = np.zeros(below.shape, dtype=dtype)
        hs, cs = [], []
        for ps in layer:
            s, idx = ps.suffix, ps.index
            dt = trace.layers[k][ps.direction]
            values = {n: ps.order(v) for n, v in dt.values.items()}
            cache = {n: ps.order(v) for n, v in dt.cache.items()}
            dh_out = ps.order(d_out)[:, :, ps.direction * out : (ps.direction + 1) * out]
            seq = ps.order(below)
            if is_lstm:
                g = lstm.backward(
                    seq, values, cache, trace.h0[idx], trace.c0[idx],
                    p["weight_ih" + s], p["weight_hh" + s], p.get("weight_hr" + s),
                    dh_out, d_hn[idx], d_cn[idx], net.gate_activation,
                )  # fmt: skip
                d_c0[idx] = g["c0"]
                cs.append(unbatch(ps.order(g["c"])))
            elif cfg.kind == "gru":
                g = gru.backward(
                    seq, values, cache, trace.h0[idx],
                    p["weight_ih" + s], p["weight_hh" + s], dh_out, d_hn[idx],
                    net.gate_activation, net.reset_after,
                )  # fmt: skip
            else:
                g = rnn.backward(
                    seq, values, trace.h0[idx], p["weight_ih" + s], p["weight_hh" + s],
                    cfg.kind == "rnn_relu", dh_out, d_hn[idx],
                )  # fmt: skip
            for name in ("weight_ih", "weight_hh", "bias_ih", "bias_hh", "weight_hr"):
                if name in g:
                    params[name + s] = g[name]
            d_inp += ps.order(g["input"])
            d_h0[idx] = g["h0"]
            hs.append(unbatch(ps.order(g["h"])))
        d_h.insert(0, tuple(hs))
        d_c.insert(0, tuple(cs))
        d_out = d_inp
    return Gradients(
        params={n: np.ascontiguousarray(params[n], dtype=dtype) for n in cfg.param_shapes()},
        input=unbatch(d_out),
        h0=unbatch(d_h0),
        c0=None if d_c0 is None else unbatch(d_c0),
        h=tuple(d_h),
        c=tuple(d_c) if is_lstm else None,
    )
