"""Session files: a ``SessionState`` as JSON, written atomically, checked whole when read."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gate_explorer.atomic import atomic_write
from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable
from gate_explorer.workspace import state as saved  # a module: state.py imports session.models

if TYPE_CHECKING:
    from gate_explorer.workspace.state import SessionState

FORMAT = "gate-explorer-session"
MAX_BYTES = 2 * 1024**3  # a session file larger than this is refused before it is read


def write_json_atomic(path: str | Path, data: dict[str, Any]) -> Path:
    """Write ``data`` to ``path`` via a temporary file and ``os.replace`` (never half-written).

    Raises ``GateExplorerError`` (naming the file) when the folder is read-only or the disk
    is full; the old file, if any, is kept.
    """
    try:
        text = json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
        payload = text.encode("utf-8")
    except (ValueError, UnicodeEncodeError) as exc:
        raise GateExplorerError(
            translatable("cannot save {path_name}: {exc}").format(
                path_name=Path(path).name, exc=exc
            )
        ) from None
    return atomic_write(path, lambda tmp: tmp.write_bytes(payload))


def save_state(path: str | Path, state: SessionState | dict[str, Any]) -> Path:
    """Save a session state (``Session.session_state()`` or its JSON form) to ``path``."""
    data = state.to_json() if isinstance(state, saved.SessionState) else dict(state)
    return write_json_atomic(path, {"format": FORMAT, **data, "version": saved.VERSION})


def read_json(path: str | Path) -> Any:
    """The JSON value in ``path``; ``GateExplorerError`` when it cannot be read or parsed."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise GateExplorerError(
                translatable(
                    "{file} is larger than {max_bytes} GB, the limit for a session"
                ).format(file=path.name, max_bytes=MAX_BYTES // 1024**3)
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise GateExplorerError(
            translatable("cannot read session {path}: {value}").format(
                path=path, value=exc.strerror or exc
            )
        ) from None
    try:
        return json.loads(raw.decode("utf-8"), parse_constant=_constant)
    except UnicodeDecodeError:
        raise GateExplorerError(
            translatable("{file} is not a session file: not UTF-8 text").format(file=path.name)
        ) from None
    except json.JSONDecodeError as exc:
        raise GateExplorerError(
            translatable("{file} is not a session file: bad JSON ({exc})").format(
                file=path.name, exc=exc
            )
        ) from None
    except RecursionError:
        raise GateExplorerError(
            translatable("{file} is not a session file: nested too deep").format(file=path.name)
        ) from None


def _constant(name: str) -> float:
    """NaN and Infinity (not JSON, but Python writes them) read as floats the checks refuse."""
    return {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf}[name]


def load_state(path: str | Path) -> SessionState:
    """Read and check a session file; ``GateExplorerError`` says what is wrong, in one line."""
    path = Path(path)
    data = read_json(path)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        found = data.get("format") if isinstance(data, dict) else type(data).__name__
        raise GateExplorerError(
            translatable(
                '{file} is not a Gate Explorer session file: expected "format": '
                '"{value}", found {found!r}'
            ).format(file=path.name, value=FORMAT, found=found)
        )
    try:
        return saved.SessionState.from_json(data)
    except GateExplorerError as exc:
        raise GateExplorerError(
            translatable("{file} is not a valid session: {exc}").format(file=path.name, exc=exc)
        ) from None
