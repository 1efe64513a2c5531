"""What a task is: its default settings, data, model shape and evaluation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, ClassVar

import numpy as np

from gate_explorer.engine.model import Model
from gate_explorer.engine.tokenize import Tokenizer
from gate_explorer.training.loop import Batch, History
from gate_explorer.training.trainable import Trainable


@dataclass(frozen=True)
class Settings:
    """Sizes and budget of one training run (the bundled model's by default)."""

    cell: str
    hidden: int
    steps: int
    batch: int
    lr: float
    seed: int = 0
    layers: int = 1
    embed_dim: int = 16
    clip: float = 1.0
    seq_len: int = 0  # chunk length for truncated BPTT (text tasks)
    aux_weight: float = 0.0  # weight of a task's auxiliary target, if it has one (0: none)

    def but(self, **changes: Any) -> Settings:
        """A copy with the given fields changed (None values are ignored)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


class Task:
    """Base class: subclasses set ``name``, ``settings``, ``head_kind`` and fill the hooks."""

    name: ClassVar[str] = ""
    summary: ClassVar[str] = ""  # one line, for listings
    data: ClassVar[str] = ""  # how the data is generated, for the card
    settings: ClassVar[Settings]
    head_kind: ClassVar[str] = "next-token"
    embedding: ClassVar[str] = "table"
    example: ClassVar[str] = ""

    def tokenizer(self) -> Tokenizer:
        raise NotImplementedError

    def labels(self) -> tuple[str, ...]:
        """Class names of the head (the vocabulary for a next-token head)."""
        return self.tokenizer().vocab

    def build(self, s: Settings, rng: np.random.Generator) -> Trainable:
        """A fresh model for these settings."""
        return Trainable.create(
            kind=s.cell,
            tokenizer=self.tokenizer(),
            head_kind=self.head_kind,
            labels=self.labels(),
            hidden=s.hidden,
            layers=s.layers,
            embedding=self.embedding,
            embed_dim=s.embed_dim,
            rng=rng,
        )

    def batches(self, s: Settings, rng: np.random.Generator) -> Callable[[int], Batch]:
        """``f(step) -> Batch`` of training data drawn from ``rng``."""
        raise NotImplementedError

    def evaluate(self, model: Model, rng: np.random.Generator, size: int = 0) -> dict[str, Any]:
        """Metrics on fresh held-out data from ``rng`` (``size`` 0 = the full card size)."""
        raise NotImplementedError

    def finish(self, model: Model) -> Model:
        """The trained model as it is bundled (default: unchanged; e.g. keep a scaling)."""
        return model

    def data_note(self) -> str:
        """How the data is generated, for the model card."""
        return self.data or self.summary

    def probe(self, model: Trainable, rng: np.random.Generator) -> dict[str, float]:
        """Cheap measurements taken a few times during training (default: none)."""
        return {}

    def extra_card(
        self, model: Model, trainable: Trainable, history: History, s: Settings
    ) -> dict[str, Any]:
        """Task-specific card entries computed after training (default: none)."""
        return {}
