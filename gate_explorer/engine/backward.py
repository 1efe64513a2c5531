"""Backprop through time over a whole ``Trace``: every layer, direction and step.

Reads the trace only (no forward recomputation): the cells' ``backward`` functions take
the recorded gates and states. Layers are visited top-down; each direction of a layer
gets the slice of the output gradient that belongs to it, plus the gradient of its
final state, and hands the gradient of its input to the layer below.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from gate_explorer.engine import gru, lstm, rnn
from gate_explorer.engine.checks import check_finite, check_shape
from gate_explorer.engine.trace import Trace
from gate_explorer.errors import GateExplorerError

if TYPE_CHECKING:
    from gate_explorer.engine.net import RecurrentNet


def _suffix(direction: int) -> str:
    return "_reverse" if direction else ""


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
    net: RecurrentNet,
    trace: Trace,
    d_output: Any,
    d_h_n: Any = None,
    d_c_n: Any = None,
) -> dict[str, np.ndarray]:
    """dL/d(everything) given dL/d(output) and optionally dL/d(h_n), dL/d(c_n).

    ``d_output`` is shaped like ``trace.output`` (T, [B,] D*H_out); ``d_h_n``/``d_c_n`` like
    ``trace.h_n``/``trace.c_n``. Returns every torch parameter name (same shape as the
    parameter), ``input`` (T, [B,] F), ``h0`` (L*D, [B,] H_out), ``c0`` (LSTM), and per
    layer and direction ``h_l{k}[_reverse]`` (T, [B,] H_out), plus ``c_l{k}[_reverse]``
    (T, [B,] H) for an LSTM: the total gradient reaching each step's state. Computed in the
    weights' dtype.
    """
    cfg = net.config
    if trace.kind != cfg.kind or trace.num_layers != cfg.num_layers:
        raise GateExplorerError(
            f"the trace is from a {trace.kind} with {trace.num_layers} layer(s), "
            f"but this network is a {net.describe()}"
        )
    if (
        trace.num_directions != cfg.num_directions
        or trace.x.shape[-1] != cfg.input_size
        or (trace.gate_activation, trace.reset_after) != (net.gate_activation, net.reset_after)
    ):
        raise GateExplorerError(f"the trace does not come from this network ({net.describe()})")
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
        raise GateExplorerError(f"d_c_n is only for LSTM; a {cfg.kind} has no cell state")

    n_dir = cfg.num_directions
    out = cfg.output_size
    grads: dict[str, np.ndarray] = {}
    d_h0 = np.zeros_like(trace.h0)
    d_c0 = np.zeros_like(trace.c0) if is_lstm else None
    for k in range(cfg.num_layers - 1, -1, -1):
        if k == 0:
            inp = trace.x
        else:
            below = [dt.values["h"] for dt in trace.layers[k - 1]]
            inp = below[0] if n_dir == 1 else np.concatenate(below, axis=-1)
        d_inp = np.zeros(inp.shape, dtype=dtype)
        for d in range(n_dir):
            idx = k * n_dir + d
            s = f"_l{k}{_suffix(d)}"
            p = net.params
            dt = trace.layers[k][d]
            flip = slice(None, None, -1) if d else slice(None)
            values = {n: v[flip] for n, v in dt.values.items()}
            cache = {n: v[flip] for n, v in dt.cache.items()}
            dh_out = d_out[flip, :, d * out : (d + 1) * out]
            seq = inp[flip]
            if is_lstm:
                g = lstm.backward(
                    seq, values, cache, trace.h0[idx], trace.c0[idx],
                    p["weight_ih" + s], p["weight_hh" + s], p.get("weight_hr" + s),
                    dh_out, d_hn[idx], d_cn[idx], net.gate_activation,
                )  # fmt: skip
                d_c0[idx] = g["c0"]
                grads["c" + s] = g["c"][flip]
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
                    grads[name + s] = g[name]
            d_inp += g["input"][flip]
            d_h0[idx] = g["h0"]
            grads["h" + s] = g["h"][flip]
        d_out = d_inp
    grads["input"] = d_out
    grads["h0"] = d_h0
    if is_lstm:
        grads["c0"] = d_c0
    if not batched:
        for name in ("input", "h0", "c0"):
            if name in grads:
                grads[name] = grads[name][:, 0]
        for name in list(grads):
            if name[:2] in ("h_", "c_"):
                grads[name] = grads[name][:, 0]
    params = {n: np.ascontiguousarray(grads[n], dtype=dtype) for n in cfg.param_shapes()}
    rest = {n: v for n, v in grads.items() if n not in params}
    return params | rest
