"""Model > Train a model…: train memory-lstm in the window (a real worker process), watch
the loss curve and the heatmaps, stop, save the bundle and open it again."""

from __future__ import annotations

import multiprocessing

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator

from gate_explorer.io.bundle import load_bundle
from gate_explorer.session import ModelRef, ref_for_path
from gate_explorer.training import live
from gate_explorer.ui.window.train_dialog import TrainDialog

TIMEOUT = 180_000  # ms: a spawned process imports numpy and the engine first (slow under load)


@pytest.fixture(autouse=True)
def _data_home(tmp_path, monkeypatch):
    """The models being trained are kept under the app's data folder: a private one."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


def _images(window) -> dict[str, np.ndarray]:
    return {row.name: np.array(row.image.image) for row in window.heatmaps.rows}


def _form(dialog: TrainDialog, *, steps: int, hidden: int = 8) -> None:
    dialog.task.setCurrentIndex(dialog.task.findData("memory"))
    dialog.cell.setCurrentIndex(dialog.cell.findData("lstm"))
    dialog.hidden.setValue(hidden)
    dialog.layers.setValue(1)
    dialog.steps.setValue(steps)
    dialog.eval_size.setValue(2)


def _open(window, qtbot) -> TrainDialog:
    window.activateWindow()  # the key goes to the main window (a closed dialog had focus)
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = window.train.dialog
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def test_train_twenty_steps_watch_save_and_reopen(window, qtbot, tmp_path):
    dialog = _open(window, qtbot)
    assert window.train.action.text() == "&Train a model…"
    assert window.train.action in window.menuBar().actions()[2].menu().actions()  # Model menu
    _form(dialog, steps=20)
    snapshots_while_running = []
    training = window.train.training
    training.sigSnapshot.connect(lambda step: snapshots_while_running.append(training.state))
    qtbot.mouseClick(dialog.train_button, Qt.MouseButton.LeftButton)

    # at once: the untrained model on the memory example, in the window
    s = window.session
    assert s.model.card["task"] == "memory-lstm"
    assert not s.model.trained
    assert s.text.startswith("b d ")
    assert s.text.endswith("?")
    assert window.model_bar.random_badge.isVisible()
    before = _images(window)
    assert set(before) == {"i", "f", "g", "o", "c", "h"}
    plots = [row.vb for row in window.heatmaps.rows]
    model_changes = []
    s.sigModelChanged.connect(lambda: model_changes.append(training.state))
    assert not dialog.train_button.isEnabled()
    assert dialog.stop_button.isEnabled()

    qtbot.waitUntil(lambda: training.state == "finished", timeout=TIMEOUT)
    x, y = dialog.curve.raw.getData()
    np.testing.assert_array_equal(x, np.arange(1, 21))  # one point per training step
    assert np.all(np.isfinite(y))
    assert np.all(y > 0)
    assert "running" in snapshots_while_running  # the heatmaps refreshed during training
    after = _images(window)
    assert any(not np.allclose(before[k], after[k]) for k in before)  # the gates moved
    # each snapshot swapped the weights only: no view was rebuilt
    assert "running" not in model_changes
    assert [row.vb for row in window.heatmaps.rows] == plots
    assert window.model_bar.trained_badge.isVisible()
    assert dialog.progress.value() == 20
    assert dialog.progress.maximum() == 20
    assert "Held out: min" in dialog.status.text()  # the card's held-out accuracy line
    assert dialog.save_button.isEnabled()

    path = tmp_path / "my-memory.npz"
    window.ask_path = lambda mode, title, filters: str(path) if mode == "save" else ""
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert path.is_file()
    assert s.model_ref == ref_for_path(path)  # opened from the saved file, like any other
    assert window.model_bar.combo.currentText() == "file: my-memory.npz"
    saved = load_bundle(path)
    np.testing.assert_array_equal(
        saved.net.state_dict()["weight_hh_l0"], training.model.net.state_dict()["weight_hh_l0"]
    )
    assert saved.card["metrics"]["eval_sequences_per_delay"] == 2
    np.testing.assert_allclose(_images(window)["f"], after["f"])  # the same gates, reopened
    assert "Saved" in dialog.status.text()


def test_stop_ends_the_process_and_closing_the_dialog_keeps_training(window, qtbot, tmp_path):
    dialog = _open(window, qtbot)
    _form(dialog, steps=200_000)
    training = window.train.training
    qtbot.mouseClick(dialog.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(training.losses) >= 3, timeout=TIMEOUT)

    dialog.close()  # the run goes on: the status bar reports it
    seen = len(training.losses)
    qtbot.waitUntil(lambda: len(training.losses) > seen + 2, timeout=TIMEOUT)
    assert training.running
    qtbot.waitUntil(lambda: "Training: step" in window.statusBar().currentMessage(), timeout=5000)
    again = _open(window, qtbot)
    assert again is dialog
    assert len(dialog.curve.raw.getData()[0]) == len(training.losses)

    other = ModelRef("random", cell="gru", hidden=8)  # the user opens another model
    window.session.open_model(other)
    shown = training.model
    qtbot.waitUntil(lambda: training.model is not shown, timeout=TIMEOUT)  # a new snapshot
    assert window.session.model_ref == other  # training does not take the window back
    assert not training.shown
    qtbot.waitUntil(lambda: "shows another model" in dialog.status.text(), timeout=5000)

    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    assert training.state == "cancelled"
    qtbot.waitUntil(lambda: not training._worker.busy, timeout=10_000)  # the process ended
    stopped = len(training.losses)
    qtbot.wait(400)
    assert len(training.losses) == stopped  # nothing arrives after Stop
    assert "stopped at step" in dialog.status.text()
    assert dialog.train_button.isEnabled()
    assert dialog.save_button.isEnabled()
    path = tmp_path / "stopped.npz"
    dialog.save(str(path))  # the last weights, with a card that says it was stopped
    assert window.session.model_ref == ref_for_path(path)
    card = window.session.model.card
    assert card["training"]["cancelled"]
    assert card["training"]["stopped_at_step"] == stopped
    assert 2 <= card["training"]["steps"] == training.model_step <= stopped  # its weights' step

    qtbot.mouseClick(dialog.train_button, Qt.MouseButton.LeftButton)  # again, then quit
    qtbot.waitUntil(lambda: len(training.losses) >= 1, timeout=TIMEOUT)
    assert multiprocessing.active_children()  # the training process
    process = training._worker
    window.close()  # the window closing ends the training process, without waiting
    qtbot.waitUntil(lambda: not process.busy, timeout=10_000)
    qtbot.waitUntil(lambda: not multiprocessing.active_children(), timeout=10_000)


def test_settings_are_remembered_and_missing_data_is_greyed(window, qtbot, monkeypatch):
    dialog = _open(window, qtbot)
    _form(dialog, steps=321, hidden=12)
    dialog.cell.setCurrentIndex(dialog.cell.findData("gru"))
    dialog.seed.setValue(7)
    dialog.close()
    monkeypatch.setitem(live.DATA, "quotes", (live.CORPORA / "no-such-file.txt.gz",))
    fresh = TrainDialog(window.train.training, window.settings, window)
    qtbot.addWidget(fresh)
    assert fresh.live_settings() == live.LiveSettings("memory", "gru", 12, 1, 321, 7, 2)
    k = fresh.task.findData("quotes")
    item = fresh.task.model().item(k)
    assert not item.isEnabled()  # greyed
    assert "no-such-file.txt.gz is missing" in item.toolTip()
    fresh.task.setCurrentIndex(k)  # only code can pick it; the form says why and won't train
    assert "no-such-file.txt.gz is missing" in fresh.about.text()
    assert not fresh.train_button.isEnabled()
    fresh.task.setCurrentIndex(fresh.task.findData("sine"))  # the task's own settings
    assert (fresh.cell.currentData(), fresh.hidden.value(), fresh.steps.value()) == (
        "lstm", 32, 3000,
    )  # fmt: skip


class _Shout(QTranslator):
    """Translates the Train dialog's and action's texts to capitals (a stand-in language)."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return source.upper() if context in ("TrainDialog", "TrainActions") else ""

    def isEmpty(self):  # Qt skips an empty translator
        return False


