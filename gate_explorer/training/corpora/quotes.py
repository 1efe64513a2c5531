"""Prose rich in double quotes and parentheses: stories whose characters speak docstrings.

Narration comes from a small story grammar (people, rooms, gestures, parenthetical asides
in brackets); everything said aloud is real English from Python's docstrings
(``speech.txt.gz``, see ``build.py``), 1-4 sentences per quotation. The two registers
differ in words, tense and rhythm, and a closing quote can only be predicted by knowing
that a quotation is open, so the quote state matters at almost every character.
Sentences are split by a stable hash: one in ten is held out for evaluation only.
"""

from __future__ import annotations

import gzip
import zlib
from functools import cache
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent

NAMES = (
    "Mary Tom Alice Peter Clara James Eleanor Hugh Martha George Lucy Henry Agnes Walter "
    "Edith Arthur Rose Samuel".split()
)
PEOPLE = (*NAMES, "the old man", "the girl", "her brother", "my aunt", "the doctor", "the clerk")
TIMES = (
    "In the evening",
    "After a while",
    "At last",
    "For a moment",
    "Later that night",
    "Before dinner",
    "That morning",
    "Outside",
)
ACTS = (
    "walked to the window",
    "sat down by the fire",
    "looked at {n}",
    "smiled",
    "shook her head",
    "shook his head",
    "closed the door",
    "poured the tea",
    "laughed softly",
    "turned away",
    "picked up the letter",
    "stared at the floor",
    "nodded slowly",
    "put down the cup",
    "leaned back in the chair",
    "waited",
    "opened the book again",
    "glanced at the clock",
    "folded the map",
    "rubbed his eyes",
    "lit a candle",
    "walked along the river",
    "stood by the gate",
)
ASIDES = (
    "it was raining again",
    "she had not slept",
    "the clock said nine",
    "nobody answered",
    "he always did",
    "the dog was asleep",
    "as usual",
    "or so it seemed",
    "the lamp was still on",
    "it was very late",
    "this was the third time",
    "the house was cold",
)
SAY = ("said", "asked", "replied", "whispered", "muttered", "answered", "added", "explained")
HOW = ("quietly", "at last", "with a sigh", "slowly", "again", "to nobody", "firmly")


@cache
def speech_sentences(held_out: bool) -> tuple[str, ...]:
    """Docstring sentences; ``held_out`` picks the tenth kept for evaluation."""
    lines = gzip.decompress((HERE / "speech.txt.gz").read_bytes()).decode("ascii").split("\n")
    return tuple(s for s in lines if s and (zlib.crc32(s.encode()) % 10 == 0) == held_out)


def _pick(rng: np.random.Generator, items: tuple[str, ...]) -> str:
    return items[int(rng.integers(len(items)))]


def _person(rng: np.random.Generator, first: bool = True) -> str:
    p = _pick(rng, PEOPLE)
    return p[0].upper() + p[1:] if first else p


def narration(rng: np.random.Generator) -> str:
    """One narrative sentence, sometimes with an aside in parentheses."""
    act = _pick(rng, ACTS).format(n=_pick(rng, NAMES))
    subject = _person(rng)
    if rng.random() < 0.3:
        subject = f"{_pick(rng, TIMES)}, {_person(rng, False)}"
    s = f"{subject} {act}"
    if rng.random() < 0.4:
        s += " and " + _pick(rng, ACTS).format(n=_pick(rng, NAMES))
    if rng.random() < 0.35:
        s += f" ({_pick(rng, ASIDES)})"
    return s + "."


def first_person(rng: np.random.Generator) -> str:
    """A spoken sentence in the narration's own words, told in the first person."""
    act = _pick(rng, ACTS).format(n=_pick(rng, NAMES)).replace("his ", "my ").replace("her ", "my ")
    s = f"{_pick(rng, ('I', 'We', 'Then I', 'So I'))} {act}"
    if rng.random() < 0.3:
        s += f" ({_pick(rng, ASIDES)})"
    return s + "."


def quotation(rng: np.random.Generator, pool: tuple[str, ...]) -> str:
    """1-4 spoken sentences, each ending in a full stop: mostly docstring English, a
    quarter told in the narration's own words (first person), so the words alone do not
    always tell whether a quotation is open."""
    count = int(rng.choice([1, 1, 2, 2, 3, 4]))
    return " ".join(
        first_person(rng) if rng.random() < 0.25 else _pick(rng, pool) for _ in range(count)
    )


def speech(rng: np.random.Generator, pool: tuple[str, ...]) -> str:
    """A quotation with its attribution, in one of four common shapes."""
    words = quotation(rng, pool)
    who = _person(rng)
    verb = _pick(rng, SAY)
    shape = rng.random()
    if shape < 0.3:
        return f'{who} {verb}, "{words}"'
    if shape < 0.6:
        return f'"{words[:-1]}," {verb} {_person(rng, False)}.'
    if shape < 0.8:
        return f'"{words}" {who} {verb} {_pick(rng, HOW)}.'
    return f'"{words}"'


def paragraph(rng: np.random.Generator, held_out: bool = False) -> str:
    """A paragraph of 2-6 items mixing narration and speech, ending in a newline."""
    pool = speech_sentences(held_out)
    items = []
    for _ in range(int(rng.integers(2, 7))):
        if rng.random() < 0.45:
            items.append(speech(rng, pool))
        else:
            items.extend(narration(rng) for _ in range(int(rng.integers(1, 4))))
    return " ".join(items) + "\n"


def text(rng: np.random.Generator, chars: int, held_out: bool = False) -> str:
    """At least ``chars`` characters of whole paragraphs."""
    parts: list[str] = []
    total = 0
    while total < chars:
        parts.append(paragraph(rng, held_out))
        total += len(parts[-1])
    return "".join(parts)


def alphabet() -> tuple[str, ...]:
    """Every character the corpus can produce, sorted (for a char vocabulary)."""
    chars = set("".join(speech_sentences(False) + speech_sentences(True)))
    for group in (NAMES, PEOPLE, TIMES, ACTS, ASIDES, SAY, HOW):
        chars.update("".join(group))
    chars.update('"(),.\n ')
    return tuple(sorted(chars))
