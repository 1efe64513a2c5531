"""Losses with their gradients: softmax cross-entropy and mean squared error.

Both take a ``mask`` of the positions that count and average over them, so one function
serves next-token loss (every step), classification (last step) and regression.
"""

from __future__ import annotations

import numpy as np

from gate_explorer.engine.model import softmax


def cross_entropy(
    logits: np.ndarray, targets: np.ndarray, mask: np.ndarray | None = None
) -> tuple[float, np.ndarray]:
    """Mean softmax cross-entropy over masked positions, and dL/dlogits.

    ``logits`` (..., C), ``targets`` integer (...) class ids, ``mask`` (...) of 0/1 weights
    (all ones when None). Returns ``(loss, d_logits)`` with d_logits shaped like logits.
    """
    mask = np.ones(targets.shape, dtype=logits.dtype) if mask is None else mask
    mask = mask.astype(logits.dtype)
    count = max(float(mask.sum()), 1.0)
    probs = softmax(logits)
    safe = np.where(mask > 0, targets, 0)
    picked = np.take_along_axis(probs, safe[..., None], axis=-1)[..., 0]
    loss = float(-(np.log(np.maximum(picked, 1e-30)) * mask).sum() / count)
    grad = probs
    np.put_along_axis(grad, safe[..., None], picked[..., None] - 1.0, axis=-1)
    grad *= (mask / count)[..., None]
    return loss, grad


def mse(
    pred: np.ndarray, target: np.ndarray, mask: np.ndarray | None = None
) -> tuple[float, np.ndarray]:
    """Mean squared error over masked positions, and dL/dpred (same shapes)."""
    mask = np.ones(target.shape, dtype=pred.dtype) if mask is None else mask.astype(pred.dtype)
    count = max(float(mask.sum()), 1.0)
    diff = (pred - target) * mask
    return float((diff**2).sum() / count), (2.0 / count) * diff


def accuracy(logits: np.ndarray, targets: np.ndarray, mask: np.ndarray | None = None) -> float:
    """Share of masked positions whose arg-max logit is the target."""
    hit = logits.argmax(axis=-1) == targets
    if mask is None:
        return float(hit.mean())
    m = mask > 0
    return float(hit[m].mean()) if m.any() else float("nan")
