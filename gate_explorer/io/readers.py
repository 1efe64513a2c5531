"""Read flat ``{name: array}`` dicts from ``.npz``, ``.safetensors`` and PyTorch files.

Each reader returns ``(arrays, extras)``: float and integer arrays by their key, and
``extras`` with a ``vocab`` when the file carries one (a string array in an npz, JSON in
safetensors metadata, a list or dict in a torch checkpoint, found by ``find_vocab``).
PyTorch files are read by ``torch_zip`` (no torch needed); optional libraries are imported
here, lazily, with an install hint when missing.
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
from gate_explorer.notices import translatable

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
            translatable("reading {what} needs {value}: pip install {value}").format(
                what=what, value=package or module
            )
        ) from exc


def check_npz_sizes(path: Path, limit: int | None = None) -> int:
    """Check every array's declared shape before any data is read; the bytes declared.

    An array must fit in the bytes its member holds, a compressed member may not expand
    more than ``torch_zip.check_ratio`` allows (a zip bomb), and all of them together stay
    under ``limit`` elements (``torch_zip.MAX_ELEMENTS``): a small file declaring 10^12
    elements is refused here instead of exhausting memory in ``np.load``.
    """
    from gate_explorer.io.torch_zip import MAX_ELEMENTS, check_ratio

    limit = MAX_ELEMENTS if limit is None else limit
    total = nbytes = 0
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            if not info.filename.endswith(".npy"):
                continue
            check_ratio(path, info)
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
                    translatable(
                        "{file}: array {name!r} declares shape {shape} ({count:,} "
                        "elements, {size:,} bytes) but the file holds {max:,} bytes for "
                        "it: the file is damaged or not what it claims"
                    ).format(
                        file=path.name,
                        name=name,
                        shape=tuple(shape),
                        count=count,
                        size=size,
                        max=max(held, 0),
                    )
                )
            total += count
            nbytes += size
            if total > limit:
                raise GateExplorerError(
                    translatable(
                        "{file}: array {name!r} declares shape {shape}; the file declares "
                        "{total:,} elements, more than the {limit:,} Gate Explorer reads"
                    ).format(
                        file=path.name, name=name, shape=tuple(shape), total=total, limit=limit
                    )
                )
    return nbytes


def read_npz(
    path: Path, progress: Callable[[int, int], None] | None = None
) -> tuple[Arrays, dict[str, Any]]:
    """Arrays of an ``.npz`` (never unpickles); a 1-D string array named vocab is the vocab.

    Declared sizes are checked first (``check_npz_sizes``); ``progress(bytes, total)``
    is called after each array.
    """
    try:
        total = check_npz_sizes(path)
        with np.load(path, allow_pickle=False) as npz:
            if not hasattr(npz, "files"):
                raise GateExplorerError(
                    translatable("{file} holds a single array, expected a .npz archive").format(
                        file=path.name
                    )
                )
            raw, done = {}, 0
            for k in npz.files:
                raw[k] = np.asarray(npz[k])
                done += raw[k].nbytes
                if progress is not None:
                    progress(min(done, total), total)
    except GateExplorerError:
        raise
    except (OSError, ValueError, EOFError, zipfile.BadZipFile, zlib.error, KeyError,
            NotImplementedError, RuntimeError, MemoryError) as exc:  # fmt: skip
        raise GateExplorerError(
            translatable(
                "{file} is not a readable .npz archive (corrupt or truncated: {exc})"
            ).format(file=path.name, exc=exc)
        ) from exc
    except AttributeError as exc:
        raise GateExplorerError(
            translatable("{file} holds a single array, expected a .npz").format(file=path.name)
        ) from exc
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


SAFETENSORS_DTYPES = {
    "F64": "<f8", "F32": "<f4", "F16": "<f2", "BF16": "bf16", "I64": "<i8", "I32": "<i4",
    "I16": "<i2", "I8": "i1", "U8": "u1", "BOOL": "?", "U16": "<u2", "U32": "<u4",
    "U64": "<u8",
}  # fmt: skip


def read_safetensors(
    path: Path, progress: Callable[[int, int], None] | None = None
) -> tuple[Arrays, dict[str, Any]]:
    """Arrays of a ``.safetensors`` file, read by us (no safetensors package needed):
    bf16 is widened to float32; every entry's dtype, shape and byte range are checked
    against the file before its data is read. A JSON ``vocab`` metadata entry is the vocab.
    """
    from gate_explorer.io.torch_zip import MAX_ELEMENTS

    def bad(what: str) -> GateExplorerError:
        return GateExplorerError(
            translatable("{file} is not a readable .safetensors file ({what})").format(
                file=path.name, what=what
            )
        )

    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(8)
            if len(head) < 8:
                raise bad(translatable("shorter than its 8-byte header length"))
            length = int.from_bytes(head, "little")
            if length > min(size - 8, 100_000_000):
                raise bad(
                    translatable(
                        "its header declares {length:,} bytes, the file holds {size:,}"
                    ).format(length=length, size=size - 8)
                )
            try:
                header = json.loads(fh.read(length))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise bad(translatable("its header is not JSON: {exc}").format(exc=exc)) from None
            if not isinstance(header, dict):
                raise bad(translatable("its header is not a JSON object"))
            meta = header.pop("__metadata__", None) or {}
            data_size = size - 8 - length
            entries, total = [], 0
            for key, entry in header.items():
                try:
                    code = SAFETENSORS_DTYPES[entry["dtype"]]
                    shape = tuple(int(n) for n in entry["shape"])
                    begin, end = (int(n) for n in entry["data_offsets"])
                except (KeyError, TypeError, ValueError):
                    raise bad(translatable(
"tensor {key!r} has dtype, shape or offsets it cannot "
"read: {entry}"
).format(key=key, entry=str(entry)[:80])) from None  # fmt: skip
                itemsize = 2 if code == "bf16" else np.dtype(code).itemsize
                count = int(np.prod(shape, dtype=object)) if shape else 1
                if min(shape, default=0) < 0 or not 0 <= begin <= end <= data_size:
                    raise bad(
                        translatable(
                            "tensor {key!r} lies at bytes {begin}..{end} of {data_size:,}"
                        ).format(key=key, begin=begin, end=end, data_size=data_size)
                    )
                if (end - begin) != count * itemsize:
                    raise bad(
                        translatable(
                            "tensor {key!r} declares shape {shape} ({count:,} bytes) but "
                            "spans {end:,} bytes"
                        ).format(key=key, shape=shape, count=count * itemsize, end=end - begin)
                    )
                total += count
                if total > MAX_ELEMENTS:
                    raise bad(
                        translatable(
                            "it declares more than the {max_elements:,} elements read"
                        ).format(max_elements=MAX_ELEMENTS)
                    )
                entries.append((key, code, shape, begin, count))
            arrays: Arrays = {}
            done, nbytes = 0, sum(c * (2 if k == "bf16" else np.dtype(k).itemsize)
                                  for _, k, _, _, c in entries)  # fmt: skip
            for key, code, shape, begin, count in entries:
                fh.seek(8 + length + begin)
                raw = fh.read(count * (2 if code == "bf16" else np.dtype(code).itemsize))
                if len(raw) < count * (2 if code == "bf16" else np.dtype(code).itemsize):
                    raise bad(
                        translatable("tensor {key!r} is cut short: the file is truncated").format(
                            key=key
                        )
                    )
                if code == "bf16":
                    half = np.frombuffer(raw, dtype="<u2", count=count)
                    arr = (half.astype(np.uint32) << 16).view(np.float32)
                else:
                    arr = np.frombuffer(raw, dtype=code, count=count).copy()
                arrays[key] = arr.reshape(shape).astype(arr.dtype.newbyteorder("="), copy=False)
                done += arr.nbytes if code != "bf16" else 2 * count
                if progress is not None:
                    progress(done, nbytes)
    except OSError as exc:
        raise GateExplorerError(
            translatable("cannot read {file}: {value}").format(
                file=path.name, value=exc.strerror or exc
            )
        ) from None
    if not isinstance(meta, dict):
        meta = {}
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
            if _vocab_like(value):
                return where + key, value
    return None


def _vocab_like(value: Any) -> bool:
    """A list of texts, ``{text: id}``, ``{id: text}`` or a wrapper holding one (``itos``)."""
    if isinstance(value, list | tuple):
        return bool(value) and all(isinstance(t, str) for t in value)
    if isinstance(value, Mapping) and value:
        if any(k in value and _vocab_like(value[k]) for k in ("itos", "stoi", "vocab")):
            return True
        items = list(value.items())
        if all(isinstance(k, str) and isinstance(v, int) for k, v in items):
            ids = {v for _, v in items}
        elif all(isinstance(k, int | str) and isinstance(v, str) for k, v in items):
            ids = {int(k) if str(k).isdigit() else -1 for k, _ in items}
        else:
            return False
        return ids in ({*range(len(items))}, {*range(1, len(items) + 1)})  # Keras counts from 1
    return False


def _has_arrays(tree: Mapping[Any, Any]) -> bool:
    return any(isinstance(v, np.ndarray) for v in tree.values())


MAX_KEYS = 200_000  # tensor names a checkpoint may hold (shared sub-dicts counted per name)


def _flatten(
    tree: Mapping[Any, Any], prefix: str, out: Arrays, seen: list[int] | None = None
) -> None:
    seen = [0] if seen is None else seen
    for key, value in tree.items():
        seen[0] += 1
        if seen[0] > MAX_KEYS:
            raise GateExplorerError(
                translatable(
                    "the checkpoint holds more than {max_keys:,} named values: not a "
                    "model's weights"
                ).format(max_keys=MAX_KEYS)
            )
        name = f"{prefix}{key}"
        if isinstance(value, np.ndarray) and value.dtype.kind in "fiub":
            out[name] = value
        elif isinstance(value, Mapping) and not str(key).startswith("optim"):
            _flatten(value, name + ".", out, seen)


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
            raise GateExplorerError(
                translatable("{file} is a TorchScript archive that holds no tensors").format(
                    file=path.name
                )
            )
        return arrays, extras
    if isinstance(obj, np.ndarray):
        raise GateExplorerError(
            translatable(
                "{file} holds a single tensor {obj_shape}, expected a state_dict (a dict "
                "of tensors): save model.state_dict() with torch.save"
            ).format(file=path.name, obj_shape=obj.shape)
        )
    if not isinstance(obj, Mapping):
        raise GateExplorerError(
            translatable("{file} holds a {type}, expected a state_dict (a dict of tensors)").format(
                file=path.name, type=type(obj).__name__
            )
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
        raise GateExplorerError(
            translatable("{file} holds no tensors: expected a state_dict").format(file=path.name)
        )
    return arrays, extras


def _has_arrays_deep(tree: Mapping[Any, Any], seen: set[int] | None = None) -> bool:
    seen = set() if seen is None else seen
    if id(tree) in seen:
        return False  # a shared sub-dict already looked at
    seen.add(id(tree))
    return any(
        isinstance(v, np.ndarray) or (isinstance(v, Mapping) and _has_arrays_deep(v, seen))
        for v in tree.values()
    )
