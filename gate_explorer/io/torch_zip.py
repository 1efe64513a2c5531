"""Read PyTorch checkpoints without torch: tensors as numpy arrays, never running the file.

``read_torch_file(path)`` returns what ``torch.load(path, weights_only=True)`` would, with
every tensor as a ``numpy.ndarray`` (bfloat16 widened to float32). Forms read:

- the zip archive ``torch.save`` writes since 1.6: ``<name>/data.pkl`` is unpickled by
  ``SafeUnpickler`` (tensors, storages, ``OrderedDict`` and plain containers only, with
  Lightning's ``AttributeDict`` read as a dict); the storages are the members
  ``<name>/data/<key>``;
- the legacy stream (``_use_new_zipfile_serialization=False``): magic number, protocol,
  system info, the pickle, its storage keys, then each storage as int64 numel + bytes;
- TorchScript archives (``torch.jit.save``): ``data.pkl`` names ``__torch__`` classes,
  which become inert ``ScriptObject`` records (their code in ``code/`` is never read);
  ``script_state_dict`` flattens them into ``{"rnn.weight_ih_l0": array, ...}``.

Anything else a pickle asks for (a class of a whole pickled model, ``os.system``...) is
refused before it is called, naming it. Sizes are checked before bytes are read: a
storage must fit in its member (or the rest of the file), a tensor in its storage, and
the whole file under ``MAX_ELEMENTS``.
"""

from __future__ import annotations

import collections
import io
import pickle
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np

from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable

MAX_ELEMENTS = 1 << 30  # elements in one file; about 4 GB of float32
MAX_RATIO = 100  # a compressed member may expand this much (plus 1 MB): no zip bombs
LEGACY_MAGIC = 0x1950A86A20F9469CFC6C
Progress = Callable[[int, int], None]  # (bytes read, bytes in all)

STORAGE_DTYPES = {
    "DoubleStorage": "f8",
    "FloatStorage": "f4",
    "HalfStorage": "f2",
    "BFloat16Storage": "bf16",
    "LongStorage": "i8",
    "IntStorage": "i4",
    "ShortStorage": "i2",
    "CharStorage": "i1",
    "ByteStorage": "u1",
    "BoolStorage": "?",
}
TORCH_DTYPES = {
    "float64": "f8", "double": "f8", "float32": "f4", "float": "f4", "float16": "f2",
    "half": "f2", "bfloat16": "bf16", "int64": "i8", "long": "i8", "int32": "i4",
    "int": "i4", "int16": "i2", "short": "i2", "int8": "i1", "uint8": "u1", "bool": "?",
}  # fmt: skip
WHOLE_MODEL_ADVICE = translatable(
    "a whole pickled model is not read: save model.state_dict() with torch.save instead"
)


class Blocked(pickle.UnpicklingError):
    """A pickle asked for a global that is not on the allow-list (it was not called)."""

    def __init__(self, module: str, name: str) -> None:
        super().__init__(f"{module}.{name}")
        self.module, self.name = module, name


@dataclass(frozen=True)
class StorageType:
    """``torch.FloatStorage`` and friends, or a torch dtype: names an element type."""

    name: str
    code: str  # numpy dtype code, or "bf16"

    def itemsize(self) -> int:
        return 2 if self.code == "bf16" else np.dtype(self.code).itemsize


@dataclass(frozen=True)
class StorageRef:
    """One storage of the file: its key, element type and declared element count."""

    key: str
    type: StorageType
    numel: int


@dataclass(frozen=True)
class TensorRef:
    """A tensor to cut from a storage once the storages are read."""

    storage: StorageRef
    offset: int
    size: tuple[int, ...]
    stride: tuple[int, ...]
    dtype: StorageType | None = None  # _rebuild_tensor_v3: the storage is untyped bytes


class ScriptObject:
    """An inert stand-in for a TorchScript class (``__torch__.…``): only its saved state."""

    type_name = "?"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.state: dict[str, Any] = {}

    def __setstate__(self, state: Any) -> None:
        self.state = dict(state) if isinstance(state, dict) else {"": state}


def _rebuild_tensor(storage: Any, offset: int, size: Any, stride: Any, *_: Any) -> TensorRef:
    if not isinstance(storage, StorageRef):
        raise pickle.UnpicklingError("a tensor without a storage")
    return TensorRef(storage, int(offset), tuple(map(int, size)), tuple(map(int, stride)))


