"""ONNX files made by ``torch.onnx.export`` (both exporters) and by ``onnx.helper``, checked
against onnxruntime: every recurrent node's Y (h of every step and direction), the LSTM's
last cell state Y_c, and the graph's output, per tensor max|a-b| / max(1, max|b|) <= 1e-5."""

import numpy as np
import pytest

onnx = pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")
torch = pytest.importorskip("torch")

from onnx import TensorProto, helper, numpy_helper  # noqa: E402

from gate_explorer import load_model  # noqa: E402
from gate_explorer.errors import GateExplorerError  # noqa: E402

from .helpers import close  # noqa: E402


def with_states(path):
    """The model with every recurrent node's Y (and LSTM Y_c) as extra graph outputs."""
    model = onnx.load(str(path))
    names = []
    for k, node in enumerate(n for n in model.graph.node if n.op_type in ("LSTM", "GRU", "RNN")):
        outs = list(node.output) + [""] * 3
        outs[0] = outs[0] or f"y{k}"
        if node.op_type == "LSTM":
            outs[2] = outs[2] or f"yc{k}"
        del node.output[:]
        node.output.extend(outs[:3] if node.op_type == "LSTM" else outs[:1])
        names.append((node.op_type, outs[0], outs[2] if node.op_type == "LSTM" else None))
    known = {o.name for o in model.graph.output}
    for _, y, yc in names:
        for name in (y, yc):
            if name and name not in known:
                model.graph.output.append(
                    helper.make_tensor_value_info(name, TensorProto.FLOAT, None)
                )
    return model, names


def check(model, path, feed, text):
    """Our run of ``text`` against onnxruntime on ``feed`` (batch 1)."""
    onnx_model, nodes = with_states(path)
    sess = ort.InferenceSession(onnx_model.SerializeToString(), providers=["CPUExecutionProvider"])
    outs = dict(zip([o.name for o in sess.get_outputs()], sess.run(None, feed), strict=True))
    run = model.run_text(text)
    for k, (op, y, yc) in enumerate(nodes):
        ys = outs[y]  # (T, D, B, H)
        for d in range(ys.shape[1]):
            close(run.trace.values("h", k, d), ys[:, d, 0], f"{op} {k} dir {d} h")
        if yc:
            end = run.trace.values("c", k, 0)[-1]
            close(end, outs[yc][0, 0], f"{op} {k} last c")
    first = sess.get_outputs()[0].name
    return run, outs[first]


class CharNet(torch.nn.Module):
    def __init__(self, cell, vocab=7, emb=3, hidden=5, out=7, **kw):
        super().__init__()
        self.emb = torch.nn.Embedding(vocab, emb)
        self.rnn = cell(emb, hidden, **kw)
        d = 2 if kw.get("bidirectional") else 1
        self.fc = torch.nn.Linear(d * hidden, out)

    def forward(self, x):
        y, _ = self.rnn(self.emb(x))
        return self.fc(y)


def export(module, x, path, dynamo):
    torch.manual_seed(0)
    module.eval()
    with torch.no_grad():
        torch.onnx.export(module, (x,), str(path), dynamo=dynamo, input_names=["x"])
    return path


@pytest.mark.parametrize("dynamo", [False, True])
def test_bidirectional_lstm_stack_from_torch_export(tmp_path, dynamo):
    torch.manual_seed(1)
    net = CharNet(torch.nn.LSTM, num_layers=2, bidirectional=True)
    ids = torch.tensor([[1], [4], [2], [6], [0], [3]])
    path = export(net, ids, tmp_path / "lstm.onnx", dynamo)
    model = load_model(path)
    assert model.net.describe() == "lstm 3->5, 2 layers, bidirectional"
    run, out = check(model, path, {"x": ids.numpy()}, "1 4 2 6 0 3")
    close(run.logits, out[:, 0], "head logits")
    assert model.head.activation == "softmax"
    assert any(n.code == "head-activation-guessed" for n in model.notices)


class SigmoidGRU(CharNet):
    def forward(self, x):
        y, _ = self.rnn(self.emb(x))
        return torch.sigmoid(self.fc(y))


def test_gru_with_sigmoid_head(tmp_path):
    torch.manual_seed(2)
    net = SigmoidGRU(torch.nn.GRU, out=1)
    ids = torch.tensor([[2], [0], [5], [5], [1]])
    path = export(net, ids, tmp_path / "gru.onnx", False)
    model = load_model(path)
    assert model.kind == "gru"
    assert model.net.reset_after  # torch exports linear_before_reset=1
    assert (model.head.kind, model.head.activation) == ("classify", "sigmoid")
    assert not any(n.code == "head-activation-guessed" for n in model.notices)
    run, out = check(model, path, {"x": ids.numpy()}, "2 0 5 5 1")
    close(run.probs, out[:, 0], "sigmoid output")


