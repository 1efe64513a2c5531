r"""The Elman RNN cell, in the notation of PyTorch's ``nn.RNN`` documentation.

.. math::
    h_t = \tanh(x_t W_{ih}^T + b_{ih} + h_{t-1} W_{hh}^T + b_{hh})

with ReLU in place of tanh for ``nonlinearity='relu'`` (kind ``rnn_relu``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

NAMES = ("h",)
GATES = 1


@dataclass(frozen=True)
class RNNWeights:
    """Weights of one direction of one layer in the engine's internal layout."""

    w_ih_t: np.ndarray  # (F, H)
    w_hh_t: np.ndarray  # (H, H)
    bias: np.ndarray  # (H,) b_ih + b_hh
    relu: bool


def prepare(
    w_ih: np.ndarray, w_hh: np.ndarray, b_ih: np.ndarray, b_hh: np.ndarray, relu: bool
) -> RNNWeights:
    """Transpose torch-layout weights once."""
    return RNNWeights(
        w_ih_t=np.ascontiguousarray(w_ih.T),
        w_hh_t=np.ascontiguousarray(w_hh.T),
        bias=b_ih + b_hh,
        relu=relu,
    )


def forward(
    x: np.ndarray, w: RNNWeights, h0: np.ndarray
) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """Run one direction over ``x`` (T, B, F) in processing order; values: h (T, B, H)."""
    steps, batch = x.shape[:2]
    hid = w.bias.shape[0]
    hidden = np.empty((steps, batch, hid), dtype=w.bias.dtype)
    np.matmul(x, w.w_ih_t, out=hidden)
    hidden += w.bias
    rec = np.empty((batch, hid), dtype=w.bias.dtype)
    h = h0
    for t in range(steps):
        h_t = hidden[t]
        np.matmul(h, w.w_hh_t, out=rec)
        h_t += rec
        if w.relu:
            np.maximum(h_t, 0, out=h_t)
        else:
            np.tanh(h_t, out=h_t)
        h = h_t
    return {"h": hidden}, {}
