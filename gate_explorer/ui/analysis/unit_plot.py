"""One unit over time: its gates (0 … 1) above, its candidate and states below, tokens along x.

Clicking a heatmap row selects the unit (``session.set_unit``); this view follows it. The
lines are set once per unit, run or view change; stepping only moves the current-step line
and the dots on it. Long runs stay cheap: the curves clip to the view and downsample. A long
(checkpointed) run draws the exact window of steps around the current one (its title says
which), and the next window once the step leaves it.
"""

from __future__ import annotations

import math
from functools import partial

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from gate_explorer.engine.checkpointed import TokenTexts
from gate_explorer.session import Session
from gate_explorer.session.subscription import Slot
from gate_explorer.ui.analysis.base import AnalysisView, hint_label
from gate_explorer.ui.heatmap.axes import TokenAxis
from gate_explorer.ui.heatmap.gates import MARKER, line_colour, long_name, shown_token
from gate_explorer.ui.heatmap.panel import FOLLOW_WINDOW
from gate_explorer.ui.window.language import QT_TRANSLATE_NOOP
from gate_explorer.workspace import units

NO_UNIT_HINT = QT_TRANSLATE_NOOP(
    "UnitPlot", "Click a row in the heatmaps to follow a unit over time"
)
NO_RUN_HINT = QT_TRANSLATE_NOOP(
    "UnitPlot", "Type some text above, then click a row in the heatmaps"
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("UnitPlot", text)


def unit_title(session: Session, unit: int) -> str:
    """E.g. ``unit 92 · layer 2/2 · ★ quote unit`` (direction only when bidirectional)."""
    parts = [QCoreApplication.translate("UnitPlot", "unit {unit}").format(unit=unit)]
    model = session.model
    if model is not None:
        c = model.net.config
        parts.append(
            QCoreApplication.translate("UnitPlot", "layer {k}/{n}").format(
                k=session.layer + 1, n=c.num_layers
            )
        )
        if c.num_directions > 1:
            parts.append(
                QCoreApplication.translate("UnitPlot", "backward")
                if session.direction
                else QCoreApplication.translate("UnitPlot", "forward")
            )
    mark = session.highlighted_units().get(unit)
    if mark:
        parts.append(f"★ {mark}")
    return " · ".join(parts)


def _fmt(name: str, value: float) -> str:
    if math.isnan(value):
        return "NaN"
    return f"{value:.2f}" if name in units.SIGMOID else f"{value:+.2f}"


class _Panel:
    """One plot: lines by name, a current-step line with dots on it, a hover line."""

    def __init__(
        self,
        layout: pg.GraphicsLayout,
        row: int,
        y_label: str,
        bottom: pg.AxisItem,
        guides: tuple[float, ...] = (),
    ):
        font = QFont()
        font.setPointSize(9)
        self.plot = pg.PlotItem(axisItems={"bottom": bottom}, enableMenu=False)
        self.plot.hideButtons()
        # faint guides at fixed values, not pyqtgraph's grid: the grid redraws with the
        # auto-ranged axis on every step (about 17 ms a step on the states plot)
        for y in guides:
            guide = pg.InfiniteLine(y, angle=0, pen=pg.mkPen((0, 0, 0, 40), width=1))
            self.plot.addItem(guide, ignoreBounds=True)
        self.plot.setLabel("left", _tr(y_label), color="#444", size="9pt")
        for side in ("left", "bottom"):
            axis = self.plot.getAxis(side)
            axis.enableAutoSIPrefix(False)
            axis.setTickFont(font)
            axis.setTextPen("#333")
            axis.setPen("#999")
        self.plot.getAxis("left").setWidth(52)
        self.plot.setClipToView(True)  # long runs: draw only the visible steps ...
        self.plot.setDownsampling(auto=True, mode="peak")  # ... at most ~1 point per pixel
        layout.addItem(self.plot, row, 0)
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.now_line = pg.InfiniteLine(angle=90, pen=pg.mkPen(MARKER, width=2))
        self.now_line.setZValue(20)
        self.hover_line = pg.InfiniteLine(angle=90, pen=pg.mkPen("#adb5bd", width=1))
        self.hover_line.hide()
        self.now_dots = pg.ScatterPlotItem(size=8, pxMode=True)
        self.now_dots.setZValue(30)
        for item in (self.now_line, self.hover_line, self.now_dots):
            self.plot.addItem(item, ignoreBounds=True)

    def set_names(self, names: tuple[str, ...], legend: pg.LegendItem) -> None:
        """Make one line per name (called when the cell kind changes), each in ``legend``."""
        for curve in self.curves.values():
            self.plot.removeItem(curve)
        self.curves = {}
        for name in names:
            width = 2 if name in ("c", "h") else 1  # whole pixels: the fast line path
            curve = pg.PlotDataItem(pen=pg.mkPen(line_colour(name), width=width),
                                    connect="finite")  # fmt: skip
            self.plot.addItem(curve)  # (addItem applies the plot's clip/downsample settings)
            legend.addItem(curve, f"<b>{name}</b>&nbsp;{long_name(name)}")
            self.curves[name] = curve

    def set_step(self, step: int, values: dict[str, np.ndarray], offset: int = 0) -> None:
        """Move the current-step line and the dots marking each line's value there
        (``values`` hold steps ``offset`` on)."""
        x = step + 0.5
        k = step - offset
        self.now_line.setValue(x)
        spots = [
            {"pos": (x, float(v[k])), "brush": line_colour(n), "pen": pg.mkPen("w", width=1)}
            for n, v in values.items()
            if n in self.curves and 0 <= k < len(v) and math.isfinite(float(v[k]))
        ]
        self.now_dots.setData(spots)


class UnitPlot(AnalysisView):
    """Gates and states of the session's selected unit over time."""

    reads_long_runs = True  # a long run: the exact window around the current step

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.hint = hint_label(_tr(NO_UNIT_HINT), "unitPlotHint")
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground("w")
        self.graphics.setMinimumHeight(130)
        layout_ = self.graphics.ci.layout
        layout_.setContentsMargins(4, 2, 8, 2)
        layout_.setVerticalSpacing(0)
        self.legend = pg.LegendItem(labelTextColor="#222", labelTextSize="9pt", verSpacing=-8)
        self.legend.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.graphics.ci.addItem(self.legend, 0, 1, 2, 1)  # beside both plots, not stretched
        layout_.setAlignment(self.legend, Qt.AlignmentFlag.AlignVCenter)
        self.token_axis = TokenAxis()
        gate, value = QT_TRANSLATE_NOOP("UnitPlot", "gate"), QT_TRANSLATE_NOOP("UnitPlot", "value")
        self.gates = _Panel(self.graphics.ci, 0, gate, pg.AxisItem("bottom"), (0.0, 0.5, 1.0))
        self.states = _Panel(self.graphics.ci, 1, value, self.token_axis)
        self.gates.plot.setXLink(self.states.plot)
        self.gates.plot.getAxis("bottom").setStyle(showValues=False)
        self.gates.plot.setYRange(-0.14, 1.14, padding=0)
        self.gates.plot.setMouseEnabled(x=True, y=False)
        self.gates.plot.getAxis("left").setTicks([[(0, "0"), (0.5, "0.5"), (1, "1")]])
        self.states.plot.addItem(pg.InfiniteLine(angle=0, pen=pg.mkPen("#ced4da", width=1)))
        self.states.plot.setMouseEnabled(x=True, y=False)
        self.states.plot.enableAutoRange(y=True)
        self.states.plot.setAutoVisible(y=True)
        self.title = QLabel()
        self.title.setObjectName("unitPlotTitle")
        self.readout = QLabel()
        self.readout.setObjectName("unitPlotReadout")
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        self.header = QWidget()
        head = QHBoxLayout(self.header)
        head.setContentsMargins(4, 0, 4, 0)
        head.setSpacing(18)
        head.addWidget(self.title)
        head.addWidget(self.readout, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.hint, 1)
        layout.addWidget(self.graphics, 1)

        self.unit = -1
        self.values: dict[str, np.ndarray] = {}  # (T,) of the shown unit, by name
        self.offset = 0  # the step of values[name][0] (a long run holds one window of steps)
        self.tokens: list[str] = []
        self.step = 0
        self.hover_step: int | None = None
        self._names: tuple[str, ...] = ()
        self._fitted: object = None  # the run whose tokens and x range are set
        self.graphics.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.reload()

    def follows(self) -> dict[str, Slot]:
        return {
            "sigRunChanged": self.reload,
            "sigModelChanged": self.reload,
            "sigViewChanged": self.reload,
            "sigUnitChanged": self.reload,
            "sigHighlightChanged": self._set_title,
            "sigStepChanged": self.set_step,
        }

    # ------------------------------------------------------------------ data
    @property
    def curves(self) -> dict[str, pg.PlotDataItem]:
        """Every line by gate/state name."""
        return {**self.gates.curves, **self.states.curves}

    def _set_names(self, names: tuple[str, ...]) -> None:
        top = tuple(n for n in names if n in units.SIGMOID)
        self.legend.clear()
        self.gates.set_names(top, self.legend)
        self.states.set_names(tuple(n for n in names if n not in units.SIGMOID), self.legend)
        shown = bool(top)
        self.gates.plot.setVisible(shown)
        self.graphics.ci.layout.setRowMaximumHeight(0, 1e6 if shown else 0)
        self._names = names

    def reload(self, *_: object) -> None:
        """Re-read the unit's lines from the session's trace (never re-runs the network)."""
        s = self.session
        names = s.names
        if names != self._names:
            self._set_names(names)
        run = s.run
        self.unit = s.unit
        if run is None or s.unit < 0:
            self.values = {}
            self.hint.setText(_tr(NO_RUN_HINT if run is None else NO_UNIT_HINT))
            self.hint.show()
            self.graphics.hide()
            self.header.hide()
            self.readout.clear()
            return
        new_run = run is not self._fitted
        if new_run:  # tokens and x range once per run; another unit or layer keeps the zoom
            long_tokens = TokenTexts(run.tokens) if s.long else None
            self.tokens = long_tokens or [t.text for t in run.tokens]
            self.token_axis.set_tokens(self.tokens)
            for panel in (self.gates, self.states):
                panel.plot.setLimits(xMin=0, xMax=max(len(self.tokens), 1))
        read, self.offset = s.values, 0
        x = np.arange(len(self.tokens), dtype=float) + 0.5
        if s.long:  # the exact window around the step (computed now unless kept)
            lo, hi = run.window_span(s.step)
            window = run.window(lo, hi).trace
            read, self.offset = partial(window.values, layer=s.layer, direction=s.direction), lo
            x = np.arange(lo, hi, dtype=float) + 0.5
            for panel in (self.gates, self.states):
                panel.plot.setLimits(xMin=lo, xMax=hi)
        self.values = {}
        for name, curve in self.curves.items():
            v = read(name)  # (T, H), or the window's (n, H)
            if s.unit < v.shape[1]:  # h of a projected LSTM is narrower than c
                self.values[name] = np.asarray(v[:, s.unit], dtype=float)
                curve.setData(x, self.values[name])
            else:
                curve.setData([], [])
        self._set_title()
        self.hint.hide()
        self.graphics.show()
        self.header.show()
        if new_run:
            self._fitted = run
            self._fit_x(s.step)
        self.step = -1
        self.set_step(s.step)

    def _set_title(self, *_: object) -> None:
        if self.unit >= 0:
            title = f"<b>{unit_title(self.session, self.unit)}</b>"
            if self.session.long and self.values:
                n = len(next(iter(self.values.values())))
                span = QCoreApplication.translate(
                    "UnitPlot", "steps {a}–{b} of {n}, the window around the current step"
                ).format(a=f"{self.offset + 1:,}", b=f"{self.offset + n:,}",
                         n=f"{len(self.tokens):,}")  # fmt: skip
                title += f" <span style='color:#666'>· {span}</span>"
            self.title.setText(title)

    def _fit_x(self, step: int) -> None:
        steps = len(self.tokens)
        if steps <= FOLLOW_WINDOW:
            lo, hi = 0, max(steps, 1)
        else:  # like the heatmaps: a window around the current step; zoom out with the wheel
            lo = min(max(step - FOLLOW_WINDOW // 2, 0), steps - FOLLOW_WINDOW)
            hi = lo + FOLLOW_WINDOW
        self.states.plot.setXRange(lo, hi, padding=0)

    # ------------------------------------------------------------------ stepping
    def set_step(self, step: int) -> None:
        """Move the current-step line (in place) and pan when it leaves the view."""
        steps = len(self.tokens)
        if not self.values or steps == 0:
            return
        step = min(max(int(step), 0), steps - 1)
        if step == self.step:
            return
        held = len(next(iter(self.values.values())))
        if self.session.long and not self.offset <= step < self.offset + held:
            self.reload()  # into another window of a long run
            return
        self.step = step
        for panel in (self.gates, self.states):
            panel.set_step(step, self.values, self.offset)
        (x0, x1), _ = self.states.plot.viewRange()
        if step < math.floor(x0) or step + 1 > math.ceil(x1):
            width = x1 - x0
            lo = min(max(step - width / 2, 0), max(steps - width, 0))
            self.states.plot.setXRange(lo, lo + width, padding=0)
        if self.hover_step is None:
            self.readout.setText(self.describe(step))

    # ------------------------------------------------------------------ hover
    def describe(self, step: int) -> str:
        """Readout of one step: step, token and every line's value, in its colour."""
        if not self.values or not 0 <= step < len(self.tokens):
            return ""
        token = shown_token(self.tokens[step], 16)
        k = step - self.offset
        parts = [
            f"<span style='color:{line_colour(n)}'><b>{n}</b> {_fmt(n, float(v[k]))}</span>"
            for n, v in self.values.items()
            if 0 <= k < len(v)
        ]
        if step == self.step:
            where = QCoreApplication.translate("UnitPlot", "current step {k}/{n}").format(
                k=step + 1, n=len(self.tokens)
            )
        else:
            where = QCoreApplication.translate("UnitPlot", "step {k}/{n}").format(
                k=step + 1, n=len(self.tokens)
            )
        return f"{where} “{token}”&nbsp;&nbsp; " + " &nbsp;·&nbsp; ".join(parts)

    def step_at(self, scene_pos: QPointF) -> int | None:
        """The step under a scene position, or None when it is outside both plots."""
        for panel in (self.gates, self.states):
            vb = panel.plot.vb
            if panel.plot.isVisible() and vb.sceneBoundingRect().contains(scene_pos):
                t = math.floor(vb.mapSceneToView(scene_pos).x())
                return t if 0 <= t < len(self.tokens) else None
        return None

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        step = self.step_at(scene_pos) if self.values else None
        self.hover_step = step
        for panel in (self.gates, self.states):
            panel.hover_line.setVisible(step is not None)
            if step is not None:
                panel.hover_line.setValue(step + 0.5)
        text = self.describe(self.step if step is None else step)
        self.readout.setText(text)
        if step is not None:
            pos = self.graphics.mapToGlobal(self.graphics.mapFromScene(scene_pos))
            QToolTip.showText(pos, text, self.graphics)
        else:
            QToolTip.hideText()

    def leaveEvent(self, event) -> None:
        self.hover_step = None
        for panel in (self.gates, self.states):
            panel.hover_line.hide()
        self.readout.setText(self.describe(self.step))
        super().leaveEvent(event)
