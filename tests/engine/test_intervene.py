"""Interventions: clamp a gate or state at one step; the counterfactual follows the equations."""

import numpy as np
import pytest

from gate_explorer.engine.intervene import Intervention, difference, run_intervened
from gate_explorer.engine.net import RecurrentNet
from gate_explorer.errors import GateExplorerError

T = 9


def _net(kind, layers=1, bi=False, proj=0, hidden=5, dtype=np.float32):
    return RecurrentNet.random(
        kind, 4, hidden, layers, bidirectional=bi, proj_size=proj, rng=7, dtype=dtype
    )


def _x(batch=None, dtype=np.float32):
    shape = (T, 4) if batch is None else (T, batch, 4)
    return np.random.default_rng(3).normal(size=shape).astype(dtype)


def _same(a, b):
    """Bit for bit: same dtype, shape and bytes."""
    return a.dtype == b.dtype and a.shape == b.shape and a.tobytes() == b.tobytes()


def _all_equal(tr1, tr2):
    for k in range(tr1.num_layers):
        for d in range(tr1.num_directions):
            for n in tr1.names:
                assert _same(tr1.values(n, k, d), tr2.values(n, k, d)), (n, k, d)
            for n, v in tr1.layers[k][d].cache.items():
                assert _same(v, tr2.layers[k][d].cache[n]), (n, k, d)
    assert _same(tr1.output, tr2.output)
    assert _same(tr1.h_n, tr2.h_n)
    if tr1.c_n is not None:
        assert _same(tr1.c_n, tr2.c_n)


def test_no_interventions_returns_the_original():
    net = _net("lstm")
    tr = net.run(_x())
    assert run_intervened(net, tr, []) is tr


@pytest.mark.parametrize("t", [0, 3, T - 1])
def test_forget_gate_shut_gives_c_equal_i_times_g(t):
    net = _net("lstm", layers=2)
    tr = net.run(_x())
    cf = run_intervened(net, tr, [Intervention(0, 0, t, "f", None, 0.0)])
    i, g, o = (cf.values(n, 0) for n in "igo")
    assert np.all(cf.values("f", 0)[t] == 0)
    np.testing.assert_array_equal(cf.values("c", 0)[t], i[t] * g[t])
    np.testing.assert_array_equal(cf.values("h", 0)[t], o[t] * np.tanh(cf.values("c", 0)[t]))
    # the gates of step t read only h_{t-1} and x_t: unchanged
    for n in "igo":
        assert _same(cf.values(n, 0)[: t + 1], tr.values(n, 0)[: t + 1])
    for k in range(2):
        for n in net.names:
            assert _same(cf.values(n, k)[:t], tr.values(n, k)[:t])
    # every later step follows from the new state: c_{t+1} = f c_t + i g with the new c_t
    if t + 1 < T:
        f, i2, g2 = (cf.values(n, 0)[t + 1] for n in "fig")
        np.testing.assert_allclose(cf.values("c", 0)[t + 1], f * cf.values("c", 0)[t] + i2 * g2,
                                   rtol=1e-6)  # fmt: skip
    # at step 0, c_{-1} = 0: shutting f changes nothing; later it changes the layer above
    changed = not np.allclose(cf.values("h", 1)[t:], tr.values("h", 1)[t:])
    assert changed == (t > 0)
    np.testing.assert_array_equal(cf.output, np.concatenate([cf.values("h", 1)], axis=-1))
    np.testing.assert_array_equal(cf.h_n[1], cf.values("h", 1)[-1])
    np.testing.assert_array_equal(cf.c_n[0], cf.values("c", 0)[-1])


def test_one_unit_clamp_touches_that_unit_at_the_step():
    net = _net("lstm")
    tr = net.run(_x())
    cf = run_intervened(net, tr, [Intervention(0, 0, 4, "f", 2, 0.0)])
    assert cf.values("f")[4, 2] == 0
    others = [u for u in range(5) if u != 2]
    assert _same(cf.values("c")[4, others], tr.values("c")[4, others])
    np.testing.assert_array_equal(cf.values("c")[4, 2], cf.values("i")[4, 2] * cf.values("g")[4, 2])


