"""Gradient flow: how much of the gradient of the loss at one step reaches each earlier step.

A log-scale plot of ||dL/dh_t|| (and ||dL/dc_t|| for an LSTM) against the tokens, for the
layer and direction the window shows; the loss is taken at the last step or follows the
current one. A plain RNN's curve drops by orders of magnitude within a few dozen steps (the
vanishing gradient); an LSTM's cell state carries it much further. The numbers come from
``analysis.gradient_flow`` (backprop over the recorded trace, never a re-run), computed once
per (run, loss step) and kept in the session's per-run results (``session.results``); long
runs are computed off the GUI thread.

Below, *why* it vanishes (``workspace.vanishing``, from ``analysis.jacobian``, always in a
worker): the norm of the step Jacobian ``||ds_t/ds_{t-1}||`` of the whole recurrent state,
the factor by which one step can at most scale the gradient (their product from a step to
the loss bounds the curves above); for an LSTM the product of the forget gates from each
step to the loss, the cell path's own factor; and the singular values of each layer's
``W_hh``, the largest marked against 1.
"""

from __future__ import annotations

import math
import threading
from functools import partial
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from gate_explorer.analysis.gradient_flow import (
    GradientFlow,
    float64_net,
    gradient_flow,
    reach_ratio,
)
from gate_explorer.engine.model import Model, ModelRun
from gate_explorer.engine.net import RecurrentNet
from gate_explorer.errors import GateExplorerError, message_of
from gate_explorer.notices import translatable
from gate_explorer.session import Session, run_cost, seq2seq
from gate_explorer.session.subscription import Slot
from gate_explorer.ui.analysis.base import AnalysisView
from gate_explorer.ui.heatmap.axes import TokenAxis
from gate_explorer.ui.heatmap.gates import MARKER, long_name, shown_token
from gate_explorer.ui.heatmap.panel import BOUNDARY
from gate_explorer.ui.window.language import QT_TRANSLATE_NOOP, translated
from gate_explorer.workspace.seq2seq import Seq2SeqShownRun, pair_gradient_flow
from gate_explorer.workspace.vanishing import ForgetCurve, Vanishing, forget_curve, vanishing

H_COLOUR, C_COLOUR = "#212529", "#c92a2a"  # hidden: near black, cell: red (as the unit plot)
FLOOR = 1e-300  # norms below this (float64 underflow) are drawn at it, and the caption says so
MODES = (QT_TRANSLATE_NOOP("GradientView", "last step"),
         QT_TRANSLATE_NOOP("GradientView", "current step"))  # fmt: skip
