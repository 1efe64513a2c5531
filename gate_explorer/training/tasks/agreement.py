"""Pronoun agreement over distance: ``Ariana Grande is a woman . ... then she said``.

Word-level, learned embedding, next-token head. One or two people are introduced with
their gender (``NAME is a woman|man .``); then come k distractor words (sentences about
other things, some naming a person of the other gender in passing); then ``then`` and the
pronoun, which refers to the last person introduced. The loss is on the pronoun (weight 1)
and, lightly, on every other next word, so the head is a small language model too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from gate_explorer.engine.model import Model
from gate_explorer.engine.tokenize import UNK, Tokenizer
from gate_explorer.notices import translatable
from gate_explorer.training.loop import Batch
from gate_explorer.training.tasks.base import Settings, Task

WOMEN = (
    "Ariana Grande",
    "Taylor Swift",
    "Marie Curie",
    "Ada Lovelace",
    "Serena Williams",
    "Frida Kahlo",
    "Greta Thunberg",
    "Jane Austen",
)
MEN = (
    "Troye Sivan",
    "Alan Turing",
    "Pablo Picasso",
    "Roger Federer",
    "Charles Darwin",
    "Elton John",
    "Isaac Newton",
    "Mark Twain",
)
NEUTRAL = ("Alex Morgan", "Sam Taylor", "Robin Lee", "Jordan Kim")  # gender only from 'is a'
DISTRACT = (
    "the train was late again",
    "the weather turned cold",
    "a dog barked at the old car",
    "the city lights were bright",
    "the coffee in the station was bitter",
    "nobody knew the way home",
    "the music played all night",
    "a letter arrived from the bank",
    "the rain did not stop",
    "the door of the shop was open",
)
NOISE_PEOPLE = ("the friend of {p} waved", "a photo of {p} hung on the wall")
TRAIN_DISTANCES = (0, 30)
EVAL_DISTANCES = (0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60)  # 35..60 never trained
CONTEXT_WEIGHT = 0.05


def _vocab() -> tuple[str, ...]:
    words = {UNK, "is", "a", "woman", "man", ".", "then", "she", "he", "said", "hello"}
    for text in (*WOMEN, *MEN, *NEUTRAL, *DISTRACT, *NOISE_PEOPLE):
        words.update(text.replace("{p}", "").split())
    return tuple(sorted(words))


VOCAB = _vocab()


def _pick(rng: np.random.Generator, items: tuple[str, ...]) -> str:
    return items[int(rng.integers(len(items)))]


def sentence(rng: np.random.Generator, distance: int) -> tuple[list[str], int]:
    """Words and the index of the pronoun; exactly ``distance`` distractor words."""
    words: list[str] = []
    female = False
    for _ in range(int(rng.integers(1, 3))):
        female = bool(rng.random() < 0.5)
        pool = (WOMEN if female else MEN) if rng.random() < 0.8 else NEUTRAL
        words += [*_pick(rng, pool).split(), "is", "a", "woman" if female else "man", "."]
    filler: list[str] = []
    while len(filler) < distance:
        if rng.random() < 0.3:
            other = _pick(rng, MEN if female else WOMEN)
            filler += [*_pick(rng, NOISE_PEOPLE).format(p=other).split(), "."]
        else:
            filler += [*_pick(rng, DISTRACT).split(), "."]
    words += [*filler[:distance], "then", "she" if female else "he", "said", "hello", "."]
    return words, len(words) - 4


class AgreementTask(Task):
    name = "agreement-lstm"
    summary = translatable("Pronoun agreement (she/he) across a growing number of distractor words")
    data = (
        "one or two people introduced as 'NAME is a woman|man .', then k distractor words "
        "(k uniform 0..30 in training; some name a person of the other gender), then "
        "'then PRONOUN said hello .'; the pronoun agrees with the last person introduced"
    )
    settings = Settings(cell="lstm", hidden=48, steps=2500, batch=32, lr=3e-3)
    head_kind = "next-token"
    example = (
        "Ariana Grande is a woman . Troye Sivan is a man . the train was late again . "
        "a photo of Taylor Swift hung on the wall . then he said hello ."
    )

    def tokenizer(self) -> Tokenizer:
        return Tokenizer("word", VOCAB)

    def _batch(
        self, rng: np.random.Generator, distances: np.ndarray, context: float
    ) -> tuple[Batch, np.ndarray]:
        index = {w: i for i, w in enumerate(VOCAB)}
        items = [sentence(rng, int(k)) for k in distances]
        steps = max(len(w) for w, _ in items) - 1
        size = len(items)
        ids = np.full((steps, size), index["."], dtype=np.int64)
        targets = np.full((steps, size), index["."], dtype=np.int64)
        mask = np.zeros((steps, size), dtype=np.float32)
        where = np.zeros(size, dtype=np.int64)
        for b, (words, p) in enumerate(items):
            seq = [index[w] for w in words]
            n = len(seq) - 1
            ids[:n, b], targets[:n, b] = seq[:-1], seq[1:]
            mask[:n, b] = context
            mask[p - 1, b] = 1.0  # input 'then', target the pronoun
            where[b] = p - 1
        return Batch(ids, targets, mask), where

    def batches(self, s: Settings, rng: np.random.Generator) -> Callable[[int], Batch]:
        lo, hi = TRAIN_DISTANCES
        return lambda step: self._batch(
            rng, rng.integers(lo, hi + 1, size=s.batch), CONTEXT_WEIGHT
        )[0]

    def evaluate(self, model: Model, rng: np.random.Generator, size: int = 0) -> dict[str, Any]:
        per = size or 300
        she, he = VOCAB.index("she"), VOCAB.index("he")
        acc = {}
        for k in EVAL_DISTANCES:
            b, where = self._batch(rng, np.full(per, k), 0.0)
            trace = model.net.run(model.embedding.embed_ids(b.inputs, model.net.dtype))
            cols = np.arange(per)
            logits = model.head.logits(trace.output[where, cols])  # type: ignore[union-attr]
            guess = np.where(logits[:, she] > logits[:, he], she, he)
            acc[str(k)] = round(float((guess == b.targets[where, cols]).mean()), 4)
        hi = TRAIN_DISTANCES[1]
        return {
            "pronoun_accuracy_by_distance": acc,
            "pronoun_accuracy_trained_min": min(v for k, v in acc.items() if int(k) <= hi),
            "pronoun_accuracy_unseen_min": min(v for k, v in acc.items() if int(k) > hi),
            "note": "she vs he at the pronoun; distance = distractor words",
            "eval_sentences_per_distance": per,
        }

    def extra_card(self, model: Model, trainable: Any, history: Any, s: Settings) -> dict:
        lo, hi = TRAIN_DISTANCES
        return {
            "metrics_note": (
                f"held out: sentences drawn with seed {s.seed + 10_000} (training used seed "
                f"{s.seed}); distances {hi + 1}..{EVAL_DISTANCES[-1]} never trained on "
                f"(training drew {lo}..{hi}); the names are the training names (a name "
                "never seen would be <unk>)"
            )
        }
