"""The text view: the whole text as lines, each followed by one shaded strip per unit.

As LSTMVis (Strobelt et al. 2017) shows several units over text: the selected unit first,
then the units the user pins (*Pin the selected unit*). Each strip is labelled with its
layer, gate and unit, coloured in that gate's heatmap colour map and range (fitted on the
whole run). The current step is framed; clicking a token goes to its step; hovering a
strip shows its exact value. ``gate-explorer export --view text`` writes the same as HTML.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from gate_explorer.analysis.streaming import width_of
from gate_explorer.engine.tokenize import visible_whitespace
from gate_explorer.export.html import UnitRef, unit_levels, unit_values
from gate_explorer.session import Session
from gate_explorer.session.subscription import Slot
from gate_explorer.ui.analysis.base import AnalysisView
from gate_explorer.ui.heatmap.gates import MARKER
from gate_explorer.ui.window.language import QT_TRANSLATE_NOOP
from gate_explorer.workspace.colours import rgb
from gate_explorer.workspace.state import PinnedUnit

LABEL_W = 118  # px of the strip labels at the left
STRIP_H, STRIP_GAP, LINE_GAP = 7, 1, 8
MAX_UNITS = 8
MAX_BANDS = 96  # painted lines kept: a screenful or two, not a book's worth


@dataclass(frozen=True)
class Shown:
    """One unit shown as strips: layer, direction, gate or state name, unit index."""

    layer: int
    direction: int
    name: str
    unit: int

    def label(self) -> str:
        """``L3 o[124]``: layers counted from 1, as the window's layer box and titles do."""
        rev = " rev" if self.direction else ""
        return f"L{self.layer + 1}{rev} {self.name}[{self.unit}]"


