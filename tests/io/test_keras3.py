"""Keras 3 files built by Keras itself (torch backend): ``.keras``, ``.weights.h5`` and the
legacy ``.h5``, checked against Keras's own numbers: every state of every recurrent layer
(stepped through Keras's own cells) and the model's output, per tensor
max|a - b| / max(1, max|b|) <= 1e-5."""

import os
import re

import numpy as np
import pytest

os.environ.setdefault("KERAS_BACKEND", "torch")
keras = pytest.importorskip("keras")

from gate_explorer import load_model  # noqa: E402
from gate_explorer.errors import GateExplorerError  # noqa: E402

from .helpers import close  # noqa: E402

pytestmark = pytest.mark.skipif(
    keras.backend.backend() != "torch", reason="these tests build files on Keras's torch backend"
)
VOCAB = list("abcdefg")
TEXT = "abcgfedcab"
L = keras.layers


def randomize(model, seed=0):
    """Trained-looking weights: every variable drawn from N(0, 0.5) (biases too)."""
    rng = np.random.default_rng(seed)
    for var in model.weights:
        var.assign(rng.normal(0, 0.5, size=tuple(var.shape)).astype("float32"))
    return model


def numpy(x):
    return np.asarray(keras.ops.convert_to_numpy(x))


def step_cell(cell, xs, backwards=False):
    """Run a Keras cell over xs (T, F) step by step: {'h': (T, H)[, 'c': (T, H)]}."""
    seq = xs[::-1] if backwards else xs
    units = cell.units
    lstm = isinstance(cell, L.LSTMCell)
    states = [np.zeros((1, units), "float32")] * (2 if lstm else 1)
    hs, cs = [], []
    for x in seq:
        _, states = cell(x[None].astype("float32"), states)
        states = [numpy(s) for s in (states if isinstance(states, list | tuple) else [states])]
        hs.append(states[0][0])
        if lstm:
            cs.append(states[1][0])
    out = {"h": np.array(hs)}
    if lstm:
        out["c"] = np.array(cs)
    return {k: v[::-1] for k, v in out.items()} if backwards else out


def check_against_keras(model, km, stack, x, text=TEXT):
    """Every state of ``stack`` (the recurrent Keras layers, in order) and the output."""
    probe = keras.Model(km.inputs, [layer.input for layer in stack] + [km.outputs[0]])
    got = [numpy(o[0] if isinstance(o, list) else o)[0] for o in probe([x])]
    ins, out = got[:-1], got[-1]
    run = model.run_text(text)
    assert run.trace.num_layers == len(stack)
    for k, layer in enumerate(stack):
        if isinstance(layer, L.Bidirectional):
            cells = [(layer.forward_layer.cell, False), (layer.backward_layer.cell, True)]
        else:
            cells = [(layer.cell, False)]
        for d, (cell, back) in enumerate(cells):
            for name, ref in step_cell(cell, ins[k], back).items():
                close(run.trace.values(name, k, d), ref, f"layer {k} dir {d} {name}")
    return run, out


def char_lstm(cell=L.LSTM, **kw):
    km = keras.Sequential(
        [
            keras.Input((None,), dtype="int32"),
            L.Embedding(len(VOCAB), 5),
            cell(6, return_sequences=True, **kw),
            L.Dropout(0.3),
            cell(6, return_sequences=True, **kw),
            L.Dense(len(VOCAB), activation="softmax"),
        ]
    )
    return randomize(km)


def ids(text=TEXT):
    return np.array([[VOCAB.index(c) for c in text]], dtype="int32")


@pytest.mark.parametrize("fmt", [".keras", ".weights.h5", ".h5"])
def test_sequential_lstm_stack_all_three_formats(tmp_path, fmt):
    km = char_lstm()
    path = tmp_path / f"char{fmt}"
    if fmt == ".weights.h5":
        km.save_weights(path)
    else:
        km.save(path)
    model = load_model(path, vocab=VOCAB)
    assert model.net.describe() == "lstm 5->6, 2 layers"
    stack = [layer for layer in km.layers if isinstance(layer, L.LSTM)]
    run, out = check_against_keras(model, km, stack, ids())
    close(run.probs, out, "softmax output")
    codes = {n.code for n in model.notices}
    if fmt == ".weights.h5":
        assert {"keras-no-config-order", "head-activation-guessed"} <= codes
        (order,) = [n for n in model.notices if n.code == "keras-no-config-order"]
        assert re.search(
            r"order \(embedding\w*, dropout\w*, lstm\w*, lstm\w*, dense\w*\)", order.message
        )
    else:
        assert not codes & {"keras-no-config-order", "head-activation-guessed"}
        assert model.head.activation == "softmax"


