r"""The LSTM cell, in the notation of PyTorch's ``nn.LSTM`` documentation.

.. math::
    i_t = \sigma(W_{ii} x_t + b_{ii} + W_{hi} h_{t-1} + b_{hi})
    f_t = \sigma(W_{if} x_t + b_{if} + W_{hf} h_{t-1} + b_{hf})
    g_t = \tanh(W_{ig} x_t + b_{ig} + W_{hg} h_{t-1} + b_{hg})
    o_t = \sigma(W_{io} x_t + b_{io} + W_{ho} h_{t-1} + b_{ho})
    c_t = f_t \odot c_{t-1} + i_t \odot g_t
    h_t = o_t \odot \tanh(c_t)            (with proj_size > 0: h_t = W_{hr} (o_t \odot \tanh(c_t)))

Weight rows are stacked i, f, g, o as in torch (``weight_ih_l{k}`` is (4H, F)). The gate
activation sigma may be a framework variant (``gate_activation``: Keras' hard sigmoids, see
``engine.activations``); g and tanh(c) stay tanh.

Speed trick (exact in floating point): sigma(a) = 0.5 + 0.5 * tanh(a / 2). Internally the
rows are reordered to i, f, o, g and the i, f, o rows are scaled by 0.5 (a power of two, so
no rounding), so one ``tanh`` over all 4H pre-activations and one affine map on the first
3H give every gate of a step. With a hard sigmoid the rows are not scaled and the i, f, o
block gets its clip instead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from gate_explorer.engine import activations, cells
from gate_explorer.engine.backend import Kernels
from gate_explorer.engine.stepping import (
    buffer,
    input_part,
    keep,
    row_product,
    step_rows,
    with_bias_row,
)

CELL = cells.cell("lstm")
NAMES = CELL.names  # i f g o c h
BLOCKS = CELL.blocks  # 4 blocks of H weight rows, torch's i f g o
Fix = Callable[[str, np.ndarray], np.ndarray]


@dataclass(frozen=True)
class LSTMWeights:
    """Weights of one direction of one layer in the engine's internal layout."""

    w_in: np.ndarray  # (F+1, 4H): W_ih^T, then b_ih + b_hh; columns i f o g, i f o * 0.5
    w_hh_t: np.ndarray  # (P, 4H), same order and scale; P = proj_size or H
    w_hr_t: np.ndarray | None  # (H, P) or None without projection
    gate: str = "sigmoid"  # the activation of i, f, o (engine.activations.GATE_ACTIVATIONS)


def step(
    a_x: np.ndarray,
    a_h: np.ndarray,
    c_prev: np.ndarray,
    *,
    gate: str = "sigmoid",
    w_hr_t: np.ndarray | None = None,
    fix: Fix = keep,
) -> dict[str, np.ndarray]:
    """One step, line for line the module's equations: the readable copy of the cell.

    ``a_x`` = x_t W_ih^T + b_ih and ``a_h`` = h_{t-1} W_hh^T + b_hh are (B, 4H) in torch's
    i, f, g, o order; ``c_prev`` (B, H); ``gate`` the activation of i, f, o; ``w_hr_t``
    (H, P) = W_hr^T with a projection. ``fix(name, value)`` sees each value as soon as it
    is computed and returns the one to go on with (interventions clamp there). Returns
    every name of the cell, ``m`` = o * tanh(c) with a projection, and each gate's
    pre-activation as ``a_i`` ... ``a_o``. The fused ``forward`` is the fast path; the
    tests hold the two equal.
    """
    sigma = activations.function(gate)
    a_i, a_f, a_g, a_o = np.split(a_x + a_h, 4, axis=-1)
    i = fix("i", sigma(a_i))
    f = fix("f", sigma(a_f))
    g = fix("g", np.tanh(a_g))
    o = fix("o", sigma(a_o))
    c = fix("c", f * c_prev + i * g)
    out = {"i": i, "f": f, "g": g, "o": o, "c": c, "a_i": a_i, "a_f": a_f, "a_g": a_g, "a_o": a_o}
    if w_hr_t is None:
        out["h"] = fix("h", o * np.tanh(c))
    else:
        out["m"] = m = fix("m", o * np.tanh(c))
        out["h"] = fix("h", row_product(m, w_hr_t))  # h = W_hr m
    return out


