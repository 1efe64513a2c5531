"""Framework variants of the cells: hard-sigmoid gates and the GRU's reset-before form.

torch has neither, so every check is against a plain NumPy reference written here from
the formulas (Keras 2: clip(0.2a + 0.5, 0, 1); Keras 3: relu6(a + 3) / 6; GRU with
reset_after=False: n = tanh(W_in x + b_in + W_hn (r * h) + b_hn)), and the backward pass
against central finite differences of the forward one.
"""

import numpy as np
import pytest

from gate_explorer.analysis.equations import cell_equations, unit_equations
from gate_explorer.engine import RecurrentNet
from gate_explorer.engine.intervene import Intervention, run_intervened
from gate_explorer.errors import GateExplorerError

GATES = ("sigmoid", "hard_sigmoid_keras2", "hard_sigmoid_keras3")
# (kind, gate_activation, reset_after, proj_size)
VARIANTS = [
    *(("lstm", g, True, 0) for g in GATES[1:]),
    *(("lstm", g, True, 2) for g in GATES[1:]),
    *(("gru", g, True, 0) for g in GATES[1:]),
    *(("gru", g, False, 0) for g in GATES),
]
IDS = [f"{k}-{g}-{'after' if ra else 'before'}-p{p}" for k, g, ra, p in VARIANTS]


def ref_gate(name, a):
    if name == "sigmoid":
        return 1.0 / (1.0 + np.exp(-a))
    if name == "hard_sigmoid_keras2":
        return np.minimum(np.maximum(0.2 * a + 0.5, 0.0), 1.0)
    return np.minimum(np.maximum(a + 3.0, 0.0), 6.0) / 6.0  # relu6(a + 3) / 6


def ref_run(kind, sd, x, layers, dirs, gate, reset_after, clamp=None):
    """Step by step from the formulas, float64. ``clamp`` (layer, dir, step, name, unit,
    value) overrides one value right after it is computed. Returns ({(k, d): {name: (T, H)}},
    h_n list)."""
    out, h_n, c_n = {}, [], []
    inp = np.asarray(x, dtype=np.float64)
    steps = len(inp)
    for k in range(layers):
        outs = []
        for d in range(dirs):
            s = f"_l{k}" + ("_reverse" if d else "")
            w_ih, w_hh = sd["weight_ih" + s], sd["weight_hh" + s]
            b_ih, b_hh = sd["bias_ih" + s], sd["bias_hh" + s]
            w_hr = sd.get("weight_hr" + s)
            hid = w_hh.shape[1] if w_hr is None else w_hr.shape[1]
            h = np.zeros(w_hh.shape[1])
            c = np.zeros(hid)
            rec = {}
            order = range(steps - 1, -1, -1) if d else range(steps)

            def fix(name, value, t, k=k, d=d, rec=rec):
                if clamp and clamp[:4] == (k, d, t, name):
                    value = value.copy()
                    if clamp[4] is None:
                        value[:] = clamp[5]
                    else:
                        value[clamp[4]] = clamp[5]
                rec.setdefault(name, {})[t] = value
                return value

            for t in order:
                xt = inp[t]
                if kind == "lstm":
                    a = w_ih @ xt + b_ih + w_hh @ h + b_hh
                    ai, af, ag, ao = np.split(a, 4)
                    i = fix("i", ref_gate(gate, ai), t)
                    f = fix("f", ref_gate(gate, af), t)
                    g = fix("g", np.tanh(ag), t)
                    o = fix("o", ref_gate(gate, ao), t)
                    c = fix("c", f * c + i * g, t)
                    m = o * np.tanh(c)
                    h = fix("h", m if w_hr is None else w_hr @ m, t)
                else:
                    gi = w_ih @ xt + b_ih
                    r = fix("r", ref_gate(gate, gi[:hid] + w_hh[:hid] @ h + b_hh[:hid]), t)
                    z = fix(
                        "z",
                        ref_gate(gate, gi[hid : 2 * hid] + w_hh[hid : 2 * hid] @ h
                                 + b_hh[hid : 2 * hid]),
                        t,
                    )  # fmt: skip
                    w_hn, b_hn = w_hh[2 * hid :], b_hh[2 * hid :]
                    if reset_after:
                        n = np.tanh(gi[2 * hid :] + r * (w_hn @ h + b_hn))
                    else:
                        n = np.tanh(gi[2 * hid :] + w_hn @ (r * h) + b_hn)
                    n = fix("n", n, t)
                    h = fix("h", (1 - z) * n + z * h, t)
            out[(k, d)] = {name: np.array([v[t] for t in range(steps)]) for name, v in rec.items()}
            h_n.append(h)
            c_n.append(c)
            outs.append(out[(k, d)]["h"])
        inp = np.concatenate(outs, axis=-1)
    return out, np.array(h_n), np.array(c_n), inp


