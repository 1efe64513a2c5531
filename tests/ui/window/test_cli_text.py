"""``gate-explorer --text``: a huge text gets the same offer to truncate as a huge paste."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gate_explorer import cli
from gate_explorer.session import Session
from gate_explorer.ui.window.main_window import MainWindow


def _window(qtbot, settings) -> MainWindow:
    w = MainWindow(Session(debounce_ms=10), settings)
    qtbot.addWidget(w)
    return w


def test_cli_passes_text_to_the_window(monkeypatch):
    seen = {}
    monkeypatch.setattr("gate_explorer.ui.window.app.run_app", lambda **kw: seen.update(kw) or 0)
    monkeypatch.setattr(
        "gate_explorer.ui.window.app.single_threaded_blas", lambda: seen.update(blas=1)
    )
    assert cli.main(["--text", "hello", "--model", "quotes-gru"]) == 0
    assert seen == {"model": "quotes-gru", "text": "hello", "vocab": None, "series": None,
                    "column": None, "blas": 1}  # fmt: skip


def test_cli_passes_a_series_to_the_window(monkeypatch, capsys):
    seen = {}
    monkeypatch.setattr("gate_explorer.ui.window.app.run_app", lambda **kw: seen.update(kw) or 0)
    monkeypatch.setattr("gate_explorer.ui.window.app.single_threaded_blas", lambda: None)
    argv = ["--model", "sunspots-lstm", "--series", "s.csv", "--column", "SUNACTIVITY"]
    assert cli.main(argv) == 0
    assert (seen["series"], seen["column"]) == ("s.csv", "SUNACTIVITY")
    assert cli.main(["--column", "A"]) == 2  # a column without a series: a message
    assert "--column goes with --series" in capsys.readouterr().err


def test_huge_start_text_asks_before_running(qtbot, settings):
    w = _window(qtbot, settings)
    huge = "ab" * 50_000  # 100,000 characters
    w.start(model=None, text=huge)
    w.show()
    s = w.session
    assert w.text_input.text() == huge
    assert w.text_input.banner.isVisibleTo(w)
    assert "100,000 characters" in w.text_input.banner_label.text()
    assert s.text != huge  # not run: the model's example is what is computed
    assert not s.busy
    assert s.steps < 1000
    qtbot.mouseClick(w.text_input.truncate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: s.steps == w.text_input.limit, timeout=20_000)
    assert s.text == huge[: w.text_input.limit]
    assert not w.text_input.banner.isVisibleTo(w)
    s.shutdown()


def test_huge_start_text_can_run_in_full(qtbot, settings):
    w = _window(qtbot, settings)
    w.text_input.limit = 300
    w.start(model=None, text="xy" * 200)
    w.show()
    assert w.text_input.banner.isVisibleTo(w)
    qtbot.mouseClick(w.text_input.run_all_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.session.steps == 400, timeout=10_000)
    w.session.shutdown()


def test_short_start_text_runs_at_once(qtbot, settings):
    w = _window(qtbot, settings)
    w.start(model=None, text="hello there")
    assert w.session.text == "hello there"
    assert w.session.steps == len("hello there")
    assert not w.text_input.banner.isVisibleTo(w)
    w.session.shutdown()
