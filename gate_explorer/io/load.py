"""``load_model``: a bundled model by name, a bundle, or a weights file, as a ``Model``.

Names of bundled models (``resources/models/NAME.npz``) are tried first, then paths.
By extension: ``.npz`` (a bundle when it holds ``meta.json``, else torch-named arrays),
``.safetensors``, ``.pt``/``.pth``/``.bin``/``.ckpt`` (a PyTorch state_dict, read
without torch), ``.h5``/``.hdf5`` (Keras 2, Keras 3's legacy h5 and ``.weights.h5``),
``.keras`` (Keras 3) and ``.onnx``. Every problem raises ``GateExplorerError``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from gate_explorer.bundled import resource
from gate_explorer.engine.model import Model
from gate_explorer.errors import GateExplorerError
from gate_explorer.io import readers
from gate_explorer.io.assemble import assemble
from gate_explorer.io.bundle import is_bundle, load_bundle
from gate_explorer.io.statedict import Parts, split_state_dict
from gate_explorer.notices import Notice, translatable

TORCH_SUFFIXES = (".pt", ".pth", ".bin", ".ckpt")
KERAS_SUFFIXES = (".h5", ".hdf5", ".keras")
SUFFIXES = (".npz", ".safetensors", *TORCH_SUFFIXES, *KERAS_SUFFIXES, ".onnx")


def resolve(path_or_name: str | os.PathLike[str]) -> tuple[Path, str | None]:
    """``(path, bundled name or None)``: a bundled model's file, else the path given."""
    text = os.fspath(path_or_name)
    if isinstance(path_or_name, str) and text and not Path(text).suffix:
        bundled = resource("models", f"{text}.npz")
        if "/" not in text and "\\" not in text and bundled.is_file():
            return bundled, text
    path = Path(text).expanduser()
    if not path.exists():
        folder = resource("models")
        known = sorted(p.stem for p in folder.glob("*.npz")) if folder.is_dir() else []
        listing = ", ".join(known) if known else "none are bundled yet"
        raise GateExplorerError(
            translatable(
                "no file or bundled model named {text!r} (bundled models: {listing})"
            ).format(text=text, listing=listing)
        )
    if path.is_dir():
        raise GateExplorerError(
            translatable("{path} is a folder: expected a weights file ({names})").format(
                path=path, names=", ".join(SUFFIXES)
            )
        )
    return path, None


def _is_bundle_npz(path: Path) -> bool:
    try:
        with np.load(path, allow_pickle=False) as npz:
            return is_bundle(npz.files)
    except Exception:  # unreadable: let the weights reader report it
        return False


Progress = Callable[[int, int], None]  # (bytes read, bytes in all)


def read_parts(
    path_or_name: str | os.PathLike[str],
    *,
    module: str | None = None,
    progress: Progress | None = None,
) -> tuple[Path, str | None, Parts | None]:
    """``(path, bundled name, parts)`` of a weights file; parts is None for a bundle."""
    path, bundled = resolve(path_or_name)
    suffix = path.suffix.lower()
    if suffix == ".npz" and (bundled or _is_bundle_npz(path)):
        return path, bundled, None
    if suffix == ".keras":
        from gate_explorer.io.keras3 import read_keras3

        return path, None, read_keras3(path, progress)
    if suffix in KERAS_SUFFIXES:
        from gate_explorer.io.keras import read_keras

        return path, None, read_keras(path, progress)
    if suffix == ".onnx":
        from gate_explorer.io.onnx import read_onnx

        return path, None, read_onnx(path)
    if suffix in (".npz", ".safetensors", *TORCH_SUFFIXES):
        if suffix == ".npz":
            arrays, extras = readers.read_npz(path, progress)
            source = "npz"
        elif suffix == ".safetensors":
            arrays, extras = readers.read_safetensors(path, progress)
            source = "safetensors"
        else:
            arrays, extras = readers.read_torch(path, progress)
            source = (
                "TorchScript archive"
                if extras.get("format") == "TorchScript"
                else ("torch state_dict")
            )
        parts = split_state_dict(arrays, source, module=module)
        parts.vocab = extras.get("vocab")
        if extras.get("vocab_key"):
            parts.notes.append(f"vocabulary {extras['vocab_key']} ({len(parts.vocab)} tokens)")
        if extras.get("format") == "TorchScript":
            cls = extras.get("classes", {}).get(f"{parts.module}." if parts.module else "", "?")
            parts.notices.insert(
                0,
                Notice(
                    "torchscript",
                    translatable(
                        "{file} is a TorchScript archive: only its weights were read "
                        "(its code was not run); {module} ({cls}) is "
                        "computed as the standard torch.nn module"
                    ).format(file=path.name, module=parts.module or "the module", cls=cls),
                ),
            )
        return path, None, parts
    raise GateExplorerError(
        translatable("{file}: unknown file type {value!r}; expected one of {names}").format(
            file=path.name, value=suffix or "(no extension)", names=", ".join(SUFFIXES)
        )
    )


def load_model(
    path_or_name: str | os.PathLike[str],
    vocab: Any = None,
    *,
    kind: str | None = None,
    module: str | None = None,
    prefix: str | None = None,
    allow_nonfinite: bool = False,
    progress: Progress | None = None,
    head_activation: str | None = None,
) -> Model:
    """Load a model. ``vocab`` (file, list or ``{token: id}``) is for weights files;
    ``kind`` picks ``rnn_relu`` or ``rnn_tanh`` (or confirms a kind); ``module`` picks the
    recurrent module when a file holds several (``prefix`` is its old name);
    ``allow_nonfinite`` keeps NaN/inf weights; ``progress(bytes read, total)`` follows a
    PyTorch file's storages or a Keras file's arrays; ``head_activation`` (softmax,
    sigmoid, linear) replaces the file's or the guess. Every guess is in
    ``model.notices``."""
    if path_or_name is None or (isinstance(path_or_name, str) and not path_or_name.strip()):
        raise GateExplorerError(
            translatable("no model given: expected a bundled model name or a file path")
        )
    if isinstance(vocab, str | os.PathLike) and not os.fspath(vocab).strip():
        vocab = None  # an empty vocabulary field means none
    if isinstance(module, str) and not module.strip():
        module = None
    path, bundled, parts = read_parts(
        path_or_name, module=module if module is not None else prefix, progress=progress
    )
    if parts is None:
        if vocab is not None:
            raise GateExplorerError(
                translatable(
                    "{file} is a bundle and carries its own vocabulary; do not pass vocab"
                ).format(file=path.name)
            )
        chosen = {"kind": kind, "module": module or prefix, "head activation": head_activation}
        given = [name for name, value in chosen.items() if value]
        if given:
            raise GateExplorerError(
                translatable(
                    "{file} is a bundle: it records its cell, module and head, so the "
                    "{names} given cannot apply (they are for weights files)"
                ).format(file=path.name, names=" and ".join(given))
            )
        return load_bundle(path, allow_nonfinite=allow_nonfinite, name=bundled)
    return assemble(
        parts,
        name=path.name,
        vocab=vocab,
        kind=kind,
        allow_nonfinite=allow_nonfinite,
        head_activation=head_activation,
    )