@pytest.mark.parametrize("fmt", [".keras", ".weights.h5", ".h5"])
def test_bidirectional_gru_with_sigmoid_classifier(tmp_path, fmt):
    km = randomize(
        keras.Sequential(
            [
                keras.Input((None,), dtype="int32"),
                L.Embedding(len(VOCAB), 4),
                L.Bidirectional(L.GRU(5, return_sequences=True)),
                L.Dense(1, activation="sigmoid"),
            ]
        ),
        seed=3,
    )
    path = tmp_path / f"bi{fmt}"
    km.save_weights(path) if fmt == ".weights.h5" else km.save(path)
    model = load_model(path, vocab=VOCAB)
    assert model.net.config.bidirectional
    assert model.kind == "gru"
    assert model.head.kind == "classify"
    assert model.head.activation == "sigmoid"  # from the config, or the one-output guess
    run, out = check_against_keras(model, km, [km.layers[1]], ids())
    close(run.probs, out, "sigmoid output")  # the probability, not the logit
    assert np.all((run.probs > 0) & (run.probs < 1))


def test_numeric_simple_rnn_relu_time_distributed_regression(tmp_path):
    km = randomize(
        keras.Sequential(
            [
                keras.Input((None, 1)),
                L.SimpleRNN(4, activation="relu", return_sequences=True),
                L.TimeDistributed(L.Dense(1)),
            ]
        ),
        seed=5,
    )
    km.save(tmp_path / "reg.keras")
    model = load_model(tmp_path / "reg.keras")
    assert model.kind == "rnn_relu"
    assert model.head.kind == "regress"
    text = "0.5 -1 2 0.25 1.5"
    x = np.array([float(v) for v in text.split()], "float32")[None, :, None]
    run, out = check_against_keras(model, km, [km.layers[0]], x, text)
    close(run.predictions, out[:, 0], "regression output")


def test_dense_then_activation_layer_is_the_head(tmp_path):
    inp = keras.Input((None,), dtype="int32")
    h = L.LSTM(4, return_sequences=True)(L.Embedding(len(VOCAB), 3)(inp))
    out = L.Activation("softmax")(L.Dense(len(VOCAB))(L.Dropout(0.2)(h)))
    km = randomize(keras.Model(inp, out), seed=2)
    km.save(tmp_path / "act.keras")
    model = load_model(tmp_path / "act.keras", vocab=VOCAB)
    assert model.head.activation == "softmax"
    assert not model.notices
    run, ref = check_against_keras(model, km, [km.get_layer(index=2)], ids())
    close(run.probs, ref, "output")


def test_branch_is_named_and_head_turned_off(tmp_path):
    """Two LSTMs both reading the embedding, concatenated: the first is loaded, the second
    named, the Concatenate and Dense skipped, and the model has no head."""
    inp = keras.Input((None,), dtype="int32")
    e = L.Embedding(len(VOCAB), 3, name="emb")(inp)
    a = L.LSTM(4, return_sequences=True, name="left")(e)
    b = L.LSTM(4, return_sequences=True, name="right")(e)
    out = L.Dense(len(VOCAB), activation="softmax")(L.Concatenate()([a, b]))
    km = randomize(keras.Model(inp, out), seed=4)
    km.save(tmp_path / "branch.keras")
    model = load_model(tmp_path / "branch.keras", vocab=VOCAB)
    assert model.head is None
    notices = {n.code: n.message for n in model.notices}
    assert "right reads emb, not the previous recurrent layer" in notices["keras-branch"]
    assert re.search(r"concatenate\w* \(Concatenate\)", notices["layers-skipped"])
    assert re.search(r"dense\w* \(Dense\)", notices["layers-skipped"])
    assert "head-not-computed" in notices
    check_against_keras(model, km, [km.get_layer("left")], ids())
    assert model.run_text(TEXT).probs is None


