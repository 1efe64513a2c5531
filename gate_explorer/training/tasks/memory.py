"""Memory over a delay: ``b . . . . ?`` -> ``b``. The answer at ``?`` is the first token.

Input words ``a|b|c|d``, then N filler tokens ``.``, then ``?``; one-hot input, a classify
head read at ``?``. Training draws N from 1..50; evaluation goes up to N = 100.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
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
        """Gradient reaching the first step, and accuracy, at N = 50 on a fresh batch."""
        g = first_step_grad_norms(model, rng, (50,), per=32)["50"]
        return {"grad_norm_h1_n50": g["dL/dh1"], "ratio_h1_n50": g["ratio"], **g["acc"]}

    def extra_card(
        self, model: Model, trainable: Trainable, history: History, s: Settings
    ) -> dict[str, Any]:
        rng = np.random.default_rng(s.seed + 999)
        norms = first_step_grad_norms(trainable, rng)
        return {
            "grad_norm_first_step": {n: v["dL/dh1"] for n, v in norms.items()},
            "grad_ratio_first_step": {n: v["ratio"] for n, v in norms.items()},
            "grad_norm_note": (
                "||dL/dh_1|| per sequence (layer 0) after training, and its ratio to the "
                "gradient at '?'; 'probes' has the same at N = 50 during training"
            ),
        }


def _sig(x: float) -> float:
    return float(f"{x:.4g}")


def first_step_grad_norms(
    model: Trainable, rng: np.random.Generator, delays: tuple[int, ...] = EVAL_DELAYS, per: int = 64
) -> dict[str, dict[str, Any]]:
    """How much gradient reaches the first step, for each delay N (float64, no underflow).

    ``dL/dh1``: mean over sequences of ||dL/dh_1|| (layer 0, first position), L being one
    sequence's cross-entropy at ``?``; ``ratio``: mean of ||dL/dh_1|| / ||dL/dh_(N+2)||,
    the share of the gradient at ``?`` that survives the trip back to the first token,
    independent of how small the loss already is. ``acc``: accuracy on the same batch.
    """
    wide = replace(model, params={k: v.astype(np.float64) for k, v in model.params.items()})
    out: dict[str, dict[str, Any]] = {}
    for n in delays:
        b = make_batch(rng, np.full(per, n))
        res = forward_backward(wide, b)
        g = res.state_grads["h_l0"] * per  # undo the batch mean: per-sequence gradients
        first = np.linalg.norm(g[0], axis=-1)
        last = np.linalg.norm(g[n + 1], axis=-1)
        ratio = np.divide(first, last, out=np.zeros_like(first), where=last > 0)
        hit = res.logits[n + 1].argmax(-1) == b.targets[n + 1]
        out[str(n)] = {
            "dL/dh1": _sig(first.mean()),
            "ratio": _sig(ratio.mean()),
            "acc": {f"accuracy_n{n}": round(float(hit.mean()), 4)},
        }
    return out
