"""The window in Korean: translations current and complete, switching at once, Hangul glyphs.

The walk test (``test_i18n_walk.py``) checks every visible text; here: the translation
files, the language menu, the painted scenes, the locale, fonts and exports.
"""

from __future__ import annotations

import html
import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import QLabel

from gate_explorer.ui.window import language

ROOT = Path(__file__).resolve().parents[3]
FIELD_TERMS = {  # the Korean names the field uses (gate symbols stay as they are)
    "input gate": "입력 게이트",
    "forget gate": "망각 게이트",
    "output gate": "출력 게이트",
    "candidate": "후보",
    "cell state": "셀 상태",
    "hidden state": "은닉 상태",
    "reset gate": "리셋 게이트",
    "update gate": "업데이트 게이트",
}
HANGUL = "망각 게이트 셀 상태"


def _tool():
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / ".ci" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def korean(qapp):
    """The application in Korean for one test, English again afterwards."""
    assert language.apply("ko")
    yield
    language.apply("en")


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{[^{}]*\}|%[pvm0-9]", text))


# ---------------------------------------------------------------------- translation files
def test_ts_files_are_current_with_the_code_and_the_qm_built_from_them():
    """lupdate into a temporary copy changes nothing; lrelease gives the shipped .qm."""
    assert _tool().check() == []


def test_the_installed_qm_files_are_the_built_ones():
    for lang in ("en", "ko"):
        name = f"gate_explorer_{lang}.qm"
        shipped = language.translations_dir() / name
        assert shipped.read_bytes() == (ROOT / "resources" / "i18n" / name).read_bytes()


def test_korean_is_complete_in_the_fields_terms_and_keeps_every_placeholder():
    entries = list(_tool().entries("ko"))
    assert len(entries) > 400
    unfinished = [s for _c, s, _t, done in entries if not done]
    assert unfinished == []
    ko = {(c, s): t for c, s, t, _done in entries}
    for english, korean_name in FIELD_TERMS.items():  # marked in engine/cells.py (no Qt)
        assert ko[("", english)] == korean_name
    for (_c, source), target in ko.items():
        assert _placeholders(source) == _placeholders(target), (source, target)
        # Korean, or kept as it is (symbols, names, key names), or arrows for key names
        assert (
            re.search("[가-힣]", target)
            or target == source
            or not re.search("[A-Za-z]{3,}", re.sub(r"\{[^{}]*\}", "", target))
        ), (source, target)


def test_lupdate_finds_the_qt_free_marker_and_the_window_fills_in_the_values(korean):
    """``translatable(...).format(...)`` from io is translated as its template."""
    from gate_explorer.notices import translatable

    message = translatable("layers not computed: {list}").format(list="Dense 'head'")
    assert str(message) == "layers not computed: Dense 'head'"  # the CLI's English
    assert language.translated(message) == "계산하지 않은 층: Dense 'head'"
    nested = translatable("the file does not say which activation the head applies: showing {why}")
    why = translatable("softmax over its {n} outputs").format(n=3)
    text = language.translated(nested.format(why=why))
    assert "출력 3개에 대한 softmax" in text
    assert "헤드" in text


