"""Incremental runs: an edit re-runs from its first changed token, bit for bit a full run."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from gate_explorer.engine import incremental
from gate_explorer.engine.embedding import Embedding
from gate_explorer.engine.incremental import common_prefix, edit_tokens, rerun_text
from gate_explorer.engine.model import Head, Model, ModelRun
from gate_explorer.engine.net import RecurrentNet
from gate_explorer.engine.stepping import ALIGN
from gate_explorer.engine.tokenize import Tokenizer
from gate_explorer.workspace.jobs import Cancelled

VOCAB = ("<unk>", *"abcdefgh ", "'", "n", "t", ".")
WORDS = ("<unk>", "ab", "cd", "abcd", "do", "n't", "e", ".")

VARIANTS = {
    "lstm": {"kind": "lstm"},
    "lstm-3-layers": {"kind": "lstm", "num_layers": 3},
    "lstm-hard-sigmoid": {"kind": "lstm", "gate_activation": "hard_sigmoid_keras3"},
    "lstm-proj": {"kind": "lstm", "proj_size": 3},
    "gru": {"kind": "gru"},
    "gru-reset-before": {"kind": "gru", "reset_after": False},
    "gru-hard-sigmoid": {"kind": "gru", "gate_activation": "hard_sigmoid_keras2"},
    "rnn-tanh": {"kind": "rnn_tanh"},
    "rnn-relu": {"kind": "rnn_relu", "num_layers": 1},
    "lstm-bidirectional": {"kind": "lstm", "bidirectional": True},
    "gru-bidirectional-3": {"kind": "gru", "bidirectional": True, "num_layers": 3},
}


def model_of(kind: str = "lstm", *, seed: int = 0, tokenizer: str = "char",
             head: str = "next-token", **net_args) -> Model:  # fmt: skip
    rng = np.random.default_rng(seed)
    vocab = VOCAB if tokenizer == "char" else WORDS
    net_args.setdefault("num_layers", 2)
    net = RecurrentNet.random(kind, 5, 6, rng=seed, **net_args)
    out = net.config.output_size * net.config.num_directions
    width = len(vocab) if head == "next-token" else 1
    readout = Head(head, rng.normal(0, 2, (width, out)), rng.normal(0, 1, width),
                   vocab if head == "next-token" else ())  # fmt: skip
    emb = Embedding(len(vocab), rng.normal(0, 1, (len(vocab), 5)).astype(np.float32))
    return Model("tiny", net, Tokenizer(tokenizer, vocab), emb, readout)


def text_of(n: int, seed: int = 1) -> str:
    rng = np.random.default_rng(seed)
    return "".join(rng.choice(list("abcdefgh  ")) for _ in range(n))


def assert_same_run(got: ModelRun, want: ModelRun) -> None:
    """Every array of the two runs is equal bit for bit, and the tokens are the same."""
    assert got.text == want.text
    assert got.tokens == want.tokens
    a, b = got.trace, want.trace
    assert (a.kind, a.names, a.num_layers, a.num_directions) == (
        b.kind, b.names, b.num_layers, b.num_directions)  # fmt: skip
    assert (a.gate_activation, a.reset_after, a.batched) == (
        b.gate_activation, b.reset_after, b.batched)  # fmt: skip
    for k in range(a.num_layers):
        for d in range(a.num_directions):
            da, db = a.layers[k][d], b.layers[k][d]
            assert set(da.values) == set(db.values)
            assert set(da.cache) == set(db.cache)
            for n in db.values:
                assert np.array_equal(da.values[n], db.values[n]), (k, d, n)
            for n in db.cache:
                assert np.array_equal(da.cache[n], db.cache[n]), (k, d, n)
    for name in ("output", "h_n", "c_n", "x", "h0", "c0"):
        x, y = getattr(a, name), getattr(b, name)
        assert (x is None) == (y is None), name
        if y is not None:
            assert x.dtype == y.dtype, name
            assert np.array_equal(x, y), name
    for name in ("logits", "probs", "predictions"):
        x, y = getattr(got, name), getattr(want, name)
        assert (x is None) == (y is None), name
        if y is not None:
            assert x.dtype == y.dtype, name
            assert np.array_equal(x, y), name


def edits(base: str) -> dict[str, str]:
    mid = len(base) // 2
    return {
        "append one": base + "a",
        "append many": base + text_of(3 * ALIGN + 5, seed=9),
        "delete at end": base[:-1],
        "delete many at end": base[: len(base) - ALIGN - 3],
        "insert in the middle": base[:mid] + "h" + base[mid:],
        "delete in the middle": base[:mid] + base[mid + 2 :],
        "replace the first": "h" + base[1:],
        "unchanged": base,
        "other text": text_of(len(base) - 7, seed=5),
        "to empty": "",
    }


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_every_edit_equals_a_full_run_bit_for_bit(variant: str) -> None:
    model = model_of(**VARIANTS[variant])
    base = text_of(2 * ALIGN + 37)
    old = model.run_text(base)
    for label, new in edits(base).items():
        run, info = rerun_text(model, old, new)
        assert_same_run(run, model.run_text(new))
        if model.net.config.bidirectional and label != "unchanged" and new:
            assert info.reverse_whole, label


@pytest.mark.parametrize("variant", ["lstm-3-layers", "gru-reset-before", "rnn-tanh"])
def test_typing_char_by_char_matches_full_runs(variant: str, monkeypatch) -> None:
    monkeypatch.setattr(incremental, "CHUNK", 2 * ALIGN)  # chunk boundaries inside the text
    model = model_of(**VARIANTS[variant])
    text = text_of(5 * ALIGN + 11, seed=3)
    run, _ = rerun_text(model, None, text[:3])
    for n in range(4, len(text) + 1, 7):
        run, info = rerun_text(model, run, text[:n])
        assert info.start >= n - 7 - ALIGN + 1  # only the new steps, from the aligned block
    assert run.text == text[: len(run.text)]
    assert len(run.text) > len(text) - 7
    assert_same_run(run, model.run_text(run.text))
    # backspace and type again: still exact
    run, _ = rerun_text(model, run, run.text[:-1])
    run, _ = rerun_text(model, run, run.text + "g")
    assert_same_run(run, model.run_text(run.text))


def test_an_append_computes_only_the_new_steps() -> None:
    model = model_of("lstm", num_layers=3)
    base = text_of(20 * ALIGN + 3)
    old, _ = rerun_text(model, None, base)
    run, info = rerun_text(model, old, base + "ab")
    assert info.first == len(base)
    assert info.start == len(base) // ALIGN * ALIGN
    assert info.computed == 3 * (len(base) + 2 - info.start)  # three layers, nothing else
    assert info.reused == info.start
    assert not info.reverse_whole
    assert_same_run(run, model.run_text(base + "ab"))
    cut, info = rerun_text(model, run, base[:-5])
    assert info.computed == 0
    assert_same_run(cut, model.run_text(base[:-5]))


def test_an_append_writes_in_place_and_leaves_older_runs_intact() -> None:
    model = model_of("gru")
    base = text_of(3 * ALIGN)
    a, _ = rerun_text(model, None, base)
    b, _ = rerun_text(model, a, base + "abc")  # in place: a shows none of the new rows
    assert np.shares_memory(a.trace.values("h"), b.trace.values("h"))
    a_copy = {n: a.trace.values(n).copy() for n in a.trace.names}
    # a middle edit of a, while a and b are both alive: neither may change
    b_copy = {n: b.trace.values(n).copy() for n in b.trace.names}
    c, _ = rerun_text(model, a, base[:10] + "h" + base[11:])
    d, _ = rerun_text(model, b, base + "xyz"[:0] + "d")  # b's rows beyond a are shown: copy
    for n in a.trace.names:
        assert np.array_equal(a.trace.values(n), a_copy[n])
        assert np.array_equal(b.trace.values(n), b_copy[n])
    assert_same_run(c, model.run_text(base[:10] + "h" + base[11:]))
    assert_same_run(d, model.run_text(base + "d"))


def test_the_old_run_stays_intact_after_a_deletion_and_retyping() -> None:
    model = model_of("lstm")
    base = text_of(2 * ALIGN + 9)
    a, _ = rerun_text(model, None, base)
    b, _ = rerun_text(model, a, base[:-3])  # cut: views of a's rows
    keep = a.trace.values("c").copy()
    c, _ = rerun_text(model, b, base[:-3] + "hhh")  # a is alive and shows those rows
    assert np.array_equal(a.trace.values("c"), keep)
    assert_same_run(c, model.run_text(base[:-3] + "hhh"))
    del a
    d, _ = rerun_text(model, c, c.text[:-1])
    e, _ = rerun_text(model, d, d.text + "a")
    assert_same_run(e, model.run_text(e.text))


@pytest.mark.parametrize("head", ["classify", "regress"])
def test_other_heads_read_out_the_same(head: str) -> None:
    model = model_of("lstm", head=head)
    base = text_of(ALIGN + 20)
    old, _ = rerun_text(model, None, base)
    for new in (base + "ab", base[:30] + "c" + base[30:]):
        run, _ = rerun_text(model, old, new)
        assert_same_run(run, model.run_text(new))


def test_word_tokens_are_re_split_from_the_edit_only() -> None:
    model = model_of("lstm", tokenizer="wordpunct")
    base = "ab cd abcd do e. " * 20
    old = model.run_text(base)
    for new in (base + "don't", base[:-1] + "cd", base[:40] + "x" + base[40:], base + "n't"):
        tokens, first = edit_tokens(model, old, new)
        assert tokens == model.tokenizer.tokenize(new)
        run, _ = rerun_text(model, old, new)
        assert_same_run(run, model.run_text(new))
    old = model.run_text(base + "ab")
    tokens, first = edit_tokens(model, old, base + "abcd")
    assert first == len(old.tokens) - 1  # "ab" became "abcd": from the last token on
    assert tokens[:first] == old.tokens[:first]


def test_partial_runs_are_prefixes_of_the_full_run(monkeypatch) -> None:
    monkeypatch.setattr(incremental, "CHUNK", ALIGN)
    model = model_of("lstm", num_layers=2)
    text = text_of(4 * ALIGN + 5)
    seen: list[ModelRun] = []
    starts: set[int] = set()

    def partial(run: ModelRun, start: int) -> None:
        seen.append(run)
        starts.add(start)

    run, _ = rerun_text(model, None, text, partial=partial)
    assert starts == {0}
    full = model.run_text(text)
    assert [len(p.tokens) for p in seen] == [ALIGN, 2 * ALIGN, 3 * ALIGN, 4 * ALIGN]
    for p in seen:
        t = len(p.tokens)
        assert p.text == text[:t]
        for n in full.trace.names:
            assert np.array_equal(p.trace.values(n, 1), full.trace.values(n, 1)[:t])
        assert np.array_equal(p.probs, full.probs[:t])
    assert_same_run(run, full)


def test_a_cancelled_run_leaves_the_next_one_exact(monkeypatch) -> None:
    monkeypatch.setattr(incremental, "CHUNK", ALIGN)
    model = model_of("gru")
    base = text_of(2 * ALIGN)
    old, _ = rerun_text(model, None, base)

    def stop(done: int, total: int) -> None:
        if done > ALIGN:
            raise Cancelled

    with pytest.raises(Cancelled):
        rerun_text(model, old, base + text_of(3 * ALIGN, seed=4), progress=stop)
    run, _ = rerun_text(model, old, base + "e")
    assert_same_run(run, model.run_text(base + "e"))


def test_progress_counts_every_computed_step() -> None:
    model = model_of("lstm", num_layers=2)
    base = text_of(3 * ALIGN)
    reports: list[tuple[int, int]] = []
    rerun_text(model, None, base, progress=lambda d, t: reports.append((d, t)))
    assert reports[-1] == (2 * len(base), 2 * len(base))
    assert all(b[0] > a[0] for a, b in itertools.pairwise(reports))


@pytest.mark.parametrize(("a", "b", "n"), [("", "", 0), ("abc", "abd", 2), ("ab", "abc", 2),
                                           ("x" * 1000 + "a", "x" * 1000 + "b", 1000),
                                           ("same", "same", 4), ("a", "b", 0)])  # fmt: skip
def test_common_prefix(a: str, b: str, n: int) -> None:
    assert common_prefix(a, b) == n == common_prefix(b, a)


@pytest.mark.parametrize("variant", ["lstm-3-layers", "gru", "rnn-tanh"])
def test_the_compiled_loop_continues_its_own_runs_bit_for_bit(variant: str) -> None:
    pytest.importorskip("numba")
    from gate_explorer.engine.backend import NUMPY, choose

    fast = choose("numba").warm_up()
    if not fast.compiled:
        pytest.skip(fast.reason)
    model = model_of(**VARIANTS[variant])
    base = text_of(2 * ALIGN + 5)
    old, _ = rerun_text(model, None, base, backend=fast)
    for new in (base + "ab", base[: ALIGN + 9] + "h" + base[ALIGN + 9 :]):
        run, info = rerun_text(model, old, new, backend=fast)
        assert info.start > 0  # its own rows were reused
        full = model.net.run(model.inputs(model.tokenizer.tokenize(new)), backend=fast)
        for n in full.names:
            for k in range(full.num_layers):
                assert np.array_equal(run.trace.values(n, k), full.values(n, k)), (n, k)
    # a run of the other path is not reused: its states are not mixed in
    run, info = rerun_text(model, old, base + "c", backend=NUMPY)
    assert info.start == 0
    assert_same_run(run, model.run_text(base + "c"))


def test_a_run_of_another_shape_is_not_reused() -> None:
    small, big = model_of("lstm", num_layers=1), model_of("lstm", num_layers=2)
    old = small.run_text("abc abc")
    run, info = rerun_text(big, old, "abc abcd")
    assert info.start == 0
    assert_same_run(run, big.run_text("abc abcd"))
    hard = model_of("lstm", num_layers=1, gate_activation="hard_sigmoid_keras3")
    run, info = rerun_text(hard, old, "abc abcd")
    assert_same_run(run, hard.run_text("abc abcd"))


@pytest.mark.parametrize("variant", ["lstm-3-layers", "gru", "gru-reset-before", "rnn-tanh"])
def test_an_append_in_place_never_writes_into_the_rows_on_screen(variant: str,
                                                                 monkeypatch) -> None:  # fmt: skip
    """The cells compute in place (a row holds its pre-activation for a moment): a run the
    window still shows while the next one computes in a worker must not see that."""
    monkeypatch.setattr(incremental, "CHUNK", ALIGN)
    model = model_of(**VARIANTS[variant])
    base = text_of(3 * ALIGN + 17)
    old, _ = rerun_text(model, None, base)
    on_screen = [v for dirs in old.trace.layers for dt in dirs for v in dt.values.values()]
    forward = model.net._forward
    writes: list[np.ndarray] = []

    def watched(seq, w, h0, c0, progress=None, kernel=None, out=None):
        for arr in (out or {}).values():
            writes.append(arr)
            assert not any(np.shares_memory(arr, v) for v in on_screen)
        return forward(seq, w, h0, c0, progress, kernel, out)

    model.net._forward = watched
    more = base + text_of(ALIGN + 10, seed=7)  # within the room: in place
    run, info = rerun_text(model, old, more)
    assert info.start < len(base)  # the block before the edit was recomputed ...
    assert writes  # ... and the later blocks written in place
    assert np.shares_memory(run.trace.values("h"), old.trace.values("h"))
    del model.net._forward
    assert_same_run(run, model.run_text(more))
