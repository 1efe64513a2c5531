"""Keras HDF5 files: Keras 2 ``save_weights('x.h5')`` / ``save('x.h5')``, and Keras 3's
legacy ``model.save('x.h5')``.

Layers are read in the order of the ``layer_names`` attribute (under ``model_weights`` in
a full model file); each layer's arrays are named by its ``weight_names`` attribute
(``lstm_1/kernel:0``, ``lstm/lstm_cell/kernel:0``, ``sequential/lstm/lstm_cell/kernel``).
A full model file's ``model_config`` gives each layer's class, config and inbound nodes
(Keras 2: ``[[["embedding", 0, 0, {}]]]``; Keras 3: ``{"args": [{"config":
{"keras_history": ["embedding", 0, 0]}}]}``); without it the layers are told apart by
the shapes of their arrays. ``io/keras_graph.py`` makes the ``Parts``; every array's
declared shape and storage are checked before it is read (``keras_layers.Budget``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

from gate_explorer.errors import GateExplorerError
from gate_explorer.io.keras_graph import build_parts
from gate_explorer.io.keras_layers import DAMAGED, Budget, KLayer, Progress, model_layers
from gate_explorer.io.readers import need
from gate_explorer.io.statedict import Parts
from gate_explorer.notices import translatable


def _text(value: Any) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)


def _attr_list(group: Any, name: str) -> list[str]:
    """A list attribute, also when Keras split it into ``name0``, ``name1`` ... chunks."""
    if name in group.attrs:
        return [_text(v) for v in np.atleast_1d(group.attrs[name])]
    out, k = [], 0
    while f"{name}{k}" in group.attrs:
        out.extend(_text(v) for v in np.atleast_1d(group.attrs[f"{name}{k}"]))
        k += 1
    return out


def _short(weight_name: str) -> str:
    """``bidirectional_1/forward_lstm_1/kernel:0`` -> ``forward/kernel``; else ``kernel``."""
    parts = weight_name.split("/")
    last = parts[-1].split(":")[0]
    for part in parts[:-1]:
        for side in ("forward", "backward"):
            if part.startswith(side + "_"):
                return f"{side}/{last}"
    return last


def _open(path: Path) -> Any:
    h5py = need("h5py", ".h5 files", "h5py")
    try:
        return h5py.File(path, "r")
    except OSError as exc:
        raise GateExplorerError(
            translatable("{file} is not a readable HDF5 file (corrupt or truncated: {exc})").format(
                file=path.name, exc=exc
            )
        ) from exc


def _read(path: Path, progress: Progress | None = None) -> Parts:
    with _open(path) as f:
        root = f["model_weights"] if "model_weights" in f else f
        names = _attr_list(root, "layer_names")
        if not names:
            if "layers" in f:  # Keras 3's save_weights layout
                from gate_explorer.io.keras3 import read_weights_h5

                return read_weights_h5(path, progress)
            raise GateExplorerError(
                translatable(
                    "{file} has no layer_names attribute: not a Keras weights file"
                ).format(file=path.name)
            )
        version = _text(root.attrs.get("keras_version", f.attrs.get("keras_version", "?")))
        if version.startswith("1."):
            raise GateExplorerError(
                translatable(
                    "{file} was written by Keras {version}, whose per-gate weights "
                    "(lstm_1_W_i ...) are not read; load it into Keras 2 (which converts "
                    "them) and save it again"
                ).format(file=path.name, version=version)
            )
        configs: dict[str, KLayer] = {}
        order: dict[str, int] = {}
        graph = False
        raw = f.attrs.get("model_config")
        if raw is not None:
            try:
                found = model_layers(json.loads(_text(raw)))
            except json.JSONDecodeError as exc:
                raise GateExplorerError(
                    translatable("{file}: model_config is not valid JSON ({exc})").format(
                        file=path.name, exc=exc
                    )
                ) from exc
            if found is not None:
                configs = {layer.name: layer for layer in found[0]}
                order = {layer.name: i for i, layer in enumerate(found[0])}
                graph = found[1]
        budget = Budget(path.name, progress=progress, total=path.stat().st_size)
        layers = []
        for name in names:
            if name not in root:
                raise GateExplorerError(
                    translatable("{file}: layer {name!r} is listed but missing").format(
                        file=path.name, name=name
                    )
                )
            group = root[name]
            weights = {}
            for wname in _attr_list(group, "weight_names"):
                if wname not in group:
                    raise GateExplorerError(
                        translatable(
                            "{file}: weight {wname!r} of layer {name!r} is missing"
                        ).format(file=path.name, wname=wname, name=name)
                    )
                weights[_short(wname)] = budget.read(group[wname], f"weight {wname!r}")
            layer = configs.pop(name, None) or KLayer(name)
            layer.weights = weights
            layers.append(layer)
        # layers of the config that hold no weights group (e.g. Keras 3's InputLayer)
        layers.extend(configs.values())
        if order and not graph:  # a Sequential keeps the config's order
            layers.sort(key=lambda layer: order.get(layer.name, -1))
    keras = "keras " + version
    return build_parts(
        layers,
        file=path.name,
        version=version,
        source=f"{keras} HDF5",
        has_config=raw is not None,
        graph=graph,
    )


def read_keras(path: Path, progress: Progress | None = None) -> Parts:
    """Read a Keras HDF5 weights or model file into torch-named ``Parts``;
    ``progress(bytes read, file size)`` after each array."""
    try:
        return _read(path, progress)
    except GateExplorerError:
        raise
    except DAMAGED as exc:
        raise GateExplorerError(
            translatable(
                "{file} cannot be read (corrupt or truncated HDF5: {type}: {error})"
            ).format(file=path.name, type=type(exc).__name__, error=str(exc).replace("\n", " "))
        ) from exc
