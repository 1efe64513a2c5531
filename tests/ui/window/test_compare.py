"""Comparing two models: B follows A's text and step, side by side, saved with the session."""

import json

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QDialogButtonBox, QListWidget

from gate_explorer.session import ModelRef, Session, ref_for_path
from gate_explorer.ui.window.compare_view import ComparePane, MainSide
from gate_explorer.ui.window.main_window import MainWindow

from ...io.helpers import encoder_decoder

GRU = ModelRef("random", cell="gru", hidden=8)


@pytest.fixture
def pane(window, qtbot) -> ComparePane:
    """Compare on, through the View menu action, with a random GRU as model B."""
    window.compare_action.trigger()
    assert window.compare is not None
    window.compare.open_model(GRU)
    qtbot.waitUntil(lambda: window.compare.session.run is not None)
    return window.compare


def markers(panel) -> set[float]:
    return {row.marker.rect().x() for row in panel.rows}


def test_menu_action_puts_b_right_of_the_heatmaps(window, qtbot):
    assert not window.compare_action.isChecked()
    window.compare_action.trigger()
    pane = window.compare
    assert window.compare_action.isChecked()
    assert isinstance(window.splitter.widget(0), MainSide)
    assert window.heatmaps.parent() is window.splitter.widget(0)
    assert window.splitter.widget(1) is pane
    assert not window.side.isVisible()  # each header shows its own answer instead
    assert pane.model_ref == GRU  # the default partner of a random LSTM
    assert pane.session.text == "hello world"
    assert pane.session.run is not None
    assert [r.name for r in pane.heatmaps.rows] == ["r", "z", "n", "h"]
    assert "LSTM" in window.heatmaps.data.title
    assert "GRU" in pane.heatmaps.data.title
    assert window.splitter.widget(0).name.text() == "random LSTM H=8 seed 0"
    assert pane.combo.currentText() == "Random GRU"
    left, right = (w.mapTo(window, QPoint(0, 0)) for w in (window.heatmaps, pane.heatmaps))
    assert left.y() == right.y()  # the two stacks line up
    assert window.heatmaps.height() == pane.heatmaps.height()
    assert left.x() + window.heatmaps.width() <= right.x()  # B is right of A


def test_typing_reaches_both_models(window, pane, qtbot):
    editor = window.text_input.editor
    editor.setFocus()
    editor.selectAll()
    with qtbot.waitSignal(pane.session.sigRunChanged, timeout=3000):
        qtbot.keyClicks(editor, "gates")
    assert window.session.text == "gates"
    assert pane.session.text == "gates"
    assert [t.text for t in pane.session.run.tokens] == list("gates")
    assert pane.heatmaps.data.steps == window.heatmaps.data.steps == 5


def test_keys_buttons_and_slider_step_both_stacks(window, pane, qtbot):
    a, b = window.session, pane.session
    run_a, run_b = a.run, b.run
    qtbot.keyClick(window.heatmaps, Qt.Key.Key_Home)
    qtbot.keyClick(window.heatmaps, Qt.Key.Key_Right)
    qtbot.keyClick(window.heatmaps, Qt.Key.Key_Right)
    assert (a.step, b.step) == (2, 2)
    assert markers(window.heatmaps) == markers(pane.heatmaps) == {2}
    qtbot.keyClick(window.heatmaps, Qt.Key.Key_End)
    assert (a.step, b.step) == (10, 10)
    assert markers(pane.heatmaps) == {10}
    window.stepper.first_button.click()
    window.stepper.next_button.click()
    assert b.step == 1
    window.stepper.slider.setValue(7)
    assert (a.step, b.step) == (7, 7)
    assert markers(pane.heatmaps) == {7}
    pane.heatmaps.setFocus()  # the keys step both from B's heatmaps too
    qtbot.keyClick(pane.heatmaps, Qt.Key.Key_Left)
    assert (a.step, b.step) == (6, 6)
    assert a.run is run_a  # stepping reads the runs, never recomputes them
    assert b.run is run_b


