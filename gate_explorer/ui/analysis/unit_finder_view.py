"""FIND UNITS: which units track a span of tokens, or "inside quotes" and similar presets.

Ranks every unit of every layer, direction and gate/state of the current run by |Pearson r|
with a per-token indicator (``analysis.unit_finder``), lists the best ones, draws the
indicator and the picked unit's values on a strip, and marks the best units with ★ in the
heatmaps of their layer. Reads the session's trace only: the network is never re-run.

On a long (checkpointed) run the ranking is one pass in a worker that recomputes the run
piece by piece (``rank_units_in_one_pass``; presets are evaluated there too), kept in the
session's per-run results, with its progress shown; the strip shows the indicator and the
picked unit over the window of steps around the current one.
"""

from __future__ import annotations

from functools import partial
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSignalBlocker, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from gate_explorer.analysis.unit_finder import (
    PRESETS,
    UnitScore,
    rank_units,
    rank_units_in_one_pass,
    span_indicator,
)
from gate_explorer.export.html import UnitRef, unit_values
from gate_explorer.session import Session
from gate_explorer.session.subscription import Slot
from gate_explorer.ui.analysis.base import AnalysisView
from gate_explorer.ui.heatmap.gates import MARKER, long_name, shown_token
from gate_explorer.ui.window.language import QT_TRANSLATE_NOOP, translated
from gate_explorer.ui.window.tokens import SPAN_BAND

