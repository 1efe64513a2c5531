"""A Korean character language model: one step per Hangul syllable, as one is typed.

Trained on LibreOffice's Korean help pages, judged on the GIMP manual and the Debian FAQ
in Korean (other translators, other software; see ``training/corpora/korean.py``).
The vocabulary is printable ASCII, newline, and every syllable seen at least
``MIN_COUNT`` times in the training text; rarer syllables are ``<unk>``.
"""

from __future__ import annotations

import gzip
from collections import Counter
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from gate_explorer.engine.model import Model
from gate_explorer.engine.tokenize import UNK, Tokenizer
from gate_explorer.training.corpora.korean import is_hangul
from gate_explorer.training.loop import Batch
from gate_explorer.training.tasks.base import Settings, Task

CORPORA = Path(__file__).resolve().parent.parent / "corpora"
MIN_COUNT = 3
EVAL_CHARS = 20_000
ASCII = (*(chr(c) for c in range(0x20, 0x7F)), "\n")


@cache
def corpus(part: str) -> str:
    """The ``train`` or ``heldout`` text, paragraphs separated by newlines."""
    return gzip.decompress((CORPORA / f"korean-{part}.txt.gz").read_bytes()).decode("utf-8")


@cache
def vocabulary() -> tuple[str, ...]:
    counts = Counter(ch for ch in corpus("train") if is_hangul(ch))
    syllables = sorted(ch for ch, n in counts.items() if n >= MIN_COUNT)
    return (UNK, *ASCII, *syllables)


class KoreanTask(Task):
    name = "korean-lstm"
    summary = "Korean character language model (one step per syllable)"
    data = (
        "Korean prose from LibreOffice's Korean help pages (Debian package "
        "libreoffice-help-ko, MPL-2.0), 646,681 characters"
    )
    settings = Settings(
        cell="lstm", hidden=192, layers=1, steps=3000, batch=32, lr=3e-3, embed_dim=48,
        seq_len=80,
    )

    def __init__(self) -> None:
        text = corpus("heldout")
        self.example = text[:600].rsplit("\n", 1)[0]

    def tokenizer(self) -> Tokenizer:
        return Tokenizer("char", vocabulary())

    def batches(self, s: Settings, rng: np.random.Generator) -> Callable[[int], Batch]:
        tok = self.tokenizer()
        ids = np.array([t.id for t in tok.tokenize(corpus("train"))], dtype=np.int64)
        lanes = rng.integers(0, len(ids) - 1, size=s.batch)

        def make(step: int) -> Batch:
            idx = (lanes[None, :] + np.arange(s.seq_len + 1)[:, None]) % len(ids)
            lanes[:] = (lanes + s.seq_len) % len(ids)
            chunk = ids[idx]
            mask = np.ones((s.seq_len, s.batch), dtype=np.float32)
            return Batch(chunk[:-1], chunk[1:], mask, carry=step > 0)

        return make

    def evaluate(self, model: Model, rng: np.random.Generator, size: int = 0) -> dict[str, Any]:
        """Bits per character on held-out Korean prose from other packages."""
        return heldout_bpc(model, size or EVAL_CHARS)


def heldout_bpc(model: Model, chars: int) -> dict[str, Any]:
    """Bits per character over the first ``chars`` characters of the held-out text;
    unknown next characters count with the model's probability of ``<unk>``."""
    text = corpus("heldout")[:chars]
    run = model.run_text(text)
    ids = np.array([t.id for t in run.tokens])
    probs = run.probs[:-1]  # type: ignore[index]
    p = probs[np.arange(len(ids) - 1), ids[1:]]
    unknown = float(np.mean([not t.known for t in run.tokens]))
    return {
        "heldout_bits_per_char": round(float(-np.log2(np.maximum(p, 1e-12)).mean()), 4),
        "heldout_chars": len(text),
        "heldout_unknown_share": round(unknown, 4),
        "heldout_source": "gimp-help-ko (GNU FDL) and debian-faq-ko (GPL-2+), Debian packages",
        "vocabulary": len(model.tokenizer.vocab),
    }
