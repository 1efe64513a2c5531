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


class Stepper(QWidget):
    """Transport controls bound to the session's step and playback."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        style = self.style()
        icon = QStyle.StandardPixmap

        def button(pix: QStyle.StandardPixmap, tip: str, slot) -> QToolButton:
            b = QToolButton()
            b.setIcon(style.standardIcon(pix))
            b.setToolTip(tip)
            b.setAutoRaise(True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the window shortcuts
            b.clicked.connect(slot)
            return b

        self.first_button = button(icon.SP_MediaSkipBackward, "First step (Home)", session.first)
        self.prev_button = button(
            icon.SP_MediaSeekBackward, "Previous step (Left)", lambda: session.step_by(-1)
        )
        self.play_button = button(icon.SP_MediaPlay, "Play / pause (Space)", session.toggle_playing)
        self.next_button = button(
            icon.SP_MediaSeekForward, "Next step (Right)", lambda: session.step_by(1)
        )
        self.last_button = button(icon.SP_MediaSkipForward, "Last step (End)", session.last)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("timeSlider")
        self.slider.setToolTip("Time step")
        self.slider.valueChanged.connect(session.set_step)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # a token such as <s> is text
        self.label.setObjectName("stepLabel")
        self.label.setMinimumWidth(190)
        font = self.label.font()
        font.setPointSize(12)
        self.label.setFont(font)
        self.speed = QComboBox()
        self.speed.setToolTip("Playback speed")
        self.speed.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for s in SPEEDS:
            self.speed.addItem(f"{s:g} steps/s", s)
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
        layout.addWidget(QLabel("Speed"))
        layout.addWidget(self.speed)

        self.subscription = Subscription(session, {
            "sigRunChanged": self._on_run,
            "sigStepChanged": self._on_step,
            "sigPlayingChanged": self._on_playing,
        })  # fmt: skip
        self._on_run()
        self._sync_speed()

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
            self.label.setText("no tokens")
            return
        token = shown_token(self.session.token_text(step), 14)
        self.label.setText(f"step {step + 1} / {steps}   “{token}”")

    def _on_playing(self, playing: bool) -> None:
        pix = QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(pix))
