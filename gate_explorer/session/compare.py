"""Comparing two models: a second ``Session`` that follows the main one.

(Which model to compare with is ``workspace.models.default_partner``, which needs no Qt.)

``CompareLink`` copies the main session's text and step into a partner session; the
partner keeps its own model, layer and direction. Two models may read the same text as a
different number of tokens (characters against words), so the partner goes to the same
token index, clamped to its own last step. Nothing here computes: each session runs its
model once per text, and stepping only reads the runs.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from gate_explorer.session.core import Session
from gate_explorer.session.subscription import Subscription


class CompareLink(QObject):
    """Makes ``partner`` show ``main``'s text at ``main``'s step (clamped to its own run).

    A step chosen on the partner (a click on its heatmap) moves the main session, which
    then moves the partner: the two never disagree for longer than one signal.
    """

    def __init__(self, main: Session, partner: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.main, self.partner = main, partner
        self._following = False
        self.subscriptions = (
            Subscription(main, {
                "sigTextChanged": self._on_text,
                "sigRunChanged": self._on_main_run,
                "sigStepChanged": self.sync_step,
                "sigViewChanged": self._on_main_view,
            }),
            Subscription(partner, {
                "sigRunChanged": self.sync_step,
                "sigStepChanged": self._on_partner_step,
            }),
        )  # fmt: skip
        self._on_main_view()
        if partner.text != main.text:
            partner.set_text(main.text, immediate=True)

    @property
    def target(self) -> int:
        """The partner's step for the main step: the same index, clamped to its run."""
        return min(self.main.step, max(self.partner.steps - 1, 0))

    @property
    def clamped(self) -> bool:
        """True when the two runs have a different number of steps."""
        return (
            self.partner.run is not None
            and self.main.run is not None
            and (self.partner.steps != self.main.steps)
        )

    def sync_step(self, *_: object) -> None:
        """Put the partner on the main session's step (clamped)."""
        if self.partner.run is None:
            return
        self._following = True
        try:
            self.partner.set_step(self.target)
        finally:
            self._following = False

    def detach(self) -> None:
        """Stop following (before the partner session goes away)."""
        for subscription in self.subscriptions:
            subscription.disconnect()

    def _on_text(self, text: str) -> None:
        self.partner.set_text(text)  # runs after the partner's own debounce ...

    def _on_main_run(self) -> None:
        self.partner.set_text(self.main.text, immediate=True)  # ... or now, with the main run

    def _on_main_view(self) -> None:
        """Sort and filter are one choice for both stacks (layer and direction are not)."""
        self.partner.set_view(sort=self.main.sort, top_k=self.main.top_k)

    def _on_partner_step(self, step: int) -> None:
        if not self._following and self.partner.run is not None and step != self.target:
            self.main.set_step(step)
