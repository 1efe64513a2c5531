"""``Interventions``: the session's list of clamps and the counterfactual run they give.

The session owns one (``session.interventions``), so the list is saved with the session
file and every view can read the counterfactual. It is recomputed, only from the first
intervened step on (``engine.intervene``), whenever the list or the session's run changes.

An intervention that does not fit the current run (its step is past the end of a shorter
text) is kept but inactive: it is listed, not applied, and applies again once the text is
long enough. A different model clears the list (its units mean something else), with a
message through ``session.sigError``.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

from gate_explorer.engine.backend import NUMPY, Backend
from gate_explorer.engine.intervene import Intervention, check, run_intervened
from gate_explorer.engine.model import Model, ModelRun
from gate_explorer.errors import GateExplorerError, message_of
from gate_explorer.notices import translatable
from gate_explorer.session.worker import Worker
from gate_explorer.workspace.jobs import Progress, run_cost

UNDO_LIMIT = 100


class Host(Protocol):
    """What the interventions read of their session (``session.core.Session``), named here
    so this module need not import it (the session imports this one)."""

    sigRunChanged: Any
    sigModelChanged: Any
    sigError: Any
    sync_cost: float

    @property
    def backend(self) -> Backend: ...

    @property
    def model(self) -> Model | None: ...

    @property
    def run(self) -> ModelRun | None: ...

    @property
    def steps(self) -> int: ...


def counterfactual(
    model: Model,
    run: ModelRun,
    active: list[Intervention],
    _progress: Progress | None = None,
    *,
    backend: Backend = NUMPY,
) -> ModelRun:
    """``run`` with ``active`` in place, read out by the model's head (a worker job), on the
    engine path that computed ``run`` (``backend``). An encoder-decoder's joined run re-runs
    its own stacks (``Seq2SeqShownRun.intervened``)."""
    if (intervened := getattr(run, "intervened", None)) is not None:
        return intervened(active)
    trace = run_intervened(model.net, run.trace, active, backend=backend)
    return model.read_out(run.text, run.tokens, trace)


def _target(iv: Intervention) -> tuple[int, int, int, str, int | None]:
    return iv.layer, iv.direction, iv.step, iv.name, iv.unit


class Interventions(QObject):
    """Ordered clamps of one session, with undo, and the counterfactual ``ModelRun``."""

    sigChanged = Signal()  # the list, which ones are active, or the counterfactual changed

    def __init__(self, session: Host) -> None:
        super().__init__(session if isinstance(session, QObject) else None)
        self._session = session
        self._worker = Worker(self)  # long runs: the counterfactual comes off the GUI thread
        self._worker.sigDone.connect(self._on_done)
        self._items: tuple[Intervention, ...] = ()
        self._undo: list[tuple[Intervention, ...]] = []
        self._last_put: tuple[Any, ...] | None = None  # target of a put that undo merges
        self._active: tuple[bool, ...] = ()
        self._run: ModelRun | None = None
        self._for: ModelRun | None = None  # the original run the counterfactual is of
        session.sigRunChanged.connect(self.refresh)
        session.sigModelChanged.connect(self._on_model)

    # ------------------------------------------------------------------ read
    @property
    def items(self) -> tuple[Intervention, ...]:
        return self._items

    @property
    def active(self) -> tuple[bool, ...]:
        """Per item: applied to the current run (False when it does not fit it)."""
        return self._active

    @property
    def counterfactual(self) -> ModelRun | None:
        """The run with the active interventions in place; None when none is active."""
        return self._run

    @property
    def original(self) -> ModelRun | None:
        """The run the counterfactual was computed from."""
        return self._for

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    def __len__(self) -> int:
        return len(self._items)

    def why_inactive(self, iv: Intervention) -> str:
        """The reason ``iv`` does not fit the session's model and run; "" when it fits."""
        model, steps = self._session.model, self._session.steps
        if model is None:
            return translatable("no model")
        try:
            check(model.net, steps, iv)
        except GateExplorerError as exc:
            return message_of(exc)
        return ""

    # ------------------------------------------------------------------ change
    def add(self, iv: Intervention) -> None:
        """Append ``iv``; raises ``GateExplorerError`` when it does not fit the current run."""
        self._validate(iv)
        self._change((*self._items, iv))

    def put(self, iv: Intervention) -> None:
        """Add ``iv``, or replace the value of the item with the same target in place.

        Consecutive puts to one target (dragging a slider) are one step for ``undo``.
        """
        self._validate(iv)
        target = _target(iv)
        items = list(self._items)
        for k, old in enumerate(items):
            if _target(old) == target:
                items[k] = iv
                break
        else:
            items.append(iv)
        self._change(tuple(items), merge=target)

    def remove(self, index: int) -> None:
        """Remove item ``index`` (an index out of range is ignored)."""
        if 0 <= index < len(self._items):
            self._change(self._items[:index] + self._items[index + 1 :])

    def clear(self) -> None:
        if self._items:
            self._change(())

    def undo(self) -> bool:
        """Go back one change (the last add, put, remove or clear); False when none is left."""
        if not self._undo:
            return False
        self._items = self._undo.pop()
        self._last_put = None
        self.refresh()
        return True

    def set_items(self, items: Iterable[Intervention]) -> None:
        """Replace the list (e.g. from a session file); starts a fresh undo history."""
        self._items = tuple(items)
        self._undo.clear()
        self._last_put = None
        self.refresh()

    def _validate(self, iv: Intervention) -> None:
        reason = self.why_inactive(iv)
        if reason:
            raise GateExplorerError(
                translatable("cannot intervene: {reason}").format(reason=reason)
            )

    def _change(self, items: tuple[Intervention, ...], merge: Any = None) -> None:
        if merge is None or merge != self._last_put:
            self._undo.append(self._items)
            del self._undo[:-UNDO_LIMIT]
        self._last_put = merge
        self._items = items
        self.refresh()

    def _on_model(self) -> None:
        if self._items:
            self._session.sigError.emit(
                f"{len(self._items)} intervention(s) cleared: they were made for another model"
            )
        self.set_items(())

    # ------------------------------------------------------------------ compute
    def refresh(self) -> None:
        """Recompute which items are active and the counterfactual run; emit ``sigChanged``."""
        session = self._session
        model, run = session.model, session.run
        self._active = tuple(not self.why_inactive(iv) for iv in self._items)
        active = [iv for iv, ok in zip(self._items, self._active, strict=True) if ok]
        self._run, self._for = None, run
        if model is None or run is None or not active:
            self._worker.cancel()
        else:
            first = min(iv.step for iv in active)
            if run_cost(model, len(run.tokens) - first) > session.sync_cost:
                job = partial(counterfactual, model, run, active, backend=session.backend)
                self._worker.submit(job, (run, active))
                self.sigChanged.emit()  # the list now; the counterfactual once computed
                return
            self._worker.cancel()
            try:
                self._run = counterfactual(model, run, active, backend=session.backend)
            except GateExplorerError as exc:  # pragma: no cover - checked above
                session.sigError.emit(message_of(exc))
        self.sigChanged.emit()

    @property
    def computing(self) -> bool:
        """True while the counterfactual is computed off the GUI thread."""
        return self._worker.busy

    def _on_done(self, ticket: Any, result: ModelRun | None, error: Exception | None) -> None:
        run, _active = ticket
        if run is not self._session.run:
            return  # stale: a newer run or list replaced the job (it was cancelled)
        if error is not None:
            message = translatable("could not apply the interventions: {error}")
            self._session.sigError.emit(message.format(error=error))
        else:
            self._run = result
        self.sigChanged.emit()

    def shutdown(self) -> None:
        """Cancel a counterfactual in the background (the session is closing)."""
        self._worker.shutdown()

    # ------------------------------------------------------------------ save / restore
    def state(self) -> list[dict[str, Any]]:
        """The list as JSON-friendly dicts (for ``Session.state``)."""
        return [iv.to_dict() for iv in self._items]