class NumericRNN(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = torch.nn.RNN(1, 4, nonlinearity="relu", num_layers=2)
        self.fc = torch.nn.Linear(4, 1)

    def forward(self, x):
        return self.fc(self.rnn(x)[0])


def test_relu_rnn_numeric_input_regression(tmp_path):
    torch.manual_seed(3)
    x = torch.tensor([[[0.5]], [[-1.0]], [[2.0]], [[0.25]]])
    path = export(NumericRNN(), x, tmp_path / "rnn.onnx", False)
    model = load_model(path)
    assert model.kind == "rnn_relu"
    assert model.head.kind == "regress"
    run, out = check(model, path, {"x": x.numpy()}, "0.5 -1 2 0.25")
    close(run.predictions, out[:, 0, 0], "prediction")


def save_graph(path, nodes, inits, feat, outputs):
    """Save ``nodes`` as a model reading X (T, 1, ``feat``), with ``outputs`` (names or
    value infos) as graph outputs, opset 14."""
    outs = [
        o if not isinstance(o, str) else helper.make_tensor_value_info(o, TensorProto.FLOAT, None)
        for o in outputs
    ]
    x = helper.make_tensor_value_info("X", TensorProto.FLOAT, [None, 1, feat])
    graph = helper.make_graph(nodes, "g", [x], outs, inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 14)])
    model.ir_version = 8
    onnx.save(model, str(path))


def handmade(path, op, hidden, feat, attrs, seed=0):
    """A one-node graph X (T, 1, F) -> op -> Y, with random W, R, B."""
    rng = np.random.default_rng(seed)
    g = {"LSTM": 4, "GRU": 3, "RNN": 1}[op]
    w = rng.normal(0, 0.6, size=(1, g * hidden, feat)).astype(np.float32)
    r = rng.normal(0, 0.6, size=(1, g * hidden, hidden)).astype(np.float32)
    b = rng.normal(0, 0.6, size=(1, 2 * g * hidden)).astype(np.float32)
    inits = [numpy_helper.from_array(a, n) for a, n in ((w, "W"), (r, "R"), (b, "B"))]
    node = helper.make_node(op, ["X", "W", "R", "B"], ["Y"], hidden_size=hidden, **attrs)
    save_graph(path, [node], inits, feat, ["Y"])
    return path


@pytest.mark.parametrize(
    ("op", "attrs", "variant"),
    [
        ("GRU", {}, ("sigmoid", False)),  # linear_before_reset=0: the spec's default
        ("GRU", {"linear_before_reset": 1}, ("sigmoid", True)),
        (
            "LSTM",
            {"activations": ["HardSigmoid", "Tanh", "Tanh"]},  # alpha 0.2, beta 0.5
            ("hard_sigmoid_keras2", True),
        ),
        (
            "GRU",
            {
                "activations": ["HardSigmoid", "Tanh"],
                "activation_alpha": [1 / 6],
                "activation_beta": [0.5],
            },
            ("hard_sigmoid_keras3", False),
        ),
    ],
)
def test_handmade_nodes_against_onnxruntime(tmp_path, op, attrs, variant):
    path = handmade(tmp_path / "n.onnx", op, 4, 3, attrs)
    model = load_model(path, vocab=list("abc"))  # one-hot over 3 inputs
    assert (model.net.gate_activation, model.net.reset_after) == variant
    text = "abccbaab"
    x = np.eye(3, dtype=np.float32)[["abc".index(c) for c in text]][:, None, :]
    check(model, path, {"X": x}, text)


def test_refusals_have_one_line_messages(tmp_path):
    bad = tmp_path / "bad.onnx"
    bad.write_bytes(b"\x08\x07garbage" * 10)
    with pytest.raises(GateExplorerError, match="not a readable ONNX model") as err:
        load_model(bad)
    assert "\n" not in str(err.value)
    mm = tmp_path / "mm.onnx"
    x = helper.make_tensor_value_info("X", TensorProto.FLOAT, [2, 2])
    graph = helper.make_graph(
        [helper.make_node("Relu", ["X"], ["Y"])],
        "g",
        [x],
        [helper.make_tensor_value_info("Y", TensorProto.FLOAT, [2, 2])],
    )
    onnx.save(helper.make_model(graph), str(mm))
    with pytest.raises(GateExplorerError, match="has no LSTM, GRU or RNN node"):
        load_model(mm)
    clipped = handmade(tmp_path / "c.onnx", "LSTM", 2, 2, {"clip": 3.0})
    with pytest.raises(GateExplorerError, match=r"clip=3\.0 is not supported"):
        load_model(clipped)


