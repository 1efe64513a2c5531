"""The gradient flow view: curves equal the analysis, follow the step, layer and direction,
compute once per loss step, survive empty text, NaN weights and underflow."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from gate_explorer.analysis.gradient_flow import gradient_flow
from gate_explorer.session import ModelRef, Session, random_model
from gate_explorer.training.tasks.memory import text_of
from gate_explorer.ui.analysis import gradient_view
from gate_explorer.ui.analysis.gradient_view import EMPTY_HINT, FLOOR, GradientView, shown


def _view(window) -> GradientView:
    view = window.analysis.tabs.show_view("gradientView")
    view.wait()
    return view


def _curve(curve) -> np.ndarray:
    """The y values a curve was given (before pyqtgraph's log10)."""
    return np.asarray([] if curve.yData is None else curve.yData, dtype=float)


def test_curves_equal_the_analysis(window):
    view = _view(window)
    s = window.session
    expected = gradient_flow(s.model, s.run).flow()
    steps = len(s.run.tokens)
    assert view.flow is not None
    assert view.flow.target == steps - 1
    np.testing.assert_allclose(_curve(view.h_curve), expected.h_norm, rtol=1e-12)
    np.testing.assert_allclose(_curve(view.c_curve), expected.c_norm, rtol=1e-12)
    np.testing.assert_array_equal(view.h_curve.xData, np.arange(steps) + 0.5)  # token centres
    assert view.c_curve.isVisible()
    assert view.target_line.value() == steps - 0.5
    text = view.caption.text()
    assert f"at step <b>{steps}</b>" in text
    assert "sum of the top layer" in text  # a random model has no head
    assert "At the first step" in text


def test_follows_the_current_step_when_asked(window, qtbot):
    view = _view(window)
    s = window.session
    last = len(s.run.tokens) - 1
    before = _curve(view.h_curve).copy()
    qtbot.keyClick(window.heatmaps, Qt.Key.Key_Left)  # loss at the last step: only the marker
    assert s.step == last - 1
    assert view.flow.target == last
    assert view.now_line.isVisible()
    assert view.now_line.value() == last - 0.5
    assert "At the current step (10:" in view.caption.text()
    np.testing.assert_array_equal(_curve(view.h_curve), before)

    view.set_following(True)
    view.wait()
    assert view.flow.target == last - 1
    qtbot.keyClick(window.heatmaps, Qt.Key.Key_Left)
    view.wait()
    assert s.step == last - 2
    assert view.flow.target == last - 2
    assert view.target_line.value() == last - 1.5
    assert not view.now_line.isVisible()
    after = _curve(view.h_curve)
    assert np.isnan(after[last - 1 :]).all()  # after the loss: nothing to draw
    expected = gradient_flow(s.model, s.run, last - 2).flow().h_norm
    np.testing.assert_allclose(after[: last - 1], expected[: last - 1], rtol=1e-12)
    assert not np.allclose(after[: last - 1], before[: last - 1])
    assert view.after.isVisible()
    assert "cannot change this loss" in view.caption.text()


def test_computes_once_per_loss_step_and_drops_the_cache_on_a_new_run(window, qtbot,
                                                                      monkeypatch):  # fmt: skip
    calls: list[int] = []
    real = gradient_view.gradient_flow

    def counting(model, run, target=None, **kw):
        calls.append(target)
        return real(model, run, target, **kw)

    monkeypatch.setattr(gradient_view, "gradient_flow", counting)
    view = _view(window)
    view.set_following(True)
    s = window.session
    for key in (Qt.Key.Key_Left, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Right):
        qtbot.keyClick(window.heatmaps, key)
        view.wait()
    last = len(s.run.tokens) - 1
    assert sorted(calls) == [last - 2, last - 1, last]
    s.set_view(sort="mean")  # a view change reads the cache
    assert len(calls) == 3
    with qtbot.waitSignal(s.sigRunChanged):
        s.set_text("hello there", immediate=True)
    view.wait()
    assert len(calls) == 4
    assert view.flow.steps == len("hello there")


def test_shows_the_sessions_layer_and_direction(qtbot):
    s = Session(debounce_ms=10)
    ref = ModelRef("random", cell="lstm", hidden=6, layers=2, bidirectional=True)
    s.set_model(random_model("lstm", 6, layers=2, bidirectional=True), ref)
    s.set_text("abcdefg", immediate=True)
    view = GradientView(s)
    qtbot.addWidget(view)
    s.set_step(3)
    view.set_following(True)
    view.wait()
    flow = gradient_flow(s.model, s.run, 3)
    np.testing.assert_allclose(_curve(view.h_curve), flow.flow(0, 0).h_norm, rtol=1e-12)
    s.set_view(layer=1, direction=1)
    rev = flow.flow(1, 1)
    got = _curve(view.h_curve)
    np.testing.assert_allclose(got[3:], rev.h_norm[3:], rtol=1e-12)
    assert np.isnan(got[:3]).all()  # the reverse direction's gradient flows toward the end
    assert "reverse direction" in view.where.text()
    assert "layer 2/2" in view.where.text()
    assert "toward the end" in view.caption.text()
    assert "At the last step (7:" in view.caption.text()
    s.shutdown()


def test_each_head_kind_names_its_loss(qtbot, classify_model, regress_model):
    s = Session(debounce_ms=10)
    view = GradientView(s)
    qtbot.addWidget(view)
    s.set_model(classify_model)
    s.set_text("the cat sat on the mat", immediate=True)
    assert "predicted class" in view.caption.text()
    assert not view.c_curve.isVisible()  # a GRU has no cell state
    s.set_model(regress_model)
    s.set_text("0 0.5 0.9 1 0.8", immediate=True)
    assert "the predicted value" in view.caption.text()
    assert view.c_curve.isVisible()
    assert np.isfinite(_curve(view.h_curve)).all()
    s.shutdown()


def test_empty_text_shows_a_hint(window, qtbot):
    view = _view(window)
    with qtbot.waitSignal(window.session.sigRunChanged):
        window.session.set_text("", immediate=True)
    assert view.flow is None
    assert view.hint.isVisible()
    assert view.hint.textItem.toPlainText() == EMPTY_HINT
    assert not view.plot.getPlotItem().legend.isVisible()
    assert len(_curve(view.h_curve)) == 0
    assert not view.target_line.isVisible()


def test_nan_weights_show_a_message(qtbot, nan_model):
    s = Session(debounce_ms=10)
    view = GradientView(s)
    qtbot.addWidget(view)
    s.set_model(nan_model)
    s.set_text("hello", immediate=True)
    assert view.flow is None
    assert "not finite" in view.caption.text()
    assert len(_curve(view.h_curve)) == 0
    assert view.hint.isVisible()
    assert "No gradient" in view.hint.textItem.toPlainText()
    s.shutdown()


def test_tiny_gradients_are_clipped_to_a_floor_without_warnings(window, monkeypatch):
    values, low = shown(np.array([0.0, 1e-320, 2.0, 3.0]), np.array([True, True, True, False]))
    assert low == 2
    np.testing.assert_array_equal(values[:3], [FLOOR, FLOOR, 2.0])
    assert np.isnan(values[3])
    view = _view(window)
    monkeypatch.setattr(gradient_view, "FLOOR", 1e6)  # everything is "too small" now
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        view.refresh()
        window.grab()
    assert (_curve(view.h_curve) == 1e6).all()
    assert "drawn at" in view.caption.text()


def test_long_runs_compute_off_the_gui_thread(window, qtbot, monkeypatch):
    monkeypatch.setattr(Session, "sync_cost", 0.0)  # every backward pass goes to the pool
    view = _view(window)
    view.set_following(True)
    s = window.session
    s.set_step(2)
    assert view.flow.target != 2  # not yet: the job runs in the pool
    qtbot.waitUntil(lambda: view.flow is not None and view.flow.target == 2, timeout=10_000)
    expected = gradient_flow(s.model, s.run, 2).flow().h_norm
    np.testing.assert_allclose(_curve(view.h_curve)[:3], expected[:3], rtol=1e-12)


@pytest.mark.parametrize("name", ["memory-rnn", "memory-lstm"])
def test_bundled_memory_models(qtbot, name):
    s = Session(debounce_ms=10)
    view = GradientView(s)
    qtbot.addWidget(view)
    assert s.open_model(ModelRef("bundled", name=name))
    s.set_text(text_of("b d", 60), immediate=True)
    view.wait()
    _, ratio = gradient_view.reach_ratio(view.flow.flow(), view.flow.target)
    assert (ratio < 1e-30) == (name == "memory-rnn")
    assert "predicted class" in view.caption.text()
    s.shutdown()


def test_hover_reads_out_and_click_goes_to_the_step(window, qtbot):
    view = _view(window)
    s = window.session
    f = view.flow.flow()
    assert "‖dL/dh‖ " + gradient_view.sci(float(f.h_norm[2])) in view.readout_at(2)
    assert "‖dL/dc‖" in view.readout_at(2)
    assert view.readout_at(2).startswith("step 3 ")
    vb = view.plot.getPlotItem().vb
    scene = vb.mapViewToScene(QPointF(3.5, 0.0))
    pos = view.plot.mapFromScene(scene)
    qtbot.mouseMove(view.plot.viewport(), QPoint(int(pos.x()), int(pos.y())))
    qtbot.waitUntil(lambda: view.readout.text().startswith("step 4 "))
    qtbot.mouseClick(view.plot.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(int(pos.x()), int(pos.y())))  # fmt: skip
    assert s.step == 3
    view.set_following(True)
    assert view.flow.target == 3
    assert "no gradient reaches" in view.readout_at(5)
