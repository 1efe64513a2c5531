"""Damaged Keras and ONNX files (bytes changed, truncated): a one-line message or a model,
never a traceback."""

import io
import json
import zipfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gate_explorer import load_model

from .helpers import damaged, load_message

h5py = pytest.importorskip("h5py")
FIXTURES = Path(__file__).parent.parent / "fixtures"


def keras_archive() -> bytes:
    """A .keras archive laid out as Keras 3 writes it: Embedding -> LSTM -> Dense."""
    rng = np.random.default_rng(0)
    config = {
        "class_name": "Sequential",
        "config": {
            "name": "s",
            "layers": [
                {"class_name": "InputLayer", "config": {"name": "input_layer"}},
                {"class_name": "Embedding", "config": {"name": "embedding"}},
                {
                    "class_name": "LSTM",
                    "config": {"name": "lstm", "activation": "tanh", "return_sequences": True},
                },
                {"class_name": "Dense", "config": {"name": "dense", "activation": "softmax"}},
            ],
        },
    }
    weights = io.BytesIO()
    with h5py.File(weights, "w") as f:
        f.create_dataset("layers/embedding/vars/0", data=rng.normal(size=(5, 3)))
        for i, shape in enumerate([(3, 16), (4, 16), (16,)]):
            f.create_dataset(f"layers/lstm/cell/vars/{i}", data=rng.normal(size=shape))
        f.create_dataset("layers/dense/vars/0", data=rng.normal(size=(4, 5)))
        f.create_dataset("layers/dense/vars/1", data=rng.normal(size=5))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("metadata.json", json.dumps({"keras_version": "3.15.1"}))
        zf.writestr("config.json", json.dumps(config))
        zf.writestr("model.weights.h5", weights.getvalue())
    return out.getvalue()


def onnx_file() -> bytes:
    pytest.importorskip("onnx")
    from onnx import TensorProto, helper, numpy_helper

    rng = np.random.default_rng(1)
    inits = [
        numpy_helper.from_array(rng.normal(size=s).astype(np.float32), n)
        for n, s in (("W", (1, 9, 3)), ("R", (1, 9, 3)), ("B", (1, 18)))
    ]
    node = helper.make_node("GRU", ["X", "W", "R", "B"], ["Y"], hidden_size=3)
    graph = helper.make_graph(
        [node],
        "g",
        [helper.make_tensor_value_info("X", TensorProto.FLOAT, [None, 1, 3])],
        [helper.make_tensor_value_info("Y", TensorProto.FLOAT, None)],
        inits,
    )
    return helper.make_model(graph).SerializeToString()


@pytest.fixture(scope="module")
def originals():
    files = {
        ".keras": keras_archive(),
        ".h5": (FIXTURES / "keras2_lstm_hard.h5").read_bytes(),
    }
    try:
        files[".onnx"] = onnx_file()
    except pytest.skip.Exception:
        pass
    return files


def test_the_originals_load(tmp_path, originals):
    for suffix, raw in originals.items():
        path = tmp_path / f"ok{suffix}"
        path.write_bytes(raw)
        assert load_model(path).net.kind in ("lstm", "gru")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_damaged_files_give_a_message_never_a_traceback(tmp_path_factory, originals, data):
    suffix = data.draw(st.sampled_from(sorted(originals)))
    path = tmp_path_factory.mktemp("case") / f"x{suffix}"
    path.write_bytes(damaged(originals[suffix], data))
    assert "\n" not in load_message(path)
