"""Encoder-decoder bundles: both stacks in one ``.npz``, each stored as a plain bundle.

Layout: ``meta.json`` holds ``{"format": "gate-explorer-seq2seq", "version": 1, "name",
"card", "encoder": <bundle meta>, "decoder": <bundle meta>}``; the arrays of each stack sit
under ``encoder/`` and ``decoder/`` with the names a plain bundle uses.
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
from gate_explorer.engine.seq2seq import Seq2SeqModel
from gate_explorer.errors import GateExplorerError
from gate_explorer.io import bundle
from gate_explorer.notices import translatable

_DAMAGED = (OSError, ValueError, EOFError, zipfile.BadZipFile, zlib.error)
FORMAT = "gate-explorer-seq2seq"
VERSION = 1
PARTS = ("encoder", "decoder")


def _arrays(model: Any) -> dict[str, np.ndarray]:
    out = {f"net/{k}": v for k, v in model.net.params.items()}
    if model.embedding.weight is not None and not model.embedding.numeric:
        out["embedding/weight"] = np.asarray(model.embedding.weight)
    if model.head is not None:
        out["head/weight"] = np.asarray(model.head.weight)
        out["head/bias"] = np.asarray(model.head.bias)
    return out


def save_seq2seq(model: Seq2SeqModel, path: str | os.PathLike[str]) -> Path:
    """Write ``model`` to ``path`` (``.npz``) atomically; returns the path."""
    path = Path(path)
    if path.suffix != ".npz":
        path = path.with_name(path.name + ".npz")
    meta: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "name": model.name,
        "card": model.card,
        "trained": bool(model.trained),
    }
    arrays: dict[str, np.ndarray] = {}
    for part in PARTS:
        stack = getattr(model, part)
        meta[part] = bundle._meta(stack)
        arrays |= {f"{part}/{k}": v for k, v in _arrays(stack).items()}
    try:
        text = json.dumps(meta, default=bundle._jsonable, ensure_ascii=False)
    except (TypeError, ValueError) as exc:
        raise GateExplorerError(
            translatable("the model card must be JSON: {exc}").format(exc=exc)
        ) from exc
    arrays[bundle.META_KEY] = np.frombuffer(text.encode("utf-8"), dtype=np.uint8)
    atomic_write(path, lambda tmp: np.savez(tmp, **arrays))
    return path


def _meta_of(npz: Any, path: Path) -> dict[str, Any]:
    """The checked metadata of an open encoder-decoder bundle."""
    if bundle.META_KEY not in npz.files:
        raise GateExplorerError(
            translatable("{path}: no {meta_key} entry").format(path=path, meta_key=bundle.META_KEY)
        )
    try:
        meta = json.loads(bytes(npz[bundle.META_KEY]).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GateExplorerError(
            translatable("{path}: metadata is not JSON ({exc})").format(path=path, exc=exc)
        ) from None
    except _DAMAGED as exc:
        raise GateExplorerError(
            translatable("{path}: damaged archive ({exc})").format(path=path, exc=exc)
        ) from None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise GateExplorerError(
            translatable("{path}: not an encoder-decoder bundle").format(path=path)
        )
    if meta.get("version") != VERSION:
        raise GateExplorerError(
            translatable(
                "{path}: encoder-decoder format version {meta!r}, this app reads version {version}"
            ).format(path=path, meta=meta.get("version"), version=VERSION)
        )
    return meta


def _open(path: Path) -> Any:
    try:
        return np.load(path, allow_pickle=False)
    except _DAMAGED as exc:
        raise GateExplorerError(
            translatable("{path}: not a readable .npz archive ({exc})").format(path=path, exc=exc)
        ) from None


def read_seq2seq_meta(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Only the metadata of an encoder-decoder bundle (fast: no weights are read)."""
    path = Path(path)
    npz = _open(path)
    if not hasattr(npz, "files"):
        raise GateExplorerError(
            translatable("{path}: a single .npy array, not an encoder-decoder bundle").format(
                path=path
            )
        )
    with npz:
        return _meta_of(npz, path)


def is_seq2seq(path: str | os.PathLike[str]) -> bool:
    """True when ``path`` is an encoder-decoder bundle (cheap: reads the metadata only)."""
    try:
        read_seq2seq_meta(path)
    except GateExplorerError:  # not ours, or unreadable: the ordinary loaders report it
        return False
    return True


def load_seq2seq(path: str | os.PathLike[str], *, name: str | None = None) -> Seq2SeqModel:
    """Read an encoder-decoder bundle; every problem raises ``GateExplorerError``."""
    path = Path(path)
    with _open(path) as npz:
        meta = _meta_of(npz, path)
        stacks = {}
        for part in PARTS:
            sub = meta.get(part)
            if not isinstance(sub, dict):
                raise GateExplorerError(
                    translatable("{path}: no {part} in the metadata").format(path=path, part=part)
                )
            prefix = f"{part}/"
            arrays = {
                k[len(prefix) :]: np.asarray(npz[k]) for k in npz.files if k.startswith(prefix)
            }
            stacks[part] = bundle._build(
                sub,
                arrays,
                path,
                allow_nonfinite=False,
                name=f"{meta.get('name', path.stem)} {part}",
            )
    card = meta.get("card") or {}
    return Seq2SeqModel(
        str(name or meta.get("name") or path.stem),
        stacks["encoder"],
        stacks["decoder"],
        card if isinstance(card, dict) else {},
        bool(meta.get("trained", True)),
    )
