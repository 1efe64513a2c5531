"""PyTorch (and NumPy/safetensors) state_dicts and Keras 3 models that hold an encoder-decoder.

A file opens as an encoder-decoder when the loader can tell which module is which: exactly
two recurrent modules, one named ``enc*`` and the other ``dec*`` (first part of the name,
e.g. ``encoder.lstm`` and ``decoder.lstm``), or when the user says so with
``module="ENCODER+DECODER"`` (the module dialog offers it). The encoder's final state
starts the decoder (Sutskever et al. 2014, PyTorch's seq2seq tutorial); each stack gets its
own embedding and the decoder its output layer, found as for one module. A Keras 3
functional model (``.keras``) is one when a recurrent layer takes another's states as its
``initial_state`` (Keras' lstm_seq2seq example): the graph says which is which. Neither
format keeps vocabularies: the decoder's tokens are named by id, with id 0 as ``<s>`` and id 1 as
``</s>`` (the PyTorch tutorial's ``SOS_token = 0``, ``EOS_token = 1``), and a notice says so.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from gate_explorer.engine.seq2seq import BOS, EOS, Seq2SeqModel
from gate_explorer.errors import GateExplorerError
from gate_explorer.io import readers
from gate_explorer.io.statedict import RecurrentModule, find_modules, split_state_dict
from gate_explorer.notices import Notice, translatable

PAIR = "+"  # module="encoder+decoder": read both, the first as the encoder
SUFFIXES = (".pt", ".pth", ".bin", ".ckpt", ".safetensors", ".npz", ".keras")
RECURRENT = ("LSTM", "GRU", "SimpleRNN")


def _role(name: str) -> str:
    first = name.split(".")[0].lower()
    return "encoder" if first.startswith("enc") else "decoder" if first.startswith("dec") else ""


def find_pair(
    modules: list[RecurrentModule], module: str | None = None
) -> tuple[RecurrentModule, RecurrentModule] | None:
    """(encoder, decoder) among ``modules``: named by ``module`` (``"A+B"``) or by the
    ``enc*``/``dec*`` rule; None when the file is not one (or one module was chosen)."""
    by_label = {m.label: m for m in modules}
    if module and PAIR in module:
        names = [n.strip() for n in module.split(PAIR)]
        missing = [n for n in names if n not in by_label]
        if len(names) != 2 or missing:
            raise GateExplorerError(
                translatable(
                    "module {module!r}: expected ENCODER{pair}DECODER, two of the file's "
                    "recurrent modules ({names})"
                ).format(module=module, pair=PAIR, names=", ".join(by_label))
            )
        return by_label[names[0]], by_label[names[1]]
    if module or len(modules) != 2:
        return None
    roles = {_role(m.name): m for m in modules}
    if set(roles) != {"encoder", "decoder"}:
        return None
    return roles["encoder"], roles["decoder"]


def pair_choice(modules: list[RecurrentModule]) -> tuple[str, str] | None:
    """The module dialog's extra entry for two modules of one size: (``"A+B"``, text)."""
    if len(modules) != 2:
        return None
    a, b = modules
    if _role(b.name) == "encoder" or _role(a.name) == "decoder":
        a, b = b, a
    w_a, w_b = a.params.get("weight_hh_l0"), b.params.get("weight_hh_l0")
    if w_a is None or w_b is None or w_a.shape != w_b.shape:
        return None
    text = translatable("both, as an encoder-decoder: {a}'s final state starts {b}")
    return f"{a.label}{PAIR}{b.label}", text.format(a=a.label, b=b.label)


def _arrays(path: Path, progress: Any) -> tuple[dict[str, Any], dict[str, Any], str]:
    suffix = path.suffix.lower()
    if suffix == ".npz":
        arrays, extras = readers.read_npz(path, progress)
        return arrays, extras, "npz"
    if suffix == ".safetensors":
        arrays, extras = readers.read_safetensors(path, progress)
        return arrays, extras, "safetensors"
    arrays, extras = readers.read_torch(path, progress)
    return arrays, extras, "torch state_dict"


