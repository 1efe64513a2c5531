"""The heatmap panel: one image per gate and state, units down, time across, shared time axis.

Everything is drawn in the pyqtgraph scene (images, colour bars, titles, token labels, the
current-step box and the veil over later steps), so a picture exported from a panel that
was never shown matches the window. Images are set once per run or view change; stepping
only moves the box and the veil.
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLayoutItem,
    QGraphicsRectItem,
    QLabel,
    QWidget,
)

from gate_explorer.engine.checkpointed import WINDOW as LONG_WINDOW
from gate_explorer.engine.checkpointed import TokenTexts
from gate_explorer.engine.model import ModelRun
from gate_explorer.export.render import DEFAULT_SIZE
from gate_explorer.session import Session, seq2seq
from gate_explorer.session.core import EXACT_STEPS
from gate_explorer.session.subscription import Subscription
from gate_explorer.ui.heatmap.axes import TokenAxis, UnitAxis
from gate_explorer.ui.heatmap.colour_bar import ColourBar
from gate_explorer.ui.heatmap.gates import (
    CELL_NAMES,
    DIM,
    MARKER,
    NAN_BRUSH,
    SELECTED,
    colour_map,
    long_name,
    shown_token,
)
from gate_explorer.ui.window.language import QT_TRANSLATE_NOOP, on_language_change
from gate_explorer.workspace import units

BOUNDARY = "#1c7ed6"  # the line between an encoder-decoder's encoder and decoder steps

LABEL_WIDTH = 92
WINDOW_STEPS = 4000  # longer runs give the image items the steps around the view only
FOLLOW_WINDOW = 400  # longer runs open zoomed to this many steps around the current one
EXACT_VIEW = 3000  # a long (checkpointed) run shows exact values when this few steps are in view
EMPTY_HINT = QT_TRANSLATE_NOOP("HeatmapPanel", "Type some text above to see the gates")
RUNNING_HINT = QT_TRANSLATE_NOOP("HeatmapPanel", "Running the network…")


def _tr(text: str) -> str:
    return QCoreApplication.translate("HeatmapPanel", text)


@dataclass
class HeatmapData:
    """What the panel draws: for each name an image (rows, T), its unit ids and colour range."""

    tokens: list[str]
    names: tuple[str, ...]
    images: dict[str, np.ndarray] = field(default_factory=dict)
    rows: dict[str, np.ndarray] = field(default_factory=dict)
    levels: dict[str, tuple[float, float, bool]] = field(default_factory=dict)
    highlight: dict[int, str] = field(default_factory=dict)
    title: str = ""
    boundary: int | None = None  # an encoder-decoder's first decoder step: a line before it
    bin: int = 1  # steps per image column: a long run's overview has bins of several steps

    @property
    def steps(self) -> int:
        return len(self.tokens)


def data_from_run(
    run: ModelRun,
    layer: int = 0,
    direction: int = 0,
    names: Sequence[str] | None = None,
    *,
    sort: str = "index",
    top_k: int = 0,
    title: str = "",
) -> HeatmapData:
    """Heatmap data straight from a run (for export and scripts, no session needed)."""
    trace = run.trace
    names = tuple(names or trace.names)
    h = trace.values("h", layer, direction)
    data = HeatmapData([t.text for t in run.tokens], names, title=title,
                       boundary=seq2seq.boundary(run))  # fmt: skip
    for name in names:
        v = trace.values(name, layer, direction)
        basis = h if h.shape[1] == v.shape[1] else v
        order = units.order_units(basis, sort, top_k)
        data.rows[name] = order
        data.images[name] = np.ascontiguousarray(v[:, order].T)
        data.levels[name] = units.levels(name, trace.kind, v)
    return data


def data_from_session(session: Session) -> HeatmapData:
    """Heatmap data for the session's run, layer, direction, sort and filter."""
    model, run = session.model, session.run
    if model is None or run is None:
        return HeatmapData([], session.names)
    if session.long:
        return _long_data(session)
    data = HeatmapData([t.text for t in run.tokens], model.net.names, title=panel_title(session))
    for name in data.names:
        order = session.unit_order(name)
        data.rows[name] = order
        data.images[name] = np.ascontiguousarray(session.values(name)[:, order].T)
        data.levels[name] = session.levels(name)
    data.highlight = session.highlighted_units()
    data.boundary = seq2seq.boundary(run)
    return data


def _long_data(session: Session) -> HeatmapData:
    """A long run's heatmap data: the overview of each name (the mean of every bin of its
    summary, (rows, bins)); exact values come per window (``HeatmapPanel._long_window``)."""
    run = session.run
    data = HeatmapData(TokenTexts(run.tokens), session.names, title=panel_title(session),
                       bin=run.bin)  # fmt: skip
    for name in data.names:
        order = session.unit_order(name)
        data.rows[name] = order
        summary = run.summary(name, session.layer, session.direction)
        data.images[name] = np.ascontiguousarray(summary.mean[:, order].T)
        data.levels[name] = session.levels(name)
    data.highlight = session.highlighted_units()
    return data


