"""Streaming readers: the unit finder and saturation read a run in chunks and give the
numbers the whole-array formulas give; a trace that holds no whole array still works."""

from __future__ import annotations

import numpy as np
import pytest

from gate_explorer import load_model
from gate_explorer.analysis import estimates, streaming
from gate_explorer.analysis.saturation import layer_saturation, saturation
from gate_explorer.analysis.unit_finder import PRESETS, pearson_columns, rank_units
from gate_explorer.bundled import resource
from gate_explorer.engine import RecurrentNet
from gate_explorer.errors import GateExplorerError
from tests.streamed import ChunkedTrace, SyntheticTrace, WholeRunRead


def _example(name: str):
    model = load_model(name)
    text = resource("examples", f"{name}.txt").read_text(encoding="utf-8")
    return model.run_text(text[:2500])


@pytest.mark.parametrize("size", [1, 7, 64, 1000])
def test_chunked_correlation_equals_the_array_formula(rng, size):
    t = 500
    v = rng.normal(size=(t, 6))
    v[:, 1] = 3.0  # constant: r = 0
    v[:, 2] = 1e4 + 1e-3 * rng.normal(size=t)  # large mean, small spread: no cancellation
    v[:, 3] = -v[:, 0]
    y = (rng.random(t) < 0.3).astype(float) + 0.1 * v[:, 0]
    acc = streaming.Correlation(6)
    for a in range(0, t, size):
        acc.add(v[a : a + size], y[a : a + size])
    expected = pearson_columns(v, y)
    # the large-mean column carries ~1e-9 relative rounding in either formula (1e4 / 1e-3
    # spread, float64): both agree to well within it
    np.testing.assert_allclose(acc.result(), expected, rtol=0, atol=1e-9)
    assert acc.result()[1] == 0.0
    assert acc.result()[3] == pytest.approx(-expected[0])


def test_constant_target_in_chunks_gives_zero():
    acc = streaming.Correlation(3)
    for a in range(0, 10, 3):
        acc.add(np.arange(30.0).reshape(10, 3)[a : a + 3], np.ones(min(3, 10 - a)))
    assert not acc.result().any()


@pytest.mark.parametrize("name", ["quotes-lstm", "quotes-gru", "korean-lstm"])
def test_unit_finder_in_small_chunks_matches_the_whole_run(name):
    """Bundled models on their example texts: the same ranking, r within 1e-9, read
    through a trace that refuses a whole-run read."""
    run = _example(name)
    for key, (_, indicator) in PRESETS.items():
        y = indicator(run.tokens)
        whole = rank_units(run, y)
        chunked = ChunkedTrace(run.trace)
        parts = rank_units(chunked, y, size=97)
        assert chunked.read
        assert max(rows for _, _, rows in chunked.read) <= 97
        by_unit = {(s.layer, s.direction, s.name, s.unit): s.r for s in parts}
        assert len(by_unit) == len(whole)
        for s in whole:
            assert by_unit[(s.layer, s.direction, s.name, s.unit)] == pytest.approx(
                s.r, abs=1e-9
            ), key
        assert [abs(s.r) for s in parts] == sorted((abs(s.r) for s in parts), reverse=True)


def test_one_chunk_is_the_old_formula_bit_for_bit():
    run = _example("quotes-lstm")
    y = PRESETS["inside_quotes"][1](run.tokens)
    ranked = rank_units(ChunkedTrace(run.trace), y)
    for s in ranked[:20]:
        v = run.trace.values(s.name, s.layer, s.direction)
        assert s.r == float(pearson_columns(v, y)[s.unit])


@pytest.mark.parametrize("kind", ["lstm", "gru", "rnn_tanh"])
def test_saturation_in_chunks_is_exact(kind):
    net = RecurrentNet.random(kind, 3, 5, 2, bidirectional=True, rng=4)
    trace = net.run(np.random.default_rng(5).normal(scale=3.0, size=(300, 3)))
    for k in range(2):
        for d in range(2):
            whole = layer_saturation(trace, k, d)
            parts = layer_saturation(ChunkedTrace(trace), k, d, size=13)
            assert [s.name for s in whole] == [s.name for s in parts]
            assert whole
            for a, b in zip(whole, parts, strict=True):
                left, right = saturation(trace.values(a.name, k, d), a.low, a.high)
                assert np.array_equal(a.left, left)
                assert np.array_equal(a.right, right)
                assert np.array_equal(b.left, left)
                assert np.array_equal(b.right, right)
                assert b.steps == 300


def test_a_million_steps_without_the_whole_array():
    trace = SyntheticTrace(1_000_000, hidden=4)
    y = np.zeros(trace.steps)
    y[::3] = 1.0
    ranked = rank_units(trace, y, names=("f",), size=65_536)
    assert len(ranked) == 4
    assert trace.peak_rows == streaming.LONG_CHUNK  # a trace that recomputes: small chunks
    sat = layer_saturation(trace)
    assert {s.name for s in sat} == {"i", "f", "o"}
    assert all(s.steps == 1_000_000 for s in sat)
    with pytest.raises(WholeRunRead):
        trace.values("f")


def test_ranges_read_through_window_and_are_checked():
    run = _example("quotes-lstm")
    chunked = ChunkedTrace(run.trace)
    got = np.concatenate([p for _, p in streaming.read_steps(chunked, "c", 1, 0, 40, 300, 64)])
    np.testing.assert_array_equal(got, run.trace.values("c", 1)[40:300])
    assert chunked.windows == [(40, 104), (104, 168), (168, 232), (232, 296), (296, 300)]
    with pytest.raises(GateExplorerError, match="do not fit"):
        list(streaming.read_steps(chunked, "c", 0, 0, 10, 10**9))


def test_sample_blocks_span_the_run():
    assert estimates.sample_blocks(1000, 2000) == [(0, 1000)]
    blocks = estimates.sample_blocks(1_000_000, 2048, 256)
    assert len(blocks) == 8
    assert blocks[0] == (0, 256)
    assert blocks[-1] == (999_744, 1_000_000)
    assert all(b - a == 256 for a, b in blocks)


def test_samples_of_a_trace_in_memory_are_every_kth_step():
    run = _example("quotes-lstm")
    trace = run.trace
    s = estimates.sample(trace, "c", 1, 0, budget=500)
    stride = -(-trace.steps // 500)
    np.testing.assert_array_equal(s.values, trace.values("c", 1)[::stride])
    assert (s.used, s.total, s.exact) == (len(s.values), trace.steps, False)
    assert estimates.sample(trace, "c", 1, 0, budget=10**6).exact


def test_estimates_on_a_streamed_trace_say_how_many_steps_they_saw():
    trace = SyntheticTrace(1_000_000, hidden=8)
    est = estimates.fitted(trace, "c", 0, 0, lambda v: float(np.abs(v).max()), budget=2048)
    assert (est.used, est.total) == (2048, 1_000_000)
    assert not est.exact
    assert str(est.note()) == "estimated from 2,048 of 1,000,000 steps"
    assert trace.peak_rows == estimates.BLOCK
    assert 0.5 < est.value <= 2.0
