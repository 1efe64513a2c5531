"""Plain weights files (npz, safetensors, torch state_dict): layout, inference, errors."""

import numpy as np
import pytest

from gate_explorer import load_model
from gate_explorer.engine.net import RecurrentNet
from gate_explorer.errors import GateExplorerError

VOCAB = list("abcdefgh ")


def whole_model_arrays(kind="lstm", prefix="rnn.", rng=0, **net_kw):
    """A whole model's arrays: embedding (9, 4), a recurrent net, a linear head (9, D*H)."""
    gen = np.random.default_rng(rng)
    net = RecurrentNet.random(kind, 4, 5, rng=gen, **net_kw)
    d_out = net.config.num_directions * net.config.output_size
    arrays = {f"{prefix}{k}": v * 3 for k, v in net.state_dict().items()}  # "trained"
    arrays["embedding.weight"] = gen.normal(size=(9, 4)).astype(np.float32)
    arrays["decoder.weight"] = gen.normal(size=(9, d_out)).astype(np.float32)
    arrays["decoder.bias"] = gen.normal(size=9).astype(np.float32)
    return arrays


def reference_logits(arrays, kind, text, prefix="rnn."):
    params = {k[len(prefix) :]: v for k, v in arrays.items() if k.startswith(prefix)}
    net = RecurrentNet.from_state_dict(kind, params)
    x = arrays["embedding.weight"][[VOCAB.index(c) for c in text]]
    return net.run(x).output @ arrays["decoder.weight"].T + arrays["decoder.bias"]


@pytest.mark.parametrize(
    ("kind", "net_kw"),
    [
        ("lstm", {"num_layers": 2}),
        ("gru", {"bidirectional": True}),
        ("rnn_tanh", {}),
        ("lstm", {"proj_size": 3}),
    ],
)
def test_npz_whole_model(tmp_path, kind, net_kw):
    arrays = whole_model_arrays(kind, **net_kw)
    np.savez(tmp_path / "w.npz", **arrays)
    model = load_model(tmp_path / "w.npz", vocab=VOCAB)
    assert model.kind == kind
    assert model.trained
    assert model.head.kind == "next-token"
    assert model.head.labels == tuple(VOCAB)
    np.testing.assert_allclose(
        model.run_text("bag face").logits,
        reference_logits(arrays, kind, "bag face"),
        rtol=1e-5,
        atol=1e-5,
    )


def test_safetensors_and_rnn_relu_by_kind(tmp_path):
    from safetensors.numpy import save_file

    arrays = whole_model_arrays("rnn_relu", prefix="encoder.rnn.")
    save_file(arrays, str(tmp_path / "w.safetensors"))
    model = load_model(tmp_path / "w.safetensors", vocab=VOCAB, kind="relu")
    assert model.kind == "rnn_relu"
    np.testing.assert_allclose(
        model.run_text("cab").logits,
        reference_logits(arrays, "rnn_relu", "cab", prefix="encoder.rnn."),
        rtol=1e-5,
        atol=1e-5,
    )
    assert load_model(tmp_path / "w.safetensors", vocab=VOCAB).kind == "rnn_tanh"
    with pytest.raises(
        GateExplorerError, match=r"kind='lstm' expects weight_hh_l0 of shape \(4\*H, H\)"
    ):
        load_model(tmp_path / "w.safetensors", vocab=VOCAB, kind="lstm")


