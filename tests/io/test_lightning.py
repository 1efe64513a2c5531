"""PyTorch Lightning checkpoints: ``state_dict`` beside ``hyper_parameters`` that hold
Lightning's ``AttributeDict`` (a dict subclass, pickled by name), read without torch or
Lightning, the class rebuilt as a plain dict and never imported."""

from __future__ import annotations

import collections
import sys
import types
from pathlib import Path

import numpy as np
import pytest

from gate_explorer import load_model
from gate_explorer.errors import GateExplorerError
from gate_explorer.io.torch_zip import read_torch_file

from .helpers import assert_same, close, run_without

FIXTURES = Path(__file__).parent.parent / "fixtures"
LIGHTNING_NAMES = [
    "pytorch_lightning.utilities.parsing",
    "lightning.pytorch.utilities.parsing",
    "lightning_fabric.utilities.data",
    "lightning.fabric.utilities.data",
]


def test_a_checkpoint_lightning_wrote_loads_and_matches_torch():
    """``tests/fixtures/make_lightning_fixture.py``: Trainer.save_checkpoint, AttributeDict
    in the hyper-parameters; the states and logits torch computed are in the .npz."""
    path = FIXTURES / "lightning_lstm.ckpt"
    ref = np.load(FIXTURES / "lightning_lstm.npz")
    raw = read_torch_file(path)
    assert raw["pytorch-lightning_version"] == str(ref["version"])
    config = raw["hyper_parameters"]["config"]
    assert type(config) is dict  # rebuilt as a plain dict
    assert config == {"vocab": 9, "width": 4, "hidden": 5}
    model = load_model(path)
    assert model.kind == "lstm"
    assert model.vocab == list("abcdefgh ")  # hyper_parameters.itos
    assert "vocabulary hyper_parameters.itos (9 tokens)" in model.card["found"]
    run = model.run_text("adbebf cg")
    assert [t.id for t in run.tokens] == [0, 3, 1, 4, 1, 5, 8, 2, 6]
    layer = run.trace.layers[0][0].values
    close(layer["h"][:, 0], ref["h"], "h")  # (T, 1, H): one sequence
    close(layer["c"][:, 0], ref["c"], "c")
    close(run.logits, ref["logits"], "logits")


def test_lightning_checkpoint_opens_with_neither_torch_nor_lightning():
    path = FIXTURES / "lightning_lstm.ckpt"
    code = (
        "from gate_explorer import load_model\n"
        f"m = load_model({str(path)!r})\n"
        "print(m.kind, m.net.config.hidden_size, len(m.vocab))\n"
    )
    out = run_without(("torch", "lightning", "pytorch_lightning", "lightning_fabric"), code)
    assert out.split() == ["lstm", "5", "9"]


def fake_module(monkeypatch, dotted: str, cls_name: str = "AttributeDict") -> type:
    """A dict subclass that pickles as ``dotted.cls_name``, as Lightning's does, without
    Lightning: the module path is registered in ``sys.modules`` for the test only."""
    cls = type(cls_name, (dict,), {"__module__": dotted})
    parts = dotted.split(".")
    for k in range(1, len(parts) + 1):
        name = ".".join(parts[:k])
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    setattr(sys.modules[dotted], cls_name, cls)
    return cls


@pytest.mark.torch
@pytest.mark.parametrize("dotted", LIGHTNING_NAMES)
def test_attribute_dict_made_by_torch_save_is_a_plain_dict(tmp_path, monkeypatch, dotted):
    torch = pytest.importorskip("torch")
    attribute_dict = fake_module(monkeypatch, dotted)
    torch.manual_seed(0)
    gru = torch.nn.GRU(4, 6)
    with torch.no_grad():
        for p in gru.parameters():
            p.mul_(3.0)  # out of torch's init range, as training leaves it
    state = collections.OrderedDict((f"model.rnn.{k}", v) for k, v in gru.state_dict().items())
    hparams = attribute_dict(hidden=6, inner=attribute_dict(lr=0.1), names=["x"])
    ckpt = {
        "epoch": 3,
        "pytorch-lightning_version": "1.9.5",
        "state_dict": state,
        "hyper_parameters": hparams,  # PyTorch Lightning 1.x kept the class itself here
        "hparams_name": "hparams",
        "optimizer_states": [{"state": {}, "param_groups": [{"lr": 0.1}]}],
    }
    path = tmp_path / "old.ckpt"
    torch.save(ckpt, path)
    assert f"{dotted}\nAttributeDict".encode() in _pickle_of(path)  # pickled by name
    expected = torch.load(path, weights_only=False)  # our own file: the oracle
    got = read_torch_file(path)
    assert_same(expected, got)
    assert type(got["hyper_parameters"]) is dict
    assert type(got["hyper_parameters"]["inner"]) is dict
    assert type(got["state_dict"]) is collections.OrderedDict
    model = load_model(path)
    assert model.kind == "gru"
    x = torch.randn(7, 1, 4)
    with torch.no_grad():
        out, h_n = gru(x)
    trace = model.net.run(x[:, 0].numpy())
    close(trace.output, out[:, 0].numpy(), "output")
    close(trace.h_n, h_n[:, 0].numpy(), "h_n")


def _pickle_of(path: Path) -> bytes:
    import zipfile

    with zipfile.ZipFile(path) as zf:
        return zf.read(next(n for n in zf.namelist() if n.endswith("/data.pkl")))


@pytest.mark.torch
def test_a_dict_subclass_under_another_name_stays_blocked(tmp_path, monkeypatch):
    torch = pytest.importorskip("torch")
    other = fake_module(monkeypatch, "mytrainer.utils")
    torch.save(
        {"state_dict": torch.nn.LSTM(2, 3).state_dict(), "hp": other(a=1)}, tmp_path / "x.pt"
    )
    with pytest.raises(
        GateExplorerError, match=r"x\.pt: blocked: the pickle asks for mytrainer\.utils\.Attr"
    ):
        load_model(tmp_path / "x.pt")


@pytest.mark.torch
def test_attributes_on_the_dict_are_refused_with_its_name(tmp_path, monkeypatch):
    torch = pytest.importorskip("torch")
    attribute_dict = fake_module(monkeypatch, LIGHTNING_NAMES[0])
    odd = attribute_dict(a=1)
    odd.extra = 2  # a plain dict subclass keeps attributes: pickled with BUILD
    torch.save({"state_dict": torch.nn.LSTM(2, 3).state_dict(), "hp": odd}, tmp_path / "x.pt")
    with pytest.raises(
        GateExplorerError,
        match=r"sets attributes on a pytorch_lightning\.utilities\.parsing\.AttributeDict",
    ):
        read_torch_file(tmp_path / "x.pt")
