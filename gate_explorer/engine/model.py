"""A ``Model``: tokenizer -> embedding -> ``RecurrentNet`` -> optional readout head.

This is what ``load_model`` returns and what the window shows. ``run_text`` gives a
``ModelRun`` that holds the tokens, the trace and the head's answer at every step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from gate_explorer.engine.backend import NUMPY, Backend
from gate_explorer.engine.card import ModelCard
from gate_explorer.engine.embedding import Embedding
from gate_explorer.engine.net import Progress, RecurrentNet
from gate_explorer.engine.tokenize import Token, Tokenizer
from gate_explorer.engine.trace import Trace
from gate_explorer.notices import Notice

HEAD_KINDS = ("next-token", "classify", "regress")
HEAD_ACTIVATIONS = ("softmax", "sigmoid", "linear")


def softmax(logits: np.ndarray) -> np.ndarray:
    """Softmax over the last axis, stable for large logits."""
    z = logits - logits.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


def sigmoid(logits: np.ndarray) -> np.ndarray:
    """The logistic function per element, without overflow for large |logits|."""
    e = np.exp(-np.abs(logits))
    return np.where(logits >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


@dataclass(frozen=True)
class Head:
    """A linear readout of the top layer's output: logits = out @ weight.T + bias.

    ``kind`` is ``next-token`` (labels = the vocabulary), ``classify`` (labels = class
    names) or ``regress`` (one value per step, e.g. the next number of a series).
    ``activation`` turns logits into the answer: ``softmax`` over the C outputs,
    ``sigmoid`` per output (a one-output sigmoid is p(class 1)), ``linear`` (the logits
    as they are); empty means the kind's usual one (``linear`` for regress, else softmax).
    """

    kind: str
    weight: np.ndarray  # (C, D*H_out)
    bias: np.ndarray  # (C,)
    labels: tuple[str, ...] = ()
    activation: str = ""

    def __post_init__(self) -> None:
        if not self.activation:
            usual = "linear" if self.kind == "regress" else "softmax"
            object.__setattr__(self, "activation", usual)
        if self.activation not in HEAD_ACTIVATIONS:
            raise ValueError(
                f"head activation {self.activation!r}: expected one of "
                f"{', '.join(HEAD_ACTIVATIONS)}"
            )

    def probabilities(self, logits: np.ndarray) -> np.ndarray:
        """(T, C) probabilities from (T, C) logits by the head's activation."""
        if self.activation == "sigmoid":
            return sigmoid(logits)
        if self.activation == "linear":
            return logits
        return softmax(logits)

    def predicted(self, probs: np.ndarray) -> np.ndarray:
        """(T,) the class each step predicts: argmax, or for one sigmoid output p >= 0.5
        (1) against p < 0.5 (0, "not" the label)."""
        if self.activation == "sigmoid" and probs.shape[-1] == 1:
            return (probs[..., 0] >= 0.5).astype(np.int64)
        return np.argmax(probs, axis=-1)

    def logits(self, output: np.ndarray) -> np.ndarray:
        """(T, C) from the network output (T, D*H_out)."""
        return output @ self.weight.T + self.bias


@dataclass(frozen=True)
class ModelRun:
    """One text through a model: ``tokens``, ``trace``, and the head's answer per step.

    ``probs`` (T, C) for next-token and classify heads, else None; ``predictions`` (T,)
    for a regress head, else None.
    """

    text: str
    tokens: list[Token]
    trace: Trace
    logits: np.ndarray | None = None
    probs: np.ndarray | None = None
    predictions: np.ndarray | None = None


@dataclass
class Model:
    """Everything needed to go from text to a trace; ``card`` is the ``ModelCard`` (a JSON
    dict given here or assigned later is read into one)."""

    name: str
    net: RecurrentNet
    tokenizer: Tokenizer
    embedding: Embedding
    head: Head | None = None
    card: ModelCard = field(default_factory=ModelCard)
    trained: bool = True
    notices: tuple[Notice, ...] = ()  # every guess the loader made (see gate_explorer.notices)

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "card" and not isinstance(value, ModelCard):
            value = ModelCard.from_dict(value)
        super().__setattr__(name, value)

    @property
    def vocab(self) -> list[str]:
        """Tokens, index = id."""
        return list(self.tokenizer.vocab)

    @property
    def kind(self) -> str:
        return self.net.kind

    def inputs(self, tokens: list[Token]) -> np.ndarray:
        """(T, F) network input for ``tokens``."""
        return self.embedding.embed(tokens, self.net.dtype)

    def run_text(
        self, text: str, *, progress: Progress | None = None, backend: Backend = NUMPY
    ) -> ModelRun:
        """Tokenize, embed, run, read out. An empty text gives an empty run, not an error.

        ``progress(done, total)`` and ``backend`` (the engine path) are passed to
        ``RecurrentNet.run`` (steps of all layers).
        """
        tokens = self.tokenizer.tokenize(text)
        trace = self.net.run(self.inputs(tokens), progress=progress, backend=backend)
        return self.read_out(text, tokens, trace)

    def read_out(self, text: str, tokens: list[Token], trace: Trace) -> ModelRun:
        """Apply the head to a trace that was computed elsewhere (e.g. an intervention)."""
        if self.head is None:
            return ModelRun(text, tokens, trace)
        logits = self.head.logits(trace.output)
        if self.head.kind == "regress":  # the next value, in the data's units
            values = self.embedding.unscale(self.head.probabilities(logits)[:, 0])
            return ModelRun(text, tokens, trace, logits, None, values)
        return ModelRun(text, tokens, trace, logits, self.head.probabilities(logits))
