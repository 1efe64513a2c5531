"""The interventions view: clamp at the current step, see the counterfactual, undo, save."""

import json

import numpy as np
import pytest
from PySide6.QtCore import Qt

from gate_explorer.engine.intervene import Intervention
from gate_explorer.errors import GateExplorerError
from gate_explorer.session import ModelRef


@pytest.fixture
def view(window):
    return window.analysis.tabs.show_view("interventionView")


def _shut_forget_gate(view, qtbot, step=3, unit=2):
    s = view.session
    s.set_step(step)
    view.name_box.setCurrentIndex(s.names.index("f"))
    s.set_unit(unit)
    assert view.unit_box.value() == unit
    qtbot.mouseClick(view.shut, Qt.MouseButton.LeftButton)


def test_shut_forget_gate_gives_c_equal_i_times_g_and_lights_later_steps(window, view, qtbot):
    s = window.session
    _shut_forget_gate(view, qtbot)
    assert s.interventions.items == (Intervention(0, 0, 3, "f", 2, 0.0),)
    cf = s.interventions.counterfactual.trace
    i, f, g, c = (cf.values(n) for n in "ifgc")
    assert f[3, 2] == 0
    assert c[3, 2] == i[3, 2] * g[3, 2]
    assert c[3, 2] != s.run.trace.values("c")[3, 2]
    # the difference map (rows = units, columns = steps): zero before step 3, not after
    view.diff_name.setCurrentIndex(s.names.index("c"))
    shown = view.diff.data
    assert shown.shape[1] == s.steps
    assert np.all(shown[:, :3] == 0)
    assert np.any(shown[:, 3] != 0)
    assert np.any(shown[:, 4:] != 0)
    assert view.table.rowCount() == 1
    assert [view.table.item(0, k).text() for k in (0, 3, 4, 5)] == ["4", "f", "2", "0"]
    assert view.summary.text().startswith(
        "clamping f of unit 2 to 0 at step 4 changes h of layer 1"
    )
    assert view.after_note.text() == "—"  # a random model has no head: no answer
    old, new = s.run.trace.values("c")[3, 2], c[3, 2]
    assert view.describe_cell(3, 2).startswith(f"step 4 “l”  c[2]: {old:+.4f} → {new:+.4f}")


def test_answers_side_by_side(window, view, qtbot, word_model):
    s = window.session
    s.set_model(word_model)
    s.set_text("the cat sat on the mat .", immediate=True)
    s.set_step(3)
    view.name_box.setCurrentIndex(s.names.index("h"))
    view.all.setChecked(True)
    qtbot.mouseClick(view.zero, Qt.MouseButton.LeftButton)
    cf = s.interventions.counterfactual
    assert np.all(cf.trace.values("h")[3] == 0)
    assert len(view.before.items) == 3
    assert [p for _, p, _ in view.before.items] == pytest.approx(sorted(s.run.probs[3])[::-1][:3])
    assert [p for _, p, _ in view.after.items] == pytest.approx(sorted(cf.probs[3])[::-1][:3])
    assert view.before.items != view.after.items
    assert "top next token" in view.summary.text()


def test_undo_button_and_ctrl_z_restore_the_original(window, view, qtbot):
    s = window.session
    _shut_forget_gate(view, qtbot)
    with qtbot.waitSignal(s.interventions.sigChanged):
        qtbot.mouseClick(view.undo, Qt.MouseButton.LeftButton)
    assert s.interventions.items == ()
    assert s.interventions.counterfactual is None
    assert view.table.rowCount() == 0
    assert view.diff.data.size == 0
    _shut_forget_gate(view, qtbot, step=5)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert s.interventions.items == ()


def test_shut_twice_is_one_intervention(window, view, qtbot):
    _shut_forget_gate(view, qtbot)
    _shut_forget_gate(view, qtbot)
    assert len(window.session.interventions) == 1


def test_dragging_the_slider_updates_the_counterfactual(window, view, qtbot):
    s = window.session
    s.set_step(2)
    view.name_box.setCurrentIndex(s.names.index("i"))
    s.set_unit(1)
    view.slider.setValue(250)  # gates: 0..1
    qtbot.waitUntil(lambda: len(s.interventions) == 1)
    assert s.interventions.items[0].value == pytest.approx(0.25)
    view.slider.setValue(750)
    qtbot.waitUntil(lambda: s.interventions.items[0].value == pytest.approx(0.75))
    assert s.interventions.counterfactual.trace.values("i")[2, 1] == np.float32(0.75)
    assert len(s.interventions) == 1
    s.interventions.undo()  # one drag, one undo step
    assert s.interventions.items == ()


def test_remove_and_all_units(window, view, qtbot):
    s = window.session
    s.set_step(1)
    view.name_box.setCurrentIndex(s.names.index("o"))
    view.all.setChecked(True)
    qtbot.mouseClick(view.open, Qt.MouseButton.LeftButton)
    assert s.interventions.items == (Intervention(0, 0, 1, "o", None, 1.0),)
    assert np.all(s.interventions.counterfactual.trace.values("o")[1] == 1)
    view.table.selectRow(0)
    qtbot.mouseClick(view.remove, Qt.MouseButton.LeftButton)
    assert s.interventions.items == ()


def test_saved_with_the_session_and_restored(window, view, qtbot, tmp_path):
    s = window.session
    _shut_forget_gate(view, qtbot)
    s.interventions.add(Intervention(0, 0, 7, "h", None, 0.5))
    path = tmp_path / "session.json"
    assert window.save_session(path)
    saved = json.loads(path.read_text())["interventions"]
    assert saved[0] == {"layer": 0, "direction": 0, "step": 3, "name": "f", "unit": 2,
                        "value": 0.0}  # fmt: skip
    s.interventions.clear()
    assert window.open_session(path)
    qtbot.waitUntil(lambda: s.run is not None and not s.busy)
    assert s.interventions.items == (
        Intervention(0, 0, 3, "f", 2, 0.0),
        Intervention(0, 0, 7, "h", None, 0.5),
    )
    assert s.interventions.counterfactual is not None
    assert view.table.rowCount() == 2


def test_a_shorter_text_makes_late_interventions_inactive(window, view, qtbot):
    s = window.session
    s.interventions.add(Intervention(0, 0, 8, "f", 0, 0.0))
    s.set_text("hello", immediate=True)
    assert s.interventions.active == (False,)
    assert s.interventions.counterfactual is None
    assert "outside" in view.table.item(0, 0).toolTip()
    s.set_text("hello world", immediate=True)
    assert s.interventions.active == (True,)
    assert s.interventions.counterfactual is not None


def test_another_model_clears_the_list_with_a_message(window, view, qtbot):
    s = window.session
    s.interventions.add(Intervention(0, 0, 2, "f", 0, 0.0))
    with qtbot.waitSignal(s.sigError) as blocker:
        s.open_model(ModelRef("random", cell="gru", hidden=8))
    assert "cleared" in blocker.args[0]
    assert s.interventions.items == ()
    assert view.name_box.count() == 4  # r z n h


def test_add_refuses_what_does_not_fit(window):
    with pytest.raises(GateExplorerError, match="has no 'r'"):
        window.session.interventions.add(Intervention(0, 0, 2, "r", 0, 0.0))
    with pytest.raises(GateExplorerError, match="unit 8 does not exist"):
        window.session.interventions.add(Intervention(0, 0, 2, "f", 8, 0.0))
