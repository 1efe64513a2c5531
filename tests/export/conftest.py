"""Fixtures for export tests: small models built directly, runs, and a plain pyqtgraph view."""

from __future__ import annotations

import numpy as np
import pytest

from gate_explorer.engine.embedding import Embedding
from gate_explorer.engine.model import Model, ModelRun
from gate_explorer.engine.net import RecurrentNet
from gate_explorer.engine.tokenize import Tokenizer

VOCAB = tuple("abcdefghijklmnopqrstuvwxyz ,.'\"")


def make_model(kind: str = "lstm", hidden: int = 6, layers: int = 1, bidir: bool = False) -> Model:
    net = RecurrentNet.random(kind, len(VOCAB), hidden, layers, bidirectional=bidir, rng=3)
    return Model(f"test-{kind}", net, Tokenizer("char", VOCAB), Embedding(len(VOCAB)))


@pytest.fixture
def model_factory():
    """``make_model`` for tests that need their own sizes (conftest is not importable)."""
    return make_model


@pytest.fixture
def lstm_model() -> Model:
    return make_model("lstm")


@pytest.fixture
def lstm_run(lstm_model: Model) -> ModelRun:
    return lstm_model.run_text('hi, "you".')


@pytest.fixture
def gru_run() -> ModelRun:
    """Two layers, bidirectional: exercises the layer and direction columns."""
    return make_model("gru", hidden=4, layers=2, bidir=True).run_text("abc de")


@pytest.fixture
def panel(qapp, lstm_run: ModelRun):
    """The window's heatmap panel for ``lstm_run`` at step 2, built and never shown."""
    from gate_explorer.headless.figure import build_view, check_spec

    view = build_view(lstm_run, check_spec(lstm_run, step=2), "test title", size=(900, 600))
    yield view
    view.widget.deleteLater()


@pytest.fixture
def weights_file(tmp_path, lstm_model: Model):
    """A weights .npz in torch names plus a vocabulary file, as a user would pass them."""
    path = tmp_path / "weights.npz"
    np.savez(path, **lstm_model.net.state_dict())
    vocab = tmp_path / "vocab.txt"
    vocab.write_text("\n".join(VOCAB), encoding="utf-8")
    return path, vocab
