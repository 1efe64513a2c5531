"""The bundled encoder-decoder rewrites dates from years it never saw."""

from __future__ import annotations

import numpy as np

from gate_explorer import zoo
from gate_explorer.cli import main
from gate_explorer.io.seq2seq import load_seq2seq
from gate_explorer.training.seq2seq import HELD_OUT_YEARS, STYLES, draw, exact_match


def test_bundled_seq2seq_meets_its_card_on_held_out_years() -> None:
    path = zoo.seq2seq_path("seq2seq-lstm")
    assert path is not None
    model = load_seq2seq(path)
    card = model.card["metrics"]
    assert card["heldout_years"].startswith("1950-2049")
    rng = np.random.default_rng(4242)  # not the card's seed
    for style in range(len(STYLES)):
        pairs = draw(rng, HELD_OUT_YEARS, 30, style)
        assert (
            exact_match(model, pairs)
            >= min(card["heldout_by_spelling"][STYLES[style]], 0.95) - 0.05
        )
    assert "seq2seq-lstm" in zoo.seq2seq_names()
    assert "seq2seq-lstm" not in zoo.names()  # not offered where one-stack models are


def test_generate_answers_with_the_encoder_decoder(capsys) -> None:
    assert main(["generate", "--model", "seq2seq-lstm", "--prompt", "March 3, 2021"]) == 0
    out = capsys.readouterr()
    assert out.out == "2021-03-03\n"
    assert "decoder wrote 10" in out.err
