"""``ModelCard``: what a model says about itself (task, summary, metrics, the quote unit).

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
            elif key == "notes" and isinstance(value, list | tuple) and all(
                isinstance(n, str) for n in value
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