def test_clicking_b_moves_both(window, pane, qtbot):
    panel = pane.heatmaps
    scene = panel.rows[0].vb.mapViewToScene(QPointF(3.5, 2.5))
    qtbot.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton, pos=panel.mapFromScene(scene))
    assert (window.session.step, pane.session.step) == (3, 3)
    assert markers(window.heatmaps) == {3}


def test_playing_steps_both(window, pane, qtbot):
    a, b = window.session, pane.session
    a.first()
    a.set_speed(120)
    a.set_playing(True)
    qtbot.waitUntil(lambda: not a.playing, timeout=3000)
    assert (a.step, b.step) == (10, 10)
    assert not b.playing


def test_a_word_model_against_a_char_model_clamps(window, pane, qtbot, word_model):
    a, b = window.session, pane.session
    b.set_model(word_model)  # "hello world": 11 characters for A, 2 words for B
    assert b.steps == 2
    qtbot.keyClick(window.heatmaps, Qt.Key.Key_Home)
    qtbot.keyClick(window.heatmaps, Qt.Key.Key_Right)
    assert (a.step, b.step) == (1, 1)
    assert pane.note.text() == "B has 2 steps, A 11"
    qtbot.keyClick(window.heatmaps, Qt.Key.Key_Right)
    assert (a.step, b.step) == (2, 1)
    assert pane.note.text() == "B ended at step 2"
    qtbot.keyClick(window.heatmaps, Qt.Key.Key_End)
    assert (a.step, b.step) == (10, 1)
    assert markers(pane.heatmaps) == {1}
    b.set_step(0)  # a click on B's first word takes A there too
    assert (a.step, b.step) == (0, 0)
    b.set_step(1)  # B's last step is A's step 1, not A's end
    assert (a.step, b.step) == (1, 1)


def test_bundled_pair_through_the_chooser(window, pane, qtbot):
    window.session.open_model(ModelRef("bundled", name="memory-rnn"))
    qtbot.waitUntil(lambda: window.session.run is not None)
    index = pane.combo.findText("memory-lstm")
    pane.combo.setCurrentIndex(index)
    pane.combo.activated.emit(index)
    qtbot.waitUntil(lambda: pane.session.run is not None and pane.session.model is not None)
    assert pane.model_ref == ModelRef("bundled", name="memory-lstm")
    assert pane.session.text == window.session.text
    assert pane.session.steps == window.session.steps
    assert pane.note.text() == ""
    qtbot.keyClick(window.heatmaps, Qt.Key.Key_End)
    assert pane.session.step == window.session.step == window.session.steps - 1
    assert pane.answer.text().startswith("<span style='color:#555'>answer: </span>")


def test_model_changes_keep_the_pair_in_step(window, pane, qtbot, word_model):
    a, b = window.session, pane.session
    a.set_step(3)
    pane.open_model(ModelRef("random", cell="rnn", hidden=8))
    assert [r.name for r in pane.heatmaps.rows] == ["h"]
    assert b.step == 3  # a new B joins at A's step, not at its own end
    assert markers(pane.heatmaps) == {3}
    a.set_model(word_model)  # A reads words now: the window gives it an example text
    assert a.text != "hello world"
    assert b.text == a.text
    assert b.run.text == a.text
    assert b.step == min(a.step, b.steps - 1)


def test_sort_is_shared_but_layer_and_direction_are_each_models_own(window, pane, qtbot):
    pane.open_model(ModelRef("random", cell="gru", hidden=8, layers=2, bidirectional=True))
    assert pane.layer.isVisibleTo(pane)
    assert pane.direction.isVisibleTo(pane)
    pane.layer.setCurrentIndex(1)
    pane.direction.setCurrentIndex(1)
    assert (pane.session.layer, pane.session.direction) == (1, 1)
    assert (window.session.layer, window.session.direction) == (0, 0)
    assert "layer 2/2 · backward" in pane.heatmaps.data.title
    window.view_controls.sort.setCurrentIndex(window.view_controls.sort.findData("mean"))
    assert pane.session.sort == "mean"
    assert "by mean h" in pane.heatmaps.data.title


