"""Encoder-decoder: the encoder's final state is the decoder's first, gradients cross it."""

from __future__ import annotations

import numpy as np
import pytest

from gate_explorer.engine.seq2seq import BOS, EOS, Seq2SeqModel
from gate_explorer.errors import GateExplorerError
from gate_explorer.io.seq2seq import is_seq2seq, load_seq2seq, save_seq2seq
from gate_explorer.training.seq2seq import (
    HELD_OUT_YEARS,
    TRAIN_YEARS,
    Seq2SeqSettings,
    Seq2SeqTrainer,
    batches,
    draw,
    spell,
)


@pytest.fixture(scope="module")
def trainer() -> Seq2SeqTrainer:
    return Seq2SeqTrainer(Seq2SeqSettings(hidden=12, embed_dim=5), np.random.default_rng(0))


def test_the_hand_over_and_teacher_forcing(trainer: Seq2SeqTrainer) -> None:
    model = trainer.to_model()
    run = model.run("3 March 2021", "2021-03-03")
    assert run.forced
    np.testing.assert_array_equal(run.decoder.trace.h0, run.encoder.trace.h_n[:, None])
    np.testing.assert_array_equal(run.decoder.trace.c0, run.encoder.trace.c_n[:, None])
    assert run.decoder.trace.steps == 1 + len("2021-03-03")
    assert [t.text for t in run.decoder.tokens][:2] == [BOS, "2"]
    assert run.steps == len("3 March 2021") + 11
    with pytest.raises(GateExplorerError, match="cannot write"):
        model.run("3 March 2021", "March")


def test_greedy_answer_is_the_argmax_chain(trainer: Seq2SeqTrainer) -> None:
    model = trainer.to_model()
    run = model.run("12 June 1756", max_len=12)
    assert not run.forced
    assert len(run.answer) <= 12
    # each written token is the decoder's top choice at the step before it
    assert run.answer == "".join(run.predicted[: len(run.answer)])
    if len(run.answer) < 12:
        assert run.predicted[len(run.answer)] == EOS


def test_gradients_cross_the_hand_over(trainer: Seq2SeqTrainer) -> None:
    trainer = Seq2SeqTrainer(Seq2SeqSettings(hidden=6, embed_dim=4), np.random.default_rng(1))
    trainer.params = {k: v.astype(np.float64) for k, v in trainer.params.items()}
    pairs = batches(np.random.default_rng(2), 4)()
    _, grads = trainer.step(pairs)
    rng = np.random.default_rng(3)
    for key in ("enc.weight_hh_l0", "enc.bias_ih_l0", "dec.weight_hh_l0", "head.bias"):
        p = trainer.params[key]
        idx = tuple(int(rng.integers(0, n)) for n in p.shape)
        old, eps = p[idx], 1e-6
        p[idx] = old + eps
        up, _ = trainer.step(pairs)
        p[idx] = old - eps
        down, _ = trainer.step(pairs)
        p[idx] = old
        assert grads[key][idx] == pytest.approx((up - down) / (2 * eps), rel=1e-5, abs=1e-10)
    assert np.abs(grads["enc.weight_hh_l0"]).sum() > 0


def test_bundle_round_trip(tmp_path, trainer: Seq2SeqTrainer) -> None:
    model = trainer.to_model()
    model.card = {"metrics": {"heldout_exact_match": 0.5}}
    path = save_seq2seq(model, tmp_path / "s2s.npz")
    assert is_seq2seq(path)
    again = load_seq2seq(path)
    assert again.card == model.card
    a, b = model.run("1 May 1066"), again.run("1 May 1066")
    assert a.answer == b.answer
    np.testing.assert_array_equal(a.decoder.trace.output, b.decoder.trace.output)
    np.save(tmp_path / "plain.npy", np.ones(3))
    assert not is_seq2seq(tmp_path / "plain.npy")


def test_mismatched_stacks_are_refused(trainer: Seq2SeqTrainer) -> None:
    model = trainer.to_model()
    other = Seq2SeqTrainer(Seq2SeqSettings(hidden=7, embed_dim=5), np.random.default_rng(0))
    with pytest.raises(GateExplorerError, match="same cell, layers and sizes"):
        Seq2SeqModel("x", model.encoder, other.to_model().decoder)


def test_held_out_years_never_occur_in_training() -> None:
    assert not set(TRAIN_YEARS) & set(HELD_OUT_YEARS)
    years = {int(t[:4]) for _, t in draw(np.random.default_rng(0), TRAIN_YEARS, 2000)}
    assert years <= set(TRAIN_YEARS)
    assert spell(2021, 3, 3, 0) == "3 March 2021"
    assert spell(2021, 3, 3, 1) == "March 3, 2021"
    assert spell(2021, 3, 3, 2) == "3 Mar 2021"
    batch = batches(np.random.default_rng(5), 16)()
    assert len({len(a) for a, _ in batch}) == 1