def test_inspect_an_onnx_file(tmp_path):
    from gate_explorer.io.inspect import inspect_file

    path = handmade(tmp_path / "n.onnx", "GRU", 4, 3, {"linear_before_reset": 1})
    report = inspect_file(path)
    assert {t.name: t.shape for t in report.tensors} == {
        "W": (1, 12, 3),
        "R": (1, 12, 4),
        "B": (1, 24),
    }
    assert report.computed == ["one-hot input over 3 tokens", "gru 3->4", "no head: no predictions"]


def test_gemm_head_and_softmax(tmp_path):
    """X -> LSTM -> Y (T, 1, 1, H) -> Reshape (T, H) -> Gemm(transB=1) -> Softmax."""
    rng = np.random.default_rng(4)
    hidden, feat, classes = 4, 3, 5
    w = rng.normal(0, 0.6, size=(1, 4 * hidden, feat)).astype(np.float32)
    r = rng.normal(0, 0.6, size=(1, 4 * hidden, hidden)).astype(np.float32)
    b = rng.normal(0, 0.6, size=(1, 8 * hidden)).astype(np.float32)
    hw = rng.normal(size=(classes, hidden)).astype(np.float32)
    hb = rng.normal(size=classes).astype(np.float32)
    shape = np.array([-1, hidden], dtype=np.int64)
    inits = [
        numpy_helper.from_array(a, n)
        for a, n in ((w, "W"), (r, "R"), (b, "B"), (hw, "HW"), (hb, "HB"), (shape, "S"))
    ]
    nodes = [
        helper.make_node("LSTM", ["X", "W", "R", "B"], ["Y"], hidden_size=hidden),
        helper.make_node("Reshape", ["Y", "S"], ["Y2"]),
        helper.make_node("Gemm", ["Y2", "HW", "HB"], ["L"], transB=1),
        helper.make_node("Softmax", ["L"], ["P"], axis=-1),
    ]
    path = tmp_path / "gemm.onnx"
    save_graph(path, nodes, inits, feat, ["P"])
    model = load_model(path, vocab=list("abc"))
    assert model.head.activation == "softmax"
    assert not any(n.code == "head-activation-guessed" for n in model.notices)
    text = "abcab"
    x = np.eye(3, dtype=np.float32)[["abc".index(c) for c in text]][:, None, :]
    run, out = check(model, path, {"X": x}, text)
    close(run.probs, out, "softmax output")


def test_bidirectional_output_rearranged_otherwise_is_refused(tmp_path):
    rng = np.random.default_rng(5)
    w = rng.normal(size=(2, 8, 3)).astype(np.float32)
    r = rng.normal(size=(2, 8, 2)).astype(np.float32)
    inits = [
        numpy_helper.from_array(w, "W"),
        numpy_helper.from_array(r, "R"),
        numpy_helper.from_array(np.array([0, 0, -1], dtype=np.int64), "S"),
    ]
    nodes = [
        helper.make_node("LSTM", ["X", "W", "R"], ["Y"], hidden_size=2, direction="bidirectional"),
        helper.make_node("Transpose", ["Y"], ["YT"], perm=[0, 2, 3, 1]),  # interleaves fw/bw
        helper.make_node("Reshape", ["YT", "S"], ["Z"]),
    ]
    save_graph(tmp_path / "t.onnx", nodes, inits, 3, ["Z"])
    with pytest.raises(GateExplorerError, match=r"rearranged with Transpose \[\(0, 2, 3, 1\)\]"):
        load_model(tmp_path / "t.onnx")


def stack_graph(path, op, hidden, feat, directions, classes=4, seed=0):
    """X (T, 1, F) -> one ``op`` node per entry of ``directions`` (each Y (T, D, 1, H) ->
    Transpose [0, 2, 1, 3] -> Reshape (T, 1, D*H), as exporters write it) -> MatMul + Add."""
    rng = np.random.default_rng(seed)
    g = {"LSTM": 4, "GRU": 3, "RNN": 1}[op]
    inits = [numpy_helper.from_array(np.array([0, 0, -1], dtype=np.int64), "S")]
    nodes, src, width = [], "X", feat
    for k, direction in enumerate(directions):
        d = 2 if direction == "bidirectional" else 1
        shapes = {
            "W": (d, g * hidden, width),
            "R": (d, g * hidden, hidden),
            "B": (d, 2 * g * hidden),
        }
        for name, shape in shapes.items():
            weight = rng.normal(0, 0.6, size=shape).astype(np.float32)
            inits.append(numpy_helper.from_array(weight, f"{name}{k}"))
        ins = [src, f"W{k}", f"R{k}", f"B{k}"]
        nodes += [
            helper.make_node(
                op, ins, [f"Y{k}"], f"rnn{k}", hidden_size=hidden, direction=direction
            ),
            helper.make_node("Transpose", [f"Y{k}"], [f"T{k}"], perm=[0, 2, 1, 3]),
            helper.make_node("Reshape", [f"T{k}", "S"], [f"Z{k}"]),
        ]
        src, width = f"Z{k}", d * hidden
    head_w = rng.normal(size=(width, classes)).astype(np.float32)
    inits.append(numpy_helper.from_array(head_w, "HW"))
    inits.append(numpy_helper.from_array(rng.normal(size=classes).astype(np.float32), "HB"))
    nodes.append(helper.make_node("MatMul", [src, "HW"], ["M"]))
    nodes.append(helper.make_node("Add", ["M", "HB"], ["P"]))
    save_graph(path, nodes, inits, feat, ["P", *(f"Y{k}" for k in range(len(directions)))])
    return path