def test_the_dialog_and_its_menu_entry_follow_a_language_change(window, qtbot):
    dialog = _open(window, qtbot)
    assert dialog.train_button.text() == "Train"
    shout = _Shout()
    QCoreApplication.installTranslator(shout)
    try:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        assert dialog.train_button.text() == "TRAIN"
        assert dialog.windowTitle() == "TRAIN A MODEL"
        assert dialog.labels[0].text() == "TASK"
        assert window.train.action.text() == "&TRAIN A MODEL…"
    finally:
        QCoreApplication.removeTranslator(shout)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert dialog.train_button.text() == "Train"


def test_the_loss_curve_adds_points_and_draws_a_pixels_worth_at_once(qtbot):
    """Points added report by report give the smoothed curve a whole series gives (the
    average carries on from the last point), and 6,000 steps on a few hundred pixels are
    drawn through each pixel's highest and lowest loss, not point by point."""
    from gate_explorer.ui.window.train_dialog import LossCurve, _ema

    curve = LossCurve()
    qtbot.addWidget(curve)
    curve.resize(500, 260)
    curve.show()
    qtbot.waitExposed(curve)
    rng = np.random.default_rng(0)
    losses = np.exp(-np.arange(6000) / 1500) + rng.random(6000) * 0.1
    steps = np.arange(1, 6001)
    for a in range(0, 6000, 250):
        curve.add(steps[a : a + 250], losses[a : a + 250])
    np.testing.assert_array_equal(curve.smoothed, _ema(losses))
    np.testing.assert_array_equal(curve.losses, losses)
    qtbot.wait(20)
    drawn, _ = curve.raw.getData()
    assert 0 < len(drawn) <= 2 * curve.width()  # a lowest and a highest a pixel
    peak = curve.raw.getData()[1]
    assert peak.max() == losses.max()  # the peaks stay
    assert peak.min() == losses.min()
