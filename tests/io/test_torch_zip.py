"""PyTorch files read without torch: every tensor equals torch.load's; hostile pickles refused."""

import io
import os
import tarfile
import zipfile

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gate_explorer import load_model
from gate_explorer.errors import GateExplorerError
from gate_explorer.io.torch_zip import read_torch_file, script_state_dict

from .helpers import assert_same, damaged, load_message, run_without

torch = pytest.importorskip("torch")
pytestmark = pytest.mark.torch


def checkpoint():
    torch.manual_seed(0)
    lstm = torch.nn.LSTM(3, 4, num_layers=2, bidirectional=True)
    base = torch.randn(4, 6, dtype=torch.float64)
    return {
        "state_dict": lstm.state_dict(),
        "bf16": torch.randn(3, 5).to(torch.bfloat16),
        "fp16": torch.randn(7).half(),
        "int64": torch.arange(12).view(3, 4).t(),  # non-contiguous
        "int32": torch.tensor([1, -2, 3], dtype=torch.int32),
        "int16": torch.tensor([-300, 2], dtype=torch.int16),
        "int8": torch.tensor([-5, 7], dtype=torch.int8),
        "uint8": torch.tensor([250, 3], dtype=torch.uint8),
        "bool": torch.tensor([True, False, True]),
        "view": base[1:3, ::2],  # offset and strides into a shared storage
        "same": base,
        "scalar": torch.tensor(2.5),
        "empty": torch.zeros(0, 3),
        "param": torch.nn.Parameter(torch.ones(2)),
        "epoch": 7,
        "loss": 0.25,
        "name": "char-lstm",
        "bytes": b"\x00\xffab",
        "set": {1, 2},
        "itos": ["a", "b", "c"],
        "nested": [(1, torch.ones(2)), {"x": None}],
    }


@pytest.mark.parametrize("zip_format", [True, False], ids=["zip", "legacy"])
def test_every_tensor_equals_torch_load(tmp_path, zip_format):
    obj = checkpoint()
    path = tmp_path / "ckpt.pt"
    torch.save(obj, path, _use_new_zipfile_serialization=zip_format)
    expected = torch.load(path, weights_only=True)
    got = read_torch_file(path)
    assert_same(expected, got)
    assert type(got["state_dict"]).__name__ == "OrderedDict"


def test_progress_reports_every_storage(tmp_path):
    path = tmp_path / "big.pt"
    torch.save({f"w{i}": torch.zeros(1000 + i) for i in range(5)}, path)
    seen = []
    read_torch_file(path, progress=lambda done, total: seen.append((done, total)))
    assert len(seen) == 5
    assert seen[-1][0] == seen[-1][1] == sum(4 * (1000 + i) for i in range(5))
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_opens_without_torch(tmp_path):
    """``pip install gate-explorer`` alone opens a .pt: torch cannot even be imported."""
    torch.manual_seed(0)
    net = torch.nn.GRU(3, 4)
    torch.save({"model": net.state_dict(), "itos": list("abc")}, tmp_path / "m.pt")
    code = (
        "from gate_explorer import load_model\n"
        f"m = load_model({str(tmp_path / 'm.pt')!r})\n"
        "print(m.kind, m.vocab, 'torch' in sys.modules and sys.modules['torch'] is not None)\n"
    )
    out = run_without(("torch",), code)  # any import of torch fails
    assert out.split() == ["gru", "['a',", "'b',", "'c']", "False"]


class RunsCode:
    """Unpickling this would call os.system."""

    def __init__(self, target):
        self.target = target

    def __reduce__(self):
        return (os.system, (f"touch {self.target}",))


def test_pickle_that_runs_code_is_blocked_and_named(tmp_path):
    sentinel = tmp_path / "ran"
    torch.save({"weight": torch.ones(2), "x": RunsCode(sentinel)}, tmp_path / "evil.pt")
    with pytest.raises(
        GateExplorerError, match=r"evil\.pt: blocked: the pickle asks for (posix|os)\.system; "
    ) as err:
        load_model(tmp_path / "evil.pt")
    assert "nothing was run" in str(err.value)
    assert not sentinel.exists()
    torch.save(torch.nn.GRU(2, 3), tmp_path / "whole.pt")
    with pytest.raises(GateExplorerError, match=r"a whole pickled model is not read"):
        load_model(tmp_path / "whole.pt")