def test_attention_after_the_stack_loads_the_stack(tmp_path):
    inp = keras.Input((None,), dtype="int32")
    h = L.LSTM(4, return_sequences=True)(L.Embedding(len(VOCAB), 3)(inp))
    h = L.LSTM(4, return_sequences=True)(L.Dropout(0.1)(h))
    att = L.Attention()([h, h])
    out = L.Dense(2, activation="softmax")(L.GlobalAveragePooling1D()(att))
    km = randomize(keras.Model(inp, out), seed=6)
    km.save(tmp_path / "att.keras")
    model = load_model(tmp_path / "att.keras", vocab=VOCAB)
    assert model.head is None
    assert model.net.config.num_layers == 2
    skipped = next(n.message for n in model.notices if n.code == "layers-skipped")
    for name in ("attention", "global_average_pooling1d", "dense"):
        assert name in skipped
    stack = [layer for layer in km.layers if isinstance(layer, L.LSTM)]
    check_against_keras(model, km, stack, ids())


def test_conv_lstm_is_refused_by_name(tmp_path):
    km = keras.Sequential([keras.Input((None, 3, 3, 1)), L.ConvLSTM2D(2, 1)])
    km.save(tmp_path / "conv.keras")
    km.save_weights(tmp_path / "conv.weights.h5")
    for name in ("conv.keras", "conv.weights.h5"):
        with pytest.raises(GateExplorerError, match="ConvLSTM") as err:
            load_model(tmp_path / name)
        assert "\n" not in str(err.value)


def test_subclassed_and_bad_archives(tmp_path):
    import zipfile

    (tmp_path / "x.keras").write_bytes(b"not a zip")
    with pytest.raises(GateExplorerError, match="not a zip archive"):
        load_model(tmp_path / "x.keras")
    with zipfile.ZipFile(tmp_path / "y.keras", "w") as zf:
        zf.writestr("config.json", '{"class_name": "MyModel", "config": {}}')
        zf.writestr("model.weights.h5", b"")
    with pytest.raises(GateExplorerError, match="subclassed model"):
        load_model(tmp_path / "y.keras")


@pytest.mark.parametrize(
    ("cell", "kw", "variant"),
    [
        (L.LSTM, {"recurrent_activation": "hard_sigmoid"}, ("hard_sigmoid_keras3", True)),
        (L.GRU, {"reset_after": False}, ("sigmoid", False)),
        (L.LSTM, {"use_bias": False}, ("sigmoid", True)),
        (L.GRU, {"use_bias": False, "reset_after": False}, ("sigmoid", False)),
        (
            L.GRU,
            {"reset_after": False, "recurrent_activation": "hard_sigmoid"},
            ("hard_sigmoid_keras3", False),
        ),
    ],
)
def test_keras_cell_variants(tmp_path, cell, kw, variant):
    """Keras 3's hard_sigmoid (relu6(x + 3) / 6) and the original GRU (reset_after=False)."""
    km = char_lstm(cell, **kw)
    km.save(tmp_path / "v.keras")
    model = load_model(tmp_path / "v.keras", vocab=VOCAB)
    assert (model.net.gate_activation, model.net.reset_after) == variant
    stack = [layer for layer in km.layers if isinstance(layer, cell)]
    run, out = check_against_keras(model, km, stack, ids())
    close(run.probs, out, "softmax output")


def test_huge_declared_dataset_is_refused_before_reading(tmp_path):
    """An 8 KB .h5 declaring a 10^6 x 10^6 kernel: one line, nothing allocated."""
    import h5py

    path = tmp_path / "huge.weights.h5"
    with h5py.File(path, "w") as f:
        g = f.create_group("layers/lstm/cell/vars")
        g.create_dataset("0", shape=(10**6, 4 * 10**6), dtype="float32")  # never written
        g.create_dataset("1", shape=(10**6, 4 * 10**6), dtype="float32")
    assert path.stat().st_size < 8192
    with pytest.raises(GateExplorerError, match=r"declares shape \(1000000, 4000000\)") as err:
        load_model(path)
    assert "\n" not in str(err.value)
    with h5py.File(path, "w") as f:
        g = f.create_group("layers/lstm/cell/vars")
        g.create_dataset("0", shape=(3000, 120000), dtype="float32")  # 1.4 GB, 0 stored
    with pytest.raises(GateExplorerError, match="stores only 0 bytes"):
        load_model(path)


