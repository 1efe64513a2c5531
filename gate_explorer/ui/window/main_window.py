"""The Gate Explorer window: model bar, text, token chips, heatmaps, answer, stepper, menus.

Every widget observes the same ``Session``; the window only wires them up, owns the
shortcuts, menus, drag-and-drop, settings and messages. File dialogs go through
``ask_path`` so tests can answer them without a modal loop.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gate_explorer.engine.tokenize import replace_surrogates
from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable
from gate_explorer.session import (
    ModelRef,
    Session,
    bundled_models,
    default_ref,
    example_text,
    load_state,
    ref_for_path,
    save_state,
)
from gate_explorer.ui.analysis.tabs import AnalysisDock
from gate_explorer.ui.heatmap.legend import GateLegend
from gate_explorer.ui.heatmap.panel import HeatmapPanel
from gate_explorer.ui.window import help_text
from gate_explorer.ui.window.answer import AnswerView
from gate_explorer.ui.window.language import language_menu, on_language_change, translated
from gate_explorer.ui.window.language_offer import LanguageOfferBar
from gate_explorer.ui.window.model_bar import ModelBar
from gate_explorer.ui.window.seq2seq_bar import Seq2SeqBar
from gate_explorer.ui.window.stepper import Stepper
from gate_explorer.ui.window.text_input import TextInput
from gate_explorer.ui.window.tokens import ShadeBar, TokenChips
from gate_explorer.ui.window.view_controls import ViewControls
from gate_explorer.workspace.state import CompareState, LayoutState, SessionState

if TYPE_CHECKING:  # built on demand: not needed for the first paint
    from gate_explorer.ui.window.compare_view import ComparePane, MainSide

TITLE = "Gate Explorer"
ORG = "gate-explorer"
WEIGHTS_FILTER = (
    "Weights (*.npz *.safetensors *.pt *.pth *.h5 *.hdf5 *.keras *.onnx);;All files (*)"
)
SESSION_FILTER = "Gate Explorer session (*.json)"
SERIES_FILTER = "Series (*.csv *.tsv *.txt *.npy);;All files (*)"
VOCAB_SUFFIXES = (".txt", ".vocab")

PathAsker = Callable[[str, str, str], str]  # (mode "open"/"save", title, filter) -> path or ""
ItemAsker = Callable[[str, str, list[str], int], str]  # (title, label, items, default) -> "" or one


def _dialog_ask(parent: QWidget) -> PathAsker:
    def ask(mode: str, title: str, filters: str) -> str:
        from PySide6.QtWidgets import QFileDialog

        if mode == "save":
            return QFileDialog.getSaveFileName(parent, title, "", filters)[0]
        return QFileDialog.getOpenFileName(parent, title, "", filters)[0]

    return ask


def _item_ask(parent: QWidget) -> ItemAsker:
    def ask(title: str, label: str, items: list[str], default: int) -> str:
        from PySide6.QtWidgets import QInputDialog

        item, ok = QInputDialog.getItem(parent, title, label, items, default, False)
        return item if ok else ""

    return ask


def default_settings() -> QSettings:
    return QSettings(ORG, ORG)


class MainWindow(QMainWindow):
    """The main window; give it a ``Session`` and (in tests) a private ``QSettings``."""

    busy_delay_ms = 200  # a run shows the progress bar only once it has taken this long

    def __init__(
        self,
        session: Session | None = None,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session or Session(self)
        self.settings = settings or default_settings()
        self.ask_path: PathAsker = _dialog_ask(self)
        self.ask_item: ItemAsker = _item_ask(self)
        self.series = None  # the io.series.Series shown, if one was opened
        self.last_error = ""
        self.dialogs: dict[str, QDialog] = {}
        self._example: str | None = None  # the example text we filled in, if unchanged
        self._token_kind: str | None = None
        self.setWindowTitle(TITLE)
        self.setAcceptDrops(True)
        self._build()
        self._build_menus()
        from gate_explorer.ui.window.export_menu import install_export_actions

        self.export_actions = install_export_actions(
            self, self.heatmaps, self.session, analysis_view=self.analysis.current_view
        )
        self._build_shortcuts()
        s = self.session
        s.sigError.connect(self.show_error)
        s.sigBusy.connect(self._on_busy)
        s.sigProgress.connect(self._on_progress)
        s.sigLoading.connect(self._on_loading)
        s.sigChooseModule.connect(self.choose_module)
        s.sigModelChanged.connect(self._on_model)
        s.sigWeightsChanged.connect(self._show_title)  # a training snapshot: its name
        s.sigTooLarge.connect(self.ask_large_run)
        s.engine.sigChanged.connect(
            lambda: self.show_info(s.engine.label())
        )  # the compiled loop has loaded (or failed to): say which path runs now

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        s = self.session
        self.model_bar = ModelBar(s)
        self.model_bar.sigOpenFile.connect(self.open_model_dialog)
        self.text_input = TextInput(s)
        self.text_input.sigEscape.connect(self.focus_heatmaps)
        self.text_input.editor.viewport().installEventFilter(self)
        self.language_offer = LanguageOfferBar(s)  # Hangul the model does not know
        self.language_offer.sigSwitched.connect(
            lambda name: self.show_info(self.tr("Opened {label}").format(label=name))
        )
        self.chips = TokenChips(s)
        self.shade_bar = ShadeBar(self.chips)
        self.view_controls = ViewControls(s)
        self.seq2seq_bar = Seq2SeqBar(s, self.view_controls)  # an encoder-decoder's stack, target
        self.view_controls.layout().insertWidget(4, self.seq2seq_bar)  # after layer, direction
        self.heatmaps = HeatmapPanel(s)
        self.heatmaps.sigHover.connect(self._on_hover)
        self.heatmaps.sigCellClicked.connect(self._on_cell_clicked)
        self.answer = AnswerView(s)
        self.legend = GateLegend(s)
        self.stepper = Stepper(s)

        side_content = QWidget()
        side_layout = QVBoxLayout(side_content)
        side_layout.setContentsMargins(4, 0, 4, 0)
        side_layout.addWidget(self.answer)
        side_layout.addWidget(self.legend)
        side_layout.addStretch(1)
        side = QScrollArea()  # scrolls on a low screen instead of making the window too tall
        side.setObjectName("sidePanel")
        side.setWidget(side_content)
        side.setWidgetResizable(True)
        side.setFrameShape(QFrame.Shape.NoFrame)
        side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.setMinimumWidth(240)
        self.side = side
        self.compare: ComparePane | None = None  # model B, shown right of the heatmaps
        self._main_side: MainSide | None = None
        self._compare_ref: ModelRef | None = None  # B when comparing was last turned off
        self._plain_sizes = [1000, 290]  # splitter sizes without B
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.heatmaps)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([1000, 290])
        self.splitter.setChildrenCollapsible(False)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 4, 6, 2)
        layout.setSpacing(4)
        layout.addWidget(self.model_bar)
        layout.addWidget(self.text_input)
        layout.addWidget(self.language_offer)
        layout.addWidget(self.shade_bar)
        layout.addWidget(self.chips)
        layout.addWidget(self.view_controls)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.stepper)
        self.setCentralWidget(central)
        self.analysis = AnalysisDock(s, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.analysis)

        self.readout = QLabel()
        self.readout.setObjectName("hoverReadout")
        self.progress = QProgressBar()  # indeterminate until the worker reports progress
        self.progress.setObjectName("runProgress")
        self.progress.setMaximumWidth(180)
        self._on_progress(0, 0)
        self.progress.hide()
        self.statusBar().addWidget(self.readout, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self._busy_timer = QTimer(self, singleShot=True, interval=self.busy_delay_ms)
        self._busy_timer.timeout.connect(self.progress.show)
        self._error_timer = QTimer(self, singleShot=True, interval=12_000)
        self._error_timer.timeout.connect(lambda: self.statusBar().setStyleSheet(""))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = file_menu = bar.addMenu("")
        self.open_action = self._action(file_menu, "Ctrl+O", self.open_model_dialog)
        self.open_vocab_action = self._action(file_menu, None, self.open_model_vocab_dialog)
        self.series_action = self._action(file_menu, None, self.open_series_dialog)
        file_menu.addSeparator()
        self.open_session_action = self._action(file_menu, "Ctrl+Shift+O",
                                                self.open_session_dialog)  # fmt: skip
        self.save_session_action = self._action(file_menu, "Ctrl+S", self.save_session_dialog)
        file_menu.addSeparator()
        self.quit_action = self._action(file_menu, "Ctrl+Q", self.close)
        self.view_menu = view_menu = bar.addMenu("")
        self.edit_text_action = self._action(view_menu, "Ctrl+L", self.focus_text)
        self.reset_zoom_action = self._action(view_menu, "Ctrl+0", self.heatmaps.reload)
        view_menu.addSeparator()
        toggle = self.analysis.toggleViewAction()
        toggle.setShortcut(QKeySequence("Ctrl+Shift+A"))
        # however the dock is shown (menu, key, restored layout, code), keep the heatmaps whole
        self.analysis.visibilityChanged.connect(
            lambda on: on and QTimer.singleShot(0, self.fit_dock)
        )
        view_menu.addAction(toggle)
        self.compare_action = QAction(self)
        self.compare_action.setCheckable(True)
        self.compare_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.compare_action.toggled.connect(self.set_compare)
        view_menu.addAction(self.compare_action)
        view_menu.addSeparator()
        self.language_menu = language_menu(self, self.settings)
        view_menu.addMenu(self.language_menu)
        self.model_menu = model_menu = bar.addMenu("")
        self.generate_action = self._action(model_menu, "Ctrl+G", self.generate)
        self.discard_action = self._action(
            model_menu, "Ctrl+Shift+G", lambda: self.session.generation.discard()
        )
        from gate_explorer.ui.window.train_actions import TrainActions

        model_menu.addSeparator()
        self.train = TrainActions(self, model_menu)  # Model > Train a model… (Ctrl+T)
        self.help_menu = help_menu = bar.addMenu("")
        self.shortcuts_action = self._action(help_menu, "F1", self.show_shortcuts)
        self.gate_names_action = self._action(help_menu, None, self.show_gate_names)
        self.about_action = self._action(help_menu, None, self.show_about)
        self.retranslate()
        on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        """Every text of the menus and the window in the current language."""
        self.file_menu.setTitle(self.tr("&File"))
        self.open_action.setText(self.tr("&Open weights file…"))
        self.open_vocab_action.setText(self.tr("Open weights with &vocabulary…"))
        self.series_action.setText(self.tr("Open se&ries…"))
        self.open_session_action.setText(self.tr("Open &session…"))
        self.save_session_action.setText(self.tr("&Save session…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.edit_text_action.setText(self.tr("&Edit text"))
        self.reset_zoom_action.setText(self.tr("Reset heatmap &zoom"))
        self.analysis.toggleViewAction().setText(self.tr("&Analysis views"))
        self.compare_action.setText(self.tr("&Compare with another model…"))
        self.compare_action.setToolTip(
            self.tr("The same text through a second model, side by side")
        )
        self.model_menu.setTitle(self.tr("&Model"))
        self.generate_action.setText(self.tr("&Generate (continue the text) / stop"))
        self.discard_action.setText(self.tr("&Discard generated text"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.gate_names_action.setText(self.tr("&Gate names"))
        self.about_action.setText(self.tr("&About Gate Explorer"))
        model = self.session.model
        self.setWindowTitle(self.tr("Gate Explorer") + (f" — {model.name}" if model else ""))
        self._on_progress(0, 0)
        self.statusBar().clearMessage()  # a passing message in the old language
        for key, (title, html) in self._dialog_texts().items():
            dialog = self.dialogs.get(key)
            if dialog is not None:
                dialog.setWindowTitle(title)
                dialog.findChild(QLabel, "dialogText").setText(html)

    def generate(self) -> None:
        """Show the Generate tab and start (or stop) writing with its settings."""
        self.analysis.show()
        view = self.analysis.tabs.show_view("generateView")
        view.toggle()

    def _action(self, menu, key: str | None, slot) -> QAction:
        action = QAction(self)
        if key:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_shortcuts(self) -> None:
        """Window-wide keys; a text field keeps its own Left/Right/Home/End/Space."""
        s = self.session
        keys = {
            Qt.Key.Key_Right: lambda: s.step_by(1),
            Qt.Key.Key_Left: lambda: s.step_by(-1),
            Qt.Key.Key_PageDown: lambda: s.step_by(10),
            Qt.Key.Key_PageUp: lambda: s.step_by(-10),
            Qt.Key.Key_Home: s.first,
            Qt.Key.Key_End: s.last,
            Qt.Key.Key_Space: s.toggle_playing,
        }
        self.shortcuts: list[QShortcut] = []
        for key, slot in keys.items():
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
            sc.setAutoRepeat(True)
            sc.activated.connect(slot)
            self.shortcuts.append(sc)

    # ------------------------------------------------------------------ focus
    def focus_heatmaps(self) -> None:
        self.heatmaps.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_text(self) -> None:
        self.text_input.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # ------------------------------------------------------------------ messages
    def show_error(self, message: str | BaseException) -> None:
        """Show a user-caused error in the status bar (the window keeps working): the text
        of ``message`` (or the exception's), translated when the lower layers marked it."""
        message = translated(message)
        self.last_error = message
        self.statusBar().setStyleSheet("QStatusBar { color: #c92a2a; }")
        self.statusBar().showMessage(f"⚠ {message}", 12_000)
        self._error_timer.start()

    def ask_large_run(self, message: str) -> QMessageBox:
        """A run above the engine's limits: say so and offer to run it anyway (not modal:
        the window stays usable, and a new text or model simply replaces the question)."""
        message = translated(message)
        self.show_error(message)
        box = self.dialogs.get("largeRun")
        if box is None:
            box = QMessageBox(self)
            box.setWindowTitle(self.tr("Long run"))
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowModality(Qt.WindowModality.NonModal)
            run = box.addButton(self.tr("Run anyway"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
            run.clicked.connect(self.session.allow_large_run)
            self.dialogs["largeRun"] = box
        box.setText(self.tr("{0}. The old run stays on screen until then.").format(message))
        box.show()
        return box

    def show_info(self, message: str) -> None:
        self.statusBar().setStyleSheet("")
        self.statusBar().showMessage(translated(message), 6_000)

    def _on_cell_clicked(self, _name: str, _unit: int, _step: int) -> None:
        """A clicked heatmap row plots beneath, unless the front view already shows the unit."""
        if not self.analysis.tabs.current_shows_unit():
            self.analysis.tabs.show_view("unitPlot")

    def _weights_filter(self) -> str:
        return self.tr(
            "Weights (*.npz *.safetensors *.pt *.pth *.h5 *.hdf5 *.keras *.onnx);;All files (*)"
        )

    def _session_filter(self) -> str:
        return self.tr("Gate Explorer session (*.json)")

    def _on_hover(self, text: str) -> None:
        self.readout.setText(text)

    def _on_busy(self, busy: bool) -> None:
        if busy:
            self._on_progress(0, 0)
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.progress.hide()

    def _on_progress(self, done: int, total: int) -> None:
        """A long run's progress: "running… 42%" (total 0: indeterminate, "running…")."""
        bar = self.progress
        bar.setRange(0, max(total, 0))
        bar.setValue(min(max(done, 0), max(total, 0)))
        bar.setFormat(self.tr("running… %p%") if total > 0 else self.tr("running…"))
        plan, steps = self.session.run_plan
        if plan == "reverse" and total > 0:
            bar.setFormat(self.tr("re-running the whole text (a reverse direction reads it "
                                  "from the end)… %p%"))  # fmt: skip
        elif plan == "tail" and total > 0:
            bar.setFormat(self.tr("re-running the last {0} steps… %p%").format(f"{steps:,}"))

    def _on_loading(self, done: int, total: int) -> None:
        """A large file loading in the worker thread: "loading… 42%"."""
        self._on_progress(done, total)
        self.progress.setFormat(self.tr("loading… %p%") if total > 0 else self.tr("loading…"))

    def choose_module(self, ref: ModelRef, modules: tuple[tuple[str, str], ...]) -> QDialog:
        """Ask which recurrent module of ``ref``'s file to show (non-modal), then open it."""
        from gate_explorer.ui.window.module_dialog import ask_module

        old = self.dialogs.pop("module", None)
        if old is not None:
            old.deleteLater()

        def open_ref(chosen: ModelRef) -> None:
            if self.session.open_model(chosen):
                label = self.session.model_ref.label()
                self.show_info(self.tr("Opened {label}").format(label=label))

        self.dialogs["module"] = ask_module(self, ref, modules, open_ref)
        return self.dialogs["module"]

    def _on_model(self) -> None:
        model = self.session.shown_model  # an encoder-decoder: the pair, not one stack
        if model is None:
            return
        self._show_title()
        kind = model.tokenizer.kind
        text = self.session.text
        if not text or text == self._example or kind != self._token_kind:
            self._example = example_text(model)  # the user's own text stays when it fits
            self.session.set_text(self._example, immediate=True)
        self._token_kind = kind

    def _show_title(self) -> None:
        model = self.session.shown_model
        if model is not None:
            self.setWindowTitle(self.tr("Gate Explorer") + f" — {model.name}")

    def _dialog(self, key: str, title: str, html: str) -> QDialog:
        dialog = self.dialogs.get(key)
        if dialog is None:
            dialog = QDialog(self)
            dialog.setWindowTitle(title)
            label = QLabel()
            label.setObjectName("dialogText")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            QVBoxLayout(dialog).addWidget(label)
            self.dialogs[key] = dialog
        dialog.findChild(QLabel, "dialogText").setText(html)
        dialog.show()
        dialog.raise_()
        return dialog

    def _dialog_texts(self) -> dict[str, tuple[str, str]]:
        return {
            "shortcuts": (self.tr("Keyboard shortcuts"), help_text.shortcuts_html()),
            "gates": (self.tr("Gate names"), help_text.gate_names_html()),
            "about": (self.tr("About Gate Explorer"), help_text.about_html()),
        }

    def show_shortcuts(self) -> QDialog:
        return self._dialog("shortcuts", *self._dialog_texts()["shortcuts"])

    def show_gate_names(self) -> QDialog:
        return self._dialog("gates", *self._dialog_texts()["gates"])

    def show_about(self) -> QDialog:
        return self._dialog("about", *self._dialog_texts()["about"])

    # ------------------------------------------------------------------ files
    def open_model_dialog(self) -> None:
        path = self.ask_path("open", self.tr("Open weights file"), self._weights_filter())
        if path:
            self.open_model_file(path)

    def open_model_vocab_dialog(self) -> None:
        path = self.ask_path("open", self.tr("Open weights file"), self._weights_filter())
        if not path:
            return
        vocab = self.ask_path(
            "open", self.tr("Vocabulary (optional)"), self.tr("Vocabulary (*.txt *.json *.vocab)")
        )
        self.open_model_file(path, vocab or None)

    def open_model_file(self, path: str | Path, vocab: str | Path | None = None) -> bool:
        """Load a weights file (the dialog's and drag-and-drop's path); old model stays on error."""
        ok = self.session.open_model(ref_for_path(path, vocab))
        if ok and self.session.loading is not None:  # a large file: loading in the worker
            self.show_info(self.tr("Opening {name}…").format(name=Path(path).name))
        elif ok:
            self.show_info(self.tr("Opened {label}").format(label=Path(path).name))
        return ok

    def open_series_dialog(self) -> None:
        """File > Open series…: a CSV/TSV column or a .npy array as a numeric model's input."""
        if self._series_refused():
            return
        path = self.ask_path("open", self.tr("Open series"), SERIES_FILTER)
        if path:
            self.open_series(path)

    def _series_refused(self) -> bool:
        model = self.session.shown_model
        if model is not None and model.embedding.numeric:
            return False
        name = model.name if model is not None else ""
        kind = model.tokenizer.kind if model is not None else ""
        self.show_error(
            self.tr(
                "A series is the input of a numeric model; {0} reads {1} tokens: open a numeric "
                "model (e.g. sunspots-lstm) first"
            ).format(name, kind)
        )
        return True

    def open_series(self, path: str | Path, column: str | None = None) -> bool:
        """Read a series (``io.series``) and run the model on it; when a CSV/TSV file has
        several numeric columns and ``column`` is None, ask which. A bad file is a message."""
        from gate_explorer.io.series import numeric_columns, read_series

        if self._series_refused():
            return False
        try:
            if column is None:
                columns = numeric_columns(path)
                if len(columns) > 1:
                    column = self.ask_item(
                        self.tr("Open series"),
                        self.tr("{0} has several numeric columns. Which one is the series?").format(
                            Path(path).name
                        ),
                        columns,
                        len(columns) - 1,
                    )
                    if not column:
                        return False
            series = read_series(path, column)
        except GateExplorerError as exc:
            self.show_error(exc)
            return False
        model = self.session.shown_model
        self.series = series
        self.session.set_text(series.as_text(), immediate=True)
        if not model.embedding.scaled:
            self.show_error(
                self.tr(
                    "Notice: {0} records no input scaling: the file's values are fed as they "
                    "are, so they should be in the range the model was trained on"
                ).format(model.name)
            )
        else:
            self.show_info(self.tr("Series: {0:,} values from {1}").format(
                len(series.values), translated(series.note)))  # fmt: skip
        self.series_action.setData(str(path))
        return True

    def open_session_dialog(self) -> None:
        path = self.ask_path("open", self.tr("Open session"), self._session_filter())
        if path:
            self.open_session(path)

    def save_session_dialog(self) -> None:
        path = self.ask_path("save", self.tr("Save session"), self._session_filter())
        if path:
            if not path.endswith(".json"):
                path += ".json"
            self.save_session(path)

    def open_session(self, path: str | Path) -> bool:
        try:
            state = load_state(path)
        except GateExplorerError as exc:
            self.show_error(exc)
            return False
        ok = self.session.apply_state(state)
        if ok:
            self._apply_layout(state.layout)
            self.show_info(self.tr("Opened session {name}").format(name=Path(path).name))
        return ok

    def save_session(self, path: str | Path) -> bool:
        try:
            save_state(path, replace(self.session.session_state(), layout=self._layout_state()))
        except GateExplorerError as exc:
            self.show_error(self.tr("session not saved: {0}").format(translated(exc)))
            return False
        except OSError as exc:
            reason = self.tr("cannot write {path}: {why}").format(
                path=path, why=exc.strerror or exc
            )
            self.show_error(self.tr("session not saved: {0}").format(reason))
            return False
        self.show_info(self.tr("Saved session to {name}").format(name=Path(path).name))
        return True

    def _layout_state(self) -> LayoutState:
        sizes = self._plain_sizes if self.compare is not None else self.splitter.sizes()
        splitter = (sizes[0], sizes[1]) if len(sizes) >= 2 and min(sizes[:2]) > 0 else None
        pane = self.compare
        if pane is not None:
            b = pane.session
            both = self.splitter.sizes()[:2]
            compare = CompareState(True, pane.model_ref, b.layer, b.direction,
                                   (both[0], both[1]) if min(both) > 0 else None)  # fmt: skip
        else:
            compare = CompareState(False, self._compare_ref)
        return LayoutState(splitter, compare)

    def _apply_layout(self, layout: LayoutState | None) -> None:
        """Splitter sizes and the compare pane of a checked ``SessionState``."""
        if layout is None:
            return
        compare = layout.compare
        if not compare.on:
            self.set_compare(False)
        if layout.splitter is not None:
            self._plain_sizes = list(layout.splitter)
            if self.compare is None:
                self.splitter.setSizes(self._plain_sizes)
        ref = compare.model
        if compare.on:
            if self.compare is not None and ref is not None and ref != self.compare.model_ref:
                self.compare.open_model(ref)
            self.set_compare(True, ref)
            self.compare.apply_state({"layer": compare.layer, "direction": compare.direction})
            if compare.sizes is not None:
                self.splitter.setSizes([*compare.sizes, 0])
        elif ref is not None:
            self._compare_ref = ref

    # ------------------------------------------------------------------ compare
    def set_compare(self, on: bool, ref: ModelRef | None = None) -> None:
        """Show model B right of the heatmaps, stepping with them, or hide it again.

        B is ``ref``, else the last B, else a sibling of the main model (quotes-lstm:
        quotes-gru). The side panel hides while comparing: each header shows its answer.
        """
        with QSignalBlocker(self.compare_action):
            self.compare_action.setChecked(on)
        if on == (self.compare is not None):
            return
        if on:
            from gate_explorer.ui.window.compare_view import ComparePane, MainSide

            self._plain_sizes = self.splitter.sizes()
            pane = ComparePane(self.session)
            pane.sigClose.connect(lambda: self.set_compare(False))
            pane.sigError.connect(self.show_error)
            pane.sigHover.connect(self._on_hover)
            pane.start(ref or self._compare_ref)
            self._main_side = MainSide(self.session, self.heatmaps)  # takes the heatmaps
            self.splitter.insertWidget(0, self._main_side)
            self.splitter.insertWidget(1, pane)
            self.splitter.setStretchFactor(0, 1)
            self.splitter.setStretchFactor(1, 1)
            self.side.hide()
            total = sum(self._plain_sizes) or self.splitter.width()
            self.splitter.setSizes([total - total // 2, total // 2, 0])
            self.compare = pane
        else:
            pane, wrapper = self.compare, self._main_side
            self.compare, self._main_side = None, None
            self._compare_ref = pane.model_ref
            pane.shutdown()
            wrapper.detach()
            self.splitter.insertWidget(0, self.heatmaps)  # back out of the wrapper
            for widget in (pane, wrapper):
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
            self.side.show()
            self.splitter.setSizes(self._plain_sizes)
        self.focus_heatmaps()

    def open_dropped(self, paths: list[str]) -> None:
        """Open dropped files: a session (.json), or weights plus an optional vocabulary."""
        if not paths:
            return
        sessions = [p for p in paths if p.lower().endswith(".json") and _is_session(p)]
        if sessions:
            self.open_session(sessions[0])
            return
        if len(paths) == 1 and paths[0].lower().endswith(".json"):
            self.open_session(paths[0])  # not a valid session: says what is wrong with it
            return
        suffixes = (*VOCAB_SUFFIXES, ".json")
        vocab = next((p for p in paths if p.lower().endswith(suffixes)), None)
        weights = [p for p in paths if p != vocab]
        if weights:
            self.open_model_file(weights[0], vocab)
        else:
            self.show_error(
                self.tr("{name} is not a weights or session file").format(name=Path(paths[0]).name)
            )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        self.open_dropped(paths)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """File drops onto the text field open the file instead of pasting its path."""
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            mime = event.mimeData()
            if mime.hasUrls() and any(u.isLocalFile() for u in mime.urls()):
                event.acceptProposedAction()
                if kind == QEvent.Type.Drop:
                    self.dropEvent(event)
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ start and settings
    def start(
        self,
        model: str | None = None,
        text: str | None = None,
        vocab: str | None = None,
        series: str | None = None,
        column: str | None = None,
        **choices: str | None,
    ) -> None:
        """Open the model and text to show first: arguments, else last time's, else defaults.

        ``choices``: ``module``, ``kind``, ``head_activation`` for a weights file (the
        ``--module``, ``--kind``, ``--head-activation`` options); ``series`` (and
        ``column``): a series file as the text (``open_series``)."""
        saved = self._saved_state()
        ref = _ref_from_argument(model, vocab, **choices) if model else None
        restored = ref is None and saved is not None
        if ref is None and saved is not None:
            ref = saved.model
        if ref is None or not self.session.open_model(ref):
            from PySide6.QtCore import QLocale  # the UI language (QLocale.setDefault, LANG)

            if not self.session.open_model(default_ref(QLocale().name())):
                self.session.open_model(ModelRef("random"))
        if text is not None:
            text, bad = replace_surrogates(text)
            if bad:
                self.show_error(
                    self.tr("--text held {0} byte(s) that are not UTF-8: shown as U+FFFD").format(
                        bad
                    )
                )
            if self.text_input.offer(text):  # a huge --text asks first, as a paste does
                self.session.set_text(text, immediate=True)
        elif restored and saved.text is not None and self.session.model_ref == ref:
            self.session.apply_state(replace(saved, model=None, interventions=(), layout=None))
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes) and geometry and self.restoreGeometry(geometry):
            docks = self.settings.value("window/docks")
            if isinstance(docks, QByteArray | bytes) and docks:
                self.restoreState(docks)  # False on garbage: the default layout stays
        else:
            screen = self.screen().availableGeometry()
            self.resize(min(1400, screen.width()), min(900, screen.height()))
            self.size_dock_by_default()
        if saved is not None:
            self._apply_layout(saved.layout)
        if series is not None:
            self.open_series(series, column)
        self.focus_heatmaps()

    def size_dock_by_default(self) -> None:
        """First start (later ones restore the user's layout): the analysis dock gets a
        quarter of the height, at least its minimum, when the heatmaps keep room for all
        their rows; on a lower screen (1024x700, 1366x768) it starts closed instead of
        cutting the heatmaps off (View > Analysis views, Ctrl+Shift+A, opens it)."""
        dock = self.analysis
        height = max(self.height() // 4, dock.minimumSizeHint().height())
        around = (
            self.menuBar().sizeHint().height()
            + self.statusBar().sizeHint().height()
            + self.centralWidget().minimumSizeHint().height()
            - self.splitter.minimumSizeHint().height()
        )
        rows = self.heatmaps.ci.effectiveSizeHint(Qt.SizeHint.MinimumSize).height()
        if self.height() - around - height < rows:
            dock.hide()
            self.show_info(self.tr("Analysis views start closed on a screen this low: "
                                   "View > Analysis views (Ctrl+Shift+A) opens them"))  # fmt: skip
        else:
            self.resizeDocks([dock], [height], Qt.Orientation.Vertical)

    def fit_dock(self) -> None:
        """Shrink the analysis dock (not below its minimum) until the heatmap rows fit: used
        when the user opens it on a low window, where Qt would give it its full size."""
        dock = self.analysis
        short = self.heatmaps.ci.effectiveSizeHint(Qt.SizeHint.MinimumSize).height()
        short -= self.heatmaps.height()
        if dock.isVisible() and not dock.isFloating() and short > 0:
            height = max(dock.height() - int(short), dock.minimumSizeHint().height())
            self.resizeDocks([dock], [height], Qt.Orientation.Vertical)

    def _saved_state(self) -> SessionState | None:
        """Last time's state from the settings; one that fails its checks is dropped, and
        the status bar says why (the window always starts)."""
        raw = self.settings.value("session/state")
        if not raw:
            return None
        try:
            if not isinstance(raw, str):
                raise GateExplorerError(
                    translatable("expected JSON text, found {type}").format(type=type(raw).__name__)
                )
            return SessionState.from_json(json.loads(raw, parse_constant=float))
        except (GateExplorerError, ValueError, RecursionError) as exc:
            self.show_error(self.tr("last session not restored: {0}").format(translated(exc)[:300]))
            return None

    def save_settings(self) -> None:
        """Remember text, model, view and layout for the next launch."""
        state = replace(self.session.session_state(), layout=self._layout_state())
        self.settings.setValue("session/state", json.dumps(state.to_json()))
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/docks", self.saveState())
        self.settings.sync()

    def showEvent(self, event) -> None:
        """Take keyboard focus when shown, so the step keys work without a click."""
        super().showEvent(event)
        if not event.spontaneous():
            self.activateWindow()
            self.raise_()
            if self.focusWidget() is None:
                self.focus_heatmaps()

    def closeEvent(self, event) -> None:
        self.save_settings()
        self.session.shutdown()
        if self.compare is not None:
            self.compare.shutdown()
        for dialog in self.dialogs.values():
            dialog.close()
        super().closeEvent(event)


def _is_session(path: str) -> bool:
    try:
        load_state(path)
    except GateExplorerError:
        return False
    return True


def _ref_from_argument(model: str, vocab: str | None, **choices: str | None) -> ModelRef:
    """``--model`` is a bundled name when it is one (or has no file), else a path; a path
    keeps the ``choices`` (``module``, ``kind``, ``head_activation``) given with it."""
    names = {m.name for m in bundled_models()}
    if model in names or (not Path(model).exists() and "/" not in model and "." not in model):
        return ModelRef("bundled", name=model, vocab=vocab or "")
    return replace(ref_for_path(model, vocab), **{k: v for k, v in choices.items() if v})
