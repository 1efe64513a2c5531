"""Where the bundled files (models, examples, icons) are, installed or from a source tree.

The wheel maps the repository's top-level ``resources/`` to ``gate_explorer/resources``;
a source checkout (or an editable install) reads the top-level folder directly.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_dir() -> Path:
    """The folder holding ``models/``, ``examples/`` and ``icons/``."""
    installed = Path(str(resources.files("gate_explorer"))) / "resources"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """A path below the resource folder, e.g. ``resource("models", "quotes-lstm.npz")``."""
    return resource_dir().joinpath(*parts)
