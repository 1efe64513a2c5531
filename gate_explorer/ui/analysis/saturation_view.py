"""Gate saturation over the whole text: one scatter per gate, one dot per unit.

As in Karpathy, Johnson and Fei-Fei (2015), fig. 3: x is the fraction of steps the gate is
shut (< 0.1), y the fraction it is open (> 0.9). Dots on the diagonal x + y = 1 are always
saturated (the gate acts as a switch); dots at the origin never are. Clicking a dot selects
its unit. Computed once per run, model or view change from the trace; stepping changes
nothing here.
"""

from __future__ import annotations

from functools import partial

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from gate_explorer.analysis.saturation import (
    Saturation,
    layer_saturation,
    saturation_in_one_pass,
)
from gate_explorer.session import Session
from gate_explorer.session.subscription import Slot
from gate_explorer.ui.analysis.base import AnalysisView, hint_label
from gate_explorer.ui.heatmap.gates import SELECTED, line_colour, long_name
from gate_explorer.ui.window.language import QT_TRANSLATE_NOOP

NO_RUN_HINT = QT_TRANSLATE_NOOP(
    "SaturationView", "Type some text above to see how often each gate is shut or open"
)
RELU_HINT = QT_TRANSLATE_NOOP(
    "SaturationView",
    "A ReLU RNN has no gates, and its hidden state is unbounded above: nothing saturates. "
    "Open an LSTM or GRU to see gate saturation.",
)
CAPTION = QT_TRANSLATE_NOOP(
    "SaturationView",
    "Each dot is a unit: how often its gate is shut (&lt; 0.1, →) vs open (&gt; 0.9, ↑) over "
    "the whole text; on the dashed line it is always one or the other",
)
TANH_CAPTION = QT_TRANSLATE_NOOP(
    "SaturationView",
    "A plain RNN has no gates; shown instead, each dot a unit: how often its tanh hidden "
    "state is saturated, h &lt; −0.9 (→) vs h &gt; 0.9 (↑); on the dashed line, always",
)
COUNTING_HINT = QT_TRANSLATE_NOOP(
    "SaturationView",
    "Counting how often each gate is shut or open over the {n} steps of the text: {pct}% "
    "(each piece recomputed from its checkpoint)",
)
CLICK_HINT = QT_TRANSLATE_NOOP(
    "SaturationView", "Click a dot to select its unit; hover over one for its numbers."
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SaturationView", text)


SHUT, OPEN = (
    QT_TRANSLATE_NOOP("SaturationView", "shut"),
    QT_TRANSLATE_NOOP("SaturationView", "open"),
)
LOW, HIGH = QT_TRANSLATE_NOOP("SaturationView", "low"), QT_TRANSLATE_NOOP("SaturationView", "high")
MAX_LABELS = 8  # highlighted units get their number written next to them, up to this many
PAD = 0.06


def _threshold(value: float) -> str:
    return f"{value:g}".replace("-", "−")


def axis_labels(sat: Saturation) -> tuple[str, str]:
    """(x, y) axis titles (HTML), e.g. ``steps shut (&lt; 0.1)``, ``steps open (&gt; 0.9)``."""
    lo, hi = _threshold(sat.low), _threshold(sat.high)
    if sat.name == "h":
        return (
            QCoreApplication.translate("SaturationView", "steps with h &lt; {lo}").format(lo=lo),
            QCoreApplication.translate("SaturationView", "steps with h &gt; {hi}").format(hi=hi),
        )
    return (
        QCoreApplication.translate("SaturationView", "steps shut (&lt; {lo})").format(lo=lo),
        QCoreApplication.translate("SaturationView", "steps open (&gt; {hi})").format(hi=hi),
    )


class _Marks(pg.ScatterPlotItem):
    """Rings and stars drawn over the dots; clicks go through to the dots beneath."""

    def mouseClickEvent(self, ev) -> None:
        ev.ignore()


class _Panel:
    """One gate: the scatter of all units, the selected unit's ring, the highlighted stars."""

    def __init__(self, name: str, on_click, on_hover) -> None:
        self.name = name
        self.sat: Saturation | None = None
        colour = line_colour(name)
        font = QFont()
        font.setPointSize(9)
        self.plot = pg.PlotItem(enableMenu=False)
        self.plot.hideButtons()
        self.plot.setTitle(
            f"<span style='color:{colour}; font-size:13pt; font-weight:600'>{name}</span>"
            f"&nbsp;&nbsp;<span style='color:#333; font-size:10pt'>{long_name(name)}</span>"
        )
        ticks = [[(0, "0"), (0.5, "½"), (1, "1")]]
        for side in ("left", "bottom"):
            axis = self.plot.getAxis(side)
            axis.setTicks(ticks)
            axis.setTickFont(font)
            axis.setTextPen("#333")
            axis.setPen("#999")
        self.plot.showGrid(x=True, y=True, alpha=0.12)
        self.plot.setMouseEnabled(x=False, y=False)
        vb = self.plot.vb
        vb.setAspectLocked(True)
        vb.setRange(xRange=(-PAD, 1 + PAD), yRange=(-PAD, 1 + PAD), padding=0)
        vb.disableAutoRange()
        diagonal = pg.PlotCurveItem(
            [0, 1], [1, 0], pen=pg.mkPen("#adb5bd", width=1, style=Qt.PenStyle.DashLine)
        )
        self.plot.addItem(diagonal)
        fill = QColor(colour)
        fill.setAlpha(150)
        self.dots = pg.ScatterPlotItem(
            size=8,
            brush=pg.mkBrush(fill),
            pen=pg.mkPen("w", width=0.6),
            hoverable=True,
            hoverSize=12,
            hoverPen=pg.mkPen("#222", width=1.5),
            tip=self.tip,
        )
        self.dots.sigClicked.connect(lambda _item, points, ev: on_click(self, points, ev))
        self.dots.sigHovered.connect(lambda _item, points, _ev: on_hover(self, points))
        self.stars = _Marks(symbol="star", size=17, brush=pg.mkBrush(colour),
                            pen=pg.mkPen("#222", width=1))  # fmt: skip
        self.stars.setZValue(5)
        self.ring = _Marks(size=18, brush=None, pen=pg.mkPen(SELECTED, width=2.5))
        self.ring.setZValue(10)
        self.hover_ring = _Marks(size=14, brush=None, pen=pg.mkPen("#222", width=1.5))
        self.hover_ring.setZValue(9)  # the unit under the mouse, shown in every panel
        self.labels: list[pg.TextItem] = []
        for item in (self.dots, self.stars, self.ring, self.hover_ring):
            self.plot.addItem(item)

    def tip(self, x: float, y: float, data: object) -> str:
        """Hover text of one dot."""
        gate = f"{self.name} ({long_name(self.name)})"
        left, right = _tr(SHUT), _tr(OPEN)
        if self.sat is not None and self.name == "h":
            left, right = f"h < {_threshold(self.sat.low)}", f"h > {_threshold(self.sat.high)}"
        return QCoreApplication.translate(
            "SaturationView", "unit {unit} · {gate}\n{left} {x} of steps · {right} {y}"
        ).format(unit=data, gate=gate, left=left, right=right, x=f"{x:.0%}", y=f"{y:.0%}")

    def set_data(self, sat: Saturation) -> None:
        self.sat = sat
        units = np.arange(len(sat.left))
        self.dots.setData(x=sat.left, y=sat.right, data=units)
        xlabel, ylabel = axis_labels(sat)
        self.plot.setLabel("bottom", xlabel, color="#444", size="9pt")
        self.plot.setLabel("left", ylabel, color="#444", size="9pt")

    def set_marks(self, selected: int, marks: dict[int, str]) -> None:
        """Ring the selected unit, star the highlighted ones and write their numbers."""
        sat = self.sat
        for label in self.labels:
            self.plot.removeItem(label)
        self.labels = []
        if sat is None:
            return
        width = len(sat.left)
        keep = [u for u in marks if 0 <= u < width]
        self.stars.setData(x=sat.left[keep], y=sat.right[keep], data=keep)
        if 0 <= selected < width:
            self.ring.setData([float(sat.left[selected])], [float(sat.right[selected])])
            star = "★ " if selected in marks else ""
            self._label(f"{star}{selected}", selected, SELECTED)
        else:
            self.ring.setData([], [])
        for unit in [u for u in keep if u != selected][:MAX_LABELS]:
            self._label(f"★ {unit}", unit, "#222")

    def set_hovered(self, unit: int) -> None:
        """Ring the unit under the mouse (-1: none) in this panel."""
        sat = self.sat
        if sat is None or not 0 <= unit < len(sat.left):
            self.hover_ring.setData([], [])
        else:
            self.hover_ring.setData([float(sat.left[unit])], [float(sat.right[unit])])

    def _label(self, text: str, unit: int, colour: str) -> None:
        """A bold number next to a unit's dot, on the side facing the middle of the panel."""
        sat = self.sat
        if sat is None:
            return
        x, y = float(sat.left[unit]), float(sat.right[unit])
        right, up = x < 0.7, y < 0.8
        label = pg.TextItem(text, color=colour, anchor=(0 if right else 1, 1 if up else 0))
        font = QFont()
        font.setPointSize(9)
        font.setBold(True)
        label.setFont(font)
        label.setPos(x + (0.03 if right else -0.03), y + (0.03 if up else -0.03))
        label.setZValue(12)
        self.plot.addItem(label)
        self.labels.append(label)


class _SquarePanels(pg.GraphicsLayoutWidget):
    """Sizes each panel about as wide as it is high, so the unit square is drawn square."""

    plots: tuple[pg.PlotItem, ...] = ()  # a class default: the base __init__ resizes
    spacing = 12

    def set_plots(self, plots: list[pg.PlotItem]) -> None:
        self.ci.clear()
        self.ci.layout.setHorizontalSpacing(self.spacing)
        self.plots = tuple(plots)
        for k, plot in enumerate(plots):
            self.ci.addItem(plot, 0, k)
        self.fit()

    def fit(self) -> None:
        side = max(self.height() - 10, 150)  # title and x axis ~70 px high, y axis ~60 wide
        for plot in self.plots:
            plot.setMaximumWidth(side)
        n = len(self.plots)
        self.setMaximumWidth(n * side + (n - 1) * self.spacing + 8 if n else 16777215)

    def sizeHint(self) -> QSize:
        return QSize(560, 200)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()


class SaturationView(AnalysisView):
    """Saturation scatters of the shown layer/direction; a click selects a unit.

    A long (checkpointed) run is counted in a worker, in one pass that recomputes the run
    piece by piece (``saturation_in_one_pass``), and kept in the session's per-run results;
    the view says how far it is until then."""

    reads_long_runs = True

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._waiting: tuple | None = None  # the long run's result being counted
        session.results.sigReady.connect(self._on_ready)
        session.results.sigProgress.connect(self._on_progress)
        self.hint = hint_label(_tr(NO_RUN_HINT), "saturationHint")
        self.graphics = _SquarePanels()
        self.graphics.setBackground("w")
        self.graphics.setMinimumSize(300, 120)
        self.graphics.ci.layout.setContentsMargins(2, 0, 2, 0)
        self.caption = QLabel()
        self.caption.setObjectName("saturationCaption")
        self.readout = QLabel()
        self.readout.setObjectName("saturationReadout")
        for label in (self.caption, self.readout):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setMinimumWidth(200)
        self.side = QWidget()
        side = QVBoxLayout(self.side)
        side.setContentsMargins(8, 4, 4, 4)
        side.setSpacing(10)
        side.addWidget(self.caption)
        side.addWidget(self.readout)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(0)
        layout.addWidget(self.hint, 1)
        layout.addWidget(self.graphics, 1)
        layout.addWidget(self.side, 1)
        self.panels: list[_Panel] = []
        self.result: tuple[Saturation, ...] = ()
        self.hover_unit = -1
        self.hover_others = 0
        self.reload()

    def follows(self) -> dict[str, Slot]:
        return {
            "sigRunChanged": self.reload,
            "sigModelChanged": self.reload,
            "sigViewChanged": self.reload,
            "sigUnitChanged": self._on_unit,
            "sigHighlightChanged": self._on_highlight,
        }

    def sizeHint(self) -> QSize:
        return QSize(800, 220)

    def panel(self, name: str) -> _Panel:
        """The panel of gate ``name``."""
        return next(p for p in self.panels if p.name == name)

    def _build(self, names: tuple[str, ...]) -> None:
        self.panels = [_Panel(n, self._on_click, self._on_hover) for n in names]
        self.graphics.set_plots([p.plot for p in self.panels])

    def reload(self, *_: object) -> None:
        """Recompute the fractions from the session's trace (run, model or view changed)."""
        s = self.session
        run = s.run
        self._waiting = None
        if run is not None and s.long:
            key = ("saturation", s.layer, s.direction)
            task = partial(saturation_in_one_pass, run.trace, s.layer, s.direction)
            found = s.results.compute(key, task, channel="saturation")
            if found is None:
                self._waiting = key
                self._counting(0, run.steps)
                return
            self.result = found
        else:
            self.result = () if run is None else layer_saturation(run.trace, s.layer, s.direction)
        steps = 0 if run is None else len(run.tokens)
        if not self.result or steps == 0:
            relu = run is not None and run.trace.kind == "rnn_relu"
            self.hint.setText(_tr(RELU_HINT if relu else NO_RUN_HINT))
            self.hint.show()
            self.graphics.hide()
            self.side.hide()
            self.caption.clear()
            self.readout.clear()
            return
        names = tuple(sat.name for sat in self.result)
        if names != tuple(p.name for p in self.panels):
            self._build(names)
        for p, sat in zip(self.panels, self.result, strict=True):
            p.set_data(sat)
        self.caption.setText(self._caption(steps))
        self.hint.hide()
        self.graphics.show()
        self.side.show()
        self.hover_unit = -1
        for p in self.panels:
            p.set_hovered(-1)
        self._on_unit(s.unit)

    def _counting(self, done: int, total: int) -> None:
        """A long run being counted: the hint says how far."""
        pct = 100 * done // max(total, 1)
        self.hint.setText(_tr(COUNTING_HINT).format(n=f"{total:,}", pct=pct))
        self.hint.show()
        self.graphics.hide()
        self.side.hide()

    def _on_progress(self, key: object, done: int, total: int) -> None:
        if key == self._waiting and key is not None:
            self._counting(done, total)

    def _on_ready(self, key: object) -> None:
        if key == self._waiting and key is not None:
            self._deliver("sigRunChanged", self.reload, ())

    def _caption(self, steps: int) -> str:
        s = self.session
        where = []
        if s.model is not None:
            c = s.model.net.config
            where.append(self.tr("layer {k}/{n}").format(k=s.layer + 1, n=c.num_layers))
            if c.num_directions > 1:
                where.append(self.tr("backward") if s.direction else self.tr("forward"))
        where.append(self.tr("{n} steps").format(n=steps))
        text = _tr(TANH_CAPTION if self.result[0].name == "h" else CAPTION)
        title = self.tr("Saturation") if self.result[0].name == "h" else self.tr("Gate saturation")
        return f"<b>{title}</b> <span style='color:#666'>· {' · '.join(where)}</span><br>{text}"

    def _on_unit(self, unit: int) -> None:
        self._on_highlight()

    def _on_highlight(self) -> None:
        marks = self.session.highlighted_units() if self.result else {}
        for p in self.panels:
            p.set_marks(self.session.unit, marks)
        self._show_readout()

    def describe(self, unit: int) -> str:
        """One unit's fractions in every panel, e.g. ``unit 3: i shut 12%, open 40% · ...``."""
        if not self.result or not 0 <= unit < len(self.result[0].left):
            return ""
        parts = [
            f"{sat.name} {_tr(LOW if sat.name == 'h' else SHUT)} {sat.left[unit]:.0%}, "
            f"{_tr(HIGH if sat.name == 'h' else OPEN)} {sat.right[unit]:.0%}"
            for sat in self.result
        ]
        mark = self.session.highlighted_units().get(unit)
        star = f" (★ {mark})" if mark else ""
        return self.tr("unit {unit}").format(unit=unit) + f"{star}: " + " · ".join(parts)

    def _readout_html(self, unit: int, hovered: bool) -> str:
        if not self.result or not 0 <= unit < len(self.result[0].left):
            return f"<span style='color:#666'>{_tr(CLICK_HINT)}</span>"
        mark = self.session.highlighted_units().get(unit)
        colour = "#222" if hovered else SELECTED
        name = self.tr("unit {unit}").format(unit=unit)
        head = f"<b style='color:{colour}'>{name}</b>" + (f" ★ {mark}" if mark else "")
        if hovered:
            head += " <span style='color:#666'>{}</span>".format(self.tr("(under the mouse)"))
        if hovered and self.hover_others:
            more = self.tr("and {n} more dots here").format(n=self.hover_others)
            head += f"<br><span style='color:#666'>{more}</span>"
        rows = "".join(
            f"<tr><td><b style='color:{line_colour(sat.name)}'>{sat.name}</b>&nbsp;</td>"
            f"<td>{_tr(LOW if sat.name == 'h' else SHUT)} {sat.left[unit]:.0%}&nbsp;&nbsp;</td>"
            f"<td>{_tr(HIGH if sat.name == 'h' else OPEN)} {sat.right[unit]:.0%}</td></tr>"
            for sat in self.result
        )
        return f"{head}<table cellspacing='0' cellpadding='1'>{rows}</table>"

    def _show_readout(self) -> None:
        hovered = self.hover_unit >= 0
        unit = self.hover_unit if hovered else self.session.unit
        self.readout.setText(self._readout_html(unit, hovered))

    # ------------------------------------------------------------------ mouse
    @staticmethod
    def _nearest(panel: _Panel, points, scene_pos: QPointF | None) -> int:
        if scene_pos is None or len(points) == 1:
            return int(points[0].data())
        p = panel.plot.vb.mapSceneToView(scene_pos)
        d = [(pt.pos().x() - p.x()) ** 2 + (pt.pos().y() - p.y()) ** 2 for pt in points]
        return int(points[int(np.argmin(d))].data())

    def _on_click(self, panel: _Panel, points, ev) -> None:
        if len(points):
            self.session.set_unit(self._nearest(panel, points, ev.scenePos()))

    def _on_hover(self, panel: _Panel, points) -> None:
        self.hover_unit = int(points[0].data()) if len(points) else -1
        self.hover_others = max(len(points) - 1, 0)
        for p in self.panels:
            p.set_hovered(self.hover_unit)
        self._show_readout()