def _room(steps: int) -> int:
    """Columns for an image of ``steps`` steps with room to grow by a quarter."""
    return steps + max(steps // 4, 256)


def panel_title(session: Session) -> str:
    """E.g. ``quotes-lstm · LSTM · layer 1/2 · forward · sorted by mean, top 16``."""
    model = session.shown_model
    if model is None:
        return ""
    c = model.net.config
    parts = [model.name, CELL_NAMES.get(c.kind, c.kind)]
    b = seq2seq.boundary(session.run)
    if b is not None:
        parts.append(QCoreApplication.translate(
            "HeatmapPanel", "encoder steps 1–{b}, decoder steps {first}–{last}"
        ).format(b=b, first=b + 1, last=session.steps))  # fmt: skip
    if c.num_layers > 1:
        parts.append(
            QCoreApplication.translate("HeatmapPanel", "layer {k}/{n}").format(
                k=session.layer + 1, n=c.num_layers
            )
        )
    if c.num_directions > 1:
        parts.append(
            QCoreApplication.translate("HeatmapPanel", "backward")
            if session.direction
            else QCoreApplication.translate("HeatmapPanel", "forward")
        )
    order = {
        "index": QCoreApplication.translate("HeatmapPanel", "units by index"),
        "mean": QCoreApplication.translate("HeatmapPanel", "units by mean h"),
        "cluster": QCoreApplication.translate("HeatmapPanel", "units clustered"),
    }
    top = (
        QCoreApplication.translate("HeatmapPanel", ", top {k}").format(k=session.top_k)
        if session.top_k
        else ""
    )
    parts.append(order[session.sort] + top)
    if session.long:
        run = session.run
        parts.append(
            QCoreApplication.translate(
                "HeatmapPanel", "colour limits and order estimated from bins of {0} steps"
            ).format(f"{run.bin:,}")
        )
    elif session.estimated:
        parts.append(
            QCoreApplication.translate(
                "HeatmapPanel", "colour limits and order estimated from {0} of the steps"
            ).format(f"{EXACT_STEPS:,}")
        )
    elif session.growing:
        parts.append(
            QCoreApplication.translate(
                "HeatmapPanel",
                "while writing, colour limits and order are refitted at every tenth of growth",
            )
        )
    return " · ".join(parts)


def _style_axis(axis: pg.AxisItem, font: QFont) -> None:
    axis.enableAutoSIPrefix(False)  # unit numbers and values: no "x1e3" relabelling
    axis.setTickFont(font)
    axis.setTextPen("#333")
    axis.setPen("#999")


def _rescale(data: np.ndarray, scale: float, offset: float, top: int) -> np.ndarray:
    """pyqtgraph's ``rescaleData(data, scale, offset, dtype=uint8, clip=(0, top))``, the
    same operations in the same precision, without its chunked iterator (a few columns of
    a generation frame cost what its set-up costs)."""
    work = np.float32 if np.can_cast(data, np.float32) else np.float64
    y = data.astype(work)
    y -= float(offset)
    y *= float(scale)
    np.clip(y, 0, top, out=y)
    return y.astype(np.uint8)


class GrowingImage(pg.ImageItem):
    """An image item whose image can grow by columns at the cost of the new ones.

    ``extend`` colours only the columns added since the last call (generation adds a few
    per frame) into a buffer of pixels with room to grow, and shows it as an ``ARGB32``
    QImage over that buffer, each pixel the lookup table's colour at the index pyqtgraph's
    own render computes (``rescaleData`` of the levels into the table's 256 entries): the
    pixels are those of a full render, drawn as Qt draws pyqtgraph's ``Indexed8`` image
    (which it converts to ``ARGB32`` at every paint, five times the cost of drawing it;
    ``RGB32`` would be sampled differently when scaled). Anything else (``setImage``, new
    levels or lookup table, a zoom that needs downsampling, NaN) is pyqtgraph's usual
    whole-image render.
    """

    def __init__(self) -> None:
        super().__init__(axisOrder="row-major", autoDownsample=True)
        self._pixels: np.ndarray | None = None  # (rows, capacity) uint32 pixels
        self._cols = 0  # columns of ``_pixels`` filled
        self._yds = 1  # the units averaged into one row of ``_pixels`` (as pyqtgraph does)
        self._rows = 0  # units of the image
        self._table: tuple[np.ndarray, np.ndarray] | None = None  # lut, its (N,) pixels

    def boundingRect(self) -> QRectF:
        """pyqtgraph's, as wide as the pixel buffer's room while ``extend`` shows it: the
        rectangle stays while the image grows into that room, so a frame repaints (and the
        device cache redraws) the new columns only, not the whole item. Only the filled
        columns are drawn."""
        if self._pixels is None or self.image is None:
            return super().boundingRect()
        return QRectF(0.0, 0.0, float(self._pixels.shape[1]), float(self.image.shape[0]))

    def _reset_cache(self) -> None:
        """Drop the device pixmap a new rectangle would reuse: Qt keeps the part of it it
        can when an item grows past the viewport's edge, and leaves a strip of the old
        pixmap unpainted there."""
        mode = self.cacheMode()
        if mode != QGraphicsItem.CacheMode.NoCache:
            self.setCacheMode(QGraphicsItem.CacheMode.NoCache)
            self.setCacheMode(mode)

    def _drop_pixels(self) -> None:
        """Back to pyqtgraph's whole-image render (and its bounding rectangle)."""
        if self._pixels is not None:
            self.prepareGeometryChange()
            self._pixels = None

    def setImage(self, image=None, autoLevels=None, **kwargs):
        self._drop_pixels()
        super().setImage(image, autoLevels, **kwargs)

    def setLevels(self, levels, update=True):
        self._drop_pixels()
        super().setLevels(levels, update)

    def setLookupTable(self, lut, update=True):
        self._drop_pixels()
        super().setLookupTable(lut, update)

    def clear(self) -> None:
        self._drop_pixels()
        super().clear()

    def setExportMode(self, export, opts=None):
        """An export draws pyqtgraph's own image of the data (the same pixels; its
        ``Indexed8`` image embeds in an SVG or PDF at a third of the size of ``ARGB32``)."""
        if export and self._pixels is not None:
            self._drop_pixels()
            self._renderRequired = True
        return super().setExportMode(export, opts)

    def viewTransformChanged(self) -> None:
        """A zoom that averages columns leaves the pixel buffer before the paint renders."""
        if self._pixels is not None and self._computeDownsampleFactors() != (1, self._yds):
            self._drop_pixels()
        super().viewTransformChanged()

    def render(self) -> None:
        if self._pixels is not None and self._computeDownsampleFactors() == (1, self._yds):
            self._show_pixels()
            return
        self._drop_pixels()
        super().render()

    def _computeDownsampleFactors(self) -> tuple[int, int]:
        """pyqtgraph's own, with one device transform instead of three (it runs for every
        image at every view change and every ``extend``: each frame while generating)."""
        dt = self.deviceTransform_()
        if dt is None:
            return 1, 1
        o = dt.map(QPointF(0, 0))
        w = pg.Point(dt.map(QPointF(1, 0)) - o).length()
        h = pg.Point(dt.map(QPointF(0, 1)) - o).length()
        if w == 0 or h == 0:
            return 1, 1
        return max(1, int(1.0 / w)), max(1, int(1.0 / h))

    def extend(self, image: np.ndarray, keep: int) -> bool:
        """Show ``image`` (rows, T), whose first ``keep`` columns are those shown now,
        colouring only the columns after them; False when only a full render will do."""
        lut, levels = self.lut, self.levels
        if not isinstance(lut, np.ndarray) or lut.dtype != np.uint8 or lut.ndim != 2:
            return False
        if levels is None or np.ndim(levels) != 1 or len(lut) > 256 or image.ndim != 2:
            return False
        xds, yds = self._computeDownsampleFactors()
        if xds != 1 or self.image is None:  # columns averaged together: a full render
            return False
        rows, cols = image.shape
        if self._pixels is not None and (self._yds != yds or self._rows != rows):
            self._drop_pixels()
        start = keep if self._pixels is not None and keep <= self._cols else 0
        new = image[:, start:]
        if new.dtype.kind != "f" or not np.isfinite(new).all():
            self._drop_pixels()
            return False
        shown = rows // yds  # rows drawn: pyqtgraph averages groups of ``yds`` units
        grow = self._pixels is None or self._pixels.shape[1] < cols
        room = _room(cols) if grow else self._pixels.shape[1]
        rect = QRectF(0.0, 0.0, float(room), float(rows))
        moved = rect != self.boundingRect()
        whole = start == 0 or moved
        if moved:
            self.prepareGeometryChange()  # before the rectangle changes, as Qt asks
            self._reset_cache()
        if grow:
            bigger = np.zeros((shown, room), dtype=np.uint32)
            if start:
                bigger[:, :start] = self._pixels[:, :start]
            self._pixels = bigger
        if yds > 1:  # as ``ImageItem.render`` does: the mean of each group, per column
            new = pg.functions.downsample(new, yds, axis=0)
        self._yds, self._rows = yds, rows
        self._lastDownsample = (1, yds)
        lo, hi = float(levels[0]), float(levels[1])
        span = hi - lo if hi != lo else 1.0
        if new.size:
            index = _rescale(new, len(lut) / span, lo, len(lut) - 1)
            self._pixels[:, start:cols] = self._colours()[index]
        self._cols = cols
        shape_changed = image.shape != self.image.shape
        self.image = image
        self._imageHasNans = False
        self._imageNanLocations = None
        if shape_changed:
            self.informViewBoundsChanged()
        self._show_pixels()
        if whole:
            self.update()
        else:  # the new columns (and the one before: a scaled pixel may straddle it)
            self.update(QRectF(start - 1.0, 0.0, cols - start + 2.0, float(rows)))
        return True

    def _colours(self) -> np.ndarray:
        """(N,) the lookup table's colours as 32-bit pixels (``qRgb``, ``qRgba`` with alpha)."""
        lut = self.lut
        if self._table is None or self._table[0] is not lut:
            c = lut.astype(np.uint32)
            alpha = c[:, 3] if lut.shape[1] == 4 else np.uint32(255)
            self._table = (lut, alpha << 24 | c[:, 0] << 16 | c[:, 1] << 8 | c[:, 2])
        return self._table[1]

    def _show_pixels(self) -> None:
        from PySide6.QtGui import QImage

        pixels = self._pixels
        form = QImage.Format.Format_ARGB32  # drawn as pyqtgraph's Indexed8 is (not so RGB32)
        qimage = QImage(pixels, self._cols, pixels.shape[0], pixels.strides[0], form)
        qimage.data = pixels  # keeps the buffer alive as pyqtgraph's own QImages do
        self.qimage = qimage
        self._renderRequired = False
        self._unrenderable = False


class _Row:
    """One gate or state: label, unit axis, view with image and step overlays, colour bar.

    Built from bare ViewBoxes and AxisItems (no PlotItem menus), which keeps start-up fast.
    """

    def __init__(self, place: Callable[[QGraphicsLayoutItem, int, int], None], index: int,
                 name: str) -> None:  # fmt: skip
        self.name = name
        font = QFont()
        font.setPointSize(9)
        self.label = pg.LabelItem(
            f"<span style='font-size:15pt; font-weight:600'>{name}</span>"
            f"<br><span style='font-size:9pt'>{long_name(name)}</span>",
            justify="right",
            color="#222",
        )
        place(self.label, index, 0)
        self.vb = pg.ViewBox(enableMenu=False, invertY=True, defaultPadding=0.0)
        self.vb.setBackgroundColor("#ffffff")
        self.unit_axis = UnitAxis()
        self.unit_axis.linkToView(self.vb)
        self.unit_axis.setWidth(42)
        _style_axis(self.unit_axis, font)
        place(self.unit_axis, index, 1)
        place(self.vb, index, 2)
        self.nan_bg = QGraphicsRectItem()
        self.nan_bg.setPen(QPen(Qt.PenStyle.NoPen))
        self.nan_bg.setBrush(QBrush(QColor(NAN_BRUSH), Qt.BrushStyle.BDiagPattern))
        self.nan_bg.setZValue(-5)
        self.image = GrowingImage()
        # A step moves only the overlays: the scaled image is kept as a device pixmap and
        # blitted, not scaled again on every repaint (about 2 ms a step for six rows).
        self.image.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.dim = QGraphicsRectItem()
        self.dim.setPen(QPen(Qt.PenStyle.NoPen))
        self.dim.setBrush(QBrush(QColor(*DIM)))
        self.dim.setZValue(10)
        self.marker = QGraphicsRectItem()
        pen = pg.mkPen(MARKER, width=2.5)
        pen.setCosmetic(True)
        self.marker.setPen(pen)
        self.marker.setZValue(20)
        self.selected = QGraphicsRectItem()  # outline of the selected unit's row
        sel_pen = pg.mkPen(SELECTED, width=2)
        sel_pen.setCosmetic(True)
        self.selected.setPen(sel_pen)
        self.selected.setZValue(15)
        self.selected.hide()
        self.units_shown = np.zeros(0, dtype=int)
        self.boundary = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(BOUNDARY, width=3))
        self.boundary.setZValue(18)  # the encoder-decoder hand-over, between two columns
        self.boundary.hide()
        for item in (self.nan_bg, self.image, self.dim, self.marker, self.selected, self.boundary):
            self.vb.addItem(item, ignoreBounds=True)
        self.bar = ColourBar(font)
        place(self.bar, index, 3)
        self.rows = 0
        self.levels: tuple[float, float, bool] | None = None
        self.full: np.ndarray | None = None  # (rows, T) the whole image
        self.window = (0, 0)  # its columns the image item holds
        self.clip: tuple[int, int] | None = None  # a long run's overview: the steps around the view
        self._at: tuple[int, int] | None = None  # (step, steps) of the veil and box
        self._selected_row = -1
        self._steps = 0

    def _set_levels(self, levels: tuple[float, float, bool]) -> None:
        lo, hi, diverging = levels
        lut = colour_map(diverging).getLookupTable(0.0, 1.0, 256)
        self.image.setLookupTable(lut)
        self.image.setLevels((lo, hi))
        self.bar.set_levels(lo, hi, lut)
        self.levels = levels

    def show(self, image: np.ndarray | None, units_shown: np.ndarray, highlight: dict[int, str],
             levels: tuple[float, float, bool], steps: int,
             boundary: int | None = None) -> None:  # fmt: skip
        """Set the image (rows, T), unit labels and colour range; called per run/view.
        ``boundary``: the first decoder step of an encoder-decoder (a line before it)."""
        self.boundary.setVisible(boundary is not None and 0 < boundary < steps)
        if boundary is not None:
            self.boundary.setValue(boundary)
        rows = len(units_shown)
        self.rows = rows
        self.units_shown = np.asarray(units_shown, dtype=int)
        if levels != self.levels:
            self._set_levels(levels)
        self.full = image
        self.window = (0, 0)
        self.clip = None
        self.nan_bg.show()
        if image is None or image.size == 0:
            self.image.clear()
            self.full = None
        units = self.units_shown.tolist()  # Python ints: 1,000+ rows in well under 1 ms
        marks = {k: " ★" for k, u in enumerate(units) if u in highlight}
        self.unit_axis.set_labels(list(map(str, units)), marks)
        self.nan_bg.setRect(QRectF(0, 0, steps, rows))
        self.vb.setLimits(xMin=0, xMax=max(steps, 1), yMin=0, yMax=max(rows, 1))
        self.vb.setYRange(0, max(rows, 1), padding=0)

    def show_window(self, lo: int, hi: int) -> None:
        """Give the image item columns ``lo..hi`` of the image (all of a short run's): it
        renders what it holds, so a long run costs what its window costs."""
        if self.full is None or (lo, hi) == self.window:
            return
        self.window = (lo, hi)
        self.image.setImage(self.full[:, lo:hi], levels=self.levels[:2], autoLevels=False)
        self.image.setRect(QRectF(lo, 0, hi - lo, self.rows))
        # the overlays span the window only: a patterned or translucent fill as wide as a
        # long run costs its width in every repaint
        self.nan_bg.setRect(QRectF(lo, 0, hi - lo, self.rows))
        self._hatch_only_under_nan(self.full[:, lo:hi])
        if self._at is not None:
            self.set_step(*self._at)
        if self._selected_row >= 0:
            self._outline()

    def _hatch_only_under_nan(self, shown: np.ndarray) -> None:
        """Draw the NaN hatching only when the image holds a NaN: under an opaque image it
        is never seen, but filling a pattern as large as the image costs every repaint
        (generation repaints every frame). Columns added later by ``append`` are finite."""
        opaque = isinstance(self.image.lut, np.ndarray) and self.image.lut.shape[-1] == 3
        self.nan_bg.setVisible(
            not opaque or shown.dtype.kind not in "fc" or bool(np.isnan(shown).any())
        )

    def _span(self, lo: int, hi: int) -> tuple[int, int]:
        """``lo..hi`` clipped to the window the image item holds (unclipped without one)."""
        a, b = self.clip or self.window
        if b > a:
            lo, hi = max(lo, a), min(hi, b)
        return lo, max(hi, lo)

    def grow(self, image: np.ndarray, steps: int, x_max: int = 0) -> None:
        """The same rows and colours with more or fewer steps (``image`` (rows, steps));
        the view may go ``x_max`` steps far (the steps by default)."""
        self.full = image
        self.window = (-1, -1)  # the window's columns changed: set it again
        self._steps = steps
        self.nan_bg.setRect(QRectF(0, 0, steps, self.rows))
        self.vb.setLimits(xMin=0, xMax=max(steps, x_max, 1), yMin=0, yMax=max(self.rows, 1))

    def append(self, image: np.ndarray, steps: int, keep: int, x_max: int = 0) -> bool:
        """The same rows and colours with columns added at the end (generation): the image
        item colours only the new columns (``GrowingImage.extend``). ``image`` (rows,
        steps), its first ``keep`` columns those shown now; ``x_max`` as in ``grow``. False
        (nothing done) unless the image item holds the columns up to the old end."""
        lo, hi = self.window
        old = self.full
        if old is None or hi <= lo or hi != old.shape[1] or steps < hi or keep < lo:
            return False
        if image.shape[0] != old.shape[0] or self.levels is None:
            return False
        if not self.image.extend(image[:, lo:steps], keep - lo):
            return False
        rows = self.rows
        self.image.setRect(QRectF(lo, 0, steps - lo, rows))
        self.full = image
        self.window = (lo, steps)
        self._steps = steps
        self.nan_bg.setRect(QRectF(lo, 0, steps - lo, rows))
        self.vb.setLimits(xMin=0, xMax=max(steps, x_max, 1), yMin=0, yMax=max(rows, 1))
        return True  # the step box and the outline: the panel sets them after every row

    def set_selected(self, unit: int, steps: int) -> None:
        """Outline the row of ``unit`` (hidden when it is not shown or ``unit`` is -1)."""
        where = np.flatnonzero(self.units_shown == unit) if unit >= 0 else ()
        self._steps = steps
        if len(where) == 0 or steps == 0:
            self._selected_row = -1
            self.selected.hide()
            return
        self._selected_row = int(where[0])
        self._outline()
        self.selected.show()

    def _outline(self) -> None:
        lo, hi = self._span(0, self._steps)
        self.selected.setRect(QRectF(lo, self._selected_row, hi - lo, 1))

    def set_step(self, step: int, steps: int) -> None:
        """Move the current-step box and the veil over the later steps."""
        self._at = (step, steps)
        if steps == 0:
            self.dim.setRect(QRectF())
            self.marker.setRect(QRectF())
            return
        lo, hi = self._span(step + 1, steps)
        self.dim.setRect(QRectF(lo, 0, hi - lo, self.rows))
        self.marker.setRect(QRectF(step, 0, 1, self.rows))

    # ------------------------------------------------------------------ long runs
    def show_long(self, image: np.ndarray, lo: int, hi: int, steps: int) -> None:
        """A long run's image item: ``image`` (rows, n) spread over steps ``lo..hi`` (the
        overview: n bins over every step; an exact window: one column per step)."""
        self.full = None  # a long run has no whole image
        self.window = (lo, hi)
        self.clip = None
        self.image.setImage(image, levels=self.levels[:2], autoLevels=False)
        self.image.setRect(QRectF(lo, 0, hi - lo, self.rows))
        # the hatching behind NaN cells only when there are any: a patterned fill as wide
        # as a long run costs its width in every repaint
        self.nan_bg.setVisible(bool(np.isnan(image).any()))
        self.nan_bg.setRect(QRectF(lo, 0, hi - lo, self.rows))
        self._steps = steps
        if self._at is not None:
            self.set_step(*self._at)
        if self._selected_row >= 0:
            self._outline()

    def set_clip(self, lo: int, hi: int) -> None:
        """Draw the veil and the outline over steps ``lo..hi`` only (around the view of a
        long run's overview: a translucent fill as wide as the run costs its width)."""
        if self.clip == (lo, hi):
            return
        self.clip = (lo, hi)
        if self._at is not None:
            self.set_step(*self._at)
        if self._selected_row >= 0:
            self._outline()


