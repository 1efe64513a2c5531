"""Start the Qt application and show the main window.

Nothing here imports Qt or NumPy at module level: ``single_threaded_blas`` has to run
before NumPy loads its BLAS.
"""

from __future__ import annotations

import os
import signal

BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "VECLIB_MAXIMUM_THREADS")


def single_threaded_blas() -> None:
    """Ask NumPy's BLAS for one thread (effective only before NumPy is first imported).

    The engine's products are small (a step's ``h @ W``, a short text's input product),
    where BLAS worker threads cost more in wake-ups than they save: on a busy 2-core
    machine the example text took 80-170 ms with them and 7-17 ms without, and a
    5,000-step run 0.86-0.91 s against 0.71-0.77 s. A value the user set is kept.
    """
    for name in BLAS_THREAD_VARIABLES:
        os.environ.setdefault(name, "1")


def run_app(
    model: str | None = None,
    text: str | None = None,
    vocab: str | None = None,
    *,
    module: str | None = None,
    kind: str | None = None,
    head_activation: str | None = None,
    series: str | None = None,
    column: str | None = None,
) -> int:
    """Open the window and run the event loop; returns the exit status.

    ``module``, ``kind`` and ``head_activation`` are the choices a weights file leaves open
    (``--module``, ``--kind``, ``--head-activation``), as on ``gate-explorer export``;
    ``series`` (and ``column``) a series file to open as the text (``--series``).
    """
    single_threaded_blas()
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from gate_explorer.bundled import resource
    from gate_explorer.ui.window.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    app.setApplicationName("Gate Explorer")
    app.setOrganizationName("gate-explorer")
    app.setStyle("Fusion")
    icon = resource("icons", "gate-explorer.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    from gate_explorer.ui.window import language
    from gate_explorer.ui.window.main_window import default_settings

    language.apply(language.chosen_language(default_settings()))
    window = MainWindow()
    window.start(model, text, vocab, series, column, module=module, kind=kind,
                 head_activation=head_activation)  # fmt: skip
    window.show()
    signal.signal(signal.SIGINT, lambda *_: window.close())  # Ctrl+C in the terminal
    signal.signal(signal.SIGTERM, lambda *_: window.close())
    wake = QTimer(interval=250)  # lets Python see the signal while Qt waits
    wake.timeout.connect(lambda: None)
    wake.start()
    return app.exec()