def _rebuild_tensor_v3(
    storage: Any, offset: int, size: Any, stride: Any, grad: Any, hooks: Any, dtype: Any, *_: Any
) -> TensorRef:
    ref = _rebuild_tensor(storage, offset, size, stride)
    if not isinstance(dtype, StorageType):
        raise pickle.UnpicklingError(f"a tensor of unknown dtype {dtype!r}")
    return TensorRef(ref.storage, ref.offset, ref.size, ref.stride, dtype)


def _rebuild_parameter(data: Any, *_: Any) -> Any:
    return data


def _encode(text: str, encoding: str = "latin1") -> bytes:
    if encoding not in ("latin1", "latin-1"):
        raise pickle.UnpicklingError(f"_codecs.encode with {encoding!r}")
    return str(text).encode("latin1")


class NumpyDtype:
    """``numpy.dtype(spec)`` from a pickle, inert: only numeric dtypes become real ones, so
    numpy's own ``__setstate__`` never sees the file's data."""

    def __init__(self, spec: Any = None, *args: Any) -> None:
        self.spec, self.order = spec, "="

    def __setstate__(self, state: Any) -> None:
        if isinstance(state, tuple) and len(state) > 1 and state[1] in ("<", ">", "|", "="):
            self.order = state[1]

    def numpy(self) -> np.dtype:
        try:
            dtype = np.dtype(str(self.spec))
        except TypeError:
            dtype = np.dtype("O")
        if dtype.kind not in "biufc" or not isinstance(self.spec, str):
            raise Blocked("numpy", f"dtype({self.spec!r})")
        return dtype.newbyteorder(self.order) if self.order in "<>" else dtype


class NumpyArray:
    """``numpy.ndarray`` from a pickle (``_reconstruct`` + state), built by us from its
    bytes; ``array`` is None until the state arrives."""

    def __init__(self) -> None:
        self.array: np.ndarray | None = None

    def __setstate__(self, state: Any) -> None:
        if isinstance(state, tuple) and len(state) == 5:
            state = state[1:]  # (version, shape, dtype, fortran, data)
        if not (isinstance(state, tuple) and len(state) == 4):
            raise pickle.UnpicklingError("a numpy array with an unknown state")
        shape, dtype, fortran, data = state
        if not isinstance(dtype, NumpyDtype) or not isinstance(data, bytes):
            raise Blocked("numpy", "ndarray of objects")
        dt = dtype.numpy()
        shape = tuple(int(n) for n in shape)
        count = int(np.prod(shape, dtype=object)) if shape else 1
        if count * dt.itemsize != len(data) or count > MAX_ELEMENTS:
            raise pickle.UnpicklingError(f"a numpy array {shape} with {len(data)} bytes")
        flat = np.frombuffer(data, dtype=dt, count=count)
        self.array = flat.reshape(shape, order="F" if fortran else "C").astype(
            dt.newbyteorder("="), order="C"
        )


def _numpy_reconstruct(cls: Any, shape: Any, dtype: Any) -> NumpyArray:
    if not (isinstance(cls, Allowed) and cls.fn is NumpyArray):
        raise Blocked("numpy", f"_reconstruct({cls!r})")
    return NumpyArray()


def _numpy_scalar(dtype: Any, data: Any = None) -> Any:
    if not isinstance(dtype, NumpyDtype):
        raise Blocked("numpy", "scalar of an unknown dtype")
    dt = dtype.numpy()
    if not isinstance(data, bytes) or len(data) != dt.itemsize:
        raise pickle.UnpicklingError("a numpy scalar without its bytes")
    return np.frombuffer(data, dt)[0].item()


