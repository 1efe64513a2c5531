"""The cell diagram: strips read the current step, a click shows the unit's equations."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from gate_explorer.analysis.equations import fmt, previous_state
from gate_explorer.session import ModelRef, Session, random_model
from gate_explorer.ui.analysis.cell_diagram import CLICK_HINT, EMPTY_HINT, CellDiagram


@pytest.fixture
def cell(window, qtbot) -> CellDiagram:
    """The Cell tab of the shown window, brought to the front."""
    view = window.analysis.tabs.show_view("cellDiagram")
    qtbot.waitUntil(lambda: bool(view.canvas.grids))
    return view


def _click(qtbot, view: CellDiagram, key: str, unit: int) -> None:
    pos = view.canvas.unit_centre(key, unit).toPoint()
    qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=pos)


def _at(session: Session, name: str, step: int | None = None, unit: int | None = None) -> float:
    step = session.step if step is None else step
    unit = session.unit if unit is None else unit
    return float(session.values(name)[step, unit])


def test_cell_is_the_first_tab(window):
    assert window.analysis.tabs.names()[0] == "cellDiagram"
    assert window.analysis.tabs.tabText(0) == "Cell"


def test_lstm_parts_show_the_current_step(cell, window):
    s = window.session
    s.set_step(4)
    parts = cell.canvas.parts
    assert set(parts) == {"i", "f", "g", "o", "c", "h", "c_prev", "h_prev", "x"}
    for name in "ifgoch":
        assert np.array_equal(parts[name].values, s.values(name)[4])
        assert np.array_equal(parts[name].order, s.unit_order(name))
        assert parts[name].levels == s.levels(name)
    assert np.array_equal(parts["c_prev"].values, s.values("c")[3])
    assert np.array_equal(parts["h_prev"].values, s.values("h")[3])
    assert parts["f"].subtitle == "forget gate"
    assert "step 5 / 11" in cell.canvas.header
    assert "“o”" in cell.canvas.header
    assert "index order" in cell.canvas.note


def test_click_a_unit_shows_its_equations_with_the_trace_numbers(cell, window, qtbot):
    s = window.session
    s.set_step(3)
    assert s.unit == -1
    assert CLICK_HINT in cell.equation_text()
    _click(qtbot, cell, "f", 5)
    assert s.unit == 5
    assert cell.canvas.selected == 5
    text = cell.equation_text()
    f, i, g, c = (_at(s, n) for n in "figc")
    c_prev = float(s.values("c")[2, 5])
    assert "c = f*c_prev + i*g\n  = " in text  # the formula, then its numbers under it
    assert f"= {fmt(f)}*{_factor(c_prev)} + {fmt(i)}*{_factor(g)}" in text
    assert f"= {fmt(c)}" in text
    o, h = _at(s, "o"), _at(s, "h")
    assert f"{fmt(o)}*tanh({fmt(c)})" in text
    assert f"= {fmt(h)}" in text


def test_copy_equations_as_plain_text(cell, window, qtbot):
    from PySide6.QtGui import QGuiApplication

    s = window.session
    cell.copy_equations()  # nothing selected: nothing copied, no error
    s.set_unit(1)
    cell.copy_equations()
    copied = QGuiApplication.clipboard().text()
    assert f"c = f*c_prev + i*g = {fmt(_at(s, 'f'))}*" in copied
    assert copied.splitlines()[2].startswith("h = o*tanh(c) = ")
    assert copied.splitlines()[2].endswith(f"= {fmt(_at(s, 'h'))}")


def _factor(v: float) -> str:
    text = fmt(v)
    return f"({text})" if text.startswith("-") else text


def test_clicking_any_strip_selects_the_same_unit(cell, window, qtbot):
    s = window.session
    for key, unit in (("c_prev", 2), ("o", 7), ("h", 0), ("h_prev", 6)):
        _click(qtbot, cell, key, unit)
        assert s.unit == unit
    _click(qtbot, cell, "x", 1)  # the input's cells are features, not units
    assert s.unit == 6


def test_keys_step_and_the_equations_follow(cell, window, qtbot):
    s = window.session
    s.set_unit(2)
    qtbot.keyClick(window.heatmaps, Qt.Key.Key_Home)
    assert s.step == 0
    text0 = cell.equation_text()
    assert "prev = the initial state" in text0
    assert f"= {fmt(_at(s, 'c', 0, 2))}" in text0
    qtbot.keyClick(window.heatmaps, Qt.Key.Key_Right)
    qtbot.keyClick(window.heatmaps, Qt.Key.Key_Right)
    assert s.step == 2
    text2 = cell.equation_text()
    assert text2 != text0
    assert "step 3" in text2
    assert "prev = step 2" in text2
    assert f"{_factor(float(s.values('c')[1, 2]))} + " in text2
    assert np.array_equal(cell.canvas.parts["c"].values, s.values("c")[2])


def test_stepping_and_clicking_never_rerun_the_network(cell, window, qtbot, monkeypatch):
    s = window.session
    calls = []
    net = s.model.net
    monkeypatch.setattr(net, "run", lambda *a, **k: calls.append(a))
    for step in range(s.steps):
        s.set_step(step)
    _click(qtbot, cell, "i", 4)
    s.set_view(sort="mean")
    assert calls == []


def test_view_changes_follow_the_session(cell, window, qtbot):
    s = window.session
    s.set_unit(3)
    s.set_view(sort="mean", top_k=5)
    assert np.array_equal(cell.canvas.parts["f"].order, s.unit_order("f"))
    assert len(cell.canvas.parts["f"].order) == 5
    assert "top 5 of 8" in cell.canvas.note
    s.open_model(ModelRef("random", cell="lstm", hidden=6, layers=2, bidirectional=True))
    qtbot.waitUntil(lambda: s.run is not None and s.steps > 0)
    s.set_view(layer=1, direction=1, top_k=0)
    assert "layer 2/2" in cell.canvas.header
    assert "backward" in cell.canvas.header
    assert cell.canvas.parts["c_prev"].title == "c(t+1)"
    s.set_unit(1)
    s.set_step(2)
    trace = s.run.trace
    c_next = float(previous_state(trace, "c", 1, 1, 2)[1])
    assert c_next == float(s.values("c")[3, 1])
    assert f"*{_factor(c_next)} + " in cell.equation_text()
    assert "layer 2 reverse" in cell.equation_text()
    assert len(cell.canvas.parts["x"].values) == 12  # both directions of layer 1 below


def test_gru_diagram_and_equations(cell, window, qtbot, classify_model):
    s = window.session
    s.set_model(classify_model)
    s.set_text("the cat sat on the mat", immediate=True)
    qtbot.waitUntil(lambda: s.steps == 6)
    assert set(cell.canvas.parts) == {"r", "z", "n", "h", "h_prev", "x"}
    assert cell.canvas.parts["z"].subtitle == "update gate"
    s.set_step(2)
    _click(qtbot, cell, "z", 4)
    assert s.unit == 4
    z, n, h = _at(s, "z"), _at(s, "n"), _at(s, "h")
    h_prev = float(s.values("h")[1, 4])
    text = cell.equation_text()
    assert f"= {_factor(1 - z)}*{_factor(n)} + {fmt(z)}*{_factor(h_prev)}" in text
    assert f"= {fmt(h)}" in text
    assert f"{fmt(_at(s, 'r'))}*(" in text


@pytest.mark.parametrize("kind", ["rnn_tanh", "rnn_relu"])
def test_rnn_diagram_and_equations(cell, window, qtbot, kind):
    s = window.session
    s.set_model(random_model(kind, 8), ModelRef("random", cell=kind, hidden=8))
    qtbot.waitUntil(lambda: s.run is not None and s.steps == 11)
    assert set(cell.canvas.parts) == {"h", "h_prev", "x"}
    s.set_step(6)
    _click(qtbot, cell, "h", 3)
    text = cell.equation_text()
    act = "relu" if kind == "rnn_relu" else "tanh"
    assert f"h = {act}(W_ih·x + W_hh·h_prev + b)\n  = {act}(" in text
    assert f"= {fmt(_at(s, 'h'))}" in text


def test_empty_text_shows_a_hint(cell, window, qtbot):
    s = window.session
    s.set_unit(1)
    s.set_text("", immediate=True)
    assert s.steps == 0
    assert cell.canvas.parts == {}
    assert cell.canvas.grids == {}
    assert cell.canvas.hint == EMPTY_HINT
    assert cell.equation_text() == ""
    qtbot.mouseClick(cell.canvas, Qt.MouseButton.LeftButton)  # nothing to hit, no crash
    cell.canvas.grab()  # paints the hint
    s.set_text("hi", immediate=True)
    assert cell.canvas.parts["h"].values.shape == (8,)


def test_nan_is_shown(cell, window, qtbot, nan_model):
    s = window.session
    s.set_model(nan_model)
    s.set_text("abc", immediate=True)
    qtbot.waitUntil(lambda: s.steps == 3)
    assert np.isnan(cell.canvas.parts["h"].values).any()
    s.set_unit(0)
    assert "NaN" in cell.equation_text()
    cell.canvas.grab()  # hatched cells paint without error


def test_large_layers_fit_and_stay_clickable(qtbot):
    s = Session(debounce_ms=10)
    s.set_model(random_model("lstm", 512), ModelRef("random", cell="lstm", hidden=512))
    s.set_text("hello", immediate=True)
    view = CellDiagram(s)
    qtbot.addWidget(view)
    view.resize(1000, 200)
    view.show()
    qtbot.waitExposed(view)
    grid = view.canvas.grids["f"]
    assert grid.rows * grid.cols >= 512
    assert view.canvas.rect().contains(grid.rect.toRect())
    assert grid.rows > 1  # wrapped, not a 1-pixel line
    _click(qtbot, view, "g", 511)
    assert s.unit == 511
    s.shutdown()


def test_a_hidden_diagram_waits_and_catches_up_when_shown(cell, window, qtbot):
    s, tabs = window.session, window.analysis.tabs
    s.set_unit(1)
    tabs.show_view("unitPlot")
    qtbot.waitUntil(lambda: not cell.isVisible())
    s.set_step(6)
    s.set_unit(2)
    assert "step 7 /" not in cell.canvas.header  # no work while hidden
    tabs.show_view("cellDiagram")
    qtbot.waitUntil(cell.isVisible)
    assert "step 7 / 11" in cell.canvas.header
    assert np.array_equal(cell.canvas.parts["f"].values, s.values("f")[6])
    assert cell.canvas.selected == 2
    assert fmt(_at(s, "c")) in cell.equation_text()


def test_before_a_unit_is_picked_the_panel_shows_the_cells_equations(cell, window):
    assert window.session.unit == -1
    text = cell.equation_text()
    assert "c = f*c_prev + i*g" in text
    assert "h = o*tanh(c)" in text
    assert "f = σ(W_if·x + b_if + W_hf·h_prev + b_hf)" in text
