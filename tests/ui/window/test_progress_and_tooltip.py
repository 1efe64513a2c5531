"""A long run's determinate progress bar, and the hover tooltip next to the cursor."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from gate_explorer.session import ModelRef, Session, random_model
from gate_explorer.ui.window.main_window import MainWindow


def test_stale_progress_is_dropped(session, qtbot):
    session.sync_cost = 0  # force the worker path
    session.set_model(random_model("gru", 16, 2), ModelRef("random", cell="gru", hidden=16))
    reports: list[tuple[int, int]] = []
    session.sigProgress.connect(lambda done, total: reports.append((done, total)))
    session.set_text("ab" * 1500, immediate=True)  # superseded before any report arrives
    session.set_text("cd" * 400, immediate=True)
    qtbot.waitUntil(lambda: not session.busy and session.steps == 800, timeout=20_000)
    assert reports
    assert {total for _, total in reports} == {2 * 800}
    assert reports[-1] == (1600, 1600)


def test_long_run_shows_percent_then_hides_the_bar(qtbot, settings, monkeypatch):
    monkeypatch.setattr(MainWindow, "busy_delay_ms", 0)  # show the bar as soon as it runs
    w = MainWindow(Session(debounce_ms=10), settings)
    qtbot.addWidget(w)
    s = w.session
    s.set_model(random_model("lstm", 128, 2), ModelRef("random", cell="lstm", hidden=128))
    w.show()
    qtbot.waitExposed(w)
    s.sync_cost = 0  # force the worker path
    seen: list[tuple[bool, int, int, str]] = []
    bar = w.progress
    s.sigProgress.connect(
        lambda *_: seen.append((bar.isVisible(), bar.value(), bar.maximum(), bar.text()))
    )
    s.set_text("the cat sat. " * 300, immediate=True)  # 3,900 steps, 2 layers
    qtbot.waitUntil(lambda: not s.busy, timeout=30_000)
    assert s.steps == 3900
    shown = [x for x in seen if x[0] and x[1] > 0]
    assert shown, seen[:5]
    _, value, maximum, text = shown[0]
    assert maximum == 2 * 3900
    assert text == f"running… {100 * value // maximum}%"
    assert seen[-1][1:3] == (7800, 7800)
    assert not bar.isVisible()
    assert s.run is not None
    assert len(s.run.tokens) == 3900


def test_hover_tooltip_matches_the_readout(window, qtbot):
    panel = window.heatmaps
    row = panel.rows[2]  # the candidate
    scene = row.vb.mapViewToScene(QPointF(3.5, 1.5))
    qtbot.mouseMove(panel.viewport(), panel.mapFromScene(scene))
    qtbot.waitUntil(lambda: window.readout.text() != "", timeout=2000)
    tip = panel.tooltip
    assert tip.isVisible()
    assert tip.text() == window.readout.text()
    assert "unit 1" in tip.text()
