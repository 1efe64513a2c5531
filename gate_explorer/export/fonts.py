"""A font with Hangul for what the window and the exports draw, when the system has one.

Qt falls back to a font with the missing glyphs when it paints, but an SVG names only the
families of the font it was given: with a Hangul family in the application font's list,
PNG and PDF exports draw Korean text (a token, a translated label) with real glyphs and an
SVG names a family its viewer can use. Debian: ``apt-get install fonts-nanum``.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

import gate_explorer.qt  # noqa: F401  (first: the PySide6 workaround)

HANGUL_FAMILIES = (  # preferred first; any other family with Korean glyphs after these
    "NanumGothic",
    "NanumBarunGothic",
    "Noto Sans CJK KR",
    "Noto Sans KR",
    "Source Han Sans KR",
    "UnDotum",
    "Baekmuk Gulim",
    "Malgun Gothic",
    "Apple SD Gothic Neo",
)
_base: list[QFont] = []  # the application font before any change


def hangul_family() -> str | None:
    """A font family with Hangul glyphs installed on this system, or None."""
    families = QFontDatabase.families(QFontDatabase.WritingSystem.Korean)
    for name in HANGUL_FAMILIES:
        if name in families:
            return name
    return families[0] if families else None


def use_hangul_font(first: bool = False) -> str | None:
    """Give the application font a Hangul family: ``first`` (Korean: every label in it),
    else after the usual family (English: Latin text unchanged). Returns the family used."""
    if QGuiApplication.instance() is None:
        return None
    if not _base:
        _base.append(QFont(QGuiApplication.font()))
    font = QFont(_base[0])
    hangul = hangul_family()
    if hangul is not None and hangul != font.family():
        font.setFamilies([hangul, font.family()] if first else [font.family(), hangul])
    QGuiApplication.setFont(font)
    return hangul
