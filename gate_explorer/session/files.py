"""Session files: the text, model reference, step and view settings as JSON, written atomically."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from gate_explorer.atomic import atomic_write
from gate_explorer.errors import GateExplorerError

FORMAT = "gate-explorer-session"
VERSION = 1


def write_json_atomic(path: str | Path, data: dict[str, Any]) -> None:
    """Write ``data`` to ``path`` via a temporary file and ``os.replace`` (never half-written)."""
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def save_state(path: str | Path, state: dict[str, Any]) -> None:
    """Save a session state (from ``Session.state()``) to ``path``."""
    write_json_atomic(path, {"format": FORMAT, "version": VERSION, **state})


def load_state(path: str | Path) -> dict[str, Any]:
    """Read a session file; raise ``GateExplorerError`` naming what is wrong."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise GateExplorerError(f"cannot read session {path}: {exc.strerror or exc}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise GateExplorerError(f"{path} is not a session file: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise GateExplorerError(f"{path} is not a Gate Explorer session file")
    if int(data.get("version", 0)) > VERSION:
        raise GateExplorerError(
            f"{path} is session format version {data['version']}; this app reads up to {VERSION}"
        )
    return data
