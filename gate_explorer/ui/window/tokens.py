"""Token chips: how the text was split, unknown tokens marked, the current step highlighted.

Chips are painted, not widgets, so a 5,000-token text lays out in milliseconds. Clicking a
chip jumps to its step; shift+click or a drag across chips selects a span of tokens (the
session's ``span``, read by the unit finder), drawn on an amber band.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QScrollArea, QToolTip, QWidget

from gate_explorer.engine.tokenize import Token, why_unknown
from gate_explorer.session import Session
from gate_explorer.session.subscription import Subscription
from gate_explorer.ui.heatmap.gates import MARKER, shown_token

PAD_X, PAD_Y, GAP = 5, 2, 3
CHIP_BG = QColor("#eef1f5")
CHIP_PAST = QColor("#dde6f3")
UNKNOWN_BG = QColor("#ffe3e3")
UNKNOWN_EDGE = QColor("#e03131")
SPAN_BAND = QColor("#f59f00")  # behind the selected span's chips
SPAN_BG = QColor("#fff3bf")


class _ChipCanvas(QWidget):
    """The painted chips; lays itself out for a given width."""

    sigClicked = Signal(int)
    sigSpanPicked = Signal(int, int)  # first, last chip (inclusive, either order)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tokens: list[Token] = []
        self.kind = ""  # the tokenizer's kind: says why a token is unknown
        self.labels: list[str] = []
        self.rects: list[QRect] = []
        self._tops: list[int] = []
        self.current = -1
        self.span: tuple[int, int] | None = None  # (start, end), end exclusive
        self._press = -1  # chip under the mouse press: a drag from it picks a span
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
        self._tops = [r.top() for r in rects]  # non-decreasing: rows are laid out downwards
        self.setMinimumHeight((y + h + GAP) if rects else h + 2 * GAP)
        self.resize(width, self.minimumHeight())
        self.update()

    def set_current(self, step: int) -> QRect | None:
        old, self.current = self.current, step
        if abs(step - old) > 1:
            self.update()  # every chip in between changes from past to future or back
        else:
            for k in (old, step):
                if 0 <= k < len(self.rects):
                    self.update(self.rects[k].adjusted(-3, -3, 3, 3))
        return self.rects[step] if 0 <= step < len(self.rects) else None

    def _rows_between(self, top: int, bottom: int) -> range:
        """Indices of the chips whose row may overlap the band ``top``..``bottom``."""
        height = self.rects[0].height() if self.rects else 0
        first = bisect.bisect_left(self._tops, top - height)
        return range(first, bisect.bisect_right(self._tops, bottom))

    def index_at(self, pos: QPoint) -> int:
        for k in self._rows_between(pos.y(), pos.y()):
            if self.rects[k].contains(pos):
                return k
        return -1

    def set_span(self, span: tuple[int, int] | None) -> None:
        self.span = span
        self.update()

    def in_span(self, k: int) -> bool:
        return self.span is not None and self.span[0] <= k < self.span[1]

    def _span_bands(self) -> list[QRect]:
        """One rectangle per row of chips in the span, joining the gaps between them."""
        if self.span is None:
            return []
        bands: list[QRect] = []
        for r in self.rects[self.span[0] : self.span[1]]:
            if bands and bands[-1].top() == r.top():
                bands[-1] = bands[-1].united(r)
            else:
                bands.append(QRect(r))
        return [b.adjusted(-2, -2, 2, 2) for b in bands]

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = event.rect()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(SPAN_BAND)
        for band in self._span_bands():
            if band.intersects(area):
                p.drawRoundedRect(band, 5, 5)
        for k in self._rows_between(area.top(), area.bottom()):
            r = self.rects[k]
            if not r.intersects(area):
                continue
            tok = self.tokens[k]
            bg = UNKNOWN_BG if not tok.known else (CHIP_PAST if k < self.current else CHIP_BG)
            bg = SPAN_BG if tok.known and self.in_span(k) else bg
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
        self._press = -1
        if k < 0 or event.button() != Qt.MouseButton.LeftButton:
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.sigSpanPicked.emit(self.current if self.current >= 0 else k, k)
        else:
            self._press = k
            self.sigClicked.emit(k)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = -1

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        k = self.index_at(event.position().toPoint())
        if self._press >= 0 and event.buttons() & Qt.MouseButton.LeftButton:
            if k >= 0 and k != self._press:
                self.sigSpanPicked.emit(self._press, k)
            return
        if k >= 0:
            QToolTip.showText(event.globalPosition().toPoint(), self.tooltip(k), self)

    def tooltip(self, k: int) -> str:
        """What hovering chip ``k`` shows: token, position, id, and why it is unknown."""
        tok = self.tokens[k]
        state = (
            "known" if tok.known else self.tr("UNKNOWN: {0}").format(why_unknown(tok, self.kind))
        )
        return (
            f"step {k + 1}: {tok.text!r} (chars {tok.start}-{tok.end}, id {tok.id}, {state})"
            "\nshift+click or drag across chips to select a span"
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
        self.canvas.sigSpanPicked.connect(lambda a, b: session.set_span(min(a, b), max(a, b) + 1))
        self.subscription = Subscription(session, {
            "sigSpanChanged": self._on_span,
            "sigRunChanged": self._on_run,
            "sigStepChanged": self._on_step,
        })  # fmt: skip
        self._on_run()

    def sizeHint(self) -> QSize:
        return QSize(400, 60)

    @property
    def tokens(self) -> list[Token]:
        return self.canvas.tokens

    @property
    def current(self) -> int:
        return self.canvas.current

    @property
    def span(self) -> tuple[int, int] | None:
        """The selected span as drawn: (start, end), end exclusive."""
        return self.canvas.span

    def unknown_count(self) -> int:
        return sum(not t.known for t in self.canvas.tokens)

    def _on_run(self) -> None:
        run = self.session.run
        model = self.session.model
        self.canvas.kind = model.tokenizer.kind if model is not None else ""
        self.canvas.set_tokens(run.tokens if run is not None else [])
        self.canvas.current = -1
        self.canvas.span = self.session.span
        self._fit_height()
        self._on_step(self.session.step)

    def _on_span(self) -> None:
        self.canvas.set_span(self.session.span)

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
