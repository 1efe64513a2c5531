"""Step Jacobians: checked against finite differences of the engine's own step, and
chained back they give the gradient-flow norms again."""

from __future__ import annotations

import numpy as np
import pytest

from gate_explorer.analysis.gradient_flow import float64_net, gradient_flow, step_loss
from gate_explorer.analysis.jacobian import (
    _layers,
    chain_back,
    forget_product,
    recurrent_singular_values,
    step_jacobian_norms,
    step_jvp,
    step_vjp,
)
from gate_explorer.engine.embedding import Embedding
from gate_explorer.engine.model import Head, Model
from gate_explorer.engine.net import RecurrentNet
from gate_explorer.engine.tokenize import Tokenizer
from gate_explorer.errors import GateExplorerError

CASES = [
    dict(kind="lstm", layers=2, proj=0),
    dict(kind="lstm", layers=2, proj=3),
    dict(kind="gru", layers=3, proj=0),
    dict(kind="rnn_tanh", layers=2, proj=0),
    dict(kind="rnn_relu", layers=1, proj=0),
]


def make(kind: str, layers: int, proj: int, steps: int = 9, seed: int = 0, scale: float = 2.5):
    rng = np.random.default_rng(seed)
    net = RecurrentNet.random(kind, 4, 5, layers, proj_size=proj, rng=seed, dtype=np.float64)
    net = RecurrentNet(net.config, {k: v * scale for k, v in net.params.items()})
    x = rng.normal(0, 1, (steps, 4))
    return net, x, net.run(x)


def state_after(net: RecurrentNet, x_t: np.ndarray, h: np.ndarray, c: np.ndarray | None):
    """s_t from s_(t-1) by the engine's own forward (one step)."""
    tr = net.run(x_t[None], h0=h, c0=c)
    parts = []
    for k in range(net.config.num_layers):
        parts.append(tr.layer(k).values["h"][0, 0])
        if net.config.kind == "lstm":
            parts.append(tr.layer(k).values["c"][0, 0])
    return np.concatenate(parts)


def split_state(net: RecurrentNet, s: np.ndarray):
    cfg = net.config
    hw, cw = cfg.output_size, (cfg.hidden_size if cfg.kind == "lstm" else 0)
    h, c, at = [], [], 0
    for _ in range(cfg.num_layers):
        h.append(s[at : at + hw])
        at += hw
        if cw:
            c.append(s[at : at + cw])
            at += cw
    return np.stack(h), (np.stack(c) if cw else None)


def prev_state(net: RecurrentNet, trace, t: int) -> np.ndarray:
    parts = []
    for k in range(net.config.num_layers):
        h = trace.h0[k, 0] if t == 0 else trace.layer(k).values["h"][t - 1, 0]
        parts.append(h)
        if net.config.kind == "lstm":
            parts.append(trace.c0[k, 0] if t == 0 else trace.layer(k).values["c"][t - 1, 0])
    return np.concatenate(parts)


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c['kind']}-L{c['layers']}-p{c['proj']}")
def test_jvp_matches_finite_differences_of_the_engine_step(case: dict) -> None:
    net, x, trace = make(**case)
    layers = _layers(net, trace)
    rng = np.random.default_rng(1)
    for t in (0, 4, 8):
        s_prev = prev_state(net, trace, t)
        v = rng.normal(0, 1, s_prev.shape)
        eps = 1e-6
        plus = state_after(net, x[t], *split_state(net, s_prev + eps * v))
        minus = state_after(net, x[t], *split_state(net, s_prev - eps * v))
        fd = (plus - minus) / (2 * eps)
        jv = step_jvp([lay.rows(t) for lay in layers], v[None])[0]
        np.testing.assert_allclose(jv, fd, rtol=1e-6, atol=1e-7)


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c['kind']}-L{c['layers']}-p{c['proj']}")
def test_vjp_is_the_transpose_and_power_iteration_finds_the_largest_singular_value(
    case: dict,
) -> None:
    net, _, trace = make(**case)
    layers = _layers(net, trace)
    size = prev_state(net, trace, 0).size
    rng = np.random.default_rng(2)
    u, v = rng.normal(0, 1, (trace.steps, size)), rng.normal(0, 1, (trace.steps, size))
    lhs = np.einsum("ts,ts->t", u, step_jvp(layers, v))
    rhs = np.einsum("ts,ts->t", step_vjp(layers, u)[0], v)
    np.testing.assert_allclose(lhs, rhs, rtol=1e-10, atol=1e-12)
    norms = step_jacobian_norms(net, trace, iterations=400)
    eye = np.eye(size)
    for t in range(trace.steps):
        full = step_jvp([lay.rows(t) for lay in layers], eye)  # row j = J e_j, so J^T
        exact = np.linalg.svd(full, compute_uv=False)[0]
        assert norms.norm[t] <= exact * (1 + 1e-9)
        assert norms.norm[t] == pytest.approx(exact, rel=1e-4)


