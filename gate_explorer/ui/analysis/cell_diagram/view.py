"""The cell diagram: the chosen cell at the current step, every part showing its vector.

LSTM: the cell-state conveyor belt c(t-1) -> x -> + -> c(t) on top, the forget, input,
output gates and the candidate below it, tanh(c) times o to h(t), and x(t), h(t-1) at the
bottom. GRU: the hidden-state belt with the reset and update gates and the candidate.
RNN: x(t), h(t-1) -> tanh -> h(t). Each part is a strip of coloured cells, one per unit,
in the heatmaps' unit order and colours. Clicking a cell selects its unit; the panel on
the right shows that unit's equations with the trace's numbers
(``gate_explorer.analysis.equations``). Reads the trace only, never re-runs the network.
"""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import (
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
)
from PySide6.QtWidgets import QHBoxLayout, QTextBrowser, QWidget

from gate_explorer.analysis import equations
from gate_explorer.engine.layers import suffix
from gate_explorer.session import Session
from gate_explorer.session.subscription import Slot
from gate_explorer.ui.analysis.base import AnalysisView
from gate_explorer.ui.analysis.cell_diagram.layout import Part
from gate_explorer.ui.analysis.cell_diagram.painting import EMPTY_HINT, CellCanvas
from gate_explorer.ui.heatmap.gates import long_name, shown_token
from gate_explorer.ui.window.language import QT_TRANSLATE_NOOP, translated

CLICK_HINT = QT_TRANSLATE_NOOP(
    "CellDiagram", "Click a unit to fill in these equations with its numbers at this step:"
)


