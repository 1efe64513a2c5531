"""Runs off the GUI thread: a new run cancels a stale one; closing mid-run returns at once.

Issue 16 case 8: closing the window during a run blocked 10 s, then printed "RuntimeError:
Signal source has been deleted" from the worker; a stale run delayed the next one.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

from gate_explorer.session import Session, core
from gate_explorer.workspace.jobs import Cancelled
from gate_explorer.workspace.models import random_model


def test_a_new_text_cancels_the_stale_run(qtbot, monkeypatch):
    ended: list[tuple[str, str]] = []
    rerun_job = core.rerun_job  # every run in the worker is this job (from the edit on)

    def recording(model, old, text, progress, **options):  # options: the engine path
        try:
            run = rerun_job(model, old, text, progress, **options)
        except Cancelled:
            ended.append((text[:5], "cancelled"))
            raise
        ended.append((text[:5], "finished"))
        return run

    monkeypatch.setattr(core, "rerun_job", recording)
    s = Session()
    s.sync_cost = 0.0  # every run goes to the worker thread
    s.set_model(random_model("lstm", hidden=256, layers=2))
    with qtbot.waitSignal(s.sigProgress, timeout=10_000):
        s.set_text("first " * 4000, immediate=True)
    with qtbot.waitSignal(s.sigRunChanged, timeout=60_000):
        s.set_text("second", immediate=True)
    assert s.run.text == "second"
    qtbot.waitUntil(lambda: len(ended) == 2, timeout=10_000)
    assert sorted(ended) == [("first", "cancelled"), ("secon", "finished")]
    s.shutdown()


CLOSE_MID_RUN = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication
    from gate_explorer.session import Session, random_model
    from gate_explorer.ui.window.main_window import MainWindow

    app = QApplication([])
    session = Session()
    session.sync_cost = 0.0
    w = MainWindow(session, QSettings(sys.argv[1], QSettings.Format.IniFormat))
    w.show()
    session.set_model(random_model("lstm", hidden=384, layers=3))
    session.set_text("a long text " * 3000, immediate=True)
    took = []

    def close():
        assert session.busy, "the run should still be going"
        t0 = time.perf_counter()
        w.close()
        took.append(time.perf_counter() - t0)
        QTimer.singleShot(200, app.quit)

    session.sigProgress.connect(lambda *_: QTimer.singleShot(0, close) if not took else None)
    app.exec()
    w.deleteLater()
    del w, session
    print(f"CLOSE {took[0]:.3f}")
    """
)


def test_closing_the_window_during_a_run_returns_at_once(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-c", CLOSE_MID_RUN, str(tmp_path / "settings.ini")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Signal source has been deleted" not in proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr
    took = float(proc.stdout.split("CLOSE")[1])
    assert took < 1.5  # was 10 s: the window waited for the run
