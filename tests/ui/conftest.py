"""GUI test fixtures: isolated settings, small models with each kind of head, a window."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QSettings

from gate_explorer.engine.embedding import Embedding
from gate_explorer.engine.model import Head, Model
from gate_explorer.engine.net import RecurrentNet
from gate_explorer.engine.tokenize import Tokenizer
from gate_explorer.session import ModelRef, Session, random_model


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path, monkeypatch):
    """No test reads or writes the user's real settings."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(tmp_path / "qsettings"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


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
def session(qtbot) -> Session:
    s = Session(debounce_ms=10)
    s.set_model(random_model("lstm", 8), ModelRef("random", cell="lstm", hidden=8))
    s.set_text("hello world", immediate=True)
    yield s
    s.shutdown()


@pytest.fixture
def window(qtbot, settings):
    """A shown main window on a small random LSTM with a short text."""
    from gate_explorer.ui.window.main_window import MainWindow

    w = MainWindow(Session(debounce_ms=10), settings)
    qtbot.addWidget(w)
    w.start(model=None, text=None)
    w.analysis.show()  # the offscreen screen is 800x800, where the dock would start closed
    w.session.open_model(ModelRef("random", cell="lstm", hidden=8))
    w.session.set_text("hello world", immediate=True)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    w.focus_heatmaps()
    yield w
    w.session.shutdown()
