"""The notices badge next to the model: a count, and on click the list of every guess the
loader made, with the switch where a guess changes the numbers (relu or tanh)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from gate_explorer.notices import Notice
from gate_explorer.session import Session
from gate_explorer.ui.window.language import on_language_change, translated

STYLE = (
    "QToolButton {{ background: {bg}; color: #5c3c00; border: 1px solid {border};"
    " border-radius: 8px; padding: 1px 8px; font-weight: bold; }}"
)
INFO = STYLE.format(bg="#fff3bf", border="#fab005")  # guesses that do not change numbers
NUMBERS = STYLE.format(bg="#ffd8a8", border="#e8590c")  # a guess that may change them


def notice_text(notice: Notice) -> str:
    """The notice's message in the user's language (marked with ``translatable``)."""
    return translated(notice.message)


class NoticeList(QDialog):
    """Every notice of the session's model, one per line; a kind switch for RNN guesses and
    an activation switch for a head whose activation the file does not record."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("noticeList")
        self.setWindowTitle(self.tr("How this model was read"))
        self.setMinimumWidth(420)
        self._layout = QVBoxLayout(self)
        self.refill()
        on_language_change(self, self._retranslate)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("How this model was read"))
        self.refill()

    def refill(self) -> None:
        while self._layout.count():
            widget = self._layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        model = self.session.model
        notices = model.notices if model is not None else ()
        for notice in notices:
            label = QLabel("• " + notice_text(notice))
            label.setObjectName("noticeText")
            label.setWordWrap(True)
            self._layout.addWidget(label)
            if notice.option == "kind" and model is not None and model.kind.startswith("rnn"):
                other = "rnn_relu" if model.kind == "rnn_tanh" else "rnn_tanh"
                button = QPushButton(
                    self.tr("Compute with {f} instead").format(f=other.removeprefix("rnn_"))
                )
                button.setObjectName("switchKind")
                button.clicked.connect(lambda _=False, k=other: self._switch(k))
                self._layout.addWidget(button)
            if notice.option == "head-activation" and model is not None and model.head:
                for act in ("softmax", "sigmoid", "linear"):
                    if act == model.head.activation:
                        continue
                    button = QPushButton(self.tr("Show the head through {f}").format(f=act))
                    button.setObjectName(f"headActivation_{act}")
                    button.clicked.connect(lambda _=False, a=act: self._head(a))
                    self._layout.addWidget(button)
        if not notices:
            self._layout.addWidget(QLabel(self.tr("Nothing was assumed.")))

    def _switch(self, kind: str) -> None:
        self.session.set_model_option(kind=kind)

    def _head(self, activation: str) -> None:
        self.session.set_model_option(head_activation=activation)


class NoticeBadge(QToolButton):
    """“3 notices”: hidden when the loader assumed nothing; click for the list."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("noticeBadge")
        self.setStyleSheet(INFO)
        self.dialog: NoticeList | None = None
        self.clicked.connect(self.show_list)
        session.sigModelChanged.connect(self._on_model)
        self._on_model()
        on_language_change(self, self._on_model)

    def _on_model(self) -> None:
        model = self.session.model
        notices = model.notices if model is not None else ()
        count = len(notices)
        self.setVisible(count > 0)
        self.setText(self.tr("1 notice") if count == 1 else self.tr("{n} notices").format(n=count))
        numbers = any(n.changes_numbers for n in notices)
        self.setStyleSheet(NUMBERS if numbers else INFO)
        if count:
            tips = "\n".join("• " + notice_text(n) for n in notices)
            if numbers:
                tips += "\n" + self.tr("A guess above changes the numbers: check it.")
            self.setToolTip(self.tr("What the loader assumed (click for the list):") + "\n" + tips)
        if self.dialog is not None:
            self.dialog.refill()

    def show_list(self) -> NoticeList:
        if self.dialog is None:
            self.dialog = NoticeList(self.session, self.window())
        self.dialog.refill()
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog
