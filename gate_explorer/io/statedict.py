"""Make sense of a flat dict of torch-named arrays: the recurrent net, embedding and head.

A whole model's ``state_dict`` holds one or more recurrent modules under some prefix
(``rnn.weight_ih_l0``, ``encoder.lstm.weight_hh_l0``...), or ``nn.LSTMCell`` /
``GRUCell`` / ``RNNCell`` weights (``cell.weight_ih``, no ``_l0``; a stack of them as
``cells.0.weight_ih``, ``cells.1.weight_ih``...), next to an embedding table
(``*.weight`` (V, F), no bias, F = the net's input width) and a linear head
(``*.weight`` (C, D*H_out) with ``*.bias`` (C,)). ``find_modules`` lists the recurrent
modules; ``split_state_dict`` picks one (the only one, or the one asked for) with the
embedding and head its names tie it to; ``infer_kind`` tells the cell from the gate
multiple (4H LSTM, 3H GRU, H RNN), naming the tensor that disagrees with the others.
Every guess becomes a ``Notice``; every refusal says what was found and what to do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from gate_explorer.engine.net import canonical_kind
from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import Notice, translatable

_RECURRENT = re.compile(
    r"(?P<prefix>.*?)(?P<base>(?:weight|bias)_(?:ih|hh|hr))(?P<suffix>_l\d+(?:_reverse)?)?"
)
_STACKED_CELL = re.compile(r"(?P<stack>.*?)(?P<index>\d+)\.")
_GATES = {4: "lstm", 3: "gru", 1: "rnn_tanh"}
_KIND_GATES = {"lstm": 4, "gru": 3, "rnn_tanh": 1, "rnn_relu": 1}
_LONG = {"lstm": "an LSTM", "gru": "a GRU", "rnn_tanh": "an RNN", "rnn_relu": "an RNN"}
_EMBEDDING_HINT = re.compile(r"emb|encoder|lookup|token", re.IGNORECASE)
_HEAD_HINT = re.compile(r"decoder|fc|head|out|linear|classifier|proj|dense|lm", re.IGNORECASE)
TOP_LEVEL = "(top level)"


class ChooseModule(GateExplorerError):
    """A file holds several recurrent modules and none was chosen; ``modules`` lists them."""

    def __init__(self, message: str, modules: tuple[RecurrentModule, ...]) -> None:
        super().__init__(message)
        self.modules = modules


@dataclass(frozen=True)
class RecurrentModule:
    """One recurrent module of a file: its name, the file's keys, torch-named params.

    ``cells`` is 0 for an ``nn.RNN``/``LSTM``/``GRU`` module, else the number of
    ``nn.*Cell`` modules read as its layers (1 for a single cell).
    """

    name: str  # "encoder.rnn"; "" at the top level
    prefix: str  # "encoder.rnn."
    params: dict[str, np.ndarray]
    keys: tuple[str, ...]
    cells: int = 0

    @property
    def label(self) -> str:
        return self.name or TOP_LEVEL

    def describe(self) -> str:
        """``encoder.rnn: lstm, 2 layers, 4 -> 5`` (a guess of the kind from shapes)."""
        w_ih, w_hh = self.params.get("weight_ih_l0"), self.params.get("weight_hh_l0")
        if w_ih is None or w_hh is None or w_ih.ndim != 2 or w_hh.ndim != 2:
            return f"{self.label}: incomplete"
        hidden = self.params["weight_hr_l0"].shape[1] if "weight_hr_l0" in self.params else None
        hidden = hidden or w_hh.shape[1]
        gates = w_hh.shape[0] // hidden if hidden else 0
        kind = _GATES.get(gates, "?").replace("rnn_tanh", "rnn")
        layers = len([k for k in self.params if re.fullmatch(r"weight_ih_l\d+", k)])
        bi = ", bidirectional" if "weight_ih_l0_reverse" in self.params else ""
        what = (
            f"{self.cells} {kind} cells"
            if self.cells > 1
            else f"{kind} cell"
            if self.cells
            else kind
        )
        stack = f", {layers} layers" if layers > 1 and not self.cells else ""
        return f"{self.label}: {what}{stack}{bi}, {w_ih.shape[1]} -> {hidden}"


@dataclass
class Parts:
    """What a weights file gave, before it becomes a ``Model``.

    ``params`` in torch names (no prefix); ``embedding`` (V, F); ``head_weight``
    (C, D*H_out) and ``head_bias`` (C,); ``notes`` say what was read from where (for
    ``inspect``); ``notices`` every guess and skipped part the user must see;
    ``modules`` describes every recurrent module of the file, ``module`` the one read.
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
    modules: list[str] = field(default_factory=list)
    module: str = ""
    skipped: list[str] = field(default_factory=list)
    head_activation: str | None = None
    gate_activation: str = "sigmoid"
    reset_after: bool = True


