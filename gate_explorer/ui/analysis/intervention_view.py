"""Interventions: clamp a gate or state at the current step and see the counterfactual.

Left, the form (what to clamp, one unit or all, the value: a slider that updates the
counterfactual while it is dragged, or the quick buttons) and the list of interventions
with Remove, Undo (Ctrl+Z) and Clear. Middle, the difference counterfactual − original of
one gate or state of the shown layer (units × time, white = unchanged, so only the steps
after an intervention light up). Right, the model's answer at the current step, original
and counterfactual side by side. Above, a one-line summary. Everything is read from
``session.interventions`` (which re-runs only the steps after the first intervention).
"""

from __future__ import annotations

import math
import time

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gate_explorer.engine.cells import SIGMOID_NAMES
from gate_explorer.engine.intervene import Intervention
from gate_explorer.engine.model import Model, ModelRun
from gate_explorer.errors import GateExplorerError, message_of
from gate_explorer.session import Session
from gate_explorer.session.subscription import Slot
from gate_explorer.ui.analysis.base import AnalysisView
from gate_explorer.ui.analysis.difference_map import DifferenceMap
from gate_explorer.ui.heatmap.gates import long_name, shown_token
from gate_explorer.ui.window.answer import ProbabilityBars
from gate_explorer.ui.window.language import QT_TRANSLATE_NOOP, translated

GATES = SIGMOID_NAMES  # sigmoid gates: 0 shut .. 1 open (the engine's gate table)
SLIDER_STEPS = 1000
TOP_K = 3
ROW_CHOICES = (
    (QT_TRANSLATE_NOOP("InterventionView", "most changed 16"), 16),
    (QT_TRANSLATE_NOOP("InterventionView", "most changed 32"), 32),
    (QT_TRANSLATE_NOOP("InterventionView", "all units"), 0),
)
HINT = QT_TRANSLATE_NOOP(
    "InterventionView",
    "No interventions yet: pick a gate or state, then “shut (0)”, or drag the value",
)
MAP_HINT = QT_TRANSLATE_NOOP("InterventionView", "no interventions yet")  # the map can be narrow


def _tr(text: str) -> str:
    return QCoreApplication.translate("InterventionView", text)


def value_range(kind: str, name: str, values: np.ndarray | None) -> tuple[float, float]:
    """Slider range for ``name``: 0..1 for gates, -1..1 for tanh values, wider for c / ReLU."""
    if name in GATES:
        return 0.0, 1.0
    big = float(np.nanmax(np.abs(values))) if values is not None and values.size else 1.0
    big = max(1.0, math.ceil(big)) if math.isfinite(big) else 1.0
    if name == "c":
        return -big, big
    if kind == "rnn_relu":
        return 0.0, big
    return -1.0, 1.0


def top_answer(model: Model, run: ModelRun | None, step: int, k: int = TOP_K) -> tuple:
    """((label, probability, is_true_next), ...) best first, or ("regress", value) at ``step``."""
    head = model.head
    if head is None or run is None or not 0 <= step < len(run.tokens):
        return ()
    if head.kind == "regress":
        return () if run.predictions is None else ("regress", float(run.predictions[step]))
    if run.probs is None:
        return ()
    p = run.probs[step]
    labels = head.labels or tuple(model.vocab)
    nxt = run.tokens[step + 1].id if step + 1 < len(run.tokens) else -2
    true_id = nxt if head.kind == "next-token" else -2
    top = np.argsort(-p, kind="stable")[:k]
    return tuple(
        (labels[i] if i < len(labels) else str(i), float(p[i]), int(i) == true_id) for i in top
    )


def top_label(model: Model, run: ModelRun, step: int) -> str:
    """The best label at ``step`` (a token or a class; "not 1" for a binary sigmoid < 0.5)."""
    answer = top_answer(model, run, step, 1)
    if not answer or answer[0] == "regress":
        return ""
    head = model.head
    binary = head is not None and head.activation == "sigmoid" and len(head.weight) == 1
    if binary and answer[0][1] < 0.5:
        return QCoreApplication.translate("InterventionView", "not {label}").format(
            label=answer[0][0]
        )
    return answer[0][0]


