"""Gate Explorer: step through the gates of LSTM, GRU and RNN networks on your own text."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from gate_explorer.errors import GateExplorerError

__version__ = "0.1.0"
__all__ = ["GateExplorerError", "__version__", "engine", "load_model"]

if TYPE_CHECKING:
    from gate_explorer import engine
    from gate_explorer.engine.model import Model


def __getattr__(name: str) -> Any:
    """``gate_explorer.engine`` on first use: importing the package loads no NumPy, so the
    window can set NumPy's threading up first (``gate_explorer.ui.window.app``)."""
    if name == "engine":
        return importlib.import_module("gate_explorer.engine")
    raise AttributeError(f"module 'gate_explorer' has no attribute {name!r}")


def load_model(path_or_name: Any, vocab: Any = None, **options: Any) -> Model:
    """Load a bundled model by name, a bundle file, or a weights file (see `gate_explorer.io`).

    ``options``: ``kind`` (``"rnn_relu"`` for an nn.RNN built with relu), ``module`` (which
    recurrent module of a file holding several), ``allow_nonfinite``, ``progress`` (see
    ``gate_explorer.io.load``). Every guess the loader made is in ``model.notices``.
    """
    from gate_explorer.io.load import load_model as _load

    return _load(path_or_name, vocab=vocab, **options)
