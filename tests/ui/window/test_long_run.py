"""A text whose full trace is above the session's budget: a checkpointed run in the window.

The budget is made small so a 20,000-step text takes the path a 1 M-character one takes:
the heatmaps show the bin overview and say so, zooming in shows exact values equal to a
full run's, and the chips, the cell diagram and the answer at a step equal the full run's.
"""

from __future__ import annotations

import time

import numpy as np
import pytest
from PySide6.QtWidgets import QLabel

from gate_explorer.engine.checkpointed import WINDOW
from gate_explorer.session import Session
from gate_explorer.ui.analysis.cell_diagram.view import CellDiagram
from gate_explorer.ui.heatmap.panel import HeatmapPanel
from gate_explorer.ui.window.tokens import TokenChips
from gate_explorer.workspace.models import ModelRef

STEPS = 20_000
TEXT = ('She said "the cat sat on the mat", and the dog said "no". ' * 400)[:STEPS]


@pytest.fixture(scope="module")
def long(qapp):
    """quotes-lstm (3 x 128 LSTM) on the text, in a session, and its full run to compare."""
    s = Session(debounce_ms=10)
    s.trace_budget = 1_000_000  # bytes: this text's full trace is about 180 MB
    s.open_model(ModelRef("bundled", name="quotes-lstm"), background=False)
    s.set_text(TEXT, immediate=True)
    deadline = time.monotonic() + 120
    while (s.run is None or s.busy) and time.monotonic() < deadline:
        qapp.processEvents()
        time.sleep(0.005)
    model = s.shown_model
    tokens = model.tokenizer.tokenize(TEXT)  # on the session's engine path, as it ran
    full = model.read_out(TEXT, tokens, model.net.run(model.inputs(tokens), backend=s.backend))
    yield s, full
    s.shutdown()


@pytest.fixture(autouse=True)
def _first_layer(request):
    """Each test starts on the first layer (Find units shows the best unit's layer)."""
    if "long" in request.fixturenames:
        s, _ = request.getfixturevalue("long")
        s.set_view(layer=0, direction=0)


def test_a_text_above_the_budget_is_kept_checkpointed(long):
    s, full = long
    assert s.long
    assert s.steps == len(full.tokens) == STEPS
    assert s.estimated
    assert "estimated from the mean, min and max of every" in s.estimate_note
    t = 12_345
    for name in s.names:
        assert np.array_equal(s.values(name)[t], full.trace.values(name, s.layer)[t])
    got = s.values("c")[9_000:11_000, [0, 3]]
    assert np.array_equal(got, full.trace.values("c")[9_000:11_000, [0, 3]])
    with pytest.raises(Exception, match="not held whole"):
        np.asarray(s.values("h"))
    a = s.answer(t)
    p = full.probs[t]
    assert [x[1] for x in a.items] == sorted(p, reverse=True)[: len(a.items)]
    assert a.next_prob == float(p[full.tokens[t + 1].id])


@pytest.fixture
def show(qtbot):
    """Show a widget; afterwards unhook it from the module's session (which outlives it)."""
    shown = []

    def _show(widget, size=(1200, 700)) -> None:
        qtbot.addWidget(widget)
        widget.resize(*size)
        widget.show()
        qtbot.waitExposed(widget)
        shown.append(widget)

    yield _show
    for widget in shown:
        if hasattr(widget, "subscription"):
            widget.subscription.disconnect()


def test_the_heatmaps_show_the_overview_and_exact_values_zoomed_in(long, qtbot, show):
    s, full = long
    panel = HeatmapPanel(s)
    show(panel)
    row = panel.rows[0]
    row.vb.setXRange(0, s.steps, padding=0)
    qtbot.waitUntil(lambda: panel.long_note.startswith("overview"), timeout=5_000)
    assert "overview: mean of" in panel.title.text
    bins = s.run.summary(row.name, s.layer, s.direction).bins
    assert row.image.image.shape == (len(panel.data.rows[row.name]), bins)
    row.vb.setXRange(10_000, 10_300, padding=0)
    qtbot.waitUntil(lambda: panel.long_note.startswith("exact"), timeout=20_000)
    lo, hi = row.window
    assert lo <= 10_000
    assert hi >= 10_300
    assert lo % WINDOW == 0
    for r in panel.rows:
        order = panel.data.rows[r.name]
        want = full.trace.values(r.name, s.layer, s.direction)[lo:hi, order].T
        assert np.array_equal(r.image.image, want), r.name
    r, unit = 2, int(panel.data.rows["f"][2])
    text = panel.describe_cell("f", r, 10_100)
    assert f"{full.trace.values('f')[10_100, unit]:+.4f}" in text
    row.vb.setXRange(0, s.steps, padding=0)
    qtbot.waitUntil(lambda: panel.long_note.startswith("overview"), timeout=5_000)
    assert "mean" in panel.describe_cell("f", r, 10_100)