# ---------------------------------------------------------------------- switching
def test_the_language_menu_switches_menus_legend_and_painted_scenes_at_once(window, qtbot):
    menu = window.language_menu
    assert [a.text() for a in menu.actions()] == ["English", "한국어"]
    window.analysis.tabs.show_view("cellDiagram")
    window.session.set_unit(2)
    plot = window.analysis.tabs.show_view("unitPlot")
    try:
        menu.actions_by_code["ko"].trigger()
        assert window.settings.value("language") == "ko"
        assert QLocale().language() == QLocale.Language.Korean  # for other code to read
        assert window.file_menu.title() == "파일(&F)"
        assert window.view_menu.title() == "보기(&V)"
        assert window.open_action.text() == "가중치 파일 열기(&O)…"
        assert menu.title() == "언어(&L)"
        legend = window.legend.text()
        for name in ("입력 게이트", "망각 게이트", "출력 게이트", "후보", "셀 상태", "은닉 상태"):
            assert name in legend
        assert "LSTM 게이트와 상태" in legend
        assert "gates and states" not in legend
        # painted in the heatmap scene: row labels, the panel's title, the hint
        labels = [row.label.text for row in window.heatmaps.rows]
        assert "망각 게이트" in labels[1]
        assert "forget" not in labels[1]
        assert "번호 순 유닛" in window.heatmaps.title.text
        # the analysis views were built anew: tab titles, the cell diagram, the unit plot
        tabs = window.analysis.tabs
        assert [tabs.tabText(k) for k in range(3)] == ["셀", "시간에 따른 유닛", "기울기 흐름"]
        new_plot = tabs.views["unitPlot"]
        assert new_plot is not plot
        assert new_plot.gates.plot.getAxis("left").labelText == "게이트"
        legend_items = [label.text for _item, label in new_plot.legend.items]
        assert any("망각 게이트" in text for text in legend_items)
        canvas = tabs.views["cellDiagram"].canvas
        assert canvas.parts["c"].subtitle == "셀 상태"
        assert canvas.parts["f"].subtitle == "망각 게이트"
        assert "단계" in canvas.header
        assert "유닛" in canvas.note
        assert "유닛 2" in tabs.views["cellDiagram"].equations.toPlainText()
        assert window.analysis.windowTitle() == "분석"
    finally:
        menu.actions_by_code["en"].trigger()
    assert window.settings.value("language") == "en"
    assert QLocale().language() == QLocale.Language.English
    assert window.file_menu.title() == "&File"
    assert "forget gate" in window.legend.text()
    assert "forget gate" in window.heatmaps.rows[1].label.text
    assert window.analysis.tabs.tabText(0) == "Cell"
    assert window.analysis.tabs.views["cellDiagram"].canvas.parts["c"].subtitle == "cell state"


def test_help_pages_in_korean(window, korean):
    shortcuts = window.show_shortcuts().findChild(QLabel, "dialogText").text()
    assert "다음 단계" in shortcuts
    assert "next step" not in shortcuts
    gates = window.show_gate_names().findChild(QLabel, "dialogText").text()
    assert "리셋 게이트" in gates
    assert "업데이트 게이트" in gates
    assert "내장된 NumPy 엔진" in window.show_about().findChild(QLabel, "dialogText").text()


def test_qt_dialog_texts_come_from_qtbase_ko(korean):
    """qtbase_ko.qm from PySide6 translates Qt's own buttons and dialogs."""
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "취소"


def test_the_saved_choice_wins_over_the_system_locale(settings):
    assert language.chosen_language(settings) == language.system_language()
    settings.setValue("language", "ko")
    assert language.chosen_language(settings) == "ko"
    settings.setValue("language", "xx")  # garbage: the system's
    assert language.chosen_language(settings) == language.system_language()


LAUNCH = r"""
import sys
from PySide6.QtCore import QLocale, QTimer
import gate_explorer.ui.window.main_window as mw
from gate_explorer.ui.window.app import run_app

start = mw.MainWindow.start

def start_then_report(self, *args, **kwargs):
    start(self, *args, **kwargs)

    def report():
        self.analysis.show()
        print("menu", self.file_menu.title())
        print("tab", self.analysis.tabs.tabText(0))
        print("locale", QLocale().name())
        self.close()

    QTimer.singleShot(100, report)

mw.MainWindow.start = start_then_report
sys.exit(run_app("memory-lstm"))
"""


