"""The text field: typing re-runs the network (debounced by the session); huge pastes ask first.

Left/Right move the caret here (the window's step shortcuts do not fire); Escape leaves the
field. A paste longer than ``limit`` characters shows a non-blocking bar offering to
truncate, instead of freezing the window.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gate_explorer.session import Session
from gate_explorer.session.subscription import Subscription
from gate_explorer.ui.window.language import on_language_change

LIMIT = 20_000


class _Editor(QPlainTextEdit):
    sigEscape = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.sigEscape.emit()
            return
        super().keyPressEvent(event)


class TextInput(QWidget):
    """Text field plus the long-text prompt; sends text to the session."""

    sigEscape = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None, limit: int = LIMIT):
        super().__init__(parent)
        self.session = session
        self.limit = limit
        self._allowed = 0  # length the user agreed to run in full
        self._preview: str | None = None  # a longer session text, shown cut to ``limit``
        self.editor = _Editor()
        self.editor.setObjectName("text")
        font = QFont()
        font.setPointSize(12)
        self.editor.setFont(font)
        self.editor.setTabChangesFocus(True)
        self.editor.setFixedHeight(self.editor.fontMetrics().lineSpacing() * 2 + 16)
        self.editor.sigEscape.connect(self.sigEscape)
        self.editor.textChanged.connect(self._on_edited)

        self.banner = QFrame()
        self.banner.setObjectName("longTextBanner")
        self.banner.setStyleSheet(
            "#longTextBanner { background: #fff4e6; border: 1px solid #f59f00;"
            " border-radius: 4px; }"
        )
        self.banner_label = QLabel()
        self.truncate_button = QPushButton()
        self.run_all_button = QPushButton()
        self.truncate_button.clicked.connect(self.truncate)
        self.run_all_button.clicked.connect(self.run_all)
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.banner_label, 1)
        row.addWidget(self.truncate_button)
        row.addWidget(self.run_all_button)
        self.banner.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.editor)
        layout.addWidget(self.banner)
        self.subscription = Subscription(session, {"sigTextChanged": self._on_session_text})
        self._on_session_text(session.text)
        self.retranslate()
        on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        self.editor.setPlaceholderText(
            self.tr("Type or paste text here — the network re-runs as you type")
        )
        self.truncate_button.setText(
            self.tr("Truncate to {n} characters").format(n=f"{self.limit:,}")
        )
        self.run_all_button.setText(self.tr("Run on all of it"))
        if self.banner.isVisibleTo(self):
            self._ask_first(self.text())

    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        """Replace the text as if the user had pasted it."""
        self.editor.setPlainText(text)

    def offer(self, text: str) -> bool:
        """Put ``text`` in the field as a paste would, without running it (e.g. ``--text``).

        Returns True when it may run now; False when it is longer than ``limit``: then the
        field shows the same offer to truncate as a long paste, and nothing runs yet.
        """
        with QSignalBlocker(self.editor):
            self.editor.setPlainText(text)
        return not self._ask_first(text)

    def _ask_first(self, text: str) -> bool:
        """Show the long-text offer when ``text`` needs it (else hide it); True if shown."""
        if len(text) > self.limit and len(text) != self._allowed:
            self.banner_label.setText(
                self.tr(
                    "⚠ This text is {n} characters long; running the network on all of "
                    "it may take a while. Not run yet."
                ).format(n=f"{len(text):,}")
            )
            self.banner.show()
            return True
        self.banner.hide()
        return False

    def _on_edited(self) -> None:
        if self._preview is not None:
            return
        text = self.text()
        if not self._ask_first(text):
            self.session.set_text(text)

    def truncate(self) -> None:
        """Keep the first ``limit`` characters and run on them."""
        self.banner.hide()
        if self._preview is not None:
            text = self._preview[: self.limit]
            self._leave_preview()
            self.session.set_text(text)
        self.editor.setPlainText(self.text()[: self.limit])

    def run_all(self) -> None:
        """Run on the whole long text after all."""
        self._allowed = len(self.text())
        self.banner.hide()
        self.session.set_text(self.text())

    def _on_session_text(self, text: str) -> None:
        shown = self.text()
        if text == shown:
            return
        if len(text) > self.limit:  # e.g. from a session file: never a huge line in the field
            self._show_preview(text)
            return
        appended = self._preview is None and bool(shown) and text.startswith(shown)
        self._leave_preview()
        with QSignalBlocker(self.editor):
            if appended:  # generation: lay out and paint only the new characters
                self._append(text[len(shown) :])
            else:
                self.editor.setPlainText(text)
        self.banner.hide()

    def _append(self, more: str) -> None:
        """Add ``more`` at the end of the field, not an edit of the user's (no run, and, as
        ``setPlainText`` does, no undo step); the caret stays where it was."""
        doc = self.editor.document()
        caret = self.editor.textCursor()
        at, anchor = caret.position(), caret.anchor()
        doc.setUndoRedoEnabled(False)
        end = QTextCursor(doc)
        end.movePosition(QTextCursor.MoveOperation.End)
        end.insertText(more)
        doc.setUndoRedoEnabled(True)
        if caret.position() != at:  # a caret at the end would move along with the text
            caret.setPosition(anchor)
            caret.setPosition(at, QTextCursor.MoveMode.KeepAnchor)
            self.editor.setTextCursor(caret)

    def _show_preview(self, text: str) -> None:
        """Show the first ``limit`` characters of ``text``, read-only: laying out a long
        line freezes a text field (100,000 characters on one line: 2 s; 1,000,000: minutes)."""
        shown = None if self._preview is None else self._preview[: self.limit]
        self._preview = text
        if shown != text[: self.limit]:  # an edit past the preview: the field stays as it is
            with QSignalBlocker(self.editor):
                self.editor.setPlainText(text[: self.limit])
        self.editor.setReadOnly(True)
        self.banner_label.setText(
            self.tr(
                "⚠ This text is {0:,} characters long: the field shows the first {1:,} "
                "(read-only); the model reads all of it."
            ).format(len(text), self.limit)
        )
        self.run_all_button.hide()
        self.banner.show()

    def _leave_preview(self) -> None:
        if self._preview is not None:
            self._preview = None
            self.editor.setReadOnly(False)
            self.run_all_button.show()
