"""The window as a person uses it: start, type, step with keys and buttons, hover, help."""

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from gate_explorer.session import ModelRef, Session
from gate_explorer.ui.window.main_window import MainWindow


def test_starts_with_a_computed_example(qtbot, settings):
    w = MainWindow(Session(), settings)
    qtbot.addWidget(w)
    w.start()
    w.show()
    qtbot.waitExposed(w)
    assert w.windowTitle().startswith("Gate Explorer")
    assert w.session.run is not None
    assert w.session.steps > 0
    rows = w.heatmaps.rows
    assert [r.name for r in rows] == list(w.session.names)
    assert all(
        r.image.image is not None and r.image.image.shape[1] == w.session.steps for r in rows
    )
    assert w.stepper.label.text().startswith(f"step {w.session.steps} / {w.session.steps}")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=2000)
    focus = w.focusWidget() or w  # no click needed: keys work as soon as the window opens
    qtbot.keyClick(focus, Qt.Key.Key_Home)
    qtbot.keyClick(focus, Qt.Key.Key_Right)
    assert w.session.step == 1
    assert w.heatmaps.rows[0].marker.rect().x() == 1
    w.session.shutdown()


def test_typing_shows_chips_and_reruns(window, qtbot):
    editor = window.text_input.editor
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "h")
    editor.insertPlainText("é")  # pasted: QTest types ASCII only
    with qtbot.waitSignal(window.session.sigRunChanged, timeout=3000):
        qtbot.keyClicks(editor, "!")
    assert window.session.text == "hé!"
    assert [t.text for t in window.chips.tokens] == ["h", "é", "!"]
    assert window.chips.unknown_count() == 1
    assert window.heatmaps.data.steps == 3


def test_arrow_keys_step_from_the_heatmaps_and_other_widgets(window, qtbot):
    s = window.session
    qtbot.keyClick(window.heatmaps, Qt.Key.Key_Home)
    assert s.step == 0
    qtbot.keyClick(window.heatmaps, Qt.Key.Key_Right)
    qtbot.keyClick(window.heatmaps, Qt.Key.Key_Right)
    assert s.step == 2
    assert window.stepper.label.text().startswith("step 3 / 11")
    assert "“l”" in window.stepper.label.text()
    qtbot.keyClick(window.heatmaps, Qt.Key.Key_Left)
    assert s.step == 1
    for widget in (window.stepper.slider, window.model_bar.combo, window.view_controls.sort):
        widget.setFocus()
        before = s.step
        qtbot.keyClick(widget, Qt.Key.Key_Right)
        assert s.step == before + 1, widget
    qtbot.keyClick(window.stepper.slider, Qt.Key.Key_End)
    assert s.step == s.steps - 1
    qtbot.keyClick(window.heatmaps, Qt.Key.Key_PageUp)
    assert s.step == s.steps - 11
    qtbot.keyClick(window.heatmaps, Qt.Key.Key_PageDown)
    assert s.step == s.steps - 1


def test_text_field_keeps_its_keys_and_escape_leaves_it(window, qtbot):
    s = window.session
    s.set_step(4)
    editor = window.text_input.editor
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Left)
    qtbot.keyClick(editor, Qt.Key.Key_Home)
    assert editor.textCursor().position() == 0
    assert s.step == 4
    assert not s.playing
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert window.heatmaps.hasFocus()
    qtbot.keyClick(window.heatmaps, Qt.Key.Key_Right)
    assert s.step == 5


def test_space_plays_and_pauses(window, qtbot):
    s = window.session
    s.set_step(0)
    qtbot.keyClick(window.heatmaps, Qt.Key.Key_Space)
    assert s.playing
    qtbot.waitUntil(lambda: s.step > 0, timeout=2000)
    qtbot.keyClick(window.heatmaps, Qt.Key.Key_Space)
    assert not s.playing


