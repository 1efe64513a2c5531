"""``ModelCard``: what a model says about itself (task, summary, metrics, the units it names).

A bundle stores the card as a free JSON object; ``ModelCard.from_dict`` reads it once,
leniently: the keys the app uses become typed fields, every other key (and a known key
whose value has an unexpected type) is kept as read in ``extra``, so ``to_dict`` gives the
same JSON keys back and other tools can add their own. The card is also a mapping by
JSON key (``card["metrics"]``, ``card.get("probes")``, ``card["units"] = [...]``), for keys
the app has no field for; setting a key reads it as ``from_dict`` would.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, MutableMapping
from dataclasses import dataclass, field, fields
from typing import Any


@dataclass(frozen=True)
class QuoteUnit:
    """The unit that tracks "inside a quotation": layer, direction, name (``h``/``c``)
    and unit, with its correlation ``r`` when known."""

    unit: int
    layer: int = 0
    direction: int = 0
    name: str = "c"
    r: float | None = None

    @classmethod
    def from_dict(cls, d: Any) -> QuoteUnit | None:
        """None unless ``d`` is a dict with an integer ``unit`` and well-typed rest."""
        if not isinstance(d, dict) or not _is_int(d.get("unit")):
            return None
        layer, direction, name, r = (d.get(k) for k in ("layer", "direction", "name", "r"))
        if not all(_is_int(v) for v in (layer, direction) if v is not None):
            return None
        if (name is not None and not isinstance(name, str)) or (
            r is not None and not _is_number(r)
        ):
            return None
        return cls(int(d["unit"]), int(layer or 0), int(direction or 0), name or "c",
                   None if r is None else float(r))  # fmt: skip


@dataclass(frozen=True)
class CardUnit:
    """A unit the card names: its ``quote_unit`` (``label`` "quote unit", ``preset`` "")
    or an entry of ``units`` (``label`` and ``preset`` its preset, e.g. "start of a word").
    ``name`` (the gate or state, ``h``/``c``...) is None when the entry does not say."""

    layer: int
    direction: int
    unit: int
    name: str | None
    r: float | None
    label: str
    preset: str = ""

    @classmethod
    def from_dict(cls, d: Any, label: str, preset: str = "") -> CardUnit | None:
        """None unless ``d`` is a dict whose ``unit`` (and ``layer``, ``direction`` when
        given) read as integers; an ``r`` that is not a number reads as None."""
        if not isinstance(d, dict):
            return None
        try:
            layer, direction = int(d.get("layer", 0)), int(d.get("direction", 0))
            unit = int(d["unit"])
        except (KeyError, TypeError, ValueError, OverflowError):
            return None
        try:
            r: float | None = float(d["r"])
        except (KeyError, TypeError, ValueError):
            r = None
        name = str(d["name"]) if "name" in d else None
        return cls(layer, direction, unit, name, r, label, preset)


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _is_number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


_TEXT = ("task", "summary", "data", "example", "source", "format")


@dataclass(eq=False)  # equality as a mapping: a card equals its dict
class ModelCard(MutableMapping[str, Any]):
    """The model card. Text fields are "" and ``metrics`` empty when the card has none."""

    task: str = ""
    summary: str = ""
    data: str = ""
    example: str = ""
    source: str = ""  # the file a loader read
    format: str = ""  # what kind of file it was
    notes: tuple[str, ...] = ()  # the loader's informational lines
    metrics: dict[str, Any] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)  # every other key, as read
    keys: tuple[str, ...] = field(default=(), repr=False)  # the keys read, in their order

    @classmethod
    def from_dict(cls, d: Mapping[str, Any] | None) -> ModelCard:
        """Read a card's JSON object; never raises for odd values (they go to ``extra``)."""
        if isinstance(d, ModelCard):
            return d
        known: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for key, value in (d or {}).items():
            if key in _TEXT and isinstance(value, str):
                known[key] = value
            elif (
                key == "notes"
                and isinstance(value, list | tuple)
                and all(isinstance(n, str) for n in value)
            ):
                known[key] = tuple(value)
            elif key == "metrics" and isinstance(value, dict):
                known[key] = value
            else:
                extra[str(key)] = value
        return cls(**known, extra=extra, keys=tuple(str(k) for k in (d or {})))

    @property
    def quote_unit(self) -> QuoteUnit | None:
        """The card's ``quote_unit`` entry, checked; None when absent or malformed. The entry
        itself stays in ``extra`` as read (so it can be edited in place, as a dict)."""
        return QuoteUnit.from_dict(self.extra.get("quote_unit"))

    def named_units(self) -> tuple[CardUnit, ...]:
        """Every unit the card names, in its order: ``quote_unit``, then each of ``units``
        (entries that do not read as a unit are left out)."""
        found = [CardUnit.from_dict(self.extra.get("quote_unit"), "quote unit")]
        units = self.extra.get("units")
        for entry in units if isinstance(units, list) else ():
            preset = entry.get("preset", "card unit") if isinstance(entry, dict) else ""
            found.append(CardUnit.from_dict(entry, str(preset), str(preset)))
        return tuple(u for u in found if u is not None)

    def starred(self, layer: int, direction: int = 0) -> dict[int, str]:
        """{unit: label} of the units to star in ``layer``/``direction``: the quote unit and
        the other named units (an "inside quotes" entry repeats the quote unit), with a
        ``star_threshold`` only those whose |r| reaches it; labels of one unit are joined."""
        threshold = self.extra.get("star_threshold")
        limit = float(threshold) if isinstance(threshold, int | float) else None
        marks: dict[int, str] = {}
        for u in self.named_units():
            if u.preset == "inside quotes" or (u.layer, u.direction) != (layer, direction):
                continue
            if limit is None or (u.r is not None and abs(u.r) >= limit):
                marks[u.unit] = f"{marks[u.unit]} · {u.label}" if u.unit in marks else u.label
        return marks

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: every key read, in its order (an empty field too), then the
        fields set since (empty ones are left out) and ``extra``."""
        values = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name in ("extra", "keys"):
                continue
            if isinstance(value, tuple):
                value = list(value)
            values[f.name] = value
        out: dict[str, Any] = {}
        for key in self.keys:
            if key in self.extra:
                out[key] = self.extra[key]
            elif key in values:
                out[key] = values[key]
        for key, value in values.items():
            if key not in out and value not in ("", [], {}, None):
                out[key] = value
        for key, value in self.extra.items():
            out.setdefault(key, value)
        return out

    # a mapping by JSON key
    def __getitem__(self, key: str) -> Any:
        return self.to_dict()[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self._become({**self.to_dict(), key: value})

    def __delitem__(self, key: str) -> None:
        d = self.to_dict()
        del d[key]
        self._become(d)

    def _become(self, d: dict[str, Any]) -> None:
        new = ModelCard.from_dict(d)
        for f in fields(self):
            setattr(self, f.name, getattr(new, f.name))

    def __iter__(self) -> Iterator[str]:
        return iter(self.to_dict())

    def __len__(self) -> int:
        return len(self.to_dict())
