"""GUI test fixtures: isolated settings and a window (models and sessions: tests/conftest.py)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QSettings

from gate_explorer.session import ModelRef, Session


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path, monkeypatch):
    """No test reads or writes the user's real settings."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(tmp_path / "qsettings"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))


@pytest.fixture
def excepthook_errors(monkeypatch) -> list:
    """The exceptions that reach ``sys.excepthook`` during the test (where an exception
    raised in a Qt slot or event filter is reported), as ``(type, value, traceback)``."""
    errors: list = []
    monkeypatch.setattr(sys, "excepthook", lambda *exc: errors.append(exc))
    return errors


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings):
    """A shown main window on a small random LSTM with a short text."""
    from gate_explorer.ui.window.main_window import MainWindow

    w = MainWindow(Session(debounce_ms=10), settings)
    qtbot.addWidget(w)
    w.start(model=None, text=None)
    w.analysis.show()  # the offscreen screen is 800x800, where the dock would start closed
    w.session.open_model(ModelRef("random", cell="lstm", hidden=8))
    w.session.set_text("hello world", immediate=True)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    w.focus_heatmaps()
    yield w
    w.session.shutdown()
