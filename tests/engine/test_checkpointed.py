"""Checkpointed runs: bounded memory, and every window equal to the full run bit for bit."""

from __future__ import annotations

import numpy as np
import pytest

from gate_explorer.engine import checkpointed
from gate_explorer.engine.checkpointed import (
    coarser,
    edit_table,
    run_checkpointed,
    token_table,
)
from gate_explorer.errors import GateExplorerError
from tests.engine.test_incremental import VARIANTS, edits, model_of, text_of

EVERY = 192  # small checkpoints (3 * ALIGN), so windows cross several of them
T = 1100


def assert_window_exact(run, full, a: int, b: int) -> None:
    """Window [a, b) of the checkpointed run equals rows a..b of the full run, bit for bit."""
    w = run.window(a, b)
    t, f = w.trace, full.trace
    assert t.steps == b - a
    for k in range(f.num_layers):
        for d in range(f.num_directions):
            for n in f.names:
                got, want = t.values(n, k, d), f.values(n, k, d)[a:b]
                assert got.dtype == want.dtype
                assert np.array_equal(got, want), (a, b, k, d, n)
            for n, v in f.layers[k][d].cache.items():
                assert np.array_equal(t.layers[k][d].cache[n], v[a:b]), (a, b, k, d, n)
    assert np.array_equal(t.output, f.output[a:b])
    assert np.array_equal(t.x, f.x[a:b])
    for name in ("logits", "probs", "predictions"):
        x, y = getattr(w, name), getattr(full, name)
        assert (x is None) == (y is None), name
        if y is not None:
            assert x.dtype == y.dtype
            assert np.array_equal(x, y[a:b]), (name, a, b)


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("head", ["next-token", "regress"])
def test_every_window_equals_the_full_run_bit_for_bit(variant: str, head: str) -> None:
    model = model_of(head=head, **VARIANTS[variant])
    text = text_of(T)
    full = model.run_text(text)
    run = run_checkpointed(model, text, every=EVERY, bin=16)
    assert run.tokens == full.tokens
    for a, b in [(0, 7), (0, T), (5, 200), (191, 193), (700, 1000), (T - 3, T), (384, 450)]:
        assert_window_exact(run, full, a, b)
    assert np.array_equal(run.trace.h_n, full.trace.h_n)
    assert (run.trace.c_n is None) == (full.trace.c_n is None)
    if full.trace.c_n is not None:
        assert np.array_equal(run.trace.c_n, full.trace.c_n)
    if head == "regress":
        assert run.predictions.dtype == full.predictions.dtype
        assert np.array_equal(run.predictions, full.predictions)
    else:
        ids = np.array([t.id for t in full.tokens])
        assert np.array_equal(run.top_id, full.probs.argmax(-1))
        assert np.array_equal(run.top_prob, full.probs.max(-1).astype(np.float32))
        want = full.probs[np.arange(T - 1), ids[1:]].astype(np.float32)
        assert np.array_equal(run.next_prob[:-1], want)
        assert np.isnan(run.next_prob[-1])


@pytest.mark.parametrize("variant", ["lstm-3-layers", "gru-bidirectional-3", "lstm-proj"])
def test_windows_start_their_passes_in_the_states_of_the_full_run(variant: str) -> None:
    """A window's h0/c0: the state each pass enters it with, in its reading order."""
    model = model_of(**VARIANTS[variant])
    text = text_of(T)
    full = model.run_text(text)
    run = run_checkpointed(model, text, every=EVERY)
    a, b = 300, 500
    w = run.window(a, b).trace
    c = model.net.config
    for k in range(c.num_layers):
        for d in range(c.num_directions):
            i = k * c.num_directions + d
            want = full.trace.values("h", k, d)[a - 1 if d == 0 else b]
            assert np.array_equal(w.h0[i, 0], want)
            if w.c0 is not None:
                assert np.array_equal(w.c0[i, 0], full.trace.values("c", k, d)[a - 1])


