"""Gradients against central finite differences (float64), and dtype handling: no torch."""

import numpy as np
import pytest

from gate_explorer import engine
from gate_explorer.errors import GateExplorerError

EPS = 1e-6


def loss_of(net, x, h0, c0, d_out, d_hn, d_cn):
    """L = <output, d_out> + <h_n, d_hn> [+ <c_n, d_cn>]."""
    tr = net.run(x, h0, c0)
    loss = float((tr.output * d_out).sum() + (tr.h_n * d_hn).sum())
    if d_cn is not None:
        loss += float((tr.c_n * d_cn).sum())
    return loss


def central(f, arr, index):
    """(f(arr + eps) - f(arr - eps)) / 2 eps at one entry of ``arr`` (restored after)."""
    old = arr[index]
    arr[index] = old + EPS
    up = f()
    arr[index] = old - EPS
    down = f()
    arr[index] = old
    return (up - down) / (2 * EPS)


@pytest.mark.parametrize(
    ("kind", "layers", "bi", "proj", "batched"),
    [
        ("lstm", 2, True, 0, True),
        ("lstm", 2, False, 2, False),
        ("gru", 2, True, 0, False),
        ("rnn_tanh", 2, True, 0, True),
        ("rnn_relu", 1, False, 0, True),
    ],
)
def test_gradients_match_finite_differences(kind, layers, bi, proj, batched):
    rng = np.random.default_rng(7)
    net = engine.RecurrentNet.random(
        kind, 3, 4, layers, bidirectional=bi, proj_size=proj, rng=rng, dtype=np.float64
    )
    lead = (2,) if batched else ()
    n = layers * (2 if bi else 1)
    x = rng.normal(size=(5, *lead, 3))
    h0 = rng.normal(size=(n, *lead, proj or 4))
    c0 = rng.normal(size=(n, *lead, 4)) if kind == "lstm" else None
    tr = net.run(x, h0, c0)
    d_out = rng.normal(size=tr.output.shape)
    d_hn = rng.normal(size=tr.h_n.shape)
    d_cn = rng.normal(size=tr.c_n.shape) if c0 is not None else None
    grads = net.gradients(tr, d_out, d_hn, d_cn)

    def f():
        return loss_of(net, x, h0, c0, d_out, d_hn, d_cn)

    params = net.state_dict()

    def f_params():
        return loss_of(engine.RecurrentNet(net.config, params), x, h0, c0, d_out, d_hn, d_cn)

    checked = 0
    for name, param in params.items():
        for _ in range(2):
            idx = tuple(int(rng.integers(s)) for s in param.shape)
            fd = central(f_params, param, idx)
            assert grads.params[name][idx] == pytest.approx(fd, rel=1e-5, abs=1e-7), name
            checked += 1
    for name, arr in (("input", x), ("h0", h0), ("c0", c0)):
        if arr is None:
            continue
        for _ in range(3):
            idx = tuple(int(rng.integers(s)) for s in arr.shape)
            got = getattr(grads, name)[idx]
            assert got == pytest.approx(central(f, arr, idx), rel=1e-5, abs=1e-7)
            checked += 1
    assert checked >= 2 * len(net.params) + 6


@pytest.mark.parametrize("kind", ["lstm", "gru", "rnn_tanh"])
def test_state_gradients_match_finite_differences(kind):
    """dL/dh_t (and dL/dc_t): perturb the state at t by re-running the rest from it."""
    rng = np.random.default_rng(3)
    net = engine.RecurrentNet.random(kind, 2, 3, rng=rng, dtype=np.float64)
    x = rng.normal(size=(6, 2))
    tr = net.run(x)
    d_out = rng.normal(size=tr.output.shape)
    d_hn = rng.normal(size=tr.h_n.shape)
    is_lstm = kind == "lstm"
    d_cn = rng.normal(size=tr.c_n.shape) if is_lstm else None
    grads = net.gradients(tr, d_out, d_hn, d_cn)
    h_all = tr.values("h")
    c_all = tr.values("c") if is_lstm else None
    o_all = tr.values("o") if is_lstm else None

    def rest(t, h_t, c_t):
        # L as a function of (h_t, c_t): h_t's own output term plus all later steps
        loss = float(h_t[0] @ d_out[t])
        return loss + loss_of(net, x[t + 1 :], h_t, c_t, d_out[t + 1 :], d_hn, d_cn)

    for t in (0, 2, 5):
        h_t = h_all[t].copy()[None]
        c_t = c_all[t].copy()[None] if is_lstm else None
        for j in range(3):
            fd = central(lambda t=t, h_t=h_t, c_t=c_t: rest(t, h_t, c_t), h_t, (0, j))
            assert grads.h[0][0][t, j] == pytest.approx(fd, rel=1e-6)
            if is_lstm:
                # c_t also reaches the loss through h_t = o_t * tanh(c_t)
                def via_c(t=t, c_t=c_t):
                    return rest(t, o_all[t] * np.tanh(c_t), c_t)

                assert grads.c[0][0][t, j] == pytest.approx(central(via_c, c_t, (0, j)), rel=1e-6)


