"""Gate saturation: fractions of steps below 0.1 and above 0.9, per unit."""

import numpy as np
import pytest

from gate_explorer.analysis.saturation import (
    gate_saturation,
    layer_saturation,
    saturation,
)
from gate_explorer.engine import RecurrentNet


def test_fractions_by_hand():
    v = np.array(
        [
            [0.05, 0.50, 0.95, 0.10],
            [0.01, 0.95, 0.99, 0.90],
            [0.50, 0.92, 0.02, 0.00],
            [0.09, 0.99, 0.91, 1.00],
        ]
    )
    left, right = saturation(v)
    # unit 0: 3 of 4 below 0.1; unit 3: 0.10 and 0.90 are not strictly past the thresholds
    np.testing.assert_allclose(left, [0.75, 0.0, 0.25, 0.25])
    np.testing.assert_allclose(right, [0.0, 0.75, 0.75, 0.25])


def test_custom_thresholds():
    v = np.array([[-0.95], [0.0], [0.95], [0.5]])
    left, right = saturation(v, -0.9, 0.9)
    np.testing.assert_allclose(left, [0.25])
    np.testing.assert_allclose(right, [0.25])


def test_nan_steps_count_as_neither():
    v = np.array([[np.nan, 0.0], [0.95, np.nan], [0.05, np.nan], [np.nan, np.nan]])
    left, right = saturation(v)
    np.testing.assert_allclose(left, [0.25, 0.25])  # denominator stays T = 4
    np.testing.assert_allclose(right, [0.25, 0.0])
    assert np.all(left + right <= 1.0)


def test_empty_text_gives_zeros():
    left, right = saturation(np.zeros((0, 5)))
    assert left.shape == right.shape == (5,)
    assert not left.any()
    assert not right.any()


def test_rejects_a_vector():
    with pytest.raises(ValueError, match=r"\(T, H\)"):
        saturation(np.zeros(5))


def _trace(kind: str, layers: int = 1, bidirectional: bool = False):
    net = RecurrentNet.random(kind, 3, 5, layers, bidirectional=bidirectional, rng=4)
    x = np.random.default_rng(5).normal(scale=3.0, size=(40, 3))
    return net.run(x)


@pytest.mark.parametrize(("kind", "gates"), [("lstm", "ifo"), ("gru", "rz")])
def test_gate_saturation_covers_the_sigmoid_gates(kind, gates):
    trace = _trace(kind, layers=2, bidirectional=True)
    result = gate_saturation(trace, layer=1, direction=1)
    assert tuple(s.name for s in result) == tuple(gates)
    for s in result:
        left, right = saturation(trace.values(s.name, 1, 1))
        np.testing.assert_array_equal(s.left, left)
        np.testing.assert_array_equal(s.right, right)
        assert s.steps == 40
        assert (s.low, s.high) == (0.1, 0.9)


def test_plain_rnn_has_no_gates_and_tanh_falls_back_to_h():
    tanh = _trace("rnn_tanh")
    assert gate_saturation(tanh) == ()
    (h,) = layer_saturation(tanh)
    assert (h.name, h.low, h.high) == ("h", -0.9, 0.9)
    left, right = saturation(tanh.values("h"), -0.9, 0.9)
    np.testing.assert_array_equal(h.left, left)
    np.testing.assert_array_equal(h.right, right)
    assert layer_saturation(_trace("rnn_relu")) == ()
