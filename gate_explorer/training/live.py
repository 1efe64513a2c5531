"""Training you can watch: the window's *Train a model* as a picklable job (no Qt).

``LiveJob(settings)`` is a ``workspace.jobs`` task for a worker *process*: it runs the CLI's
own ``training.run.train_task`` (the same loop, the same card) and, through the job's
``progress(done, total, report)``, sends a ``Report`` a few times a second: the losses
since the last one and, every ``snapshot_s`` seconds, the current weights as a ``Model``,
which the window runs on the text it shows. The job's result is the trained ``Model``
with its card (held-out metrics measured as the CLI measures them).

``task_choices()`` lists the tasks the dialog offers, one per family (memory, quotes ...),
each with its bundled settings and, when its data is missing from this installation, the
reason it cannot be trained.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from gate_explorer.bundled import resource
from gate_explorer.engine.model import Model
from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable
from gate_explorer.training.run import train_task
from gate_explorer.training.tasks import NAMES, get_task

Progress = Callable[..., None]  # progress(done, total, report): workspace.jobs' Progress
CELLS = ("lstm", "gru", "rnn")
MAX_HIDDEN = 1024
MAX_LAYERS = 4
MAX_STEPS = 1_000_000
CORPORA = Path(__file__).resolve().parent / "corpora"

# The data each task reads besides what it generates (memory, agreement, sine: none).
DATA: dict[str, tuple[Path, ...]] = {
    "quotes": (CORPORA / "austen.txt.gz", CORPORA / "alice.txt.gz", CORPORA / "story.txt"),
    "sentiment": (
        CORPORA / "sentiment_tweets.tsv.gz",
        CORPORA / "sentiment_lexicon.tsv.gz",
        CORPORA / "reviews_heldout.tsv",
        CORPORA / "drug_reviews_heldout.tsv.gz",
    ),
    "sunspots": (resource("examples", "sunspots.csv"),),
    "korean": (CORPORA / "korean-train.txt.gz", CORPORA / "korean-heldout.txt.gz"),
}
# Families in the order the dialog lists them, with the bundled models that train them.
FAMILIES = ("memory", "quotes", "sentiment", "agreement", "sine", "sunspots", "korean")


def family_of(name: str) -> str:
    """``memory-lstm`` -> ``memory``."""
    return name.split("-", 1)[0]


def task_names(family: str) -> tuple[str, ...]:
    """The bundled model names of one family (``memory`` -> memory-rnn, -lstm, -gru)."""
    names = [n for n in (*NAMES, "korean-lstm") if family_of(n) == family]
    return tuple(dict.fromkeys(names))


MISSING = translatable(
    "Its data is not in this installation: {file} is missing (a source checkout has it)."
)  # the window shows it translated (context "training")


def missing_file(family: str) -> str:
    """The name of the first data file of ``family`` missing here, or "" when none is."""
    for path in DATA.get(family, ()):
        if not path.is_file():
            return path.name
    return ""


def missing_data(family: str) -> str:
    """Why ``family`` cannot be trained here (a file its data comes from is missing), or ""."""
    name = missing_file(family)
    return MISSING.format(file=name) if name else ""


@dataclass(frozen=True)
class TaskChoice:
    """One task the dialog offers: its family, its bundled settings and why not, if not."""

    family: str
    names: tuple[str, ...]  # the bundled models it trains, e.g. memory-rnn, memory-lstm
    summary: str
    cell: str
    hidden: int
    layers: int
    steps: int
    reason: str = ""  # "" when it can be trained here

    @property
    def available(self) -> bool:
        return not self.reason


def task_choices() -> list[TaskChoice]:
    """Every task family, available or not (with its reason), in the dialog's order."""
    out = []
    for family in FAMILIES:
        names = task_names(family)
        if not names:
            continue
        reason = missing_data(family)
        summary, s = "", None
        first = next((n for n in names if n.endswith("-lstm")), names[0])
        if not reason:
            try:
                task = get_task(first)
                summary, s = task.summary, task.settings
            except (OSError, GateExplorerError) as exc:  # data present but unreadable
                reason = translatable("Its data could not be read: {error}").format(error=exc)
        out.append(
            TaskChoice(
                family, names, summary,
                s.cell if s else first.rsplit("-", 1)[-1],
                s.hidden if s else 0, s.layers if s else 1, s.steps if s else 0, reason,
            )
        )  # fmt: skip
    return out


