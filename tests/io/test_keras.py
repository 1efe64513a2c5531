"""Keras 2 HDF5 files, built with h5py as Keras writes them, checked against NumPy
references of the Keras and CuDNN equations written straight from the Keras weights."""

import numpy as np
import pytest

from gate_explorer import load_model
from gate_explorer.errors import GateExplorerError

V, F, H = 7, 3, 4
VOCAB = list("abcdef ")


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def hard_sigmoid_keras2(x):
    """Keras 2's hard_sigmoid (the default recurrent_activation before Keras 2.3)."""
    return np.clip(0.2 * x + 0.5, 0.0, 1.0)


def hard_sigmoid_keras3(x):
    """Keras 3's hard_sigmoid: relu6(x + 3) / 6."""
    return np.minimum(np.maximum(x + 3.0, 0.0), 6.0) / 6.0


def cudnn_lstm(xs, kernel, recurrent, bias):
    """cuDNN LSTM as CuDNNLSTM feeds it: each gate's (in, H) slice, flattened, is read by
    cuDNN as a row-major (H, in) matrix; biases are [input i f c o, recurrent i f c o]."""
    mats = [
        (
            kernel[:, j * H : (j + 1) * H].ravel().reshape(H, -1),
            recurrent[:, j * H : (j + 1) * H].ravel().reshape(H, H),
            bias[j * H : (j + 1) * H] + bias[(4 + j) * H : (5 + j) * H],
        )
        for j in range(4)
    ]
    h, c, out = np.zeros(H), np.zeros(H), {k: [] for k in "ifgoch"}
    for x in xs:
        pre = [w @ x + r @ h + b for w, r, b in mats]
        i, f, g, o = sigmoid(pre[0]), sigmoid(pre[1]), np.tanh(pre[2]), sigmoid(pre[3])
        c = f * c + i * g
        h = o * np.tanh(c)
        for k, v in zip("ifgoch", (i, f, g, o, c, h), strict=True):
            out[k].append(v)
    return {k: np.array(v) for k, v in out.items()}


def cudnn_gru(xs, kernel, recurrent, bias):
    """cuDNN GRU as CuDNNGRU feeds it: Keras slices are z, r, h; biases [in z r h, rec z r h]."""

    def mat(k, j, width):
        return k[:, j * H : (j + 1) * H].ravel().reshape(H, width)

    wz, wr, wh = (mat(kernel, j, kernel.shape[0]) for j in range(3))
    rz, rr, rh = (mat(recurrent, j, H) for j in range(3))
    bwz, bwr, bwh, brz, brr, brh = np.split(bias, 6)
    h, out = np.zeros(H), {k: [] for k in "rznh"}
    for x in xs:
        r = sigmoid(wr @ x + rr @ h + bwr + brr)
        z = sigmoid(wz @ x + rz @ h + bwz + brz)
        n = np.tanh(wh @ x + r * (rh @ h + brh) + bwh)
        h = (1 - z) * n + z * h
        for k, v in zip("rznh", (r, z, n, h), strict=True):
            out[k].append(v)
    return {k: np.array(v) for k, v in out.items()}


def keras_lstm(xs, kernel, recurrent, bias, gate=sigmoid):
    """Keras LSTMCell (recurrent activation ``gate``): z = x K + h U + b, split i f c o."""
    h, c, out = np.zeros(H), np.zeros(H), {k: [] for k in "ifgoch"}
    for x in xs:
        zz = x @ kernel + h @ recurrent + bias
        i, f, g, o = (
            gate(zz[:H]),
            gate(zz[H : 2 * H]),
            np.tanh(zz[2 * H : 3 * H]),
            gate(zz[3 * H :]),
        )
        c = f * c + i * g
        h = o * np.tanh(c)
        for k, v in zip("ifgoch", (i, f, g, o, c, h), strict=True):
            out[k].append(v)
    return {k: np.array(v) for k, v in out.items()}


def keras_gru(xs, kernel, recurrent, bias, gate=sigmoid):
    """Keras GRUCell with reset_after=True: bias (2, 3H) = [input, recurrent], slices z r h."""
    h, out = np.zeros(H), {k: [] for k in "rznh"}
    for x in xs:
        mx = x @ kernel + bias[0]
        mh = h @ recurrent + bias[1]
        z = gate(mx[:H] + mh[:H])
        r = gate(mx[H : 2 * H] + mh[H : 2 * H])
        n = np.tanh(mx[2 * H :] + r * mh[2 * H :])
        h = z * h + (1 - z) * n
        for k, v in zip("rznh", (r, z, n, h), strict=True):
            out[k].append(v)
    return {k: np.array(v) for k, v in out.items()}


