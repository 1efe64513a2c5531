"""Default layout: the window fits a low screen, and the analysis dock never squeezes the
heatmaps below the height their rows need."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gate_explorer.ui.window.main_window import MainWindow


def _rows_height(w: MainWindow) -> float:
    return w.heatmaps.ci.effectiveSizeHint(Qt.SizeHint.MinimumSize).height()


def test_window_fits_1024x700(window, qtbot):
    assert window.minimumSizeHint().height() <= 700  # the side panel scrolls instead
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.height() == 700, timeout=2000)


def test_dock_starts_closed_on_a_low_window_and_open_on_a_tall_one(window, qtbot):
    window.analysis.show()
    window.resize(1024, 700)
    window.size_dock_by_default()
    assert not window.analysis.isVisible()
    assert "View > Analysis views" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.heatmaps.height() >= _rows_height(window), timeout=2000)

    window.analysis.show()
    window.resize(1400, 900)
    window.size_dock_by_default()
    qtbot.waitUntil(lambda: window.height() == 900, timeout=2000)
    qtbot.wait(50)
    assert window.analysis.isVisible()
    assert window.analysis.height() >= window.analysis.minimumSizeHint().height()
    assert window.heatmaps.height() >= _rows_height(window)


def test_opening_the_dock_on_a_low_window_keeps_room_for_the_heatmaps(window, qtbot):
    window.resize(1024, 700)
    window.size_dock_by_default()
    qtbot.waitUntil(lambda: window.height() == 700, timeout=2000)
    assert not window.analysis.isVisible()
    window.analysis.toggleViewAction().trigger()  # View > Analysis views
    qtbot.waitUntil(lambda: window.analysis.isVisible(), timeout=2000)
    minimum = window.analysis.minimumSizeHint().height()
    qtbot.waitUntil(lambda: window.analysis.height() <= minimum + 2, timeout=2000)
    assert window.heatmaps.height() > 150


def test_showing_the_dock_any_way_keeps_the_heatmap_rows_whole(qtbot, settings):
    """A dock that started closed (on a low screen) and is shown later without the menu
    (a script, a restored layout) still leaves the heatmaps their rows."""
    from gate_explorer.session import Session

    w = MainWindow(Session(debounce_ms=10), settings)
    qtbot.addWidget(w)
    w.start(model="quotes-lstm", text=None)
    w.resize(1024, 700)
    w.size_dock_by_default()
    assert not w.analysis.isVisible()
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    w.analysis.show()
    qtbot.waitUntil(lambda: w.heatmaps.height() >= _rows_height(w) - 1, timeout=2000)
    assert w.analysis.isVisible()
    w.session.shutdown()


def test_no_analysis_view_makes_the_window_wider_than_1024(window, qtbot):
    window.analysis.show()
    for name in window.analysis.tabs.names():
        window.analysis.tabs.show_view(name)
        assert window.minimumSizeHint().width() <= 1024, name
    window.set_compare(True)
    assert window.minimumSizeHint().width() <= 1024
