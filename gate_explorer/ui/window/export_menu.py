"""File > Export menu and right-click "Export…" on the heatmaps, for the window to install.

The window calls ``install_export_actions(window, panel, session)`` once. Everything asks
for a path through ``ask_path`` and never overwrites a file unless ``confirm(path)`` says so;
both are attributes of the returned ``ExportActions`` so tests can answer them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from gate_explorer.errors import GateExplorerError, message_of
from gate_explorer.export import images
from gate_explorer.export.data import StateGradients, write_csv, write_npz
from gate_explorer.export.render import Renderable
from gate_explorer.ui.window.language import QT_TRANSLATE_NOOP, on_language_change
from gate_explorer.workspace.jobs import Cancelled

PathAsker = Callable[[str, str, str], str]  # (mode "save", title, filter) -> path or ""
Confirm = Callable[[Path], bool]  # may this existing file be replaced?
Gradients = Callable[[], StateGradients | None]
CurrentView = Callable[[], tuple[str, Renderable] | None]  # (title, view) shown, or None

FILTERS = {  # translated where shown (context "ExportActions")
    "png": QT_TRANSLATE_NOOP("ExportActions", "PNG image (*.png)"),
    "svg": QT_TRANSLATE_NOOP("ExportActions", "SVG vector image (*.svg)"),
    "pdf": QT_TRANSLATE_NOOP("ExportActions", "PDF document (*.pdf)"),
    "gif": QT_TRANSLATE_NOOP("ExportActions", "Animated GIF, one frame per step (*.gif)"),
    "mp4": QT_TRANSLATE_NOOP("ExportActions", "MP4 video, one frame per step (*.mp4)"),
    "csv": QT_TRANSLATE_NOOP("ExportActions", "CSV table, whole trace (*.csv)"),
    "npz": QT_TRANSLATE_NOOP("ExportActions", "NumPy arrays, whole trace (*.npz)"),
}
IMAGE_FILTER = ";;".join(FILTERS[f] for f in ("png", "svg", "pdf"))


def dialog_asker(parent: QWidget) -> PathAsker:
    """A save dialog that leaves the overwrite question to ``confirm`` (asked once)."""

    def ask(mode: str, title: str, filters: str) -> str:
        option = QFileDialog.Option.DontConfirmOverwrite
        return QFileDialog.getSaveFileName(parent, title, "", filters, options=option)[0]

    return ask


def dialog_confirm(parent: QWidget) -> Confirm:
    def confirm(path: Path) -> bool:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("ExportActions", "Replace file?"),
            QCoreApplication.translate(
                "ExportActions", "{name} already exists. Replace it?"
            ).format(name=path.name),
        )
        return answer == QMessageBox.StandardButton.Yes

    return confirm


class ExportActions(QObject):
    """Export actions for one window: the view, one plot, an animation, the data."""

    def __init__(
        self,
        window: QWidget,
        panel: Any,
        session: Any = None,
        *,
        ask_path: PathAsker | None = None,
        confirm: Confirm | None = None,
        gradients: Gradients | None = None,
        extra_views: Mapping[str, Renderable] | None = None,
        analysis_view: CurrentView | None = None,
    ) -> None:
        super().__init__(window)
        self.window, self.panel, self.session = window, panel, session
        self.ask_path = ask_path or dialog_asker(window)
        self.confirm = confirm or dialog_confirm(window)
        self.gradients = gradients
        self.extra_views = dict(extra_views or {})
        self.analysis_view = analysis_view
        self.last_path: Path | None = None
        self.menu = self._build_menu()
        self.retranslate()
        on_language_change(self.menu, self.retranslate)

    # ------------------------------------------------------------------ paths
    def _target(self, title: str, formats: tuple[str, ...]) -> Path | None:
        """Ask for a file; add the suffix of the first format when none is given."""
        filters = ";;".join(
            QCoreApplication.translate("ExportActions", FILTERS[f]) for f in formats
        )
        answer = self.ask_path("save", title, filters)
        if not answer:
            return None
        path = Path(answer)
        if path.suffix.lstrip(".").lower() not in formats:
            path = path.with_name(path.name + "." + formats[0])
        if path.exists() and not self.confirm(path):
            return None
        return path

    def _run(
        self, title: str, formats: tuple[str, ...], write: Callable[[Path], Any]
    ) -> Path | None:
        path = self._target(title, formats)
        if path is None:
            return None
        try:
            write(path)
        except Cancelled:
            self._message("show_info", self.tr("Export cancelled"))
            return None
        except GateExplorerError as exc:
            self._message("show_error", message_of(exc))
            return None
        self.last_path = path
        self._message("show_info", self.tr("Exported {name}").format(name=path.name))
        return path

    def _message(self, kind: str, text: str) -> None:
        show = getattr(self.window, kind, None)
        if callable(show):
            show(text)

    # ------------------------------------------------------------------ exports
    def export_view(self) -> Path | None:
        """The whole heatmap panel as the user sees it (PNG, SVG or PDF)."""
        return self._run(
            self.tr("Export view"),
            ("png", "svg", "pdf"),
            lambda p: self._image(p, self.panel.widget),
        )

    def export_plot(self, name: str) -> Path | None:
        """One gate's or state's heatmap, with its title, colour bar and token labels."""
        return self._run(self.tr("Export {name} heatmap").format(name=name), ("png", "svg", "pdf"),
                         lambda p: self._with_plot(name, lambda t: self._image(p, t)))  # fmt: skip

    def plot_figure(self, name: str) -> QWidget | None:
        """A one-row copy of the window's panel for ``name``: same data, order, zoom, step.

        None without a session (then the bare heatmap item is exported).
        """
        from gate_explorer.ui.heatmap.panel import HeatmapData, HeatmapPanel, data_from_session

        if self.session is None or getattr(self.session, "run", None) is None:
            return None
        full = data_from_session(self.session)
        if name not in full.images:
            return None
        pick = {"images", "rows", "levels"}
        one = HeatmapData(full.tokens, (name,), title=full.title, highlight=full.highlight,
                          **{k: {name: getattr(full, k)[name]} for k in pick})  # fmt: skip
        figure = HeatmapPanel()
        row_height = self.panel.plots()[name].sceneBoundingRect().height()
        figure.resize(self.panel.width(), round(max(row_height, 120) + 80))
        figure.set_data(one, self.session.step)
        x0, x1 = self.panel.plots()[name].viewRange()[0]
        figure.plots()[name].setXRange(x0, x1, padding=0)
        return figure

    def _with_plot(self, name: str, use: Callable[[Renderable], Any]) -> Any:
        figure = self.plot_figure(name)
        try:
            return use(figure if figure is not None else self.panel.plots()[name])
        finally:
            if figure is not None:
                figure.deleteLater()

    def export_extra(self, label: str) -> Path | None:
        """Another view the window registered, e.g. the cell diagram."""
        target = self.extra_views[label]
        title = self.tr("Export {label}").format(label=label)
        return self._run(title, ("png", "svg", "pdf"), lambda p: self._image(p, target))

    def export_analysis(self) -> Path | None:
        """The analysis view in the front tab (cell diagram, gradient flow, ...)."""
        shown = self.analysis_view() if self.analysis_view is not None else None
        if shown is None:
            self._message(
                "show_error", self.tr("no analysis view is shown: open View > Analysis views")
            )
            return None
        title, target = shown
        return self._run(
            self.tr("Export the {title} view").format(title=title),
            ("png", "svg", "pdf"),
            lambda p: self._image(p, target),
        )

    def copy_analysis(self) -> bool:
        """The analysis view in the front tab, as an image on the clipboard."""
        shown = self.analysis_view() if self.analysis_view is not None else None
        if shown is None:
            self._message(
                "show_error", self.tr("no analysis view is shown: open View > Analysis views")
            )
            return False
        return self._copy(
            shown[1], self.tr("Copied the {title} view to the clipboard").format(title=shown[0])
        )

    def _image(self, path: Path, target: Renderable) -> None:
        images.write_image(path, target, overwrite=True)

    def export_animation(self) -> Path | None:
        """One frame per step (GIF, or MP4 when imageio-ffmpeg is installed)."""
        from gate_explorer.export import animation  # PIL: imported on demand, not at start-up

        formats = ("gif", "mp4") if animation.video_available() else ("gif",)
        return self._run(self.tr("Export animation"), formats, self._animate)

    def _animate(self, path: Path) -> None:
        from gate_explorer.export import animation

        steps = len(self._run_or_error().tokens)
        writer = animation.write_mp4 if path.suffix.lower() == ".mp4" else animation.write_gif
        dialog = QProgressDialog(self.tr("Rendering frames…"), self.tr("Cancel"), 0, steps,
                                 self.window)  # fmt: skip
        dialog.setWindowModality(Qt.WindowModality.WindowModal)  # no edits mid-animation
        dialog.setMinimumDuration(500)

        def progress(done: int, total: int) -> None:
            dialog.setValue(done)
            QApplication.processEvents()
            if dialog.wasCanceled():
                raise Cancelled

        try:
            writer(path, self.panel.widget, self.panel.set_step, steps, progress=progress)
        finally:
            dialog.close()
            dialog.deleteLater()
            step = self.session.step if self.session is not None else self.panel.step
            self.panel.set_step(step)

    def export_data(self) -> Path | None:
        """The whole trace (every layer, direction and gate) as CSV or NPZ."""
        return self._run(self.tr("Export trace data"), ("csv", "npz"), self._data)

    def _data(self, path: Path) -> None:
        run = self._run_or_error()
        grads = self.gradients() if self.gradients is not None else None
        dialog = QProgressDialog(self.tr("Writing the trace data…"), self.tr("Cancel"), 0, 0,
                                 self.window)  # fmt: skip
        dialog.setWindowModality(Qt.WindowModality.WindowModal)  # a long run streams to disk
        dialog.setMinimumDuration(500)

        def progress(done: int, total: int) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)
            QApplication.processEvents()
            if dialog.wasCanceled():
                raise Cancelled

        try:
            if path.suffix.lower() == ".csv":
                write_csv(path, run, grads, progress=progress)
            else:
                model = getattr(self.session, "model", None)
                meta = {"model": getattr(model, "name", "")}
                write_npz(path, run, grads, meta, progress=progress)
        finally:
            dialog.close()
            dialog.deleteLater()

    def _run_or_error(self) -> Any:
        run = getattr(self.session, "run", None)
        if run is None or not run.tokens:
            raise GateExplorerError(self.tr("nothing to export yet: type some text first"))
        return run

    def copy_view(self) -> bool:
        """The view as an image on the clipboard."""
        return self._copy(self.panel.widget, self.tr("Copied the view to the clipboard"))

    def copy_plot(self, name: str) -> bool:
        """One heatmap as an image on the clipboard."""
        done = self.tr("Copied the {name} heatmap to the clipboard").format(name=name)
        return self._with_plot(name, lambda t: self._copy(t, done))

    def _copy(self, target: Renderable, done: str) -> bool:
        try:
            images.copy_to_clipboard(target)
        except GateExplorerError as exc:
            self._message("show_error", message_of(exc))
            return False
        self._message("show_info", done)
        return True

    # ------------------------------------------------------------------ menus
    def _add(
        self, menu: QMenu, text: str, slot: Callable[[], Any], key: str | None = None
    ) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(lambda _checked=False: slot())
        if key:
            action.setShortcut(key)
        return action

    def _build_menu(self) -> QMenu:
        menu = QMenu(self.window)
        self.named: dict[str, QAction] = {}
        self.named["view"] = self._add(menu, "", self.export_view, "Ctrl+E")
        self.named["animation"] = self._add(menu, "", self.export_animation)
        self.named["data"] = self._add(menu, "", self.export_data)
        self.extra_actions: dict[str, QAction] = {}
        for label in self.extra_views:
            self.extra_actions[label] = self._add(menu, "", lambda lb=label: self.export_extra(lb))
        if self.analysis_view is not None:
            self.named["analysis"] = self._add(menu, "", self.export_analysis)
        menu.addSeparator()
        self.named["copy"] = self._add(menu, "", self.copy_view, "Ctrl+Shift+C")
        if self.analysis_view is not None:
            self.named["copy_analysis"] = self._add(menu, "", self.copy_analysis)
        return menu

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Export"))
        texts = {
            "view": self.tr("&View as image…"),
            "animation": self.tr("&Animation…"),
            "data": self.tr("Trace &data…"),
            "analysis": self.tr("A&nalysis view as image…"),
            "copy": self.tr("&Copy view"),
            "copy_analysis": self.tr("Copy a&nalysis view"),
        }
        for key, action in self.named.items():
            action.setText(texts[key])
        for label, action in self.extra_actions.items():
            action.setText(self.tr("{label} as image…").format(label=label))

    def plot_menu(self, name: str | None) -> QMenu:
        """The right-click menu over the heatmaps (``name``: the plot under the mouse)."""
        menu = QMenu(self.window)
        if name is not None:
            self._add(menu, self.tr("Export {name} heatmap…").format(name=name),
                      lambda: self.export_plot(name))  # fmt: skip
            self._add(menu, self.tr("Copy {name} heatmap").format(name=name),
                      lambda: self.copy_plot(name))  # fmt: skip
            menu.addSeparator()
        self._add(menu, self.tr("Export view…"), self.export_view)
        self._add(menu, self.tr("Copy view"), self.copy_view)
        return menu

    def plot_at(self, viewport_pos: QPoint) -> str | None:
        """Short name of the heatmap under a point of the panel's viewport, if any."""
        scene_pos = self.panel.mapToScene(viewport_pos)
        for name, item in self.panel.plots().items():
            if item.sceneBoundingRect().contains(scene_pos):
                return name
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            menu = self.plot_menu(self.plot_at(event.pos()))
            menu.popup(event.globalPos())
            self.last_menu = menu
            return True
        return super().eventFilter(watched, event)


