"""Tokenizers: text -> tokens with ids, positions and an unknown flag.

Three kinds, named in bundles: ``char`` (every character), ``word`` (whitespace-separated)
and ``number`` (numbers separated by spaces or commas; the value itself is the input).
A token not in the vocabulary maps to the ``<unk>`` id when the vocabulary has one, else
to id -1, which embeds as a zero vector; either way it is marked ``known=False``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from gate_explorer.errors import GateExplorerError

UNK = "<unk>"
TOKENIZERS = ("char", "word", "number")
_WORD = re.compile(r"\S+")
_NUMBER_ITEM = re.compile(r"[^\s,]+")
_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"
# Every character ``re``'s \s matches (the same as str.isspace): separators of word tokens.
WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680"
    + "".join(chr(c) for c in range(0x2000, 0x200B))
    + "\u2028\u2029\u202f\u205f\u3000"
)
EXACT_COUNT_CHARS = 200_000  # up to this length max_tokens counts separators (~3 ms)
NUMBER_LIMIT = 3.4028234663852886e38  # float32's largest: a number beyond it is unknown


def why_unknown(token: Token, kind: str) -> str:
    """Why a token is unknown, for tooltips and notes: "" for a known token."""
    if token.known:
        return ""
    if kind != "number":
        return "not in the vocabulary"
    if token.value is None:
        return "not a number: fed as 0"
    if token.value != token.value:
        return "NaN: fed as 0"
    if abs(token.value) == float("inf"):
        return "infinite: fed as 0"
    return "beyond float32's range (3.4e38): fed as 0"


def replace_surrogates(text: str) -> tuple[str, int]:
    """``text`` with every lone surrogate replaced by U+FFFD, and how many there were.

    A Python string gets them from bytes that are not UTF-8 (``sys.argv`` decodes those
    as ``\\udcXX``) or from JSON escapes such as ``"\\ud800"``; UTF-8 cannot store them.
    """
    count = len(_SURROGATE.findall(text))
    return (_SURROGATE.sub(REPLACEMENT, text), count) if count else (text, 0)


@dataclass(frozen=True)
class Token:
    """One token: its text, id (-1 when unknown without ``<unk>``), and span in the text."""

    text: str
    id: int
    known: bool
    start: int
    end: int
    value: float | None = None  # for the number tokenizer


@dataclass(frozen=True)
class Tokenizer:
    """Splits text by ``kind`` and looks tokens up in ``vocab`` (index = id)."""

    kind: str
    vocab: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.kind not in TOKENIZERS:
            raise GateExplorerError(
                f"unknown tokenizer {self.kind!r}; expected one of {', '.join(TOKENIZERS)}"
            )
        object.__setattr__(self, "vocab", tuple(self.vocab))
        object.__setattr__(self, "_index", {t: i for i, t in enumerate(self.vocab)})

    @property
    def unk_id(self) -> int:
        return self._index.get(UNK, -1)  # type: ignore[attr-defined]

    def spans(self, text: str) -> list[tuple[str, int, int]]:
        """(piece, start, end) for every token of ``text``."""
        if self.kind == "char":
            return [(ch, i, i + 1) for i, ch in enumerate(text)]
        pattern = _WORD if self.kind == "word" else _NUMBER_ITEM
        return [(m.group(), m.start(), m.end()) for m in pattern.finditer(text)]

    def max_tokens(self, text: str) -> int:
        """An upper bound on ``len(self.tokenize(text))`` without tokenizing (no allocation).

        Exact for ``char``; for words and numbers, one more than the separators (counted
        with ``str.count``) up to ``EXACT_COUNT_CHARS`` characters, and beyond that simply
        the length: a guard can size a run before the text is split, in microseconds.
        """
        n = len(text)
        if self.kind == "char" or n == 0 or n > EXACT_COUNT_CHARS:
            return n
        seps = WHITESPACE + ("," if self.kind == "number" else "")
        if text.isascii():
            seps = "".join(c for c in seps if c.isascii())
        return min(n, 1 + sum(text.count(c) for c in seps))

    def tokenize(self, text: str) -> list[Token]:
        """Split and look up; never raises on unknown tokens (they are marked)."""
        out = []
        index: dict[str, int] = self._index  # type: ignore[attr-defined]
        for piece, start, end in self.spans(text):
            if self.kind == "number":
                try:
                    value = float(piece)
                    known = abs(value) <= NUMBER_LIMIT  # False for NaN, inf, 1e39
                except ValueError:
                    value, known = None, False
                out.append(Token(piece, 0 if known else -1, known, start, end, value))
                continue
            tid = index.get(piece)
            if tid is None:
                out.append(Token(piece, self.unk_id, False, start, end))
            else:
                out.append(Token(piece, tid, True, start, end))
        return out

    def join(self, pieces: Sequence[str]) -> str:
        """Text from tokens: chars concatenate, words and numbers join with spaces."""
        return "".join(pieces) if self.kind == "char" else " ".join(pieces)
