"""A closed heatmap panel on a session that outlives it: runs and language changes no
longer reach it (pyqtgraph's ``close`` deletes the items of its scene)."""

from __future__ import annotations

from gate_explorer.session import Session
from gate_explorer.ui.heatmap.panel import HeatmapPanel
from gate_explorer.ui.window import language
from gate_explorer.workspace.models import ModelRef


def test_a_closed_panel_follows_neither_its_session_nor_the_language(qtbot, excepthook_errors):
    s = Session(debounce_ms=10)
    s.open_model(ModelRef("random", cell="lstm", hidden=8))
    s.set_text("hello world", immediate=True)
    closed, open_ = HeatmapPanel(s), HeatmapPanel(s)
    for panel in (closed, open_):
        qtbot.addWidget(panel)
        panel.show()
    qtbot.waitExposed(open_)
    closed.close()  # as pytest-qt closes a widget: its C++ side lives until deleteLater runs
    try:
        language.apply("ko")
        s.set_text("hello there", immediate=True)
        qtbot.waitUntil(lambda: s.run.text == "hello there" and not s.busy, timeout=10_000)
        s.set_step(3)
    finally:
        language.apply("en")
    assert excepthook_errors == []
    assert closed.rows == []
    assert [r.name for r in open_.rows] == list(s.names)  # the open one still follows
    assert open_.data.steps == len("hello there")
    s.shutdown()


def test_a_closed_loss_curve_ignores_language_changes(qtbot, excepthook_errors):
    from gate_explorer.ui.window.train_dialog import LossCurve

    curve = LossCurve()  # not given to qtbot: pyqtgraph's close runs once only
    curve.show()
    curve.close()  # it drops the plot item; the C++ widget lives until deleteLater runs
    try:
        language.apply("ko")
    finally:
        language.apply("en")
    assert excepthook_errors == []
    curve.deleteLater()
