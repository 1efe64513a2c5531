"""The state a window shows (model, text, run, step, view), observed by the views.

``Session`` is the only place the widgets get data from; ``ModelRef`` names a model in a
way that survives a restart; ``files`` reads and writes session JSON atomically.
"""

from gate_explorer.session.qt_fix import make_none_immortal

make_none_immortal()  # before any Qt call: see qt_fix for the PySide6 6.12 / CPython 3.11 bug

from gate_explorer.session.core import SPEEDS, Answer, Session, run_cost  # noqa: E402
from gate_explorer.session.files import load_state, save_state  # noqa: E402
from gate_explorer.session.interventions import Interventions  # noqa: E402
from gate_explorer.session.models import (  # noqa: E402
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
