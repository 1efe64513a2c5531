"""Shared test set-up: GUI tests run offscreen, on a machine with no screen; small models
with each kind of head (built from the engine alone), their runs, and a plain figure."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("GATE_EXPLORER_ENGINE", "numpy")  # sessions stay on the reference
# path (no compiled loop loading mid-test); tests of the compiled path choose it

import subprocess

import numpy as np
import pytest

import gate_explorer.qt  # noqa: F401  (the PySide6 workaround before any Qt call)
from gate_explorer.engine.embedding import Embedding
from gate_explorer.engine.model import Head, Model, ModelRun
from gate_explorer.engine.net import RecurrentNet
from gate_explorer.engine.tokenize import Tokenizer
from gate_explorer.workspace.models import ModelRef, random_model


@pytest.fixture
def rng():
    """A seeded generator (training and analysis tests)."""
    return np.random.default_rng(1234)


def _word_model(kind: str = "lstm", head: str = "next-token") -> Model:
    vocab = ("<unk>", "the", "cat", "sat", "on", "mat", ".")
    tok = Tokenizer("word", vocab)
    net = RecurrentNet.random(kind, 8, 6, rng=1)
    rng = np.random.default_rng(2)
    emb = Embedding(len(vocab), rng.normal(size=(len(vocab), 8)).astype(np.float32))
    labels = vocab if head == "next-token" else ("negative", "positive")
    w = rng.normal(size=(len(labels), 6)).astype(np.float32)
    h = Head(head, w, np.zeros(len(labels), np.float32), labels)
    return Model(f"toy-{kind}-{head}", net, tok, emb, h, card={}, trained=True)


@pytest.fixture
def word_model() -> Model:
    return _word_model()


@pytest.fixture
def classify_model() -> Model:
    return _word_model("gru", "classify")


@pytest.fixture
def regress_model() -> Model:
    net = RecurrentNet.random("lstm", 1, 5, rng=3)
    head = Head("regress", np.ones((1, 5), np.float32), np.zeros(1, np.float32))
    return Model("toy-sine", net, Tokenizer("number"), Embedding(1, numeric=True), head)


@pytest.fixture
def nan_model() -> Model:
    m = random_model("gru", 4)
    params = m.net.state_dict()
    params["weight_hh_l0"][0, 0] = np.nan
    net = RecurrentNet(m.net.config, params)
    return Model("nan-gru", net, m.tokenizer, m.embedding, trained=False)


@pytest.fixture
def session(qtbot):
    """A session on a small random LSTM with a short text (Qt: imported here, not above)."""
    from gate_explorer.session import Session

    s = Session(debounce_ms=10)
    s.set_model(random_model("lstm", 8), ModelRef("random", cell="lstm", hidden=8))
    s.set_text("hello world", immediate=True)
    yield s
    s.shutdown()


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


@pytest.fixture
def small_disk(tmp_path):
    """A 64 KB tmpfs: a full disk (and, remounted, a read-only folder) for real.

    Needs root, which the test machines have; skipped where mounting is not allowed.
    """
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)
