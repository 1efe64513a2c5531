"""The bundle format: round trips, atomic writes, and clear errors on bad files."""

import json
import os
import zipfile

import numpy as np
import pytest

from gate_explorer.errors import GateExplorerError
from gate_explorer.io import bundle
from gate_explorer.io.bundle import load_bundle, save_bundle


@pytest.mark.parametrize(
    ("kind", "mode", "net_kw"),
    [
        ("lstm", "learned", {}),
        ("gru", "one-hot", {"num_layers": 2}),
        ("rnn_relu", "learned", {"bidirectional": True}),
        ("lstm", "numeric", {"proj_size": 2}),
    ],
)
def test_round_trip(tmp_path, make_model, assert_same_run, kind, mode, net_kw):
    model = make_model(kind, mode, **net_kw)
    path = save_bundle(model, tmp_path / "m.npz")
    back = load_bundle(path)
    assert back.kind == model.kind
    assert back.net.config == model.net.config
    assert back.vocab == model.vocab
    assert back.tokenizer.kind == model.tokenizer.kind
    assert back.card == model.card
    assert back.trained is True
    assert back.head.kind == model.head.kind
    assert back.head.labels == model.head.labels
    for key, value in model.net.params.items():
        np.testing.assert_array_equal(back.net.params[key], value)
    assert_same_run(model, back, "1 2.5 -3" if mode == "numeric" else "bad cafe")


def test_round_trip_without_head_and_untrained(tmp_path, make_model):
    model = make_model("gru", head=False)
    model.trained = False
    back = load_bundle(save_bundle(model, tmp_path / "x"))  # suffix added
    assert back.head is None
    assert back.trained is False
    assert back.run_text("ab").probs is None


def test_loads_with_numpy_alone(tmp_path, make_model):
    path = save_bundle(make_model("lstm"), tmp_path / "m.npz")
    with np.load(path, allow_pickle=False) as npz:
        meta = json.loads(npz["meta.json"].tobytes())
        assert meta["format"] == "gate-explorer-bundle"
        assert meta["embedding"]["mode"] == "learned"
        assert npz["net/weight_ih_l0"].shape == (20, 4)
        assert npz["embedding/weight"].shape == (9, 4)


def test_write_is_atomic_and_leaves_no_temp_file(tmp_path, make_model):
    path = tmp_path / "m.npz"
    path.write_bytes(b"old")
    model = make_model("lstm")
    model.card = {"bad": object()}
    with pytest.raises(GateExplorerError, match="model card must be JSON"):
        save_bundle(model, path)
    assert path.read_bytes() == b"old"
    model.card = {"n": np.int64(3), "values": np.arange(2)}
    save_bundle(model, path)
    assert os.listdir(tmp_path) == ["m.npz"]
    assert load_bundle(path).card == {"n": 3, "values": [0, 1]}


def _rewrite(path, **changes):
    """Rewrite a bundle with some entries replaced (None removes one)."""
    with np.load(path) as npz:
        arrays = {k: npz[k] for k in npz.files}
    for key, value in changes.items():
        key = key.replace("__", "/")
        if value is None:
            arrays.pop(key)
        else:
            arrays[key] = value
    np.savez(path, **arrays)


def _meta_bytes(**fields):
    return np.frombuffer(json.dumps(fields).encode(), dtype=np.uint8)


def test_truncated_file(tmp_path, make_model):
    path = save_bundle(make_model("lstm"), tmp_path / "m.npz")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(GateExplorerError, match=r"m\.npz is not a valid Gate Explorer bundle"):
        load_bundle(path)


def test_corrupt_member(tmp_path, make_model):
    path = save_bundle(make_model("lstm"), tmp_path / "m.npz")
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
    target = next(i for i in infos if i.filename.startswith("net/"))
    data = bytearray(path.read_bytes())
    start = target.header_offset + 30 + len(target.filename) + 5
    data[start : start + 20] = bytes(20)
    path.write_bytes(bytes(data))
    with pytest.raises(GateExplorerError, match=r"(cannot be read|not a readable)"):
        load_bundle(path)


def test_wrong_version_and_format(tmp_path, make_model):
    path = save_bundle(make_model("lstm"), tmp_path / "m.npz")
    with np.load(path) as npz:
        meta = json.loads(npz["meta.json"].tobytes())
    _rewrite(path, **{"meta.json": _meta_bytes(**{**meta, "version": 99})})
    with pytest.raises(GateExplorerError, match=r"version 99 bundle.*up to 1"):
        load_bundle(path)
    _rewrite(path, **{"meta.json": _meta_bytes(**{**meta, "format": "other"})})
    with pytest.raises(GateExplorerError, match="format is 'other'"):
        load_bundle(path)
    _rewrite(path, **{"meta.json": np.frombuffer(b"{not json", dtype=np.uint8)})
    with pytest.raises(GateExplorerError, match="not valid JSON"):
        load_bundle(path)


