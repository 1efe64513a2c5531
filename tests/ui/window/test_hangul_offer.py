"""Hangul typed into a model that does not know it: the window offers korean-lstm; under a
Korean locale the window starts on it."""

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from gate_explorer.session import ModelRef, Session
from gate_explorer.ui.window.main_window import MainWindow

KOREAN = "필터는 입력 레이어 또는 이미지를 가져 와서 수학적 계산을 적용합니다."


def _type(window, qtbot, text):
    editor = window.text_input.editor
    editor.setFocus()
    with qtbot.waitSignal(window.session.sigRunChanged, timeout=5000):
        editor.insertPlainText(text)  # an input method commits whole syllables like this


def test_hangul_on_an_ascii_model_offers_korean_lstm_and_switching_keeps_the_text(window, qtbot):
    bar = window.language_offer
    assert not bar.isVisible()  # English text: nothing to offer
    window.text_input.editor.clear()
    _type(window, qtbot, KOREAN)
    qtbot.waitUntil(bar.isVisible, timeout=3000)
    hangul = sum("가" <= ch <= "힣" for ch in KOREAN)
    assert window.chips.unknown_count() == hangul  # the random model knows no Hangul
    assert f"{hangul} of its {hangul} Hangul tokens" in bar.label.text()
    assert bar.switch.text() == "Switch to korean-lstm"
    assert bar.close_button.isVisible()
    # the bar does not block: the window still steps and edits while it is shown
    window.session.first()
    assert window.session.step == 0
    with qtbot.waitSignal(window.session.sigModelChanged, timeout=5000):
        bar.switch.click()
    s = window.session
    assert s.model.name == "korean-lstm"
    assert s.text == KOREAN  # the user's text, not the model's example
    qtbot.waitUntil(lambda: s.run is not None and s.run.text == KOREAN, timeout=5000)
    assert len(s.run.tokens) == len(KOREAN)  # one step per syllable
    assert window.chips.unknown_count() == 0
    assert not bar.isVisible()
    assert "korean-lstm" in window.statusBar().currentMessage()


def test_dismissed_offer_stays_away_for_that_model(window, qtbot):
    bar = window.language_offer
    window.text_input.editor.clear()
    _type(window, qtbot, KOREAN)
    qtbot.waitUntil(bar.isVisible, timeout=3000)
    bar.close_button.click()
    assert not bar.isVisible()
    _type(window, qtbot, " 더 많은 한국어 문장을 씁니다.")  # same model, more Hangul
    QApplication.processEvents()
    assert not bar.isVisible()
    assert window.session.model_ref.source == "random"  # nothing was switched
    window.session.open_model(ModelRef("random", cell="gru", hidden=8))  # another model
    window.session.set_text(KOREAN, immediate=True)
    qtbot.waitUntil(bar.isVisible, timeout=3000)


@pytest.fixture
def korean_locale():
    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea))
    yield
    QLocale.setDefault(old)


def test_a_korean_locale_starts_on_korean_lstm(qtbot, settings, korean_locale):
    assert QLocale().language() == QLocale.Language.Korean
    w = MainWindow(Session(), settings)
    qtbot.addWidget(w)
    w.start()
    s = w.session
    assert s.model.name == "korean-lstm"
    assert any("가" <= ch <= "힣" for ch in s.text)  # its Korean example, from held-out text
    assert s.run is not None
    assert all(t.known for t in s.run.tokens)
    assert not w.language_offer.isVisible()
    s.shutdown()


def test_an_english_locale_starts_on_quotes_lstm(qtbot, settings):
    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        w = MainWindow(Session(), settings)
        qtbot.addWidget(w)
        w.start()
        assert w.session.model.name == "quotes-lstm"
        w.session.shutdown()
    finally:
        QLocale.setDefault(old)


def test_the_offer_speaks_the_window_language_and_switches_with_it(window, qtbot):
    from gate_explorer.ui.window import language

    bar = window.language_offer
    window.text_input.editor.clear()
    _type(window, qtbot, KOREAN)
    qtbot.waitUntil(bar.isVisible, timeout=3000)
    assert bar.switch.text() == "Switch to korean-lstm"
    try:
        assert language.apply("ko")
        assert bar.switch.text() == "korean-lstm(으)로 전환"
        assert "한글 토큰" in bar.label.text()
        assert "This text" not in bar.label.text()
        assert "다시 묻지 않음" in bar.close_button.toolTip()
    finally:
        language.apply("en")
    assert bar.switch.text() == "Switch to korean-lstm"
    assert bar.label.text().startswith("This text is Korean")
