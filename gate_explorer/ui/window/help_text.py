"""The texts of the Help menu: keyboard shortcuts, gate names, about."""

from __future__ import annotations

from gate_explorer.ui.heatmap.legend import legend_html

SHORTCUTS = (
    ("Right", "next step"),
    ("Left", "previous step"),
    ("Home", "first step"),
    ("End", "last step"),
    ("Page Up / Page Down", "10 steps back / forward"),
    ("Space", "play / pause"),
    ("Ctrl+L", "edit the text"),
    ("Escape", "leave the text field (back to the heatmaps)"),
    ("Ctrl+O", "open a weights file"),
    ("Ctrl+Shift+O", "open a session"),
    ("Ctrl+S", "save the session"),
    ("Ctrl+E", "export the view as an image"),
    ("Ctrl+Shift+C", "copy the view to the clipboard"),
    ("Ctrl+0", "reset the heatmap zoom"),
    ("Ctrl+Shift+A", "show / hide the analysis views"),
    ("Ctrl+G", "generate: the model continues the text (again: stop)"),
    ("Ctrl+Shift+G", "discard the generated text"),
    ("Ctrl+T", "train a model on a bundled task and watch it learn"),
    ("Ctrl+Shift+M", "compare with another model"),
    ("Ctrl+Z", "undo the last intervention (in the Interventions tab)"),
    ("Ctrl+Q", "quit"),
    ("F1", "this list"),
)


def shortcuts_html() -> str:
    rows = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in SHORTCUTS)
    note = (
        "<p>Step keys work from anywhere in the window except inside the text field,"
        " where Left/Right move the caret. Press Escape to leave the text field.</p>"
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

    return (
        f"<h3>Gate Explorer {__version__}</h3><p>Step through the gates of LSTM, GRU and RNN"
        " networks on your own text. Computed by an embedded NumPy engine.</p>"
    )
