"""Picking models, bad files, NaN weights, answers, settings and session files, export."""

import json

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from gate_explorer.session import ModelRef, Session, bundled_models
from gate_explorer.ui.heatmap.panel import build_figure
from gate_explorer.ui.window.main_window import MainWindow


def test_random_model_settings_and_badge(window, qtbot):
    bar = window.model_bar
    assert bar.random_badge.isVisibleTo(window)
    assert not bar.trained_badge.isVisibleTo(window)
    bar.hidden.setValue(12)
    bar.layers.setValue(2)
    c = window.session.model.net.config
    assert (c.hidden_size, c.num_layers) == (12, 2)
    assert window.view_controls.layer.isVisibleTo(window)
    gru = bar.combo.findText("Random GRU")
    bar.combo.setCurrentIndex(gru)
    bar.combo.activated.emit(gru)
    assert window.session.model.kind == "gru"
    assert window.session.model.net.config.hidden_size == 12
    assert [r.name for r in window.heatmaps.rows] == ["r", "z", "n", "h"]
    assert "GRU" in window.legend.text()


def test_bad_weights_file_keeps_model_and_says_why(window, qtbot, tmp_path):
    bad = tmp_path / "broken.npz"
    bad.write_bytes(b"this is not a weights file")
    before = window.session.model
    window.ask_path = lambda mode, title, filters: str(bad)
    window.open_action.trigger()
    assert window.session.model is before
    assert "broken.npz" in window.last_error
    assert "broken.npz" in window.statusBar().currentMessage()


def test_weights_file_opens_through_the_dialog_path(window, qtbot, tmp_path):
    from gate_explorer.io import load_model

    names = [m.name for m in bundled_models()]
    # an install that lost resources/models (e.g. a wheel built without it) must fail here
    assert "quotes-lstm" in names, f"bundled models missing: found {names}"
    from gate_explorer.bundled import resource

    path = resource("models", f"{names[0]}.npz")
    load_model(str(path))  # the loader itself works on this file
    window.ask_path = lambda mode, title, filters: str(path)
    window.open_action.trigger()
    assert window.session.model_ref.source == "file"
    assert window.model_bar.combo.currentText().startswith("file:")
    assert window.session.run is not None


def test_drop_a_file_onto_the_window(window, qtbot, tmp_path):
    bad = tmp_path / "dropped.pt"
    bad.write_bytes(b"nope")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bad))])
    event = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    window.dropEvent(event)
    assert "dropped.pt" in window.last_error


def test_nan_weights_are_shown_with_a_badge(window, qtbot, nan_model):
    window.session.set_model(nan_model, ModelRef("random", cell="gru", hidden=4))
    assert window.model_bar.nan_badge.isVisibleTo(window)
    img = window.heatmaps.data.images["h"]
    assert np.isnan(img).any()
    pix = window.heatmaps.grab()
    assert not pix.isNull()
    row = window.heatmaps.rows[-1]
    scene = row.vb.mapViewToScene(QPointF(1.5, 0.5))
    cell = window.heatmaps.cell_at(scene)
    assert cell is not None
    assert "NaN" in window.heatmaps.describe_cell(*cell)


def test_answer_views(qtbot, settings, word_model, classify_model, regress_model):
    w = MainWindow(Session(), settings)
    qtbot.addWidget(w)
    w.session.set_model(word_model)
    w.session.set_text("the cat sat on the mat", immediate=True)
    w.session.set_step(0)
    a = w.answer
    assert a.title.text() == "Next token (top 5)"
    assert len(a.bars.items) == 5
    w.session.set_model(classify_model)
    assert a.title.text() == "Class probabilities"
    assert {lab for lab, _, _ in a.bars.items} == {"negative", "positive"}
    w.session.set_model(regress_model)
    w.session.set_text("0 0.5 1 0.5", immediate=True)
    w.session.set_step(1)
    assert a.title.text() == "Next value"
    assert "true next <b>+1.0000</b>" in a.note.text()
    assert a.plot.isVisibleTo(w)
    w.session.shutdown()


def test_settings_bring_back_text_model_and_view(qtbot, settings):
    w = MainWindow(Session(), settings)
    qtbot.addWidget(w)
    w.start()
    w.session.open_model(ModelRef("random", cell="rnn", hidden=5, seed=7))
    w.text_input.set_text("remember me")
    qtbot.waitUntil(
        lambda: w.session.text == "remember me" and w.session.run.text == w.session.text
    )
    w.session.set_view(sort="cluster", top_k=3)
    w.session.set_step(2)
    w.close()
    again = MainWindow(Session(), settings)
    qtbot.addWidget(again)
    again.start()
    s = again.session
    assert s.text == "remember me"
    assert s.model_ref == ModelRef("random", cell="rnn", hidden=5, seed=7)
    assert (s.sort, s.top_k, s.step) == ("cluster", 3, 2)
    assert again.text_input.text() == "remember me"
    s.shutdown()


