"""Equations of one unit: the numbers come from the trace and the arithmetic holds."""

from __future__ import annotations

import math

import numpy as np
import pytest

from gate_explorer.analysis.equations import (
    fmt,
    layer_input,
    previous_state,
    unit_equations,
)
from gate_explorer.engine.net import RecurrentNet
from gate_explorer.errors import GateExplorerError

T, F, H = 6, 3, 5


def _sigmoid(a: float) -> float:
    return 1.0 / (1.0 + math.exp(-a))


def _run(kind: str, layers: int = 2, bidirectional: bool = True, proj: int = 0, seed: int = 4):
    """A random net and its trace on random input, with non-zero initial states."""
    net = RecurrentNet.random(
        kind, F, H, layers, bidirectional=bidirectional, proj_size=proj, rng=seed
    )
    rng = np.random.default_rng(seed)
    d = 2 if bidirectional else 1
    x = rng.normal(size=(T, F)).astype(np.float32)
    h0 = rng.normal(size=(layers * d, proj or H)).astype(np.float32)
    c0 = rng.normal(size=(layers * d, H)).astype(np.float32) if kind == "lstm" else None
    return net, net.run(x, h0, c0)


@pytest.fixture(scope="module")
def lstm():
    return _run("lstm")


@pytest.fixture(scope="module")
def gru():
    return _run("gru")


WHERE = [(0, 0, 0, 1), (0, 0, 3, 4), (1, 0, 5, 0), (0, 1, 2, 2), (1, 1, T - 1, 3), (1, 1, 0, 1)]


@pytest.mark.parametrize(("layer", "direction", "step", "unit"), WHERE)
def test_lstm_lines_hold_the_trace_numbers_and_their_arithmetic(lstm, layer, direction, step, unit):
    net, trace = lstm
    eq = unit_equations(trace, layer, direction, step, unit, net.params)
    at = {n: float(trace.values(n, layer, direction)[step, unit]) for n in "ifgoch"}
    assert [ln.name for ln in eq.lines] == ["i", "f", "g", "o", "c", "h"]
    for name, value in at.items():
        assert eq.line(name).value == value
        assert eq.line(name).text().endswith(f"= {fmt(value)}")
    c = eq.line("c")
    ops = c.operands
    assert ops["f"] * ops["c_prev"] + ops["i"] * ops["g"] == pytest.approx(at["c"], rel=1e-5)
    c_prev = previous_state(trace, "c", layer, direction, step)[unit]
    assert ops["c_prev"] == float(c_prev)
    assert f"{fmt(at['f'])}*" in c.text()
    assert f"{fmt(at['i'])}*" in c.text()
    assert eq.line("h").value == pytest.approx(at["o"] * math.tanh(at["c"]), rel=1e-5)
    for name in "ifo":  # the pre-activation from the weights gives the gate
        assert _sigmoid(eq.line(name).operands["pre"]) == pytest.approx(at[name], abs=1e-5)
    assert math.tanh(eq.line("g").operands["pre"]) == pytest.approx(at["g"], abs=1e-5)


def test_previous_state_is_t_minus_1_forward_and_t_plus_1_reverse(lstm):
    _, trace = lstm
    h_fwd = trace.values("h", 1, 0)
    c_rev = trace.values("c", 1, 1)
    assert np.array_equal(previous_state(trace, "h", 1, 0, 3), h_fwd[2])
    assert np.array_equal(previous_state(trace, "c", 1, 1, 3), c_rev[4])
    # the first step processed reads the initial state, index layer * D + direction
    assert np.array_equal(previous_state(trace, "h", 1, 0, 0), trace.h0[2, 0])
    assert np.array_equal(previous_state(trace, "c", 1, 1, T - 1), trace.c0[3, 0])
    assert unit_equations(trace, 1, 1, T - 1, 0).prev == "the initial state"
    assert unit_equations(trace, 1, 1, 2, 0).prev == "step 4"  # index 3, counted from 1
    assert unit_equations(trace, 0, 0, 2, 0).prev == "step 2"


