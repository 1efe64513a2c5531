"""Bad weights files (issue 16, cases 5, 10, 11): refused with what was found and what to do,
never loaded silently wrong, never a MemoryError."""

import zipfile

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gate_explorer import load_model
from gate_explorer.cli import main
from gate_explorer.engine.net import RecurrentNet
from gate_explorer.errors import GateExplorerError

from .helpers import damaged, load_message

VOCAB = list("abcdefgh ")


def lstm_arrays(layers=2, rng=0):
    gen = np.random.default_rng(rng)
    net = RecurrentNet.random("lstm", 4, 5, num_layers=layers, rng=gen)
    arrays = {f"rnn.{k}": v * 3 for k, v in net.state_dict().items()}
    arrays["embedding.weight"] = gen.normal(size=(9, 4)).astype(np.float32)
    return arrays


def test_a_single_missing_bias_is_refused_not_zeros(tmp_path):
    arrays = lstm_arrays()
    del arrays["rnn.bias_ih_l1"]
    np.savez(tmp_path / "nobias.npz", **arrays)
    with pytest.raises(
        GateExplorerError,
        match=r"rnn\.bias_ih_l1 is missing \(the other biases are there.*re-save the full "
        r"state_dict",
    ):
        load_model(tmp_path / "nobias.npz", vocab=VOCAB)
    # torch's bias=False (no bias at all) still loads
    no_bias = {k: v for k, v in lstm_arrays().items() if "bias" not in k}
    np.savez(tmp_path / "nobiases.npz", **no_bias)
    assert load_model(tmp_path / "nobiases.npz", vocab=VOCAB).kind == "lstm"


def test_missing_cell_bias_named_as_in_the_file(tmp_path):
    gen = np.random.default_rng(0)
    arrays = {
        "cell.weight_ih": gen.normal(size=(15, 4)),
        "cell.weight_hh": gen.normal(size=(15, 5)),
        "cell.bias_hh": gen.normal(size=15),
    }
    np.savez(tmp_path / "cell.npz", **arrays)
    with pytest.raises(GateExplorerError, match=r"cell\.bias_ih is missing"):
        load_model(tmp_path / "cell.npz")


def test_embedding_of_the_wrong_width_names_both_shapes(tmp_path):
    arrays = lstm_arrays()
    arrays["embedding.weight"] = np.ones((9, 6), np.float32)
    np.savez(tmp_path / "emb.npz", **arrays)
    with pytest.raises(
        GateExplorerError,
        match=r"embedding embedding\.weight has shape \(9, 6\) but rnn\.weight_ih_l0 has shape "
        r"\(20, 4\), which takes inputs of width 4",
    ):
        load_model(tmp_path / "emb.npz", vocab=VOCAB)


def test_lstm_weight_hh_with_gru_rows_is_named(tmp_path):
    arrays = lstm_arrays(layers=1)
    arrays["rnn.weight_hh_l0"] = arrays["rnn.weight_hh_l0"][:15]
    np.savez(tmp_path / "hh.npz", **arrays)
    with pytest.raises(GateExplorerError) as err:
        load_model(tmp_path / "hh.npz", vocab=VOCAB)
    message = str(err.value)
    assert message.startswith("weight_hh_l0 has shape (15, 5), but weight_ih_l0 (20, 4)")
    assert "make this an LSTM of hidden size 5, which expects weight_hh_l0 of shape (20, 5)" in (
        message
    )
    assert "gru" not in message.lower()


def test_weight_ih_and_weight_hh_alone_disagreeing(tmp_path):
    gen = np.random.default_rng(0)
    arrays = {"weight_ih_l0": gen.normal(size=(20, 4)), "weight_hh_l0": gen.normal(size=(15, 5))}
    np.savez(tmp_path / "two.npz", **arrays)
    with pytest.raises(GateExplorerError, match=r"layer-0 tensors disagree on the cell"):
        load_model(tmp_path / "two.npz")


def npz_declaring(path, shape, dtype="<f4"):
    """A tiny .npz whose one array's header declares ``shape`` but holds no data."""
    header = {"descr": dtype, "fortran_order": False, "shape": shape}
    text = repr(header).encode("latin1")
    pad = 64 - (10 + len(text) + 1) % 64
    npy = b"\x93NUMPY\x01\x00" + (len(text) + pad + 1).to_bytes(2, "little")
    npy += text + b" " * pad + b"\n"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("weight_ih_l0.npy", npy)
    return path


def test_tiny_npz_declaring_a_trillion_elements(tmp_path, capsys):
    path = npz_declaring(tmp_path / "huge.npz", (10**6, 10**6))
    assert path.stat().st_size < 1000
    with pytest.raises(
        GateExplorerError,
        match=r"huge\.npz: array 'weight_ih_l0' declares shape \(1000000, 1000000\) "
        r"\(1,000,000,000,000 elements, 4,000,000,000,000 bytes\) but the file holds 0 bytes",
    ):
        load_model(path)
    out = tmp_path / "x.csv"
    assert main(["export", "--model", str(path), "--text", "a", "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "declares shape (1000000, 1000000)" in err[0]
    assert not out.exists()


def test_npz_over_the_element_limit(tmp_path, monkeypatch):
    from gate_explorer.io import torch_zip

    monkeypatch.setattr(torch_zip, "MAX_ELEMENTS", 100)
    np.savez(tmp_path / "big.npz", a=np.zeros(60), b=np.zeros(60))
    with pytest.raises(GateExplorerError, match=r"declares 120 elements, more than the 100"):
        load_model(tmp_path / "big.npz")


@pytest.fixture(scope="module")
def valid_npz(tmp_path_factory):
    path = tmp_path_factory.mktemp("npz") / "ok.npz"
    np.savez_compressed(path, **lstm_arrays(layers=1), vocab=np.array(VOCAB))
    return path.read_bytes()


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_damaged_npz_gives_a_message_never_a_traceback(tmp_path_factory, valid_npz, data):
    path = tmp_path_factory.mktemp("case") / "x.npz"
    path.write_bytes(damaged(valid_npz, data))
    assert "\n" not in load_message(path)


def test_zip_bomb_npz_and_pt_are_refused_before_expanding(tmp_path):
    import io

    zeros = np.zeros(3_000_000, np.float32)  # 12 MB of zeros compress about 1000-fold
    np.savez_compressed(tmp_path / "bomb.npz", weight_ih_l0=zeros)
    assert (tmp_path / "bomb.npz").stat().st_size < 100_000
    with pytest.raises(GateExplorerError, match=r"compressed into .* more than the 100-fold"):
        load_model(tmp_path / "bomb.npz")
    torch = pytest.importorskip("torch")
    torch.save({"w": torch.zeros(3_000_000)}, tmp_path / "plain.pt")
    buf = io.BytesIO()
    with zipfile.ZipFile(tmp_path / "plain.pt") as src, zipfile.ZipFile(buf, "w") as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info), zipfile.ZIP_DEFLATED)
    (tmp_path / "bomb.pt").write_bytes(buf.getvalue())
    with pytest.raises(GateExplorerError, match=r"data/0 declares 12,000,000 bytes compressed"):
        load_model(tmp_path / "bomb.pt")


def test_npz_reports_progress(tmp_path):
    from gate_explorer.io.readers import read_npz

    np.savez(tmp_path / "w.npz", a=np.zeros(1000), b=np.zeros(500, np.float32))
    seen = []
    read_npz(tmp_path / "w.npz", lambda done, total: seen.append((done, total)))
    assert seen == [(8000, 10000), (10000, 10000)]