@pytest.mark.parametrize(
    ("kind", "layers", "bi", "proj", "batch"),
    [
        ("lstm", 1, False, 0, None),
        ("lstm", 3, True, 0, None),
        ("lstm", 2, True, 3, None),
        ("gru", 2, True, 0, None),
        ("rnn_tanh", 2, False, 0, None),
        ("rnn_relu", 1, True, 0, None),
        ("lstm", 2, True, 0, 3),
        ("gru", 1, False, 0, 2),
    ],
)
def test_clamp_to_the_same_value_is_the_original_bit_for_bit(kind, layers, bi, proj, batch):
    net = _net(kind, layers, bi, proj)
    tr = net.run(_x(batch))
    ivs = []
    for k in range(layers):
        for d in range(2 if bi else 1):
            for s, name in enumerate(net.names):
                step = (2 * s + k + d) % T
                unit = (s + k) % (proj if proj and name == "h" else 5)
                v = tr.layers[k][d].values[name][step, 0, unit]
                ivs.append(Intervention(k, d, step, name, unit, float(v)))
    cf = run_intervened(net, tr, ivs)
    if batch is None:
        _all_equal(tr, cf)
    else:  # the clamp applies to every sequence; the first one held that value
        for k in range(layers):
            for d in range(2 if bi else 1):
                for n in net.names:
                    a, b = (x.layers[k][d].values[n][:, 0] for x in (tr, cf))
                    assert _same(a, b), (n, k, d)


@pytest.mark.parametrize("kind", ["lstm", "gru", "rnn_tanh"])
def test_hidden_clamp_equals_a_fresh_run_from_the_clamped_state(kind):
    net = _net(kind, dtype=np.float64)
    x = _x(dtype=np.float64)
    tr = net.run(x)
    t = 4
    cf = run_intervened(net, tr, [Intervention(0, 0, t, "h", None, 0.25)])
    assert np.all(cf.values("h")[t] == 0.25)
    h0 = np.full((1, 5), 0.25)
    c0 = tr.values("c")[t][None] if kind == "lstm" else None
    rest = net.run(x[t + 1 :], h0, c0)
    for n in net.names:
        np.testing.assert_allclose(cf.values(n)[t + 1 :], rest.values(n), rtol=1e-12, atol=1e-14)
        assert _same(cf.values(n)[:t], tr.values(n)[:t])


def test_cell_clamp_sets_h_from_the_new_c():
    net = _net("lstm")
    tr = net.run(_x())
    cf = run_intervened(net, tr, [Intervention(0, 0, 2, "c", 1, 3.0)])
    assert cf.values("c")[2, 1] == np.float32(3.0)
    np.testing.assert_array_equal(
        cf.values("h")[2, 1], cf.values("o")[2, 1] * np.tanh(np.float32(3))
    )


def test_gru_update_gate_open_keeps_h():
    net = _net("gru")
    tr = net.run(_x())
    cf = run_intervened(net, tr, [Intervention(0, 0, 5, "z", None, 1.0)])
    np.testing.assert_array_equal(cf.values("h")[5], tr.values("h")[4])
    assert _same(cf.values("h")[:5], tr.values("h")[:5])


def test_gru_reset_clamp_recomputes_the_candidate():
    net = _net("gru", dtype=np.float64)
    x = _x(dtype=np.float64)
    tr = net.run(x)
    t = 3
    cf = run_intervened(net, tr, [Intervention(0, 0, t, "r", None, 0.0)])
    p = net.params
    hid = 5
    w_in, b_in = p["weight_ih_l0"][2 * hid :], p["bias_ih_l0"][2 * hid :]
    b_hn = p["bias_hh_l0"][2 * hid :]
    n = np.tanh(w_in @ x[t] + b_in + 0.0 * b_hn)
    np.testing.assert_allclose(cf.values("n")[t], n, rtol=1e-12)
    z, h_prev = cf.values("z")[t], tr.values("h")[t - 1]
    np.testing.assert_allclose(cf.values("h")[t], (1 - z) * n + z * h_prev, rtol=1e-12)


