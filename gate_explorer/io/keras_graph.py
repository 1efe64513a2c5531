"""From Keras layers (``KLayer``) to ``Parts``: the chain the model really computes.

The chain is Embedding -> recurrent -> recurrent ... -> Dense head (with its activation,
or an ``Activation`` layer after it). Layers that do nothing at inference (Dropout and
its kin) are passed through. Where it comes from:

- a functional model's graph (each layer's inbound nodes): the first recurrent layer
  that reads the embedding or the model input, each next one that reads the previous
  one, and a Dense (or ``TimeDistributed(Dense)``) that reads the last one and ends the
  model. A recurrent layer off that chain is named in a ``keras-branch`` notice;
- a Sequential model, or a file without config: the layers in their order; the chain
  stops at the first layer that cannot be computed.

Nothing is dropped silently: every layer that is not computed is listed in a
``layers-skipped`` notice, and a head that cannot be computed (an attention layer, a
``Concatenate``, a second Dense...) leaves the model without one (``head-not-computed``).
"""

from __future__ import annotations

import re
from typing import Any

from gate_explorer.errors import GateExplorerError
from gate_explorer.io.keras_layers import (
    IDENTITY_CLASSES,
    RECURRENT_CLASSES,
    KLayer,
    convert,
    hard_sigmoid_variant,
    refuse_conv_rnn,
    version_tuple,
)
from gate_explorer.io.statedict import Parts
from gate_explorer.notices import Notice, translatable

_KERAS_ACTIVATIONS = {  # Keras's names -> Head.activation
    None: "linear",
    "linear": "linear",
    "softmax": "softmax",
    "sigmoid": "sigmoid",
}
_IDENTITY_NAME = re.compile(
    r"(spatial_)?dropout|gaussian_(noise|dropout)|alpha_dropout|activity_regularization"
)


def _inner(layer: KLayer) -> tuple[str, dict[str, Any]]:
    """(class, config) of the layer a Bidirectional or TimeDistributed wraps."""
    inner = layer.config.get("layer", {})
    if not isinstance(inner, dict):
        return "", {}
    cfg = inner.get("config", {})
    return str(inner.get("class_name", "")), cfg if isinstance(cfg, dict) else {}


def role(layer: KLayer) -> str:
    """input, identity, embedding, recurrent, dense, activation or other."""
    cls, keys = layer.class_name, set(layer.weights)
    if cls:
        if cls == "InputLayer":
            return "input"
        if cls in IDENTITY_CLASSES or cls == "Masking":
            return "identity"
        if cls == "Embedding":
            return "embedding"
        if cls in RECURRENT_CLASSES:
            return "recurrent"
        if cls == "Bidirectional":
            return "recurrent" if _inner(layer)[0] in RECURRENT_CLASSES else "other"
        if cls == "Dense" or (cls == "TimeDistributed" and _inner(layer)[0] == "Dense"):
            return "dense"
        if cls in ("Activation", "Softmax"):
            return "activation"
        return "other"
    # no config: told by the shapes of the weights, and by the name when there are none
    if {"forward/recurrent_kernel", "backward/recurrent_kernel"} <= keys:
        return "recurrent"
    if "recurrent_kernel" in keys and keys <= {"kernel", "recurrent_kernel", "bias"}:
        return "recurrent"
    if keys == {"embeddings"}:
        return "embedding"
    if "kernel" in keys and keys <= {"kernel", "bias"}:
        return "dense"
    if not keys:
        if layer.name.startswith("input"):
            return "input"
        if _IDENTITY_NAME.match(layer.name):
            return "identity"
    return "other"


def _activation_of(layer: KLayer) -> str | None:
    """softmax, sigmoid or linear for a Dense or Activation layer; None if none of these."""
    cfg = layer.config
    if layer.class_name == "TimeDistributed":
        cfg = _inner(layer)[1]
    if layer.class_name == "Softmax":
        return "softmax"
    act = cfg.get("activation") if cfg else None
    if isinstance(act, dict):  # a serialized activation object
        act = act.get("config", {}).get("name") or act.get("class_name")
    return _KERAS_ACTIVATIONS.get(act if act is None else str(act).lower())


