"""``session.worker.Worker``: results and progress in the GUI thread, cancellation, processes."""

from __future__ import annotations

import threading
import time
from functools import partial

import numpy as np
import pytest
import shiboken6

from gate_explorer.errors import GateExplorerError
from gate_explorer.session.worker import Worker
from gate_explorer.workspace.jobs import Cancelled, run_text
from gate_explorer.workspace.models import random_model


class Spy:
    """Collects a worker's reports."""

    def __init__(self, worker: Worker) -> None:
        self.done: list[tuple] = []
        self.progress: list[tuple] = []
        worker.sigDone.connect(lambda *a: self.done.append(a))
        worker.sigProgress.connect(lambda *a: self.progress.append(a))


def until_cancelled(started: threading.Event, seen: list, progress) -> str:
    """A job that reports until it is cancelled; records how it ended."""
    started.set()
    try:
        for k in range(100_000):
            progress(k, 100_000)
            time.sleep(0.002)
    except Cancelled:
        seen.append("cancelled")
        raise
    seen.append("finished")
    return "finished"


def test_result_and_progress_arrive_with_their_ticket(qtbot):
    worker = Worker()
    spy = Spy(worker)

    def job(progress):
        progress(1, 2)
        progress(2, 2)
        return threading.current_thread().name

    worker.submit(job, ticket="t1")
    qtbot.waitUntil(lambda: bool(spy.done), timeout=5000)
    assert spy.done == [("t1", "gate-explorer-worker", None)]  # ran off the GUI thread
    assert spy.progress == [("t1", 1, 2), ("t1", 2, 2)]
    worker.shutdown()


def test_a_payload_given_to_progress_arrives_as_a_report_before_its_progress(qtbot):
    worker = Worker()
    spy = Spy(worker)
    order = []
    worker.sigReport.connect(lambda *a: order.append(("report", *a)))
    worker.sigProgress.connect(lambda *a: order.append(("progress", *a)))

    def job(progress):
        progress(1, 3)
        progress(2, 3, {"loss": [0.5, 0.4]})
        return "ok"

    worker.submit(job, ticket="r")
    qtbot.waitUntil(lambda: bool(spy.done), timeout=5000)
    assert order == [
        ("progress", "r", 1, 3),
        ("report", "r", {"loss": [0.5, 0.4]}),
        ("progress", "r", 2, 3),
    ]
    worker.shutdown()


def test_an_error_is_reported_not_raised(qtbot):
    worker = Worker()
    spy = Spy(worker)

    def job(_progress):
        raise GateExplorerError("bad input")

    worker.submit(job, ticket=7)
    qtbot.waitUntil(lambda: bool(spy.done), timeout=5000)
    ticket, result, error = spy.done[0]
    assert (ticket, result) == (7, None)
    assert isinstance(error, GateExplorerError)
    assert str(error) == "bad input"
    worker.shutdown()


def test_a_new_job_cancels_the_running_one(qtbot):
    worker = Worker()
    spy = Spy(worker)
    started, seen = threading.Event(), []
    worker.submit(partial(until_cancelled, started, seen), ticket="stale")
    assert started.wait(5)
    worker.submit(lambda _p: "fresh", ticket="new")
    qtbot.waitUntil(lambda: bool(spy.done), timeout=5000)
    assert seen == ["cancelled"]  # stopped at its next progress report
    assert spy.done == [("new", "fresh", None)]  # the stale job never reports
    worker.shutdown()


def test_without_replace_the_running_job_finishes_and_the_waiting_one_is_dropped(qtbot):
    worker = Worker()
    spy = Spy(worker)
    release = threading.Event()

    def slow(_progress):
        release.wait(5)
        return "slow"

    worker.submit(slow, "a")
    qtbot.waitUntil(lambda: worker._running is not None, timeout=5000)
    worker.submit(lambda _p: "dropped", "b", replace=False)
    worker.submit(lambda _p: "newest", "c", replace=False)
    release.set()
    qtbot.waitUntil(lambda: len(spy.done) == 2, timeout=5000)
    assert [d[:2] for d in spy.done] == [("a", "slow"), ("c", "newest")]
    worker.shutdown()


