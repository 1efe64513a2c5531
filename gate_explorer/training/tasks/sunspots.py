"""Next-year prediction of a real series: yearly sunspot numbers, 1700-2008.

The data (``resources/examples/sunspots.csv``, public domain, see
``training/corpora/series.py``) is split by time: the model trains on 1700-1958 only and
is judged on 1959-2008, fifty years it never saw (it reads the earlier years as context).
Inputs and targets are standardised with the training years' mean and standard deviation;
the model keeps that scaling and applies it to any series it is given, so typed or opened
values are raw sunspot numbers and predictions come back in the same units.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import numpy as np

from gate_explorer.bundled import resource
from gate_explorer.engine.model import Model
from gate_explorer.engine.tokenize import Tokenizer
from gate_explorer.io.series import read_series
from gate_explorer.notices import translatable
from gate_explorer.training.loop import Batch
from gate_explorer.training.tasks.base import Settings, Task

FIRST_YEAR = 1700
HELD_OUT_FROM = 1959  # the last 50 years: never trained on
WINDOW = 48
WARMUP = 4


def sunspots() -> np.ndarray:
    """(309,) yearly sunspot numbers 1700-2008."""
    return read_series(resource("examples", "sunspots.csv"), "SUNACTIVITY").values


def split() -> tuple[np.ndarray, int]:
    """(all values, index of the first held-out year)."""
    values = sunspots()
    return values, HELD_OUT_FROM - FIRST_YEAR


class SunspotsTask(Task):
    name = "sunspots-lstm"
    summary = translatable(
        "Predict next year's sunspot number from the years before (a real series)"
    )
    data = (
        "yearly mean sunspot numbers 1700-2008 (NOAA NGDC, public domain, as shipped in "
        "statsmodels' datasets); trained on 1700-1958 in random 48-year windows, "
        "standardised by the training years' mean and sd; target = next year"
    )
    settings = Settings(cell="lstm", hidden=24, steps=2500, batch=32, lr=5e-3)
    head_kind = "regress"
    embedding = "numeric"

    def __init__(self) -> None:
        values, cut = split()
        self.values, self.cut = values, cut
        train = values[:cut]
        self.offset, self.scale = float(train.mean()), float(train.std())
        self.example = " ".join(f"{v:g}" for v in values[-60:])

    def tokenizer(self) -> Tokenizer:
        return Tokenizer("number")

    def labels(self) -> tuple[str, ...]:
        return ("next year",)

    def _scaled(self) -> np.ndarray:
        return ((self.values - self.offset) / self.scale).astype(np.float32)

    def batches(self, s: Settings, rng: np.random.Generator) -> Callable[[int], Batch]:
        z = self._scaled()

        def batch(_step: int) -> Batch:
            starts = rng.integers(0, self.cut - WINDOW, size=s.batch)  # targets < cut
            idx = starts[None, :] + np.arange(WINDOW)[:, None]  # (WINDOW, B)
            mask = np.ones((WINDOW, s.batch), dtype=np.float32)
            mask[:WARMUP] = 0.0
            return Batch(z[idx], z[idx + 1], mask)

        return batch

    def finish(self, model: Model) -> Model:
        """Keep the training scaling in the model, so raw values go in and come out."""
        emb = replace(model.embedding, offset=self.offset, scale=self.scale)
        return replace(model, embedding=emb)

    def evaluate(self, model: Model, rng: np.random.Generator, size: int = 0) -> dict[str, Any]:
        return evaluate_tail(model, self.values, self.cut)


def evaluate_tail(model: Model, values: np.ndarray, cut: int) -> dict[str, Any]:
    """RMSE of next-value predictions for targets ``values[cut:]`` against "next = last".

    The model reads the whole series (the earlier years are context); only predictions
    of held-out targets count.
    """
    run = model.run_text(" ".join(repr(float(v)) for v in values))
    pred = np.asarray(run.predictions, dtype=np.float64)  # pred[t] is the guess for t + 1
    targets = values[cut:]
    guesses = pred[cut - 1 : -1]
    naive = values[cut - 1 : -1]
    rmse = float(np.sqrt(np.mean((guesses - targets) ** 2)))
    base = float(np.sqrt(np.mean((naive - targets) ** 2)))
    return {
        "heldout_rmse": round(rmse, 2),
        "naive_last_value_rmse": round(base, 2),
        "ratio_to_naive": round(rmse / base, 3),
        "heldout_years": f"{FIRST_YEAR + cut}-{FIRST_YEAR + len(values) - 1}",
        "heldout_count": len(targets),
    }
