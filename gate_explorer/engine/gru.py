r"""The GRU cell, in the notation of PyTorch's ``nn.GRU`` documentation.

.. math::
    r_t = \sigma(W_{ir} x_t + b_{ir} + W_{hr} h_{t-1} + b_{hr})
    z_t = \sigma(W_{iz} x_t + b_{iz} + W_{hz} h_{t-1} + b_{hz})
    n_t = \tanh(W_{in} x_t + b_{in} + r_t \odot (W_{hn} h_{t-1} + b_{hn}))
    h_t = (1 - z_t) \odot n_t + z_t \odot h_{t-1}

Weight rows are stacked r, z, n as in torch (``weight_ih_l{k}`` is (3H, F)). As in the
LSTM module, the r and z rows are scaled by 0.5 once so sigma(a) = 0.5 + 0.5 tanh(a/2)
costs one ``tanh`` and an exact affine map.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

NAMES = ("r", "z", "n", "h")
GATES = 3


@dataclass(frozen=True)
class GRUWeights:
    """Weights of one direction of one layer in the engine's internal layout."""

    w_ih_t: np.ndarray  # (F, 3H), rows r z n, r and z scaled by 0.5
    w_hh_t: np.ndarray  # (H, 3H), same
    b_ih: np.ndarray  # (3H,) same
    b_hh: np.ndarray  # (3H,) same


def prepare(w_ih: np.ndarray, w_hh: np.ndarray, b_ih: np.ndarray, b_hh: np.ndarray) -> GRUWeights:
    """Scale torch-layout weights once (r, z rows by 0.5)."""
    h = w_ih.shape[0] // GATES
    scale = np.ones(3 * h, dtype=w_ih.dtype)
    scale[: 2 * h] = 0.5
    return GRUWeights(
        w_ih_t=np.ascontiguousarray((w_ih * scale[:, None]).T),
        w_hh_t=np.ascontiguousarray((w_hh * scale[:, None]).T),
        b_ih=b_ih * scale,
        b_hh=b_hh * scale,
    )


def forward(
    x: np.ndarray, w: GRUWeights, h0: np.ndarray
) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """Run one direction over ``x`` (T, B, F) in processing order.

    Returns ``(values, cache)``: values maps r, z, n, h to (T, B, H) arrays; cache holds
    ``hn`` = W_hn h_{t-1} + b_hn per step (T, B, H), which backprop needs.
    """
    steps, batch = x.shape[:2]
    hid = w.b_ih.shape[0] // GATES
    dtype = w.b_ih.dtype
    gi = np.empty((steps, batch, 3 * hid), dtype=dtype)
    np.matmul(x, w.w_ih_t, out=gi)
    gi += w.b_ih
    rz_all = np.empty((steps, batch, 2 * hid), dtype=dtype)
    n_all = np.empty((steps, batch, hid), dtype=dtype)
    hn_all = np.empty((steps, batch, hid), dtype=dtype)
    hidden = np.empty((steps, batch, hid), dtype=dtype)
    gh = np.empty((batch, 3 * hid), dtype=dtype)
    h = h0
    h2 = 2 * hid
    for t in range(steps):
        np.matmul(h, w.w_hh_t, out=gh)
        gh += w.b_hh
        rz = rz_all[t]
        np.add(gi[t, :, :h2], gh[:, :h2], out=rz)
        np.tanh(rz, out=rz)
        rz *= 0.5
        rz += 0.5
        hn_all[t] = gh[:, h2:]
        n = n_all[t]
        np.multiply(rz[:, :hid], gh[:, h2:], out=n)
        n += gi[t, :, h2:]
        np.tanh(n, out=n)
        h_t = hidden[t]
        np.subtract(h, n, out=h_t)
        h_t *= rz[:, hid:]
        h_t += n
        h = h_t
    values = {"r": rz_all[..., :hid], "z": rz_all[..., hid:], "n": n_all, "h": hidden}
    return values, {"hn": hn_all}
