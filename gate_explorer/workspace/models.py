"""Which model to show: a JSON-friendly ``ModelRef`` and the code that turns it into a Model.

Bundled models come from ``gate_explorer.zoo`` and files from ``gate_explorer.io``; when
those are missing (or nothing is bundled) the app falls back to a random-weights model
built from the engine alone, clearly marked ``trained=False``.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

import numpy as np

from gate_explorer.bundled import resource
from gate_explorer.engine.embedding import Embedding
from gate_explorer.engine.estimate import check_model_size
from gate_explorer.engine.layers import suffix
from gate_explorer.engine.model import Model
from gate_explorer.engine.net import NetConfig, RecurrentNet, canonical_kind
from gate_explorer.engine.tokenize import Tokenizer
from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable

SOURCES = ("bundled", "file", "random")
PREFERRED = "quotes-lstm"
LANGUAGE_MODELS = {"ko": "korean-lstm"}  # UI language code -> the bundled model to start with
OFFER_MIN_TOKENS = 2  # Hangul tokens needed before a switch to a Korean model is offered
OFFER_SAMPLE = 2_000  # tokens looked at
FALLBACK_TEXT = 'She said "stop", then laughed.'
PAIR_PROBE_BYTES = 50_000_000  # files up to this size are looked into for an encoder-decoder
EXAMPLE_CHARS = 240  # a start-up example fits the window and runs in a few milliseconds
RANDOM_VOCAB = (*string.printable[:95], "\n")  # printable ASCII and newline


@dataclass(frozen=True)
class ModelRef:
    """Where a model comes from; saved in sessions and settings.

    ``bundled`` uses ``name``; ``file`` uses ``path`` (and ``vocab``, optional, ``module``
    when the file holds several recurrent modules, ``kind`` when the user chose the cell
    a file does not record, e.g. ``rnn_relu``); ``random`` uses ``cell``, ``hidden``,
    ``layers``, ``seed`` and ``bidirectional``.
    """

    source: str = "random"
    name: str = ""
    path: str = ""
    vocab: str = ""
    cell: str = "lstm"
    hidden: int = 32
    layers: int = 1
    seed: int = 0
    bidirectional: bool = False
    module: str = ""
    kind: str = ""
    head_activation: str = ""  # softmax, sigmoid or linear when the user chose one

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Any) -> ModelRef:
        """Build from a dict read from JSON; raise ``GateExplorerError`` on a bad one."""
        if not isinstance(data, dict):
            raise GateExplorerError(
                translatable("a model reference must be an object, found {data!r}").format(
                    data=data
                )
            )
        known = {f.name: f.type for f in fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in known}
        try:
            ref = cls(**kwargs)
            ref = cls(
                str(ref.source), str(ref.name), str(ref.path), str(ref.vocab), str(ref.cell),
                int(ref.hidden), int(ref.layers), int(ref.seed), bool(ref.bidirectional),
                str(ref.module), str(ref.kind), str(ref.head_activation),
            )  # fmt: skip
        except (TypeError, ValueError, OverflowError) as exc:  # OverflowError: int(1e400)
            raise GateExplorerError(
                translatable("bad model reference {data!r}: {exc}").format(data=data, exc=exc)
            ) from None
        if ref.source not in SOURCES:
            raise GateExplorerError(
                translatable("model source {source!r} is unknown; expected one of {names}").format(
                    source=ref.source, names=", ".join(SOURCES)
                )
            )
        return ref

    def label(self) -> str:
        """Short human name, e.g. ``quotes-lstm`` or ``random LSTM H=32``."""
        if self.source == "bundled":
            return self.name
        if self.source == "file":
            return Path(self.path).name + (f" · {self.module}" if self.module else "")
        layers = f" ×{self.layers}" if self.layers > 1 else ""
        bi = " bi" if self.bidirectional else ""
        return f"random {self.cell.upper()} H={self.hidden}{layers}{bi} seed {self.seed}"


@dataclass(frozen=True)
class BundledModel:
    """A name in the model combo, with a one-line summary."""

    name: str
    summary: str = ""


def bundled_models() -> list[BundledModel]:
    """The bundled models the zoo knows, or none when the zoo is not available yet."""
    try:
        from gate_explorer import zoo

        entries = zoo.listed()  # the models, then the encoder-decoders
    except Exception:  # the zoo is optional at start-up: never let it stop the window
        return []
    return [BundledModel(str(e.name), str(getattr(e, "summary", "") or "")) for e in entries]


def language_code(locale: str) -> str:
    """``ko`` from ``ko_KR``, ``ko-KR``, ``ko_KR.UTF-8`` or ``KO``; ``""`` for none."""
    return locale.replace("-", "_").split("_")[0].split(".")[0].strip().lower()


def preferred_name(language: str = "") -> str:
    """The bundled model to start with under UI language ``language`` (a code or a locale
    name, e.g. ``ko`` or ``ko_KR``): korean-lstm for Korean, quotes-lstm otherwise."""
    return LANGUAGE_MODELS.get(language_code(language), PREFERRED)


def default_ref(language: str = "") -> ModelRef:
    """The language's model (``preferred_name``), else quotes-lstm, else the first
    bundled model, else a random LSTM."""
    try:
        from gate_explorer import zoo

        names = zoo.names()  # file names only: no bundle is opened to pick the default
    except Exception:  # the zoo is optional at start-up, as in ``bundled_models``
        names = []
    for name in (preferred_name(language), PREFERRED):
        if name in names:
            return ModelRef("bundled", name=name)
    if names:
        return ModelRef("bundled", name=names[0])
    return ModelRef("random", cell="lstm", hidden=32)


def is_hangul(ch: str) -> bool:
    """A precomposed Hangul syllable (U+AC00..U+D7A3) or a Hangul jamo being typed."""
    return "\uac00" <= ch <= "\ud7a3" or "\u1100" <= ch <= "\u11ff" or "\u3130" <= ch <= "\u318f"


@dataclass(frozen=True)
class LanguageOffer:
    """A model that knows the text's script better than the open one: ``name``, and how
    many of the text's ``hangul`` tokens the open model does not know (``unknown``)."""

    name: str
    hangul: int
    unknown: int


