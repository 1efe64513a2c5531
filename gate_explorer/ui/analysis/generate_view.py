"""The Generate tab: let a language model continue the text, one network step per token.

Temperature, top-k, a seed and how many tokens; *Generate* (Ctrl+G) continues from the
current step, and the heatmaps, chips and answer follow it live (the answer panel then
shows the distribution each token was drawn from); *Stop* ends it; *Discard generated
text* (Ctrl+Shift+G) goes back to the text as it was.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gate_explorer.engine.generate import MAX_TEMPERATURE, Sampling, check_can_generate
from gate_explorer.errors import GateExplorerError
from gate_explorer.session import Session
from gate_explorer.session.subscription import Slot
from gate_explorer.ui.analysis.base import AnalysisView
from gate_explorer.ui.window.language import QT_TRANSLATE_NOOP, translated


class GenerateView(AnalysisView):
    """Sampling settings, the Generate / Stop / Discard buttons, and progress."""

    long_run_reason = QT_TRANSLATE_NOOP(
        "AnalysisView",
        "generating appends steps to a run that keeps every step, and this one keeps only "
        "checkpoints.",
    )

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("generateView")
        gen = session.generation
        self.temperature = QDoubleSpinBox()
        self.temperature.setObjectName("temperature")
        self.temperature.setRange(0.05, MAX_TEMPERATURE)
        self.temperature.setSingleStep(0.1)
        self.temperature.setValue(gen.sampling.temperature)
        self.top_k = QSpinBox()
        self.top_k.setObjectName("topK")
        self.top_k.setRange(0, 100_000)
        self.top_k.setSpecialValueText(QCoreApplication.translate("GenerateView", "all"))
        self.top_k.setValue(gen.sampling.top_k)
        self.seed = QSpinBox()
        self.seed.setObjectName("seed")
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setValue(gen.sampling.seed)
        self.tokens = QSpinBox()
        self.tokens.setObjectName("tokens")
        self.tokens.setRange(1, 100_000)
        self.tokens.setValue(200)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("GenerateView", "Temperature"), self.temperature)
        form.addRow(QCoreApplication.translate("GenerateView", "Top-k"), self.top_k)
        form.addRow(QCoreApplication.translate("GenerateView", "Seed"), self.seed)
        form.addRow(QCoreApplication.translate("GenerateView", "Tokens to write"), self.tokens)
        self.go = QPushButton(QCoreApplication.translate("GenerateView", "Generate"))
        self.go.setObjectName("generate")
        self.go.setToolTip(
            QCoreApplication.translate(
                "GenerateView", "Continue the text from the current step (Ctrl+G)"
            )
        )
        self.go.clicked.connect(self.toggle)
        self.discard = QPushButton(
            QCoreApplication.translate("GenerateView", "Discard generated text")
        )
        self.discard.setObjectName("discardGenerated")
        self.discard.setToolTip(
            QCoreApplication.translate(
                "GenerateView", "Back to the text as it was before generating (Ctrl+Shift+G)"
            )
        )
        self.discard.clicked.connect(gen.discard)
        self.progress = QProgressBar()
        self.progress.setObjectName("generateProgress")
        self.progress.setFormat(QCoreApplication.translate("GenerateView", "%v / %m tokens"))
        self.status = QLabel()
        self.status.setObjectName("generateStatus")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.go)
        buttons.addWidget(self.discard)
        buttons.addStretch(1)
        side = QVBoxLayout()
        side.addLayout(buttons)
        side.addWidget(self.progress)
        side.addWidget(self.status, 1)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        row.addLayout(form)
        row.addSpacing(16)
        row.addLayout(side, 1)
        gen.sigRunning.connect(self._on_running)
        gen.sigWritten.connect(self._on_written)
        self.refresh()

    def follows(self) -> Mapping[str, Slot]:
        return {"sigModelChanged": self.refresh, "sigRunChanged": self.refresh}

    def sizeHint(self) -> QSize:
        return QSize(560, 150)

    def sampling(self) -> Sampling:
        return Sampling(
            float(self.temperature.value()), int(self.top_k.value()), int(self.seed.value())
        )

    def toggle(self) -> None:
        """Generate, or stop when it is already writing."""
        gen = self.session.generation
        if gen.running:
            gen.stop()
            return
        try:
            gen.start(self.sampling(), int(self.tokens.value()))
        except GateExplorerError as exc:
            self.status.setText(translated(exc))

    def refresh(self, *_: object) -> None:
        gen = self.session.generation
        model = self.session.model
        reason = ""
        if model is None:
            reason = QCoreApplication.translate(
                "GenerateView", "Open a language model to let it write."
            )
        else:
            try:
                check_can_generate(model)
            except GateExplorerError as exc:
                reason = translated(exc)
        self.go.setEnabled(not reason)
        self.discard.setEnabled(gen.has_generated and not gen.running)
        if reason:
            self.status.setText(reason)
        elif not gen.running:
            self.status.setText(
                QCoreApplication.translate(
                    "GenerateView",
                    "Continues the text from the current step, sampling each token from "
                    "softmax(logits / temperature) over the top-k; the same seed writes the "
                    "same text.",
                )
            )

    def _on_running(self, running: bool) -> None:
        self.go.setText(
            QCoreApplication.translate("GenerateView", "Stop")
            if running
            else QCoreApplication.translate("GenerateView", "Generate")
        )
        self.refresh()

    def _on_written(self, done: int, wanted: int) -> None:
        self.progress.setMaximum(wanted)
        self.progress.setValue(done)
