"""``EnginePath``: which engine a session's runs take, NumPy or the compiled step loop.

One session uses one path at a time and never mixes them inside a run: it starts on NumPy
(nothing compiles at start-up), and when ``gate-explorer[fast]`` is installed the compiled
loop is loaded (the first time on a machine, compiled) in a worker of its own, a moment
after the session starts (``WARM_UP_DELAY_MS``: importing numba takes the interpreter for
about a second, and the window's first paint should not wait for it). When it is
ready the path changes once, ``sigChanged`` fires and the session re-runs the text whole
(an incremental re-run never reuses a run of the other path: ``engine.incremental``).
``GATE_EXPLORER_ENGINE=numpy`` keeps NumPy; a broken numba install falls back to NumPy with
its reason.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from gate_explorer.engine.backend import NUMPY, Backend, choose
from gate_explorer.notices import translatable
from gate_explorer.session.worker import Worker

WARM_UP_DELAY_MS = 1500  # after the window has painted and run its first text


class EnginePath(QObject):
    """The session's engine path (``backend``) and why (``label``)."""

    sigChanged = Signal()

    def __init__(self, parent: QObject | None = None, *, choice: Backend | None = None) -> None:
        super().__init__(parent)
        chosen = choose() if choice is None else choice
        self._chosen = chosen
        self._backend = chosen if not chosen.compiled else NUMPY
        self._worker: Worker | None = None
        self._pending = chosen.compiled
        self._started = False
        if chosen.compiled:
            self._worker = Worker(self)
            self._worker.sigDone.connect(self._on_ready)
            QTimer.singleShot(WARM_UP_DELAY_MS, self, self._start)

    def _start(self) -> None:
        """Load the compiled loop in the worker (once)."""
        if self._worker is not None and not self._started:
            self._started = True
            self._worker.submit(lambda _progress: self._chosen.warm_up())

    @property
    def backend(self) -> Backend:
        """The path runs take now (NumPy while the compiled one loads)."""
        return self._backend

    @property
    def pending(self) -> bool:
        """True while the compiled loop is still loading."""
        return self._pending

    def label(self) -> str:
        """One line: the path and why (``engine: NumPy (numba is not installed; ...)``)."""
        if self.pending:
            return translatable("{engine} (loading …)").format(engine=self._chosen.label())
        return self._backend.label()

    def _on_ready(self, ticket: object, result: Backend | None, error: Exception | None) -> None:
        chosen = result if isinstance(result, Backend) else NUMPY
        if error is not None:
            chosen = Backend(
                "numpy",
                translatable("the compiled engine failed to load ({error}); NumPy runs").format(
                    error=f"{type(error).__name__}: {error}"
                ),
            )
        changed = chosen != self._backend
        self._backend, self._pending = chosen, False
        if changed:
            self.sigChanged.emit()

    def wait(self, timeout_s: float = 60.0) -> bool:
        """Block until the compiled loop has loaded (tests, benchmarks), starting it now if
        its delay has not passed; True when done."""
        self._start()
        return self._worker is None or self._worker.wait(timeout_s)

    def shutdown(self) -> None:
        if self._worker is not None:
            self._worker.shutdown()
