"""*Model > Train a model…*: pick a task, a cell and sizes, train, and watch it learn.

The dialog is a view of the window's ``session.training.Training``: closing it leaves the
run going (the status bar keeps reporting), and opening it again shows the run as it is.
Its settings are remembered between launches (``QSettings`` group ``train``).
"""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSettings, QSignalBlocker, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gate_explorer.errors import GateExplorerError
from gate_explorer.session.training import Training
from gate_explorer.training.live import (
    CELLS,
    MAX_HIDDEN,
    MAX_LAYERS,
    MAX_STEPS,
    LiveSettings,
    TaskChoice,
    task_choices,
)
from gate_explorer.ui.window.language import on_language_change, translated

SMOOTH = 0.9  # the smoothed curve: exponential moving average of the loss


class LossCurve(pg.PlotWidget):
    """The training loss per step (light) and its moving average (dark), updated in place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setObjectName("lossCurve")
        self.setMinimumSize(420, 220)
        self.setMenuEnabled(False)
        self.hideButtons()
        self.showGrid(x=True, y=True, alpha=0.15)
        self.raw = self.plot(pen=pg.mkPen("#a5c8ec", width=1))
        self.smooth = self.plot(pen=pg.mkPen("#1c5fa8", width=2))
        # thousands of steps on a few hundred pixels: each curve is drawn through the
        # highest and lowest loss of each pixel's steps (a report's update and repaint of
        # 6,000 steps cost 20 ms on the GUI thread, now 8-12)
        for curve in (self.raw, self.smooth):
            curve.setDownsampling(auto=True, method="peak")
            curve.setClipToView(True)
            curve.opts["autoDownsampleFactor"] = 1.0  # a point a pixel (pyqtgraph: 5)
        self.steps = np.zeros(0)
        self.losses = np.zeros(0)
        self.smoothed = np.zeros(0)
        self.retranslate()
        on_language_change(self, self.retranslate)

    def retranslate(self) -> None:
        if self.plotItem is None:  # closed: pyqtgraph's close dropped the plot
            return
        self.setLabel("bottom", self.tr("step"))
        # Above the plot, not rotated beside it: pyqtgraph keeps only 0.8 of a rotated
        # label's height free, which cut Hangul labels and let them touch the ticks.
        self.setTitle(self.tr("loss"), size="9pt", color="#444")

    def clear_points(self) -> None:
        self.set_points(np.zeros(0), np.zeros(0))

    def set_points(self, steps: np.ndarray, losses: np.ndarray) -> None:
        """Show ``steps`` (n,) against ``losses`` (n,)."""
        self.steps = np.asarray(steps, dtype=float)
        self.losses = np.asarray(losses, dtype=float)
        self.smoothed = _ema(self.losses)
        self._show()

    def add(self, steps: np.ndarray, losses: np.ndarray) -> None:
        """Append points: only the new ones are smoothed (the average carries on)."""
        losses = np.asarray(losses, dtype=float)
        self.steps = np.concatenate([self.steps, np.asarray(steps, dtype=float)])
        self.losses = np.concatenate([self.losses, losses])
        start = float(self.smoothed[-1]) if len(self.smoothed) else None
        self.smoothed = np.concatenate([self.smoothed, _ema(losses, start)])
        self._show()

    def _show(self) -> None:
        self.raw.setData(self.steps, self.losses)
        self.smooth.setData(self.steps, self.smoothed)


def _ema(x: np.ndarray, start: float | None = None) -> np.ndarray:
    """(n,) the exponential moving average of ``x``, going on from ``start`` (the last
    average) or starting at ``x[0]``."""
    out = np.empty_like(x)
    acc = 0.0 if start is None else start
    for k, v in enumerate(x):
        acc = v if k == 0 and start is None else SMOOTH * acc + (1 - SMOOTH) * v
        out[k] = acc
    return out


def _clock(seconds: float) -> str:
    m, s = divmod(int(seconds), 60)
    return f"{m}:{s:02d}"


class TrainDialog(QDialog):
    """Task, cell, sizes, steps; Train / Stop / Save; a live loss curve and progress."""

    def __init__(self, training: Training, settings: QSettings, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("trainDialog")
        self.training = training
        self.store = settings
        self.window_ = window
        self.choices: list[TaskChoice] = task_choices()

        self.task = QComboBox()
        self.task.setObjectName("trainTask")
        items = QStandardItemModel(self.task)
        self.task.setModel(items)
        for c in self.choices:
            self.task.addItem(c.family, c.family)
            item = items.item(self.task.count() - 1)
            if not c.available:
                item.setEnabled(False)  # greyed; the reason is its tooltip and shown below
        self.about = QLabel()
        self.about.setObjectName("trainTaskAbout")
        self.about.setWordWrap(True)
        self.cell = QComboBox()
        self.cell.setObjectName("trainCell")
        for cell in CELLS:
            self.cell.addItem(cell.upper(), cell)
        self.hidden = self._spin("trainHidden", 1, MAX_HIDDEN)
        self.layers = self._spin("trainLayers", 1, MAX_LAYERS)
        self.steps = self._spin("trainSteps", 1, MAX_STEPS)
        self.steps.setSingleStep(100)
        self.seed = self._spin("trainSeed", 0, 2**31 - 1)
        self.eval_size = self._spin("trainEvalSize", 0, 10_000)
        form = QFormLayout()
        self.labels = [QLabel() for _ in range(7)]
        rows = (self.task, self.cell, self.hidden, self.layers, self.steps, self.seed,
                self.eval_size)  # fmt: skip
        for k, (label, widget) in enumerate(zip(self.labels, rows, strict=True)):
            form.addRow(label, widget)
            if k == 0:
                form.addRow("", self.about)

        self.train_button = QPushButton()
        self.train_button.setObjectName("trainStart")
        self.train_button.setDefault(True)
        self.train_button.clicked.connect(self.start)
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("trainStop")
        self.stop_button.clicked.connect(training.cancel)
        self.save_button = QPushButton()
        self.save_button.setObjectName("trainSave")
        self.save_button.clicked.connect(self.save_dialog)
        self.close_button = close = QPushButton()
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for b in (self.train_button, self.stop_button, self.save_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)

        self.progress = QProgressBar()
        self.progress.setObjectName("trainProgress")
        self.curve = LossCurve()
        self.status = QLabel()
        self.status.setObjectName("trainStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.curve, 1)
        right.addWidget(self.progress)
        right.addWidget(self.status)
        top = QHBoxLayout()
        top.addLayout(left)
        top.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(buttons)
        self.resize(860, 400)

        self.retranslate()
        on_language_change(self, self.retranslate)
        self.restore()
        self.task.currentIndexChanged.connect(self._on_task)
        for signal in (
            self.task.currentIndexChanged, self.cell.currentIndexChanged,
            self.hidden.valueChanged, self.layers.valueChanged, self.steps.valueChanged,
            self.seed.valueChanged, self.eval_size.valueChanged,
        ):  # fmt: skip
            signal.connect(self.remember)
        training.sigState.connect(self._on_state)
        training.sigLosses.connect(self.curve.add)
        training.sigProgress.connect(self._on_progress)
        training.sigSnapshot.connect(lambda _step: self._describe())
        training.sigMessage.connect(self._on_message)
        self.curve.set_points(training.steps, training.losses)  # a run already going
        self._on_state(training.state)

    def retranslate(self) -> None:
        """Every text of the dialog in the current language."""
        self.setWindowTitle(self.tr("Train a model"))
        texts = (self.tr("Task"), self.tr("Cell"), self.tr("Hidden size"), self.tr("Layers"),
                 self.tr("Steps"), self.tr("Seed"), self.tr("Held-out check"))  # fmt: skip
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.eval_size.setSpecialValueText(self.tr("as on the model card"))
        self.eval_size.setToolTip(
            self.tr("Held-out sequences per condition measured at the end (0: as on the card)")
        )
        self.train_button.setText(self.tr("Train"))
        self.stop_button.setText(self.tr("Stop"))
        self.save_button.setText(self.tr("Save model…"))
        self.save_button.setToolTip(
            self.tr("Keep the model as a bundle (the format of the bundled models) and open it")
        )
        self.close_button.setText(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Training goes on in the background"))
        self.progress.setFormat(self.tr("step %v of %m"))
        items = self.task.model()
        for k, c in enumerate(self.choices):
            items.item(k).setToolTip(self.summary(c) or self.reason(c))
        if self.training.state == "idle":
            self.status.setText(
                self.tr("Press Train: the window shows the model learning on its text.")
            )
        self._describe()

    @staticmethod
    def summary(c: TaskChoice) -> str:
        """The task's one-line summary (its card's), in the user's language when translated."""
        return translated(c.summary) if c.summary else ""

    @staticmethod
    def reason(c: TaskChoice) -> str:
        """Why a task is greyed, in the user's language."""
        return translated(c.reason)

    def _spin(self, name: str, lo: int, hi: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(lo, hi)
        spin.setGroupSeparatorShown(True)
        return spin

    # ------------------------------------------------------------------ settings
    def choice(self) -> TaskChoice:
        return self.choices[max(self.task.currentIndex(), 0)]

    def live_settings(self) -> LiveSettings:
        """What the form says, as the run's settings."""
        return LiveSettings(
            family=self.choice().family,
            cell=str(self.cell.currentData()),
            hidden=self.hidden.value(),
            layers=self.layers.value(),
            steps=self.steps.value(),
            seed=self.seed.value(),
            eval_size=self.eval_size.value(),
        )

    def restore(self) -> None:
        """The form as it was last time (the first available task's defaults at first)."""
        store = self.store
        family = str(store.value("train/family", "memory"))
        index = self.task.findData(family)
        if index < 0 or not self.choices[index].available:
            index = next((k for k, c in enumerate(self.choices) if c.available), 0)
        with QSignalBlocker(self.task):
            self.task.setCurrentIndex(index)
        self._fill(self.choices[index])
        cell = self.cell.findData(str(store.value("train/cell", self.cell.currentData())))
        self.cell.setCurrentIndex(max(cell, 0))
        for key, spin in (("hidden", self.hidden), ("layers", self.layers),
                          ("steps", self.steps), ("seed", self.seed),
                          ("eval_size", self.eval_size)):  # fmt: skip
            value = store.value(f"train/{key}")
            try:
                spin.setValue(int(value)) if value is not None else None
            except (TypeError, ValueError):
                pass  # a damaged setting: the task's default stays
        self._describe()

    def remember(self) -> None:
        s = self.live_settings()
        for key in ("family", "cell", "hidden", "layers", "steps", "seed", "eval_size"):
            self.store.setValue(f"train/{key}", getattr(s, key))

    def _fill(self, c: TaskChoice) -> None:
        """The task's bundled settings in the form."""
        self.cell.setCurrentIndex(max(self.cell.findData(c.cell), 0))
        if c.available:
            self.hidden.setValue(c.hidden)
            self.layers.setValue(c.layers)
            self.steps.setValue(c.steps)
        self._describe()

    def _on_task(self, index: int) -> None:
        if 0 <= index < len(self.choices):
            self._fill(self.choices[index])

    def _describe(self) -> None:
        c = self.choice()
        if c.available:
            self.about.setStyleSheet("color: #555")
            self.about.setText(self.summary(c))
        else:
            self.about.setStyleSheet("color: #c92a2a")
            self.about.setText(self.reason(c))
        self.train_button.setEnabled(c.available and not self.training.running)

    # ------------------------------------------------------------------ actions
    def start(self) -> None:
        """Train with the form's settings (a bad setting is a message, not a crash)."""
        try:
            self.training.start(self.live_settings())
        except GateExplorerError as exc:
            self._on_message(exc)
            return
        self.curve.clear_points()
        self._started = time.perf_counter()

    def save_dialog(self) -> None:
        ask = getattr(self.window_, "ask_path", None)
        name = self.training.settings.name if self.training.settings else "model"
        title = self.tr("Save the trained {0} as a bundle").format(name)
        path = ask("save", title, self.tr("Gate Explorer bundle (*.npz)")) if ask else ""
        if path:
            self.save(path)

    def save(self, path: str) -> None:
        try:
            written = self.training.save(path)
        except (GateExplorerError, OSError) as exc:
            self._on_message(self.tr("Not saved: {0}").format(translated(exc)))
            return
        self._on_message(self.tr("Saved {0} and opened it.").format(written))

    # ------------------------------------------------------------------ reports
    def _on_state(self, state: str) -> None:
        running = self.training.running
        for w in (self.task, self.cell, self.hidden, self.layers, self.steps, self.seed,
                  self.eval_size):  # fmt: skip
            w.setEnabled(not running)
        self.stop_button.setEnabled(running)
        self.save_button.setEnabled(
            not running and self.training.model is not None and state != "idle"
        )
        self._describe()
        t = self.training
        if state == "evaluating":
            self.status.setText(
                self.tr("All {0} steps done; measuring on held-out data…").format(t.total)
            )
        elif state == "finished" and t.model is not None:
            from gate_explorer.zoo import result_of

            result = translated(result_of(t.model.card)) or "-"
            self.status.setText(
                self.tr("Finished in {0}. Held out: {1}. Save the model to keep it.").format(
                    _clock(t.seconds), result
                )
            )
        elif state == "idle":
            self.status.setText(
                self.tr("Press Train: the window shows the model learning on its text.")
            )

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        t = self.training
        if t.state == "running" and len(t.losses) and not t.shown:
            self.status.setText(
                self.tr(
                    "Step {0} of {1}, loss {2:.4f}, {3} elapsed. The window shows another "
                    "model; Save model… opens this one once it is done."
                ).format(done, total, float(t.losses[-1]), _clock(t.seconds))
            )
        elif t.state == "running" and len(t.losses):
            self.status.setText(
                self.tr(
                    "Step {0} of {1}, loss {2:.4f}, {3} elapsed. The heatmaps show the "
                    "weights of step {4}."
                ).format(done, total, float(t.losses[-1]), _clock(t.seconds), t.shown_step)
            )

    def _on_message(self, message: str | BaseException) -> None:
        self.status.setText(translated(message))