def _hidden(params: dict[str, np.ndarray]) -> int:
    w_hh = params["weight_hh_l0"]
    return int(params["weight_hr_l0"].shape[1] if "weight_hr_l0" in params else w_hh.shape[1])


def infer_kind(params: dict[str, np.ndarray], kind: str | None = None) -> str:
    """The cell kind from layer 0's rows (G*H); checks an explicit ``kind``.

    Every layer-0 tensor present (weight_ih, weight_hh, bias_ih, bias_hh) votes by its
    rows; one that disagrees with the others is named with the shape the kind expects.
    """
    w_hh = params.get("weight_hh_l0")
    if w_hh is None or w_hh.ndim != 2:
        found = "missing" if w_hh is None else f"shape {w_hh.shape}"
        raise GateExplorerError(
            translatable("weight_hh_l0 is {found}: expected (G*H, H)").format(found=found)
        )
    hidden = _hidden(params)
    names = ("weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0")
    present = {n: params[n] for n in names if n in params and params[n].ndim >= 1}
    votes: dict[str, int] = {}
    for name, arr in present.items():
        rows = arr.shape[0]
        votes[name] = rows // hidden if hidden and rows % hidden == 0 else 0
    if votes["weight_hh_l0"] not in _GATES and all(
        v == votes["weight_hh_l0"] for v in votes.values()
    ):
        raise GateExplorerError(
            translatable(
                "weight_hh_l0 has shape {w_hh_shape}: expected (4*H, H) for an LSTM, (3*H, "
                "H) for a GRU or (H, H) for an RNN"
            ).format(w_hh_shape=w_hh.shape)
        )
    if kind is not None:
        kind = canonical_kind(kind)
        gates = _KIND_GATES[kind]
        if votes["weight_hh_l0"] != gates:
            found = _GATES.get(votes["weight_hh_l0"])
            message = (
                translatable(
                    "kind={kind!r} expects weight_hh_l0 of shape ({gates}*H, H) = "
                    "({rows}, {hidden}), found {shape} (that is a {found})"
                )
                if found
                else translatable(
                    "kind={kind!r} expects weight_hh_l0 of shape ({gates}*H, H) = "
                    "({rows}, {hidden}), found {shape}"
                )
            )
            raise GateExplorerError(
                message.format(
                    kind=kind,
                    gates=gates,
                    rows=gates * hidden,
                    hidden=hidden,
                    shape=w_hh.shape,
                    found=found,
                )
            )
    else:
        counts: dict[int, int] = {}
        for gates in votes.values():
            if gates in _GATES:
                counts[gates] = counts.get(gates, 0) + 1
        best = sorted(counts.items(), key=lambda item: -item[1])
        if not best or (len(best) > 1 and best[0][1] == best[1][1]):
            shown = ", ".join(f"{n} {tuple(a.shape)}" for n, a in present.items())
            raise GateExplorerError(
                translatable(
                    "the layer-0 tensors disagree on the cell: {shown}; with hidden size "
                    "{hidden} an LSTM expects {value} rows in each, a GRU {value2}, an RNN "
                    "{hidden}: re-save the state_dict of one nn.LSTM, nn.GRU or nn.RNN"
                ).format(shown=shown, hidden=hidden, value=4 * hidden, value2=3 * hidden)
            )
        gates = best[0][0]
        kind = _GATES[gates]
    wrong = [n for n, g in votes.items() if g != gates]
    if wrong:
        name = wrong[0]
        arr = present[name]
        expected = (gates * hidden, *arr.shape[1:])
        if name == "weight_hh_l0":
            expected = (gates * hidden, w_hh.shape[1])
        others = ", ".join(f"{n} {tuple(present[n].shape)}" for n in present if n not in wrong)
        raise GateExplorerError(
            translatable(
                "{name} has shape {arr_shape}, but {others} make this {long} of hidden "
                "size {hidden}, which expects {name} of shape {expected}: the file is "
                "damaged or mixes two modules"
            ).format(
                name=name,
                arr_shape=tuple(arr.shape),
                others=others,
                long=_LONG[kind],
                hidden=hidden,
                expected=expected,
            )
        )
    return kind


