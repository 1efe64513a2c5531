"""``Trainable``: the arrays a training run updates (network, embedding table, head).

Parameters live in one flat dict so Adam and clipping see them all: the network's under
torch's names (``weight_ih_l0`` ...), plus ``embedding`` (V, E) when the embedding is a
learned table, and ``head.weight`` (C, D*H_out), ``head.bias`` (C,).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from gate_explorer.engine.embedding import Embedding
from gate_explorer.engine.layers import suffix
from gate_explorer.engine.model import Head, Model
from gate_explorer.engine.net import NetConfig, RecurrentNet
from gate_explorer.engine.tokenize import Tokenizer


@dataclass
class Trainable:
    """A model under training; ``to_model`` freezes it into an engine ``Model``.

    ``embedding`` is ``"table"`` (learned, width ``embed_dim``), ``"one-hot"`` or
    ``"numeric"`` (the token's value is the one-wide input). ``gate_activation`` and
    ``reset_after`` are the network's cell variant (``RecurrentNet``'s keywords).
    """

    config: NetConfig
    params: dict[str, np.ndarray]
    tokenizer: Tokenizer
    head_kind: str
    labels: tuple[str, ...]
    embedding: str = "table"
    extra: dict[str, Any] = field(default_factory=dict)
    gate_activation: str = "sigmoid"
    reset_after: bool = True

    @classmethod
    def create(
        cls,
        *,
        kind: str,
        tokenizer: Tokenizer,
        head_kind: str,
        labels: tuple[str, ...],
        hidden: int,
        layers: int = 1,
        embedding: str = "table",
        embed_dim: int = 16,
        rng: np.random.Generator,
        forget_bias: float = 1.0,
        gate_activation: str = "sigmoid",
        reset_after: bool = True,
    ) -> Trainable:
        """Fresh weights drawn like torch's defaults, from ``rng``.

        An LSTM's forget-gate bias starts at ``forget_bias`` (a common trick that helps
        long memory); the head starts small.
        """
        vocab = len(tokenizer.vocab)
        width = {"table": embed_dim, "one-hot": vocab, "numeric": 1}[embedding]
        net = RecurrentNet.random(
            kind, width, hidden, layers, rng=rng,
            gate_activation=gate_activation, reset_after=reset_after,
        )  # fmt: skip
        params = net.state_dict()
        if net.kind == "lstm" and forget_bias:
            for k in range(layers):
                params["bias_ih" + suffix(k, 0)][hidden : 2 * hidden] = forget_bias
                params["bias_hh" + suffix(k, 0)][hidden : 2 * hidden] = 0.0
        if embedding == "table":
            params["embedding"] = rng.normal(0.0, 1.0, size=(vocab, embed_dim)).astype(np.float32)
        out = net.config.output_size * net.config.num_directions
        classes = 1 if head_kind == "regress" else len(labels)
        bound = 1.0 / np.sqrt(out)
        params["head.weight"] = rng.uniform(-bound, bound, size=(classes, out)).astype(np.float32)
        params["head.bias"] = np.zeros(classes, dtype=np.float32)
        return cls(
            net.config, params, tokenizer, head_kind, tuple(labels), embedding,
            gate_activation=gate_activation, reset_after=reset_after,
        )  # fmt: skip

    @classmethod
    def from_model(cls, model: Model) -> Trainable:
        """Continue training a ``Model`` (e.g. a bundled one)."""
        params = model.net.state_dict()
        emb = model.embedding
        if emb.numeric:
            kind = "numeric"
        elif emb.weight is None:
            kind = "one-hot"
        else:
            kind = "table"
            params["embedding"] = np.array(emb.weight, dtype=np.float32)
        assert model.head is not None
        params["head.weight"] = np.array(model.head.weight, dtype=np.float32)
        params["head.bias"] = np.array(model.head.bias, dtype=np.float32)
        return cls(
            model.net.config, params, model.tokenizer, model.head.kind, model.head.labels, kind,
            gate_activation=model.net.gate_activation, reset_after=model.net.reset_after,
        )  # fmt: skip

    def net(self) -> RecurrentNet:
        """The network with the current weights."""
        names = self.config.param_shapes()
        return RecurrentNet(
            self.config,
            {k: self.params[k] for k in names},
            gate_activation=self.gate_activation,
            reset_after=self.reset_after,
        )

    def embedding_of(self) -> Embedding:
        """The engine ``Embedding`` with the current table."""
        vocab = len(self.tokenizer.vocab)
        if self.embedding == "numeric":
            return Embedding(1, None, numeric=True)
        if self.embedding == "one-hot":
            return Embedding(vocab)
        return Embedding(vocab, self.params["embedding"].copy())

    def head(self) -> Head:
        """The readout head with the current weights."""
        return Head(
            self.head_kind,
            self.params["head.weight"].copy(),
            self.params["head.bias"].copy(),
            self.labels,
        )

    def embed(self, inputs: np.ndarray) -> np.ndarray:
        """(T, B, F) network input from ids (T, B) (or values, for numeric input)."""
        dtype = self.params["head.weight"].dtype
        if self.embedding == "numeric":
            return np.asarray(inputs, dtype=dtype)[..., None]
        ids = np.asarray(inputs, dtype=np.int64)
        if self.embedding == "one-hot":
            return Embedding(len(self.tokenizer.vocab)).embed_ids(ids, dtype)
        table = self.params["embedding"]
        out = table[np.maximum(ids, 0)]
        out[ids < 0] = 0.0
        return out

    def to_model(self, name: str, card: dict[str, Any] | None = None) -> Model:
        """Freeze into an engine ``Model`` (copies every array)."""
        return Model(
            name, self.net(), self.tokenizer, self.embedding_of(), self.head(), dict(card or {})
        )

    def count(self) -> int:
        """Number of trainable scalars."""
        return int(sum(p.size for p in self.params.values()))
