"""One guard on every path into a run: sized from the text's length by the engine's
estimate, asked about above the limits, never tokenized or run on the GUI thread first."""

from __future__ import annotations

import time

import pytest

from gate_explorer.engine import estimate
from gate_explorer.engine.tokenize import Tokenizer
from gate_explorer.session import ModelRef, Session, random_model

HUGE = 100_000_000  # characters: the session that froze the window and died


@pytest.fixture
def session(qtbot):
    s = Session(debounce_ms=10)
    s.set_model(random_model("lstm", 8), ModelRef("random", cell="lstm", hidden=8))
    s.set_text("hello world", immediate=True)
    yield s
    s.shutdown()


@pytest.fixture
def no_tokenizing(monkeypatch):
    """Fail if anything splits a text longer than 1 MB (what froze the window before)."""
    real = Tokenizer.tokenize

    def guarded(self, text):
        assert len(text) < 1_000_000, "a huge text was tokenized"
        return real(self, text)

    monkeypatch.setattr(Tokenizer, "tokenize", guarded)
    monkeypatch.setattr(Tokenizer, "spans", lambda self, text: guarded(self, text) and [])


def test_a_session_with_100_mb_of_text_asks_and_keeps_the_old_run(session, no_tokenizing):
    asked: list[str] = []
    session.sigTooLarge.connect(asked.append)
    old = session.run
    state = session.state() | {"text": "x" * HUGE}
    start = time.perf_counter()
    assert session.apply_state(state)
    took = time.perf_counter() - start
    assert took < 3.0  # was 49 s, then a MemoryError
    assert len(asked) == 1
    assert "limit 2.0 GB" in asked[0]
    assert "100,000,000 steps" in asked[0]
    assert session.run is old
    assert not session.busy
    assert session.pending is not None


def test_paste_path_asks_too(session, qtbot, monkeypatch):
    monkeypatch.setattr(estimate, "LIMIT_BYTES", 1_000_000)
    asked: list[str] = []
    session.sigTooLarge.connect(asked.append)
    session.set_text("abc " * 5_000)
    qtbot.waitUntil(lambda: bool(asked), timeout=3000)
    assert "limit 976.6 KB" in asked[0]
    assert session.run.text == "hello world"


def test_allowed_runs_in_the_worker_and_is_not_asked_again(session, qtbot, monkeypatch):
    monkeypatch.setattr(estimate, "LIMIT_SECONDS", 0.001)
    asked: list[str] = []
    session.sigTooLarge.connect(asked.append)
    text = "abc " * 3_000
    session.set_text(text, immediate=True)
    assert len(asked) == 1
    session.allow_large_run()
    qtbot.waitUntil(lambda: session.run is not None and session.run.text == text, timeout=20_000)
    assert session.pending is None
    session.recompute()
    assert len(asked) == 1
    session.set_text(text + "d", immediate=True)  # another text: asked again
    assert len(asked) == 2


def test_a_huge_random_model_from_a_session_is_refused_fast(session):
    errors: list[str] = []
    session.sigError.connect(errors.append)
    before = session.model
    start = time.perf_counter()
    ref = {"source": "random", "cell": "lstm", "hidden": 4096, "layers": 16}
    assert not session.apply_state({"model": ref, "text": "abc"})
    assert time.perf_counter() - start < 2.0  # was 46 s frozen, then dead
    assert session.model is before
    assert "the limit is 2.0 GB" in errors[-1]
    assert session.text == "hello world"
