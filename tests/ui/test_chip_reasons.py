"""Chips of a numeric model say why a value is unknown and that it is fed as 0."""

from __future__ import annotations

from gate_explorer.ui.window.tokens import TokenChips


def test_chip_tooltip_says_fed_as_zero(qtbot, session, regress_model):
    session.set_model(regress_model)
    session.set_text("0.5 abc 1e308 nan", immediate=True)
    chips = TokenChips(session)
    qtbot.addWidget(chips)
    assert [t.known for t in chips.tokens] == [True, False, False, False]
    assert chips.unknown_count() == 3
    assert "UNKNOWN: not a number: fed as 0" in chips.canvas.tooltip(1)
    assert "beyond float32's range (3.4e38): fed as 0" in chips.canvas.tooltip(2)
    assert "NaN: fed as 0" in chips.canvas.tooltip(3)
    assert "known" in chips.canvas.tooltip(0)
    assert "UNKNOWN" not in chips.canvas.tooltip(0)


def test_word_chips_still_say_not_in_the_vocabulary(qtbot, session, word_model):
    session.set_model(word_model)
    session.set_text("the dog", immediate=True)
    chips = TokenChips(session)
    qtbot.addWidget(chips)
    assert "UNKNOWN: not in the vocabulary" in chips.canvas.tooltip(1)
