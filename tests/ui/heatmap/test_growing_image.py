"""``GrowingImage``: an image that grows by columns colours only the new ones, and shows the
same pixels as pyqtgraph's own render of the whole image (units averaged when the rows
are fewer pixels than units, as pyqtgraph does); anything else falls back to that render."""

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QImage

from gate_explorer.ui.heatmap import panel
from gate_explorer.ui.heatmap.gates import colour_map
from gate_explorer.ui.heatmap.panel import GrowingImage

LEVELS = (-1.5, 1.5)


def _argb(item) -> QImage:
    return item.qimage.convertToFormat(QImage.Format.Format_ARGB32)


def _view_box(qtbot, width: int, height: int):
    """A shown ``GraphicsLayoutWidget`` of ``width`` x ``height`` and its one view box."""
    view = pg.GraphicsLayoutWidget()
    qtbot.addWidget(view)
    vb = view.addViewBox()
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    return view, vb


@pytest.mark.parametrize(("units", "height"), [(64, 300), (300, 120)])
def test_growing_by_columns_equals_a_full_render(qtbot, units, height):
    view, vb = _view_box(qtbot, 1200, height)
    grown, whole = GrowingImage(), pg.ImageItem(axisOrder="row-major", autoDownsample=True)
    vb.addItem(grown)
    vb.addItem(whole)
    lut = colour_map(True).getLookupTable(0.0, 1.0, 256)
    data = np.random.default_rng(0).normal(size=(units, 600)).astype(np.float32)
    for item in (grown, whole):
        item.setLookupTable(lut)
        item.setLevels(LEVELS)
    grown.setImage(data[:, :100], levels=LEVELS, autoLevels=False)
    vb.setRange(xRange=(0, 600), yRange=(0, units), padding=0)
    qtbot.wait(10)
    averaged = grown._computeDownsampleFactors()[1]
    assert (averaged > 1) == (units > height)  # the second case averages units, as pyqtgraph
    coloured = []
    original = panel._rescale

    def counted(d, *a, **k):
        coloured.append(d.shape[1])
        return original(d, *a, **k)

    panel._rescale = counted
    try:
        for shown, total in ((100, 130), (130, 300), (300, 600)):
            assert grown.extend(data[:, :total], shown)
    finally:
        panel._rescale = original
    assert coloured == [130, 170, 300]  # all columns once, then only the new ones
    whole.setImage(data, levels=LEVELS, autoLevels=False)
    whole.render()
    assert _argb(grown).size() == _argb(whole).size()
    assert _argb(grown) == _argb(whole)
    # and drawn, scaled to the view, they are the same pixels on screen
    whole.hide()
    qtbot.wait(10)
    shown = view.grab().toImage()
    grown.hide()
    whole.show()
    qtbot.wait(10)
    assert view.grab().toImage() == shown


def test_nan_and_new_levels_fall_back_to_the_full_render(qtbot):
    _, vb = _view_box(qtbot, 800, 300)
    item = GrowingImage()
    vb.addItem(item)
    item.setLookupTable(colour_map(False).getLookupTable(0.0, 1.0, 256))
    data = np.random.default_rng(1).random((16, 50)).astype(np.float32)
    item.setImage(data[:, :20], levels=(0.0, 1.0), autoLevels=False)
    vb.setRange(xRange=(0, 50), yRange=(0, 16), padding=0)
    qtbot.wait(10)
    assert item.extend(data[:, :30], 20)
    data[3, 40] = np.nan
    assert not item.extend(data, 30)  # NaN: pyqtgraph's render draws it transparent
    item.setImage(data[:, :30], levels=(0.0, 1.0), autoLevels=False)
    item.setLevels((0.0, 2.0))
    assert item._pixels is None  # new levels: every column is coloured again


def test_the_nan_hatching_is_drawn_only_under_an_image_with_nan(qtbot):
    """The hatching behind an image shows through NaN cells only; behind an image without
    NaN it is not drawn at all (a pattern as large as the image costs every repaint) and
    the picture is the same as with it drawn."""
    from gate_explorer.ui.heatmap.panel import HeatmapData, HeatmapPanel

    rng = np.random.default_rng(2)
    names = ("f", "c")
    data = HeatmapData([str(k) for k in range(40)], names)
    for name in names:
        data.images[name] = rng.random((8, 40)).astype(np.float32)
        data.rows[name] = np.arange(8)
        data.levels[name] = (0.0, 1.0, False)
    data.images["c"][2, 5] = np.nan
    panel = HeatmapPanel()
    qtbot.addWidget(panel)
    panel.resize(700, 400)
    panel.set_data(data, 39)
    panel.show()
    qtbot.waitExposed(panel)
    f, c = panel.rows
    assert c.nan_bg.isVisible()
    assert not f.nan_bg.isVisible()
    hidden = panel.grab().toImage()
    f.nan_bg.setVisible(True)
    assert panel.grab().toImage() == hidden
    c.nan_bg.setVisible(False)
    assert panel.grab().toImage() != hidden  # under the NaN cell it is what shows


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_the_colour_indices_are_pyqtgraphs(dtype):
    """``_rescale`` gives the indices pyqtgraph's ``rescaleData`` gives, clipped, in both
    precisions (values far outside the levels, at them, tiny ranges)."""
    rng = np.random.default_rng(3)
    for lo, hi in ((-1.5, 1.5), (0.0, 1.0), (-11.3, 11.3), (-1e-6, 1e-6), (2.0, 2.5)):
        data = (rng.normal(size=(40, 300)) * 2 * max(abs(lo), abs(hi))).astype(dtype)
        data[0, :3] = lo, hi, (lo + hi) / 2
        scale = 256 / (hi - lo)
        want = pg.functions.rescaleData(data, scale, lo, dtype=np.uint8, clip=(0, 255))
        got = panel._rescale(data, scale, lo, 255)
        assert got.dtype == np.uint8
        np.testing.assert_array_equal(got, want)


