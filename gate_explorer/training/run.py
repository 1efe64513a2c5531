"""Train a task from scratch into a ``Model`` with a filled model card."""

from __future__ import annotations

import contextlib
import os
import platform
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

import numpy as np

from gate_explorer.engine.model import Model
from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable
from gate_explorer.training.checkpoint import Checkpoint, load_checkpoint, save_checkpoint
from gate_explorer.training.loop import ProgressFn, train
from gate_explorer.training.tasks import get_task


def train_task(
    name: str,
    *,
    cell: str | None = None,
    hidden: int | None = None,
    steps: int | None = None,
    seed: int | None = None,
    on_progress: ProgressFn | None = None,
    cancel: Any = None,
    probes: int = 20,
    eval_size: int = 0,
    overrides: dict[str, Any] | None = None,
    checkpoint: Callable[[int, Model], None] | None = None,
    checkpoint_every: int = 1000,
    checkpoint_path: str | os.PathLike[str] | None = None,
    resume: bool = False,
) -> Model:
    """Train the task behind bundled model ``name`` (its settings unless overridden).

    ``checkpoint(step, model)`` receives a snapshot every ``checkpoint_every`` steps.
    ``checkpoint_path``: also write a full ``Checkpoint`` there every ``checkpoint_every``
    steps (weights, Adam state, carried state, random-generator states, probe log);
    with ``resume`` the run goes on from that file when it exists, and ends with the
    same model as an uninterrupted run. The file is removed once training finishes.
    ``overrides`` changes other ``Settings`` fields (e.g. ``{"seq_len": 200}``).
    Every random draw comes from ``numpy.random.default_rng(seed)``: same seed, same model.
    The card records the settings, data, training curve, held-out metrics and timing.
    """
    task = get_task(name)
    s = task.settings.but(cell=cell, hidden=hidden, steps=steps, seed=seed, **(overrides or {}))
    rng = np.random.default_rng(s.seed)
    model = task.build(s, rng)
    data_rng, probe_rng = rng.spawn(2)
    probe_log: list[dict[str, Any]] = []
    every = max(s.steps // probes, 1) if probes else 0

    def on_step(step: int, _res: Any) -> None:
        if every and (step % every == 0 or step == s.steps - 1):
            probe_log.append({"step": step, **task.probe(model, probe_rng)})
        if checkpoint is not None and step and step % checkpoint_every == 0:
            checkpoint(step, model.to_model(name, {"task": name, "checkpoint_step": step}))

    batches = task.batches(s, data_rng)
    settings = asdict(s)
    resumed: Checkpoint | None = None
    if resume and checkpoint_path is not None and Path(checkpoint_path).exists():
        resumed = load_checkpoint(checkpoint_path)
        if resumed.extra.get("task") != name or resumed.extra.get("settings") != settings:
            raise GateExplorerError(
                translatable(
                    "checkpoint {checkpoint_path} was made for {extra} with {extra2}; this "
                    "run is {name} with {settings}"
                ).format(
                    checkpoint_path=checkpoint_path,
                    extra=resumed.extra.get("task"),
                    extra2=resumed.extra.get("settings"),
                    name=name,
                    settings=settings,
                )
            )
        data_rng.bit_generator.state = resumed.extra["data_rng"]
        probe_rng.bit_generator.state = resumed.extra["probe_rng"]
        probe_log[:] = resumed.extra["probes"]

    resumed_at = [*resumed.extra.get("resumed_at", []), resumed.step] if resumed else []

    def on_checkpoint(ckpt: Checkpoint) -> None:
        ckpt.extra = {
            "task": name,
            "settings": settings,
            "data_rng": data_rng.bit_generator.state,
            "probe_rng": probe_rng.bit_generator.state,
            "probes": list(probe_log),
            "resumed_at": resumed_at,
        }
        save_checkpoint(ckpt, checkpoint_path)  # type: ignore[arg-type]

    hist = train(
        model,
        batches,
        s.steps,
        lr=s.lr,
        clip=s.clip,
        on_progress=on_progress,
        cancel=cancel,
        on_step=on_step,
        resume=resumed,
        on_checkpoint=on_checkpoint if checkpoint_path is not None else None,
        checkpoint_every=checkpoint_every,
    )
    if checkpoint_path is not None and not hist.cancelled:
        with contextlib.suppress(OSError):
            Path(checkpoint_path).unlink()
    out = task.finish(model.to_model(name))
    metrics = task.evaluate(out, np.random.default_rng(s.seed + 10_000), eval_size)
    card: dict[str, Any] = {
        "task": name,
        "summary": task.summary,
        "data": task.data_note(),
        "sizes": {
            "cell": out.net.kind,
            "hidden": s.hidden,
            "layers": s.layers,
            "input": out.net.config.input_size,
            "embedding": model.embedding,
            "vocab": len(model.tokenizer.vocab),
            "parameters": model.count(),
        },
        "training": {
            "steps": len(hist.loss),
            "planned_steps": s.steps,
            "batch": s.batch,
            "lr": s.lr,
            "lr_final": s.lr / 10,
            "clip": s.clip,
            "optimizer": "Adam",
            "seed": s.seed,
            "seq_len": s.seq_len or None,
            "aux_weight": s.aux_weight,
            "seconds": round(hist.seconds, 1),
            "tokens": hist.tokens,
            "cancelled": hist.cancelled,
            "resumed_at_steps": resumed_at,
            "engine": "gate_explorer NumPy engine (RecurrentNet.run / .gradients)",
            "numpy": np.__version__,
            "python": platform.python_version(),
        },
        "training_curve": hist.curve(),
        "metrics": metrics,
        "metrics_note": f"held-out data generated with seed {s.seed + 10_000}",
        "example": task.example,
    }
    if probe_log:
        card["probes"] = probe_log
    card.update(task.extra_card(out, model, hist, s))
    out.card = card
    return out
