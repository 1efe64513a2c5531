"""Two models side by side: a header over each heatmap stack and the second model's pane.

The main window puts ``MainSide`` (header "A" over its own heatmaps) left of a
``ComparePane`` (header "B", a model chooser, and a ``HeatmapPanel`` on a second session
that follows the main one through ``CompareLink``). Both headers have the same height, so
the two stacks and their time axes line up.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gate_explorer.session import Answer, ModelRef, Session, bundled_models
from gate_explorer.session.compare import CompareLink
from gate_explorer.session.subscription import Subscription
from gate_explorer.ui.heatmap.gates import shown_token
from gate_explorer.ui.heatmap.panel import HeatmapPanel
from gate_explorer.ui.window.language import on_language_change, translated
from gate_explorer.ui.window.model_bar import add_model_items, select_model_item
from gate_explorer.workspace.models import default_partner

TAG_COLOURS = {"A": "#1864ab", "B": "#862e9c"}
HEADER_STYLE = "#compareHeader{{ background: {bg}; border-bottom: 2px solid {fg}; }}"
TINTS = {"A": "#e7f0fa", "B": "#f5e9f8"}


def answer_summary(a: Answer, limit: int = 3) -> str:
    """The answer in one short line of HTML, e.g. ``b 99.6% · c 0.3%``."""
    if a.kind == "regress":
        true = "—" if a.actual is None else f"{a.actual:+.3f}"
        return QCoreApplication.translate(
            "ComparePane", "predicted <b>{value}</b> · true next {true}"
        ).format(value=f"{a.predicted:+.3f}", true=true)
    if not a.items:
        return f"<span style='color:#666'>{escape(translated(a.note))}</span>"
    parts = []
    for label, prob, true in a.items[:limit]:
        text = escape(shown_token(label, 8))
        mark = " ✓" if true else ""
        colour = "#2b8a3e" if true else "#1b1b1b"
        parts.append(f"<span style='color:{colour}'><b>{text}</b>{mark} {100 * prob:.0f}%</span>")
    if a.kind == "next-token":
        head = QCoreApplication.translate("ComparePane", "next: ")
    else:
        head = QCoreApplication.translate("ComparePane", "answer: ")
    return f"<span style='color:#555'>{head}</span>" + " · ".join(parts)


class AnswerLine(QLabel):
    """The session's answer at its current step, in one line."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("answerLine")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setToolTip(self.tr("The model's answer at this step"))
        self.subscription = Subscription(session, {
            "sigRunChanged": self.refresh,
            "sigModelChanged": self.refresh,
            "sigStepChanged": self.refresh,
        })  # fmt: skip
        self.refresh()
        on_language_change(self, self.refresh)

    def refresh(self, *_: object) -> None:
        self.setText(answer_summary(self.session.answer()))


def _tag(letter: str) -> QLabel:
    label = QLabel(letter)
    label.setObjectName("compareTag")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setFixedWidth(24)
    label.setStyleSheet(
        f"QLabel {{ background: {TAG_COLOURS[letter]}; color: white; border-radius: 4px;"
        " font-weight: bold; }"
    )

    def tip() -> None:
        if letter == "A":
            label.setToolTip(
                QCoreApplication.translate(
                    "ComparePane", "Model A: the main model (model bar above)"
                )
            )
        else:
            label.setToolTip(
                QCoreApplication.translate("ComparePane", "Model B: the model compared with A")
            )

    tip()
    on_language_change(label, tip)
    return label


def header_height() -> int:
    """One height for both headers, so the heatmap stacks below them line up."""
    return QComboBox().sizeHint().height() + 8


