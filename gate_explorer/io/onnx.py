"""ONNX files (``torch.onnx.export``, tf2onnx): ``LSTM``, ``GRU`` and ``RNN`` nodes.

The ``onnx`` package (``pip install gate-explorer[onnx]``) only parses the protobuf; no
graph is run. Per the ONNX operator spec, for D directions, G gates and H units:
``W`` (D, G*H, F), ``R`` (D, G*H, H), ``B`` (D, 2*G*H) = [Wb, Rb]; gate order LSTM
``i o f c`` (torch ``i f g o``), GRU ``z r h`` (torch ``r z n``), RNN one block.
``direction`` forward / reverse / bidirectional (a stack that mixes them, e.g. a lone
``reverse`` node, is read as bidirectional with empty directions, exact and named in a
notice); ``activations`` per direction
(LSTM and GRU: f for the gates, g for the candidate, LSTM h for the cell output); the
GRU's ``linear_before_reset=1`` is torch's form, 0 (the spec's default) applies the reset
before the recurrent matrix (``reset_after=False``). Nodes chain through shape-only ops
(Transpose, Reshape, Squeeze...). Around them: a ``Gather`` from a (V, F) table of the
graph input is the embedding; a ``MatMul`` + ``Add`` or a ``Gemm`` after the last node is
the head, and a ``Softmax``, ``LogSoftmax`` or ``Sigmoid`` after it its activation.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from gate_explorer.engine.layers import suffix
from gate_explorer.errors import GateExplorerError
from gate_explorer.io.readers import need
from gate_explorer.io.statedict import Parts
from gate_explorer.notices import Notice, translatable

_PASS = {"Transpose", "Reshape", "Squeeze", "Unsqueeze", "Identity", "Dropout", "Cast", "Flatten"}
_GATES = {"LSTM": 4, "GRU": 3, "RNN": 1}
_TO_TORCH = {"LSTM": (0, 2, 3, 1), "GRU": (1, 0, 2), "RNN": (0,)}  # torch block <- onnx block
_MAX_BYTES = 2 * 1024**3


class _Graph:
    """Producers, consumers and constant tensors of an ONNX graph."""

    def __init__(self, graph: Any, numpy_helper: Any, path: Path, tensor_dtype: Any) -> None:
        self.file, self.folder, self.tensor_dtype = path.name, path.parent, tensor_dtype
        self.nodes = list(graph.node)
        self.inputs = {i.name for i in graph.input}
        self.outputs = {o.name for o in graph.output}
        self.consts: dict[str, Any] = {t.name: t for t in graph.initializer}
        self.helper = numpy_helper
        self.producer: dict[str, Any] = {}
        self.consumers: dict[str, list[Any]] = {}
        for node in self.nodes:
            for out in node.output:
                self.producer[out] = node
            for inp in node.input:
                if inp:
                    self.consumers.setdefault(inp, []).append(node)
            if node.op_type == "Constant":
                for attr in node.attribute:
                    if attr.name == "value":
                        self.consts[node.output[0]] = attr.t
        self.inputs -= set(self.consts)
        self.budget = _MAX_BYTES

    def const(self, name: str, what: str) -> np.ndarray | None:
        tensor = self.consts.get(name)
        if tensor is None:
            return None
        what = what.removeprefix(f"{self.file}: ")
        count = int(np.prod(tensor.dims, dtype=np.int64)) if tensor.dims else 1
        if count * 8 > self.budget:
            raise GateExplorerError(
                translatable(
                    "{file}: {what} declares {dims}, over the limit of {max_bytes} GiB for "
                    "a weights file: not read"
                ).format(
                    file=self.file, what=what, dims=list(tensor.dims), max_bytes=_MAX_BYTES // 2**30
                )
            )
        if tensor.data_location == 1:  # external data (the dynamo exporter's default)
            arr = self._external(tensor, what, count)
            self.budget -= arr.nbytes
            return arr
        try:
            arr = self.helper.to_array(tensor)
        except (ValueError, TypeError) as exc:
            raise GateExplorerError(
                translatable("{file}: {what} declares {dims} but holds other data ({exc})").format(
                    file=self.file, what=what, dims=list(tensor.dims), exc=exc
                )
            ) from exc
        self.budget -= arr.nbytes
        return arr

    def _external(self, tensor: Any, what: str, count: int) -> np.ndarray:
        """A tensor kept in a file beside the model: only a plain name in the same folder."""
        info = {e.key: e.value for e in tensor.external_data}
        loc = info.get("location", "")
        if not loc or "/" in loc or "\\" in loc or loc.startswith("."):
            raise GateExplorerError(
                translatable(
                    "{file}: {what} points to external data {loc!r}; only a file beside "
                    "the model is read"
                ).format(file=self.file, what=what, loc=loc)
            )
        dtype = np.dtype(self.tensor_dtype(tensor.data_type))
        offset, length = int(info.get("offset", 0)), int(info.get("length", count * dtype.itemsize))
        if length != count * dtype.itemsize:
            raise GateExplorerError(
                translatable("{file}: {what} declares {dims} but {length} bytes of data").format(
                    file=self.file, what=what, dims=list(tensor.dims), length=length
                )
            )
        data_path = self.folder / loc
        try:
            with open(data_path, "rb") as fh:
                fh.seek(offset)
                raw = fh.read(length)
        except OSError as exc:
            raise GateExplorerError(
                translatable(
                    "{file}: {what} is in {loc}, which cannot be read ({strerror}); keep "
                    "it beside the .onnx file"
                ).format(file=self.file, what=what, loc=loc, strerror=exc.strerror)
            ) from exc
        if len(raw) != length:
            raise GateExplorerError(
                translatable(
                    "{file}: {loc} holds {n_raw} of the {length} bytes of {what} (truncated)"
                ).format(file=self.file, loc=loc, n_raw=len(raw), length=length, what=what)
            )
        return np.frombuffer(raw, dtype=dtype).reshape(tuple(tensor.dims)).copy()

    def back(self, name: str) -> str:
        """Follow a tensor back through shape-only ops to where its values come from."""
        while name in self.producer and self.producer[name].op_type in _PASS:
            name = self.producer[name].input[0]
        return name

    def forward(self, name: str) -> list[Any]:
        """The nodes that read ``name`` (through shape-only ops), and whether it is an output."""
        out = []
        for node in self.consumers.get(name, []):
            if node.op_type in _PASS:
                out.extend(self.forward(node.output[0]))
            else:
                out.append(node)
        return out

    def reaches_output(self, name: str) -> bool:
        if name in self.outputs:
            return True
        return any(
            n.op_type in _PASS and self.reaches_output(n.output[0])
            for n in self.consumers.get(name, [])
        )


def _attrs(node: Any, helper: Any) -> dict[str, Any]:
    out = {}
    for a in node.attribute:
        v = helper.get_attribute_value(a)
        if isinstance(v, bytes):
            v = v.decode()
        elif isinstance(v, list):
            v = [x.decode() if isinstance(x, bytes) else x for x in v]
        out[a.name] = v
    return out


def _gate_activation(node: Any, attrs: dict[str, Any], where: str, directions: int) -> str:
    """The engine's gate activation for an LSTM/GRU node's ``f``; checks ``g`` (and ``h``)."""
    per = 3 if node.op_type == "LSTM" else 2
    acts = attrs.get("activations") or (["Sigmoid", "Tanh", "Tanh"][:per] * directions)
    alphas = list(attrs.get("activation_alpha", []))
    betas = list(attrs.get("activation_beta", []))
    found = set()
    k = 0  # index into alpha/beta, which list only the activations that take them
    for i, act in enumerate(acts):
        role = i % per
        if act in ("HardSigmoid", "Affine", "LeakyRelu", "ThresholdedRelu", "ScaledTanh", "Elu"):
            alpha = alphas[k] if k < len(alphas) else None
            beta = betas[k] if k < len(betas) else None
            k += 1
        else:
            alpha = beta = None
        if role == 0:
            if act == "Sigmoid":
                found.add("sigmoid")
            elif act == "HardSigmoid":
                a = 0.2 if alpha is None else alpha
                b = 0.5 if beta is None else beta
                if np.isclose(a, 0.2) and np.isclose(b, 0.5):
                    found.add("hard_sigmoid_keras2")
                elif np.isclose(a, 1 / 6) and np.isclose(b, 0.5):
                    found.add("hard_sigmoid_keras3")
                else:
                    raise GateExplorerError(
                        translatable(
                            "{where}: HardSigmoid(alpha={a}, beta={b}) gates are not "
                            "supported (expected alpha 0.2 or 1/6 and beta 0.5)"
                        ).format(where=where, a=a, b=b)
                    )
            else:
                raise GateExplorerError(
                    translatable(
                        "{where}: gate activation {act} is not supported (expected Sigmoid "
                        "or HardSigmoid)"
                    ).format(where=where, act=act)
                )
        elif act != "Tanh":
            raise GateExplorerError(
                translatable(
                    "{where}: activation {act} where Tanh was expected is not supported"
                ).format(where=where, act=act)
            )
    if len(found) != 1:
        raise GateExplorerError(
            translatable("{where}: the two directions use different gate activations").format(
                where=where
            )
        )
    return found.pop()


def _reorder(arr: np.ndarray, op: str) -> np.ndarray:
    blocks = np.split(arr, _GATES[op], axis=0)
    return np.concatenate([blocks[i] for i in _TO_TORCH[op]], axis=0)


def _zeros_state(g: _Graph, name: str, what: str, notices: list[Notice]) -> None:
    """Initial states must be zeros: a zero constant, or computed from ConstantOfShape(0)."""
    if not name:
        return
    arr = g.const(g.back(name), what)
    if arr is not None:
        if np.any(arr):
            raise GateExplorerError(
                translatable(
                    "{file}: {what} is a nonzero constant; Gate Explorer starts from zeros"
                ).format(file=g.file, what=what)
            )
        return
    src = g.back(name)
    seen, todo = set(), [src]
    while todo:  # every data source of the state must be a zero fill or a shape
        t = todo.pop()
        if t in seen:
            continue
        seen.add(t)
        node = g.producer.get(t)
        if node is None:
            if t in g.inputs:
                notices.append(
                    Notice(
                        "onnx-initial-state-input",
                        translatable("{what} is an input of the graph: computed from zeros").format(
                            what=what
                        ),
                        changes_numbers=True,
                    )
                )
                return
            continue
        if node.op_type == "ConstantOfShape":
            value = next((a.t for a in node.attribute if a.name == "value"), None)
            if value is not None and np.any(g.helper.to_array(value)):
                raise GateExplorerError(
                    translatable("{file}: {what} is filled with a nonzero value").format(
                        file=g.file, what=what
                    )
                )
            continue
        if node.op_type in ("Shape", "Size"):
            continue
        if node.op_type in ("LSTM", "GRU", "RNN"):
            raise GateExplorerError(
                translatable(
                    "{file}: {what} comes from another recurrent node (an "
                    "encoder-decoder); Gate Explorer computes one stack from zeros"
                ).format(file=g.file, what=what)
            )
        todo.extend(i for i in node.input if i)


_DIRECTIONS = {"forward": (0,), "reverse": (1,), "bidirectional": (0, 1)}


def _layer(
    g: _Graph, node: Any, k: int, parts: Parts, helper: Any
) -> tuple[str, str, bool, tuple[int, ...]]:
    """Add one node's weights as layer ``k`` (torch's direction 1 for ``reverse``);
    (kind, gate activation, reset_after, the torch directions it has)."""
    op = node.op_type
    where = translatable("{file}: {op} node {node!r}").format(
        file=g.file, op=node.op_type, node=node.name or k
    )
    attrs = _attrs(node, helper)
    direction = attrs.get("direction", "forward")
    if direction not in _DIRECTIONS:
        raise GateExplorerError(
            translatable("{where}: direction {direction!r} is not supported").format(
                where=where, direction=direction
            )
        )
    dirs = _DIRECTIONS[direction]
    d = len(dirs)
    if attrs.get("clip") is not None:
        raise GateExplorerError(
            translatable("{where}: clip={attrs} is not supported").format(
                where=where, attrs=attrs["clip"]
            )
        )
    if attrs.get("input_forget"):
        raise GateExplorerError(
            translatable("{where}: input_forget=1 (coupled gates) is not supported").format(
                where=where
            )
        )
    ins = list(node.input) + [""] * 8
    w, r = g.const(ins[1], f"{where} W"), g.const(ins[2], f"{where} R")
    if w is None or r is None:
        raise GateExplorerError(
            translatable("{where}: W and R must be constant tensors of the file").format(
                where=where
            )
        )
    gates = _GATES[op]
    hidden = int(attrs.get("hidden_size", r.shape[-1] if r.ndim == 3 else 0))
    if w.ndim != 3 or r.shape != (d, gates * hidden, hidden) or w.shape[:2] != (d, gates * hidden):
        raise GateExplorerError(
            translatable(
                "{where}: W {w_shape} and R {r_shape} should be ({d}, {gates}*H, F) and "
                "({d}, {gates}*H, H) with H = {hidden}"
            ).format(where=where, w_shape=w.shape, r_shape=r.shape, d=d, gates=gates, hidden=hidden)
        )
    b = g.const(ins[3], f"{where} B") if ins[3] else np.zeros((d, 2 * gates * hidden), w.dtype)
    if b is None or b.shape != (d, 2 * gates * hidden):
        found = "computed" if b is None else b.shape
        raise GateExplorerError(
            translatable("{where}: B is {found}, expected ({d}, {value})").format(
                where=where, found=found, d=d, value=2 * gates * hidden
            )
        )
    if ins[4]:
        parts.notices.append(
            Notice(
                "onnx-sequence-lens",
                translatable("{where}: sequence_lens is ignored: every step is computed").format(
                    where=node.name or op
                ),
            )
        )
    _zeros_state(g, ins[5], f"{where} initial_h", parts.notices)
    if op == "LSTM":
        _zeros_state(g, ins[6], f"{where} initial_c", parts.notices)
        if ins[7]:
            p = g.const(ins[7], f"{where} P")
            if p is None or np.any(p):
                raise GateExplorerError(
                    translatable("{where}: peephole weights P are not supported").format(
                        where=where
                    )
                )
    kind, gate, reset_after = {"LSTM": "lstm", "GRU": "gru", "RNN": "rnn_tanh"}[op], "sigmoid", True
    if op == "RNN":
        acts = set(attrs.get("activations") or ["Tanh"])
        if acts == {"Relu"}:
            kind = "rnn_relu"
        elif acts != {"Tanh"}:
            raise GateExplorerError(
                translatable("{where}: RNN activations {acts} are not supported").format(
                    where=where, acts=sorted(acts)
                )
            )
    else:
        gate = _gate_activation(node, attrs, where, d)
    if op == "GRU":
        reset_after = bool(attrs.get("linear_before_reset", 0))
    for j, direction_index in enumerate(dirs):
        s = suffix(k, direction_index)
        wb, rb = np.split(b[j], 2)
        parts.params["weight_ih" + s] = _reorder(w[j], op)
        parts.params["weight_hh" + s] = _reorder(r[j], op)
        parts.params["bias_ih" + s] = _reorder(wb, op)
        parts.params["bias_hh" + s] = _reorder(rb, op)
    return kind, gate, reset_after, dirs


def _fill_directions(stack: list[Any], dirs: list[tuple[int, ...]], parts: Parts) -> None:
    """A stack whose nodes do not all read one way (a ``reverse`` node, or one-way nodes
    beside bidirectional ones) becomes a bidirectional torch stack: each missing direction
    gets zero weights, whose h is exactly 0 at every step (every cell maps zero input,
    weights and state to h = 0), and the layer above (or the head) reads it through zero
    columns, so every number is the file's. A notice names the empty directions."""
    empty = []
    for k, have in enumerate(dirs):
        ref = parts.params["weight_hh" + suffix(k, have[0])]
        rows, hidden = ref.shape
        for j in have if k else ():
            key = "weight_ih" + suffix(k, j)
            parts.params[key] = _spread(parts.params[key], dirs[k - 1])
        width = parts.params["weight_ih" + suffix(k, have[0])].shape[1]  # F, or 2 H below
        for j in sorted({0, 1} - set(have)):
            s = suffix(k, j)
            parts.params["weight_ih" + s] = np.zeros((rows, width), ref.dtype)
            parts.params["weight_hh" + s] = np.zeros((rows, hidden), ref.dtype)
            parts.params["bias_ih" + s] = np.zeros(rows, ref.dtype)
            parts.params["bias_hh" + s] = np.zeros(rows, ref.dtype)
            empty.append((stack[k], "backward" if j else "forward"))
    if parts.head_weight is not None:
        parts.head_weight = _spread(parts.head_weight, dirs[-1])
    listed = ", ".join(f"{n.op_type} {n.name!r} {side}" for n, side in empty)
    parts.notices.append(
        Notice(
            "onnx-direction-filled",
            translatable(
                "the recurrent nodes do not all read the text the same way (a "
                "direction='reverse' node reads it from the end, as a bidirectional layer's "
                "backward direction does): shown as bidirectional layers whose missing "
                "directions are empty (no weights, every value 0): {list}; the numbers are "
                "the file's"
            ).format(list=listed),
        )
    )