def read_pair(
    path: str | Path,
    module: str | None = None,
    *,
    allow_nonfinite: bool = False,
    progress: Any = None,
) -> Seq2SeqModel | None:
    """The encoder-decoder in ``path``, or None when the file is not one (see the module
    docstring); every guess is in ``encoder.notices``."""

    path = Path(path)
    if path.suffix.lower() not in SUFFIXES:
        return None
    if path.suffix.lower() == ".keras":
        return read_keras_pair(path, allow_nonfinite=allow_nonfinite, progress=progress)
    arrays, _extras, source = _arrays(path, progress)
    pair = find_pair(find_modules(arrays), module)
    if pair is None:
        return None
    enc, dec = pair
    parts = {}
    for role, m in (("encoder", enc), ("decoder", dec)):
        parts[role] = split_state_dict(arrays, source, module=m.label)
    parts["encoder"].head_weight = parts["encoder"].head_bias = None  # its state is its answer
    if parts["decoder"].head_weight is None:
        raise GateExplorerError(
            translatable(
                "{file}: {dec_label} has no output layer (a Linear from its hidden state "
                "to the target vocabulary), so it cannot write an answer"
            ).format(file=path.name, dec_label=dec.label)
        )
    why = "as you chose" if module else "by their names"
    return _pair(path, parts["encoder"], parts["decoder"], enc.label, dec.label, why,
                 source, allow_nonfinite)  # fmt: skip


def _pair(
    path: Path, enc_parts: Any, dec_parts: Any, enc: str, dec: str, why: str, source: str,
    allow_nonfinite: bool,
) -> Seq2SeqModel:  # fmt: skip
    """Both stacks assembled, the decoder's ids 0 and 1 read as ``<s>`` and ``</s>``."""
    from gate_explorer.io.assemble import assemble

    rows = dec_parts.head_weight.shape[0]
    if rows < 2:
        raise GateExplorerError(
            translatable("{file}: the decoder's output layer has {rows} row(s)").format(
                file=path.name, rows=rows
            )
        )
    target_vocab = [BOS, EOS, *(str(i) for i in range(2, rows))]
    how = translatable(
        "read as an encoder-decoder: {enc}'s final (h, c) starts {dec}, which reads its "
        "previous answer at every step"
    ).format(enc=enc, dec=dec)
    guessed = [
        Notice("seq2seq-pair", translatable("{how} ({why})").format(how=how, why=why)),
        Notice(
            "seq2seq-specials",
            translatable(
                "the file has no target vocabulary: the decoder's tokens are named by id, "
                "id 0 read as <s> (start) and id 1 as </s> (end), as in PyTorch's seq2seq "
                "tutorial (SOS_token = 0, EOS_token = 1)"
            ),
            changes_numbers=True,
        ),
    ]
    stem = path.stem
    encoder = assemble(enc_parts, name=f"{stem} encoder", allow_nonfinite=allow_nonfinite)
    decoder = assemble(dec_parts, name=f"{stem} decoder", vocab=target_vocab,
                       allow_nonfinite=allow_nonfinite)  # fmt: skip
    encoder.notices = tuple(dict.fromkeys((*guessed, *encoder.notices, *decoder.notices)))
    card = {"source": path.name, "format": source, "encoder": enc, "decoder": dec}
    return Seq2SeqModel(stem, encoder, decoder, card, encoder.trained and decoder.trained)