def summary(session: Session) -> str:
    """One line: what the interventions do to h of the shown layer and to the answer."""
    ivs = session.interventions
    cf, run, model = ivs.counterfactual, ivs.original, session.model
    live = [iv for iv, ok in zip(ivs.items, ivs.active, strict=True) if ok]
    if cf is None or run is None or model is None or not live:
        if ivs.items:
            return QCoreApplication.translate(
                "InterventionView", "No intervention fits this text (their steps are past its end)."
            )
        return _tr(HINT)
    first = live[0]
    if first.unit is not None:
        who = QCoreApplication.translate("InterventionView", "{name} of unit {unit}").format(
            name=first.name, unit=first.unit
        )
    else:
        who = QCoreApplication.translate("InterventionView", "all of {name}").format(
            name=first.name
        )
    what = QCoreApplication.translate("InterventionView", "{who} to {value} at step {k}").format(
        who=who, value=f"{first.value:.3g}", k=first.step + 1
    )
    layer, direction = session.layer, session.direction
    delta = cf.trace.values("h", layer, direction) - run.trace.values("h", layer, direction)
    change = float(np.nanmax(np.abs(delta))) if delta.size else 0.0
    if len(live) == 1:
        lead = QCoreApplication.translate(
            "InterventionView",
            "clamping {what} changes h of layer {layer} by up to {change} at later steps",
        )
    else:
        lead = QCoreApplication.translate(
            "InterventionView",
            "{n} clamps (first: {what}) change h of layer {layer} by up to {change} at later steps",
        )
    parts = [lead.format(what=what, n=len(live), layer=layer + 1, change=f"{change:.2f}")]
    head = model.head
    if head is not None and head.kind == "regress" and cf.predictions is not None:
        d = np.abs(cf.predictions - run.predictions)
        parts.append(
            QCoreApplication.translate("InterventionView", "the prediction by up to {d}").format(
                d=f"{float(np.nanmax(d)):.3g}"
            )
        )
    elif head is not None and cf.probs is not None and run.probs is not None:
        token = head.kind == "next-token"
        a, b = head.predicted(run.probs), head.predicted(cf.probs)
        differs = np.flatnonzero(a != b)
        step = session.step
        at = step if step in differs else (int(differs[0]) if differs.size else -1)
        if at < 0:
            if token:
                parts.append(
                    QCoreApplication.translate(
                        "InterventionView", "the top next token stays the same at every step"
                    )
                )
            else:
                parts.append(
                    QCoreApplication.translate(
                        "InterventionView", "the predicted class stays the same at every step"
                    )
                )
        else:
            old, new = (shown_token(top_label(model, r, at), 12) for r in (run, cf))
            if token and at == step:
                text = QCoreApplication.translate(
                    "InterventionView",
                    "the top next token changes at step {k} from “{old}” to “{new}”",
                )
            elif token:
                text = QCoreApplication.translate(
                    "InterventionView",
                    "the top next token first changes at step {k} from “{old}” to “{new}”",
                )
            elif at == step:
                text = QCoreApplication.translate(
                    "InterventionView",
                    "the predicted class changes at step {k} from “{old}” to “{new}”",
                )
            else:
                text = QCoreApplication.translate(
                    "InterventionView",
                    "the predicted class first changes at step {k} from “{old}” to “{new}”",
                )
            parts.append(text.format(k=at + 1, old=old, new=new))
    return "; ".join(parts)


