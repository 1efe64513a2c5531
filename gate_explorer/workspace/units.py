"""Cheap NumPy helpers for the views: unit orderings, top-k filters and colour ranges.

No Qt here: the session calls these once per run or view change, never per step.
"""

from __future__ import annotations

import numpy as np

from gate_explorer.engine import cells

SORTS = ("index", "mean", "cluster")
SIGMOID = cells.SIGMOID_NAMES  # LSTM i f o, GRU r z: values in (0, 1)
BOUNDED = cells.CANDIDATE_NAMES  # tanh candidates: values in (-1, 1)
ROBUST = 90.0  # percentile of |value| that sets the limits of unbounded states


def activity(values: np.ndarray) -> np.ndarray:
    """(H,) mean absolute activation of (T, H) ``values``; NaN counts as 0."""
    if values.shape[0] == 0:
        return np.zeros(values.shape[1])
    return np.nan_to_num(np.abs(values), nan=0.0).mean(axis=0)


def leading_component(values: np.ndarray) -> np.ndarray:
    """(H,) loadings of the first principal component of the standardised units."""
    x = np.nan_to_num(np.asarray(values, dtype=np.float64), nan=0.0)
    x = x - x.mean(axis=0)
    std = x.std(axis=0)
    x = x / np.where(std > 1e-12, std, 1.0)
    cov = x.T @ x / max(len(x), 1)  # (H, H): cheap even for T = 5,000
    _, vecs = np.linalg.eigh(cov)
    lead = vecs[:, -1]
    return lead * (1.0 if lead.sum() >= 0 else -1.0)  # fixed sign: stable ordering


def order_units(values: np.ndarray, sort: str = "index", top_k: int = 0) -> np.ndarray:
    """Row order for (T, H) ``values``: keep the ``top_k`` most active (0 = all), then sort.

    ``index`` keeps unit numbers ascending, ``mean`` puts the highest mean activation first,
    ``cluster`` orders by the leading principal component so correlated units sit together.
    """
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r}; expected one of {', '.join(SORTS)}")
    h = values.shape[1]
    keep = np.arange(h)
    if 0 < top_k < h:
        keep = np.sort(np.argsort(-activity(values), kind="stable")[:top_k])
    if sort == "index" or values.shape[0] < 2 or len(keep) < 2:
        return keep
    sub = values[:, keep]
    if sort == "mean":
        key = -np.nan_to_num(np.nanmean(sub, axis=0) if np.isfinite(sub).any() else sub[0])
    else:
        key = -leading_component(sub)
    return keep[np.argsort(key, kind="stable")]


def _quantile(a: np.ndarray, q: float) -> float:
    """The ``q`` quantile (nearest rank) of a flat array; cheaper than ``np.percentile``."""
    flat = a.ravel()
    k = round(q * (flat.size - 1))
    return float(np.partition(flat, k)[k])


def levels(name: str, kind: str, values: np.ndarray) -> tuple[float, float, bool]:
    """Colour limits (lo, hi) and whether the map is diverging, for a gate or state.

    Sigmoid gates: (0, 1) sequential. tanh candidates and bounded states: (-1, 1) diverging.
    The LSTM cell (and any state that leaves [-1, 1]): symmetric about 0, fitted to the 90th
    percentile of |value| so the few units that count up to large values do not wash out the
    rest (their cells saturate; hovering shows the exact value).
    A ReLU RNN's h is sequential from 0.
    """
    if name in SIGMOID:
        return 0.0, 1.0, False
    if name in BOUNDED and kind != "rnn_relu":  # no quantile to fit (it set nothing)
        return -1.0, 1.0, True
    finite = np.abs(values[np.isfinite(values)]) if values.size else values
    peak = _quantile(finite, ROBUST / 100) if finite.size else 1.0
    if kind == "rnn_relu":
        return 0.0, max(peak, 1e-6), False
    if name in BOUNDED or (name == "h" and peak <= 1.0):
        return -1.0, 1.0, True
    peak = max(peak, 1e-6)
    return -peak, peak, True
