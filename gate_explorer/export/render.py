"""Paint any widget, graphics scene or graphics item onto a QPainter, laid out and headless.

This is the one place that knows how to turn what the window shows into pixels or vectors;
``images`` and ``animation`` only choose the paint device. Works on widgets that were never
shown: they are resized, their layouts activated and pending events processed first.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pyqtgraph as pg
from PySide6.QtCore import QPoint, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QRegion
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QGraphicsWidget,
    QWidget,
)

import gate_explorer.qt  # noqa: F401  (first: the PySide6 workaround)
from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable

Renderable = QWidget | QGraphicsScene | QGraphicsItem
DEFAULT_SIZE = (1200, 800)  # px: a figure that was never sized (the heatmaps' export size)


def _view_of(scene: QGraphicsScene) -> QGraphicsView | None:
    views = scene.views()
    return views[0] if views else None


def owner_widget(target: Renderable) -> QWidget | None:
    """The widget that lays the target out: itself, or the view showing its scene."""
    if isinstance(target, QWidget):
        return target
    scene = target if isinstance(target, QGraphicsScene) else target.scene()
    return _view_of(scene) if scene is not None else None


def prepare(target: Renderable, size: QSize | None = None) -> None:
    """Give the target a size and a finished layout, even if it was never shown.

    ``size`` resizes a top-level target widget (a child keeps the size its window gives it).
    A window that was never sized gets ``DEFAULT_SIZE`` (Qt's 640x480 default is too small
    for a page of heatmaps).
    """
    widget = owner_widget(target)
    if widget is None:
        return
    top = widget.window()  # lay out from the top: a child's size comes from its parents
    if size is not None and size.isValid() and widget is top:
        top.resize(size)
    elif not top.isVisible() and not top.testAttribute(Qt.WidgetAttribute.WA_Resized):
        top.resize(QSize(*DEFAULT_SIZE).expandedTo(top.minimumSizeHint()))
    top.ensurePolished()
    for w in [top, *top.findChildren(QWidget)]:
        if w.layout() is not None:
            w.layout().activate()
    app = QApplication.instance()
    for _ in range(2):  # layout requests are posted events; a second pass settles nested ones
        if app is not None:
            app.sendPostedEvents()
            app.processEvents()
        for view in _views(top):
            _settle_view(view)


def _views(top: QWidget) -> list[QGraphicsView]:
    found = top.findChildren(QGraphicsView)
    return [top, *found] if isinstance(top, QGraphicsView) else list(found)


def _settle_view(view: QGraphicsView) -> None:
    """Fit pyqtgraph's central item to the viewport and activate its layout."""
    central = getattr(view, "centralWidget", None)
    if isinstance(view, pg.GraphicsView) and central is not None and view.width() > 0:
        rect = view.viewport().rect()
        if central.geometry().size().toSize() != rect.size():
            view.resizeEvent(None)
        if isinstance(central, QGraphicsWidget):
            layout = QGraphicsWidget.layout(central)  # GraphicsLayout shadows layout()
            if layout is not None:
                layout.activate()


def logical_size(target: Renderable) -> QSizeF:
    """Size in device-independent pixels of what ``paint`` draws."""
    return source_rect(target).size() if not isinstance(target, QWidget) else QSizeF(target.size())


def source_rect(target: Renderable) -> QRectF:
    """For a scene or item: the scene rectangle to draw (the visible part, or the item)."""
    if isinstance(target, QGraphicsItem):
        return target.sceneBoundingRect()
    if isinstance(target, QGraphicsScene):
        view = _view_of(target)
        if view is not None:
            return view.mapToScene(view.viewport().rect()).boundingRect()
        return target.itemsBoundingRect()
    return QRectF(0, 0, target.width(), target.height())


