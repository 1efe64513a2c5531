"""An encoder-decoder's controls beside layer and direction: the stack and the target.

The stack combo shows which stack computed the current step and goes to the first step of
the one chosen; the target field teacher-forces the decoder with what the user types
(empty: the decoder writes its own answer greedily). Hidden for one-stack models.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from gate_explorer.session import Session, seq2seq
from gate_explorer.session.subscription import Subscription
from gate_explorer.ui.window.language import on_language_change
from gate_explorer.workspace.seq2seq import STACKS


class Seq2SeqBar(QWidget):
    """Stack selector and teacher-forcing target of an encoder-decoder."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.stack = QComboBox()
        self.stack.setObjectName("stackCombo")
        for stack in STACKS:
            self.stack.addItem("", stack)  # texts in ``retranslate``
        self.target = QLineEdit()
        self.target.setObjectName("targetEdit")
        self.target.setMinimumWidth(160)
        self.stack_label, self.target_label = QLabel(), QLabel()
        self.target.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=300)
        self._debounce.timeout.connect(self.apply_target)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        layout.addWidget(self.stack_label)
        layout.addWidget(self.stack)
        layout.addSpacing(8)
        layout.addWidget(self.target_label)
        layout.addWidget(self.target)
        self.stack.currentIndexChanged.connect(self._on_chosen)
        self.target.textEdited.connect(lambda _t: self._debounce.start())
        self.target.returnPressed.connect(self.apply_target)
        self.subscription = Subscription(session, {
            "sigModelChanged": self._on_model,
            "sigRunChanged": self._on_step,
            "sigStepChanged": self._on_step,
        })  # fmt: skip
        self.retranslate()
        on_language_change(self, self.retranslate)
        self._on_model()

    def retranslate(self) -> None:
        """Every text of the bar, in the window's language."""
        self.stack_label.setText(self.tr("Stack"))
        self.target_label.setText(self.tr("Target"))
        self.stack.setItemText(0, self.tr("encoder"))
        self.stack.setItemText(1, self.tr("decoder"))
        self.stack.setToolTip(
            self.tr("The stack that computed the current step; choose one to go to its first step")
        )
        self.target.setPlaceholderText(self.tr("empty: the decoder writes its own answer"))
        self.target.setToolTip(
            self.tr("Teacher forcing: the decoder reads this target instead of its own answers")
        )

    def apply_target(self) -> None:
        """Teacher-force with the typed target now (empty: greedy)."""
        self._debounce.stop()
        seq2seq.set_target(self.session, self.target.text())

    def _on_chosen(self, index: int) -> None:
        if 0 <= index < len(STACKS):
            seq2seq.set_stack(self.session, STACKS[index])

    def _on_model(self) -> None:
        on = seq2seq.shown(self.session.shown_model) is not None
        self.setVisible(on)
        if on:
            with QSignalBlocker(self.target):
                self.target.setText(seq2seq.target(self.session) or "")
        self._on_step()

    def _on_step(self, *_: object) -> None:
        stack = self.session.stack
        if stack:
            with QSignalBlocker(self.stack):
                self.stack.setCurrentIndex(STACKS.index(stack))