_NUMPY = {"_reconstruct": _numpy_reconstruct, "scalar": _numpy_scalar}
ALLOWED: dict[tuple[str, str], Any] = {
    ("collections", "OrderedDict"): collections.OrderedDict,
    ("torch._utils", "_rebuild_tensor"): _rebuild_tensor,
    ("torch._utils", "_rebuild_tensor_v2"): _rebuild_tensor,
    ("torch._utils", "_rebuild_tensor_v3"): _rebuild_tensor_v3,
    ("torch._utils", "_rebuild_parameter"): _rebuild_parameter,
    ("torch._utils", "_rebuild_parameter_with_state"): _rebuild_parameter,
    ("torch", "Size"): tuple,
    ("torch.jit._pickle", "restore_type_tag"): lambda value, *_: value,
    **{("torch.jit._pickle", f"build_{t}list"): list for t in ("int", "double", "bool", "tensor")},
    ("torch", "device"): str,
    ("_codecs", "encode"): _encode,
    ("builtins", "set"): set,
    ("builtins", "frozenset"): frozenset,
    ("builtins", "slice"): slice,
    ("builtins", "complex"): complex,
    ("numpy", "dtype"): NumpyDtype,
    ("numpy", "ndarray"): NumpyArray,
    **{(m, n): f for m in ("numpy.core.multiarray", "numpy._core.multiarray")
       for n, f in _NUMPY.items()},
}  # fmt: skip


class PlainDict(dict):
    """A ``DICT_CLASSES`` class as the pickle sees it: its items, nothing else (``BUILD``,
    which would set attributes, is refused); ``_replace`` turns it into a ``dict``."""

    type_name = ""

    def __setstate__(self, state: Any) -> None:
        raise pickle.UnpicklingError(f"the pickle sets attributes on a {self.type_name}")


DICT_CLASSES: dict[tuple[str, str], type[PlainDict]] = {
    (m, n): type(n, (PlainDict,), {"type_name": f"{m}.{n}"})
    for m, n in (
        ("pytorch_lightning.utilities.parsing", "AttributeDict"),
        ("lightning.pytorch.utilities.parsing", "AttributeDict"),
        ("lightning_fabric.utilities.data", "AttributeDict"),
        ("lightning.fabric.utilities.data", "AttributeDict"),
    )
}
"""dict subclasses with no state of their own (Lightning's ``hyper_parameters``), rebuilt
by name as plain dicts; their modules are never imported."""


class Allowed:
    """An allowed global as the pickle sees it: callable, but no pickle opcode can change
    it (BUILD on it fails) and it is not a class (NEWOBJ on it fails)."""

    __slots__ = ("fn", "name")

    def __init__(self, fn: Callable[..., Any], name: str) -> None:
        self.fn, self.name = fn, name

    def __call__(self, *args: Any) -> Any:
        return self.fn(*args)

    def __setstate__(self, state: Any) -> None:
        raise pickle.UnpicklingError(f"the pickle tries to change {self.name}")


class SafeUnpickler(pickle.Unpickler):
    """Unpickles tensors, storages, ``OrderedDict`` and plain containers; refuses the rest.

    ``script=True`` (TorchScript archives) turns ``__torch__.*`` classes into inert
    ``ScriptObject`` subclasses instead of refusing them.
    """

    def __init__(self, file: BinaryIO, *, script: bool = False) -> None:
        super().__init__(file)
        self.script = script
        self.storages: dict[str, StorageRef] = {}

    def find_class(self, module: str, name: str) -> Any:
        if module == "__builtin__":
            module = "builtins"
        if (module, name) in ALLOWED:
            return Allowed(ALLOWED[(module, name)], f"{module}.{name}")
        if (module, name) in DICT_CLASSES:
            return DICT_CLASSES[(module, name)]
        if module == "torch" and name in STORAGE_DTYPES:
            return StorageType(name, STORAGE_DTYPES[name])
        if module == "torch" and name in TORCH_DTYPES:
            return StorageType(name, TORCH_DTYPES[name])
        if name == "UntypedStorage" and module in ("torch", "torch.storage"):
            return StorageType(name, "u1")
        if self.script and (module == "__torch__" or module.startswith("__torch__.")):
            return type(name, (ScriptObject,), {"type_name": f"{module}.{name}"})
        raise Blocked(module, name)

    def persistent_load(self, pid: Any) -> Any:
        if not (isinstance(pid, tuple) and len(pid) >= 5 and pid[0] == "storage"):
            raise pickle.UnpicklingError(f"unknown persistent id {str(pid)[:60]}")
        kind, key, numel = pid[1], str(pid[2]), pid[4]
        if len(pid) > 5 and pid[5] is not None:  # a view of another storage (PyTorch < 1.0)
            raise pickle.UnpicklingError(
                "a storage view of PyTorch before 1.0, which is not read: torch.load the file "
                "and torch.save(obj, 'x.pt') again"
            )
        if not isinstance(kind, StorageType):
            raise pickle.UnpicklingError(f"storage of unknown type {kind!r}")
        if not isinstance(numel, int) or numel < 0:
            raise pickle.UnpicklingError(f"storage {key} declares {numel!r} elements")
        ref = self.storages.setdefault(key, StorageRef(key, kind, int(numel)))
        return ref


