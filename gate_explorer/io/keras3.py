"""Keras 3's own formats, read with h5py and the standard library (Keras is never imported).

- ``model.save('x.keras')``: a zip holding ``metadata.json`` (``keras_version``),
  ``config.json`` (the model: each layer's class, config and inbound nodes) and
  ``model.weights.h5``;
- ``model.save_weights('x.weights.h5')``: that HDF5 file alone, without a config.

The HDF5 layout is Keras's ``saving_lib``: a layer's variables sit in
``layers/<name>/vars/0``, ``1`` ... in the order the layer created them, where ``<name>``
is the snake-case class name made unique in model order (``lstm``, ``lstm_1``,
``bidirectional``); Keras 3.9+ also writes the layer's own name as the ``name`` attribute
of ``vars``. Recurrent layers keep theirs in the cell (``layers/lstm/cell/vars``: kernel,
recurrent_kernel, bias), ``Bidirectional`` in ``forward_layer/cell`` and
``backward_layer/cell``, ``TimeDistributed`` in ``layer/vars``.
"""

from __future__ import annotations

import io
import itertools
import json
import re
import zipfile
from pathlib import Path
from typing import Any

from gate_explorer.errors import GateExplorerError
from gate_explorer.io.keras_graph import build_parts, role
from gate_explorer.io.keras_layers import (
    DAMAGED,
    MAX_BYTES,
    Budget,
    KLayer,
    Progress,
    model_layers,
)
from gate_explorer.io.readers import need
from gate_explorer.io.statedict import Parts
from gate_explorer.notices import translatable

_RNN_VARS = ("kernel", "recurrent_kernel", "bias")
_CLASSES = {  # snake-case group names Keras writes -> class (for files without config)
    "embedding": "Embedding",
    "lstm": "LSTM",
    "gru": "GRU",
    "simple_rnn": "SimpleRNN",
    "bidirectional": "Bidirectional",
    "dense": "Dense",
    "time_distributed": "TimeDistributed",
}