def read_keras_pair(
    path: Path, *, allow_nonfinite: bool = False, progress: Any = None
) -> Seq2SeqModel | None:
    """A Keras 3 functional encoder-decoder (see the module docstring), or None."""
    import io as _io
    import json
    import zipfile

    from gate_explorer.io.keras3 import MAX_BYTES, _layers_from_config, _member, _open_h5
    from gate_explorer.io.keras_layers import Budget, convert, model_layers
    from gate_explorer.io.statedict import Parts

    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        return None  # not an archive: the Keras reader says so
    with zf:
        try:
            config = json.loads(_member(zf, "config.json", path.name, 64 * 2**20))
        except (json.JSONDecodeError, UnicodeDecodeError, GateExplorerError, KeyError):
            return None
        found = model_layers(config)
        if found is None or not found[1]:
            return None
        layers = found[0]
        by_name = {layer.name: layer for layer in layers}
        rnns = [layer for layer in layers if layer.class_name in RECURRENT]
        pairs = [(e, d) for d in rnns for e in rnns if e is not d and e.name in d.extra]
        if len(pairs) != 1:
            return None
        blob = _member(zf, "model.weights.h5", path.name, MAX_BYTES)
    with _open_h5(_io.BytesIO(blob), path.name) as f:
        _layers_from_config(f, layers, Budget(path.name, progress=progress, total=len(blob)))
    source = "keras 3 .keras"

    def parts_of(layer: Any) -> Any:
        cfg = layer.config
        where = f"{path.name}: {layer.name}"
        if cfg.get("recurrent_activation", "sigmoid") != "sigmoid" or cfg.get(
            "activation", "tanh"
        ) not in ("tanh", "relu"):
            raise GateExplorerError(
                translatable(
                    "{where}: an encoder-decoder is read with sigmoid gates and a tanh (or "
                    "relu) activation; this layer has {cfg} and {cfg2}"
                ).format(
                    where=where, cfg=cfg.get("recurrent_activation"), cfg2=cfg.get("activation")
                )
            )
        if cfg.get("go_backwards") or cfg.get("stateful"):
            raise GateExplorerError(
                translatable("{where}: go_backwards/stateful layers are not read here").format(
                    where=where
                )
            )
        conv = convert(layer.weights, where, cfg.get("reset_after"))
        kind = conv.kind
        if kind == "rnn_tanh" and cfg.get("activation") == "relu":
            kind = "rnn_relu"
        params = {f"{k}_l0": v for k, v in conv.arrays.items()}  # one layer, torch names
        parts = Parts(source, params, kind=kind, reset_after=conv.reset_after)
        below = by_name.get((layer.inputs or ("",))[0])
        if below is not None and below.class_name == "Embedding":
            if below.config.get("mask_zero"):
                raise GateExplorerError(
                    translatable(
                        "{file}: {below_name} masks id 0 (mask_zero=True), which this app "
                        "does not compute: save the model without masking to open it"
                    ).format(file=path.name, below_name=below.name)
                )
            parts.embedding = below.weights["embeddings"]
            parts.notes.append(f"embedding {below.name}")
        return parts

    enc, dec = pairs[0]
    enc_parts, dec_parts = parts_of(enc), parts_of(dec)
    heads = [layer for layer in layers
             if layer.class_name == "Dense" and (layer.inputs or ("",))[0] == dec.name]  # fmt: skip
    if len(heads) != 1 or "kernel" not in heads[0].weights:
        raise GateExplorerError(
            translatable(
                "{file}: {dec_name} feeds no single Dense layer, so it cannot write an answer"
            ).format(file=path.name, dec_name=dec.name)
        )
    head = heads[0]
    dec_parts.head_weight = head.weights["kernel"].T
    dec_parts.head_bias = head.weights.get("bias", np.zeros(head.weights["kernel"].shape[1]))
    activation = head.config.get("activation", "linear")
    if activation not in ("softmax", "linear", "sigmoid"):
        raise GateExplorerError(
            translatable(
                "{file}: {head_name} applies {activation!r}; expected softmax, sigmoid or linear"
            ).format(file=path.name, head_name=head.name, activation=activation)
        )
    dec_parts.head_activation = activation
    why = "its decoder takes the encoder's states as initial_state"
    return _pair(path, enc_parts, dec_parts, enc.name, dec.name, why, source, allow_nonfinite)
