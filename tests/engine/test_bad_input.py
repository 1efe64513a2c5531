"""Errors a user can cause: each raises GateExplorerError saying what was expected and found."""

import numpy as np
import pytest

from gate_explorer import engine
from gate_explorer.errors import GateExplorerError


def lstm_sd(**kw):
    return engine.RecurrentNet.random("lstm", 3, 4, 2, rng=0, **kw).state_dict()


def test_wrong_h0_and_c0_shapes():
    net = engine.RecurrentNet.random("lstm", 3, 4, 2, bidirectional=True, rng=0)
    x = np.zeros((5, 2, 3))
    with pytest.raises(GateExplorerError, match=r"h0 has shape \(4, 2, 3\), expected \(4, 2, 4\)"):
        net.run(x, h0=np.zeros((4, 2, 3)))
    with pytest.raises(GateExplorerError, match=r"c0 has shape \(2, 2, 4\), expected \(4, 2, 4\)"):
        net.run(x, c0=np.zeros((2, 2, 4)))
    with pytest.raises(GateExplorerError, match=r"h0 has shape \(4, 2, 4\), expected \(4, 4\)"):
        net.run(x[:, 0], h0=np.zeros((4, 2, 4)))  # batched h0 for an unbatched input
    gru = engine.RecurrentNet.random("gru", 3, 4)
    with pytest.raises(GateExplorerError, match="c0 is only for LSTM"):
        gru.run(x, c0=np.zeros((1, 2, 4)))


def test_nan_and_inf_are_named_with_their_position():
    net = engine.RecurrentNet.random("rnn", 3, 4)
    x = np.zeros((4, 2, 3))
    x[3, 1, 2] = np.inf
    with pytest.raises(
        GateExplorerError, match=r"input has 1 inf value\(s\), the first at index \[3, 1, 2\]"
    ):
        net.run(x)
    h0 = np.zeros((1, 4))
    h0[0, 2] = np.nan
    with pytest.raises(GateExplorerError, match=r"h0 has 1 NaN .*\[0, 2\]"):
        net.run(x[:, 0], h0=h0)
    sd = lstm_sd()
    sd["bias_ih_l1"][[5, 9]] = np.nan
    with pytest.raises(GateExplorerError, match=r"bias_ih_l1 has 2 NaN .*\[5\]"):
        engine.RecurrentNet.from_state_dict("lstm", sd)
    net = engine.RecurrentNet.from_state_dict("lstm", sd, allow_nonfinite=True)
    assert net.nonfinite == ["bias_ih_l1"]


def test_empty_sequence_runs_and_keeps_the_initial_state():
    net = engine.RecurrentNet.random("lstm", 3, 4, 2, bidirectional=True, rng=0)
    h0 = np.random.default_rng(0).normal(size=(4, 4))
    tr = net.run(np.zeros((0, 3)), h0=h0)
    assert tr.output.shape == (0, 8)
    np.testing.assert_allclose(tr.h_n, h0.astype(np.float32))
    assert tr.values("c", 1, 1).shape == (0, 4)
    with pytest.raises(GateExplorerError, match=r"input has shape \(3,\)"):
        net.run(np.zeros(3))


@pytest.mark.parametrize("kind", ["transformer", "", "lstm2"])
def test_unknown_kind(kind):
    with pytest.raises(GateExplorerError, match=f"unknown cell kind {kind!r}"):
        engine.canonical_kind(kind)
    with pytest.raises(GateExplorerError, match="unknown cell kind"):
        engine.RecurrentNet.from_state_dict(kind, lstm_sd())


def test_state_dict_missing_extra_and_misshapen_keys():
    sd = lstm_sd()
    del sd["weight_hh_l1"]
    with pytest.raises(GateExplorerError, match=r"missing parameter weight_hh_l1 \(16, 4\)"):
        engine.RecurrentNet.from_state_dict("lstm", sd)
    sd = lstm_sd()
    sd["weight_ih_l0_rev"] = sd["weight_ih_l0"]
    with pytest.raises(GateExplorerError, match=r"unexpected parameter.*weight_ih_l0_rev"):
        engine.RecurrentNet.from_state_dict("lstm", sd)
    sd = lstm_sd()
    sd["weight_hh_l0"] = sd["weight_hh_l0"][:, :3]
    with pytest.raises(
        GateExplorerError, match=r"weight_hh_l0 has shape \(16, 3\), expected \(16, 4\)"
    ):
        engine.RecurrentNet.from_state_dict("lstm", sd)
    with pytest.raises(GateExplorerError, match="expected weight_ih_l0 and weight_hh_l0"):
        engine.RecurrentNet.from_state_dict("lstm", {"weight": np.zeros((4, 4))})
    with pytest.raises(GateExplorerError, match=r"a gru expects \(3\*H, F\)"):
        engine.RecurrentNet.from_state_dict("gru", lstm_sd() | {"weight_ih_l0": np.zeros((8, 3))})
    sd = lstm_sd()
    sd["weight_hr_l0"] = np.zeros((2, 4))  # a projection to 2 makes weight_hh (16, 2)
    with pytest.raises(
        GateExplorerError, match=r"weight_hh_l0 has shape \(16, 4\), expected \(16, 2\)"
    ):
        engine.RecurrentNet.from_state_dict("lstm", sd)


def test_missing_biases_mean_bias_false():
    sd = {k: v for k, v in lstm_sd().items() if not k.startswith("bias")}
    net = engine.RecurrentNet.from_state_dict("lstm", sd)
    assert not net.params["bias_hh_l1"].any()


def test_gradients_reject_mismatched_upstream_and_traces():
    net = engine.RecurrentNet.random("lstm", 3, 4, 2, rng=0)
    tr = net.run(np.zeros((5, 3)))
    with pytest.raises(
        GateExplorerError, match=r"d_output has shape \(5, 2, 4\), expected \(5, 4\)"
    ):
        net.gradients(tr, np.zeros((5, 2, 4)))
    with pytest.raises(GateExplorerError, match=r"d_h_n has shape \(1, 4\), expected \(2, 4\)"):
        net.gradients(tr, np.zeros((5, 4)), d_h_n=np.zeros((1, 4)))
    bad = np.zeros((5, 4))
    bad[1, 3] = np.nan
    with pytest.raises(GateExplorerError, match=r"d_output has 1 NaN .*\[1, 3\]"):
        net.gradients(tr, bad)
    gru = engine.RecurrentNet.random("gru", 3, 4, 2, rng=0)
    with pytest.raises(GateExplorerError, match="trace is from a lstm"):
        gru.gradients(tr, np.zeros((5, 4)))
    with pytest.raises(GateExplorerError, match="d_c_n is only for LSTM"):
        gru.gradients(gru.run(np.zeros((5, 3))), np.zeros((5, 4)), d_c_n=np.zeros((2, 4)))