@pytest.mark.parametrize("kind", ["lstm", "gru", "rnn_relu"])
def test_float32_weights_compute_in_float32(kind):
    rng = np.random.default_rng(0)
    net32 = engine.RecurrentNet.random(kind, 3, 8, 2, bidirectional=True, rng=1, dtype=np.float32)
    net64 = engine.RecurrentNet(
        net32.config, {k: v.astype(np.float64) for k, v in net32.params.items()}
    )
    x = rng.normal(size=(7, 3))  # float64 input: computed in the weights' dtype anyway
    tr32, tr64 = net32.run(x), net64.run(x)
    assert tr32.output.dtype == np.float32
    for name in net32.names:
        assert tr32.values(name, 1, 1).dtype == np.float32
    d_out = rng.normal(size=tr32.output.shape)
    g32, g64 = net32.gradients(tr32, d_out).named(), net64.gradients(tr64, d_out).named()
    assert set(g32) == set(g64)
    for name, g in g32.items():
        assert g.dtype == np.float32, name
        np.testing.assert_allclose(g, g64[name], rtol=2e-4, atol=2e-5, err_msg=name)


@pytest.mark.parametrize("kind", ["lstm", "gru", "rnn_tanh"])
def test_empty_sequence_gives_zero_gradients(kind):
    net = engine.RecurrentNet.random(kind, 3, 4, 2, bidirectional=True, rng=0, dtype=np.float64)
    tr = net.run(np.zeros((0, 2, 3)))
    d_hn = np.random.default_rng(0).normal(size=tr.h_n.shape)
    grads = net.gradients(tr, np.zeros((0, 2, 8)), d_hn)
    for name, shape in net.config.param_shapes().items():
        assert grads.params[name].shape == shape
        assert not grads.params[name].any()
    assert grads.input.shape == (0, 2, 3)
    assert grads.h[1][1].shape == (0, 2, 4)
    np.testing.assert_array_equal(grads.h0, d_hn)  # h_n is h0 itself
    if kind == "lstm":
        assert not grads.c0.any()


def test_the_gradients_record_and_its_torch_names():
    net = engine.RecurrentNet.random("lstm", 3, 4, 2, bidirectional=True, rng=0, dtype=np.float64)
    tr = net.run(np.random.default_rng(1).normal(size=(5, 3)))
    g = net.gradients(tr, np.ones_like(tr.output))
    assert set(g.params) == set(net.params)
    named = g.named()
    states = {"h_l0", "h_l0_reverse", "h_l1", "h_l1_reverse"}
    assert set(named) == set(net.params) | {"input", "h0", "c0"} | states | {
        "c" + s[1:] for s in states
    }
    assert named["h_l1_reverse"] is g.state("h", 1, 1)
    assert named["c_l0"] is g.state("c", 0, 0)
    assert g.state("h", 1, 1).shape == (5, 4)
    order = [(n, k, d) for n, k, d, _ in g.series()][:3]
    assert order == [("dh", 0, 0), ("dc", 0, 0), ("dh", 0, 1)]
    gru = engine.RecurrentNet.random("gru", 3, 4, rng=0)
    g_gru = gru.gradients(gru.run(np.zeros((2, 3))), np.ones((2, 4)))
    assert g_gru.c is None
    assert g_gru.c0 is None
    with pytest.raises(GateExplorerError, match="no state gradient 'c'"):
        g_gru.state("c")
