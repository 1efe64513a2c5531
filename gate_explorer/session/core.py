"""``Session``: everything a window shows, as a QObject with signals.

The views read from the session only. A run is computed once per (model, text), off the
GUI thread when it is long; stepping, hovering, sorting and filtering only read it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QMetaMethod, QObject, QTimer, Signal

from gate_explorer.engine import estimate as estimates
from gate_explorer.engine.backend import Backend
from gate_explorer.engine.checkpointed import CheckpointedRun, Window, partial_job
from gate_explorer.engine.estimate import RunEstimate, estimate_model
from gate_explorer.engine.incremental import Rerun, common_prefix, rerun_job, rerun_text
from gate_explorer.engine.model import Model, ModelRun
from gate_explorer.engine.stepping import ALIGN
from gate_explorer.errors import GateExplorerError, message_of
from gate_explorer.notices import translatable
from gate_explorer.session import seq2seq
from gate_explorer.session.engine_path import EnginePath
from gate_explorer.session.interventions import Interventions
from gate_explorer.session.worker import Worker
from gate_explorer.workspace import state as saved  # a module: state.py imports workspace.models
from gate_explorer.workspace import units
from gate_explorer.workspace.jobs import load_job, run_cost
from gate_explorer.workspace.models import ModelRef, live_direction, load_ref

if TYPE_CHECKING:
    from gate_explorer.workspace.state import SessionState

SPEEDS = (1.0, 2.0, 4.0, 8.0, 15.0, 30.0, 60.0)  # steps per second
EXACT_STEPS = 2_000  # longer runs fit colour limits and unit sorts to a sample of steps
GROWING_STEPS = 500  # while generation writes, the refits read at most this many steps
LONG_READ = 1 << 16  # steps of a long run one read of ``values(name)[a:b]`` may recompute


class LongValues:
    """(T, W) values of one gate or state of a long (checkpointed) run, read by step.

    ``v[t]``, ``v[t, units]`` and ``v[a:b, units]`` (at most ``LONG_READ`` steps) are
    recomputed exactly through the run's windows (``CheckpointedRun.window``, which keeps
    recent ones); the whole array is never made: ``np.asarray(v)`` raises a clear error.
    """

    def __init__(self, run: CheckpointedRun, name: str, layer: int, direction: int) -> None:
        self.run, self.name, self.layer, self.direction = run, name, layer, direction
        self.shape = (run.steps, run.trace.width(name))
        self.dtype = run.model.net.dtype
        self.ndim = 2

    def __len__(self) -> int:
        return self.shape[0]

    def _rows(self, w: Window) -> np.ndarray:
        return w.trace.values(self.name, self.layer, self.direction)

    def __getitem__(self, key: Any) -> np.ndarray:
        rows, cols = (key[0], key[1:]) if isinstance(key, tuple) else (key, ())
        steps = self.shape[0]
        if isinstance(rows, int | np.integer):
            t = int(rows) + (steps if rows < 0 else 0)
            if not 0 <= t < steps:
                raise IndexError(f"step {rows} of {steps}")
            w = self.run.window_at(t)
            return self._rows(w)[(t - w.start, *cols)]
        if not isinstance(rows, slice):
            raise GateExplorerError(
                translatable("a long run's values are read by step or by a range of steps")
            )
        start, stop, stride = rows.indices(steps)
        lo, hi = (start, stop) if stride > 0 else (stop + 1, start + 1)
        if hi - lo > LONG_READ:
            raise GateExplorerError(
                translatable(
                    "{n} steps of a {steps}-step run at once: a long run is read in pieces "
                    "of at most {most} steps"
                ).format(n=f"{hi - lo:,}", steps=f"{steps:,}", most=f"{LONG_READ:,}")
            )
        parts, t = [], lo
        while t < hi:
            w = self.run.window_at(t)
            parts.append(self._rows(w)[t - w.start : min(hi, w.stop) - w.start])
            t = w.stop
        block = np.concatenate(parts) if parts else np.zeros((0, self.shape[1]), self.dtype)
        picked = block[::stride] if stride > 0 else block[::-1][::-stride]
        return picked[(slice(None), *cols)] if cols else picked

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        raise GateExplorerError(
            translatable(
                "{name} of this {steps}-step run is not held whole: read it by step or in pieces"
            ).format(name=self.name, steps=f"{self.shape[0]:,}")
        )


@dataclass(frozen=True)
class Answer:
    """The head's answer at one step, ready to show.

    ``items`` are (label, probability, is_the_true_next_token) best first; ``predicted`` and
    ``actual`` are for a regress head; ``note`` explains an empty answer.
    """

    kind: str
    items: tuple[tuple[str, float, bool], ...] = ()
    predicted: float | None = None
    actual: float | None = None
    note: str = ""
    next_token: str | None = None  # the token that really comes next (next-token heads)
    next_prob: float | None = None  # the probability the model gave it
    sampled: str = ""  # for a generated step: how its distribution was sampled from


def same_architecture(a: Model | None, b: Model | None) -> bool:
    """True when ``b`` is ``a`` with other weights: the same cell, variant, sizes, tokens,
    embedding and head shapes (a training snapshot), so a view drawn for ``a`` fits ``b``."""
    if a is None or b is None or type(a) is not Model or type(b) is not Model:
        return False
    na, nb = a.net, b.net
    if (na.config, na.names, na.dtype) != (nb.config, nb.names, nb.dtype):
        return False
    if (getattr(na, "gate_activation", ""), getattr(na, "reset_after", True)) != (
        getattr(nb, "gate_activation", ""),
        getattr(nb, "reset_after", True),
    ):
        return False
    if a.tokenizer != b.tokenizer or a.embedding.numeric != b.embedding.numeric:
        return False
    ha, hb = a.head, b.head
    if (ha is None) != (hb is None):
        return False
    return ha is None or (ha.kind, ha.weight.shape, ha.labels, ha.activation) == (
        hb.kind,
        hb.weight.shape,
        hb.labels,
        hb.activation,
    )


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


class Session(QObject):
    """Model, text, run, current step and view settings of one window."""

    sigModelChanged = Signal()
    sigWeightsChanged = Signal()  # the same model with other weights (``set_weights``)
    sigTextChanged = Signal(object)  # str; object: a long text is not copied into a QString
    sigRunChanged = Signal()
    sigStepChanged = Signal(int)
    sigViewChanged = Signal()
    sigPlayingChanged = Signal(bool)
    sigBusy = Signal(bool)
    sigProgress = Signal(int, int)  # steps done, steps in all, of a run in the worker thread
    sigError = Signal(object)  # str or a ``notices.Message`` the window translates
    sigUnitChanged = Signal(int)  # the selected unit of the shown layer/direction, -1: none
    sigHighlightChanged = Signal()  # units marked in the heatmaps (model card, unit finder)
    sigSpanChanged = Signal()  # the selected token span (unit finder), see ``span``
    sigPinnedChanged = Signal()  # the units pinned in the Text view, see ``pinned``
    sigChooseModule = Signal(object, object)  # ModelRef, ((name, description), ...)
    sigLoading = Signal(int, int)  # bytes read, bytes in all, of a file loading in a thread
    sigTooLarge = Signal(object)  # a Message: a run above the limits waits for allow_large_run
    sigWindowReady = Signal(int, int)  # steps [lo, hi) of a long run computed (``request_window``)

    sync_cost = 1.5e8  # runs cheaper than this (about 30 ms) stay on the GUI thread
    background_bytes = 4_000_000  # weights files larger than this load in a worker thread
    count_chars = 20_000  # texts up to this long are split on the GUI thread to size the run
    trace_budget = estimates.TRACE_BUDGET  # bytes of full trace; above: a checkpointed run

    def __init__(self, parent: QObject | None = None, *, debounce_ms: int = 150) -> None:
        super().__init__(parent)
        self._model: Model | None = None
        self._ref = ModelRef()
        self._text = ""
        self._run: ModelRun | None = None
        self._step = 0
        self._layer = 0
        self._direction = 0
        self._sort = "index"
        self._top_k = 0
        self._speed = 8.0
        self._generation = 0
        self._computed: tuple[Model | None, str] = (None, "")  # what the last run was for
        self._busy = False
        self._allowed: tuple[Model | None, str] = (None, "")  # a large run the user allowed
        self.pending: RunEstimate | None = None  # the large run waiting to be allowed
        self._nonfinite = False
        self._cache: dict[tuple[Any, ...], Any] = {}
        self._unit = -1
        self._unit_name = "h"  # the gate or state the selected unit was picked in
        self._sampled: dict[int, tuple[np.ndarray, str]] = {}  # generated steps' distributions
        self._growing = False  # generation writing: see ``set_growing``
        self._new_weights = False  # the next run reuses nothing (``set_weights``)
        self._generator: Any = None
        self._found: dict[tuple[int, int], dict[int, str]] = {}  # (layer, dir) -> {unit: label}
        self._pinned: tuple[saved.PinnedUnit, ...] = ()
        self._span: tuple[int, int] | None = None
        self._span_steps = 0  # T of the run the span was picked in
        self.sigTextChanged.connect(self.clear_span)  # a new text: the old span means nothing
        self.engine = EnginePath(self)  # NumPy, or the compiled loop once it has loaded
        self.engine.sigChanged.connect(self._on_engine_changed)
        self._worker = Worker(self)  # a new run cancels the one still running
        self._worker.sigDone.connect(self._on_done)
        self._worker.sigProgress.connect(self._on_progress)
        self._worker.sigReport.connect(self._on_partial)  # the part of a long run so far
        self._run_note: tuple[str, int] = ("whole", 0)
        self._last_rerun: Rerun | None = None
        self._reuse_from = 0  # steps of the shown run that the run computing now keeps
        self._partial_steps = 0
        self._serial = 0  # counts the runs shown (see ``unchanged_steps``)
        self._unchanged = 0
        self._first_nonfinite: int | None = None  # first step whose output is NaN or inf
        self._estimates: dict[tuple[Any, ...], tuple[Any, int]] = {}  # long runs: see levels
        self._load_generation = 0
        self._run_in_worker = False  # the next run goes to the worker whatever its cost
        self._loading: ModelRef | None = None
        self._loader = Worker(self)  # model files: a newer request cancels an older load
        self._loader.sigDone.connect(self._on_loaded)
        self._loader.sigProgress.connect(self._on_load_progress)
        self._debounce = QTimer(self, singleShot=True, interval=debounce_ms)
        self._debounce.timeout.connect(self.recompute)
        self._player = QTimer(self, interval=int(1000 / self._speed))
        self._player.timeout.connect(self._tick)
        self.interventions = Interventions(self)  # clamps and their counterfactual run
        self._results: Any = None  # session.results.Results, made on first use
        self._windows = Worker(self)  # exact windows of a long run, off the GUI thread
        self._windows.sigDone.connect(self._on_window)
        self._asked: tuple[int, int] | None = None  # the window being computed

    # ------------------------------------------------------------------ read
    @property
    def backend(self) -> Backend:
        """The engine path runs take now (``engine``: NumPy until the compiled one loads)."""
        return self.engine.backend

    @property
    def model(self) -> Model | None:
        """The model; for an encoder-decoder the stack that computed the current step
        (``session.seq2seq``: its weights are the ones the step was computed with)."""
        return seq2seq.model_at(self._model, self._run, self._step)

    @property
    def results(self) -> Any:
        """Analysis results of the current run, computed once (``session.results``)."""
        if self._results is None:
            from gate_explorer.session.results import Results

            self._results = Results(self)
        return self._results

    @property
    def shown_model(self) -> Model | None:
        """The model as opened (an encoder-decoder's ``Seq2SeqShown``, not one stack)."""
        return self._model

    @property
    def stack(self) -> str:
        """``encoder`` or ``decoder`` for an encoder-decoder's current step, else ""."""
        return seq2seq.stack_at(self._model, self._run, self._step)

    @property
    def model_ref(self) -> ModelRef:
        return self._ref

    @property
    def text(self) -> str:
        return self._text

    @property
    def run(self) -> ModelRun | None:
        return self._run

    @property
    def steps(self) -> int:
        """T of the current run (0 when there is none)."""
        return 0 if self._run is None else len(self._run.tokens)

    @property
    def step(self) -> int:
        return self._step

    @property
    def unit(self) -> int:
        """The selected unit (row) of the shown layer and direction; -1 when none."""
        return self._unit

    @property
    def unit_name(self) -> str:
        """The gate or state (``"f"``, ``"c"``, ``"h"`` ...) the selected unit was picked in:
        what the token chips shade by; ``"h"`` until a heatmap of another gate is clicked."""
        return self._unit_name if self._unit_name in self.names else "h"

    @property
    def layer(self) -> int:
        return self._layer

    @property
    def direction(self) -> int:
        return self._direction

    @property
    def sort(self) -> str:
        return self._sort

    @property
    def top_k(self) -> int:
        return self._top_k

    @property
    def speed(self) -> float:
        return self._speed

    @property
    def playing(self) -> bool:
        return self._player.isActive()

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def names(self) -> tuple[str, ...]:
        return () if self._model is None else self._model.net.names

    @property
    def has_nonfinite(self) -> bool:
        """True when the weights or the current run hold NaN or inf."""
        return self._nonfinite

    # ------------------------------------------------------------------ model and text
    @property
    def loading(self) -> ModelRef | None:
        """The file being loaded in the worker thread, or None."""
        return self._loading

    def open_model(self, ref: ModelRef, *, background: bool | None = None) -> bool:
        """Load ``ref`` and show it; on failure emit ``sigError`` and keep the current model.

        A weights file over ``background_bytes`` (or any with ``background=True``) loads
        in a worker thread with ``sigBusy``/``sigLoading``: True then means "started".
        A file holding several recurrent modules emits ``sigChooseModule`` (the window
        asks which) and returns False.
        """
        self._load_generation += 1  # a newer request supersedes a load still running
        if self._loading is not None:
            self._loading = None
            self._set_busy(False)
        if background is None:
            background = ref.source == "file" and _size(ref.path) > self.background_bytes
        if background:
            self._loading = ref
            self._set_busy(True)
            self.sigLoading.emit(0, 0)
            self._loader.submit(partial(load_job, ref), self._load_generation)
            return True
        try:
            model = load_ref(ref)
        except GateExplorerError as exc:
            self._load_failed(ref, exc)
            return False
        self.set_model(model, ref)
        return True

    def _load_failed(self, ref: ModelRef, exc: Exception) -> None:
        from gate_explorer.io.statedict import ChooseModule

        signal = QMetaMethod.fromSignal(self.sigChooseModule)
        if isinstance(exc, ChooseModule) and self.isSignalConnected(signal):
            modules = tuple((m.label, m.describe()) for m in exc.modules)
            from gate_explorer.io.seq2seq_files import pair_choice

            if (both := pair_choice(list(exc.modules))) is not None:  # or both, as a pair
                modules += (both,)
            self.sigChooseModule.emit(ref, modules)
        else:
            self.sigError.emit(message_of(exc))

    def _on_loaded(self, generation: int, model: Model | None, error: Exception | None) -> None:
        if generation != self._load_generation or self._loading is None:
            return  # stale: another model was asked for meanwhile
        ref, self._loading = self._loading, None
        self._set_busy(False)
        self._run_in_worker = model is not None  # a large model's first run stays off the GUI
        if model is None:
            if not isinstance(error, GateExplorerError):
                error = GateExplorerError(
                    translatable("cannot open {ref}: {error}").format(ref=ref.label(), error=error)
                )
            self._load_failed(ref, error)
            return
        self.set_model(model, ref)

    def _on_load_progress(self, generation: int, done: int, total: int) -> None:
        if generation == self._load_generation:
            self.sigLoading.emit(done, total)

    def set_model_option(
        self,
        *,
        kind: str | None = None,
        module: str | None = None,
        head_activation: str | None = None,
    ) -> bool:
        """Re-open the current file with another ``kind`` (e.g. ``rnn_relu``), ``module`` or
        ``head_activation`` (softmax, sigmoid, linear); the choice is kept in the model
        reference, so sessions save it."""
        ref = self._ref
        if ref.source != "file":
            return False
        new = replace(
            ref,
            kind=ref.kind if kind is None else kind,
            module=ref.module if module is None else module,
            head_activation=ref.head_activation if head_activation is None else head_activation,
        )
        return new != ref and self.open_model(new)

    def set_model(self, model: Model, ref: ModelRef | None = None) -> None:
        """Show ``model`` (its run is computed right away)."""
        self._model = model
        self._ref = ref or ModelRef("bundled", name=model.name)
        c = model.net.config
        self._layer = min(self._layer, c.num_layers - 1)
        self._direction = min(self._direction, c.num_directions - 1)
        self._direction = live_direction(model.net, self._layer, self._direction)
        self._run = None
        self._computed = (None, "")
        self._cache.clear()
        self._estimates.clear()
        self._found = {}
        if self._pinned:  # pins name units of the old model
            self._pinned = ()
            self.sigPinnedChanged.emit()
        if self._unit >= c.hidden_size:
            self._unit = -1
        self.sigModelChanged.emit()
        if self._unit == -1:
            self.sigUnitChanged.emit(-1)
        self.recompute()

    def set_weights(self, model: Model, ref: ModelRef | None = None) -> bool:
        """Show ``model``, the shown model with other weights (a training snapshot): the
        text runs again on them, and the views update as for a run, keeping their layout,
        the layer, unit, pins, found units, span, step and interventions
        (``sigWeightsChanged``, then ``sigRunChanged``; no ``sigModelChanged``). False, with
        nothing changed, when ``model`` is not the same architecture (use ``set_model``)."""
        if not same_architecture(self._model, model):
            return False
        self._model = model
        self._ref = ref or self._ref
        self._new_weights = True  # the run shown is of the old weights: none of it is reused
        self.sigWeightsChanged.emit()
        self.recompute(force=True)
        return True

    def _on_engine_changed(self) -> None:
        """The compiled loop has loaded (or failed to): the text runs again, whole, on the
        new path (a run of the other path is never continued), and interventions follow."""
        if self._model is not None:
            self.recompute(force=True)

    def set_text(self, text: str, *, immediate: bool = False) -> None:
        """New text: re-run after the debounce delay (or now with ``immediate``)."""
        if text == self._text and not immediate:
            return
        self._text = text
        self.sigTextChanged.emit(text)
        if immediate:
            self.recompute()
        else:
            self._debounce.start()

    def recompute(self, *, force: bool = False) -> None:
        """Run the model on the text now: inline when cheap, else in the worker thread.

        Does nothing when this (model, text) is already computed or computing, unless
        ``force``.
        """
        self._debounce.stop()
        if self._model is None:
            return
        model, text = self._computed
        if not force and model is self._model and text == self._text:
            return
        self._computed = (self._model, self._text)
        self._generation += 1  # a job still running is stale from here on
        estimate = estimate_model(self._model, self._text, budget=self.trace_budget)
        reason = estimate.over()  # (sized from the length: no tokenizing)
        allowed = self._allowed[0] is self._model and self._allowed[1] == self._text
        if reason and not allowed:
            self.pending = estimate
            self._set_busy(False)
            self.sigTooLarge.emit(
                translatable("not run yet: this text would take {reason} ({steps:,} steps)").format(
                    reason=reason, steps=estimate.steps
                )
            )
            return
        self.pending = None
        if estimate.storage == "checkpointed":
            self._recompute_long()
            return
        old = self._run if self._run is not None and self._run.tokens else None
        if isinstance(old, CheckpointedRun):
            old = None  # a long run's steps are not kept whole: this one runs from the start
        if self._new_weights:  # ``set_weights``: the old run is of other weights
            old, self._new_weights = None, False
        self._reuse_from = len(old.tokens) if old is not None else 0  # what is shown now
        self._partial_steps = 0  # steps of the last part of this run shown
        work = self._work(old, estimate.steps)
        cost = run_cost(self._model, work)
        if old is None and cost > self.sync_cost and len(self._text) <= self.count_chars:
            cost = run_cost(self._model, len(self._model.tokenizer.spans(self._text)))
        in_worker, self._run_in_worker = self._run_in_worker, False
        self._run_note = self._note(old, work, estimate.steps)
        if cost <= self.sync_cost and not in_worker:
            self._worker.cancel()  # a stale run in the background stops
            try:
                result = rerun_text(self._model, old, self._text, backend=self.backend)
            except Exception as exc:
                self._on_done(self._generation, None, exc)
            else:
                self._on_done(self._generation, result, None)
            return
        self._set_busy(True)
        job = partial(rerun_job, self._model, old, self._text, backend=self.backend)
        self._worker.submit(job, self._generation)

    def _recompute_long(self) -> None:
        """A text whose full trace is above ``trace_budget``: a checkpointed run in the
        worker (``engine.checkpointed``), re-run from the checkpoint before an edit."""
        assert self._model is not None
        old = self._run if isinstance(self._run, CheckpointedRun) else None
        self._partial_steps = 0
        steps = self._model.tokenizer.max_tokens(self._text)
        self._run_note = ("whole", steps) if old is None else ("tail", steps)
        self._set_busy(True)
        self._reuse_from = self.steps  # a part of the new run shows once it is longer
        job = partial(partial_job, self._model, self._text, old=old, backend=self.backend,
                      shown=self.steps)  # fmt: skip
        self._worker.submit(job, self._generation)

    @property
    def long(self) -> bool:
        """True when the run is a checkpointed one (its full trace is above
        ``trace_budget``): views read it by window, summary or chunk, never whole."""
        return isinstance(self._run, CheckpointedRun)

    def window(self, step: int | None = None) -> Window | None:
        """The exact window of a long run holding ``step`` (default: the current one),
        computed now when it is not kept yet; None for a short run."""
        run = self._run
        if not isinstance(run, CheckpointedRun) or not run.steps:
            return None
        return run.window_at(self._step if step is None else int(step))

    def step_trace(self, step: int | None = None) -> tuple[Any, int]:
        """(trace, index) holding ``step`` (default: the current one) as a whole ``Trace``:
        the run's own and ``step``, or for a long run the exact window's and the step's
        row in it (its h0/c0 are the states the window is entered with)."""
        step = self._step if step is None else int(step)
        if self._run is None:
            raise GateExplorerError(translatable("no run yet: open a model and type some text"))
        w = self.window(step)
        if w is None:
            return self._run.trace, step
        return w.trace, step - w.start

    def cached_window(self, lo: int, hi: int) -> Window | None:
        """The window [lo, hi) of a long run if it is computed, else None (see
        ``request_window``)."""
        run = self._run
        if not isinstance(run, CheckpointedRun):
            return None
        return run.kept(lo, hi)

    def request_window(self, lo: int, hi: int) -> None:
        """Compute window [lo, hi) of a long run in a worker thread; ``sigWindowReady``
        says when it is there (at once when it is kept already)."""
        run = self._run
        if not isinstance(run, CheckpointedRun):
            return
        if self.cached_window(lo, hi) is not None:
            self.sigWindowReady.emit(int(lo), int(hi))
            return
        if self._asked == (lo, hi):
            return
        self._asked = (int(lo), int(hi))
        self._windows.submit(lambda progress: run.window(lo, hi), (run, int(lo), int(hi)))

    def _on_window(self, ticket: Any, result: Any, error: Exception | None) -> None:
        run, lo, hi = ticket
        if self._asked == (lo, hi):
            self._asked = None
        if run is self._run and error is None:
            self.sigWindowReady.emit(lo, hi)

    def _work(self, old: ModelRun | None, steps: int) -> int:
        """Steps (per layer) a run of the text computes after ``old``: an upper bound."""
        model = self._model
        if old is None or model is None or model.net.config.bidirectional:
            return steps
        if type(model).run_text is not Model.run_text:  # runs whole (``rerun_text``)
            return steps
        tok = model.tokenizer
        start = tok.boundary_before(self._text, common_prefix(old.text, self._text))
        return min(steps, tok.max_tokens(self._text[start:]) + 1 + ALIGN)

    def _note(self, old: ModelRun | None, work: int, steps: int) -> tuple[str, int]:
        """What the coming run computes, for the progress text (see ``run_plan``)."""
        model = self._model
        if old is None or model is None:
            return ("whole", steps)
        if model.net.config.bidirectional:
            return ("reverse", steps)
        return ("tail", work) if work < steps else ("whole", steps)

    @property
    def run_serial(self) -> int:
        """A number that changes with every run shown (a view keeps the one it drew)."""
        return self._serial

    def unchanged_steps(self, serial: int) -> int:
        """How many first steps of the current run are bit for bit those of the run a view
        drew as ``serial`` (``run_serial`` then): a view redraws only the steps after them.
        0 unless that run was the one shown just before the current one."""
        return self._unchanged if serial == self._serial - 1 else 0

    @property
    def run_plan(self) -> tuple[str, int]:
        """What the run being computed re-runs, and how many steps: ``("tail", n)`` the
        steps after an edit, ``("reverse", T)`` everything, because a reverse direction
        reads the text from its end, ``("whole", T)`` a first run; see ``last_rerun``."""
        return self._run_note

    @property
    def last_rerun(self) -> Rerun | None:
        """What the last run computed (``engine.incremental.Rerun``), None before any."""
        return self._last_rerun

    def allow_large_run(self) -> None:
        """Run the current text although its estimate is above the limits (the user said so)."""
        self._allowed = (self._model, self._text)
        self.recompute(force=True)

    def _on_partial(self, generation: int, part: tuple[ModelRun, int]) -> None:
        """The part of a long run computed so far: shown while the rest runs."""
        if generation != self._generation or not self._busy:
            return
        run, start = part
        since = min(start, self._reuse_from)  # the run shown when this one started
        if self._partial_steps:  # a part shown before: all its steps are this run's
            since = max(since, min(self._partial_steps, len(run.tokens)))
        self._partial_steps = len(run.tokens)
        self._show_run(run, since)

    def _on_done(self, generation: int, result: Any, error: Exception | None) -> None:
        if generation != self._generation:
            return  # stale: the text or model changed while this ran
        self._set_busy(False)
        run, self._last_rerun = result if isinstance(result, tuple) else (result, None)
        if error is not None or run is None:
            self._computed = (None, "")
            self.sigError.emit(translatable("could not run the model: {error}").format(error=error))
            return
        info = self._last_rerun
        since = 0 if info is None else min(info.reused, self._reuse_from)
        if self._partial_steps and info is not None and not info.reverse_whole:
            since = max(since, min(self._partial_steps, len(run.tokens)))
        self._show_run(run, since)

    def _show_run(self, run: ModelRun, since: int = 0) -> None:
        """Show ``run``; its steps before ``since`` are those of the run shown now."""
        at_end = self._run is None or self._step >= self.steps - 1
        if self._span is not None and len(run.tokens) != self._span_steps:
            self.clear_span()
        was, self._run = self._run, run
        self._serial += 1
        self._unchanged = since
        self._sampled = {}  # a fresh run of the text: every answer is the model's own
        self._cache.clear()
        edited = isinstance(run, CheckpointedRun) and isinstance(was, CheckpointedRun)
        if not since and not edited:  # (a long run's estimates follow its edits)
            self._estimates.clear()
        first_bad = self._first_nonfinite if since else None
        if isinstance(run, CheckpointedRun):
            first_bad = run.first_nonfinite  # found in its first pass
        elif first_bad is None or first_bad >= since:  # only the new steps need a look
            bad = np.flatnonzero(~np.isfinite(run.trace.output[since:]).all(axis=-1))
            first_bad = since + int(bad[0]) if len(bad) else None
        self._first_nonfinite = first_bad
        self._nonfinite = bool(self._model and self._model.net.nonfinite) or first_bad is not None
        t = len(run.tokens)
        self._step = max(t - 1, 0) if at_end else min(self._step, max(t - 1, 0))
        self.sigRunChanged.emit()
        self.sigStepChanged.emit(self._step)

    def _on_progress(self, generation: int, done: int, total: int) -> None:
        if generation == self._generation and self._busy:  # a stale job's reports are dropped
            self.sigProgress.emit(done, total)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.sigBusy.emit(busy)

    def shutdown(self) -> None:
        """Stop playback and cancel a running job, without waiting for it (call before the
        window closes): nothing is reported afterwards."""
        self._player.stop()
        if self._generator is not None:
            self._generator.stop()
        self._debounce.stop()
        self._generation += 1
        self._load_generation += 1
        self._worker.shutdown()
        self._windows.shutdown()
        self.engine.shutdown()
        self._loader.shutdown()
        self.interventions.shutdown()
        if self._results is not None:
            self._results.shutdown()

    # ------------------------------------------------------------------ stepping
    def set_step(self, step: int) -> None:
        """Go to ``step`` (clamped); emits ``sigStepChanged`` only, never re-runs."""
        step = int(min(max(step, 0), max(self.steps - 1, 0)))
        if step != self._step:
            self._step = step
            self.sigStepChanged.emit(step)

    def step_by(self, delta: int) -> None:
        self.set_step(self._step + delta)

    def first(self) -> None:
        self.set_step(0)

    def last(self) -> None:
        self.set_step(self.steps - 1)

    def set_playing(self, playing: bool) -> None:
        """Start or stop playback; starting at the last step rewinds to the first."""
        if playing == self.playing:
            return
        if playing:
            if self.steps < 2:
                return
            if self._step >= self.steps - 1:
                self.set_step(0)
            self._player.start()
        else:
            self._player.stop()
        self.sigPlayingChanged.emit(playing)

    def toggle_playing(self) -> None:
        self.set_playing(not self.playing)

    def set_speed(self, steps_per_second: float) -> None:
        self._speed = float(min(max(steps_per_second, 0.25), 120.0))
        self._player.setInterval(round(1000 / self._speed))

    def _tick(self) -> None:
        if self._step >= self.steps - 1:
            self.set_playing(False)
        else:
            self.set_step(self._step + 1)

    # ------------------------------------------------------------------ view settings
    def set_view(
        self,
        *,
        layer: int | None = None,
        direction: int | None = None,
        sort: str | None = None,
        top_k: int | None = None,
    ) -> None:
        """Change layer, direction, unit sort or top-k filter; emits ``sigViewChanged``."""
        c = self._model.net.config if self._model else None
        new = (
            self._layer if layer is None else int(layer),
            self._direction if direction is None else int(direction),
            self._sort if sort is None else str(sort),
            self._top_k if top_k is None else max(int(top_k), 0),
        )
        if new[2] not in units.SORTS:
            raise GateExplorerError(
                translatable("unknown sort {new!r}; expected {names}").format(
                    new=new[2], names=", ".join(units.SORTS)
                )
            )
        if c is not None:
            new = (min(max(new[0], 0), c.num_layers - 1),
                   min(max(new[1], 0), c.num_directions - 1), new[2], new[3])  # fmt: skip
        if new == (self._layer, self._direction, self._sort, self._top_k):
            return
        self._layer, self._direction, self._sort, self._top_k = new
        self.sigViewChanged.emit()

    def values(self, name: str) -> np.ndarray:
        """(T, H) values of gate/state ``name`` for the current layer and direction."""
        if self._run is None:
            raise GateExplorerError(translatable("no run yet: open a model and type some text"))
        if isinstance(self._run, CheckpointedRun):  # read by step or range, never whole
            self._run.trace._check(name, self._layer, self._direction)
            return LongValues(self._run, name, self._layer, self._direction)  # type: ignore[return-value]
        return self._run.trace.values(name, self._layer, self._direction)

    @property
    def estimated(self) -> bool:
        """True when colour limits and unit sorts are estimates: a run longer than
        ``EXACT_STEPS`` fits them to a sample of its steps (and keeps them while it grows
        by less than a tenth), so typing into a long text does not re-read every step; a
        long (checkpointed) run fits them to its per-bin summaries (``estimate_note``)."""
        return self.steps > EXACT_STEPS or self.long

    @property
    def estimate_note(self) -> str:
        """What the estimates are fitted to, for the views that show them ("" when exact)."""
        if self.long:
            run = self._run
            assert isinstance(run, CheckpointedRun)
            return translatable(
                "colour limits and order estimated from the mean, min and max of every {n} steps"
            ).format(n=f"{run.bin:,}")
        if self.estimated:
            return translatable("colour limits and order estimated from {n} of the steps").format(
                n=f"{EXACT_STEPS:,}"
            )
        return ""

    def _long_estimate(self, key: tuple[Any, ...], fit: Callable[[], Any]) -> Any:
        """``fit()`` for a long run, kept while its runs grow by less than a tenth (typing
        into a long text does not re-fit every summary on each key)."""
        if key in self._cache:
            return self._cache[key]
        steps = self.steps
        kept = self._estimates.get(key)
        if kept is not None and abs(steps - kept[1]) * 10 <= steps:
            result = kept[0]
        else:
            result = fit()
            self._estimates[key] = (result, steps)
        self._cache[key] = result
        return result

    def _summary_basis(self, name: str) -> np.ndarray:
        """A long run's stand-in for (T, W) values: its bins' min, mean and max stacked."""
        run = self._run
        assert isinstance(run, CheckpointedRun)
        s = run.summary(name, self._layer, self._direction)
        return np.concatenate([s.low, s.mean, s.high])

    def _estimate(self, key: tuple[Any, ...], values: np.ndarray,
                  fit: Callable[[np.ndarray], Any]) -> Any:  # fmt: skip
        """``fit(values)``, exactly on a short run, else on every k-th step (see
        ``estimated``), kept in the cache."""
        if key in self._cache:
            return self._cache[key]
        steps = len(values)
        if steps <= EXACT_STEPS and not self._growing:
            result = fit(values)
        else:
            kept = self._estimates.get(key)
            if kept is not None and abs(steps - kept[1]) * 10 <= steps:
                result = kept[0]
            else:  # while writing, a frame's refit reads at most GROWING_STEPS steps
                sample = GROWING_STEPS if self._growing else EXACT_STEPS
                result = fit(values[:: -(-steps // sample)])
                self._estimates[key] = (result, steps)
        self._cache[key] = result
        return result

    def unit_order(self, name: str) -> np.ndarray:
        """Rows to show for ``name``: sorted and filtered by the hidden state's activity."""
        width = self.values(name).shape[1]
        key = ("order", self._layer, self._direction, self._sort, self._top_k, width)
        if self.long:
            run = self._run
            assert isinstance(run, CheckpointedRun)
            pick = "h" if run.trace.width("h") == width else name

            def order() -> np.ndarray:
                means = run.summary(pick, self._layer, self._direction).mean
                return units.order_units(means, self._sort, self._top_k)

            return self._long_estimate(key, order)
        ref = self.values("h")
        basis = ref if ref.shape[1] == width else self.values(name)
        return self._estimate(key, basis, lambda v: units.order_units(v, self._sort, self._top_k))

    def levels(self, name: str) -> tuple[float, float, bool]:
        """Colour limits and whether the map is diverging, for ``name``."""
        key = ("levels", self._layer, self._direction, name)
        kind = self._model.kind if self._model else ""
        if self.long:
            return self._long_estimate(
                key, lambda: units.levels(name, kind, self._summary_basis(name))
            )
        return self._estimate(key, self.values(name), lambda v: units.levels(name, kind, v))

    def highlighted_units(self) -> dict[int, str]:
        """Units marked in the shown layer/direction: the model card's (``ModelCard.starred``:
        the quote unit and other named units above the card's threshold) and the ones the
        unit finder found (``set_found_units``); labels of both are joined."""
        marks = self._model.card.starred(self._layer, self._direction) if self._model else {}
        for unit, label in self._found.get((self._layer, self._direction), {}).items():
            marks[unit] = f"{marks[unit]} · {label}" if unit in marks else label
        return marks

    def found_units(self, layer: int | None = None, direction: int | None = None) -> dict[int, str]:
        """The found units ({unit: label}) of a layer/direction (default: the shown one)."""
        key = (self._layer if layer is None else int(layer),
               self._direction if direction is None else int(direction))  # fmt: skip
        return dict(self._found.get(key, {}))

    def set_found_units(self, found: dict[int, str], layer: int | None = None,
                        direction: int | None = None) -> None:  # fmt: skip
        """Mark ``found`` units ({unit: label}) of one layer/direction (default: the shown
        one), replacing that layer's marks; other layers keep theirs."""
        key = (self._layer if layer is None else int(layer),
               self._direction if direction is None else int(direction))  # fmt: skip
        marks = dict(self._found)
        marks[key] = {int(u): str(v) for u, v in found.items()}
        self.replace_found_units(marks)

    @property
    def pinned(self) -> tuple[saved.PinnedUnit, ...]:
        """Units pinned in the Text view (saved with the session), oldest first."""
        return self._pinned

    def set_pinned(self, units: tuple[saved.PinnedUnit, ...] | list[saved.PinnedUnit]) -> None:
        """Replace the pinned units (the model's own: each must exist in it)."""
        units = tuple(dict.fromkeys(units))
        c = self._model.net.config if self._model else None
        for u in units:
            ok = c is not None and u.layer < c.num_layers and u.direction < c.num_directions
            if not ok or u.unit >= c.hidden_size or u.name not in self.names:
                raise GateExplorerError(
                    translatable("unit {u} does not exist in this model").format(u=u)
                )
        if units != self._pinned:
            self._pinned = units
            self.sigPinnedChanged.emit()

    def replace_found_units(self, marks: dict[tuple[int, int], dict[int, str]]) -> None:
        """Replace all found units at once: {(layer, direction): {unit: label}}; {} clears."""
        new = {(int(k), int(d)): dict(found) for (k, d), found in marks.items() if found}
        if new != self._found:
            self._found = new
            self.sigHighlightChanged.emit()

    def clear_found_units(self) -> None:
        self.replace_found_units({})

    # ------------------------------------------------------------------ token span
    @property
    def span(self) -> tuple[int, int] | None:
        """The selected tokens as (start, end), end exclusive; None when nothing is selected."""
        return self._span

    def set_span(self, start: int, end: int) -> None:
        """Select tokens ``start..end-1`` of the current run (clamped); empty clears."""
        start, end = sorted((int(start), int(end)))
        start, end = max(start, 0), min(end, self.steps)
        new = (start, end) if end > start else None
        self._span_steps = self.steps
        if new != self._span:
            self._span = new
            self.sigSpanChanged.emit()

    def clear_span(self) -> None:
        if self._span is not None:
            self._span = None
            self.sigSpanChanged.emit()

    def set_unit(self, unit: int | None, name: str | None = None) -> None:
        """Select a unit of the shown layer/direction (None or -1: no selection), picked in
        gate or state ``name`` (kept when None)."""
        unit = -1 if unit is None else int(unit)
        width = self._model.net.config.hidden_size if self._model else 0
        if not -1 <= unit < max(width, 0):
            raise GateExplorerError(
                translatable("unit {unit} does not exist: the layer has {width} units").format(
                    unit=unit, width=width
                )
            )
        renamed = name is not None and name != self._unit_name
        if renamed:
            self._unit_name = str(name)
        if unit != self._unit or (renamed and unit >= 0):
            self._unit = unit
            self.sigUnitChanged.emit(unit)

    # ------------------------------------------------------------------ answers
    def token_text(self, step: int) -> str:
        run = self._run
        return run.tokens[step].text if run is not None and 0 <= step < len(run.tokens) else ""

    def answer(self, step: int | None = None, k: int = 5) -> Answer:
        """The head's answer at ``step`` (default: the current step)."""
        step = self._step if step is None else step
        model, run = seq2seq.model_at(self._model, self._run, step), self._run
        if model is None or run is None or not 0 <= step < len(run.tokens):
            return Answer("none", note=translatable("Type some text to see the model's answer."))
        if (joined := seq2seq.joined(run)) is not None and step < joined.boundary:
            return Answer("none", note=seq2seq.encoder_note(joined, step))
        head = model.head
        if head is None:
            return Answer("none", note=translatable("This model has no readout head."))
        nxt = run.tokens[step + 1] if step + 1 < len(run.tokens) else None
        if head.kind == "regress" and run.predictions is not None:
            actual = nxt.value if nxt is not None else None
            return Answer("regress", predicted=float(run.predictions[step]), actual=actual)
        if isinstance(run, CheckpointedRun):
            w = run.window_at(step)
            probs = w.probs
            p = probs[step - w.start] if probs is not None else None
        else:
            p = run.probs[step] if run.probs is not None else None
        if p is None:
            return Answer("none", note=translatable("This model gives no probabilities."))
        sampled = self._sampled.get(step)
        how = ""
        if sampled is not None:  # a generated step: what the next token was drawn from
            p, how = sampled
        labels = head.labels or tuple(model.vocab)
        count = len(p) if head.kind == "classify" else min(k, len(p))
        top = np.argsort(-p, kind="stable")[:count]
        true_id = nxt.id if (nxt is not None and head.kind == "next-token") else -2
        items = tuple(
            (labels[i] if i < len(labels) else str(i), float(p[i]), int(i) == true_id) for i in top
        )
        if head.kind == "next-token" and nxt is not None:
            prob = float(p[nxt.id]) if 0 <= nxt.id < len(p) else None
            return Answer(head.kind, items, next_token=nxt.text, next_prob=prob, sampled=how)
        return Answer(head.kind, items, sampled=how)

    # ------------------------------------------------------------------ generation
    @property
    def generation(self) -> Any:
        """The ``session.generation.Generation`` that writes into this session (made once)."""
        if self._generator is None:
            from gate_explorer.session.generation import Generation

            self._generator = Generation(self)
        return self._generator

    def keep_steps(self, steps: int) -> None:
        """Cut the text and run after ``steps`` tokens (generation continues from there)."""
        from gate_explorer.engine.generate import truncate

        run = self._run
        if run is None or not 0 < steps <= len(run.tokens):
            raise GateExplorerError(
                translatable("cannot keep {steps} steps of this run").format(steps=steps)
            )
        if isinstance(run, CheckpointedRun):
            raise GateExplorerError(
                translatable(
                    "generation does not continue a text this long yet ({n} steps)"
                ).format(n=f"{len(run.tokens):,}")
            )
        if steps == len(run.tokens):
            return
        end = run.tokens[steps - 1].end
        trace = truncate(run.trace, steps)
        cut = ModelRun(
            self._text[:end],
            run.tokens[:steps],
            trace,
            None if run.logits is None else run.logits[:steps],
            None if run.probs is None else run.probs[:steps],
            None if run.predictions is None else run.predictions[:steps],
        )
        self._sampled = {k: v for k, v in self._sampled.items() if k < steps}
        self._show_appended(cut)

    def show_generated(self, run: ModelRun, sampled: dict[int, tuple[np.ndarray, str]]) -> None:
        """Show ``run``, the current run extended by generated tokens (``session.generation``
        builds it; each new step was computed by its own network step, nothing earlier is
        recomputed); ``sampled`` maps a step to the distribution (V,) the token after it was
        drawn from and how, for the answer panel."""
        self._sampled.update(sampled)
        self._show_appended(run)

    @property
    def growing(self) -> bool:
        """True while generation writes: colour limits and unit orders are kept while the
        run grows by less than a tenth (see ``set_growing``)."""
        return self._growing

    def set_growing(self, growing: bool) -> None:
        """While ``growing`` (generation writing), colour limits and unit orders are fitted
        again only when the run has grown by a tenth since they were, so a frame costs its
        new tokens; set back to False, they are fitted to the whole run again and the views
        told (``sigRunChanged``, every step unchanged)."""
        if growing == self._growing:
            return
        self._growing = growing
        self._estimates.clear()  # fits kept from another run mean nothing here
        if not growing:
            self._cache.clear()
            if self._run is not None:
                self._serial += 1
                self._unchanged = len(self._run.tokens)
                self.sigRunChanged.emit()

    def _show_appended(self, run: ModelRun) -> None:
        """Show ``run`` (this run cut or extended) as the current one, at its last step."""
        self._debounce.stop()
        self._generation += 1  # a run still computing for the old text is stale
        self._worker.cancel()
        self._text = run.text
        self._computed = (self._model, run.text)
        shown = 0 if self._run is None else len(self._run.tokens)
        self._run = run
        self._serial += 1
        self._unchanged = min(shown, len(run.tokens))  # the steps before are the same
        self._cache.clear()
        self._step = max(len(run.tokens) - 1, 0)
        self.sigTextChanged.emit(run.text)
        self.sigRunChanged.emit()
        self.sigStepChanged.emit(self._step)

    # ------------------------------------------------------------------ save / restore
    def state(self) -> dict[str, Any]:
        """Text, model reference, step, view settings, interventions, found units and span,
        as JSON values (``SessionState.to_json``)."""
        return self.session_state().to_json()

    def session_state(self) -> SessionState:
        """What ``state()`` writes, as the checked record."""
        found = tuple(
            saved.FoundUnit(k, d, int(u), str(label))
            for (k, d), marks in sorted(self._found.items())
            for u, label in sorted(marks.items())
        )
        return saved.SessionState(
            model=self._ref,
            text=self._text,
            step=self._step,
            view=saved.ViewState(
                self._layer, self._direction, self._sort, self._top_k, self._speed, self._unit
            ),
            interventions=self.interventions.items,
            found=found,
            pinned=self._pinned,
            span=self._span,
        )

    def apply_state(self, state: SessionState | dict[str, Any]) -> bool:
        """Restore a saved state; a dict is parsed first (``SessionState.from_json``).

        The whole state is checked before any of it is applied: a bad value emits
        ``sigError`` and changes nothing. A model that fails to load keeps the current one
        and nothing else of the state is applied. Returns False in both cases.
        """
        if not isinstance(state, saved.SessionState):
            try:
                state = saved.SessionState.from_json(state)
            except GateExplorerError as exc:
                self.sigError.emit(translatable("session not restored: {error}").format(error=exc))
                return False
        if state.model is not None and (state.model != self._ref or self._model is None):
            # loaded here and now, so the interventions and view below apply to it
            if not self.open_model(state.model, background=False):
                return False
        self.interventions.set_items(state.interventions)  # after the model: it clears them
        v = state.view
        self.set_view(layer=v.layer, direction=v.direction, sort=v.sort, top_k=v.top_k)
        self.set_speed(v.speed)
        width = self._model.net.config.hidden_size if self._model else 0
        self.set_unit(v.unit if v.unit < width else -1)
        marks: dict[tuple[int, int], dict[int, str]] = {}
        for f in state.found:
            if f.unit < width:
                marks.setdefault((f.layer, f.direction), {})[f.unit] = f.label
        self.replace_found_units(marks)
        c = self._model.net.config if self._model else None
        pins = [
            p
            for p in state.pinned
            if c is not None
            and p.layer < c.num_layers
            and p.direction < c.num_directions
            and p.unit < width
            and p.name in self.names
        ]
        self.set_pinned(pins)
        if state.text is not None and state.text != self._text:
            self._text = state.text
            self.sigTextChanged.emit(state.text)
        self._step = 10**9  # park at the end; the saved step is applied once the run exists
        self.recompute()
        step, span = state.step, state.span

        def apply() -> None:
            self.set_step(step)
            if span is not None:
                self.set_span(*span)

        self._when_ready(apply)
        return True

    def _when_ready(self, apply: Callable[[], None]) -> None:
        """Call ``apply`` now, or once the run being computed has arrived."""
        if not self._busy:
            apply()
            return

        def once() -> None:
            if self._busy:
                return  # a part of a long run: wait for all of it
            self.sigRunChanged.disconnect(once)
            apply()

        self.sigRunChanged.connect(once)