def make_net(kind, gate, reset_after, proj, *, layers=2, bi=True, dtype=np.float64, seed=0,
             scale=2.5, inp=3, hidden=5):  # fmt: skip
    """Weights scaled up so the hard sigmoids saturate at some units and steps."""
    net = RecurrentNet.random(kind, inp, hidden, layers, bidirectional=bi, proj_size=proj,
                              rng=seed, dtype=np.float64)  # fmt: skip
    sd = {k: (v * scale).astype(dtype) for k, v in net.params.items()}
    return RecurrentNet.from_state_dict(kind, sd, gate_activation=gate, reset_after=reset_after)


@pytest.mark.parametrize(("kind", "gate", "reset_after", "proj"), VARIANTS, ids=IDS)
@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_forward_matches_the_formula(kind, gate, reset_after, proj, dtype):
    net = make_net(kind, gate, reset_after, proj, dtype=dtype)
    x = np.random.default_rng(1).normal(size=(9, 3)) * 2
    tr = net.run(x)
    sd64 = {k: v.astype(np.float64) for k, v in net.params.items()}
    ref, h_n, c_n, top = ref_run(kind, sd64, x.astype(dtype), 2, 2, gate, reset_after)
    tol = 1e-12 if dtype == np.float64 else 2e-5
    for (k, d), values in ref.items():
        for name in net.names:
            np.testing.assert_allclose(tr.values(name, k, d), values[name], rtol=tol, atol=tol,
                                       err_msg=f"{name} l{k} d{d}")  # fmt: skip
    np.testing.assert_allclose(tr.h_n, h_n, rtol=tol, atol=tol)
    np.testing.assert_allclose(tr.output, top, rtol=tol, atol=tol)
    if kind == "lstm":
        np.testing.assert_allclose(tr.c_n, c_n, rtol=tol, atol=tol)
    if gate != "sigmoid":  # the test covers the clipped corners too
        gates = np.concatenate([tr.values(n, 0, 0).ravel() for n in ("r", "z", "i", "f", "o")
                                if n in net.names])  # fmt: skip
        assert (gates == 0).any()
        assert (gates == 1).any()
        assert ((gates > 0) & (gates < 1)).any()


@pytest.mark.parametrize(("kind", "gate", "reset_after", "proj"), VARIANTS, ids=IDS)
def test_a_batch_gives_each_sequence_alone(kind, gate, reset_after, proj):
    net = make_net(kind, gate, reset_after, proj, dtype=np.float32)
    xs = np.random.default_rng(2).normal(size=(6, 3, 3)).astype(np.float32)
    tr = net.run(xs)
    for b in range(3):
        alone = net.run(xs[:, b])
        np.testing.assert_allclose(tr.output[:, b], alone.output, rtol=1e-6, atol=1e-6)


def test_the_variants_change_the_numbers():
    x = np.random.default_rng(3).normal(size=(6, 3))
    outs = [make_net("gru", g, ra, 0).run(x).output for g in GATES for ra in (True, False)]
    for a in range(len(outs)):
        for b in range(a):
            assert np.abs(outs[a] - outs[b]).max() > 1e-3


