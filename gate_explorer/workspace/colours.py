"""The heatmaps' two colour maps as plain numbers, for every painter (Qt or not).

Sequential (0..1, sigmoid gates and ReLU states): white to deep blue. Diverging (-m..+m,
tanh candidates and states): blue, white at 0, red. The window builds its pyqtgraph maps
from these stops, and the HTML export colours text with ``rgb``, so both agree.
"""

from __future__ import annotations

import numpy as np

SEQUENTIAL = (
    (0.0, (255, 255, 255)),
    (0.25, (198, 219, 239)),
    (0.5, (107, 174, 214)),
    (0.75, (33, 113, 181)),
    (1.0, (8, 48, 107)),
)
DIVERGING = (
    (0.0, (5, 48, 97)),
    (0.2, (67, 147, 195)),
    (0.5, (247, 247, 247)),
    (0.8, (214, 96, 77)),
    (1.0, (103, 0, 31)),
)


def stops(diverging: bool) -> tuple[np.ndarray, np.ndarray]:
    """(positions (K,), colours (K, 3) uint8) of one map."""
    table = DIVERGING if diverging else SEQUENTIAL
    return np.array([p for p, _ in table]), np.array([c for _, c in table], dtype=np.uint8)


def rgb(values: np.ndarray, lo: float, hi: float, diverging: bool) -> np.ndarray:
    """(..., 3) uint8 colours of ``values`` on the map over [lo, hi] (clipped; NaN grey)."""
    values = np.asarray(values, dtype=np.float64)
    pos, cols = stops(diverging)
    span = hi - lo if hi > lo else 1.0
    x = np.clip((values - lo) / span, 0.0, 1.0)
    out = np.stack([np.interp(x, pos, cols[:, k]) for k in range(3)], axis=-1)
    out = np.rint(out).astype(np.uint8)
    out[~np.isfinite(values)] = (214, 51, 108)  # the NaN colour the heatmaps hatch
    return out


def ink(colour: np.ndarray) -> str:
    """Black or white text, whichever reads on the background ``colour`` (3,)."""
    r, g, b = (float(c) for c in colour)
    return "#000000" if 0.299 * r + 0.587 * g + 0.114 * b > 140 else "#ffffff"
