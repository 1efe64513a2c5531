"""``Worker``: the one way work leaves the GUI thread (runs, interventions, gradients, training).

A worker runs one job at a time, in a thread or (``processes=True``) in a child process,
and reports in the GUI thread: ``sigProgress(ticket, done, total)`` and ``sigDone(ticket,
result, error)``; a job's ``progress(done, total, report)`` with a payload (a training
job's losses and weights) also emits ``sigReport(ticket, report)``. Submitting a job drops
the one still waiting and, with ``replace``,
cancels the one running: a cancelled job stops at its next progress report (its
``progress`` raises ``workspace.jobs.Cancelled``; a process is terminated) and never reports
again. ``shutdown`` returns at once: nothing is delivered after it, and no signal is ever
emitted from a deleted object.
"""

from __future__ import annotations

import multiprocessing
import threading
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

from gate_explorer.session.collector import collect_in_gui_thread
from gate_explorer.workspace.jobs import Cancelled, Progress, Task

_POLL_S = 0.05  # how often a thread waiting on a worker process looks at its cancel flag


@dataclass(eq=False)
class Job:
    """One submitted task; ``cancel()`` stops it (safe from any thread)."""

    task: Task
    ticket: Any = None
    cancelled: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        self.cancelled.set()


class _Relay(QObject):
    """Lives in the GUI thread; the worker thread emits through it, so reports arrive queued."""

    sigDone = Signal(object, object, object)  # Job, result, Exception | None
    sigProgress = Signal(object, int, int)  # Job, done, total
    sigReport = Signal(object, object)  # Job, payload


class Worker(QObject):
    """One job at a time off the GUI thread; newer jobs replace older ones."""

    sigDone = Signal(object, object, object)  # ticket, result (None on error), Exception | None
    sigProgress = Signal(object, int, int)  # ticket, steps done, steps in all
    sigReport = Signal(object, object)  # ticket, the payload a job passed to ``progress``

    def __init__(self, parent: QObject | None = None, *, processes: bool = False) -> None:
        super().__init__(parent)
        collect_in_gui_thread()  # a worker thread must never free the GUI thread's objects
        self.processes = processes
        self._relay = _Relay(self)
        self._relay.sigDone.connect(self._on_done)
        self._relay.sigProgress.connect(self._on_progress)
        self._relay.sigReport.connect(self._on_report)
        self._lock = threading.Condition()  # guards the fields below and every emit
        self._waiting: Job | None = None
        self._running: Job | None = None
        self._closed = False
        self._thread: threading.Thread | None = None
        self.destroyed.connect(lambda *_: self.shutdown(0.0))  # deleted without a shutdown

    # ------------------------------------------------------------------ GUI thread
    @property
    def busy(self) -> bool:
        """True while a job waits or runs (cancelled ones included, until they stop)."""
        with self._lock:
            return self._waiting is not None or self._running is not None

    def submit(self, task: Task, ticket: Any = None, *, replace: bool = True) -> Job:
        """Queue ``task(progress)``; the job waiting is dropped, and with ``replace`` the
        one running is cancelled (else it finishes and reports). After ``shutdown`` the job
        is cancelled at once."""
        job = Job(task, ticket)
        with self._lock:
            if self._closed:  # closing: the job never runs
                job.cancel()
                return job
            if self._waiting is not None:
                self._waiting.cancel()
            if replace and self._running is not None:
                self._running.cancel()
            self._waiting = job
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="gate-explorer-worker",
                                                daemon=True)  # fmt: skip
                self._thread.start()
            self._lock.notify_all()
        return job

    def cancel(self) -> None:
        """Cancel the job running and drop the one waiting."""
        with self._lock:
            for job in (self._waiting, self._running):
                if job is not None:
                    job.cancel()
            self._waiting = None

    def wait(self, timeout_s: float = 10.0) -> bool:
        """Block until no job waits or runs (tests, headless export); False on timeout.
        Their reports are queued: process events to receive them."""
        with self._lock:
            return self._lock.wait_for(
                lambda: self._waiting is None and self._running is None, timeout_s
            )

    def shutdown(self, timeout_s: float = 0.5) -> None:
        """Cancel everything and stop reporting; waits at most ``timeout_s`` for the thread
        (a job between two progress reports finishes in the background, unreported)."""
        with self._lock:
            self._closed = True
            self.cancel()
            self._lock.notify_all()
        if self._thread is not None:
            self._thread.join(timeout_s)

    def _on_done(self, job: Job, result: Any, error: Exception | None) -> None:
        if not job.cancelled.is_set():
            self.sigDone.emit(job.ticket, result, error)

    def _on_progress(self, job: Job, done: int, total: int) -> None:
        if not job.cancelled.is_set():
            self.sigProgress.emit(job.ticket, done, total)

    def _on_report(self, job: Job, report: Any) -> None:
        if not job.cancelled.is_set():
            self.sigReport.emit(job.ticket, report)

    # ------------------------------------------------------------------ worker thread
    def _emit(self, signal: str, job: Job, *args: Any) -> None:
        """Emit through the relay unless the job or the worker is done for (under the lock,
        so ``shutdown`` can never interleave with an emit)."""
        with self._lock:
            if not self._closed and not job.cancelled.is_set():
                getattr(self._relay, signal).emit(job, *args)

    def _loop(self) -> None:
        while True:
            with self._lock:
                self._lock.wait_for(lambda: self._waiting is not None or self._closed)
                if self._closed:
                    self._running = self._waiting = None
                    self._lock.notify_all()
                    return
                job, self._waiting = self._waiting, None
                self._running = job
            self._run(job)
            del job  # not kept while waiting: its task and ticket may hold a large run
            with self._lock:
                self._running = None
                self._lock.notify_all()

    def _run(self, job: Job) -> None:
        def progress(done: int, total: int, report: Any = None) -> None:
            if job.cancelled.is_set():
                raise Cancelled
            if report is not None:
                self._emit("sigReport", job, report)
            self._emit("sigProgress", job, int(done), int(total))

        try:
            if job.cancelled.is_set():
                return
            result = _in_process(job, progress) if self.processes else job.task(progress)
        except Cancelled:
            return
        except Exception as exc:  # reported to the GUI thread, shown as a message
            self._emit("sigDone", job, None, exc)
        else:
            self._emit("sigDone", job, result, None)


