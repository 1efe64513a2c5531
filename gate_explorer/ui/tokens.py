"""Token chips: how the text was split, unknown tokens marked, the current step highlighted.

Chips are painted, not widgets, so a 5,000-token text lays out in milliseconds. Clicking a
chip jumps to its step.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QScrollArea, QToolTip, QWidget

from gate_explorer.engine.tokenize import Token
from gate_explorer.session import Session
from gate_explorer.ui.gates import MARKER, shown_token

PAD_X, PAD_Y, GAP = 5, 2, 3
CHIP_BG = QColor("#eef1f5")
CHIP_PAST = QColor("#dde6f3")
UNKNOWN_BG = QColor("#ffe3e3")
UNKNOWN_EDGE = QColor("#e03131")


class _ChipCanvas(QWidget):
    """The painted chips; lays itself out for a given width."""

    sigClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tokens: list[Token] = []
        self.labels: list[str] = []
        self.rects: list[QRect] = []
        self.current = -1
        font = QFont()
        font.setPointSize(10)
        self.setFont(font)
        self.setMouseTracking(True)

    def set_tokens(self, tokens: list[Token]) -> None:
        self.tokens = list(tokens)
        self.labels = [shown_token(t.text, 24) for t in tokens]
        self.relayout(self.width())

    def relayout(self, width: int) -> None:
        fm = QFontMetrics(self.font())
        h = fm.height() + 2 * PAD_Y
        x = y = GAP
        rects = []
        for label in self.labels:
            pad = PAD_X if len(label) > 1 else PAD_X - 2  # char tokens: denser, reads as text
            w = max(fm.horizontalAdvance(label) + 2 * pad, 9)
            if x + w > width - GAP and x > GAP:
                x, y = GAP, y + h + GAP
            rects.append(QRect(x, y, w, h))
            x += w + GAP
        self.rects = rects
        self.setMinimumHeight((y + h + GAP) if rects else h + 2 * GAP)
        self.resize(width, self.minimumHeight())
        self.update()

    def set_current(self, step: int) -> QRect | None:
        old, self.current = self.current, step
        for k in (old, step):
            if 0 <= k < len(self.rects):
                self.update(self.rects[k].adjusted(-3, -3, 3, 3))
        return self.rects[step] if 0 <= step < len(self.rects) else None

    def index_at(self, pos: QPoint) -> int:
        for k, r in enumerate(self.rects):
            if r.contains(pos):
                return k
        return -1

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = event.rect()
        for k, r in enumerate(self.rects):
            if not r.intersects(area):
                continue
            tok = self.tokens[k]
            bg = UNKNOWN_BG if not tok.known else (CHIP_PAST if k < self.current else CHIP_BG)
            if k == self.current:
                p.setPen(QPen(QColor(MARKER), 2.5))
            elif not tok.known:
                p.setPen(QPen(UNKNOWN_EDGE, 1.2, Qt.PenStyle.DashLine))
            else:
                p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(bg)
            p.drawRoundedRect(r, 4, 4)
            p.setPen(QColor("#a61e1e") if not tok.known else QColor("#1b1b1b"))
            p.drawText(r, Qt.AlignmentFlag.AlignCenter, self.labels[k])
        p.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        k = self.index_at(event.position().toPoint())
        if k >= 0:
            self.sigClicked.emit(k)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        k = self.index_at(event.position().toPoint())
        if k >= 0:
            tok = self.tokens[k]
            state = "known" if tok.known else "UNKNOWN: not in the vocabulary"
            QToolTip.showText(
                event.globalPosition().toPoint(),
                f"step {k + 1}: {tok.text!r} (chars {tok.start}-{tok.end}, id {tok.id}, {state})",
                self,
            )


class TokenChips(QScrollArea):
    """A scrolling box of token chips that follows the session's run and step."""

    max_rows = 3

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.canvas = _ChipCanvas()
        self.setWidget(self.canvas)
        self.setWidgetResizable(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.canvas.sigClicked.connect(session.set_step)
        session.sigRunChanged.connect(self._on_run)
        session.sigStepChanged.connect(self._on_step)
        self._on_run()

    def sizeHint(self) -> QSize:
        return QSize(400, 60)

    @property
    def tokens(self) -> list[Token]:
        return self.canvas.tokens

    @property
    def current(self) -> int:
        return self.canvas.current

    def unknown_count(self) -> int:
        return sum(not t.known for t in self.canvas.tokens)

    def _on_run(self) -> None:
        run = self.session.run
        self.canvas.set_tokens(run.tokens if run is not None else [])
        self.canvas.current = -1
        self._fit_height()
        self._on_step(self.session.step)

    def _fit_height(self) -> None:
        """As tall as the chips, up to ``max_rows`` rows (then it scrolls)."""
        row = QFontMetrics(self.canvas.font()).height() + 2 * PAD_Y + GAP
        self.setFixedHeight(min(self.canvas.minimumHeight(), self.max_rows * row + GAP))

    def _on_step(self, step: int) -> None:
        rect = self.canvas.set_current(step)
        if rect is not None:
            self.ensureVisible(rect.center().x(), rect.center().y(), 4, rect.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.canvas.relayout(self.viewport().width())
        self._fit_height()