def install_export_actions(
    window: QWidget, panel: Any, session: Any = None, **options: Any
) -> ExportActions:
    """Add File > Export (or a menu bar entry) and the right-click menu on ``panel``.

    ``panel`` is the ``HeatmapPanel``; ``session`` gives the run and step; ``options`` are
    ``ExportActions``' keywords (``ask_path``, ``confirm``, ``gradients``, ``extra_views``,
    ``analysis_view``). Keep the result: its ``ask_path`` and ``confirm`` can be replaced
    in tests.
    """
    actions = ExportActions(window, panel, session, **options)
    if isinstance(window, QMainWindow):
        file_menu = getattr(window, "file_menu", None) or _file_menu(window)
        if file_menu is None:
            window.menuBar().addMenu(actions.menu)
        else:
            quit_action = getattr(window, "quit_action", None) or next(
                (a for a in file_menu.actions() if "Quit" in a.text()), None
            )
            anchor = quit_action if quit_action is not None else None
            if anchor is not None:
                file_menu.insertMenu(anchor, actions.menu)
                file_menu.insertSeparator(anchor)
            else:
                file_menu.addMenu(actions.menu)
    else:
        for action in actions.menu.actions():
            window.addAction(action)
    panel.viewport().installEventFilter(actions)
    return actions


def _file_menu(window: QMainWindow) -> QMenu | None:
    for action in window.menuBar().actions():
        if action.menu() is not None and action.text().replace("&", "") == "File":
            return action.menu()
    return None
