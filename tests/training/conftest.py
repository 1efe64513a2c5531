"""Shared fixtures for training tests: a tiny trainable per cell (``rng``: tests/conftest.py)."""

import numpy as np
import pytest

from gate_explorer.engine.tokenize import Tokenizer
from gate_explorer.training.trainable import Trainable


@pytest.fixture
def tiny():
    """``tiny(kind, head_kind='next-token', embedding='table')`` -> a small Trainable."""

    def make(kind, head_kind="next-token", embedding="table", hidden=8, layers=1, seed=0):
        tok = Tokenizer("char", tuple("abcd"))
        labels = ("x",) if head_kind == "regress" else tuple("abcd")
        return Trainable.create(
            kind=kind,
            tokenizer=tok,
            head_kind=head_kind,
            labels=labels,
            hidden=hidden,
            layers=layers,
            embedding=embedding,
            embed_dim=5,
            rng=np.random.default_rng(seed),
        )

    return make