def _screen(view) -> np.ndarray:
    """(H, W, 4) the pixels the window shows now (its backing store, not a fresh paint)."""
    shot = view.screen().grabWindow(view.winId()).toImage()
    shot = shot.convertToFormat(QImage.Format.Format_ARGB32)
    return np.frombuffer(shot.constBits(), np.uint8).reshape(shot.height(), -1, 4).copy()


@pytest.mark.parametrize("view_steps", [300, 400, 700])
def test_a_frame_repaints_only_the_new_columns_and_shows_the_whole_image(qtbot, view_steps):
    """As the image grows (cached as a device pixmap, as the panel keeps it), each frame
    repaints the new columns only, and the window shows what a full repaint shows: also
    when the image's room grows past the viewport's edge (400: Qt keeps part of the old
    pixmap then, which left a strip unpainted before the cache was reset)."""
    from PySide6.QtCore import QRectF
    from PySide6.QtWidgets import QApplication, QGraphicsItem

    view, vb = _view_box(qtbot, 900, 300)
    item = GrowingImage()
    item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    vb.addItem(item)
    item.setLookupTable(colour_map(True).getLookupTable(0.0, 1.0, 256))
    item.setLevels(LEVELS)
    data = np.random.default_rng(0).normal(size=(64, 400)).astype(np.float32)
    item.setImage(data[:, :100], levels=LEVELS, autoLevels=False)
    vb.setRange(xRange=(0, view_steps), yRange=(0, 64), padding=0)
    qtbot.wait(10)
    clips = []
    paint = item.paint
    item.paint = lambda p, *a: (clips.append(p.clipBoundingRect().width()), paint(p, *a))
    seen = 0  # frames whose new columns are in view
    for n in range(110, 400, 10):
        assert item.extend(data[:, :n], n - 10)
        item.setRect(QRectF(0, 0, n, 64))
        QApplication.processEvents()
        seen += n - 10 < view_steps
    grown = _screen(view)
    # ten new columns and a margin (but when the room grows: then all of it)
    assert sum(w < 20 for w in clips) >= seen - 2
    item.update()
    item.setCacheMode(QGraphicsItem.CacheMode.NoCache)  # painted afresh, whole
    QApplication.processEvents()
    fresh = _screen(view)
    differ = np.flatnonzero((grown != fresh).any(axis=(0, 2)))
    # at most a pixel column at a few boundaries between two steps, where a repaint of
    # part of a scaled image may round to the step on the other side: never a strip
    assert len(differ) <= 3, differ
    for col in differ:
        near = [fresh[:, c] for c in (col - 1, col + 1) if 0 <= c < fresh.shape[1]]
        assert any((grown[:, col] == n).all() for n in near)


def test_an_export_draws_pyqtgraphs_own_image_with_the_same_pixels(qtbot):
    """Exported (SVG, PDF, PNG), a grown image is pyqtgraph's Indexed8 render of the data,
    which embeds at a third of the size of the window's ARGB32 buffer: the same pixels."""
    from gate_explorer.export.images import svg_bytes
    from gate_explorer.export.render import render_image

    def view_with(item):
        view, vb = _view_box(qtbot, 700, 300)
        vb.addItem(item)
        item.setLookupTable(colour_map(True).getLookupTable(0.0, 1.0, 256))
        item.setLevels(LEVELS)
        vb.setRange(xRange=(0, 300), yRange=(0, 40), padding=0)
        return view

    data = np.random.default_rng(3).normal(size=(40, 300)).astype(np.float32)
    grown = GrowingImage()
    view = view_with(grown)
    grown.setImage(data[:, :100], levels=LEVELS, autoLevels=False)
    qtbot.wait(10)
    assert grown.extend(data, 100)
    qtbot.wait(10)
    before = view.grab().toImage()
    whole = pg.ImageItem(axisOrder="row-major", autoDownsample=True)
    plain = view_with(whole)
    whole.setImage(data, levels=LEVELS, autoLevels=False)
    qtbot.wait(10)
    assert render_image(view) == render_image(plain)
    assert svg_bytes(view) == svg_bytes(plain)  # the Indexed8 image, not the ARGB32 buffer
    qtbot.wait(10)
    assert view.grab().toImage() == before  # and the window shows what it showed
