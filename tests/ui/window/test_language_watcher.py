"""A widget whose retranslation raises: the error is reported and the other widgets still
retranslate (PySide 6.12 segfaults when a second exception leaves an event filter while
``sendPostedEvents`` runs, called from ``language.apply``)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from gate_explorer.ui.window import language


def test_a_raising_retranslation_is_reported_and_the_others_still_run(qtbot, excepthook_errors):
    widgets = [QWidget() for _ in range(3)]
    calls: list[int] = []

    def broken() -> None:
        calls.append(-1)
        raise RuntimeError("Internal C++ object already deleted")

    for k, widget in enumerate(widgets):
        qtbot.addWidget(widget)
        widget.show()
        language.on_language_change(widget, broken if k < 2 else lambda: calls.append(2))
    try:
        language.apply("ko")
    finally:
        language.apply("en")
    assert calls.count(2) == 2  # the working widget retranslated both times
    assert calls.count(-1) == 4
    assert len(excepthook_errors) == 4
    assert all(isinstance(e[1], RuntimeError) for e in excepthook_errors)