SPAN = "span"  # the target key of the user's selected span
INSIDE = QColor(SPAN_BAND)
POSITIVE, NEGATIVE = QColor("#c92a2a"), QColor("#1864ab")
SHADE = QColor(255, 236, 179, 140)  # the inside tokens, under the unit's line
ERROR_STYLE = "color: #c92a2a;"
HINT_STYLE = "color: #495057;"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter
RANKING = QT_TRANSLATE_NOOP(
    "UnitFinderView",
    "Ranking every unit over the {n} steps of the text: {pct}% (each piece recomputed from "
    "its checkpoint)",
)
LONG_HINT = QT_TRANSLATE_NOOP(
    "UnitFinderView",
    "Press Find units to rank every unit over the {n} steps of the text: one pass over it in "
    "the background.",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("UnitFinderView", text)


def _long_ranking(run: Any, key: str, indicator: np.ndarray | None,
                  names: tuple[str, ...] | None, top: int, progress: Any
                  ) -> tuple[np.ndarray, list[UnitScore]]:  # fmt: skip
    """In a worker: a preset's indicator over a long run's tokens (unless given) and every
    unit ranked by |r| with it, in one pass."""
    if indicator is None:
        indicator = PRESETS[key][1](run.tokens)
    ind = np.asarray(indicator, dtype=float)
    if ind.max() == ind.min():  # constant: nothing correlates (the view says why)
        return ind, []
    return ind, rank_units_in_one_pass(run, ind, names, top=top, progress=progress)


def marks_of(results: list[UnitScore]) -> dict[tuple[int, int], dict[int, str]]:
    """Heatmap marks for ``results``: {(layer, direction): {unit: "c r=+0.95"}}, best first."""
    marks: dict[tuple[int, int], dict[int, str]] = {}
    for s in results:
        marks.setdefault((s.layer, s.direction), {}).setdefault(s.unit, f"{s.name} r={s.r:+.2f}")
    return marks


def _same_unit(a: UnitScore, b: UnitScore) -> bool:
    return (a.layer, a.direction, a.name, a.unit) == (b.layer, b.direction, b.name, b.unit)


class IndicatorStrip(QWidget):
    """The indicator (which tokens count as inside) as a band of token cells, and under it
    the picked unit's values over time; the current step as an orange line."""

    LEFT = 64  # room for the row labels

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.indicator = np.zeros(0)  # (T,)
        self.tokens: list[str] = []
        self.values: np.ndarray | None = None  # (T,) of the picked unit
        self.offset = 0  # the step of the first cell (a long run shows a window of steps)
        self.value_label = ""
        self.value_colour = POSITIVE
        self.setMinimumHeight(64)
        self.setMouseTracking(True)
        # a bound method, not a lambda: Qt drops it with the strip (the session outlives it)
        session.sigStepChanged.connect(self._on_step)

    def _on_step(self, _step: int) -> None:
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(600, 84)

    def set_data(self, indicator: np.ndarray, tokens: list[str], offset: int = 0) -> None:
        """The cells of steps ``offset`` .. ``offset + len(indicator)``."""
        self.offset = int(offset)
        self.indicator = np.asarray(indicator, dtype=float)
        self.tokens = [shown_token(t, 24) for t in tokens]
        self.update()

    def set_values(self, values: np.ndarray | None, label: str = "", positive: bool = True):
        self.values = None if values is None else np.asarray(values, dtype=float)
        self.value_label = label
        self.value_colour = POSITIVE if positive else NEGATIVE
        self.update()

    def _cell(self) -> float:
        return (self.width() - self.LEFT - 4) / max(len(self.indicator), 1)

    def step_at(self, x: float) -> int:
        """The step under x, or -1."""
        k = int((x - self.LEFT) // self._cell()) if x >= self.LEFT else -1
        return self.offset + k if 0 <= k < len(self.indicator) else -1

    def mousePressEvent(self, event: QMouseEvent) -> None:
        k = self.step_at(event.position().x())
        if k >= 0:
            self.session.set_step(k)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        k = self.step_at(event.position().x())
        if k >= 0:
            QToolTip.showText(event.globalPosition().toPoint(), self.describe(k), self)

    def describe(self, step: int) -> str:
        """E.g. ``step 12: 'R' · inside 1 · c[92] = +0.53``."""
        k = step - self.offset
        token = self.tokens[k] if k < len(self.tokens) else ""
        text = QCoreApplication.translate(
            "UnitFinderView", "step {k}: {token} · inside {n}"
        ).format(k=step + 1, token=repr(token), n=f"{self.indicator[k]:g}")
        if self.values is not None and k < len(self.values):
            text += f" · {self.value_label} = {self.values[k]:+.3f}"
        return text

    def paintEvent(self, event: QPaintEvent) -> None:
        t, w, x0 = len(self.indicator), self._cell(), self.LEFT
        if t == 0:
            return
        p = QPainter(self)
        band = QRectF(x0, 2, w * t, 18)
        plot = QRectF(x0, band.bottom() + 5, w * t, self.height() - band.bottom() - 8)
        p.fillRect(band, QColor("#f1f3f5"))
        p.fillRect(plot, QColor("#f8f9fa"))
        top = max(float(self.indicator.max()), 1.0)
        for k in np.flatnonzero(self.indicator > 0):
            c = QColor(INSIDE)
            c.setAlphaF(0.35 + 0.65 * min(self.indicator[k] / top, 1.0))
            p.fillRect(QRectF(x0 + k * w, band.top(), w + 0.5, band.height()), c)
            p.fillRect(QRectF(x0 + k * w, plot.top(), w + 0.5, plot.height()), SHADE)
        fm = QFontMetrics(self.font())
        p.setPen(QColor("#212529"))
        if w >= fm.horizontalAdvance("W") + 2:
            for k, label in enumerate(self.tokens):
                label = fm.elidedText(label, Qt.TextElideMode.ElideRight, int(w) - 2)
                p.drawText(QRectF(x0 + k * w, band.top(), w, band.height()), CENTRE, label)
        label_col = QRectF(0, band.top(), x0 - 6, band.height())
        p.setPen(QColor("#495057"))
        p.drawText(label_col, RIGHT, QCoreApplication.translate("UnitFinderView", "inside"))
        p.drawText(label_col.translated(0, plot.center().y() - band.center().y()), RIGHT,
                   self.value_label
                   or QCoreApplication.translate("UnitFinderView", "pick a row"))  # fmt: skip
        if self.values is not None and len(self.values) == t:
            self._draw_values(p, plot)
        step = self.session.step - self.offset
        if 0 <= step < t:
            p.setPen(QPen(QColor(MARKER), 2))
            p.setBrush(QBrush(Qt.BrushStyle.NoBrush))
            p.drawRect(QRectF(x0 + step * w, band.top(), max(w, 2), plot.bottom() - band.top()))
        p.end()

    def _draw_values(self, p: QPainter, plot: QRectF) -> None:
        """The picked unit's values as a line scaled to ``plot``; min and max on the left."""
        v = np.nan_to_num(self.values)
        t, w = len(v), self._cell()
        lo, hi = float(v.min()), float(v.max())
        y = (v - lo) / (hi - lo) if hi > lo else np.full(t, 0.5)
        xs = plot.left() + (np.arange(t) + 0.5) * w
        ys = plot.bottom() - 3 - y * (plot.height() - 6)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(self.value_colour, 1.6))
        p.drawPolyline(QPolygonF([QPointF(a, b) for a, b in zip(xs, ys, strict=True)]))
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 1.5, 6.0))
        room = 2 * QFontMetrics(small).height() + QFontMetrics(self.font()).height() + 6
        if plot.height() >= room:  # min and max above and below the unit's name
            p.setFont(small)
            p.setPen(QColor("#868e96"))
            col = QRectF(0, plot.top(), plot.left() - 6, plot.height())
            p.drawText(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, f"{hi:+.2f}")
            p.drawText(
                col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, f"{lo:+.2f}"
            )


