"""Helpers the cells share for the part of a step that does not depend on time.

The input's contribution x_t W_ih^T + b to every step is computed before the time loop as
matrix products; the bias rides along as an extra row of the weights (and a column of
ones in the input). The products are cut into blocks of ``ALIGN`` steps, each computed by a
BLAS call of the same shape (the last block padded with zeros): BLAS may round a row
differently in a product with another number of rows, and this way a step's value does
not depend on how long the sequence is, so a run continued or re-run from any multiple of
``ALIGN`` (``engine.incremental``) is bit for bit the full run.

A last, partial block of r rows is padded only to the smallest power of two m >= r whose
m-row product this process's BLAS computes with the bits of the block product
(``exact_rows``: checked once per shape and layout of the weights on random rows; with
OpenBLAS any m >= 2 is, a one-row product is a gemv that sums in another order). A step
appended or generated alone then costs a 2-row product instead of a 64-row one.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import numpy as np

CHUNK = 256  # steps between two progress reports
ALIGN = 64  # steps per block of the input product (a re-run starts at a multiple of it)


def with_bias_row(w_t: np.ndarray, bias: np.ndarray) -> np.ndarray:
    """(F+1, G*H): ``w_t`` (F, G*H) with ``bias`` (G*H,) appended as the last row."""
    return np.ascontiguousarray(np.concatenate([w_t, bias[None].astype(w_t.dtype)]))


def input_part(x: np.ndarray, w_in: np.ndarray, out: np.ndarray) -> None:
    """``out`` (T*B, G*H) = x @ w_in[:-1] + w_in[-1] for ``x`` (T, B, F); ``out`` may be strided.

    Computed in blocks of ``ALIGN`` steps (``ALIGN * B`` rows), every one by a product of
    the same shape, the last partial one by a product with the same bits (``exact_rows``):
    the rows of step t are the same bits whatever T is.
    """
    feat = x.shape[-1]
    rows = out.shape[0]
    steps = x.shape[0]
    block = ALIGN * (rows // steps) if steps else ALIGN
    full = rows - rows % block
    padded = full + (exact_rows(w_in, rows - full, block) if full < rows else 0)
    x1 = np.zeros((padded, feat + 1), dtype=out.dtype)
    x1[:rows, :feat] = x.reshape(-1, feat)
    x1[:rows, feat] = 1
    for s in range(0, full, block):
        np.matmul(x1[s : s + block], w_in, out=out[s : s + block])
    if full < rows:  # the last, partial block: padded to a product with the block's bits
        out[full:] = np.matmul(x1[full:], w_in)[: rows - full]


def blocked_product(a: np.ndarray, w_t: np.ndarray) -> np.ndarray:
    """``a`` (N, K) @ ``w_t`` (K, C) in blocks of ``ALIGN`` rows of one shape (the last one
    padded to a product with the same bits, ``exact_rows``), so row n is the same bits
    whatever N is (see ``input_part``); other shapes are one plain product."""
    if a.ndim != 2 or a.shape[0] <= 0:
        return a @ w_t
    rows = a.shape[0]
    dtype = np.result_type(a, w_t)
    out = np.empty((rows, w_t.shape[1]), dtype=dtype)
    full = rows - rows % ALIGN
    for s in range(0, full, ALIGN):
        np.matmul(np.ascontiguousarray(a[s : s + ALIGN]), w_t, out=out[s : s + ALIGN])
    if full < rows:
        pad = np.zeros((exact_rows(w_t, rows - full, ALIGN, a.dtype), a.shape[1]), dtype=a.dtype)
        pad[: rows - full] = a[full:]
        out[full:] = np.matmul(pad, w_t)[: rows - full]
    return out


_EXACT: dict[tuple, bool] = {}  # by shape, layout and alignment of the weights
_BY_ARRAY: dict[int, tuple[weakref.ref, dict[tuple, int]]] = {}  # by weight array, while alive
_EXACT_LOCK = threading.Lock()


def exact_rows(w: np.ndarray, rows: int, block: int = ALIGN, dtype: Any = None) -> int:
    """How many rows to pad ``rows`` (< ``block``) rows to, so that each row of the product
    with ``w`` (K, C) has the bits it has in a ``block``-row product: the smallest power of
    two m >= ``rows`` for which an m-row product of random rows (``dtype``, else w's)
    equals the block product row for row, checked once per shape, layout and alignment of
    ``w`` (BLAS picks its kernel by those, never by the values); else ``block``."""
    dtype = np.dtype(w.dtype if dtype is None else dtype)
    m = 1
    while m < rows:
        m *= 2
    owner = w.base is None  # a weight array that lives (a view, e.g. weight.T, is made anew)
    fast = _BY_ARRAY.get(id(w)) if owner else None  # the answer for this very array
    if fast is not None and fast[0]() is w and (m, block, dtype) in fast[1]:
        return fast[1][m, block, dtype]
    first = m
    while m < block:
        key = (w.shape, w.strides, w.dtype.str, w.ctypes.data % 64, dtype.str, block, m)
        with _EXACT_LOCK:
            ok = _EXACT.get(key)
        if ok is None:
            ok = _same_bits(w, block, m, dtype)
            with _EXACT_LOCK:
                _EXACT[key] = ok
        if ok:
            break
        m *= 2
    m = min(m, block)
    if not owner:
        return m
    if fast is None or fast[0]() is not w:
        fast = (weakref.ref(w), {})
        with _EXACT_LOCK:
            _BY_ARRAY[id(w)] = fast
        weakref.finalize(w, _BY_ARRAY.pop, id(w), None)
    fast[1][first, block, dtype] = m
    return m


def _same_bits(w: np.ndarray, block: int, m: int, dtype: np.dtype) -> bool:
    """True when m-row products of random rows equal their rows of the block product."""
    probe = np.random.default_rng(0).standard_normal((block, w.shape[0])).astype(dtype)
    whole = np.matmul(probe, w)
    return all(
        np.array_equal(np.matmul(probe[s : s + m], w), whole[s : s + m])
        for s in range(0, block - m + 1, m)
    )


def buffer(out: dict[str, np.ndarray] | None, name: str, shape: tuple[int, ...],
           dtype: np.dtype) -> np.ndarray:  # fmt: skip
    """``out[name]`` (a caller's buffer of ``shape``, e.g. rows of a growing trace) when
    given, else a new empty array: the cells' ``forward`` write their trace there."""
    if out is not None and name in out:
        arr = out[name]
        if arr.shape != shape or arr.dtype != dtype:
            raise ValueError(f"buffer {name} is {arr.shape} {arr.dtype}, expected {shape} {dtype}")
        return arr
    return np.empty(shape, dtype=dtype)


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
