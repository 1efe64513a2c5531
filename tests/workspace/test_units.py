"""The NumPy helpers behind unit sorting, top-k filtering and colour ranges."""

import numpy as np
import pytest

from gate_explorer.workspace import units


def test_order_by_index_keeps_all_units():
    v = np.random.default_rng(0).normal(size=(20, 7))
    assert units.order_units(v, "index").tolist() == list(range(7))


def test_top_k_keeps_the_most_active_in_index_order():
    v = np.zeros((10, 5))
    v[:, 3] = 2.0
    v[:, 1] = -1.0
    assert units.order_units(v, "index", top_k=2).tolist() == [1, 3]


def test_mean_sort_puts_highest_mean_first():
    v = np.tile(np.array([0.1, 0.9, -0.5, 0.4]), (6, 1))
    assert units.order_units(v, "mean").tolist() == [1, 3, 0, 2]


def test_cluster_sort_groups_correlated_units():
    rng = np.random.default_rng(1)
    a, b = rng.normal(size=(2, 200))
    v = np.stack([a, b, a + 0.01 * rng.normal(size=200), b, -a], axis=1)
    order = units.order_units(v, "cluster").tolist()
    pos = {u: order.index(u) for u in order}
    assert abs(pos[0] - pos[2]) == 1  # near-copies sit together
    assert sorted(order) == list(range(5))


def test_orders_survive_nan_and_empty():
    v = np.full((4, 3), np.nan)
    for sort in units.SORTS:
        # all NaN: every unit is equally (in)active, so top-2 keeps the first two units
        assert sorted(units.order_units(v, sort, 2).tolist()) == [0, 1]
        assert len(units.order_units(v, sort)) == 3
    assert units.order_units(np.zeros((0, 3)), "cluster").tolist() == [0, 1, 2]


def test_unknown_sort_raises():
    with pytest.raises(ValueError, match="unknown sort"):
        units.order_units(np.zeros((2, 2)), "alphabetical")


def test_levels_fit_the_value_range():
    v = np.array([[0.2, -3.0], [1.0, 2.0]])
    assert units.levels("f", "lstm", v) == (0.0, 1.0, False)
    assert units.levels("g", "lstm", v) == (-1.0, 1.0, True)
    lo, hi, div = units.levels("c", "lstm", v)
    assert div
    assert lo == -hi
    assert 2.9 < hi <= 3.0
    wide = np.concatenate([np.linspace(-2, 2, 1000), [500.0]])[:, None]
    assert units.levels("c", "lstm", wide)[1] < 3  # one outlier does not set the scale
    lo, hi, div = units.levels("h", "rnn_relu", np.abs(v))
    assert (lo, div) == (0.0, False)
    assert 2.9 < hi <= 3.0
    assert units.levels("c", "lstm", np.full((2, 2), np.nan))[2]


def test_a_few_counting_units_do_not_wash_out_the_cell_colours():
    rng = np.random.default_rng(0)
    c = rng.uniform(-2, 2, size=(200, 100))
    c[:, :8] = 150.0  # 8 of 100 units count up to large values, as in quotes-lstm
    lo, hi, diverging = units.levels("c", "lstm", c)
    assert diverging
    assert lo == -hi
    assert 1.5 < hi < 2.0
