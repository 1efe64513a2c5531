r"""The LSTM cell, in the notation of PyTorch's ``nn.LSTM`` documentation.

.. math::
    i_t = \sigma(W_{ii} x_t + b_{ii} + W_{hi} h_{t-1} + b_{hi})
    f_t = \sigma(W_{if} x_t + b_{if} + W_{hf} h_{t-1} + b_{hf})
    g_t = \tanh(W_{ig} x_t + b_{ig} + W_{hg} h_{t-1} + b_{hg})
    o_t = \sigma(W_{io} x_t + b_{io} + W_{ho} h_{t-1} + b_{ho})
    c_t = f_t \odot c_{t-1} + i_t \odot g_t
    h_t = o_t \odot \tanh(c_t)            (with proj_size > 0: h_t = W_{hr} (o_t \odot \tanh(c_t)))

Weight rows are stacked i, f, g, o as in torch (``weight_ih_l{k}`` is (4H, F)).

Speed trick (exact in floating point): sigma(a) = 0.5 + 0.5 * tanh(a / 2). Internally the
rows are reordered to i, f, o, g and the i, f, o rows are scaled by 0.5 (a power of two, so
no rounding), so one ``tanh`` over all 4H pre-activations and one affine map on the first
3H give every gate of a step.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

NAMES = ("i", "f", "g", "o", "c", "h")
GATES = 4


@dataclass(frozen=True)
class LSTMWeights:
    """Weights of one direction of one layer in the engine's internal layout."""

    w_ih_t: np.ndarray  # (F, 4H), rows i f o g, i f o scaled by 0.5
    w_hh_t: np.ndarray  # (P, 4H), same order and scale; P = proj_size or H
    bias: np.ndarray  # (4H,) b_ih + b_hh, same order and scale
    w_hr_t: np.ndarray | None  # (H, P) or None without projection


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
) -> LSTMWeights:
    """Reorder and scale torch-layout weights once, so each step is a handful of numpy calls."""
    h = w_ih.shape[0] // GATES
    idx = internal_order(h)
    scale = np.ones(4 * h, dtype=w_ih.dtype)
    scale[: 3 * h] = 0.5
    return LSTMWeights(
        w_ih_t=np.ascontiguousarray((w_ih[idx] * scale[:, None]).T),
        w_hh_t=np.ascontiguousarray((w_hh[idx] * scale[:, None]).T),
        bias=((b_ih + b_hh)[idx] * scale),
        w_hr_t=None if w_hr is None else np.ascontiguousarray(w_hr.T),
    )


def forward(
    x: np.ndarray, w: LSTMWeights, h0: np.ndarray, c0: np.ndarray
) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """Run one direction over ``x`` (T, B, F) in processing order.

    Returns ``(values, cache)``: values maps each name in NAMES to a (T, B, ·) array
    (h is (T, B, P) with a projection, else (T, B, H)); cache holds what backprop also
    needs (``m``: o * tanh(c) before the projection, only with a projection).
    """
    steps, batch = x.shape[:2]
    hid = w.bias.shape[0] // GATES
    dtype = w.bias.dtype
    pre = np.empty((steps, batch, 4 * hid), dtype=dtype)  # gates, internal order i f o g
    np.matmul(x, w.w_ih_t, out=pre)
    pre += w.bias
    cell = np.empty((steps, batch, hid), dtype=dtype)
    out_size = hid if w.w_hr_t is None else w.w_hr_t.shape[1]
    hidden = np.empty((steps, batch, out_size), dtype=dtype)
    m_all = None if w.w_hr_t is None else np.empty((steps, batch, hid), dtype=dtype)
    rec = np.empty((batch, 4 * hid), dtype=dtype)
    ig = np.empty((batch, hid), dtype=dtype)
    h, c = h0, c0
    h1, h2, h3 = hid, 2 * hid, 3 * hid
    for t in range(steps):
        gates = pre[t]
        np.matmul(h, w.w_hh_t, out=rec)
        gates += rec
        np.tanh(gates, out=gates)
        sig = gates[:, :h3]
        sig *= 0.5
        sig += 0.5
        c_t = cell[t]
        np.multiply(gates[:, h1:h2], c, out=c_t)
        np.multiply(gates[:, :h1], gates[:, h3:], out=ig)
        c_t += ig
        if m_all is None:
            h_t = hidden[t]
            np.tanh(c_t, out=h_t)
            h_t *= gates[:, h2:h3]
        else:
            m_t = m_all[t]
            np.tanh(c_t, out=m_t)
            m_t *= gates[:, h2:h3]
            h_t = hidden[t]
            np.matmul(m_t, w.w_hr_t, out=h_t)
        h, c = h_t, c_t
    values = {
        "i": pre[..., :h1],
        "f": pre[..., h1:h2],
        "g": pre[..., h3:],
        "o": pre[..., h2:h3],
        "c": cell,
        "h": hidden,
    }
    cache = {} if m_all is None else {"m": m_all}
    return values, cache


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
) -> dict[str, np.ndarray]:
    """Backprop through time for one direction, in processing order, from the trace only.

    ``x`` (T, B, F), ``values``/``cache`` as ``forward`` returned them, torch-layout weights,
    ``dh_out`` (T, B, P) the gradient reaching each h_t from outside the recurrence (output,
    layer above), ``dh_last`` (B, P) and ``dc_last`` (B, H) the gradients of the final states.
    Returns the parameter gradients in torch layout (``weight_ih`` ... ``weight_hr``),
    ``input`` (T, B, F), ``h0``, ``c0`` and the total per-step ``h`` (T, B, P), ``c`` (T, B, H).
    """
    steps, batch = x.shape[:2]
    hid = w_ih.shape[0] // GATES
    dtype = w_ih.dtype
    i, f, g, o, c, h = (values[n] for n in NAMES)
    tc = np.tanh(c)  # the same call on the same values as the forward pass: bitwise equal
    c_prev = np.concatenate([c0[None], c[:-1]]) if steps else c
    h_prev = np.concatenate([h0[None], h[:-1]]) if steps else h
    # d c_t / d m_t and d a / d c_t (a = pre-activations, torch order i f g), all steps at once
    k_c = o * (1.0 - tc * tc)  # (T, B, H)
    k_ifg = np.empty((steps, batch, 3, hid), dtype=dtype)
    k_ifg[:, :, 0] = g * i * (1.0 - i)
    k_ifg[:, :, 1] = c_prev * f * (1.0 - f)
    k_ifg[:, :, 2] = i * (1.0 - g * g)
    k_o = tc * o * (1.0 - o)  # d a_o / d m_t

    d_a = np.empty((steps, batch, 4 * hid), dtype=dtype)  # torch order i f g o
    dh_all = np.empty(dh_out.shape, dtype=dtype)
    dc_all = np.empty((steps, batch, hid), dtype=dtype)
    dh_rec = np.array(dh_last, dtype=dtype)  # from the step after (or h_n)
    dc_next = np.array(dc_last, dtype=dtype)
    h3 = 3 * hid
    for t in range(steps - 1, -1, -1):
        dh = dh_all[t]
        np.add(dh_out[t], dh_rec, out=dh)
        dm = dh if w_hr is None else dh @ w_hr
        dc = dc_all[t]
        np.multiply(dm, k_c[t], out=dc)
        dc += dc_next
        d_a_t = d_a[t]
        np.multiply(dc[:, None, :], k_ifg[t], out=d_a_t[:, :h3].reshape(batch, 3, hid))
        np.multiply(dm, k_o[t], out=d_a_t[:, h3:])
        dc_next = dc * f[t]
        dh_rec = d_a_t @ w_hh

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
