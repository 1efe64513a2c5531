"""The texts of the Help menu: keyboard shortcuts, gate names, about."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gate_explorer.ui.heatmap.legend import legend_html
from gate_explorer.ui.window.language import QT_TRANSLATE_NOOP

SHORTCUTS = (
    (QT_TRANSLATE_NOOP("help", "Right"), QT_TRANSLATE_NOOP("help", "next step")),
    (QT_TRANSLATE_NOOP("help", "Left"), QT_TRANSLATE_NOOP("help", "previous step")),
    (QT_TRANSLATE_NOOP("help", "Home"), QT_TRANSLATE_NOOP("help", "first step")),
    (QT_TRANSLATE_NOOP("help", "End"), QT_TRANSLATE_NOOP("help", "last step")),
    (
        QT_TRANSLATE_NOOP("help", "Page Up / Page Down"),
        QT_TRANSLATE_NOOP("help", "10 steps back / forward"),
    ),
    (QT_TRANSLATE_NOOP("help", "Space"), QT_TRANSLATE_NOOP("help", "play / pause")),
    ("Ctrl+L", QT_TRANSLATE_NOOP("help", "edit the text")),
    (
        QT_TRANSLATE_NOOP("help", "Escape"),
        QT_TRANSLATE_NOOP("help", "leave the text field (back to the heatmaps)"),
    ),
    ("Ctrl+O", QT_TRANSLATE_NOOP("help", "open a weights file")),
    ("Ctrl+Shift+O", QT_TRANSLATE_NOOP("help", "open a session")),
    ("Ctrl+S", QT_TRANSLATE_NOOP("help", "save the session")),
    ("Ctrl+E", QT_TRANSLATE_NOOP("help", "export the view as an image")),
    ("Ctrl+Shift+C", QT_TRANSLATE_NOOP("help", "copy the view to the clipboard")),
    ("Ctrl+0", QT_TRANSLATE_NOOP("help", "reset the heatmap zoom")),
    ("Ctrl+Shift+A", QT_TRANSLATE_NOOP("help", "show / hide the analysis views")),
    ("Ctrl+G", QT_TRANSLATE_NOOP("help", "generate: the model continues the text (again: stop)")),
    ("Ctrl+Shift+G", QT_TRANSLATE_NOOP("help", "discard the generated text")),
    ("Ctrl+T", QT_TRANSLATE_NOOP("help", "train a model on a bundled task and watch it learn")),
    ("Ctrl+Shift+M", QT_TRANSLATE_NOOP("help", "compare with another model")),
    ("Ctrl+Z", QT_TRANSLATE_NOOP("help", "undo the last intervention (in the Interventions tab)")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("help", "quit")),
    ("F1", QT_TRANSLATE_NOOP("help", "this list")),
)


def _help(text: str) -> str:
    return QCoreApplication.translate("help", text)


def shortcuts_html() -> str:
    rows = "".join(f"<tr><td><b>{_help(k)}</b></td><td>{_help(v)}</td></tr>" for k, v in SHORTCUTS)
    note = "<p>{}</p>".format(
        QCoreApplication.translate(
            "help",
            "Step keys work from anywhere in the window except inside the text field,"
            " where Left/Right move the caret. Press Escape to leave the text field.",
        )
    )
    return f"<table cellpadding='4'>{rows}</table>{note}"


def gate_names_html() -> str:
    cells = (
        ("lstm", ("i", "f", "g", "o", "c", "h")),
        ("gru", ("r", "z", "n", "h")),
        ("rnn_tanh", ("h",)),
    )
    return "<br>".join(legend_html(names, kind) for kind, names in cells)


def about_html() -> str:
    from gate_explorer import __version__

    title = QCoreApplication.translate("help", "Gate Explorer {version}").format(
        version=__version__
    )
    text = QCoreApplication.translate(
        "help",
        "Step through the gates of LSTM, GRU and RNN networks on your own text."
        " Computed by an embedded NumPy engine.",
    )
    return f"<h3>{title}</h3><p>{text}</p>"
