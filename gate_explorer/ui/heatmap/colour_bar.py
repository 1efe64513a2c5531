"""A light colour bar: the gradient and three value labels, painted in the scene.

Lighter than a ViewBox plus an AxisItem per heatmap (it only paints), and exported with
the rest of the figure because it lives in the same pyqtgraph scene.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

BAR_WIDTH = 14
PAD = 8  # vertical room for the end labels


def tick_label(v: float) -> str:
    """``1``, ``0.5``, ``-0.039``, ``43``."""
    return f"{v:.0f}" if abs(v) >= 10 else f"{v:.2g}"


class ColourBar(pg.GraphicsWidget):
    """Vertical gradient from ``lo`` (bottom) to ``hi`` (top) with lo / mid / hi labels."""

    def __init__(self, font: QFont | None = None) -> None:
        super().__init__()
        self.font = font or QFont()
        self.lo, self.hi = 0.0, 1.0
        self.image = QImage()
        width = BAR_WIDTH + 8 + QFontMetricsF(self.font).horizontalAdvance("-0.000")
        self.setFixedWidth(width)
        self.set_levels(0.0, 1.0, np.zeros((256, 4), dtype=np.ubyte))
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # static while stepping

    @property
    def labels(self) -> list[str]:
        return [tick_label(v) for v in (self.hi, (self.lo + self.hi) / 2, self.lo)]

    def set_levels(self, lo: float, hi: float, lut: np.ndarray) -> None:
        """Range and colours: ``lut`` (256, 3 or 4) uint8 from the bottom to the top."""
        self.lo, self.hi = float(lo), float(hi)
        rgba = np.full((256, 4), 255, dtype=np.ubyte)
        rgba[:, : lut.shape[1]] = lut[:, :4]
        column = np.ascontiguousarray(rgba[::-1, [2, 1, 0, 3]])  # top row = hi; BGRA bytes
        self._bytes = column.tobytes()
        self.image = QImage(self._bytes, 1, 256, 4, QImage.Format.Format_ARGB32)
        self.update()

    def paint(self, p: QPainter, *args) -> None:
        r = self.boundingRect()
        bar = QRectF(0, r.top() + PAD, BAR_WIDTH, max(r.height() - 2 * PAD, 1))
        p.drawImage(bar, self.image)
        p.setPen(QPen(QColor("#999")))
        p.drawRect(bar)
        p.setFont(self.font)
        p.setPen(QColor("#333"))
        fm = QFontMetricsF(self.font)
        h = fm.height()
        for y, text in zip((bar.top(), bar.center().y(), bar.bottom()), self.labels, strict=True):
            p.drawLine(int(bar.right()), int(y), int(bar.right() + 3), int(y))
            box = QRectF(bar.right() + 5, y - h / 2, r.width(), h)
            p.drawText(box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
