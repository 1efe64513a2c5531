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
    """(rows, cols) RGBA image of ``values`` (n,) in display order; NaN and padding clear."""
    lo, hi, diverging = levels
    lut = _lut(diverging)
    cells = grid.rows * grid.cols
    v = np.full(cells, np.nan)
    v[: len(values)] = values
    with np.errstate(invalid="ignore"):
        k = np.clip((v - lo) / max(hi - lo, 1e-12) * 255, 0, 255)
    rgba = lut[np.nan_to_num(k).astype(np.intp)]
    rgba[np.isnan(v)] = 0
    rgba = np.ascontiguousarray(rgba.reshape(grid.rows, grid.cols, 4))
    img = QImage(rgba.data, grid.cols, grid.rows, 4 * grid.cols, QImage.Format.Format_RGBA8888)
    return img.copy()  # own the pixels: ``rgba`` goes away
