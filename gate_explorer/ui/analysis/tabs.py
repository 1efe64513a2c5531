"""The analysis views under the heatmaps, one tab each, in a dock the user can hide or float.

Each view is a widget class taking the ``Session`` as its first argument; it observes the
session's signals and reads the trace, like every other view. ``VIEWS`` lists them in tab
order; the main window builds them all once.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDockWidget, QFrame, QScrollArea, QTabWidget, QWidget

from gate_explorer.session import Session

# (tab title, "module:Class", object name); the class is built with (session).
VIEWS: tuple[tuple[str, str, str], ...] = (
    ("Cell", "gate_explorer.ui.analysis.cell_diagram:CellDiagram", "cellDiagram"),
    ("Unit over time", "gate_explorer.ui.analysis.unit_plot:UnitPlot", "unitPlot"),
    ("Gradient flow", "gate_explorer.ui.analysis.gradient_view:GradientView", "gradientView"),
    ("Find units", "gate_explorer.ui.analysis.unit_finder_view:UnitFinderView", "unitFinder"),
    (
        "Interventions",
        "gate_explorer.ui.analysis.intervention_view:InterventionView",
        "interventionView",
    ),
    ("Saturation", "gate_explorer.ui.analysis.saturation_view:SaturationView", "saturationView"),
    # views register above this line
)

MIN_PAGE = QSize(320, 140)  # below its own minimum a view scrolls inside its tab


def view_class(spec: str) -> type[QWidget]:
    """The widget class named by ``"module:Class"``."""
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name)


class AnalysisTabs(QTabWidget):
    """One tab per analysis view, each built the first time it is shown (fast start-up)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("analysisTabs")
        self.setDocumentMode(True)
        self.session = session
        self.views: dict[str, QWidget] = {}  # the views built so far, by object name
        self._specs: dict[str, str] = {}
        self._pages: dict[str, QScrollArea] = {}
        for title, spec, name in VIEWS:
            # a view taller or wider than the dock scrolls, rather than squeezing the heatmaps
            page = QScrollArea()
            page.setWidgetResizable(True)
            page.setFrameShape(QFrame.Shape.NoFrame)
            page.setMinimumSize(MIN_PAGE)
            self._specs[name] = spec
            self._pages[name] = page
            self.addTab(page, title)
        self.currentChanged.connect(self._on_current)

    def _on_current(self, _index: int) -> None:
        if name := self.current_name():
            self.view(name)

    def view(self, name: str) -> QWidget:
        """The view ``name``, built now if it has not been yet."""
        if name not in self.views:
            view = view_class(self._specs[name])(self.session)
            view.setObjectName(name)
            self._pages[name].setWidget(view)
            self.views[name] = view
        return self.views[name]

    def show_view(self, name: str) -> QWidget:
        """Bring the tab of view ``name`` to the front and return the view."""
        view = self.view(name)
        self.setCurrentWidget(self._pages[name])
        return view

    def current_view(self) -> tuple[str, QWidget] | None:
        """(tab title, view) of the front tab, or None when there are no views."""
        name = self.current_name()
        if not name:
            return None
        return self.tabText(self.currentIndex()).replace("&", ""), self.view(name)

    def current_name(self) -> str:
        """Object name of the view in the front tab ("" when there is none)."""
        page = self.currentWidget()
        return next((name for name, p in self._pages.items() if p is page), "")

    def names(self) -> list[str]:
        """Object names of all views, in tab order."""
        return list(self._pages)


class AnalysisDock(QDockWidget):
    """The dock holding ``AnalysisTabs``; View > Analysis views toggles it."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__("Analysis", parent)
        self.setObjectName("analysisDock")
        self.setAllowedAreas(
            Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.tabs = AnalysisTabs(session, self)
        self.setWidget(self.tabs)
        if self.tabs.count():
            self.tabs.view(self.tabs.names()[0])

    def current_view(self) -> tuple[str, QWidget] | None:
        """The front view, for export; None while the dock is hidden."""
        return self.tabs.current_view() if self.isVisible() else None
