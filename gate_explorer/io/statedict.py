"""Make sense of a flat dict of torch-named arrays: the recurrent net, embedding and head.

A whole model's ``state_dict`` holds the recurrent module under some prefix
(``rnn.weight_ih_l0``, ``encoder.lstm.weight_hh_l0``...) next to an embedding table
(``*.weight`` (V, F), no bias, F = the net's input width) and a linear head
(``*.weight`` (C, D*H_out) with ``*.bias`` (C,)). ``split_state_dict`` finds them and
refuses files where the choice is ambiguous; ``infer_kind`` tells the cell from the gate
multiple (4H LSTM, 3H GRU, H RNN: tanh unless told ``relu``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from gate_explorer.engine.net import canonical_kind
from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import Notice

_RECURRENT = re.compile(r"(?P<prefix>.*?)(?P<name>(weight|bias)_(ih|hh|hr)(_l\d+(_reverse)?)?)")
_GATES = {4: "lstm", 3: "gru", 1: "rnn_tanh"}
_KIND_GATES = {"lstm": 4, "gru": 3, "rnn_tanh": 1, "rnn_relu": 1}
_EMBEDDING_HINT = re.compile(r"emb|encoder|lookup|token", re.IGNORECASE)
_HEAD_HINT = re.compile(r"decoder|fc|head|out|linear|classifier|proj|dense|lm", re.IGNORECASE)


@dataclass
class Parts:
    """What a weights file gave, before it becomes a ``Model``.

    ``params`` in torch names (no prefix); ``embedding`` (V, F); ``head_weight``
    (C, D*H_out) and ``head_bias`` (C,); ``notes`` are the card's informational lines,
    ``notices`` every guess or skipped part the user must see (``Model.notices``).
    ``head_activation`` is what the file says the head applies (``softmax``, ``sigmoid``,
    ``linear``), None when it does not say; ``gate_activation`` and ``reset_after`` are
    the cell variant (``RecurrentNet``'s options) the file's framework computes.
    """

    source: str
    params: dict[str, np.ndarray]
    kind: str | None = None
    embedding: np.ndarray | None = None
    head_weight: np.ndarray | None = None
    head_bias: np.ndarray | None = None
    vocab: Any = None
    notes: list[str] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    head_activation: str | None = None
    gate_activation: str = "sigmoid"
    reset_after: bool = True


def infer_kind(params: dict[str, np.ndarray], kind: str | None = None) -> str:
    """The cell kind from ``weight_hh_l0``'s rows (G*H); checks an explicit ``kind``."""
    w_hh = params.get("weight_hh_l0")
    if w_hh is None or w_hh.ndim != 2:
        found = "missing" if w_hh is None else f"shape {w_hh.shape}"
        raise GateExplorerError(f"weight_hh_l0 is {found}: expected (G*H, H)")
    hidden = params["weight_hr_l0"].shape[1] if "weight_hr_l0" in params else w_hh.shape[1]
    rows = w_hh.shape[0]
    gates = rows // hidden if hidden and rows % hidden == 0 else 0
    if gates not in _GATES:
        raise GateExplorerError(
            f"weight_hh_l0 has shape {w_hh.shape}: expected (4*H, H) for an LSTM, "
            f"(3*H, H) for a GRU or (H, H) for an RNN"
        )
    if kind is None:
        return _GATES[gates]
    kind = canonical_kind(kind)
    if _KIND_GATES[kind] != gates:
        raise GateExplorerError(
            f"kind={kind!r} expects weight_hh_l0 of shape ({_KIND_GATES[kind]}*H, H) = "
            f"({_KIND_GATES[kind] * hidden}, {hidden}), found {w_hh.shape} "
            f"(that is a {_GATES[gates]})"
        )
    return kind


def _recurrent_groups(arrays: dict[str, np.ndarray]) -> dict[str, dict[str, np.ndarray]]:
    groups: dict[str, dict[str, np.ndarray]] = {}
    for key, arr in arrays.items():
        m = _RECURRENT.fullmatch(key)
        if m is None:
            continue
        name = m.group("name")
        if m.group(4) is None:  # nn.LSTMCell / GRUCell / RNNCell: one layer, no suffix
            name += "_l0"
        groups.setdefault(m.group("prefix"), {})[name] = arr
    return {p: g for p, g in groups.items() if "weight_ih_l0" in g and "weight_hh_l0" in g}


def _pick(candidates: list[str], hint: re.Pattern[str], role: str, shapes: str) -> str | None:
    if len(candidates) > 1:
        hinted = [c for c in candidates if hint.search(c)]
        if len(hinted) == 1:
            return hinted[0]
        raise GateExplorerError(
            f"ambiguous {role}: {', '.join(sorted(candidates))} all have shape {shapes}; "
            "remove the extra arrays or save only the model's own state_dict"
        )
    return candidates[0] if candidates else None


def split_state_dict(
    arrays: dict[str, np.ndarray], source: str, *, prefix: str | None = None
) -> Parts:
    """Find the recurrent weights (under ``prefix``, or the only prefix there is),
    an embedding table and a linear head among ``arrays``."""
    groups = _recurrent_groups(arrays)
    if not groups:
        shown = ", ".join(f"{k} {tuple(v.shape)}" for k, v in list(arrays.items())[:6])
        raise GateExplorerError(
            "no recurrent weights found: expected keys like weight_ih_l0 and weight_hh_l0 "
            f"(maybe under a prefix such as rnn.), found {shown or 'no arrays'}"
        )
    if prefix is not None:
        if prefix not in groups:
            raise GateExplorerError(
                f"no recurrent weights under prefix {prefix!r}; found {', '.join(groups)}"
            )
    elif len(groups) > 1:
        found = ", ".join(repr(p) for p in sorted(groups))
        raise GateExplorerError(
            f"ambiguous file: recurrent weights under several prefixes ({found}); "
            "pass prefix= to choose one"
        )
    else:
        prefix = next(iter(groups))
    params = groups[prefix]
    used = {k for k in arrays if (m := _RECURRENT.fullmatch(k)) and m.group("prefix") == prefix}
    rest = {k: v for k, v in arrays.items() if k not in used}
    parts = Parts(source, params)
    if prefix:
        parts.notes.append(f"recurrent weights read from {prefix}*")

    width = params["weight_ih_l0"].shape[1] if params["weight_ih_l0"].ndim == 2 else -1
    w_hh = params["weight_hh_l0"]
    directions = 2 if "weight_ih_l0_reverse" in params else 1
    d_out = directions * (w_hh.shape[1] if w_hh.ndim == 2 else -1)
    layers = [k for k in params if re.fullmatch(r"weight_hh_l\d+", k)]
    top = f"_l{len(layers) - 1}"
    if f"weight_hr{top}" in params:
        d_out = directions * params[f"weight_hr{top}"].shape[0]

    def base(key: str) -> str:
        return key[: -len("weight")] if key.endswith("weight") else ""

    def has_bias(key: str, rows: int) -> bool:
        b = rest.get(base(key) + "bias")
        return b is not None and b.shape == (rows,)

    emb_keys = [
        k
        for k, v in rest.items()
        if v.ndim == 2 and v.shape[1] == width and base(k) and not has_bias(k, v.shape[0])
    ]
    emb_key = _pick(emb_keys, _EMBEDDING_HINT, "embedding", f"(V, {width})")
    if emb_key is not None:
        parts.embedding = rest.pop(emb_key)
        parts.notes.append(f"embedding {emb_key} {parts.embedding.shape}")

    head_keys = [
        k
        for k, v in rest.items()
        if v.ndim == 2 and v.shape[1] == d_out and has_bias(k, v.shape[0])
    ]
    head_key = _pick(head_keys, _HEAD_HINT, "readout head", f"(C, {d_out}) with a bias")
    if head_key is not None:
        weight, bias = rest.pop(head_key), rest.pop(base(head_key) + "bias")
        after = [k for k, v in rest.items() if v.ndim == 2 and v.shape[1] == weight.shape[0]]
        if after:
            parts.notes.append(
                f"{head_key} feeds further layers ({', '.join(after)}): showing no head"
            )
        else:
            parts.head_weight, parts.head_bias = weight, bias
            parts.notes.append(f"head {head_key} {weight.shape}")
    if rest:
        shown = ", ".join(sorted(rest)[:8]) + (" ..." if len(rest) > 8 else "")
        parts.notes.append(f"ignored: {shown}")
    return parts
