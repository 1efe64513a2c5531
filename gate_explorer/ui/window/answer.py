"""The model's answer at the current step: top-5 next tokens, class probabilities, or the
predicted vs true next value of a time series."""

from __future__ import annotations

from html import escape as html_escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from gate_explorer.session import Answer, Session, seq2seq
from gate_explorer.session.subscription import Subscription
from gate_explorer.ui.heatmap.gates import MARKER, shown_token
from gate_explorer.ui.window.language import on_language_change, translated
from gate_explorer.workspace.series import SeriesErrors, series_errors

ROW_H = 24
BAR = QColor("#4c8bd6")
BAR_TRUE = QColor("#2f9e44")


class ProbabilityBars(QWidget):
    """Painted rows: label, bar, percentage; the true next token is drawn in green with ✓."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: tuple[tuple[str, float, bool], ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_items(self, items: tuple[tuple[str, float, bool], ...]) -> None:
        self.items = items
        self.setFixedHeight(max(len(items), 1) * ROW_H + 4)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(240, max(len(self.items), 1) * ROW_H + 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPointSize(11)
        p.setFont(font)
        w = self.width()
        label_w, pct_w = 92, 58
        bar_w = max(w - label_w - pct_w - 8, 20)
        for k, (label, prob, true) in enumerate(self.items):
            y = 2 + k * ROW_H
            text = shown_token(label, 10) + (" ✓" if true else "")
            p.setPen(QColor("#2b8a3e") if true else QColor("#1b1b1b"))
            p.drawText(QRectF(0, y, label_w - 6, ROW_H), Qt.AlignmentFlag.AlignRight
                       | Qt.AlignmentFlag.AlignVCenter, text)  # fmt: skip
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor("#edf0f4"))
            p.drawRoundedRect(QRectF(label_w, y + 4, bar_w, ROW_H - 8), 3, 3)
            p.setBrush(BAR_TRUE if true else BAR)
            p.drawRoundedRect(QRectF(label_w, y + 4, bar_w * float(prob), ROW_H - 8), 3, 3)
            p.setPen(QColor("#333"))
            p.drawText(QRectF(label_w + bar_w + 4, y, pct_w, ROW_H),
                       Qt.AlignmentFlag.AlignVCenter, f"{100 * prob:5.1f}%")  # fmt: skip
        p.end()


class AnswerView(QWidget):
    """Shows ``session.answer()`` at every step; a series plot for a regress head."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setObjectName("answerTitle")
        font = self.title.font()
        font.setPointSize(12)
        font.setBold(True)
        self.title.setFont(font)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("answerNote")
        self.bars = ProbabilityBars()
        self.plot: pg.PlotWidget | None = None  # built when a regress head first shows
        self.decoded = QLabel()  # an encoder-decoder's whole answer, the current step marked
        self.decoded.setObjectName("decoderAnswer")
        self.decoded.setWordWrap(True)
        self.decoded.setTextFormat(Qt.TextFormat.RichText)
        self.decoded.hide()
        self.errors = QLabel()  # a series: the model's error against next = last
        self.errors.setObjectName("seriesErrors")
        self.errors.setWordWrap(True)
        self.errors.setTextFormat(Qt.TextFormat.RichText)
        self.errors.hide()
        self.series_errors: SeriesErrors | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.decoded)
        layout.addWidget(self.title)
        layout.addWidget(self.bars)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self._layout = layout
        self.subscription = Subscription(session, {
            "sigRunChanged": self._on_run,
            "sigModelChanged": self._on_run,
            "sigStepChanged": self._on_step,
        })  # fmt: skip
        self.answer = Answer("none")
        self._on_run()
        on_language_change(self, self._on_run)

    def _build_plot(self) -> pg.PlotWidget:
        plot = pg.PlotWidget(background="w")
        plot.setMinimumHeight(150)
        plot.setMenuEnabled(False)
        plot.hideButtons()
        self.true_curve = plot.plot(pen=pg.mkPen("#555", width=2))
        self.pred_curve = plot.plot(pen=pg.mkPen("#4c8bd6", width=2))
        self.now_line = pg.InfiniteLine(angle=90, pen=pg.mkPen(MARKER, width=2))
        plot.addItem(self.now_line)
        self._layout.insertWidget(self._layout.count() - 1, plot)
        self._layout.insertWidget(self._layout.count() - 1, self.errors)
        return plot

    def _on_run(self) -> None:
        head = self.session.model.head if self.session.model else None
        regress = head is not None and head.kind == "regress"
        if regress and self.plot is None:
            self.plot = self._build_plot()
        if self.plot is not None:
            self.plot.setVisible(regress)
        run = self.session.run
        if regress and run is not None and run.predictions is not None:
            values = np.array([t.value if t.value is not None else np.nan for t in run.tokens])
            steps = np.arange(len(values), dtype=float)
            self.true_curve.setData(steps[:-1], values[1:])  # next value at each step
            self.pred_curve.setData(steps, np.asarray(run.predictions, dtype=float))
        self.series_errors = series_errors(run) if regress and run is not None else None
        self.errors.setVisible(self.series_errors is not None)
        if self.series_errors is not None:
            e = self.series_errors
            self.errors.setText(
                self.tr(
                    "Over the {0} steps with a known next value: RMSE <b>{1:.4g}</b> "
                    "(next = last: {2:.4g}, ratio {3:.2f}); MAE {4:.4g} (next = last: {5:.4g})"
                ).format(e.count, e.model_rmse, e.naive_rmse, e.ratio, e.model_mae, e.naive_mae)
            )
        self._on_step(self.session.step)

    def _show_decoded(self, step: int) -> None:
        """An encoder-decoder's answer, the token written at ``step`` marked."""
        run = seq2seq.joined(self.session.run)
        self.decoded.setVisible(run is not None)
        if run is None or run.seq is None:
            return
        written = list(run.seq.predicted)
        at = step - run.boundary
        cells = []
        for k, tok in enumerate(written):
            text = html_escape(shown_token(tok, 8))
            if k == at:
                text = f"<span style='background:{MARKER}; color:white'>&nbsp;{text}&nbsp;</span>"
            cells.append(text)
        how = self.tr("teacher-forced") if run.seq.forced else self.tr("greedy")
        self.decoded.setText(
            self.tr(
                "Decoder answer ({0}):<br><span style='font-size:14pt; font-family:monospace'>"
                "{1}</span>"
            ).format(how, "".join(cells))
        )

    def _on_step(self, step: int) -> None:
        self._show_decoded(step)
        a = self.session.answer(step)
        self.answer = a
        titles = {
            "next-token": self.tr("Next token (top 5)"),
            "classify": self.tr("Class probabilities"),
            "regress": self.tr("Next value"),
        }
        self.title.setText(titles.get(a.kind, self.tr("Model answer")))
        if a.sampled:  # a generated step: the distribution the next token was drawn from
            self.title.setText(self.tr("Generated: {0}").format(translated(a.sampled)))
        self.bars.setVisible(bool(a.items))
        self.bars.set_items(a.items)
        if a.kind == "regress":
            actual = "—" if a.actual is None else f"{a.actual:+.4f}"
            predicted = self.tr("predicted <b>{value}</b>").format(value=f"{a.predicted:+.4f}")
            true = self.tr("true next <b>{value}</b>").format(value=actual)
            grey, blue = self.tr("grey: true next value"), self.tr("blue: predicted")
            self.note.setText(
                f"<span style='font-size:13pt'>{predicted}<br>{true}</span>"
                f"<br><span style='color:#555'>{grey} · "
                f"<span style='color:#4c8bd6'>{blue}</span></span>"
            )
            if self.plot is not None:
                self.now_line.setValue(step)
        elif a.kind == "next-token" and a.next_token is not None:
            token = html_escape(shown_token(a.next_token, 16))  # e.g. </s> is text, not a tag
            if a.next_prob is None:
                text = self.tr("Actually next: <b>“{token}”</b>").format(token=token)
            else:
                text = self.tr("Actually next: <b>“{token}”</b> — the model gave it {p}%").format(
                    token=token, p=f"{100 * a.next_prob:.1f}"
                )
            self.note.setText(text)
        elif a.kind == "next-token":
            self.note.setText(self.tr("End of the text: nothing comes next."))
        else:
            self.note.setText(translated(a.note))
