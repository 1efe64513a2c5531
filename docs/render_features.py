"""Render the README's screenshots of text coloured by a unit, Generate and Train in the window.

    python docs/render_features.py [text|generate|train|seq2seq ...]

Each is the real window (offscreen on a 1400x1400 screen, as ``render_screenshot.py``
sets it up; Fusion style; private settings) grabbed with
``QWidget.grab``: ``docs/text-view.png`` (quotes-lstm, the quote unit selected: chips and the
Text view), ``docs/generate.png`` (quotes-lstm writing, grabbed mid-generation) and
``docs/train-window.png`` (memory-lstm training from scratch, the window and the Train
dialog, grabbed once the loss has fallen; takes a minute or two) and ``docs/seq2seq.png``
(seq2seq-lstm rewriting a date, stepped to the decoder's first step, 1400x900).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import numpy as np

DOCS = Path(__file__).resolve().parent
sys.path.insert(0, str(DOCS.parent))
sys.path.insert(0, str(DOCS))
from render_screenshot import offscreen_screen  # noqa: E402  (docs/ is not a package)

SIZE = (1400, 950)


def _app():
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    return app


def _window(model: str, text: str | None = None):
    from PySide6.QtCore import QSettings

    from gate_explorer.session import Session
    from gate_explorer.ui.window.main_window import MainWindow

    ini = Path(tempfile.mkdtemp()) / "settings.ini"
    w = MainWindow(Session(), QSettings(str(ini), QSettings.Format.IniFormat))
    w.start(model=model, text=text)
    w.resize(*SIZE)
    w.show()
    w.analysis.show()
    _settle()
    return w


def _dock(w, height: int) -> None:
    from PySide6.QtCore import Qt

    w.resizeDocks([w.analysis], [height], Qt.Orientation.Vertical)
    _settle(0.3)


def _settle(seconds: float = 0.3) -> None:
    app = _app()
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.01)


def _wait(condition, timeout: float) -> None:
    end = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > end:
            raise SystemExit("timed out")
        _app().processEvents()
        time.sleep(0.01)


def text_view() -> Path:
    """quotes-lstm on its example, the card's quote unit (layer 3 o[124]) selected, h[0]
    pinned below it, the Text view in front."""
    from gate_explorer.bundled import resource
    from gate_explorer.workspace.state import PinnedUnit

    example = resource("examples", "quotes-lstm.txt").read_text(encoding="utf-8")
    w = _window("quotes-lstm", "\n".join(example.splitlines()[:3]))
    s = w.session
    s.set_view(layer=2)
    s.set_pinned([PinnedUnit(2, 0, "h", 0)])
    s.set_unit(124, "o")
    s.set_step(96)
    w.analysis.tabs.show_view("textView")
    _dock(w, 290)
    w.resize(SIZE[0] - 1, SIZE[1])  # the Text view wraps its lines to the width it is given
    _settle(0.2)
    w.resize(*SIZE)
    _settle(0.6)
    return _save(w.grab(), "text-view.png")


def generate() -> Path:
    """quotes-lstm continuing a prompt, grabbed mid-generation with the Generate tab."""
    w = _window("quotes-lstm", 'The old man looked up. "')
    s = w.session
    s.set_view(layer=2)
    s.set_unit(124, "o")
    view = w.analysis.tabs.show_view("generateView")
    view.temperature.setValue(0.8)
    view.seed.setValue(6)  # closes the quotation and opens another within 160 characters
    view.tokens.setValue(400)
    gen = s.generation
    written = [0]
    gen.sigWritten.connect(lambda done, _total: written.__setitem__(0, done))
    view.toggle()  # the Generate button
    _dock(w, 190)
    _wait(lambda: written[0] >= 160, 120)
    gen._timer.stop()  # hold generation between two frames while the layout settles
    _settle(0.3)
    shot = w.grab()  # mid-generation: the view still offers Stop
    gen.stop()
    return _save(shot, "generate.png")


def train(at_step: int = 900) -> Path:
    """memory-lstm training from scratch (the bundled settings), grabbed at ``at_step``:
    the window (the forget unit that stays open most, selected) above the Train dialog."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor, QPainter, QPixmap

    w = _window("memory-lstm")
    w.analysis.hide()
    dialog = w.train.show()
    dialog.task.setCurrentIndex(dialog.task.findData("memory"))
    dialog.cell.setCurrentIndex(dialog.cell.findData("lstm"))
    dialog.hidden.setValue(32)
    dialog.steps.setValue(6000)
    dialog.seed.setValue(0)
    dialog.eval_size.setValue(0)
    dialog.start()
    t = w.train.training
    _wait(lambda: t.shown_step >= at_step, 900)
    s = w.session
    f = s.values("f")  # (T, H)
    s.set_unit(int(np.argmax(f.mean(axis=0))), "f")
    s.set_step(s.steps - 1)
    dialog.resize(SIZE[0], 380)
    _settle(0.5)
    top, bottom = w.grab(), dialog.grab()
    t.cancel()
    gap = 10
    canvas = QPixmap(SIZE[0], top.height() + gap + bottom.height())
    canvas.fill(QColor("#8a9099"))
    p = QPainter(canvas)
    p.drawPixmap(QPoint(0, 0), top)
    p.drawPixmap(QPoint(0, top.height() + gap), bottom)
    p.end()
    return _save(canvas, "train-window.png")


def seq2seq() -> Path:
    """seq2seq-lstm on ``7 Jul 2049`` at the decoder's first step (the ``<s>`` it reads), the
    encoder's handed-over cell state ``c[2]`` shading the chips, the Cell tab in front."""
    w = _window("seq2seq-lstm", "7 Jul 2049")
    w.resize(1400, 900)
    s = w.session
    s.set_unit(2, "c")
    s.set_step(10)
    w.analysis.tabs.show_view("cellDiagram")
    _dock(w, 290)
    _settle(0.6)
    return _save(w.grab(), "seq2seq.png")


def _save(pixmap, name: str) -> Path:
    DOCS.mkdir(exist_ok=True)
    path = DOCS / name
    if not pixmap.save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path} ({pixmap.width()}x{pixmap.height()})")
    return path


def main(argv: list[str]) -> None:
    offscreen_screen(SIZE[0], 1400)
    from gate_explorer.ui.window.app import single_threaded_blas

    single_threaded_blas()
    _app()
    jobs = {"text": text_view, "generate": generate, "train": train, "seq2seq": seq2seq}
    for name in argv or list(jobs):
        jobs[name]()


if __name__ == "__main__":
    main(sys.argv[1:])
