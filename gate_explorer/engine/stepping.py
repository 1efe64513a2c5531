"""Helpers the cells share for the part of a step that does not depend on time.

The input's contribution x_t W_ih^T + b to every step is computed before the time loop as
one matrix product; the bias rides along as an extra row of the weights (and a column of
ones in the input), so it is one BLAS call that writes straight into the trace buffer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

import numpy as np

CHUNK = 256  # steps between two progress reports


def with_bias_row(w_t: np.ndarray, bias: np.ndarray) -> np.ndarray:
    """(F+1, G*H): ``w_t`` (F, G*H) with ``bias`` (G*H,) appended as the last row."""
    return np.ascontiguousarray(np.concatenate([w_t, bias[None].astype(w_t.dtype)]))


def input_part(x: np.ndarray, w_in: np.ndarray, out: np.ndarray) -> None:
    """``out`` (T*B, G*H) = x @ w_in[:-1] + w_in[-1] for ``x`` (T, B, F); ``out`` may be strided."""
    feat = x.shape[-1]
    x1 = np.empty((out.shape[0], feat + 1), dtype=out.dtype)
    x1[:, :feat] = x.reshape(-1, feat)
    x1[:, feat] = 1
    np.matmul(x1, w_in, out=out)


def keep(name: str, value: np.ndarray) -> np.ndarray:
    """The default ``fix`` of the cells' ``step``: every value as computed."""
    return value


def row_product(rows: np.ndarray, w_t: np.ndarray) -> np.ndarray:
    """``rows`` (B, K) @ ``w_t`` (K, N), as the fused forward computes it: 1-D for B = 1
    (BLAS may round a one-row matrix product and a vector product differently)."""
    if rows.shape[0] == 1:
        return np.dot(rows[0], w_t)[None]
    return np.dot(rows, w_t)


def step_rows(
    rows: Sequence[np.ndarray], progress: Callable[[int], None] | None = None
) -> Iterator[tuple[Any, ...]]:
    """Each step's views of ``rows`` (arrays over time), like ``zip(*rows)``.

    With ``progress``, ``progress(done)`` is called after every ``CHUNK`` steps and after
    the last one: the time loop is only cut into runs of steps, so the values are the same.
    """
    if progress is None:
        return zip(*rows, strict=True)
    return _chunked_rows(rows, progress)


def _chunked_rows(
    rows: Sequence[np.ndarray], progress: Callable[[int], None]
) -> Iterator[tuple[Any, ...]]:
    steps = len(rows[0])
    for start in range(0, steps, CHUNK):
        stop = min(start + CHUNK, steps)
        yield from zip(*(r[start:stop] for r in rows), strict=True)
        progress(stop)
