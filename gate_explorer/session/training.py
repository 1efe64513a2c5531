"""``Training``: a model trained in the window, watched live in the session's heatmaps.

The run is ``training.live.LiveJob`` in a worker *process* (a thread would hold the GIL and
make the window stutter; cancelling ends the process). Its reports arrive here: the losses
go to ``sigLosses`` (the dialog's curve), and each weights snapshot is shown in the
session, run on the text the window shows, so the heatmaps change as the gates learn. A
snapshot is the same model with new weights: ``Session.set_weights`` swaps them and the
views update as for a run (nothing is rebuilt; unit, layer, pins, found units, span and
interventions stay as they are).

Every model shown is also written as a bundle (``io.bundle``, the zoo's format) in
``folder``, and the session refers to that file: a session saved mid-training names a file
that exists. ``save(path)`` keeps the model where the user wants it and opens it from
there, like any other file.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, QStandardPaths, Signal

from gate_explorer.engine.model import Model
from gate_explorer.errors import GateExplorerError, message_of
from gate_explorer.io.bundle import save_bundle
from gate_explorer.notices import translatable
from gate_explorer.session.worker import Worker
from gate_explorer.training.live import LiveJob, LiveSettings, Report, initial_model
from gate_explorer.workspace.models import ref_for_path
from gate_explorer.workspace.state import FoundUnit

STATES = ("idle", "running", "evaluating", "finished", "cancelled", "failed")


def default_folder() -> Path:
    """Where the models being trained are kept: the app's local data folder."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base or Path.home() / ".local" / "share" / "gate-explorer") / "training"