class CellDiagram(AnalysisView):
    """The diagram of the session's cell at its step, and the selected unit's equations."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.canvas = CellCanvas(self)
        self.canvas.setObjectName("cellCanvas")
        self.equations = QTextBrowser(self)
        self.equations.setObjectName("cellEquations")
        self.equations.setOpenLinks(False)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(8.5)
        self.equations.document().setDefaultFont(mono)
        self.equations.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.equations.customContextMenuRequested.connect(self._equations_menu)
        self.shown: equations.UnitEquations | None = None  # what the panel shows
        self.equations.setMinimumWidth(300)
        self.equations.setMaximumWidth(470)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.canvas, 7)
        layout.addWidget(self.equations, 3)
        self._x_levels: dict[tuple[int, int], tuple[float, float, bool]] = {}
        self._drawn: tuple[int, int] | None = None  # (run serial, step) refreshed last
        self._weights: tuple[object, tuple[int, int], dict[str, np.ndarray]] | None = None
        self.canvas.sigUnitClicked.connect(self._on_unit_clicked)
        self.refresh()

    def follows(self) -> dict[str, Slot]:
        return {
            "sigRunChanged": self._on_run_change,
            "sigModelChanged": self._on_run_change,
            "sigViewChanged": self.refresh,
            "sigStepChanged": self._on_step,
            "sigUnitChanged": self._on_unit_change,
        }

    def minimumSizeHint(self) -> QSize:
        return QSize(600, 180)

    # ------------------------------------------------------------------ session
    def _on_run_change(self, *_: object) -> None:
        self._x_levels.clear()
        self.refresh()

    def _on_step(self, *_: object) -> None:
        """A new step; none when the run just shown already drew it (generation shows a
        longer run, then its last step: one refresh a frame, not two)."""
        if self._drawn != (self.session.run_serial, self.session.step):
            self.refresh()

    def _on_unit_clicked(self, unit: int) -> None:
        self.session.set_unit(unit)

    def _on_unit_change(self, unit: int) -> None:
        self.canvas.set_selected(unit)
        self._show_equations()

    def _ready(self) -> bool:
        s = self.session
        return s.model is not None and s.run is not None and s.steps > 0

    def refresh(self, *_: object) -> None:
        """Read the current step of the trace into the diagram and the equation panel."""
        self._drawn = None
        if not self._ready():
            self.shown = None
            self.canvas.set_hint(self.tr(EMPTY_HINT))
            self.equations.clear()
            return
        s = self.session
        self._drawn = (s.run_serial, s.step)
        self.canvas.selected = s.unit
        self.canvas.set_parts(s.model.kind, self._parts(), self._header(), self._note())
        self._show_equations()

    def _header(self) -> str:
        s = self.session
        c = s.model.net.config
        token = shown_token(s.token_text(s.step), 16)
        parts = [self.tr("step {k} / {n}").format(k=s.step + 1, n=s.steps), f"“{token}”"]
        if c.num_layers > 1:
            parts.append(self.tr("layer {k}/{n}").format(k=s.layer + 1, n=c.num_layers))
        if c.num_directions > 1:
            parts.append(self.tr("backward") if s.direction else self.tr("forward"))
        return "  ·  ".join(parts)

    def _note(self) -> str:
        s = self.session
        order = {
            "index": self.tr("index order"),
            "mean": self.tr("sorted by mean h"),
            "cluster": self.tr("clustered"),
        }
        width = s.model.net.config.hidden_size
        shown = len(s.unit_order("c" if s.model.kind == "lstm" else "h"))
        if shown < width:
            text = self.tr("{n} units in {order}, top {k} of {n} (as the heatmaps) · click a unit")
        else:
            text = self.tr("{n} units in {order} (as the heatmaps) · click a unit")
        return text.format(n=width, order=order[s.sort], k=shown)

    def _parts(self) -> dict[str, Part]:
        s = self.session
        trace, t, k, d = s.run.trace, s.step, s.layer, s.direction
        prev = "t+1" if d else "t-1"
        hidden, cell = long_name("h"), long_name("c")
        parts = {
            name: Part(
                name, name, long_name(name), s.values(name)[t], s.unit_order(name), s.levels(name)
            )
            for name in s.names
        }
        if "h" in parts and s.model.kind != "lstm":
            parts["h"] = Part(
                "h", "h(t)", hidden, s.values("h")[t], s.unit_order("h"), s.levels("h")
            )
        if "c" in parts:
            parts["c"] = Part("c", "c(t)", cell, s.values("c")[t], s.unit_order("c"), s.levels("c"))
            parts["c_prev"] = Part(
                "c_prev",
                f"c({prev})",
                cell,
                equations.previous_state(trace, "c", k, d, t),
                s.unit_order("c"),
                s.levels("c"),
            )
            parts["h"] = Part(
                "h", "h(t)", hidden, s.values("h")[t], s.unit_order("h"), s.levels("h")
            )
        parts["h_prev"] = Part(
            "h_prev",
            f"h({prev})",
            hidden,
            equations.previous_state(trace, "h", k, d, t),
            s.unit_order("h"),
            s.levels("h"),
        )
        x = equations.layer_input(trace, k, t)
        below = self.tr("input") if k == 0 else self.tr("from layer {k}").format(k=k)
        parts["x"] = Part("x", "x(t)", below, x, np.arange(len(x)), self._x_level(), units=False)
        return parts

    def _x_level(self) -> tuple[float, float, bool]:
        """Colour limits of the layer input over the whole run (once per run and layer)."""
        s = self.session
        key = (s.layer, id(s.run))
        if key not in self._x_levels:
            trace = s.run.trace
            if s.layer == 0:
                rows = trace.x[:, 0]  # (T, F)
            else:
                below = trace.layers[s.layer - 1]
                rows = np.concatenate([dt.values["h"][:, 0] for dt in below], axis=-1)
            finite = np.abs(rows[np.isfinite(rows)])
            peak = float(finite.max()) if finite.size else 1.0  # one-hot inputs: 1
            self._x_levels[key] = (-max(peak, 1e-6), max(peak, 1e-6), True)
        return self._x_levels[key]

    def _show_equations(self) -> None:
        s = self.session
        if not self._ready():
            return
        unit = s.unit
        if unit < 0:
            self.shown = None
            lines = "<br>".join(
                html.escape(x)
                for x in equations.cell_equations(
                    s.model.kind, s.model.net.gate_activation, s.model.net.reset_after
                )
            )
            self.equations.setHtml(
                f"<p style='color:#666'>{self.tr(CLICK_HINT)}</p><p style='color:#333'>{lines}</p>"
            )
            return
        self.shown = equations.unit_equations(
            s.run.trace, s.layer, s.direction, s.step, unit, self._layer_weights()
        )
        char_px = QFontMetricsF(self.equations.document().defaultFont()).horizontalAdvance("m")
        self.equations.setHtml(self.shown.html(translated, char_px))

    def _layer_weights(self) -> dict[str, np.ndarray]:
        """The shown layer's weights in float64, as the equations read them: converted once
        per run and layer, not on every step (a new run may bring new weights)."""
        s = self.session
        where = (s.layer, s.direction)
        if self._weights is None or self._weights[0] is not s.run or self._weights[1] != where:
            end = suffix(*where)
            mine = {k: np.asarray(v, dtype=np.float64)
                    for k, v in s.model.net.params.items() if k.endswith(end)}  # fmt: skip
            self._weights = (s.run, where, mine)
        return self._weights[2]

    def _equations_menu(self, pos: QPoint) -> None:
        menu = self.equations.createStandardContextMenu()
        action = menu.addAction(self.tr("Copy equations as text"))
        action.setEnabled(self.shown is not None)
        action.triggered.connect(self.copy_equations)
        menu.exec(self.equations.mapToGlobal(pos))

    def copy_equations(self) -> None:
        """Put the shown equations on the clipboard as plain text, one per line."""
        if self.shown is not None:
            QGuiApplication.clipboard().setText(self.shown.text())

    def equation_text(self) -> str:
        """The panel's text as shown (for tests and copying)."""
        return self.equations.toPlainText()
