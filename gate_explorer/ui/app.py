"""Start the Qt application and show the main window."""

from __future__ import annotations


def run_app(model: str | None = None, text: str | None = None, vocab: str | None = None) -> int:
    """Open the window and run the event loop; returns the exit status."""
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication([])
    app.setApplicationName("Gate Explorer")
    label = QLabel("Gate Explorer")
    label.setWindowTitle("Gate Explorer")
    label.resize(800, 600)
    label.show()
    return app.exec()
