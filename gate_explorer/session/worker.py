"""Running a model off the GUI thread: one job at a time, queued jobs replaced by newer ones."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from gate_explorer.engine.model import Model
from gate_explorer.workspace.models import ModelRef, load_ref


class RunEmitter(QObject):
    """Lives in the GUI thread; jobs emit through it, so results arrive queued."""

    sigDone = Signal(int, object, object)  # generation, ModelRun | None, Exception | None
    sigProgress = Signal(int, int, int)  # generation, steps done, steps in all


class RunJob(QRunnable):
    """``model.run_text(text)`` in a pool thread, reported with its generation number."""

    def __init__(self, model: Model, text: str, generation: int, emitter: RunEmitter) -> None:
        super().__init__()
        self.model, self.text, self.generation, self.emitter = model, text, generation, emitter

    def _progress(self, done: int, total: int) -> None:
        self.emitter.sigProgress.emit(self.generation, done, total)

    def run(self) -> None:
        try:
            result = self.model.run_text(self.text, progress=self._progress)
        except Exception as exc:  # reported to the GUI thread, shown as a message
            self.emitter.sigDone.emit(self.generation, None, exc)
        else:
            self.emitter.sigDone.emit(self.generation, result, None)


class Runner:
    """A single-thread pool: starting a job drops the ones still waiting (they are stale)."""

    def __init__(self, emitter: RunEmitter) -> None:
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(1)
        self.emitter = emitter

    def start(self, model: Model, text: str, generation: int) -> None:
        self.pool.clear()
        self.pool.start(RunJob(model, text, generation, self.emitter))

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        self.pool.clear()
        self.pool.waitForDone(timeout_ms)


class LoadEmitter(QObject):
    """Lives in the GUI thread; load jobs report through it (queued to the GUI thread)."""

    sigLoaded = Signal(int, object, object, object)  # generation, ref, Model | None, error
    sigProgress = Signal(int, int, int)  # generation, bytes read, bytes in all


class LoadJob(QRunnable):
    """``load_ref(ref)`` in a pool thread, so a large file never blocks the window."""

    def __init__(self, ref: ModelRef, generation: int, emitter: LoadEmitter) -> None:
        super().__init__()
        self.ref, self.generation, self.emitter = ref, generation, emitter

    def _progress(self, done: int, total: int) -> None:
        self.emitter.sigProgress.emit(self.generation, done, total)

    def run(self) -> None:
        try:
            model = load_ref(self.ref, progress=self._progress)
        except Exception as exc:  # GateExplorerError or a loader's own: shown as a message
            self.emitter.sigLoaded.emit(self.generation, self.ref, None, exc)
        else:
            self.emitter.sigLoaded.emit(self.generation, self.ref, model, None)
