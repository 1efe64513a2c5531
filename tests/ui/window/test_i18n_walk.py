"""Every text the window shows under Korean comes from the Korean translations.

The walk visits every widget (labels, buttons, tooltips, menus and their actions, combo
items, tabs, table headers, placeholders, window titles), every text item in every
graphics scene (pyqtgraph titles, axis labels, legends, hints) and the cell diagram's
painted labels, with every analysis view built, the compare pane open and the Help pages
shown. An English word passes only when it is a word the Korean translations themselves
keep (symbols such as LSTM, tanh, NaN, Ctrl, NumPy) or data (the model's name, its tokens,
its tokenizer, head and cell kinds): no other allow-list.
"""

from __future__ import annotations

import html
import importlib.util
import re
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGraphicsTextItem,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from gate_explorer.ui.window import language

ROOT = Path(__file__).resolve().parents[3]
WORD = re.compile(r"[A-Za-z][A-Za-z'_\-]+")
SYMBOL = re.compile(r".*[_0-9].*")  # formula symbols: c_prev, W_hh, b_ih


FILE_NAME = re.compile(  # data: a file the text names (korean-heldout.txt.gz, model.pt)
    r"[\w.\-/]+\.(?:txt|gz|npz|npy|pt|pth|h5|hdf5|keras|onnx|json|csv|tsv|safetensors)(?![A-Za-z])"
)


def _words(text: str) -> set[str]:
    text = FILE_NAME.sub(" ", _plain(text))
    return {w for w in WORD.findall(text) if not SYMBOL.fullmatch(w)}


def _plain(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]*>", " ", text))


def _kept_words() -> set[str]:
    """English words that the Korean translations keep (symbols, names, key names)."""
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / ".ci" / "i18n.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    words: set[str] = set()
    for _context, _source, target, _done in tool.entries("ko"):
        words.update(WORD.findall(_plain(target)))
    return words


def _data_words(window) -> set[str]:
    """What the model and the text are made of: names, tokens, kinds."""
    words: set[str] = set()
    for session in filter(None, (window.session, getattr(window.compare, "session", None))):
        model = session.model
        words.update(WORD.findall(session.text))
        words.update(WORD.findall(session.model_ref.label()))
        if model is not None:
            words.update(WORD.findall(model.name))
            words.update(WORD.findall(str(model.card.summary or "")))  # model card prose
            words.update({model.kind, model.tokenizer.kind, model.net.gate_activation})
            if model.head is not None:
                words.update({model.head.kind, model.head.activation})
                words.update(w for label in model.head.labels or () for w in WORD.findall(label))
    from gate_explorer.session import bundled_models

    for m in bundled_models():  # the model list names them all
        words.update(WORD.findall(m.name))
    from gate_explorer.training.live import FAMILIES

    words.update(FAMILIES)  # Model > Train's task names: the bundled models' own prefixes
    return words


def _menu_texts(menu: QMenu, where: str):
    yield where, menu.title()
    for action in menu.actions():
        if action.isSeparator():
            continue
        yield f"{where} > action", action.text()
        if action.toolTip() != action.text().replace("&", ""):
            yield f"{where} > tooltip", action.toolTip()
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), f"{where} > {action.text()}")


def _widget_texts(widget: QWidget):
    name = f"{type(widget).__name__} {widget.objectName()}"
    if not widget.isVisibleTo(widget.window()) and not widget.isWindow():
        return
    if widget.toolTip():
        yield f"{name} tooltip", widget.toolTip()
    if widget.isWindow() and widget.windowTitle():
        yield f"{name} title", widget.windowTitle()
    if isinstance(widget, QLabel | QAbstractButton):
        yield name, widget.text()
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        yield f"{name} placeholder", widget.placeholderText()
    if isinstance(widget, QTextEdit):
        yield name, widget.toPlainText()
    if isinstance(widget, QComboBox):
        for k in range(widget.count()):
            yield f"{name} item", widget.itemText(k)
    if isinstance(widget, QSpinBox):
        yield f"{name} special", widget.specialValueText()
    if isinstance(widget, QProgressBar):
        yield f"{name} format", widget.format()
    if isinstance(widget, QTabWidget):
        for k in range(widget.count()):
            yield f"{name} tab", widget.tabText(k)
    if isinstance(widget, QDockWidget):
        yield f"{name} title", widget.windowTitle()
        yield f"{name} toggle", widget.toggleViewAction().text()
    if isinstance(widget, QTableWidget):
        for k in range(widget.columnCount()):
            item = widget.horizontalHeaderItem(k)
            if item is not None and not widget.isColumnHidden(k):
                yield f"{name} header", item.text()
    if isinstance(widget, QGraphicsView) and widget.scene() is not None:
        for item in widget.scene().items():
            if isinstance(item, QGraphicsTextItem) and item.isVisible():
                yield f"{name} scene", item.toPlainText()


