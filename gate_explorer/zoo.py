"""The bundled models: ``resources/models/NAME.npz`` bundles, found by name.

``available()`` reads only each bundle's metadata, so listing is fast; ``path_of`` turns
a name into a file; ``gate_explorer.load_model(name)`` loads one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gate_explorer.bundled import resource
from gate_explorer.errors import GateExplorerError
from gate_explorer.io.bundle import read_meta


@dataclass(frozen=True)
class ZooEntry:
    """One bundled model: ``name`` (the file stem), its ``path``, a one-line ``summary``
    from its card, the ``card`` itself, and the sizes for a listing."""

    name: str
    path: Path
    summary: str
    card: dict[str, Any] = field(default_factory=dict)
    kind: str = ""
    hidden_size: int = 0
    num_layers: int = 0
    vocab_size: int = 0

    @property
    def size(self) -> str:
        """e.g. ``2x64 units, 65 tokens``."""
        if not self.hidden_size:
            return "?"
        layers = f"{self.num_layers}x" if self.num_layers > 1 else ""
        vocab = f", {self.vocab_size} tokens" if self.vocab_size else ""
        return f"{layers}{self.hidden_size} units{vocab}"


def models_dir() -> Path:
    """The folder the bundled models live in."""
    return resource("models")


def names() -> list[str]:
    """Names of the bundled models, sorted."""
    folder = models_dir()
    return sorted(p.stem for p in folder.glob("*.npz")) if folder.is_dir() else []


def summary_of(card: dict[str, Any]) -> str:
    """One line for a listing: the card's ``summary``, else its task (and data)."""
    text = card.get("summary")
    if not isinstance(text, str) or not text.strip():
        task, data = card.get("task"), card.get("data")
        text = " on ".join(str(x) for x in (task, data) if x) or "no description"
    line = text.strip().splitlines()[0]
    return line if len(line) <= 80 else line[:79] + "…"


def entry(name: str) -> ZooEntry:
    """The entry for one bundled model; an unreadable file gets a summary saying so."""
    path = path_of(name)
    try:
        meta = read_meta(path)
    except GateExplorerError as exc:
        return ZooEntry(name, path, f"(unreadable: {exc})")
    card = meta.get("card") if isinstance(meta.get("card"), dict) else {}
    config = meta.get("config") if isinstance(meta.get("config"), dict) else {}
    vocab = meta.get("vocab") if isinstance(meta.get("vocab"), list) else []
    return ZooEntry(
        name,
        path,
        summary_of(card),
        card,
        kind=str(meta.get("kind", "")),
        hidden_size=int(config.get("hidden_size", 0)),
        num_layers=int(config.get("num_layers", 1)),
        vocab_size=len(vocab),
    )


def available() -> list[ZooEntry]:
    """Every bundled model, sorted by name (empty when none are bundled)."""
    return [entry(n) for n in names()]


def path_of(name: str) -> Path:
    """The bundle file of ``name``; raises listing the available names when unknown."""
    path = models_dir() / f"{name}.npz"
    if path.is_file():
        return path
    known = names()
    listing = ", ".join(known) if known else "none are bundled yet"
    raise GateExplorerError(f"no bundled model named {name!r}; available: {listing}")
