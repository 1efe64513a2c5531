"""Picking the model: bundled models by name, random LSTM/GRU/RNN with sizes and seed, badges."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from gate_explorer.session import BundledModel, ModelRef, Session, bundled_models, seq2seq
from gate_explorer.session.subscription import Subscription
from gate_explorer.ui.window.language import QT_TRANSLATE_NOOP, on_language_change, translated
from gate_explorer.ui.window.notice_badge import NoticeBadge

BADGE = "QLabel {{ background: {bg}; color: {fg}; border-radius: 8px; padding: 2px 8px; }}"
RANDOM_CELLS = (
    ("lstm", QT_TRANSLATE_NOOP("ModelBar", "Random LSTM")),
    ("gru", QT_TRANSLATE_NOOP("ModelBar", "Random GRU")),
    ("rnn", QT_TRANSLATE_NOOP("ModelBar", "Random RNN")),
)


def select_model_item(combo: QComboBox, ref: ModelRef) -> None:
    """Show ``ref`` as the combo's current item (a file gets an item of its own at the top)."""
    with QSignalBlocker(combo):
        for k in range(combo.count()):
            item = combo.itemData(k)
            if item is None:
                continue
            same = item.source == ref.source and (
                (ref.source == "bundled" and item.name == ref.name)
                or (ref.source == "random" and item.cell == ref.cell)
                or (ref.source == "file" and item.path == ref.path)
            )
            if same:
                combo.setCurrentIndex(k)
                return
        if ref.source == "file":
            text = QCoreApplication.translate("ModelBar", "file: {name}").format(name=ref.label())
            combo.insertItem(0, text, ref)
            combo.setCurrentIndex(0)


def add_model_items(combo: QComboBox, models: list[BundledModel] | None = None) -> None:
    """The bundled models (summary as tooltip), a separator, then the random cells;
    ``models`` as ``bundled_models()`` returned them (read now when not given)."""
    for m in bundled_models() if models is None else models:
        combo.addItem(m.name, ModelRef("bundled", name=m.name))
        combo.setItemData(combo.count() - 1, translated(m.summary), 3)  # tooltip role
    if combo.count():
        combo.insertSeparator(combo.count())
    for cell, text in RANDOM_CELLS:
        combo.addItem(QCoreApplication.translate("ModelBar", text), ModelRef("random", cell=cell))


