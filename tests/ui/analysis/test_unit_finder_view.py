"""FIND UNITS: a span picked in the chips (or a preset) finds units that track the quotation
(the model card's quote unit nearly as well as the best)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from gate_explorer.analysis.unit_finder import after_full_stop, word_start
from gate_explorer.engine.tokenize import Tokenizer
from gate_explorer.session import ModelRef, Session

TEXT = (
    'Martha looked at the floor. "Returns a string that behaves for cmp locale-aware," '
    "replied Clara. After a while, Henry laughed."
)
OPEN, CLOSE = TEXT.index('"'), TEXT.rindex('"')  # char model: token index = char index


@pytest.fixture
def quotes_window(qtbot, settings):
    """A shown main window on the bundled quotes-lstm with a quotation in its text."""
    from gate_explorer.ui.window.main_window import MainWindow

    w = MainWindow(Session(debounce_ms=10), settings)
    qtbot.addWidget(w)
    w.start(model=None, text=None)
    w.analysis.show()  # the offscreen screen is 800x800, where the dock would start closed
    assert w.session.open_model(ModelRef("bundled", name="quotes-lstm"))
    w.session.set_text(TEXT, immediate=True)
    qtbot.waitUntil(lambda: w.session.steps == len(TEXT), timeout=10_000)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.session.shutdown()


def click_chip(window, qtbot, k: int, shift: bool = False) -> None:
    rect = window.chips.canvas.rects[k]
    window.chips.ensureVisible(rect.center().x(), rect.center().y())
    mod = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(window.chips.canvas, Qt.MouseButton.LeftButton, mod, rect.center())


def card_unit(window) -> tuple[int, int]:
    q = window.session.model.card["quote_unit"]
    return int(q["layer"]), int(q["unit"])


def card_unit_keeps_up(window, view) -> None:
    """The card's quote unit follows the target nearly as well as the best found unit (the
    quote state is spread over many units, so it need not be among the first ten)."""
    from gate_explorer.analysis.unit_finder import rank_units

    q = window.session.model.card["quote_unit"]
    ranked = rank_units(window.session.run, view.strip.indicator)
    mine = next(
        r for r in ranked if (r.layer, r.name, r.unit) == (q["layer"], q["name"], q["unit"])
    )
    assert abs(view.results[0].r) >= 0.9
    assert abs(mine.r) >= abs(view.results[0].r) - 0.05


def top_units(view, n: int = 3) -> list[tuple[int, int]]:
    return [(s.layer, s.unit) for s in view.results[:n]]


def test_span_inside_quotes_finds_the_card_unit_and_marks_it(quotes_window, qtbot):
    w, s = quotes_window, quotes_window.session
    view = w.analysis.tabs.show_view("unitFinder")
    click_chip(w, qtbot, OPEN + 1)  # "R": plain click jumps there ...
    assert s.step == OPEN + 1
    with qtbot.waitSignal(s.sigSpanChanged):
        click_chip(w, qtbot, CLOSE - 1, shift=True)  # ... shift+click "," selects the span
    assert s.span == (OPEN + 1, CLOSE)
    assert w.chips.span == (OPEN + 1, CLOSE)
    assert s.step == OPEN + 1  # shift+click does not move the step
    assert view.target_key() == "span"  # picking a span makes it the target
    calls = []
    original = s.model.run_text
    s.model.run_text = lambda *a, **k: calls.append(a) or original(*a, **k)
    qtbot.mouseClick(view.find_button, Qt.MouseButton.LeftButton)
    assert calls == []  # the trace is read, the network is not re-run
    card_unit_keeps_up(w, view)
    layer, unit = view.results[0].layer, view.results[0].unit
    assert view.table.rowCount() == view.top_n
    assert np.array_equal(
        view.strip.indicator[OPEN : CLOSE + 2], [0] + [1] * (CLOSE - OPEN - 1) + [0, 0]
    )
    assert unit in s.found_units(layer, 0)
    s.set_view(layer=layer)
    assert "r=" in s.highlighted_units()[unit]
    row = w.heatmaps.rows[0]
    assert row.unit_axis._extra[int(list(row.units_shown).index(unit))] == " ★"
    others = [r for r in view.results if r.layer != layer]
    other_layer = others[0].layer if others else (layer + 1) % s.model.net.config.num_layers
    s.set_view(layer=other_layer)  # each layer shows its own marks
    assert set(s.found_units(other_layer, 0)) == {r.unit for r in others if r.layer == other_layer}


def test_inside_quotes_preset_gives_the_same_unit(quotes_window, qtbot):
    w = quotes_window
    view = w.analysis.tabs.show_view("unitFinder")
    view.set_target("inside_quotes")
    qtbot.mouseClick(view.find_button, Qt.MouseButton.LeftButton)
    card_unit_keeps_up(w, view)
    assert view.strip.indicator[OPEN] == 1  # the opening quote counts as inside
    assert view.strip.indicator[CLOSE] == 0
    assert "inside quotes" in view.message.text()
    view.states.setCurrentIndex(view.states.findData("h"))  # re-finds among h only
    assert {r.name for r in view.results} == {"h"}
    assert abs(view.results[0].r) >= 0.9  # plenty of h units follow it too


def test_clicking_a_result_row_selects_its_layer_and_unit(quotes_window, qtbot):
    w, s = quotes_window, quotes_window.session
    view = w.analysis.tabs.show_view("unitFinder")
    view.set_target("inside_quotes")
    view.find()
    s.set_view(layer=0)
    row = next(k for k, r in enumerate(view.results) if r.layer != 0 and k > 0)
    item = view.table.item(row, 4)
    qtbot.mouseClick(
        view.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.table.visualItemRect(item).center(),
    )
    picked = view.results[row]
    assert (s.layer, s.direction, s.unit) == (picked.layer, picked.direction, picked.unit)
    assert item.text() == str(picked.unit)
    assert view.strip.value_label == f"{picked.name}[{picked.unit}]"
    assert view.strip.describe(OPEN + 1).startswith(f"step {OPEN + 2}: 'R' · inside 1 · ")
    expected = s.run.trace.values(picked.name, picked.layer, 0)[:, picked.unit]
    np.testing.assert_allclose(view.strip.values, expected)
    assert item.font().bold()  # rows of the shown layer are bold


def test_errors_for_constant_indicator_missing_span_and_empty_text(quotes_window, qtbot):
    w, s = quotes_window, quotes_window.session
    view = w.analysis.tabs.show_view("unitFinder")
    view.set_target("inside_quotes")
    view.find()
    assert s.found_units(1, 0)
    view.set_target("inside_parens")  # no parentheses in TEXT: constant
    assert "constant" in view.message.text()
    assert view.message.property("error")
    assert view.results == []
    assert view.table.rowCount() == 0
    assert s.found_units(1, 0) == {}  # stale marks are gone
    view.set_target("span")
    assert "No span selected" in view.message.text()
    s.set_span(0, s.steps)
    assert "covers every token" in view.message.text()
    with qtbot.waitSignal(s.sigRunChanged):
        w.text_input.set_text("")
    assert "empty" in view.message.text()


def test_results_follow_the_run_and_clear_marks(quotes_window, qtbot):
    w, s = quotes_window, quotes_window.session
    view = w.analysis.tabs.show_view("unitFinder")
    view.set_target("inside_quotes")
    view.find()
    s.set_view(layer=0)
    text = 'He said, "Go now." Then he left.'
    with qtbot.waitSignal(s.sigRunChanged):
        s.set_text(text, immediate=True)
    assert len(view.strip.indicator) == len(text)  # found again on the new run ...
    assert view.strip.indicator[text.index("G")] == 1
    assert view.results
    assert s.layer == 0  # ... without moving the heatmaps to another layer
    w.analysis.hide()
    with qtbot.waitSignal(s.sigRunChanged):
        s.set_text(TEXT, immediate=True)
    assert len(view.strip.indicator) == len(text)  # hidden: waits ...
    w.analysis.show()
    assert len(view.strip.indicator) == len(TEXT)  # ... until shown again
    s.set_span(2, 5)  # becomes the target
    qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    assert view.results == []
    assert s.span is None
    assert "No span selected" in view.message.text()
    view.set_target("inside_quotes")
    assert all(not s.found_units(k, 0) for k in range(3))
    with qtbot.waitSignal(s.sigRunChanged):
        s.set_text(text, immediate=True)
    assert view.results == []  # cleared: waits for Find again
    assert "Press Find units" in view.message.text()


# ---------------------------------------------------------------- session span and chips
def test_session_span_is_ordered_clamped_and_cleared_on_new_text(session, qtbot):
    with qtbot.waitSignal(session.sigSpanChanged):
        session.set_span(6, 2)
    assert session.span == (2, 6)
    session.set_span(8, 99)
    assert session.span == (8, session.steps)
    session.recompute(force=True)  # same text, same length: the span stays
    assert session.span == (8, session.steps)
    with qtbot.waitSignal(session.sigSpanChanged):
        session.set_text("hello there")
    assert session.span is None
    session.set_span(3, 3)
    assert session.span is None


def test_span_cleared_when_the_run_changes_length(window, qtbot):
    s = window.session
    s.set_span(1, 3)
    model = s.model
    s.set_model(model, s.model_ref)  # same text, same length: kept
    assert s.span == (1, 3)
    s._text = "hi"  # a new run of another length, without a text signal
    with qtbot.waitSignal(s.sigSpanChanged):
        s.recompute(force=True)
    assert s.span is None


def test_shift_click_and_drag_select_a_span_in_the_chips(window, qtbot):
    s, canvas = window.session, window.chips.canvas
    click_chip(window, qtbot, 2)
    click_chip(window, qtbot, 5, shift=True)
    assert s.span == (2, 6)
    assert [canvas.in_span(k) for k in range(8)] == [False, False, True, True, True, True] + [
        False
    ] * 2
    click_chip(window, qtbot, 0, shift=True)  # extends from the same anchor, backwards
    assert s.span == (0, 3)
    click_chip(window, qtbot, 8)  # a plain click only steps
    assert s.step == 8
    assert s.span == (0, 3)
    start, end = canvas.rects[7].center(), canvas.rects[9].center()
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(end),
        canvas.mapToGlobal(QPointF(end)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(canvas, move)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)
    assert s.span == (7, 10)
    assert s.step == 7
    with qtbot.waitSignal(s.sigRunChanged):
        window.text_input.set_text("hello")
    assert window.chips.span is None


# ---------------------------------------------------------------- the extra presets
def test_word_start_and_after_full_stop_presets():
    text = 'He ran. "Go!" 42 x'
    starts = "".join(str(int(v)) for v in word_start(text))
    assert starts == "100100000100001001"
    ended = "".join(str(int(v)) for v in after_full_stop(text))
    assert ended == "000000111001110000"
    words = Tokenizer("word").tokenize('a "b c" d.')
    np.testing.assert_array_equal(word_start(words), [1, 1, 1, 1])  # spaces dropped