def test_legacy_pickle_that_runs_code_is_blocked(tmp_path):
    sentinel = tmp_path / "ran"
    path = tmp_path / "evil.pt"
    torch.save({"x": RunsCode(sentinel)}, path, _use_new_zipfile_serialization=False)
    with pytest.raises(GateExplorerError, match=r"blocked: the pickle asks for (posix|os)\.system"):
        read_torch_file(path)
    assert not sentinel.exists()


def rewrite_member(path, member_suffix, data):
    """Copy the zip at ``path`` with the member ending in ``member_suffix`` replaced."""
    buf = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(buf, "w") as dst:
        for info in src.infolist():
            body = data if info.filename.endswith(member_suffix) else src.read(info)
            dst.writestr(info.filename, body)
    path.write_bytes(buf.getvalue())


def test_storage_declaring_more_bytes_than_the_file_holds(tmp_path):
    path = tmp_path / "short.pt"
    torch.save({"w": torch.ones(1000)}, path)
    rewrite_member(path, "/data/0", b"\x00" * 40)
    with pytest.raises(
        GateExplorerError,
        match=r"storage 0 declares 1,000 elements \(4,000 bytes\) but the file holds 40 bytes",
    ):
        load_model(path)
    legacy = tmp_path / "legacy.pt"
    torch.save({"w": torch.ones(1000)}, legacy, _use_new_zipfile_serialization=False)
    legacy.write_bytes(legacy.read_bytes()[:-100])
    with pytest.raises(GateExplorerError, match=r"declares 1,000 elements .* damaged or truncated"):
        load_model(legacy)


def test_huge_declared_storage_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.pt"
    torch.save({"w": torch.ones(4)}, path)
    with zipfile.ZipFile(path) as zf:
        pkl_name = next(n for n in zf.namelist() if n.endswith("data.pkl"))
        pkl = zf.read(pkl_name)
    # the storage's persistent id ('storage', FloatStorage, '0', 'cpu', 4): numel 4 -> 10**12
    evil = pkl.replace(b"K\x04t", b"\x8a\x06" + (10**12).to_bytes(6, "little") + b"t")
    assert evil != pkl
    rewrite_member(path, "data.pkl", evil)
    with pytest.raises(GateExplorerError, match=r"declares 1,000,000,000,000 elements"):
        load_model(path)


def test_tensor_outside_its_storage_is_refused(tmp_path):
    path = tmp_path / "t.pt"
    torch.save({"w": torch.ones(4)}, path)
    # the storage holds 4 elements; the tensor's size (4,) becomes (40,)
    with zipfile.ZipFile(path) as zf:
        name = next(n for n in zf.namelist() if n.endswith("data.pkl"))
        pkl = zf.read(name)
    rewrite_member(path, "data.pkl", pkl.replace(b"K\x04\x85", b"K(\x85", 1))
    with pytest.raises(GateExplorerError, match=r"needs element 39 of storage 0, which holds 4"):
        read_torch_file(path)


@pytest.mark.filterwarnings("ignore:`torch.jit:DeprecationWarning")
def test_torchscript_weights_without_running_its_code(tmp_path):
    torch.manual_seed(1)

    class Tagger(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = torch.nn.Embedding(6, 3)
            self.rnn = torch.nn.GRU(3, 5)
            self.fc = torch.nn.Linear(5, 6)

        def forward(self, ids):
            out, _ = self.rnn(self.emb(ids))
            return self.fc(out)

    net = Tagger()
    with torch.no_grad():
        for p in net.rnn.parameters():
            p.mul_(3)
    torch.jit.save(torch.jit.script(net), tmp_path / "tagger.pt")
    sd = script_state_dict(read_torch_file(tmp_path / "tagger.pt").module)
    assert sd.keys() == net.state_dict().keys()
    for key, value in net.state_dict().items():
        np.testing.assert_array_equal(sd[key], value.numpy())
    model = load_model(tmp_path / "tagger.pt", vocab=list("abcdef"))
    assert model.notices[0].code == "torchscript"
    assert "TorchScript archive" in model.notices[0].message
    with torch.no_grad():
        expected = net(torch.tensor([0, 3, 2, 5])).numpy()
    got = model.run_text("adcf").logits
    assert np.abs(got - expected).max() / max(1, np.abs(expected).max()) <= 1e-5


def test_oldest_tar_format_is_named(tmp_path):
    path = tmp_path / "old.pt"
    with tarfile.open(path, "w") as tar:
        data = b"x"
        info = tarfile.TarInfo("storages")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    with pytest.raises(GateExplorerError, match=r"oldest \(tar\) format.*torch\.save"):
        load_model(path)


def test_not_a_checkpoint_zip(tmp_path):
    path = tmp_path / "x.pt"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "hello")
    with pytest.raises(GateExplorerError, match=r"zip archive but not a PyTorch checkpoint"):
        load_model(path)


