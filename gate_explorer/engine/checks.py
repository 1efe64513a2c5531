"""Input checks whose messages say what was expected and what was found, and where."""

from __future__ import annotations

import numpy as np

from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable


def check_finite(name: str, arr: np.ndarray) -> None:
    """Raise naming ``name``, the count and the first position of NaN or inf values."""
    bad = ~np.isfinite(arr)
    if bad.any():
        first = tuple(int(i) for i in np.argwhere(bad)[0])
        n_nan = int(np.isnan(arr).sum())
        n_inf = int(bad.sum()) - n_nan
        what = " and ".join(
            s for s in (f"{n_nan} NaN" if n_nan else "", f"{n_inf} inf" if n_inf else "") if s
        )
        raise GateExplorerError(
            translatable("{name} has {what} value(s), the first at index {first}").format(
                name=name, what=what, first=list(first)
            )
        )


def check_shape(name: str, arr: np.ndarray, expected: tuple[int, ...]) -> None:
    """Raise naming ``name`` with the shape found and the shape expected."""
    if tuple(arr.shape) != tuple(expected):
        raise GateExplorerError(
            translatable("{name} has shape {arr_shape}, expected {expected}").format(
                name=name, arr_shape=tuple(arr.shape), expected=tuple(expected)
            )
        )
