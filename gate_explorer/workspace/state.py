"""``SessionState``: everything a saved session holds, parsed and checked in one place.

A session file, the settings' last state and a dropped ``.json`` all go through
``SessionState.from_json``, which checks every field (type, finiteness, range, allowed
values) before anything is applied, and raises ``GateExplorerError`` with one line naming
the field, what was expected and what was found. ``to_json`` writes the same tree back.

The records are plain frozen dataclasses; the checks come from their type hints plus the
``metadata`` of each field (``lo``/``hi`` for numbers, ``choices`` and ``max_len`` for
strings), so a new field is checked as soon as it is declared.
"""

from __future__ import annotations

import math
import types
import typing
from dataclasses import MISSING, dataclass, field, fields, is_dataclass
from typing import Any

from gate_explorer.engine.intervene import Intervention
from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable

# Qt-free pieces the session package holds until they move next to this module.
from gate_explorer.workspace.models import SOURCES, ModelRef
from gate_explorer.workspace.units import SORTS

VERSION = 1
MAX_INDEX = 2**31 - 1  # steps, units and layer numbers: a C int, far above any real model
MAX_LAYERS = 1024
MAX_TEXT = 1_000_000_000  # characters; the run guard decides what may actually run
MAX_PANE = 100_000  # pixels of a splitter pane
CELLS = ("lstm", "gru", "rnn", "rnn_tanh", "rnn_relu", "elman", "tanh", "relu")
GATE_NAMES = ("i", "f", "g", "o", "c", "h", "r", "z", "n")


def _num(lo: float, hi: float) -> dict[str, Any]:
    return {"lo": lo, "hi": hi}


@dataclass(frozen=True)
class ViewState:
    """What the heatmaps show: layer, direction, unit order and filter, speed, selection."""

    layer: int = field(default=0, metadata=_num(0, MAX_LAYERS - 1))
    direction: int = field(default=0, metadata=_num(0, 1))
    sort: str = field(default="index", metadata={"choices": SORTS})
    top_k: int = field(default=0, metadata=_num(0, MAX_INDEX))
    speed: float = field(default=8.0, metadata=_num(0.25, 120.0))  # steps per second
    unit: int = field(default=-1, metadata=_num(-1, MAX_INDEX))  # -1: none selected


@dataclass(frozen=True)
class FoundUnit:
    """A unit the unit finder marked in one layer and direction, with its label."""

    layer: int = field(metadata=_num(0, MAX_LAYERS - 1))
    direction: int = field(metadata=_num(0, 1))
    unit: int = field(metadata=_num(0, MAX_INDEX))
    label: str = field(default="", metadata={"max_len": 200})


@dataclass(frozen=True)
class PinnedUnit:
    """A unit pinned in the Text view: layer, direction, gate or state name, unit."""

    layer: int = field(metadata=_num(0, MAX_LAYERS - 1))
    direction: int = field(metadata=_num(0, 1))
    name: str = field(default="h", metadata={"choices": GATE_NAMES})
    unit: int = field(default=0, metadata=_num(0, MAX_INDEX))


@dataclass(frozen=True)
class CompareState:
    """Model B of the compare pane: shown or not, which model, its layer and direction."""

    on: bool = False
    model: ModelRef | None = None
    layer: int = field(default=0, metadata=_num(0, MAX_LAYERS - 1))
    direction: int = field(default=0, metadata=_num(0, 1))
    sizes: tuple[int, int] | None = field(default=None, metadata=_num(1, MAX_PANE))


@dataclass(frozen=True)
class LayoutState:
    """The window's splitter sizes and the compare pane."""

    splitter: tuple[int, int] | None = field(default=None, metadata=_num(1, MAX_PANE))
    compare: CompareState = CompareState()


