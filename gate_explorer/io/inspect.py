"""``inspect_file``: what a weights file holds and what Gate Explorer will make of it.

A ``FileReport`` lists the tensors (names, shapes, dtypes: headers only where the format
allows), the recurrent modules found, the one that will be computed with its embedding and
head, what is skipped, the notices (every guess) and, when the file cannot be opened as it
is, the one-line reason. ``gate-explorer models --inspect FILE [--json]`` prints it.

Readers for other formats plug in with ``TENSOR_LISTERS[suffix] = lister`` (a lister takes
the path and returns ``TensorInfo`` rows); the rest comes from ``load.read_parts`` and
``assemble``, so a new format that gives ``Parts`` is reported like the others.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import Notice, translatable


@dataclass(frozen=True)
class TensorInfo:
    """One array of the file: its key, shape and dtype name."""

    name: str
    shape: tuple[int, ...]
    dtype: str


@dataclass
class FileReport:
    """What ``inspect_file`` found; ``error`` is empty when the file opens as it is."""

    path: str
    format: str = ""
    tensors: list[TensorInfo] = field(default_factory=list)
    modules: list[str] = field(default_factory=list)  # every recurrent module, described
    module: str = ""  # the one computed ("" at the top level or when none was chosen)
    kind: str = ""  # lstm, gru, rnn_tanh, rnn_relu
    computed: list[str] = field(default_factory=list)  # embedding, net, head, in order
    skipped: list[str] = field(default_factory=list)  # keys not computed
    found: list[str] = field(default_factory=list)  # where each part was read from
    notices: list[Notice] = field(default_factory=list)
    vocab_size: int | None = None
    error: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: tensors as ``{name, shape, dtype}``, notices as ``{code, message...}``."""
        data = asdict(self)
        data["tensors"] = [
            {"name": t.name, "shape": list(t.shape), "dtype": t.dtype} for t in self.tensors
        ]
        data["notices"] = [asdict(n) for n in self.notices]
        return data

    def text(self, max_tensors: int = 40) -> str:
        """A plain-text report, one item per line."""
        lines = [f"{Path(self.path).name}: {self.format or 'unknown format'}"]
        count = sum(int(np.prod(t.shape, dtype=np.int64)) for t in self.tensors)
        lines.append(f"tensors: {len(self.tensors)} ({count:,} values)")
        for t in self.tensors[:max_tensors]:
            lines.append(f"  {t.name} {tuple(t.shape)} {t.dtype}")
        if len(self.tensors) > max_tensors:
            lines.append(f"  ... {len(self.tensors) - max_tensors} more")
        if self.modules:
            lines.append(f"recurrent modules: {len(self.modules)}")
            lines += [f"  {m}" for m in self.modules]
        lines += [f"read: {f}" for f in self.found]
        if self.computed:
            lines.append("computed:")
            lines += [f"  {c}" for c in self.computed]
        if self.vocab_size is not None:
            lines.append(f"vocabulary: {self.vocab_size} tokens")
        if self.skipped:
            lines.append("skipped: " + ", ".join(self.skipped))
        lines += [str(n) for n in self.notices]
        if self.error:
            lines.append(f"cannot open as it is: {self.error}")
        return "\n".join(lines)


def _dtype(dtype: Any) -> str:
    return str(np.dtype(dtype)) if not isinstance(dtype, str) else dtype


def list_npz(path: Path) -> list[TensorInfo]:
    """Every array of an .npz from its headers (no data read)."""
    rows = []
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            if not info.filename.endswith(".npy"):
                continue
            with zf.open(info) as fh:
                version = np.lib.format.read_magic(fh)
                read = (
                    np.lib.format.read_array_header_1_0
                    if version == (1, 0)
                    else np.lib.format.read_array_header_2_0
                )
                shape, _, dtype = read(fh)
            rows.append(TensorInfo(info.filename[:-4], tuple(shape), _dtype(dtype)))
    return rows


def list_safetensors(path: Path) -> list[TensorInfo]:
    """Every tensor of a .safetensors file from its JSON header (no data read)."""
    import json
    import struct

    with open(path, "rb") as fh:
        (size,) = struct.unpack("<Q", fh.read(8))
        if size > 100_000_000:
            raise GateExplorerError(
                translatable("{file}: a safetensors header of {size:,} bytes").format(
                    file=path.name, size=size
                )
            )
        header = json.loads(fh.read(size))
    return [
        TensorInfo(k, tuple(v["shape"]), str(v["dtype"]).lower())
        for k, v in header.items()
        if k != "__metadata__"
    ]


def list_torch(path: Path) -> list[TensorInfo]:
    """Every tensor of a PyTorch file (read by ``torch_zip``, never by torch)."""
    from gate_explorer.io.torch_zip import (
        MAX_NODES,
        ScriptArchive,
        read_torch_file,
        script_state_dict,
    )

    rows: list[TensorInfo] = []
    obj = read_torch_file(path)
    if isinstance(obj, ScriptArchive):
        obj = script_state_dict(obj.module)

    visits = [0]

    def walk(value: Any, name: str) -> None:
        visits[0] += 1
        if visits[0] > MAX_NODES:
            raise GateExplorerError(
                translatable("{file} holds more than {max_nodes:,} values").format(
                    file=path.name, max_nodes=MAX_NODES
                )
            )
        if isinstance(value, np.ndarray):
            rows.append(TensorInfo(name, tuple(value.shape), _dtype(value.dtype)))
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(v, f"{name}.{k}" if name else str(k))
        elif isinstance(value, list | tuple):
            for i, v in enumerate(value):
                walk(v, f"{name}.{i}" if name else str(i))

    walk(obj, "")
    return rows


