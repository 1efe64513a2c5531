"""The NumPy engine: cells, stacked networks, traces, backprop, tokens and embeddings.

Imports numpy only (never Qt), so it works from a script or a notebook.
"""

from gate_explorer.engine.net import KINDS, NetConfig, RecurrentNet, canonical_kind, names_of
from gate_explorer.engine.trace import DirectionTrace, Trace

__all__ = [
    "KINDS",
    "DirectionTrace",
    "NetConfig",
    "RecurrentNet",
    "Trace",
    "canonical_kind",
    "names_of",
]
