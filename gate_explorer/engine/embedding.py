"""Token ids -> input vectors: a learned embedding table, one-hot, or the numbers themselves."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from gate_explorer.engine.tokenize import Token


@dataclass(frozen=True)
class Embedding:
    """``weight`` (V, F) for a learned table; None means one-hot over ``size`` ids.

    Ids of -1 (unknown, no ``<unk>``) embed as zero vectors. For the number tokenizer use
    ``numeric=True``: each token's value is its one-wide input, standardised as in
    training, ``(value - offset) / scale`` (a model trained on raw values keeps 0 and 1).
    """

    size: int
    weight: np.ndarray | None = None
    numeric: bool = False
    offset: float = 0.0
    scale: float = 1.0

    @property
    def scaled(self) -> bool:
        """True when a numeric model standardises its inputs (offset or scale set)."""
        return self.numeric and (self.offset != 0.0 or self.scale != 1.0)

    def unscale(self, values: np.ndarray) -> np.ndarray:
        """Model units back to the data's units: ``values * scale + offset``."""
        return values * self.scale + self.offset if self.scaled else values

    @property
    def width(self) -> int:
        """F, the input width the network sees."""
        if self.numeric:
            return 1
        return self.size if self.weight is None else int(self.weight.shape[1])

    def embed(self, tokens: Sequence[Token], dtype: np.dtype | type = np.float32) -> np.ndarray:
        """(T, F) inputs for ``tokens``."""
        if self.numeric:
            vals = [t.value if t.known and t.value is not None else 0.0 for t in tokens]
            x = np.asarray(vals, dtype=np.float64).reshape(-1, 1)
            if self.scaled:
                x = (x - self.offset) / self.scale
            return x.astype(dtype)
        ids = np.fromiter((t.id for t in tokens), dtype=np.int64, count=len(tokens))
        return self.embed_ids(ids, dtype)

    def embed_ids(self, ids: np.ndarray, dtype: np.dtype | type = np.float32) -> np.ndarray:
        """(..., F) inputs for an integer array of ids (-1 gives zeros)."""
        ids = np.asarray(ids, dtype=np.int64)
        known = ids >= 0
        out = np.zeros((*ids.shape, self.width), dtype=dtype)
        if self.weight is None:
            rows = np.nonzero(known)
            out[(*rows, ids[known])] = 1.0
        else:
            out[known] = self.weight[ids[known]]
        return out