def _group_keys(arrays: dict[str, np.ndarray]) -> dict[tuple[str, bool], dict[str, str]]:
    """``{(prefix, is_cell): {torch name: file key}}`` for every recurrent-looking key."""
    groups: dict[tuple[str, bool], dict[str, str]] = {}
    for key in arrays:
        m = _RECURRENT.fullmatch(key)
        if m is None:
            continue
        cell = m.group("suffix") is None  # nn.LSTMCell / GRUCell / RNNCell: no _l0
        name = m.group("base") + (m.group("suffix") or "_l0")
        groups.setdefault((m.group("prefix"), cell), {})[name] = key
    return groups


def find_modules(arrays: dict[str, np.ndarray]) -> list[RecurrentModule]:
    """Every recurrent module of ``arrays``: nn.RNN/LSTM/GRU modules, single cells, and
    stacks of cells ``NAME.0.``, ``NAME.1.``... whose widths chain (read as layers)."""
    groups = _group_keys(arrays)
    modules: list[RecurrentModule] = []
    stacks: dict[str, dict[int, dict[str, str]]] = {}
    for (prefix, cell), names in groups.items():
        if not any(n.startswith("weight_") for n in names):
            continue  # a stray bias_ih: reported as an ignored array
        m = _STACKED_CELL.fullmatch(prefix) if cell else None
        if m is not None:
            stacks.setdefault(m.group("stack"), {})[int(m.group("index"))] = names
            continue
        params = {n: arrays[k] for n, k in names.items()}
        modules.append(
            RecurrentModule(prefix.rstrip("."), prefix, params, tuple(names.values()), int(cell))
        )
    for stack, members in stacks.items():
        ordered = [members[i] for i in sorted(members)]
        chained = sorted(members) == list(range(len(members))) and _chains(arrays, ordered)
        if chained and len(ordered) > 1:
            params = {
                n.replace("_l0", f"_l{k}"): arrays[key]
                for k, names in enumerate(ordered)
                for n, key in names.items()
            }
            keys = tuple(key for names in ordered for key in names.values())
            modules.append(RecurrentModule(stack.rstrip("."), stack, params, keys, len(ordered)))
        else:
            for i in sorted(members):
                prefix = f"{stack}{i}."
                params = {n: arrays[k] for n, k in members[i].items()}
                modules.append(
                    RecurrentModule(
                        prefix.rstrip("."), prefix, params, tuple(members[i].values()), 1
                    )
                )
    return sorted(modules, key=lambda mod: mod.prefix)


