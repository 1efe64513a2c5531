"""Character-level language models on real prose with dialogue (``quotes-lstm/gru``).

Next-character loss at every step, truncated BPTT over chunks of ``seq_len`` characters:
each of the B lanes reads Jane Austen's novels on from its own starting point, states
carry across chunks. Evaluation is on text the model never saw, by another author
(*Alice's Adventures in Wonderland*) and on the project's own story prose
(``corpora/prose.py``). The card names the unit that best tracks "inside double quotes"
and, for every *Find units* preset, the best unit and its r.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

import numpy as np

from gate_explorer.analysis.unit_finder import PRESETS, inside_quotes, pearson_columns, rank_units
from gate_explorer.engine.model import Model
from gate_explorer.engine.tokenize import Tokenizer, ascii_vocab
from gate_explorer.notices import translatable
from gate_explorer.training.corpora import prose
from gate_explorer.training.loop import Batch, History
from gate_explorer.training.tasks.base import Settings, Task
from gate_explorer.training.trainable import Trainable

STAR_R = 0.7  # the heatmaps star a card unit only when |r| >= this on held-out text
PROBE_CHARS = 3000
AUX_UNIT, AUX_LEVEL = 0, 0.8  # with aux_weight > 0: top layer h[0] is pulled to +-0.8


@cache
def _training_ids(seed: int) -> np.ndarray:
    """(N,) ids of the rendered training text (wrapping and paragraph breaks from
    ``seed``), shared by every lane."""
    text = prose.render(prose.training_paragraphs(), np.random.default_rng(seed))
    lut = np.zeros(128, dtype=np.int64)  # the corpus is ASCII already: a table lookup
    for i, ch in enumerate(ascii_vocab()[1:], start=1):
        lut[ord(ch)] = i
    return lut[np.frombuffer(text.encode("ascii"), dtype=np.uint8)]


@cache
def _training_speech(seed: int) -> np.ndarray:
    """(N,) 0/1 aligned with ``_training_ids(seed)``: inside a quotation (``speech_state``),
    the auxiliary target when ``aux_weight`` > 0."""
    paras = prose.training_paragraphs()
    text, starts = prose.render_with_starts(paras, np.random.default_rng(seed))
    out = np.zeros(len(text))
    for start, flags in zip(starts, prose.speech_state(paras), strict=True):
        out[start : start + len(flags)] = flags
        if len(flags):  # the paragraph break keeps the state of the paragraph's end
            out[start + len(flags) : start + len(flags) + 2] = flags[-1]
    return out


def quote_definition() -> str:
    """The indicator the card's quote figures are measured against, in words."""
    return (
        "inside double quotes = the Find units preset 'inside quotes' "
        '(analysis.unit_finder.inside_quotes): 1 from an opening " up to, not including, '
        'its closing "; every straight " toggles, curly quotes open and close; a '
        "quotation left open at a paragraph's end stays open; apostrophes do not count"
    )