def test_shutdown_returns_at_once_and_nothing_is_reported_after_it(qtbot):
    worker = Worker()
    spy = Spy(worker)
    started, seen = threading.Event(), []
    worker.submit(partial(until_cancelled, started, seen))
    assert started.wait(5)
    t0 = time.perf_counter()
    worker.shutdown()
    assert time.perf_counter() - t0 < 1.0
    qtbot.waitUntil(lambda: seen == ["cancelled"], timeout=5000)
    qtbot.wait(50)
    assert spy.done == []
    job = worker.submit(lambda _p: "late")  # after shutdown: cancelled, never run
    assert job.cancelled.is_set()
    qtbot.wait(50)
    assert spy.done == []


def test_deleting_the_worker_mid_job_never_emits_from_a_deleted_object(qtbot, monkeypatch):
    """Issue 16 case 8: "Signal source has been deleted" came from a job reporting through
    a deleted emitter after the window closed."""
    errors: list[BaseException] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: errors.append(args.exc_value))
    worker = Worker()
    started, seen = threading.Event(), []
    worker.submit(partial(until_cancelled, started, seen))
    assert started.wait(5)
    shiboken6.delete(worker)  # no shutdown: the deletion itself stops the job
    deadline = time.monotonic() + 5
    while not seen and time.monotonic() < deadline:
        time.sleep(0.01)
    assert seen == ["cancelled"]
    assert errors == []


def test_a_job_in_a_process_gives_the_same_run_as_in_a_thread(qtbot):
    model = random_model("gru", hidden=8, seed=3)
    text = "abc " * 200
    worker = Worker(processes=True)
    spy = Spy(worker)
    worker.submit(partial(run_text, model, text), ticket="p")
    qtbot.waitUntil(lambda: bool(spy.done), timeout=60_000)
    ticket, run, error = spy.done[0]
    assert error is None
    assert ticket == "p"
    np.testing.assert_array_equal(run.trace.output, model.run_text(text).trace.output)
    assert spy.progress[-1][1:] == (len(text), len(text))
    worker.shutdown()


def test_cancelling_a_process_job_terminates_it(qtbot):
    worker = Worker(processes=True)
    spy = Spy(worker)
    # a long run in the child (a task from an importable module: the spawned child must be
    # able to unpickle it); its first progress report proves the child is computing
    model = random_model("lstm", hidden=64)
    job = worker.submit(partial(run_text, model, "x" * 400_000))
    qtbot.waitUntil(lambda: worker._running is job, timeout=5000)
    qtbot.waitUntil(lambda: bool(spy.progress), timeout=120_000)  # a spawned child, loaded machine
    t0 = time.perf_counter()
    worker.cancel()
    assert worker.wait(5.0)
    assert time.perf_counter() - t0 < 3.0  # terminated, not slept out
    assert spy.done == []
    worker.shutdown()


def test_cancelled_is_raised_by_progress_not_by_the_engine():
    """The engine needs no cancel check: a progress callback that raises stops a run."""
    model = random_model("lstm", hidden=8)
    calls = []

    def progress(done, total):
        calls.append(done)
        raise Cancelled

    with pytest.raises(Cancelled):
        model.run_text("x" * 2000, progress=progress)
    assert len(calls) == 1


def test_cyclic_garbage_is_collected_in_the_gui_thread_only(qtbot, monkeypatch):
    """A worker thread must never free the GUI thread's objects: with a Worker, automatic
    collection is off and a GUI-thread timer collects as the counts pass the thresholds
    (session/collector.py)."""
    import gc
    import weakref

    worker = Worker()
    try:
        assert not gc.isenabled()

        class Node:
            pass

        a, b = Node(), Node()
        a.other, b.other = b, a  # a cycle: only the cyclic collector frees it
        gone = weakref.ref(a)
        del a, b
        threshold = gc.get_threshold()[0]
        seen: list[bool] = []

        def busy(_progress):  # allocates far past generation 0's threshold in the worker
            junk = [[] for _ in range(threshold * 20)]
            seen.append(gone() is None)
            return len(junk)

        worker.submit(busy)
        assert worker.wait(10)
        assert seen == [False]  # the worker's allocations collected nothing
        threads: list[object] = []
        collect = gc.collect

        def recording(*args):
            threads.append(threading.current_thread())
            return collect(*args)

        monkeypatch.setattr(gc, "collect", recording)
        keep = [[] for _ in range(threshold * 3)]  # the GUI thread passes the threshold
        qtbot.waitUntil(lambda: bool(threads), timeout=5000)
        assert set(threads) == {threading.main_thread()}
        assert len(keep) == threshold * 3
        collect()
        assert gone() is None
    finally:
        worker.shutdown()
