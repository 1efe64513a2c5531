"""The run generation writes into: rows appended in place, with room for the tokens asked
for from the start (no frame copies the whole run into bigger buffers)."""

import itertools

import numpy as np

from gate_explorer import load_model
from gate_explorer.engine.generate import Sampling, write
from gate_explorer.session import generation


def _written(model, run, n):
    return list(itertools.islice(write(model, run.trace, Sampling(0.8, 0, 3)), n))


def test_room_for_the_tokens_asked_for_and_the_same_numbers_as_a_whole_run():
    model = load_model("quotes-lstm")
    run = model.run_text("She said")
    tokens = _written(model, run, 300)
    grow = generation._Growing(run, model, "", expect=300)
    buffers = {k: id(v) for k, v in grow._bufs.items()}
    for k in range(0, len(tokens), 23):
        grow.add(tokens[k : k + 23])
    assert {k: id(v) for k, v in grow._bufs.items()} == buffers  # never copied
    whole = model.run_text(grow.text)
    got = grow.run()
    assert got.text == "She said" + "".join(w.text for w in tokens)
    np.testing.assert_allclose(got.trace.values("c", 2), whole.trace.values("c", 2),
                               rtol=1e-4, atol=1e-5)  # fmt: skip


def test_the_room_reserved_is_bounded_and_it_still_grows(monkeypatch):
    model = load_model("quotes-lstm")
    run = model.run_text("She said")
    monkeypatch.setattr(generation, "PREALLOCATE", 1)  # no room reserved ahead
    grow = generation._Growing(run, model, "", expect=10**5)
    room = len(grow._bufs[("x",)])
    assert room == generation._room(len(run.tokens))  # the usual room only
    tokens = _written(model, run, room)  # more than fit: the buffers grow
    grow.add(tokens)
    assert grow.steps == len(run.tokens) + room
    assert grow.run().text == "She said" + "".join(w.text for w in tokens)
