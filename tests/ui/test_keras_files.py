"""Keras files in the real window: a model whose head cannot be computed shows its gates
and no predictions; a Dense(1, sigmoid) head shows a probability (not the logit)."""

from pathlib import Path

import numpy as np

FIXTURES = Path(__file__).parent.parent / "fixtures"


def open_file(window, path):
    window.ask_path = lambda mode, title, filters: str(path)
    window.open_action.trigger()
    assert window.session.model_ref.source == "file"


def test_skipped_head_leaves_gates_and_no_predictions(window, qtbot):
    open_file(window, FIXTURES / "keras2_functional_attention.h5")
    model = window.session.model
    assert model.head is None
    assert any(n.code == "head-not-computed" for n in model.notices)
    window.session.set_text("1 2 3 4")
    qtbot.waitUntil(lambda: window.session.run is not None and len(window.session.run.tokens) == 4)
    assert window.session.answer().kind == "none"
    assert [r.name for r in window.heatmaps.rows] == ["i", "f", "g", "o", "c", "h"]


def test_sigmoid_head_answers_with_a_probability(window, qtbot):
    open_file(window, FIXTURES / "keras2_gru_bi_weights.h5")
    ref = np.load(FIXTURES / "keras2_gru_bi_weights.npz")
    text = " ".join(str(i) for i in ref["ids"])
    window.session.set_text(text)
    qtbot.waitUntil(lambda: window.session.run is not None and window.session.run.text == text)
    answer = window.session.answer(0)
    assert answer.kind == "classify"
    ((label, p, _),) = answer.items
    assert label == "1"
    np.testing.assert_allclose(p, ref["out"][0, 0], rtol=1e-5)
    assert 0 < p < 1


def test_head_activation_guess_can_be_switched_in_the_window(window, qtbot, tmp_path):
    """A torch-style file with a one-output head: shown through a sigmoid (a notice with
    the switch), and the user can show it as a value instead, which the session keeps."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    from gate_explorer.engine.net import RecurrentNet

    net = RecurrentNet.random("lstm", 3, 4, rng=1)
    gen = np.random.default_rng(2)
    arrays = {f"rnn.{k}": v for k, v in net.state_dict().items()}
    arrays |= {"fc.weight": gen.normal(size=(1, 4)), "fc.bias": gen.normal(size=1)}
    np.savez(tmp_path / "bin.npz", **arrays)
    open_file(window, tmp_path / "bin.npz")
    assert window.session.model.head.activation == "sigmoid"
    badge = window.model_bar.notice_badge
    qtbot.mouseClick(badge, Qt.MouseButton.LeftButton)
    button = badge.dialog.findChild(QPushButton, "headActivation_linear")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session.model.head.activation == "linear")
    assert window.session.model.head.kind == "regress"
    assert window.session.model_ref.head_activation == "linear"
    chosen = [n for n in window.session.model.notices if n.code == "head-activation-chosen"]
    assert chosen
    assert chosen[0].option == "head-activation"  # so it can be switched back
    assert badge.dialog.findChild(QPushButton, "headActivation_sigmoid") is not None


def test_cli_head_activation_option(tmp_path, capsys):
    """``export --head-activation linear`` replaces the guess; the notice says so."""
    import csv

    from gate_explorer import cli
    from gate_explorer.engine.net import RecurrentNet

    net = RecurrentNet.random("gru", 3, 4, rng=3)
    gen = np.random.default_rng(4)
    arrays = {f"rnn.{k}": v for k, v in net.state_dict().items()}
    arrays |= {"fc.weight": gen.normal(size=(1, 4)), "fc.bias": gen.normal(size=1)}
    np.savez(tmp_path / "one.npz", **arrays)
    out = tmp_path / "t.csv"
    args = ["export", "--model", str(tmp_path / "one.npz"), "--text", "0 1 2", "--out", str(out)]
    assert cli.main([*args, "--head-activation", "linear"]) == 0
    err = capsys.readouterr().err
    assert "shown through linear as chosen" in err
    assert "does not say which activation" not in err
    with out.open() as f:
        assert next(csv.reader(f))  # written
