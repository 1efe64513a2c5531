"""The bundle: one ``.npz`` file holding a whole ``Model``, readable with numpy alone.

Entries (all plain arrays, so ``np.load(..., allow_pickle=False)`` reads them):

- ``meta.json``: the metadata as UTF-8 JSON bytes in a uint8 array (see ``_meta``);
- ``net/<torch name>``: the recurrent weights, e.g. ``net/weight_ih_l0`` (G*H, F);
- ``embedding/weight`` (V, F): only for a learned embedding;
- ``head/weight`` (C, D*H_out) and ``head/bias`` (C,): only with a readout head.

The metadata names the format and its version, the cell kind and sizes, the tokenizer
kind and vocabulary, the embedding mode (``learned``, ``one-hot`` or ``numeric``), the
head kind and labels, the model card (a free-form JSON dict) and the ``trained`` flag.
The cell variant (``RecurrentNet``'s ``gate_activation`` and ``reset_after``) sits in
``config`` when it is not torch's default; bundles without it are sigmoid / reset-after.
Files are written atomically: a temporary file in the same folder, then ``os.replace``.
Entries are stored uncompressed: float weights shrink by only ~10% in zlib, while
decompressing them tripled the load time.
"""

from __future__ import annotations

import json
import os
import zipfile
import zlib
from pathlib import Path
from typing import Any

import numpy as np

from gate_explorer.atomic import atomic_write
from gate_explorer.engine.checks import check_finite
from gate_explorer.engine.embedding import Embedding
from gate_explorer.engine.model import HEAD_ACTIVATIONS, HEAD_KINDS, Head, Model
from gate_explorer.engine.net import RecurrentNet, canonical_kind
from gate_explorer.engine.tokenize import TOKENIZERS, Tokenizer
from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable

FORMAT = "gate-explorer-bundle"
VERSION = 1
META_KEY = "meta.json"
EMBEDDING_MODES = ("learned", "one-hot", "numeric")
_READ_ERRORS = (OSError, ValueError, EOFError, KeyError, zipfile.BadZipFile, zlib.error)


def _jsonable(value: Any) -> Any:
    """``json.dumps`` fallback: numpy scalars and arrays become plain numbers and lists."""
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not JSON-serialisable")


def _config(net: RecurrentNet) -> dict[str, Any]:
    """The ``config`` entry: sizes, plus the cell variant when it is not the default."""
    c = net.config
    config: dict[str, Any] = {
        "input_size": c.input_size,
        "hidden_size": c.hidden_size,
        "num_layers": c.num_layers,
        "bidirectional": c.bidirectional,
        "proj_size": c.proj_size,
    }
    if net.gate_activation != "sigmoid":
        config["gate_activation"] = net.gate_activation
    if not net.reset_after:
        config["reset_after"] = False
    return config


def _meta(model: Model) -> dict[str, Any]:
    emb, head, c = model.embedding, model.head, model.net.config
    mode = "numeric" if emb.numeric else ("one-hot" if emb.weight is None else "learned")
    return {
        "format": FORMAT,
        "version": VERSION,
        "name": model.name,
        "kind": c.kind,
        "config": _config(model.net),
        "tokenizer": model.tokenizer.kind,
        "vocab": list(model.tokenizer.vocab),
        "embedding": {"mode": mode, "size": int(emb.size)}
        | ({"offset": float(emb.offset), "scale": float(emb.scale)} if emb.scaled else {}),
        "head": None
        if head is None
        else {"kind": head.kind, "labels": list(head.labels), "activation": head.activation},
        "card": model.card.to_dict(),
        "trained": bool(model.trained),
    }


def save_bundle(model: Model, path: str | os.PathLike[str]) -> Path:
    """Write ``model`` to ``path`` (``.npz`` is appended when missing), atomically.

    Raises ``GateExplorerError`` when the model card is not JSON-serialisable.
    Returns the path written.
    """
    path = Path(path)
    if path.suffix != ".npz":
        path = path.with_name(path.name + ".npz")
    try:
        meta = json.dumps(_meta(model), default=_jsonable, ensure_ascii=False)
    except (TypeError, ValueError) as exc:
        msg = translatable("the model card must be JSON (numbers, text, lists, dicts): {error}")
        raise GateExplorerError(msg.format(error=exc)) from exc
    arrays: dict[str, np.ndarray] = {META_KEY: np.frombuffer(meta.encode("utf-8"), dtype=np.uint8)}
    arrays.update({f"net/{k}": v for k, v in model.net.params.items()})
    if model.embedding.weight is not None and not model.embedding.numeric:
        arrays["embedding/weight"] = np.asarray(model.embedding.weight)
    if model.head is not None:
        arrays["head/weight"] = np.asarray(model.head.weight)
        arrays["head/bias"] = np.asarray(model.head.bias)
    path.parent.mkdir(parents=True, exist_ok=True)
    # stored, not compressed: float weights barely compress, and load 3x faster
    atomic_write(path, lambda tmp: np.savez(tmp, **arrays))
    return path