@dataclass(frozen=True)
class SessionState:
    """A saved session: model, text, step, view settings, interventions, marks, layout."""

    version: int = field(default=VERSION, metadata=_num(0, VERSION))
    model: ModelRef | None = None
    text: str | None = field(default=None, metadata={"max_len": MAX_TEXT})
    step: int = field(default=0, metadata=_num(0, MAX_INDEX))
    view: ViewState = ViewState()
    interventions: tuple[Intervention, ...] = ()
    found: tuple[FoundUnit, ...] = ()
    pinned: tuple[PinnedUnit, ...] = ()
    span: tuple[int, int] | None = field(default=None, metadata=_num(0, MAX_INDEX))
    layout: LayoutState | None = None

    @classmethod
    def from_json(cls, data: Any) -> SessionState:
        """Parse and check a JSON object; ``GateExplorerError`` names the first bad field."""
        if isinstance(data, dict) and "version" in data:
            version = data["version"]
            if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
                raise GateExplorerError(
                    translatable(
                        "session.version: format version {version}; this app reads up to {version2}"
                    ).format(version=version, version2=VERSION)
                )
        state = _parse(cls, data, "session")
        if state.span is not None and state.span[0] > state.span[1]:
            raise GateExplorerError(
                translatable(
                    "session.span: expected [start, end] with start <= end, found {span}"
                ).format(span=list(state.span))
            )
        return state

    def to_json(self) -> dict[str, Any]:
        """JSON values (dicts, lists, numbers, strings) that ``from_json`` reads back."""
        return _dump(self)


# Checks for records defined elsewhere (no metadata of ours on their fields).
EXTRA: dict[tuple[type, str], dict[str, Any]] = {
    (ModelRef, "source"): {"choices": SOURCES},
    (ModelRef, "name"): {"max_len": 4096},
    (ModelRef, "path"): {"max_len": 4096},
    (ModelRef, "vocab"): {"max_len": 4096},
    (ModelRef, "cell"): {"choices": CELLS},
    (ModelRef, "hidden"): _num(1, 4096),
    (ModelRef, "layers"): _num(1, 16),
    (ModelRef, "seed"): _num(0, 2**32 - 1),
    (Intervention, "layer"): _num(0, MAX_LAYERS - 1),
    (Intervention, "direction"): _num(0, 1),
    (Intervention, "step"): _num(0, MAX_INDEX),
    (Intervention, "name"): {"choices": GATE_NAMES},
    (Intervention, "unit"): _num(0, MAX_INDEX),
    (Intervention, "value"): _num(-1e30, 1e30),
}


