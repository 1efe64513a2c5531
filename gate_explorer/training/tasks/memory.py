"""Memory over a delay: ``b . . . . ?`` -> ``b``. The answer at ``?`` is the first token.

Input words ``a|b|c|d``, then N filler tokens ``.``, then ``?``; one-hot input, a classify
head read at ``?``. Training draws N from 1..50; evaluation goes up to N = 100.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from gate_explorer.engine.model import Model
from gate_explorer.engine.tokenize import Tokenizer
from gate_explorer.training.loop import Batch, History, forward_backward
from gate_explorer.training.tasks.base import Settings, Task
from gate_explorer.training.trainable import Trainable

SYMBOLS = ("a", "b", "c", "d")
VOCAB = (*SYMBOLS, ".", "?")
DOT, QUERY = 4, 5
TRAIN_DELAYS = (1, 50)
EVAL_DELAYS = (1, 2, 5, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100)


def make_batch(rng: np.random.Generator, delays: np.ndarray) -> Batch:
    """Sequences ``sym . x N ?`` padded with ``.`` after ``?``; mask 1 at each ``?``."""
    batch = len(delays)
    steps = int(delays.max()) + 2
    ids = np.full((steps, batch), DOT, dtype=np.int64)
    first = rng.integers(0, len(SYMBOLS), size=batch)
    ids[0] = first
    cols = np.arange(batch)
    ids[delays + 1, cols] = QUERY
    targets = np.zeros((steps, batch), dtype=np.int64)
    targets[delays + 1, cols] = first
    mask = np.zeros((steps, batch), dtype=np.float32)
    mask[delays + 1, cols] = 1.0
    return Batch(ids, targets, mask)


def text_of(symbol: str, delay: int) -> str:
    """``'b . . . ?'`` for symbol b and delay 3."""
    return " ".join([symbol, *["."] * delay, "?"])


class MemoryTask(Task):
    """Remember the first token over N fillers (one task, three cells)."""

    summary = "Remember the first word (a|b|c|d) across N filler dots; answer at '?'"
    data = (
        "sequences 'X . . . ?' with X in a|b|c|d and N filler dots, N uniform in 1..50 "
        "(training); target at '?' is X; one-hot input, classify head read at '?'"
    )
    head_kind = "classify"
    embedding = "one-hot"
    example = text_of("b", 30)

    def __init__(self, cell: str) -> None:
        self.name = f"memory-{cell}"  # type: ignore[misc]
        self.settings = Settings(cell=cell, hidden=32, steps=1500, batch=32, lr=3e-3)  # type: ignore[misc]

    def tokenizer(self) -> Tokenizer:
        return Tokenizer("word", VOCAB)

    def labels(self) -> tuple[str, ...]:
        return SYMBOLS

    def batches(self, s: Settings, rng: np.random.Generator) -> Callable[[int], Batch]:
        lo, hi = TRAIN_DELAYS
        return lambda step: make_batch(rng, rng.integers(lo, hi + 1, size=s.batch))

    def evaluate(self, model: Model, rng: np.random.Generator, size: int = 0) -> dict[str, Any]:
        per = size or 200
        acc = {}
        for n in EVAL_DELAYS:
            b = make_batch(rng, np.full(per, n))
            trace = model.net.run(model.embedding.embed_ids(b.inputs, model.net.dtype))
            pred = model.head.logits(trace.output[n + 1]).argmax(-1)  # type: ignore[union-attr]
            acc[str(n)] = round(float((pred == b.targets[n + 1]).mean()), 4)
        return {"accuracy_by_delay": acc, "eval_sequences_per_delay": per}

    def probe(self, model: Trainable, rng: np.random.Generator) -> dict[str, float]:
        """||dL/dh_1|| and accuracy at N = 50 on a small fresh batch."""
        b = make_batch(rng, np.full(64, 50))
        res = forward_backward(model, b)
        g = res.state_grads["h_l0"][0] * 64
        hit = res.logits[51].argmax(-1) == b.targets[51]
        return {
            "grad_norm_h1_n50": round(float(np.linalg.norm(g, axis=-1).mean()), 6),
            "accuracy_n50": round(float(hit.mean()), 4),
        }

    def extra_card(
        self, model: Model, trainable: Trainable, history: History, s: Settings
    ) -> dict[str, Any]:
        rng = np.random.default_rng(s.seed + 999)
        return {"grad_norm_first_step": first_step_grad_norms(trainable, rng)}


def first_step_grad_norms(
    model: Trainable, rng: np.random.Generator, delays: tuple[int, ...] = EVAL_DELAYS, per: int = 64
) -> dict[str, float]:
    """Mean over sequences of ||dL/dh_1|| (layer 0, first position) for each delay N.

    L is one sequence's cross-entropy at ``?``; how much of it reaches the first step is
    what decides whether the first token can be learned.
    """
    out = {}
    for n in delays:
        b = make_batch(rng, np.full(per, n))
        res = forward_backward(model, b)
        g = res.state_grads["h_l0"][0] * per  # undo the batch mean: per-sequence gradients
        out[str(n)] = float(np.linalg.norm(g, axis=-1).mean())
    return out