def language_offer(model_name: str, tokens: Any, names: list[str]) -> LanguageOffer | None:
    """Offer korean-lstm when most Hangul tokens of ``tokens`` (``Token``s with ``text`` and
    ``known``) are unknown to the open model ``model_name`` and korean-lstm is in
    ``names`` (the bundled models); None otherwise (or with fewer than
    ``OFFER_MIN_TOKENS`` Hangul tokens). Only the first ``OFFER_SAMPLE`` tokens are
    looked at: a long text costs no more than a short one."""
    target = LANGUAGE_MODELS["ko"]
    if model_name == target or target not in names:
        return None
    hangul = [t for t in tokens[:OFFER_SAMPLE] if any(is_hangul(ch) for ch in t.text)]
    unknown = sum(not t.known for t in hangul)
    if len(hangul) < OFFER_MIN_TOKENS or 2 * unknown <= len(hangul):
        return None
    return LanguageOffer(target, len(hangul), unknown)


def random_model(
    cell: str = "lstm",
    hidden: int = 32,
    layers: int = 1,
    seed: int = 0,
    bidirectional: bool = False,
) -> Model:
    """An untrained char-level model over printable ASCII with one-hot inputs."""
    kind = canonical_kind(cell)
    if not 1 <= hidden <= 4096:
        raise GateExplorerError(
            translatable("hidden size must be between 1 and 4096, found {hidden}").format(
                hidden=hidden
            )
        )
    if not 1 <= layers <= 16:
        raise GateExplorerError(
            translatable("layers must be between 1 and 16, found {layers}").format(layers=layers)
        )
    tok = Tokenizer("char", RANDOM_VOCAB)
    config = NetConfig(kind, len(RANDOM_VOCAB), hidden, layers, bidirectional)
    check_model_size(config)  # before allocating: 16 x 4096 LSTM layers would need 7.8 GB
    net = RecurrentNet.random(
        kind, len(RANDOM_VOCAB), hidden, layers, bidirectional=bidirectional, rng=seed
    )
    ref = ModelRef("random", cell=cell, hidden=hidden, layers=layers, seed=seed,
                   bidirectional=bidirectional)  # fmt: skip
    return Model(ref.label(), net, tok, Embedding(len(RANDOM_VOCAB)), trained=False)


def load_ref(ref: ModelRef, progress: Callable[[int, int], None] | None = None) -> Model:
    """The model ``ref`` names; raise ``GateExplorerError`` with a readable message.

    ``progress(bytes read, total)`` follows a large PyTorch file's storages.
    """
    if ref.source == "random":
        return random_model(ref.cell, ref.hidden, ref.layers, ref.seed, ref.bidirectional)
    target = ref.name if ref.source == "bundled" else ref.path
    if (shown := _seq2seq(ref, progress)) is not None:
        return shown
    try:
        from gate_explorer.io import load_model
    except ImportError:
        raise GateExplorerError(
            translatable(
                "cannot open {target}: model loading is not available in this build"
            ).format(target=target)
        ) from None
    options: dict[str, Any] = {}
    if ref.source == "file":
        options = {
            "module": ref.module or None,
            "kind": ref.kind or None,
            "head_activation": ref.head_activation or None,
        }
        if progress is not None:
            options["progress"] = progress
    try:  # NaN/inf weights are shown (hatched, with a badge), not refused
        return load_model(target, vocab=ref.vocab or None, allow_nonfinite=True, **options)
    except GateExplorerError:
        raise
    except Exception as exc:  # a loader's own error: still a message, never a crash
        raise GateExplorerError(
            translatable("cannot open {target}: {exc}").format(target=target, exc=exc)
        ) from None


