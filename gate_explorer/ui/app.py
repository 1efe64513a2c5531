"""Start the Qt application and show the main window."""

from __future__ import annotations

import signal


def run_app(model: str | None = None, text: str | None = None, vocab: str | None = None) -> int:
    """Open the window and run the event loop; returns the exit status."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from gate_explorer.bundled import resource
    from gate_explorer.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    app.setApplicationName("Gate Explorer")
    app.setOrganizationName("gate-explorer")
    app.setStyle("Fusion")
    icon = resource("icons", "gate-explorer.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    window = MainWindow()
    window.start(model, text, vocab)
    window.show()
    signal.signal(signal.SIGINT, lambda *_: window.close())  # Ctrl+C in the terminal
    signal.signal(signal.SIGTERM, lambda *_: window.close())
    wake = QTimer(interval=250)  # lets Python see the signal while Qt waits
    wake.timeout.connect(lambda: None)
    wake.start()
    return app.exec()