@pytest.mark.parametrize("variant", ["lstm-3-layers", "gru-bidirectional-3"])
def test_summaries_are_min_max_and_mean_of_their_bins(variant: str) -> None:
    model = model_of(**VARIANTS[variant])
    text = text_of(T)
    full = model.run_text(text)
    run = run_checkpointed(model, text, every=EVERY, bin=16)
    f = full.trace
    for k in range(f.num_layers):
        for d in range(f.num_directions):
            for n in f.names:
                v = f.values(n, k, d)
                s = run.trace.summary(n, k, d)
                assert (s.bin, s.bins, s.steps) == (16, -(-T // 16), T)
                bins = [v[j : j + 16] for j in range(0, T, 16)]
                assert np.array_equal(s.low, np.stack([x.min(0) for x in bins]))
                assert np.array_equal(s.high, np.stack([x.max(0) for x in bins]))
                np.testing.assert_allclose(s.mean, np.stack([x.mean(0) for x in bins]), atol=1e-5)
                big = run.summary(n, k, d, bin=100)  # rounded up to 16 * 8
                assert big.bin == 128
                assert big.bins == -(-T // 128)
                assert np.array_equal(big.high[-1], v[(T // 128) * 128 :].max(0))
                np.testing.assert_allclose(big.mean[2], v[256:384].mean(0), atol=1e-5)
    assert coarser(s, 1) is s


def test_chunks_recompute_the_run_in_pieces() -> None:
    model = model_of(**VARIANTS["gru-bidirectional-3"])
    text = text_of(T)
    full = model.run_text(text)
    run = run_checkpointed(model, text, every=EVERY)
    for layer, direction, name in [(0, 0, "z"), (2, 1, "h"), (1, 1, "n")]:
        pieces = list(run.trace.chunks(name, layer, direction, size=250))
        assert [s for s, _ in pieces] == [0, 250, 500, 750, 1000]
        got = np.concatenate([p for _, p in pieces])
        assert np.array_equal(got, full.trace.values(name, layer, direction))


def test_pieces_read_several_names_in_one_pass_with_progress() -> None:
    model = model_of(**VARIANTS["gru-bidirectional-3"])
    text = text_of(T)
    full = model.run_text(text)
    run = run_checkpointed(model, text, every=EVERY)
    seen: list[tuple[int, int]] = []
    names = ("z", "r", "h")
    pieces = list(
        run.trace.pieces(names, 1, 1, size=400, progress=lambda d, t: seen.append((d, t)))
    )
    assert [s for s, _ in pieces] == [0, 400, 800]
    assert seen == [(400, T), (800, T), (T, T)]
    for name in names:
        got = np.concatenate([p[name] for _, p in pieces])
        assert np.array_equal(got, full.trace.values(name, 1, 1)), name
    with pytest.raises(GateExplorerError, match="has no 'c'"):
        next(run.trace.pieces(("z", "c")))


def test_the_read_api_names_what_a_long_run_does_not_hold() -> None:
    model = model_of(num_layers=3)
    run = run_checkpointed(model, text_of(300), every=EVERY)
    t = run.trace
    assert (t.kind, t.names, t.num_layers, t.num_directions, t.steps) == (
        "lstm", ("i", "f", "g", "o", "c", "h"), 3, 1, 300)  # fmt: skip
    assert t.cell == model.net.cell
    assert not t.batched
    assert t.width("f") == 6
    with pytest.raises(GateExplorerError, match="checkpoints, not every step"):
        t.values("f", 1)
    with pytest.raises(GateExplorerError, match="has no 'r'"):
        t.values("r")
    with pytest.raises(GateExplorerError, match="layer 3 does not exist"):
        next(t.chunks("h", 3))
    with pytest.raises(GateExplorerError, match="empty"):
        run.window(10, 10)
    assert run.logits is None
    assert run.probs is None


def test_recent_windows_are_kept() -> None:
    model = model_of()
    run = run_checkpointed(model, text_of(3000), every=EVERY)
    w = run.window_at(1500)
    assert (w.start, w.stop) == run.window_span(1500) == (1024, 2048)
    assert run.window_at(2000) is w
    assert run.cached(1100) is w
    assert run.cached(100) is None
    assert run.kept(1024, 2048) is w
    assert run.kept(0, 1024) is None
    for k in range(checkpointed.LRU + 1):
        run.window(k, k + 5)
    assert run.cached(1100) is None  # pushed out by newer ones


def test_memory_is_bounded_by_the_checkpoints_and_bins() -> None:
    """What a run keeps grows with T / EVERY and T / bin, not with every gate of every step."""
    model = model_of(num_layers=3)
    text = text_of(8000)
    run = run_checkpointed(model, text, bin=64)
    full = model.run_text(text)
    full_bytes = sum(a.nbytes for d in full.trace.layers for dt in d for a in dt.values.values())
    bins = sum(b.nbytes for b in run._bins.values())
    assert bins == 3 * 6 * 3 * 6 * 4 * -(-8000 // 64)  # layers * names * stats * H * float32
    assert run.ckpt_h.shape == (3, 8000 // checkpointed.EVERY + 1, 6)
    assert run.nbytes < full_bytes / 4


@pytest.mark.parametrize("tokenizer", ["char", "word"])
def test_tokens_are_arrays_equal_to_the_tokenizers_list(tokenizer: str, monkeypatch) -> None:
    monkeypatch.setattr(checkpointed, "TOKEN_PIECE", 50)  # many pieces
    model = model_of(tokenizer=tokenizer)
    text = text_of(700) + " zz. n't"
    want = model.tokenizer.tokenize(text)
    got = token_table(model.tokenizer, text)
    assert got == want
    assert len(got) == len(want)
    assert got[3] == want[3]
    assert got[-1] == want[-1]
    assert list(got[5:9]) == want[5:9]
    assert got[5:9] == want[5:9]
    assert got.index_at(want[10].start) == 10
    with pytest.raises(IndexError):
        got[len(want)]
    tail = token_table(model.tokenizer, text, want[20].start)
    assert list(tail) == model.tokenizer.tokenize(text, start=want[20].start)


@pytest.mark.parametrize("tokenizer", ["char", "word"])
@pytest.mark.parametrize("variant", ["lstm-3-layers", "gru-reset-before", "lstm-bidirectional"])
def test_an_edit_reruns_from_its_checkpoint_and_equals_a_fresh_run(
    variant: str, tokenizer: str
) -> None:
    model = model_of(tokenizer=tokenizer, **VARIANTS[variant])
    base = text_of(2000)
    old = run_checkpointed(model, base, every=EVERY, bin=16)
    layers = model.net.config.num_layers * model.net.config.num_directions
    for label, text in edits(base).items():
        seen: list[tuple[int, int]] = []
        new = run_checkpointed(model, text, old=old, every=EVERY,
                               progress=lambda d, t, seen=seen: seen.append((d, t)))  # fmt: skip
        fresh = run_checkpointed(model, text, every=EVERY, bin=16)
        full = model.run_text(text)
        assert new.tokens == full.tokens, label
        for name in ("top_id", "top_prob", "next_prob", "ckpt_h", "ckpt_c", "h_n", "c_n"):
            a, b = getattr(new, name), getattr(fresh, name)
            assert (a is None) == (b is None), (label, name)
            assert a is None or np.array_equal(a, b, equal_nan=a.dtype.kind == "f"), label
        for key, bins in fresh._bins.items():
            for stat in ("low", "high", "total"):
                assert np.array_equal(getattr(new._bins[key], stat), getattr(bins, stat)), label
        steps = len(full.tokens)
        if steps:
            assert_window_exact(new, full, max(steps - 250, 0), steps)
        _, first = edit_table(model.tokenizer, old.tokens, old.text, text)
        if model.net.config.bidirectional:
            assert not seen or seen[-1][1] == layers * steps  # re-runs whole
        elif steps:
            start = (max(first - 1, 0) // EVERY) * EVERY
            assert seen[-1] == (layers * (steps - start),) * 2, label


def test_a_cancelled_first_pass_raises_through_progress() -> None:
    model = model_of()

    class Stop(Exception):
        pass

    def stop(done: int, total: int) -> None:
        raise Stop

    with pytest.raises(Stop):
        run_checkpointed(model, text_of(5000), progress=stop)


@pytest.mark.parametrize("variant", ["lstm-3-layers", "gru-bidirectional-3"])
def test_the_compiled_loop_windows_equal_its_own_full_run(variant: str) -> None:
    pytest.importorskip("numba")
    from gate_explorer.engine.backend import choose

    fast = choose("numba").warm_up()
    if not fast.compiled:
        pytest.skip(fast.reason)
    model = model_of(**VARIANTS[variant])
    text = text_of(900)
    run = run_checkpointed(model, text, every=EVERY, backend=fast)
    x = model.inputs(model.tokenizer.tokenize(text))
    full = model.read_out(text, run.tokens, model.net.run(x, backend=fast))
    for a, b in [(0, 100), (400, 650), (880, 900)]:
        assert_window_exact(run, full, a, b)


def test_a_float64_network_keeps_its_dtype_and_its_bits() -> None:
    from gate_explorer.engine.net import RecurrentNet

    model = model_of(kind="gru", num_layers=2, bidirectional=True)
    model.net = RecurrentNet.random("gru", 5, 6, 2, bidirectional=True, rng=3, dtype=np.float64)
    text = text_of(900)
    full = model.run_text(text)
    run = run_checkpointed(model, text, every=128)
    assert run.ckpt_h.dtype == np.float64
    assert_window_exact(run, full, 300, 700)


def test_parts_of_the_first_pass_are_the_runs_of_their_prefixes(monkeypatch) -> None:
    monkeypatch.setattr(checkpointed, "CHUNK", 2 * EVERY)
    model = model_of(num_layers=3)
    text = text_of(1000)
    parts: list = []
    run = run_checkpointed(model, text, every=EVERY, bin=16, partial=parts.append)
    assert [p.steps for p in parts] == [384, 768]
    for p in parts:
        fresh = run_checkpointed(model, text[: p.steps], every=EVERY, bin=16)
        assert p.text == fresh.text
        assert p.tokens == fresh.tokens
        for name in ("top_id", "top_prob", "next_prob", "h_n", "c_n"):
            assert np.array_equal(getattr(p, name), getattr(fresh, name), equal_nan=True), name
        for key, bins in fresh._bins.items():
            assert np.array_equal(p._bins[key].high, bins.high), key
        w, f = p.window(p.steps - 100, p.steps), fresh.window(p.steps - 100, p.steps)
        assert np.array_equal(w.trace.values("c", 2), f.trace.values("c", 2))
    assert run.steps == 1000
    with pytest.raises(ValueError, match="multiple of"):
        run.prefix(100)


@pytest.mark.parametrize("variant", ["lstm-3-layers", "lstm-proj", "gru-reset-before"])
@pytest.mark.parametrize("head", ["next-token", "regress"])
def test_the_last_window_is_kept_from_the_pass_as_a_window_computes_it(
    variant, head, monkeypatch
) -> None:
    model = model_of(head=head, **VARIANTS[variant])
    text = text_of(3000)
    full = model.run_text(text)
    for every, chunk in ((EVERY, checkpointed.CHUNK), (512, 1024)):
        monkeypatch.setattr(checkpointed, "CHUNK", chunk)  # the last window starts inside
        run = run_checkpointed(model, text, every=every)  # the last chunk, then at its start
        span = run.window_span(2999)
        assert span == (2048, 3000)
        kept = run.kept(*span)
        assert kept is not None
        again = run._window(*span)
        for k in range(model.net.config.num_layers):
            for n in full.trace.names:
                assert np.array_equal(kept.trace.values(n, k), again.trace.values(n, k))
        assert np.array_equal(kept.trace.h0, again.trace.h0)
        assert_window_exact(run, full, *span)


@pytest.mark.parametrize(
    "variant", ["lstm-3-layers", "gru-bidirectional-3", "rnn-tanh", "rnn-relu"]
)
def test_saturation_in_one_pass_equals_the_full_runs(variant: str) -> None:
    from gate_explorer.analysis.saturation import layer_saturation, saturation_in_one_pass

    model = model_of(**VARIANTS[variant])
    text = text_of(T)
    full = model.run_text(text)
    run = run_checkpointed(model, text, every=EVERY)
    layers = full.trace.num_layers
    for layer, direction in {(0, 0), (layers - 1, full.trace.num_directions - 1)}:
        calls: list[int] = []
        got = saturation_in_one_pass(
            run.trace, layer, direction, lambda d, _t, c=calls: c.append(d)
        )
        want = layer_saturation(full.trace, layer, direction)
        assert [s.name for s in got] == [s.name for s in want]
        for g, w in zip(got, want, strict=True):
            assert (g.low, g.high, g.steps) == (w.low, w.high, w.steps)
            assert np.array_equal(g.left, w.left), g.name
            assert np.array_equal(g.right, w.right), g.name
        assert calls == ([T] if got else [])  # one pass (T < a piece) when there are gates


def test_a_dropped_run_is_freed_at_once_with_its_windows() -> None:
    """No reference cycle: the cyclic collector runs in the GUI thread only, and rarely;
    a run dropped after an edit must not hold its windows (megabytes each) until then."""
    import gc
    import weakref

    model = model_of(kind="lstm")
    run = run_checkpointed(model, text_of(T), every=EVERY)
    run.window(0, 400)
    part = run.prefix(2 * EVERY)
    part.trace.summary("h")
    refs = [weakref.ref(run), weakref.ref(part), weakref.ref(run.kept(0, 400))]
    enabled = gc.isenabled()
    gc.disable()
    try:
        del run, part
        assert [r() for r in refs] == [None, None, None]
    finally:
        if enabled:
            gc.enable()


@pytest.mark.parametrize("variant", ["lstm-proj", "gru-bidirectional-3"])
def test_units_ranked_in_one_pass_equal_the_full_runs_ranking(variant: str) -> None:
    """Pieces of the chunk size ``rank_units`` reads a full run in: the same float64 sums
    in the same order, so every r is equal bit for bit, and so is the order."""
    from gate_explorer.analysis.unit_finder import (
        inside_quotes,
        rank_units,
        rank_units_in_one_pass,
        span_indicator,
    )

    model = model_of(**VARIANTS[variant])
    steps = 2 * checkpointed.CHUNK + 300  # three pieces
    text = text_of(steps)
    full = model.run_text(text)
    run = run_checkpointed(model, text)
    seen: list[int] = []
    for y, names in [(span_indicator(steps, 500, 4_000), None), (inside_quotes(text), ("h",))]:
        seen.clear()
        got = rank_units_in_one_pass(run, y, names, progress=lambda d, _t: seen.append(d))
        want = rank_units(full, y, names, size=checkpointed.CHUNK)
        assert got == want
        assert seen == [checkpointed.CHUNK, 2 * checkpointed.CHUNK, steps]
    with pytest.raises(GateExplorerError, match="one value per token"):
        rank_units_in_one_pass(run, np.zeros(3))
