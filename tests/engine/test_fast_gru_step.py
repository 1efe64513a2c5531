"""The compiled GRU step: 16 units at a time on vector lanes (``kernels._gru_gates``),
each lane with the bits of the scalar float32 operations."""

import numpy as np
import pytest

pytest.importorskip("numba")

from gate_explorer.engine import RecurrentNet, fast
from gate_explorer.engine.backend import Backend
from gate_explorer.engine.stepping import input_part


@pytest.fixture(scope="module")
def backend():
    b = Backend("numba", "compiled step loop").warm_up()
    assert b.compiled, b.reason
    return b


def _bits(a: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(a).view(np.uint32)


def _hard(kind: str, a: np.ndarray) -> np.ndarray:
    f = np.float32
    if kind == "hard_sigmoid_keras2":
        return np.clip(a * f(0.2) + f(0.5), f(0), f(1))
    return np.clip(a + f(3), f(0), f(6)) / f(6)


@pytest.mark.parametrize("hid", [16, 48, 50, 9])
@pytest.mark.parametrize("gate", ["sigmoid", "hard_sigmoid_keras2", "hard_sigmoid_keras3"])
def test_the_16_lane_gates_have_the_bits_of_the_scalar_float32_steps(backend, hid, gate):
    """Each step, r z n h as float32 operations one at a time (NumPy's, each rounded;
    tanh is ``kernels.tanh32``, the compiled scalar one): the 16-lane kernel's lanes and
    the scalar tail give these bits."""
    net = RecurrentNet.random("gru", 7, hid, gate_activation=gate, rng=hid)
    w = net._prepared[0][0]
    kern = backend.kernels_for(net)
    steps = 40
    x = (2 * np.random.default_rng(1).standard_normal((steps, 7))).astype(np.float32)
    got = net.run(x, backend=backend)
    wp = fast.cached_panels(w.w_hh_t)
    gemv, tanh = kern.loops["gemv_loop"], kern.loops["tanh_array"]
    rec = np.empty(wp.shape[0] * fast.PANEL, dtype=np.float32)

    def tanh32(v):
        out = np.empty_like(v)
        tanh(np.ascontiguousarray(v), out)
        return out

    half = np.float32(0.5)
    gi = got.layers[0][0].values  # r z n, h as the run wrote them
    a_all = np.empty((steps, 3 * hid), dtype=np.float32)
    input_part(x[:, None, :], w.w_in, a_all)
    h = np.zeros(hid, dtype=np.float32)
    for t in range(steps):
        gemv(h, wp, rec, 1)
        s = rec[: 3 * hid] + w.b_hh  # W_h h + b_h
        a = a_all[t]
        pre = a[: 2 * hid] + s[: 2 * hid]
        rz = tanh32(pre) * half + half if gate == "sigmoid" else _hard(gate, pre)
        r, z = rz[:hid], rz[hid:]
        n = tanh32(a[2 * hid :] + r * s[2 * hid :])
        h = (h - n) * z + n
        for name, ref in (("r", r), ("z", z), ("n", n), ("h", h)):
            assert np.array_equal(_bits(gi[name][t, 0]), _bits(ref)), (name, t)


@pytest.mark.parametrize(
    ("kind", "kw"),
    [("gru", {}), ("gru", {"reset_after": False}), ("rnn_tanh", {}), ("rnn_relu", {})],
)
@pytest.mark.parametrize(("hid", "batch", "steps"), [(64, 1, 100), (50, 3, 33), (9, 1, 1)])
def test_the_compiled_input_product_has_numpys_bits(backend, kind, kw, hid, batch, steps,
                                                    monkeypatch):  # fmt: skip
    """The GRU's and RNN's input part by the compiled product (where ``input_exact`` says
    it has OpenBLAS's bits) gives every gate and state the bits of NumPy's product."""
    net = RecurrentNet.random(kind, 13, hid, rng=hid + steps, **kw)
    w = net._prepared[0][0]
    kern = backend.kernels_for(net)
    if not fast.input_exact(kern, w.w_in, batch):
        pytest.skip("this BLAS sums the input product in another order: NumPy's product runs")
    x = (2 * np.random.default_rng(steps).standard_normal((steps, batch, 13))).astype(np.float32)
    used = []
    compiled = type(kern).input_part

    def spy(self, *args):
        used.append(compiled(self, *args))
        return used[-1]

    monkeypatch.setattr(type(kern), "input_part", spy)
    own = net.run(x, backend=backend)
    monkeypatch.setattr(type(kern), "input_part", lambda self, *args: False)
    numpys = net.run(x, backend=backend)
    assert used == [True]
    for name in net.names:
        assert np.array_equal(_bits(own.values(name, 0, 0)), _bits(numpys.values(name, 0, 0)))
