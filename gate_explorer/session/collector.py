"""Python's cyclic garbage collection in the GUI thread only, once worker threads exist.

CPython collects reference cycles in whichever thread happens to allocate when a
generation's threshold is crossed. A worker thread that allocates (a tokenizer building
its tokens, a run filling its trace) then frees whatever cyclic garbage is pending there,
PySide objects included: a QObject of an old session, deleted from the worker thread
while the GUI thread delivers an event to it, crashed the process (a segfault in
``QObject::event``, seen in about one run in four of ``tests/session``; the core dump shows
the worker thread in ``gc_collect_main`` -> a shiboken dealloc, the GUI thread in
``sendPostedEvents``). pyqtgraph's ``GarbageCollector`` answers the same problem the same
way: automatic collection off, and a timer in the GUI thread collects each generation when
its count passes the threshold automatic collection would have used.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer

INTERVAL_MS = 200  # cyclic garbage waits at most this long (reference counting is immediate)


class MainThreadCollector(QObject):
    """Collects generations 0, 1, 2 on a timer, as their counts pass the thresholds."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(INTERVAL_MS)

    def check(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):  # the oldest due generation (it collects the younger)
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return


_collector: list[MainThreadCollector] = []  # one per process, owned by the application


def collect_in_gui_thread() -> bool:
    """Switch to GUI-thread collection (once; from the GUI thread, with an application).
    True when it is on."""
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return False
    if not _collector or _collector[0].parent() is not app:
        _collector[:] = [MainThreadCollector(app)]
    return True
