"""Render the window on korean-lstm with a Korean sentence, as the README shows it.

    QT_QPA_PLATFORM=offscreen python docs/render_korean.py --lang ko  # docs/korean.png
    QT_QPA_PLATFORM=offscreen python docs/render_korean.py --out en.png  # English UI

Needs a font with Hangul (Debian: ``apt-get install fonts-nanum``), else the syllables are
boxes. ``--lang ko`` switches the window to Korean with ``ui.window.language.apply`` when
that module is there (the translations), else it only sets the default locale (which
picks korean-lstm as the start model either way). Private settings (a temporary folder):
the user's saved session is neither read nor changed. Same model, text, size and step,
same picture: step 60 is the 습 of 만들었습니다, where the model gives 니 (the ending
-습니다) nearly all its probability; the selected unit is the card's start-of-a-word
unit, which shades the chips.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SENTENCE = (
    "데비안 프로젝트는 1993년 이안 머독이, 처음에 자유 소프트웨어 재단의 GNU 프로젝트의 "
    "후원 하에 만들었습니다. 오늘날, 데비안의 개발자는 그것을 GNU 프로젝트의 직계 후손이라고 "
    "생각합니다."
)  # from the Debian FAQ in Korean (held out: never trained on)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "korean.png"))
    parser.add_argument("--lang", default="", help="UI language code, e.g. ko")
    parser.add_argument("--size", default="1400x900", help="window size WxH")
    parser.add_argument("--step", type=int, default=60, help="the step shown (0-based)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QLocale, QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    if args.lang:
        QLocale.setDefault(QLocale(args.lang))
        try:
            from gate_explorer.ui.window import language
        except ImportError:
            language = None
        if language is not None and hasattr(language, "apply"):
            language.apply(args.lang)

    from gate_explorer.session import ModelRef, Session
    from gate_explorer.ui.window.main_window import MainWindow

    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(Session(), settings)
        window.start(model="korean-lstm", text=SENTENCE)
        width, height = (int(v) for v in args.size.split("x"))
        window.resize(width, height)  # after start: the offscreen screen is only 800x800
        window.analysis.show()
        window.show()
        session = window.session
        if session.model_ref != ModelRef("bundled", name="korean-lstm"):
            print("korean-lstm is not bundled", file=sys.stderr)
            return 1
        unit = next(u for u in session.model.card["units"] if u["key"] == "word_start")
        session.set_unit(int(unit["unit"]), str(unit["name"]))  # chips shaded by it
        for _ in range(20):
            app.processEvents()
        session.set_step(min(args.step, session.steps - 1))
        window.statusBar().clearMessage()
        for _ in range(20):
            app.processEvents()
        window.grab().save(args.out)
        session.shutdown()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