def list_hdf5(path: Path) -> list[TensorInfo]:
    """Every dataset of an HDF5 file (shapes and dtypes only)."""
    from gate_explorer.io.readers import need

    h5py = need("h5py", "HDF5 files", "h5py")
    rows: list[TensorInfo] = []
    with h5py.File(path, "r") as f:

        def visit(name: str, obj: Any) -> None:
            if isinstance(obj, h5py.Dataset):
                rows.append(TensorInfo(name, tuple(obj.shape), _dtype(obj.dtype)))

        f.visititems(visit)
    return rows


def _lazy(module: str, name: str) -> Callable[[Path], list[TensorInfo]]:
    """A lister of another io module (rows of name, shape, dtype), imported on first use
    (onnx is an optional extra)."""
    import importlib

    lister = getattr(importlib.import_module(f"gate_explorer.io.{module}"), name)
    return lambda path: [TensorInfo(*row) for row in lister(path)]


FORMAT_NAMES = {
    ".npz": "npz",
    ".safetensors": "safetensors",
    ".h5": "HDF5 (Keras)",
    ".hdf5": "HDF5 (Keras)",
    ".keras": "Keras 3 archive",
    ".onnx": "ONNX",
    **{s: "PyTorch" for s in (".pt", ".pth", ".bin", ".ckpt")},
}
Lister = Callable[[Path], list[TensorInfo]]
TENSOR_LISTERS: dict[str, Lister] = {
    ".npz": list_npz,
    ".safetensors": list_safetensors,
    ".h5": list_hdf5,
    ".hdf5": list_hdf5,
    ".keras": lambda path: _lazy("keras3", "list_keras_archive")(path),
    ".onnx": lambda path: _lazy("onnx", "list_onnx")(path),
    **{s: list_torch for s in (".pt", ".pth", ".bin", ".ckpt")},
}


def _with_parts(path_or_name: str | os.PathLike[str], module: Any) -> str:
    """A module's description with the embedding and head its names tie it to."""
    from gate_explorer.io.load import read_parts

    try:
        _, _, parts = read_parts(path_or_name, module=module.name)
    except GateExplorerError as exc:
        return f"{module.describe()} (cannot be read: {exc})"
    tied = [n for n in parts.notes if n.startswith(("embedding ", "head "))] if parts else []
    return module.describe() + (f" ({', '.join(tied)})" if tied else "")


def inspect_file(
    path_or_name: str | os.PathLike[str],
    *,
    module: str | None = None,
    kind: str | None = None,
    vocab: Any = None,
    head_activation: str | None = None,
) -> FileReport:
    """The ``FileReport`` of a weights file or bundled model; raises ``GateExplorerError``
    only when the path itself is bad (missing, a folder); any other problem is the
    report's ``error``."""
    from gate_explorer.io.assemble import assemble
    from gate_explorer.io.bundle import load_bundle
    from gate_explorer.io.load import read_parts, resolve
    from gate_explorer.io.statedict import ChooseModule

    path, bundled = resolve(path_or_name)
    report = FileReport(str(path), FORMAT_NAMES.get(path.suffix.lower(), ""))
    lister = TENSOR_LISTERS.get(path.suffix.lower())
    try:
        report.tensors = lister(path) if lister else []
    except GateExplorerError as exc:
        report.error = str(exc)
        return report
    except Exception as exc:  # a damaged header: say so, never a traceback
        report.error = f"{path.name} cannot be read ({type(exc).__name__}: {exc})"
        return report
    try:
        _, bundled, parts = read_parts(path_or_name, module=module)
    except ChooseModule as exc:
        report.modules = [_with_parts(path_or_name, m) for m in exc.modules]
        report.error = str(exc)
        return report
    except GateExplorerError as exc:
        report.error = str(exc)
        return report
    try:
        if parts is None:
            report.format = "Gate Explorer bundle"
            model = load_bundle(path, name=bundled, allow_nonfinite=True)
        else:
            report.format = parts.source
            report.modules, report.module = list(parts.modules), parts.module
            report.skipped = list(parts.skipped)
            report.found = list(parts.notes)
            report.notices = list(parts.notices)
            model = assemble(
                parts,
                name=path.name,
                vocab=vocab,
                kind=kind,
                allow_nonfinite=True,
                head_activation=head_activation,
            )
    except GateExplorerError as exc:
        report.error = str(exc)
        return report
    report.notices = list(model.notices) or report.notices
    report.kind = model.kind
    emb = model.embedding
    if emb.numeric:
        report.computed.append("input: numbers, one per step")
    elif emb.weight is not None:
        report.computed.append(f"embedding {tuple(emb.weight.shape)}")
    else:
        report.computed.append(f"one-hot input over {emb.size} tokens")
    report.computed.append(model.net.describe())
    if model.head is not None:
        head = model.head
        report.computed.append(f"head {head.kind} {tuple(head.weight.shape)} {head.activation}")
    else:
        report.computed.append("no head: no predictions")
    report.vocab_size = len(model.vocab) if model.vocab else None
    if model.net.nonfinite:
        report.notices.append(
            Notice(
                "nonfinite",
                translatable("NaN or inf in {names}").format(names=", ".join(model.net.nonfinite)),
            )
        )
    return report