class InterventionView(AnalysisView):
    """Add, list and undo interventions; the counterfactual beside the original."""

    long_run_reason = QT_TRANSLATE_NOOP(
        "AnalysisView",
        "a clamped re-run keeps every step after the clamp, which for a text this long is "
        "above the memory budget.",
    )

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.ivs = session.interventions
        self._build()
        self._debounce = QTimer(self, singleShot=True, interval=60)
        self._debounce.timeout.connect(self._put_from_form)
        undo = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.activated.connect(self.ivs.undo)
        self._on_model()

    def follows(self) -> dict[str, Slot]:
        return {
            "sigModelChanged": self._on_model,
            "sigRunChanged": self._refresh_form,
            "sigViewChanged": self._on_view,
            "sigStepChanged": self._on_step,
            "sigUnitChanged": self._on_unit,
            "interventions.sigChanged": self._on_changed,
        }

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        """Summary on top; form and list, difference map, answers side by side below."""
        self.summary = QLabel(_tr(HINT))
        self.summary.setObjectName("interventionSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setStyleSheet("color:#222; font-size:10pt")
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(3)
        left.addLayout(self._build_form())
        self._build_list(left)
        left_box = QWidget()
        left_box.setLayout(left)
        left_box.setFixedWidth(310)
        middle = self._build_difference()
        right_box = self._build_answers()
        body = QHBoxLayout()
        body.setSpacing(8)
        body.addWidget(left_box)
        body.addLayout(middle, 1)
        body.addWidget(right_box)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 4, 6, 4)
        outer.setSpacing(3)
        outer.addWidget(self.summary)
        outer.addLayout(body, 1)
        self._wire()

    def _build_form(self) -> QGridLayout:
        """What to clamp: gate or state, one unit or all, the value, quick buttons."""
        self.where = QLabel()
        self.where.setStyleSheet("color:#444")
        self.name_box = QComboBox()
        self.name_box.setToolTip(self.tr("The gate or state to clamp"))
        self.one = QRadioButton(self.tr("unit"))
        self.all = QRadioButton(self.tr("all units"))
        group = QButtonGroup(self)
        group.addButton(self.one)
        group.addButton(self.all)
        self.one.setChecked(True)
        self.unit_box = QSpinBox()
        self.unit_box.setToolTip(self.tr("The unit (click a heatmap cell to pick one)"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, SLIDER_STEPS)
        self.slider.setToolTip(self.tr("Drag: the counterfactual follows"))
        self.value_box = QDoubleSpinBox()
        self.value_box.setDecimals(3)
        self.value_box.setSingleStep(0.05)
        self.value_box.setKeyboardTracking(False)
        self.shut = QPushButton(self.tr("shut (0)"))
        self.open = QPushButton(self.tr("open (1)"))
        self.zero = QPushButton(self.tr("zero"))
        self.clamp = QPushButton(self.tr("Clamp"))
        self.clamp.setToolTip(self.tr("Clamp to the value shown"))
        for b in (self.shut, self.open, self.zero, self.clamp):
            b.setAutoDefault(False)
        form = QGridLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(4)
        form.setVerticalSpacing(3)
        form.addWidget(self.where, 0, 0, 1, 5)
        form.addWidget(self.name_box, 1, 0)
        form.addWidget(self.one, 1, 1)
        form.addWidget(self.unit_box, 1, 2)
        form.addWidget(self.all, 1, 3, 1, 2)
        form.addWidget(self.slider, 2, 0, 1, 3)
        form.addWidget(self.value_box, 2, 3, 1, 2)
        quick = QHBoxLayout()
        quick.setSpacing(4)
        for b in (self.shut, self.open, self.zero):
            quick.addWidget(b)
        quick.addStretch(1)
        quick.addWidget(self.clamp)
        form.addLayout(quick, 3, 0, 1, 5)
        return form

    def _build_list(self, left: QVBoxLayout) -> None:
        """The interventions, with Remove, Undo and Clear."""
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("interventionList")
        self.table.setHorizontalHeaderLabels(
            [self.tr("step"), self.tr("token"), self.tr("layer"), self.tr("gate"),
             self.tr("unit"), self.tr("value")]
        )  # fmt: skip
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(20)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(30)
        self.table.setMinimumHeight(60)
        self.remove = QPushButton(self.tr("Remove"))
        self.undo = QPushButton(self.tr("Undo"))
        self.undo.setToolTip(self.tr("Undo the last change (Ctrl+Z)"))
        self.clear = QPushButton(self.tr("Clear"))
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for b in (self.remove, self.undo, self.clear):
            b.setAutoDefault(False)
            buttons.addWidget(b)
        left.addWidget(self.table, 1)
        left.addLayout(buttons)

    def _build_difference(self) -> QVBoxLayout:
        """The difference map with its gate and row choices."""
        self.diff_name = QComboBox()
        self.diff_rows = QComboBox()
        for label, n in ROW_CHOICES:
            self.diff_rows.addItem(_tr(label), n)
        self.diff_title = QLabel()
        self.diff_title.setStyleSheet("font-weight:600")
        # the title may be cut short rather than widen the window (1024 px must fit)
        self.diff_title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.diff = DifferenceMap(_tr(MAP_HINT))
        self.diff.describe = self.describe_cell
        self.diff.setMinimumSize(200, 120)
        top = QHBoxLayout()
        top.setSpacing(4)
        top.addWidget(self.diff_title, 1)
        top.addWidget(self.diff_name)
        top.addWidget(self.diff_rows)
        middle = QVBoxLayout()
        middle.setContentsMargins(0, 0, 0, 0)
        middle.setSpacing(2)
        middle.addLayout(top)
        middle.addWidget(self.diff, 1)
        return middle

    def _build_answers(self) -> QWidget:
        """Original and counterfactual answers at the current step, one above the other."""
        self.answer_title = QLabel()
        self.answer_title.setStyleSheet("font-weight:600")
        self.before_label, self.after_label = (
            QLabel(self.tr("original")),
            QLabel(self.tr("with interventions")),
        )
        self.before, self.after = ProbabilityBars(), ProbabilityBars()
        self.before_note, self.after_note = QLabel(), QLabel()
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(2)
        right.addWidget(self.answer_title)
        for label, bars, note in (
            (self.before_label, self.before, self.before_note),
            (self.after_label, self.after, self.after_note),
        ):
            label.setStyleSheet("color:#555")
            note.setStyleSheet("font-size:12pt")
            right.addWidget(label)
            right.addWidget(bars)
            right.addWidget(note)
        right.addStretch(1)
        right_box = QWidget()
        right_box.setLayout(right)
        right_box.setFixedWidth(220)
        right_box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        return right_box

    def _wire(self) -> None:
        """Connect the controls (the session's signals are connected in ``__init__``)."""
        self.name_box.currentIndexChanged.connect(self._refresh_form)
        self.one.toggled.connect(self._refresh_form)
        self.unit_box.valueChanged.connect(self._refresh_form)
        self.slider.valueChanged.connect(self._on_slider)
        self.value_box.valueChanged.connect(self._on_value_box)
        self.shut.clicked.connect(lambda: self.clamp_to(0.0))
        self.open.clicked.connect(lambda: self.clamp_to(1.0))
        self.zero.clicked.connect(lambda: self.clamp_to(0.0))
        self.clamp.clicked.connect(lambda: self.clamp_to(self.value_box.value()))
        self.remove.clicked.connect(self._remove_selected)
        self.undo.clicked.connect(self.ivs.undo)
        self.clear.clicked.connect(self.ivs.clear)
        self.diff_name.currentIndexChanged.connect(self._show_diff)
        self.diff_rows.currentIndexChanged.connect(self._show_diff)

    # ------------------------------------------------------------------ the form
    @property
    def name(self) -> str:
        return self.name_box.currentData() or ""

    def target(self, value: float) -> Intervention:
        """The intervention the form describes, at the current step of the shown layer."""
        s = self.session
        unit = self.unit_box.value() if self.one.isChecked() else None
        return Intervention(s.layer, s.direction, s.step, self.name, unit, float(value))

    def clamp_to(self, value: float) -> None:
        """Put the form's intervention with ``value`` (quick buttons, Clamp)."""
        self._set_value(value)
        self._debounce.stop()
        self._put(value)

    def _put(self, value: float) -> None:
        if not self.name or self.session.run is None:
            return
        start = time.perf_counter()
        try:
            self.ivs.put(self.target(value))
        except GateExplorerError as exc:
            self.session.sigError.emit(message_of(exc))
        # while dragging, re-run at most every 60 ms, or twice the time a re-run takes
        spent = time.perf_counter() - start
        self._debounce.setInterval(int(min(max(60.0, 2000.0 * spent), 1000.0)))

    def _put_from_form(self) -> None:
        self._put(self.value_box.value())

    def _range(self) -> tuple[float, float]:
        s = self.session
        kind = s.model.kind if s.model else ""
        values = s.values(self.name) if s.run is not None and self.name else None
        return value_range(kind, self.name, values)

    def _set_value(self, value: float) -> None:
        lo, hi = self._range()
        for w in (self.slider, self.value_box):
            w.blockSignals(True)
        self.value_box.setRange(lo, hi)
        self.value_box.setValue(value)
        self.slider.setValue(round((min(max(value, lo), hi) - lo) / (hi - lo) * SLIDER_STEPS))
        for w in (self.slider, self.value_box):
            w.blockSignals(False)

    def _on_slider(self, position: int) -> None:
        lo, hi = self._range()
        value = lo + (hi - lo) * position / SLIDER_STEPS
        self.value_box.blockSignals(True)
        self.value_box.setValue(value)
        self.value_box.blockSignals(False)
        if not self._debounce.isActive():  # at most one re-run per interval while dragging
            self._debounce.start()

    def _on_value_box(self, value: float) -> None:
        lo, hi = self._range()
        self.slider.blockSignals(True)
        self.slider.setValue(round((value - lo) / (hi - lo) * SLIDER_STEPS))
        self.slider.blockSignals(False)
        self._debounce.start()

    def _refresh_form(self, *_: object) -> None:
        """Step, layer, name or unit changed: show where, and the value there now."""
        s = self.session
        name = self.name
        gate = name in GATES
        self.shut.setVisible(gate)
        self.open.setVisible(gate)
        self.zero.setVisible(bool(name) and not gate)
        self.unit_box.setEnabled(self.one.isChecked())
        if s.model is None or s.run is None or not name:
            self.where.setText(self.tr("Open a model and type some text"))
            return
        c = s.model.net.config
        width = c.output_size if name == "h" else c.hidden_size
        self.unit_box.blockSignals(True)
        self.unit_box.setRange(0, width - 1)
        self.unit_box.blockSignals(False)
        if s.direction:
            layer = self.tr("layer {k}, backward").format(k=s.layer + 1)
        else:
            layer = self.tr("layer {k}").format(k=s.layer + 1)
        token = shown_token(s.token_text(s.step), 12)
        self.where.setText(
            self.tr("At step {k} “{token}”, {layer}: clamp").format(
                k=s.step + 1, token=token, layer=layer
            )
        )
        target = self.target(0.0)
        current = next((iv.value for iv in self.ivs.items if _same_target(iv, target)), None)
        if current is None:
            values = s.values(name)[s.step] if s.steps else np.zeros(1)
            current = float(values[target.unit] if target.unit is not None else values.mean())
        if not self.slider.isSliderDown():  # never snap the slider back under the mouse
            self._set_value(current)

    def _on_model(self) -> None:
        names = self.session.names
        for box, default in ((self.name_box, "f" if "f" in names else "h"), (self.diff_name, "h")):
            box.blockSignals(True)
            box.clear()
            for n in names:
                box.addItem(f"{n}  {long_name(n)}", n)
            if default in names:
                box.setCurrentIndex(names.index(default))
            box.blockSignals(False)
        self._on_unit(self.session.unit)
        self._on_changed()

    def _on_unit(self, unit: int) -> None:
        if unit >= 0:
            self.unit_box.setValue(unit)
            self.one.setChecked(True)
        self._refresh_form()

    def _on_view(self) -> None:
        self._refresh_form()
        self._show_diff()
        self._show_summary()

    def _on_step(self, step: int) -> None:
        self._refresh_form()
        self.diff.set_step(step)
        self._show_answers()
        self._show_summary()

    # ------------------------------------------------------------------ the list
    def _on_changed(self) -> None:
        s = self.session
        items, active = self.ivs.items, self.ivs.active
        self.table.setRowCount(len(items))
        for r, (iv, ok) in enumerate(zip(items, active, strict=True)):
            unit = self.tr("all") if iv.unit is None else str(iv.unit)
            layer = f"{iv.layer + 1}" + ("←" if iv.direction else "")
            cells = (
                str(iv.step + 1),
                shown_token(s.token_text(iv.step), 8),
                layer,
                iv.name,
                unit,
                f"{iv.value:g}",
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if not ok:
                    item.setForeground(Qt.GlobalColor.gray)
                    item.setToolTip(
                        self.tr("inactive: {why}").format(why=translated(self.ivs.why_inactive(iv)))
                    )
                else:
                    item.setToolTip(iv.describe())
                self.table.setItem(r, col, item)
        if items:
            self.table.scrollToBottom()
        self.remove.setEnabled(bool(items))
        self.clear.setEnabled(bool(items))
        self.undo.setEnabled(self.ivs.can_undo)
        self._refresh_form()
        self._show_diff()
        self._show_answers()
        self._show_summary()

    def _remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.ivs.remove(rows[0].row() if rows else len(self.ivs) - 1)

    # ------------------------------------------------------------------ the counterfactual
    def difference(self, name: str | None = None) -> np.ndarray | None:
        """(T, W) counterfactual − original of ``name`` in the shown layer, or None."""
        s, cf, run = self.session, self.ivs.counterfactual, self.ivs.original
        name = name or self.diff_name.currentData()
        if cf is None or run is None or not name:
            return None
        return cf.trace.values(name, s.layer, s.direction) - run.trace.values(
            name, s.layer, s.direction
        )

    def describe_cell(self, step: int, unit: int) -> str:
        """Readout of one cell of the difference map: original, counterfactual, change."""
        s, cf, run = self.session, self.ivs.counterfactual, self.ivs.original
        name = self.diff_name.currentData() or "h"
        if cf is None or run is None:
            return ""
        a = float(run.trace.values(name, s.layer, s.direction)[step, unit])
        b = float(cf.trace.values(name, s.layer, s.direction)[step, unit])
        token = shown_token(run.tokens[step].text, 12)
        return self.tr("step {k} “{token}”  {name}[{unit}]: {a} → {b}  (Δ {d})").format(
            k=step + 1, token=token, name=name, unit=unit,
            a=f"{a:+.4f}", b=f"{b:+.4f}", d=f"{b - a:+.4f}",
        )  # fmt: skip

    def _show_diff(self, *_: object) -> None:
        s = self.session
        name = self.diff_name.currentData() or "h"
        run = self.ivs.original
        tokens = [t.text for t in run.tokens] if run is not None else []
        diff = self.difference(name)
        if s.direction:
            layer = self.tr("layer {k} backward").format(k=s.layer + 1)
        else:
            layer = self.tr("layer {k}").format(k=s.layer + 1)
        self.diff_title.setText(
            self.tr("Δ {name}, counterfactual − original ({layer})").format(name=name, layer=layer)
        )
        rows = np.zeros(0, dtype=int)
        hint = _tr(MAP_HINT) if not self.ivs.items else self.tr("no intervention fits this text")
        if diff is not None:
            n = self.diff_rows.currentData() or 0
            if n:
                change = np.nanmax(np.abs(diff), axis=0)
                rows = np.argsort(-change, kind="stable")[: min(n, diff.shape[1])]
            else:
                rows = s.unit_order(name)
        here = [
            iv.step
            for iv, ok in zip(self.ivs.items, self.ivs.active, strict=True)
            if ok and (iv.layer, iv.direction) == (s.layer, s.direction)
        ]
        self.diff.set_data(diff, rows, tokens, here, hint)
        self.diff.set_step(s.step)

    def _show_answers(self) -> None:
        s, model = self.session, self.session.model
        head = model.head if model else None
        step = s.step
        titles = {
            "next-token": self.tr("Next token at step {k} (top {n})").format(k=step + 1, n=TOP_K),
            "classify": self.tr("Class at step {k}").format(k=step + 1),
            "regress": self.tr("Prediction at step {k}").format(k=step + 1),
        }
        self.answer_title.setText(titles.get(head.kind if head else "", self.tr("Model answer")))
        cf = self.ivs.counterfactual or self.ivs.original or s.run
        for run, bars, note in (
            (s.run, self.before, self.before_note),
            (cf, self.after, self.after_note),
        ):
            answer = top_answer(model, run, step) if model else ()
            if answer and answer[0] == "regress":
                bars.set_items(())
                bars.hide()
                note.setText(f"<b>{answer[1]:+.4f}</b>")
                note.show()
            else:
                bars.set_items(answer)
                bars.setVisible(bool(answer))
                note.setText("" if answer else "—")
                note.setVisible(not answer)
        changed = self.ivs.counterfactual is not None
        self.after_label.setText(
            self.tr("with interventions") if changed else self.tr("with interventions (none)")
        )

    def _show_summary(self) -> None:
        self.summary.setText(summary(self.session))


def _same_target(a: Intervention, b: Intervention) -> bool:
    return (a.layer, a.direction, a.step, a.name, a.unit) == (
        b.layer,
        b.direction,
        b.step,
        b.name,
        b.unit,
    )