def _child(conn: Any, task: Task) -> None:
    """Runs in the worker process: the task, its reports and its result through ``conn``."""

    def progress(done: int, total: int, report: Any = None) -> None:
        conn.send(("progress", done, total, report))

    try:
        conn.send(("done", task(progress), None))
    except Exception as exc:
        try:
            conn.send(("done", None, exc))
        except Exception:  # an exception that does not pickle: keep its message
            conn.send(("done", None, RuntimeError(str(exc))))
    finally:
        conn.close()


def _in_process(job: Job, progress: Progress) -> Any:
    """``job.task`` in a fresh process (spawned: no Qt state is inherited); terminated when
    the job is cancelled."""
    ctx = multiprocessing.get_context("spawn")
    ours, theirs = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(theirs, job.task), daemon=True)
    proc.start()
    theirs.close()
    try:
        while True:
            if job.cancelled.is_set():
                raise Cancelled
            if not ours.poll(_POLL_S):
                if not proc.is_alive() and not ours.poll(0):
                    raise RuntimeError(f"the worker process died (exit code {proc.exitcode})")
                continue
            try:
                kind, *rest = ours.recv()
            except (EOFError, OSError):  # the child is gone: cancelled (terminated) or died
                if job.cancelled.is_set():
                    raise Cancelled from None
                raise RuntimeError(f"the worker process died (exit code {proc.exitcode})") from None
            if kind == "progress":
                progress(*rest)
                continue
            result, error = rest
            if error is not None:
                raise error
            return result
    finally:
        if proc.is_alive():
            proc.terminate()
        proc.join(1.0)
        ours.close()
