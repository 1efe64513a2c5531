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
    run = load_model(tmp_path / "reg.npz").run_text("0 4")
    assert run.predictions.shape == (2,)