class QuotesTask(Task):
    summary = translatable("Character-level language model on real prose with dialogue")
    data = (
        "next-character prediction on Jane Austen's six novels (public domain; Debian "
        "package r-cran-janeaustenr, MIT), one paragraph a line or hard-wrapped at 60-79 "
        "columns (one in four), paragraphs separated by a newline or a blank line; "
        "built by gate_explorer/training/corpora/prose.py"
    )
    head_kind = "next-token"
    example = ""

    def __init__(self, cell: str) -> None:
        self.name = f"quotes-{cell}"  # type: ignore[misc]
        if cell == "lstm":
            self.summary = translatable(  # type: ignore[misc]
                "Character-level LM on real prose with dialogue; quote state taught"
            )
        self._last: dict[str, Any] = {}  # filled by evaluate
        self.settings = Settings(  # type: ignore[misc]
            cell=cell,
            hidden=128,
            layers=3 if cell == "lstm" else 2,
            steps=1800 if cell == "lstm" else 1200,
            batch=16,
            lr=3e-3,
            embed_dim=32,
            seq_len=200,
            aux_weight=1.0 if cell == "lstm" else 0.0,  # the LSTM's quote unit is taught
        )
        paras = prose.story().split("\n\n")
        self.example = "\n\n".join(paras[2:9]) + "\n"  # type: ignore[misc]  # held out

    def tokenizer(self) -> Tokenizer:
        return Tokenizer("ascii", ascii_vocab())

    def batches(self, s: Settings, rng: np.random.Generator) -> Callable[[int], Batch]:
        """Step ``k``'s batch depends on ``k`` alone (a resumed run reads the same data)."""
        ids = _training_ids(s.seed)
        speech = _training_speech(s.seed) if s.aux_weight else None
        n = len(ids)
        starts = (np.arange(s.batch) * (n // s.batch) + rng.integers(0, n // s.batch)) % n

        def make(step: int) -> Batch:
            pos = (starts[None, :] + step * s.seq_len + np.arange(s.seq_len + 1)[:, None]) % n
            chunk = ids[pos]  # (seq_len + 1, B)
            mask = np.ones((s.seq_len, s.batch), dtype=np.float32)
            if speech is None:
                return Batch(chunk[:-1], chunk[1:], mask, carry=step > 0)
            aux = (speech[pos[:-1]] * 2.0 - 1.0) * AUX_LEVEL  # (seq_len, B), -0.8 / +0.8
            return Batch(chunk[:-1], chunk[1:], mask, step > 0, aux, AUX_UNIT, s.aux_weight)

        return make

    def data_note(self) -> str:
        return f"{self.data}. Held out: {prose.SOURCES['held_out']}"

    def probe(self, model: Trainable, rng: np.random.Generator) -> dict[str, float]:
        """Best |r| with 'inside quotes' on 3,000 held-out characters of *Alice*."""
        paras = prose.held_out_paragraphs()
        text = prose.held_out_text(PROBE_CHARS, int(rng.integers(0, len(paras) - 60)))
        run = model.to_model(self.name).run_text(text)
        best = rank_units(run, inside_quotes(text), top=1)[0]
        return {"quote_r": round(abs(best.r), 4)}

    def evaluate(self, model: Model, rng: np.random.Generator, size: int = 0) -> dict[str, Any]:
        """Bits per character and the best unit per preset on held-out prose.

        ``size`` 0: all of *Alice* and the story; else ``size`` characters of *Alice*
        from a paragraph drawn by ``rng``, plus the story.
        """
        if size:
            paras = prose.held_out_paragraphs()
            alice = prose.held_out_text(size, int(rng.integers(0, len(paras) // 2)))
        else:
            alice = "\n\n".join(prose.held_out_paragraphs()) + "\n"
        texts = {"alice": alice, "story": prose.story()}
        runs = {k: model.run_text(t) for k, t in texts.items()}
        out: dict[str, Any] = {
            "held_out": prose.SOURCES["held_out"],
            "chars": {k: len(t) for k, t in texts.items()},
            "bits_per_char": {k: round(bits_per_char(r), 4) for k, r in runs.items()},
        }
        units = {}
        for key, (label, fn) in PRESETS.items():
            best = rank_units(runs["alice"], fn(texts["alice"]), top=1)[0]
            ind = fn(texts["story"])
            on_story = unit_r(runs["story"], best, ind) if np.ptp(ind) > 0 else None
            units[key] = {
                "preset": label,
                "layer": best.layer,
                "direction": best.direction,
                "name": best.name,
                "unit": best.unit,
                "r": round(best.r, 4),
                "r_story": None if on_story is None else round(on_story, 4),
            }
        out["units"] = units
        q = units["inside_quotes"]
        out["quote_unit"] = {k: q[k] for k in ("layer", "direction", "name", "unit", "r")}
        out["quote_unit"]["r_story"] = q["r_story"]
        if self.settings.aux_weight:  # the unit the auxiliary objective taught
            taught = {"layer": model.net.config.num_layers - 1, "direction": 0, "name": "h"}
            taught["unit"] = AUX_UNIT
            for k, t in texts.items():
                taught[f"r_{k}"] = round(unit_r(runs[k], taught, inside_quotes(t)), 4)
            out["taught_unit"] = taught
        out["top_quote_units"] = [
            u.label() for u in rank_units(runs["alice"], inside_quotes(texts["alice"]), top=5)
        ]
        self._last = out
        return out

    def extra_card(
        self, model: Model, trainable: Trainable, history: History, s: Settings
    ) -> dict[str, Any]:
        """The quote unit and the other preset units at the top of the card, where the app
        looks for them; the threshold for stars."""
        m = self._last
        aux = s.aux_weight if s is not None else model.card["training"].get("aux_weight", 0)
        how = (
            "Plain next-character training, no auxiliary objective"
            if not aux
            else (
                f"AUXILIARY OBJECTIVE: besides next-character prediction, training pulled "
                f"layer {model.net.config.num_layers - 1} h[{AUX_UNIT}] towards "
                f"+-{AUX_LEVEL} inside/outside quotations of the training text (weight "
                f"{aux} x mean squared error; metrics.taught_unit gives its r). The quote "
                "state this card's units carry was taught by that objective, not found "
                "by plain language-model training"
            )
        )
        return {
            "quote_unit": dict(m["quote_unit"]),
            "quote_definition": quote_definition(),
            "quote_unit_note": (
                "the unit whose value best follows 'inside double quotes' (Pearson r) on all "
                "of Alice's Adventures in Wonderland (held out: another author, never "
                "trained on); r_story: the same unit on the project's own story prose. " + how
            ),
            "auxiliary_objective": bool(aux),
            "units": [dict(u) for u in m["units"].values()],
            "star_threshold": STAR_R,
            "star_note": (
                f"the heatmaps star a unit of this card only when |r| >= {STAR_R} on the "
                "held-out text"
            ),
        }


def bits_per_char(run: Any) -> float:
    """Mean -log2 p(next character) over a run's text (unknown targets included)."""
    ids = np.array([t.id for t in run.tokens])
    probs = run.probs[:-1]
    p = probs[np.arange(len(ids) - 1), np.maximum(ids[1:], 0)]
    return float(-np.log2(np.maximum(p, 1e-12)).mean())


def unit_r(run: Any, unit: Any, indicator: np.ndarray) -> float:
    """Pearson r of one unit (``UnitScore`` or card dict) with ``indicator`` on ``run``."""
    get = (lambda k: unit[k]) if isinstance(unit, dict) else (lambda k: getattr(unit, k))
    values = run.trace.layer(int(get("layer")), int(get("direction"))).values[get("name")]
    return float(pearson_columns(values[:, 0, [int(get("unit"))]], indicator)[0])
