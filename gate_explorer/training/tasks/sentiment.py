"""Sentiment of short reviews with negation and contrast: ``not bad``, ``good but boring``.

Word-level, learned embedding, many-to-one: a classify head (negative, positive) read at
the last token. The label follows two rules: ``not``/``never``/``hardly`` flip an
adjective's polarity, and after ``but`` the last clause decides.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from gate_explorer.engine.model import Model
from gate_explorer.engine.tokenize import UNK, Tokenizer
from gate_explorer.training.loop import Batch
from gate_explorer.training.tasks.base import Settings, Task

POSITIVE = (
    "good great excellent wonderful brilliant fun lovely charming superb clever moving "
    "enjoyable gripping beautiful".split()
)
NEGATIVE = (
    "bad boring awful terrible dull weak poor messy clumsy tedious bland painful silly "
    "forgettable".split()
)
NOUNS = "movie film plot acting story ending cast music script dialogue pacing".split()
INTENS = "very really quite so truly rather".split()
NEGATORS = "not never hardly".split()
OPENERS = ("i think", "honestly ,", "overall ,", "to be fair ,", "in short ,", "")
VERBS = ("was", "is", "felt", "seemed")
LABELS = ("negative", "positive")
VOCAB = tuple(
    sorted(
        {UNK, "the", "but", "and", ".", ",", "i", "think", "honestly", "overall", "to", "be"}
        | {"fair", "in", "short", *POSITIVE, *NEGATIVE, *NOUNS, *INTENS, *NEGATORS, *VERBS}
    )
)


def _phrase(rng: np.random.Generator, polarity: int) -> list[str]:
    """Words whose meaning has ``polarity`` (1 positive, 0 negative), maybe negated."""
    negate = rng.random() < 0.4
    base = polarity ^ int(negate)
    words = list(NEGATORS[rng.integers(len(NEGATORS))] for _ in range(int(negate)))
    if rng.random() < 0.35:
        words.append(INTENS[rng.integers(len(INTENS))])
    pool = POSITIVE if base else NEGATIVE
    words.append(pool[rng.integers(len(pool))])
    return words


def _clause(rng: np.random.Generator, polarity: int) -> list[str]:
    if rng.random() < 0.6:
        subject = ["the", NOUNS[rng.integers(len(NOUNS))], VERBS[rng.integers(len(VERBS))]]
        return subject + _phrase(rng, polarity)
    return _phrase(rng, polarity)


def review(rng: np.random.Generator) -> tuple[list[str], int]:
    """One review as words and its label (0 negative, 1 positive)."""
    label = int(rng.integers(2))
    words = OPENERS[rng.integers(len(OPENERS))].split()
    shape = rng.random()
    if shape < 0.35:  # one clause
        words += _clause(rng, label)
    elif shape < 0.55:  # agreeing clauses
        words += [*_clause(rng, label), "and", *_clause(rng, label)]
    else:  # contrast: the clause after 'but' decides
        first = 1 - label if rng.random() < 0.8 else label
        words += [*_clause(rng, first), "but", *_clause(rng, label)]
    return [*words, "."], label


class SentimentTask(Task):
    name = "sentiment-gru"
    summary = "Review sentiment with negation and contrast (not bad, good but boring)"
    data = (
        "generated reviews: optional opener, clauses 'the NOUN VERB [not] [very] ADJ' or "
        "'[not] ADJ', joined by 'and' (agreeing) or 'but' (the last clause decides); "
        "negators not/never/hardly flip polarity; label read at the final '.'"
    )
    settings = Settings(cell="gru", hidden=32, steps=1500, batch=32, lr=3e-3)
    head_kind = "classify"
    example = "honestly , the acting was not bad but the ending was really boring ."

    def tokenizer(self) -> Tokenizer:
        return Tokenizer("word", VOCAB)

    def labels(self) -> tuple[str, ...]:
        return LABELS

    def _batch(self, rng: np.random.Generator, size: int) -> Batch:
        index = {w: i for i, w in enumerate(VOCAB)}
        items = [review(rng) for _ in range(size)]
        steps = max(len(w) for w, _ in items)
        ids = np.full((steps, size), index["."], dtype=np.int64)
        targets = np.zeros((steps, size), dtype=np.int64)
        mask = np.zeros((steps, size), dtype=np.float32)
        for b, (words, label) in enumerate(items):
            ids[: len(words), b] = [index[w] for w in words]
            targets[len(words) - 1, b] = label
            mask[len(words) - 1, b] = 1.0
        return Batch(ids, targets, mask)

    def batches(self, s: Settings, rng: np.random.Generator) -> Callable[[int], Batch]:
        return lambda step: self._batch(rng, s.batch)

    def evaluate(self, model: Model, rng: np.random.Generator, size: int = 0) -> dict[str, Any]:
        b = self._batch(rng, size or 2000)
        trace = model.net.run(model.embedding.embed_ids(b.inputs, model.net.dtype))
        logits = model.head.logits(trace.output)  # type: ignore[union-attr]
        m = b.mask > 0
        hit = logits.argmax(-1)[m] == b.targets[m]
        contrast = (b.inputs == VOCAB.index("but")).any(axis=0)
        negated = np.isin(b.inputs, [VOCAB.index(w) for w in NEGATORS]).any(axis=0)
        # m is True once per column; boolean indexing walks the (T, B) mask row by row
        cols = np.nonzero(m)[1]
        return {
            "accuracy": round(float(hit.mean()), 4),
            "accuracy_with_but": round(float(hit[contrast[cols]].mean()), 4),
            "accuracy_with_negation": round(float(hit[negated[cols]].mean()), 4),
            "eval_reviews": int(m.sum()),
        }