def test_layer_input_is_x_then_the_layer_below_both_directions(lstm):
    _, trace = lstm
    assert np.array_equal(layer_input(trace, 0, 2), trace.x[2, 0])
    below = np.concatenate([trace.values("h", 0, 0)[2], trace.values("h", 0, 1)[2]])
    assert np.array_equal(layer_input(trace, 1, 2), below)


@pytest.mark.parametrize(("layer", "direction", "step", "unit"), WHERE)
def test_gru_lines_hold_the_trace_numbers(gru, layer, direction, step, unit):
    net, trace = gru
    eq = unit_equations(trace, layer, direction, step, unit, net.params)
    at = {n: float(trace.values(n, layer, direction)[step, unit]) for n in "rznh"}
    assert [ln.name for ln in eq.lines] == ["r", "z", "n", "h"]
    h = eq.line("h")
    ops = h.operands
    assert h.value == at["h"]
    assert (1 - ops["z"]) * ops["n"] + ops["z"] * ops["h_prev"] == pytest.approx(at["h"], rel=1e-5)
    assert ops["h_prev"] == float(previous_state(trace, "h", layer, direction, step)[unit])
    assert h.text().startswith("h = (1-z)*n + z*h_prev = ")
    assert h.text().endswith(f"= {fmt(at['h'])}")
    n = eq.line("n")
    assert math.tanh(n.operands["pre"]) == pytest.approx(at["n"], abs=1e-5)
    assert n.operands["r"] == at["r"]  # r gates the recurrent part, as in torch
    assert f"{fmt(at['r'])}*(" in n.text()


@pytest.mark.parametrize("kind", ["rnn_tanh", "rnn_relu"])
def test_rnn_line(kind):
    net, trace = _run(kind, seed=7)
    for step, unit in [(0, 0), (3, 2), (T - 1, 4)]:
        eq = unit_equations(trace, 1, 1, step, unit, net.params)
        (line,) = eq.lines
        value = float(trace.values("h", 1, 1)[step, unit])
        pre = line.operands["pre"]
        expect = max(0.0, pre) if kind == "rnn_relu" else math.tanh(pre)
        assert expect == pytest.approx(value, abs=1e-5)
        assert line.value == value
        assert line.text().endswith(f"= {fmt(value)}")
        assert line.text().startswith("h = relu(" if kind == "rnn_relu" else "h = tanh(")


def test_without_weights_the_pre_activation_is_read_back_from_the_value(lstm):
    _, trace = lstm
    eq = unit_equations(trace, 0, 0, 2, 1)
    f = float(trace.values("f", 0, 0)[2, 1])
    assert _sigmoid(eq.line("f").operands["pre"]) == pytest.approx(f, rel=1e-5)
    assert "W_if·x" in eq.line("f").formula
    assert not any("b_f = " in n for n in eq.notes)


def test_projection_says_h_is_not_per_unit():
    net, trace = _run("lstm", layers=1, bidirectional=False, proj=2)
    eq = unit_equations(trace, 0, 0, 3, 4, net.params)
    assert "h" not in [ln.name for ln in eq.lines]
    assert any("proj_size = 2" in n and "not per-unit" in n for n in eq.notes)
    o, c = (float(trace.values(n)[3, 4]) for n in "oc")
    assert eq.line("m").value == pytest.approx(o * math.tanh(c), rel=1e-6)
    assert eq.line("m").text().startswith("m = o*tanh(c) = ")
    assert "h has 2 units" in eq.notes[0]
    assert "h[1] = " in unit_equations(trace, 0, 0, 3, 1, net.params).notes[0]