class Training(QObject):
    """One training run at a time, shown in ``session``; survives its dialog."""

    sigState = Signal(str)  # one of STATES
    sigLosses = Signal(object, object)  # steps (n,), losses (n,): the points just added
    sigProgress = Signal(int, int)  # steps done, steps in all
    sigSnapshot = Signal(int)  # the step whose weights the session now shows
    sigMessage = Signal(object)  # a one-line message (str, or a Message the window translates)

    def __init__(self, session: QObject, folder: str | Path | None = None) -> None:
        super().__init__(session)
        self.session = session
        self.folder = Path(folder) if folder is not None else None
        self.settings: LiveSettings | None = None
        self.state = "idle"
        self.steps = np.zeros(0, dtype=np.int64)  # every step reported so far
        self.losses = np.zeros(0)
        self.step = 0
        self.total = 0
        self.seconds = 0.0
        self.model: Model | None = None  # the weights shown last (final once finished)
        self.path: Path | None = None  # the bundle the session refers to
        self.shown_step = 0  # the training step whose weights the session shows
        self.model_step = 0  # the training step of ``model``'s weights
        self.snapshots = 0  # weights shown during this run (the initial ones not counted)
        self.error = ""
        self._ticket = 0
        self._worker = Worker(self, processes=True)
        self._worker.sigReport.connect(self._on_report)
        self._worker.sigProgress.connect(self._on_progress)
        self._worker.sigDone.connect(self._on_done)

    @property
    def running(self) -> bool:
        return self.state in ("running", "evaluating")

    # ------------------------------------------------------------------ control
    def start(self, settings: LiveSettings) -> None:
        """Show the untrained model on the window's text and start training it."""
        if self.running:
            raise GateExplorerError(self.tr("A model is being trained already: stop it first."))
        settings = settings.checked()
        self._ticket += 1
        self.settings = settings
        self.steps, self.losses = np.zeros(0, dtype=np.int64), np.zeros(0)
        self.step, self.total, self.seconds, self.snapshots = 0, settings.steps, 0.0, 0
        self.shown_step = self.model_step = 0
        self.error = ""
        self.path = (self.folder or default_folder()) / f"{settings.name}-training.npz"
        start = initial_model(settings)
        self._card = {k: start.card.get(k) for k in ("summary", "example")}
        self._show(start, first=True)
        self._set_state("running")
        self._worker.submit(LiveJob(settings), self._ticket)

    def cancel(self) -> None:
        """Stop training (the worker process is ended); the last weights stay shown."""
        if not self.running:
            return
        self._ticket += 1  # anything still on its way is stale
        self._worker.cancel()
        if self.model is not None:
            self.model.card["training"] = {
                "steps": self.model_step, "planned_steps": self.total, "cancelled": True,
                "stopped_at_step": self.step,
            }  # fmt: skip
        self._set_state("cancelled")
        self.sigMessage.emit(self.tr("Training stopped at step {0}.").format(self.step))

    def save(self, path: str | Path) -> Path:
        """Write the model shown last as a bundle at ``path`` and open it from there."""
        if self.model is None:
            raise GateExplorerError(self.tr("There is no trained model to save yet."))
        if self.running:
            raise GateExplorerError(self.tr("Training is still running: wait or stop it first."))
        written = save_bundle(self.model, path)
        if self.session.open_model(ref_for_path(written)):
            self.path = written
        return written

    def shutdown(self) -> None:
        """End the worker process without waiting (the window is closing)."""
        self._ticket += 1
        self._worker.shutdown(0.0)

    # ------------------------------------------------------------------ reports
    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.sigState.emit(state)

    def _on_report(self, ticket: int, report: Report) -> None:
        if ticket != self._ticket:
            return
        if len(report.steps):
            self.steps = np.concatenate([self.steps, report.steps])
            self.losses = np.concatenate([self.losses, report.losses])
            self.sigLosses.emit(report.steps, report.losses)
        self.step, self.total, self.seconds = report.step, report.total, report.seconds
        if report.model is not None:
            model = report.model
            model.name = self.tr("{0} (training, step {1})").format(
                self.settings.name if self.settings else model.name, report.step
            )
            for key in ("summary", "example"):
                if self._card.get(key):
                    model.card[key] = self._card[key]
            self.model_step = report.step
            if self._show(model):
                self.shown_step = report.step
                self.snapshots += 1
                self.sigSnapshot.emit(report.step)
        if report.evaluating:
            self._set_state("evaluating")

    def _on_progress(self, ticket: int, done: int, total: int) -> None:
        if ticket == self._ticket:
            self.sigProgress.emit(done, total)

    def _on_done(self, ticket: int, model: Model | None, error: Exception | None) -> None:
        if ticket != self._ticket:
            return
        if model is None:
            self.error = str(error)
            self._set_state("failed")
            self.sigMessage.emit(
                translatable("Training failed: {error}").format(error=message_of(error))
            )
            return
        self.model_step = self.total
        if self._show(model):
            self.shown_step = self.total
        self.sigMessage.emit(self.tr("Training finished: save the model to keep it."))
        self._set_state("finished")

    @property
    def shown(self) -> bool:
        """True while the window shows the model being trained (the user may open another
        meanwhile: training goes on without taking the window back)."""
        return self.model is not None and self.session.model is self.model

    def _show(self, model: Model, *, first: bool = False) -> bool:
        """Keep ``model`` as a bundle and show it in the session on its text, keeping what
        the user chose in the previous snapshot (unit, layer, pins, found units,
        interventions); False when the window shows another model, which stays."""
        s = self.session
        follow = first or self.shown
        self.model = model
        path = self.path or (self.folder or default_folder()) / f"{model.name}.npz"
        try:
            save_bundle(model, path)
        except (OSError, GateExplorerError) as exc:
            self.sigMessage.emit(
                self.tr("The model being trained could not be kept in {0}: {1}").format(path, exc)
            )
        if not follow:
            return False
        if not first and s.set_weights(model, ref_for_path(path)):
            return True  # new weights of the model shown: the views keep everything
        kept = s.session_state() if not first else None
        s.set_model(model, ref_for_path(path))
        if kept is not None:
            s.replace_found_units(_found_marks(kept.found))
            s.set_pinned(kept.pinned)
            s.interventions.set_items(kept.interventions)
            if kept.span is not None:
                s.set_span(*kept.span)
        return True


def _found_marks(found: Iterable[FoundUnit]) -> dict[tuple[int, int], dict[int, str]]:
    marks: dict[tuple[int, int], dict[int, str]] = {}
    for f in found:
        marks.setdefault((f.layer, f.direction), {})[f.unit] = f.label
    return marks
