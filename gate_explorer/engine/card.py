"""``ModelCard``: what a model says about itself (task, summary, metrics, the quote unit).

A bundle stores the card as a free JSON object; ``ModelCard.from_dict`` reads it once,
leniently: the keys the app uses become typed fields, every other key (and a known key
whose value has an unexpected type) is kept as read in ``extra``, so ``to_dict`` gives the
same JSON keys back and other tools can add their own. The card is also a read-only
mapping by JSON key (``card["metrics"]``, ``card.get("probes")``), for keys the app has no
field for.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
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

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "layer": self.layer, "direction": self.direction, "name": self.name, "unit": self.unit,
        }  # fmt: skip
        if self.r is not None:
            out["r"] = self.r
        return out


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _is_number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


_TEXT = ("task", "summary", "data", "example", "source", "format")


@dataclass(frozen=True, eq=False)  # equality as a mapping: a card equals its dict
class ModelCard(Mapping[str, Any]):
    """The model card. Text fields are "" and ``metrics`` empty when the card has none."""

    task: str = ""
    summary: str = ""
    data: str = ""
    example: str = ""
    source: str = ""  # the file a loader read
    format: str = ""  # what kind of file it was
    notes: tuple[str, ...] = ()  # the loader's informational lines
    metrics: dict[str, Any] = field(default_factory=dict)
    quote_unit: QuoteUnit | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # every other key, as read

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
            elif key == "quote_unit" and QuoteUnit.from_dict(value) is not None:
                known[key] = QuoteUnit.from_dict(value)
            else:
                extra[str(key)] = value
        return cls(**known, extra=extra)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: the fields that are set (by their keys), then ``extra``."""
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "extra" or value in ("", (), {}, None):
                continue
            if isinstance(value, QuoteUnit):
                value = value.to_dict()
            elif isinstance(value, tuple):
                value = list(value)
            out[f.name] = value
        out.update(self.extra)
        return out

    # read-only mapping by JSON key
    def __getitem__(self, key: str) -> Any:
        return self.to_dict()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.to_dict())

    def __len__(self) -> int:
        return len(self.to_dict())