@pytest.mark.parametrize(
    ("op", "directions"),
    [
        ("LSTM", ["reverse"]),
        ("GRU", ["reverse"]),
        ("RNN", ["reverse"]),
        ("LSTM", ["forward", "reverse"]),
        ("GRU", ["reverse", "bidirectional"]),
        ("LSTM", ["bidirectional", "forward", "reverse"]),
    ],
)
def test_reverse_nodes_alone_or_mixed_against_onnxruntime(tmp_path, op, directions):
    """A direction='reverse' node is torch's backward direction; a stack that mixes one-way
    and bidirectional nodes loads as bidirectional with empty directions, exactly."""
    path = stack_graph(tmp_path / "rev.onnx", op, 4, 3, directions)
    model = load_model(path, vocab=list("abc"))
    assert model.net.config.bidirectional
    assert model.net.config.num_layers == len(directions)
    notice = next(n for n in model.notices if n.code == "onnx-direction-filled")
    empty = [
        f"{op} 'rnn{k}' {'forward' if d == 'reverse' else 'backward'}"
        for k, d in enumerate(directions)
        if d != "bidirectional"
    ]
    assert ": " + ", ".join(empty) + "; the numbers are the file's" in notice.message
    text = "abccbaabca"
    x = np.eye(3, dtype=np.float32)[["abc".index(c) for c in text]][:, None, :]
    sess = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    outs = dict(zip([o.name for o in sess.get_outputs()], sess.run(None, {"X": x}), strict=True))
    run = model.run_text(text)
    for k, direction in enumerate(directions):
        have = {"forward": (0,), "reverse": (1,), "bidirectional": (0, 1)}[direction]
        ys = outs[f"Y{k}"]  # (T, D, 1, H)
        for j, torch_direction in enumerate(have):
            close(run.trace.values("h", k, torch_direction), ys[:, j, 0], f"layer {k} dir {j}")
        for missing in {0, 1} - set(have):
            values = run.trace.layers[k][missing].values
            assert not np.any(values["h"]), f"layer {k}: the empty direction's h is 0"
    close(run.logits, outs["P"][:, 0], "head")


def test_reverse_node_through_squeeze_with_gemm_head(tmp_path):
    """The other common wiring: Y (T, 1, 1, H) -> Squeeze -> Gemm(transB=1)."""
    rng = np.random.default_rng(9)
    w = rng.normal(0, 0.6, size=(1, 4 * 3, 2)).astype(np.float32)
    r = rng.normal(0, 0.6, size=(1, 4 * 3, 3)).astype(np.float32)
    hw = rng.normal(size=(5, 3)).astype(np.float32)
    inits = [numpy_helper.from_array(a, n) for a, n in ((w, "W"), (r, "R"), (hw, "HW"))]
    inits.append(numpy_helper.from_array(np.array([1, 2], dtype=np.int64), "AX"))
    nodes = [
        helper.make_node("LSTM", ["X", "W", "R"], ["Y"], hidden_size=3, direction="reverse"),
        helper.make_node("Squeeze", ["Y", "AX"], ["Z"]),
        helper.make_node("Gemm", ["Z", "HW"], ["L"], transB=1),
    ]
    save_graph(tmp_path / "sq.onnx", nodes, inits, 2, ["L"])
    model = load_model(tmp_path / "sq.onnx", vocab=list("ab"))
    text = "abbaab"
    x = np.eye(2, dtype=np.float32)[["ab".index(c) for c in text]][:, None, :]
    sess = ort.InferenceSession(str(tmp_path / "sq.onnx"), providers=["CPUExecutionProvider"])
    (logits,) = sess.run(None, {"X": x})
    run = model.run_text(text)
    close(run.logits, logits, "head")
    assert not np.any(run.trace.values("h", 0, 0))