class HoverTip(QLabel):
    """The hover readout as a small label next to the cursor, over the heatmaps.

    A child widget rather than ``QToolTip``: a tooltip is a separate popup window that Qt
    shows on its own schedule (after a ``ToolTip`` help event, hidden again on the next
    mouse move or focus change, and not at all on some X servers), whereas this label
    follows every scene mouse move and stays until the mouse leaves a cell.
    """

    OFFSET = QPoint(14, 18)  # below right of the cursor, clear of the pointer

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("hoverTip")
        self.setStyleSheet(
            "#hoverTip { background: #fffbe6; color: #212529; border: 1px solid #868e96;"
            " border-radius: 3px; padding: 2px 6px; }"
        )
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()

    def show_at(self, text: str, pos: QPoint) -> None:
        """Show ``text`` near ``pos`` (parent coordinates), flipped to stay inside the parent."""
        if text != self.text():
            self.setText(text)
            self.adjustSize()
        area = self.parentWidget().rect()
        x, y = pos.x() + self.OFFSET.x(), pos.y() + self.OFFSET.y()
        if x + self.width() > area.right():
            x = pos.x() - self.width() - 4
        if y + self.height() > area.bottom():
            y = pos.y() - self.height() - 4
        self.move(max(x, 0), max(y, 0))
        self.show()
        self.raise_()


