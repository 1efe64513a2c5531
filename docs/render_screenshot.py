"""Render the README's main screenshot (docs/screenshot.png) with the app itself.

    python docs/render_screenshot.py [--out docs/screenshot.png]

The window at 1400x900 on the bundled quotes-lstm and its example text: layer 2, the
card's quote unit selected in the output gate (so the token chips are shaded by it), the
current step inside the first quotation, and the Cell tab of the analysis dock below.
Settings go to a temporary folder, so the user's own are neither read nor changed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def offscreen_screen(width: int, height: int) -> None:
    """Qt's offscreen platform with a screen of this size (its default, 800x800, is too
    small for the analysis dock), unless a display or another platform was chosen."""
    if os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM", "offscreen") != "offscreen":
        return
    path = Path(tempfile.mkdtemp(prefix="gate-explorer-screen-")) / "screen.json"
    screen = {"name": "shot", "x": 0, "y": 0, "width": width, "height": height,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
    path.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={path}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshot.png")
    parser.add_argument("--model", default="quotes-lstm")
    args = parser.parse_args()
    offscreen_screen(1400, 900)

    from gate_explorer.ui.window.app import single_threaded_blas

    single_threaded_blas()
    from PySide6.QtCore import QSettings, QThread
    from PySide6.QtWidgets import QApplication

    from gate_explorer.session import Session
    from gate_explorer.ui.window.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    app.setStyle("Fusion")
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(Session(debounce_ms=10), settings)
        window.resize(1400, 900)
        window.start(args.model, None, None)
        window.show()
        session = window.session

        def settle(ms: int = 300) -> None:
            """Process events until the run is in (at most ``ms``), then a few more."""
            for _ in range(ms // 10):
                app.processEvents()
                if session.run is not None and not session.busy:
                    break
                QThread.msleep(10)
            for _ in range(20):
                app.processEvents()

        settle(10_000)
        quote = session.model.card.quote_unit
        text = session.text
        if quote is not None:
            session.set_view(layer=quote.layer, direction=quote.direction)
            settle()
            session.set_unit(quote.unit, quote.name)
        opening = text.find('"')  # a char model: one step per character
        step = min(session.steps - 1, opening + 30) if opening >= 0 else 0
        session.set_step(step)
        settle()
        args.out.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(args.out))
        window.close()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
