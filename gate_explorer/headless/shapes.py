"""The sequence-shape views, headless: ``--view seq2seq``, ``--view series``, ``--view jacobian``.

Each is an image (png/svg/pdf: the window's own widgets on a private ``Session``) or its
numbers (csv/npz: one row per step):

- ``seq2seq``: an encoder-decoder's heatmaps on one time axis (encoder, boundary, decoder)
  beside the decoder's answer; data: stack, step in the stack, token read, token written and
  its probability, and ||h||, ||c|| per step (npz: the joined trace too);
- ``series``: a numeric model's prediction against the true next value over the whole
  series, the current step marked, with the error against next = last; data: value,
  predicted next, true next, naive next and both errors per step;
- ``jacobian``: the Gradient flow tab (curves and the why-it-vanishes part); data: the step
  Jacobian norm, the LSTM's forget-gate product to the loss step and the gradient norms per
  step (npz: and the W_hh singular values per layer and block).
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from gate_explorer.atomic import atomic_write
from gate_explorer.engine.model import Model, ModelRun
from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable

SHAPE_VIEWS = ("seq2seq", "series", "jacobian")
SIZES = {"seq2seq": (1300, 760), "series": (1100, 480), "jacobian": (1200, 720)}


@dataclass
class Table:
    """Per-step columns (each (T,)), for CSV and NPZ; ``arrays`` go to NPZ only."""

    columns: dict[str, np.ndarray]
    arrays: dict[str, np.ndarray] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)


def _spec(values: np.ndarray) -> str:
    return ".9g" if values.dtype.itemsize <= 4 else ".17g"


def write_table(table: Table, out: str | Path, fmt: str, *, overwrite: bool = True) -> Path:
    """``table`` as CSV (the per-step columns) or NPZ (columns, arrays and ``meta``)."""
    if fmt == "csv":
        names = list(table.columns)
        cols = [table.columns[n] for n in names]

        def cell(v: Any, spec: str) -> str:
            if isinstance(v, float | np.floating):
                return "" if math.isnan(v) else format(v, spec)
            return str(v)

        def write(tmp: Path) -> None:
            with open(tmp, "w", newline="", encoding="utf-8") as fh:
                w = csv.writer(fh)
                w.writerow(names)
                specs = [_spec(c) if c.dtype.kind == "f" else "" for c in cols]
                for row in zip(*(c.tolist() for c in cols), strict=True):
                    w.writerow([cell(v, s) for v, s in zip(row, specs, strict=True)])

        return atomic_write(out, write, overwrite=overwrite)
    if fmt == "npz":
        arrays = {**table.columns, **table.arrays, "meta": np.array(json.dumps(table.meta))}

        def write_npz(tmp: Path) -> None:
            buf = io.BytesIO()
            np.savez_compressed(buf, **arrays)
            tmp.write_bytes(buf.getvalue())

        return atomic_write(out, write_npz, overwrite=overwrite)
    raise GateExplorerError(f"--view tables are csv or npz, not {fmt}")


def _tokens(run: ModelRun) -> np.ndarray:
    from gate_explorer.export.data import _storable

    return np.array(_storable(t.text for t in run.tokens), dtype=str)


def seq2seq_table(run: Any) -> Table:
    """The joined run of an encoder-decoder, one row per step (see the module docstring)."""
    from gate_explorer.workspace.seq2seq import Seq2SeqShownRun

    if not isinstance(run, Seq2SeqShownRun) or run.seq is None:
        raise GateExplorerError(
            translatable("--view seq2seq is for encoder-decoder models (e.g. seq2seq-lstm)")
        )
    b, steps = run.boundary, len(run.tokens)
    stack = np.array(["encoder"] * b + ["decoder"] * (steps - b), dtype=str)
    local = np.concatenate([np.arange(b), np.arange(steps - b)])
    written = np.array([""] * b + list(run.seq.predicted), dtype=str)
    prob = np.full(steps, np.nan)
    if run.probs is not None:
        top = np.nanmax(np.where(np.isnan(run.probs), -np.inf, run.probs), axis=1)
        prob[b:] = top[b:]
    cols = {
        "step": np.arange(steps),
        "stack": stack,
        "stack_step": local,
        "token": _tokens(run),
        "written": written,
        "written_prob": prob,
    }
    for name in ("h", "c") if "c" in run.trace.names else ("h",):
        for k in range(run.trace.num_layers):
            v = np.asarray(run.trace.values(name, k), dtype=np.float64)
            cols[f"{name}_norm_l{k}"] = np.linalg.norm(v, axis=1)
    arrays = {f"{name}_l{k}": np.asarray(run.trace.values(name, k))
              for name in run.trace.names for k in range(run.trace.num_layers)}  # fmt: skip
    meta = {"source": run.source, "answer": run.seq.answer, "forced": run.seq.forced,
            "boundary": b, "kind": run.trace.kind}  # fmt: skip
    return Table(cols, arrays, meta)


def series_table(run: ModelRun) -> Table:
    """A regress run over a series, one row per step, and the errors in ``meta``."""
    from gate_explorer.workspace.series import series_arrays, series_errors

    if run.predictions is None:
        raise GateExplorerError(
            translatable(
                "--view series is for numeric models with a regress head (e.g. sunspots-lstm)"
            )
        )
    values, pred, true_next = series_arrays(run)
    cols = {
        "step": np.arange(len(values)),
        "value": values,
        "predicted_next": pred,
        "true_next": true_next,
        "naive_next": values.copy(),
        "error": pred - true_next,
        "naive_error": values - true_next,
    }
    e = series_errors(run)
    meta: dict[str, Any] = {"steps": len(values)}
    if e is not None:
        meta |= {"count": e.count, "rmse": e.model_rmse, "mae": e.model_mae,
                 "naive_rmse": e.naive_rmse, "naive_mae": e.naive_mae,
                 "ratio": e.ratio}  # fmt: skip
    return Table(cols, {}, meta)


def jacobian_table(model: Model, run: ModelRun, target: int, layer: int = 0) -> Table:
    """Step Jacobian norms, forget products to ``target`` and gradient norms, per step."""
    from gate_explorer.analysis.gradient_flow import gradient_flow
    from gate_explorer.workspace.seq2seq import Seq2SeqShownRun, pair_gradient_flow
    from gate_explorer.workspace.vanishing import forget_curve, vanishing

    why = vanishing(model, run)
    if why.step_norm is None:
        raise GateExplorerError(why.error or "no step Jacobian for this model")
    steps = len(run.tokens)
    cols: dict[str, np.ndarray] = {
        "step": np.arange(steps),
        "token": _tokens(run),
        "step_jacobian_norm": why.step_norm,
    }
    forget = forget_curve(run, layer, target)
    if forget is not None:
        cols["forget_product_median"] = forget.median
        cols["forget_product_max"] = forget.largest
    if isinstance(run, Seq2SeqShownRun):
        flow = pair_gradient_flow(run, target)
    else:
        flow = gradient_flow(model, run, target)
    for k, dirs in enumerate(flow.layers):
        f = dirs[0]
        cols[f"dh_norm_l{k}"] = f.h_norm
        if f.c_norm is not None:
            cols[f"dc_norm_l{k}"] = f.c_norm
    arrays = {
        f"sv_{s.label.replace(' ', '_')}_{block}": values
        for s in why.spectra
        for block, values in s.blocks.items()
    }
    meta = {"loss": flow.description, "target": target, "kind": why.kind,
            "largest_singular_value": {s.label: s.largest for s in why.spectra}}  # fmt: skip
    return Table(cols, arrays, meta)


# ---------------------------------------------------------------------- images
@contextmanager
def shape_session(model: Model, text: str, *, step: int | None, layer: int = 0) -> Iterator[Any]:
    """A private ``Session`` on ``model`` and ``text`` (run inline), at ``step`` (default:
    the last); deleted at the end."""
    from gate_explorer.headless.run import ensure_app
    from gate_explorer.headless.views import _delete

    ensure_app()
    from gate_explorer.session import Session

    session = Session()
    try:
        session.sync_cost = float("inf")
        session.set_model(model)
        session.set_text(text, immediate=True)
        session.set_view(layer=layer)
        last = max(session.steps - 1, 0)
        if step is not None and not 0 <= step <= last:
            raise GateExplorerError(
                f"step {step} does not exist: the text has {session.steps} steps"
            )
        session.set_step(last if step is None else step)
        yield session
    finally:
        _delete(session)


def seq2seq_widget(session: Any) -> Any:
    """The window's heatmaps and answer panel side by side, on ``session``."""
    from PySide6.QtWidgets import QHBoxLayout, QWidget

    from gate_explorer.ui.heatmap.panel import HeatmapPanel
    from gate_explorer.ui.window.answer import AnswerView

    box = QWidget()
    box.setStyleSheet("background: white")
    row = QHBoxLayout(box)
    heatmaps = HeatmapPanel(session)
    answer = AnswerView(session)
    answer.setFixedWidth(300)
    row.addWidget(heatmaps, 1)
    row.addWidget(answer)
    box.heatmaps, box.answer = heatmaps, answer
    return box


