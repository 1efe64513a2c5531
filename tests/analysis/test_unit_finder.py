"""The unit finder ranks units by |Pearson r| and finds a planted unit."""

import warnings

import numpy as np
import pytest

from gate_explorer.analysis.unit_finder import (
    best_unit,
    inside_parens,
    inside_quotes,
    pearson_columns,
    rank_units,
    span_indicator,
)
from gate_explorer.engine import RecurrentNet
from gate_explorer.engine.tokenize import Tokenizer
from gate_explorer.errors import GateExplorerError


def test_finds_a_planted_unit(rng):
    """A unit wired to latch on input 1 and reset on input 2 comes out on top."""
    net = RecurrentNet.random("lstm", 3, 6, rng=rng)
    p = net.state_dict()
    h = 6
    for name in ("weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0"):
        p[name][[3, h + 3, 2 * h + 3, 3 * h + 3]] = 0.0  # unit 3 of layer 0: a latch
    p["bias_ih_l0"][3] = -10.0  # input gate shut ...
    p["weight_ih_l0"][3, 1] = 20.0  # ... except on input 1
    p["weight_ih_l0"][h + 3, :] = [0.0, 0.0, -20.0]  # forget on input 2
    p["bias_ih_l0"][h + 3] = 10.0  # otherwise keep
    p["bias_ih_l0"][2 * h + 3] = 3.0  # candidate ~ +1
    net = RecurrentNet(net.config, p)
    steps = 300
    x = np.zeros((steps, 3))
    x[:, 0] = 1.0
    state = np.zeros(steps)
    inside = False
    for t in range(steps):
        r = rng.random()
        if r < 0.05:
            x[t] = [0, 1, 0]
            inside = True
        elif r < 0.1:
            x[t] = [0, 0, 1]
            inside = False
        state[t] = inside
    ranked = rank_units(net.run(x), state)
    assert (ranked[0].layer, ranked[0].unit) == (0, 3)
    assert ranked[0].name in ("c", "h")
    assert ranked[0].r > 0.95
    assert abs(ranked[-1].r) <= abs(ranked[0].r)
    assert len(ranked) == 6 * 6  # units x names (i f g o c h)
    assert best_unit(net.run(x), state) == ranked[0]


def test_constant_units_and_indicator_give_zero_without_warnings():
    values = np.c_[np.full(50, 0.1, dtype=np.float32), np.arange(50.0), -np.arange(50.0)]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        r = pearson_columns(values, np.arange(50) > 20)
        flat = pearson_columns(values, np.ones(50))
    assert r[0] == 0.0
    assert r[1] == pytest.approx(-r[2])
    assert r[1] > 0.8
    assert (flat == 0).all()


def test_matches_numpy_corrcoef(rng):
    v = rng.normal(size=(40, 5))
    y = rng.normal(size=40)
    expected = [np.corrcoef(v[:, j], y)[0, 1] for j in range(5)]
    np.testing.assert_allclose(pearson_columns(v, y), expected, atol=1e-12)


def test_span_selection_and_names_filter(rng):
    net = RecurrentNet.random("gru", 2, 4, num_layers=2, bidirectional=True, rng=rng)
    tr = net.run(rng.normal(size=(20, 2)))
    assert len(rank_units(tr, span_indicator(20, 0, 3))) == 2 * 2 * 4 * 4
    ind = span_indicator(20, 5, 9)
    assert ind.sum() == 4
    assert ind[5] == 1
    assert ind[9] == 0
    ranked = rank_units(tr, ind, names=["z"], top=3)
    assert len(ranked) == 3
    assert {u.name for u in ranked} == {"z"}
    assert "z[" in ranked[0].label()
    with pytest.raises(GateExplorerError, match="no q"):
        rank_units(tr, ind, names=["q"])
    with pytest.raises(GateExplorerError, match=r"one value per token \(20,\)"):
        rank_units(tr, ind[:5])
    with pytest.raises(GateExplorerError, match="does not fit"):
        span_indicator(20, 15, 25)


def test_inside_quotes_and_parens_presets():
    text = 'He said, "go (now)" (twice).'
    q = inside_quotes(text)
    assert q[text.index('"')] == 1  # opening quote counts as inside
    assert q[text.index("g")] == 1
    assert q[text.rindex('"')] == 0  # the closing one does not
    assert q[-1] == 0
    p = inside_parens(text)
    assert p[text.index("n")] == 1
    assert p[text.index("w")] == 1
    assert p[-1] == 0
    tokens = Tokenizer("word").tokenize('a "b c" d')
    np.testing.assert_array_equal(inside_quotes(tokens), [0, 1, 0, 0])
    np.testing.assert_array_equal(inside_quotes(["\u201cx", "y\u201d", "z"]), [1, 0, 0])