def test_reverse_direction_changes_earlier_positions_only():
    net = _net("lstm", layers=2, bi=True)
    tr = net.run(_x())
    t = 5
    cf = run_intervened(net, tr, [Intervention(0, 1, t, "f", None, 0.0)])
    np.testing.assert_array_equal(
        cf.values("c", 0, 1)[t], (cf.values("i", 0, 1) * cf.values("g", 0, 1))[t]
    )
    assert _same(cf.values("h", 0, 1)[t + 1 :], tr.values("h", 0, 1)[t + 1 :])
    assert not np.allclose(cf.values("h", 0, 1)[:t], tr.values("h", 0, 1)[:t])
    assert cf.layers[0][0] is tr.layers[0][0]  # the forward direction is untouched
    # layer 1 forward reads the changed positions 0..t: changes from step 0
    assert not np.allclose(cf.values("h", 1, 0)[0], tr.values("h", 1, 0)[0])
    d = difference(tr, cf, "h", 0, 1)
    assert d.shape == (T, 5)
    assert np.all(d[t + 1 :] == 0)


def test_interventions_compose_across_steps_and_layers():
    net = _net("lstm", layers=2, dtype=np.float64)
    x = _x(dtype=np.float64)
    tr = net.run(x)
    a = Intervention(0, 0, 2, "f", None, 0.0)
    b = Intervention(1, 0, 6, "h", 1, -0.5)
    both = run_intervened(net, tr, [b, a])  # list order does not matter across steps
    first = run_intervened(net, tr, [a])
    then = run_intervened(net, first, [b])
    _all_equal(both, then)
    assert both.values("h", 1)[6, 1] == -0.5
    np.testing.assert_array_equal(
        both.values("c", 0)[2], (both.values("i", 0) * both.values("g", 0))[2]
    )


def test_same_step_same_unit_last_one_wins():
    net = _net("lstm")
    tr = net.run(_x())
    cf = run_intervened(net, tr, [Intervention(0, 0, 1, "o", 0, 0.2),
                                  Intervention(0, 0, 1, "o", 0, 0.7)])  # fmt: skip
    assert cf.values("o")[1, 0] == np.float32(0.7)


@pytest.mark.parametrize(
    ("iv", "message"),
    [
        (Intervention(0, 0, 1, "r", None, 0.0), "has no 'r'"),
        (Intervention(0, 0, T, "f", None, 0.0), "step 9 is outside"),
        (Intervention(0, 0, -1, "f", None, 0.0), "outside"),
        (Intervention(0, 0, 1, "f", 5, 0.0), "unit 5 does not exist"),
        (Intervention(2, 0, 1, "f", 0, 0.0), "layer 2 does not exist"),
        (Intervention(0, 1, 1, "f", 0, 0.0), "direction 1 does not exist"),
        (Intervention(0, 0, 1, "f", 0, float("nan")), "not a finite number"),
    ],
)
def test_bad_interventions_are_refused_with_a_message(iv, message):
    net = _net("lstm")
    tr = net.run(_x())
    with pytest.raises(GateExplorerError, match=message):
        run_intervened(net, tr, [iv])


def test_round_trip_through_a_dict():
    iv = Intervention(1, 0, 12, "f", 92, 0.0)
    assert Intervention.from_dict(iv.to_dict()) == iv
    assert Intervention.from_dict({**iv.to_dict(), "unit": None}).unit is None
    with pytest.raises(GateExplorerError, match="not an intervention"):
        Intervention.from_dict({"step": "x", "name": "f", "value": 0})
    with pytest.raises(GateExplorerError, match="finite"):
        Intervention.from_dict({**iv.to_dict(), "value": float("inf")})