def series_widget(session: Any) -> Any:
    """Prediction against the true next value over the whole series, the step marked."""
    import pyqtgraph as pg
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    from gate_explorer.ui.heatmap.gates import MARKER
    from gate_explorer.workspace.series import series_arrays, series_errors

    def tr(text: str) -> str:
        return QCoreApplication.translate("SeriesFigure", text)

    run = session.run
    values, pred, true_next = series_arrays(run)
    box = QWidget()
    box.setStyleSheet("background: white")
    layout = QVBoxLayout(box)
    title = QLabel(tr("{0}: predicted next value against the true next value").format(
        session.shown_model.name))  # fmt: skip
    title.setStyleSheet("font-size: 13pt; font-weight: 600; color: #222")
    plot = pg.PlotWidget(background="w")
    plot.setMenuEnabled(False)
    plot.hideButtons()
    item = plot.getPlotItem()
    legend = item.addLegend(offset=(10, 5), labelTextColor="#222")
    legend.setBrush(pg.mkBrush(255, 255, 255, 220))
    x = np.arange(len(values), dtype=float)
    item.plot(x, true_next, pen=pg.mkPen("#555", width=2), name=tr("true next value"))
    item.plot(x, pred, pen=pg.mkPen("#4c8bd6", width=2), name=tr("predicted"))
    item.plot(x, values, pen=pg.mkPen("#f08c00", width=1, style=Qt.PenStyle.DotLine),
              name=tr("next = last"))  # fmt: skip
    item.setLabel("bottom", tr("step"), color="#333")
    for side in ("left", "bottom"):
        item.getAxis(side).setTextPen("#333")
    now = pg.InfiniteLine(session.step, angle=90, pen=pg.mkPen(MARKER, width=2))
    item.addItem(now)
    caption = QLabel()
    caption.setWordWrap(True)
    caption.setStyleSheet("font-size: 11pt; color: #222")
    e = series_errors(run)
    if e is not None:
        caption.setText(tr(
            "Over the {0} steps with a known next value: RMSE {1:.4g} against {2:.4g} for "
            "next = last (ratio {3:.2f}); MAE {4:.4g} against {5:.4g}. Step {6}: predicted "
            "{7:.4g}, true next {8:.4g}."
        ).format(e.count, e.model_rmse, e.naive_rmse, e.ratio, e.model_mae, e.naive_mae,
                 session.step + 1, pred[session.step], true_next[session.step]))  # fmt: skip
    layout.addWidget(title)
    layout.addWidget(plot, 1)
    layout.addWidget(caption)
    box.plot, box.caption, box.now_line = plot, caption, now
    return box


def jacobian_widget(session: Any, follow: bool = False) -> Any:
    """The Gradient flow tab (its curves and the why-it-vanishes part), results computed;
    ``follow``: the loss at the current step (else at the last)."""
    from gate_explorer.ui.analysis.gradient_view import GradientView

    view = GradientView(session)
    view.set_following(follow)
    view.set_why(True)
    for _ in range(3):  # the gradients, the step norms, then the forget product they ask for
        view.wait()
    return view
