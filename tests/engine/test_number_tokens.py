"""Numbers a numeric model cannot take (abc, nan, inf, beyond float32) are unknown, fed as 0."""

from __future__ import annotations

import warnings

import numpy as np

from gate_explorer.engine.embedding import Embedding
from gate_explorer.engine.tokenize import Tokenizer, why_unknown


def test_unknown_numbers_are_marked_and_fed_as_zero():
    tok = Tokenizer("number")
    tokens = tok.tokenize("0.5 abc nan inf -inf 1e999 1e308 3.4e38 -2")
    known = [t.known for t in tokens]
    assert known == [True, False, False, False, False, False, False, True, True]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no "overflow encountered in cast"
        x = Embedding(1, numeric=True).embed(tokens)
    assert x.dtype == np.float32
    np.testing.assert_array_equal(x[:, 0], [0.5, 0, 0, 0, 0, 0, 0, np.float32(3.4e38), -2])
    reasons = [why_unknown(t, "number") for t in tokens]
    assert reasons[1] == "not a number: fed as 0"
    assert reasons[2] == "NaN: fed as 0"
    assert reasons[3] == reasons[5] == "infinite: fed as 0"
    assert reasons[6] == "beyond float32's range (3.4e38): fed as 0"
    assert reasons[0] == ""


def test_same_as_typing_zero_but_marked():
    tok = Tokenizer("number")
    a, b = tok.tokenize("0.5 nan 0.7"), tok.tokenize("0.5 0 0.7")
    emb = Embedding(1, numeric=True)
    np.testing.assert_array_equal(emb.embed(a), emb.embed(b))
    assert [t.known for t in a] == [True, False, True]