class UnitFinderView(AnalysisView):
    """Pick what to find (a span or a preset) and which states; list and mark the best units."""

    reads_long_runs = True  # ranks a long run in one pass in a worker
    top_n = 10
    COLUMNS = (
        "#",
        QT_TRANSLATE_NOOP("UnitFinderView", "layer"),
        QT_TRANSLATE_NOOP("UnitFinderView", "direction"),
        QT_TRANSLATE_NOOP("UnitFinderView", "gate / state"),
        QT_TRANSLATE_NOOP("UnitFinderView", "unit"),
        "r",
    )

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.results: list[UnitScore] = []
        self.indicator = np.zeros(0)
        self._active = False  # Find was pressed: follow the run, target and span from now on
        self._waiting: tuple[Any, bool] | None = None  # a long run's ranking: (key, follow)
        session.results.sigReady.connect(self._on_ready)
        session.results.sigProgress.connect(self._on_progress)

        self.target = QComboBox()
        self.target.setObjectName("finderTarget")
        self.target.addItem(self.tr("the selected span"), SPAN)
        for key, (label, _fn) in PRESETS.items():
            self.target.addItem(translated(label), key)
        self.target.setToolTip(
            self.tr(
                "What the units should track: the tokens you selected in the chips above\n"
                "(shift+click or drag across them), or a preset"
            )
        )
        self.states = QComboBox()
        self.states.setObjectName("finderStates")
        self.find_button = QPushButton(self.tr("Find units"))
        self.find_button.setToolTip(
            self.tr("Rank every unit of every layer by |r| with the amber tokens")
        )
        self.clear_button = QPushButton(self.tr("Clear marks"))
        self.clear_button.setToolTip(
            self.tr("Remove the ★ marks, the results and the selected span")
        )
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.strip = IndicatorStrip(session)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("finderResults")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(QFontMetrics(self.font()).height() + 4)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setToolTip(self.tr("Click a row to show its layer and select its unit"))

        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Find units that track")))
        controls.addWidget(self.target)
        controls.addWidget(QLabel(self.tr("in")))
        controls.addWidget(self.states)
        controls.addWidget(self.find_button)
        controls.addWidget(self.clear_button)
        controls.addStretch(1)
        left = QVBoxLayout()
        left.addLayout(controls)
        left.addWidget(self.message)
        left.addWidget(self.strip, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(left, 3)
        layout.addWidget(self.table, 2)

        self.find_button.clicked.connect(lambda: self.find())
        self.clear_button.clicked.connect(lambda: self.clear())
        self.target.currentIndexChanged.connect(self._on_target)
        self.states.currentIndexChanged.connect(self._on_target)
        self.table.itemSelectionChanged.connect(self._on_row)
        self._on_model()
        self._on_run()

    def follows(self) -> dict[str, Slot]:
        return {
            "sigModelChanged": self._on_model,
            "sigRunChanged": self._on_run,
            "sigSpanChanged": self._on_span,
            "sigViewChanged": self._on_view,
            "sigStepChanged": self._on_step,
        }

    # ------------------------------------------------------------------ inputs
    def target_key(self) -> str:
        return str(self.target.currentData())

    def set_target(self, key: str) -> None:
        """Pick the target by key: ``"span"`` or a ``PRESETS`` key."""
        self.target.setCurrentIndex(self.target.findData(key))

    def chosen_names(self) -> tuple[str, ...] | None:
        """The gates/states to search (None: all of them)."""
        data = self.states.currentData()
        return None if data in (None, "all") else (str(data),)

    def target_indicator(self) -> tuple[np.ndarray | None, str]:
        """(T,) indicator of the chosen target, or None and the reason it cannot be made."""
        run = self.session.run
        if run is None or not run.tokens:
            return None, self.tr("The text is empty: type or paste some text to find units in.")
        key, t = self.target_key(), len(run.tokens)
        if key == SPAN:
            span = self.session.span
            if span is None:
                return None, self.tr(
                    "No span selected: shift+click two token chips above (or drag across "
                    "them) to select the tokens to explain, or pick a preset."
                )
            ind = span_indicator(t, *span)
            if ind.min() > 0:
                return ind, self.tr(
                    "The selected span covers every token: nothing is left outside it to "
                    "compare with. Select fewer tokens."
                )
            return ind, ""
        label, fn = PRESETS[key]
        ind = fn(run.tokens)
        return ind, self._constant(ind, label)

    def _constant(self, ind: np.ndarray, label: str) -> str:
        """Why a preset's indicator ``ind`` cannot be used ("" when it can)."""
        if ind.max() == ind.min():
            if ind[0] > 0:
                text = self.tr(
                    "“{label}” holds for every token of this text: the indicator is constant, "
                    "so nothing can correlate with it. Use a text where it changes."
                )
            else:
                text = self.tr(
                    "“{label}” holds for no token of this text: the indicator is constant, "
                    "so nothing can correlate with it. Use a text where it changes."
                )
            return text.format(label=translated(label))
        return ""

    # ------------------------------------------------------------------ finding
    def find(self, *, follow: bool = False) -> None:
        """Rank the units of the current run against the target; list and mark the best.

        Pressing Find shows the best unit (its layer and row); a ``follow`` (the run, target
        or span changed) keeps the picked result if it is still listed and leaves the view be.
        """
        picked = self.picked()
        self._active = True
        if self.session.long:
            self._find_long(follow)
            return
        ind, error = self.target_indicator()
        self.indicator = np.zeros(0) if ind is None else ind
        self._show_indicator()
        run = self.session.run
        if error or run is None:
            self._set_results([])
            self._say(error, error=True)
            return
        self._set_results(rank_units(run, self.indicator, self.chosen_names(), top=self.top_n))
        self._show_ranked(picked, follow)

    def _show_ranked(self, picked: UnitScore | None, follow: bool) -> None:
        self._on_view()
        if not self.results:
            return
        if not follow:
            self.table.selectRow(0)
            return
        same = [k for k, r in enumerate(self.results) if picked and _same_unit(r, picked)]
        if same:
            with QSignalBlocker(self.table):
                self.table.selectRow(same[0])
        self._show_values(self.results[same[0] if same else 0])

    # ------------------------------------------------------------------ long runs
    def _find_long(self, follow: bool) -> None:
        """A long run: the ranking from the session's results, else asked for in a worker
        (a span's indicator is made here, a preset's there)."""
        s = self.session
        run = s.run
        key = self.target_key()
        ind = None
        if key == SPAN or run is None or not run.tokens:
            ind, error = self.target_indicator()
            if error or run is None:
                self.indicator = np.zeros(0) if ind is None else ind
                self._show_indicator()
                self._set_results([])
                self._say(error, error=True)
                return
        names = self.chosen_names()
        rkey = ("units", key, s.span if key == SPAN else None, names, self.top_n)
        task = partial(_long_ranking, run, key, ind, names, self.top_n)
        found = s.results.compute(rkey, task, channel="units")
        if found is None:
            self._waiting = (rkey, follow)
            self._say(_tr(RANKING).format(n=f"{run.steps:,}", pct=0), hint=True)
            return
        self._show_long(found, follow)

    def _show_long(self, found: tuple[np.ndarray, list[UnitScore]], follow: bool) -> None:
        picked = self.picked()
        self._waiting = None
        self.indicator, ranked = found
        self._show_indicator()
        key = self.target_key()
        error = "" if key == SPAN else self._constant(self.indicator, PRESETS[key][0])
        if error:
            self._set_results([])
            self._say(error, error=True)
            return
        self._set_results(ranked)
        self._show_ranked(picked, follow)

    def _on_ready(self, key: object) -> None:
        if self._waiting is None or key != self._waiting[0]:
            return
        results = self.session.results
        found = results.get(key)
        if found is not None:
            self._show_long(found, self._waiting[1])
        elif results.last is not None and results.last[0] == key and results.last[2]:
            self._waiting = None
            self._set_results([])
            self._say(translated(results.last[2]), error=True)

    def _on_progress(self, key: object, done: int, total: int) -> None:
        if self._waiting is not None and key == self._waiting[0]:
            pct = 100 * done // max(total, 1)
            self._say(_tr(RANKING).format(n=f"{total:,}", pct=pct), hint=True)

    def _on_step(self, step: int) -> None:
        """A long run: the strip follows the step into another window."""
        strip = self.strip
        if self.session.long and len(self.indicator) == self.session.steps:
            if not strip.offset <= step < strip.offset + len(strip.indicator):
                self._show_indicator()
                picked = self.picked()
                if picked is not None:
                    self._show_values(picked)

    def picked(self) -> UnitScore | None:
        """The result of the selected row, if any."""
        rows = self.table.selectionModel().selectedRows()
        ok = rows and 0 <= rows[0].row() < len(self.results)
        return self.results[rows[0].row()] if ok else None

    def clear(self) -> None:
        """Remove the marks, results and span; stop following the run until Find again."""
        self._active = False
        self._set_results([])
        self.session.clear_span()
        self._preview()

    def _set_results(self, results: list[UnitScore]) -> None:
        self.results = list(results)
        self.session.replace_found_units(marks_of(self.results))
        config = self.session.model.net.config if self.session.model else None
        self.table.setColumnHidden(1, config is None or config.num_layers == 1)
        self.table.setColumnHidden(2, config is None or config.num_directions == 1)
        with QSignalBlocker(self.table):
            self.table.clearSelection()
            self.table.setRowCount(len(self.results))
            for row, s in enumerate(self.results):
                cells = (
                    str(row + 1),
                    str(s.layer + 1),
                    self.tr("backward") if s.direction else self.tr("forward"),
                    f"{s.name} · {long_name(s.name)}",
                    str(s.unit),
                    f"{s.r:+.2f}",
                )
                for col, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    if col != 3:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    self.table.setItem(row, col, item)
                r_item = self.table.item(row, 5)
                colour = QColor(POSITIVE if s.r > 0 else NEGATIVE)
                r_item.setForeground(colour)
                colour.setAlphaF(0.25 * abs(s.r))
                r_item.setBackground(colour)
        self.strip.set_values(None)

    # ------------------------------------------------------------------ session events
    def _on_model(self) -> None:
        names = self.session.names
        with QSignalBlocker(self.states):
            keep = self.states.currentData()
            self.states.clear()
            self.states.addItem(self.tr("all gates and states"), "all")
            for name in ("h", "c"):
                if name in names:
                    self.states.addItem(
                        self.tr("{long} {name} only").format(long=long_name(name), name=name), name
                    )
            index = self.states.findData(keep)
            self.states.setCurrentIndex(max(index, 0))
        self.results = []  # the model's marks were reset by the session
        self._set_results([])

    def _on_run(self) -> None:
        if not self._active:
            self._preview()
        else:
            self.find(follow=True)

    def _on_target(self) -> None:
        if self._active:
            self.find(follow=True)
        else:
            self._preview()

    def _on_span(self) -> None:
        if self.session.span is not None and self.target_key() != SPAN:
            self.set_target(SPAN)  # picking a span means: find units for it
        else:
            self._on_target()

    def _on_view(self) -> None:
        """Bold the rows of the shown layer/direction; say where the marks are."""
        s = self.session
        shown = [r for r in self.results if (r.layer, r.direction) == (s.layer, s.direction)]
        for row, r in enumerate(self.results):
            bold = (r.layer, r.direction) == (s.layer, s.direction)
            for col in range(self.table.columnCount()):
                item = self.table.item(row, col)
                font = item.font()
                font.setBold(bold)
                item.setFont(font)
        if not self.results:
            return
        label = self.target.currentText()
        inside = int((self.indicator > 0).sum())
        here = len({r.unit for r in shown})
        layers = len({(r.layer, r.direction) for r in self.results})
        if here:
            where = self.tr("{n} in the shown layer (bold)").format(n=here)
        else:
            where = self.tr("none in the shown layer")
        more = self.tr(" — switch layer to see the others") if layers > 1 or not here else ""
        self._say(
            self.tr(
                "Best {n} units for “{label}” ({inside} of {total} tokens inside), by |r|. "
                "★ marks them in the heatmaps: {where}{more}. Click a row to show its unit."
            ).format(
                n=len(self.results),
                label=label,
                inside=inside,
                total=len(self.indicator),
                where=where,
                more=more,
            )
        )

    def _on_row(self) -> None:
        """A row picked: show its layer and direction, select its unit, draw its values."""
        s = self.picked()
        if s is None:
            return
        self.session.set_view(layer=s.layer, direction=s.direction)
        self.session.set_unit(s.unit, s.name)
        self._show_values(s)

    def _show_values(self, s: UnitScore) -> None:
        run = self.session.run
        if run is not None and self.session.long and run.steps == len(self.indicator):
            lo, hi = run.window_span(self.session.step)
            values = run.window(lo, hi).trace.values(s.name, s.layer, s.direction)[:, s.unit]
            self.strip.set_values(values, f"{s.name}[{s.unit}]", s.r >= 0)
        elif run is not None and run.trace.steps == len(self.indicator):
            values = unit_values(run, UnitRef(s.layer, s.name, s.unit, s.direction))
            self.strip.set_values(values, f"{s.name}[{s.unit}]", s.r >= 0)

    # ------------------------------------------------------------------ helpers
    def _preview(self) -> None:
        """Before any Find: show what the target would be, or why it cannot be made."""
        s = self.session
        if s.long and self.target_key() != SPAN:  # a preset over a long text: at Find
            self.indicator = np.zeros(0)
            self._show_indicator()
            if self.results:
                self._set_results([])
            self._say(_tr(LONG_HINT).format(n=f"{s.steps:,}"), hint=True)
            return
        ind, error = self.target_indicator()
        self.indicator = np.zeros(0) if ind is None else ind
        self._show_indicator()
        if self.results:
            self._set_results([])
        hint = self.tr(
            "Press Find units to rank every unit by how well it follows the amber tokens."
        )
        self._say(error or hint, hint=True)

    def _show_indicator(self) -> None:
        run = self.session.run
        if run is not None and self.session.long and len(self.indicator) == run.steps:
            lo, hi = run.window_span(self.session.step)
            tokens = [t.text for t in run.tokens[lo:hi]]
            self.strip.set_data(self.indicator[lo:hi], tokens, lo)
            return
        tokens = [t.text for t in run.tokens] if run is not None else []
        self.strip.set_data(self.indicator, tokens if len(tokens) == len(self.indicator) else [])

    def _say(self, text: str, *, error: bool = False, hint: bool = False) -> None:
        """Show ``text``: red for an error after Find, grey for a hint before it."""
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else HINT_STYLE if hint else "")
        self.message.setProperty("error", error)