def _found(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _bad(where: str, expected: str, value: Any) -> GateExplorerError:
    return GateExplorerError(
        translatable("{where}: expected {expected}, found {found}").format(
            where=where, expected=expected, found=_found(value)
        )
    )


def _range(spec: dict[str, Any]) -> str:
    if "lo" not in spec:
        return ""
    return translatable(" from {lo} to {hi}").format(lo=_number(spec["lo"]), hi=_number(spec["hi"]))


def _number(x: float) -> str:
    return str(int(x)) if float(x).is_integer() and abs(x) < 1e16 else f"{x:g}"


def _parse(hint: Any, value: Any, where: str, spec: dict[str, Any] | None = None) -> Any:
    """``value`` checked against the type ``hint`` (and ``spec``); raises on a mismatch."""
    spec = spec or {}
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        if value is None:
            return None
        return _parse(options[0], value, where, spec)
    if origin is tuple:
        args = typing.get_args(hint)
        if not isinstance(value, list | tuple):
            n = (
                translatable("a list")
                if args[-1] is Ellipsis
                else translatable("a list of {n}").format(n=len(args))
            )
            raise _bad(where, n, value)
        if args[-1] is Ellipsis:
            return tuple(_parse(args[0], v, f"{where}[{k}]", spec) for k, v in enumerate(value))
        if len(value) != len(args):
            raise _bad(
                where, translatable("a list of {n_args} values").format(n_args=len(args)), value
            )
        pairs = enumerate(zip(args, value, strict=True))
        return tuple(_parse(a, v, f"{where}[{k}]", spec) for k, (a, v) in pairs)
    if is_dataclass(hint):
        return _record(hint, value, where)
    if hint is bool:
        if not isinstance(value, bool):
            raise _bad(where, translatable("true or false"), value)
        return value
    if hint is int:
        if isinstance(value, float) and math.isfinite(value) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise _bad(where, translatable("an integer{range}").format(range=_range(spec)), value)
        if "lo" in spec and not spec["lo"] <= value <= spec["hi"]:
            raise _bad(where, translatable("an integer{range}").format(range=_range(spec)), value)
        return value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _bad(where, translatable("a number{range}").format(range=_range(spec)), value)
        value = float(value)
        if not math.isfinite(value):
            raise _bad(
                where, translatable("a finite number{range}").format(range=_range(spec)), value
            )
        if "lo" in spec and not spec["lo"] <= value <= spec["hi"]:
            raise _bad(where, translatable("a number{range}").format(range=_range(spec)), value)
        return value
    if hint is str:
        choices = spec.get("choices")
        if not isinstance(value, str):
            expected = (
                translatable("one of {names}").format(names=", ".join(choices))
                if choices
                else translatable("a string")
            )
            raise _bad(where, expected, value)
        if choices and value not in choices:
            raise _bad(
                where, translatable("one of {names}").format(names=", ".join(choices)), value
            )
        if len(value) > spec.get("max_len", MAX_TEXT):
            raise _bad(
                where,
                translatable("at most {spec:,} characters").format(
                    spec=spec.get("max_len", MAX_TEXT)
                ),
                value,
            )
        try:
            value.isascii() or value.encode("utf-8")  # isascii: no copy of a long text
        except UnicodeEncodeError:
            raise _bad(
                where, translatable("text without lone surrogates (invalid Unicode)"), value
            ) from None
        return value
    raise TypeError(f"no check for {hint!r} at {where}")  # pragma: no cover - a coding error


def _record(cls: type, value: Any, where: str) -> Any:
    """A dataclass from a JSON object: every field checked, unknown keys ignored."""
    if not isinstance(value, dict):
        raise _bad(where, translatable("an object ({name})").format(name=cls.__name__), value)
    hints = typing.get_type_hints(cls)
    kwargs = {}
    for f in fields(cls):
        path = f"{where}.{f.name}"
        if f.name not in value:
            if f.default is MISSING and f.default_factory is MISSING:
                raise GateExplorerError(
                    translatable("{path}: missing; expected {expected}").format(
                        path=path, expected=_expected(hints[f.name])
                    )
                )
            continue
        spec = {**f.metadata, **EXTRA.get((cls, f.name), {})}
        kwargs[f.name] = _parse(hints[f.name], value[f.name], path, spec)
    return cls(**kwargs)


def _expected(hint: Any) -> str:
    if hint is int:
        return "an integer"
    if hint is float:
        return "a number"
    if hint is str:
        return "a string"
    return "a value"


def _dump(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _dump(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, tuple | list):
        return [_dump(v) for v in value]
    return value


def field_paths(cls: type = SessionState, prefix: str = "") -> list[tuple[str, Any]]:
    """Every leaf field of the tree as (dotted path, type hint): what a test can corrupt.

    Lists of records name their first element (``interventions.0.value``).
    """
    out: list[tuple[str, Any]] = []
    hints = typing.get_type_hints(cls)
    for f in fields(cls):
        hint = hints[f.name]
        path = f"{prefix}{f.name}"
        inner = _strip_optional(hint)
        if typing.get_origin(inner) is tuple and typing.get_args(inner)[-1] is Ellipsis:
            item = typing.get_args(inner)[0]
            if is_dataclass(item):
                out.append((path, hint))
                out.extend(field_paths(item, f"{path}.0."))
                continue
        if is_dataclass(inner):
            out.append((path, hint))
            out.extend(field_paths(inner, f"{path}."))
        else:
            out.append((path, hint))
    return out


def _strip_optional(hint: Any) -> Any:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return next(a for a in typing.get_args(hint) if a is not type(None))
    return hint