def model_of(net: RecurrentNet, seed: int = 3) -> Model:
    rng = np.random.default_rng(seed)
    vocab = tuple("abcdef")
    head = Head("next-token", rng.normal(0, 1, (6, net.config.output_size)), np.zeros(6), vocab)
    emb = Embedding(6, rng.normal(0, 1, (6, net.config.input_size)))
    return Model("m", net, Tokenizer("char", vocab), emb, head)


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c['kind']}-L{c['layers']}-p{c['proj']}")
def test_chaining_the_step_jacobians_gives_the_gradient_flow_norms(case: dict) -> None:
    net, _, _ = make(**case, scale=1.0)
    model = model_of(net)
    run = model.run_text("abcfedcabbad")
    target = 9
    flow = gradient_flow(model, run, target, net=float64_net(net))
    norms = step_jacobian_norms(net, run.trace, iterations=400)
    chain = chain_back(net, run.trace, step_loss(model, run, target).d_output, target, norms)
    for k in range(net.config.num_layers):
        ref = flow.flow(k).h_norm
        np.testing.assert_allclose(chain.h_norm[k], ref, rtol=1e-6, atol=1e-300)
        if net.config.kind == "lstm":
            np.testing.assert_allclose(chain.c_norm[k], flow.flow(k).c_norm, rtol=1e-6, atol=1e-300)
    assert (chain.state_norm[: target + 1] <= chain.bound[: target + 1] * (1 + 1e-6)).all()
    assert (chain.state_norm[target + 1 :] == 0).all()
    assert chain.h_norm[-1][target] == pytest.approx(chain.state_norm[target])


def test_hard_sigmoid_slopes() -> None:
    from gate_explorer.analysis.jacobian import gate_slope

    y = np.array([0.0, 0.3, 1.0, 0.999])
    np.testing.assert_array_equal(gate_slope(y, "hard_sigmoid_keras2"), [0, 0.2, 0, 0.2])
    np.testing.assert_allclose(gate_slope(y, "hard_sigmoid_keras3"), [0, 1 / 6, 0, 1 / 6])
    np.testing.assert_allclose(gate_slope(y, "sigmoid"), y * (1 - y))


def test_forget_product_is_the_cell_path_factor() -> None:
    _net, _, trace = make("lstm", 1, 0, steps=6, scale=1.0)
    f = trace.values("f", 0)
    prod = forget_product(trace, 0, target=4)
    assert prod.shape == f.shape
    np.testing.assert_allclose(prod[4], 0.0)
    np.testing.assert_allclose(10 ** prod[1], f[2] * f[3] * f[4], rtol=1e-12)
    assert np.isnan(prod[5]).all()
    with pytest.raises(GateExplorerError, match="forget"):
        forget_product(make("gru", 1, 0)[2])


def test_singular_values_per_gate_block_and_refusals() -> None:
    net, _, _trace = make("lstm", 2, 0)
    sv = recurrent_singular_values(net)
    assert len(sv) == 2
    assert set(sv[0]) == set("ifgo")
    w = net.params["weight_hh_l1"][5:10]  # the f block of layer 1
    np.testing.assert_allclose(sv[1]["f"], np.linalg.svd(w, compute_uv=False))
    bi = RecurrentNet.random("gru", 3, 4, bidirectional=True, rng=1, dtype=np.float64)
    with pytest.raises(GateExplorerError, match="one-way"):
        step_jacobian_norms(bi, bi.run(np.ones((3, 3))))
    assert len(recurrent_singular_values(bi)) == 2
