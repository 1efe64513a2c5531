"""Generate in the window: a seed writes the same text, each token one network step, the
answer shows the distribution sampled from, and Discard returns to the prompt."""

import itertools

import numpy as np
import pytest
from PySide6.QtCore import QSettings

from gate_explorer.engine.generate import Sampling, write
from gate_explorer.session import ModelRef, Session


@pytest.fixture
def lm_window(qtbot, tmp_path):
    from gate_explorer.ui.window.main_window import MainWindow

    w = MainWindow(
        Session(debounce_ms=10), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(w)
    w.start(model="quotes-lstm", text='He said, "')
    w.analysis.show()
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.session.shutdown()


def _generate(window, qtbot, tokens: int, seed: int) -> str:
    view = window.analysis.tabs.show_view("generateView")
    view.tokens.setValue(tokens)
    view.seed.setValue(seed)
    view.temperature.setValue(0.8)
    gen = window.session.generation
    with qtbot.waitSignal(gen.sigRunning, check_params_cb=lambda on: not on, timeout=20_000):
        view.go.click()
    return window.session.text


def test_a_seed_writes_the_same_text_one_step_per_token(lm_window, qtbot):
    s = lm_window.session
    prompt = s.text
    text = _generate(lm_window, qtbot, 40, seed=3)
    assert text.startswith(prompt)
    assert len(text) == len(prompt) + 40
    assert s.steps == len(text)
    assert lm_window.text_input.editor.toPlainText() == text
    assert len(lm_window.chips.tokens) == s.steps
    assert s.step == s.steps - 1
    # the same as the engine writes with that seed
    model = s.model
    ref = itertools.islice(write(model, model.run_text(prompt).trace, Sampling(0.8, 0, 3)), 40)
    assert "".join(w.text for w in ref) == text[len(prompt) :]
    # every generated step's gates equal a run of the whole text
    whole = model.run_text(text).trace
    np.testing.assert_allclose(
        s.run.trace.values("c", 2), whole.values("c", 2), rtol=1e-4, atol=1e-5
    )
    # the answer panel shows what the next token was drawn from
    s.set_step(len(prompt) + 5)
    assert lm_window.answer.title.text().startswith("Generated: sampled from softmax(logits / 0.8)")
    s.set_step(0)
    assert not lm_window.answer.title.text().startswith("Generated")
    # discard: back to the prompt
    view = lm_window.analysis.tabs.show_view("generateView")
    assert view.discard.isEnabled()
    with qtbot.waitSignal(s.sigRunChanged):
        view.discard.click()
    assert s.text == prompt
    assert not view.discard.isEnabled()


def test_again_with_the_same_seed_and_ctrl_g(lm_window, qtbot):
    s = lm_window.session
    first = _generate(lm_window, qtbot, 25, seed=11)
    lm_window.session.generation.discard()
    qtbot.waitUntil(lambda: s.run is not None and s.run.text == 'He said, "')
    s.set_step(s.steps - 1)
    second = _generate(lm_window, qtbot, 25, seed=11)
    assert first == second
    lm_window.discard_action.trigger()
    qtbot.waitUntil(lambda: s.text == 'He said, "')
    assert lm_window.generate_action.shortcut().toString() == "Ctrl+G"


def test_a_classifier_cannot_write(window):
    view = window.analysis.tabs.show_view("generateView")
    window.session.open_model(ModelRef("bundled", name="memory-lstm"))
    assert not view.go.isEnabled()
    assert "next-token head" in view.status.text()


def test_the_text_field_gets_only_the_new_characters(lm_window, qtbot, monkeypatch):
    """While it writes, the field appends each frame's characters (never the whole text
    again), the caret stays where the user left it, nothing is re-run as an edit, and the
    written text is no undo step of the field (as a text set by the app never was)."""
    s, editor = lm_window.session, lm_window.text_input.editor
    prompt = s.text
    caret = editor.textCursor()
    caret.setPosition(3)
    editor.setTextCursor(caret)
    changes = []
    editor.document().contentsChange.connect(lambda at, removed, added: changes.append(
        (at, removed, added)))  # fmt: skip
    edits = []
    monkeypatch.setattr(s, "set_text", lambda *a, **k: edits.append(a))
    gen = s.generation
    gen.local_only = 10**9  # every token on the GUI thread: one frame each batch
    with qtbot.waitSignal(gen.sigRunning, check_params_cb=lambda on: not on, timeout=30_000):
        gen.start(Sampling(0.8, 0, 5), 60)
    text = s.text
    assert len(text) == len(prompt) + 60
    assert editor.toPlainText() == text
    assert len(changes) >= 2
    assert gen.frames >= 2
    assert all(removed == 0 and at > 0 for at, removed, _ in changes), changes
    assert sum(added for *_, added in changes) == 60
    assert edits == []
    assert editor.textCursor().position() == 3
    assert not editor.document().isUndoAvailable()
    # the user's own edit after it is an edit again: it runs
    editor.textCursor().insertText("x")
    assert edits
    assert edits[-1][0] == text[:3] + "x" + text[3:]
