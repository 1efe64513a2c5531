"""The one table of long gate names, and the colour maps the heatmaps use."""

from __future__ import annotations

from functools import cache

import pyqtgraph as pg

from gate_explorer.engine.cells import TITLES
from gate_explorer.engine.tokenize import visible_whitespace
from gate_explorer.ui.window.language import translated
from gate_explorer.workspace.colours import stops

LONG_NAMES: dict[str, str] = TITLES  # "f" -> "forget gate": the engine's gate table

CELL_NAMES: dict[str, str] = {  # symbols: the same in every language
    "lstm": "LSTM",
    "gru": "GRU",
    "rnn_tanh": "RNN (tanh)",
    "rnn_relu": "RNN (ReLU)",
}

# Colours for things drawn over the heatmaps.
MARKER = "#e8590c"  # current step box
SELECTED = "#2f9e44"  # outline of the selected unit's row
NAN_BRUSH = "#d6336c"  # NaN cells show this colour, hatched, never hidden
DIM = (250, 250, 250, 150)  # veil over the steps after the current one


# One colour per gate/state name, shared by every line plot and scatter of a gate.
# (Orange stays free for the current step, green for the selected unit.)
LINE_COLOURS: dict[str, str] = {
    "i": "#1971c2",  # input gate: blue
    "f": "#9c36b5",  # forget gate: purple
    "o": "#0c8599",  # output gate: teal
    "g": "#a05a2c",  # candidate: brown
    "n": "#a05a2c",  # GRU candidate: brown, like the LSTM's
    "r": "#d6336c",  # reset gate: pink
    "z": "#5f3dc4",  # update gate: indigo
    "c": "#c92a2a",  # cell state: red
    "h": "#212529",  # hidden state: near black
}


def line_colour(name: str) -> str:
    """The line/marker colour of a gate or state (grey for unknown names)."""
    return LINE_COLOURS.get(name, "#495057")


def long_name(name: str) -> str:
    """``'f'`` -> ``'forget gate'``, in the window's language (``'망각 게이트'``)."""
    title = LONG_NAMES.get(name)
    return translated(title) if title else name


@cache
def sequential_map() -> pg.ColorMap:
    """0..1: white to deep blue (sigmoid gates, ReLU states); stops in workspace.colours."""
    return pg.ColorMap(*stops(False), name="gate-sequential")


@cache
def diverging_map() -> pg.ColorMap:
    """-m..+m: blue, white at 0, red (tanh candidates and states)."""
    return pg.ColorMap(*stops(True), name="gate-diverging")


def colour_map(diverging: bool) -> pg.ColorMap:
    return diverging_map() if diverging else sequential_map()


def shown_token(text: str, limit: int = 10) -> str:
    """A token as a label: spaces and newlines made visible, long ones cut with an ellipsis."""
    text = visible_whitespace(text, spaces=True)
    return text if len(text) <= limit else text[: limit - 1] + "…"
