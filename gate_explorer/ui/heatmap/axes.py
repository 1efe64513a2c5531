"""Axes for the heatmaps: tokens along time, unit numbers down the side, thinned when crowded."""

from __future__ import annotations

import math
from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsItem

from gate_explorer.ui.heatmap.gates import shown_token


def nice_stride(needed: float) -> int:
    """Smallest of 1, 2, 3, 4, 5, 10, 20, 30, ... that is >= ``needed``."""
    if needed <= 1:
        return 1
    power = 10 ** math.floor(math.log10(needed))
    for m in (1, 2, 3, 4, 5, 10):
        if m * power >= needed:
            return int(m * power)
    return int(10 * power)


class _Measured:
    """The painter as ``AxisItem.generateDrawSpecs`` sees it, which asks it only for
    ``setFont`` and one ``boundingRect`` per label: each label's rectangle is measured once
    and kept in ``sizes``, as an axis of tokens or units shows the same strings again and
    again (a char model's few characters), and measuring text is most of its cost."""

    LIMIT = 4096  # rectangles kept per axis

    def __init__(self, painter, sizes: dict) -> None:
        self._p, self._sizes, self._font = painter, sizes, ""
        device = painter.device()
        self._dpi = device.logicalDpiX() if device is not None else 0

    def setFont(self, font) -> None:
        self._p.setFont(font)
        self._font = font.key()

    def boundingRect(self, rect: QRectF, flags, text: str) -> QRectF:
        key = (self._dpi, self._font, rect.width(), rect.height(), flags, text)
        hit = self._sizes.get(key)
        if hit is None:
            if len(self._sizes) >= self.LIMIT:
                self._sizes.clear()
            hit = self._sizes[key] = QRectF(self._p.boundingRect(rect, flags, text))
        return QRectF(hit)  # a copy: the caller shrinks it