def internal_order(hidden: int) -> np.ndarray:
    """Row index that turns torch's i, f, g, o stacking into the internal i, f, o, g."""
    h = hidden
    return np.r_[0 : 2 * h, 3 * h : 4 * h, 2 * h : 3 * h]


def prepare(
    w_ih: np.ndarray,
    w_hh: np.ndarray,
    b_ih: np.ndarray,
    b_hh: np.ndarray,
    w_hr: np.ndarray | None = None,
    gate: str = "sigmoid",
) -> LSTMWeights:
    """Reorder and scale torch-layout weights once, so each step is a handful of numpy calls.

    ``gate`` is the activation of i, f, o; only ``sigmoid`` scales their rows by 0.5.
    """
    h = w_ih.shape[0] // BLOCKS
    idx = internal_order(h)
    scale = np.ones(4 * h, dtype=w_ih.dtype)
    if activations.check_gate_activation(gate) == "sigmoid":
        scale[: 3 * h] = 0.5
    return LSTMWeights(
        w_in=with_bias_row((w_ih[idx] * scale[:, None]).T, (b_ih + b_hh)[idx] * scale),
        w_hh_t=np.ascontiguousarray((w_hh[idx] * scale[:, None]).T),
        w_hr_t=None if w_hr is None else np.ascontiguousarray(w_hr.T),
        gate=gate,
    )


def forward(
    x: np.ndarray,
    w: LSTMWeights,
    h0: np.ndarray,
    c0: np.ndarray,
    progress: Callable[[int], None] | None = None,
    kernel: Kernels | None = None,
    out: dict[str, np.ndarray] | None = None,
) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """Run one direction over ``x`` (T, B, F) in processing order.

    Returns ``(values, cache)``: values maps each name in NAMES to a (T, B, ·) array
    (h is (T, B, P) with a projection, else (T, B, H)); cache holds what backprop also
    needs (``m``: o * tanh(c) before the projection, only with a projection).

    Per-call overhead dominates small steps, so the layout keeps each step to nine numpy
    calls that write straight into the trace: row t of ``z`` (T+1, B, 5H) is
    [i f o g | c_{t-1}], so [i f] * [g c_{t-1}] is one multiply and c_t lands in row t+1.
    With B = 1 the batch axis is dropped (1-D views are cheaper; ``h @ W`` is a gemv).
    ``progress(steps_done)`` is called every few hundred steps when given. ``kernel``
    (``Backend.kernels_for``): the compiled time loop over the same buffers, else NumPy's.
    ``out``: buffers to write into instead of new ones (``z``, ``hidden``, ``m``; see
    ``stepping.buffer``), e.g. the rows of a trace that grows (``engine.incremental``).
    """
    steps, batch = x.shape[:2]
    hid = w.w_in.shape[1] // BLOCKS
    dtype = w.w_in.dtype
    h1, h2, h3, h4 = hid, 2 * hid, 3 * hid, 4 * hid
    z = buffer(out, "z", (steps + 1, batch, 5 * hid), dtype)
    own_input = kernel is not None and kernel.lstm_input(w, batch)  # the same bits, in the loop
    if not own_input:
        input_part(x, w.w_in, out=z.reshape(-1, 5 * hid)[: steps * batch, :h4])
    z[0, :, h4:] = c0
    out_size = hid if w.w_hr_t is None else w.w_hr_t.shape[1]
    hidden = buffer(out, "hidden", (steps, batch, out_size), dtype)
    m_all = None if w.w_hr_t is None else buffer(out, "m", (steps, batch, hid), dtype)
    lead = () if batch == 1 else (batch,)
    zz = z.reshape(steps + 1, *lead, 5 * hid)
    hs = hidden.reshape(steps, *lead, out_size)
    h = h0.reshape(*lead, out_size)
    rec = np.empty((*lead, h4), dtype=dtype)
    prod = np.empty((*lead, h2), dtype=dtype)
    p_i, p_f = prod[..., :h1], prod[..., h1:]
    w_hh, w_hr = w.w_hh_t, w.w_hr_t
    add, mul, tanh, dot = np.add, np.multiply, np.tanh, np.dot
    half = np.array(0.5, dtype=dtype)  # a 0-d array costs a ufunc less than a Python float
    # iterating arrays in zip hands out each step's views more cheaply than indexing
    rows = (
        zz[:-1, ..., :h4],  # a: pre-activations, then gates, i f o g
        zz[:-1, ..., :h3],  # the sigmoid gates i f o
        zz[:-1, ..., :h2],  # i f
        zz[:-1, ..., h3:],  # g c_{t-1}
        zz[:-1, ..., h2:h3],  # o
        zz[1:, ..., h4:],  # c_t
        hs,
    )
    if kernel is not None:
        kernel.lstm(z, hidden, m_all, h0, w, progress, x if own_input else None)
    elif w.gate != "sigmoid":
        _hard_loop(w, h, rows, None if m_all is None else m_all.reshape(steps, *lead, hid),
                   rec, prod, progress)  # fmt: skip
    elif m_all is None:
        for a, s, i_f, g_c, o, c_t, h_t in step_rows(rows, progress):
            dot(h, w_hh, out=rec)
            add(a, rec, out=a)
            tanh(a, out=a)
            mul(s, half, out=s)  # sigma(a) = 0.5 + 0.5 tanh(a / 2); rows were pre-scaled
            add(s, half, out=s)
            mul(i_f, g_c, out=prod)  # [i*g, f*c_{t-1}]
            add(p_i, p_f, out=c_t)
            tanh(c_t, out=h_t)
            mul(h_t, o, out=h_t)
            h = h_t
    else:
        ms = m_all.reshape(steps, *lead, hid)
        for a, s, i_f, g_c, o, c_t, h_t, m_t in step_rows((*rows, ms), progress):
            dot(h, w_hh, out=rec)
            add(a, rec, out=a)
            tanh(a, out=a)
            mul(s, half, out=s)
            add(s, half, out=s)
            mul(i_f, g_c, out=prod)
            add(p_i, p_f, out=c_t)
            tanh(c_t, out=m_t)
            mul(m_t, o, out=m_t)
            dot(m_t, w_hr, out=h_t)
            h = h_t
    values = {
        "i": z[:steps, :, :h1],
        "f": z[:steps, :, h1:h2],
        "g": z[:steps, :, h3:h4],
        "o": z[:steps, :, h2:h3],
        "c": z[1:, :, h4:],
        "h": hidden,
    }
    cache = {} if m_all is None else {"m": m_all}
    return values, cache


