"""The saturation view: one scatter per gate, one dot per unit, clickable."""

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from gate_explorer.analysis.saturation import saturation
from gate_explorer.engine.model import Model
from gate_explorer.engine.net import RecurrentNet
from gate_explorer.session import ModelRef, random_model
from gate_explorer.ui.analysis import saturation_view
from gate_explorer.ui.analysis.saturation_view import RELU_HINT

TEXT = "It was the best of times, it was the worst of times (said he)."


def _saturated(cell: str = "lstm", layers: int = 1) -> Model:
    """A random model with weights scaled up, so its gates saturate to varying degrees."""
    m = random_model(cell, 8, layers=layers, seed=3)
    params = {k: v * 6.0 for k, v in m.net.state_dict().items()}
    net = RecurrentNet(m.net.config, params)
    return Model(f"saturated-{cell}", net, m.tokenizer, m.embedding, trained=False)


@pytest.fixture
def view(window):
    window.session.set_model(_saturated("lstm", layers=2))
    window.session.set_text(TEXT, immediate=True)
    return window.analysis.tabs.show_view("saturationView")


def _assert_matches_session(view, session) -> None:
    for p in view.panels:
        left, right = saturation(session.values(p.name))
        np.testing.assert_array_equal(p.dots.data["x"], left)
        np.testing.assert_array_equal(p.dots.data["y"], right)
        assert list(p.dots.data["data"]) == list(range(len(left)))


def test_one_panel_per_gate_with_the_fractions(view, window):
    assert [p.name for p in view.panels] == ["i", "f", "o"]
    _assert_matches_session(view, window.session)
    assert "layer 1/2" in view.caption.text()
    assert "shut (&lt; 0.1" in view.caption.text()
    assert view.panel("f").plot.getAxis("bottom").labelText == "steps shut (&lt; 0.1)"


def _isolated_unit(panel) -> int:
    """The unit whose dot lies farthest from every other dot."""
    xy = np.stack([panel.dots.data["x"], panel.dots.data["y"]], axis=1)
    d = np.linalg.norm(xy[:, None] - xy[None], axis=-1) + np.eye(len(xy)) * 9
    return int(np.argmax(d.min(axis=1)))


@pytest.mark.parametrize("starred", [False, True])
def test_clicking_a_dot_selects_its_unit(view, window, qtbot, starred):
    s, panel = window.session, view.panel("f")
    unit = _isolated_unit(panel)
    if starred:  # the star drawn over the dot lets the click through
        s.set_found_units({unit: "found"})
    x, y = panel.dots.data["x"][unit], panel.dots.data["y"][unit]
    scene = panel.plot.vb.mapViewToScene(QPointF(x, y))
    pos = view.graphics.mapFromScene(scene)
    with qtbot.waitSignal(s.sigUnitChanged) as blocker:
        qtbot.mouseClick(view.graphics.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == [unit]
    assert s.unit == unit
    for p in view.panels:  # the ring sits on the unit's dot in every panel
        assert list(p.ring.data["x"]) == [p.dots.data["x"][unit]]
        assert list(p.ring.data["y"]) == [p.dots.data["y"][unit]]
    assert f"unit {unit}" in view.readout.text()


def test_highlighted_units_are_starred(view, window, qtbot):
    s = window.session
    with qtbot.waitSignal(s.sigHighlightChanged):
        s.set_found_units({2: "found", 6: "found"})
    for p in view.panels:
        assert sorted(p.stars.data["data"]) == [2, 6]
        assert [label.toPlainText() for label in p.labels] == ["★ 2", "★ 6"]
    s.set_unit(6)
    for p in view.panels:  # the selected one is labelled once, in the selection colour
        assert [label.toPlainText() for label in p.labels] == ["★ 6", "★ 2"]
    s.set_found_units({})
    assert all(len(p.stars.data) == 0 for p in view.panels)


def test_hover_shows_the_unit_and_both_fractions(view, qtbot):
    panel = view.panel("o")
    tip = panel.tip(x=0.25, y=0.5, data=3)
    assert tip == "unit 3 · o (output gate)\nshut 25% of steps · open 50%"
    unit = _isolated_unit(panel)
    qtbot.wait(50)  # one paint: the scatter's scene transform is set lazily
    point = QPointF(panel.dots.data["x"][unit], panel.dots.data["y"][unit])
    pos = view.graphics.mapFromScene(panel.plot.vb.mapViewToScene(point))
    qtbot.mouseMove(view.graphics.viewport(), pos)
    qtbot.waitUntil(lambda: view.hover_unit == unit)
    assert f"unit {unit}" in view.readout.text()
    assert "under the mouse" in view.readout.text()

    panel.dots.sigHovered.emit(panel.dots, panel.dots.points()[[3]], None)
    text = view.readout.text()
    assert "unit 3" in text
    for p in view.panels:  # the hovered unit is ringed in every panel
        assert list(p.hover_ring.data["x"]) == [p.dots.data["x"][3]]
    assert f"shut {panel.dots.data['x'][3]:.0%}" in text
    panel.dots.sigHovered.emit(panel.dots, panel.dots.points()[[]], None)
    assert "unit 3" not in view.readout.text()
    assert all(len(p.hover_ring.data) == 0 for p in view.panels)


def test_follows_text_layer_and_model_but_not_the_step(view, window, monkeypatch, classify_model):
    s = window.session
    calls = []
    real = saturation_view.layer_saturation
    monkeypatch.setattr(
        saturation_view, "layer_saturation", lambda *a: calls.append(a[1:]) or real(*a)
    )
    s.set_step(3)
    s.step_by(1)
    assert calls == []
    s.set_view(layer=1)
    assert calls == [(1, 0)]
    _assert_matches_session(view, s)
    assert "layer 2/2" in view.caption.text()
    s.open_model(ModelRef("random", cell="lstm", hidden=8, bidirectional=True))
    s.set_view(direction=1)
    assert calls[-1] == (0, 1)
    _assert_matches_session(view, s)
    assert "backward" in view.caption.text()
    s.set_text("A shorter text.", immediate=True)
    _assert_matches_session(view, s)
    assert "15 steps" in view.caption.text()
    s.set_model(classify_model)
    assert [p.name for p in view.panels] == ["r", "z"]
    _assert_matches_session(view, s)


def test_plain_rnns(window):
    view = window.analysis.tabs.show_view("saturationView")
    s = window.session
    s.set_model(random_model("rnn_tanh", 8))
    assert [p.name for p in view.panels] == ["h"]
    left, right = saturation(s.values("h"), -0.9, 0.9)
    np.testing.assert_array_equal(view.panels[0].dots.data["x"], left)
    np.testing.assert_array_equal(view.panels[0].dots.data["y"], right)
    assert "no gates" in view.caption.text()
    s.set_model(random_model("rnn_relu", 8))
    assert view.hint.isVisible()
    assert view.hint.text() == RELU_HINT
    assert not view.graphics.isVisible()


def test_empty_text_shows_a_hint(window):
    view = window.analysis.tabs.show_view("saturationView")
    window.session.set_text("", immediate=True)
    assert view.hint.isVisible()
    assert not view.graphics.isVisible()
