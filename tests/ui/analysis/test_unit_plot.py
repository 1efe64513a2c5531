"""The unit plot follows the selected unit's gates and states over time."""

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from gate_explorer.session import ModelRef, random_model
from gate_explorer.ui.analysis.unit_plot import NO_UNIT_HINT
from gate_explorer.ui.heatmap.gates import LINE_COLOURS


def _click_cell(window, qtbot, row: int, step: int, unit_row: int) -> int:
    """Click heatmap ``row`` at (step, unit_row); returns the unit of that row."""
    panel = window.heatmaps
    scene = panel.rows[row].vb.mapViewToScene(QPointF(step + 0.5, unit_row + 0.5))
    with qtbot.waitSignal(window.session.sigUnitChanged):
        qtbot.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton, pos=panel.mapFromScene(scene))
    return int(panel.data.rows[panel.rows[row].name][unit_row])


def _assert_lines_are_unit(view, session, unit: int) -> None:
    steps = session.steps
    assert set(view.curves) == set(session.names)
    for name, curve in view.curves.items():
        np.testing.assert_array_equal(curve.xData, np.arange(steps) + 0.5)
        np.testing.assert_array_equal(curve.yData, session.values(name)[:, unit])


def test_hint_until_a_unit_is_selected(window):
    view = window.analysis.tabs.show_view("unitPlot")
    assert window.session.unit == -1
    assert view.hint.isVisible()
    assert view.hint.text() == NO_UNIT_HINT
    assert not view.graphics.isVisible()


def test_clicking_a_heatmap_row_plots_that_unit(window, qtbot):
    view = window.analysis.tabs.show_view("unitPlot")
    unit = _click_cell(window, qtbot, row=1, step=4, unit_row=5)  # forget gate row
    s = window.session
    assert s.unit == unit
    assert view.graphics.isVisible()
    assert not view.hint.isVisible()
    _assert_lines_are_unit(view, s, unit)
    assert set(view.gates.curves) == {"i", "f", "o"}
    assert set(view.states.curves) == {"g", "c", "h"}
    assert view.title.text() == f"<b>unit {unit} · layer 1/1</b>"
    assert view.gates.now_line.value() == pytest.approx(4.5)
    for name, curve in view.curves.items():
        assert curve.opts["pen"].color().name() == LINE_COLOURS[name]


def test_stepping_moves_the_marker_without_rebuilding_the_lines(window, qtbot):
    view = window.analysis.tabs.show_view("unitPlot")
    s = window.session
    s.set_unit(3)
    curves = dict(view.curves)
    data = {n: c.yData for n, c in curves.items()}
    with qtbot.waitSignal(s.sigStepChanged):
        s.set_step(2)
    assert view.gates.now_line.value() == pytest.approx(2.5)
    assert view.states.now_line.value() == pytest.approx(2.5)
    assert view.curves == curves
    assert all(view.curves[n].yData is data[n] for n in data)  # same arrays: no setData
    dots = view.gates.now_dots.data
    np.testing.assert_array_equal(dots["x"], [2.5, 2.5, 2.5])
    np.testing.assert_allclose(dots["y"], [s.values(n)[2, 3] for n in "ifo"])
    token = s.run.tokens[2].text
    assert f"current step 3/{s.steps} “{token}”" in view.readout.text()


def test_follows_text_layer_and_model_changes(window, qtbot, classify_model):
    view = window.analysis.tabs.show_view("unitPlot")
    s = window.session
    s.set_unit(2)
    s.set_text("hello there, world", immediate=True)
    _assert_lines_are_unit(view, s, 2)
    assert view.token_axis._labels[6] == "t"

    s.open_model(ModelRef("random", cell="lstm", hidden=8, layers=2, bidirectional=True))
    s.set_unit(2)
    s.set_view(layer=1)
    _assert_lines_are_unit(view, s, 2)
    assert "layer 2/2 · forward" in view.title.text()
    s.set_view(direction=1)
    _assert_lines_are_unit(view, s, 2)
    assert "layer 2/2 · backward" in view.title.text()

    s.set_model(classify_model)
    s.set_text("the cat sat", immediate=True)
    s.set_unit(4)
    assert set(view.gates.curves) == {"r", "z"}
    assert set(view.states.curves) == {"n", "h"}
    _assert_lines_are_unit(view, s, 4)
    assert view.token_axis._labels == ["the", "cat", "sat"]


def test_plain_rnn_shows_only_its_hidden_state(window):
    view = window.analysis.tabs.show_view("unitPlot")
    s = window.session
    s.set_model(random_model("rnn_tanh", 8))
    s.set_unit(1)
    assert not view.gates.plot.isVisible()
    assert view.states.plot.isVisible()
    assert list(view.curves) == ["h"]
    _assert_lines_are_unit(view, s, 1)


def test_hover_reads_out_step_token_and_values(window):
    view = window.analysis.tabs.show_view("unitPlot")
    s = window.session
    s.set_unit(0)
    s.set_step(0)
    vb = view.states.plot.vb
    scene = vb.mapViewToScene(QPointF(6.5, vb.viewRange()[1][0] + 0.01))
    view.graphics.scene().sigMouseMoved.emit(scene)
    text = view.readout.text()
    assert view.hover_step == 6
    assert f"step 7/{s.steps} “w”" in text
    assert f"{s.values('c')[6, 0]:+.2f}" in text
    assert view.states.hover_line.isVisible()


def test_nan_values_are_shown_as_nan(window, nan_model):
    view = window.analysis.tabs.show_view("unitPlot")
    s = window.session
    s.set_model(nan_model)
    s.set_unit(0)
    s.set_step(3)
    assert np.isnan(view.curves["r"].yData[3])
    assert "<b>r</b> NaN" in view.readout.text()


def test_a_long_run_draws_only_the_visible_window(window, qtbot):
    view = window.analysis.tabs.show_view("unitPlot")
    s = window.session
    s.set_text("abcdefghij " * 460, immediate=True)  # 5,060 steps
    s.set_unit(1)
    s.set_step(2500)
    assert len(view.curves["c"].yData) == s.steps
    (x0, x1), _ = view.states.plot.viewRange()
    assert x0 <= 2500.5 <= x1
    assert x1 - x0 <= 500
    qtbot.wait(20)  # the view range reaches the curves through the event loop
    shown_x, _ = view.curves["c"].getData()
    assert len(shown_x) < 1000  # clipped to the view
    s.set_step(100)  # off screen: the view pans to it
    (x0, x1), _ = view.states.plot.viewRange()
    assert x0 <= 100.5 <= x1


def test_another_unit_keeps_the_zoom_a_new_run_refits(window):
    view = window.analysis.tabs.show_view("unitPlot")
    s = window.session
    s.set_unit(1)
    s.set_step(3)
    view.states.plot.setXRange(2, 6, padding=0)
    s.set_unit(5)
    _assert_lines_are_unit(view, s, 5)
    assert view.states.plot.viewRange()[0] == pytest.approx([2, 6])
    s.set_text("hello world, again", immediate=True)
    assert view.states.plot.viewRange()[0] == pytest.approx([0, s.steps])
