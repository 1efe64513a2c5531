"""Gradient flow: norms against torch autograd, finite differences and the engine; the
vanishing gradient of the bundled memory RNN against the memory LSTM."""

from __future__ import annotations

import numpy as np
import pytest

from gate_explorer.analysis.gradient_flow import (
    float64_net,
    gradient_flow,
    reach_ratio,
    step_loss,
)
from gate_explorer.engine.embedding import Embedding
from gate_explorer.engine.model import Head, Model, softmax
from gate_explorer.engine.net import RecurrentNet
from gate_explorer.engine.tokenize import Tokenizer
from gate_explorer.errors import GateExplorerError

VOCAB = ("<unk>", "the", "cat", "sat", "on", "mat", ".")
TEXT = "the cat sat on the mat . the cat"


def toy(kind: str = "lstm", head: str | None = "next-token", layers: int = 1, bi: bool = False,
        hidden: int = 5, dtype=np.float64) -> Model:  # fmt: skip
    """A small word model with every array in ``dtype``; ``head=None`` for no head."""
    rng = np.random.default_rng(7)
    net = RecurrentNet.random(kind, 4, hidden, layers, bidirectional=bi, rng=3, dtype=dtype)
    emb = Embedding(len(VOCAB), rng.normal(size=(len(VOCAB), 4)).astype(dtype))
    width = hidden * (2 if bi else 1)
    h = None
    if head is not None:
        labels = {"next-token": VOCAB, "classify": ("neg", "pos"), "regress": ()}[head]
        w = rng.normal(size=(max(len(labels), 1), width)).astype(dtype)
        h = Head(head, w, rng.normal(size=len(w)).astype(dtype), labels)
    return Model(f"toy-{kind}", net, Tokenizer("word", VOCAB), emb, h)


# ---------------------------------------------------------------- against torch
def _torch_norms(model: Model, run, target: int):
    """||dL/dh_t||, ||dL/dc_t|| per layer from a step-by-step torch unroll (float64)."""
    torch = pytest.importorskip("torch")
    cfg = model.net.config
    x = torch.from_numpy(np.asarray(run.trace.x[:, 0], dtype=np.float64)).requires_grad_()
    inp = list(x)
    hs, cs = [], []
    for k in range(cfg.num_layers):
        p = {n: torch.from_numpy(v.astype(np.float64)) for n, v in model.net.params.items()}
        w_ih, w_hh, b_ih, b_hh = (
            p[f"{n}_l{k}"] for n in ("weight_ih", "weight_hh", "bias_ih", "bias_hh")
        )
        cell = {"gru": torch.nn.GRUCell, "rnn_tanh": torch.nn.RNNCell}.get(cfg.kind)
        if cell is not None:
            mod = cell(inp[0].shape[0], cfg.hidden_size).double()
            with torch.no_grad():
                for name, v in zip(("weight_ih", "weight_hh", "bias_ih", "bias_hh"),
                                   (w_ih, w_hh, b_ih, b_hh), strict=True):  # fmt: skip
                    getattr(mod, name).copy_(v)
        h = torch.zeros(cfg.hidden_size, dtype=torch.float64)
        c = torch.zeros(cfg.hidden_size, dtype=torch.float64)
        layer_h, layer_c = [], []
        for xt in inp:
            if cfg.kind == "lstm":  # written out: torch's fused cell hides the c that h uses
                i, f, g, o = (w_ih @ xt + b_ih + w_hh @ h + b_hh).chunk(4)
                c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
                c.retain_grad()
                h = torch.sigmoid(o) * torch.tanh(c)
                layer_c.append(c)
            else:
                h = mod(xt, h)
            h.retain_grad()
            layer_h.append(h)
        hs.append(layer_h)
        cs.append(layer_c)
        inp = layer_h
    head = model.head
    logits = torch.from_numpy(head.weight) @ inp[target] + torch.from_numpy(head.bias)
    y = run.tokens[target + 1].id if target + 1 < len(run.tokens) else int(logits.argmax())
    loss = -torch.log_softmax(logits, dim=0)[y]
    loss.backward()

    def norms(states, t_max):
        return np.array(
            [s.grad.norm().item() if s.grad is not None else 0.0 for s in states[: t_max + 1]]
        )

    return loss.item(), [norms(h, target) for h in hs], [norms(c, target) for c in cs]


@pytest.mark.torch
@pytest.mark.parametrize(("kind", "layers"), [("lstm", 2), ("gru", 1), ("gru", 2), ("rnn", 1)])
def test_norms_match_torch_autograd(kind, layers):
    pytest.importorskip("torch")
    model = toy(kind, layers=layers)
    run = model.run_text(TEXT)
    for target in (run.trace.steps - 1, 4):
        loss, h_ref, c_ref = _torch_norms(model, run, target)
        flow = gradient_flow(model, run, target)
        assert flow.loss == pytest.approx(loss, rel=1e-12)
        for k in range(layers):
            f = flow.flow(k)
            np.testing.assert_allclose(f.h_norm[: target + 1], h_ref[k], rtol=1e-9, atol=1e-15)
            assert not f.h_norm[target + 1 :].any()  # after the loss: exactly no gradient
            if kind == "lstm":
                np.testing.assert_allclose(f.c_norm[: target + 1], c_ref[k], rtol=1e-9)
            else:
                assert f.c_norm is None


