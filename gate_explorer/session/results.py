"""``Results``: analysis results of the session's current run, each computed once.

A view asks for a result by key (e.g. ``("gradients", target)``) with the task that makes
it: a cached result comes back at once; otherwise the task runs inline (when the caller
says it is cheap) or in a worker thread (``session.worker.Worker``), and ``sigReady(key)``
says when it is stored. Each *channel* (e.g. ``"gradients"``, ``"jacobian"``) has its own
worker: a newer request drops the one still waiting on that channel, and the one running
finishes and is kept. Everything is for the run it was computed on: once the session
shows another run the cache is empty and late results are dropped. The cache holds at most
``limit`` numbers (each entry says its size), oldest dropped first.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from gate_explorer.session.worker import Worker
from gate_explorer.workspace.jobs import Task

LIMIT = 4_000_000  # numbers kept at most (about 32 MB of float64)
_MISSING = object()


class Results(QObject):
    """Per-run cache of analysis results, computed inline or in per-channel workers."""

    sigReady = Signal(object)  # the key of a result that has just been stored
    sigProgress = Signal(object, int, int)  # key, done, total of a result being computed

    def __init__(self, session: Any, limit: int = LIMIT) -> None:
        super().__init__(session)
        self._session = session
        self.limit = int(limit)
        self._run: Any = None  # the run the cache is for
        self._cache: dict[Hashable, tuple[Any, int]] = {}
        self._pending: dict[str, Hashable] = {}  # channel -> key of its newest request
        self._workers: dict[str, Worker] = {}
        self.last: tuple[Hashable, Any, Any] | None = None  # (key, result, error) last done

    def _check_run(self) -> None:
        run = self._session.run
        if run is not self._run:
            self._run = run
            self._cache.clear()
            self._pending.clear()
            for worker in self._workers.values():
                worker.cancel()

    def get(self, key: Hashable, default: Any = None) -> Any:
        """The stored result of ``key`` for the current run, else ``default``."""
        self._check_run()
        entry = self._cache.get(key, _MISSING)
        return default if entry is _MISSING else entry[0]

    def __contains__(self, key: Hashable) -> bool:
        self._check_run()
        return key in self._cache

    def pending(self, channel: str) -> Hashable | None:
        """The key of the newest request still computing on ``channel``, or None."""
        self._check_run()
        return self._pending.get(channel)

    def put(self, key: Hashable, value: Any, size: int = 1) -> None:
        """Store ``value`` for the current run (``size``: how many numbers it holds)."""
        self._check_run()
        size = max(int(size), 1)
        self._cache.pop(key, None)
        while self._cache and sum(s for _, s in self._cache.values()) + size > self.limit:
            self._cache.pop(next(iter(self._cache)))
        self._cache[key] = (value, size)

    def compute(
        self,
        key: Hashable,
        task: Task,
        *,
        channel: str,
        inline: bool = False,
        size: Callable[[Any], int] | None = None,
        keep: Callable[[Any], bool] | None = None,
    ) -> Any:
        """The result of ``key``: cached, or ``task(progress)`` now when ``inline`` (stored
        and returned), else submitted on ``channel`` (returns None; ``sigReady(key)`` once
        it is done). ``size(result)`` is the number of values a result holds (default 1);
        a result is stored unless it is None or ``keep(result)`` is false (a failure the
        view shows but that a later request should try again)."""
        self._check_run()
        if key in self._cache:
            return self._cache[key][0]
        if inline:
            value = task(lambda _done, _total: None)
            self._store(key, value, size, keep)
            return value
        if self._pending.get(channel) != key:
            self._pending[channel] = key
            worker = self._worker(channel)
            worker.submit(task, (self._run, key, channel, size, keep), replace=False)
        return None

    def _store(self, key: Hashable, value: Any, size: Any, keep: Any) -> None:
        if value is not None and (keep is None or keep(value)):
            self.put(key, value, size(value) if size else 1)

    def _worker(self, channel: str) -> Worker:
        if channel not in self._workers:
            worker = Worker(self)
            worker.sigDone.connect(self._on_done)
            worker.sigProgress.connect(self._on_progress)
            self._workers[channel] = worker
        return self._workers[channel]

    def _on_done(self, ticket: tuple[Any, ...], result: Any, error: Any) -> None:
        run, key, channel, size, keep = ticket
        if run is not self._session.run:
            return  # stale: computed for a run the session no longer shows
        self._check_run()
        if self._pending.get(channel) == key:
            del self._pending[channel]
        self.last = (key, result, error)  # what a view reads when the result was not kept
        if error is None:
            self._store(key, result, size, keep)
        self.sigReady.emit(key)

    def _on_progress(self, ticket: tuple[Any, ...], done: int, total: int) -> None:
        run, key = ticket[:2]
        if run is self._session.run:
            self.sigProgress.emit(key, done, total)

    def wait(self, timeout_s: float = 10.0) -> None:
        """Block until every channel is idle, then deliver the results (tests, export)."""
        for worker in list(self._workers.values()):
            worker.wait(timeout_s)
        QCoreApplication.processEvents()

    def shutdown(self) -> None:
        for worker in self._workers.values():
            worker.shutdown()