def background_color(target: Renderable) -> QColor:
    """The colour the window paints behind the target (the view's background)."""
    widget = owner_widget(target)
    views = _views(widget) if widget is not None else []
    if views:
        color = views[0].backgroundBrush().color()
        if views[0].backgroundBrush().style() != Qt.BrushStyle.NoBrush:
            return color
    if widget is not None:
        return widget.palette().color(widget.backgroundRole())
    return QColor("white")


@contextlib.contextmanager
def export_mode(target: Renderable, transparent: bool = False) -> Iterator[None]:
    """Tell pyqtgraph items an export is painting (hides hover buttons, no caches)."""
    if isinstance(target, QWidget):
        views = _views(target)
        scenes = [v.scene() for v in views if v.scene() is not None]
    else:
        scene = target if isinstance(target, QGraphicsScene) else target.scene()
        views = list(scene.views()) if scene is not None else []
        scenes = [scene] if scene is not None else []
    items = [i for s in scenes for i in s.items() if isinstance(i, pg.GraphicsItem)]
    saved = [(v, v.backgroundBrush(), v.cacheMode()) for v in views]
    # Items the window keeps as device pixmaps paint themselves directly into the export
    # (an SVG or PDF gets the item, not a screen-resolution copy of it).
    cached = [(i, i.cacheMode()) for s in scenes for i in s.items()
              if i.cacheMode() != QGraphicsItem.CacheMode.NoCache]  # fmt: skip
    filled: list[QWidget] = []
    if transparent and isinstance(target, QWidget):
        filled = [w for w in [target, *target.findChildren(QWidget)] if w.autoFillBackground()]
    opts = {"antialias": True, "background": None if transparent else background_color(target)}
    try:
        for item, _ in cached:
            item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        for item in items:
            item.setExportMode(True, opts)
        if transparent:
            for view, _, _ in saved:  # the cached background would still paint
                view.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
                view.setBackgroundBrush(Qt.BrushStyle.NoBrush)
            for w in filled:
                w.setAutoFillBackground(False)
        yield
    finally:
        for item in items:
            item.setExportMode(False)
        for item, mode in cached:
            item.setCacheMode(mode)
        for view, brush, cache in saved:
            view.setBackgroundBrush(brush)
            view.setCacheMode(cache)
        for w in filled:
            w.setAutoFillBackground(True)


def paint(target: Renderable, painter: QPainter, rect: QRectF, transparent: bool = False) -> None:
    """Draw the target into ``rect`` of an active painter (any device: image, SVG, PDF)."""
    size = logical_size(target)
    if size.width() <= 0 or size.height() <= 0:
        raise GateExplorerError(translatable("nothing to export: the view has no size"))
    with export_mode(target, transparent):
        if not transparent:
            painter.fillRect(rect, background_color(target))
        if isinstance(target, QWidget):
            painter.save()
            painter.translate(rect.topLeft())
            painter.scale(rect.width() / size.width(), rect.height() / size.height())
            flags = QWidget.RenderFlag.DrawChildren
            if not transparent:
                flags |= QWidget.RenderFlag.DrawWindowBackground
            QWidget.render(target, painter, QPoint(), QRegion(), flags)
            painter.restore()
            return
        scene = target if isinstance(target, QGraphicsScene) else target.scene()
        scene.render(painter, rect, source_rect(target), Qt.AspectRatioMode.IgnoreAspectRatio)


def render_image(
    target: Renderable,
    *,
    scale: float = 1.0,
    transparent: bool = False,
    size: QSize | None = None,
) -> QImage:
    """The target as an ARGB image, ``scale`` times its on-screen size in pixels."""
    if scale <= 0:
        raise GateExplorerError(
            translatable("scale must be positive, got {scale}").format(scale=scale)
        )
    prepare(target, size)
    logical = logical_size(target)
    width, height = round(logical.width() * scale), round(logical.height() * scale)
    if width <= 0 or height <= 0:
        raise GateExplorerError(translatable("nothing to export: the view has no size"))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        paint(target, painter, QRectF(0, 0, width, height), transparent)
    finally:
        painter.end()
    return image