def test_chips_and_cell_diagram_read_the_window_of_the_step(long, show):
    s, full = long
    chips, diagram = TokenChips(s), CellDiagram(s)
    show(chips, (800, 120))
    show(diagram)
    s.set_unit(5, "c")
    for step in (15_000, 15_001, 3_000):
        s.set_step(step)
        lo, hi = s.run.window_span(step)
        assert chips.canvas.offset == lo
        assert chips.canvas.tokens == full.tokens[lo:hi]
        assert chips.canvas.current == step - lo
        np.testing.assert_array_equal(chips.canvas.shade_values,
                                      full.trace.values("c")[lo:hi, 5])  # fmt: skip
        parts = diagram.canvas.parts
        assert np.array_equal(parts["f"].values, full.trace.values("f")[step])
        assert np.array_equal(parts["c_prev"].values, full.trace.values("c")[step - 1])
        assert np.array_equal(parts["h_prev"].values, full.trace.values("h")[step - 1])
        assert f"step {step + 1}" in diagram.shown.title()
    s.set_step(WINDOW)  # the first step of a window: the state before comes from the last one
    assert np.array_equal(diagram.canvas.parts["c_prev"].values,
                          full.trace.values("c")[WINDOW - 1])  # fmt: skip
    s.set_span(WINDOW + 3, WINDOW + 6)  # in the chips' own indices: the window starts at WINDOW
    assert chips.canvas.offset == WINDOW
    assert chips.canvas.span == (3, 6)


def test_views_that_need_the_whole_run_say_so_and_why(long, show):
    from gate_explorer.ui.analysis.text_view import TextView

    s, _ = long
    view = TextView(s)
    show(view)
    s.set_step(100)
    note = view.findChild(QLabel, "longRunNote")
    assert note is not None
    assert note.isVisible()
    assert note.text() == (
        "Not available on texts this long yet (20,000 steps): it lays out every character "
        "of the text with its strips at once."
    )


def test_saturation_of_a_long_run_is_counted_in_a_worker_and_equals_the_full_runs(
    long, show, qtbot
):
    from gate_explorer.analysis.saturation import layer_saturation
    from gate_explorer.ui.analysis.saturation_view import SaturationView

    s, full = long
    s.results._cache.clear()  # counted afresh for this test
    view = SaturationView(s)
    seen: list[int] = []
    s.results.sigProgress.connect(lambda key, done, total: seen.append(done))
    show(view)
    view.reload()
    assert view.hint.isVisible()
    assert "Counting how often each gate is shut or open over the 20,000 steps" in (
        view.hint.text()
    )
    qtbot.waitUntil(lambda: view.graphics.isVisible(), timeout=60_000)
    assert view.findChild(QLabel, "longRunNote") is None
    want = layer_saturation(full.trace, s.layer, s.direction)
    assert [r.name for r in view.result] == [w.name for w in want] == ["i", "f", "o"]
    for got, w in zip(view.result, want, strict=True):
        assert np.array_equal(got.left, w.left)
        assert np.array_equal(got.right, w.right)
    assert seen
    assert seen[-1] == STEPS
    assert "20000 steps" in view.caption.text()
    view.reload()  # kept in the run's results: shown at once
    assert view.graphics.isVisible()


def test_find_units_on_a_long_run_ranks_in_a_worker_as_the_full_run_does(long, show, qtbot):
    from gate_explorer.analysis.unit_finder import inside_quotes, rank_units
    from gate_explorer.engine.checkpointed import CHUNK
    from gate_explorer.ui.analysis.unit_finder_view import UnitFinderView

    s, full = long
    view = UnitFinderView(s)
    show(view, (1000, 300))
    view.set_target("inside_quotes")
    assert "one pass over it in the background" in view.message.text()  # no preset yet
    view.find_button.click()
    assert "Ranking every unit over the 20,000 steps of the text" in view.message.text()
    qtbot.waitUntil(lambda: bool(view.results), timeout=60_000)
    ind = inside_quotes(full.tokens)
    want = rank_units(full, ind, None, top=view.top_n, size=CHUNK)  # the same pieces
    assert view.results == want
    assert np.array_equal(view.indicator, ind)
    best = want[0]
    assert (s.layer, s.direction, s.unit) == (best.layer, best.direction, best.unit)
    for step in (s.step, 15_000):
        s.set_step(step)
        lo, hi = s.run.window_span(step)
        strip = view.strip
        assert strip.offset == lo
        assert np.array_equal(strip.indicator, ind[lo:hi])
        values = full.trace.values(best.name, best.layer, best.direction)[lo:hi, best.unit]
        assert np.array_equal(strip.values, values.astype(float))
        assert strip.value_label == f"{best.name}[{best.unit}]"
        x = strip.LEFT + (step - lo + 0.5) * strip._cell()
        assert strip.step_at(x) == step
        assert strip.describe(step).startswith(f"step {step + 1}:")
    assert view.findChild(QLabel, "longRunNote") is None