def _spread(weight: np.ndarray, have: tuple[int, ...]) -> np.ndarray:
    """(rows, len(have)*W) columns reading ``have``'s directions as (rows, 2*W) columns
    reading [forward, backward], zero where a direction is missing."""
    if len(have) == 2:
        return weight
    zeros = np.zeros_like(weight)
    return np.concatenate([zeros, weight] if have == (1,) else [weight, zeros], axis=1)


def _check_concat(g: _Graph, node: Any, helper: Any) -> None:
    """A bidirectional Y (T, 2, B, H) must reach the next layer as [forward, backward]
    features: through Transpose(perm=[0, 2, 1, 3]) then Reshape, as exporters write it."""
    layout = _attrs(node, helper).get("layout", 0)
    todo, perms = [node.output[0]], []
    while todo:
        name = todo.pop()
        for user in g.consumers.get(name, []):
            if user.op_type in _PASS:
                if user.op_type == "Transpose":
                    perms.append(tuple(_attrs(user, helper).get("perm", ())))
                todo.append(user.output[0])
    expected = (0, 2, 1, 3) if layout == 0 else None
    if (expected and expected not in perms) or any(p != expected for p in perms):
        raise GateExplorerError(
            translatable(
                "{file}: the bidirectional {op_type} node {node_name!r} output is "
                "rearranged with Transpose {value} (layout {layout}); expected "
                "Transpose(perm=[0, 2, 1, 3]) then Reshape, as torch.onnx.export writes it"
            ).format(
                file=g.file,
                op_type=node.op_type,
                node_name=node.name,
                value=perms or "none",
                layout=layout,
            )
        )