class Header(QWidget):
    """A tinted row: tag, then the given widgets; the same height on both sides."""

    def __init__(self, letter: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareHeader")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(HEADER_STYLE.format(bg=TINTS[letter], fg=TAG_COLOURS[letter]))
        self.setFixedHeight(header_height())
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(4, 2, 4, 4)
        self.row.setSpacing(8)
        self.tag = _tag(letter)
        self.row.addWidget(self.tag)


class MainSide(QWidget):
    """Header "A" (the main model's name and answer) over the main window's heatmaps."""

    def __init__(self, session: Session, heatmaps: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.heatmaps = heatmaps
        self.header = Header("A")
        self.name = QLabel()
        self.name.setObjectName("compareName")
        font = self.name.font()
        font.setBold(True)
        self.name.setFont(font)
        self.answer = AnswerLine(session)
        self.header.row.addWidget(self.name)
        self.header.row.addWidget(self.answer, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(heatmaps, 1)
        self.subscription = Subscription(session, {"sigModelChanged": self._on_model})
        self._on_model()

    def _on_model(self) -> None:
        self.name.setText(self.session.model_ref.label())

    def detach(self) -> None:
        """Stop following the session (before the window drops this wrapper)."""
        self.subscription.disconnect()
        self.answer.subscription.disconnect()


class ComparePane(QWidget):
    """Model B: a chooser, its heatmaps and answer, stepping with the main session."""

    sigClose = Signal()
    sigError = Signal(str)
    sigHover = Signal(str)

    def __init__(self, main: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main = main
        self.session = Session(self)
        self.session.sigError.connect(self._on_error)
        self.session.sigChooseModule.connect(self.choose_module)
        self.module_dialog: QDialog | None = None  # asking which module of B's file
        self.link = CompareLink(main, self.session, self)
        self.header = Header("B")
        self.combo = QComboBox()
        self.combo.setObjectName("compareCombo")
        self.combo.setToolTip(self.tr("Model B: the model to compare with A"))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.layer = QComboBox()
        self.layer.setToolTip(self.tr("Layer of model B"))
        self.direction = QComboBox()
        self.direction.addItems([self.tr("forward"), self.tr("backward")])
        self.direction.setToolTip(self.tr("Direction of model B"))
        self.answer = AnswerLine(self.session)
        self.note = QLabel()
        self.note.setObjectName("clampNote")
        self.note.setStyleSheet("QLabel { color: #c2410c; font-weight: bold; }")
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Stop comparing"))
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for w in (self.combo, self.layer, self.direction):
            self.header.row.addWidget(w)
        self.header.row.addWidget(self.answer, 1)
        self.header.row.addWidget(self.note)
        self.header.row.addWidget(self.close_button)
        self.heatmaps = HeatmapPanel(self.session)
        self.heatmaps.setObjectName("compareHeatmaps")
        self.heatmaps.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.heatmaps, 1)

        self.close_button.clicked.connect(self.sigClose)
        self.heatmaps.sigHover.connect(self.sigHover)
        self.combo.activated.connect(self._on_picked)
        self.layer.currentIndexChanged.connect(lambda k: self.session.set_view(layer=max(k, 0)))
        self.direction.currentIndexChanged.connect(
            lambda k: self.session.set_view(direction=max(k, 0))
        )
        self.session.sigModelChanged.connect(self._on_model)
        self.session.sigViewChanged.connect(self._on_view)
        for signal in (self.session.sigRunChanged, self.main.sigRunChanged,
                       self.main.sigStepChanged):  # fmt: skip
            signal.connect(self._update_note)
        self._fill()
        self._on_model()
        on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        self.combo.setToolTip(self.tr("Model B: the model to compare with A"))
        self.layer.setToolTip(self.tr("Layer of model B"))
        self.direction.setItemText(0, self.tr("forward"))
        self.direction.setItemText(1, self.tr("backward"))
        self.direction.setToolTip(self.tr("Direction of model B"))
        self.close_button.setToolTip(self.tr("Stop comparing"))
        with QSignalBlocker(self.combo):
            self.combo.clear()
            add_model_items(self.combo)
        self._on_model()
        self._update_note()

    def start(self, ref: ModelRef | None = None) -> bool:
        """Open B: ``ref``, or (when it is None or fails) a sibling of the main model."""
        if ref is not None and self.open_model(ref):
            return True
        names = [m.name for m in bundled_models()]
        return self.open_model(default_partner(self.main.model_ref, names))

    # ------------------------------------------------------------------ model
    @property
    def model_ref(self) -> ModelRef:
        return self.session.model_ref

    def open_model(self, ref: ModelRef) -> bool:
        """Show model ``ref`` as B (the text and step stay the main session's)."""
        ok = self.session.open_model(ref)
        self.link.sync_step()
        return ok

    def choose_module(self, ref: ModelRef, modules: tuple[tuple[str, str], ...]) -> QDialog:
        """B's file holds several recurrent modules: ask which one (non-modal), then open it
        as B. Until then B keeps what it shows (its default partner on a first start)."""
        from gate_explorer.ui.window.module_dialog import ask_module

        if self.module_dialog is not None:
            self.module_dialog.deleteLater()
        self.module_dialog = ask_module(self, ref, modules, self.open_model)
        self.module_dialog.setWindowTitle(self.tr("Model B: choose a recurrent module"))
        return self.module_dialog

    def _fill(self) -> None:
        with QSignalBlocker(self.combo):
            add_model_items(self.combo)

    def _on_picked(self, index: int) -> None:
        ref = self.combo.itemData(index)
        if ref is None:
            return
        if ref.source == "random":
            size = self.main.model_ref if self.main.model_ref.source == "random" else ref
            ref = ModelRef("random", cell=ref.cell, hidden=size.hidden, layers=size.layers,
                           seed=size.seed)  # fmt: skip
        if ref != self.session.model_ref:
            self.open_model(ref)
        self._select_current()

    def _select_current(self) -> None:
        select_model_item(self.combo, self.session.model_ref)

    def _on_model(self) -> None:
        self._select_current()
        model = self.session.model
        layers = model.net.config.num_layers if model else 1
        dirs = model.net.config.num_directions if model else 1
        with QSignalBlocker(self.layer):
            self.layer.clear()
            self.layer.addItems(
                [self.tr("layer {k} of {n}").format(k=k + 1, n=layers) for k in range(layers)]
            )
        self.layer.setVisible(layers > 1)
        self.direction.setVisible(dirs > 1)
        self._on_view()

    def _on_view(self) -> None:
        for combo, index in ((self.layer, self.session.layer),
                             (self.direction, self.session.direction)):  # fmt: skip
            with QSignalBlocker(combo):
                combo.setCurrentIndex(index)

    def _on_error(self, message: str) -> None:
        self.sigError.emit(
            self.tr("model B ({name}): {message}").format(
                name=self.session.model_ref.label(), message=translated(message)
            )
        )

    def _update_note(self, *_: object) -> None:
        """Say so when B reads the text as another number of steps than A."""
        a, b = self.main.steps, self.session.steps
        if not self.link.clamped:
            self.note.clear()
            self.note.setToolTip("")
            return
        held = self.main.step > b - 1
        if held:
            self.note.setText(self.tr("B ended at step {b}").format(b=b))
        else:
            self.note.setText(self.tr("B has {b} steps, A {a}").format(a=a, b=b))
        self.note.setToolTip(
            self.tr(
                "Model B reads this text as {b} tokens, model A as {a}. Both go to the same "
                "token index; past B's last token, B stays on its step {b}, marked in orange."
            ).format(a=a, b=b)
        )

    # ------------------------------------------------------------------ state
    def state(self) -> dict:
        """Model B and its layer and direction, for the session file."""
        s = self.session
        return {"model": s.model_ref.to_dict(), "layer": s.layer, "direction": s.direction}

    def apply_state(self, state: dict) -> None:
        """Restore ``state()``'s layer and direction (the model is given to ``__init__``)."""
        layer, direction = state.get("layer", 0), state.get("direction", 0)
        if isinstance(layer, int) and isinstance(direction, int):
            self.session.set_view(layer=layer, direction=direction)

    def shutdown(self) -> None:
        """Stop following the main session and wait for B's run (before removing the pane)."""
        self.link.detach()
        if self.module_dialog is not None:
            self.module_dialog.close()
        self.main.sigRunChanged.disconnect(self._update_note)
        self.main.sigStepChanged.disconnect(self._update_note)
        self.session.shutdown()