def visible_texts(window) -> list[tuple[str, str]]:
    """(where, text) of everything the window shows now."""
    texts = [("status bar", window.statusBar().currentMessage())]
    for action in window.menuBar().actions():
        if action.menu() is not None:
            texts += list(_menu_texts(action.menu(), "menu"))
    for widget in [window, *window.findChildren(QWidget)]:
        texts += list(_widget_texts(widget))
    for dialog in window.dialogs.values():
        for widget in [dialog, *dialog.findChildren(QWidget)]:
            texts += list(_widget_texts(widget))
    canvas = window.analysis.tabs.views["cellDiagram"].canvas  # painted, not widgets
    texts += [("cell diagram", t) for t in (canvas.header, canvas.note)]
    texts += [("cell diagram part", p.subtitle) for p in canvas.parts.values()]
    return [(where, text) for where, text in texts if text]


@contextmanager
def korean(window, qtbot, compare: bool = True):
    """The window in Korean with every view built, B compared and the Help pages open.

    A context manager rather than a fixture: the compare pane is closed while the test
    still runs (pytest-qt watches Qt's callbacks only then)."""
    window.session.set_unit(3)
    window.session.set_step(4)
    language.apply("ko")
    try:
        for name in window.analysis.tabs.names():
            window.analysis.tabs.show_view(name)
        window.analysis.tabs.show_view("cellDiagram")
        window.set_compare(compare)
        window.show_shortcuts()
        window.show_gate_names()
        window.show_about()
        qtbot.wait(50)
        yield window
    finally:
        window.set_compare(False)
        language.apply("en")


def _stray(window) -> list[tuple[str, str, list[str]]]:
    kept, data = _kept_words(), _data_words(window)
    texts = visible_texts(window)
    return [
        (where, text, sorted(_words(text) - kept - data))
        for where, text in texts
        if _words(text) - kept - data
    ]


def test_every_visible_text_under_korean_comes_from_the_translations(window, qtbot):
    with korean(window, qtbot):
        kept, data = _kept_words(), _data_words(window)
        texts = visible_texts(window)
    assert len(texts) > 150  # the walk really saw the window
    hangul = [t for _w, t in texts if re.search("[가-힣]", t)]
    assert len(hangul) > 100
    stray = [
        (where, text, sorted(_words(text) - kept - data))
        for where, text in texts
        if _words(text) - kept - data
    ]
    assert stray == [], "\n".join(f"{w}: {t!r} {words}" for w, t, words in stray)


def test_the_walk_catches_english_left_in_the_window(window, qtbot):
    """The check above can fail: an English label shows up in it."""
    with korean(window, qtbot):
        probe = QLabel("Sort units by", window.view_controls)
        probe.show()
        kept, data = _kept_words(), _data_words(window)
        words = {w for _where, text in visible_texts(window) for w in _words(text)}
    assert {"Sort", "units"} <= words - kept - data


def _rnn_state_dict(path: Path) -> Path:
    """An nn.RNN state_dict: the loader guesses tanh and invents tokens (two notices)."""
    rng = np.random.default_rng(0)
    arrays = {
        "weight_ih_l0": rng.normal(0, 0.5, (4, 3)),
        "weight_hh_l0": rng.normal(0, 0.5, (4, 4)),
        "bias_ih_l0": rng.normal(0, 0.5, 4),
        "bias_hh_l0": rng.normal(0, 0.5, 4),
    }
    np.savez(path, **{k: v.astype(np.float32) for k, v in arrays.items()})
    return path