def is_bundle(names: Any) -> bool:
    """True when an npz's entry names (``NpzFile.files``) hold the bundle metadata."""
    return META_KEY in names


def _bad(path: Path, what: str) -> GateExplorerError:
    return GateExplorerError(
        translatable("{file} is not a valid Gate Explorer bundle: {what}").format(
            file=path.name, what=what
        )
    )


def _read(npz: Any, key: str, path: Path) -> np.ndarray:
    try:
        return np.asarray(npz[key])
    except _READ_ERRORS as exc:
        msg = translatable(
            "entry {key!r} cannot be read (corrupt or truncated file: {exc})"
        ).format(key=key, exc=exc)
        raise _bad(path, msg) from exc


def _field(meta: dict[str, Any], key: str, types: type | tuple[type, ...], path: Path) -> Any:
    if key not in meta:
        raise _bad(path, translatable("the metadata has no {key!r} field").format(key=key))
    value = meta[key]
    if not isinstance(value, types):
        names = types.__name__ if isinstance(types, type) else "/".join(t.__name__ for t in types)
        raise _bad(
            path,
            translatable("metadata field {key!r} should be {names}, found {value!r}").format(
                key=key, names=names, value=value
            ),
        )
    return value


def _parse_meta(raw: np.ndarray, path: Path) -> dict[str, Any]:
    if raw.dtype != np.uint8 or raw.ndim != 1:
        raise _bad(
            path,
            translatable("{meta_key} should be uint8 bytes, found {raw_dtype} {raw_shape}").format(
                meta_key=META_KEY, raw_dtype=raw.dtype, raw_shape=raw.shape
            ),
        )
    try:
        meta = json.loads(raw.tobytes().decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _bad(
            path,
            translatable("{meta_key} is not valid JSON ({exc})").format(meta_key=META_KEY, exc=exc),
        ) from exc
    if not isinstance(meta, dict):
        raise _bad(
            path,
            translatable("{meta_key} should be a JSON object, found {type}").format(
                meta_key=META_KEY, type=type(meta).__name__
            ),
        )
    if meta.get("format") != FORMAT:
        raise _bad(
            path,
            translatable("format is {meta!r}, expected {value!r}").format(
                meta=meta.get("format"), value=FORMAT
            ),
        )
    version = meta.get("version")
    if not isinstance(version, int) or version < 1:
        raise _bad(
            path,
            translatable("format version is {version!r}, expected a positive integer").format(
                version=version
            ),
        )
    if version > VERSION:
        raise GateExplorerError(
            translatable(
                "{file} is a version {version} bundle, written by a newer Gate Explorer; "
                "this one reads versions up to {version2}: please upgrade"
            ).format(file=path.name, version=version, version2=VERSION)
        )
    return meta


def read_meta(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Only the metadata of a bundle (fast: no weights are decompressed)."""
    path = Path(path)
    try:
        with np.load(path, allow_pickle=False) as npz:
            if META_KEY not in npz.files:
                raise _bad(path, translatable("no {meta_key} entry").format(meta_key=META_KEY))
            return _parse_meta(_read(npz, META_KEY, path), path)
    except _READ_ERRORS as exc:
        msg = translatable("not a readable .npz archive (corrupt or truncated: {exc})").format(
            exc=exc
        )
        raise _bad(path, msg) from exc
    except AttributeError as exc:  # a single .npy array has no ``files``
        raise _bad(path, translatable("a single .npy array, expected a .npz archive")) from exc


def load_bundle(
    path: str | os.PathLike[str], *, allow_nonfinite: bool = False, name: str | None = None
) -> Model:
    """Read and validate a bundle written by ``save_bundle``.

    Every problem (missing or truncated file, wrong format or version, misshapen or
    NaN weights unless ``allow_nonfinite``) raises ``GateExplorerError``.
    """
    path = Path(path)
    if not path.is_file():
        what = "a folder" if path.is_dir() else "missing"
        raise GateExplorerError(
            translatable("bundle {path} is {what}: expected a .npz file").format(
                path=path, what=what
            )
        )
    try:
        npz = np.load(path, allow_pickle=False)
    except _READ_ERRORS as exc:
        raise _bad(
            path,
            translatable("not a readable .npz archive (corrupt or truncated: {exc})").format(
                exc=exc
            ),
        ) from exc
    if not hasattr(npz, "files"):
        raise _bad(path, translatable("a single .npy array, expected a .npz archive"))
    with npz:
        files = set(npz.files)
        if META_KEY not in files:
            shown = ", ".join(sorted(files)[:6]) or "nothing"
            raise _bad(
                path,
                translatable("no {meta_key} entry (found {shown})").format(
                    meta_key=META_KEY, shown=shown
                ),
            )
        meta = _parse_meta(_read(npz, META_KEY, path), path)
        arrays = {k: _read(npz, k, path) for k in files if k != META_KEY}
    return _build(meta, arrays, path, allow_nonfinite=allow_nonfinite, name=name)


def _build(
    meta: dict[str, Any],
    arrays: dict[str, np.ndarray],
    path: Path,
    *,
    allow_nonfinite: bool,
    name: str | None,
) -> Model:
    known = {"embedding/weight", "head/weight", "head/bias"}
    extra = sorted(k for k in arrays if k not in known and not k.startswith("net/"))
    if extra:
        raise _bad(path, translatable("unexpected entries {names}").format(names=", ".join(extra)))
    kind = canonical_kind(_field(meta, "kind", str, path))
    params = {k[len("net/") :]: v for k, v in arrays.items() if k.startswith("net/")}
    config = dict(_field(meta, "config", dict, path))
    gate_activation = config.pop("gate_activation", "sigmoid")
    reset_after = config.pop("reset_after", True)
    if not isinstance(gate_activation, str) or not isinstance(reset_after, bool):
        raise _bad(
            path,
            translatable(
                "config gate_activation should be text and reset_after true/false, found "
                "{gate_activation!r} and {reset_after!r}"
            ).format(gate_activation=gate_activation, reset_after=reset_after),
        )
    net = RecurrentNet.from_state_dict(
        kind,
        params,
        allow_nonfinite=allow_nonfinite,
        gate_activation=gate_activation,
        reset_after=reset_after,
    )
    for key, value in config.items():
        found = getattr(net.config, key, None)
        if found != value:
            raise _bad(
                path,
                translatable("config {key} is {value!r} but the weights give {found!r}").format(
                    key=key, value=value, found=found
                ),
            )

    tok_kind = _field(meta, "tokenizer", str, path)
    if tok_kind not in TOKENIZERS:
        raise _bad(
            path,
            translatable("tokenizer {tok_kind!r}, expected one of {names}").format(
                tok_kind=tok_kind, names=", ".join(TOKENIZERS)
            ),
        )
    vocab = _field(meta, "vocab", list, path)
    if not all(isinstance(t, str) for t in vocab):
        raise _bad(path, translatable("vocab should be a list of strings"))
    if len(set(vocab)) != len(vocab):
        dup = next(t for i, t in enumerate(vocab) if t in vocab[:i])
        raise _bad(path, translatable("vocab lists {dup!r} twice").format(dup=dup))
    tokenizer = Tokenizer(tok_kind, tuple(vocab))
    embedding = _embedding(_field(meta, "embedding", dict, path), arrays, net, vocab, path)

    if not allow_nonfinite:
        for key in ("embedding/weight", "head/weight", "head/bias"):
            if key in arrays:
                check_finite(key, arrays[key])
    head = None
    head_meta = meta.get("head")
    if head_meta is not None:
        head = _head(head_meta, arrays, net, len(vocab), path)
    elif "head/weight" in arrays or "head/bias" in arrays:
        raise _bad(path, translatable("head arrays present but the metadata has no head"))
    card = meta.get("card") or {}
    if not isinstance(card, dict):
        raise _bad(
            path,
            translatable("card should be a JSON object, found {type}").format(
                type=type(card).__name__
            ),
        )
    trained = _field(meta, "trained", bool, path)
    label = name or meta.get("name") or path.stem
    return Model(str(label), net, tokenizer, embedding, head, card, trained)


def _embedding(
    emb: dict[str, Any], arrays: dict[str, np.ndarray], net: RecurrentNet, vocab: list, path: Path
) -> Embedding:
    mode = emb.get("mode")
    width = net.config.input_size
    if mode not in EMBEDDING_MODES:
        raise _bad(
            path,
            translatable("embedding mode {mode!r}, expected one of {names}").format(
                mode=mode, names=", ".join(EMBEDDING_MODES)
            ),
        )
    if mode == "numeric":
        if width != 1:
            raise _bad(
                path,
                translatable("a numeric embedding feeds 1 input, but the net takes {width}").format(
                    width=width
                ),
            )
        offset, scale = emb.get("offset", 0.0), emb.get("scale", 1.0)
        if not all(isinstance(v, int | float) and np.isfinite(v) for v in (offset, scale)) or (
            scale == 0
        ):
            raise _bad(
                path,
                translatable(
                    "numeric scaling needs finite offset and non-zero scale, found offset "
                    "{offset!r}, scale {scale!r}"
                ).format(offset=offset, scale=scale),
            )
        return Embedding(
            int(emb.get("size", 1)), numeric=True, offset=float(offset), scale=float(scale)
        )
    if mode == "one-hot":
        if len(vocab) != width:
            raise _bad(
                path,
                translatable(
                    "one-hot embedding of {n_vocab} tokens, but the net's input width is {width}"
                ).format(n_vocab=len(vocab), width=width),
            )
        return Embedding(size=width)
    if "embedding/weight" not in arrays:
        raise _bad(
            path, translatable("embedding mode is 'learned' but there is no embedding/weight entry")
        )
    weight = arrays["embedding/weight"]
    expected = (len(vocab), width)
    if weight.shape != expected:
        raise _bad(
            path,
            translatable("embedding/weight has shape {weight_shape}, expected {expected}").format(
                weight_shape=weight.shape, expected=expected
            ),
        )
    return Embedding(size=len(vocab), weight=weight.astype(net.dtype, copy=False))


def _head(
    meta: Any, arrays: dict[str, np.ndarray], net: RecurrentNet, vocab_size: int, path: Path
) -> Head:
    if not isinstance(meta, dict) or meta.get("kind") not in HEAD_KINDS:
        raise _bad(
            path,
            translatable("head should name a kind among {names}, found {meta!r}").format(
                names=", ".join(HEAD_KINDS), meta=meta
            ),
        )
    for key in ("head/weight", "head/bias"):
        if key not in arrays:
            raise _bad(
                path,
                translatable("the metadata has a head but there is no {key} entry").format(key=key),
            )
    weight, bias = arrays["head/weight"], arrays["head/bias"]
    d_out = net.config.num_directions * net.config.output_size
    if weight.ndim != 2 or weight.shape[1] != d_out:
        raise _bad(
            path,
            translatable("head/weight has shape {weight_shape}, expected (C, {d_out})").format(
                weight_shape=weight.shape, d_out=d_out
            ),
        )
    classes = weight.shape[0]
    if bias.shape != (classes,):
        raise _bad(
            path,
            translatable("head/bias has shape {bias_shape}, expected ({classes},)").format(
                bias_shape=bias.shape, classes=classes
            ),
        )
    labels = meta.get("labels") or []
    if labels and len(labels) != classes:
        raise _bad(
            path,
            translatable("head has {n_labels} labels for {classes} outputs").format(
                n_labels=len(labels), classes=classes
            ),
        )
    if meta["kind"] == "next-token" and classes != vocab_size:
        raise _bad(
            path,
            translatable("a next-token head has {classes} outputs for {vocab_size} tokens").format(
                classes=classes, vocab_size=vocab_size
            ),
        )
    activation = meta.get("activation", "")  # older bundles: the kind's usual one
    if activation not in ("", *HEAD_ACTIVATIONS):
        known = ", ".join(HEAD_ACTIVATIONS)
        raise _bad(
            path,
            translatable("head activation should be one of {known}, found {activation!r}").format(
                known=known, activation=activation
            ),
        )
    return Head(
        meta["kind"], weight.astype(net.dtype), bias.astype(net.dtype), tuple(labels), activation
    )
