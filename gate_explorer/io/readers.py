"""Read flat ``{name: array}`` dicts from ``.npz``, ``.safetensors`` and PyTorch files.

Each reader returns ``(arrays, extras)``: float and integer arrays by their key, and
``extras`` with a ``vocab`` when the file carries one (a string array in an npz, JSON in
safetensors metadata, a list or dict in a torch checkpoint). Optional libraries are
imported here, lazily, with an install hint when missing.
"""

from __future__ import annotations

import importlib
import json
import re
import zipfile
import zlib
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

from gate_explorer.errors import GateExplorerError

Arrays = dict[str, np.ndarray]
_CHECKPOINT_KEYS = ("state_dict", "model_state_dict", "model_state", "model", "net", "module")
_VOCAB_KEYS = ("vocab", "itos", "stoi", "chars", "tokens", "token_to_id")


def need(module: str, what: str, package: str | None = None) -> ModuleType:
    """Import an optional dependency or raise saying how to install it."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise GateExplorerError(
            f"reading {what} needs {package or module}: pip install {package or module}"
        ) from exc


def read_npz(path: Path) -> tuple[Arrays, dict[str, Any]]:
    """Arrays of an ``.npz`` (never unpickles); a 1-D string array named vocab is the vocab."""
    try:
        with np.load(path, allow_pickle=False) as npz:
            if not hasattr(npz, "files"):
                raise GateExplorerError(
                    f"{path.name} holds a single array, expected a .npz archive"
                )
            raw = {k: np.asarray(npz[k]) for k in npz.files}
    except (OSError, ValueError, EOFError, zipfile.BadZipFile, zlib.error, KeyError) as exc:
        raise GateExplorerError(
            f"{path.name} is not a readable .npz archive (corrupt or truncated: {exc})"
        ) from exc
    except AttributeError as exc:
        raise GateExplorerError(f"{path.name} holds a single array, expected a .npz") from exc
    extras: dict[str, Any] = {}
    arrays: Arrays = {}
    for key, arr in raw.items():
        if arr.dtype.kind in "US":
            if key.split(".")[-1].split("/")[-1] in _VOCAB_KEYS and arr.ndim == 1:
                extras["vocab"] = [str(t) for t in arr.tolist()]
            continue
        arrays[key] = arr
    return arrays, extras


def read_safetensors(path: Path) -> tuple[Arrays, dict[str, Any]]:
    """Arrays of a ``.safetensors`` file; a JSON ``vocab`` metadata entry is the vocab."""
    need("safetensors", ".safetensors files", "safetensors")
    from safetensors import safe_open

    try:
        arrays: Arrays = {}
        with safe_open(str(path), framework="numpy") as fh:
            meta = fh.metadata() or {}
            for key in fh.keys():
                arrays[key] = fh.get_tensor(key)
    except Exception as exc:  # SafetensorError, or numpy refusing a dtype such as bf16
        raise GateExplorerError(
            f"{path.name} is not a readable .safetensors file ({type(exc).__name__}: {exc})"
        ) from exc
    extras: dict[str, Any] = {}
    for key in _VOCAB_KEYS:
        if key in meta:
            try:
                extras["vocab"] = json.loads(meta[key])
            except json.JSONDecodeError:
                pass
            break
    return arrays, extras


def _to_numpy(value: Any, torch: ModuleType) -> np.ndarray:
    t = value.detach().cpu()
    if t.dtype == torch.bfloat16:
        t = t.float()
    return t.numpy()


def _flatten(tree: Mapping[Any, Any], torch: ModuleType, prefix: str, out: Arrays) -> None:
    for key, value in tree.items():
        name = f"{prefix}{key}"
        if isinstance(value, torch.Tensor):
            out[name] = _to_numpy(value, torch)
        elif isinstance(value, Mapping) and not str(key).startswith("optim"):
            _flatten(value, torch, name + ".", out)


def read_torch(path: Path) -> tuple[Arrays, dict[str, Any]]:
    """Tensors of a PyTorch ``state_dict`` file (or a checkpoint dict holding one).

    Loaded with ``weights_only=True``: a pickled whole model is refused, with advice.
    A checkpoint's ``state_dict``/``model`` entry is used when present; optimizer state
    is skipped; a ``vocab``/``itos``/``stoi`` entry becomes the vocab.
    """
    torch = need("torch", "PyTorch .pt/.pth files", "torch")
    try:
        obj = torch.load(str(path), map_location="cpu", weights_only=True)
    except Exception as exc:  # UnpicklingError, RuntimeError (bad zip), EOFError...
        text = str(exc)
        found = re.search(r"Unsupported global: GLOBAL (\S+)", text)
        if found:
            raise GateExplorerError(
                f"{path.name} holds pickled Python objects ({found.group(1)}: a whole model?), "
                "not just tensors; save model.state_dict() with torch.save instead"
            ) from exc
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        first = lines[0] if lines else type(exc).__name__
        first = first.split(". ")[0]
        if "Weights only load failed" in first:
            first = "not a PyTorch file or a damaged one"
        raise GateExplorerError(
            f"{path.name} is not a readable PyTorch file (corrupt or truncated: {first[:200]})"
        ) from exc
    if not isinstance(obj, Mapping):
        raise GateExplorerError(
            f"{path.name} holds a {type(obj).__name__}, expected a state_dict (a dict of tensors)"
        )
    extras: dict[str, Any] = {}
    for key in _VOCAB_KEYS:
        if isinstance(obj.get(key), list | dict):
            extras["vocab"] = obj[key]
            break
    for key in _CHECKPOINT_KEYS:
        if isinstance(obj.get(key), Mapping):
            obj = obj[key]
            break
    arrays: Arrays = {}
    _flatten(obj, torch, "", arrays)
    if not arrays:
        raise GateExplorerError(f"{path.name} holds no tensors: expected a state_dict")
    return arrays, extras