class _Canvas(QWidget):
    """Painted lines of text and strips; lays itself out for a given width."""

    def __init__(self, view: TextView) -> None:
        super().__init__()
        self.view = view
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(10)
        self.setFont(font)
        self.setMouseTracking(True)
        self.cells: list[QRect] = []  # text box of each token
        self.lines: list[tuple[int, int, int]] = []  # (first token, end, top y)
        self.colours: list[np.ndarray] = []  # per unit: (T, 3) uint8
        self.values: list[np.ndarray] = []  # per unit: (T,)
        self.labels: list[str] = []
        self.pieces: list[str] = []
        self._bands: OrderedDict[int, QPixmap] = OrderedDict()  # painted lines, by index

    def line_height(self) -> int:
        return QFontMetrics(self.font()).height() + len(self.colours) * (STRIP_H + STRIP_GAP)

    def relayout(self, width: int) -> None:
        fm = QFontMetrics(self.font())
        x, y = LABEL_W, 4
        self.cells, self.lines = [], []
        start = 0
        text_h = fm.height()
        step_h = self.line_height() + LINE_GAP
        for k, piece in enumerate(self.pieces):
            w = max(fm.horizontalAdvance(piece), 4)
            newline = k > start and (x + w > width - 4)
            if newline:
                self.lines.append((start, k, y))
                start, x, y = k, LABEL_W, y + step_h
            self.cells.append(QRect(x, y, w, text_h))
            x += w
            if piece == "↵":  # a newline in the text ends the line
                self.lines.append((start, k + 1, y))
                start, x, y = k + 1, LABEL_W, y + step_h
        if start < len(self.pieces) or not self.lines:
            self.lines.append((start, len(self.pieces), y))
        height = y + step_h + 4
        self._bands.clear()
        self.setMinimumHeight(height)
        self.resize(width, height)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Lines come from cached pictures (they change with the text, units and width, not
        with the step); the current step's frame is drawn on top."""
        p = QPainter(self)
        p.fillRect(event.rect(), QColor("white"))
        current = self.view.session.step
        for index, (first, end, top) in enumerate(self.lines):
            band = QRect(0, top, self.width(), self.line_height())
            if not band.intersects(event.rect()):
                continue
            p.drawPixmap(0, top, self._band(index))
            if first <= current < end:
                cell = self.cells[current]
                p.setPen(QPen(QColor(MARKER), 2))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(QRect(cell.left() - 1, top, cell.width() + 2, self.line_height()))
        p.end()

    def _band(self, index: int) -> QPixmap:
        """Line ``index`` with its strips, painted once (the most recent ``MAX_BANDS`` kept)."""
        if index in self._bands:
            self._bands.move_to_end(index)
            return self._bands[index]
        first, end, top = self.lines[index]
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(QSize(self.width(), self.line_height()) * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(QColor("white"))
        p = QPainter(pixmap)
        p.translate(0, -top)
        self._paint_line(p, first, end, top)
        p.end()
        self._bands[index] = pixmap
        while len(self._bands) > MAX_BANDS:
            self._bands.popitem(last=False)
        return pixmap

    def _paint_line(self, p: QPainter, first: int, end: int, top: int) -> None:
        """Tokens ``first:end`` of the line at ``top``, then one strip per unit under them."""
        fm = QFontMetrics(self.font())
        small = QFont(self.font())
        small.setPointSize(7)
        p.setFont(self.font())
        p.setPen(QColor("#1b1b1b"))
        for k in range(first, end):
            p.drawText(self.cells[k], Qt.AlignmentFlag.AlignLeft, self.pieces[k])
        y = top + fm.height()
        p.setFont(small)
        for u, colours in enumerate(self.colours):
            p.setPen(QColor("#495057"))
            p.drawText(
                QRect(2, y - 2, LABEL_W - 6, STRIP_H + 4),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self.labels[u],
            )
            p.setPen(Qt.PenStyle.NoPen)
            for k in range(first, end):
                c = colours[k]
                cell = self.cells[k]
                p.fillRect(
                    QRect(cell.left(), y, cell.width(), STRIP_H),
                    QColor(int(c[0]), int(c[1]), int(c[2])),
                )
            y += STRIP_H + STRIP_GAP

    def hit(self, pos) -> tuple[int, int]:
        """(token, unit row or -1 for the text) under ``pos``; (-1, -1) for none."""
        fm = QFontMetrics(self.font())
        for first, end, top in self.lines:
            if top <= pos.y() < top + self.line_height():
                for k in range(first, end):
                    cell = self.cells[k]
                    if cell.left() <= pos.x() < cell.right() + 1:
                        row = (pos.y() - top - fm.height()) // (STRIP_H + STRIP_GAP)
                        return k, int(row) if pos.y() >= top + fm.height() else -1
        return -1, -1

    def mousePressEvent(self, event: QMouseEvent) -> None:
        k, _ = self.hit(event.position().toPoint())
        if k >= 0 and event.button() == Qt.MouseButton.LeftButton:
            self.view.session.set_step(k)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        k, row = self.hit(event.position().toPoint())
        if k < 0:
            QToolTip.hideText()
            return
        tip = QCoreApplication.translate("TextView", "step {k}: {token}").format(
            k=k + 1, token=repr(self.view.session.token_text(k))
        )
        rows = range(len(self.values)) if row < 0 or row >= len(self.values) else [row]
        for u in rows:
            tip += f"\n{self.labels[u]} = {float(self.values[u][k]):.4f}"
        QToolTip.showText(event.globalPosition().toPoint(), tip, self)


class TextView(AnalysisView):
    """Lines of text, each with one shaded strip per unit (the selected one, then pins)."""

    long_run_reason = QT_TRANSLATE_NOOP(
        "AnalysisView",
        "it lays out every character of the text with its strips at once.",
    )

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("textView")
        top = QHBoxLayout()
        self.caption = QLabel()
        self.caption.setObjectName("textViewCaption")
        self.caption.setWordWrap(True)
        self.pin = QPushButton(QCoreApplication.translate("TextView", "Pin the selected unit"))
        self.pin.setObjectName("pinUnit")
        self.pin.clicked.connect(self.pin_selected)
        self.clear = QPushButton(QCoreApplication.translate("TextView", "Clear pins"))
        self.clear.setObjectName("clearPins")
        self.clear.clicked.connect(self.clear_pins)
        top.addWidget(self.caption, 1)
        top.addWidget(self.pin)
        top.addWidget(self.clear)
        self.canvas = _Canvas(self)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.canvas)
        self.scroll.setWidgetResizable(False)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        self.refresh()

    def follows(self) -> Mapping[str, Slot]:
        return {
            "sigRunChanged": self.refresh,
            "sigUnitChanged": self.refresh,
            "sigViewChanged": self.refresh,
            "sigStepChanged": self._on_step,
            "sigPinnedChanged": self.refresh,
        }

    def sizeHint(self) -> QSize:
        return QSize(600, 200)

    @property
    def pinned(self) -> list[Shown]:
        """The session's pinned units (saved with it), as drawn."""
        return [Shown(p.layer, p.direction, p.name, p.unit) for p in self.session.pinned]

    def shown(self) -> list[Shown]:
        """The units drawn, top to bottom: the selected unit, then the pinned ones."""
        s = self.session
        out: list[Shown] = []
        if s.run is not None and s.unit >= 0:
            out.append(Shown(s.layer, s.direction, s.unit_name, s.unit))
        out += [u for u in self.pinned if u not in out]
        return out[:MAX_UNITS]

    def pin_selected(self) -> None:
        s = self.session
        if s.unit < 0:
            return
        pin = PinnedUnit(s.layer, s.direction, s.unit_name, s.unit)
        pins = [p for p in s.pinned if p != pin] + [pin]
        s.set_pinned(pins[-MAX_UNITS:])

    def clear_pins(self, *_: object) -> None:
        self.session.set_pinned(())

    def refresh(self, *_: object) -> None:
        s, c = self.session, self.canvas
        run = s.run
        units = self.shown()
        self.pin.setEnabled(s.unit >= 0)
        self.clear.setEnabled(bool(self.pinned))
        c.colours, c.values, c.labels = [], [], []
        if run is None:
            c.pieces = []
            self.caption.setText(
                QCoreApplication.translate(
                    "TextView", "Type some text above to see it shaded by its units."
                )
            )
        else:
            c.pieces = [visible_whitespace(t.text) or " " for t in run.tokens]
            kind = s.model.kind if s.model is not None else ""
            trace = run.trace
            estimated = None
            for u in units:
                if u.layer >= trace.num_layers or u.name not in trace.names:
                    continue
                ref = UnitRef(u.layer, u.name, u.unit, u.direction)
                if u.unit >= width_of(trace, u.name, u.layer, u.direction):
                    continue
                fit = unit_levels(run, ref, kind)  # as the HTML export fits them
                lo, hi, div = fit.value
                estimated = estimated or (None if fit.exact else fit)
                c.values.append(unit_values(run, ref).astype(np.float64))
                c.colours.append(rgb(c.values[-1], lo, hi, div))
                c.labels.append(u.label())
            if c.colours:
                text = QCoreApplication.translate(
                    "TextView",
                    "Each line of text, then one strip per unit, in its heatmap's colours. "
                    "Click a token to go to its step; hover a strip for its value.",
                )
                if estimated is not None:
                    text += " " + QCoreApplication.translate(
                        "TextView", "Colour ranges estimated from {used} of {total} steps."
                    ).format(used=f"{estimated.used:,}", total=f"{estimated.total:,}")
                self.caption.setText(text)
            else:
                self.caption.setText(
                    QCoreApplication.translate(
                        "TextView",
                        "Select a unit (click a heatmap row or a Find units result) to shade "
                        "the text by it; pin units to compare several.",
                    )
                )
        c.relayout(max(self.scroll.viewport().width(), LABEL_W + 200))

    def _on_step(self, *_: object) -> None:
        self.canvas.update()
        k = self.session.step
        if 0 <= k < len(self.canvas.cells):
            r = self.canvas.cells[k]
            self.scroll.ensureVisible(r.center().x(), r.center().y(), 4, 40)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.canvas.relayout(max(self.scroll.viewport().width(), LABEL_W + 200))
