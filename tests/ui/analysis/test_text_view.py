"""The Text view: lines of text, one strip per unit (selected first, then pins)."""

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from gate_explorer.workspace.colours import rgb
from gate_explorer.workspace.units import levels


def test_strips_of_the_selected_and_pinned_units(window, qtbot):
    view = window.analysis.tabs.show_view("textView")
    s = window.session
    assert view.shown() == []
    assert "Select a unit" in view.caption.text()
    assert not view.pin.isEnabled()
    s.set_unit(3, "f")
    assert [u.label() for u in view.shown()] == ["L1 f[3]"]
    view.pin.click()
    s.set_unit(1, "c")
    assert [u.label() for u in view.shown()] == ["L1 c[1]", "L1 f[3]"]
    c = view.canvas
    values = s.run.trace.values("f", 0)
    lo, hi, div = levels("f", s.model.kind, values)
    np.testing.assert_array_equal(c.colours[1], rgb(values[:, 3], lo, hi, div))
    np.testing.assert_allclose(c.values[1], values[:, 3])
    # the strips are painted in those colours under each token
    image = QImage(c.size(), QImage.Format.Format_RGB32)
    c.render(image)
    fm_h = c.cells[0].height()
    for k in (0, 2, 5):
        cell = c.cells[k]
        y = cell.top() + fm_h + (7 + 1) * 1 + 3  # middle of the second strip
        got = image.pixelColor(cell.left() + cell.width() // 2, y)
        assert (got.red(), got.green(), got.blue()) == tuple(int(x) for x in c.colours[1][k])
    view.clear.click()
    assert [u.label() for u in view.shown()] == ["L1 c[1]"]


def test_clicking_a_token_goes_to_its_step(window, qtbot):
    view = window.analysis.tabs.show_view("textView")
    window.session.set_unit(2, "h")
    c = view.canvas
    cell = c.cells[3]
    qtbot.mouseClick(c, Qt.MouseButton.LeftButton, pos=QPoint(cell.center().x(), cell.center().y()))
    assert window.session.step == 3
    assert c.hit(QPoint(cell.center().x(), cell.bottom() + 4)) == (3, 0)


def test_pins_are_saved_with_the_session_and_checked(window, qtbot, tmp_path):
    from gate_explorer.errors import GateExplorerError
    from gate_explorer.workspace.state import PinnedUnit, SessionState

    view = window.analysis.tabs.show_view("textView")
    s = window.session
    s.set_unit(2, "f")
    view.pin.click()
    s.set_unit(5, "c")
    view.pin.click()
    state = s.state()
    assert state["pinned"] == [
        {"layer": 0, "direction": 0, "name": "f", "unit": 2},
        {"layer": 0, "direction": 0, "name": "c", "unit": 5},
    ]
    view.clear.click()
    assert s.pinned == ()
    assert s.apply_state(state)
    assert [u.label() for u in view.pinned] == ["L1 f[2]", "L1 c[5]"]
    bad = dict(state, pinned=[{"layer": 0, "direction": 0, "name": "q", "unit": 1}])
    with pytest.raises(GateExplorerError, match="pinned"):
        SessionState.from_json(bad)
    with pytest.raises(GateExplorerError, match="does not exist"):
        s.set_pinned([PinnedUnit(0, 0, "f", 10_000)])
