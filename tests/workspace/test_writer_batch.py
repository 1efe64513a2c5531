"""A batch of written tokens crosses to the window packed (each trace array stacked once)
and comes back as the same tokens: ids, texts, distributions and every array of their
one-step traces."""

import itertools
import pickle

import numpy as np

from gate_explorer import load_model
from gate_explorer.engine.generate import Sampling, write
from gate_explorer.workspace import writer


def _arrays(w):
    t = w.trace
    out = [w.probs, t.output, t.h_n, t.x, t.h0]
    out += [t.c_n, t.c0] if t.c_n is not None else []
    for dirs in t.layers:
        for d in dirs:
            out += [d.values[k] for k in sorted(d.values)] + [d.cache[k] for k in sorted(d.cache)]
    return out


def _same(a, b):
    assert (a.id, a.text) == (b.id, b.text)
    assert a.trace.names == b.trace.names
    assert (a.trace.kind, a.trace.batched) == (b.trace.kind, b.trace.batched)
    assert [list(d.values) for ds in a.trace.layers for d in ds] == [
        list(d.values) for ds in b.trace.layers for d in ds
    ]
    for x, y in zip(_arrays(a), _arrays(b), strict=True):
        assert x.shape == y.shape
        assert x.dtype == y.dtype
        assert np.array_equal(x, y)


def test_a_batch_round_trips_packed():
    for name in ("quotes-lstm", "quotes-gru"):
        model = load_model(name)
        run = model.run_text("Anna ")
        tokens = list(itertools.islice(write(model, run.trace, Sampling(0.8, 0, 2)), 13))
        back = pickle.loads(pickle.dumps(writer.Batch(tokens), protocol=5))
        assert isinstance(back, writer.Batch)
        assert len(back) == len(tokens)
        for a, b in zip(back, tokens, strict=True):
            _same(a, b)
        assert writer._pack(tokens) is not None  # it went packed, not token by token


def test_tokens_of_another_make_cross_one_by_one():
    model = load_model("quotes-lstm")
    run = model.run_text("He said")
    tokens = list(itertools.islice(write(model, run.trace, Sampling(0.8, 0, 2)), 3))
    other = load_model("quotes-gru")
    tokens += list(itertools.islice(write(other, other.run_text("Anna").trace, Sampling()), 2))
    assert writer._pack(tokens) is None
    back = pickle.loads(pickle.dumps(writer.Batch(tokens)))
    for a, b in zip(back, tokens, strict=True):
        _same(a, b)
    assert pickle.loads(pickle.dumps(writer.Batch())) == []
