"""The gradient view's loss for a sigmoid head: -log p of the predicted class, with the
gradient a finite difference agrees with (one output and several)."""

import numpy as np
import pytest

from gate_explorer.analysis.gradient_flow import step_loss
from gate_explorer.engine.embedding import Embedding
from gate_explorer.engine.model import Head, Model
from gate_explorer.engine.net import RecurrentNet
from gate_explorer.engine.tokenize import Tokenizer


@pytest.mark.parametrize("classes", [1, 3])
def test_sigmoid_head_loss_and_gradient(classes):
    rng = np.random.default_rng(0)
    net = RecurrentNet.random("gru", 4, 5, rng=1, dtype=np.float64)
    labels = ("1",) if classes == 1 else ("a", "b", "c")
    head = Head(
        "classify", rng.normal(size=(classes, 5)), rng.normal(size=classes), labels, "sigmoid"
    )
    model = Model("m", net, Tokenizer("char", tuple("wxyz")), Embedding(4), head)
    run = model.run_text("wxyzzy")
    loss = step_loss(model, run, 3)
    out = run.trace.output[3]

    def value(o):
        p = 1 / (1 + np.exp(-(head.weight @ o + head.bias)))
        if classes == 1:
            return -np.log(p[0] if p0 >= 0.5 else 1 - p[0])
        return -np.log(p[y])

    p_now = 1 / (1 + np.exp(-(head.weight @ out + head.bias)))
    p0, y = p_now[0], int(np.argmax(p_now))
    assert loss.value == pytest.approx(value(out))
    eps = 1e-6
    numeric = [(value(out + eps * e) - value(out - eps * e)) / (2 * eps) for e in np.eye(5)]
    np.testing.assert_allclose(loss.d_output, numeric, rtol=1e-5, atol=1e-8)
    assert "predicted class" in loss.note


def test_binary_sigmoid_head_predicts_by_the_half():
    head = Head("classify", np.ones((1, 2)), np.zeros(1), ("1",), "sigmoid")
    probs = np.array([[0.2], [0.7], [0.5]])
    assert head.predicted(probs).tolist() == [0, 1, 1]
    multi = Head("classify", np.ones((3, 2)), np.zeros(3), ("a", "b", "c"), "sigmoid")
    assert multi.predicted(np.array([[0.1, 0.9, 0.3]])).tolist() == [1]
