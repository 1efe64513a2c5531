"""A Korean character language model: one step per Hangul syllable, as one is typed.

Trained on LibreOffice's Korean help pages, judged on the GIMP manual and the Debian FAQ
in Korean (other translators, other software; see ``training/corpora/korean.py``).
The vocabulary is ``<unk>``, printable ASCII, newline, and every syllable seen at least
``MIN_COUNT`` times in the training text; rarer syllables (and any other character) are
``<unk>``: still one step, counted in the card's unknown share.

The card gives bits per character on each held-out text and, for every *Find units*
preset, the unit that follows it best on the GIMP manual and the same unit's r on the
Debian FAQ (a text not used to choose it); the heatmaps star a unit only when its r on
the FAQ reaches ``STAR_R``.
"""

from __future__ import annotations

import gzip
from collections import Counter
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from gate_explorer.analysis.unit_finder import PRESETS, pearson_columns, rank_units
from gate_explorer.engine.model import Model
from gate_explorer.engine.tokenize import UNK, Tokenizer
from gate_explorer.notices import translatable
from gate_explorer.training.corpora.korean import HELD_OUT, TRAIN, is_hangul
from gate_explorer.training.loop import Batch, History
from gate_explorer.training.tasks.base import Settings, Task
from gate_explorer.training.trainable import Trainable

CORPORA = Path(__file__).resolve().parent.parent / "corpora"
MIN_COUNT = 3
CHUNK_CHARS = 8_000  # held-out text is run in chunks of whole paragraphs, each from zero state
SELECT_CHARS = 24_000  # units are chosen on this much of the GIMP manual
PROBE_CHARS = 3_000  # held-out bits per character during training, on this much of it
SLICE_CHARS = 2_000  # the card says how far the figure on a slice this long strays
SLICE_SOURCE, SLICE_START = "debian-faq-ko", 20_000  # the slice tests/ keeps a copy of
STAR_R = 0.5  # the heatmaps star a card unit only when |r| on the Debian FAQ reaches this
ASCII = (*(chr(c) for c in range(0x20, 0x7F)), "\n")
LICENCES = {
    "libreoffice-help-ko": "MPL-2.0",
    "gimp-help-ko": "GNU FDL 1.2 or later",
    "debian-faq-ko": "GPL-2+",
}
WHAT = {
    "libreoffice-help-ko": "LibreOffice's help pages in Korean",
    "gimp-help-ko": "the GIMP user manual in Korean",
    "debian-faq-ko": "the Debian FAQ in Korean",
}


@cache
def corpus(part: str) -> str:
    """The text of ``train``, of one held-out package (``gimp-help-ko``,
    ``debian-faq-ko``) or of ``heldout`` (both): one paragraph a line."""
    if part == "heldout":
        return "".join(corpus(name) for name in HELD_OUT)
    stem = "korean-train" if part == "train" else f"korean-heldout-{part}"
    return gzip.decompress((CORPORA / f"{stem}.txt.gz").read_bytes()).decode("utf-8")


@cache
def vocabulary() -> tuple[str, ...]:
    """``<unk>``, printable ASCII and newline, then the training text's frequent syllables."""
    counts = Counter(ch for ch in corpus("train") if is_hangul(ch))
    syllables = sorted(ch for ch, n in counts.items() if n >= MIN_COUNT)
    return (UNK, *ASCII, *syllables)


@cache
def training_ids() -> np.ndarray:
    """(N,) token ids of the training text (``<unk>`` = 0 for the rare syllables)."""
    lookup = {ch: i for i, ch in enumerate(vocabulary())}
    return np.array([lookup.get(ch, 0) for ch in corpus("train")], dtype=np.int64)


def source_note(name: str) -> str:
    """E.g. ``gimp-help-ko (the GIMP user manual in Korean; GNU FDL 1.2 or later)``."""
    return f"{name} ({WHAT[name]}; {LICENCES[name]})"


def example_text() -> str:
    """Prose paragraphs of the Debian FAQ (held out) whose every character is known."""
    known = set(vocabulary())
    paras = [p for p in corpus("debian-faq-ko").split("\n") if len(p) >= 80]
    good = [p for p in paras if set(p) <= known and p.count(" ") >= 10]
    return "\n".join(good[:3]) + "\n"