def _hard_loop(
    w: LSTMWeights,
    h: np.ndarray,
    rows: tuple[np.ndarray, ...],
    ms: np.ndarray | None,
    rec: np.ndarray,
    prod: np.ndarray,
    progress: Callable[[int], None] | None,
) -> None:
    """The time loop of ``forward`` with a hard-sigmoid gate activation (unscaled rows)."""
    hid = prod.shape[-1] // 2
    p_i, p_f = prod[..., :hid], prod[..., hid:]
    w_hh, w_hr, gate = w.w_hh_t, w.w_hr_t, w.gate
    add, mul, tanh, dot = np.add, np.multiply, np.tanh, np.dot
    per_step = step_rows(rows if ms is None else (*rows, ms), progress)
    for a, s, i_f, g_c, o, c_t, h_t, *m in per_step:
        dot(h, w_hh, out=rec)
        add(a, rec, out=a)
        activations.apply_inplace(gate, s)  # i f o
        g = g_c[..., :hid]
        tanh(g, out=g)
        mul(i_f, g_c, out=prod)  # [i*g, f*c_{t-1}]
        add(p_i, p_f, out=c_t)
        if ms is None:
            tanh(c_t, out=h_t)
            mul(h_t, o, out=h_t)
        else:
            tanh(c_t, out=m[0])
            mul(m[0], o, out=m[0])
            dot(m[0], w_hr, out=h_t)
        h = h_t


