"""Choices made when a weights file becomes a Model: trained or not, which head."""

import numpy as np

from gate_explorer import load_model
from gate_explorer.engine.net import RecurrentNet
from gate_explorer.io.assemble import looks_untrained


def test_looks_untrained():
    net = RecurrentNet.random("lstm", 3, 16, rng=0)
    assert looks_untrained(net.params, 16)  # torch's init range
    scaled = {k: v * 4 for k, v in net.params.items()}
    assert not looks_untrained(scaled, 16)
    keras_init = {k: v * 4 for k, v in net.params.items() if k.startswith("weight")}
    forget = np.zeros(64, np.float32)
    forget[16:32] = 1.0
    keras_init["bias_ih_l0"] = forget  # Keras: zeros, ones for the forget gate
    assert looks_untrained(keras_init, 16)


def test_head_feeding_more_layers_is_not_shown(tmp_path):
    net = RecurrentNet.random("gru", 5, 4, rng=1)
    arrays = {f"rnn.{k}": v * 3 for k, v in net.state_dict().items()}
    arrays["fc1.weight"], arrays["fc1.bias"] = np.ones((6, 4)), np.zeros(6)
    arrays["fc2.weight"], arrays["fc2.bias"] = np.ones((2, 6)), np.zeros(2)
    np.savez(tmp_path / "mlp.npz", **arrays)
    model = load_model(tmp_path / "mlp.npz")
    assert model.head is None
    assert any("fc1.weight feeds further layers (fc2.weight)" in n for n in map(str, model.notices))


def test_classify_and_regress_heads(tmp_path):
    net = RecurrentNet.random("lstm", 5, 4, rng=2)
    arrays = {**net.state_dict(), "out.weight": np.ones((3, 4)), "out.bias": np.zeros(3)}
    np.savez(tmp_path / "cls.npz", **arrays)
    head = load_model(tmp_path / "cls.npz").head
    assert (head.kind, head.labels) == ("classify", ("0", "1", "2"))
    arrays.update({"out.weight": np.ones((1, 4)), "out.bias": np.zeros(1)})
    np.savez(tmp_path / "reg.npz", **arrays)
    run = load_model(tmp_path / "reg.npz", head_activation="linear").run_text("0 4")
    assert run.predictions.shape == (2,)


def test_head_activation_is_a_notice_when_the_file_does_not_say(tmp_path):
    """A torch nn.Linear records no activation: one output is shown through a sigmoid
    (p of class 1), several through softmax, and each choice is a notice."""
    net = RecurrentNet.random("gru", 5, 4, rng=3)
    rng = np.random.default_rng(0)
    w, b = rng.normal(size=(1, 4)), rng.normal(size=1)
    np.savez(tmp_path / "bin.npz", **net.state_dict(), **{"out.weight": w, "out.bias": b})
    model = load_model(tmp_path / "bin.npz")
    assert (model.head.kind, model.head.activation, model.head.labels) == (
        "classify",
        "sigmoid",
        ("1",),
    )
    (notice,) = [n for n in model.notices if n.code == "head-activation-guessed"]
    assert notice.option == "head-activation"
    assert notice.changes_numbers
    assert "sigmoid" in notice.message
    run = model.run_text("0 3 1")
    logits = run.trace.output @ w.T + b
    np.testing.assert_allclose(run.probs, 1 / (1 + np.exp(-logits)), rtol=1e-6)
    assert np.all((run.probs > 0) & (run.probs < 1))
    told = load_model(tmp_path / "bin.npz", head_activation="sigmoid")
    assert not any(n.code == "head-activation-guessed" for n in told.notices)
    np.savez(
        tmp_path / "multi.npz",
        **net.state_dict(),
        **{"out.weight": np.ones((3, 4)), "out.bias": np.zeros(3)},
    )
    model = load_model(tmp_path / "multi.npz")
    assert model.head.activation == "softmax"
    assert any("softmax over its 3 outputs" in n.message for n in model.notices)
    np.testing.assert_allclose(model.run_text("1 2").probs.sum(axis=1), 1.0, rtol=1e-6)
