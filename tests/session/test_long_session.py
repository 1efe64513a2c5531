"""A session whose text's full trace is above its budget keeps a checkpointed run: it runs
in the worker with progress, an edit re-runs from the checkpoint before it, and windows
are computed in a worker on request."""

from __future__ import annotations

import numpy as np
import pytest

from gate_explorer.engine import estimate
from gate_explorer.engine.checkpointed import EVERY, CheckpointedRun
from gate_explorer.session import ModelRef, Session

TEXT = ("the quick brown fox jumps over the lazy dog; " * 300)[:12_000]


@pytest.fixture
def session(qtbot):
    s = Session(debounce_ms=10)
    s.trace_budget = 2_000_000  # bytes: a short text fits, TEXT (about 13 MB) does not
    s.open_model(ModelRef("random", cell="gru", hidden=8, layers=2))
    s.seen = []  # progress reports: connected once (no disconnect while a job may report)
    s.sigProgress.connect(lambda d, t: s.seen.append((d, t)))
    yield s
    s.shutdown()


def _run(qtbot, s: Session, text: str) -> list[tuple[int, int]]:
    """The progress reports of the run of ``text``, once it is shown."""
    s.seen.clear()
    s.set_text(text, immediate=True)
    qtbot.waitUntil(lambda: s.run is not None and s.run.text == text and not s.busy,
                    timeout=30_000)  # fmt: skip
    return list(s.seen)


def _assert_exact(s: Session, text: str) -> None:
    full = s.shown_model.run_text(text)
    assert s.run.tokens == full.tokens
    for step in (0, len(text) // 2, len(text) - 1):
        for name in s.names:
            assert np.array_equal(s.values(name)[step], full.trace.values(name, s.layer)[step])


def test_the_budget_decides_the_storage(session, qtbot):
    small = "a short text"
    _run(qtbot, session, small)
    assert not session.long
    assert estimate.estimate_model(session.model, TEXT, budget=session.trace_budget).storage == (
        "checkpointed"
    )
    seen = _run(qtbot, session, TEXT)
    assert session.long
    assert isinstance(session.run, CheckpointedRun)
    assert seen  # progress while it ran
    assert seen[-1] == (2 * len(TEXT), 2 * len(TEXT))
    _assert_exact(session, TEXT)
    _run(qtbot, session, small)  # and back: a full trace again
    assert not session.long
    assert session.values("h").shape == (len(small), 8)


def test_an_edit_reruns_from_the_checkpoint_before_it(session, qtbot):
    _run(qtbot, session, TEXT)
    old = session.run
    mid = 7_777
    edited = TEXT[:mid] + "X" + TEXT[mid:]
    seen = _run(qtbot, session, edited)
    start = ((mid - 1) // EVERY) * EVERY
    assert seen[-1][1] == 2 * (len(edited) - start)  # two layers, from the checkpoint
    assert session.run is not old
    assert np.array_equal(session.run.ckpt_h[:, : start // EVERY + 1],
                          old.ckpt_h[:, : start // EVERY + 1])  # fmt: skip
    _assert_exact(session, edited)
    appended = edited + " and more"
    levels, order = session.levels("h"), session.unit_order("h")
    seen = _run(qtbot, session, appended)
    assert session.levels("h") == levels  # estimates kept while the run grows by < 10 %
    assert session.unit_order("h") is order
    assert seen[-1][1] <= 2 * (EVERY + 10)
    _assert_exact(session, appended)


def test_windows_are_computed_in_a_worker_on_request(session, qtbot):
    _run(qtbot, session, TEXT)
    lo, hi = session.run.window_span(5_000)
    assert session.cached_window(lo, hi) is None
    with qtbot.waitSignal(session.sigWindowReady, timeout=10_000) as got:
        session.request_window(lo, hi)
    assert got.args == [lo, hi]
    w = session.cached_window(lo, hi)
    assert w is not None
    assert (w.start, w.stop) == (lo, hi)
    trace, at = session.step_trace(5_000)
    assert trace is w.trace
    assert at == 5_000 - lo
    with pytest.raises(Exception, match="generation does not continue a text this long"):
        session.keep_steps(10)


def test_the_first_pass_shows_the_part_computed_so_far(session, qtbot, monkeypatch):
    from gate_explorer.engine import checkpointed

    monkeypatch.setattr(checkpointed, "PARTIAL_SECONDS", 0.0)
    shown: list[int] = []
    session.sigRunChanged.connect(lambda: shown.append(session.steps))
    windows: list[bool] = []

    def look() -> None:  # what a view reads of a part while the rest runs
        if session.busy and session.steps:
            step = session.steps - 1
            got = session.values("h")[step]
            want = session.shown_model.run_text(TEXT).trace.values("h", session.layer)[step]
            windows.append(bool(np.array_equal(got, want)))

    session.sigRunChanged.connect(look)
    _run(qtbot, session, TEXT)
    assert shown[-1] == len(TEXT)
    parts = shown[:-1]
    assert parts == [4 * EVERY, 8 * EVERY]  # after each chunk, never shrinking
    assert windows == [True, True]
    prefix = session.run.prefix(4 * EVERY)
    assert prefix.text == TEXT[: 4 * EVERY]
    assert np.array_equal(prefix.trace.h_n, session.run.ckpt_h[:, 4])


def test_a_run_replaced_by_an_edit_is_freed_without_the_cyclic_collector(session, qtbot):
    """Typing into a long text makes a new run per edit: the old one (its windows are
    megabytes) goes at once, not when the GUI thread's collector next runs a full pass;
    workers do not keep their last job (its task and ticket hold the run) while idle."""
    import gc
    import weakref

    text = TEXT
    _run(qtbot, session, text)
    session.values("h")[5_000]  # a window computed here, one in the worker
    session.request_window(0, EVERY)
    qtbot.waitUntil(lambda: session.cached_window(0, EVERY) is not None, timeout=10_000)
    old = weakref.ref(session.run)
    enabled = gc.isenabled()
    gc.disable()
    try:
        for ch in "xyz":
            text += ch
            _run(qtbot, session, text)
        qtbot.wait(50)
        assert old() is None
    finally:
        if enabled:
            gc.enable()