def test_transport_buttons_and_slider(window, qtbot):
    s, st = window.session, window.stepper
    qtbot.mouseClick(st.first_button, Qt.MouseButton.LeftButton)
    assert s.step == 0
    qtbot.mouseClick(st.next_button, Qt.MouseButton.LeftButton)
    assert s.step == 1
    qtbot.mouseClick(st.last_button, Qt.MouseButton.LeftButton)
    assert s.step == s.steps - 1
    qtbot.mouseClick(st.prev_button, Qt.MouseButton.LeftButton)
    assert s.step == s.steps - 2
    st.slider.setValue(3)
    assert s.step == 3
    st.speed.setCurrentIndex(st.speed.count() - 1)
    assert s.speed == st.speed.itemData(st.speed.count() - 1)


def test_step_moves_marker_and_veil_only(window, qtbot):
    s, panel = window.session, window.heatmaps
    images = [r.image.image for r in panel.rows]
    s.set_step(3)
    for row in panel.rows:
        assert row.marker.rect().x() == 3
        assert row.marker.rect().width() == 1
        assert row.dim.rect().x() == 4
        assert row.dim.rect().width() == s.steps - 4
    assert all(a is r.image.image for a, r in zip(images, panel.rows, strict=True))


def test_hover_reports_token_step_unit_value(window, qtbot):
    s, panel = window.session, window.heatmaps
    row = panel.rows[1]  # the forget gate
    scene = row.vb.mapViewToScene(QPointF(4.5, 2.5))
    qtbot.mouseMove(panel.viewport(), panel.mapFromScene(scene))
    qtbot.waitUntil(lambda: window.readout.text() != "", timeout=2000)
    text = window.readout.text()
    value = s.run.trace.values("f")[4, 2]
    assert "step 5/11" in text
    assert "“o”" in text
    assert "unit 2" in text
    assert f"{value:+.4f}" in text
    assert "forget gate" in text


def test_clicking_a_chip_jumps_to_its_step(window, qtbot):
    rect = window.chips.canvas.rects[6]
    qtbot.mouseClick(window.chips.canvas, Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.session.step == 6
    assert window.chips.current == 6


def test_empty_text_shows_hint_and_disables_stepping(window, qtbot):
    window.text_input.set_text("")
    qtbot.waitUntil(lambda: window.session.steps == 0, timeout=2000)
    assert window.heatmaps._hint.isVisible()
    assert window.stepper.label.text() == "no tokens"
    qtbot.keyClick(window.heatmaps, Qt.Key.Key_Right)
    assert window.session.step == 0
    window.text_input.set_text("ééé")  # only unknown tokens
    qtbot.waitUntil(lambda: window.session.steps == 3, timeout=2000)
    assert window.chips.unknown_count() == 3
    assert not window.heatmaps._hint.isVisible()


def test_long_paste_asks_before_running(window, qtbot):
    s = window.session
    window.text_input.set_text("ab" * 50_000)  # a 100,000-character paste
    qtbot.wait(50)
    assert window.text_input.banner.isVisibleTo(window)
    assert "100,000 characters" in window.text_input.banner_label.text()
    assert s.text == "hello world"  # nothing ran yet, nothing blocked
    qtbot.mouseClick(window.text_input.truncate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: s.steps == 20_000, timeout=10_000)
    assert not window.text_input.banner.isVisibleTo(window)
    window.text_input.limit = 500
    window.text_input.set_text("xy" * 300)
    assert window.text_input.banner.isVisibleTo(window)
    qtbot.mouseClick(window.text_input.run_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: s.steps == 600, timeout=3000)


def test_view_controls_sort_filter_layers(window, qtbot):
    s, vc, panel = window.session, window.view_controls, window.heatmaps
    s.open_model(ModelRef("random", cell="gru", hidden=6, layers=2, bidirectional=True))
    assert vc.layer.isVisibleTo(window)
    assert vc.direction.isVisibleTo(window)
    assert [r.name for r in panel.rows] == ["r", "z", "n", "h"]
    vc.layer.setCurrentIndex(1)
    vc.direction.setCurrentIndex(1)
    assert (s.layer, s.direction) == (1, 1)
    h = s.run.trace.values("h", 1, 1)
    assert np.array_equal(panel.data.images["h"], h.T)
    vc.top_k.setValue(3)
    assert all(r.rows == 3 for r in panel.rows)
    vc.sort.setCurrentIndex(vc.sort.findData("mean"))
    order = panel.data.rows["h"]
    means = h[:, order].mean(axis=0)
    assert list(means) == sorted(means, reverse=True)
    assert "backward" in panel.title.text
    assert "top 3" in panel.title.text


def test_help_lists_shortcuts(window, qtbot):
    window.shortcuts_action.trigger()
    dialog = window.dialogs["shortcuts"]
    assert dialog.isVisible()
    text = dialog.findChild(type(window.readout), "dialogText").text()
    for key in ("Left", "Right", "Home", "End", "Space", "Escape"):
        assert key in text
    window.show_gate_names()
    assert "forget gate" in window.dialogs["gates"].findChild(type(window.readout)).text()


def test_clicking_a_heatmap_cell_selects_its_unit_and_step(window, qtbot):
    s, panel = window.session, window.heatmaps
    row = panel.rows[4]  # the cell state
    scene = row.vb.mapViewToScene(QPointF(6.5, 3.5))
    with qtbot.waitSignal(s.sigUnitChanged) as blocker:
        qtbot.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton, pos=panel.mapFromScene(scene))
    unit = int(panel.data.rows["c"][3])
    assert blocker.args == [unit]
    assert s.unit == unit
    assert s.step == 6
    for r in panel.rows:
        assert r.selected.isVisible()
        assert r.selected.rect().y() == int(list(r.units_shown).index(unit))
    s.set_unit(None)
    assert not any(r.selected.isVisible() for r in panel.rows)