# ---------------------------------------------------------------------------- reading
def _blocked_message(path: Path, exc: Blocked) -> str:
    what = f"{exc.module}.{exc.name}"
    if exc.module == "numpy":
        advice = translatable(
            "only numeric NumPy values are read (object arrays hold pickled Python objects); "
            "store it as a tensor or a list, nothing was run"
        )
    elif exc.module.startswith(("torch.nn", "__main__", "__torch__")) or exc.name[:1].isupper():
        advice = WHOLE_MODEL_ADVICE
    else:
        advice = translatable(
            "that would run code from the file, so it was not read (nothing was run)"
        )
    return translatable("{file}: blocked: the pickle asks for {what}; {advice}").format(
        file=path.name, what=what, advice=advice
    )


def _unpickle(path: Path, data: bytes | BinaryIO, *, script: bool = False) -> tuple[Any, Any]:
    file = io.BytesIO(data) if isinstance(data, bytes) else data
    unpickler = SafeUnpickler(file, script=script)
    try:
        obj = unpickler.load()
    except Blocked as exc:
        raise GateExplorerError(_blocked_message(path, exc)) from None
    except RecursionError:
        raise GateExplorerError(
            translatable("{file}: the pickle is nested too deeply to read").format(file=path.name)
        ) from None
    except (pickle.UnpicklingError, EOFError, ValueError, TypeError, struct.error,
            IndexError, KeyError, AttributeError, MemoryError) as exc:  # fmt: skip
        raise GateExplorerError(
            translatable(
                "{file} is not a readable PyTorch file (its pickle is damaged: {type}: {exc})"
            ).format(file=path.name, type=type(exc).__name__, exc=str(exc)[:120])
        ) from None
    return obj, unpickler


def _check_total(path: Path, storages: dict[str, StorageRef]) -> int:
    total = sum(s.numel for s in storages.values())
    if total > MAX_ELEMENTS:
        raise GateExplorerError(
            translatable(
                "{file} declares {total:,} elements in {n_storages} storages, more than "
                "the {max_elements:,} Gate Explorer reads from one file"
            ).format(
                file=path.name, total=total, n_storages=len(storages), max_elements=MAX_ELEMENTS
            )
        )
    return sum(s.numel * s.type.itemsize() for s in storages.values())


def check_ratio(path: Path, info: zipfile.ZipInfo) -> None:
    """Refuse a compressed zip member that expands far more than weights do (a zip bomb)."""
    if info.compress_type == zipfile.ZIP_STORED:
        return  # read as stored: the bytes must really be in the file
    if info.file_size > MAX_RATIO * max(info.compress_size, 1) + (1 << 20):
        raise GateExplorerError(
            translatable(
                "{file}: {filename} declares {file_size:,} bytes compressed into "
                "{compress_size:,}, more than the {max_ratio}-fold Gate Explorer expands "
                "(weights do not compress that well): the file is damaged or hostile"
            ).format(
                file=path.name,
                filename=info.filename,
                file_size=info.file_size,
                compress_size=info.compress_size,
                max_ratio=MAX_RATIO,
            )
        )


def _as_array(path: Path, ref: StorageRef, raw: bytes | bytearray | memoryview, order: str) -> Any:
    """The storage's elements as a 1-D array (bfloat16 widened to float32)."""
    if ref.type.code == "bf16":
        half = np.frombuffer(raw, dtype=f"{order}u2", count=ref.numel)
        return (half.astype(np.uint32) << 16).view(np.float32)
    return np.frombuffer(raw, dtype=np.dtype(ref.type.code).newbyteorder(order), count=ref.numel)


