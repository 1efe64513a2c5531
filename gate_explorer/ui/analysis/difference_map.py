"""The difference of a counterfactual run: units down, time across, white where unchanged.

A diverging map centred on 0 with symmetric limits, a dashed line at each clamp, the
current-step box, and a readout of the cell under the mouse (the view supplies it).
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGraphicsRectItem, QToolTip, QWidget

from gate_explorer.ui.heatmap.axes import TokenAxis, UnitAxis
from gate_explorer.ui.heatmap.colour_bar import ColourBar
from gate_explorer.ui.heatmap.gates import MARKER, diverging_map


class DifferenceMap(pg.GraphicsLayoutWidget):
    """Counterfactual − original of one gate or state: units down, time across, 0 = white."""

    def __init__(self, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.setBackground("w")
        self.ci.layout.setContentsMargins(2, 2, 4, 2)
        self.ci.layout.setHorizontalSpacing(4)
        font = QFont()
        font.setPointSize(8)
        self.vb = pg.ViewBox(enableMenu=False, invertY=True, defaultPadding=0.0)
        self.vb.setMouseEnabled(x=True, y=False)
        self.unit_axis = UnitAxis()
        self.unit_axis.linkToView(self.vb)
        self.unit_axis.setWidth(34)
        self.token_axis = TokenAxis()
        self.token_axis.linkToView(self.vb)
        for axis in (self.unit_axis, self.token_axis):
            axis.enableAutoSIPrefix(False)
            axis.setTickFont(font)
            axis.setTextPen("#333")
            axis.setPen("#999")
        self.bar = ColourBar(font)
        self.ci.layout.addItem(self.unit_axis, 0, 0)
        self.ci.layout.addItem(self.vb, 0, 1)
        self.ci.layout.addItem(self.bar, 0, 2)
        self.ci.layout.addItem(self.token_axis, 1, 1)
        self.ci.layout.setColumnStretchFactor(1, 1)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.lut = diverging_map().getLookupTable(0.0, 1.0, 256)
        self.image.setLookupTable(self.lut)
        self.vb.addItem(self.image)
        pen = pg.mkPen(MARKER, width=2)
        pen.setCosmetic(True)
        self.marker = QGraphicsRectItem()
        self.marker.setPen(pen)
        self.marker.setZValue(20)
        self.vb.addItem(self.marker)
        self.clamps: list[pg.InfiniteLine] = []
        self.hint = pg.TextItem(hint, color="#666", anchor=(0.5, 0.5))
        self.vb.addItem(self.hint, ignoreBounds=True)
        self.data = np.zeros((0, 0))  # (rows, T) shown
        self.describe: Callable[[int, int], str] | None = None  # (step, unit) -> readout
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.rows = np.zeros(0, dtype=int)
        self.steps = 0

    def set_data(
        self,
        diff: np.ndarray | None,
        rows: np.ndarray,
        tokens: list[str],
        clamp_steps: list[int],
        hint: str = "",
    ) -> None:
        """Show ``diff`` (T, W) restricted to unit ``rows``; None shows ``hint`` instead."""
        for line in self.clamps:
            self.vb.removeItem(line)
        self.clamps = []
        self.steps = len(tokens)
        self.token_axis.set_tokens(tokens)
        if diff is None or not len(rows) or not self.steps:
            self.data, self.rows = np.zeros((0, self.steps)), np.zeros(0, dtype=int)
            self.image.clear()
            self.unit_axis.set_labels([])
            self.hint.setText(hint)
            self.hint.setVisible(True)
            self.vb.setRange(xRange=(0, max(self.steps, 1)), yRange=(0, 1), padding=0)
            self.hint.setPos(max(self.steps, 1) / 2, 0.5)
            self.bar.set_levels(-1.0, 1.0, self.lut)
            return
        self.hint.setVisible(False)
        self.data = np.ascontiguousarray(diff[:, rows].T)
        self.rows = np.asarray(rows, dtype=int)
        top = float(np.nanmax(np.abs(self.data))) if self.data.size else 0.0
        top = top if math.isfinite(top) and top > 0 else 1e-6
        self.image.setImage(self.data, levels=(-top, top), autoLevels=False)
        self.image.setRect(QRectF(0, 0, self.steps, len(rows)))
        self.bar.set_levels(-top, top, self.lut)
        self.unit_axis.set_labels([str(int(u)) for u in rows])
        for s in clamp_steps:
            line = pg.InfiniteLine(
                s, angle=90, pen=pg.mkPen("#222", width=1, style=Qt.PenStyle.DashLine)
            )
            self.vb.addItem(line)
            self.clamps.append(line)
        self.vb.setLimits(xMin=0, xMax=self.steps, yMin=0, yMax=len(rows))
        self.vb.setRange(xRange=(0, self.steps), yRange=(0, len(rows)), padding=0)

    def cell_at(self, scene_pos: QPointF) -> tuple[int, int] | None:
        """(step, unit) under a scene position, or None."""
        if not self.data.size or not self.vb.sceneBoundingRect().contains(scene_pos):
            return None
        p = self.vb.mapSceneToView(scene_pos)
        t, r = math.floor(p.x()), math.floor(p.y())
        if 0 <= t < self.steps and 0 <= r < len(self.rows):
            return t, int(self.rows[r])
        return None

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        cell = self.cell_at(scene_pos)
        if cell is None or self.describe is None:
            QToolTip.hideText()
            return
        pos = self.mapToGlobal(self.mapFromScene(scene_pos))
        QToolTip.showText(pos, self.describe(*cell), self)

    def set_step(self, step: int) -> None:
        rows = max(len(self.rows), 1)
        self.marker.setRect(QRectF(step, 0, 1, rows) if self.steps else QRectF())
