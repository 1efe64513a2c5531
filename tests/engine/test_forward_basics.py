"""Forward-pass behaviour that needs no torch: shapes, empty input, errors."""

import numpy as np
import pytest

from gate_explorer import engine
from gate_explorer.errors import GateExplorerError


@pytest.mark.parametrize("kind", ["lstm", "gru", "rnn_tanh", "rnn_relu"])
def test_trace_shapes_batched_and_not(kind):
    net = engine.RecurrentNet.random(kind, 3, 5, num_layers=2, bidirectional=True, rng=1)
    x = np.random.default_rng(0).normal(size=(7, 2, 3))
    tr = net.run(x)
    assert tr.output.shape == (7, 2, 10)
    assert tr.h_n.shape == (4, 2, 5)
    for name in net.names:
        assert tr.values(name, layer=1, direction=1).shape == (7, 2, 5)
    one = net.run(x[:, 0])
    np.testing.assert_allclose(one.output, tr.output[:, 0], rtol=1e-5, atol=1e-6)
    assert one.values("h").shape == (7, 5)


def test_empty_sequence_gives_empty_trace():
    net = engine.RecurrentNet.random("lstm", 3, 4)
    tr = net.run(np.zeros((0, 3)))
    assert tr.steps == 0
    assert tr.values("f").shape == (0, 4)
    np.testing.assert_array_equal(tr.h_n, np.zeros((1, 4)))


def test_errors_name_what_was_expected():
    net = engine.RecurrentNet.random("gru", 3, 4)
    with pytest.raises(GateExplorerError, match=r"width 5 .* expected 3"):
        net.run(np.zeros((2, 5)))
    x = np.zeros((4, 3))
    x[2, 1] = np.nan
    with pytest.raises(GateExplorerError, match=r"input has 1 NaN .*\[2, 1\]"):
        net.run(x)
    with pytest.raises(GateExplorerError, match="unknown cell kind"):
        engine.RecurrentNet.random("transformer", 3, 4)
    sd = net.state_dict()
    sd["weight_hh_l0"][1, 2] = np.inf
    with pytest.raises(GateExplorerError, match=r"weight_hh_l0 has 1 inf .*\[1, 2\]"):
        engine.RecurrentNet.from_state_dict("gru", sd)