class _Chain:
    """The layers the app computes, the ones passed through, and the ones skipped."""

    def __init__(self) -> None:
        self.embedding: KLayer | None = None
        self.stack: list[KLayer] = []
        self.head: KLayer | None = None
        self.activation: KLayer | None = None  # an Activation layer after the head
        self.skipped: list[KLayer] = []
        self.branches: list[str] = []  # recurrent layers off the chain, explained
        self.head_lost = ""  # why a head the model has is not computed


def _sequence_chain(layers: list[KLayer], file: str) -> _Chain:
    """The chain of a Sequential model or a weights-only file: layers in order."""
    chain, state = _Chain(), "start"  # start -> embedding -> recurrent -> head -> stopped
    for layer in layers:
        r = role(layer)
        if r in ("input", "identity"):
            continue
        if state == "stopped":
            chain.skipped.append(layer)
            continue
        if state in ("start", "embedding"):
            if r == "embedding" and state == "start":
                chain.embedding, state = layer, "embedding"
            elif r == "recurrent":
                chain.stack.append(layer)
                state = "recurrent"
            else:
                raise GateExplorerError(
                    translatable(
                        "{file}: layer {layer} comes before the recurrent layers and Gate "
                        "Explorer cannot compute it (it reads Embedding -> "
                        "LSTM/GRU/SimpleRNN -> Dense)"
                    ).format(file=file, layer=layer.label())
                )
        elif state == "recurrent":
            if r == "recurrent":
                chain.stack.append(layer)
            elif r == "dense":
                chain.head, state = layer, "head"
            else:
                chain.skipped.append(layer)
                chain.head_lost = translatable("{layer} follows the recurrent layers").format(
                    layer=layer.label()
                )
                state = "stopped"
        elif state == "head":
            if r == "activation" and chain.activation is None and _activation_of(layer):
                chain.activation = layer
            else:
                assert chain.head is not None
                chain.skipped.extend([chain.head, layer])
                chain.head_lost = translatable(
                    "{layer} follows the Dense layer {head_name!r}"
                ).format(layer=layer.label(), head_name=chain.head.name)
                chain.head = chain.activation = None
                state = "stopped"
    return chain


def _graph_chain(layers: list[KLayer], file: str) -> _Chain:
    """The chain of a functional model, from each layer's inputs."""
    by_name = {layer.name: layer for layer in layers}
    chain = _Chain()

    def source(name: str) -> str:
        """Follow a layer's input back through the identity layers."""
        seen = set()
        while name in by_name and role(by_name[name]) == "identity" and name not in seen:
            seen.add(name)
            ins = by_name[name].inputs or ()
            if len(ins) != 1:
                break
            name = ins[0]
        return name

    def reads(layer: KLayer) -> str | None:
        """The one layer ``layer`` reads (through identities), or None."""
        ins = layer.inputs or ()
        return source(ins[0]) if len(ins) == 1 and not layer.extra else None

    def consumers(name: str) -> list[KLayer]:
        out = []
        for layer in layers:
            if name in (layer.inputs or ()) or name in layer.extra:
                if role(layer) == "identity":
                    out.extend(consumers(layer.name))
                else:
                    out.append(layer)
        return out

    recurrent = [layer for layer in layers if role(layer) == "recurrent"]
    if not recurrent:
        return chain
    for layer in recurrent:
        src = reads(layer)
        kind = role(by_name[src]) if src in by_name else ""
        if kind in ("embedding", "input"):
            chain.stack.append(layer)
            if kind == "embedding":
                emb = by_name[src]
                emb_src = reads(emb)
                if emb_src is None or role(by_name.get(emb_src, KLayer(""))) != "input":
                    raise GateExplorerError(
                        translatable(
                            "{file}: the Embedding {emb_name!r} reads {names}, not the "
                            "model input: Gate Explorer cannot compute its input"
                        ).format(file=file, emb_name=emb.name, names=", ".join(emb.inputs or ()))
                    )
                chain.embedding = emb
            break
    if not chain.stack:
        first = recurrent[0]
        found = ", ".join(first.inputs or ()) or "nothing"
        raise GateExplorerError(
            translatable(
                "{file}: the first recurrent layer {first_name!r} reads {found}, which "
                "Gate Explorer cannot compute (it reads Embedding -> LSTM/GRU/SimpleRNN -> "
                "Dense)"
            ).format(file=file, first_name=first.name, found=found)
        )
    while True:
        nxt = [r for r in recurrent if r not in chain.stack and reads(r) == chain.stack[-1].name]
        if not nxt:
            break
        chain.stack.append(nxt[0])
    for r in recurrent:
        if r not in chain.stack:
            ins = ", ".join([*(r.inputs or ()), *r.extra]) or "nothing"
            chain.branches.append(
                translatable("{layer} reads {inputs}, not the previous recurrent layer").format(
                    layer=r.name, inputs=ins
                )
            )
    after = consumers(chain.stack[-1].name)
    if len(after) == 1 and role(after[0]) == "dense" and reads(after[0]) == chain.stack[-1].name:
        head = after[0]
        post = consumers(head.name)
        if not post:
            chain.head = head
        elif len(post) == 1 and role(post[0]) == "activation" and not consumers(post[0].name):
            chain.head, chain.activation = head, post[0]
        else:
            chain.head_lost = ", ".join(p.label() for p in post) + f" read the Dense {head.name!r}"
    elif after:
        chain.head_lost = ", ".join(a.label() for a in after) + " read the recurrent layers"
    used = {id(x) for x in (chain.embedding, chain.head, chain.activation, *chain.stack) if x}
    chain.skipped = [
        layer
        for layer in layers
        if id(layer) not in used
        and role(layer) not in ("input", "identity")
        and layer not in recurrent
    ]
    return chain