def keras_gru_reset_before(xs, kernel, recurrent, bias, gate=sigmoid):
    """Keras' original GRUCell (reset_after=False): bias (3H,), n reads U_h (r * h)."""
    h, out = np.zeros(H), {k: [] for k in "rznh"}
    for x in xs:
        mx = x @ kernel + bias
        z = gate(mx[:H] + h @ recurrent[:, :H])
        r = gate(mx[H : 2 * H] + h @ recurrent[:, H : 2 * H])
        n = np.tanh(mx[2 * H :] + (r * h) @ recurrent[:, 2 * H :])
        h = z * h + (1 - z) * n
        for k, v in zip("rznh", (r, z, n, h), strict=True):
            out[k].append(v)
    return {k: np.array(v) for k, v in out.items()}


def weights(rng, layer, bias_shape, gates):
    return [
        (f"{layer}/kernel:0", rng.normal(size=(F, gates * H)).astype(np.float32)),
        (f"{layer}/recurrent_kernel:0", rng.normal(size=(H, gates * H)).astype(np.float32)),
        (f"{layer}/bias:0", rng.normal(size=bias_shape).astype(np.float32)),
    ]


def char_model_layers(rng, rnn_name, rnn_weights):
    emb = rng.normal(size=(V, F)).astype(np.float32)
    dense = [
        ("dense_1/kernel:0", rng.normal(size=(H, V)).astype(np.float32)),
        ("dense_1/bias:0", rng.normal(size=V).astype(np.float32)),
    ]
    return [
        ("embedding_1", [("embedding_1/embeddings:0", emb)]),
        (rnn_name, rnn_weights),
        ("dropout_1", []),
        ("dense_1", dense),
    ]


def hard2(reference):
    return lambda *args: reference(*args, gate=hard_sigmoid_keras2)


