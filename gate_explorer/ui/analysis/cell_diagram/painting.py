"""``CellCanvas``: paints the cell's parts (boxes, strips, wires, legend) and picks units."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from gate_explorer.analysis import equations
from gate_explorer.ui.analysis.cell_diagram.layout import Grid, Part, grid_for
from gate_explorer.ui.analysis.cell_diagram.strips import strip_image
from gate_explorer.ui.heatmap.gates import NAN_BRUSH, SELECTED, colour_map
from gate_explorer.ui.window.language import QT_TRANSLATE_NOOP

EMPTY_HINT = QT_TRANSLATE_NOOP("CellDiagram", "Type some text above to see the cell at each step")
INK = QColor("#3d4147")
BELT = QColor("#2b2f36")
BOX_EDGE = QColor("#c3c8cf")
BOX_FILL = QColor("#fafbfc")
MUTED = QColor("#6a7079")
VALUE_ROOM = "-00.000"  # the title keeps this much room for the selected unit's value


class CellCanvas(QWidget):
    """Paints the diagram of one cell kind from ``Part`` records; reports clicked units."""

    sigUnitClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Every paint covers the whole widget (the static picture or the hint on white),
        # so Qt need not clear the background first.
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMouseTracking(True)
        self.kind = ""
        self.parts: dict[str, Part] = {}
        self.header = ""
        self.note = ""
        self.hint = QCoreApplication.translate("CellDiagram", EMPTY_HINT)
        self.selected = -1
        self.grids: dict[str, Grid] = {}
        self._boxes: dict[str, QRectF] = {}
        self._title_h = self._gap = 0.0
        self._legend = QRectF()
        self._layout_key: tuple | None = None  # what the boxes were placed for
        self._strips: dict[str, QImage] = {}  # each part's strip image, made once per step
        self._fonts: dict[tuple, tuple[QFont, float, bool]] = {}  # _title_fonts, per layout
        self.font_title = QFont(self.font())
        self.font_title.setPointSizeF(9.5)
        self.font_title.setBold(True)
        self.font_small = QFont(self.font())
        self.font_small.setPointSizeF(8.5)
        self.font_tiny = QFont(self.font_small)
        self.font_tiny.setPointSizeF(7.5)
        self.font_bold = QFont(self.font_small)
        self.font_bold.setBold(True)
        self._static: tuple[tuple, QPixmap] | None = None  # (key, picture) of the static layer
        self._legend_cache: tuple[tuple, QPixmap] | None = None  # (key, picture) of the legend

    def sizeHint(self) -> QSize:
        return QSize(820, 260)

    def minimumSizeHint(self) -> QSize:
        return QSize(420, 150)

    # ------------------------------------------------------------------ data
    def set_parts(self, kind: str, parts: dict[str, Part], header: str, note: str) -> None:
        """Show ``parts`` of a ``kind`` cell; an empty dict shows the hint."""
        self.kind, self.parts, self.header, self.note = kind, parts, header, note
        self._relayout()
        self._strips = {}
        self.update()

    def set_hint(self, hint: str) -> None:
        self.kind, self.parts, self.header, self.note, self.hint = "", {}, "", "", hint
        self._relayout()
        self._strips = {}
        self.update()

    def set_selected(self, unit: int) -> None:
        self.selected = unit
        self.update()

    def part_at(self, pos: QPointF) -> tuple[str, int] | None:
        """(part key, display index) of the cell under ``pos``."""
        for key, grid in self.grids.items():
            k = grid.index_at(pos)
            if 0 <= k < len(self.parts[key].order):
                return key, k
        return None

    def unit_centre(self, key: str, unit: int) -> QPointF:
        """Widget position of ``unit``'s cell in part ``key`` (for tests and tooltips)."""
        where = np.flatnonzero(self.parts[key].order == unit)
        if not where.size:
            raise KeyError(f"unit {unit} is not shown in {key}")
        return self.grids[key].cell(int(where[0])).center()

    # ------------------------------------------------------------------ mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:
        hit = self.part_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and hit is not None:
            part = self.parts[hit[0]]
            if part.units:
                self.sigUnitClicked.emit(int(part.order[hit[1]]))
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hit = self.part_at(event.position())
        if hit is None:
            QToolTip.hideText()
            return
        part = self.parts[hit[0]]
        idx = int(part.order[hit[1]])
        what = "unit" if part.units else "feature"
        value = equations.fmt(part.values[idx])
        tip = f"{part.title}[{idx}] = {value}   ({part.subtitle}, {what} {idx})"
        QToolTip.showText(event.globalPosition().toPoint(), tip, self)

    # ------------------------------------------------------------------ layout
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()
        self._strips = {}

    def _relayout(self) -> None:
        """Place the boxes and strips for the current size and parts (hit tests use them);
        a step that changes only the values keeps the placement it had."""
        key = (
            self.size().toTuple(),
            self.kind,
            tuple((k, q.title, q.subtitle, len(q.order), q.units) for k, q in self.parts.items()),
            self.font_title.toString(),
        )
        if key == self._layout_key:
            return
        self._layout_key, self._fonts = key, {}
        if self.parts:
            self._boxes, self._title_h, self._gap = self._layout()
        else:
            self._boxes, self.grids = {}, {}

    def _layout(self) -> tuple[dict[str, QRectF], float, float]:
        """Boxes of the parts for the current size, the title height and the tier gap;
        sets ``self.grids``.

        Columns: the state boxes at the sides are wider (room for their titles), but every
        strip of the same length gets the same grid, sized to the narrowest box, so a unit
        sits at the same place in each strip. Boxes shrink around small strips.
        """
        fm = QFontMetricsF(self.font_title)
        title_h = fm.height() + 4
        top = fm.height() + 10  # header line
        area = QRectF(self.rect()).adjusted(6, top, -6, -4)
        tiers = 2 if self.kind.startswith("rnn") else 3
        weights = {"lstm": [1.45, 1, 1, 1, 1, 1.45], "gru": [1.45, 1, 1, 1, 1.45]}.get(
            self.kind, [1, 1, 1]
        )
        unit = area.width() / sum(weights)
        lefts = np.concatenate([[0.0], np.cumsum(weights)]) * unit + area.left()
        gap = min(max(area.height() * 0.1, 16.0), 30.0)
        box_h = (area.height() - gap * (tiers - 1)) / tiers
        pad = min(8.0, unit * 0.08)

        def box(col: float, tier: int) -> QRectF:
            a, b = math.floor(col), math.ceil(col)
            centre = (lefts[a] + lefts[a + 1] + lefts[b] + lefts[b + 1]) / 4
            width = min(weights[a], weights[b]) * unit - 2 * pad
            top = area.top() + tier * (box_h + gap)
            return QRectF(centre - width / 2, top, width, box_h)

        places = {
            "lstm": {
                "c_prev": (0, 0),
                "c": (5, 0),
                "f": (1, 1),
                "i": (2, 1),
                "g": (3, 1),
                "o": (4, 1),
                "h_prev": (0, 2),
                "x": (2.5, 2),
                "h": (5, 2),
            },
            "gru": {
                "h_prev": (0, 0),
                "h": (4, 0),
                "z": (1, 1),
                "r": (2, 1),
                "n": (3, 1),
                "x": (2, 2),
            },
        }.get(self.kind, {"h_prev": (0, 0), "h": (2, 0), "x": (1, 1)})
        legend = {"lstm": (4, 2), "gru": (4, 2)}.get(self.kind, (2, 1))
        self._legend = box(*legend)
        narrow = min(weights) * unit - 2 * pad - 12
        boxes, self.grids = {}, {}
        shared: dict[int, Grid] = {}  # grid by strip length
        for key, where in places.items():
            if key not in self.parts:
                continue
            slot = box(*where)
            strip = slot.adjusted(6, title_h + 1, -6, -5)
            n = len(self.parts[key].order)
            if n == 0 or strip.height() < 2:
                boxes[key] = slot
                continue
            if not self.parts[key].units:
                g = grid_for(n, strip)
            else:
                if n not in shared:
                    shared[n] = grid_for(
                        n, QRectF(0, 0, min(narrow, strip.width()), strip.height())
                    )
                g = shared[n]
            left = strip.left() + (strip.width() - g.rect.width()) / 2
            spare = strip.height() - g.rect.height()  # small layers: a shorter box
            boxes[key] = slot.adjusted(0, spare / 2, 0, -spare / 2)
            rect = QRectF(left, strip.top() + spare / 2, g.rect.width(), g.rect.height())
            self.grids[key] = Grid(rect, g.rows, g.cols, g.cw, g.ch)
        return boxes, title_h, gap

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event: QPaintEvent) -> None:
        """The boxes, titles, wires and legend come from a cached picture (they change with
        the size, the cell and the selection, not with the step); the header, strips and
        values are painted on top, so a step repaints only what a step changes."""
        p = QPainter(self)
        if not self.parts:
            p.fillRect(self.rect(), QColor("white"))
            p.setPen(MUTED)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.hint)
            p.end()
            return
        p.drawPixmap(0, 0, self._static_picture())
        legend = self._legend_picture()
        if legend is not None:
            p.drawPixmap(self._legend.toAlignedRect().topLeft(), legend)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_header(p)
        for key, rect in self._boxes.items():
            self._paint_values(p, self.parts[key], rect, self._title_h)
        p.end()

    def _static_key(self) -> tuple:
        parts = tuple(
            (k, q.title, q.subtitle, q.units, len(q.values)) for k, q in self.parts.items()
        )
        return (self.size().toTuple(), self.devicePixelRatioF(), self.kind, parts,
                self.selected >= 0)  # fmt: skip

    def _static_picture(self) -> QPixmap:
        key = self._static_key()
        if self._static is None or self._static[0] != key:
            pixmap, p = self._white_picture(self.size())
            wires = {"lstm": self._wires_lstm, "gru": self._wires_gru}.get(
                self.kind, self._wires_rnn
            )
            wires(p, self._boxes, self._gap)
            for k, rect in self._boxes.items():
                self._paint_box(p, self.parts[k], rect, self._title_h)
            p.end()
            self._static = (key, pixmap)
        return self._static[1]

    def _legend_picture(self) -> QPixmap | None:
        """The colour bars, apart from the static picture: a colour limit refitted while a
        generation writes repaints the legend, not every box and wire."""
        rect = self._legend.toAlignedRect()
        if rect.isEmpty():
            return None
        key = (rect.size().toTuple(), self.devicePixelRatioF(),
               tuple((q.key, q.levels) for q in self.parts.values()))  # fmt: skip
        if self._legend_cache is None or self._legend_cache[0] != key:
            pixmap, p = self._white_picture(rect.size())
            # drawn where it was on the canvas, less the whole pixels of the blit
            self._paint_legend(p, QRectF(self._legend).translated(-QPointF(rect.topLeft())))
            p.end()
            self._legend_cache = (key, pixmap)
        return self._legend_cache[1]

    def _white_picture(self, size: QSize) -> tuple[QPixmap, QPainter]:
        """A white pixmap of ``size`` at the screen's pixel ratio, and an antialiased painter
        on it (the caller ends it)."""
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(size * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(QColor("white"))
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        return pixmap, p

    def _paint_legend(self, p: QPainter, rect: QRectF) -> None:
        """One colour bar per colour scale in use, labelled with the parts that use it."""
        scales: dict[tuple[float, float, bool], list[str]] = {}
        for part in self.parts.values():
            names = scales.setdefault(part.levels, [])
            base = part.key.split("_")[0]
            if base not in names:
                names.append(base)
        font = QFont(self.font_small)
        font.setPointSizeF(7.5)
        fm = QFontMetricsF(font)
        row_h = min(fm.height() + 2, rect.height() / max(len(scales), 1))
        label_w = max(fm.horizontalAdvance(" ".join(n)) for n in scales.values()) + 6
        bar_w = max(min(60.0, rect.width() - label_w - 46), 12.0)
        top = rect.center().y() - row_h * len(scales) / 2
        p.setFont(font)
        for k, ((lo, hi, diverging), names) in enumerate(scales.items()):
            y = top + k * row_h
            p.setPen(MUTED)
            label = QRectF(rect.left(), y, label_w - 6, row_h)
            align = Qt.AlignmentFlag.AlignVCenter
            p.drawText(label, align | Qt.AlignmentFlag.AlignRight, " ".join(names))
            bar = QRectF(rect.left() + label_w, y + 2, bar_w, row_h - 4)
            grad = QLinearGradient(bar.topLeft(), bar.topRight())
            cmap = colour_map(diverging)
            for pos in np.linspace(0.0, 1.0, 9):
                grad.setColorAt(float(pos), cmap.map(float(pos), mode="qcolor"))
            p.setPen(QPen(QColor("#b0b5bc"), 0.8))
            p.setBrush(QBrush(grad))
            p.drawRect(bar)
            span = (
                f"±{fmt_range(hi)}"
                if diverging and lo == -hi
                else f"{fmt_range(lo)} … {fmt_range(hi)}"
            )
            p.setPen(MUTED)
            p.drawText(
                QRectF(bar.right() + 4, y, rect.right() - bar.right() - 4, row_h),
                align | Qt.AlignmentFlag.AlignLeft,
                span,
            )

    def _paint_header(self, p: QPainter) -> None:
        fm = QFontMetricsF(self.font_title)
        line = QRectF(8, 3, self.width() - 16, fm.height() + 2)
        p.setFont(self.font_title)
        p.setPen(INK)
        p.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.header)
        used = QFontMetricsF(self.font_title).horizontalAdvance(self.header) + 24
        p.setFont(self.font_small)
        p.setPen(MUTED)
        right = line.adjusted(used, 0, 0, 0)
        note = QFontMetricsF(self.font_small).elidedText(
            self.note, Qt.TextElideMode.ElideLeft, right.width()
        )
        p.drawText(right, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, note)

    def _title_fonts(self, part: Part, head: QRectF) -> tuple[QFont, float, bool]:
        """Subtitle font, room for the subtitle, and whether the selected unit's value fits
        beside the title (room kept for the widest value, so it is the same every step)."""
        key = (part.key, head.getRect(), part.units and self.selected >= 0)
        if key not in self._fonts:
            self._fonts[key] = self._measure_title(part, head)
        return self._fonts[key]

    def _measure_title(self, part: Part, head: QRectF) -> tuple[QFont, float, bool]:
        fm_t = QFontMetricsF(self.font_title)
        x = head.left() + fm_t.horizontalAdvance(part.title) + 5
        value_w = QFontMetricsF(self.font_bold).horizontalAdvance(VALUE_ROOM)
        show_value = part.units and self.selected >= 0
        font = self.font_small
        if show_value:
            for font in (self.font_small, self.font_tiny):
                need = QFontMetricsF(font).horizontalAdvance(part.subtitle)
                if x + need + value_w + 8 <= head.right():
                    break
            else:
                show_value, font = False, self.font_small
        room = head.right() - x - (value_w + 6 if show_value else 0)
        if QFontMetricsF(font).horizontalAdvance(part.subtitle) > room:  # narrow: smaller
            font = self.font_tiny
        return font, room, show_value

    def _head(self, rect: QRectF, title_h: float) -> QRectF:
        inner = rect.adjusted(5, 1, -5, 0)
        return QRectF(inner.left(), inner.top(), inner.width(), title_h)

    def _paint_box(self, p: QPainter, part: Part, rect: QRectF, title_h: float) -> None:
        """The box and its title: short name bold, long name muted (the static layer)."""
        p.setPen(QPen(BOX_EDGE, 1))
        p.setBrush(BOX_FILL)
        p.drawRoundedRect(rect, 4, 4)
        head = self._head(rect, title_h)
        p.setFont(self.font_title)
        p.setPen(INK)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        p.drawText(head, align, part.title)
        x = head.left() + QFontMetricsF(self.font_title).horizontalAdvance(part.title) + 5
        font, room, _ = self._title_fonts(part, head)
        p.setFont(font)
        p.setPen(MUTED)
        sub = QFontMetricsF(font).elidedText(
            part.subtitle, Qt.TextElideMode.ElideRight, max(room, 0)
        )
        p.drawText(QRectF(x, head.top(), max(room, 0), head.height()), align, sub)

    def _paint_values(self, p: QPainter, part: Part, rect: QRectF, title_h: float) -> None:
        """What a step changes: the selected unit's value, the strip and its marks."""
        head = self._head(rect, title_h)
        if (
            part.units
            and 0 <= self.selected < len(part.values)
            and self._title_fonts(part, head)[2]
        ):
            p.setFont(self.font_bold)
            p.setPen(QColor(SELECTED))
            right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            p.drawText(head, right, equations.fmt(part.values[self.selected]))
        grid = self.grids.get(part.key)
        if grid is None:
            return
        shown = part.values[part.order]
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # the fast image path
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        if part.key not in self._strips:
            self._strips[part.key] = strip_image(shown, grid, part.levels)
        p.drawImage(grid.rect, self._strips[part.key])
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        nan = np.flatnonzero(np.isnan(shown))
        if nan.size:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QBrush(QColor(NAN_BRUSH), Qt.BrushStyle.BDiagPattern))
            for k in nan:
                p.drawRect(grid.cell(int(k)))
        if grid.cw >= 7 and grid.ch >= 7:  # white seams between big cells
            p.setPen(QPen(QColor("white"), 1))
            for c in range(1, grid.cols):
                xx = grid.rect.left() + c * grid.cw
                p.drawLine(QPointF(xx, grid.rect.top()), QPointF(xx, grid.rect.bottom()))
            for r in range(1, grid.rows):
                yy = grid.rect.top() + r * grid.ch
                p.drawLine(QPointF(grid.rect.left(), yy), QPointF(grid.rect.right(), yy))
        p.setPen(QPen(QColor("#b0b5bc"), 0.8))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(grid.rect)
        if part.units and self.selected >= 0:
            where = np.flatnonzero(part.order == self.selected)
            if where.size:
                cell = grid.cell(int(where[0]))
                grow_x, grow_y = max(0.0, (6 - cell.width()) / 2), max(0.0, (6 - cell.height()) / 2)
                p.setPen(QPen(QColor(SELECTED), 2))
                p.drawRect(cell.adjusted(-grow_x - 1, -grow_y - 1, grow_x + 1, grow_y + 1))

    # ------------------------------------------------------------------ wires
    def _strip_y(self, key: str) -> float:
        """The height of the middle of part ``key``'s strip (where wires meet it)."""
        grid = self.grids.get(key)
        return grid.rect.center().y() if grid is not None else self._boxes[key].center().y()

    def _wires_lstm(self, p: QPainter, b: dict[str, QRectF], gap: float) -> None:
        belt_y = self._strip_y("c_prev")
        f, i, g, o, c, h = b["f"], b["i"], b["g"], b["o"], b["c"], b["h"]
        mul_f = QPointF(f.center().x(), belt_y)
        add = QPointF((i.center().x() + g.center().x()) / 2, belt_y)
        mul_ig = QPointF(add.x(), i.top() - gap / 2)
        # the conveyor belt
        _wire(p, [QPointF(b["c_prev"].right(), belt_y), QPointF(c.left(), belt_y)], BELT, 3.0)
        prev = self.parts["c_prev"].title
        _label(p, QPointF((mul_f.x() + add.x()) / 2, belt_y - 4), f"f·{prev}", self.font_small)
        _arrow_head(p, QPointF(c.left(), belt_y), 0.0, BELT)
        # gates into the belt
        _wire(p, [QPointF(f.center().x(), f.top()), mul_f], arrow=True)
        _wire(p, [QPointF(i.center().x(), i.top()), QPointF(i.center().x(), mul_ig.y()), mul_ig])
        _wire(p, [QPointF(g.center().x(), g.top()), QPointF(g.center().x(), mul_ig.y()), mul_ig])
        _wire(p, [mul_ig, add], arrow=True)
        _label(p, QPointF(add.x() + 10, mul_ig.y() - 6), "i·g", self.font_small, left=True)
        # tanh(c) * o -> h
        tanh_pt = QPointF(c.center().x(), c.bottom() + gap / 2)
        mul_o = QPointF(c.center().x(), self._strip_y("o"))
        _wire(p, [QPointF(c.center().x(), c.bottom()), mul_o])
        _wire(p, [QPointF(o.right(), mul_o.y()), mul_o], arrow=True)
        _wire(p, [mul_o, QPointF(h.center().x(), h.top())], arrow=True)
        if len(self.parts["h"].values) != len(self.parts["c"].values):  # proj_size
            text = QCoreApplication.translate("CellDiagram", "projected: W_hr·")
            width = QFontMetricsF(self.font_small).horizontalAdvance(text)
            at = QPointF(h.center().x() - 5 - width, h.top() - 4)
            _label(p, at, text, self.font_small, left=True)
        # the inputs: x(t) and h(t-1) to every gate
        bus_y = o.bottom() + gap / 2
        _wire(
            p,
            [
                QPointF(b["h_prev"].center().x(), b["h_prev"].top()),
                QPointF(b["h_prev"].center().x(), bus_y),
                QPointF(o.center().x(), bus_y),
            ],
        )
        _wire(p, [QPointF(b["x"].center().x(), b["x"].top()), QPointF(b["x"].center().x(), bus_y)])
        for gate in (f, i, g, o):
            _wire(
                p,
                [QPointF(gate.center().x(), bus_y), QPointF(gate.center().x(), gate.bottom())],
                arrow=True,
            )
        _op(p, mul_f, "×")
        _op(p, add, "+")
        _op(p, mul_ig, "×")
        _op(p, tanh_pt, "tanh", self.font_small)
        _op(p, mul_o, "×")

    def _wires_gru(self, p: QPainter, b: dict[str, QRectF], gap: float) -> None:
        belt_y = self._strip_y("h_prev")
        z, r, n, h, hp = b["z"], b["r"], b["n"], b["h"], b["h_prev"]
        mul_z = QPointF(z.center().x(), belt_y)
        add = QPointF(n.center().x(), belt_y)
        mul_n = QPointF(n.center().x(), n.top() - gap / 2)
        one_minus = QPointF(r.center().x(), mul_n.y())
        _wire(p, [QPointF(hp.right(), belt_y), QPointF(h.left(), belt_y)], BELT, 3.0)
        _arrow_head(p, QPointF(h.left(), belt_y), 0.0, BELT)
        prev = self.parts["h_prev"].title
        _label(p, QPointF((mul_z.x() + add.x()) / 2, belt_y - 4), f"z·{prev}", self.font_small)
        _wire(p, [QPointF(z.center().x(), z.top()), mul_z], arrow=True)
        _wire(p, [QPointF(z.center().x(), mul_n.y()), one_minus])
        _wire(p, [one_minus, mul_n], arrow=True)
        _wire(p, [QPointF(n.center().x(), n.top()), mul_n])
        _wire(p, [mul_n, add], arrow=True)
        _label(p, QPointF(add.x() + 10, mul_n.y() - 6), "(1-z)·n", self.font_small, left=True)
        # r resets the recurrent part of the candidate
        ry = self._strip_y("r")
        _wire(p, [QPointF(r.right(), ry), QPointF(n.left(), ry)], arrow=True)
        # the inputs: x(t) and h(t-1) to every gate
        bus_y = n.bottom() + gap / 2
        _wire(
            p,
            [
                QPointF(hp.center().x(), hp.bottom()),
                QPointF(hp.center().x(), bus_y),
                QPointF(n.center().x(), bus_y),
            ],
        )
        _wire(p, [QPointF(b["x"].center().x(), b["x"].top()), QPointF(b["x"].center().x(), bus_y)])
        for gate in (z, r, n):
            _wire(
                p,
                [QPointF(gate.center().x(), bus_y), QPointF(gate.center().x(), gate.bottom())],
                arrow=True,
            )
        _op(p, mul_z, "×")
        _op(p, add, "+")
        _op(p, one_minus, "1-", self.font_small)
        _op(p, mul_n, "×")

    def _wires_rnn(self, p: QPainter, b: dict[str, QRectF], gap: float) -> None:
        y = self._strip_y("h_prev")
        node = QPointF(b["x"].center().x(), y)
        _wire(p, [QPointF(b["h_prev"].right(), y), node])
        _wire(p, [node, QPointF(b["h"].left(), y)], BELT, 2.0, arrow=True)
        _wire(p, [QPointF(node.x(), b["x"].top()), node], arrow=True)
        prev = self.parts["h_prev"].title
        _label(
            p, QPointF((b["h_prev"].right() + node.x()) / 2, y - 5), f"W_hh·{prev}", self.font_small
        )
        _label(
            p,
            QPointF(node.x() + 6, (b["x"].top() + y) / 2),
            "W_ih·x(t) + b",
            self.font_small,
            left=True,
        )
        _op(p, node, "relu" if self.kind == "rnn_relu" else "tanh", self.font_small)


