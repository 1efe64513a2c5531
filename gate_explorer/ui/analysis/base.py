"""``AnalysisView``: what every analysis view shares: the session, its signals, hidden tabs.

A view says which session signals it follows in ``follows()`` ({signal name: slot}); the
base connects them (``session.subscription.Subscription``). While the view sits in a hidden
tab or dock, a signal only marks its slot as pending; when the view is shown again each
pending slot runs once, in the order the signals last came, with their last arguments. A
top-level view (as an export renders it) is never considered hidden. While generation
writes, the pending slots run two frames after the one that showed a batch to the text
and chips (``defer_while_writing``).

On a long (checkpointed) run (``Session.long``) a view that does not read such runs
(``reads_long_runs`` False: it would need the whole trace at once) shows one line saying
so, and why (``long_run_reason``), instead of running its slots.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Mapping
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QWidget
from shiboken6 import isValid

from gate_explorer.export.render import DEFAULT_SIZE
from gate_explorer.session import Session
from gate_explorer.session.subscription import Slot, Subscription
from gate_explorer.ui.window.language import QT_TRANSLATE_NOOP


def _guarded(view: AnalysisView, fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn`` as a method of ``view`` that does nothing on a run the view cannot read."""
    ref = weakref.ref(view)

    def run(*args: Any, **kwargs: Any) -> Any:
        target = ref()
        if target is None or target._too_long():
            return None
        return fn(target, *args, **kwargs)

    return run


class AnalysisView(QWidget):
    """Base of the views in the Analysis dock; subclasses build their widgets, then read."""

    # headless export size: as wide as a figure, as high as the strip under the heatmaps
    export_size: ClassVar[tuple[int, int]] = (DEFAULT_SIZE[0], 380)
    reads_long_runs: ClassVar[bool] = False  # True: reads a long run by window or chunk
    long_run_reason: ClassVar[str] = QT_TRANSLATE_NOOP(  # why not (one sentence, translated)
        "AnalysisView",
        "it reads every step of the run at once, and a run this long keeps "
        "only checkpoints and summaries.",
    )
    # while generation writes, show each batch this many frames after the text, chips and
    # answer (0: with them): the heatmaps take the next frame, the analysis view the one
    # after, so no frame pays for all of them (``session.generation.Generation.defer``)
    defer_while_writing: ClassVar[int] = 2

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._pending: dict[str, tuple[Slot, tuple[Any, ...]]] = {}
        follows = self.follows()
        slots = {name: self._unless_hidden(name, slot) for name, slot in follows.items()}
        self.subscription = Subscription(session, slots)
        if not self.reads_long_runs:  # a direct call (e.g. the first refresh) checks too
            for slot in set(follows.values()):
                if getattr(slot, "__self__", None) is self:
                    setattr(self, slot.__name__, _guarded(self, slot.__func__))
        self.destroyed.connect(self.subscription.disconnect)  # no call into a deleted view
        view = weakref.ref(self)
        self._later = lambda: (v := view()) is not None and isValid(v) and v._run_later()

    def follows(self) -> Mapping[str, Slot]:
        """The session signals this view follows: {signal name: slot}."""
        return {}

    def is_hidden(self) -> bool:
        """In a hidden tab or dock (a top-level widget, as an export renders, never is)."""
        return self.parentWidget() is not None and not self.isVisible()

    def _unless_hidden(self, name: str, slot: Slot) -> Callable[..., None]:
        """``slot`` behind the hidden check; holds the view weakly (the session outlives it)."""
        view = weakref.ref(self)
        method = weakref.WeakMethod(slot) if hasattr(slot, "__self__") else (lambda: slot)

        def run(*args: Any) -> None:
            target, fn = view(), method()
            if target is not None and fn is not None:
                target._deliver(name, fn, args)

        return run

    def _deliver(self, name: str, slot: Slot, args: tuple[Any, ...]) -> None:
        self._pending.pop(name, None)  # pending slots run in the order their signals last came
        if self._too_long():
            return
        if self.is_hidden() or self._deferred():
            self._pending[name] = (slot, args)
        else:
            slot(*args)

    def _too_long(self) -> bool:
        """On a long run a view that cannot read it shows a line instead (see module)."""
        long = not self.reads_long_runs and bool(getattr(self.session, "long", False))
        note = getattr(self, "_long_note", None)
        if long:
            if note is None:
                note = self._long_note = QLabel(self)
                note.setObjectName("longRunNote")
                note.setAlignment(Qt.AlignmentFlag.AlignCenter)
                note.setAutoFillBackground(True)
                note.setWordWrap(True)
                note.setMargin(12)
            why = QCoreApplication.translate("AnalysisView", self.long_run_reason)
            note.setText(
                QCoreApplication.translate(
                    "AnalysisView", "Not available on texts this long yet ({n} steps): {why}"
                ).format(n=f"{self.session.steps:,}", why=why)
            )
            note.setGeometry(self.rect())
            note.show()
            note.raise_()
        elif note is not None:
            note.hide()
        return long

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        note = getattr(self, "_long_note", None)
        if note is not None:
            note.setGeometry(self.rect())

    def _deferred(self) -> bool:
        """True when generation writes and shows this view's update in a later frame."""
        s, after = self.session, self.defer_while_writing
        return bool(after) and s.growing and s.generation.defer(self._later, after)

    def _run_later(self) -> None:
        if not self.is_hidden():  # else when it is shown again
            self._run_pending()

    def _run_pending(self) -> None:
        pending, self._pending = self._pending, {}
        for slot, args in pending.values():
            slot(*args)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._run_pending()


def hint_label(text: str, name: str) -> QLabel:
    """The large grey line a view shows in place of its plots (no run, no unit chosen)."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setStyleSheet("color: #666; font-size: 13pt;")
    return label