def _loss(net, x, h0, c0, w_out, w_hn, w_cn):
    tr = net.run(x, h0, c0)
    total = float((w_out * tr.output).sum() + (w_hn * tr.h_n).sum())
    return total + (float((w_cn * tr.c_n).sum()) if tr.c_n is not None else 0.0)


@pytest.mark.parametrize(("kind", "gate", "reset_after", "proj"), VARIANTS, ids=IDS)
def test_gradients_match_finite_differences(kind, gate, reset_after, proj):
    net = make_net(kind, gate, reset_after, proj, hidden=3, inp=2, scale=1.5)
    rng = np.random.default_rng(4)
    x = rng.normal(size=(5, 2))
    tr = net.run(x)
    h0 = rng.normal(size=tr.h_n.shape) * 0.5
    c0 = rng.normal(size=tr.c_n.shape) * 0.5 if kind == "lstm" else None
    tr = net.run(x, h0, c0)
    w_out, w_hn = rng.normal(size=tr.output.shape), rng.normal(size=tr.h_n.shape)
    w_cn = rng.normal(size=tr.c_n.shape) if kind == "lstm" else None
    grads = net.gradients(tr, w_out, w_hn, w_cn)
    eps = 1e-6

    def numeric(arr, loss):
        out = np.zeros_like(arr)
        for idx in np.ndindex(arr.shape):
            keep = arr[idx]
            arr[idx] = keep + eps
            up = loss()
            arr[idx] = keep - eps
            down = loss()
            arr[idx] = keep
            out[idx] = (up - down) / (2 * eps)
        return out

    args = (w_out, w_hn, w_cn)
    checked = 0
    for name in net.config.param_shapes():
        p = net.params[name]

        def loss(name=name, p=p):
            return _loss(net.with_params({**net.params, name: p}), x, h0, c0, *args)

        np.testing.assert_allclose(grads.params[name], numeric(p, loss), rtol=1e-5, atol=1e-7,
                                   err_msg=name)  # fmt: skip
        checked += 1
    assert checked == len(net.params)
    np.testing.assert_allclose(
        grads.input, numeric(x, lambda: _loss(net, x, h0, c0, *args)), rtol=1e-5, atol=1e-7
    )
    np.testing.assert_allclose(
        grads.h0, numeric(h0, lambda: _loss(net, x, h0, c0, *args)), rtol=1e-5, atol=1e-7
    )
    if kind == "lstm":
        np.testing.assert_allclose(
            grads.c0, numeric(c0, lambda: _loss(net, x, h0, c0, *args)), rtol=1e-5, atol=1e-7
        )


@pytest.mark.parametrize(("kind", "gate", "reset_after", "proj"), VARIANTS, ids=IDS)
def test_clamping_to_the_value_there_changes_no_bit(kind, gate, reset_after, proj):
    net = make_net(kind, gate, reset_after, proj, dtype=np.float32)
    x = np.random.default_rng(5).normal(size=(7, 3)).astype(np.float32)
    tr = net.run(x)
    for name in net.names:
        value = float(tr.values(name, 0, 1)[3, 1])
        cf = run_intervened(net, tr, [Intervention(0, 1, 3, name, 1, value)])
        for k in range(2):
            for d in range(2):
                for n in net.names:
                    assert np.array_equal(cf.values(n, k, d), tr.values(n, k, d)), (name, n, k, d)


