"""The cells' readable ``step`` functions against the fused forward, and the gate table."""

import numpy as np
import pytest

from gate_explorer.engine import RecurrentNet, cells, gru, lstm, rnn
from gate_explorer.errors import GateExplorerError

CASES = [
    ("lstm", "sigmoid", True, 0),
    ("lstm", "sigmoid", True, 2),
    ("lstm", "hard_sigmoid_keras2", True, 0),
    ("gru", "sigmoid", True, 0),
    ("gru", "hard_sigmoid_keras3", True, 0),
    ("gru", "sigmoid", False, 0),
    ("gru", "hard_sigmoid_keras2", False, 0),
    ("rnn_tanh", "sigmoid", True, 0),
    ("rnn_relu", "sigmoid", True, 0),
]


def _by_steps(net, x, h0, c0):
    """Every layer and direction run with the cells' ``step``, one position at a time."""
    cfg = net.config
    out = {}
    inp = x[:, None]  # (T, 1, F)
    for k in range(cfg.num_layers):
        outs = []
        for d in range(cfg.num_directions):
            s = f"_l{k}" + ("_reverse" if d else "")
            p = net.params
            idx = k * cfg.num_directions + d
            h, c = h0[idx][None], (c0[idx][None] if c0 is not None else None)
            rows = {}
            for t in range(len(x) - 1, -1, -1) if d else range(len(x)):
                a_x = inp[t] @ p["weight_ih" + s].T + p["bias_ih" + s]
                a_h = h @ p["weight_hh" + s].T + p["bias_hh" + s]
                if net.kind == "lstm":
                    w_hr = p.get("weight_hr" + s)
                    v = lstm.step(a_x, a_h, c, gate=net.gate_activation,
                                  w_hr_t=None if w_hr is None else w_hr.T)  # fmt: skip
                    c = v["c"]
                elif net.kind == "gru":
                    hid = h.shape[-1]
                    v = gru.step(a_x, a_h, h, gate=net.gate_activation,
                                 reset_after=net.reset_after,
                                 w_hn_t=p["weight_hh" + s][2 * hid :].T,
                                 b_hn=p["bias_hh" + s][2 * hid :])  # fmt: skip
                else:
                    v = rnn.step(a_x, a_h, relu=net.kind == "rnn_relu")
                h = v["h"]
                rows[t] = v
            out[(k, d)] = {n: np.concatenate([rows[t][n] for t in range(len(x))]) for n in rows[0]}
            outs.append(out[(k, d)]["h"][:, None])
        inp = np.concatenate(outs, axis=-1)
    return out


@pytest.mark.parametrize(("kind", "gate", "reset_after", "proj"), CASES)
def test_step_is_the_fused_forward(kind, gate, reset_after, proj):
    net = RecurrentNet.random(
        kind, 3, 5, 2, bidirectional=True, proj_size=proj, rng=3, dtype=np.float64,
        gate_activation=gate, reset_after=reset_after,
    )  # fmt: skip
    rng = np.random.default_rng(0)
    x = rng.normal(size=(7, 3))
    h0 = rng.normal(size=(4, proj or 5))
    c0 = rng.normal(size=(4, 5)) if kind == "lstm" else None
    tr = net.run(x, h0, c0)
    steps = _by_steps(net, x, h0, c0)
    for (k, d), values in steps.items():
        for name in net.names:
            np.testing.assert_allclose(values[name], tr.values(name, k, d), rtol=1e-12,
                                       atol=1e-13, err_msg=f"{name} l{k} d{d}")  # fmt: skip
        if proj:
            np.testing.assert_allclose(values["m"], tr.layers[k][d].cache["m"][:, 0], atol=1e-13)


def test_fix_sees_every_value_in_update_order_and_its_answer_is_used():
    seen = []

    def fix(name, value):
        seen.append(name)
        return np.zeros_like(value) if name == "f" else value

    a = np.random.default_rng(1).normal(size=(2, 1, 8))
    c_prev = np.full((1, 2), 5.0)
    v = lstm.step(a[0], a[1], c_prev, fix=fix)
    assert seen == ["i", "f", "g", "o", "c", "h"]
    np.testing.assert_array_equal(v["c"], v["i"] * v["g"])  # f shut: c_prev forgotten


def test_the_gate_table():
    lstm_cell = cells.cell("lstm")
    assert lstm_cell.names == ("i", "f", "g", "o", "c", "h")
    assert lstm_cell.blocks == 4
    assert lstm_cell.rows("f", 5) == slice(5, 10)
    assert lstm_cell["g"].range == (-1.0, 1.0)
    assert lstm_cell["c"].range is None
    assert cells.cell("gru").rows("n", 3) == slice(6, 9)
    assert cells.cell("gru")["n"].reads == ("r",)
    assert cells.cell("rnn_relu").blocks == 1
    hard = cells.cell("gru", "hard_sigmoid_keras2", False)
    assert [g.activation for g in hard.gates] == ["hard_sigmoid_keras2"] * 2 + ["tanh", ""]
    assert not hard.reset_after
    assert cells.SIGMOID_NAMES == frozenset("ifozr")
    assert cells.CANDIDATE_NAMES == frozenset("gn")
    assert cells.TITLES["f"] == "forget gate"
    net = RecurrentNet.random("gru", 2, 3, gate_activation="hard_sigmoid_keras3")
    assert net.cell["r"].activation == "hard_sigmoid_keras3"
    assert net.run(np.zeros((2, 2))).cell == net.cell
    with pytest.raises(GateExplorerError, match="has no 'c'"):
        cells.cell("gru")["c"]
    with pytest.raises(GateExplorerError, match="not computed by weight rows"):
        lstm_cell.rows("c", 4)
    with pytest.raises(GateExplorerError, match="unknown cell kind"):
        cells.cell("transformer")
