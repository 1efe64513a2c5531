"""Token chips: how the text was split, unknown tokens marked, the current step highlighted.

Chips are painted, not widgets, so a 5,000-token text lays out in milliseconds. Clicking a
chip jumps to its step; shift+click or a drag across chips selects a span of tokens (the
session's ``span``, read by the unit finder), drawn on an amber band. When a unit is
selected, every chip is shaded by that unit's value at its step (Karpathy et al. 2015), in
the colour map and range of the heatmap the unit was picked in; ``ShadeBar`` above the
chips names the unit, shows the colour scale and turns the shading off.
"""

from __future__ import annotations

import bisect

import numpy as np
from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QRegion,
)
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QScrollArea, QToolTip, QWidget

from gate_explorer.engine.tokenize import Token, why_unknown
from gate_explorer.session import Session, seq2seq
from gate_explorer.session.subscription import Subscription
from gate_explorer.ui.heatmap.gates import MARKER, long_name, shown_token
from gate_explorer.ui.window.language import on_language_change, translated
from gate_explorer.workspace.colours import ink, rgb

PAD_X, PAD_Y, GAP = 5, 2, 3
CHIP_BG = QColor("#eef1f5")
CHIP_PAST = QColor("#dde6f3")
UNKNOWN_BG = QColor("#ffe3e3")
UNKNOWN_EDGE = QColor("#e03131")
SPAN_BAND = QColor("#f59f00")  # behind the selected span's chips
SPAN_BG = QColor("#fff3bf")
BOUNDARY = QColor("#1c7ed6")  # between an encoder-decoder's source and decoder chips
BOUNDARY_GAP = 12  # extra room before the first decoder chip, for the line


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
        self._laid_out = -1  # the width the rects were laid out for
        self.current = -1
        self.span: tuple[int, int] | None = None  # (start, end), end exclusive
        self.shade: np.ndarray | None = None  # (T, 3) uint8 chip colours, or None: plain
        self.shade_values: np.ndarray | None = None  # (T,) the values behind them
        self.shade_label = ""  # e.g. "layer 1 h[92]"
        self._press = -1  # chip under the mouse press: a drag from it picks a span
        self.boundary: int | None = None  # an encoder-decoder's first decoder chip
        self._boundary_line: QRect | None = None
        self.offset = 0  # the step of the first chip (a long run shows a window of its tokens)
        font = QFont()
        font.setPointSize(10)
        self.setFont(font)
        self.setMouseTracking(True)
        # opaque (it fills its own background, the window's colour behind it anyway) and
        # anchored at the top: growing by a row repaints no old chip, and scrolling to the
        # new row moves the pixels shown instead of repainting every visible chip
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)

    def set_tokens(self, tokens: list[Token], keep: int = 0) -> None:
        """Show ``tokens``; the first ``keep`` are the chips shown now (same text), so only
        the chips after them are labelled and laid out again."""
        keep = min(keep, len(self.tokens), len(tokens)) if self._laid_out == self.width() else 0
        self.tokens = list(tokens)
        self.labels = self.labels[:keep] + [shown_token(t.text, 24) for t in tokens[keep:]]
        self.relayout(self.width(), keep)

    def relayout(self, width: int, keep: int = 0) -> None:
        """Lay the chips out in rows of ``width``; chips before ``keep`` stay where they are."""
        fm = QFontMetrics(self.font())
        h = fm.height() + 2 * PAD_Y
        x = y = GAP
        before = self.rects[keep - 1 :] if keep else []  # the chips that may change
        rects = self.rects[:keep]
        if rects:
            x, y = rects[-1].right() + 1 + GAP, rects[-1].top()
        if self.boundary is None or self.boundary >= keep:
            self._boundary_line = None  # laid out again below (or none)
        for k, label in enumerate(self.labels[keep:], keep):
            pad = PAD_X if len(label) > 1 else PAD_X - 2  # char tokens: denser, reads as text
            w = max(fm.horizontalAdvance(label) + 2 * pad, 9)
            if k == self.boundary and k > 0:
                x += BOUNDARY_GAP
            if x + w > width - GAP and x > GAP:
                x, y = GAP + (BOUNDARY_GAP if k == self.boundary else 0), y + h + GAP
            if k == self.boundary and k > 0:
                self._boundary_line = QRect(x - BOUNDARY_GAP // 2 - 2, y - 1, 3, h + 2)
            rects.append(QRect(x, y, w, h))
            x += w + GAP
        self.rects = rects
        # non-decreasing: rows are laid out downwards
        self._tops = self._tops[:keep] + [r.top() for r in rects[keep:]]
        self._laid_out = width
        self.setMinimumHeight((y + h + GAP) if rects else h + 2 * GAP)
        self.resize(width, self.minimumHeight())
        if keep and rects:
            self._repaint_from(keep, before, width)
        else:
            self.update()

    def _repaint_from(self, keep: int, before: list[QRect], width: int) -> None:
        """Repaint the chips from ``keep`` on as they were (``before``, from ``keep - 1``)
        and are now, and the last kept one (it may have been the current chip): a few new
        chips at the end (generation) repaint a few chips, not their rows."""
        changed = before + self.rects[keep - 1 :]
        if len(changed) > 64:  # many: from the first changed chip's row down
            top = self.rects[keep - 1].top() - GAP
            self.update(QRect(0, top, width, self.height() - top))
            return
        area = QRegion()
        for r in changed:
            area = area.united(r.adjusted(-3, -3, 3, 3))  # the current chip's outline
        self.update(area)

    def set_current(self, step: int, new_from: int | None = None) -> QRect | None:
        """Mark chip ``step`` as the current one. ``new_from``: the chips from there on
        were just laid out (and repainted), so a jump over them repaints two chips only."""
        old, self.current = self.current, step
        fresh = new_from is not None and 0 <= old < step and old + 1 >= new_from
        if abs(step - old) > 1 and not fresh:
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
        region = event.region()  # e.g. a few new chips: not every chip of their rows
        for k in self._rows_between(area.top(), area.bottom()):
            r = self.rects[k]
            if not region.intersects(r.adjusted(-2, -2, 2, 2)):
                continue
            tok = self.tokens[k]
            bg = UNKNOWN_BG if not tok.known else (CHIP_PAST if k < self.current else CHIP_BG)
            bg = SPAN_BG if tok.known and self.in_span(k) else bg
            fg = QColor("#a61e1e") if not tok.known else QColor("#1b1b1b")
            if self.shade is not None and k < len(self.shade):
                colour = self.shade[k]
                bg = QColor(int(colour[0]), int(colour[1]), int(colour[2]))
                fg = QColor(ink(colour)) if tok.known else fg
            if k == self.current:
                p.setPen(QPen(QColor(MARKER), 2.5))
            elif not tok.known:
                p.setPen(QPen(UNKNOWN_EDGE, 1.2, Qt.PenStyle.DashLine))
            else:
                p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(bg)
            p.drawRoundedRect(r, 4, 4)
            p.setPen(fg)
            p.drawText(r, Qt.AlignmentFlag.AlignCenter, self.labels[k])
        if self._boundary_line is not None and self._boundary_line.intersects(area):
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(BOUNDARY)
            p.drawRect(self._boundary_line)
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
            self.tr("known")
            if tok.known
            else self.tr("UNKNOWN: {0}").format(translated(why_unknown(tok, self.kind)))
        )
        value = ""
        if self.shade_values is not None and k < len(self.shade_values):
            value = f"\n{self.shade_label} = {float(self.shade_values[k]):.4f}"
        head = self.tr("step {k}: {text} (chars {start}-{end}, id {id}, {state})").format(
            k=k + self.offset + 1,
            text=repr(tok.text),
            start=tok.start,
            end=tok.end,
            id=tok.id,
            state=state,
        )
        return head + value + "\n" + self.tr("shift+click or drag across chips to select a span")


