"""The real-series model: trained on 1700-1958, it beats "next = last" on 1959-2008."""

from __future__ import annotations

import numpy as np
import pytest

from gate_explorer.engine.embedding import Embedding
from gate_explorer.io.bundle import load_bundle, save_bundle
from gate_explorer.io.load import load_model
from gate_explorer.training.tasks.sunspots import evaluate_tail, split


def test_bundled_model_meets_its_card_on_the_held_out_tail() -> None:
    model = load_model("sunspots-lstm")
    values, cut = split()
    got = evaluate_tail(model, values, cut)
    card = model.card["metrics"]
    assert got["heldout_years"] == "1959-2008"
    assert got["heldout_rmse"] == pytest.approx(card["heldout_rmse"], abs=0.01)
    assert got["heldout_rmse"] < got["naive_last_value_rmse"]
    assert card["ratio_to_naive"] < 1
    assert "1959" not in model.card["data"] or "trained on 1700-1958" in model.card["data"]


def test_the_model_keeps_its_scaling_and_answers_in_raw_units(tmp_path) -> None:
    model = load_model("sunspots-lstm")
    assert model.embedding.scaled
    values, cut = split()
    assert model.embedding.offset == pytest.approx(values[:cut].mean())
    assert model.embedding.scale == pytest.approx(values[:cut].std())
    run = model.run_text("5 11 16 23 36 58 29 20 10 8 3 0 0 2 11 27 47 63 60 39")
    assert 0 < np.median(run.predictions) < 100  # sunspot numbers, not standard units
    again = load_bundle(save_bundle(model, tmp_path / "s.npz"))
    np.testing.assert_array_equal(
        again.run_text("5 11 16").predictions, model.run_text("5 11 16").predictions
    )


def test_scaling_standardises_inputs_and_unscales_predictions() -> None:
    emb = Embedding(1, numeric=True, offset=10.0, scale=4.0)
    from gate_explorer.engine.tokenize import Tokenizer

    x = emb.embed(Tokenizer("number").tokenize("10 14 2"))
    np.testing.assert_allclose(x[:, 0], [0.0, 1.0, -2.0])
    np.testing.assert_allclose(emb.unscale(np.array([0.0, 1.0])), [10.0, 14.0])
    plain = Embedding(1, numeric=True)
    assert not plain.scaled
    np.testing.assert_array_equal(plain.unscale(np.array([3.0])), [3.0])
