"""The real app in its own process: it opens, builds every analysis view, closes, exits 0.

A crash while Qt objects are torn down shows only here (exit code 139), never in-process.
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = r"""
import sys
from PySide6.QtCore import QTimer
import gate_explorer.ui.window.main_window as mw
from gate_explorer.ui.window.app import run_app

start = mw.MainWindow.start

def start_then_close(self, *args, **kwargs):
    start(self, *args, **kwargs)

    def visit_every_view():
        self.analysis.show()
        for name in self.analysis.tabs.names():
            self.analysis.tabs.show_view(name)
        self.session.set_unit(3)
        self.session.set_step(5)
        self.set_compare(True)
        print("views", len(self.analysis.tabs.views), "compare", self.compare is not None)
        QTimer.singleShot(300, self.close)

    QTimer.singleShot(200, visit_every_view)

mw.MainWindow.start = start_then_close
sys.exit(run_app("memory-lstm"))
"""


def test_the_app_opens_every_view_and_exits_cleanly(tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path),  # private settings
        "HOME": str(tmp_path),
    }
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True,
                          text=True, timeout=120, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    from gate_explorer.ui.analysis.tabs import TABS

    assert f"views {len(TABS)} compare True" in done.stdout  # every tab was built
