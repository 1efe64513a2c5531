"""The window always starts, whatever its settings hold; saving a session says when it fails."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from gate_explorer.session import Session
from gate_explorer.ui.window.main_window import MainWindow
from gate_explorer.workspace.state import field_paths

from ..disk import fill_disk
from ..workspace.corrupt import GARBAGE, VALID, corrupted

GEOMETRY_GARBAGE = (QByteArray(b"\x00\xff" * 40), QByteArray(b"garbage"), "not bytes", 12345)


def _leaf_paths() -> list[str]:
    paths = [p for p, _ in field_paths()]
    return [p for p in paths if not any(n.startswith(p + ".") for n in paths)]


def _launch(qtbot, settings: QSettings) -> MainWindow:
    w = MainWindow(Session(debounce_ms=10), settings)
    qtbot.addWidget(w)
    w.start()
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.mark.parametrize("path", _leaf_paths())
def test_the_window_starts_with_garbage_in_any_saved_field(qtbot, tmp_path, path):
    """Each field of SessionState (walked, not listed) gets garbage, as does the geometry;
    the window still opens on a model, and says the last session was not restored."""
    k = _leaf_paths().index(path)
    value = GARBAGE[k % len(GARBAGE)]
    if isinstance(value, float) and value != value:
        value = float("nan")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("session/state", json.dumps(corrupted(path, value)))
    settings.setValue("window/geometry", GEOMETRY_GARBAGE[k % len(GEOMETRY_GARBAGE)])
    settings.setValue("window/docks", QByteArray(b"\x01" * 33))
    settings.sync()
    w = _launch(qtbot, settings)
    assert w.isVisible()
    assert w.session.model is not None
    qtbot.waitUntil(lambda: w.session.run is not None)
    w.session.shutdown()


def test_nan_speed_in_settings_is_dropped_with_a_message(qtbot, settings):
    """The issue's case: view.speed NaN in the settings stopped every launch."""
    state = corrupted("view.speed", float("nan"))
    settings.setValue("session/state", json.dumps(state))
    w = _launch(qtbot, settings)
    assert "last session not restored" in w.last_error
    assert "view.speed" in w.last_error
    assert w.session.speed == 8.0
    w.session.shutdown()


@pytest.mark.parametrize("raw", ["{", "[1, 2]", "null", "1e400", '"text"', 7, "\ud800"])
def test_settings_that_are_not_a_state_at_all(qtbot, settings, raw):
    settings.setValue("session/state", raw)
    w = _launch(qtbot, settings)
    assert w.session.model is not None
    w.session.shutdown()


def test_a_valid_saved_state_still_comes_back(qtbot, settings):
    settings.setValue("session/state", json.dumps(VALID))
    w = _launch(qtbot, settings)
    assert w.last_error == ""
    assert w.session.text == "hello there"
    assert w.session.sort == "mean"
    w.session.shutdown()


# ---------------------------------------------------------------- case 3: saving can fail
def test_saving_into_a_read_only_folder_shows_a_message(window, tmp_path, monkeypatch):
    target = tmp_path / "s.json"
    target.write_text("old")

    def fail(*_a, **_k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("gate_explorer.atomic.os.replace", fail)
    assert not window.save_session(target)
    assert "session not saved" in window.last_error
    assert "Permission denied" in window.last_error
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["s.json"]  # no temporary file left


def test_saving_when_the_writer_fails_part_way_keeps_the_old_file(window, tmp_path, monkeypatch):
    target = tmp_path / "s.json"
    target.write_text("old")
    real = Path.write_bytes

    def half(self, data):
        real(self, data[: len(data) // 2])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", half)
    assert not window.save_session(target)
    assert "No space left on device" in window.last_error
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["s.json"]


def test_saving_onto_a_full_disk_shows_a_message(window, small_disk):
    target = small_disk / "s.json"
    target.write_text("old")
    fill_disk(small_disk / "filler")
    window.session.set_text("x" * 100_000, immediate=True)  # a session larger than what is left
    assert not window.save_session(target)
    assert "session not saved" in window.last_error
    assert target.read_text() == "old"
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler", "s.json"]


def test_saving_into_a_read_only_mount_shows_a_message(window, small_disk):
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    assert not os.access(small_disk, os.W_OK)
    assert not window.save_session(small_disk / "s.json")
    assert "session not saved" in window.last_error
    assert "not writable" in window.last_error or "Read-only" in window.last_error


def test_dropping_a_corrupt_json_says_what_is_wrong(window, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"format": "gate-explorer-session", "view": {"layer": "abc"}}')
    window.open_dropped([str(path)])
    assert "session.view.layer" in window.last_error
    assert "unknown file type" not in window.last_error
    path.write_text("{not json")
    window.open_dropped([str(path)])
    assert "broken.json is not a session file: bad JSON" in window.last_error


def test_the_real_app_starts_with_a_nan_speed_in_its_settings(tmp_path):
    """The issue's case end to end: `gate-explorer` with the user's settings file holding
    view.speed NaN (every launch used to exit 1); here it opens its window."""
    import sys

    conf = tmp_path / "xdg" / "gate-explorer"
    conf.mkdir(parents=True)
    settings = QSettings(str(conf / "gate-explorer.conf"), QSettings.Format.IniFormat)
    settings.setValue("session/state", json.dumps(corrupted("view.speed", float("nan"))))
    settings.setValue("window/geometry", QByteArray(b"\x00garbage"))
    settings.sync()
    probe = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "real = QApplication.exec\n"
        "def report():\n"
        "    shown = [w for w in QApplication.topLevelWidgets()\n"
        "             if type(w).__name__ == 'MainWindow' and w.isVisible()]\n"
        "    print('SHOWN', len(shown), shown[0].last_error if shown else '', flush=True)\n"
        "    QApplication.instance().quit()\n"
        "def exec_(self=None):\n"
        "    QTimer.singleShot(0, report)\n"
        "    return real()\n"
        "QApplication.exec = exec_\n"
        "from gate_explorer.cli import main\n"
        "sys.exit(main([]))\n"
    )
    root = Path(__file__).resolve().parents[2]
    env = {
        **os.environ,
        "XDG_CONFIG_HOME": str(tmp_path / "xdg"),
        "PYTHONPATH": str(root),
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "SHOWN 1 last session not restored: session.view.speed" in done.stdout
