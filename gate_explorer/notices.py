"""``Notice``: a guess a loader made, or a part of a file it could not compute.

The bottom layer (imports nothing of ours), so the engine's ``Model`` can carry notices
that ``io`` produces. The window shows them next to the model (a badge with the list),
the CLI prints them to stderr, and sessions keep them: no guess is ever silent.
"""

from __future__ import annotations

from dataclasses import dataclass


def translatable(text: str) -> str:
    """Mark ``text`` for translation without importing Qt (a no-op ``QT_TRANSLATE_NOOP``).

    The window passes the marked English through ``QCoreApplication.translate``.
    """
    return text


@dataclass(frozen=True)
class Notice:
    """One line the user must see about how a model was read.

    ``code`` is a stable id (e.g. ``"rnn-nonlinearity-guessed"``) for tests and
    translations; ``message`` says what was assumed or skipped and why, in English;
    ``option`` names the setting the user can change to undo the guess (``"kind"`` for
    relu/tanh, ``"head-activation"``), or is empty when there is nothing to choose.
    ``changes_numbers`` is True when another choice would give other numbers.
    """

    code: str
    message: str
    option: str = ""
    changes_numbers: bool = False

    def __str__(self) -> str:
        return f"notice: {self.message}"
