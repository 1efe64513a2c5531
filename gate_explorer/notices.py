"""``Notice``: a guess a loader made, or a part of a file it could not compute.

The bottom layer (imports nothing of ours), so the engine's ``Model`` can carry notices
that ``io`` produces. The window shows them next to the model (a badge with the list),
the CLI prints them to stderr, and sessions keep them: no guess is ever silent.
"""

from __future__ import annotations

from dataclasses import dataclass


class Message(str):
    """English text marked for translation that remembers how it was made.

    ``template`` is the marked source text, ``params`` the values ``format`` filled in
    (``Message`` values among them are translated too), so the window can translate the
    template and fill the same values in. It is a ``str``: the CLI prints it as is.
    """

    template: str
    params: tuple[tuple[str, object], ...]

    def __new__(cls, text: str, template: str | None = None, params=()) -> Message:
        self = super().__new__(cls, text)
        self.template = text if template is None else template
        self.params = tuple(params)
        return self

    def format(self, *args: object, **kwargs: object) -> Message:  # type: ignore[override]
        if args:
            raise TypeError("translatable text takes named placeholders only")
        return Message(str.format(self.template, **kwargs), self.template, kwargs.items())

    def __reduce__(self):
        return (Message, (str(self), self.template, self.params))


def translatable(text: str) -> Message:
    """Mark ``text`` for translation without importing Qt (a no-op ``QT_TR_NOOP``:
    ``pyside6-lupdate -tr-function-alias QT_TR_NOOP+=translatable`` finds it).

    Fill placeholders with ``.format(name=value)`` on the result, never an f-string or
    ``+``: the window translates the template, then fills in the same values.
    """
    return Message(text)


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
