"""*Model > Train a model…*: the menu action and the window's one ``Training``.

Apart from the dialog so that the window's start-up imports neither the dialog nor the
training loop (about 60 ms): both load when the action is first used.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from gate_explorer.ui.window.language import on_language_change

if TYPE_CHECKING:
    from gate_explorer.session.training import Training
    from gate_explorer.ui.window.train_dialog import TrainDialog


class TrainActions(QObject):
    """*Model > Train a model…* (Ctrl+T) and the one ``Training`` of a window (made when
    first asked for); the training process ends when the window closes."""

    report_s = 1.0  # the status bar's training line, while the dialog is closed

    def __init__(self, window: QMainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(window)
        self.action.setShortcut(QKeySequence("Ctrl+T"))
        self.retranslate()
        on_language_change(window, self.retranslate)
        self.action.triggered.connect(self.show)
        menu.addAction(self.action)
        self.dialog: TrainDialog | None = None
        self._training: Training | None = None
        self._last = 0.0
        window.installEventFilter(self)

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Train a model…"))
        self.action.setToolTip(self.tr("Train a model on a bundled task and watch it learn"))

    @property
    def training(self) -> Training:
        if self._training is None:
            from gate_explorer.session.training import Training

            self._training = Training(self.window.session)
            self._training.sigProgress.connect(self._report)
            self._training.sigMessage.connect(self._message)
        return self._training

    def show(self) -> TrainDialog:
        if self.dialog is None:
            from gate_explorer.ui.window.train_dialog import TrainDialog

            self.dialog = TrainDialog(self.training, self.window.settings, self.window)
            self.window.dialogs["train"] = self.dialog
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def _hidden(self) -> bool:
        return self.dialog is None or not self.dialog.isVisible()

    def _report(self, done: int, total: int) -> None:
        now = time.perf_counter()
        if self._hidden() and now - self._last > self.report_s:
            self._last = now
            self.window.show_info(
                self.tr("Training: step {0} of {1} (Ctrl+T shows it)").format(done, total)
            )

    def _message(self, message: str) -> None:
        if self._hidden():
            self.window.show_info(message)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.window and event.type() == QEvent.Type.Close and self._training:
            self._training.shutdown()
        return False