def test_text_and_html_forms(lstm):
    net, trace = lstm
    eq = unit_equations(trace, 0, 1, 2, 3, net.params)
    text, rich = eq.text(), eq.html()
    assert text.splitlines()[0] == "unit 3, step 3, layer 1 reverse; prev = step 4"
    assert text.splitlines()[1].startswith("c = f*c_prev + i*g = ")  # the answer first
    assert text.splitlines()[2].startswith("h = o*tanh(c) = ")
    assert text.splitlines()[3].startswith("i = σ(W_ii·x + W_hi·h_prev + b_i) = ")
    c = fmt(trace.values("c", 0, 1)[2, 3])
    assert "c = f*c_prev + i*g = " in text
    assert c in rich
    assert "f*c_prev + i*g" in rich
    assert "font-weight:600" in rich  # the state update is bold


def test_formatting():
    assert fmt(0.93) == "0.930"
    assert fmt(-0.0001) == "0.000"
    assert fmt(float("nan")) == "NaN"
    assert fmt(-np.inf) == "-inf"
    assert fmt(1234.567) == "1234.6"


def test_nan_values_are_written_out():
    net, trace = _run("gru", layers=1, bidirectional=False)
    params = net.state_dict()
    params["weight_hh_l0"][:] = np.nan
    bad = RecurrentNet(net.config, params)
    trace = bad.run(np.ones((3, F), np.float32))
    eq = unit_equations(trace, 0, 0, 1, 0, bad.params)
    assert "NaN" in eq.line("h").text()


def test_out_of_range_is_a_clear_error(lstm):
    _, trace = lstm
    with pytest.raises(GateExplorerError, match="step 6 does not exist"):
        unit_equations(trace, 0, 0, T, 0)
    with pytest.raises(GateExplorerError, match="unit 5 does not exist"):
        unit_equations(trace, 0, 0, 0, H)
    with pytest.raises(GateExplorerError, match="layer 2 does not exist"):
        unit_equations(trace, 2, 0, 0, 0)


def test_generic_equations_name_every_gate_and_state_of_each_cell():
    from gate_explorer.analysis.equations import cell_equations
    from gate_explorer.engine.net import KINDS, names_of

    for kind in KINDS:
        lines = cell_equations(kind)
        assert {line.split(" = ")[0] for line in lines} == set(names_of(kind))
    with pytest.raises(GateExplorerError, match="unknown cell kind"):
        cell_equations("transformer")


@pytest.mark.parametrize(
    ("kind", "kw"),
    [("lstm", {}), ("gru", {}), ("rnn_tanh", {}), ("rnn_relu", {}), ("lstm", {"proj": 2})],
)
def test_a_units_pre_activations_equal_the_whole_layers_step(kind, kw):
    """The panel computes one unit's rows alone; the whole layer's product gives the same."""
    from gate_explorer.analysis.equations import _computed
    from gate_explorer.engine import gru, lstm, rnn
    from gate_explorer.engine.layers import suffix

    net, trace = _run(kind, **kw)
    params = {k: np.asarray(v, dtype=np.float64) for k, v in net.params.items()}
    for layer, direction, step, unit in WHERE:
        s = suffix(layer, direction)
        x = layer_input(trace, layer, step).astype(np.float64)[None]
        h_prev = previous_state(trace, "h", layer, direction, step).astype(np.float64)[None]
        a_x = x @ params["weight_ih" + s].T + params["bias_ih" + s]
        a_h = h_prev @ params["weight_hh" + s].T + params["bias_hh" + s]
        if kind == "lstm":
            c_prev = previous_state(trace, "c", layer, direction, step).astype(np.float64)[None]
            w_hr = params.get("weight_hr" + s)
            whole = lstm.step(a_x, a_h, c_prev, w_hr_t=None if w_hr is None else w_hr.T)
        elif kind == "gru":
            whole = gru.step(a_x, a_h, h_prev)
        else:
            whole = rnn.step(a_x, a_h, relu=kind == "rnn_relu")
        mine = _computed(trace, params, layer, direction, step, unit)
        gates = [k for k in whole if k.startswith("a_")]
        assert sorted(mine) == sorted(gates)
        for k in gates:
            if k == "a_n":  # n reads r, which the panel takes from the trace
                continue
            assert mine[k] == pytest.approx(float(whole[k][0, unit]), rel=1e-12, abs=1e-12)