class _LabelAxis(pg.AxisItem):
    """Ticks at cell centres (k + 0.5) labelled by a list of strings, one per row/column."""

    spacing_px = 12.0  # pixels one label needs along the axis

    def __init__(self, orientation: str, **kwargs) -> None:
        super().__init__(orientation, **kwargs)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # static while stepping
        self._labels: Sequence[str] = []
        self._extra: dict[int, str] = {}
        self._sizes: dict = {}  # label rectangles (``_Measured``)

    def set_labels(self, labels: Sequence[str], extra: dict[int, str] | None = None) -> None:
        """One label per cell; ``extra`` appends a mark to some of them (e.g. ``★``). A
        sequence other than a list or tuple (a long run's token texts) is kept, not copied."""
        self._labels = list(labels) if isinstance(labels, list | tuple) else labels
        self._extra = dict(extra or {})
        self.picture = None
        self.update()

    def label_px(self) -> float:
        return self.spacing_px

    def generateDrawSpecs(self, p):
        """pyqtgraph's ``AxisItem.generateDrawSpecs`` for the one level of ticks these axes
        have, with what it computes per label done once (the flags, the pen, the item's
        rectangle) and each label measured once (``_Measured``): the same specs, a fifth of
        the time (the token axis redraws in every frame while generation writes). Any other
        style goes to pyqtgraph's own."""
        painter = _Measured(p, self._sizes)
        simple = (self._tickLevels is None and self.grid is False and self.style["showValues"]
                  and self.orientation in ("left", "bottom")
                  and self.style["tickAlpha"] is None
                  and not any(self.style["stopAxisAtTick"]))  # fmt: skip
        if not simple:
            return super().generateDrawSpecs(painter)
        if self.style["tickFont"] is not None:
            painter.setFont(self.style["tickFont"])
        bounds = self.mapRectFromParent(self.geometry())
        tick_bounds = bounds  # no grid: the ticks start at the axis line
        if self.orientation == "left":
            span = (bounds.topRight() + pg.Point(-1.0, -1.0),
                    bounds.bottomRight() + pg.Point(-1.0, 1.0))  # fmt: skip
            tick_start, tick_stop, tick_dir, axis = tick_bounds.right(), bounds.right(), -1, 0
        else:
            span = (bounds.topLeft() + pg.Point(-1.0, 1.0),
                    bounds.topRight() + pg.Point(1.0, 1.0))  # fmt: skip
            tick_start, tick_stop, tick_dir, axis = tick_bounds.top(), bounds.top(), 1, 1
        points = list(map(self.mapToDevice, span))
        if None in points:
            return None
        length = pg.Point(points[1] - points[0]).length()
        if length == 0:
            return None
        levels = self.tickValues(self.range[0], self.range[1], length)
        dif = self.range[1] - self.range[0]
        if dif == 0:
            scale, offset = 1, 0
        elif axis == 0:
            scale = -bounds.height() / dif
            offset = self.range[0] * scale - bounds.height()
        else:
            scale = bounds.width() / dif
            offset = self.range[0] * scale
        x_range = [x * scale - offset for x in self.range]
        x_min, x_max = min(x_range), max(x_range)
        tick_len = self.style["tickLength"]
        pen = self.tickPen()
        if pen.brush().style() == Qt.BrushStyle.SolidPattern:
            pen = QPen(pen)
            colour = QColor(pen.color())
            colour.setAlpha(255)
            pen.setColor(colour)
        positions: list[float | None] = []
        tick_specs = []
        for v in levels[0][1] if levels else ():
            x = v * scale - offset
            if x < x_min or x > x_max:
                positions.append(None)
                continue
            positions.append(x)
            p1, p2 = [x, x], [x, x]
            p1[axis], p2[axis] = tick_start, tick_stop + tick_len * tick_dir
            tick_specs.append((pen, QPointF(*p1), QPointF(*p2)))
        axis_spec = (self.pen(), span[0], span[1])
        text_specs: list[tuple[QRectF, Qt.AlignmentFlag, str]] = []
        size2 = 0.0
        if levels and levels[0][1]:
            spacing, values = levels[0]
            strings = self.tickStrings(values, self.autoSIPrefixScale * self.scale, spacing)
            rects = []
            for text, x in zip(strings, positions, strict=False):
                if x is None:
                    continue
                br = painter.boundingRect(QRectF(0, 0, 100, 100), Qt.AlignmentFlag.AlignCenter,
                                          text)  # fmt: skip
                br.setHeight(br.height() * 0.8)
                rects.append((br, x, text))
            if rects:
                size2 = max(r.width() if axis == 0 else r.height() for r, _, _ in rects)
            gap = max(0, tick_len) + self.style["tickTextOffset"][axis]
            if axis == 0:
                flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            else:
                flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
            flags = flags | Qt.TextFlag.TextDontClip
            box = self.boundingRect()
            for br, x, text in rects:
                h, w = br.height(), br.width()
                if axis == 0:
                    rect = QRectF(tick_stop - gap - w, x - h / 2, w, h)
                else:
                    rect = QRectF(x - w / 2.0, tick_stop + gap, w, h)
                if box & rect != rect:
                    continue
                text_specs.append((rect, flags, text))
        self._updateMaxTextSize(size2)
        return axis_spec, tick_specs, text_specs

    def tickValues(self, minVal: float, maxVal: float, size: float):
        n = len(self._labels)
        if n == 0 or size <= 0:
            return []
        lo, hi = max(math.floor(min(minVal, maxVal)), 0), min(math.ceil(max(minVal, maxVal)), n)
        if hi <= lo:
            return []
        px_per_cell = size / max(abs(maxVal - minVal), 1e-9)
        needed = self.label_px() / px_per_cell  # cells one label takes
        stride = nice_stride(needed)
        first = (lo + stride - 1) // stride * stride
        marked = [k for k in self._extra if lo <= k < hi]
        ticks = [k for k in range(first, hi, stride) if all(abs(k - m) >= needed or k == m
                                                            for m in marked)]  # fmt: skip
        ticks = sorted(set(ticks) | set(marked))
        return [(float(stride), [k + 0.5 for k in ticks])]

    def tickStrings(self, values, scale, spacing):
        out = []
        for v in values:
            k = math.floor(v)
            text = self._labels[k] if 0 <= k < len(self._labels) else ""
            out.append(text + self._extra.get(k, ""))
        return out


class TokenAxis(_LabelAxis):
    """Bottom axis: the token at each time step."""

    def __init__(self, **kwargs) -> None:
        super().__init__("bottom", **kwargs)
        self.setStyle(hideOverlappingLabels=False)  # the first and last token stay labelled
        self._chars = 1
        self._fitted = 0  # tokens the label width was fitted to

    def set_tokens(self, tokens: Sequence[str], appended: bool = False) -> None:
        """The token of every step; labels are made for the ticks shown only, and the
        label width is fitted to at most ``SAMPLE`` tokens (a long text costs no more).
        ``appended``: the tokens are those shown with more at the end (generation): the
        width is fitted again only once they are a tenth more."""
        if not (appended and len(tokens) * 10 < self._fitted * 11):
            step = max(len(tokens) // self.SAMPLE, 1)
            lengths = sorted(len(shown_token(t)) for t in tokens[::step])
            self._chars = lengths[int(0.8 * (len(lengths) - 1))] + 1 if lengths else 1
            self._fitted = len(tokens)
        self.set_labels(tokens)

    SAMPLE = 500

    def tickStrings(self, values, scale, spacing):
        return [shown_token(t) for t in super().tickStrings(values, scale, spacing)]

    def label_px(self) -> float:
        return 8.0 + 7.5 * min(self._chars, 10)


class UnitAxis(_LabelAxis):
    """Left axis: the unit number of each displayed row (rows may be sorted or filtered)."""

    spacing_px = 15.0

    def __init__(self, **kwargs) -> None:
        super().__init__("left", **kwargs)
