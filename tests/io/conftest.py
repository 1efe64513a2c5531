"""Fixtures for the io tests: small models of every kind, built from seeded random weights."""

import json
from collections.abc import Callable

import numpy as np
import pytest

from gate_explorer.engine.embedding import Embedding
from gate_explorer.engine.model import Head, Model
from gate_explorer.engine.net import RecurrentNet
from gate_explorer.engine.tokenize import Tokenizer

CHARS = tuple("abcdefgh ")


@pytest.fixture
def make_model() -> Callable[..., Model]:
    """Factory: ``make_model(kind, mode="learned"|"one-hot"|"numeric", head=True, **net_kw)``."""

    def make(kind: str = "lstm", mode: str = "learned", head: bool = True, **net_kw) -> Model:
        rng = np.random.default_rng(7)
        if mode == "numeric":
            tok, emb, width = Tokenizer("number"), Embedding(size=1, numeric=True), 1
        elif mode == "one-hot":
            tok, emb, width = Tokenizer("char", CHARS), Embedding(size=len(CHARS)), len(CHARS)
        else:
            width = 4
            weight = rng.normal(size=(len(CHARS), width)).astype(np.float32)
            tok, emb = Tokenizer("char", CHARS), Embedding(size=len(CHARS), weight=weight)
        net = RecurrentNet.random(kind, width, 5, rng=rng, **net_kw)
        readout = None
        if head:
            d_out = net.config.num_directions * net.config.output_size
            classes = 1 if mode == "numeric" else len(CHARS)
            readout = Head(
                "regress" if mode == "numeric" else "next-token",
                rng.normal(size=(classes, d_out)).astype(np.float32),
                rng.normal(size=classes).astype(np.float32),
                () if mode == "numeric" else CHARS,
            )
        card = {"task": "test", "steps": 3, "metrics": {"loss": 1.25}, "seed": 7}
        return Model(f"test-{kind}", net, tok, emb, readout, card, trained=True)

    return make


@pytest.fixture
def assert_same_run() -> Callable[[Model, Model, str], None]:
    """Assert two models give the same trace (every gate) and head output on ``text``."""

    def check(a: Model, b: Model, text: str) -> None:
        ra, rb = a.run_text(text), b.run_text(text)
        assert [t.id for t in ra.tokens] == [t.id for t in rb.tokens]
        for layer in range(ra.trace.num_layers):
            for d in range(ra.trace.num_directions):
                va, vb = ra.trace.layers[layer][d].values, rb.trace.layers[layer][d].values
                assert va.keys() == vb.keys()
                for name in va:
                    np.testing.assert_allclose(va[name], vb[name], rtol=1e-5, atol=1e-6)
        if ra.logits is None:
            assert rb.logits is None
        else:
            np.testing.assert_allclose(ra.logits, rb.logits, rtol=1e-5, atol=1e-6)

    return check


@pytest.fixture
def write_keras():
    """Write an HDF5 file laid out exactly as Keras 2 ``save_weights`` (or ``save``) does.

    ``layers`` is a list of ``(layer_name, [(weight_name, array), ...])`` in model order;
    ``config`` (a Keras model config dict) makes it a full-model file with ``model_weights``.
    """
    h5py = pytest.importorskip("h5py")

    def write(path, layers, config=None, keras_version="2.2.4"):
        with h5py.File(path, "w") as f:
            root = f
            if config is not None:
                f.attrs["model_config"] = json.dumps(config).encode("utf8")
                f.attrs["keras_version"] = keras_version.encode("utf8")
                f.attrs["backend"] = b"tensorflow"
                root = f.create_group("model_weights")
            root.attrs["layer_names"] = [name.encode("utf8") for name, _ in layers]
            root.attrs["backend"] = b"tensorflow"
            root.attrs["keras_version"] = keras_version.encode("utf8")
            for name, weights in sorted(layers, key=lambda item: item[0]):
                g = root.create_group(name)
                g.attrs["weight_names"] = [w.encode("utf8") for w, _ in weights]
                for wname, value in weights:
                    g.create_dataset(wname, data=value)
        return path

    return write
