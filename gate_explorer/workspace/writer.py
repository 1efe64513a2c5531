"""The writing job: a language model continues a prompt in a worker process.

``write_job`` runs ``engine.generate.write`` (the same code ``gate-explorer generate``
runs, so a seed writes the same tokens) and hands the tokens back in batches through the
job's ``progress(done, total, batch)``, about every ``BATCH_S`` seconds: the window shows
them while the process writes on, and sampling never holds the GUI thread's interpreter.
"""

from __future__ import annotations

import itertools
import time

from gate_explorer.engine.backend import NUMPY, Backend
from gate_explorer.engine.generate import Sampling, Written, write
from gate_explorer.engine.model import Model
from gate_explorer.engine.trace import Trace
from gate_explorer.workspace.jobs import Progress

BATCH_S = 0.004  # a batch of tokens about this often (a frame is 16 ms)


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
                progress(done, tokens, batch)
            batch, last = [], now
    return done
