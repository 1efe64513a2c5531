"""Layer and direction selectors, unit sorting and the top-k filter for the heatmaps."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from gate_explorer.session import Session
from gate_explorer.session.subscription import Subscription
from gate_explorer.ui.window.language import QT_TRANSLATE_NOOP, on_language_change

SORT_LABELS = (
    ("index", QT_TRANSLATE_NOOP("ViewControls", "unit number")),
    ("mean", QT_TRANSLATE_NOOP("ViewControls", "mean activation")),
    ("cluster", QT_TRANSLATE_NOOP("ViewControls", "similarity (clustered)")),
)


class ViewControls(QWidget):
    """Edits the session's view settings; follows them when they change elsewhere."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.layer = QComboBox()
        self.layer.setObjectName("layerCombo")
        self.direction = QComboBox()
        self.direction.setObjectName("directionCombo")
        self.direction.addItems(["", ""])
        self.sort = QComboBox()
        self.sort.setObjectName("sortCombo")
        for key, _text in SORT_LABELS:
            self.sort.addItem("", key)
        self.top_k = QSpinBox()
        self.top_k.setObjectName("topK")
        self.top_k.setRange(0, 4096)
        self.top_k.setKeyboardTracking(False)
        self.layer_label = QLabel()
        self.direction_label = QLabel()
        self.sort_label, self.show_label, self.units_label = QLabel(), QLabel(), QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        for w in (self.layer_label, self.layer, self.direction_label, self.direction,
                  self.sort_label, self.sort, self.show_label, self.top_k):  # fmt: skip
            layout.addWidget(w)
        layout.addWidget(self.units_label)
        layout.addStretch(1)
        self.layer.currentIndexChanged.connect(lambda k: session.set_view(layer=max(k, 0)))
        self.direction.currentIndexChanged.connect(lambda k: session.set_view(direction=max(k, 0)))
        self.sort.currentIndexChanged.connect(
            lambda k: session.set_view(sort=self.sort.itemData(k))
        )
        self.top_k.valueChanged.connect(lambda v: session.set_view(top_k=v))
        self.subscription = Subscription(session, {
            "sigModelChanged": self._on_model,
            "sigViewChanged": self._on_view,
        })  # fmt: skip
        self.retranslate()
        on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        self.direction.setItemText(0, self.tr("forward"))
        self.direction.setItemText(1, self.tr("backward"))
        for k, (_key, text) in enumerate(SORT_LABELS):
            self.sort.setItemText(k, QCoreApplication.translate("ViewControls", text))
        self.sort.setToolTip(self.tr("Order of the units (rows); computed from the hidden state h"))
        self.top_k.setSpecialValueText(self.tr("all"))
        self.top_k.setToolTip(self.tr("Show only the k most active units (mean |h|); 0 shows all"))
        self.layer_label.setText(self.tr("Layer"))
        self.direction_label.setText(self.tr("Direction"))
        self.sort_label.setText(self.tr("Sort units by"))
        self.show_label.setText(self.tr("Show"))
        self.units_label.setText(self.tr("units"))
        self._on_model()

    def _on_model(self) -> None:
        model = self.session.model
        layers = model.net.config.num_layers if model else 1
        dirs = model.net.config.num_directions if model else 1
        with QSignalBlocker(self.layer):
            self.layer.clear()
            self.layer.addItems(
                [self.tr("{k} of {n}").format(k=k + 1, n=layers) for k in range(layers)]
            )
        for w in (self.layer, self.layer_label):
            w.setVisible(layers > 1)
        for w in (self.direction, self.direction_label):
            w.setVisible(dirs > 1)
        if model:
            with QSignalBlocker(self.top_k):
                self.top_k.setMaximum(model.net.config.hidden_size)
        self._on_view()

    def _on_view(self) -> None:
        s = self.session
        for combo, index in ((self.layer, s.layer), (self.direction, s.direction),
                             (self.sort, self.sort.findData(s.sort))):  # fmt: skip
            with QSignalBlocker(combo):
                combo.setCurrentIndex(index)
        with QSignalBlocker(self.top_k):
            self.top_k.setValue(s.top_k)