@pytest.mark.parametrize("name", ["rnn.npz", "keras2_lstm_hard.h5"])
def test_loader_notices_and_cell_variants_in_korean(window, qtbot, tmp_path, name):
    """The notices of a file the loader guessed about, and a hard-sigmoid cell's
    equations, are Korean too (marked in io and analysis, translated in the window)."""
    if name.endswith(".h5"):
        pytest.importorskip("h5py")
        path = ROOT / "tests" / "fixtures" / name
    else:
        path = _rnn_state_dict(tmp_path / name)
    assert window.open_model_file(path)
    qtbot.waitUntil(lambda: window.session.model is not None and window.session.run is not None)
    window.session.set_text("1 0 2", immediate=True)
    assert window.session.model.notices
    with korean(window, qtbot, compare=False):
        badge = window.model_bar.notice_badge
        assert badge.isVisibleTo(window)
        assert "알림" in badge.text()
        window.dialogs["notices"] = badge.show_list()
        stray = _stray(window)
        assert stray == [], "\n".join(f"{w}: {t!r} {words}" for w, t, words in stray)


def test_a_bundled_model_after_generating_in_korean(window, qtbot):
    """A trained language model with a quote unit, several layers and generated text."""
    from gate_explorer.session import ModelRef

    assert window.session.open_model(ModelRef("bundled", name="quotes-lstm"))
    window.session.set_text('He said, "', immediate=True)
    view = window.analysis.tabs.show_view("generateView")
    view.tokens.setValue(8)
    with qtbot.waitSignal(
        window.session.generation.sigRunning, check_params_cb=lambda on: not on, timeout=20_000
    ):
        view.go.click()
    window.session.set_view(layer=1)
    with korean(window, qtbot, compare=False):
        window.session.set_step(12)  # a generated step: the answer says how it was drawn
        assert window.answer.title.text().startswith("생성됨: softmax(logits / ")
        stray = _stray(window)
        assert stray == [], "\n".join(f"{w}: {t!r} {words}" for w, t, words in stray)


def _two_modules(path: Path) -> Path:
    """Two LSTMs in one state_dict: the window asks which one to show."""
    rng = np.random.default_rng(1)
    arrays = {}
    for prefix in ("encoder.rnn.", "decoder.rnn."):
        arrays |= {
            f"{prefix}weight_ih_l0": rng.normal(0, 0.5, (16, 3)),
            f"{prefix}weight_hh_l0": rng.normal(0, 0.5, (16, 4)),
        }
    np.savez(path, **{k: v.astype(np.float32) for k, v in arrays.items()})
    return path


def test_the_dialogs_in_korean(window, qtbot, tmp_path):
    from gate_explorer.session import ModelRef

    """Model > Train (every task's summary), the module choice of a file with two
    recurrent modules, and the series column question are Korean too."""
    path = _two_modules(tmp_path / "pair.npz")
    with korean(window, qtbot, compare=False):
        dialog = window.train.show()
        summaries = []
        for k in range(dialog.task.count()):
            dialog.task.setCurrentIndex(k)
            summaries.append(dialog.about.text())
            stray = _stray(window)
            assert stray == [], "\n".join(f"{w}: {t!r} {words}" for w, t, words in stray)
        assert len(summaries) >= 5
        assert all(re.search("[가-힣]", s) for s in summaries), summaries
        dialog.close()
        window.dialogs.pop("train")
        window.open_model_file(path)
        qtbot.waitUntil(lambda: "module" in window.dialogs, timeout=10_000)
        assert window.dialogs["module"].isVisible()
        stray = _stray(window)
        assert stray == [], "\n".join(f"{w}: {t!r} {words}" for w, t, words in stray)
        window.dialogs.pop("module").close()
        asked = []
        window.ask_item = lambda title, label, items, default: asked.append((title, label))
        csv = tmp_path / "two.csv"
        csv.write_text("year,spots\n1700,5\n1701,11\n", encoding="utf-8")
        assert window.session.open_model(ModelRef("bundled", name="sunspots-lstm"))
        assert not window.open_series(csv)  # asked which column, and the answer was none
    (title, label), kept = asked[0], _kept_words()
    assert re.search("[가-힣]", title)
    assert re.search("[가-힣]", label)
    assert _words(title + " " + label) - kept == set(), (title, label)