def test_masking_and_mask_zero_are_notices(tmp_path):
    """Masking and Embedding(mask_zero=True) change what Keras computes on masked steps:
    loaded, and said; on a text without masked steps the numbers are Keras's."""
    km = randomize(
        keras.Sequential(
            [
                keras.Input((None, 1)),
                L.Masking(mask_value=-9.0),
                L.LSTM(3, return_sequences=True),
            ]
        ),
        seed=8,
    )
    km.save(tmp_path / "mask.keras")
    model = load_model(tmp_path / "mask.keras")
    notice = next(n for n in model.notices if n.code == "keras-masking")
    assert "mask_value=-9.0" in notice.message
    assert notice.changes_numbers
    text = "0.5 1 -2"
    x = np.array([0.5, 1, -2], "float32")[None, :, None]
    check_against_keras(model, km, [km.layers[1]], x, text)
    km = randomize(
        keras.Sequential(
            [keras.Input((None,), dtype="int32"), L.Embedding(7, 3, mask_zero=True), L.GRU(3)]
        ),
        seed=9,
    )
    km.save(tmp_path / "mz.keras")
    model = load_model(tmp_path / "mz.keras", vocab=VOCAB)
    assert any(n.code == "keras-mask-zero" for n in model.notices)
    check_against_keras(model, km, [km.layers[1]], ids("bcd"), "bcd")


def test_inspect_a_keras_archive(tmp_path):
    """``models --inspect``'s report: the arrays, what is computed, what is skipped."""
    from gate_explorer.io.inspect import inspect_file

    inp = keras.Input((None,), dtype="int32")
    h = L.LSTM(4, return_sequences=True, name="enc")(L.Embedding(len(VOCAB), 3, name="emb")(inp))
    out = L.Dense(2, activation="softmax", name="cls")(L.GlobalMaxPooling1D(name="pool")(h))
    keras.Model(inp, out).save(tmp_path / "i.keras")
    report = inspect_file(tmp_path / "i.keras")
    assert report.error in ("", None)
    assert {t.name: t.shape for t in report.tensors}["layers/lstm/cell/vars/1"] == (4, 16)
    assert report.computed == ["embedding (7, 3)", "lstm 3->4", "no head: no predictions"]
    assert report.skipped == ["pool (GlobalMaxPooling1D)", "cls (Dense)"]
    assert "head-not-computed" in {n.code for n in report.notices}


def test_archive_of_an_older_keras3_without_layer_names(tmp_path):
    """Keras 3 before 3.9 wrote no ``name`` attribute on ``vars`` and no group for a layer
    without weights: the groups are then found by Keras's own path names."""
    import io
    import zipfile

    import h5py

    km = char_lstm()
    km.save(tmp_path / "new.keras")
    with zipfile.ZipFile(tmp_path / "new.keras") as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    buf = io.BytesIO(members["model.weights.h5"])
    with h5py.File(buf, "r+") as f:
        f.visititems(lambda name, obj: obj.attrs.pop("name", None))
        del f["layers/dropout"]  # weightless: never written by older versions
    members["model.weights.h5"] = buf.getvalue()
    with zipfile.ZipFile(tmp_path / "old.keras", "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    model = load_model(tmp_path / "old.keras", vocab=VOCAB)
    stack = [layer for layer in km.layers if isinstance(layer, L.LSTM)]
    run, out = check_against_keras(model, km, stack, ids())
    close(run.probs, out, "softmax output")


def test_encoder_decoder_loads_the_encoder_and_names_the_decoder(tmp_path):
    """A seq2seq model: the decoder LSTM starts from the encoder's states
    (``initial_state``), which one stack from zeros cannot compute: it is named."""
    src = keras.Input((None,), dtype="int32", name="src")
    tgt = keras.Input((None,), dtype="int32", name="tgt")
    _, h, c = L.LSTM(4, return_sequences=True, return_state=True, name="encoder")(
        L.Embedding(len(VOCAB), 3, name="src_emb")(src)
    )
    dec = L.LSTM(4, return_sequences=True, name="decoder")(
        L.Embedding(len(VOCAB), 3, name="tgt_emb")(tgt), initial_state=[h, c]
    )
    out = L.Dense(len(VOCAB), activation="softmax", name="out")(dec)
    km = randomize(keras.Model([src, tgt], out), seed=11)
    km.save(tmp_path / "s2s.keras")
    model = load_model(tmp_path / "s2s.keras", vocab=VOCAB)
    assert model.head is None
    notices = {n.code: n.message for n in model.notices}
    assert "decoder reads tgt_emb, encoder" in notices["keras-branch"]
    assert "head-not-computed" in notices
    run = model.run_text(TEXT)
    enc = km.get_layer("encoder")
    x = numpy(km.get_layer("src_emb")(ids()))[0]
    for name, ref in step_cell(enc.cell, x).items():
        close(run.trace.values(name), ref, f"encoder {name}")
