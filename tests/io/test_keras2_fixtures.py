"""Keras 2 files made by tf.keras 2.15 (``tests/fixtures/make_keras2_fixtures.py``), against
what Keras computed on them: every state of every layer (stepped through Keras's own
cells) and the model's output, per tensor max|a - b| / max(1, max|b|) <= 1e-5."""

from pathlib import Path

import numpy as np
import pytest

from gate_explorer import load_model

from .helpers import close

FIXTURES = Path(__file__).parent.parent / "fixtures"
pytest.importorskip("h5py")


def check(name):
    model = load_model(FIXTURES / f"keras2_{name}.h5")
    ref = np.load(FIXTURES / f"keras2_{name}.npz")
    text = " ".join(str(i) for i in ref["ids"])  # no vocabulary: ids typed as words
    run = model.run_text(text)
    keys = [k for k in ref.files if k[:2] in ("h_", "c_")]
    assert keys
    for key in keys:
        state, layer = key.split("_")[0], int(key.split("_l")[1][0])
        d = 1 if key.endswith("_reverse") else 0
        close(run.trace.values(state, layer, d), ref[key], key)
    return model, run, ref


def test_lstm_hard_sigmoid_full_model():
    model, run, ref = check("lstm_hard")
    assert model.net.gate_activation == "hard_sigmoid_keras2"
    assert model.net.config.num_layers == 2
    close(run.probs, ref["out"], "softmax output")
    # nothing about activations or layers is guessed; the file holds no vocabulary
    assert {n.code for n in model.notices} == {"vocab-missing"}


def test_bidirectional_gru_reset_before_weights_only():
    model, run, ref = check("gru_bi_weights")
    assert not model.net.reset_after
    assert model.net.config.bidirectional
    codes = {n.code for n in model.notices}
    assert "keras-no-config-order" in codes  # weights only: order and activations assumed
    assert "head-activation-guessed" in codes  # one output: shown through a sigmoid
    close(run.probs, ref["out"], "sigmoid output")


def test_cudnn_lstm_weights_converted_as_keras_does():
    model, run, ref = check("cudnn_lstm")
    assert model.head is None
    close(run.trace.output, ref["out"], "output")


def test_functional_graph_with_attention_head():
    model, run, _ = check("functional_attention")
    assert model.head is None
    assert run.probs is None
    notices = {n.code: n.message for n in model.notices}
    for name in ("rnn_concat (Concatenate)", "attention (Attention)", "output (Dense)"):
        assert name in notices["layers-skipped"]
    assert "head-not-computed" in notices


def test_cudnn_gru_weights_converted_as_keras_does():
    model, run, ref = check("cudnn_gru")
    assert model.kind == "gru"
    assert model.net.reset_after
    close(run.trace.output, ref["out"], "output")


def test_bidirectional_lstm_full_model_tf2_names():
    model, run, ref = check("bilstm")
    assert model.net.config.bidirectional
    assert (model.head.kind, model.head.activation) == ("classify", "sigmoid")
    close(run.probs, ref["out"], "sigmoid output")


def test_progress_follows_the_arrays():
    calls = []
    path = FIXTURES / "keras2_lstm_hard.h5"
    load_model(path, progress=lambda done, total: calls.append((done, total)))
    assert len(calls) == 9  # embedding, 2 x 3 LSTM arrays, Dense kernel and bias
    assert calls == sorted(calls)
    assert {total for _, total in calls} == {path.stat().st_size}
