"""Gradient flow: how much of the gradient of the loss at one step reaches each earlier step.

A log-scale plot of ||dL/dh_t|| (and ||dL/dc_t|| for an LSTM) against the tokens, for the
layer and direction the window shows; the loss is taken at the last step or follows the
current one. A plain RNN's curve drops by orders of magnitude within a few dozen steps (the
vanishing gradient); an LSTM's cell state carries it much further. The numbers come from
``analysis.gradient_flow`` (backprop over the recorded trace, never a re-run), computed once
per (run, loss step) and cached; long runs are computed off the GUI thread.
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
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from gate_explorer.analysis.gradient_flow import (
    GradientFlow,
    float64_net,
    gradient_flow,
    reach_ratio,
)
from gate_explorer.engine.model import Model, ModelRun
from gate_explorer.engine.net import RecurrentNet
from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable
from gate_explorer.session import Session, run_cost
from gate_explorer.session.subscription import Slot
from gate_explorer.session.worker import Worker
from gate_explorer.ui.analysis.base import AnalysisView
from gate_explorer.ui.heatmap.axes import TokenAxis
from gate_explorer.ui.heatmap.gates import MARKER, long_name, shown_token
from gate_explorer.ui.window.language import QT_TRANSLATE_NOOP, translated

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
CACHE_NUMBERS = 4_000_000  # cached norms kept at most (about 32 MB), oldest dropped first


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
        return gradient_flow(model, run, target, net=net.get()), None
    except GateExplorerError as exc:
        return None, str(exc)
    except Exception as exc:  # shown, never a crash
        return None, translatable("could not compute the gradients: {error}").format(error=exc)


class GradientView(AnalysisView):
    """||dL/dh_t|| (and ||dL/dc_t||) per step for a loss at the last or the current step."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.flow: GradientFlow | None = None  # what the curves show
        self.error = ""
        self._cache: dict[int, GradientFlow] = {}  # target -> flow, for session.run
        self._net: Float64Net | None = None  # float64 copy of the model's network
        self._requested: int | None = None  # the target of the newest background job
        self._floored = 0  # values raised to FLOOR in the shown curves
        self._labels: list[str] = []  # token labels of the run
        self._worker = Worker(self)  # the newest request waits; the one running finishes
        self._worker.sigDone.connect(self._on_done)

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
        top.addStretch(1)
        top.addWidget(self.readout)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addWidget(self.caption)
        layout.addWidget(self.plot, 1)

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

    # ------------------------------------------------------------------ state
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
        self._cache.clear()
        self._requested = None
        self._worker.cancel()
        steps = self.session.steps
        self.axis.set_tokens([t.text for t in self.session.run.tokens] if steps else [])
        self._labels = [shown_token(t.text) for t in self.session.run.tokens] if steps else []
        if steps:
            self.plot.setXRange(0, steps, padding=0.01)
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
        if target in self._cache:
            self._show(self._cache[target], "")
            return
        if self._net is None or self._net.source is not model.net:
            self._net = Float64Net(model.net)
        cheap = 2 * run_cost(model, len(run.tokens)) <= Session.sync_cost  # backward ~ 2 runs
        if cheap and (self._net.ready or self._net.size <= COPY_INLINE):
            flow, error = compute(model, self._net, run, target)
            self._store(run, target, flow)
            self._show(flow, error or "")
            return
        if target != self._requested:
            self._requested = target  # only the newest request matters; a running job finishes
            job = partial(compute, model, self._net, run, target)
            self._worker.submit(job, (run, target), replace=False)
        self._set_caption(busy=True)

    def _store(self, run: ModelRun, target: int, flow: GradientFlow | None) -> None:
        if flow is None or run is not self.session.run:
            return
        size = max(flow.steps * sum(len(d) for d in flow.layers) * 2, 1)
        while self._cache and (len(self._cache) + 1) * size > CACHE_NUMBERS:
            self._cache.pop(next(iter(self._cache)))
        self._cache[target] = flow

    def _on_done(self, ticket: tuple[ModelRun, int], result: Any, _error: object) -> None:
        (run, target), (flow, error) = ticket, result
        if target == self._requested:
            self._requested = None
        if run is not self.session.run:
            return  # stale: the run changed while this was computing
        self._store(run, target, flow)
        if target == self.target():
            self._show(flow, error or "")

    def wait(self, timeout_ms: int = 10_000) -> None:
        """Block until background jobs are done and their results shown (tests; closing)."""
        self._worker.wait(timeout_ms / 1000)
        QCoreApplication.processEvents()  # deliver the queued results

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
        if show:
            self.now_line.setValue(self.session.step + 0.5)

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