def to_snake_case(name: str) -> str:
    """Keras's ``naming.to_snake_case`` (the group names of ``saving_lib``)."""
    name = re.sub(r"\W+", "", name)
    name = re.sub("(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub("([a-z])([A-Z])", r"\1_\2", name).lower()


def _vars(group: Any, budget: Budget, where: str, names: tuple[str, ...]) -> dict:
    """``group/vars/0, 1 ...`` under the names given, in order."""
    if group is None or "vars" not in group:
        return {}
    v = group["vars"]
    out = {}
    for i, name in enumerate(names):
        if str(i) in v:
            out[name] = budget.read(v[str(i)], f"{where}/vars/{i}")
    return out


def _child(group: Any, *path: str) -> Any:
    for part in path:
        if group is None or part not in group:
            return None
        group = group[part]
    return group


def _weights(group: Any, cls: str, budget: Budget, where: str) -> dict:
    """The arrays of one layer's group by short name (see the module docstring)."""
    if cls in ("LSTM", "GRU", "SimpleRNN"):
        return _vars(_child(group, "cell"), budget, where + "/cell", _RNN_VARS)
    if cls == "Bidirectional":
        out = {}
        for side in ("forward", "backward"):
            arrays = _vars(_child(group, f"{side}_layer", "cell"), budget, where, _RNN_VARS)
            out.update({f"{side}/{k}": a for k, a in arrays.items()})
        return out
    if cls == "Embedding":
        return _vars(group, budget, where, ("embeddings",))
    if cls == "Dense":
        return _vars(group, budget, where, ("kernel", "bias"))
    if cls == "TimeDistributed":
        return _vars(_child(group, "layer"), budget, where + "/layer", ("kernel", "bias"))
    return {}


def _groups(f: Any) -> dict[str, tuple[str, Any]]:
    """``layers/*`` groups: their name in the file -> (the layer's own name, group)."""
    out = {}
    top = f.get("layers")
    for key in top.keys() if top is not None else ():
        group = top[key]
        attrs = group["vars"].attrs if "vars" in group else {}
        own = attrs.get("name", key)
        out[key] = (own.decode() if isinstance(own, bytes) else str(own), group)
    return out


def _layers_from_config(f: Any, layers: list[KLayer], budget: Budget) -> None:
    """Fill each config layer's weights from its group, found by name or by Keras's path."""
    groups = _groups(f)
    by_own = {own: group for own, group in groups.values()}
    used: dict[str, int] = {}
    for layer in layers:
        base = to_snake_case(layer.class_name)
        path = base if base not in used else f"{base}_{used[base] + 1}"
        used[base] = used.get(base, -1) + 1
        group = by_own.get(layer.name)
        if group is None and path in groups:
            group = groups[path][1]
        if group is not None:
            layer.weights = _weights(group, layer.class_name, budget, f"layers/{path}")


def _counter(key: str) -> tuple[str, int]:
    found = re.fullmatch(r"(.*?)(?:_(\d+))?", key)
    assert found is not None
    return found.group(1), int(found.group(2) or 0)


def _chains(layers: list[KLayer]) -> bool:
    """True when each recurrent layer reads as many inputs as the previous one gives."""
    width = None
    for layer in layers:
        w = layer.weights
        kernel = w.get("kernel", w.get("forward/kernel"))
        rec = w.get("recurrent_kernel", w.get("forward/recurrent_kernel"))
        if kernel is None or rec is None or kernel.ndim != 2 or rec.ndim != 2:
            return True  # let the converter name the bad shape
        if width is not None and kernel.shape[0] != width:
            return False
        width = rec.shape[0] * (2 if "forward/kernel" in w else 1)
    return True


def _layers_without_config(f: Any, budget: Budget) -> tuple[list[KLayer], str]:
    """Layers of a ``.weights.h5``, in the order Keras most likely saved them."""
    file = budget.file
    found = []
    for key, (own, group) in _groups(f).items():
        base, count = _counter(key)
        if base.startswith("conv_lstm"):
            raise GateExplorerError(
                translatable(
                    "{file}: layer {own!r} is a ConvLSTM layer (group layers/{key}), whose "
                    "gates are convolutions over an image; Gate Explorer reads LSTM, GRU "
                    "and SimpleRNN layers only"
                ).format(file=file, own=own, key=key)
            )
        cls = _CLASSES.get(base, "")
        layer = KLayer(own, "", {}, _weights(group, cls, budget, f"layers/{key}"))
        if cls == "" and "vars" in group and len(group["vars"]):
            layer.weights = {"?": budget.read(group["vars"][next(iter(group["vars"]))], key)}
        found.append((base, count, layer))
    rank = {"input": 0, "embedding": 1, "identity": 2, "recurrent": 3, "other": 4, "dense": 5}
    found.sort(key=lambda item: (rank.get(role(item[2]), 4), item[1], item[0]))
    layers = [layer for _, _, layer in found]
    recurrent = [layer for layer in layers if role(layer) == "recurrent"]
    how = "by kind, then by the number Keras gave each name"
    if not _chains(recurrent) and len(recurrent) <= 6:
        for perm in itertools.permutations(recurrent):
            if _chains(list(perm)):
                others = iter(perm)
                layers = [next(others) if role(x) == "recurrent" else x for x in layers]
                how = "recurrent layers ordered so that their sizes chain"
                break
    return layers, how


def _open_h5(source: Any, file: str) -> Any:
    h5py = need("h5py", "Keras files", "h5py")
    try:
        return h5py.File(source, "r")
    except OSError as exc:
        raise GateExplorerError(
            translatable("{file} is not a readable HDF5 file (corrupt or truncated: {exc})").format(
                file=file, exc=exc
            )
        ) from exc


def read_weights_h5(path: Path, progress: Progress | None = None) -> Parts:
    """A Keras 3 ``save_weights`` file (no config): layers in their assumed saved order."""
    with _open_h5(path, path.name) as f:
        if "layers" not in f:
            raise GateExplorerError(
                translatable("{file} has no 'layers' group: not a Keras 3 .weights.h5 file").format(
                    file=path.name
                )
            )
        budget = Budget(path.name, progress=progress, total=path.stat().st_size)
        layers, how = _layers_without_config(f, budget)
    return build_parts(
        layers,
        file=path.name,
        version="",
        source="keras 3 .weights.h5",
        has_config=False,
        graph=False,
        order_note=how,
    )


def _member(zf: zipfile.ZipFile, name: str, file: str, limit: int) -> bytes:
    try:
        info = zf.getinfo(name)
    except KeyError:
        found = ", ".join(zf.namelist()[:6]) or "nothing"
        raise GateExplorerError(
            translatable(
                "{file}: the archive has no {name} (found {found}); expected a Keras 3 .keras file"
            ).format(file=file, name=name, found=found)
        ) from None
    if info.file_size > limit:
        raise GateExplorerError(
            translatable(
                "{file}: {name} declares {file_size} bytes, over the limit of {limit}: not read"
            ).format(file=file, name=name, file_size=info.file_size, limit=limit)
        )
    return zf.read(name)


def read_keras_archive(path: Path, progress: Progress | None = None) -> Parts:
    """A Keras 3 ``.keras`` archive: config.json + model.weights.h5, never executed."""
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise GateExplorerError(
            translatable("{file} is not a zip archive ({exc}): a .keras file is one").format(
                file=path.name, exc=exc
            )
        ) from exc
    with zf:
        names = set(zf.namelist())
        if "model.weights.h5" not in names and "model.weights.npz" in names:
            raise GateExplorerError(
                translatable(
                    "{file} keeps its weights as model.weights.npz, which is not read; "
                    "save with model.save('x.keras') (the default h5 weights)"
                ).format(file=path.name)
            )
        try:
            config = json.loads(_member(zf, "config.json", path.name, 64 * 2**20))
            meta = (
                json.loads(_member(zf, "metadata.json", path.name, 2**20))
                if "metadata.json" in names
                else {}
            )
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise GateExplorerError(
                translatable("{file}: config.json is not valid JSON ({exc})").format(
                    file=path.name, exc=exc
                )
            ) from exc
        found = model_layers(config)
        if found is None:
            cls = config.get("class_name", "?") if isinstance(config, dict) else "?"
            raise GateExplorerError(
                translatable(
                    "{file}: config.json describes a {value} without a list of layers (a "
                    "subclassed model); build it as a Sequential or functional model to "
                    "open it"
                ).format(file=path.name, value=cls)
            )
        layers, graph = found
        version = str(meta.get("keras_version", "3")) if isinstance(meta, dict) else "3"
        blob = _member(zf, "model.weights.h5", path.name, MAX_BYTES)
    with _open_h5(io.BytesIO(blob), path.name) as f:
        budget = Budget(path.name, progress=progress, total=len(blob))
        _layers_from_config(f, layers, budget)
    return build_parts(
        layers,
        file=path.name,
        version=version,
        source=f"keras {version} .keras",
        has_config=True,
        graph=graph,
    )


def read_keras3(path: Path, progress: Progress | None = None) -> Parts:
    """``.keras`` or ``.weights.h5``: Keras 3's formats into torch-named ``Parts``;
    ``progress(bytes read, total)`` after each array."""
    try:
        if path.suffix.lower() == ".keras":
            return read_keras_archive(path, progress)
        return read_weights_h5(path, progress)
    except GateExplorerError:
        raise
    except DAMAGED as exc:
        why = f"{type(exc).__name__}: {exc}".replace("\n", " ")
        raise GateExplorerError(
            translatable("{file} cannot be read (corrupt or truncated: {why})").format(
                file=path.name, why=why
            )
        ) from exc


def list_keras_archive(path: Path) -> list[tuple[str, tuple[int, ...], str]]:
    """(name, shape, dtype) of every array of a ``.keras`` archive's weights (none read)."""
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise GateExplorerError(
            translatable("{file} is not a zip archive ({exc})").format(file=path.name, exc=exc)
        ) from exc
    with zf:
        blob = _member(zf, "model.weights.h5", path.name, MAX_BYTES)
    rows: list[Any] = []
    h5py = need("h5py", "Keras files", "h5py")
    with _open_h5(io.BytesIO(blob), path.name) as f:

        def visit(name: str, obj: Any) -> None:
            if isinstance(obj, h5py.Dataset):
                rows.append((name, tuple(obj.shape), str(obj.dtype)))

        f.visititems(visit)
    return rows
