"""Token and unit axes thin their labels when crowded and mark the starred units."""

import pytest

from gate_explorer.ui.heatmap.axes import TokenAxis, UnitAxis, nice_stride
from gate_explorer.ui.heatmap.gates import long_name, shown_token


def test_nice_stride():
    assert [nice_stride(x) for x in (0.3, 1, 1.5, 2.2, 4.5, 7, 12, 260)] == [
        1, 1, 2, 3, 5, 10, 20, 300,
    ]  # fmt: skip


def test_token_axis_thins_when_crowded(qtbot):
    axis = TokenAxis()
    axis.set_tokens(list("abcdefghij") * 50)  # 500 one-character tokens
    ((stride, ticks),) = axis.tickValues(0, 500, 1000)
    assert stride > 1
    assert len(ticks) <= 1000 / axis.label_px() + 1
    ((stride, ticks),) = axis.tickValues(0, 10, 1000)
    assert stride == 1
    assert axis.tickStrings(ticks[:3], 1, 1) == ["a", "b", "c"]


def test_unit_axis_labels_rows_with_unit_numbers(qtbot):
    axis = UnitAxis()
    axis.set_labels(["7", "3", "9"], {1: " ★"})
    ((_, ticks),) = axis.tickValues(0, 3, 300)
    assert axis.tickStrings(ticks, 1, 1) == ["7", "3 ★", "9"]


def test_names_and_token_display():
    assert long_name("f") == "forget gate"
    assert long_name("z") == "update gate"
    assert shown_token(" \n") == "␣↵"
    assert shown_token("extraordinarily", 6) == "extra…"


def _specs(specs):
    """Draw specs as plain values: pens by colour and width, points and rectangles as tuples."""
    axis, ticks, texts = specs

    def pen(p):
        return (p.color().rgba(), p.widthF(), p.isCosmetic())

    def xy(point):
        return (point.x(), point.y())

    return (
        (pen(axis[0]), xy(axis[1]), xy(axis[2])),
        [(pen(q), xy(a), xy(b)) for q, a, b in ticks],
        [(r.getRect(), f, t) for r, f, t in texts],
    )


@pytest.mark.parametrize("width", [200, 900])
def test_label_axes_draw_what_pyqtgraph_would(qtbot, width):
    """The lean ``generateDrawSpecs`` gives pyqtgraph's own specs, tick for tick and label
    for label, for the token and the unit axis, crowded or not, zoomed into a part."""
    import pyqtgraph as pg
    from PySide6.QtGui import QImage, QPainter

    win = pg.GraphicsLayoutWidget()
    qtbot.addWidget(win)
    vb = win.addViewBox(row=0, col=1)
    tokens, units = TokenAxis(), UnitAxis()
    tokens.linkToView(vb)
    units.linkToView(vb)
    win.addItem(units, row=0, col=0)
    win.addItem(tokens, row=1, col=1)
    tokens.set_tokens(list("the cat sat on the mat, said she. ") * 12)
    units.set_labels([str(k) for k in range(64)], {3: " ★"})
    win.resize(width, 400)
    win.show()
    qtbot.waitExposed(win)
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    for x0, x1 in ((0, 408), (17.3, 61.8), (400, 408)):
        vb.setRange(xRange=(x0, x1), yRange=(0, 64), padding=0)
        win.scene().prepareForPaint()
        for axis in (tokens, units):
            painter = QPainter(image)
            try:
                ours = axis.generateDrawSpecs(painter)
                theirs = pg.AxisItem.generateDrawSpecs(axis, painter)
            finally:
                painter.end()
            assert ours is not None
            assert len(ours[2]) > 0
            assert _specs(ours) == _specs(theirs)
