"""A part's values as a small RGBA image, one pixel per cell, in the heatmaps' colours."""

from __future__ import annotations

from functools import cache

import numpy as np
from PySide6.QtGui import (
    QImage,
)

from gate_explorer.ui.analysis.cell_diagram.layout import Grid
from gate_explorer.ui.heatmap.gates import colour_map


@cache
def _lut(diverging: bool) -> np.ndarray:
    """(256, 4) uint8 RGBA of the heatmaps' colour map."""
    lut = colour_map(diverging).getLookupTable(0.0, 1.0, 256, alpha=True)
    return np.asarray(lut, dtype=np.uint8)


def strip_image(values: np.ndarray, grid: Grid, levels: tuple[float, float, bool]) -> QImage:
    """(rows, cols) RGBA image of ``values`` (n,) in display order; NaN and padding clear.

    A step makes one per part, so this is a few whole-array calls (about 20 us at 256 units).
    """
    lo, hi, diverging = levels
    v = np.asarray(values, dtype=np.float64)
    with np.errstate(invalid="ignore"):
        k = (v - lo) / max(hi - lo, 1e-12) * 255
    np.clip(k, 0, 255, out=k)
    bad = np.isnan(k)
    if bad.any():
        k[bad] = 0
    rgba = np.zeros((grid.rows * grid.cols, 4), dtype=np.uint8)  # padding: clear
    shown = rgba[: len(v)]
    np.take(_lut(diverging), k.astype(np.intp), axis=0, out=shown)
    if bad.any():
        shown[np.isnan(v)] = 0
    img = QImage(rgba.data, grid.cols, grid.rows, 4 * grid.cols, QImage.Format.Format_RGBA8888)
    return img.copy()  # own the pixels: ``rgba`` goes away
