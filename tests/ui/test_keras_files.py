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
