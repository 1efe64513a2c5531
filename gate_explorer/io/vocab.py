"""Vocabulary files: id -> token lists from JSON or plain text, validated.

Accepted forms (``read_vocab``):

- ``.json``: a list of tokens (index = id), an object ``{token: id}``, or an object
  ``{"0": token, ...}`` keyed by ids; ids must be exactly 0..V-1.
- anything else: one token per line, line number = id. Lines are split on ``\\n`` only
  and are **not stripped**, so a line holding one space is the space token. A final
  newline ends the last line (it is no token); CRLF files lose their ``\\r``. An empty
  line in the middle, or a line holding the two characters ``\\n``, is the newline
  token; ``\\t`` and ``\\r`` likewise. Lines of the form ``token<TAB>count`` (every line)
  keep only the token.

A mapping whose ids run 1..V (Keras's ``Tokenizer.word_index``) gets ``<pad>`` as id 0.

The tokenizer kind follows the tokens: ``word`` when a token other than a special
``<...>`` one is longer than one character, else ``char``.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable

_ESCAPES = {"\\n": "\n", "\\t": "\t", "\\r": "\r"}
_SPECIAL = re.compile(r"<[^<>\s]+>")
_COUNTED = re.compile(r"[^\t]+\t-?\d+(\.\d*)?([eE][-+]?\d+)?")


def tokenizer_kind(tokens: Sequence[str]) -> str:
    """``word`` if any non-special token is longer than one character, else ``char``."""
    long = any(len(t) > 1 and not _SPECIAL.fullmatch(t) for t in tokens)
    return "word" if long else "char"


def check_unique(tokens: Sequence[str], where: str) -> list[str]:
    """Raise naming the first token listed twice, with both ids."""
    seen: dict[str, int] = {}
    for i, tok in enumerate(tokens):
        if not isinstance(tok, str):
            raise GateExplorerError(
                translatable("{where}: id {i} is {tok!r}, expected a text token").format(
                    where=where, i=i, tok=tok
                )
            )
        if tok in seen:
            raise GateExplorerError(
                translatable("{where} lists {tok!r} twice (ids {seen} and {i})").format(
                    where=where, tok=tok, seen=seen[tok], i=i
                )
            )
        seen[tok] = i
    if not tokens:
        raise GateExplorerError(
            translatable("{where} is empty: expected at least one token").format(where=where)
        )
    return list(tokens)


def from_mapping(mapping: Mapping[Any, Any], where: str) -> list[str]:
    """``{token: id}`` (or ``{id: token}``) -> tokens by id; ids must be 0..V-1, once each."""
    items = list(mapping.items())
    if items and all(isinstance(v, str) for _, v in items):  # {id: token}
        try:
            items = [(tok, int(k)) for k, tok in items]
        except (TypeError, ValueError) as exc:
            raise GateExplorerError(
                translatable("{where}: keys should be ids when values are tokens").format(
                    where=where
                )
            ) from exc
    tokens: dict[int, str] = {}
    for tok, idx in items:
        if isinstance(idx, bool) or not isinstance(idx, int):
            raise GateExplorerError(
                translatable("{where}: the id of {tok!r} is {idx!r}, expected an integer").format(
                    where=where, tok=tok, idx=idx
                )
            )
        if idx in tokens:
            raise GateExplorerError(
                translatable("{where}: id {idx} is given to {tokens!r} and {tok!r}").format(
                    where=where, idx=idx, tokens=tokens[idx], tok=tok
                )
            )
        tokens[idx] = str(tok)
    if tokens and 0 not in tokens and set(tokens) == set(range(1, len(tokens) + 1)):
        tokens[0] = "<pad>"  # Keras's Tokenizer.word_index counts from 1; 0 pads
    size = len(tokens)
    missing = sorted(set(range(size)) - set(tokens))
    if missing:
        raise GateExplorerError(
            translatable(
                "{where}: ids should be 0..{size} with none missing; id {missing} is "
                "missing (largest id is {max})"
            ).format(where=where, size=size - 1, missing=missing[0], max=max(tokens))
        )
    return check_unique([tokens[i] for i in range(size)], where)


def _lines(text: str) -> list[str]:
    if text.endswith("\n"):
        text = text[:-1]
    lines = text.split("\n")
    if len(lines) > 1 and all(line.endswith("\r") for line in lines):
        lines = [line[:-1] for line in lines]
    if len(lines) > 1 and all(_COUNTED.fullmatch(line) for line in lines):
        lines = [line.split("\t", 1)[0] for line in lines]
    newline_taken = "\n" in [_ESCAPES.get(line) for line in lines]
    out = []
    for line in lines:
        if line in _ESCAPES:
            out.append(_ESCAPES[line])
        elif line == "" and not newline_taken:
            out.append("\n")
            newline_taken = True
        else:
            out.append(line)
    return out


def read_vocab(path: str | os.PathLike[str]) -> list[str]:
    """Tokens by id from a vocabulary file (see the module docstring for the forms)."""
    path = Path(path)
    if not path.is_file():
        what = "a folder" if path.is_dir() else "missing"
        raise GateExplorerError(
            translatable("vocabulary file {path} is {what}").format(path=path, what=what)
        )
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise GateExplorerError(
            translatable("vocabulary file {file} is not UTF-8 text ({exc})").format(
                file=path.name, exc=exc
            )
        ) from exc
    where = translatable("vocabulary file {file}").format(file=path.name)
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise GateExplorerError(
                translatable("{where} is not valid JSON ({exc})").format(where=where, exc=exc)
            ) from exc
        return as_vocab(data, where)
    if not text:
        raise GateExplorerError(
            translatable("{where} is empty: expected one token per line").format(where=where)
        )
    return check_unique(_lines(text), where)


def as_vocab(vocab: Any, where: str = "vocabulary") -> list[str]:
    """Tokens by id from a path, a list of tokens, or a ``{token: id}`` mapping."""
    if isinstance(vocab, str | os.PathLike):
        return read_vocab(vocab)
    if isinstance(vocab, Mapping):
        for key in ("itos", "vocab", "stoi", "token_to_id"):  # a wrapper object
            if key in vocab and isinstance(vocab[key], list | dict):
                return as_vocab(vocab[key], where)
        return from_mapping(vocab, where)
    if hasattr(vocab, "tolist") and not isinstance(vocab, Sequence):  # a numpy array
        vocab = vocab.tolist()
    if isinstance(vocab, Sequence):
        return check_unique(list(vocab), where)
    raise GateExplorerError(
        translatable("{where} is a {type}; expected a file, a list of tokens or a dict").format(
            where=where, type=type(vocab).__name__
        )
    )