def test_wrong_shapes_and_missing_entries(tmp_path, make_model):
    path = save_bundle(make_model("lstm"), tmp_path / "m.npz")
    _rewrite(path, embedding__weight=np.zeros((8, 4), np.float32))
    with pytest.raises(
        GateExplorerError, match=r"embedding/weight has shape \(8, 4\), expected \(9, 4\)"
    ):
        load_bundle(path)
    path = save_bundle(make_model("lstm"), tmp_path / "m.npz")
    _rewrite(path, head__bias=None)
    with pytest.raises(GateExplorerError, match="no head/bias entry"):
        load_bundle(path)
    path = save_bundle(make_model("lstm"), tmp_path / "m.npz")
    _rewrite(path, net__weight_hh_l0=np.zeros((20, 4), np.float32))
    with pytest.raises(
        GateExplorerError, match=r"weight_hh_l0 has shape \(20, 4\), expected \(20, 5\)"
    ):
        load_bundle(path)


def test_nonfinite_weights_named_unless_allowed(tmp_path, make_model):
    model = make_model("gru")
    model.head.weight[2, 1] = np.nan
    path = save_bundle(model, tmp_path / "m.npz")
    with pytest.raises(GateExplorerError, match=r"head/weight has 1 NaN .*\[2, 1\]"):
        load_bundle(path)
    assert np.isnan(load_bundle(path, allow_nonfinite=True).head.weight[2, 1])


def test_not_a_bundle(tmp_path):
    with pytest.raises(GateExplorerError, match="missing"):
        load_bundle(tmp_path / "nope.npz")
    with pytest.raises(GateExplorerError, match="folder"):
        load_bundle(tmp_path)
    plain = tmp_path / "plain.npz"
    np.savez(plain, a=np.zeros(2))
    with pytest.raises(GateExplorerError, match=r"no meta.json entry \(found a\)"):
        load_bundle(plain)
    junk = tmp_path / "junk.npz"
    junk.write_bytes(os.urandom(300))
    with pytest.raises(GateExplorerError, match=r"junk\.npz is not a valid"):
        load_bundle(junk)
    assert bundle.is_bundle(["meta.json", "net/x"])


@pytest.mark.parametrize(
    ("kind", "net_kw"),
    [
        ("lstm", {"gate_activation": "hard_sigmoid_keras2"}),
        ("gru", {"gate_activation": "hard_sigmoid_keras3", "reset_after": False}),
        ("gru", {"reset_after": False}),
    ],
)
def test_round_trip_keeps_the_cell_variant(tmp_path, make_model, assert_same_run, kind, net_kw):
    model = make_model(kind, **net_kw)
    path = save_bundle(model, tmp_path / "v.npz")
    config = bundle.read_meta(path)["config"]
    assert {k: config[k] for k in net_kw} == net_kw
    back = load_bundle(path)
    assert back.net.gate_activation == model.net.gate_activation
    assert back.net.reset_after == model.net.reset_after
    assert_same_run(model, back, "bad cafe")
    plain = make_model(kind)  # same weights, torch's cell: other numbers
    assert np.abs(plain.run_text("bad cafe").logits - back.run_text("bad cafe").logits).max() > 1e-3


def test_bundles_without_a_variant_are_torch_cells(tmp_path, make_model):
    path = save_bundle(make_model("gru"), tmp_path / "g.npz")
    config = bundle.read_meta(path)["config"]
    assert "gate_activation" not in config  # the format of torch cells is unchanged
    assert "reset_after" not in config
    back = load_bundle(path)
    assert (back.net.gate_activation, back.net.reset_after) == ("sigmoid", True)


def test_a_bad_variant_in_a_bundle_is_named(tmp_path, make_model):
    path = save_bundle(make_model("lstm"), tmp_path / "m.npz")
    with np.load(path) as npz:
        arrays = {k: npz[k] for k in npz.files}
    meta = json.loads(arrays["meta.json"].tobytes())
    for bad, match in (({"gate_activation": "softsign"}, "unknown gate activation"),
                       ({"reset_after": "no"}, "reset_after true/false"),
                       ({"reset_after": False}, "only for GRU")):  # fmt: skip
        meta["config"].update(bad)
        arrays["meta.json"] = np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8)
        np.savez(tmp_path / "bad.npz", **arrays)
        with pytest.raises(GateExplorerError, match=match):
            load_bundle(tmp_path / "bad.npz")
        for key in bad:
            del meta["config"][key]
