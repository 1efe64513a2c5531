"""The window's side of loading: the module dialog, the notices badge and its relu/tanh
switch, and large files loading in a worker thread; real widgets, offscreen."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QListWidget, QPushButton

from gate_explorer.engine.net import RecurrentNet
from gate_explorer.session import ModelRef, Session, random_model, ref_for_path
from gate_explorer.ui.window.notice_badge import NUMBERS

from ..io.helpers import encoder_decoder


def test_module_dialog_then_notices_badge_and_kind_switch(window, qtbot, tmp_path):
    path = encoder_decoder(tmp_path / "s2s.npz")
    before = window.session.model
    assert not window.open_model_file(path)  # asks first
    assert window.session.model is before
    dialog = window.dialogs["module"]
    qtbot.waitUntil(dialog.isVisible)
    modules = dialog.findChild(QListWidget, "moduleList")
    texts = [modules.item(i).text() for i in range(modules.count())]
    assert texts == ["decoder.rnn: rnn, 3 -> 6", "encoder.rnn: gru, 4 -> 5"]
    modules.setCurrentRow(0)
    buttons = dialog.findChild(QDialogButtonBox)
    open_button = buttons.button(QDialogButtonBox.StandardButton.Open)
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.model is not before)
    model = window.session.model
    assert model.kind == "rnn_tanh"
    assert window.session.model_ref.module == "decoder.rnn"
    assert window.session.state()["model"]["module"] == "decoder.rnn"

    badge = window.model_bar.notice_badge
    assert badge.isVisible()
    # relu/tanh, no vocabulary, and the head's activation (softmax over 7: a torch Linear)
    assert len(model.notices) == 3
    assert badge.text() == "3 notices"
    assert "tanh or relu" in badge.toolTip()
    assert badge.styleSheet() == NUMBERS  # relu or tanh changes the numbers
    qtbot.mouseClick(badge, Qt.MouseButton.LeftButton)
    listing = badge.dialog
    qtbot.waitUntil(listing.isVisible)
    lines = [label.text() for label in listing.findChildren(QLabel, "noticeText")]
    assert any("tanh or relu" in line for line in lines)
    assert any(line.startswith("• missing vocabulary") for line in lines)
    switch = listing.findChild(QPushButton, "switchKind")
    assert switch.text() == "Compute with relu instead"
    tanh_output = window.session.run.trace.output.copy()
    qtbot.mouseClick(switch, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.model.kind == "rnn_relu")
    assert window.session.model_ref.kind == "rnn_relu"
    assert window.session.model_ref.module == "decoder.rnn"  # the other choice is kept
    assert window.session.state()["model"]["kind"] == "rnn_relu"
    qtbot.waitUntil(lambda: window.session.run is not None)
    assert not np.allclose(window.session.run.trace.output, tanh_output)
    # the list follows the new model and offers the way back
    qtbot.waitUntil(lambda: listing.findChild(QPushButton, "switchKind") is not None)
    back = [b for b in listing.findChildren(QPushButton, "switchKind") if b.text()]
    assert back[-1].text() == "Compute with tanh instead"


def test_module_dialog_cancel_keeps_the_model(window, qtbot, tmp_path):
    path = encoder_decoder(tmp_path / "s2s.npz")
    before = window.session.model
    window.open_model_file(path)
    dialog = window.dialogs["module"]
    qtbot.waitUntil(dialog.isVisible)
    dialog.reject()
    assert window.session.model is before
    assert not window.model_bar.notice_badge.isVisible() or before.notices


def test_session_restores_module_and_kind(qtbot, tmp_path):
    path = encoder_decoder(tmp_path / "s2s.npz")
    ref = ref_for_path(path)
    session = Session(debounce_ms=10)
    try:
        state = {"model": {**ref.to_dict(), "module": "decoder.rnn", "kind": "rnn_relu"}}
        assert session.apply_state(state)
        assert session.model.kind == "rnn_relu"
        assert session.model_ref == ModelRef.from_dict(state["model"])
    finally:
        session.shutdown()


def test_without_a_dialog_the_session_says_which_modules(qtbot, tmp_path):
    path = encoder_decoder(tmp_path / "s2s.npz")
    session = Session(debounce_ms=10)
    try:
        with qtbot.waitSignal(session.sigError) as error:
            assert not session.open_model(ref_for_path(path))
        assert "decoder.rnn encoder.rnn" in error.args[0]
    finally:
        session.shutdown()


def test_large_file_loads_in_a_worker_thread_with_progress(qtbot, tmp_path):
    torch = pytest.importorskip("torch")
    net = torch.nn.LSTM(8, 64, num_layers=3)
    torch.save(net.state_dict(), tmp_path / "big.pt")
    session = Session(debounce_ms=10)
    session.background_bytes = 0  # every file goes to the worker
    seen: list[tuple[int, int]] = []
    session.sigLoading.connect(lambda done, total: seen.append((done, total)))
    try:
        with qtbot.waitSignal(session.sigModelChanged, timeout=20_000):
            assert session.open_model(ref_for_path(tmp_path / "big.pt"))
            assert session.busy
            assert session.loading is not None
            assert session.model is None  # nothing shown until the worker is done
        assert session.model.net.config.num_layers == 3
        assert session.loading is None
        assert seen[0] == (0, 0)
        assert seen[-1][0] == seen[-1][1] > 0
    finally:
        session.shutdown()


def test_a_newer_choice_supersedes_a_load_in_progress(qtbot, tmp_path):
    np.savez(tmp_path / "a.npz", **RecurrentNet.random("gru", 3, 4).state_dict())
    session = Session(debounce_ms=10)
    session.set_model(random_model("lstm", 4))
    try:
        session.open_model(ref_for_path(tmp_path / "a.npz"), background=True)
        session.open_model(ModelRef("random", cell="rnn", hidden=5))  # sync, newer
        assert session.model.kind == "rnn_tanh"
        assert not session.busy
        qtbot.wait(300)  # the stale load finishes and is dropped
        assert session.model.kind == "rnn_tanh"
    finally:
        session.shutdown()


def test_window_shows_loading_progress_for_a_large_file(window, qtbot, tmp_path):
    torch = pytest.importorskip("torch")
    torch.save(torch.nn.LSTM(8, 64, num_layers=3).state_dict(), tmp_path / "big.pt")
    window.session.background_bytes = 0
    formats: list[str] = []
    window.session.sigLoading.connect(lambda *_: formats.append(window.progress.format()))
    with qtbot.waitSignal(window.session.sigModelChanged, timeout=20_000):
        assert window.open_model_file(tmp_path / "big.pt")
        assert window.statusBar().currentMessage() == "Opening big.pt…"
    assert formats[0] == "loading…"
    assert formats[-1] == "loading… %p%"
    assert window.session.model.net.config.num_layers == 3