def _check_rnn_config(layer: KLayer, cfg: dict[str, Any], where: str) -> tuple[bool, str | None]:
    """Refuse settings the cells cannot compute: ``(relu SimpleRNN?, recurrent_activation)``."""
    if not cfg:
        return False, None
    act = cfg.get("activation", "tanh")
    cls = cfg.get("_class", layer.class_name)
    if cls == "SimpleRNN":
        if act not in ("tanh", "relu"):
            raise GateExplorerError(
                translatable(
                    "{where}: SimpleRNN activation {act!r} is not supported, expected tanh or relu"
                ).format(where=where, act=act)
            )
        return act == "relu", None
    if act != "tanh":
        raise GateExplorerError(
            translatable("{where}: activation {act!r} is not supported, expected 'tanh'").format(
                where=where, act=act
            )
        )
    rec = cfg.get("recurrent_activation", "sigmoid" if not cls.startswith("CuDNN") else None)
    if rec not in (None, "sigmoid", "hard_sigmoid"):
        raise GateExplorerError(
            translatable(
                "{where}: recurrent_activation {rec!r} is not supported, expected "
                "'sigmoid' or 'hard_sigmoid'"
            ).format(where=where, rec=rec)
        )
    return False, rec


def build_parts(
    layers: list[KLayer],
    *,
    file: str,
    version: str,
    source: str,
    has_config: bool,
    graph: bool,
    order_note: str = "",
) -> Parts:
    """``Parts`` from the layers of a Keras file (see the module docstring).

    ``graph``: the layers carry their inputs (a functional model); ``order_note``: how a
    weights-only file's order was found (said in the notice).
    """
    for layer in layers:
        refuse_conv_rnn(layer, file)
    chain = _graph_chain(layers, file) if graph else _sequence_chain(layers, file)
    if not chain.stack:
        raise GateExplorerError(
            translatable("{file} holds no recurrent layer (LSTM, GRU or SimpleRNN)").format(
                file=file
            )
        )
    parts = Parts(source, {})
    v = version_tuple(version)
    if not has_config:
        order = ", ".join(layer.name for layer in layers if role(layer) != "input")
        default_hard = v is not None and v < (2, 3)
        parts.notices.append(
            Notice(
                "keras-no-config-order",
                translatable(
                    "no model config in the file: layers taken in their saved order ({order})"
                    "{how}, told apart by the shapes of their weights, with the default "
                    "activations of {keras}"
                ).format(
                    order=order,
                    how=f" ({order_note})" if order_note else "",
                    keras=f"Keras {version}" if v is not None else "Keras 3",
                ),
                changes_numbers=not default_hard,
            )
        )
    if chain.embedding is not None:
        parts.embedding = chain.embedding.weights.get("embeddings")
        if parts.embedding is None:
            raise GateExplorerError(
                translatable("{file}: Embedding {embedding_name!r} has no weights").format(
                    file=file, embedding_name=chain.embedding.name
                )
            )
        parts.notes.append(f"embedding {chain.embedding.name} {parts.embedding.shape}")
        if chain.embedding.config.get("mask_zero"):
            parts.notices.append(
                Notice(
                    "keras-mask-zero",
                    translatable(
                        "Embedding {name} has mask_zero=True: Keras skips the steps of id 0, "
                        "here they are computed like any other"
                    ).format(name=chain.embedding.name),
                    changes_numbers=True,
                )
            )
    for layer in layers:
        if layer.class_name == "Masking":
            parts.notices.append(
                Notice(
                    "keras-masking",
                    translatable(
                        "{name} (Masking, mask_value={value}): Keras skips the steps whose "
                        "inputs all equal the mask value, here every step is computed"
                    ).format(name=layer.name, value=layer.config.get("mask_value", 0.0)),
                    changes_numbers=True,
                )
            )
    kinds, gate_acts, resets = set(), set(), set()
    defaulted: list[str] = []  # layers given their Keras version's default hard sigmoid
    width = None if parts.embedding is None else int(parts.embedding.shape[1])
    for k, layer in enumerate(chain.stack):
        where = translatable("{file}: layer {layer_name!r}").format(
            file=file, layer_name=layer.name
        )
        cfg = layer.config
        if cfg.get("go_backwards") and layer.class_name != "Bidirectional":
            raise GateExplorerError(
                translatable(
                    "{where}: go_backwards=True outside Bidirectional is not supported"
                ).format(where=where)
            )
        if layer.extra:
            raise GateExplorerError(
                translatable(
                    "{where} reads {names} besides its input (an initial state or a second "
                    "call), which Gate Explorer cannot compute"
                ).format(where=where, names=", ".join(layer.extra))
            )
        bidi = "forward/recurrent_kernel" in layer.weights or layer.class_name == "Bidirectional"
        sub_cfgs = [cfg]
        if bidi:
            if cfg.get("merge_mode", "concat") != "concat":
                raise GateExplorerError(
                    translatable("{where}: Bidirectional merge_mode must be 'concat'").format(
                        where=where
                    )
                )
            inner_cls, inner_cfg = _inner(layer)
            back = cfg.get("backward_layer", {})
            back_cfg = back.get("config", inner_cfg) if isinstance(back, dict) else inner_cfg
            sub_cfgs = [
                {**inner_cfg, "_class": inner_cls} if inner_cfg else {},
                {**back_cfg, "_class": inner_cls, "go_backwards": False} if back_cfg else {},
            ]
        sides = ("forward", "backward") if bidi else ("",)
        for d, (side, sub_cfg) in enumerate(zip(sides, sub_cfgs, strict=True)):
            w = {
                key.split("/")[-1]: arr
                for key, arr in layer.weights.items()
                if (key.startswith(side + "/") if side else "/" not in key)
            }
            relu, rec = _check_rnn_config(layer, sub_cfg, where)
            said = sub_cfg.get("reset_after") if sub_cfg else None
            old = not sub_cfg and v is not None and v < (2, 3)  # GRU(reset_after=False) then
            conv = convert(w, where + (f" ({side})" if side else ""), said, default=not old)
            kinds.add("rnn_relu" if relu else conv.kind)
            resets.add(conv.reset_after)
            if conv.kind == "rnn_tanh" or conv.cudnn:
                gate_acts.add("sigmoid")
            elif rec == "hard_sigmoid":
                gate_acts.add(hard_sigmoid_variant(version))
            elif rec == "sigmoid":
                gate_acts.add("sigmoid")
            elif v is not None and v < (2, 3):  # no config: the version's default
                gate_acts.add("hard_sigmoid_keras2")
                if layer.name not in defaulted:
                    defaulted.append(layer.name)
            else:
                gate_acts.add("sigmoid")
            fan_in = conv.arrays["weight_ih"].shape[1]
            if width is not None and fan_in != width:
                raise GateExplorerError(
                    translatable(
                        "{where} reads {fan_in} inputs but the layer before it gives "
                        "{width}: the layers do not form a chain"
                    ).format(where=where, fan_in=fan_in, width=width)
                )
            for name, arr in conv.arrays.items():
                parts.params[f"{name}_l{k}" + ("_reverse" if d else "")] = arr
        hidden = parts.params[f"weight_hh_l{k}"].shape[1]
        width = hidden * len(sides)
        if k == len(chain.stack) - 1 and cfg.get("return_sequences") is False:
            parts.notes.append(
                f"{layer.name} returns only its last step (return_sequences=False): the answer "
                "at step t is the model's answer for the text up to t"
            )
    if defaulted:
        parts.notices.append(_old_default_notice(", ".join(defaulted), version))
    if len(kinds) > 1:
        raise GateExplorerError(
            translatable(
                "{file} mixes recurrent layer kinds ({names}); expected one kind for the "
                "whole stack"
            ).format(file=file, names=", ".join(sorted(kinds)))
        )
    if len(gate_acts) > 1 or len(resets) > 1:
        found = ", ".join(sorted(gate_acts)) + (
            "; reset_after True and False" if len(resets) > 1 else ""
        )
        raise GateExplorerError(
            translatable(
                "{file} mixes cell variants across its recurrent layers ({found}); "
                "expected one for the whole stack"
            ).format(file=file, found=found)
        )
    forward = [key for key in parts.params if key.startswith("weight_ih_l")]
    reverse = [key for key in forward if key.endswith("_reverse")]
    if reverse and 2 * len(reverse) != len(forward):
        raise GateExplorerError(
            translatable("{file} mixes bidirectional and one-way layers").format(file=file)
        )
    parts.kind = kinds.pop()
    parts.gate_activation = gate_acts.pop()
    parts.reset_after = resets.pop()
    _head(parts, chain, width, file)
    _skipped_notices(parts, chain)
    return parts


