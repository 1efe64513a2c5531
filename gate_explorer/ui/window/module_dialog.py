"""The dialog that asks which recurrent module to show when a file holds several."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gate_explorer.workspace.models import ModelRef


class ModuleDialog(QDialog):
    """Lists ``modules`` ((name, description) pairs); ``chosen()`` is the picked name."""

    def __init__(
        self, file_name: str, modules: Sequence[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("moduleDialog")
        self.setWindowTitle(self.tr("Choose a recurrent module"))
        label = QLabel(
            self.tr("{file} holds {count} recurrent modules. Which one should be shown?").format(
                file=file_name, count=sum("+" not in name for name, _ in modules)
            )  # "A+B": both, as an encoder-decoder (io.seq2seq_files.pair_choice)
        )
        label.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("moduleList")
        for name, description in modules:
            item = QListWidgetItem(description)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))


def ask_module(
    parent: QWidget,
    ref: ModelRef,
    modules: Sequence[tuple[str, str]],
    open_ref: Callable[[ModelRef], object],
) -> ModuleDialog:
    """Ask (non-modal) which of ``modules`` in ``ref``'s file to show; on Open, call
    ``open_ref`` with ``ref`` and the chosen module (``Session.sigChooseModule``'s answer,
    for the main window and the compare pane alike)."""
    dialog = ModuleDialog(Path(ref.path).name, modules, parent)

    def accepted() -> None:
        name = dialog.chosen()
        if name is not None:
            open_ref(replace(ref, module=name))

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog
