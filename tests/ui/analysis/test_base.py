"""``AnalysisView`` and ``TABS``: one base for every view, one list of tabs, loaded lazily."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtWidgets import QTabWidget, QWidget

from gate_explorer.session import Session
from gate_explorer.ui.analysis.base import AnalysisView
from gate_explorer.ui.analysis.tabs import TABS, export_names
from gate_explorer.workspace.models import random_model


class Recorder(AnalysisView):
    """A minimal view: records which of its slots ran, with what."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.calls: list[tuple[str, object]] = []

    def follows(self):
        return {
            "sigStepChanged": lambda step: self.calls.append(("step", step)),
            "sigViewChanged": lambda: self.calls.append(("view", None)),
        }


def _session() -> Session:
    s = Session()
    s.set_model(random_model("lstm", hidden=8, layers=2))
    s.set_text("hello world", immediate=True)
    return s


def test_a_shown_view_gets_every_signal(qtbot):
    s = _session()
    view = Recorder(s)  # top level: never considered hidden, as an export renders it
    s.set_step(2)
    s.set_view(layer=1)
    assert view.calls == [("step", 2), ("view", None)]
    s.shutdown()


def test_a_hidden_view_catches_up_once_when_shown(qtbot):
    s = _session()
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    front, view = QWidget(), Recorder(s)
    tabs.addTab(front, "front")
    tabs.addTab(view, "recorder")
    tabs.show()
    qtbot.waitExposed(tabs)
    assert view.is_hidden()
    s.set_step(1)
    s.set_view(layer=1)
    s.set_step(3)
    assert view.calls == []  # skipped while hidden
    tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: bool(view.calls))
    assert view.calls == [("view", None), ("step", 3)]  # once each, latest order and value
    tabs.setCurrentWidget(front)
    tabs.setCurrentWidget(view)
    assert view.calls == [("view", None), ("step", 3)]  # nothing pending: nothing replayed
    s.shutdown()


def test_a_deleted_view_is_not_called(qtbot):
    s = _session()
    parent = QWidget()
    view = Recorder(s, parent)
    calls = view.calls
    parent.deleteLater()
    qtbot.waitUntil(lambda: not view.subscription._pairs)  # destroyed: disconnected
    s.set_step(2)
    assert calls == []
    s.shutdown()


def test_every_tab_is_an_analysis_view_with_a_unique_name():
    names = [t.name for t in TABS]
    assert len(set(names)) == len(names)
    for tab in TABS:
        assert issubclass(tab.load(), AnalysisView), tab.name
    assert export_names() == ("cell", "unit", "gradients", "saturation", "text")


def test_the_export_command_offers_the_exported_tabs():
    from gate_explorer.cli import build_parser

    parser = build_parser()
    export = parser._subparsers._group_actions[0].choices["export"]
    view = next(a for a in export._actions if a.dest == "view")
    from gate_explorer.headless.shapes import SHAPE_VIEWS

    # the tabs, then the sequence-shape views (not tabs of their own)
    assert tuple(view.choices) == ("heatmaps", *export_names(), *SHAPE_VIEWS)
    assert SHAPE_VIEWS == ("seq2seq", "series", "jacobian")


LAZY = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from gate_explorer.ui.window.main_window import MainWindow
w = MainWindow()
loaded = sorted(m for m in sys.modules if m.startswith("gate_explorer.ui.analysis.")
                and m.split(".")[3] not in ("base", "tabs"))
print("LOADED", loaded)
"""


def test_only_the_first_tab_is_imported_at_start_up(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-c", LAZY],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**__import__("os").environ, "XDG_CONFIG_HOME": str(tmp_path)},
    )
    assert proc.returncode == 0, proc.stderr
    loaded = proc.stdout.split("LOADED", 1)[1]
    assert "cell_diagram" in loaded
    for other in ("unit_plot", "gradient_view", "unit_finder_view", "saturation_view",
                  "intervention_view"):  # fmt: skip
        assert other not in loaded
