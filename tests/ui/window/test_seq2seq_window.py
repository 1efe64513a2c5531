"""The encoder-decoder in the window: one time axis, the stack selector, the hand-over,
the decoder's answer, teacher forcing, and an encoder clamp that changes the answer."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PySide6.QtWidgets import QLabel

from gate_explorer import zoo
from gate_explorer.engine.intervene import Intervention
from gate_explorer.io.seq2seq import load_seq2seq

pytestmark = pytest.mark.skipif(
    zoo.seq2seq_path("seq2seq-lstm") is None, reason="needs the bundled seq2seq-lstm"
)
SOURCE = "7 Jul 2049"


def _open_from_bar(window, qtbot):
    combo = window.model_bar.combo
    k = combo.findText("seq2seq-lstm")
    assert k >= 0, "the model bar lists the bundled encoder-decoder"
    combo.setCurrentIndex(k)
    combo.activated.emit(k)  # what a user's pick sends
    qtbot.waitUntil(lambda: window.session.shown_model.name == "seq2seq-lstm")
    window.text_input.set_text(SOURCE)
    window.session.set_text(SOURCE, immediate=True)
    return window.session


def test_model_bar_opens_both_stacks_on_one_axis(window, qtbot):
    s = _open_from_bar(window, qtbot)
    pair = load_seq2seq(zoo.seq2seq_path("seq2seq-lstm"))
    own = pair.run(SOURCE)
    b = len(own.encoder.tokens)
    assert s.steps == b + len(own.decoder.tokens)
    assert window.seq2seq_bar.isVisible()
    assert "encoder-decoder" in window.model_bar.info.text()
    # the encoder's columns, then the decoder's, as each stack computed them
    np.testing.assert_allclose(s.values("c")[:b], own.encoder.trace.values("c"))
    np.testing.assert_allclose(s.values("c")[b:], own.decoder.trace.values("c"))
    # the hand-over: the decoder's first step starts from the encoder's last state
    np.testing.assert_allclose(own.decoder.trace.h0[0, 0], s.values("h")[b - 1])
    # the boundary line sits between the two in every heatmap, and between the chips
    rows = window.heatmaps.rows
    assert all(r.boundary.isVisible() and r.boundary.value() == b for r in rows)
    assert window.chips.canvas.boundary == b
    assert "encoder steps 1–10, decoder steps 11–21" in window.heatmaps.title.text

    s.set_step(0)
    combo = window.seq2seq_bar.stack
    assert combo.currentData() == "encoder"
    assert s.model.head is None
    assert "Encoder step 1 of 10" in window.answer.note.text()
    for _ in range(b):  # stepping goes on from the encoder into the decoder
        window.heatmaps.setFocus()
        s.step_by(1)
    assert s.step == b
    assert combo.currentData() == "decoder"
    assert s.stack == "decoder"
    assert s.model.head is not None  # the decoder's own model: its weights, its head
    assert window.answer.answer.items[0][0] == "2"  # the decoder writes the year first
    shown = re.sub(r"<[^>]+>|&nbsp;", "", window.answer.decoded.text())
    assert shown == "Decoder answer (greedy):2049-07-07&lt;/s&gt;"
    combo.setCurrentIndex(0)  # choosing the encoder goes to its first step
    assert s.step == 0


def test_file_open_and_teacher_forcing(window, qtbot):
    path = str(zoo.seq2seq_path("seq2seq-lstm"))
    window.ask_path = lambda *_: path
    window.open_model_dialog()
    s = window.session
    assert s.shown_model.name == "seq2seq-lstm"
    s.set_text(SOURCE, immediate=True)
    assert s.run.seq.answer == "2049-07-07"
    assert not s.run.seq.forced
    edit = window.seq2seq_bar.target
    qtbot.keyClicks(edit, "2049-07-08")
    qtbot.keyClick(edit, "\r")
    assert s.run.seq.forced
    assert s.run.seq.answer == "2049-07-08"
    assert "teacher-forced" in window.answer.decoded.text()
    s.set_step(s.steps - 1)  # reading the forced "8", the decoder still ends the answer
    assert window.answer.answer.items[0][0] == "</s>"
    edit.clear()
    qtbot.keyClicks(edit, "2049-07-0x")  # "x": not in the decoder's vocabulary
    qtbot.keyClick(edit, "\r")
    assert "cannot write" in window.last_error
    assert s.run.seq.answer == "2049-07-08"


def test_clamping_an_encoder_unit_changes_the_decoder_answer(window, qtbot):
    s = _open_from_bar(window, qtbot)
    b = s.run.boundary
    s.set_step(b + 5)  # the month's first digit
    view = window.analysis.tabs.show_view("interventionView")
    s.interventions.add(Intervention(0, 0, b - 1, "c", 2, 8.0))  # the encoder's last step
    qtbot.waitUntil(lambda: s.interventions.counterfactual is not None)
    cf = s.interventions.counterfactual
    vocab = s.model.vocab
    written = "".join(vocab[i] for i in np.argmax(cf.probs[b:], axis=1))
    assert written == "2049-05-05</s>"
    # the encoder's steps before the clamp are untouched
    np.testing.assert_array_equal(cf.trace.values("c")[: b - 1], s.run.trace.values("c")[: b - 1])
    assert "top next token" in view.summary.text()
    assert "stays the same" not in view.summary.text()


def test_module_dialog_offers_both_modules_as_an_encoder_decoder(window, qtbot, tmp_path):
    torch = pytest.importorskip("torch")

    class Pair(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            torch.manual_seed(0)
            self.reader = torch.nn.LSTM(4, 6)
            self.writer = torch.nn.LSTM(4, 6)
            self.head = torch.nn.Linear(6, 4)

    path = tmp_path / "pair.pt"
    torch.save(Pair().state_dict(), path)
    assert not window.open_model_file(path)  # two modules, names that do not say: asked
    dialog = window.dialogs["module"]
    items = [dialog.list.item(k).text() for k in range(dialog.list.count())]
    assert items[-1] == "both, as an encoder-decoder: reader's final state starts writer"
    assert "holds 2 recurrent modules" in dialog.findChild(QLabel).text()
    dialog.list.setCurrentRow(len(items) - 1)
    dialog.accept()
    s = window.session
    assert s.model_ref.module == "reader+writer"
    assert s.shown_model.pair is not None
    assert window.seq2seq_bar.isVisible()
    assert s.run.boundary == len(s.run.seq.encoder.tokens)


def test_generate_says_an_encoder_decoder_writes_its_own_answer(window, qtbot):
    s = _open_from_bar(window, qtbot)
    before = s.run
    window.generate()  # Model > Generate
    view = window.analysis.tabs.view("generateView")
    assert "writes its own answer" in view.status.text()
    assert not s.generation.running
    assert s.run is before
