"""The state a window shows (model, text, run, step, view), as QObjects with signals.

``Session`` is the only place the widgets get data from; ``Interventions`` its clamps;
``worker`` runs jobs off the GUI thread; ``subscription`` connects an observer to the
session's signals; ``files`` reads and writes session JSON atomically. The Qt-free pieces
(``ModelRef``, unit orderings) live in ``gate_explorer.workspace`` and are re-exported here.
"""

import gate_explorer.qt  # noqa: F401  (first: the PySide6 workaround, before any Qt call)
from gate_explorer.session.core import SPEEDS, Answer, Session
from gate_explorer.session.files import load_state, save_state
from gate_explorer.session.interventions import Interventions
from gate_explorer.workspace.jobs import run_cost
from gate_explorer.workspace.models import (
    BundledModel,
    ModelRef,
    bundled_models,
    default_ref,
    example_text,
    load_ref,
    random_model,
    ref_for_path,
)

__all__ = [
    "SPEEDS",
    "Answer",
    "BundledModel",
    "Interventions",
    "ModelRef",
    "Session",
    "bundled_models",
    "default_ref",
    "example_text",
    "load_ref",
    "load_state",
    "random_model",
    "ref_for_path",
    "run_cost",
    "save_state",
]
