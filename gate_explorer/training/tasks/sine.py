"""Next-value prediction of noisy sums of sines; numbers in, numbers out.

Tokenizer kind ``number`` with a numeric embedding (the value is the input) and a
regress head: at every step the model predicts the next value. The card compares its
held-out MSE with the naive "next = last" baseline.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from gate_explorer.engine.model import Model
from gate_explorer.engine.tokenize import Tokenizer
from gate_explorer.training.loop import Batch
from gate_explorer.training.tasks.base import Settings, Task

NOISE = 0.05
LENGTH = 100
WARMUP = 5  # early steps excluded from loss and metrics: too little history


def series(rng: np.random.Generator, batch: int, length: int = LENGTH) -> np.ndarray:
    """(length, batch) values: two sines with periods 8..40 steps, plus Gaussian noise."""
    t = np.arange(length)[:, None]
    out = np.zeros((length, batch))
    for _ in range(2):
        period = rng.uniform(8, 40, size=batch)
        amp = rng.uniform(0.2, 0.6, size=batch)
        phase = rng.uniform(0, 2 * np.pi, size=batch)
        out += amp * np.sin(2 * np.pi * t / period + phase)
    out += rng.normal(0, NOISE, size=out.shape)
    return np.round(out, 3).astype(np.float32)


class SineTask(Task):
    name = "sine-lstm"
    summary = "Predict the next value of a noisy sum of two sines (numbers in, out)"
    data = (
        "sum of two sines (periods uniform 8..40 steps, amplitudes 0.2..0.6, random "
        f"phases) plus Gaussian noise sd {NOISE}, rounded to 3 decimals, {LENGTH} steps; "
        "target = next value"
    )
    settings = Settings(cell="lstm", hidden=32, steps=3000, batch=32, lr=5e-3)
    head_kind = "regress"
    embedding = "numeric"
    example = " ".join(f"{v:.3f}" for v in series(np.random.default_rng(7), 1, 60)[:, 0])

    def tokenizer(self) -> Tokenizer:
        return Tokenizer("number")

    def labels(self) -> tuple[str, ...]:
        return ("next value",)

    def _batch(self, rng: np.random.Generator, size: int) -> Batch:
        v = series(rng, size, LENGTH + 1)
        mask = np.ones((LENGTH, size), dtype=np.float32)
        mask[:WARMUP] = 0.0
        return Batch(v[:-1], v[1:], mask)

    def batches(self, s: Settings, rng: np.random.Generator) -> Callable[[int], Batch]:
        return lambda step: self._batch(rng, s.batch)

    def evaluate(self, model: Model, rng: np.random.Generator, size: int = 0) -> dict[str, Any]:
        b = self._batch(rng, size or 500)
        trace = model.net.run(b.inputs[..., None].astype(model.net.dtype))
        pred = model.head.logits(trace.output)[..., 0]  # type: ignore[union-attr]
        m = b.mask > 0
        mse = float(((pred - b.targets) ** 2)[m].mean())
        naive = float(((b.inputs - b.targets) ** 2)[m].mean())
        return {
            "mse": round(mse, 5),
            "naive_last_value_mse": round(naive, 5),
            "ratio_to_naive": round(mse / naive, 4),
            "noise_floor_mse": NOISE**2,
            "eval_series": size or 500,
        }