class HeatmapPanel(pg.GraphicsLayoutWidget):
    """All heatmaps of one layer and direction; observes a ``Session`` when given one."""

    sigHover = Signal(str)  # readout of the cell under the mouse ("" when none)
    sigCellClicked = Signal(str, int, int)  # gate/state name, unit, step of a clicked cell

    def __init__(self, session: Session | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.setBackground("w")
        self.setObjectName("heatmaps")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.ci.layout.setContentsMargins(4, 4, 8, 4)
        self.ci.layout.setHorizontalSpacing(6)
        self.ci.layout.setVerticalSpacing(4)
        self.title = pg.LabelItem("", size="11pt", color="#222")
        self.ci.layout.addItem(self.title, 0, 0, 1, 4)
        self._placed: list[QGraphicsLayoutItem] = []
        self._rows: list[_Row] = []
        self._names: tuple[str, ...] = ()
        self._data = HeatmapData([], ())
        self._step = 0
        self._hint: pg.TextItem | None = None
        self._serial = -1  # the session run drawn (``Session.run_serial``)
        self._buffers: dict[str, np.ndarray] = {}  # name -> (rows, capacity) image rows
        self._exact: tuple[int, int, dict[str, np.ndarray]] | None = None  # long run: shown
        self.long_note = ""  # a long run: what the images show ("overview: ..." / "exact ...")
        self.hover_text = ""
        self.tooltip = HoverTip(self.viewport())
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        self.session = session
        if session is not None:
            self.subscription = Subscription(session, {
                "sigModelChanged": self.reload,
                "sigRunChanged": self._on_run,
                "sigViewChanged": self.reload,
                "sigStepChanged": self.set_step,
                "sigHighlightChanged": self.reload,
                "sigUnitChanged": self._show_selected,
                "sigBusy": self._on_busy,
                "sigWindowReady": self._on_window_ready,
            })  # fmt: skip
            self.reload()
        on_language_change(self, self.retranslate)

    def close(self) -> bool:
        """Close for good: pyqtgraph's ``close`` deletes every item of the scene, so the
        panel first stops following its session (a run, a step or a language change that
        reached it afterwards would touch deleted items; the session may outlive it)."""
        subscription = getattr(self, "subscription", None)
        if subscription is not None:
            subscription.disconnect()
        self._rows, self._placed, self._hint = [], [], None
        super().close()
        return True

    def retranslate(self) -> None:
        """Row labels, hint and title in the current language (rows are rebuilt)."""
        if self.closed:  # closed: its items are gone (``close``)
            return
        self._names = ()
        if self.session is not None:
            self.reload()
        else:
            self.set_data(self._data, self._step)

    # ------------------------------------------------------------------ building
    @property
    def rows(self) -> list[_Row]:
        return self._rows

    @property
    def data(self) -> HeatmapData:
        return self._data

    @property
    def step(self) -> int:
        return self._step

    @property
    def widget(self) -> QWidget:
        """The widget to paint (itself): what ``gate_explorer.export`` renders."""
        return self

    def plots(self) -> dict[str, pg.GraphicsItem]:
        """The heatmap view of each gate or state, by short name."""
        return {row.name: row.vb for row in self._rows}

    def _place(self, item: QGraphicsLayoutItem, row: int, col: int) -> None:
        """Put an item in the grid (straight into Qt's layout: pyqtgraph's ``addItem``
        re-activates the whole layout on every call, which dominated start-up)."""
        self.ci.layout.addItem(item, row, col)
        self._placed.append(item)

    def _clear(self) -> None:
        for item in self._placed:
            self.ci.layout.removeItem(item)
            if item.scene() is not None:
                item.scene().removeItem(item)
        self._placed = []

    def _build(self, names: tuple[str, ...]) -> None:
        self._clear()
        self._rows = [_Row(self._place, k + 1, name) for k, name in enumerate(names)]
        grid = self.ci.layout
        grid.setColumnFixedWidth(0, LABEL_WIDTH)
        grid.setColumnStretchFactor(2, 1)
        for k in range(len(names)):
            grid.setRowStretchFactor(k + 1, 1)
        first = self._rows[0].vb if self._rows else None
        for row in self._rows[1:]:
            row.vb.setXLink(first)
        if first is not None:
            first.sigXRangeChanged.connect(self._update_window)
        self.token_axis = TokenAxis()
        font = QFont()
        font.setPointSize(9)
        _style_axis(self.token_axis, font)
        if first is not None:
            self.token_axis.linkToView(first)
            self._place(self.token_axis, len(names) + 1, 2)
            busy = self.session is not None and self.session.busy
            self._hint = pg.TextItem(
                _tr(RUNNING_HINT if busy else EMPTY_HINT), color="#666", anchor=(0.5, 0.5)
            )
            self._hint.setFont(QFont("", 13))
            first.addItem(self._hint, ignoreBounds=True)
        self._names = names

    def reload(self) -> None:
        """Re-read everything from the session (run, model or view changed)."""
        if self.session is not None:
            self._serial = self.session.run_serial
            self._exact = None
            data = data_from_session(self.session)
            self._buffers = {}
            if self.session.long:
                self.set_data(data, self.session.step)
                return
            for name, img in data.images.items():  # with room to grow
                buf = np.empty((img.shape[0], _room(img.shape[1])), dtype=img.dtype)
                buf[:, : img.shape[1]] = img
                self._buffers[name] = buf
                data.images[name] = buf[:, : img.shape[1]]
            self.set_data(data, self.session.step)

    def _on_run(self) -> None:
        """A new run: redraw only its new steps when the rest is the run drawn (an edit
        near the end of a long text), else everything."""
        s = self.session
        assert s is not None
        if s.growing and s.generation.defer(self._on_run):
            return  # generation's next frame: the other views' repaint is in this one
        keep = s.unchanged_steps(self._serial)
        if s.long or not (keep and self._grow(keep)):
            self.reload()

    def _grow(self, keep: int) -> bool:
        """Update the images from step ``keep`` on; False when more than that changed
        (another sort, colour range or model: the caller redraws everything)."""
        s, data = self.session, self._data
        run, model = s.run, s.model
        if run is None or model is None or data.names != model.net.names or not self._rows:
            return False
        if keep > data.steps or data.highlight != s.highlighted_units():
            return False
        for name in data.names:
            same = np.array_equal(data.rows.get(name, ()), s.unit_order(name))
            if name not in self._buffers or not same:
                return False
        self._serial = s.run_serial
        steps = len(run.tokens)
        for name in data.names:
            buf = self._buffers[name]
            if buf.shape[1] < steps:
                bigger = np.empty((buf.shape[0], _room(steps)), dtype=buf.dtype)
                bigger[:, :keep] = buf[:, :keep]
                self._buffers[name] = buf = bigger
            buf[:, keep:steps] = s.values(name)[keep:, data.rows[name]].T
            data.images[name] = buf[:, :steps]
        page = self._writing_page(steps)  # while generation writes: the view's steps
        x_max = page[1] if page else 0
        previous = len(data.tokens)  # steps drawn before: ``keep`` of them unchanged
        data.tokens = data.tokens[:keep] + [t.text for t in run.tokens[keep:]]
        if self.hover_text:
            self.hover_text = ""
            self.tooltip.hide()
            self.sigHover.emit("")
        for row in self._rows:
            data.levels[row.name] = levels = s.levels(row.name)  # fitted to the new run
            if levels != row.levels:  # refitted: the image item recolours every column
                row._set_levels(levels)
            if not row.append(data.images[row.name], steps, keep, x_max):
                row.grow(data.images[row.name], steps, x_max)
        title = panel_title(s)
        if title != data.title:
            data.title = title
            self.title.setText(title)
        self.token_axis.set_tokens(data.tokens, appended=keep == previous)
        self._hint.setVisible(steps == 0)
        self._show_selected()
        self._step = -1
        if page is not None:
            if [round(x) for x in self._rows[0].vb.viewRange()[0]] != list(page):
                self._set_x_range(*page)
        elif steps <= FOLLOW_WINDOW:
            self._set_x_range(0, steps)
        self.set_step(s.step)  # pans when the step left the view; the zoom stays
        self._update_window()
        # the views' new transforms now, not in the paint (where the items they move would
        # ask for a second paint)
        self.scene().prepareForPaint()
        return True

    def _writing_page(self, steps: int) -> tuple[int, int] | None:
        """The steps to show while generation writes (None when it does not): the view
        stays still and the new columns fill its empty part, and when they reach its right
        edge it moves on by about three quarters of its width, a page at a time; so a frame
        repaints its new columns only, not every row (as following each token would).
        The page is as wide as the text will be when the writing ends, at most
        ``FOLLOW_WINDOW`` steps."""
        s = self.session
        if s is None or not (s.growing and s.generation.running) or not self._rows:
            return None
        end = steps + s.generation.remaining
        width = min(FOLLOW_WINDOW, end)
        (x0, x1), _ = self._rows[0].vb.viewRange()
        lo, hi = round(x0), round(x1)
        if hi - lo == width and lo <= max(steps - 1, 0) and steps <= hi:
            return lo, hi  # the newest step is in view: the view stays
        lo = min(steps - width // 4, end - width)
        if end - width - lo < width // 4:  # the last page is near: go to it (no small move)
            lo = end - width
        lo = max(lo, 0)
        return lo, lo + width

    def _set_x_range(self, lo: float, hi: float) -> None:
        """Show steps ``lo..hi`` in every row: set on each view at once, as the x-link would
        set them one after the other, each through its screen geometry (a third of a
        generation frame's view updates)."""
        views = [row.vb for row in self._rows]
        for vb in views:
            vb.blockLink(True)
        try:
            for vb in views[1:]:
                vb.enableAutoRange(pg.ViewBox.XAxis, False)
                vb.setXRange(lo, hi, padding=0)
            views[0].setXRange(lo, hi, padding=0)
        finally:
            for vb in views:
                vb.blockLink(False)

    def _update_window(self, *_: object) -> None:
        """Give each image item the columns around the view (see ``_Row.show_window``)."""
        steps = self._data.steps
        if not self._rows or steps == 0:
            return
        if self.session is not None and self.session.long:
            self._long_window()
            return
        if self._data.bin > 1:  # a long run's overview without its session (an export)
            for row in self._rows:
                row.show_long(self._data.images[row.name], 0, steps, steps)
            return
        if steps <= WINDOW_STEPS:
            lo, hi = 0, steps
        else:
            (x0, x1), _ = self._rows[0].vb.viewRange()
            width = max(x1 - x0, 1.0)
            cur = self._rows[0].window
            inside = cur[0] <= max(x0, 0) and min(x1, steps) <= cur[1] <= steps
            if inside and cur[1] - cur[0] <= 4 * width + 2 * WINDOW_STEPS:
                lo, hi = cur  # the view is inside the window: nothing to do
            else:
                lo = max(int(x0 - width) - WINDOW_STEPS // 2, 0)
                hi = min(math.ceil(x1 + width) + WINDOW_STEPS // 2, steps)
        for row in self._rows:
            row.show_window(lo, hi)

    # ------------------------------------------------------------------ long runs
    def _long_span(self) -> tuple[int, int] | None:
        """The aligned windows of a long run that cover the view (with a window's margin),
        or None when more than ``EXACT_VIEW`` steps are in view (the overview shows)."""
        s = self.session
        run = s.run
        (x0, x1), _ = self._rows[0].vb.viewRange()
        steps = self._data.steps
        x0, x1 = max(int(x0), 0), min(math.ceil(x1), steps)
        if x1 - x0 > EXACT_VIEW or x1 <= x0:
            return None
        lo = run.window_span(x0)[0]
        hi = run.window_span(max(x1 - 1, 0))[1]
        return lo, hi

    def _long_window(self) -> None:
        """Show a long run's exact values for the view when it is small enough and its
        windows are computed (asked for in the worker otherwise: the overview shows until
        they arrive), else the overview."""
        s = self.session
        run = s.run
        span = self._long_span()
        if span is not None:
            if self._exact is not None and self._exact[:2] == span:
                return
            lo, hi = span
            windows = []
            for a in range(lo, hi, LONG_WINDOW):
                a, b = run.window_span(a)
                w = s.cached_window(a, b)
                if w is None:
                    s.request_window(a, b)
                windows.append(w)
            if all(w is not None for w in windows):
                images = {}
                for name in self._data.names:
                    cols = self._data.rows[name]
                    parts = [w.trace.values(name, s.layer, s.direction)[:, cols] for w in windows]
                    images[name] = np.ascontiguousarray(np.concatenate(parts).T)
                self._exact = (lo, hi, images)
                for row in self._rows:
                    row.show_long(images[row.name], lo, hi, self._data.steps)
                self._set_long_note(
                    QCoreApplication.translate(
                        "HeatmapPanel", "exact values of steps {a}–{b}"
                    ).format(a=f"{lo + 1:,}", b=f"{hi:,}")
                )
                return
        steps = self._data.steps
        (x0, x1), _ = self._rows[0].vb.viewRange()
        width = max(x1 - x0, 1.0)
        clip = (max(int(x0 - width), 0), min(math.ceil(x1 + width), steps))
        if self._exact is None and self._rows[0].window == (0, steps):
            for row in self._rows:  # the overview is up: the veil follows the view
                row.set_clip(*clip)
            return
        self._exact = None
        for row in self._rows:
            row.show_long(self._data.images[row.name], 0, steps, steps)
            row.set_clip(*clip)
        self._set_long_note(
            QCoreApplication.translate(
                "HeatmapPanel", "overview: mean of {n} steps per column (zoom in for exact values)"
            ).format(n=f"{s.run.bin:,}")
        )

    def _set_long_note(self, note: str) -> None:
        """Say on the plot what a long run's images show (a second line under the title)."""
        self.long_note = note
        line = f"<span style='font-size:9pt; color:#495057'>{html.escape(note)}</span>"
        self.title.setText(f"{html.escape(self._data.title)}<br>{line}")

    def _on_window_ready(self, lo: int, hi: int) -> None:
        """A window of a long run arrived: show it when the view still wants it."""
        if self.session is not None and self.session.long and self._rows:
            span = self._long_span()
            if span is not None and span[0] <= lo and hi <= span[1]:
                self._long_window()

    def _describe_long(self, name: str, r: int, t: int) -> str:
        """Hover readout of a long run: the exact value when its window is shown, else the
        mean of the bin the cell is in, said so."""
        d = self._data
        unit = int(d.rows[name][r])
        token = shown_token(d.tokens[t], 16)
        if self._exact is not None and self._exact[0] <= t < self._exact[1]:
            value = float(self._exact[2][name][r, t - self._exact[0]])
            shown = "NaN" if math.isnan(value) else f"{value:+.4f}"
            text = QCoreApplication.translate(
                "HeatmapPanel",
                "step {t}/{steps}  “{token}”   {name} ({long})  unit {unit}  =  {value}",
            )
            return text.format(t=t + 1, steps=d.steps, token=token, name=name,
                               long=long_name(name), unit=unit, value=shown)  # fmt: skip
        size = self.session.run.bin
        k = min(t // size, d.images[name].shape[1] - 1)
        value = float(d.images[name][r, k])
        shown = "NaN" if math.isnan(value) else f"{value:+.4f}"
        text = QCoreApplication.translate(
            "HeatmapPanel",
            "steps {a}–{b}   {name} ({long})  unit {unit}  mean  =  {value}",
        )
        return text.format(a=f"{k * size + 1:,}", b=f"{min((k + 1) * size, d.steps):,}",
                           name=name, long=long_name(name), unit=unit, value=shown)  # fmt: skip

    def _on_busy(self, busy: bool) -> None:
        if self._hint is not None:
            self._hint.setText(_tr(RUNNING_HINT if busy else EMPTY_HINT))

    def set_data(self, data: HeatmapData, step: int = 0) -> None:
        """Draw ``data`` (rebuilding rows only when the gate names change), then the step."""
        if data.names != self._names:
            self._build(data.names)
        self._data = data
        if self.hover_text:  # the cell under the mouse now holds another value
            self.hover_text = ""
            self.tooltip.hide()
            self.sigHover.emit("")
        self.title.setText(data.title)
        steps = data.steps
        for row in self._rows:
            img = data.images.get(row.name)
            shown = data.rows.get(row.name, np.zeros(0, dtype=int))
            levels = data.levels.get(row.name, (0.0, 1.0, False))
            row.show(img, shown, data.highlight, levels, steps, data.boundary)
        if self._rows and self._hint is not None:
            self.token_axis.set_tokens(data.tokens)
            self._hint.setVisible(steps == 0)
            if steps == 0:
                rows0 = max(self._rows[0].rows, 1)
                self._rows[0].vb.setXRange(0, 1, padding=0)
                self._hint.setPos(0.5, rows0 / 2)
        self._show_selected()
        self._step = -1
        self._fit_x(min(max(step, 0), max(steps - 1, 0)))
        self.set_step(step)
        self._update_window()

    def _fit_x(self, step: int) -> None:
        steps = self._data.steps
        if not self._rows or steps == 0:
            return
        if steps <= FOLLOW_WINDOW:
            lo, hi = 0, steps
        else:
            lo = min(max(step - FOLLOW_WINDOW // 2, 0), steps - FOLLOW_WINDOW)
            hi = lo + FOLLOW_WINDOW
        self._rows[0].vb.setXRange(lo, hi, padding=0)

    # ------------------------------------------------------------------ stepping
    def set_step(self, step: int) -> None:
        """Move the current-step box and veil; pans only when the step leaves the view."""
        steps = self._data.steps
        step = min(max(int(step), 0), max(steps - 1, 0))
        if step == self._step:
            return
        self._step = step
        for row in self._rows:
            row.set_step(step, steps)
        if self._rows and steps:
            (x0, x1), _ = self._rows[0].vb.viewRange()
            if step < math.floor(x0) or step + 1 > math.ceil(x1):
                width = x1 - x0
                lo = min(max(step - width / 2, 0), max(steps - width, 0))
                self._set_x_range(lo, lo + width)

    # ------------------------------------------------------------------ hover
    def cell_at(self, scene_pos: QPointF) -> tuple[str, int, int] | None:
        """(name, row, step) of the heatmap cell at a scene position, or None."""
        for row in self._rows:
            if not row.vb.sceneBoundingRect().contains(scene_pos):
                continue
            p = row.vb.mapSceneToView(scene_pos)
            t, r = math.floor(p.x()), math.floor(p.y())
            if 0 <= t < self._data.steps and 0 <= r < row.rows:
                return row.name, r, t
        return None

    def describe_cell(self, name: str, r: int, t: int) -> str:
        """Readout for one cell: token, step, unit and exact value."""
        if self.session is not None and self.session.long:
            return self._describe_long(name, r, t)
        d = self._data
        unit = int(d.rows[name][r])
        value = float(d.images[name][r, t])
        shown = "NaN" if math.isnan(value) else f"{value:+.4f}"
        token = shown_token(d.tokens[t], 16)
        text = QCoreApplication.translate(
            "HeatmapPanel", "step {t}/{steps}  “{token}”   {name} ({long})  unit {unit}  =  {value}"
        )
        return text.format(
            t=t + 1, steps=d.steps, token=token, name=name, long=long_name(name), unit=unit,
            value=shown,
        )  # fmt: skip

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        cell = self.cell_at(scene_pos)
        text = self.describe_cell(*cell) if cell else ""
        if text != self.hover_text:
            self.hover_text = text
            self.sigHover.emit(text)
        if text:
            self.tooltip.show_at(text, self.mapFromScene(scene_pos))
        else:
            self.tooltip.hide()

    def _show_selected(self, *_: object) -> None:
        unit = self.session.unit if self.session is not None else -1
        for row in self._rows:
            row.set_selected(unit, self._data.steps)

    def _on_mouse_clicked(self, event) -> None:
        """A left click on a cell selects its unit and goes to its step."""
        if event.button() != Qt.MouseButton.LeftButton or self.session is None:
            return
        cell = self.cell_at(event.scenePos())
        if cell is None:
            return
        name, r, t = cell
        unit = int(self._data.rows[name][r])
        self.session.set_unit(unit, name)
        self.session.set_step(t)
        self.sigCellClicked.emit(name, unit, t)

    def leaveEvent(self, event) -> None:
        self.tooltip.hide()
        if self.hover_text:
            self.hover_text = ""
            self.sigHover.emit("")
        super().leaveEvent(event)


def build_figure(
    run: ModelRun,
    step: int,
    layer: int = 0,
    direction: int = 0,
    names: Sequence[str] | None = None,
    *,
    size: tuple[int, int] = DEFAULT_SIZE,
    sort: str = "index",
    top_k: int = 0,
    title: str = "",
) -> HeatmapPanel:
    """A complete heatmap figure for a run at ``step``, sized and laid out but never shown.

    Export it with ``panel.grab()`` (PNG) or pyqtgraph's exporters on ``panel.scene()``.
    """
    panel = HeatmapPanel()
    panel.resize(*size)
    data = data_from_run(run, layer, direction, names, sort=sort, top_k=top_k, title=title)
    panel.set_data(data, step)
    panel.ci.layout.activate()
    return panel
