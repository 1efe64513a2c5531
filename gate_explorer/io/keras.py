"""Keras 2 HDF5 weights (``model.save_weights('x.h5')`` or a full ``model.save('x.h5')``).

Layers are read in the order of the ``layer_names`` attribute; each layer's arrays are
named by its ``weight_names`` attribute (``lstm_1/kernel:0`` ...). The layer type is told
by the shapes, so renamed layers work: kernel (F, G*H), recurrent_kernel (H, G*H), bias

- LSTM (4H,), CuDNNLSTM (8H,) = [input biases, recurrent biases];
- GRU ``reset_after=True`` (2, 3H) = [input; recurrent], CuDNNGRU (6H,); a GRU with
  ``reset_after=False`` (bias (3H,)) has no torch equivalent and is refused;
- SimpleRNN (H,).

Conversion to torch (``W_ih`` (G*H, F)): plain kernels are transposed; CuDNN kernels are
first converted per gate as Keras does when loading them into a plain layer
(``hdf5_format._convert_rnn_weights``: input kernels ``k.T.reshape(k.shape, order='F')``,
recurrent kernels ``k.T``). LSTM gates i, f, c, o are torch's i, f, g, o; GRU gates
z, r, h become torch's r, z, n. A single Keras bias is torch's ``b_ih`` with ``b_hh = 0``.
Around the recurrent layers: an ``Embedding`` (``embeddings`` (V, F)) before, a
``Dense`` (kernel (D*H, C), bias (C,)) after as the head, and ``Bidirectional`` wrappers.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from gate_explorer.errors import GateExplorerError
from gate_explorer.io.readers import need
from gate_explorer.io.statedict import Parts
from gate_explorer.notices import Notice, translatable

_GRU_ORDER = (1, 0, 2)  # Keras z, r, h -> torch r, z, n


@dataclass
class _Layer:
    """One Keras layer with weights: its name, arrays by short name, and its config."""

    name: str
    weights: dict[str, np.ndarray]
    class_name: str = ""
    config: dict[str, Any] = field(default_factory=dict)


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


def _configs(f: Any) -> dict[str, tuple[str, dict[str, Any]]]:
    """Layer name -> (class name, config) from a full model file's ``model_config``."""
    raw = f.attrs.get("model_config")
    if raw is None:
        return {}
    try:
        config = json.loads(_text(raw))
    except json.JSONDecodeError:
        return {}
    layers = config.get("config", {})
    layers = layers.get("layers", []) if isinstance(layers, dict) else layers
    out = {}
    for layer in layers if isinstance(layers, list) else []:
        cfg = layer.get("config", {}) if isinstance(layer, dict) else {}
        if isinstance(cfg, dict) and "name" in cfg:
            out[cfg["name"]] = (str(layer.get("class_name", "")), cfg)
    return out


def _read_layers(path: Path) -> tuple[list[_Layer], str, bool]:
    h5py = need("h5py", ".h5 files", "h5py")
    try:
        f = h5py.File(path, "r")
    except OSError as exc:
        raise GateExplorerError(
            f"{path.name} is not a readable HDF5 file (corrupt or truncated: {exc})"
        ) from exc
    try:
        with f:
            root = f["model_weights"] if "model_weights" in f else f
            names = _attr_list(root, "layer_names")
            if not names:
                if "layers" in f and "layer_names" not in root.attrs:
                    raise GateExplorerError(
                        f"{path.name} looks like a Keras 3 .weights.h5 file, which is not "
                        "supported yet; save with Keras 2 (tf.keras) model.save_weights('x.h5')"
                    )
                raise GateExplorerError(
                    f"{path.name} has no layer_names attribute: not a Keras weights file"
                )
            version = _text(root.attrs.get("keras_version", f.attrs.get("keras_version", "?")))
            configs = _configs(f)
            layers = []
            for name in names:
                if name not in root:
                    raise GateExplorerError(f"{path.name}: layer {name!r} is listed but missing")
                group = root[name]
                weights = {}
                for wname in _attr_list(group, "weight_names"):
                    if wname not in group:
                        raise GateExplorerError(
                            f"{path.name}: weight {wname!r} of layer {name!r} is missing"
                        )
                    weights[_short(wname)] = np.asarray(group[wname])
                if weights:
                    cls, cfg = configs.get(name, ("", {}))
                    layers.append(_Layer(name, weights, cls, cfg))
            return layers, version, bool(configs)
    except GateExplorerError:
        raise
    except (OSError, KeyError, ValueError, RuntimeError) as exc:
        raise GateExplorerError(
            f"{path.name} cannot be read (corrupt or truncated HDF5: {exc})"
        ) from exc


def _blocks(k: np.ndarray, n: int, func: Any) -> np.ndarray:
    return np.hstack([func(b) for b in np.hsplit(k, n)])


def _cudnn_to_keras(kernel: np.ndarray, recurrent: np.ndarray, gates: int) -> tuple:
    """Keras's own CuDNN -> plain conversion of the kernels (per gate)."""
    kernel = _blocks(kernel, gates, lambda k: k.T.reshape(k.shape, order="F"))
    recurrent = _blocks(recurrent, gates, lambda k: k.T)
    return kernel, recurrent


