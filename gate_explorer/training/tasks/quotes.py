"""Character-level language models on prose full of quotations (``quotes-lstm/gru``).

Next-character loss at every step, truncated BPTT over chunks of ``seq_len`` characters
(each of the B lanes reads its own endless stream; states carry across chunks). The card
names the single unit that best tracks "inside a quotation" on held-out prose.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from gate_explorer.analysis.unit_finder import inside_parens, inside_quotes, rank_units
from gate_explorer.engine.model import Model
from gate_explorer.engine.tokenize import UNK, Tokenizer
from gate_explorer.training.corpora import quotes as corpus
from gate_explorer.training.loop import Batch, History
from gate_explorer.training.tasks.base import Settings, Task
from gate_explorer.training.trainable import Trainable

EVAL_CHARS = 20000


class CharStreams:
    """B endless character streams, read ``length + 1`` characters at a time."""

    def __init__(self, rng: np.random.Generator, lanes: int, index: dict[str, int]) -> None:
        self.rng = rng
        self.index = index
        self.buffers = [""] * lanes

    def next(self, length: int) -> np.ndarray:
        """(length + 1, B) ids; consecutive calls overlap by one character."""
        cols = []
        for b, buf in enumerate(self.buffers):
            while len(buf) < length + 1:
                buf += corpus.paragraph(self.rng)
            cols.append([self.index[c] for c in buf[: length + 1]])
            self.buffers[b] = buf[length:]
        return np.asarray(cols, dtype=np.int64).T


class QuotesTask(Task):
    summary = "Character-level language model on prose full of quotations"
    data = (
        "character-level next-character prediction on generated stories: narration from a "
        "story grammar with parenthetical asides, quoted speech of 1-4 real English "
        "sentences from Python's docstrings (shipped in training/corpora/speech.txt.gz)"
    )
    head_kind = "next-token"
    example = ""

    def __init__(self, cell: str) -> None:
        self.name = f"quotes-{cell}"  # type: ignore[misc]
        self._last: dict[str, Any] = {"quote_unit": {}}  # filled by evaluate
        self.settings = Settings(  # type: ignore[misc]
            cell=cell,
            hidden=128,
            layers=3 if cell == "lstm" else 2,
            steps=6000 if cell == "lstm" else 4000,
            batch=32,
            lr=3e-3,
            embed_dim=32,
            seq_len=150,
        )
        self.example = corpus.text(np.random.default_rng(2024), 600, held_out=True)  # type: ignore[misc]

    def tokenizer(self) -> Tokenizer:
        return Tokenizer("char", (UNK, *corpus.alphabet()))

    def batches(self, s: Settings, rng: np.random.Generator) -> Callable[[int], Batch]:
        vocab = self.tokenizer().vocab
        streams = CharStreams(rng, s.batch, {c: i for i, c in enumerate(vocab)})

        def make(step: int) -> Batch:
            ids = streams.next(s.seq_len)
            mask = np.ones((s.seq_len, s.batch), dtype=np.float32)
            return Batch(ids[:-1], ids[1:], mask, carry=step > 0)

        return make

    def extra_card(
        self, model: Model, trainable: Trainable, history: History, s: Settings
    ) -> dict[str, Any]:
        """The quote unit at the top of the card, where the app looks for it."""
        return {
            "quote_unit": dict(self._last["quote_unit"]),
            "quote_unit_note": (
                "unit whose value best correlates (Pearson r) with 'inside a quotation' "
                "(opening quote counts as inside) on held-out prose; probes: best |r| "
                "during training on 2,000 held-out characters"
            ),
        }

    def probe(self, model: Trainable, rng: np.random.Generator) -> dict[str, float]:
        """Best |r| with the quote indicator on 2,000 fresh held-out characters."""
        text = corpus.text(rng, 2000, held_out=True)
        run = model.to_model(self.name).run_text(text)
        best = rank_units(run, inside_quotes(text), top=1)[0]
        return {"quote_r": round(abs(best.r), 4)}

    def evaluate(self, model: Model, rng: np.random.Generator, size: int = 0) -> dict[str, Any]:
        """Bits per character and the best quote-tracking unit on held-out prose."""
        text = corpus.text(rng, size or EVAL_CHARS, held_out=True)
        run = model.run_text(text)
        ids = np.array([t.id for t in run.tokens])
        probs = run.probs[:-1]  # type: ignore[index]
        bpc = float(-np.log2(np.maximum(probs[np.arange(len(ids) - 1), ids[1:]], 1e-12)).mean())
        ranked = rank_units(run, inside_quotes(text), top=5)
        parens = rank_units(run, inside_parens(text), top=1)[0]
        best = ranked[0]
        self._last = {
            "quote_unit": {
                "layer": best.layer,
                "direction": best.direction,
                "name": best.name,
                "unit": best.unit,
                "r": round(best.r, 4),
            }
        }
        return {
            "bits_per_char": round(bpc, 4),
            "eval_chars": len(text),
            "quote_unit": {
                "layer": best.layer,
                "direction": best.direction,
                "name": best.name,
                "unit": best.unit,
                "r": round(best.r, 4),
            },
            "top_quote_units": [u.label() for u in ranked],
            "paren_unit": parens.label(),
        }