def _seq2seq(ref: ModelRef, progress: Callable[[int, int], None] | None = None) -> Model | None:
    """An encoder-decoder bundle (bundled or a file) as the window's ``Seq2SeqShown``; None
    when ``ref`` names another kind of model."""
    from gate_explorer.io.seq2seq import is_seq2seq, load_seq2seq
    from gate_explorer.workspace.seq2seq import Seq2SeqShown

    if ref.source == "bundled":
        from gate_explorer import zoo

        path = zoo.seq2seq_path(ref.name)
        return None if path is None else Seq2SeqShown.of(load_seq2seq(path, name=ref.name))
    if Path(ref.path).suffix == ".npz" and is_seq2seq(ref.path):
        return Seq2SeqShown.of(load_seq2seq(ref.path))
    from gate_explorer.io.seq2seq_files import PAIR, SUFFIXES, read_pair

    path = Path(ref.path)
    named = ref.module and PAIR not in ref.module  # the user picked one module: not a pair
    if named or path.suffix.lower() not in SUFFIXES or not path.is_file():
        return None
    if not ref.module and path.stat().st_size > PAIR_PROBE_BYTES:
        return None  # not read twice to look: a large pair opens with module="ENC+DEC"
    try:
        pair = read_pair(ref.path, ref.module or None, allow_nonfinite=True, progress=progress)
    except GateExplorerError:
        if ref.module:
            raise  # the pair the user asked for does not fit: say why
        return None  # not readable as a pair: the one-module loader reports the file
    return None if pair is None else Seq2SeqShown.of(pair)


def ref_for_path(path: str | Path, vocab: str | Path | None = None) -> ModelRef:
    """A ``file`` reference for a weights file the user picked or dropped."""
    vocab_path = str(Path(vocab).expanduser().absolute()) if vocab else ""
    return ModelRef("file", path=str(Path(path).expanduser().absolute()), vocab=vocab_path)


def short_example(text: str, limit: int = EXAMPLE_CHARS) -> str:
    """First line of ``text``, cut after a sentence (with quotes closed) near ``limit``."""
    line = text.strip().splitlines()[0].strip() if text.strip() else ""
    if len(line) <= limit:
        return line
    ends = [m.end() for m in re.finditer(r"[.!?][\"”]?(?=\s)", line) if m.end() <= limit]
    balanced = [e for e in ends if line[:e].count('"') % 2 == 0]
    space = line.rfind(" ", 0, limit + 1)
    cut = (balanced or ends or [space if space > 0 else limit])[-1]
    return line[:cut].rstrip()


def example_text(model: Model) -> str:
    """An example for ``model`` (its card's, its bundled file's, or a default), kept short."""
    card = model.card
    for key in ("example", "examples", "example_text"):
        value = card.get(key)
        if isinstance(value, list) and value:
            value = value[0]
        if isinstance(value, str) and value.strip():
            return short_example(value)
    for name in (model.name, str(card.get("task", ""))):
        if name:
            path = resource("examples", f"{name}.txt")
            if path.is_file():
                text = short_example(path.read_text(encoding="utf-8"))
                if text:
                    return text
    if model.tokenizer.kind == "number":
        return "0 0.31 0.59 0.81 0.95 1 0.95 0.81 0.59 0.31 0 -0.31 -0.59 -0.81 -0.95 -1"
    return FALLBACK_TEXT


PARTNER_CELLS = {"lstm": ("gru", "rnn"), "gru": ("lstm", "rnn"), "rnn": ("lstm", "gru")}


def default_partner(ref: ModelRef, names: list[str]) -> ModelRef:
    """A model worth comparing with ``ref``: its other-cell sibling when bundled.

    ``quotes-lstm`` -> ``quotes-gru``, ``memory-rnn`` -> ``memory-lstm``; a random cell gets
    another random cell of the same size; otherwise the first other bundled model.
    """
    if ref.source == "random":
        other = PARTNER_CELLS.get(ref.cell, ("lstm",))[0]
        return ModelRef("random", cell=other, hidden=ref.hidden, layers=ref.layers,
                        seed=ref.seed, bidirectional=ref.bidirectional)  # fmt: skip
    if ref.source == "bundled" and "-" in ref.name:
        stem, cell = ref.name.rsplit("-", 1)
        for other in PARTNER_CELLS.get(cell, ()):
            if f"{stem}-{other}" in names:
                return ModelRef("bundled", name=f"{stem}-{other}")
    others = [n for n in names if not (ref.source == "bundled" and n == ref.name)]
    if others:
        return ModelRef("bundled", name=others[0])
    return ModelRef("random", cell="gru", hidden=ref.hidden)


def live_direction(net: RecurrentNet, layer: int, direction: int) -> int:
    """``direction``, or the other one of a bidirectional ``layer`` when this one holds no
    weights at all (every input and recurrent weight 0) and the other does: an ONNX
    ``direction='reverse'`` node is read as the backward half of a bidirectional layer
    whose forward half is empty, and the window should open on the half with the numbers."""
    if net.config.num_directions < 2 or not 0 <= layer < net.config.num_layers:
        return direction

    def empty(d: int) -> bool:
        s = suffix(layer, d)
        return not any(
            np.any(net.params[name])
            for name in (f"weight_ih{s}", f"weight_hh{s}")
            if name in net.params
        )

    other = 1 - direction
    return other if empty(direction) and not empty(other) else direction
