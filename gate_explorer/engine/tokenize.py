"""Tokenizers: text -> tokens with ids, positions and an unknown flag.

Kinds, named in bundles: ``char`` (every character), ``word`` (whitespace-separated,
looked up as written), ``number`` (numbers separated by spaces or commas; the value itself
is the input), ``ascii`` (every character, looked up after ``fold_ascii``: typographic
punctuation and accented letters from a web paste count as the ASCII character they stand
for) and ``wordpunct`` (words as a reader sees them: punctuation split off, ``n't`` and
``'s``-like endings split from their word, looked up lower-cased with typographic quotes
and accents folded by ``fold``; each token keeps the text as typed).
A token not in the vocabulary maps to the ``<unk>`` id when the vocabulary has one, else
to id -1, which embeds as a zero vector; either way it is marked ``known=False``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable

UNK = "<unk>"
TOKENIZERS = ("char", "word", "number", "ascii", "wordpunct")
_WORD = re.compile(r"\S+")
_NUMBER_ITEM = re.compile(r"[^\s,]+")
# wordpunct: a word's letters and digits (``don't`` -> ``do`` ``n't``; ``it's`` -> ``it``
# ``'s``), a clitic, or any other single non-space character (``!``, ``,``, ``"`` ...)
_APOS = "'\u2019\u2018"
_WORDPUNCT = re.compile(
    rf"[^\W_]+?(?=n[{_APOS}]t\b)|n[{_APOS}]t\b|(?<=[^\W_])[{_APOS}](?:s|re|ve|ll|d|m)\b"
    r"|[^\W_]+|\S",
    re.IGNORECASE,
)
_FOLD = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2014": "-"}
    | {"\u2013": "-", "\u2026": "."}
)


def fold(piece: str) -> str:
    """The key a ``wordpunct`` token is looked up by: lower case, ASCII quotes, no accents."""
    text = unicodedata.normalize("NFKD", piece.translate(_FOLD).lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


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
        return translatable("not in the vocabulary")
    if token.value is None:
        return translatable("not a number: fed as 0")
    if token.value != token.value:
        return translatable("NaN: fed as 0")
    if abs(token.value) == float("inf"):
        return translatable("infinite: fed as 0")
    return translatable("beyond float32's range (3.4e38): fed as 0")


_BREAKS = str.maketrans({"\n": "↵", "\t": "⇥"})
_BREAKS_AND_SPACES = str.maketrans({"\n": "↵", "\t": "⇥", " ": "␣"})


def visible_whitespace(text: str, spaces: bool = False) -> str:
    """A token's text for display: newline as ↵ and tab as ⇥ (and, with ``spaces``, space
    as ␣), one character each, so a label or a column of text keeps its width."""
    return text.translate(_BREAKS_AND_SPACES if spaces else _BREAKS)


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
                translatable("unknown tokenizer {kind!r}; expected one of {names}").format(
                    kind=self.kind, names=", ".join(TOKENIZERS)
                )
            )
        object.__setattr__(self, "vocab", tuple(self.vocab))
        object.__setattr__(self, "_index", {t: i for i, t in enumerate(self.vocab)})

    @property
    def unk_id(self) -> int:
        return self._index.get(UNK, -1)  # type: ignore[attr-defined]

    def spans(self, text: str, start: int = 0) -> list[tuple[str, int, int]]:
        """(piece, start, end) for every token of ``text`` that starts at ``start`` or later
        (``start`` must be a token boundary: 0, a separator, or any position for chars)."""
        if self.kind in ("char", "ascii"):
            return [(ch, i, i + 1) for i, ch in enumerate(text[start:], start)]
        pattern = {"word": _WORD, "wordpunct": _WORDPUNCT}.get(self.kind, _NUMBER_ITEM)
        return [(m.group(), m.start(), m.end()) for m in pattern.finditer(text, start)]

    def boundary_before(self, text: str, pos: int) -> int:
        """A position <= ``pos`` where ``text`` can be split into tokens independently:
        tokens ending at or before it do not depend on the text after ``pos``, and
        ``tokenize(text, start=it)`` gives exactly the rest (``engine.incremental``)."""
        pos = min(max(pos, 0), len(text))
        if self.per_char:
            return pos
        while pos > 0 and not text[pos - 1].isspace():
            pos -= 1
        return max(pos - 1, 0)  # the separator itself: lookbehinds see a space

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

    def tokenize(self, text: str, start: int = 0) -> list[Token]:
        """Split and look up; never raises on unknown tokens (they are marked).

        With ``start`` (a ``boundary_before`` position) only the tokens from there on."""
        out = []
        index: dict[str, int] = self._index  # type: ignore[attr-defined]
        for piece, begin, end in self.spans(text, start):
            if self.kind == "number":
                try:
                    value = float(piece)
                    known = abs(value) <= NUMBER_LIMIT  # False for NaN, inf, 1e39
                except ValueError:
                    value, known = None, False
                out.append(Token(piece, 0 if known else -1, known, begin, end, value))
                continue
            key = fold_ascii(piece) if self.kind == "ascii" else piece
            tid = index.get(fold(piece) if self.kind == "wordpunct" else key)
            if tid is None:
                out.append(Token(piece, self.unk_id, False, begin, end))
            else:
                out.append(Token(piece, tid, True, begin, end))
        return out

    @property
    def per_char(self) -> bool:
        """One token per character (``char``, ``ascii``): tokens join with nothing between."""
        return self.kind in ("char", "ascii")

    def join(self, pieces: Sequence[str]) -> str:
        """Text from tokens: chars concatenate, words and numbers join with spaces."""
        return "".join(pieces) if self.kind in ("char", "ascii") else " ".join(pieces)


# one character in, one character out: what a paste from a web page or a word processor
# brings, as the ASCII character a person would have typed
_TYPOGRAPHIC = {
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e\uff02", '"'),
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u2039\u203a\u00b4\u02bc", "'"),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00ad", "-"),
    **dict.fromkeys("\u2026\u00b7\u2022", "."),
    **dict.fromkeys("\u00a0\u2002\u2003\u2009\u200a\u202f\u3000\t", " "),
    "\r": "\n",
    "\u2028": "\n",
    "\u2029": "\n",
    "\u00df": "s",
    "\u00e6": "a",
    "\u00c6": "A",
    "\u0153": "o",
    "\u0152": "O",
    "\u00f8": "o",
    "\u00d8": "O",
    "\u0142": "l",
    "\u0141": "L",
    "\u00f0": "d",
    "\u00d0": "D",
    "\u00fe": "t",
    "\u00de": "T",
}


def fold_ascii(ch: str) -> str:
    """The ASCII character that ``ch`` (one character) stands for, else ``ch`` itself.

    Curly and low quotes become ``"`` or ``'``, dashes ``-``, an ellipsis ``.``, odd spaces
    and tabs a space, ``\\r`` a newline, accented letters their base letter (NFKD, marks
    dropped). Always one character for one, so token positions follow the text.
    """
    mapped = _TYPOGRAPHIC.get(ch)
    if mapped is not None:
        return mapped
    if len(ch) != 1 or ch < "\x7f":
        return ch
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    return base if len(base) == 1 and base < "\x7f" else ch


def ascii_vocab() -> tuple[str, ...]:
    """``<unk>``, newline and every printable ASCII character (0x20-0x7E): 97 entries."""
    return (UNK, "\n", *(chr(c) for c in range(0x20, 0x7F)))