@pytest.mark.parametrize(("kind", "gate", "reset_after", "proj"), VARIANTS, ids=IDS)
def test_an_intervention_follows_the_formula(kind, gate, reset_after, proj):
    net = make_net(kind, gate, reset_after, proj)
    x = np.random.default_rng(6).normal(size=(7, 3))
    tr = net.run(x)
    first = "i" if kind == "lstm" else "r"
    for name, unit in ((first, 2), ("f" if kind == "lstm" else "z", None), ("h", 0)):
        iv = Intervention(0, 0, 2, name, unit, 0.9)
        cf = run_intervened(net, tr, [iv])
        ref, h_n, _, top = ref_run(kind, net.params, x, 2, 2, gate, reset_after,
                                   clamp=(0, 0, 2, name, unit, 0.9))  # fmt: skip
        np.testing.assert_allclose(cf.output, top, rtol=1e-12, atol=1e-12, err_msg=name)
        np.testing.assert_allclose(cf.h_n, h_n, rtol=1e-12, atol=1e-12)
        assert np.abs(cf.output - tr.output).max() > 1e-6
        for n in net.names:
            np.testing.assert_allclose(cf.values(n, 0, 0), ref[(0, 0)][n], atol=1e-12)


@pytest.mark.parametrize(("kind", "gate", "reset_after", "proj"), VARIANTS, ids=IDS)
def test_equations_show_the_variant_and_its_numbers(kind, gate, reset_after, proj):
    net = make_net(kind, gate, reset_after, proj, layers=1, bi=False, scale=1.0)
    tr = net.run(np.random.default_rng(7).normal(size=(5, 3)))
    sym = "σ" if gate == "sigmoid" else "hσ"
    gates = ("i", "f", "o") if kind == "lstm" else ("r", "z")
    for params in (net.params, None):
        for step in range(5):
            for unit in range(5):
                eq = unit_equations(tr, 0, 0, step, unit, params)
                for g in gates:
                    line = eq.line(g)
                    assert line.formula.startswith(sym + "(")
                    if params is not None or 0 < line.value < 1:
                        assert ref_gate(gate, line.operands["pre"]) == pytest.approx(
                            line.value, abs=1e-9
                        )
                if kind == "gru":
                    n = eq.line("n")
                    assert ("W_hn·(r*h_prev)" in n.formula) == (not reset_after)
                    assert np.tanh(n.operands["pre"]) == pytest.approx(n.value, abs=1e-9)
                if gate != "sigmoid":
                    assert any("clip" in note or "relu6" in note for note in eq.notes)
                    assert sym + " or tanh" in eq.html()
    generic = cell_equations(kind, gate, reset_after)
    assert sum(line.startswith(tuple(g + " = " + sym + "(" for g in gates)) for line in generic) \
        == len(gates)  # fmt: skip
    if kind == "gru":
        assert any("W_hn·(r*h_prev)" in line for line in generic) == (not reset_after)


def test_defaults_are_torch_and_describe_names_the_variant():
    net = RecurrentNet.random("gru", 3, 4)
    assert (net.gate_activation, net.reset_after) == ("sigmoid", True)
    assert net.describe() == "gru 3->4"
    hard = RecurrentNet.random("gru", 3, 4, gate_activation="hard_sigmoid_keras2",
                               reset_after=False)  # fmt: skip
    assert "hard sigmoid (Keras 2)" in hard.describe()
    assert "reset_after=False" in hard.describe()
    assert hard.with_params(hard.params).reset_after is False
    tr = hard.run(np.zeros((3, 3)))
    assert (tr.gate_activation, tr.reset_after) == ("hard_sigmoid_keras2", False)
    with pytest.raises(GateExplorerError, match="does not come from this network"):
        net.with_params(hard.params).gradients(tr, np.zeros_like(tr.output))


@pytest.mark.parametrize(
    ("kind", "kwargs", "match"),
    [
        ("lstm", {"gate_activation": "hard_sigmoid"}, "unknown gate activation"),
        ("lstm", {"reset_after": False}, "only for GRU"),
        ("rnn_tanh", {"gate_activation": "hard_sigmoid_keras3"}, "has no gates"),
        ("rnn_relu", {"reset_after": False}, "only for GRU"),
    ],
)
def test_bad_variant_is_a_clear_error(kind, kwargs, match):
    with pytest.raises(GateExplorerError, match=match):
        RecurrentNet.random(kind, 3, 4, **kwargs)
