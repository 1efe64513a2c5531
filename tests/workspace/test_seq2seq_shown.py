"""An encoder-decoder on one time axis: the joined run, its interventions and its gradient
flow through the hand-over, checked against torch (autograd through both stacks)."""

from __future__ import annotations

import numpy as np
import pytest

from gate_explorer import zoo
from gate_explorer.engine.intervene import Intervention, run_intervened
from gate_explorer.errors import GateExplorerError
from gate_explorer.workspace.models import ModelRef, load_ref
from gate_explorer.workspace.seq2seq import (
    Seq2SeqShown,
    join_traces,
    pair_gradient_flow,
    pair_step_norms,
)

pytestmark = pytest.mark.skipif(
    zoo.seq2seq_path("seq2seq-lstm") is None, reason="needs the bundled seq2seq-lstm"
)


@pytest.fixture(scope="module")
def shown() -> Seq2SeqShown:
    model = load_ref(ModelRef("bundled", name="seq2seq-lstm"))
    assert isinstance(model, Seq2SeqShown)
    return model


def test_the_joined_run_is_both_stacks_in_order(shown):
    run = shown.run_text("3 March 2021")
    seq = run.seq
    b = run.boundary
    assert b == len(seq.encoder.tokens)
    assert seq.answer == "2021-03-03"
    assert [t.text for t in run.tokens[b:]] == ["<s>", *"2021-03-03"]
    assert run.text == "3 March 2021\n→ 2021-03-03"
    assert run.text[run.tokens[b + 1].start : run.tokens[b + 1].end] == "2"
    for name in ("i", "f", "c", "h"):
        np.testing.assert_array_equal(run.trace.values(name)[:b], seq.encoder.trace.values(name))
        np.testing.assert_array_equal(run.trace.values(name)[b:], seq.decoder.trace.values(name))
    assert np.isnan(run.probs[:b]).all()
    np.testing.assert_array_equal(run.probs[b:], seq.decoder.probs)
    assert run.stack(b - 1) == "encoder"
    assert run.stack(b) == "decoder"
    assert shown.stack_model(run.stack(b)) is shown.pair.decoder
    # the same trace as the decoder run continuing the encoder's state
    again = shown.pair.decoder.net.run(seq.decoder.trace.x[:, 0], h0=seq.encoder.trace.h_n,
                                       c0=seq.encoder.trace.c_n)  # fmt: skip
    np.testing.assert_allclose(again.values("h"), run.trace.values("h")[b:], rtol=1e-6)


def test_teacher_forcing_and_an_empty_source(shown):
    shown.target = "2021-03-04"
    try:
        run = shown.run_text("3 March 2021")
    finally:
        shown.target = None
    assert run.seq.forced
    assert [t.text for t in run.tokens[run.boundary :]] == ["<s>", *"2021-03-04"]
    empty = shown.run_text("")
    assert empty.boundary == 0
    assert len(empty.tokens) >= 1  # the decoder still writes from the zero state


def test_join_refuses_other_shapes(shown):
    run = shown.run_text("3 March 2021")
    from gate_explorer.workspace.models import random_model

    gru = random_model("gru", 8).run_text("ab").trace
    with pytest.raises(GateExplorerError, match="different cells"):
        join_traces(run.seq.encoder.trace, gru)


def test_interventions_on_each_stack(shown):
    run = shown.run_text("7 Jul 2049")
    b = run.boundary
    cf = run.intervened([Intervention(0, 0, b - 1, "c", 2, 8.0)])
    assert cf.seq.answer == run.seq.answer  # teacher-forced with the same inputs
    vocab = shown.pair.decoder.tokenizer.vocab
    assert "".join(vocab[i] for i in np.argmax(cf.probs[b:], axis=1)) == "2049-05-05</s>"
    # a clamp on a decoder step is the decoder's own intervention, shifted to its steps
    dec = run.intervened([Intervention(0, 0, b + 3, "h", 5, 0.5)])
    own = run_intervened(shown.pair.decoder.net, run.seq.decoder.trace,
                         [Intervention(0, 0, 3, "h", 5, 0.5)])  # fmt: skip
    np.testing.assert_array_equal(dec.trace.values("h")[b:], own.values("h"))
    np.testing.assert_array_equal(dec.trace.values("h")[:b], run.trace.values("h")[:b])


