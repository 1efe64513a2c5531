"""The writing job: a language model continues a prompt in a worker process.

``write_job`` runs ``engine.generate.write`` (the same code ``gate-explorer generate``
runs, so a seed writes the same tokens) and hands the tokens back in batches through the
job's ``progress(done, total, batch)``, about every ``BATCH_S`` seconds: the window shows
them while the process writes on, and sampling never holds the GUI thread's interpreter.
"""

from __future__ import annotations

import itertools
import time
from typing import Any

import numpy as np

from gate_explorer.engine.backend import NUMPY, Backend
from gate_explorer.engine.generate import Sampling, Written, write
from gate_explorer.engine.model import Model
from gate_explorer.engine.trace import DirectionTrace, Trace
from gate_explorer.workspace.jobs import Progress

BATCH_S = 0.004  # a batch of tokens about this often (a frame is 16 ms)


class Batch(list):
    """A batch of ``Written`` tokens that crosses to the window packed: each array of the
    tokens' one-step traces stacked into one, and the tokens rebuilt over views of them.
    The window's process unpickles a batch in a thread that holds the interpreter while
    it does (the GUI thread waits for it): a score of arrays per token took 76 us a token
    there (``quotes-lstm``), a few arrays per batch take a fraction of that."""

    def __reduce__(self):
        packed = _pack(self)
        return (Batch, (list(self),)) if packed is None else (_unpack, packed)


def _leaves(trace: Trace) -> list[np.ndarray | None]:
    """The arrays of a one-step trace in a fixed order (None where it has none)."""
    out: list[np.ndarray | None] = []
    for dirs in trace.layers:
        for d in dirs:
            out += [d.values[k] for k in d.values] + [d.cache[k] for k in d.cache]
    return [*out, trace.output, trace.h_n, trace.c_n, trace.x, trace.h0, trace.c0]


def _shape(trace: Trace) -> tuple[Any, ...]:
    """What a trace is besides its arrays (the same for every token of a batch)."""
    layers = tuple(tuple((tuple(d.values), tuple(d.cache)) for d in dirs) for dirs in trace.layers)
    return (trace.kind, trace.names, layers, trace.batched, trace.gate_activation,
            trace.reset_after)  # fmt: skip


def _pack(batch: list[Written]) -> tuple[Any, ...] | None:
    """(meta, stacked arrays) of ``batch``, or None when its tokens differ in make."""
    if not batch:
        return None
    shape = _shape(batch[0].trace)
    first = _leaves(batch[0].trace)
    rows = []
    for w in batch:
        leaves = _leaves(w.trace)
        if _shape(w.trace) != shape or len(leaves) != len(first):
            return None
        for a, b in zip(leaves, first, strict=True):
            if (a is None) != (b is None) or (a is not None and a.shape != b.shape):
                return None
        rows.append([*leaves, w.probs])
    stacked = [None if col[0] is None else np.stack(col) for col in zip(*rows, strict=True)]
    meta = (shape, [w.id for w in batch], [w.text for w in batch])
    return meta, stacked


def _unpack(meta: tuple[Any, ...], stacked: list[np.ndarray | None]) -> Batch:
    (kind, names, layers, batched, gate, reset_after), ids, texts = meta
    out = Batch()
    for i, (tid, text) in enumerate(zip(ids, texts, strict=True)):
        leaves = iter(None if a is None else a[i] for a in stacked)
        dirs = tuple(
            tuple(
                DirectionTrace({k: next(leaves) for k in vals}, {k: next(leaves) for k in cache})
                for vals, cache in layer
            )
            for layer in layers
        )
        output, h_n, c_n, x, h0, c0, probs = leaves
        trace = Trace(kind, names, dirs, output, h_n, c_n, batched, x, h0, c0, gate, reset_after)
        out.append(Written(tid, text, probs, trace))
    return out


def write_job(
    model: Model,
    prompt_trace: Trace,
    sampling: Sampling,
    tokens: int,
    backend: Backend = NUMPY,
    progress: Progress | None = None,
) -> int:
    """Write ``tokens`` tokens after ``prompt_trace``; each batch (a list of ``Written``)
    goes to ``progress(done, tokens, batch)``. Returns the number written."""
    batch: list[Written] = []
    last = time.perf_counter()
    done = 0
    for done, w in enumerate(
        itertools.islice(write(model, prompt_trace, sampling, backend=backend), tokens), 1
    ):
        batch.append(w)
        now = time.perf_counter()
        if now - last >= BATCH_S or done == tokens:
            if progress is not None:
                progress(done, tokens, Batch(batch))
            batch, last = [], now
    return done