# ---------------------------------------------------------------- torch-free checks
def _loss_from(model: Model, run, s: int, target: int, h: np.ndarray, c: np.ndarray | None):
    """The loss at ``target`` when the run restarts after step ``s`` from state (h, c)."""
    x = run.trace.x[s + 1 : target + 1, 0]
    trace = model.net.run(x, h[None], None if c is None else c[None])
    p = softmax(model.head.logits(trace.output[-1]))
    return -np.log(p[run.tokens[target + 1].id])


@pytest.mark.parametrize("kind", ["lstm", "gru", "rnn"])
def test_gradient_matches_finite_differences_of_the_state(kind):
    model = toy(kind)
    run = model.run_text(TEXT)
    target = 6
    flow = gradient_flow(model, run, target).flow()
    h_all = run.trace.values("h")
    c_all = run.trace.values("c") if kind == "lstm" else None
    eps = 1e-6
    for s in (0, 3, 5):
        h, c = h_all[s], None if c_all is None else c_all[s]
        dh = np.zeros_like(h)
        dc = np.zeros_like(h)
        for j in range(len(h)):
            e = np.zeros_like(h)
            e[j] = eps
            dh[j] = (_loss_from(model, run, s, target, h + e, c)
                     - _loss_from(model, run, s, target, h - e, c)) / (2 * eps)  # fmt: skip
            if c is not None:  # h_s = o_s tanh(c_s) moves with c_s
                o = run.trace.values("o")[s]
                dc[j] = (_loss_from(model, run, s, target, o * np.tanh(c + e), c + e)
                         - _loss_from(model, run, s, target, o * np.tanh(c - e), c - e)
                         ) / (2 * eps)  # fmt: skip
        assert flow.h_norm[s] == pytest.approx(np.linalg.norm(dh), rel=1e-6)
        if c is not None:
            assert flow.c_norm[s] == pytest.approx(np.linalg.norm(dc), rel=1e-6)


def test_same_as_the_engine_with_a_hand_built_output_gradient():
    model = toy("lstm", layers=2, dtype=np.float32)
    run = model.run_text(TEXT)
    target = 5
    w = model.head.weight.astype(np.float64)
    p = softmax(w @ run.trace.output[target].astype(np.float64) + model.head.bias)
    p[run.tokens[target + 1].id] -= 1.0
    d_out = np.zeros(run.trace.output.shape)
    d_out[target] = p @ w
    grads = float64_net(model.net).gradients(run.trace, d_out)
    flow = gradient_flow(model, run, target)
    for k in range(2):
        np.testing.assert_allclose(flow.flow(k).h_norm, np.linalg.norm(grads.h[k][0], axis=1))
        np.testing.assert_allclose(flow.flow(k).c_norm, np.linalg.norm(grads.c[k][0], axis=1))
    assert flow.target == target
    assert flow.steps == len(run.tokens)
    assert "'.'" in flow.description
    assert "true next token" in flow.description
    assert "step 6" in flow.description  # counted from 1, as the window shows steps


def test_default_target_is_the_last_step_and_uses_the_top_guess():
    model = toy("gru")
    run = model.run_text(TEXT)
    flow = gradient_flow(model, run)
    assert flow.target == len(run.tokens) - 1
    assert "top guess" in flow.description
    assert "nothing comes next" in flow.description
    best = int(np.argmax(run.probs[-1]))
    assert flow.loss == pytest.approx(-np.log(run.probs[-1][best]))


def test_losses_of_each_head_kind():
    classify = toy("gru", "classify")
    run = classify.run_text(TEXT)
    loss = step_loss(classify, run, 3)
    pred = int(np.argmax(run.probs[3]))
    assert loss.value == pytest.approx(-np.log(run.probs[3][pred]))
    assert "predicted class" in loss.description
    assert f"'{classify.head.labels[pred]}'" in loss.description

    regress = toy("lstm", "regress")
    run = regress.run_text(TEXT)
    loss = step_loss(regress, run, 2)
    assert loss.value == pytest.approx(run.predictions[2])
    np.testing.assert_allclose(loss.d_output, regress.head.weight[0])
    assert "predicted value at step 3" in loss.description

    bare = toy("rnn", None)
    run = bare.run_text(TEXT)
    loss = step_loss(bare, run, 2)
    assert loss.value == pytest.approx(run.trace.output[2].sum())
    np.testing.assert_array_equal(loss.d_output, np.ones(5))
    assert "no readout head" in loss.description
    flow = gradient_flow(bare, run, 2).flow()
    assert flow.h_norm[2] == pytest.approx(np.sqrt(5))  # d sum / d h at the target: ones
    assert flow.h_norm[0] > 0


