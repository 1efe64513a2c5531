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
from gate_explorer.notices import translatable
from gate_explorer.training.loop import Batch
from gate_explorer.training.tasks.base import Settings, Task

NOISE = 0.05
LENGTH = 100
WARMUP = 5  # early steps excluded from loss and metrics: too little history


PERIODS = (8.0, 40.0)  # training periods, in steps
LONG = 300  # held-out series length (training: LENGTH)
SLOW = (40.0, 80.0)  # held-out periods, never trained


def series(
    rng: np.random.Generator,
    batch: int,
    length: int = LENGTH,
    periods: tuple[float, float] = PERIODS,
) -> np.ndarray:
    """(length, batch) values: two sines with periods drawn from ``periods`` (steps), plus
    Gaussian noise."""
    t = np.arange(length)[:, None]
    out = np.zeros((length, batch))
    for _ in range(2):
        period = rng.uniform(*periods, size=batch)
        amp = rng.uniform(0.2, 0.6, size=batch)
        phase = rng.uniform(0, 2 * np.pi, size=batch)
        out += amp * np.sin(2 * np.pi * t / period + phase)
    out += rng.normal(0, NOISE, size=out.shape)
    return np.round(out, 3).astype(np.float32)


class SineTask(Task):
    name = "sine-lstm"
    summary = translatable("Predict the next value of a noisy sum of two sines (numbers in, out)")
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

    def _batch(
        self,
        rng: np.random.Generator,
        size: int,
        length: int = LENGTH,
        periods: tuple[float, float] = PERIODS,
    ) -> Batch:
        v = series(rng, size, length + 1, periods)
        mask = np.ones((length, size), dtype=np.float32)
        mask[:WARMUP] = 0.0
        return Batch(v[:-1], v[1:], mask)

    def batches(self, s: Settings, rng: np.random.Generator) -> Callable[[int], Batch]:
        return lambda step: self._batch(rng, s.batch)

    def _mse(self, model: Model, b: Batch) -> tuple[float, float]:
        """(model MSE, "next = last" MSE) over the masked steps of ``b``."""
        trace = model.net.run(b.inputs[..., None].astype(model.net.dtype))
        pred = model.head.logits(trace.output)[..., 0]  # type: ignore[union-attr]
        m = b.mask > 0
        mse = float(((pred - b.targets) ** 2)[m].mean())
        return mse, float(((b.inputs - b.targets) ** 2)[m].mean())

    def evaluate(self, model: Model, rng: np.random.Generator, size: int = 0) -> dict[str, Any]:
        """MSE against "next = last" on three held-out sets drawn from ``rng``: training
        conditions, series three times longer, and slower sines than any trained."""
        n = size or 500
        mse, naive = self._mse(model, self._batch(rng, n))
        mse_long, naive_long = self._mse(model, self._batch(rng, n, LONG))
        mse_slow, naive_slow = self._mse(model, self._batch(rng, n, LENGTH, SLOW))
        return {
            "mse": round(mse, 5),
            "naive_last_value_mse": round(naive, 5),
            "ratio_to_naive": round(mse / naive, 4),
            "mse_long": round(mse_long, 5),
            "naive_long": round(naive_long, 5),
            "long_steps": LONG,
            "train_steps": LENGTH,
            "mse_slow": round(mse_slow, 5),
            "naive_slow": round(naive_slow, 5),
            "slow_periods": list(SLOW),
            "noise_floor_mse": NOISE**2,
            "eval_series": n,
        }

    def extra_card(self, model: Model, trainable: Any, history: Any, s: Settings) -> dict:
        return {
            "metrics_note": (
                f"held out, series drawn with seed {s.seed + 10_000} (training used seed "
                f"{s.seed}): 'mse' under the training conditions ({LENGTH} steps, periods "
                f"{PERIODS[0]:g}..{PERIODS[1]:g}); 'mse_long' on {LONG}-step series, never "
                f"trained beyond {LENGTH}; 'mse_slow' with periods {SLOW[0]:g}..{SLOW[1]:g}, "
                "never trained; each against 'next = last'"
            )
        }