def backward(
    x: np.ndarray,
    values: dict[str, np.ndarray],
    cache: dict[str, np.ndarray],
    h0: np.ndarray,
    c0: np.ndarray,
    w_ih: np.ndarray,
    w_hh: np.ndarray,
    w_hr: np.ndarray | None,
    dh_out: np.ndarray,
    dh_last: np.ndarray,
    dc_last: np.ndarray,
    gate: str = "sigmoid",
) -> dict[str, np.ndarray]:
    """Backprop through time for one direction, in processing order, from the trace only.

    ``x`` (T, B, F), ``values``/``cache`` as ``forward`` returned them, torch-layout weights,
    ``gate`` the activation of i, f, o,
    ``dh_out`` (T, B, P) the gradient reaching each h_t from outside the recurrence (output,
    layer above), ``dh_last`` (B, P) and ``dc_last`` (B, H) the gradients of the final states.
    Returns the parameter gradients in torch layout (``weight_ih`` ... ``weight_hr``),
    ``input`` (T, B, F), ``h0``, ``c0`` and the total per-step ``h`` (T, B, P), ``c`` (T, B, H).
    """
    steps, batch = x.shape[:2]
    hid = w_ih.shape[0] // BLOCKS
    dtype = w_ih.dtype
    i, f, g, o, c, h = (values[n] for n in NAMES)
    tc = np.tanh(c)  # the same call on the same values as the forward pass: bitwise equal
    c_prev = np.concatenate([c0[None], c[:-1]]) if steps else c
    h_prev = np.concatenate([h0[None], h[:-1]]) if steps else h
    # d c_t / d m_t and d a / d c_t (a = pre-activations, torch order i f g), all steps at once
    k_c = o * (1.0 - tc * tc)  # (T, B, H)
    k_ifg = np.empty((steps, batch, 3, hid), dtype=dtype)
    if gate == "sigmoid":
        k_ifg[:, :, 0] = g * i * (1.0 - i)
        k_ifg[:, :, 1] = c_prev * f * (1.0 - f)
        k_o = tc * o * (1.0 - o)  # d a_o / d m_t
    else:
        k_ifg[:, :, 0] = g * activations.slope(gate, i)
        k_ifg[:, :, 1] = c_prev * activations.slope(gate, f)
        k_o = tc * activations.slope(gate, o)
    k_ifg[:, :, 2] = i * (1.0 - g * g)

    d_a = np.empty((steps, batch, 4, hid), dtype=dtype)  # torch order i f g o
    dh_all = np.empty(dh_out.shape, dtype=dtype)
    dc_all = np.empty((steps, batch, hid), dtype=dtype)
    # With B = 1 drop the batch axis (cheaper 1-D views); iterate the rows backwards in zip.
    lead = () if batch == 1 else (batch,)
    out = dh_out.shape[-1]

    def rows(arr: np.ndarray, *tail: int) -> np.ndarray:
        return arr.reshape(steps, *lead, *tail)[::-1]

    dh_rec = np.array(dh_last, dtype=dtype).reshape(*lead, out)  # from the step after / h_n
    dc_next = np.array(dc_last, dtype=dtype).reshape(*lead, hid)
    dm = np.empty((*lead, hid), dtype=dtype)
    add, mul, dot = np.add, np.multiply, np.dot
    per_step = zip(
        rows(dh_out, out),
        rows(dh_all, out),
        rows(dc_all, hid),
        rows(dc_all, 1, hid) if batch > 1 else rows(dc_all, hid),  # broadcasts over i f g
        rows(d_a, 4, hid)[..., :3, :],
        rows(d_a, 4, hid)[..., 3, :],
        rows(d_a, 4 * hid),
        rows(k_c, hid),
        rows(k_ifg, 3, hid),
        rows(k_o, hid),
        rows(f, hid),
        strict=True,
    )
    for dho, dh, dc, dc_b, da_ifg, da_o, da, kc, kifg, ko, f_t in per_step:
        add(dho, dh_rec, out=dh)
        if w_hr is None:
            dm = dh
        else:
            dot(dh, w_hr, out=dm)
        mul(dm, kc, out=dc)
        add(dc, dc_next, out=dc)
        mul(dc_b, kifg, out=da_ifg)
        mul(dm, ko, out=da_o)
        mul(dc, f_t, out=dc_next)
        dot(da, w_hh, out=dh_rec)
    dh_rec = dh_rec.reshape(batch, out)
    dc_next = dc_next.reshape(batch, hid)

    flat = d_a.reshape(-1, 4 * hid)
    db = flat.sum(axis=0)
    grads = {
        "weight_ih": flat.T @ x.reshape(-1, x.shape[-1]),
        "weight_hh": flat.T @ h_prev.reshape(-1, h_prev.shape[-1]),
        "bias_ih": db,
        "bias_hh": db.copy(),
        "input": (flat @ w_ih).reshape(steps, batch, w_ih.shape[1]),
        "h0": dh_rec,
        "c0": dc_next,
        "h": dh_all,
        "c": dc_all,
    }
    if w_hr is not None:
        m = cache["m"]
        grads["weight_hr"] = dh_all.reshape(-1, dh_all.shape[-1]).T @ m.reshape(-1, hid)
    return grads