def _chains(arrays: dict[str, np.ndarray], layers: list[dict[str, str]]) -> bool:
    """True when each cell's input width is the previous cell's hidden size."""
    shapes = []
    for names in layers:
        w_ih, w_hh = (
            arrays.get(names.get("weight_ih_l0", "")),
            arrays.get(names.get("weight_hh_l0", "")),
        )
        if w_ih is None or w_hh is None or w_ih.ndim != 2 or w_hh.ndim != 2:
            return False
        shapes.append((w_ih.shape, w_hh.shape))
    gates = {ih[0] // hh[1] if hh[1] else 0 for ih, hh in shapes}
    return len(gates) == 1 and all(
        shapes[k][0][1] == shapes[k - 1][1][1] for k in range(1, len(shapes))
    )


def _check_complete(module: RecurrentModule) -> None:
    """Refuse a module missing some of its tensors (not torch's all-or-nothing bias=False)."""
    params = module.params
    where = f"{module.label}: " if module.name else ""
    if "weight_ih_l0" not in params or "weight_hh_l0" not in params:
        missing = [n for n in ("weight_ih_l0", "weight_hh_l0") if n not in params]
        raise GateExplorerError(
            translatable(
                "{where}{names} missing (found {names2}): expected both weight_ih and "
                "weight_hh of every layer"
            ).format(where=where, names=" and ".join(missing), names2=", ".join(sorted(params)))
        )
    layers = sorted({int(m.group(1)) for k in params if (m := re.search(r"_l(\d+)", k))})
    sides = ["", "_reverse"] if any(k.endswith("_reverse") for k in params) else [""]
    cell = module.cells > 0

    def torch_name(name: str) -> str:  # the name in the file
        if not cell:
            return f"{module.prefix}{name}"
        layer = int(re.search(r"_l(\d+)", name).group(1))
        base = name.split("_l")[0]
        return f"{module.prefix}{f'{layer}.' if module.cells > 1 else ''}{base}"

    has_bias = any(k.startswith("bias_") for k in params)
    for k in layers:
        for side in sides:
            need = [f"weight_ih_l{k}{side}", f"weight_hh_l{k}{side}"]
            if has_bias:
                need += [f"bias_ih_l{k}{side}", f"bias_hh_l{k}{side}"]
            for name in need:
                if name not in params:
                    extra = (
                        translatable(
                            " (the other biases are there, so this is not a module saved with "
                            "bias=False, whose biases are all absent)"
                        )
                        if name.startswith("bias")
                        else ""
                    )
                    raise GateExplorerError(
                        translatable(
                            "{torch_name} is missing{extra}: the file is incomplete; "
                            "re-save the full state_dict (no zeros are assumed)"
                        ).format(torch_name=torch_name(name), extra=extra)
                    )
    if layers != list(range(len(layers))):
        raise GateExplorerError(
            translatable(
                "{where}layers {layers} found: expected layers 0..{n_layers} with none missing"
            ).format(where=where, layers=layers, n_layers=len(layers) - 1)
        )


def _common(a: str, b: str) -> int:
    """How many leading dotted components ``a`` and ``b`` share."""
    n = 0
    for x, y in zip(a.split("."), b.split("."), strict=False):
        if x != y:
            break
        n += 1
    return n


def _tied(key: str, chosen: RecurrentModule, modules: list[RecurrentModule]) -> int:
    """-1 when ``key`` sits closer (by name) to another module than to ``chosen``; else
    the dotted components it shares with ``chosen``'s prefix."""
    mine = _common(key, chosen.prefix)
    if any(_common(key, m.prefix) > mine for m in modules if m is not chosen):
        return -1
    return mine


def _pick(
    candidates: list[str],
    hint: re.Pattern[str],
    role: str,
    shapes: str,
    ties: dict[str, int],
) -> str | None:
    if len(candidates) > 1:
        best = max(ties[c] for c in candidates)
        closest = [c for c in candidates if ties[c] == best]
        if len(closest) == 1:
            return closest[0]
        hinted = [c for c in closest if hint.search(c)]
        if len(hinted) == 1:
            return hinted[0]
        raise GateExplorerError(
            translatable(
                "ambiguous {role}: {names} all have shape {shapes}; remove the extra "
                "arrays or save only the model's own state_dict"
            ).format(role=role, names=", ".join(sorted(closest)), shapes=shapes)
        )
    return candidates[0] if candidates else None


def choose_module(modules: list[RecurrentModule], module: str | None) -> RecurrentModule:
    """The module named ``module`` (with or without its final dot), or the only one."""
    listing = "; ".join(m.describe() for m in modules)
    if module is not None:
        wanted = module.strip()
        wanted = "" if wanted in (TOP_LEVEL, ".") else wanted.rstrip(".")
        for m in modules:
            if m.name == wanted:
                return m
        names = ", ".join(m.label for m in modules)
        raise GateExplorerError(
            translatable(
                "no recurrent module named {module!r} in the file; it holds: {names} ({listing})"
            ).format(module=module, names=names, listing=listing)
        )
    if len(modules) > 1:
        names = " ".join(m.label for m in modules)
        raise ChooseModule(
            f"the file holds {len(modules)} recurrent modules ({listing}); choose one with "
            f"--module NAME (Python: module=NAME), NAME one of: {names}",
            tuple(modules),
        )
    return modules[0]


def split_state_dict(
    arrays: dict[str, np.ndarray],
    source: str,
    *,
    module: str | None = None,
    prefix: str | None = None,
) -> Parts:
    """Find the recurrent weights (the module named ``module``, or the only one), an
    embedding table and a linear head among ``arrays`` (``prefix`` is an old name for
    ``module``)."""
    modules = find_modules(arrays)
    if not modules:
        shown = ", ".join(f"{k} {tuple(v.shape)}" for k, v in list(arrays.items())[:6])
        raise GateExplorerError(
            translatable(
                "no recurrent weights found: expected keys like weight_ih_l0 and "
                "weight_hh_l0 (maybe under a prefix such as rnn.), or weight_ih and "
                "weight_hh of an nn.LSTMCell/GRUCell/RNNCell; found {value}"
            ).format(value=shown or "no arrays")
        )
    chosen = choose_module(modules, module if module is not None else prefix)
    _check_complete(chosen)
    params = chosen.params
    used = {k for m in modules for k in m.keys}
    rest = {k: v for k, v in arrays.items() if k not in used}
    parts = Parts(source, dict(params), modules=[m.describe() for m in modules])
    parts.module = chosen.name
    if chosen.name:
        parts.notes.append(f"recurrent weights read from {chosen.prefix}*")
    if len(modules) > 1:
        others = ", ".join(m.label for m in modules if m is not chosen)
        parts.notes.append(f"module {chosen.label} chosen; not shown: {others}")
    if chosen.cells == 1:
        parts.notices.append(
            Notice(
                "cell-as-layer",
                translatable(
                    "{label} is a single cell (nn.LSTMCell/GRUCell/RNNCell): computed "
                    "as a one-layer net over the sequence (h, c carried from step to step, "
                    "the usual loop); a loop that changes h between steps is not seen"
                ).format(label=chosen.label),
            )
        )
    elif chosen.cells > 1:
        parts.notices.append(
            Notice(
                "cells-as-stack",
                translatable(
                    "{label}.0..{last} are {n} cells: computed as "
                    "a stack of layers, each cell's h feeding the next at every step (the "
                    "usual loop); a loop that does something else between cells is not seen"
                ).format(label=chosen.label, last=chosen.cells - 1, n=chosen.cells),
            )
        )

    w_ih, w_hh = params["weight_ih_l0"], params["weight_hh_l0"]
    width = w_ih.shape[1] if w_ih.ndim == 2 else -1
    directions = 2 if "weight_ih_l0_reverse" in params else 1
    d_out = directions * (w_hh.shape[1] if w_hh.ndim == 2 else -1)
    layers = [k for k in params if re.fullmatch(r"weight_hh_l\d+", k)]
    top = f"_l{len(layers) - 1}"
    if f"weight_hr{top}" in params:
        d_out = directions * params[f"weight_hr{top}"].shape[0]
    ties = {k: _tied(k, chosen, modules) for k in rest}

    def base(key: str) -> str:
        return key[: -len("weight")] if key.endswith("weight") else ""

    def has_bias(key: str, rows: int) -> bool:
        b = rest.get(base(key) + "bias")
        return b is not None and b.shape == (rows,)

    def table_like(k: str, v: np.ndarray) -> bool:
        return v.ndim == 2 and bool(base(k)) and not has_bias(k, v.shape[0]) and ties[k] >= 0

    emb_keys = [k for k, v in rest.items() if table_like(k, v) and v.shape[1] == width]
    emb_key = _pick(emb_keys, _EMBEDDING_HINT, "embedding", f"(V, {width})", ties)
    if emb_key is not None:
        parts.embedding = rest.pop(emb_key)
        parts.notes.append(f"embedding {emb_key} {parts.embedding.shape}")
    else:
        misfits = [
            k for k, v in rest.items() if table_like(k, v) and re.search(r"emb", k, re.IGNORECASE)
        ]
        if misfits:
            k = misfits[0]
            ih_key = next(key for key in chosen.keys if arrays[key] is w_ih)
            raise GateExplorerError(
                translatable(
                    "embedding {k} has shape {rest_shape} but {ih_key} has shape "
                    "{w_ih_shape}, which takes inputs of width {width}: the embedding does "
                    "not feed this network (a different module's, or a damaged file); save "
                    "the matching pair"
                ).format(
                    k=k,
                    rest_shape=tuple(rest[k].shape),
                    ih_key=ih_key,
                    w_ih_shape=tuple(w_ih.shape),
                    width=width,
                )
            )

    head_keys = [
        k
        for k, v in rest.items()
        if v.ndim == 2 and v.shape[1] == d_out and has_bias(k, v.shape[0]) and ties[k] >= 0
    ]
    head_key = _pick(head_keys, _HEAD_HINT, "readout head", f"(C, {d_out}) with a bias", ties)
    if head_key is not None:
        weight, bias = rest.pop(head_key), rest.pop(base(head_key) + "bias")
        after = [k for k, v in rest.items() if v.ndim == 2 and v.shape[1] == weight.shape[0]]
        if after:
            parts.notices.append(
                Notice(
                    "head-feeds-more",
                    translatable(
                        "{head} feeds further layers ({after}), which are not "
                        "computed: no head is shown"
                    ).format(head=head_key, after=", ".join(after)),
                )
            )
            parts.skipped += [head_key, *after]
        else:
            parts.head_weight, parts.head_bias = weight, bias
            parts.notes.append(f"head {head_key} {weight.shape}")
            if len(modules) > 1 and ties[head_key] == 0 and chosen.name:
                parts.notices.append(
                    Notice(
                        "head-not-tied",
                        translatable(
                            "head {head} is not named with {label}: assumed it "
                            "reads {label}'s output (its width {width} fits)"
                        ).format(head=head_key, label=chosen.label, width=d_out),
                    )
                )
    theirs = sorted(k for k in rest if ties[k] < 0)  # named with another module
    if theirs:
        parts.skipped += theirs
        parts.notes.append(f"left with the other modules: {', '.join(theirs)}")
        rest = {k: v for k, v in rest.items() if ties[k] >= 0}
    if rest:
        shown = ", ".join(sorted(rest)[:8]) + (" ..." if len(rest) > 8 else "")
        parts.skipped += sorted(rest)
        between = (
            translatable(
                "; if they sit between the recurrent net and the head (a LayerNorm, a second "
                "Linear), the head's answers differ from the model's"
            )
            if parts.head_weight is not None
            else ""
        )
        parts.notices.append(
            Notice(
                "arrays-ignored",
                translatable(
                    "not computed: {shown} (not part of the recurrent net, its embedding "
                    "or its head){between}"
                ).format(shown=shown, between=between),
                changes_numbers=parts.head_weight is not None,
            )
        )
    return parts
