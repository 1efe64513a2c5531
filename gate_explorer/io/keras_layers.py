"""Keras layers as the Keras readers find them, and their recurrent weights in torch layout.

Both Keras readers (``io/keras.py`` for the HDF5 files of Keras 2 and Keras 3's legacy
``model.save('x.h5')``, ``io/keras3.py`` for ``.keras`` and ``.weights.h5``) turn a file
into a list of ``KLayer``: its name, class, config, arrays under short names and the
layers it reads (``model_layers`` reads a serialized model config, Keras 2's or 3's).
``io/keras_graph.py`` turns that list into ``Parts``.

Recurrent arrays (one direction): kernel (F, G*H), recurrent_kernel (H, G*H), bias

- LSTM (4H,), CuDNNLSTM (8H,) = [input biases, recurrent biases];
- GRU ``reset_after=True`` (2, 3H) = [input; recurrent], CuDNNGRU (6H,), and
  ``reset_after=False`` (3H,) (Keras' original GRU: the reset gate scales h before the
  recurrent matrix);
- SimpleRNN (H,).

To torch (``W_ih`` (G*H, F)): plain kernels are transposed; CuDNN kernels are first
converted per gate as Keras does when loading them into a plain layer
(``hdf5_format._convert_rnn_weights``: input kernels ``k.T.reshape(k.shape, order='F')``,
recurrent kernels ``k.T``). LSTM gates i, f, c, o are torch's i, f, g, o; GRU gates z, r, h
become torch's r, z, n. A single Keras bias is torch's ``b_ih`` with ``b_hh = 0``.
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable

Progress = Callable[[int, int], None]  # (bytes read, bytes in all)
DAMAGED = (  # what h5py, zipfile and json raise on a damaged file
    OSError,
    EOFError,
    KeyError,
    ValueError,
    RuntimeError,
    TypeError,
    IndexError,
    AttributeError,
    NotImplementedError,
    zipfile.BadZipFile,
    zlib.error,
    struct.error,
)
_GRU_ORDER = (1, 0, 2)  # Keras z, r, h -> torch r, z, n
MAX_BYTES = 2 * 1024**3  # the most a weights file may declare in all (2 GiB)
MAX_DIM = 1 << 20  # no layer of a model the app can show is wider than this

RECURRENT_CLASSES = ("LSTM", "GRU", "SimpleRNN", "CuDNNLSTM", "CuDNNGRU")
IDENTITY_CLASSES = (  # layers that do nothing at inference
    "Dropout",
    "SpatialDropout1D",
    "GaussianNoise",
    "GaussianDropout",
    "AlphaDropout",
    "ActivityRegularization",
)
_CONV_RNN = re.compile(r"conv_?lst_?m|conv_?gru|convlstm", re.IGNORECASE)


@dataclass
class KLayer:
    """One Keras layer: ``weights`` by short name (``kernel``, ``forward/bias`` ...).

    ``inputs`` are the names of the layers it reads (None when the file has no topology:
    a Sequential model or a weights-only file); ``extra`` names tensors it reads besides
    its main input (an ``initial_state``, a second call of a shared layer).
    """

    name: str
    class_name: str = ""
    config: dict[str, Any] = field(default_factory=dict)
    weights: dict[str, np.ndarray] = field(default_factory=dict)
    inputs: tuple[str, ...] | None = None
    extra: tuple[str, ...] = ()

    def label(self) -> str:
        return f"{self.name} ({self.class_name})" if self.class_name else self.name


class Budget:
    """Bytes a file may still declare: checked before any array is read.

    ``progress(bytes read, total)``, when given, is called after each array (total: the
    file's size, so a caller can show how far a large file is).
    """

    def __init__(
        self,
        file: str,
        limit: int = MAX_BYTES,
        progress: Callable[[int, int], None] | None = None,
        total: int = 0,
    ) -> None:
        self.file, self.left = file, limit
        self.progress, self.total, self.done = progress, total, 0

    def read(self, ds: Any, where: str) -> np.ndarray:
        """Read an h5py dataset after checking its declared shape, size and storage."""
        shape = tuple(int(n) for n in ds.shape)
        if len(shape) > 5 or any(n > MAX_DIM for n in shape):
            raise GateExplorerError(
                translatable(
                    "{file}: {where} declares shape {shape}, larger than any layer Gate "
                    "Explorer can show (at most {max_dim} per axis): not read"
                ).format(file=self.file, where=where, shape=shape, max_dim=MAX_DIM)
            )
        if ds.dtype.kind not in "fiub":
            raise GateExplorerError(
                translatable("{file}: {where} holds {ds_dtype} values, expected numbers").format(
                    file=self.file, where=where, ds_dtype=ds.dtype
                )
            )
        nbytes = int(np.prod(shape, dtype=np.int64)) * ds.dtype.itemsize
        if nbytes > self.left:
            raise GateExplorerError(
                translatable(
                    "{file}: {where} declares {shape} ({nbytes:.0f} MiB), over the limit "
                    "of {max_bytes} GiB for a weights file: not read"
                ).format(
                    file=self.file,
                    where=where,
                    shape=shape,
                    nbytes=nbytes / 2**20,
                    max_bytes=MAX_BYTES // 2**30,
                )
            )
        stored = ds.id.get_storage_size()
        filtered = ds.id.get_create_plist().get_nfilters() > 0
        if nbytes and not filtered and stored < nbytes:
            raise GateExplorerError(
                translatable(
                    "{file}: {where} declares {shape} ({nbytes} bytes) but the file stores "
                    "only {stored} bytes of it (truncated or forged): not read"
                ).format(file=self.file, where=where, shape=shape, nbytes=nbytes, stored=stored)
            )
        self.left -= nbytes
        arr = np.asarray(ds[()])
        if self.progress is not None:
            self.done += nbytes
            self.progress(min(self.done, self.total), self.total)
        return arr


def refuse_conv_rnn(layer: KLayer, file: str) -> None:
    """ConvLSTM/ConvGRU layers have LSTM-like weights but convolve: never read as an LSTM."""
    cls = layer.class_name
    if (cls.startswith("Conv") and ("LSTM" in cls or "GRU" in cls)) or (
        not cls and _CONV_RNN.search(layer.name)
    ):
        what = cls or "a convolutional recurrent layer (by its name)"
        raise GateExplorerError(
            translatable(
                "{file}: layer {layer_name!r} is {what}, whose gates are convolutions over "
                "an image; Gate Explorer reads LSTM, GRU and SimpleRNN layers only"
            ).format(file=file, layer_name=layer.name, what=what)
        )


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


@dataclass(frozen=True)
class Converted:
    """One direction of one recurrent layer in torch names; ``cudnn`` for CuDNN weights."""

    kind: str  # lstm, gru, rnn_tanh
    arrays: dict[str, np.ndarray]
    reset_after: bool = True
    cudnn: bool = False


def convert(
    w: dict[str, np.ndarray], where: str, said: bool | None = None, default: bool = True
) -> Converted:
    """One Keras recurrent layer's arrays (one direction) in torch layout.

    A GRU's ``reset_after`` is told by its bias shape; ``said`` is the config's value (it
    must agree), ``default`` the Keras version's, for a GRU without bias and no config.
    """
    if "kernel" not in w or "recurrent_kernel" not in w:
        raise GateExplorerError(
            translatable(
                "{where}: expected kernel and recurrent_kernel arrays, found {names}"
            ).format(where=where, names=", ".join(w))
        )
    kernel, rec = w["kernel"], w["recurrent_kernel"]
    if kernel.ndim != 2 or rec.ndim != 2 or rec.shape[0] == 0 or rec.shape[1] % rec.shape[0]:
        raise GateExplorerError(
            translatable(
                "{where}: kernel {kernel_shape} and recurrent_kernel {rec_shape} should be "
                "(F, G*H) and (H, G*H)"
            ).format(where=where, kernel_shape=kernel.shape, rec_shape=rec.shape)
        )
    hidden = rec.shape[0]
    gates = rec.shape[1] // hidden
    if kernel.shape[1] != gates * hidden:
        raise GateExplorerError(
            translatable(
                "{where}: kernel has shape {kernel_shape}, expected (F, {gates}) to match "
                "recurrent_kernel {rec_shape}"
            ).format(
                where=where, kernel_shape=kernel.shape, gates=gates * hidden, rec_shape=rec.shape
            )
        )
    bias = w.get("bias")
    bshape = None if bias is None else bias.shape
    gh = gates * hidden
    zeros = np.zeros(gh, dtype=kernel.dtype)
    if gates == 4:
        if bshape in (None, (gh,)):
            b = zeros if bias is None else bias
            return Converted("lstm", _torch(kernel.T, rec.T, b, zeros))
        if bshape == (2 * gh,):  # CuDNNLSTM
            k, r = _cudnn_to_keras(kernel, rec, 4)
            return Converted("lstm", _torch(k.T, r.T, bias[:gh], bias[gh:]), cudnn=True)
        raise GateExplorerError(
            translatable(
                "{where}: LSTM bias has shape {bshape}, expected ({gh},) or ({value},) for "
                "CuDNNLSTM"
            ).format(where=where, bshape=bshape, gh=gh, value=2 * gh)
        )
    if gates == 3:
        cudnn, reset_after = False, True
        if bias is None:
            reset_after = default if said is None else said
        if bshape == (gh,):  # reset_after=False: one bias, before the reset gate
            k, r, b = kernel, rec, np.stack([bias, np.zeros_like(bias)])
            reset_after = False
        elif bshape in (None, (2, gh)):
            b = np.zeros((2, gh), kernel.dtype) if bias is None else bias
            k, r = kernel, rec
        elif bshape == (2 * gh,):  # CuDNNGRU
            k, r = _cudnn_to_keras(kernel, rec, 3)
            b, cudnn = bias.reshape(2, -1), True
        else:
            raise GateExplorerError(
                translatable(
                    "{where}: GRU bias has shape {bshape}, expected (2, {gh}) "
                    "(reset_after=True), ({gh},) (reset_after=False) or ({value},) for "
                    "CuDNNGRU"
                ).format(where=where, bshape=bshape, gh=gh, value=2 * gh)
            )
        if said is not None and bias is not None and said != reset_after:
            raise GateExplorerError(
                translatable(
                    "{where}: the config says reset_after={said} but the bias has shape "
                    "{bshape}, which is the form of reset_after={reset_after}"
                ).format(where=where, said=said, bshape=bshape, reset_after=reset_after)
            )
        arrays = _torch(
            _reorder(k.T, _GRU_ORDER),
            _reorder(r.T, _GRU_ORDER),
            _reorder(b[0], _GRU_ORDER),
            _reorder(b[1], _GRU_ORDER),
        )
        return Converted("gru", arrays, reset_after=reset_after, cudnn=cudnn)
    if gates == 1:
        if bshape not in (None, (hidden,)):
            raise GateExplorerError(
                translatable(
                    "{where}: SimpleRNN bias has shape {bshape}, expected ({hidden},)"
                ).format(where=where, bshape=bshape, hidden=hidden)
            )
        b = zeros if bias is None else bias
        return Converted("rnn_tanh", _torch(kernel.T, rec.T, b, zeros))
    raise GateExplorerError(
        translatable(
            "{where}: recurrent_kernel has shape {rec_shape}: expected (H, 4H) LSTM, (H, "
            "3H) GRU or (H, H) SimpleRNN"
        ).format(where=where, rec_shape=rec.shape)
    )


def _torch(w_ih: Any, w_hh: Any, b_ih: Any, b_hh: Any) -> dict[str, np.ndarray]:
    return {
        "weight_ih": np.ascontiguousarray(w_ih),
        "weight_hh": np.ascontiguousarray(w_hh),
        "bias_ih": np.ascontiguousarray(b_ih),
        "bias_hh": np.ascontiguousarray(b_hh),
    }


def version_tuple(version: str) -> tuple[int, int] | None:
    found = re.match(r"(\d+)\.(\d+)", version or "")
    return (int(found.group(1)), int(found.group(2))) if found else None


def hard_sigmoid_variant(version: str) -> str:
    """The engine's name for the hard sigmoid of the Keras version that wrote the file."""
    v = version_tuple(version)
    return "hard_sigmoid_keras3" if v is not None and v >= (3, 0) else "hard_sigmoid_keras2"


def histories(value: Any) -> list[str]:
    """Names of the layers whose tensors appear in a serialized call (Keras 2 or 3)."""
    out: list[str] = []
    if isinstance(value, dict):
        hist = value.get("config", {}).get("keras_history") if "config" in value else None
        if value.get("class_name") == "__keras_tensor__" and isinstance(hist, list) and hist:
            return [str(hist[0])]
        for item in value.values():
            out.extend(histories(item))
    elif isinstance(value, list):
        if len(value) >= 3 and isinstance(value[0], str) and isinstance(value[1], int):
            out.append(value[0])  # Keras 2: [layer name, node index, tensor index, kwargs]
            if len(value) > 3:
                out.extend(histories(value[3]))
        else:
            for item in value:
                out.extend(histories(item))
    return out


def inbound(entry: dict[str, Any]) -> tuple[tuple[str, ...] | None, tuple[str, ...]]:
    """(main inputs, other inputs) of one layer of a model config; (None, ()) without nodes."""
    nodes = entry.get("inbound_nodes")
    if not isinstance(nodes, list):
        return None, ()
    if not nodes:
        return (), ()
    first, extra = nodes[0], []
    if isinstance(first, dict):  # Keras 3: {"args": [...], "kwargs": {...}}
        main = histories(first.get("args", []))
        extra = histories(first.get("kwargs", {}))
    else:  # Keras 2: [[name, node, tensor, kwargs], ...]
        main = []
        for item in first if isinstance(first, list) else []:
            names = histories(item)
            if names:
                main.append(names[0])
                extra.extend(names[1:])
    for node in nodes[1:]:  # a shared layer, called again
        extra.extend(histories(node))
    return tuple(main), tuple(dict.fromkeys(extra))


def model_layers(config: Any) -> tuple[list[KLayer], bool] | None:
    """The layers of a serialized Sequential/Functional model, and whether it has a graph.

    None when ``config`` does not describe one (a subclassed model keeps no layers).
    """
    if not isinstance(config, dict):
        return None
    inner = config.get("config", {})
    entries = inner.get("layers") if isinstance(inner, dict) else inner
    if not isinstance(entries, list):
        return None
    layers, graph = [], False
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        cfg = entry.get("config", {})
        cfg = cfg if isinstance(cfg, dict) else {}
        name = str(cfg.get("name", entry.get("name", "")))
        inputs, extra = inbound(entry)
        graph = graph or inputs is not None
        layers.append(KLayer(name, str(entry.get("class_name", "")), cfg, {}, inputs, extra))
    if config.get("class_name") == "Sequential":
        graph = False
    return layers, graph
