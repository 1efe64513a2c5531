"""Real pretrained files that ship inside PyPI packages (``tests/fixtures/textgenrnn``),
against their framework's numbers, per tensor max|a - b| / max(1, max|b|) <= 1e-5."""

from pathlib import Path

import numpy as np
import pytest

from gate_explorer import load_model

from .helpers import close

HERE = Path(__file__).parent.parent / "fixtures" / "textgenrnn"
pytest.importorskip("h5py")


def test_textgenrnn_cudnn_lstm_stack_with_attention_head():
    model = load_model(HERE / "textgenrnn_weights.hdf5", vocab=HERE / "textgenrnn_vocab.json")
    assert model.net.describe() == "lstm 100->128, 2 layers"
    assert model.net.gate_activation == "sigmoid"  # CuDNN: exact sigmoid, Keras 2.1.5 or not
    assert model.tokenizer.kind == "char"
    assert model.head is None
    notices = {n.code: n.message for n in model.notices}
    assert "rnn_concat, attention, output" in notices["layers-skipped"]
    assert "head-not-computed" in notices
    assert "keras-no-config-order" in notices
    assert "keras-default-activation" not in notices
    ref = np.load(HERE / "reference.npz")
    run = model.run_text(str(ref["text"]))
    assert [t.id for t in run.tokens] == ref["ids"].tolist()
    for k in range(2):
        close(run.trace.values("h", k), ref[f"h_l{k}"], f"h layer {k}")
        close(run.trace.values("c", k), ref[f"c_l{k}"], f"c layer {k}")


def test_chars2vec_old_keras_one_hot_lstm_gets_its_hard_sigmoid():
    """Keras 2.2.0, weights only, one-hot input: the version's default gate activation
    (hard_sigmoid) is applied, with a notice, and matches Keras on every state."""
    folder = HERE.parent / "chars2vec"
    model = load_model(folder / "eng_50_weights.h5", vocab=folder / "vocab.json")
    assert model.net.describe() == "lstm 59->50, 2 layers, hard sigmoid (Keras 2)"
    assert model.embedding.weight is None  # one-hot characters
    assert model.head is None
    notices = {n.code: n for n in model.notices}
    assert "Keras 2.2.0" in notices["keras-default-activation"].message
    assert notices["keras-default-activation"].changes_numbers
    ref = np.load(folder / "reference.npz")
    run = model.run_text(str(ref["text"]))
    assert not any(t.id < 0 for t in run.tokens)
    for k in range(2):
        close(run.trace.values("h", k), ref[f"h_l{k}"], f"h layer {k}")
        close(run.trace.values("c", k), ref[f"c_l{k}"], f"c layer {k}")
