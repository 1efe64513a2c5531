"""``Subscription``: an observer's slots connected to a session's signals, undone in one call.

Every widget or link that follows a ``Session`` (the heatmap panel, the token chips, the
compare link, and through ``AnalysisView`` every analysis view) names the signals it
follows in one mapping instead of a block of ``connect`` calls.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

Slot = Callable[..., Any]


def signal_of(source: Any, name: str) -> Any:
    """The bound signal ``name`` of ``source``; a dotted name reaches into an attribute
    (``"interventions.sigChanged"``)."""
    obj = source
    for part in name.split("."):
        obj = getattr(obj, part)
    return obj


class Subscription:
    """Connects ``slots`` ({signal name: slot}) of ``source`` now; ``disconnect`` undoes it."""

    def __init__(self, source: Any, slots: Mapping[str, Slot]) -> None:
        self.source = source
        self._pairs = [(signal_of(source, name), slot) for name, slot in slots.items()]
        for signal, slot in self._pairs:
            signal.connect(slot)

    def disconnect(self) -> None:
        """Disconnect every slot (idempotent; a source already deleted is ignored)."""
        pairs, self._pairs = self._pairs, []
        for signal, slot in pairs:
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):  # the source is gone, or the slot was
                pass