def _tensor(
    path: Path, t: TensorRef, storage: np.ndarray, order: str, left: int = MAX_ELEMENTS
) -> np.ndarray:
    """Cut tensor ``t`` from its storage's elements, after checking it lies inside."""
    if t.dtype is not None:  # an untyped (byte) storage read as another dtype
        itemsize = t.dtype.itemsize()
        raw = storage.view(np.uint8)[: storage.nbytes - storage.nbytes % itemsize]
        storage = _as_array(path, StorageRef("", t.dtype, raw.nbytes // itemsize), raw, order)
    if len(t.size) != len(t.stride) or any(s < 0 for s in (*t.size, *t.stride, t.offset)):
        raise GateExplorerError(
            translatable(
                "{file}: a tensor of size {t_size} has strides {stride} and offset "
                "{offset}: damaged file"
            ).format(file=path.name, t_size=t.size, stride=t.stride, offset=t.offset)
        )
    count = int(np.prod(t.size, dtype=object)) if t.size else 1
    if count > left:
        raise GateExplorerError(
            translatable(
                "{file}: a tensor of size {t_size} declares {count:,} elements, more than "
                "the {max_elements:,} Gate Explorer reads from one file (with the tensors "
                "before)"
            ).format(file=path.name, t_size=t.size, count=count, max_elements=MAX_ELEMENTS)
        )
    last = t.offset + sum((n - 1) * s for n, s in zip(t.size, t.stride, strict=True))
    if count and last >= storage.size:
        raise GateExplorerError(
            translatable(
                "{file}: a tensor of size {t_size} needs element {last} of storage {key}, "
                "which holds {storage_size}: the file is damaged or truncated"
            ).format(
                file=path.name,
                t_size=t.size,
                last=last,
                key=t.storage.key,
                storage_size=storage.size,
            )
        )
    if count == 0:
        return np.zeros(t.size, dtype=storage.dtype.newbyteorder("="))
    view = np.lib.stride_tricks.as_strided(
        storage[t.offset :],
        shape=t.size,
        strides=tuple(s * storage.itemsize for s in t.stride),
        writeable=False,
    )
    return np.array(view, dtype=storage.dtype.newbyteorder("="), order="C")


MAX_NODES = 1_000_000  # containers and values a checkpoint's tree may hold, walked once each


def _replace(
    obj: Any,
    tensors: Callable[[TensorRef], np.ndarray],
    depth: int = 0,
    memo: dict[int, Any] | None = None,
) -> Any:
    """``obj`` with every ``TensorRef`` turned into its array (containers rebuilt once each:
    an object the pickle shares, such as tied weights, stays one object)."""
    memo = {} if memo is None else memo
    if depth > 200:
        raise GateExplorerError(translatable("the checkpoint is nested too deeply to read"))
    key = id(obj)
    if key in memo:
        return memo[key][1]
    if len(memo) > MAX_NODES:
        raise GateExplorerError(
            translatable(
                "the checkpoint holds more than {max_nodes:,} values: not a model's weights"
            ).format(max_nodes=MAX_NODES)
        )
    if isinstance(obj, TensorRef):
        out: Any = tensors(obj)
    elif isinstance(obj, StorageRef):
        out = None  # a bare storage: nothing to show
    elif isinstance(obj, NumpyArray):
        out = obj.array
    elif isinstance(obj, dict):
        out = type(obj)() if isinstance(obj, collections.OrderedDict) else {}
        memo[key] = (obj, out)
        for k, v in obj.items():
            out[k] = _replace(v, tensors, depth + 1, memo)
    elif isinstance(obj, list):
        out = []
        memo[key] = (obj, out)
        out.extend(_replace(v, tensors, depth + 1, memo) for v in obj)
    elif isinstance(obj, tuple):
        out = tuple(_replace(v, tensors, depth + 1, memo) for v in obj)
    elif isinstance(obj, ScriptObject):
        memo[key] = (obj, obj)
        obj.state = {k: _replace(v, tensors, depth + 1, memo) for k, v in obj.state.items()}
        out = obj
    else:
        out = obj
    memo[key] = (obj, out)  # obj kept alive, so its id is not reused while walking
    return out


def _read_zip(path: Path, zf: zipfile.ZipFile, progress: Progress | None) -> Any:
    names = zf.namelist()
    pkl = [n for n in names if n.endswith("/data.pkl") and n.count("/") == 1]
    script = any("/code/" in n or n.endswith("/constants.pkl") for n in names)
    if not pkl and script:
        raise GateExplorerError(
            translatable(
                "{file} is a TorchScript archive without data.pkl (an old TorchScript "
                "format): in Python, torch.jit.load it and torch.save(model.state_dict(), "
                "'x.pt')"
            ).format(file=path.name)
        )
    if not pkl:
        raise GateExplorerError(
            translatable(
                "{file} is a zip archive but not a PyTorch checkpoint (no data.pkl; found {value})"
            ).format(file=path.name, value=", ".join(names[:4]) or "nothing")
        )
    root = pkl[0].split("/")[0]
    order = "<"
    if f"{root}/byteorder" in names:
        order = ">" if zf.read(f"{root}/byteorder").strip() == b"big" else "<"
    check_ratio(path, zf.getinfo(pkl[0]))
    obj, unpickler = _unpickle(path, zf.read(pkl[0]), script=script)
    storages = unpickler.storages
    total = _check_total(path, storages)
    for ref in storages.values():
        member = f"{root}/data/{ref.key}"
        try:
            info = zf.getinfo(member)
        except KeyError:
            raise GateExplorerError(
                translatable(
                    "{file}: storage {key} is missing from the archive (no {member}): the "
                    "file is damaged"
                ).format(file=path.name, key=ref.key, member=member)
            ) from None
        check_ratio(path, info)
        need = ref.numel * ref.type.itemsize()
        if need > info.file_size:
            raise GateExplorerError(
                translatable(
                    "{file}: storage {key} declares {numel:,} elements ({need:,} bytes) "
                    "but the file holds {file_size:,} bytes for it: the file is damaged or "
                    "truncated"
                ).format(
                    file=path.name,
                    key=ref.key,
                    numel=ref.numel,
                    need=need,
                    file_size=info.file_size,
                )
            )
    arrays: dict[str, np.ndarray] = {}
    done = 0
    for ref in storages.values():
        try:
            raw = zf.read(f"{root}/data/{ref.key}")
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise GateExplorerError(
                translatable(
                    "{file}: storage {key} cannot be read ({exc}): the file is damaged or truncated"
                ).format(file=path.name, key=ref.key, exc=exc)
            ) from None
        arrays[ref.key] = _as_array(path, ref, raw, order)
        done += ref.numel * ref.type.itemsize()
        if progress is not None:
            progress(done, total)
    result = _replace(obj, _cutter(path, arrays, order))
    return ScriptArchive(result) if script else result


@dataclass
class ScriptArchive:
    """What a TorchScript archive's ``data.pkl`` holds: the top module as a ``ScriptObject``."""

    module: Any


def script_state_dict(obj: Any, prefix: str = "", out: dict[str, np.ndarray] | None = None,
                      classes: dict[str, str] | None = None) -> dict[str, np.ndarray]:  # fmt: skip
    """``{"rnn.weight_ih_l0": array, ...}`` from a TorchScript module tree.

    ``classes`` (when given) receives ``{prefix: class name}`` of every submodule.
    """
    out = {} if out is None else out
    visits = [0]

    def walk(value: Any, name: str, depth: int) -> None:
        visits[0] += 1
        if visits[0] > MAX_NODES or depth > 200:
            raise GateExplorerError(
                translatable(
                    "the TorchScript archive's modules are nested too deeply or too often to read"
                )
            )
        if isinstance(value, ScriptObject):
            if classes is not None:
                classes[name] = value.type_name
            for key, item in value.state.items():
                if isinstance(key, str) and not key.startswith("_"):
                    walk(item, f"{name}{key}.", depth + 1)
        elif isinstance(value, np.ndarray) and name:
            out[name[:-1]] = value

    walk(obj, prefix, 0)
    return out


def _read_legacy(path: Path, fh: BinaryIO, size: int, progress: Progress | None) -> Any:
    def header(what: str) -> Any:
        try:
            return _plain_load(fh)
        except Exception:
            raise GateExplorerError(
                translatable(
                    "{file} is a legacy PyTorch file whose {what} cannot be read: damaged "
                    "or truncated"
                ).format(file=path.name, what=what)
            ) from None

    if header("magic number") != LEGACY_MAGIC:
        raise GateExplorerError(
            translatable("{file} is not a PyTorch file (wrong magic number)").format(file=path.name)
        )
    protocol = header("protocol version")
    if protocol != 1001:
        raise GateExplorerError(
            translatable(
                "{file} is a legacy PyTorch file of protocol {protocol!r} (expected 1001)"
            ).format(file=path.name, protocol=protocol)
        )
    info = header("system info")
    little = not isinstance(info, dict) or info.get("little_endian", True)
    order = "<" if little else ">"
    obj, unpickler = _unpickle(path, fh)
    keys = header("storage list")
    if not isinstance(keys, list) or set(map(str, keys)) != set(unpickler.storages):
        raise GateExplorerError(
            translatable("{file}: the storage list does not match the pickle").format(
                file=path.name
            )
        )
    total = _check_total(path, unpickler.storages)
    arrays: dict[str, np.ndarray] = {}
    done = 0
    for key in map(str, keys):
        ref = unpickler.storages[key]
        head = fh.read(8)
        if len(head) < 8:
            raise GateExplorerError(
                translatable("{file}: storage {key} is missing: the file is truncated").format(
                    file=path.name, key=key
                )
            )
        (numel,) = struct.unpack(f"{order}q", head)
        need = numel * ref.type.itemsize()
        left = size - fh.tell()
        if numel != ref.numel or need > left:
            raise GateExplorerError(
                translatable(
                    "{file}: storage {key} declares {numel:,} elements ({need:,} bytes) "
                    "but the file holds {max:,} more bytes: damaged or truncated"
                ).format(file=path.name, key=key, numel=numel, need=need, max=max(left, 0))
            )
        arrays[key] = _as_array(path, ref, fh.read(need), order)
        done += need
        if progress is not None:
            progress(done, total)
    return _replace(obj, _cutter(path, arrays, order))


def _cutter(
    path: Path, arrays: dict[str, np.ndarray], order: str
) -> Callable[[TensorRef], np.ndarray]:
    """``_tensor`` for ``_replace``, keeping the file's elements in all under the limit
    (tensors may share a storage, or repeat one element with stride 0)."""
    total = [0]

    def cut(t: TensorRef) -> np.ndarray:
        out = _tensor(path, t, arrays[t.storage.key], order, MAX_ELEMENTS - total[0])
        total[0] += out.size
        return out

    return cut


def _plain_load(fh: BinaryIO) -> Any:
    """A header pickle of the legacy format: numbers, strings and dicts only."""

    class Plain(pickle.Unpickler):
        def find_class(self, module: str, name: str) -> Any:
            raise Blocked(module, name)

    return Plain(fh).load()


def read_torch_file(path: str | Path, *, progress: Progress | None = None) -> Any:
    """The object a PyTorch file holds, tensors as numpy arrays; see the module docstring.

    A TorchScript archive gives a ``ScriptArchive``. ``progress(bytes_read, total)`` is
    called after each storage. Raises ``GateExplorerError`` for anything unreadable.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as zf:
                return _read_zip(path, zf, progress)
        with open(path, "rb") as fh:
            start = fh.read(512)
            if len(start) >= 262 and start[257:262] == b"ustar":
                raise GateExplorerError(
                    translatable(
                        "{file} is PyTorch's oldest (tar) format, which is not read: in "
                        "Python, torch.load it and torch.save(obj, 'x.pt') again"
                    ).format(file=path.name)
                )
            if not start.startswith(b"\x80"):
                raise GateExplorerError(
                    translatable(
                        "{file} is not a readable PyTorch file (neither a zip archive nor "
                        "a pickle: corrupt, truncated or another format)"
                    ).format(file=path.name)
                )
            fh.seek(0)
            return _read_legacy(path, fh, size, progress)
    except GateExplorerError:
        raise
    except zipfile.BadZipFile as exc:
        raise GateExplorerError(
            translatable(
                "{file} is not a readable PyTorch file (damaged zip archive: {exc})"
            ).format(file=path.name, exc=exc)
        ) from None
    except OSError as exc:
        if exc.strerror is None:  # zipfile's own complaints are OSErrors too
            raise GateExplorerError(
                translatable("{file} is not a readable PyTorch file (damaged: {exc})").format(
                    file=path.name, exc=exc
                )
            ) from None
        raise GateExplorerError(
            translatable("cannot read {file}: {strerror}").format(
                file=path.name, strerror=exc.strerror
            )
        ) from None
    except (EOFError, ValueError, UnicodeError, NotImplementedError, RuntimeError, KeyError,
            IndexError, TypeError, struct.error, zlib.error, MemoryError) as exc:  # fmt: skip
        # a damaged archive's directory, names or compressed data (the file is hostile input)
        raise GateExplorerError(
            translatable(
                "{file} is not a readable PyTorch file (damaged or truncated: {type}: {exc})"
            ).format(file=path.name, type=type(exc).__name__, exc=str(exc)[:120])
        ) from None