def shade_label(session: Session, name: str, unit: int) -> str:
    """``layer 2 h[92]`` (``reverse`` for direction 1): the unit the chips are shaded by,
    its layer counted from 1 as in the layer box and the heatmap titles."""
    if session.direction:
        text = QCoreApplication.translate("ShadeBar", "layer {layer} reverse {name}[{unit}]")
    else:
        text = QCoreApplication.translate("ShadeBar", "layer {layer} {name}[{unit}]")
    return text.format(layer=session.layer + 1, name=name, unit=unit)


class TokenChips(QScrollArea):
    """A scrolling box of token chips that follows the session's run and step."""

    sigShadeChanged = Signal()  # the chips' shading changed (unit, view, run or the toggle)
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
        self.canvas.sigClicked.connect(lambda k: session.set_step(k + self.canvas.offset))
        self.canvas.sigSpanPicked.connect(self._on_span_picked)
        self.subscription = Subscription(session, {
            "sigSpanChanged": self._on_span,
            "sigRunChanged": self._on_run,
            "sigStepChanged": self._on_step,
            "sigUnitChanged": self._on_shade,
            "sigViewChanged": self._on_shade,
        })  # fmt: skip
        self.shading = True  # shade by the selected unit (the ShadeBar's check box)
        self._serial = -1  # the session run the chips show (``Session.run_serial``)
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

    def _on_span_picked(self, a: int, b: int) -> None:
        off = self.canvas.offset
        self.session.set_span(min(a, b) + off, max(a, b) + 1 + off)

    def _local_span(self) -> tuple[int, int] | None:
        """The session's span in the chips' own indices (a long run's window of chips)."""
        span, off = self.session.span, self.canvas.offset
        if span is None or not off:
            return span
        lo, hi = max(span[0] - off, 0), min(span[1] - off, len(self.canvas.tokens))
        return (lo, hi) if hi > lo else None

    def _on_run(self) -> None:
        if self.session.long:
            self._show_long(self.session.step)
            return
        self.canvas.offset = 0
        run = self.session.run
        model = self.session.model
        self.canvas.kind = model.tokenizer.kind if model is not None else ""
        keep = self.session.unchanged_steps(self._serial)
        self._serial = self.session.run_serial
        boundary = seq2seq.boundary(run)
        if boundary != self.canvas.boundary:
            keep = 0  # the chips after the boundary move: lay them all out again
        self.canvas.boundary = boundary
        current = self.canvas.current
        self.canvas.set_tokens(run.tokens if run is not None else [], keep)
        # the steps after ``keep`` were added (generation): only they and the old current
        # chip are repainted, not every chip between
        appended = 0 <= current < keep
        self.canvas.current = current if appended else -1
        self.canvas.span = self.session.span
        self._on_shade(keep=keep if appended else 0)
        self._fit_height()
        self._on_step(self.session.step, new_from=keep if appended else None)

    def set_shading(self, on: bool) -> None:
        """Shade the chips by the selected unit (True) or draw them plain."""
        self.shading = bool(on)
        self._on_shade()

    def shade_source(self) -> tuple[str, int] | None:
        """(gate or state name, unit) the chips are shaded by, or None."""
        s = self.session
        if not self.shading or s.run is None or s.unit < 0 or not self.canvas.tokens:
            return None
        return s.unit_name, s.unit

    # ------------------------------------------------------------------ long runs
    def _show_long(self, step: int) -> None:
        """A long run: the chips of the window holding ``step`` only (its exact values
        shade them), laid out again when the step leaves it."""
        s = self.session
        run = s.run
        lo, hi = run.window_span(step) if run.steps else (0, 0)
        self._serial = s.run_serial
        self.canvas.kind = s.model.tokenizer.kind if s.model is not None else ""
        self.canvas.boundary = None
        self.canvas.offset = lo
        self.canvas.set_tokens(list(run.tokens[lo:hi]), 0)
        self.canvas.current = -1
        self.canvas.span = self._local_span()
        self._on_shade()
        self._fit_height()
        rect = self.canvas.set_current(step - lo)
        if rect is not None:
            self.ensureVisible(rect.center().x(), rect.center().y(), 4, rect.height())

    def _on_shade(self, *_: object, keep: int = 0) -> None:
        """Shade the chips by the selected unit (or not); ``keep``: the first chips are
        those shown, repainted only when their colours changed."""
        c = self.canvas
        before = c.shade
        source = self.shade_source()
        if source is None:
            c.shade = c.shade_values = None
            c.shade_label = ""
        elif self.session.long:
            name, unit = source
            trace, _ = self.session.step_trace(c.offset)
            values = trace.values(name, self.session.layer, self.session.direction)
            lo, hi, diverging = self.session.levels(name)
            c.shade_values = np.asarray(values[:, unit], dtype=np.float64)
            c.shade = rgb(c.shade_values, lo, hi, diverging)
            c.shade_label = shade_label(self.session, name, unit)
        else:
            name, unit = source
            values = self.session.values(name)
            lo, hi, diverging = self.session.levels(name)
            c.shade_values = np.asarray(values[:, unit], dtype=np.float64)
            c.shade = rgb(c.shade_values, lo, hi, diverging)
            c.shade_label = shade_label(self.session, name, unit)
        same = (before is None and c.shade is None) or (
            before is not None and c.shade is not None and len(before) >= keep
            and np.array_equal(before[:keep], c.shade[:keep])
        )  # fmt: skip
        if not (keep and same):  # else the chips after ``keep`` were repainted when laid out
            c.update()
        self.sigShadeChanged.emit()

    def _on_span(self) -> None:
        self.canvas.set_span(self._local_span())

    def _fit_height(self) -> None:
        """As tall as the chips, up to ``max_rows`` rows (then it scrolls)."""
        row = QFontMetrics(self.canvas.font()).height() + 2 * PAD_Y + GAP
        self.setFixedHeight(min(self.canvas.minimumHeight(), self.max_rows * row + GAP))

    def _on_step(self, step: int, new_from: int | None = None) -> None:
        off = self.canvas.offset
        if self.session.long and not off <= step < off + len(self.canvas.tokens):
            self._show_long(step)
            return
        rect = self.canvas.set_current(step - off, new_from)
        if rect is not None:
            self.ensureVisible(rect.center().x(), rect.center().y(), 4, rect.height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.canvas.relayout(self.viewport().width())
        self._fit_height()


class ShadeBar(QWidget):
    """Above the chips: which unit shades them, its colour scale, and a switch to turn it off.

    Hidden while no unit is selected (click a heatmap row, a *Find units* result or a star).
    """

    def __init__(self, chips: TokenChips, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chips = chips
        self.setObjectName("shadeBar")
        row = QHBoxLayout(self)
        row.setContentsMargins(2, 0, 2, 0)
        row.setSpacing(6)
        self.toggle = QCheckBox()
        self.toggle.setObjectName("shadeToggle")
        self.toggle.setChecked(chips.shading)
        self.toggle.toggled.connect(chips.set_shading)
        self.ramp = _Ramp()
        self.limits = QLabel()
        self.limits.setObjectName("shadeLimits")
        row.addWidget(self.toggle)
        row.addWidget(self.ramp)
        row.addWidget(self.limits)
        row.addStretch(1)
        chips.sigShadeChanged.connect(self.refresh)
        chips.session.sigUnitChanged.connect(self.refresh)
        self.refresh()
        on_language_change(self, self.refresh)

    def refresh(self, *_: object) -> None:
        s = self.chips.session
        if s.run is None or s.unit < 0:
            self.hide()
            return
        name = s.unit_name
        label = shade_label(s, name, s.unit)
        self.toggle.setText(
            QCoreApplication.translate("ShadeBar", "Shade the text by {0} ({1})").format(
                label, long_name(name)
            )
        )
        on = self.chips.shade_source() is not None
        self.ramp.setVisible(on)
        self.limits.setVisible(on)
        if on:
            lo, hi, diverging = s.levels(name)
            self.ramp.set_map(lo, hi, diverging)
            self.limits.setText(f"{lo:.3g} … {hi:.3g}")
        self.show()


class _Ramp(QWidget):
    """A small bar of the colour map from ``lo`` to ``hi``."""

    def __init__(self) -> None:
        super().__init__()
        self.setFixedSize(90, 12)
        self._stops: list[tuple[float, QColor]] = []

    def set_map(self, lo: float, hi: float, diverging: bool) -> None:
        xs = np.linspace(lo, hi, 9)
        cols = rgb(xs, lo, hi, diverging)
        self._stops = [(k / 8, QColor(int(c[0]), int(c[1]), int(c[2]))) for k, c in enumerate(cols)]
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        grad = QLinearGradient(0, 0, self.width(), 0)
        for pos, colour in self._stops:
            grad.setColorAt(pos, colour)
        p.fillRect(self.rect(), grad)
        p.setPen(QColor("#adb5bd"))
        p.drawRect(self.rect().adjusted(0, 0, -1, -1))
        p.end()