def test_expanded_tensor_over_the_limit_is_refused_before_copying(tmp_path, monkeypatch):
    from gate_explorer.io import torch_zip

    path = tmp_path / "wide.pt"
    torch.save({"w": torch.ones(1).expand(5000)}, path)  # stride 0: 1 stored, 5000 shown
    assert read_torch_file(path)["w"].shape == (5000,)
    monkeypatch.setattr(torch_zip, "MAX_ELEMENTS", 1000)
    with pytest.raises(GateExplorerError, match=r"declares 5,000 elements, more than the 1,000"):
        read_torch_file(path)


@pytest.fixture(scope="module")
def valid_checkpoint(tmp_path_factory):
    path = tmp_path_factory.mktemp("fuzz") / "ok.pt"
    torch.manual_seed(0)
    torch.save({"state_dict": torch.nn.GRU(2, 3).state_dict(), "itos": ["a", "b"]}, path)
    return path.read_bytes()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_damaged_files_give_a_message_never_a_traceback(tmp_path_factory, valid_checkpoint, data):
    """Random bytes, and a real checkpoint with bytes changed or cut: GateExplorerError or a
    clean read, nothing else."""
    path = tmp_path_factory.mktemp("case") / "x.pt"
    path.write_bytes(damaged(valid_checkpoint, data, ("random", "flip", "cut")))
    assert "\n" not in load_message(path)


def test_numpy_values_are_rebuilt_by_us(tmp_path):
    """NumPy scalars and arrays in a checkpoint (a loss, a table) are read from their bytes;
    numpy's own unpickling of the file's data never runs; object arrays are refused."""
    path = tmp_path / "np.pt"
    table = np.arange(6, dtype=">i4").reshape(2, 3)
    obj = {"w": torch.ones(2), "loss": np.float64(0.25), "table": table, "f": table.T}
    torch.save(obj, path)
    expected = torch.load(path, weights_only=False)  # we wrote this file ourselves
    got = read_torch_file(path)
    assert got["loss"] == expected["loss"]
    np.testing.assert_array_equal(got["table"], expected["table"])
    np.testing.assert_array_equal(got["f"], expected["f"])
    assert got["table"].dtype == np.dtype("int32")
    torch.save({"w": torch.ones(2), "x": np.array([1, "a"], dtype=object)}, tmp_path / "o.pt")
    with pytest.raises(
        GateExplorerError, match=r"blocked: the pickle asks for numpy\.ndarray of objects; only"
    ):
        read_torch_file(tmp_path / "o.pt")


def test_a_pickle_cannot_change_an_allowed_global(tmp_path):
    path = tmp_path / "build.pt"
    torch.save({"w": torch.ones(2)}, path)
    # GLOBAL collections.OrderedDict; BUILD it with {"move_to_end": 1}; STOP
    crafted = b"\x80\x02ccollections\nOrderedDict\n}X\x0b\x00\x00\x00move_to_endK\x01sb."
    rewrite_member(path, "data.pkl", crafted)
    with pytest.raises(GateExplorerError, match=r"tries to change collections\.OrderedDict"):
        read_torch_file(path)
    import collections

    assert callable(collections.OrderedDict.move_to_end)


def test_shared_references_are_walked_once(tmp_path):
    """A 1 KB checkpoint whose dicts share their children 40 levels deep (2^40 paths):
    tied tensors stay one array, and the walk ends at once with a message."""
    tied = torch.ones(3)
    torch.save({"embedding.weight": tied, "fc.weight": tied}, tmp_path / "tied.pt")
    got = read_torch_file(tmp_path / "tied.pt")
    assert got["embedding.weight"] is got["fc.weight"]
    tree = {"w": torch.ones(1)}
    for _ in range(40):
        tree = {"a": tree, "b": tree}
    torch.save(tree, tmp_path / "laughs.pt")
    assert (tmp_path / "laughs.pt").stat().st_size < 10_000
    read_torch_file(tmp_path / "laughs.pt")  # the DAG itself is fine
    with pytest.raises(GateExplorerError, match=r"more than 200,000 named values"):
        load_model(tmp_path / "laughs.pt")