class KoreanTask(Task):
    name = "korean-lstm"
    summary = translatable("Korean character language model (one step per syllable)")
    data = ""
    settings = Settings(
        cell="lstm", hidden=256, layers=1, steps=3500, batch=32, lr=3e-3, embed_dim=48,
        seq_len=80,
    )  # fmt: skip

    def __init__(self) -> None:
        self.example = example_text()  # type: ignore[misc]
        self._last: dict[str, Any] = {}  # filled by evaluate

    def tokenizer(self) -> Tokenizer:
        return Tokenizer("char", vocabulary())

    def data_note(self) -> str:
        train = corpus("train")
        return (
            f"next-character prediction on {len(train):,} characters of Korean prose: "
            f"{', '.join(source_note(n) for n in TRAIN)}, a Debian package; paragraphs of "
            "help pages with >= 40% Hangul letters, one a line (built by "
            "gate_explorer/training/corpora/korean.py). Vocabulary: <unk>, printable ASCII, "
            f"newline and the {len(vocabulary()) - 1 - len(ASCII)} Hangul syllables seen at "
            f"least {MIN_COUNT} times in the training text. Held out (never trained on): "
            + " and ".join(source_note(n) for n in HELD_OUT)
        )

    def batches(self, s: Settings, rng: np.random.Generator) -> Callable[[int], Batch]:
        """Step ``k``'s batch depends on ``k`` alone (a resumed run reads the same data):
        lane ``b`` reads the training text on from its own start, ``seq_len`` a step."""
        ids = training_ids()
        n = len(ids)
        starts = (np.arange(s.batch) * (n // s.batch) + rng.integers(0, n // s.batch)) % n

        def make(step: int) -> Batch:
            pos = (starts[None, :] + step * s.seq_len + np.arange(s.seq_len + 1)[:, None]) % n
            chunk = ids[pos]  # (seq_len + 1, B)
            mask = np.ones((s.seq_len, s.batch), dtype=np.float32)
            return Batch(chunk[:-1], chunk[1:], mask, carry=step > 0)

        return make

    def probe(self, model: Trainable, rng: np.random.Generator) -> dict[str, float]:
        """Bits per character on the GIMP manual's first ``PROBE_CHARS`` characters
        (held out), a few times during training: the curve shows any over-fitting."""
        text = _head(corpus(HELD_OUT[0]), PROBE_CHARS)
        return {"heldout_bpc": round(bits_per_char(model.to_model(self.name), text), 4)}

    def evaluate(self, model: Model, rng: np.random.Generator, size: int = 0) -> dict[str, Any]:
        """Bits per character on each held-out text and the best unit per preset.

        ``size`` 0: all of both texts; else their first ``size`` characters (whole
        paragraphs). Units are chosen on the GIMP manual's first ``SELECT_CHARS``
        characters (or ``size``) and measured again on the Debian FAQ.
        """
        texts = {n: _head(corpus(n), size) if size else corpus(n) for n in HELD_OUT}
        scores = {n: score_text(model, t) for n, t in texts.items()}
        total = sum(s.targets for s in scores.values())
        out: dict[str, Any] = {
            "held_out": " and ".join(source_note(n) for n in HELD_OUT),
            "chars": {n: len(t) for n, t in texts.items()},
            "bits_per_char": {n: round(s.bpc, 4) for n, s in scores.items()},
            "bits_per_char_all": round(sum(s.bits for s in scores.values()) / total, 4),
            "unknown_share": {n: round(s.unknown_share, 4) for n, s in scores.items()},
            "unigram_bits_per_char": {n: round(unigram_bpc(t), 4) for n, t in texts.items()},
            "vocabulary": len(model.tokenizer.vocab),
            "units": find_units(model, texts, size or SELECT_CHARS),
        }
        if not size:
            out["slice_chars"] = SLICE_CHARS
            out["slice_spread"] = {
                n: round(slice_spread(model, t, scores[n].bpc), 4) for n, t in texts.items()
            }
            piece = heldout_slice()
            out["slice"] = {
                "source": SLICE_SOURCE,
                "start": SLICE_START,
                "chars": len(piece),
                "bits_per_char": round(bits_per_char(model, piece), 4),
            }
        self._last = out
        return out

    def extra_card(
        self, model: Model, trainable: Trainable | None, history: History | None, s: Settings
    ) -> dict[str, Any]:
        """The preset units at the top of the card, where the app looks for them."""
        choose, check = HELD_OUT
        return {
            "units": [dict(u) for u in self._last["units"].values()],
            "units_note": (
                f"for every Find units preset, the unit whose value follows it best (Pearson "
                f"r) on the first {SELECT_CHARS:,} characters of {choose} (r_chosen), and "
                f"the same unit's r on all of {check} (r), a text not used to choose it"
            ),
            "metrics_note": (
                f"held out: all of {choose} and {check}, Debian packages translated by other "
                "people for other software, never trained on (no random draw)"
            ),
            "star_threshold": STAR_R,
            "star_note": (
                f"the heatmaps star a unit of this card only when |r| >= {STAR_R} on {check}"
            ),
            "unigram_note": (
                "unigram_bits_per_char: the same held-out text scored by the training "
                "text's character frequencies alone (add-one smoothed), no context"
            ),
            "slice_note": (
                f"slice_spread: the largest difference between the bits per character of one "
                f"{SLICE_CHARS:,}-character slice (whole paragraphs) and of the whole text; "
                "slice: the figure on the one slice tests/training/data/korean_heldout.txt "
                "keeps"
            ),
            "unknown_note": (
                "a character outside the vocabulary (a rare syllable, Hanja, a symbol) is "
                "one <unk> step; its bits are those of the model's p(<unk>)"
            ),
        }


class TextScore:
    """Summed bits over the predicted next characters of one text, and its unknowns."""

    def __init__(self) -> None:
        self.bits = 0.0
        self.targets = 0
        self.tokens = 0
        self.unknown = 0

    @property
    def bpc(self) -> float:
        return self.bits / max(self.targets, 1)

    @property
    def unknown_share(self) -> float:
        return self.unknown / max(self.tokens, 1)


def chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[str]:
    """``text`` in pieces of whole lines, each at most ``size`` characters (a longer line is
    a piece of its own)."""
    piece: list[str] = []
    length = 0
    for line in text.splitlines(keepends=True):
        if piece and length + len(line) > size:
            yield "".join(piece)
            piece, length = [], 0
        piece.append(line)
        length += len(line)
    if piece:
        yield "".join(piece)


def _head(text: str, chars: int) -> str:
    """The whole lines of ``text`` that fit in its first ``chars`` characters (at least one)."""
    return next(chunks(text, chars), "")


def score_text(model: Model, text: str) -> TextScore:
    """-log2 p(next character) summed over ``text``, run in chunks of whole paragraphs
    (each from zero state); an unknown next character counts with p(``<unk>``)."""
    out = TextScore()
    for piece in chunks(text):
        run = model.run_text(piece)
        ids = np.array([t.id for t in run.tokens])
        probs = run.probs[:-1]  # type: ignore[index]
        p = probs[np.arange(len(ids) - 1), ids[1:]]
        out.bits += float(-np.log2(np.maximum(p, 1e-12)).sum())
        out.targets += len(ids) - 1
        out.tokens += len(ids)
        out.unknown += sum(not t.known for t in run.tokens)
    return out


def bits_per_char(model: Model, text: str) -> float:
    """Mean bits per predicted character of ``text`` (see ``score_text``)."""
    return score_text(model, text).bpc


def heldout_slice() -> str:
    """The whole lines of ``SLICE_SOURCE`` that fit in ``SLICE_CHARS`` characters from the
    first line starting after character ``SLICE_START``: the slice the tests keep."""
    text = corpus(SLICE_SOURCE)
    start = text.index("\n", SLICE_START) + 1
    return _head(text[start:], SLICE_CHARS)


def unigram_bpc(text: str) -> float:
    """Bits per character of ``text`` under the training text's character frequencies
    (add-one smoothed over the vocabulary; unknowns as ``<unk>``): the baseline a model
    that ignores context reaches."""
    vocab = vocabulary()
    counts = np.bincount(training_ids(), minlength=len(vocab)) + 1.0
    logp = np.log2(counts / counts.sum())
    lookup = {ch: i for i, ch in enumerate(vocab)}
    ids = np.array([lookup.get(ch, 0) for ch in text[1:]], dtype=np.int64)
    return float(-logp[ids].mean())


def slice_spread(model: Model, text: str, bpc: float, chars: int = SLICE_CHARS) -> float:
    """The largest |bits per character of one slice - ``bpc``| over ``text`` cut into
    slices of whole lines, about ``chars`` long (a slice that short is a noisy figure)."""
    pieces = [p for p in chunks(text, chars) if len(p) >= chars // 2]
    return max(abs(bits_per_char(model, p) - bpc) for p in pieces)


def unit_values(model: Model, text: str, unit: dict[str, Any]) -> tuple[np.ndarray, np.ndarray]:
    """(T,) values of one card unit over ``text`` and (T,) its preset's indicator, run
    chunk by chunk as ``score_text`` does."""
    fn = PRESETS[unit["key"]][1]
    values, indicator = [], []
    for piece in chunks(text):
        run = model.run_text(piece)
        layer = run.trace.layer(int(unit["layer"]), int(unit["direction"]))
        values.append(layer.values[unit["name"]][:, 0, int(unit["unit"])])
        indicator.append(fn(piece))
    return np.concatenate(values), np.concatenate(indicator)


def unit_r(model: Model, text: str, unit: dict[str, Any]) -> float:
    """Pearson r of one card unit with its preset on ``text`` (0 when the preset is
    constant there)."""
    values, indicator = unit_values(model, text, unit)
    return float(pearson_columns(values[:, None], indicator)[0])


def find_units(model: Model, texts: dict[str, str], select: int) -> dict[str, dict[str, Any]]:
    """For each preset: the best unit on the first ``select`` characters of the first
    text, and its r on all of the second."""
    choose, check = HELD_OUT
    sample = _head(texts[choose], select)
    run = model.run_text(sample)
    units = {}
    for key, (label, fn) in PRESETS.items():
        indicator = fn(sample)
        if np.ptp(indicator) == 0:
            continue
        best = rank_units(run, indicator, top=1)[0]
        unit: dict[str, Any] = {
            "preset": label,
            "key": key,
            "layer": best.layer,
            "direction": best.direction,
            "name": best.name,
            "unit": best.unit,
            "r_chosen": round(best.r, 4),
        }
        unit["r"] = round(unit_r(model, texts[check], unit), 4)
        units[key] = unit
    return units
