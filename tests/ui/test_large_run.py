"""The window asks (without blocking) before a run above the limits, and shows a long
text from a session cut to the field's limit, read-only."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from gate_explorer.engine import estimate


def test_a_session_with_a_huge_text_asks_and_the_window_stays_live(window, qtbot):
    s = window.session
    old = s.run
    start = time.perf_counter()
    assert s.apply_state(s.state() | {"text": "y" * 100_000_000})
    assert time.perf_counter() - start < 3.0
    box = window.dialogs["largeRun"]
    assert isinstance(box, QMessageBox)
    assert box.isVisible()
    assert box.windowModality() == Qt.WindowModality.NonModal
    assert "limit 2.0 GB" in box.text()
    assert "not run yet" in window.last_error
    assert s.run is old
    field = window.text_input
    assert len(field.text()) == field.limit
    assert field.editor.isReadOnly()
    assert "100,000,000 characters" in field.banner_label.text()
    qtbot.mouseClick(field.truncate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: s.run is not None and s.steps == field.limit, timeout=20_000)
    assert not field.editor.isReadOnly()


def test_run_anyway_runs(window, qtbot, monkeypatch):
    monkeypatch.setattr(estimate, "LIMIT_SECONDS", 0.0001)
    s = window.session
    s.set_text("abc def", immediate=True)
    box = window.dialogs["largeRun"]
    assert s.run.text != "abc def"
    run = next(b for b in box.buttons() if b.text() == "Run anyway")
    qtbot.mouseClick(run, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: s.run.text == "abc def", timeout=10_000)