@pytest.mark.torch
def test_torch_whole_model_state_dict(tmp_path):
    torch = pytest.importorskip("torch")
    torch.manual_seed(0)

    class CharLSTM(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.embedding = torch.nn.Embedding(9, 4)
            self.lstm = torch.nn.LSTM(4, 6, num_layers=2)
            self.fc = torch.nn.Linear(6, 9)

        def forward(self, ids):
            out, _ = self.lstm(self.embedding(ids))
            return self.fc(out)

    net = CharLSTM()
    with torch.no_grad():
        for p in net.lstm.parameters():
            p.mul_(4)  # leave the init range, as training does
    torch.save({"model_state_dict": net.state_dict(), "epoch": 3, "itos": VOCAB}, tmp_path / "m.pt")
    model = load_model(tmp_path / "m.pt")  # vocab from the checkpoint
    assert model.vocab == VOCAB
    assert model.trained
    run = model.run_text("fed a cab")
    with torch.no_grad():
        expected = net(torch.tensor([VOCAB.index(c) for c in "fed a cab"])).numpy()
    np.testing.assert_allclose(run.logits, expected, rtol=1e-5, atol=1e-5)
    torch.save(torch.nn.LSTM(2, 3), tmp_path / "whole.pt")  # a pickled module
    with pytest.raises(
        GateExplorerError,
        match=r"blocked: the pickle asks for torch\.nn\.modules\.rnn\.LSTM; a whole pickled "
        r"model is not read: save model\.state_dict\(\)",
    ):
        load_model(tmp_path / "whole.pt")


def test_defaults_without_vocab(tmp_path):
    net = RecurrentNet.random("gru", 6, 3)
    np.savez(tmp_path / "onehot.npz", **net.state_dict())
    model = load_model(tmp_path / "onehot.npz")
    assert model.tokenizer.kind == "word"
    assert model.vocab == [str(i) for i in range(6)]
    assert not model.trained  # weights within torch's init range
    assert [t.id for t in model.run_text("3 0 9").tokens] == [3, 0, -1]
    net1 = RecurrentNet.random("lstm", 1, 3)
    np.savez(tmp_path / "numeric.npz", **net1.state_dict())
    model = load_model(tmp_path / "numeric.npz")
    assert model.tokenizer.kind == "number"
    assert model.run_text("1.5, 2 3").trace.steps == 3


def test_ambiguous_and_missing(tmp_path):
    arrays = whole_model_arrays()
    arrays.update({f"decoder_rnn.{k[4:]}": v for k, v in arrays.items() if k.startswith("rnn.")})
    np.savez(tmp_path / "two.npz", **arrays)
    with pytest.raises(
        GateExplorerError,
        match=r"holds 2 recurrent modules \(decoder_rnn: lstm, 4 -> 5; rnn: lstm, 4 -> 5\); "
        r"choose one with --module NAME",
    ):
        load_model(tmp_path / "two.npz", vocab=VOCAB)
    assert load_model(tmp_path / "two.npz", vocab=VOCAB, prefix="rnn.").kind == "lstm"
    assert load_model(tmp_path / "two.npz", vocab=VOCAB, module="decoder_rnn").kind == "lstm"

    arrays = whole_model_arrays()
    arrays["other.weight"] = arrays["embedding.weight"].copy()
    arrays["table.weight"] = arrays["embedding.weight"].copy()
    arrays.pop("embedding.weight")
    np.savez(tmp_path / "emb.npz", **arrays)
    with pytest.raises(
        GateExplorerError, match=r"ambiguous embedding: other\.weight, table\.weight"
    ):
        load_model(tmp_path / "emb.npz")

    np.savez(tmp_path / "none.npz", fc_weight=np.zeros((2, 3)))
    with pytest.raises(GateExplorerError, match=r"no recurrent weights found.*fc_weight \(2, 3\)"):
        load_model(tmp_path / "none.npz")


def test_shape_and_vocab_mismatch_messages(tmp_path):
    arrays = whole_model_arrays()
    arrays["rnn.weight_hh_l0"] = arrays["rnn.weight_hh_l0"][:, :4]
    np.savez(tmp_path / "bad.npz", **arrays)
    with pytest.raises(GateExplorerError, match=r"weight_hh_l0 has shape \(20, 4\)"):
        load_model(tmp_path / "bad.npz", vocab=VOCAB)
    np.savez(tmp_path / "ok.npz", **whole_model_arrays())
    with pytest.raises(GateExplorerError, match="has 5 tokens but the embedding has 9 rows"):
        load_model(tmp_path / "ok.npz", vocab=list("abcde"))
    net = RecurrentNet.random("gru", 6, 3)
    np.savez(tmp_path / "onehot.npz", **net.state_dict())
    with pytest.raises(GateExplorerError, match=r"net takes 6 inputs .* exactly 6 tokens"):
        load_model(tmp_path / "onehot.npz", vocab=VOCAB)


def test_nonfinite_weights(tmp_path):
    arrays = whole_model_arrays("gru")
    arrays["rnn.bias_hh_l0"][4] = np.inf
    np.savez(tmp_path / "inf.npz", **arrays)
    with pytest.raises(
        GateExplorerError, match=r"bias_hh_l0 has 1 inf value\(s\), the first at index \[4\]"
    ):
        load_model(tmp_path / "inf.npz", vocab=VOCAB)
    model = load_model(tmp_path / "inf.npz", vocab=VOCAB, allow_nonfinite=True)
    assert model.net.nonfinite == ["bias_hh_l0"]


def test_safetensors_read_without_the_package_match_it(tmp_path):
    from safetensors.numpy import load_file, save_file

    from gate_explorer.io.readers import read_safetensors

    gen = np.random.default_rng(0)
    arrays = {
        "f32": gen.normal(size=(3, 4)).astype(np.float32),
        "f64": gen.normal(size=5),
        "f16": gen.normal(size=(2, 2)).astype(np.float16),
        "i64": np.arange(6).reshape(2, 3),
        "u8": np.arange(4, dtype=np.uint8),
        "b": np.array([True, False]),
        "scalar": np.array(2.5, np.float32),
        "empty": np.zeros((0, 3), np.float32),
    }
    save_file(arrays, str(tmp_path / "w.safetensors"), metadata={"vocab": '["a", "b"]'})
    got, extras = read_safetensors(tmp_path / "w.safetensors")
    want = load_file(str(tmp_path / "w.safetensors"))
    assert got.keys() == want.keys()
    for key in want:
        assert got[key].dtype == want[key].dtype
        np.testing.assert_array_equal(got[key], want[key])
    assert extras["vocab"] == ["a", "b"]


@pytest.mark.torch
def test_safetensors_bf16_widened_like_torch(tmp_path):
    torch = pytest.importorskip("torch")
    from safetensors.torch import save_file

    net = torch.nn.GRU(4, 5)
    sd = {f"rnn.{k}": (v * 3).to(torch.bfloat16) for k, v in net.state_dict().items()}
    save_file(sd, str(tmp_path / "bf16.safetensors"))
    model = load_model(tmp_path / "bf16.safetensors", kind="gru")
    for key, value in sd.items():
        np.testing.assert_array_equal(model.net.params[key[4:]], value.float().numpy())


def test_safetensors_lies_are_refused(tmp_path):
    header = b'{"w": {"dtype": "F32", "shape": [1000000, 1000000], "data_offsets": [0, 16]}}'
    (tmp_path / "lie.safetensors").write_bytes(
        len(header).to_bytes(8, "little") + header + b"\0" * 16
    )
    with pytest.raises(GateExplorerError, match=r"declares shape \(1000000, 1000000\) .* spans 16"):
        load_model(tmp_path / "lie.safetensors")
    (tmp_path / "long.safetensors").write_bytes((10**12).to_bytes(8, "little") + b"{}")
    with pytest.raises(GateExplorerError, match=r"header declares 1,000,000,000,000 bytes"):
        load_model(tmp_path / "long.safetensors")
