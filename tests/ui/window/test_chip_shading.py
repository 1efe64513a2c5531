"""Text coloured by a unit: clicking a heatmap row shades every chip by that unit's value,
in that heatmap's colour map and range; the bar above names the unit and turns it off."""

import numpy as np
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage

from gate_explorer.workspace.colours import rgb


def _click_cell(window, qtbot, row: int, step: int, unit_row: int) -> tuple[str, int]:
    panel = window.heatmaps
    scene = panel.rows[row].vb.mapViewToScene(QPointF(step + 0.5, unit_row + 0.5))
    with qtbot.waitSignal(window.session.sigUnitChanged):
        qtbot.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton, pos=panel.mapFromScene(scene))
    name = panel.rows[row].name
    return name, int(panel.data.rows[name][unit_row])


def _painted(chips) -> QImage:
    image = QImage(chips.canvas.size(), QImage.Format.Format_RGB32)
    chips.canvas.render(image)
    return image


def _chip_colour(image: QImage, rect) -> tuple[int, int, int]:
    c = image.pixelColor(rect.left() + 3, rect.top() + 2)  # inside the chip, off the text
    return c.red(), c.green(), c.blue()


def test_clicking_a_heatmap_row_shades_the_chips_by_that_unit(window, qtbot):
    s, chips, bar = window.session, window.chips, window.shade_bar
    assert not bar.isVisible()  # nothing selected yet
    before = _painted(chips)
    name, unit = _click_cell(window, qtbot, row=1, step=3, unit_row=2)  # the forget gate
    assert s.unit_name == name == "f"
    values = s.values(name)[:, unit]
    lo, hi, diverging = s.levels(name)
    expected = rgb(values, lo, hi, diverging)
    np.testing.assert_array_equal(chips.canvas.shade, expected)
    image = _painted(chips)
    for k, rect in enumerate(chips.canvas.rects):
        if k != s.step:  # the current chip has the orange frame
            assert _chip_colour(image, rect) == tuple(int(x) for x in expected[k])
    assert image != before
    assert bar.isVisible()
    assert f"layer 1 f[{unit}]" in bar.toggle.text()
    assert "forget gate" in bar.toggle.text()
    assert bar.limits.text() == f"{lo:.3g} … {hi:.3g}"
    k = 4
    assert f"layer 1 f[{unit}] = {values[k]:.4f}" in chips.canvas.tooltip(k)


def test_the_toggle_turns_shading_off_and_on(window, qtbot):
    _click_cell(window, qtbot, row=5, step=2, unit_row=1)  # the hidden state
    chips, bar = window.chips, window.shade_bar
    assert chips.canvas.shade is not None
    bar.toggle.click()
    assert chips.canvas.shade is None
    assert not bar.ramp.isVisible()
    assert "= " not in chips.canvas.tooltip(0)
    bar.toggle.click()
    assert chips.canvas.shade is not None


def test_shading_follows_the_text_and_the_layer(window, qtbot):
    s = window.session
    name, unit = _click_cell(window, qtbot, row=4, step=2, unit_row=3)  # the cell state
    with qtbot.waitSignal(s.sigRunChanged):
        s.set_text("another text, longer", immediate=True)
    assert len(window.chips.canvas.shade) == s.steps
    lo, hi, div = s.levels(name)
    np.testing.assert_array_equal(
        window.chips.canvas.shade, rgb(s.values(name)[:, unit], lo, hi, div)
    )
    s.set_unit(None)
    assert window.chips.canvas.shade is None
    assert not window.shade_bar.isVisible()
