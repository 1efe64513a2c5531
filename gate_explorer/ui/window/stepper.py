"""Stepping through time: first/previous/play/next/last, a slider, the step label and speed."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QStyle,
    QToolButton,
    QWidget,
)

from gate_explorer.session import SPEEDS, Session
from gate_explorer.session.subscription import Subscription
from gate_explorer.ui.heatmap.gates import shown_token
from gate_explorer.ui.window.language import on_language_change


class Stepper(QWidget):
    """Transport controls bound to the session's step and playback."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        style = self.style()
        icon = QStyle.StandardPixmap

        def button(pix: QStyle.StandardPixmap, slot) -> QToolButton:
            b = QToolButton()
            b.setIcon(style.standardIcon(pix))
            b.setAutoRaise(True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the window shortcuts
            b.clicked.connect(slot)
            return b

        self.first_button = button(icon.SP_MediaSkipBackward, session.first)
        self.prev_button = button(icon.SP_MediaSeekBackward, lambda: session.step_by(-1))
        self.play_button = button(icon.SP_MediaPlay, session.toggle_playing)
        self.next_button = button(icon.SP_MediaSeekForward, lambda: session.step_by(1))
        self.last_button = button(icon.SP_MediaSkipForward, session.last)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("timeSlider")
        self.slider.valueChanged.connect(session.set_step)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # a token such as <s> is text
        self.label.setObjectName("stepLabel")
        self.label.setMinimumWidth(190)
        font = self.label.font()
        font.setPointSize(12)
        self.label.setFont(font)
        self.speed = QComboBox()
        self.speed.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for s in SPEEDS:
            self.speed.addItem("", s)
        self.speed.currentIndexChanged.connect(
            lambda k: session.set_speed(float(self.speed.itemData(k)))
        )

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for b in (self.first_button, self.prev_button, self.play_button, self.next_button):
            layout.addWidget(b)
        layout.addWidget(self.last_button)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.label)
        self.speed_label = QLabel()
        layout.addWidget(self.speed_label)
        layout.addWidget(self.speed)

        self.subscription = Subscription(session, {
            "sigRunChanged": self._on_run,
            "sigStepChanged": self._on_step,
            "sigPlayingChanged": self._on_playing,
        })  # fmt: skip
        self.retranslate()
        on_language_change(self, self.retranslate)
        self._sync_speed()

    def retranslate(self) -> None:
        tips = (
            (self.first_button, self.tr("First step (Home)")),
            (self.prev_button, self.tr("Previous step (Left)")),
            (self.play_button, self.tr("Play / pause (Space)")),
            (self.next_button, self.tr("Next step (Right)")),
            (self.last_button, self.tr("Last step (End)")),
            (self.slider, self.tr("Time step")),
            (self.speed, self.tr("Playback speed")),
        )
        for widget, tip in tips:
            widget.setToolTip(tip)
        for k, s in enumerate(SPEEDS):
            self.speed.setItemText(k, self.tr("{speed} steps/s").format(speed=f"{s:g}"))
        self.speed_label.setText(self.tr("Speed"))
        self._on_run()

    def _sync_speed(self) -> None:
        best = min(range(len(SPEEDS)), key=lambda k: abs(SPEEDS[k] - self.session.speed))
        with QSignalBlocker(self.speed):
            self.speed.setCurrentIndex(best)

    def _on_run(self) -> None:
        steps = self.session.steps
        with QSignalBlocker(self.slider):
            self.slider.setRange(0, max(steps - 1, 0))
            self.slider.setPageStep(max(steps // 20, 1))
        enabled = steps > 0
        for w in (self.slider, self.first_button, self.prev_button, self.next_button,
                  self.last_button, self.play_button):  # fmt: skip
            w.setEnabled(enabled)
        self._sync_speed()
        self._on_step(self.session.step)

    def _on_step(self, step: int) -> None:
        steps = self.session.steps
        with QSignalBlocker(self.slider):
            self.slider.setValue(step)
        if steps == 0:
            self.label.setText(self.tr("no tokens"))
            return
        token = shown_token(self.session.token_text(step), 14)
        self.label.setText(
            self.tr("step {k} / {n}   “{token}”").format(k=step + 1, n=steps, token=token)
        )

    def _on_playing(self, playing: bool) -> None:
        pix = QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(pix))