EMPTY_HINT = QT_TRANSLATE_NOOP(
    "GradientView", "Type some text above to see how the gradient flows back through time"
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("GradientView", text)


MIN_DECADES = 6  # the y axis spans at least this many powers of ten
DOTS_UP_TO = 80  # runs this short get a dot on every step (a lone reachable step shows)
COPY_INLINE = 2_000_000  # weights copied to float64 on the GUI thread at most (~5 ms)
J_COLOUR, F_COLOUR = "#5f3dc4", "#c92a2a"  # step Jacobian norm: violet; forget product: red
BLOCK_COLOURS = ("#1971c2", "#c92a2a", "#2f9e44", "#e67700")  # W_hh blocks (i f g o, r z n)


def sci(x: float) -> str:
    """A norm or ratio for a caption: ``0.42``, ``3.2×10⁻⁹`` (rich text)."""
    if not math.isfinite(x):
        return "—"
    if x == 0:
        return "0"
    if 1e-3 <= abs(x) < 1e3:
        return f"{x:.3g}"
    exp = math.floor(math.log10(abs(x)))
    mant = x / 10.0**exp
    if round(mant, 1) >= 10:
        mant, exp = mant / 10, exp + 1
    return f"{mant:.1f}×10<sup>{str(exp).replace('-', '−')}</sup>"


def shown(values: np.ndarray, reach: np.ndarray) -> tuple[np.ndarray, int]:
    """(T,) values to plot on the log axis: NaN out of reach, at least ``FLOOR`` within it;
    and how many were raised to the floor."""
    out = np.where(reach, values, np.nan)
    low = reach & (values < FLOOR)
    out[low] = FLOOR
    return out, int(low.sum())


class Float64Net:
    """The float64 copy of a model's network, made once, on first use, in whichever thread
    asks first (a big model's copy is slow: it should not be the GUI thread's)."""

    def __init__(self, net: RecurrentNet) -> None:
        self.source = net
        self._net: RecurrentNet | None = None
        self._lock = threading.Lock()

    @property
    def ready(self) -> bool:
        return self._net is not None or self.source.dtype == np.float64

    @property
    def size(self) -> int:
        """Number of weights."""
        return sum(p.size for p in self.source.params.values())

    def get(self) -> RecurrentNet:
        with self._lock:
            if self._net is None:
                self._net = float64_net(self.source)
            return self._net


def compute(
    model: Model, net: Float64Net, run: ModelRun, target: int, _progress: object = None
) -> tuple[GradientFlow | None, str | None]:
    """``gradient_flow``, with any failure turned into a message for the caption (also the
    worker's job: ``partial(compute, model, net, run, target)``)."""
    try:
        if isinstance(run, Seq2SeqShownRun):  # both stacks, through the hand-over
            return pair_gradient_flow(run, target), None
        return gradient_flow(model, run, target, net=net.get()), None
    except GateExplorerError as exc:
        return None, message_of(exc)
    except Exception as exc:  # shown, never a crash
        return None, translatable("could not compute the gradients: {error}").format(error=exc)


def compute_forget(run: ModelRun, layer: int, target: int, _progress: object = None) -> tuple:
    """(``ForgetCurve`` or None, message) for the LSTM's cell path to ``target`` (a job)."""
    try:
        return forget_curve(run, layer, target), ""
    except GateExplorerError as exc:
        return None, message_of(exc)


def _vanishing_job(model: Model, run: ModelRun, net: Any, _progress: object = None) -> Vanishing:
    """``vanishing`` as a worker job; ``net`` makes (or returns) the float64 copy there."""
    return vanishing(model, run, net() if net is not None else None)


def _flow_size(result: tuple) -> int:
    flow = result[0]
    return max(flow.steps * sum(len(d) for d in flow.layers) * 2, 1)


class GradientView(AnalysisView):
    """||dL/dh_t|| (and ||dL/dc_t||) per step for a loss at the last or the current step."""

    long_run_reason = QT_TRANSLATE_NOOP(
        "AnalysisView",
        "the gradient flows back through every step's gates, which a run this long does not keep.",
    )

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.flow: GradientFlow | None = None  # what the curves show
        self.error = ""
        self.why: Vanishing | None = None  # step norms and W_hh spectra of the run shown
        self.forget: ForgetCurve | None = None  # the LSTM's cell path to the loss step
        self._net: Float64Net | None = None  # float64 copy of the model's network
        self._floored = 0  # values raised to FLOOR in the shown curves
        self._labels: list[str] = []  # token labels of the run
        self.results = session.results  # per-run cache and workers, shared with the session
        self.results.sigReady.connect(self._on_ready)

        self.mode = QComboBox()
        self.mode.setObjectName("lossAt")
        self.mode.addItems([_tr(m) for m in MODES])
        self.mode.setToolTip(self.tr("Take the loss at the last step, or at the current step"))
        self.mode.currentIndexChanged.connect(lambda _i: self.refresh())
        self.where = QLabel()
        self.where.setObjectName("gradientWhere")
        self.where.setStyleSheet("color:#555")
        self.readout = QLabel()  # the values under the mouse
        self.readout.setObjectName("gradientReadout")
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        self.caption = QLabel()
        self.caption.setObjectName("gradientCaption")
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.RichText)

        self.plot = self._build_plot()

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Loss at:")))
        top.addWidget(self.mode)
        top.addSpacing(12)
        top.addWidget(self.where)
        self.why_toggle = QCheckBox(self.tr("Why it vanishes"))
        self.why_toggle.setObjectName("whyToggle")
        self.why_toggle.setToolTip(self.tr(
            "Show the per-step factor behind the curves: the step Jacobian norm, the forget "
            "gates' product (LSTM) and the singular values of W_hh"
        ))  # fmt: skip
        top.addSpacing(12)
        top.addWidget(self.why_toggle)
        top.addStretch(1)
        top.addWidget(self.readout)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addWidget(self.caption)
        layout.addWidget(self.plot, 1)
        self.why_box = self._build_why()
        self.why_box.hide()  # shown with the "Why it vanishes" box: then computed
        layout.addWidget(self.why_box, 1)
        self.why_toggle.toggled.connect(self.set_why)

        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.plot.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        self.plot.setToolTip(
            self.tr("Click a step to go there; with 'current step' the loss moves too")
        )
        self._on_model()

    def follows(self) -> dict[str, Slot]:
        return {
            "sigModelChanged": self._on_model,
            "sigRunChanged": self._on_run,
            "sigStepChanged": self._on_step,
            "sigViewChanged": self.refresh,
        }

    def _build_plot(self) -> pg.PlotWidget:
        """The log-scale plot: two curves, dots at the loss step, the loss and step lines."""
        self.axis = TokenAxis()
        plot = pg.PlotWidget(background="w", axisItems={"bottom": self.axis})
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMinimumHeight(180)
        item = plot.getPlotItem()
        item.setLogMode(False, True)
        item.showGrid(x=False, y=True, alpha=0.15)
        item.setMouseEnabled(x=True, y=False)
        item.setLabel("left", self.tr("gradient norm (log scale)"), color="#333")
        font = QFont()
        font.setPointSize(9)
        for side in ("left", "bottom"):
            ax = item.getAxis(side)
            ax.setTickFont(font)
            ax.setTextPen("#333")
            ax.setPen("#999")
            ax.enableAutoSIPrefix(False)
        legend = item.addLegend(offset=(10, 5), labelTextColor="#222", labelTextSize="10pt")
        legend.setBrush(pg.mkBrush(255, 255, 255, 220))
        self.after = pg.LinearRegionItem(movable=False, brush=pg.mkBrush(0, 0, 0, 14),
                                         pen=pg.mkPen(None))  # fmt: skip
        self.after.setZValue(-10)
        item.addItem(self.after, ignoreBounds=True)
        self.h_curve = item.plot(
            pen=pg.mkPen(H_COLOUR, width=2),
            connect="finite",
            name="‖dL/dh‖ " + long_name("h"),
        )
        self.c_curve = item.plot(
            pen=pg.mkPen(C_COLOUR, width=2), connect="finite", name="‖dL/dc‖ cell state"
        )
        self.h_dot = item.plot(pen=None, symbol="o", symbolSize=9, symbolPen="w",
                               symbolBrush=H_COLOUR)  # fmt: skip
        self.c_dot = item.plot(pen=None, symbol="o", symbolSize=9, symbolPen="w",
                               symbolBrush=C_COLOUR)  # fmt: skip
        for curve, colour in ((self.h_curve, H_COLOUR), (self.c_curve, C_COLOUR)):
            curve.setSymbolSize(4)
            curve.setSymbolBrush(colour)
            curve.setSymbolPen(None)
        label = {"position": 0.04, "color": MARKER, "anchors": [(1.1, 1), (1.1, 1)]}
        self.target_line = pg.InfiniteLine(
            angle=90, pen=pg.mkPen(MARKER, width=2), label="loss", labelOpts=label
        )
        item.addItem(self.target_line, ignoreBounds=True)
        dash = pg.mkPen(QColor(MARKER).lighter(130), width=1, style=Qt.PenStyle.DashLine)
        self.now_line = pg.InfiniteLine(angle=90, pen=dash)
        item.addItem(self.now_line, ignoreBounds=True)
        self.hint = pg.TextItem(_tr(EMPTY_HINT), color="#666", anchor=(0.5, 0.5))
        self.hint.setFont(QFont("", 12))
        item.addItem(self.hint, ignoreBounds=True)
        return plot

    def _build_why(self) -> QWidget:
        """Step Jacobian norms and forget products along the text; W_hh spectra beside."""
        box = QWidget()
        box.setObjectName("whyVanish")
        self.why_axis = TokenAxis()
        self.why_plot = pg.PlotWidget(background="w", axisItems={"bottom": self.why_axis})
        self.sv_plot = pg.PlotWidget(background="w")
        font = QFont()
        font.setPointSize(9)
        for plot in (self.why_plot, self.sv_plot):
            plot.setMenuEnabled(False)
            plot.hideButtons()
            plot.setMinimumHeight(150)
            item = plot.getPlotItem()
            item.showGrid(x=False, y=True, alpha=0.15)
            for side in ("left", "bottom"):
                ax = item.getAxis(side)
                ax.setTickFont(font)
                ax.setTextPen("#333")
                ax.setPen("#999")
                ax.enableAutoSIPrefix(False)
            one = pg.InfiniteLine(
                pos=0.0, angle=0, pen=pg.mkPen("#868e96", width=1, style=Qt.PenStyle.DashLine)
            )
            item.addItem(one, ignoreBounds=True)  # the log axis: 10^0 = 1
        item = self.why_plot.getPlotItem()
        item.setLogMode(False, True)
        item.setMouseEnabled(x=True, y=False)
        item.setLabel("left", self.tr("per-step factor (log)"), color="#333")
        legend = item.addLegend(offset=(10, 5), labelTextColor="#222", labelTextSize="9pt")
        legend.setBrush(pg.mkBrush(255, 255, 255, 220))
        self.jac_curve = item.plot(pen=pg.mkPen(J_COLOUR, width=2), connect="finite",
                                   name=self.tr("‖ds_t/ds_t−1‖ step Jacobian"))  # fmt: skip
        self.f_median = item.plot(pen=pg.mkPen(F_COLOUR, width=2), connect="finite",
                                  name=self.tr("∏ f to the loss (median unit)"))  # fmt: skip
        self.f_max = item.plot(
            pen=pg.mkPen(F_COLOUR, width=1, style=Qt.PenStyle.DotLine), connect="finite",
            name=self.tr("∏ f to the loss (most kept unit)"),
        )  # fmt: skip
        self.why_now = pg.InfiniteLine(angle=90, pen=pg.mkPen(MARKER, width=1))
        item.addItem(self.why_now, ignoreBounds=True)
        self.boundaries = []  # an encoder-decoder's hand-over, in both plots along the text
        for plot in (self.plot, self.why_plot):
            line = pg.InfiniteLine(angle=90, pen=pg.mkPen(BOUNDARY, width=2))
            line.hide()
            plot.getPlotItem().addItem(line, ignoreBounds=True)
            self.boundaries.append(line)
        item = self.sv_plot.getPlotItem()
        item.setLogMode(False, True)
        item.setMouseEnabled(x=False, y=False)
        item.setLabel("left", self.tr("singular value (log)"), color="#333")
        item.setLabel("bottom", self.tr("W_hh singular values, largest first"), color="#333")
        sv_legend = item.addLegend(offset=(-10, 5), labelTextColor="#222", labelTextSize="9pt")
        sv_legend.setBrush(pg.mkBrush(255, 255, 255, 220))
        self.sv_curves = [
            item.plot(pen=pg.mkPen(c, width=1.5), symbol="o", symbolSize=4, symbolPen=None,
                      symbolBrush=c)
            for c in BLOCK_COLOURS
        ]  # fmt: skip
        self.sv_top = item.plot(pen=None, symbol="star", symbolSize=13, symbolPen="#111",
                                symbolBrush="#ffd43b")  # fmt: skip
        self.why_caption = QLabel()
        self.why_caption.setObjectName("whyCaption")
        self.why_caption.setWordWrap(True)
        self.why_caption.setTextFormat(Qt.TextFormat.RichText)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.why_plot, 3)
        row.addWidget(self.sv_plot, 1)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.why_caption)
        layout.addLayout(row, 1)
        return box

    # ------------------------------------------------------------------ state
    @property
    def showing_why(self) -> bool:
        """True when the why-it-vanishes part is shown (and its numbers are asked for)."""
        return self.why_toggle.isChecked()

    def set_why(self, on: bool) -> None:
        """Show or hide the why-it-vanishes part; shown, its numbers are computed."""
        if self.why_toggle.isChecked() != on:
            self.why_toggle.setChecked(on)  # comes back here through ``toggled``
            return
        self.why_box.setVisible(on)
        if on:
            self.refresh()

    @property
    def following(self) -> bool:
        """True when the loss follows the current step."""
        return self.mode.currentIndex() == 1

    def set_following(self, follow: bool) -> None:
        self.mode.setCurrentIndex(1 if follow else 0)

    def target(self) -> int:
        """The step (0-based) the loss is taken at now."""
        steps = self.session.steps
        return min(self.session.step, steps - 1) if self.following else steps - 1

    # ------------------------------------------------------------------ session signals
    def _on_model(self) -> None:
        self._net = None
        self._on_run()

    def _on_run(self) -> None:
        steps = self.session.steps
        self.why, self.forget = None, None
        b = seq2seq.boundary(self.session.run)
        for line in self.boundaries:
            line.setVisible(b is not None and 0 < b < steps)
            line.setValue(b or 0)
        self.axis.set_tokens([t.text for t in self.session.run.tokens] if steps else [])
        self.why_axis.set_tokens([t.text for t in self.session.run.tokens] if steps else [])
        self._labels = [shown_token(t.text) for t in self.session.run.tokens] if steps else []
        if steps:
            self.plot.setXRange(0, steps, padding=0.01)
            self.why_plot.setXRange(0, steps, padding=0.01)
        self._show(None, "")  # nothing of the old run stays on screen
        self.refresh()

    def _on_step(self, _step: int) -> None:
        if self.following:
            self.refresh()
        else:
            self._draw_step()
            self._set_caption()

    # ------------------------------------------------------------------ mouse
    def _step_at(self, scene_pos) -> int | None:
        vb = self.plot.getPlotItem().vb
        if not vb.sceneBoundingRect().contains(scene_pos) or self.flow is None:
            return None
        step = math.floor(vb.mapSceneToView(scene_pos).x())
        return step if 0 <= step < self.flow.steps else None

    def _on_mouse_moved(self, scene_pos) -> None:
        step = self._step_at(scene_pos)
        self.readout.setText("" if step is None else self.readout_at(step))

    def _on_mouse_clicked(self, event) -> None:
        step = self._step_at(event.scenePos())
        if step is not None and event.button() == Qt.MouseButton.LeftButton:
            self.session.set_step(step)

    def readout_at(self, step: int) -> str:
        """Rich text: the norms at ``step`` of the shown layer and direction."""
        flow = self.flow
        if flow is None or not 0 <= step < flow.steps:
            return ""
        f = flow.flow(min(self.session.layer, len(flow.layers) - 1),
                      self.session.direction % len(flow.layers[0]))  # fmt: skip
        text = self.tr("step {k} {token}: ").format(k=step + 1, token=_token(self.session, step))
        if not f.reach[step]:
            return text + self.tr("no gradient reaches this step")
        text += f"‖dL/dh‖ {sci(float(f.h_norm[step]))}"
        if f.c_norm is not None:
            text += f" · ‖dL/dc‖ {sci(float(f.c_norm[step]))}"
        return text

    # ------------------------------------------------------------------ computing
    def refresh(self) -> None:
        """Show the flow for the current target: from the cache, now, or once computed."""
        model, run = self.session.model, self.session.run
        if model is None or run is None or not run.tokens:
            self._show(None, "")
            return
        target = self.target()
        if self.showing_why:
            self._request_why(model, run, target)
        key = ("gradients", target)
        if key in self.results:
            self._show(self.results.get(key)[0], "")
            return
        if self._net is None or self._net.source is not model.net:
            self._net = Float64Net(model.net)
        cheap = 2 * run_cost(model, len(run.tokens)) <= Session.sync_cost  # backward ~ 2 runs
        inline = cheap and (self._net.ready or self._net.size <= COPY_INLINE)
        result = self.results.compute(
            key, partial(compute, model, self._net, run, target), channel="gradients",
            inline=inline, size=_flow_size, keep=lambda r: r[0] is not None,
        )  # fmt: skip
        if inline:
            flow, error = result
            self._show(flow, error or "")
            return
        self._set_caption(busy=True)  # only the newest request waits; a running job finishes

    def _request_why(self, model: Model, run: ModelRun, target: int) -> None:
        """Ask for the step norms (once per run) and the forget product to ``target``; both
        are computed in the session's workers, never here."""
        net = self._net.get if self._net is not None and self._net.source is model.net else None
        why = self.results.compute(
            ("vanishing",), partial(_vanishing_job, model, run, net), channel="jacobian",
            size=lambda v: v.size,
        )  # fmt: skip
        if why is not None:
            self._show_why(why)
        layer = min(self.session.layer, run.trace.num_layers - 1)
        if run.trace.kind == "lstm" and run.trace.num_directions == 1:
            key = ("forget", layer, target)
            got = self.results.compute(
                key,
                partial(compute_forget, run, layer, target),
                channel="forget",
                size=lambda r: 2 * len(run.tokens),
            )
            if got is not None:
                self._show_forget(got[0])
        else:
            self._show_forget(None)

    def _on_ready(self, key: tuple) -> None:
        run = self.session.run
        if run is None:
            return
        target = self.target()
        value = self.results.get(key)
        if value is None and self.results.last is not None and self.results.last[0] == key:
            value = self.results.last[1]  # a failure: shown, not kept
        if key == ("gradients", target) and value is not None:
            flow, error = value
            self._show(flow, error or "")
        elif key == ("vanishing",) and value is not None:
            self._show_why(value)
        elif key[0] == "forget" and key[2] == target and value is not None:
            self._show_forget(value[0])

    def wait(self, timeout_ms: int = 10_000) -> None:
        """Block until background jobs are done and their results shown (tests; closing)."""
        self.results.wait(timeout_ms / 1000)
        QCoreApplication.processEvents()  # deliver the queued results

    # ------------------------------------------------------------------ why it vanishes
    def _show_why(self, why: Vanishing) -> None:
        """Draw the step norms along the text and the W_hh spectra of the shown layer."""
        self.why = why
        steps = self.session.steps
        if why.step_norm is not None and len(why.step_norm) == steps:
            self.jac_curve.setData(np.arange(steps) + 0.5, np.maximum(why.step_norm, FLOOR))
        else:
            self.jac_curve.setData([], [])
        spectrum = self._spectrum()
        for k, curve in enumerate(self.sv_curves):
            blocks = list(spectrum.blocks.items()) if spectrum else []
            if k < len(blocks):
                name, values = blocks[k]
                curve.setData(np.arange(1, len(values) + 1), np.maximum(values, FLOOR))
                curve.opts["name"] = name
            else:
                curve.setData([], [])
        legend = self.sv_plot.getPlotItem().legend
        legend.clear()
        for k, curve in enumerate(self.sv_curves):
            if spectrum and k < len(spectrum.blocks):
                legend.addItem(curve, f"W_h{list(spectrum.blocks)[k]}")
        if spectrum:
            top = spectrum.largest
            self.sv_top.setData([1], [top])
        else:
            self.sv_top.setData([], [])
        self._why_caption()

    def _spectrum(self) -> Any:
        """The ``Spectrum`` of the layer (and, for an encoder-decoder, the stack) shown."""
        why = self.why
        if why is None or not why.spectra:
            return None
        s = self.session
        c = s.model.net.config if s.model else None
        dirs = c.num_directions if c else 1
        index = s.layer * dirs + s.direction
        if s.stack == "decoder":
            index += len(why.spectra) // 2
        return why.spectra[min(index, len(why.spectra) - 1)]

    def _show_forget(self, curve: ForgetCurve | None) -> None:
        self.forget = curve
        x = np.arange(self.session.steps) + 0.5
        if curve is None or len(curve.median) != len(x):
            self.f_median.setData([], [])
            self.f_max.setData([], [])
        else:
            self.f_median.setData(x, np.maximum(curve.median, FLOOR))
            self.f_max.setData(x, np.maximum(curve.largest, FLOOR))
        lstm = curve is not None
        legend = self.why_plot.getPlotItem().legend
        names = [label.text for _s, label in legend.items]
        for item, name in ((self.f_median, self.tr("∏ f to the loss (median unit)")),
                           (self.f_max, self.tr("∏ f to the loss (most kept unit)"))):  # fmt: skip
            item.setVisible(lstm)
            if lstm and name not in names:
                legend.addItem(item, name)
            elif not lstm and name in names:
                legend.removeItem(item)
        self._why_caption()

    def _why_caption(self) -> None:
        why, s = self.why, self.session
        if s.run is None or not s.steps:
            self.why_caption.setText("")
            return
        if why is None:
            busy = self.tr("computing the step Jacobians…")
            self.why_caption.setText(f"<span style='color:#555'>{busy}</span>")
            return
        lines = []
        spectrum = self._spectrum()
        if spectrum is not None:
            top = spectrum.largest
            side = self.tr("below 1") if top < 1 else self.tr("at least 1")
            lines.append(self.tr(
                "<b>Why it vanishes.</b> Largest singular value of W_hh ({0}): <b>{1}</b> ★, "
                "{2}."
            ).format(_html(spectrum.label), sci(top), side))  # fmt: skip
        kind = why.kind
        if kind in ("rnn_tanh", "rnn_relu", "rnn"):
            lines.append(self.tr(
                "For a plain RNN each step multiplies the gradient by W_hh^T and by tanh' ≤ 1: "
                "with the largest singular value below 1 it shrinks geometrically."
            ))  # fmt: skip
            if spectrum is not None and spectrum.largest >= 1:
                lines.append(self.tr(
                    "Here it is above 1, so the shrinking comes from tanh' instead: saturated "
                    "units pass almost nothing back, and the step factor (violet) drops below 1."
                ))  # fmt: skip
        elif kind == "lstm":
            lines.append(self.tr(
                "For an LSTM this is not the whole story: the cell state passes the gradient "
                "on multiplied only by the forget gate f (red), so where f stays near 1 it "
                "survives, whatever W_hh is."
            ))  # fmt: skip
        else:
            lines.append(self.tr(
                "For a GRU this is not the whole story: the update gate z lets the state (and "
                "its gradient) pass through unchanged where z is near 1, whatever W_hh is."
            ))  # fmt: skip
        if why.step_norm is not None and len(why.step_norm):
            below = float(np.mean(why.step_norm < 1))
            with np.errstate(divide="ignore"):
                mean = float(np.exp(np.mean(np.log(why.step_norm))))
            lines.append(self.tr(
                "Violet: ‖ds_t/ds_t−1‖, the most one step can scale the gradient (geometric mean "
                "{0}); it is below 1 at {1:.0%} of the steps. Its product from a step to the "
                "loss bounds the gradient norms above."
            ).format(sci(mean), below))  # fmt: skip
        elif why.error:
            lines.append(_html(why.error))
        self.why_caption.setText("<br>".join(lines))

    # ------------------------------------------------------------------ drawing
    def _show(self, flow: GradientFlow | None, error: str) -> None:
        self.flow, self.error = flow, error
        steps = self.session.steps
        self.hint.setVisible(flow is None and (steps == 0 or bool(error)))
        if flow is None and steps == 0:
            self.hint.setText(_tr(EMPTY_HINT))
            self.plot.setRange(xRange=(0, 1), yRange=(-1, 1), padding=0)
            self.hint.setPos(0.5, 0)
        elif flow is None and error:  # e.g. NaN weights: say so where the curves would be
            self.hint.setText(self.tr("No gradient to show: see the message above"))
            self.plot.setYRange(-1, 1, padding=0)
            self.hint.setPos(steps / 2, 0)
        layer, direction = self.session.layer, self.session.direction
        item = self.plot.getPlotItem()
        item.showAxis("left", flow is not None)
        if item.legend is not None:
            item.legend.setVisible(flow is not None)
        if flow is None:
            for curve in (self.h_curve, self.c_curve, self.h_dot, self.c_dot):
                curve.setData([], [])
            self.target_line.setVisible(False)
            self.after.setVisible(False)
        else:
            f = flow.flow(min(layer, len(flow.layers) - 1), direction % len(flow.layers[0]))
            x = np.arange(flow.steps) + 0.5
            h, self._floored = shown(f.h_norm, f.reach)
            self.h_curve.setData(x, h)
            self.h_dot.setData(x[flow.target : flow.target + 1], h[flow.target : flow.target + 1])
            c = None
            if f.c_norm is not None:
                c, low = shown(f.c_norm, f.reach)
                self.c_curve.setData(x, c)
                self.c_dot.setData(
                    x[flow.target : flow.target + 1], c[flow.target : flow.target + 1]
                )
                self._floored += low
            else:
                self.c_curve.setData([], [])
                self.c_dot.setData([], [])
            symbol = "o" if flow.steps <= DOTS_UP_TO else None  # short runs: a dot per step
            for curve in (self.h_curve, self.c_curve):
                curve.setSymbol(symbol)
            self.c_curve.setVisible(f.c_norm is not None)
            self.c_dot.setVisible(f.c_norm is not None)
            self._legend_c(f.c_norm is not None)
            self.target_line.setVisible(True)
            self.target_line.setValue(flow.target + 0.5)
            self.axis.set_labels(self._labels, {flow.target: ""})  # the loss's token stays labelled
            self._fit_y(h, c if f.c_norm is not None else h)
            out = np.flatnonzero(~f.reach)
            self.after.setVisible(len(out) > 0)
            if len(out):
                self.after.setRegion((out.min(), out.max() + 1))
        self._where()
        self._draw_step()
        self._set_caption()

    def _fit_y(self, *curves: np.ndarray) -> None:
        """At least ``MIN_DECADES`` below the top, so a slow decay looks slow next to a fast
        one (autorange would stretch any decay to the full height)."""
        logs = np.log10(np.concatenate(curves))
        logs = logs[np.isfinite(logs)]
        if not len(logs):
            return
        top = float(logs.max())
        bottom = min(float(logs.min()), top - MIN_DECADES)
        self.plot.setYRange(bottom - 0.3, top + 0.3, padding=0)

    def _legend_c(self, visible: bool) -> None:
        legend = self.plot.getPlotItem().legend
        if legend is None:
            return
        names = [label.text for _s, label in legend.items]
        c_label = "‖dL/dc‖ " + long_name("c")
        has = c_label in names
        if visible and not has:
            legend.addItem(self.c_curve, c_label)
        elif not visible and has:
            legend.removeItem(self.c_curve)

    def _where(self) -> None:
        model = self.session.model
        if model is None:
            self.where.setText("")
            return
        c = model.net.config
        parts = [self.tr("layer {k}/{n}").format(k=self.session.layer + 1, n=c.num_layers)]
        if c.num_directions > 1:
            parts.append(
                self.tr("reverse direction")
                if self.session.direction
                else self.tr("forward direction")
            )
        self.where.setText(" · ".join(parts))

    def _draw_step(self) -> None:
        steps = self.session.steps
        show = steps > 0 and not self.following
        self.now_line.setVisible(show)
        self.why_now.setVisible(steps > 0)
        if show:
            self.now_line.setValue(self.session.step + 0.5)
        if steps:
            self.why_now.setValue(self.session.step + 0.5)

    def _set_caption(self, busy: bool = False) -> None:
        s = self.session
        if s.model is None or s.run is None or not s.run.tokens:
            self.caption.setText("")  # the hint sits in the middle of the plot
            return
        if busy and self.flow is None:
            self.caption.setText(
                self.tr("<span style='color:#555'>computing the gradients…</span>")
            )
            return
        if self.flow is None:
            msg = translated(self.error) if self.error else self.tr("no gradient to show")
            self.caption.setText(f"<span style='color:#c92a2a'>{_html(msg)}</span>")
            return
        self.caption.setText(caption(self.flow, s, self._floored, busy))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _token(session: Session, step: int) -> str:
    text = _html(shown_token(session.token_text(step), 12))
    return f"<span style='background-color:#e7ecf3'>&nbsp;{text}&nbsp;</span>"