def test_the_unit_plot_of_a_long_run_draws_the_exact_window_around_the_step(long, show):
    from gate_explorer.ui.analysis.unit_plot import UnitPlot

    s, full = long
    plot = UnitPlot(s)
    show(plot, (1000, 320))
    s.set_unit(7, "c")
    for step in (12_000, 12_001, 4_000):
        s.set_step(step)
        lo, hi = s.run.window_span(step)
        assert plot.offset == lo
        for name, values in plot.values.items():
            want = full.trace.values(name, s.layer, s.direction)[lo:hi, 7]
            assert np.array_equal(values, want.astype(float)), name
            curve = plot.curves[name]  # its data, before clipping to the view
            assert curve.xData[0] == lo + 0.5
            assert np.array_equal(curve.yData, values)
        f = full.trace.values("f", s.layer, s.direction)[step, 7]
        assert f"current step {step + 1}/20000" in plot.describe(step)
        assert f"{f:.2f}" in plot.describe(step)
        assert f"steps {lo + 1:,}–{hi:,} of 20,000" in plot.title.text()
    assert plot.findChild(QLabel, "longRunNote") is None


def test_an_exported_heatmap_of_a_long_run_spreads_the_overview_over_every_step(long, show):
    from gate_explorer.ui.heatmap.panel import data_from_session

    s, _ = long
    data = data_from_session(s)
    assert data.bin == s.run.bin
    assert data.steps == s.steps
    figure = HeatmapPanel()  # no session, as the Export menu's one-row figure
    show(figure)
    figure.set_data(data, 100)
    row = figure.rows[0]
    assert row.window == (0, s.steps)
    assert row.image.image.shape[1] == -(-s.steps // s.run.bin)
    assert row.image.mapRectToParent(row.image.boundingRect()).width() == pytest.approx(s.steps)


def test_a_long_text_in_the_window_survives_zoom_model_switch_language_and_close(qtbot, settings):
    """What a user does: open a long text, zoom in, visit every analysis view, switch the
    language and the model, close the window and switch the language again. A closed panel
    must not follow the session or the language any more (pyqtgraph's ``close`` deleted its
    items; an exception raised in a language watcher crashed PySide 6.12)."""
    from gate_explorer.ui.window import language
    from gate_explorer.ui.window.main_window import MainWindow

    text = TEXT[:12_000]
    s = Session(debounce_ms=10)
    s.trace_budget = 100_000
    w = MainWindow(s, settings)
    qtbot.addWidget(w)
    w.start(model=None, text=None)
    w.analysis.show()
    s.open_model(ModelRef("random", cell="lstm", hidden=16, layers=2))
    s.set_text(text, immediate=True)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: s.long and not s.busy and s.steps == len(text), timeout=60_000)
    panel = w.heatmaps
    panel.rows[0].vb.setXRange(5_000, 5_200, padding=0)
    qtbot.waitUntil(lambda: panel.long_note.startswith("exact"), timeout=20_000)
    for name in w.analysis.tabs.names():
        w.analysis.tabs.show_view(name)
    try:
        w.language_menu.actions_by_code["ko"].trigger()
        assert w.language_menu.title() != "&Language"
        assert panel.rows
        assert panel.long_note
        assert not panel.long_note.startswith("exact")
        # the rows were rebuilt in Korean: the exact window of the view comes back
        qtbot.waitUntil(lambda: panel._exact is not None, timeout=20_000)
        order = panel.data.rows["c"]
        row = next(r for r in panel.rows if r.name == "c")
        lo, hi = row.window
        want = s.values("c")[lo:hi, order].T
        assert np.array_equal(row.image.image, want)
        s.open_model(ModelRef("random", cell="gru", hidden=8))  # another model, same text
        qtbot.waitUntil(lambda: s.long and not s.busy and "z" in s.names, timeout=60_000)
        assert {r.name for r in panel.rows} == set(s.names)
        w.language_menu.actions_by_code["en"].trigger()
        w.close()
        language.apply("ko")  # the closed window's widgets hear of it: nothing breaks
        s.set_step(100)
    finally:
        language.apply("en")