def test_command_line_text_and_model_win_over_settings(qtbot, settings):
    w = MainWindow(Session(), settings)
    qtbot.addWidget(w)
    w.start(model="no-such-model", text="abc")
    assert w.session.text == "abc"
    assert "no-such-model" in w.last_error
    assert w.session.model is not None
    w.session.shutdown()


def test_session_file_save_and_open(window, qtbot, tmp_path):
    path = tmp_path / "lesson.json"
    window.session.set_step(4)
    window.session.set_view(sort="mean")
    window.ask_path = lambda mode, title, filters: str(tmp_path / "lesson")
    window.save_session_dialog()
    data = json.loads(path.read_text())
    assert data["format"] == "gate-explorer-session"
    assert data["text"] == "hello world"
    assert data["step"] == 4
    window.text_input.set_text("other")
    window.session.set_view(sort="index")
    qtbot.waitUntil(lambda: window.session.run.text == "other")
    window.open_dropped([str(path)])
    s = window.session
    assert (s.text, s.step, s.sort) == ("hello world", 4, "mean")
    assert window.text_input.text() == "hello world"


def test_figure_renders_without_being_shown(qtbot, word_model):
    run = word_model.run_text("the cat sat on the mat .")
    panel = build_figure(run, 2, size=(900, 600), title="toy")
    qtbot.addWidget(panel)
    assert not panel.isVisible()
    image = panel.grab().toImage()
    assert (image.width(), image.height()) == (900, 600)
    assert [r.name for r in panel.rows] == list(run.trace.names)
    assert all(r.marker.rect().x() == 2 for r in panel.rows)
    assert panel.title.text == "toy"
    assert panel.widget is panel
    assert list(panel.plots()) == list(run.trace.names)
    panel.set_step(4)
    assert all(r.marker.rect().x() == 4 for r in panel.rows)
    panel.set_step(2)
    # the current-step box is drawn in the picture: its colour appears in the marked column
    row = panel.rows[0]
    top = panel.mapFromScene(row.vb.mapViewToScene(QPointF(2.0, 0.5)))
    found = any(
        image.pixelColor(QPoint(top.x() + dx, top.y())).red() > 200
        and image.pixelColor(QPoint(top.x() + dx, top.y())).blue() < 80
        for dx in range(-2, 3)
    )
    assert found


def test_answer_names_the_true_next_token(qtbot, settings, word_model):
    w = MainWindow(Session(), settings)
    qtbot.addWidget(w)
    w.session.set_model(word_model)
    w.session.set_text("the cat sat", immediate=True)
    w.session.set_step(0)
    a = w.session.answer()
    assert a.next_token == "cat"
    assert a.next_prob == pytest.approx(float(w.session.run.probs[0][2]))
    assert "Actually next: <b>“cat”</b>" in w.answer.note.text()
    w.session.last()
    assert "nothing comes next" in w.answer.note.text()
    w.session.shutdown()


def test_card_quote_unit_is_starred(qtbot, settings, word_model):
    word_model.card = {"quote_unit": {"layer": 0, "name": "c", "unit": 4, "r": 0.9}}
    w = MainWindow(Session(), settings)
    qtbot.addWidget(w)
    w.session.set_model(word_model)
    w.session.set_text("the cat", immediate=True)
    row = w.heatmaps.rows[0]
    assert row.unit_axis.tickStrings([4.5], 1, 1) == ["4 ★"]
    assert "quote unit" in w.legend.text()
    w.session.shutdown()


def test_long_run_goes_to_the_worker_and_shows_progress(window, qtbot):
    s = window.session
    s.sync_cost = 0
    window._busy_timer.setInterval(0)
    window.text_input.set_text("some longer text " * 20)
    qtbot.waitUntil(lambda: s.busy, timeout=2000)
    qtbot.waitUntil(lambda: not s.busy, timeout=5000)
    assert s.run.text == "some longer text " * 20
    assert not window.progress.isVisible()


def test_switching_models_keeps_own_text_but_replaces_examples(window, qtbot, regress_model):
    s = window.session
    s.open_model(ModelRef("random", cell="gru", hidden=4))
    assert s.text == "hello world"  # the user's text, same kind of tokens: kept
    s.set_model(regress_model)
    assert s.text != "hello world"  # numbers model: its own example instead
    assert all(t.known for t in s.run.tokens)
    example = s.text
    s.open_model(ModelRef("random", cell="lstm", hidden=4))
    assert s.text != example


def test_open_with_vocabulary_asks_twice(window, qtbot, tmp_path):
    weights, vocab = tmp_path / "w.npz", tmp_path / "v.txt"
    weights.write_bytes(b"junk")
    vocab.write_text("a\nb\n")
    answers = iter([str(weights), str(vocab)])
    asked = []

    def ask(mode, title, filters):
        asked.append(title)
        return next(answers)

    window.ask_path = ask
    window.open_model_vocab_dialog()
    assert asked == ["Open weights file", "Vocabulary (optional)"]
    assert "w.npz" in window.last_error  # junk weights: message, old model kept
    assert window.session.model_ref.source == "random"