@dataclass(frozen=True)
class LiveSettings:
    """One run the window asked for: task family, cell, sizes, steps and how it reports.

    ``eval_size``: held-out sequences per condition at the end (0: the card's own size).
    The job reports at most every ``report_s`` seconds and sends the weights every
    ``snapshot_s`` seconds (and after the first and the last step).
    """

    family: str = "memory"
    cell: str = "lstm"
    hidden: int = 32
    layers: int = 1
    steps: int = 6000
    seed: int = 0
    eval_size: int = 0
    report_s: float = 0.2
    snapshot_s: float = 2.0

    def checked(self) -> LiveSettings:
        """These settings, or a ``GateExplorerError`` naming the first bad field."""
        if not task_names(self.family):
            raise GateExplorerError(
                translatable("unknown task {family!r}; expected one of {names}").format(
                    family=self.family, names=", ".join(FAMILIES)
                )
            )
        if self.cell not in CELLS:
            raise GateExplorerError(
                translatable("cell must be one of {names}, found {cell!r}").format(
                    names=", ".join(CELLS), cell=self.cell
                )
            )
        for what, value, hi in (
            ("hidden size", self.hidden, MAX_HIDDEN),
            ("layers", self.layers, MAX_LAYERS),
            ("steps", self.steps, MAX_STEPS),
        ):
            if not 1 <= value <= hi:
                raise GateExplorerError(
                    translatable("{what} must be between 1 and {hi}, found {value}").format(
                        what=what, hi=hi, value=value
                    )
                )
        reason = missing_data(self.family)
        if reason:
            raise GateExplorerError(
                translatable("{family} cannot be trained here. {reason}").format(
                    family=self.family, reason=reason
                )
            )
        return self

    @property
    def name(self) -> str:
        """The bundled model whose task this trains: ``memory-gru`` for memory with a GRU,
        else the family's first (``quotes-lstm`` settings for a quotes RNN)."""
        names = task_names(self.family)
        own = f"{self.family}-{self.cell}"
        return own if own in names else names[0]

    def overrides(self) -> dict[str, Any]:
        return {"layers": self.layers}


@dataclass
class Report:
    """What a live job sends between two reports.

    ``steps`` (n,) and ``losses`` (n,): the training steps done since the last report and
    their loss; ``model``: the weights at ``step`` as a ``Model`` (None between snapshots);
    ``evaluating``: every step is done and the held-out metrics are being measured.
    """

    step: int
    total: int
    steps: np.ndarray
    losses: np.ndarray
    seconds: float
    model: Model | None = None
    evaluating: bool = False


def initial_model(settings: LiveSettings) -> Model:
    """The weights the run starts from (the same draws as ``train_task``), untrained."""
    s = settings.checked()
    task = get_task(s.name)
    ts = task.settings.but(cell=s.cell, hidden=s.hidden, steps=s.steps, seed=s.seed,
                           **s.overrides())  # fmt: skip
    trainable = task.build(ts, np.random.default_rng(ts.seed))
    model = trainable.to_model(s.name, {"task": s.name, "summary": task.summary,
                                        "example": task.example})  # fmt: skip
    model.trained = False
    return model


@dataclass
class _Reporter:
    """Buffers the losses and hands them (with a weights snapshot when due) to ``progress``."""

    progress: Progress
    settings: LiveSettings
    start: float = field(default_factory=time.perf_counter)
    last_report: float = -1e9
    last_snapshot: float = -1e9
    steps: list[int] = field(default_factory=list)
    losses: list[float] = field(default_factory=list)
    latest: Model | None = None

    def on_weights(self, step: int, model: Model) -> None:
        self.latest = model

    def __call__(self, step: int, total: int, loss: float) -> None:
        self.steps.append(step)
        self.losses.append(float(loss))
        now = time.perf_counter()
        first, last = step == 1, step >= total
        snap = first or last or now - self.last_snapshot >= self.settings.snapshot_s
        if not (snap or now - self.last_report >= self.settings.report_s):
            return
        model = self.latest if snap else None
        if model is not None:
            self.last_snapshot = now
            self.latest = None
        self.last_report = now
        report = Report(
            step, total, np.array(self.steps, dtype=np.int64),
            np.array(self.losses, dtype=np.float64), now - self.start, model, evaluating=last,
        )  # fmt: skip
        self.steps, self.losses = [], []
        self.progress(step, total, report)


def train_live(settings: LiveSettings, progress: Progress) -> Model:
    """Train as ``gate-explorer train`` does, reporting through ``progress`` (see ``Report``).

    The weights after step k are the model ``train_task`` hands to its ``checkpoint``
    hook (taken after every step, sent only when a snapshot is due).
    """
    s = settings.checked()
    reporter = _Reporter(progress, s)
    model = train_task(
        s.name,
        cell=s.cell,
        hidden=s.hidden,
        steps=s.steps,
        seed=s.seed,
        on_progress=reporter,
        eval_size=s.eval_size,
        overrides=s.overrides(),
        checkpoint=reporter.on_weights,
        checkpoint_every=1,
    )
    model.card["trained_in"] = "the Gate Explorer window (Model > Train a model)"
    return model


@dataclass(frozen=True)
class LiveJob:
    """``train_live(settings, progress)`` as a picklable worker task."""

    settings: LiveSettings

    def __call__(self, progress: Progress) -> Model:
        return train_live(self.settings, progress)
