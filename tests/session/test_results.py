"""``session.results``: per-run results computed once, inline or in per-channel workers."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QCoreApplication

from gate_explorer.session import ModelRef, Session


def _session() -> Session:
    """A session whose model and run are in (a model may load in the loader's thread: a run
    arriving during a test would clear the results under it)."""
    s = Session(debounce_ms=10)
    s.open_model(ModelRef("random", cell="gru", hidden=4))
    s.set_text("abc", immediate=True)
    deadline = time.monotonic() + 10
    while (s.run is None or s.busy or s.loading is not None) and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.005)
    assert s.run is not None
    assert s.run.text == "abc"
    return s


def test_inline_results_are_computed_once_per_run(qtbot):
    s = _session()
    calls = []

    def task(_progress):
        calls.append(len(s.run.tokens))
        return len(calls)

    r = s.results
    assert r.compute("k", task, channel="a", inline=True) == 1
    assert r.compute("k", task, channel="a", inline=True) == 1
    assert calls == [3]
    s.set_text("abcd", immediate=True)  # a new run: the old results mean nothing
    assert "k" not in r
    assert r.compute("k", task, channel="a", inline=True) == 2
    assert calls == [3, 4]
    s.shutdown()


def test_worker_results_arrive_by_signal_and_stale_ones_are_dropped(qtbot):
    s = _session()
    r = s.results
    gate = threading.Event()
    threads = []

    def slow(_progress):
        threads.append(threading.current_thread())
        gate.wait(5)
        return "old run"

    assert r.compute("k", slow, channel="a") is None
    assert r.pending("a") == "k"
    s.set_text("xyz!", immediate=True)  # the run changes while the job computes
    gate.set()
    r.wait()
    assert "k" not in r  # computed for the old run: dropped
    assert threads[0] is not threading.main_thread()
    with qtbot.waitSignal(r.sigReady) as ready:
        r.compute("k", lambda _p: "new run", channel="a")
    assert ready.args == ["k"]
    assert r.get("k") == "new run"
    s.shutdown()


def test_channels_do_not_drop_each_others_requests(qtbot):
    s = _session()
    r = s.results
    gate, started = threading.Event(), threading.Event()

    def busy(_p):
        started.set()
        return gate.wait(5) and "a"

    r.compute("busy", busy, channel="a")
    # running, not only waiting (a request waiting on a channel gives way to a newer one)
    assert started.wait(5)
    r.compute("first", lambda _p: 1, channel="b")
    r.compute("newer", lambda _p: 2, channel="a")  # waits behind "busy" on channel a
    r.compute("other", lambda _p: 3, channel="b")
    gate.set()
    r.wait()
    r.wait()
    assert r.get("busy") == "a"  # the running job finished and was kept
    assert r.get("newer") == 2
    assert r.get("other") == 3
    s.shutdown()


def test_failures_are_not_kept_and_the_cache_is_bounded(qtbot):
    s = _session()
    r = s.results
    r.limit = 10
    assert r.compute("bad", lambda _p: (None, "no"), channel="a", inline=True,
                     keep=lambda v: v[0] is not None) == (None, "no")  # fmt: skip
    assert "bad" not in r
    for k in range(4):
        r.compute(k, lambda _p, k=k: k, channel="a", inline=True, size=lambda _v: 4)
    assert [k for k in range(4) if k in r] == [2, 3]  # oldest dropped first
    s.shutdown()
