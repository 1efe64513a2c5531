"""Read flat ``{name: array}`` dicts from ``.npz``, ``.safetensors`` and PyTorch files.

Each reader returns ``(arrays, extras)``: float and integer arrays by their key, and
``extras`` with a ``vocab`` when the file carries one (a string array in an npz, JSON in
safetensors metadata, a list or dict in a torch checkpoint). Optional libraries are
imported here, lazily, with an install hint when missing.
"""

from __future__ import annotations

import importlib
import json
import zipfile
import zlib
from collections.abc import Callable, Mapping
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

from gate_explorer.errors import GateExplorerError

Arrays = dict[str, np.ndarray]
_CHECKPOINT_KEYS = ("state_dict", "model_state_dict", "model_state", "model", "net", "module")
VOCAB_KEYS = (
    "itos", "idx2char", "idx2word", "vocab", "tokens", "chars", "stoi", "char2idx",
    "word2idx", "token_to_id",
)  # fmt: skip


def need(module: str, what: str, package: str | None = None) -> ModuleType:
    """Import an optional dependency or raise saying how to install it."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise GateExplorerError(
            f"reading {what} needs {package or module}: pip install {package or module}"
        ) from exc


def check_npz_sizes(path: Path, limit: int | None = None) -> None:
    """Check every array's declared shape before any data is read.

    An array must fit in the bytes its member holds, and all of them together stay under
    ``limit`` elements (``torch_zip.MAX_ELEMENTS``): a small file declaring 10^12
    elements is refused here instead of exhausting memory in ``np.load``.
    """
    from gate_explorer.io.torch_zip import MAX_ELEMENTS

    limit = MAX_ELEMENTS if limit is None else limit
    total = 0
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            if not info.filename.endswith(".npy"):
                continue
            with zf.open(info) as fh:
                version = np.lib.format.read_magic(fh)
                if version == (1, 0):
                    shape, _, dtype = np.lib.format.read_array_header_1_0(fh)
                else:
                    shape, _, dtype = np.lib.format.read_array_header_2_0(fh)
                header = fh.tell()
            name = info.filename[: -len(".npy")]
            count = int(np.prod(shape, dtype=object)) if shape else 1
            size = count * dtype.itemsize
            held = info.file_size - header
            if not dtype.hasobject and size > held:
                raise GateExplorerError(
                    f"{path.name}: array {name!r} declares shape {tuple(shape)} ({count:,} "
                    f"elements, {size:,} bytes) but the file holds {max(held, 0):,} bytes for "
                    "it: the file is damaged or not what it claims"
                )
            total += count
            if total > limit:
                raise GateExplorerError(
                    f"{path.name}: array {name!r} declares shape {tuple(shape)}; the file "
                    f"declares {total:,} elements, more than the {limit:,} Gate Explorer reads"
                )


def read_npz(path: Path) -> tuple[Arrays, dict[str, Any]]:
    """Arrays of an ``.npz`` (never unpickles); a 1-D string array named vocab is the vocab.

    Declared sizes are checked first (``check_npz_sizes``).
    """
    try:
        check_npz_sizes(path)
        with np.load(path, allow_pickle=False) as npz:
            if not hasattr(npz, "files"):
                raise GateExplorerError(
                    f"{path.name} holds a single array, expected a .npz archive"
                )
            raw = {k: np.asarray(npz[k]) for k in npz.files}
    except GateExplorerError:
        raise
    except (OSError, ValueError, EOFError, zipfile.BadZipFile, zlib.error, KeyError,
            NotImplementedError, RuntimeError, MemoryError) as exc:  # fmt: skip
        raise GateExplorerError(
            f"{path.name} is not a readable .npz archive (corrupt or truncated: {exc})"
        ) from exc
    except AttributeError as exc:
        raise GateExplorerError(f"{path.name} holds a single array, expected a .npz") from exc
    extras: dict[str, Any] = {}
    arrays: Arrays = {}
    for key, arr in raw.items():
        if arr.dtype.kind in "US":
            if key.split(".")[-1].split("/")[-1] in VOCAB_KEYS and arr.ndim == 1:
                extras["vocab"] = [str(t) for t in arr.tolist()]
                extras["vocab_key"] = key
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
    for key in VOCAB_KEYS:
        if key in meta:
            try:
                extras["vocab"] = json.loads(meta[key])
            except json.JSONDecodeError:
                pass
            break
    return arrays, extras


def find_vocab(obj: Mapping[Any, Any]) -> tuple[str, Any] | None:
    """``(key, vocabulary)`` stored in a checkpoint under a common name, or None.

    Looked for at the top level, then one level down (``obj["config"]["itos"]``...); a
    list, a ``{token: id}`` or ``{id: token}`` dict, or a string of characters (``chars``).
    """
    levels = [("", obj)] + [
        (f"{k}.", v) for k, v in obj.items() if isinstance(v, Mapping) and not _has_arrays(v)
    ]
    for where, level in levels:
        for key in VOCAB_KEYS:
            value = level.get(key)
            if isinstance(value, str) and key in ("chars", "vocab", "tokens") and value:
                return where + key, list(value)
            if isinstance(value, list | tuple | Mapping) and value:
                return where + key, value
    return None


def _has_arrays(tree: Mapping[Any, Any]) -> bool:
    return any(isinstance(v, np.ndarray) for v in tree.values())


def _flatten(tree: Mapping[Any, Any], prefix: str, out: Arrays) -> None:
    for key, value in tree.items():
        name = f"{prefix}{key}"
        if isinstance(value, np.ndarray) and value.dtype.kind in "fiub":
            out[name] = value
        elif isinstance(value, Mapping) and not str(key).startswith("optim"):
            _flatten(value, name + ".", out)


def read_torch(
    path: Path, progress: Callable[[int, int], None] | None = None
) -> tuple[Arrays, dict[str, Any]]:
    """Tensors of a PyTorch ``state_dict`` file (or a checkpoint dict holding one).

    Read without torch by ``torch_zip.read_torch_file``: a pickled whole model (or any
    pickle asking for code) is refused, naming what it asked for. A checkpoint's
    ``state_dict``/``model`` entry is used when present; optimizer state is skipped; a
    vocabulary under a common name (``find_vocab``) becomes the vocab. A TorchScript
    archive gives its modules' parameters. ``extras``: ``vocab``, ``vocab_key``,
    ``format`` and, for TorchScript, ``classes`` ({module prefix: class}).
    """
    from gate_explorer.io.torch_zip import ScriptArchive, read_torch_file, script_state_dict

    obj = read_torch_file(path, progress=progress)
    extras: dict[str, Any] = {"format": "torch"}
    if isinstance(obj, ScriptArchive):
        classes: dict[str, str] = {}
        arrays = script_state_dict(obj.module, classes=classes)
        extras |= {"format": "TorchScript", "classes": classes}
        if not arrays:
            raise GateExplorerError(f"{path.name} is a TorchScript archive that holds no tensors")
        return arrays, extras
    if isinstance(obj, np.ndarray):
        raise GateExplorerError(
            f"{path.name} holds a single tensor {obj.shape}, expected a state_dict (a dict of "
            "tensors): save model.state_dict() with torch.save"
        )
    if not isinstance(obj, Mapping):
        raise GateExplorerError(
            f"{path.name} holds a {type(obj).__name__}, expected a state_dict (a dict of tensors)"
        )
    found = find_vocab(obj)
    if found is not None:
        extras["vocab_key"], extras["vocab"] = found
    for key in _CHECKPOINT_KEYS:
        if isinstance(obj.get(key), Mapping) and _has_arrays_deep(obj[key]):
            obj = obj[key]
            break
    arrays: Arrays = {}
    _flatten(obj, "", arrays)
    if not arrays:
        raise GateExplorerError(f"{path.name} holds no tensors: expected a state_dict")
    return arrays, extras


def _has_arrays_deep(tree: Mapping[Any, Any]) -> bool:
    return any(
        isinstance(v, np.ndarray) or (isinstance(v, Mapping) and _has_arrays_deep(v))
        for v in tree.values()
    )