def test_reverse_direction_flows_toward_the_end():
    model = toy("lstm", layers=2, bi=True)
    run = model.run_text(TEXT)
    target = 4
    flow = gradient_flow(model, run, target)
    top_fwd, top_rev = flow.flow(1, 0), flow.flow(1, 1)
    assert top_fwd.reach.tolist() == [s <= target for s in range(flow.steps)]
    assert top_rev.reach.tolist() == [s >= target for s in range(flow.steps)]
    assert not top_fwd.h_norm[~top_fwd.reach].any()
    assert not top_rev.h_norm[~top_rev.reach].any()
    assert (top_rev.h_norm[top_rev.reach] > 0).all()
    low = flow.flow(0, 0)
    assert low.reach.all()  # a lower layer feeds both directions above
    assert low.h_norm[-1] > 0
    start, ratio = reach_ratio(top_rev, target)
    assert start == flow.steps - 1
    assert ratio == pytest.approx(top_rev.h_norm[-1] / top_rev.h_norm[target])


def test_errors_a_user_can_cause():
    model = toy("lstm")
    with pytest.raises(GateExplorerError, match="no steps"):
        gradient_flow(model, model.run_text(""))
    run = model.run_text(TEXT)
    with pytest.raises(GateExplorerError, match="does not exist"):
        gradient_flow(model, run, 99)
    params = model.net.state_dict()
    params["weight_hh_l0"][0, 0] = np.nan
    bad = Model("nan", RecurrentNet(model.net.config, params), model.tokenizer,
                model.embedding, model.head)  # fmt: skip
    with pytest.raises(GateExplorerError, match="not finite"):
        gradient_flow(bad, bad.run_text(TEXT))
    gru = toy("gru")
    with pytest.raises(GateExplorerError, match="cell state"):
        reach_ratio(gradient_flow(gru, gru.run_text(TEXT)).flow(), 3, "c")


# ---------------------------------------------------------------- the point of the view
def _memory(name: str, delay: int):
    from gate_explorer.session import ModelRef, load_ref
    from gate_explorer.training.tasks.memory import text_of

    model = load_ref(ModelRef("bundled", name=name))
    return model, model.run_text(text_of("b d", delay))


def test_plain_rnn_gradient_vanishes_where_the_lstm_keeps_it():
    rnn, rnn_run = _memory("memory-rnn", 100)
    lstm, lstm_run = _memory("memory-lstm", 100)
    r = gradient_flow(rnn, rnn_run).flow()
    m = gradient_flow(lstm, lstm_run).flow()
    assert r.h_norm[0] > 0  # float64: tiny but not underflowed to 0
    assert m.h_norm[0] > 1e20 * r.h_norm[0]
    _, r_ratio = reach_ratio(r, rnn_run.trace.steps - 1)
    _, m_ratio = reach_ratio(m, lstm_run.trace.steps - 1)
    assert m_ratio > 1e20 * r_ratio
    _, c_ratio = reach_ratio(m, lstm_run.trace.steps - 1, "c")
    assert c_ratio > 1e20 * r_ratio
    # the RNN's curve falls steadily: each 20 steps back lose more than a factor of 100
    assert (r.h_norm[:-20:20] < 1e-2 * r.h_norm[20::20]).all()
    # in the weights' own float32 the RNN's gradient at the first step underflows to 0
    r32 = gradient_flow(rnn, rnn_run, net=rnn.net).flow()
    assert r32.h_norm[0] == 0.0


@pytest.mark.parametrize(
    ("kind", "variant"),
    [("lstm", {"gate_activation": "hard_sigmoid_keras2"}),
     ("gru", {"gate_activation": "hard_sigmoid_keras3", "reset_after": False})],
)  # fmt: skip
def test_a_cell_variant_flows_through_its_own_cell(kind, variant):
    model = toy(kind, layers=2, dtype=np.float32)
    variant_net = RecurrentNet(model.net.config, model.net.params, **variant)  # same weights
    model.net = variant_net
    run = model.run_text(TEXT)
    flow = gradient_flow(model, run, 5)
    f64 = float64_net(variant_net)
    assert (f64.gate_activation, f64.reset_after) == (variant_net.gate_activation,
                                                      variant_net.reset_after)  # fmt: skip
    w = model.head.weight.astype(np.float64)
    p = softmax(w @ run.trace.output[5].astype(np.float64) + model.head.bias)
    p[run.tokens[6].id] -= 1.0
    d_out = np.zeros(run.trace.output.shape)
    d_out[5] = p @ w
    grads = f64.gradients(run.trace, d_out)
    for k in range(2):
        np.testing.assert_allclose(flow.flow(k).h_norm, np.linalg.norm(grads.h[k][0], axis=1))
