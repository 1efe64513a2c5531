"""The window's language: Qt translators, the default locale, a font with Hangul.

The language follows the system locale (``LANG=ko_KR.UTF-8`` gives Korean) unless
*View > Language* chose one, which ``QSettings`` remembers under ``"language"``. ``apply``
installs ``gate_explorer_<code>.qm`` (``resources/i18n/``) and Qt's own ``qtbase_<code>.qm``
(Qt's dialogs), sets ``QLocale.setDefault`` (so ``QLocale().language()`` tells other code
the choice) and a font with Hangul glyphs when the system has one. Installing a translator
sends ``QEvent.LanguageChange`` to every widget: widgets retranslate in a ``retranslate``
hooked with ``on_language_change``; analysis views are built anew (``AnalysisTabs``).
pyqtgraph's own context menus are turned off in every plot (pyqtgraph ships no Korean).

Text the Qt-free layers marked with ``notices.translatable`` is translated by ``translated``
(context ``""``, where ``pyside6-lupdate`` puts ``QT_TR_NOOP``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
)
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QMenu, QWidget

from gate_explorer.bundled import resource
from gate_explorer.errors import message_of
from gate_explorer.export import fonts
from gate_explorer.notices import Message

LANGUAGES = (("en", "English"), ("ko", "한국어"))  # each shown in its own language
CODES = tuple(code for code, _ in LANGUAGES)
SETTING = "language"
MARKED_CONTEXT = ""  # the context lupdate gives ``translatable`` (a QT_TR_NOOP alias)
_LOCALES = {"en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
            "ko": QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)}  # fmt: skip

_installed: list[QTranslator] = []
_current = {"code": "en"}


def system_language() -> str:
    """``"ko"`` under a Korean system locale, else ``"en"``."""
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


def chosen_language(settings: QSettings | None) -> str:
    """The language *View > Language* saved, else the system's."""
    saved = str(settings.value(SETTING, "") or "") if settings is not None else ""
    return saved if saved in CODES else system_language()


def current_language() -> str:
    return _current["code"]


def translations_dir():
    return resource("i18n")


def apply(code: str) -> bool:
    """Switch the application to ``code`` (``"en"``/``"ko"``) at once; True when the
    translations were found (English needs none)."""
    code = code if code in CODES else "en"
    app = QCoreApplication.instance()
    found = True
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(_LOCALES[code])
    _current["code"] = code
    if app is not None and code != "en":
        ours = QTranslator(app)
        found = ours.load(f"gate_explorer_{code}", str(translations_dir()))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name in ("qtbase",):
            qt = QTranslator(app)
            if qt.load(f"{name}_{code}", qt_dir):
                QCoreApplication.installTranslator(qt)
                _installed.append(qt)
        if found:
            QCoreApplication.installTranslator(ours)
            _installed.append(ours)
    if isinstance(app, QGuiApplication):
        use_hangul_font(code)
    if app is not None:  # widgets retranslate now, not at the next turn of the event loop
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return found


def use_hangul_font(code: str) -> None:
    """Korean: a Hangul family first (so SVG exports name it); English: after the usual one."""
    fonts.use_hangul_font(first=code == "ko")


def translated(text: str | BaseException) -> str:
    """Text the Qt-free layers marked with ``translatable``, in the window's language.

    A ``Message`` made by ``.format`` is translated as its template, then filled with its
    values: marked values (``Message``, or an exception raised with one) are translated
    too, every other value is data (file and model names, tokens, numbers) and stays as it
    is. Plain text is looked up as it is. An exception shows its message (``message_of``).
    """
    if isinstance(text, BaseException):
        text = message_of(text)
    if isinstance(text, Message) and text.params:
        params = {k: _value(v) for k, v in text.params}
        source = QCoreApplication.translate(MARKED_CONTEXT, text.template)
        try:
            return source.format(**params)
        except (KeyError, IndexError, ValueError):  # a broken translation: keep the English
            return str(text)
    return QCoreApplication.translate(MARKED_CONTEXT, str(text))


def _value(value: object) -> object:
    """A ``Message``'s value as the translation shows it: marked text translated."""
    if isinstance(value, Message) or (
        isinstance(value, BaseException) and isinstance(message_of(value), Message)
    ):
        return translated(value)
    return value


class _Watcher(QObject):
    def __init__(self, target: QObject, callback: Callable[[], None]) -> None:
        super().__init__(target)
        self.callback = callback
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            try:
                self.callback()
            except Exception:  # reported, never let out of an event filter:
                # PySide6 6.12 stores an exception raised in an override during
                # ``sendPostedEvents`` called from Python and segfaults on the next one
                sys.excepthook(*sys.exc_info())
        return False


def on_language_change(widget: QObject, callback: Callable[[], None]) -> None:
    """Call ``callback`` whenever ``widget`` is told the language changed."""
    _Watcher(widget, callback)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark a table's ``text`` for ``context`` (translated where it is shown)."""
    return text


class LanguageMenu(QMenu):
    """*View > Language*: English or 한국어, saved in ``settings`` and applied at once."""

    def __init__(self, parent: QWidget, settings: QSettings) -> None:
        super().__init__(parent)
        self.setObjectName("languageMenu")
        self.settings = settings
        self.group = QActionGroup(self)
        self.actions_by_code: dict[str, QAction] = {}
        for code, _name in LANGUAGES:
            action = QAction(self)
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, c=code: self.choose(c))
            self.group.addAction(action)
            self.addAction(action)
            self.actions_by_code[code] = action
        self.retranslate()
        on_language_change(self, self.retranslate)

    def choose(self, code: str) -> None:
        self.settings.setValue(SETTING, code)
        apply(code)

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Language"))
        self.actions_by_code["en"].setText(self.tr("English"))
        self.actions_by_code["ko"].setText("한국어")  # its own name, in any language
        self.actions_by_code[current_language()].setChecked(True)


def language_menu(parent: QWidget, settings: QSettings) -> LanguageMenu:
    return LanguageMenu(parent, settings)


hangul_family = fonts.hangul_family