def _badge(text: str, bg: str, fg: str = "white") -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(BADGE.format(bg=bg, fg=fg))
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class ModelBar(QWidget):
    """Model combo, random-model settings and status badges; asks the session to load."""

    sigOpenFile = Signal()  # "Open file…" picked in the combo

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.combo = QComboBox()
        self.combo.setObjectName("modelCombo")
        self.combo.setMinimumContentsLength(22)
        self.hidden = self._spin(1, 1024, 32)
        self.layers = self._spin(1, 8, 1)
        self.seed = self._spin(0, 2**31 - 1, 0)
        self.random_box = QWidget()
        row = QHBoxLayout(self.random_box)
        row.setContentsMargins(0, 0, 0, 0)
        self.spin_labels = []
        for spin in (self.hidden, self.layers, self.seed):
            self.spin_labels.append(QLabel())
            row.addWidget(self.spin_labels[-1])
            row.addWidget(spin)
        self.random_badge = _badge("", "#e8590c")
        self.nan_badge = _badge("", "#c92a2a")
        self.trained_badge = _badge("", "#d3f9d8", "#2b8a3e")
        self.notice_badge = NoticeBadge(session)  # every guess the loader made
        self.info = QLabel()
        self.info.setObjectName("modelInfo")
        self.info.setStyleSheet("color: #555")

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        self.model_label = QLabel()
        layout.addWidget(self.model_label)
        layout.addWidget(self.combo)
        layout.addWidget(self.random_box)
        layout.addWidget(self.trained_badge)
        layout.addWidget(self.random_badge)
        layout.addWidget(self.nan_badge)
        layout.addWidget(self.notice_badge)
        layout.addWidget(self.info, 1)
        self._models = bundled_models()  # read once: every bundle's card is opened for it
        self.combo.activated.connect(self._on_picked)
        for spin in (self.hidden, self.layers, self.seed):
            spin.valueChanged.connect(self._on_random_changed)
        self.subscription = Subscription(
            session,
            {"sigModelChanged": self._on_model, "sigWeightsChanged": self._on_model,
             "sigRunChanged": self._on_run},
        )  # fmt: skip
        self.retranslate()
        on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        self.combo.setToolTip(self.tr("Model to explore"))
        self.hidden.setToolTip(self.tr("Hidden size H"))
        self.layers.setToolTip(self.tr("Number of stacked layers"))
        self.seed.setToolTip(self.tr("Random seed"))
        for label, text in zip(
            self.spin_labels, ("H", self.tr("layers"), self.tr("seed")), strict=True
        ):
            label.setText(text)
        self.random_badge.setText(self.tr("random weights"))
        self.random_badge.setToolTip(self.tr("This model was never trained: its gates show noise"))
        self.nan_badge.setText(self.tr("NaN / inf values"))
        self.nan_badge.setToolTip(
            self.tr("Some weights or values are NaN or infinite: shown hatched red")
        )
        self.trained_badge.setText(self.tr("trained"))
        self.model_label.setText(self.tr("Model"))
        self.refill()
        self._on_model()

    def _spin(self, lo: int, hi: int, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(lo, hi)
        spin.setValue(value)
        spin.setKeyboardTracking(False)  # rebuild on Enter or arrows, not every digit
        return spin

    def refill(self) -> None:
        """List the bundled models, the random cells and "Open file…"."""
        with QSignalBlocker(self.combo):
            self.combo.clear()
            add_model_items(self.combo, self._models)
            self.combo.insertSeparator(self.combo.count())
            self.combo.addItem(self.tr("Open weights file…"), None)

    def _on_picked(self, index: int) -> None:
        ref = self.combo.itemData(index)
        if ref is None:
            self._select_current()
            self.sigOpenFile.emit()
            return
        if ref.source == "random":
            ref = self._random_ref(ref.cell)
        if ref != self.session.model_ref:
            self.session.open_model(ref)
        self._select_current()  # a failed load leaves the old choice showing

    def _random_ref(self, cell: str) -> ModelRef:
        return ModelRef("random", cell=cell, hidden=self.hidden.value(),
                        layers=self.layers.value(), seed=self.seed.value())  # fmt: skip

    def _on_random_changed(self) -> None:
        ref = self.session.model_ref
        if ref.source == "random":
            self.session.open_model(self._random_ref(ref.cell))

    def _select_current(self) -> None:
        select_model_item(self.combo, self.session.model_ref)

    def _on_model(self) -> None:
        model, ref = self.session.shown_model, self.session.model_ref
        self._select_current()
        random = ref.source == "random"
        self.random_box.setVisible(random)
        if random:
            for spin, value in ((self.hidden, ref.hidden), (self.layers, ref.layers),
                                (self.seed, ref.seed)):  # fmt: skip
                with QSignalBlocker(spin):
                    spin.setValue(value)
        trained = model is not None and model.trained
        self.random_badge.setVisible(model is not None and not trained)
        self.trained_badge.setVisible(trained)
        if model is not None:
            head = model.head.kind if model.head else self.tr("no head")
            self.info.setText(
                self.tr("{net} · {kind} tokens · {head}").format(
                    net=", ".join(translated(p) for p in model.net.describe_parts()),
                    kind=model.tokenizer.kind,
                    head=head,
                )
            )
            if seq2seq.shown(model) is not None:  # two stacks: say so, with the head's place
                self.info.setText(self.tr(
                    "encoder-decoder: two stacks of {net} · {kind} tokens · {head} head on the "
                    "decoder"
                ).format(net=", ".join(translated(p) for p in model.net.describe_parts()),
                         kind=model.tokenizer.kind, head=head))  # fmt: skip
            summary = model.card.summary
            self.info.setToolTip(str(summary or model.name))
        self._on_run()

    def _on_run(self) -> None:
        self.nan_badge.setVisible(self.session.has_nonfinite)
