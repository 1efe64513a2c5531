"""A bar under the text field: the text is Korean, the open model does not know Hangul,
switch to korean-lstm? Non-blocking, dismissible; the rule is ``workspace.models.
language_offer`` (Qt-free)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from gate_explorer.session import ModelRef, Session, bundled_models
from gate_explorer.ui.window.language import on_language_change
from gate_explorer.workspace.models import LanguageOffer, language_offer

STYLE = (
    "QFrame#languageOffer { background: #e7f5ff; border: 1px solid #74c0fc;"
    " border-radius: 4px; } QLabel { color: #1c3d5a; }"
)


class LanguageOfferBar(QFrame):
    """Shown while the run's Hangul is mostly unknown to the open model and a Korean model
    is bundled. *Switch* opens it and keeps the user's text; the close button hides the
    bar, and it is not shown again while the same model stays open."""

    sigSwitched = Signal(str)  # the name of the model switched to

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("languageOffer")
        self.setStyleSheet(STYLE)
        self.offer: LanguageOffer | None = None
        self._dismissed: ModelRef | None = None  # the model the user said no for
        self._names: list[str] | None = None  # bundled models, read once when needed
        self.label = QLabel()
        self.label.setObjectName("languageOfferText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # "<unk>" is a token, not a tag
        self.switch = QPushButton()
        self.switch.setObjectName("languageOfferSwitch")
        self.switch.clicked.connect(self.accept)
        self.close_button = QToolButton()
        self.close_button.setObjectName("languageOfferClose")
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.dismiss)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 2, 2, 2)
        row.addWidget(self.label, 1)
        row.addWidget(self.switch)
        row.addWidget(self.close_button)
        self.hide()
        self.retranslate()
        on_language_change(self, self.retranslate)
        session.sigRunChanged.connect(self.refresh)
        session.sigModelChanged.connect(self.refresh)

    def retranslate(self) -> None:
        """Texts in the current language (the offer's own text is made in ``refresh``)."""
        self.close_button.setToolTip(self.tr("Keep this model (not asked again while it is open)"))
        if self.offer is not None:
            self.refresh()

    def names(self) -> list[str]:
        if self._names is None:
            self._names = [m.name for m in bundled_models()]
        return self._names

    def refresh(self) -> None:
        """Show or hide the bar for the current model and run."""
        s = self.session
        if s.growing:  # generation: the model writes tokens it knows; looked at once it stops
            return
        run, ref = s.run, s.model_ref
        if ref != self._dismissed:
            self._dismissed = None  # another model: a later Hangul text may ask again
        offer = None
        if run is not None and s.model is not None and self._dismissed is None:
            name = ref.name if ref.source == "bundled" else ref.label()
            offer = language_offer(name, run.tokens, self.names())
        self.offer = offer
        if offer is None:
            self.hide()
            return
        self.label.setText(
            self.tr(
                "This text is Korean: {unknown} of its {count} Hangul tokens are unknown "
                "to {model}, so the gates see only <unk> there. {name} reads Korean one "
                "syllable a step."
            ).format(unknown=offer.unknown, count=offer.hangul, model=s.model.name, name=offer.name)
        )
        self.switch.setText(self.tr("Switch to {name}").format(name=offer.name))
        self.show()

    def accept(self) -> bool:
        """Open the offered model with the user's text kept."""
        if self.offer is None:
            return False
        text, name = self.session.text, self.offer.name
        if not self.session.open_model(ModelRef("bundled", name=name)):
            return False
        self.session.set_text(text, immediate=True)  # the window put the model's example
        self.sigSwitched.emit(name)
        return True

    def dismiss(self) -> None:
        """No: keep the model, and do not ask again until another model is opened."""
        self._dismissed = self.session.model_ref
        self.offer = None
        self.hide()
