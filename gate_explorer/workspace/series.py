"""A numeric model's predictions over a series against the true next values (no Qt).

At step ``t`` a regress head predicts the value at ``t + 1``; the naive baseline says the
next value is the last one (``next = last``). Both are scored over the steps whose next
value is known, in the data's units.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from gate_explorer.engine.model import ModelRun


@dataclass(frozen=True)
class SeriesErrors:
    """Errors over ``count`` steps: root mean square and mean absolute, model and baseline."""

    count: int
    model_rmse: float
    model_mae: float
    naive_rmse: float
    naive_mae: float

    @property
    def ratio(self) -> float:
        """The model's RMSE over the baseline's (below 1: the model beats next = last)."""
        return self.model_rmse / self.naive_rmse if self.naive_rmse > 0 else float("nan")


def series_arrays(run: ModelRun) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(values (T,), predicted next (T,), true next (T,)) of a regress run; NaN where a value
    is unknown or there is no next one."""
    values = np.array([np.nan if t.value is None else t.value for t in run.tokens], float)
    pred = (np.full(len(values), np.nan) if run.predictions is None
            else np.asarray(run.predictions, dtype=float))  # fmt: skip
    true_next = np.append(values[1:], np.nan)
    return values, pred, true_next


def series_errors(run: ModelRun) -> SeriesErrors | None:
    """The model's and the baseline's errors over ``run``; None without a regress answer or
    with fewer than two values."""
    if run.predictions is None:
        return None
    values, pred, true_next = series_arrays(run)
    ok = np.isfinite(values) & np.isfinite(pred) & np.isfinite(true_next)
    if not ok.any():
        return None
    model = pred[ok] - true_next[ok]
    naive = values[ok] - true_next[ok]
    return SeriesErrors(
        int(ok.sum()),
        float(np.sqrt(np.mean(model**2))),
        float(np.mean(np.abs(model))),
        float(np.sqrt(np.mean(naive**2))),
        float(np.mean(np.abs(naive))),
    )
