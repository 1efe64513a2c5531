"""Session files: the text, model reference, step and view settings as JSON, written atomically."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from gate_explorer.errors import GateExplorerError

FORMAT = "gate-explorer-session"
VERSION = 1


def write_json_atomic(path: str | Path, data: dict[str, Any]) -> None:
    """Write ``data`` to ``path`` via a temporary file and ``os.replace`` (never half-written)."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


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
