"""The analysis views under the heatmaps, one tab each, in a dock the user can hide or float.

``TABS`` is the one list of views, in tab order: the window builds its tabs from it, the
export command its ``--view`` choices. Each entry loads its class on first use, so a view's
module is imported only when its tab is first shown (start-up time depends on it). To add a
view: write ``gate_explorer/ui/analysis/<module>.py`` with an ``AnalysisView`` subclass and
add one ``Tab`` line here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QDockWidget, QFrame, QScrollArea, QTabWidget, QWidget

from gate_explorer.session import Session
from gate_explorer.ui import analysis as views
from gate_explorer.ui.analysis.base import AnalysisView
from gate_explorer.ui.window.language import QT_TRANSLATE_NOOP, on_language_change


@dataclass(frozen=True)
class Tab:
    """One analysis view: its object name, tab title (English, translated when shown in the
    ``AnalysisTabs`` context), class loader, ``gate-explorer export --view`` name ("" when
    not exported) and whether it shows the selected unit (a heatmap click then keeps it)."""

    name: str
    title: str
    load: Callable[[], type[AnalysisView]]
    export: str = ""
    shows_unit: bool = False


# fmt: off
TABS: tuple[Tab, ...] = (
    Tab("cellDiagram", "Cell", lambda: views.cell_diagram.CellDiagram, "cell", True),
    Tab("unitPlot", "Unit over time", lambda: views.unit_plot.UnitPlot, "unit", True),
    Tab("gradientView", "Gradient flow", lambda: views.gradient_view.GradientView, "gradients"),
    Tab("unitFinder", "Find units", lambda: views.unit_finder_view.UnitFinderView),
    Tab("interventionView", "Interventions",
        lambda: views.intervention_view.InterventionView, shows_unit=True),
    Tab("saturationView", "Saturation", lambda: views.saturation_view.SaturationView, "saturation"),
    Tab("textView", "Text view", lambda: views.text_view.TextView, "text", True),
    Tab("generateView", "Generate", lambda: views.generate_view.GenerateView),
    # views register above this line
)
# fmt: on
# the tab titles above, for pyside6-lupdate (shown through QCoreApplication.translate)
_TITLES = (
    QT_TRANSLATE_NOOP("AnalysisTabs", "Cell"),
    QT_TRANSLATE_NOOP("AnalysisTabs", "Unit over time"),
    QT_TRANSLATE_NOOP("AnalysisTabs", "Gradient flow"),
    QT_TRANSLATE_NOOP("AnalysisTabs", "Find units"),
    QT_TRANSLATE_NOOP("AnalysisTabs", "Interventions"),
    QT_TRANSLATE_NOOP("AnalysisTabs", "Saturation"),
    QT_TRANSLATE_NOOP("AnalysisTabs", "Text view"),
    QT_TRANSLATE_NOOP("AnalysisTabs", "Generate"),
)

MIN_PAGE = QSize(320, 140)  # below its own minimum a view scrolls inside its tab


def tab(name: str) -> Tab:
    """The entry of the view with object name ``name``."""
    return next(t for t in TABS if t.name == name)


def exported(view: str) -> Tab:
    """The entry of the view ``gate-explorer export --view view`` renders."""
    return next(t for t in TABS if t.export == view)


def export_names() -> tuple[str, ...]:
    """The ``--view`` names of the exported views, in tab order."""
    return tuple(t.export for t in TABS if t.export)


class AnalysisTabs(QTabWidget):
    """One tab per analysis view, each built the first time it is shown (fast start-up)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("analysisTabs")
        self.setDocumentMode(True)
        self.session = session
        self.views: dict[str, AnalysisView] = {}  # the views built so far, by object name
        self._tabs: dict[str, Tab] = {}
        self._pages: dict[str, QScrollArea] = {}
        for entry in TABS:
            # a view taller or wider than the dock scrolls, rather than squeezing the heatmaps
            page = QScrollArea()
            page.setWidgetResizable(True)
            page.setFrameShape(QFrame.Shape.NoFrame)
            page.setMinimumSize(MIN_PAGE)
            self._tabs[entry.name] = entry
            self._pages[entry.name] = page
            self.addTab(page, QCoreApplication.translate("AnalysisTabs", entry.title))
        self.currentChanged.connect(self._on_current)
        on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        """Tab titles in the current language; the views built so far are built anew
        (their state lives in the session), so every label they set is retranslated."""
        for index, entry in enumerate(TABS):
            self.setTabText(index, QCoreApplication.translate("AnalysisTabs", entry.title))
        for name in list(self.views):
            old = self.views.pop(name)
            self._pages[name].takeWidget()
            old.hide()
            old.deleteLater()
            self.view(name)

    def _on_current(self, _index: int) -> None:
        if name := self.current_name():
            self.view(name)

    def view(self, name: str) -> AnalysisView:
        """The view ``name``, built now if it has not been yet."""
        if name not in self.views:
            view = self._tabs[name].load()(self.session)
            view.setObjectName(name)
            self._pages[name].setWidget(view)
            self.views[name] = view
        return self.views[name]

    def show_view(self, name: str) -> AnalysisView:
        """Bring the tab of view ``name`` to the front and return the view."""
        view = self.view(name)
        self.setCurrentWidget(self._pages[name])
        return view

    def current_view(self) -> tuple[str, AnalysisView] | None:
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

    def current_shows_unit(self) -> bool:
        """True when the front view shows the selected unit (see ``Tab.shows_unit``)."""
        name = self.current_name()
        return bool(name) and self._tabs[name].shows_unit


class AnalysisDock(QDockWidget):
    """The dock holding ``AnalysisTabs``; View > Analysis views toggles it."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Analysis"))
        on_language_change(self, lambda: self.setWindowTitle(self.tr("Analysis")))
        self.setObjectName("analysisDock")
        self.setAllowedAreas(
            Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.tabs = AnalysisTabs(session, self)
        self.setWidget(self.tabs)
        if self.tabs.count():
            self.tabs.view(self.tabs.names()[0])

    def current_view(self) -> tuple[str, AnalysisView] | None:
        """The front view, for export; None while the dock is hidden."""
        return self.tabs.current_view() if self.isVisible() else None