def test_turning_compare_off_removes_the_pane(window, pane, qtbot):
    b = pane.session
    window.compare_action.trigger()
    assert window.compare is None
    assert window.splitter.count() == 2
    assert window.splitter.widget(0) is window.heatmaps
    assert window.side.isVisible()
    window.session.set_text("bye", immediate=True)
    assert b.text == "hello world"  # the old B follows no more
    qtbot.keyClick(window.heatmaps, Qt.Key.Key_Home)
    assert markers(window.heatmaps) == {0}
    window.compare_action.trigger()  # back on: the same B as before
    assert window.compare.model_ref == GRU
    assert window.compare.session.text == "bye"
    window.compare.close_button.click()
    assert window.compare is None
    assert not window.compare_action.isChecked()


def test_session_file_and_settings_bring_b_back(window, pane, qtbot, tmp_path, settings):
    b = ModelRef("random", cell="rnn", hidden=8, layers=2, seed=3)
    pane.open_model(b)
    pane.session.set_view(layer=1)
    path = tmp_path / "pair.json"
    assert window.save_session(path)
    saved = json.loads(path.read_text())["layout"]["compare"]
    assert saved["on"] is True
    assert saved["model"] == b.to_dict()
    window.compare_action.trigger()
    assert window.compare is None
    assert window.open_session(path)
    assert window.compare_action.isChecked()
    assert window.compare.model_ref == b
    assert window.compare.session.layer == 1
    window.close()  # settings remember the pair for the next start
    again = MainWindow(Session(debounce_ms=10), settings)
    qtbot.addWidget(again)
    again.start()
    assert again.compare is not None
    assert again.compare.model_ref == b
    assert again.compare.session.text == again.session.text
    again.session.shutdown()


def test_side_by_side_fits_a_small_window(window, pane, qtbot):
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() <= 1100)
    assert window.heatmaps.width() > 400
    assert pane.heatmaps.width() > 400
    assert abs(window.heatmaps.width() - pane.heatmaps.width()) < 40


def test_a_missing_b_says_why_and_falls_back(window, qtbot, tmp_path):
    path = tmp_path / "gone.json"
    assert window.save_session(path)
    data = json.loads(path.read_text())
    gone = ModelRef("file", path=str(tmp_path / "gone.npz"))
    data["layout"]["compare"] = {"on": True, "model": gone.to_dict()}
    path.write_text(json.dumps(data))
    window.open_session(path)
    assert "model B" in window.last_error
    assert "gone.npz" in window.last_error
    assert window.compare.model_ref == GRU  # the default partner instead
    assert window.compare.session.run is not None


def test_b_with_several_modules_asks_in_the_dialog(window, pane, qtbot, tmp_path):
    path = encoder_decoder(tmp_path / "s2s.npz")
    window.last_error = ""
    assert not pane.open_model(ref_for_path(path))  # asks first
    assert pane.model_ref == GRU  # B keeps its model meanwhile
    assert window.last_error == ""  # a question, not an error
    dialog = pane.module_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "Model B: choose a recurrent module"
    modules = dialog.findChild(QListWidget, "moduleList")
    texts = [modules.item(i).text() for i in range(modules.count())]
    assert texts == ["decoder.rnn: rnn, 3 -> 6", "encoder.rnn: gru, 4 -> 5"]
    modules.setCurrentRow(1)
    open_button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Open)
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.model_ref.module == "encoder.rnn")
    assert pane.session.model.kind == "gru"
    assert pane.session.model.net.config.hidden_size == 5
    qtbot.waitUntil(lambda: pane.session.run is not None)
    assert pane.session.text == window.session.text
    assert window.session.model_ref.source == "random"  # A is untouched
    assert "module" not in window.dialogs


def test_b_module_dialog_cancel_keeps_b(window, pane, qtbot, tmp_path):
    pane.open_model(ref_for_path(encoder_decoder(tmp_path / "s2s.npz")))
    qtbot.waitUntil(pane.module_dialog.isVisible)
    pane.module_dialog.reject()
    assert pane.model_ref == GRU
    window.compare_action.trigger()  # turning compare off closes a pending question
    assert not pane.module_dialog.isVisible()