def _head(g: _Graph, top: str, width: int, parts: Parts, helper: Any) -> None:
    """A MatMul + Add or Gemm reading the last node's output, and the activation after it."""
    users = g.forward(top)
    lost = ""
    if len(users) == 1 and users[0].op_type in ("MatMul", "Gemm"):
        node = users[0]
        other = [i for i in node.input[:2] if g.back(i) != top]
        weight = g.const(g.back(other[0]), "head weight") if len(other) == 1 else None
        bias, out = None, node.output[0]
        if node.op_type == "Gemm" and weight is not None:
            a = _attrs(node, helper)
            if a.get("alpha", 1.0) != 1.0 or a.get("beta", 1.0) != 1.0 or a.get("transA", 0):
                weight = None
            else:
                weight = weight if a.get("transB", 0) else weight.T  # -> (C, D*H)
                if len(node.input) > 2 and node.input[2]:
                    bias = g.const(node.input[2], "head bias")
        elif weight is not None:
            weight = weight.T
            nxt = g.forward(out)
            if len(nxt) == 1 and nxt[0].op_type == "Add":
                add = nxt[0]
                cand = [i for i in add.input if i != out and g.back(i) != out]
                bias = g.const(cand[0], "head bias") if len(cand) == 1 else None
                if bias is not None:
                    out = add.output[0]
        if weight is not None and weight.ndim == 2 and weight.shape[1] == width:
            act = None
            after = g.forward(out)
            if not after and g.reaches_output(out):
                pass
            elif len(after) == 1 and after[0].op_type in ("Softmax", "LogSoftmax", "Sigmoid"):
                act = "sigmoid" if after[0].op_type == "Sigmoid" else "softmax"
                if g.forward(after[0].output[0]):
                    weight = None
            else:
                weight = None
            if weight is not None:
                parts.head_weight = weight
                parts.head_bias = None if bias is None else np.reshape(bias, -1)
                parts.head_activation = act
                parts.notes.append(f"head {node.op_type} {weight.shape}")
                return
        lost = translatable("{op_type} {node_name!r} and what follows it").format(
            op_type=node.op_type, node_name=node.name
        )
    elif users:
        lost = ", ".join(f"{u.op_type} {u.name!r}" for u in users)
    if lost:
        parts.notices.append(
            Notice(
                "head-not-computed",
                translatable(
                    "the graph's output cannot be computed ({what} read the recurrent "
                    "layers): showing the recurrent layers without predictions"
                ).format(what=lost),
            )
        )