def _torch_flow(shown, run, target):
    """dL/dh_t and dL/dc_t of every joined step by torch autograd, through both stacks."""
    torch = pytest.importorskip("torch")
    f64 = torch.float64

    def cell(model):
        p = model.net.params
        cfg = model.net.config
        c = torch.nn.LSTMCell(cfg.input_size, cfg.hidden_size, dtype=f64)
        with torch.no_grad():
            for name in ("weight_ih", "weight_hh", "bias_ih", "bias_hh"):
                getattr(c, name).copy_(torch.from_numpy(np.asarray(p[f"{name}_l0"], np.float64)))
        return c

    enc, dec = cell(shown.pair.encoder), cell(shown.pair.decoder)
    hs, cs = [], []
    h = torch.zeros(1, enc.hidden_size, dtype=f64)
    c = torch.zeros(1, enc.hidden_size, dtype=f64)
    xs = [(enc, run.seq.encoder.trace.x), (dec, run.seq.decoder.trace.x)]
    for module, x in xs:
        for t in range(x.shape[0]):
            h, c = module(torch.from_numpy(np.asarray(x[t], np.float64)), (h, c))
            h.retain_grad()
            c.retain_grad()
            hs.append(h)
            cs.append(c)
    head = shown.pair.decoder.head
    logits = hs[target] @ torch.from_numpy(
        np.asarray(head.weight, np.float64)
    ).T + torch.from_numpy(np.asarray(head.bias, np.float64))
    nxt = run.tokens[target + 1].id if target + 1 < len(run.tokens) else int(logits.argmax())
    loss = -torch.log_softmax(logits, dim=-1)[0, nxt]
    loss.backward()
    grad = [np.zeros(1) if v.grad is None else v.grad.numpy()[0] for v in hs]
    h_norm = np.array([np.linalg.norm(g) for g in grad])
    c_norm = np.array([0.0 if v.grad is None else np.linalg.norm(v.grad.numpy()) for v in cs])
    return float(loss.detach()), h_norm, c_norm


@pytest.mark.parametrize("offset", [0, 4])
def test_gradient_flow_through_the_hand_over_matches_torch(shown, offset):
    run = shown.run_text("7 Jul 2049")
    target = run.boundary + offset
    flow = pair_gradient_flow(run, target)
    loss, h_norm, c_norm = _torch_flow(shown, run, target)
    f = flow.flow()
    assert flow.loss == pytest.approx(loss, rel=1e-6)
    np.testing.assert_allclose(f.h_norm, h_norm, rtol=1e-6, atol=1e-12)
    np.testing.assert_allclose(f.c_norm, c_norm, rtol=1e-6, atol=1e-12)
    assert f.h_norm[0] > 0  # the decoder's loss reaches the first source character
    assert f"at step {target + 1} (decoder step {offset + 1})" in flow.description
    with pytest.raises(GateExplorerError, match="choose a decoder step"):
        pair_gradient_flow(run, run.boundary - 1)


def test_step_norms_per_stack(shown):
    from gate_explorer.analysis.gradient_flow import float64_net
    from gate_explorer.analysis.jacobian import step_jacobian_norms

    run = shown.run_text("7 Jul 2049")
    norms = pair_step_norms(run)
    b = run.boundary
    dec = step_jacobian_norms(float64_net(shown.pair.decoder.net), run.seq.decoder.trace).norm
    np.testing.assert_allclose(norms[b:], dec, rtol=1e-9)
    assert len(norms) == len(run.tokens)
