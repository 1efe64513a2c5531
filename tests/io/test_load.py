"""load_model: resolving names and paths, and one clear error for every bad file."""

import os
import subprocess
import sys
import time

import numpy as np
import pytest

from gate_explorer import load_model
from gate_explorer.engine.net import RecurrentNet
from gate_explorer.errors import GateExplorerError
from gate_explorer.io.bundle import save_bundle


@pytest.mark.parametrize(
    ("suffix", "message"),
    [
        (".npz", "not a readable .npz archive"),
        (".h5", "not a readable HDF5 file"),
        (".safetensors", "not a readable .safetensors file"),
        (".pt", "not a readable PyTorch file"),  # read without torch
    ],
)
def test_random_bytes_give_a_clear_error(tmp_path, suffix, message):
    path = tmp_path / f"junk{suffix}"
    path.write_bytes(np.random.default_rng(0).bytes(2000))
    with pytest.raises(GateExplorerError, match=message):
        load_model(path)


def test_truncated_weights_npz(tmp_path):
    path = tmp_path / "w.npz"
    np.savez_compressed(path, **RecurrentNet.random("lstm", 3, 8).state_dict())
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(GateExplorerError, match="corrupt or truncated"):
        load_model(path)


def test_paths_that_are_not_models(tmp_path):
    with pytest.raises(GateExplorerError, match="no file or bundled model named 'nothing-here'"):
        load_model("nothing-here")
    with pytest.raises(GateExplorerError, match="is a folder"):
        load_model(tmp_path)
    (tmp_path / "w.txt").write_text("hello")
    with pytest.raises(GateExplorerError, match=r"unknown file type '\.txt'"):
        load_model(tmp_path / "w.txt")
    with pytest.raises(GateExplorerError, match="no model given"):
        load_model("")


def test_bundle_refuses_a_vocab_and_loads_by_path(tmp_path, make_model):
    path = save_bundle(make_model("gru"), tmp_path / "b.npz")
    assert load_model(str(path)).kind == "gru"
    with pytest.raises(GateExplorerError, match="carries its own vocabulary"):
        load_model(path, vocab=["a"])


def test_bundle_loads_fast(tmp_path, make_model):
    """A bundled-size model (2 x 128 LSTM, 96 tokens) loads well under 0.2 s."""
    from gate_explorer.engine.embedding import Embedding
    from gate_explorer.engine.model import Head, Model
    from gate_explorer.engine.tokenize import Tokenizer

    vocab = tuple(chr(32 + i) for i in range(96))
    rng = np.random.default_rng(0)
    net = RecurrentNet.random("lstm", 32, 128, num_layers=2, rng=rng)
    emb = Embedding(96, rng.normal(size=(96, 32)).astype(np.float32))
    head = Head(
        "next-token", rng.normal(size=(96, 128)).astype(np.float32), np.zeros(96, np.float32), vocab
    )
    path = save_bundle(Model("big", net, Tokenizer("char", vocab), emb, head), tmp_path / "big.npz")
    load_model(path)  # warm the imports
    start = time.perf_counter()
    model = load_model(path)
    elapsed = time.perf_counter() - start
    assert model.net.config.hidden_size == 128
    assert elapsed < 0.2, f"loading took {elapsed:.3f} s"


def test_io_imports_no_qt():
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'pyqtgraph', 'PyQt5', 'PyQt6'):\n"
        "            raise ImportError('Qt is blocked: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "import gate_explorer.io.load, gate_explorer.io.keras, gate_explorer.zoo\n"
        "import gate_explorer.commands.models\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
