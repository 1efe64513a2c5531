"""The one exception type for errors a user can cause (bad file, bad input, bad shape)."""

from __future__ import annotations

from gate_explorer.notices import Message


class GateExplorerError(ValueError):
    """Something the user gave does not fit; the message says what was expected and found.

    The UI shows the message (translated: raise it with a ``notices.translatable`` template
    and ``.format(name=value)``, which ``message`` keeps), the CLI prints ``str(exc)``, the
    English text, and exits with status 2.
    """

    @property
    def message(self) -> str:
        """The text as raised: a ``Message`` the window can translate, or plain text."""
        return message_of(self)


def message_of(exc: BaseException) -> str:
    """What to show for ``exc``: the ``Message`` it was raised with (so the window can
    translate it), else ``str(exc)`` (the same English text the CLI prints)."""
    if len(exc.args) == 1 and isinstance(exc.args[0], Message):
        return exc.args[0]
    return str(exc)
