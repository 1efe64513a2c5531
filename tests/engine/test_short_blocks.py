"""A last, partial block of the input product (and of the head's readout) is padded only to
a product with the block's bits (``stepping.exact_rows``): every row is the same bits
whatever the run's length, and a step generated alone is the step of a whole run."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from gate_explorer.engine import stepping
from gate_explorer.engine.embedding import Embedding
from gate_explorer.engine.generate import Sampling, extend, write
from gate_explorer.engine.model import Head, Model
from gate_explorer.engine.net import RecurrentNet
from gate_explorer.engine.stepping import ALIGN, blocked_product, exact_rows, input_part
from gate_explorer.engine.tokenize import Tokenizer


def _input_rows(x: np.ndarray, w_in: np.ndarray) -> np.ndarray:
    out = np.full((x.shape[0] * x.shape[1], w_in.shape[1]), np.nan, dtype=np.float32)
    input_part(x, w_in, out=out)
    return out


@pytest.mark.parametrize(("feat", "cols", "batch"), [(64, 512, 1), (6, 36, 1), (9, 40, 3)])
def test_every_row_has_its_bits_whatever_the_length(feat, cols, batch):
    rng = np.random.default_rng(0)
    w_in = rng.standard_normal((feat + 1, cols)).astype(np.float32)
    x = rng.standard_normal((2 * ALIGN + 5, batch, feat)).astype(np.float32)
    whole = _input_rows(x, w_in)
    for steps in (*range(1, ALIGN + 2), 2 * ALIGN - 1, 2 * ALIGN + 5):
        for start in (0, ALIGN):  # a run of `steps` steps from a block boundary
            part = x[start : start + steps]
            rows = whole[start * batch : (start + len(part)) * batch]
            assert np.array_equal(_input_rows(part, w_in), rows), (steps, start)


def test_the_readout_rows_have_their_bits_whatever_the_length():
    rng = np.random.default_rng(1)
    weight = rng.standard_normal((97, 128)).astype(np.float32)
    a = rng.standard_normal((2 * ALIGN + 3, 128)).astype(np.float32)
    whole = blocked_product(a, weight.T)
    for rows in (1, 2, 3, 17, ALIGN - 1, ALIGN + 1):
        assert np.array_equal(blocked_product(a[ALIGN : ALIGN + rows], weight.T),
                              whole[ALIGN : ALIGN + rows])  # fmt: skip


def test_exact_rows_is_a_checked_power_of_two_or_the_block(monkeypatch):
    w = np.random.default_rng(2).standard_normal((65, 512)).astype(np.float32)
    for rows in range(1, ALIGN):
        m = exact_rows(w, rows)
        assert rows <= m <= ALIGN
        assert m & (m - 1) == 0
        assert m == ALIGN or stepping._same_bits(w, ALIGN, m, w.dtype)
    # a BLAS whose short products round otherwise: the whole block, as before
    monkeypatch.setattr(stepping, "_EXACT", {})
    monkeypatch.setattr(stepping, "_BY_ARRAY", {})
    monkeypatch.setattr(stepping, "_same_bits", lambda *a: False)
    assert exact_rows(w, 1) == ALIGN
    x = np.random.default_rng(3).standard_normal((ALIGN + 1, 1, 64)).astype(np.float32)
    assert np.array_equal(_input_rows(x[ALIGN:], w), _input_rows(x, w)[ALIGN:])


def test_a_short_product_costs_less_than_the_block():
    """On this machine's BLAS (OpenBLAS: any product of two rows or more has the block's
    bits) one generated step pads to far fewer than ALIGN rows."""
    w = np.random.default_rng(4).standard_normal((129, 512)).astype(np.float32)
    assert exact_rows(w, 1) < ALIGN


def _char_lm(kind: str) -> Model:
    vocab = ("<unk>", *"abcdefgh ")
    rng = np.random.default_rng(5)
    net = RecurrentNet.random(kind, 6, 16, num_layers=2, rng=5)
    head = Head("next-token", rng.normal(0, 2, (len(vocab), 16)), rng.normal(0, 1, len(vocab)),
                vocab)  # fmt: skip
    emb = Embedding(len(vocab), rng.normal(0, 1, (len(vocab), 6)).astype(np.float32))
    return Model("tiny", net, Tokenizer("char", vocab), emb, head)


@pytest.mark.parametrize("kind", ["lstm", "gru"])
def test_generated_steps_are_the_steps_of_a_whole_run_bit_for_bit(kind):
    model = _char_lm(kind)
    prompt = "abc d" * 15  # 75 steps: generation starts inside the second block
    run = model.run_text(prompt)
    written = list(itertools.islice(write(model, run.trace, Sampling(0.9, 0, 3)), 70))
    trace = extend(run.trace, *(w.trace for w in written))
    whole = model.run_text(prompt + "".join(w.text for w in written)).trace
    assert trace.steps == whole.steps == len(prompt) + 70
    for layer in range(2):
        for name in model.net.names:
            assert np.array_equal(trace.values(name, layer), whole.values(name, layer)), name
    assert np.array_equal(trace.output, whole.output)
    logits = model.head.logits(whole.output)
    for k, w in enumerate(written):  # each step read out alone, as in the whole run
        got = model.head.logits(w.trace.output)
        assert np.array_equal(got[0], logits[len(prompt) + k])
