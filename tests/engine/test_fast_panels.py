"""The compiled recurrent product: W_hh laid out in panels of 64 columns (``fast.panels``),
each summed in registers; alternate steps read the panels in reverse order, which changes
no bit. Parity with NumPy across several panels, odd K and ragged last panels."""

import gc

import numpy as np
import pytest

pytest.importorskip("numba")

from gate_explorer.engine import RecurrentNet, fast
from gate_explorer.engine.backend import Backend

TOL = 2e-5  # the parity tolerance of test_fast_parity


@pytest.fixture(scope="module")
def compiled():
    b = Backend("numba", "compiled step loop").warm_up()
    assert b.compiled, b.reason
    return b


@pytest.mark.parametrize(("k_all", "cols"), [(1, 1), (7, 64), (9, 65), (33, 200), (128, 512)])
def test_panels_hold_the_columns_in_order_padded_with_zeros(k_all, cols):
    w = np.random.default_rng(0).standard_normal((k_all, cols)).astype(np.float32)
    wp = fast.panels(w)
    n = -(-cols // fast.PANEL)
    assert wp.shape == (n, k_all, fast.PANEL)
    assert wp.dtype == np.float32
    assert wp.flags.c_contiguous
    assert wp.ctypes.data % 64 == 0
    back = wp.transpose(1, 0, 2).reshape(k_all, n * fast.PANEL)
    assert np.array_equal(back[:, :cols], w)
    assert not back[:, cols:].any()


@pytest.mark.parametrize(("k_all", "cols"), [(1, 3), (9, 65), (33, 200), (256, 1024)])
def test_the_panel_product_is_h_times_w_and_the_same_bits_in_either_order(k_all, cols):
    rng = np.random.default_rng(1)
    w = rng.standard_normal((k_all, cols)).astype(np.float32)
    h = rng.uniform(-1, 1, k_all).astype(np.float32)
    wp = fast.panels(w)
    loop = fast.load().loops["gemv_loop"]
    out1, out2 = (np.full(wp.shape[0] * fast.PANEL, np.nan, np.float32) for _ in range(2))
    loop(h, wp, out1, 1)  # step 0: panels in order
    loop(h, wp, out2, 2)  # then step 1: panels backwards
    assert np.array_equal(out1, out2)
    exact = h.astype(np.float64) @ w.astype(np.float64)
    scale = np.abs(h).astype(np.float64) @ np.abs(w).astype(np.float64)
    assert np.all(np.abs(out1[:cols] - exact) <= 2 * k_all * 2.0**-24 * scale + 1e-30)
    assert not out1[cols:].any()


def test_panels_are_built_once_per_weight_array_and_freed_with_it():
    w = np.random.default_rng(2).standard_normal((5, 70)).astype(np.float32)
    first = fast.cached_panels(w)
    assert fast.cached_panels(w) is first
    other = w.copy()
    assert fast.cached_panels(other) is not first
    assert np.array_equal(fast.cached_panels(other), first)
    key = (id(w), "panels")
    assert key in fast._PANELS
    del w, first
    gc.collect()
    assert key not in fast._PANELS


@pytest.mark.parametrize(
    ("kind", "proj", "reset_after"),
    [("lstm", 0, True), ("lstm", 33, True), ("gru", 0, True), ("gru", 0, False),
     ("rnn_tanh", 0, True)],
)  # fmt: skip
def test_compiled_equals_numpy_across_several_panels(compiled, kind, proj, reset_after):
    """H = 70: 4H = 280 columns are 5 panels, the last one ragged; K = 70 or 33 is odd."""
    net = RecurrentNet.random(kind, 5, 70, 2, proj_size=proj, reset_after=reset_after, rng=3)
    # inputs that move the gates far from 0.5; the recurrence stays contracting (a chaotic
    # one would grow any rounding difference, on either path)
    net = net.with_params({k: (8 if "weight_ih" in k else 1) * v for k, v in net.params.items()})
    x = np.random.default_rng(4).standard_normal((90, 5)).astype(np.float32)
    ref, got = net.run(x), net.run(x, backend=compiled)
    for k in range(2):
        for name in net.names:
            a, b = ref.values(name, k), got.values(name, k)
            np.testing.assert_allclose(b, a, rtol=TOL, atol=TOL, err_msg=f"{name} l{k}")
    first = ref.values(net.names[0], 0)  # i, r or h of the first layer: real values
    assert first.max() - first.min() > 0.5