CASES = {  # written as Keras 2.2.4 without config: plain layers default to hard_sigmoid
    "cudnnlstm": ("cu_dnnlstm_1", (8 * H,), 4, cudnn_lstm),
    "cudnngru": ("cu_dnngru_1", (6 * H,), 3, cudnn_gru),
    "lstm": ("lstm_1", (4 * H,), 4, hard2(keras_lstm)),
    "gru": ("gru_1", (2, 3 * H), 3, hard2(keras_gru)),
    "gru_reset_before": ("gru_1", (3 * H,), 3, hard2(keras_gru_reset_before)),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_char_model_matches_reference(tmp_path, write_keras, case):
    """Keras < 2.3 weights-only files, built by hand as Keras wrote them, against the
    formulas: CuDNN layers use the exact sigmoid, plain ones Keras 2's hard sigmoid."""
    name, bias_shape, gates, reference = CASES[case]
    rng = np.random.default_rng(3)
    layers = char_model_layers(rng, name, weights(rng, name, bias_shape, gates))
    path = write_keras(tmp_path / f"{case}.h5", layers)
    model = load_model(path, vocab=VOCAB)
    assert model.kind == ("lstm" if gates == 4 else "gru")
    assert model.tokenizer.kind == "char"
    assert model.head.kind == "next-token"
    codes = [n.code for n in model.notices]
    assert ("keras-default-activation" in codes) == (not case.startswith("cudnn"))
    assert "keras-no-config-order" in codes
    if not case.startswith("cudnn"):
        assert model.net.gate_activation == "hard_sigmoid_keras2"
        notice = next(n for n in model.notices if n.code == "keras-default-activation")
        assert "Keras 2.2.4" in notice.message
        assert notice.changes_numbers
    assert model.net.reset_after == (case != "gru_reset_before")

    text = "fade a bead"
    run = model.run_text(text)
    arrays = {
        w.split("/")[0] + "/" + w.split("/")[1].split(":")[0]: a for _, ws in layers for w, a in ws
    }
    ids = [VOCAB.index(ch) for ch in text]
    xs = arrays["embedding_1/embeddings"][ids].astype(np.float64)
    k, r, b = (
        arrays[f"{name}/{n}"].astype(np.float64) for n in ("kernel", "recurrent_kernel", "bias")
    )
    expected = reference(xs, k, r, b)
    for gate, values in expected.items():
        np.testing.assert_allclose(
            run.trace.values(gate), values, rtol=1e-4, atol=1e-5, err_msg=gate
        )
    logits = expected["h"] @ arrays["dense_1/kernel"] + arrays["dense_1/bias"]
    np.testing.assert_allclose(run.logits, logits, rtol=1e-4, atol=1e-4)


def test_full_model_file_with_config_and_simple_rnn_relu(tmp_path, write_keras):
    rng = np.random.default_rng(5)
    k = rng.normal(size=(F, H)).astype(np.float32)
    u = rng.normal(size=(H, H)).astype(np.float32)
    b = rng.normal(size=H).astype(np.float32)
    config = {
        "class_name": "Sequential",
        "config": {
            "name": "seq",
            "layers": [
                {"class_name": "SimpleRNN", "config": {"name": "rnn", "activation": "relu"}},
            ],
        },
    }
    layers = [("rnn", [("rnn/kernel:0", k), ("rnn/recurrent_kernel:0", u), ("rnn/bias:0", b)])]
    path = write_keras(tmp_path / "full.h5", layers, config=config)
    model = load_model(path, vocab=list("abc"))  # one-hot: 3 tokens for F = 3 inputs
    assert model.kind == "rnn_relu"
    assert model.head is None
    run = model.run_text("cab")
    h, hs = np.zeros(H), []
    for x in np.eye(3)[[2, 0, 1]]:
        h = np.maximum(0, x @ k + h @ u + b)
        hs.append(h)
    np.testing.assert_allclose(run.trace.values("h"), np.array(hs), rtol=1e-5, atol=1e-5)


def test_bidirectional_lstm(tmp_path, write_keras):
    rng = np.random.default_rng(9)
    fw = weights(rng, "bidirectional_1/forward_lstm_1", (4 * H,), 4)
    bw = weights(rng, "bidirectional_1/backward_lstm_1", (4 * H,), 4)
    path = write_keras(tmp_path / "bi.h5", [("bidirectional_1", fw + bw)])
    model = load_model(path)
    assert model.net.config.bidirectional
    x = rng.normal(size=(5, F))
    trace = model.net.run(x)
    ref_f = keras_lstm(x, *(a.astype(np.float64) for _, a in fw), gate=hard_sigmoid_keras2)
    ref_b = keras_lstm(x[::-1], *(a.astype(np.float64) for _, a in bw), gate=hard_sigmoid_keras2)
    expected = np.concatenate([ref_f["h"], ref_b["h"][::-1]], axis=1)
    np.testing.assert_allclose(trace.output, expected, rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize(
    ("version", "gate"), [("2.2.4", hard_sigmoid_keras2), ("3.1.0", hard_sigmoid_keras3)]
)
@pytest.mark.parametrize("cell", ["lstm", "gru_reset_before"])
def test_hard_sigmoid_config_by_keras_version(tmp_path, write_keras, version, gate, cell):
    """recurrent_activation='hard_sigmoid' is Keras 2's formula in a Keras 2 file and
    Keras 3's in a Keras 3 file; GRU(reset_after=False) is Keras' original GRU."""
    rng = np.random.default_rng(1)
    gates, bias, ref = (
        (4, (4 * H,), keras_lstm) if cell == "lstm" else (3, (3 * H,), keras_gru_reset_before)
    )
    cls = "LSTM" if cell == "lstm" else "GRU"
    config = {
        "class_name": "Sequential",
        "config": [
            {
                "class_name": cls,
                "config": {
                    "name": "rnn_1",
                    "activation": "tanh",
                    "recurrent_activation": "hard_sigmoid",
                    "reset_after": False,
                },
            },
        ],
    }
    w = weights(rng, "rnn_1", bias, gates)
    path = write_keras(tmp_path / "l.h5", [("rnn_1", w)], config, version)
    model = load_model(path)
    # the config says the activation: no guess about it (a one-hot file has no vocabulary)
    assert {n.code for n in model.notices} <= {"head-activation-guessed", "vocab-missing"}
    x = rng.normal(size=(7, F))
    expected = ref(x, *(a.astype(np.float64) for _, a in w), gate=gate)
    run = model.net.run(x)
    for name, values in expected.items():
        np.testing.assert_allclose(run.values(name), values, rtol=1e-5, atol=1e-6, err_msg=name)


def test_bad_bias_shape_and_vocab_size(tmp_path, write_keras):
    rng = np.random.default_rng(2)
    path = write_keras(tmp_path / "b.h5", [("lstm_1", weights(rng, "lstm_1", (5 * H,), 4))])
    with pytest.raises(
        GateExplorerError, match=r"LSTM bias has shape \(20,\), expected \(16,\) or \(32,\)"
    ):
        load_model(path)
    layers = char_model_layers(rng, "lstm_1", weights(rng, "lstm_1", (4 * H,), 4))
    path = write_keras(tmp_path / "c.h5", layers)
    with pytest.raises(GateExplorerError, match=r"has 3 tokens but the embedding has 7 rows"):
        load_model(path, vocab=list("abc"))


def test_not_keras_files(tmp_path, write_keras):
    import h5py

    path = tmp_path / "empty.h5"
    with h5py.File(path, "w") as f:
        f.create_dataset("x", data=np.zeros(3))
    with pytest.raises(GateExplorerError, match="no layer_names attribute"):
        load_model(path)
    rng = np.random.default_rng(2)
    path = write_keras(
        tmp_path / "dense.h5", [("dense_1", [("dense_1/kernel:0", rng.normal(size=(3, 2)))])]
    )
    with pytest.raises(GateExplorerError, match="dense_1 comes before the recurrent layers"):
        load_model(path)


def test_tf2_names_and_full_model_config(tmp_path, write_keras):
    """tf.keras 2.x names weights ``gru/gru_cell/kernel:0`` and stores a model config."""
    rng = np.random.default_rng(4)
    gru = [
        ("gru/gru_cell/kernel:0", rng.normal(size=(F, 3 * H)).astype(np.float32)),
        ("gru/gru_cell/recurrent_kernel:0", rng.normal(size=(H, 3 * H)).astype(np.float32)),
        ("gru/gru_cell/bias:0", rng.normal(size=(2, 3 * H)).astype(np.float32)),
    ]
    config = {
        "class_name": "Functional",
        "config": {
            "name": "model",
            "layers": [
                {"class_name": "InputLayer", "config": {"name": "input_1"}},
                {
                    "class_name": "GRU",
                    "config": {
                        "name": "gru",
                        "activation": "tanh",
                        "recurrent_activation": "sigmoid",
                        "reset_after": True,
                    },
                },
            ],
        },
    }
    path = write_keras(tmp_path / "tf2.h5", [("input_1", []), ("gru", gru)], config, "2.12.0")
    model = load_model(path)
    assert not any("hard_sigmoid" in n or "assumed" in n for n in map(str, model.notices))
    x = rng.normal(size=(6, F))
    expected = keras_gru(x, *(a.astype(np.float64) for _, a in gru))
    np.testing.assert_allclose(model.net.run(x).values("h"), expected["h"], rtol=1e-4, atol=1e-5)


def test_conv_lstm_with_lstm_shaped_weights_is_refused(tmp_path, write_keras):
    """A ConvLSTM2D whose arrays happen to look like an LSTM's is never read as one."""
    rng = np.random.default_rng(0)
    w = weights(rng, "conv_lst_m2d_1", (4 * H,), 4)
    path = write_keras(tmp_path / "c.h5", [("conv_lst_m2d_1", w)])
    with pytest.raises(GateExplorerError, match=r"conv_lst_m2d_1.*convolutions") as err:
        load_model(path)
    assert "\n" not in str(err.value)
    config = {
        "class_name": "Sequential",
        "config": {"layers": [{"class_name": "ConvLSTM2D", "config": {"name": "frames"}}]},
    }
    path = write_keras(tmp_path / "d.h5", [("frames", weights(rng, "frames", (4 * H,), 4))], config)
    with pytest.raises(GateExplorerError, match="'frames' is ConvLSTM2D"):
        load_model(path)


def test_huge_declared_shape_in_a_keras2_file(tmp_path):
    """An 8 KB .h5 declaring 10^6 x 10^6: refused from the metadata, nothing allocated."""
    import h5py

    path = tmp_path / "huge.h5"
    with h5py.File(path, "w") as f:
        f.attrs["layer_names"] = [b"lstm_1"]
        g = f.create_group("lstm_1")
        g.attrs["weight_names"] = [b"lstm_1/kernel:0"]
        g.create_dataset("lstm_1/kernel:0", shape=(10**6, 10**6), dtype="float32")
    assert path.stat().st_size < 8192
    with pytest.raises(
        GateExplorerError, match=r"declares \(1000000, 1000000\).*over the limit of 2 GiB"
    ) as err:
        load_model(path)
    assert "\n" not in str(err.value)


def test_layers_without_weights_never_vanish(tmp_path, write_keras):
    """A weights-only file whose weightless layer is not a dropout: the chain stops there,
    the layers after it are named, and there is no head."""
    rng = np.random.default_rng(8)
    layers = char_model_layers(rng, "lstm_1", weights(rng, "lstm_1", (4 * H,), 4))
    layers[2] = ("flatten_1", [])  # instead of dropout_1
    model = load_model(write_keras(tmp_path / "f.h5", layers), vocab=VOCAB)
    assert model.head is None
    notices = {n.code: n.message for n in model.notices}
    assert "flatten_1, dense_1" in notices["layers-skipped"]
    assert "flatten_1 follows the recurrent layers" in notices["head-not-computed"]


def test_keras1_file_is_named(tmp_path, write_keras):
    rng = np.random.default_rng(0)
    arrays = [(f"lstm_1_{w}_{g}:0", rng.normal(size=(3, 4))) for w in "WU" for g in "ifco"]
    path = write_keras(tmp_path / "k1.h5", [("lstm_1", arrays)], keras_version="1.2.2")
    with pytest.raises(GateExplorerError, match=r"Keras 1\.2\.2, whose per-gate weights"):
        load_model(path)