def fmt_range(v: float) -> str:
    """A colour limit, short: ``1``, ``0.5``, ``44``, ``2.1``."""
    return f"{v:.2g}" if abs(v) < 10 else f"{v:.0f}"


def _wire(
    p: QPainter, pts: list[QPointF], colour: QColor = INK, width: float = 1.3, arrow: bool = False
) -> None:
    """A polyline; ``arrow`` puts a head at the last point."""
    path = QPainterPath(pts[0])
    for pt in pts[1:]:
        path.lineTo(pt)
    p.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(path)
    if arrow and len(pts) > 1:
        a, b = pts[-2], pts[-1]
        _arrow_head(p, b, math.atan2(b.y() - a.y(), b.x() - a.x()), colour)


def _arrow_head(p: QPainter, tip: QPointF, angle: float, colour: QColor = INK) -> None:
    size = 6.0
    left = tip - QPointF(math.cos(angle - 0.45), math.sin(angle - 0.45)) * size
    right = tip - QPointF(math.cos(angle + 0.45), math.sin(angle + 0.45)) * size
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    p.drawPolygon(QPolygonF([tip, left, right]))


def _op(p: QPainter, centre: QPointF, symbol: str, font: QFont | None = None) -> None:
    """An operation node: a circle with × or +, or a pill with a word (tanh, 1-)."""
    p.setPen(QPen(INK, 1.3))
    p.setBrush(QColor("#fff4e6"))
    if font is None:
        p.drawEllipse(centre, 8.5, 8.5)
        f = QFont(p.font())
        f.setPointSizeF(11)
        f.setBold(True)
        p.setFont(f)
        box = QRectF(centre.x() - 9, centre.y() - 9.5, 18, 18)
    else:
        p.setFont(font)
        w = QFontMetricsF(font).horizontalAdvance(symbol) + 10
        box = QRectF(centre.x() - w / 2, centre.y() - 8, w, 16)
        p.drawRoundedRect(box, 8, 8)
    p.setPen(INK)
    p.drawText(box, Qt.AlignmentFlag.AlignCenter, symbol)


def _label(p: QPainter, at: QPointF, text: str, font: QFont, left: bool = False) -> None:
    """Small muted text centred above ``at`` (or starting at it with ``left``)."""
    p.setFont(font)
    p.setPen(MUTED)
    w = QFontMetricsF(font).horizontalAdvance(text)
    x = at.x() if left else at.x() - w / 2
    p.drawText(QPointF(x, at.y()), text)