def caption(flow: GradientFlow, session: Session, floored: int = 0, busy: bool = False) -> str:
    """Rich text: what the loss is, and how much of its gradient reaches the start (and the
    current step), for the layer and direction the session shows."""
    layer = min(session.layer, len(flow.layers) - 1)
    f = flow.flow(layer, session.direction % len(flow.layers[0]))
    n = flow.target + 1
    name = _html(translated(flow.loss_name))
    if flow.loss_note:
        head = QCoreApplication.translate(
            "GradientView", "Gradient of <b>{name}</b> at step <b>{n}</b> ({note})"
        ).format(name=name, n=n, note=_html(translated(flow.loss_note)))
    else:
        head = QCoreApplication.translate(
            "GradientView", "Gradient of <b>{name}</b> at step <b>{n}</b>"
        ).format(name=name, n=n)
    if f.direction:
        head += QCoreApplication.translate(
            "GradientView",
            ". The reverse direction reads right to left, so its gradient flows toward "
            "the end of the text.",
        )
    else:
        head += QCoreApplication.translate("GradientView", ", reaching each earlier step.")
    lines = [head]
    start, ratio = reach_ratio(f, flow.target)
    if start != flow.target and math.isfinite(ratio):
        if start == 0:
            text = QCoreApplication.translate(
                "GradientView",
                "At the first step ({k}: {token}) ‖dL/dh‖ is <b>{ratio}</b> of its size "
                "at step {n}",
            )
        else:
            text = QCoreApplication.translate(
                "GradientView",
                "At the last step ({k}: {token}) ‖dL/dh‖ is <b>{ratio}</b> of its size at step {n}",
            )
        text = text.format(k=start + 1, token=_token(session, start), ratio=sci(ratio), n=n)
        if f.c_norm is not None:
            _, c_ratio = reach_ratio(f, flow.target, "c")
            text += QCoreApplication.translate(
                "GradientView", "; ‖dL/dc‖ is <b>{ratio}</b>"
            ).format(ratio=sci(c_ratio))
        lines.append(text + ".")
    step = session.step
    if step < flow.steps and f.reach[step] and step != flow.target:
        at = f.h_norm[flow.target]
        text = QCoreApplication.translate(
            "GradientView", "At the current step ({k}: {token}) ‖dL/dh‖ is {ratio}"
        ).format(
            k=step + 1, token=_token(session, step),
            ratio=sci(f.h_norm[step] / at) if at > 0 else "—",
        )  # fmt: skip
        if f.c_norm is not None and f.c_norm[flow.target] > 0:
            text += f", ‖dL/dc‖ {sci(f.c_norm[step] / f.c_norm[flow.target])}"
        lines.append(text + QCoreApplication.translate("GradientView", " of it."))
    out = np.flatnonzero(~f.reach)
    if len(out):
        span = f"{out.min() + 1}–{out.max() + 1}" if len(out) > 1 else f"{out.min() + 1}"
        text = QCoreApplication.translate(
            "GradientView",
            "Steps {span} (shaded) cannot change this loss: no gradient reaches them.",
        )
        lines.append(f"<span style='color:#555'>{text.format(span=span)}</span>")
    if floored:
        lines.append(
            QCoreApplication.translate(
                "GradientView", "{count} value(s) below {floor} are drawn at {floor}."
            ).format(count=floored, floor=sci(FLOOR))
        )
    if busy:
        lines.append(
            "<span style='color:#555'>{}</span>".format(
                QCoreApplication.translate("GradientView", "computing…")
            )
        )
    return "<br>".join(lines)