def _reorder(arr: np.ndarray, order: tuple[int, ...]) -> np.ndarray:
    """Permute gate blocks along axis 0 (torch layout)."""
    blocks = np.split(arr, len(order), axis=0)
    return np.concatenate([blocks[i] for i in order], axis=0)


def _check_config(layer: _Layer, where: str) -> str | None:
    """Refuse settings torch's cells cannot compute; return ``relu`` for a relu SimpleRNN."""
    cfg = layer.config
    if not cfg:
        return None
    if cfg.get("go_backwards"):
        raise GateExplorerError(
            f"{where}: go_backwards=True outside Bidirectional is not supported"
        )
    act = cfg.get("activation", "tanh")
    if layer.class_name in ("SimpleRNN",) and act in ("tanh", "relu"):
        return act
    if act != "tanh":
        raise GateExplorerError(f"{where}: activation {act!r} is not supported, expected 'tanh'")
    rec = cfg.get("recurrent_activation", "sigmoid")
    if rec != "sigmoid":
        raise GateExplorerError(
            f"{where}: recurrent_activation {rec!r} is not supported, expected 'sigmoid' "
            "(torch's cells use the exact sigmoid)"
        )
    return None


def _convert(w: dict[str, np.ndarray], where: str, cfg: dict[str, Any]) -> tuple[str, dict]:
    """One Keras recurrent layer (one direction) -> (kind, torch-named layer arrays)."""
    kernel, rec = w["kernel"], w["recurrent_kernel"]
    if kernel.ndim != 2 or rec.ndim != 2 or rec.shape[0] == 0 or rec.shape[1] % rec.shape[0]:
        raise GateExplorerError(
            f"{where}: kernel {kernel.shape} and recurrent_kernel {rec.shape} should be "
            "(F, G*H) and (H, G*H)"
        )
    hidden = rec.shape[0]
    gates = rec.shape[1] // hidden
    if kernel.shape[1] != gates * hidden:
        raise GateExplorerError(
            f"{where}: kernel has shape {kernel.shape}, expected (F, {gates * hidden})"
        )
    bias = w.get("bias")
    bshape = None if bias is None else bias.shape
    gh = gates * hidden
    zeros = np.zeros(gh, dtype=kernel.dtype)
    if gates == 4:
        if bshape in (None, (gh,)):
            return "lstm", {
                "weight_ih": kernel.T,
                "weight_hh": rec.T,
                "bias_ih": zeros if bias is None else bias,
                "bias_hh": zeros,
            }
        if bshape == (2 * gh,):  # CuDNNLSTM
            k, r = _cudnn_to_keras(kernel, rec, 4)
            return "lstm", {
                "weight_ih": k.T,
                "weight_hh": r.T,
                "bias_ih": bias[:gh],
                "bias_hh": bias[gh:],
            }
        raise GateExplorerError(
            f"{where}: LSTM bias has shape {bshape}, expected ({gh},) or ({2 * gh},) for CuDNNLSTM"
        )
    if gates == 3:
        if bshape == (gh,) or (bias is None and not cfg.get("reset_after", False)):
            raise GateExplorerError(
                f"{where}: a GRU with reset_after=False (bias shape {bshape}) applies the "
                "reset gate before the recurrent matrix, which torch's GRU cannot represent; "
                "retrain with GRU(reset_after=True)"
            )
        if bshape in (None, (2, gh)):
            b = np.zeros((2, gh), kernel.dtype) if bias is None else bias
            k, r = kernel, rec
        elif bshape == (2 * gh,):  # CuDNNGRU
            k, r = _cudnn_to_keras(kernel, rec, 3)
            b = bias.reshape(2, -1)
        else:
            raise GateExplorerError(
                f"{where}: GRU bias has shape {bshape}, expected (2, {gh}) or ({2 * gh},) "
                "for CuDNNGRU"
            )
        return "gru", {
            "weight_ih": _reorder(k.T, _GRU_ORDER),
            "weight_hh": _reorder(r.T, _GRU_ORDER),
            "bias_ih": _reorder(b[0], _GRU_ORDER),
            "bias_hh": _reorder(b[1], _GRU_ORDER),
        }
    if gates == 1:
        if bshape not in (None, (hidden,)):
            raise GateExplorerError(
                f"{where}: SimpleRNN bias has shape {bshape}, expected ({hidden},)"
            )
        b = zeros if bias is None else bias
        return "rnn_tanh", {
            "weight_ih": kernel.T,
            "weight_hh": rec.T,
            "bias_ih": b,
            "bias_hh": zeros,
        }
    raise GateExplorerError(
        f"{where}: recurrent_kernel has shape {rec.shape}: expected (H, 4H) LSTM, (H, 3H) GRU "
        "or (H, H) SimpleRNN"
    )


