r"""The Elman RNN cell, in the notation of PyTorch's ``nn.RNN`` documentation.

.. math::
    h_t = \tanh(x_t W_{ih}^T + b_{ih} + h_{t-1} W_{hh}^T + b_{hh})

with ReLU in place of tanh for ``nonlinearity='relu'`` (kind ``rnn_relu``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from gate_explorer.engine import cells
from gate_explorer.engine.backend import Kernels
from gate_explorer.engine.stepping import buffer, input_part, keep, step_rows, with_bias_row

NAMES = cells.cell("rnn_tanh").names  # h
BLOCKS = cells.cell("rnn_tanh").blocks  # 1 block of H weight rows


@dataclass(frozen=True)
class RNNWeights:
    """Weights of one direction of one layer in the engine's internal layout."""

    w_in: np.ndarray  # (F+1, H): W_ih^T, then b_ih + b_hh
    w_hh_t: np.ndarray  # (H, H)
    relu: bool


def step(
    a_x: np.ndarray,
    a_h: np.ndarray,
    *,
    relu: bool = False,
    fix: Callable[[str, np.ndarray], np.ndarray] = keep,
) -> dict[str, np.ndarray]:
    """One step, line for line the module's equation: the readable copy of the cell.

    ``a_x`` = x_t W_ih^T + b_ih and ``a_h`` = h_{t-1} W_hh^T + b_hh, (B, H). ``fix`` as in
    ``lstm.step``. Returns ``h`` and its pre-activation ``a_h`` (the sum).
    """
    a = a_x + a_h
    h = fix("h", np.maximum(a, 0) if relu else np.tanh(a))
    return {"h": h, "a_h": a}


def prepare(
    w_ih: np.ndarray, w_hh: np.ndarray, b_ih: np.ndarray, b_hh: np.ndarray, relu: bool
) -> RNNWeights:
    """Transpose torch-layout weights once."""
    return RNNWeights(
        w_in=with_bias_row(w_ih.T, b_ih + b_hh),
        w_hh_t=np.ascontiguousarray(w_hh.T),
        relu=relu,
    )


def forward(
    x: np.ndarray,
    w: RNNWeights,
    h0: np.ndarray,
    progress: Callable[[int], None] | None = None,
    kernel: Kernels | None = None,
    out: dict[str, np.ndarray] | None = None,
) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """Run one direction over ``x`` (T, B, F) in processing order; values: h (T, B, H)
    (into ``out["hidden"]`` when given, see ``stepping.buffer``).

    ``progress(steps_done)`` is called every few hundred steps when given. ``kernel``
    (``Backend.kernels_for``): the compiled time loop over the same buffers, else NumPy's.
    """
    steps, batch = x.shape[:2]
    hid = w.w_hh_t.shape[0]
    dtype = w.w_hh_t.dtype
    hidden = buffer(out, "hidden", (steps, batch, hid), dtype)
    if kernel is None or not kernel.input_part(x, w.w_in, hidden.reshape(-1, hid)):
        input_part(x, w.w_in, out=hidden.reshape(-1, hid))
    if kernel is not None:
        kernel.rnn(hidden, h0, w, progress)
        return {"h": hidden}, {}
    lead = () if batch == 1 else (batch,)
    rec = np.empty((*lead, hid), dtype=dtype)
    h = h0.reshape(*lead, hid)
    w_hh, add, dot = w.w_hh_t, np.add, np.dot
    act, arg = (np.maximum, (np.array(0, dtype=dtype),)) if w.relu else (np.tanh, ())
    rows = hidden.reshape(steps, *lead, hid)
    per_step = rows if progress is None else (r for (r,) in step_rows((rows,), progress))
    for h_t in per_step:
        dot(h, w_hh, out=rec)
        add(h_t, rec, out=h_t)
        act(h_t, *arg, out=h_t)
        h = h_t
    return {"h": hidden}, {}


def backward(
    x: np.ndarray,
    values: dict[str, np.ndarray],
    h0: np.ndarray,
    w_ih: np.ndarray,
    w_hh: np.ndarray,
    relu: bool,
    dh_out: np.ndarray,
    dh_last: np.ndarray,
) -> dict[str, np.ndarray]:
    """Backprop through time for one direction, in processing order, from the trace only.

    ``x`` (T, B, F), ``values`` as ``forward`` returned them, torch-layout weights,
    ``dh_out`` (T, B, H) the gradient reaching each h_t from outside the recurrence,
    ``dh_last`` (B, H) that of the final state. Returns the parameter gradients in torch
    layout, ``input`` (T, B, F), ``h0`` and the total per-step ``h`` (T, B, H).
    """
    steps, batch = x.shape[:2]
    h = values["h"]
    dtype = w_ih.dtype
    slope = (h > 0).astype(dtype) if relu else 1.0 - h * h  # d h_t / d a_t
    d_a = np.empty(dh_out.shape, dtype=dtype)
    dh_all = np.empty(dh_out.shape, dtype=dtype)
    hid = dh_out.shape[-1]
    lead = () if batch == 1 else (batch,)  # B = 1: 1-D rows; iterate backwards in zip
    dh_rec = np.array(dh_last, dtype=dtype).reshape(*lead, hid)
    add, mul, dot = np.add, np.multiply, np.dot
    per_step = zip(
        *(arr.reshape(steps, *lead, hid)[::-1] for arr in (dh_out, dh_all, slope, d_a)),
        strict=True,
    )
    for dho, dh, slope_t, da in per_step:
        add(dho, dh_rec, out=dh)
        mul(dh, slope_t, out=da)
        dot(da, w_hh, out=dh_rec)
    dh_rec = dh_rec.reshape(batch, hid)
    h_prev = np.concatenate([h0[None], h[:-1]]) if steps else h
    flat = d_a.reshape(-1, d_a.shape[-1])
    db = flat.sum(axis=0)
    return {
        "weight_ih": flat.T @ x.reshape(-1, x.shape[-1]),
        "weight_hh": flat.T @ h_prev.reshape(-1, h_prev.shape[-1]),
        "bias_ih": db,
        "bias_hh": db.copy(),
        "input": (flat @ w_ih).reshape(steps, batch, w_ih.shape[1]),
        "h0": dh_rec,
        "h": dh_all,
    }
