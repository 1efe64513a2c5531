"""The model card: typed fields for what the app reads, every other key kept as read."""

import numpy as np

from gate_explorer import zoo
from gate_explorer.engine import RecurrentNet
from gate_explorer.engine.card import ModelCard, QuoteUnit
from gate_explorer.engine.embedding import Embedding
from gate_explorer.engine.model import Model
from gate_explorer.engine.tokenize import Tokenizer
from gate_explorer.io.bundle import read_meta


def test_bundled_cards_round_trip_to_the_same_json():
    names = zoo.names()
    assert names, "no bundled models found"
    quote_units = 0
    for name in names:
        raw = read_meta(zoo.path_of(name))["card"]
        card = ModelCard.from_dict(raw)
        assert card.to_dict() == raw, name
        assert card == raw
        assert card.task == raw["task"]
        assert card.summary == raw["summary"]
        assert card.metrics == raw["metrics"]
        if "quote_unit" in raw:
            q = raw["quote_unit"]
            assert card.quote_unit == QuoteUnit(q["unit"], q["layer"], q["direction"], q["name"],
                                                q["r"])  # fmt: skip
            quote_units += 1
        assert "training" in card.extra  # no field for it: kept, readable by key
        assert card["training"] == raw["training"]
    assert quote_units >= 1


def test_odd_values_are_kept_not_trusted():
    raw = {
        "summary": 3,  # not text: no summary, but kept
        "quote_unit": {"unit": "seven"},
        "notes": ["read from x.h5", 4],
        "held_out": {"accuracy": 0.9},  # a key another tool added
        "metrics": {"loss": 1.0},
    }
    card = ModelCard.from_dict(raw)
    assert card.summary == ""
    assert card.quote_unit is None
    assert card.notes == ()
    assert card.metrics == {"loss": 1.0}
    assert card.extra == {k: raw[k] for k in ("summary", "quote_unit", "notes", "held_out")}
    assert card["quote_unit"] is raw["quote_unit"]  # kept as read, editable in place
    assert card.to_dict() == raw
    assert card.get("held_out") == {"accuracy": 0.9}
    assert "missing" not in card
    assert ModelCard.from_dict(None) == {}
    assert ModelCard.from_dict({}).to_dict() == {}


def test_a_model_reads_a_dict_card_given_or_assigned():
    net = RecurrentNet.random("gru", 2, 3)
    model = Model("m", net, Tokenizer("char", ("a", "b")), Embedding(2),
                  card={"summary": "s", "notes": ["n"]})  # fmt: skip
    assert isinstance(model.card, ModelCard)
    assert model.card.summary == "s"
    assert model.card.notes == ("n",)
    model.card = {"quote_unit": {"layer": 0, "name": "c", "unit": 4, "r": 0.9}}
    assert model.card.quote_unit == QuoteUnit(4, 0, 0, "c", 0.9)
    assert model.card.summary == ""
    assert Model("e", net, Tokenizer("char", ("a",)), Embedding(1)).card == {}
    assert np.isfinite(model.run_text("ab").trace.output).all()


def test_keys_can_be_set_as_on_a_dict():
    card = ModelCard.from_dict({"task": "quotes"})
    card["units"] = [{"preset": "digits", "layer": 0, "unit": 3, "r": 0.8}]
    card["summary"] = "Predicts quotes."
    card.update({"star_threshold": 0.5})
    assert card.summary == "Predicts quotes."
    assert card.extra == {"units": [{"preset": "digits", "layer": 0, "unit": 3, "r": 0.8}],
                          "star_threshold": 0.5}  # fmt: skip
    del card["summary"]
    assert card.summary == ""
    assert card == {"task": "quotes", "units": card["units"], "star_threshold": 0.5}


def test_empty_values_and_the_order_of_keys_are_kept():
    raw = {"source": "x.h5", "notes": [], "summary": "", "zeta": 1, "format": "keras"}
    card = ModelCard.from_dict(raw)
    assert list(card.to_dict().items()) == list(raw.items())
    assert card["notes"] == []
    card["alpha"] = 2
    assert list(card) == [*raw, "alpha"]


def test_named_units_one_reader_for_stars_and_the_text_view():
    card = ModelCard.from_dict(
        {
            "quote_unit": {"layer": 1, "name": "c", "unit": 4, "r": 0.9},
            "units": [
                {"preset": "inside quotes", "layer": 1, "name": "c", "unit": 4, "r": 0.9},
                {"preset": "start of a word", "layer": 0, "name": "h", "unit": 2, "r": -0.7},
                {"preset": "after a full stop", "layer": 1, "unit": 4, "r": 0.6},  # no name
                {"preset": "weak", "layer": 1, "direction": 1, "name": "h", "unit": 3, "r": 0.1},
                {"preset": "broken", "layer": "top", "unit": 1},  # not a unit: left out
                "not an entry",
            ],
            "star_threshold": 0.5,
        }
    )
    units = card.named_units()
    assert [(u.label, u.layer, u.direction, u.name, u.unit) for u in units] == [
        ("quote unit", 1, 0, "c", 4),
        ("inside quotes", 1, 0, "c", 4),
        ("start of a word", 0, 0, "h", 2),
        ("after a full stop", 1, 0, None, 4),
        ("weak", 1, 1, "h", 3),
    ]
    assert units[2].r == -0.7
    # stars: "inside quotes" repeats the quote unit; |r| below 0.5 is not starred
    assert card.starred(1) == {4: "quote unit · after a full stop"}
    assert card.starred(0) == {2: "start of a word"}
    assert card.starred(1, 1) == {}
    card["star_threshold"] = None  # no threshold: every named unit
    assert card.starred(1, 1) == {3: "weak"}
    assert ModelCard().named_units() == ()
    assert ModelCard.from_dict({"units": {"a": 1}}).starred(0) == {}