def _old(version: str) -> bool:
    """Keras before 2.3, whose LSTM and GRU defaulted to hard_sigmoid gates."""
    found = re.match(r"(\d+)\.(\d+)", version)
    return bool(found) and (int(found.group(1)), int(found.group(2))) < (2, 3)


def _role(layer: _Layer) -> str:
    keys = set(layer.weights)
    if {"forward/recurrent_kernel", "backward/recurrent_kernel"} <= keys:
        return "bidirectional"
    if "recurrent_kernel" in keys:
        return "recurrent"
    if keys == {"embeddings"}:
        return "embedding"
    if "kernel" in keys and keys <= {"kernel", "bias"}:
        return "dense"
    return "other"


def read_keras(path: Path) -> Parts:
    """Read a Keras 2 HDF5 weights or model file into torch-named ``Parts``."""
    layers, version, has_config = _read_layers(path)
    parts = Parts(f"keras {version} HDF5", {})
    if not has_config:
        parts.notices.append(
            Notice(
                "keras-no-config",
                translatable("no model config in the file: assumed tanh/sigmoid activations"),
            )
        )
    kinds: set[str] = set()
    state = "start"  # start -> embedding -> recurrent -> head
    for layer in layers:
        role, where = _role(layer), f"{path.name}: layer {layer.name!r}"
        if role == "embedding":
            if state != "start":
                raise GateExplorerError(f"{where}: an Embedding must come first")
            parts.embedding = layer.weights["embeddings"]
            parts.notes.append(f"embedding {layer.name} {parts.embedding.shape}")
            state = "embedding"
        elif role in ("recurrent", "bidirectional"):
            if state in ("head", "dropped"):
                raise GateExplorerError(
                    f"{where}: a recurrent layer after a Dense is not supported"
                )
            k = sum(1 for key in parts.params if re.fullmatch(r"weight_ih_l\d+", key))
            inner = layer.config.get("layer", {}) if role == "bidirectional" else {}
            sides = ("forward", "backward") if role == "bidirectional" else ("",)
            if role == "bidirectional" and layer.config.get("merge_mode", "concat") != "concat":
                raise GateExplorerError(f"{where}: Bidirectional merge_mode must be 'concat'")
            for d, side in enumerate(sides):
                w = {
                    key.split("/")[-1]: v
                    for key, v in layer.weights.items()
                    if key.startswith(side)
                }
                cls = inner.get("class_name", layer.class_name)
                sub = _Layer(layer.name, w, cls, inner.get("config", {}) if side else layer.config)
                relu = _check_config(sub, where) == "relu"
                kind, arrays = _convert(w, where, sub.config)
                kinds.add("rnn_relu" if relu else kind)
                cudnn = w.get("bias") is not None and w["bias"].ndim == 1 and kind != "rnn_tanh"
                cudnn = cudnn and w["bias"].shape[0] == 2 * w["recurrent_kernel"].shape[1]
                if not has_config and not cudnn and kind != "rnn_tanh" and _old(version):
                    note = Notice(
                        "keras-hard-sigmoid-default",
                        translatable(
                            f"{layer.name}: Keras {version} defaulted to recurrent_activation="
                            "'hard_sigmoid'; the gates here use the exact sigmoid"
                        ),
                        changes_numbers=True,
                    )
                    if note not in parts.notices:
                        parts.notices.append(note)
                suffix = f"_l{k}" + ("_reverse" if d else "")
                for name, arr in arrays.items():
                    parts.params[name + suffix] = np.ascontiguousarray(arr)
            state = "recurrent"
        elif role == "dense":
            if state in ("start", "embedding"):
                raise GateExplorerError(
                    f"{where}: a Dense layer before the recurrent layers is not supported"
                )
            if state == "head":
                parts.notices.append(
                    Notice(
                        "head-feeds-more",
                        translatable(f"{layer.name} follows the head: no head is shown"),
                    )
                )
                parts.head_weight = parts.head_bias = None
                state = "dropped"
            elif state == "recurrent":
                parts.head_weight = layer.weights["kernel"].T
                parts.head_bias = layer.weights.get("bias")
                parts.notes.append(f"head {layer.name} {parts.head_weight.shape}")
                state = "head"
        else:
            raise GateExplorerError(
                f"{where} has weights {', '.join(layer.weights)}, which is not a layer Gate "
                "Explorer reads (Embedding, LSTM, GRU, SimpleRNN, CuDNN*, Bidirectional, Dense)"
            )
    if not parts.params:
        raise GateExplorerError(f"{path.name} holds no recurrent layer (LSTM, GRU or SimpleRNN)")
    if len(kinds) > 1:
        raise GateExplorerError(
            f"{path.name} mixes recurrent layer kinds ({', '.join(sorted(kinds))}); "
            "expected one kind for the whole stack"
        )
    parts.kind = kinds.pop()
    forward = [key for key in parts.params if key.startswith("weight_ih_l")]
    reverse = [key for key in forward if key.endswith("_reverse")]
    if reverse and 2 * len(reverse) != len(forward):
        raise GateExplorerError(f"{path.name} mixes bidirectional and one-way layers")
    return parts
