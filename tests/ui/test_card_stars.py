"""Stars from the model card: the quote unit and the other named units, above its threshold."""

from gate_explorer.session import Session
from gate_explorer.ui.window.main_window import MainWindow


def test_card_units_are_starred_only_above_the_card_threshold(qtbot, settings, word_model):
    word_model.card = {
        "quote_unit": {"layer": 0, "name": "c", "unit": 4, "r": 0.3},
        "units": [
            {"preset": "inside quotes", "layer": 0, "name": "c", "unit": 4, "r": 0.3},
            {"preset": "start of a word", "layer": 0, "name": "h", "unit": 2, "r": -0.7},
            {"preset": "inside parentheses", "layer": 0, "name": "h", "unit": 1, "r": 0.2},
        ],
        "star_threshold": 0.5,
    }
    w = MainWindow(Session(), settings)
    qtbot.addWidget(w)
    w.session.set_model(word_model)
    w.session.set_text("the cat", immediate=True)
    assert w.session.highlighted_units() == {2: "start of a word"}
    row = w.heatmaps.rows[0]
    assert row.unit_axis.tickStrings([2.5, 4.5], 1, 1) == ["2 ★", "4"]
    assert "quote unit" not in w.legend.text()  # r = 0.3 is below the card's 0.5
    word_model.card["quote_unit"]["r"] = 0.9
    w.session.set_model(word_model)
    assert w.session.highlighted_units() == {4: "quote unit", 2: "start of a word"}
    assert "quote unit" in w.legend.text()
    w.session.shutdown()