def test_found_units_are_marked_and_saved_unit_restored(window, qtbot):
    s, panel = window.session, window.heatmaps
    s.set_found_units({5: "found"})
    assert s.highlighted_units()[5] == "found"
    assert panel.rows[0].unit_axis._extra == {5: " ★"}
    s.set_unit(2)
    state = s.state()
    s.set_unit(None)
    s.apply_state(state)
    assert s.unit == 2


def test_no_two_actions_share_a_shortcut(window):
    """Qt fires neither of two actions with the same key: every shortcut must be unique."""
    from PySide6.QtGui import QAction

    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            text = key.toString()
            assert text not in seen, f"{text} is both {seen[text]!r} and {action.text()!r}"
            seen[text] = action.text()


def test_clicking_a_row_plots_the_unit_beneath_unless_a_unit_view_is_in_front(window, qtbot):
    s, panel, tabs = window.session, window.heatmaps, window.analysis.tabs
    window.analysis.show()

    def click(step: float, row: float) -> None:
        scene = panel.rows[0].vb.mapViewToScene(QPointF(step, row))
        qtbot.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton, pos=panel.mapFromScene(scene))

    tabs.show_view("gradientView")
    click(2.5, 1.5)
    assert tabs.current_name() == "unitPlot"
    assert s.unit == int(panel.data.rows["i"][1])
    tabs.show_view("cellDiagram")
    click(3.5, 4.5)
    assert tabs.current_name() == "cellDiagram"
    assert s.unit == int(panel.data.rows["i"][4])


def test_help_lists_every_menu_shortcut(window):
    from PySide6.QtGui import QAction

    from gate_explorer.ui.window.help_text import SHORTCUTS

    listed = {key for key, _ in SHORTCUTS}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            assert key.toString() in listed, f"{key.toString()} ({action.text()}) not in Help"


@pytest.mark.parametrize("suffix", ["png", "svg"])
def test_export_writes_the_front_analysis_view(window, qtbot, tmp_path, suffix):
    from PIL import Image

    window.analysis.show()
    view = window.analysis.tabs.show_view("cellDiagram")
    qtbot.waitUntil(view.isVisible)
    actions = window.export_actions
    actions.ask_path = lambda *_: str(tmp_path / f"cell.{suffix}")
    path = actions.export_analysis()
    assert path == tmp_path / f"cell.{suffix}"
    data = path.read_bytes()
    if suffix == "png":
        with Image.open(path) as image:
            assert image.size[0] >= view.width()
            colours = np.unique(np.asarray(image.convert("RGB")).reshape(-1, 3), axis=0)
            assert len(colours) > 20  # the strips' colours
    else:
        assert b"<svg" in data
    window.analysis.hide()
    assert actions.export_analysis() is None
    assert "no analysis view is shown" in window.last_error
