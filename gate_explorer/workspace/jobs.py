"""Jobs as plain functions, for ``session.worker``: what they cost and how they stop.

A job is ``task(progress) -> result``: it calls ``progress(done, total)`` now and then (the
engine's runs do, every few hundred steps), and the worker's ``progress`` raises
``Cancelled`` once the job is cancelled, so a job stops at its next report with no check of
its own. ``progress(done, total, report)`` may also carry a payload (a training job's losses
and weights), delivered as the worker's ``sigReport``. Tasks for a worker process must be
picklable (``functools.partial`` of a function defined at module level, such as
``run_text``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from gate_explorer.engine.model import Model, ModelRun
from gate_explorer.workspace.models import ModelRef, load_ref

Progress = Callable[..., None]  # progress(done, total[, report])
Task = Callable[[Progress], Any]


class Cancelled(Exception):
    """Raised inside a job by its ``progress`` once the job has been cancelled."""


def run_cost(model: Model, steps: int) -> float:
    """Rough multiply-adds of a run: decides whether it goes to the worker thread."""
    c = model.net.config
    width = c.hidden_size + max(c.input_size, c.hidden_size)
    return float(steps) * c.num_layers * c.num_directions * c.gates * c.hidden_size * width


def load_job(ref: ModelRef, progress: Progress) -> Model:
    """``load_ref(ref)`` as a job: ``progress`` follows a large file's bytes."""
    return load_ref(ref, progress=progress)


def run_text(model: Model, text: str, progress: Progress) -> ModelRun:
    """``model.run_text(text)`` as a job (stops at its next progress report once cancelled)."""
    return model.run_text(text, progress=progress)