def read_onnx(path: Path) -> Parts:
    """An ONNX model's recurrent nodes (and embedding and head) as torch-named ``Parts``."""
    try:
        return _read_onnx(path)
    except GateExplorerError:
        raise
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, UnicodeError) as exc:
        why = f"{type(exc).__name__}: {exc}".replace("\n", " ")
        raise GateExplorerError(
            translatable("{file} cannot be read (a damaged ONNX model: {why})").format(
                file=path.name, why=why
            )
        ) from exc


def _read_onnx(path: Path) -> Parts:
    onnx = need("onnx", ".onnx files", "gate-explorer[onnx]")
    from onnx import helper as onnx_helper
    from onnx import numpy_helper

    if path.stat().st_size > _MAX_BYTES:
        raise GateExplorerError(
            translatable("{file} is over {max_bytes} GiB: not read").format(
                file=path.name, max_bytes=_MAX_BYTES // 2**30
            )
        )
    try:
        model = onnx.load(str(path), load_external_data=False)
    except Exception as exc:  # the protobuf parser raises several types
        raise GateExplorerError(
            translatable(
                "{file} is not a readable ONNX model (corrupt or truncated: {type})"
            ).format(file=path.name, type=type(exc).__name__)
        ) from exc
    g = _Graph(model.graph, numpy_helper, path, onnx_helper.tensor_dtype_to_np_dtype)
    rnns = [n for n in g.nodes if n.op_type in _GATES]
    if not rnns:
        ops = sorted({str(n.op_type) for n in g.nodes})
        raise GateExplorerError(
            translatable(
                "{file} has no LSTM, GRU or RNN node (found {value}); a loop of MatMuls "
                "(e.g. a scripted cell) is not read"
            ).format(file=path.name, value=", ".join(ops[:8]) or "none")
        )
    helper = onnx_helper
    stack = [rnns[0]]
    while True:
        top = stack[-1].output[0] if stack[-1].output else ""
        nxt = [n for n in rnns if n not in stack and g.back(n.input[0]) == top]
        if not nxt:
            break
        stack.append(nxt[0])
    parts = Parts(
        f"onnx (opset {model.opset_import[0].version if model.opset_import else '?'})", {}
    )
    off = [n for n in rnns if n not in stack]
    if off:
        parts.notices.append(
            Notice(
                "onnx-branch",
                translatable(
                    "recurrent nodes not loaded (they do not read the stack): {list}"
                ).format(list=", ".join(f"{n.op_type} {n.name!r}" for n in off)),
            )
        )
    src = g.back(stack[0].input[0])
    feeder = g.producer.get(src)
    if feeder is not None and feeder.op_type == "Gather":
        table = g.const(g.back(feeder.input[0]), "embedding table")
        ids = g.back(feeder.input[1])
        if table is None or table.ndim != 2 or ids not in g.inputs:
            raise GateExplorerError(
                translatable(
                    "{file}: the first recurrent node reads a Gather that is not a (V, F) "
                    "table indexed by the graph input"
                ).format(file=path.name)
            )
        parts.embedding = table
        parts.notes.append(f"embedding {feeder.input[0]} {table.shape}")
    elif src not in g.inputs:
        op = feeder.op_type if feeder is not None else "?"
        raise GateExplorerError(
            translatable(
                "{file}: the first recurrent node reads the output of {op}, which Gate "
                "Explorer cannot compute (it reads Gather -> LSTM/GRU/RNN -> MatMul)"
            ).format(file=path.name, op=op)
        )
    variants = set()
    dirs: list[tuple[int, ...]] = []
    for k, node in enumerate(stack):
        kind, gate, reset_after, have = _layer(g, node, k, parts, helper)
        variants.add((kind, gate, reset_after))
        dirs.append(have)
        if len(have) == 2:
            _check_concat(g, node, helper)
    if len(variants) > 1:
        raise GateExplorerError(
            translatable(
                "{file}: the recurrent nodes differ in kind or activations ({variants}); "
                "expected one for the whole stack"
            ).format(file=path.name, variants=sorted(variants))
        )
    parts.kind, parts.gate_activation, parts.reset_after = variants.pop()
    if parts.kind != "gru":
        parts.reset_after = True
    width = len(dirs[-1]) * parts.params["weight_hh" + suffix(len(dirs) - 1, dirs[-1][0])].shape[1]
    _head(g, stack[-1].output[0], width, parts, helper)
    if set(dirs) != {(0,)} and set(dirs) != {(0, 1)}:
        _fill_directions(stack, dirs, parts)
    return parts


def list_onnx(path: Path) -> list[tuple[str, tuple[int, ...], str]]:
    """(name, shape, dtype) of every initializer of an ONNX model (no data read)."""
    onnx = need("onnx", ".onnx files", "gate-explorer[onnx]")
    from onnx import helper as onnx_helper

    try:
        model = onnx.load(str(path), load_external_data=False)
    except Exception as exc:  # the protobuf parser raises several types
        raise GateExplorerError(
            translatable("{file} is not a readable ONNX model ({type})").format(
                file=path.name, type=type(exc).__name__
            )
        ) from exc
    rows = []
    for t in model.graph.initializer:
        dtype = np.dtype(onnx_helper.tensor_dtype_to_np_dtype(t.data_type)).name
        rows.append((t.name, tuple(int(d) for d in t.dims), dtype))
    return rows