def _old_default_notice(layer: str, version: str) -> Notice:
    return Notice(
        "keras-default-activation",
        translatable(
            "{layer}: the file has no config; Keras {version} (before 2.3) defaulted to "
            "recurrent_activation='hard_sigmoid', so the gates use Keras 2's hard sigmoid "
            "clip(0.2x + 0.5, 0, 1)"
        ).format(layer=layer, version=version),
        changes_numbers=True,
    )


def _head(parts: Parts, chain: _Chain, width: int | None, file: str) -> None:
    head = chain.head
    if head is None:
        return
    kernel, bias = head.weights.get("kernel"), head.weights.get("bias")
    if kernel is None or kernel.ndim != 2 or kernel.shape[0] != width:
        shape = None if kernel is None else kernel.shape
        chain.skipped.append(head)
        chain.head_lost = translatable(
            "the Dense {head_name!r} has kernel {shape}, not ({width}, C) for the "
            "recurrent layers' output"
        ).format(head_name=head.name, shape=shape, width=width)
        return
    act = _activation_of(head) if head.config else None
    if chain.activation is not None:
        if act not in (None, "linear"):
            chain.skipped.extend([head, chain.activation])
            chain.head_lost = translatable(
                "{activation} follows a Dense with activation {act}"
            ).format(activation=chain.activation.label(), act=act)
            return
        act = _activation_of(chain.activation)
        parts.notes.append(f"head activation from {chain.activation.name}")
    elif head.config and act is None:
        chain.skipped.append(head)
        raw = (_inner(head)[1] if head.class_name == "TimeDistributed" else head.config).get(
            "activation"
        )
        chain.head_lost = translatable(
            "the Dense {head_name!r} applies {raw!r}, not softmax/sigmoid/linear"
        ).format(head_name=head.name, raw=raw)
        return
    parts.head_weight = kernel.T
    parts.head_bias = bias
    parts.head_activation = act  # None: no config, assemble guesses (and says so)
    parts.notes.append(f"head {head.name} {parts.head_weight.shape}")


def _skipped_notices(parts: Parts, chain: _Chain) -> None:
    if chain.branches:
        parts.notices.append(
            Notice(
                "keras-branch",
                translatable("recurrent layers not loaded: {list}").format(
                    list="; ".join(chain.branches)
                ),
            )
        )
    parts.skipped.extend(layer.label() for layer in chain.skipped)
    if chain.skipped:
        parts.notices.append(
            Notice(
                "layers-skipped",
                translatable("layers not computed: {list}").format(
                    list=", ".join(layer.label() for layer in chain.skipped)
                ),
            )
        )
    if parts.head_weight is None and chain.head_lost:
        parts.notices.append(
            Notice(
                "head-not-computed",
                translatable(
                    "the model's output cannot be computed ({why}): showing the recurrent "
                    "layers without predictions"
                ).format(why=chain.head_lost),
            )
        )
