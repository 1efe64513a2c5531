"""The analysis views under the heatmaps: one module (or small package) per view.

Every view subclasses ``base.AnalysisView`` and is listed once, in ``tabs.TABS``; its
module is imported the first time its tab is shown (``analysis.<module>`` resolves lazily).
"""

from __future__ import annotations

import importlib
from types import ModuleType


def __getattr__(name: str) -> ModuleType:
    """``gate_explorer.ui.analysis.unit_plot`` and friends, imported on first use."""
    if name.startswith("_"):
        raise AttributeError(name)
    try:
        return importlib.import_module(f"{__name__}.{name}")
    except ModuleNotFoundError as exc:
        if exc.name == f"{__name__}.{name}":
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
        raise
