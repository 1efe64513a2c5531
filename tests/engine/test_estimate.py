"""``engine.estimate``: the cost of a run before it starts, checked against what runs use."""

from __future__ import annotations

import time
import tracemalloc

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gate_explorer.engine import estimate
from gate_explorer.engine.embedding import Embedding
from gate_explorer.engine.model import Head, Model
from gate_explorer.engine.net import NetConfig, RecurrentNet
from gate_explorer.engine.tokenize import Tokenizer
from gate_explorer.errors import GateExplorerError

VOCAB = tuple("abcdefgh .")


def _model(kind: str, hidden: int, layers: int = 1, bidir: bool = False) -> Model:
    net = RecurrentNet.random(kind, len(VOCAB), hidden, layers, bidirectional=bidir, rng=0)
    out = net.config.num_directions * net.config.output_size
    head = Head(
        "next-token",
        np.zeros((len(VOCAB), out), np.float32),
        np.zeros(len(VOCAB), np.float32),
        VOCAB,
    )
    return Model("m", net, Tokenizer("char", VOCAB), Embedding(len(VOCAB)), head)


@pytest.mark.parametrize(
    ("kind", "hidden", "layers", "bidir"),
    [("lstm", 64, 2, False), ("gru", 96, 1, True), ("rnn_tanh", 128, 3, False)],
)
def test_memory_estimate_covers_what_a_run_allocates(kind, hidden, layers, bidir):
    """Measured with tracemalloc (numpy reports its buffers to it): the estimate is at least
    the peak, and not wildly more (within 3x), so it follows the engine's real layout."""
    model = _model(kind, hidden, layers, bidir)
    text = "abc defgh." * 400  # 4,000 steps
    est = estimate.estimate_model(model, text)
    tracemalloc.start()
    run = model.run_text(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert len(run.tokens) == est.steps
    params = estimate.param_bytes(model.net.config)
    assert est.bytes >= peak
    assert est.bytes <= 3 * (peak + params)


def test_memory_estimate_covers_an_incremental_run_and_its_growth():
    """The window's runs (``engine.incremental``) keep the trace in buffers with room to
    grow: the estimate covers the first run and an append that fills the room."""
    from gate_explorer.engine.incremental import rerun_text

    model = _model("lstm", 64, 2)
    text = "abc defgh." * 400
    est = estimate.estimate_model(model, text + "x" * 1000)
    tracemalloc.start()
    run, _ = rerun_text(model, None, text)
    run, _ = rerun_text(model, run, text + "x" * 1000)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert est.bytes >= peak
    assert est.bytes <= 3 * (peak + estimate.param_bytes(model.net.config))


def test_time_estimate_is_not_below_a_real_run():
    """Conservative: a run never takes much longer than estimated on this kind of machine
    (loose: shared CI machines vary; the point is the order of magnitude)."""
    model = _model("lstm", 256, 1)
    text = "abcdefgh ." * 300
    est = estimate.estimate_model(model, text)
    start = time.perf_counter()
    model.run_text(text)
    took = time.perf_counter() - start
    assert est.seconds > 0
    assert took < 20 * est.seconds


def test_over_names_both_limits():
    e = estimate.RunEstimate(10, seconds=100.0, bytes=3 * 1024**3)
    reason = e.over()
    assert "3.0 GB of memory (limit 2.0 GB)" in reason
    assert "100.0 s (limit 30 s)" in reason
    assert estimate.RunEstimate(10, 1.0, 1000).over() == ""


def test_fitting_steps_is_the_largest_within_the_limits():
    model = _model("gru", 32)
    n = estimate.fitting_steps(model, limit_bytes=50_000_000, limit_seconds=1e9)
    head = len(VOCAB)
    assert not estimate.estimate_run(model.net, n, head=head).over(50_000_000, 1e9)
    assert estimate.estimate_run(model.net, n + 1, head=head).over(50_000_000, 1e9)


def test_a_huge_random_model_is_refused_before_it_is_built():
    config = NetConfig("lstm", 96, 4096, 16)
    message = r"16 layer\(s\) of 4096 units needs 7\.8 GB for its weights alone; the limit is 2"
    with pytest.raises(GateExplorerError, match=message):
        estimate.check_model_size(config)
    estimate.check_model_size(NetConfig("lstm", 96, 1024, 2))


def test_check_run_message_has_estimate_and_limit():
    model = _model("lstm", 64)
    with pytest.raises(GateExplorerError, match=r"limit 2\.0 GB.*10,000,000 steps"):
        estimate.check_run(estimate.estimate_model(model, "a" * 10_000_000))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab ,.\t\n\u3000\xa0\u2028é1-e")), max_size=60))
def test_max_tokens_is_an_upper_bound_without_tokenizing(text):
    for tok in (Tokenizer("char", VOCAB), Tokenizer("word", ("a",)), Tokenizer("number")):
        assert tok.max_tokens(text) >= len(tok.tokenize(text))
    assert Tokenizer("char", VOCAB).max_tokens(text) == len(text)


@pytest.mark.parametrize(
    ("kind", "hidden", "layers", "bidir"),
    [("lstm", 64, 3, False), ("gru", 48, 2, True)],
)
def test_checkpointed_estimate_covers_what_a_checkpointed_run_allocates(
    kind, hidden, layers, bidir
):
    """Above the budget the window keeps a checkpointed run: its estimate is at least the
    peak tracemalloc sees, within 3x, and far below the full trace's."""
    from gate_explorer.engine.checkpointed import run_checkpointed

    model = _model(kind, hidden, layers, bidir)
    text = "abc defgh." * 1500  # 15,000 steps
    full = estimate.estimate_model(model, text)
    est = estimate.estimate_model(model, text, budget=full.bytes // 2)
    assert (full.storage, est.storage) == ("full", "checkpointed")
    assert estimate.estimate_model(model, text, budget=full.bytes).storage == "full"
    tracemalloc.start()
    run = run_checkpointed(model, text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert len(run.tokens) == est.steps
    assert est.bytes >= peak
    assert est.bytes <= 3 * (peak + estimate.param_bytes(model.net.config))
    assert est.bytes < full.bytes / (2 if bidir else 3)  # (one chunk in flight dominates here)
    assert est.seconds >= full.seconds
