"""The window's export actions: File > Export, right-click on a heatmap, never overwrite unasked."""

from __future__ import annotations

import csv

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QPoint
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMainWindow

from gate_explorer.session import Session
from gate_explorer.ui.heatmap.panel import HeatmapPanel
from gate_explorer.ui.window.export_menu import install_export_actions

TEXT = "abc, de"


class Window(QMainWindow):
    """A stand-in main window: a File menu ending in Quit, messages recorded."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[tuple[str, str]] = []
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction("&Open…")
        file_menu.addAction("&Quit")

    def show_info(self, text: str) -> None:
        self.messages.append(("info", text))

    def show_error(self, text: str) -> None:
        self.messages.append(("error", text))


@pytest.fixture
def setup(qtbot, lstm_model):
    session = Session(debounce_ms=0)
    session.set_model(lstm_model)
    session.set_text(TEXT, immediate=True)
    session.set_step(2)
    window = Window()
    qtbot.addWidget(window)
    panel = HeatmapPanel(session)
    window.setCentralWidget(panel)
    window.resize(900, 600)
    answers: dict[str, object] = {"path": "", "confirm": False, "asked": []}

    def confirm(path):
        answers["asked"].append(path)
        return answers["confirm"]

    actions = install_export_actions(
        window, panel, session, ask_path=lambda *a: str(answers["path"]), confirm=confirm
    )
    yield window, panel, session, actions, answers
    session.shutdown()


def test_file_menu_gets_export_before_quit(setup):
    window, *_ = setup
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert texts.index("&Export") < texts.index("&Quit")


def test_export_view_adds_suffix_and_writes_png(setup, tmp_path):
    window, panel, _, actions, answers = setup
    answers["path"] = tmp_path / "view"
    path = actions.export_view()
    assert path == tmp_path / "view.png"
    with Image.open(path) as img:
        assert img.size == (panel.width(), panel.height())
    assert window.messages[-1] == ("info", "Exported view.png")


def test_never_overwrites_without_asking(setup, tmp_path):
    _, _, _, actions, answers = setup
    target = tmp_path / "v.svg"
    target.write_text("keep")
    answers["path"] = target
    assert actions.export_view() is None
    assert target.read_text() == "keep"
    assert answers["asked"] == [target]
    answers["confirm"] = True
    assert actions.export_view() == target
    assert target.read_text().startswith("<?xml")


def test_cancelled_dialog_writes_nothing(setup, tmp_path):
    _, _, _, actions, answers = setup
    answers["path"] = ""
    assert actions.export_view() is None
    assert list(tmp_path.iterdir()) == []


def test_export_one_plot_pdf(setup, tmp_path):
    _, _, _, actions, answers = setup
    answers["path"] = tmp_path / "f.pdf"
    assert actions.export_plot("f").read_bytes().startswith(b"%PDF")


def test_one_plot_has_its_title_colour_bar_and_tokens(setup, tmp_path):
    import xml.etree.ElementTree as ET

    _, panel, _, actions, answers = setup
    answers["path"] = tmp_path / "f.svg"
    root = ET.parse(actions.export_plot("f")).getroot()
    texts = {"".join(t.itertext()).strip() for t in root.iter("{http://www.w3.org/2000/svg}text")}
    assert {"f", "forget gate", "a", "b", "c"} <= texts
    assert "input gate" not in texts
    assert int(root.get("width").removesuffix("px")) == panel.width()


def test_animation_frames_and_step_restored(setup, tmp_path):
    _, panel, session, actions, answers = setup
    answers["path"] = tmp_path / "a.gif"
    path = actions.export_animation()
    with Image.open(path) as gif:
        assert gif.n_frames == len(TEXT)
    assert panel.step == session.step == 2


def test_data_exports(setup, tmp_path):
    _, _, session, actions, answers = setup
    answers["path"] = tmp_path / "t.csv"
    with open(actions.export_data(), newline="") as fh:
        assert sum(1 for _ in csv.reader(fh)) == 1 + len(TEXT) * 6 * 6
    answers["path"] = tmp_path / "t.npz"
    with np.load(actions.export_data()) as data:
        np.testing.assert_array_equal(data["o_l0"], session.run.trace.values("o"))


def test_error_goes_to_the_window_not_a_traceback(setup, tmp_path):
    window, _, _, actions, answers = setup
    answers["path"] = tmp_path / "missing" / "x.png"
    assert actions.export_view() is None
    kind, text = window.messages[-1]
    assert kind == "error"
    assert "does not exist" in text


def test_right_click_on_a_heatmap_offers_that_plot(setup):
    window, panel, _, actions, _ = setup
    window.show()
    QApplication.processEvents()
    vb = panel.plots()["f"]
    pos = panel.mapFromScene(vb.sceneBoundingRect().center())
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, panel.mapToGlobal(pos))
    QApplication.sendEvent(panel.viewport(), event)
    texts = [a.text() for a in actions.last_menu.actions()]
    assert "Export f heatmap…" in texts
    actions.last_menu.close()
    assert actions.plot_at(QPoint(1, 1)) is None


def test_installs_into_the_real_main_window(qtbot, tmp_path, lstm_model):
    """What the window has to call: ``install_export_actions(w, w.heatmaps, w.session)``."""
    from PySide6.QtCore import QSettings

    from gate_explorer.ui.window.main_window import MainWindow

    window = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.session.set_model(lstm_model)
    window.session.set_text(TEXT, immediate=True)
    actions = install_export_actions(
        window, window.heatmaps, window.session, ask_path=lambda *a: str(tmp_path / "w.svg")
    )
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert texts.index("&Export") < texts.index("&Quit")
    assert actions.export_view() == tmp_path / "w.svg"
    assert "Exported w.svg" in window.statusBar().currentMessage()
    window.session.shutdown()


def test_data_export_shows_progress_and_can_be_cancelled(setup, tmp_path, monkeypatch):
    """A long run's data export streams with a progress dialog; Cancel leaves no file."""
    from PySide6.QtWidgets import QProgressDialog

    from gate_explorer.ui.window import export_menu

    window, _, _, actions, answers = setup
    real, seen = export_menu.write_csv, []

    def write(path, run, grads, *, progress):
        def cancelling(done, total):
            seen.append((done, total))
            window.findChild(QProgressDialog).cancel()  # the user presses Cancel
            progress(done, total)

        return real(path, run, grads, progress=cancelling, size=2)

    monkeypatch.setattr(export_menu, "write_csv", write)
    answers["path"] = tmp_path / "c.csv"
    assert actions.export_data() is None
    assert window.messages[-1] == ("info", "Export cancelled")
    assert not (tmp_path / "c.csv").exists()
    assert seen == [(2, len(TEXT) * 6)]  # 2 steps of the first of 6 blocks (names)
