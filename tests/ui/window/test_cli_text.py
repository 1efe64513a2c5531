"""``gate-explorer --text``: a huge text gets the same offer to truncate as a huge paste."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from gate_explorer import cli
from gate_explorer.engine.net import RecurrentNet
from gate_explorer.session import Session
from gate_explorer.ui.window.main_window import MainWindow

from ...io.helpers import encoder_decoder


def _window(qtbot, settings) -> MainWindow:
    w = MainWindow(Session(debounce_ms=10), settings)
    qtbot.addWidget(w)
    return w


def test_cli_passes_text_to_the_window(monkeypatch):
    seen = {}
    monkeypatch.setattr("gate_explorer.ui.window.app.run_app", lambda **kw: seen.update(kw) or 0)
    monkeypatch.setattr(
        "gate_explorer.ui.window.app.single_threaded_blas", lambda: seen.update(blas=1)
    )
    assert cli.main(["--text", "hello", "--model", "quotes-gru"]) == 0
    assert seen == {
        "model": "quotes-gru",
        "text": "hello",
        "vocab": None,
        "module": None,
        "kind": None,
        "head_activation": None,
        "blas": 1,
    }


def test_cli_passes_the_file_choices_to_the_window(monkeypatch, tmp_path):
    seen = {}
    monkeypatch.setattr("gate_explorer.ui.window.app.run_app", lambda **kw: seen.update(kw) or 0)
    monkeypatch.setattr("gate_explorer.ui.window.app.single_threaded_blas", lambda: None)
    argv = ["--model", "x.npz", "--module", "decoder.rnn", "--kind", "relu"]
    assert cli.main([*argv, "--head-activation", "sigmoid"]) == 0
    assert seen == {
        "model": "x.npz",
        "text": None,
        "vocab": None,
        "module": "decoder.rnn",
        "kind": "rnn_relu",  # --kind relu, as export reads it
        "head_activation": "sigmoid",
    }


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["--model", "x.npz", "--kind", "sigmoid"],
            "gate-explorer: error: unknown cell kind 'sigmoid'; expected one of lstm, gru, "
            "rnn_tanh, rnn_relu (or 'rnn')\n",
        ),
        (["--kind", "relu"], "gate-explorer: error: --kind needs --model FILE (a weights file)\n"),
        (
            ["--module", "enc", "--kind", "tanh"],
            "gate-explorer: error: --module and --kind need --model FILE (a weights file)\n",
        ),
    ],
)
def test_cli_refuses_bad_file_choices_before_the_window(monkeypatch, capsys, argv, message):
    opened = []
    monkeypatch.setattr("gate_explorer.ui.window.app.run_app", lambda **kw: opened.append(kw))
    monkeypatch.setattr("gate_explorer.ui.window.app.single_threaded_blas", lambda: None)
    assert cli.main(argv) == 2
    assert capsys.readouterr().err == message
    assert opened == []


def test_bad_kind_message_is_the_export_commands(tmp_path, capsys):
    np.savez(tmp_path / "r.npz", **RecurrentNet.random("rnn_tanh", 3, 4).state_dict())
    args = ["export", "--model", str(tmp_path / "r.npz"), "--kind", "sigmoid"]
    assert cli.main([*args, "--text", "ab", "--out", str(tmp_path / "o.csv")]) == 2
    export_message = capsys.readouterr().err
    assert cli.main(["--model", str(tmp_path / "r.npz"), "--kind", "sigmoid"]) == 2
    assert capsys.readouterr().err == export_message


def test_window_opens_the_module_and_kind_given_at_launch(qtbot, settings, tmp_path):
    path = encoder_decoder(tmp_path / "s2s.npz")
    w = _window(qtbot, settings)
    w.start(model=str(path), module="decoder.rnn", kind="rnn_relu", head_activation="sigmoid")
    s = w.session
    assert "module" not in w.dialogs  # no question: the module was given
    assert s.model_ref.module == "decoder.rnn"
    assert s.model.kind == "rnn_relu"
    assert s.model.head.activation == "sigmoid"
    codes = {n.code for n in s.model.notices}
    assert "rnn-nonlinearity-chosen" in codes  # chosen, not guessed
    assert "rnn-nonlinearity-guessed" not in codes
    assert s.model_ref.label() == "s2s.npz · decoder.rnn"
    s.shutdown()


def test_window_launch_without_module_asks_which(qtbot, settings, tmp_path):
    path = encoder_decoder(tmp_path / "s2s.npz")
    w = _window(qtbot, settings)
    w.start(model=str(path))
    dialog = w.dialogs["module"]
    qtbot.waitUntil(dialog.isVisible)
    w.session.shutdown()


def test_cli_passes_a_series_to_the_window(monkeypatch, capsys):
    seen = {}
    monkeypatch.setattr("gate_explorer.ui.window.app.run_app", lambda **kw: seen.update(kw) or 0)
    monkeypatch.setattr("gate_explorer.ui.window.app.single_threaded_blas", lambda: None)
    argv = ["--model", "sunspots-lstm", "--series", "s.csv", "--column", "SUNACTIVITY"]
    assert cli.main(argv) == 0
    assert (seen["series"], seen["column"]) == ("s.csv", "SUNACTIVITY")
    assert cli.main(["--column", "A"]) == 2  # a column without a series: a message
    assert "--column goes with --series" in capsys.readouterr().err


def test_huge_start_text_asks_before_running(qtbot, settings):
    w = _window(qtbot, settings)
    huge = "ab" * 50_000  # 100,000 characters
    w.start(model=None, text=huge)
    w.show()
    s = w.session
    assert w.text_input.text() == huge
    assert w.text_input.banner.isVisibleTo(w)
    assert "100,000 characters" in w.text_input.banner_label.text()
    assert s.text != huge  # not run: the model's example is what is computed
    assert not s.busy
    assert s.steps < 1000
    qtbot.mouseClick(w.text_input.truncate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: s.steps == w.text_input.limit, timeout=20_000)
    assert s.text == huge[: w.text_input.limit]
    assert not w.text_input.banner.isVisibleTo(w)
    s.shutdown()


def test_huge_start_text_can_run_in_full(qtbot, settings):
    w = _window(qtbot, settings)
    w.text_input.limit = 300
    w.start(model=None, text="xy" * 200)
    w.show()
    assert w.text_input.banner.isVisibleTo(w)
    qtbot.mouseClick(w.text_input.run_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.session.steps == 400, timeout=10_000)
    w.session.shutdown()


def test_short_start_text_runs_at_once(qtbot, settings):
    w = _window(qtbot, settings)
    w.start(model=None, text="hello there")
    assert w.session.text == "hello there"
    assert w.session.steps == len("hello there")
    assert not w.text_input.banner.isVisibleTo(w)
    w.session.shutdown()