def test_launched_under_a_korean_locale_the_window_is_korean(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG="ko_KR.UTF-8", QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path),
               HOME=str(tmp_path))  # fmt: skip
    done = subprocess.run([sys.executable, "-c", LAUNCH], env=env, capture_output=True,
                          text=True, timeout=120, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert "menu 파일(&F)" in done.stdout
    assert "tab 셀" in done.stdout
    assert "locale ko_KR" in done.stdout


# ---------------------------------------------------------------------- Hangul glyphs
def _need_hangul() -> str:
    family = language.hangul_family()
    if family is None:
        if os.environ.get("CI"):
            pytest.fail("no font with Hangul: .ci/run installs fonts-nanum")
        pytest.skip("no font with Hangul glyphs on this system (apt-get install fonts-nanum)")
    return family


def _render(text: str, font: QFont) -> np.ndarray:
    image = QImage(64, 64, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setFont(font)
    p.setPen(QColor("black"))
    p.drawText(QRectF(0, 0, 64, 64), Qt.AlignmentFlag.AlignCenter, text)
    p.end()
    ptr = image.constBits()
    return np.frombuffer(ptr, np.uint8).reshape(64, image.bytesPerLine())[:, :64].copy()


def test_hangul_is_drawn_as_glyphs_not_tofu(korean):
    _need_hangul()
    font = QFont(QGuiApplication.font())
    font.setPointSize(28)
    tofu = _render("\U000f0000", font)  # a private-use code point: the replacement glyph
    shapes = {}
    for char in "망각게이트셀상태":
        ink = _render(char, font)
        assert (ink < 128).sum() > 30, char  # something was drawn
        assert np.abs(ink.astype(int) - tofu).sum() > 2000, char  # and it is not the box
        shapes[char] = ink
    assert len({img.tobytes() for img in shapes.values()}) == len(shapes)  # all different


def test_the_korean_font_is_a_hangul_family(korean):
    family = _need_hangul()
    assert QGuiApplication.font().families()[0] == family
    language.apply("en")  # English keeps its font and falls back to Hangul after it
    assert QGuiApplication.font().families()[-1] == family


def _korean_label() -> QLabel:
    label = QLabel(HANGUL)
    label.resize(300, 60)
    font = label.font()
    font.setPointSize(20)
    label.setFont(font)
    return label


def test_png_and_pdf_exports_of_korean_text_hold_the_glyphs(korean, tmp_path, qtbot):
    from gate_explorer.export import images

    family = _need_hangul()
    label = _korean_label()
    qtbot.addWidget(label)
    images.write_image(tmp_path / "ko.png", label, overwrite=True)
    label.setText("\U000f0000" * 4)
    images.write_image(tmp_path / "tofu.png", label, overwrite=True)
    ko, tofu = QImage(str(tmp_path / "ko.png")), QImage(str(tmp_path / "tofu.png"))
    assert ko.size() == tofu.size()
    assert ko != tofu
    label.setText(HANGUL)
    images.write_image(tmp_path / "ko.pdf", label, overwrite=True)
    pdf = (tmp_path / "ko.pdf").read_bytes()
    assert family.encode() in pdf  # the Hangul font is embedded (BaseFont /...+NanumGothic)


def test_svg_export_names_a_hangul_font_family(korean, qtbot):
    from gate_explorer.export import images

    family = _need_hangul()
    label = _korean_label()
    qtbot.addWidget(label)
    svg = images.svg_bytes(label).decode("utf-8")
    assert f'font-family="{family}' in svg
    assert html.escape(HANGUL.split()[0]) in svg or "망각" in svg


def test_command_line_export_of_korean_text_names_a_hangul_font_and_stays_english(
    tmp_path, monkeypatch, model_factory, qapp
):
    from gate_explorer import cli
    from gate_explorer.commands import export as export_command

    family = _need_hangul()
    model = model_factory("lstm", hidden=5)
    monkeypatch.setattr(export_command, "load_model", lambda name, vocab: model)
    out = tmp_path / "ko.svg"
    assert cli.main(["export", "--model", "tiny", "--text", "망각 게이트", "--out", str(out)]) == 0
    svg = out.read_text(encoding="utf-8")
    assert re.search(f'font-family="[^"]*{family}', svg)  # the viewer is told a Hangul font
    assert "units by index" in svg  # the command line stays English
    assert "망" in svg
