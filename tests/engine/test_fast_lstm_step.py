"""The compiled LSTM step: the input product computed inside the time loop (a block just
before its steps, or tile by tile beside the panels of the block before) with the bits of
NumPy's ``stepping.input_part``, and the gates of 16 units right after their panel with
the bits of the scalar float32 code (``kernels.tanh32``)."""

import numpy as np
import pytest

pytest.importorskip("numba")

from gate_explorer.engine import RecurrentNet, fast
from gate_explorer.engine.backend import Backend
from gate_explorer.engine.stepping import CHUNK, input_part


@pytest.fixture(scope="module")
def kernels():
    b = Backend("numba", "compiled step loop").warm_up()
    assert b.compiled, b.reason
    return fast.load()


def _bits(a: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(a).view(np.uint32)


@pytest.mark.parametrize(("feat", "cols"), [(64, 512), (5, 200), (1, 16), (33, 96), (97, 1024)])
def test_input_rows_have_the_bits_of_input_part(kernels, feat, cols):
    """Whenever ``input_exact`` accepts a weight array, the compiled product of any rows
    (here others than the check's own) is ``input_part``'s, bit for bit."""
    rng = np.random.default_rng(feat)
    w_in = rng.standard_normal((feat + 1, cols)).astype(np.float32)
    if not fast.input_exact(kernels, w_in, 1):
        pytest.skip("this BLAS sums the input product in another order: NumPy's product runs")
    for rows in (1, 3, 64, 130):
        x = (3 * rng.standard_normal((rows, feat))).astype(np.float32)
        ref = np.empty((rows, cols), dtype=np.float32)
        input_part(x[:, None, :], w_in, ref)
        got = np.full_like(ref, np.nan)
        kernels.loops["input_rows"](x, fast.input_panels(w_in), got)
        assert np.array_equal(_bits(got), _bits(ref)), rows


def test_a_weight_array_the_check_refuses_runs_on_numpys_product(kernels, monkeypatch):
    net = RecurrentNet.random("lstm", 5, 32, rng=2)
    x = np.random.default_rng(3).standard_normal((100, 5)).astype(np.float32)
    b = Backend("numba")
    ref = net.run(x, backend=b)
    calls = []

    def refuse(self, w, batch):
        calls.append(batch)
        return False

    monkeypatch.setattr(fast.Kernels, "lstm_input", refuse)
    got = net.run(x, backend=b)
    assert calls
    for name in net.names:
        assert np.array_equal(_bits(got.values(name, 0, 0)), _bits(ref.values(name, 0, 0)))


CASES = [  # hidden, batch, proj, gate: interleaved tiles (H % 16 == 0, B = 1) and not
    (128, 1, 0, "sigmoid"),
    (64, 1, 0, "hard_sigmoid_keras2"),
    (48, 1, 20, "sigmoid"),
    (50, 1, 0, "sigmoid"),
    (9, 1, 0, "hard_sigmoid_keras3"),
    (32, 3, 0, "sigmoid"),
]


@pytest.mark.parametrize(("hid", "batch", "proj", "gate"), CASES)
@pytest.mark.parametrize("steps", [1, 31, 32, 33, 64, 65, 100, 300])
@pytest.mark.parametrize("beside", [True, False])
def test_the_loop_computes_the_input_part_with_numpys_bits(kernels, hid, batch, proj, gate,
                                                           steps, beside, monkeypatch):  # fmt: skip
    """The loop given x (the input part computed inside it, on buffers that start as NaN)
    writes every gate and state with the bits of the loop given z filled by
    ``input_part``, with and without progress chunks; the next block's rows computed
    beside the panels (a W_hh that fits the L2 cache) or just before their steps."""
    from gate_explorer.engine import fast

    monkeypatch.setattr(fast, "AHEAD_MAX_BYTES", 2**40 if beside else 0)
    net = RecurrentNet.random("lstm", 7, hid, proj_size=proj, gate_activation=gate, rng=hid)
    w = net._prepared[0][0]
    if not kernels.lstm_input(w, batch):
        pytest.skip("this BLAS sums the input product in another order: NumPy's product runs")
    rng = np.random.default_rng(steps)
    x = (2 * rng.standard_normal((steps, batch, 7))).astype(np.float32)
    out = proj or hid
    h0 = rng.standard_normal((batch, out)).astype(np.float32)
    c0 = rng.standard_normal((batch, hid)).astype(np.float32)

    def run(own: bool, progress=None):
        z = np.full((steps + 1, batch, 5 * hid), np.nan, dtype=np.float32)
        z[0, :, 4 * hid :] = c0
        if not own:
            input_part(x, w.w_in, z.reshape(-1, 5 * hid)[: steps * batch, : 4 * hid])
        hidden = np.full((steps, batch, out), np.nan, dtype=np.float32)
        m = np.full((steps, batch, hid), np.nan, dtype=np.float32) if proj else None
        kernels.lstm(z, hidden, m, h0, w, progress, x if own else None)
        return z[:steps], z[1:, :, 4 * hid :], hidden, m  # the last row of z holds c_T only

    ref = run(False)
    for got in (run(True), run(True, progress=lambda done: None)):
        for a, b in zip(ref, got, strict=True):
            if a is not None:
                assert not np.isnan(a).any()
                assert np.array_equal(_bits(a), _bits(b))


def test_a_long_run_in_chunks_crosses_blocks_and_chunks_alike(kernels):
    net = RecurrentNet.random("lstm", 16, 128, rng=4)
    x = np.random.default_rng(5).standard_normal((3 * CHUNK + 45, 16)).astype(np.float32)
    b = Backend("numba")
    whole = net.run(x, backend=b)
    seen = []
    chunked = net.run(x, backend=b, progress=lambda d, t: seen.append(d))
    assert len(seen) > 3
    for name in net.names:
        assert np.array_equal(_bits(chunked.values(name, 0, 0)), _bits(whole.values(name, 0, 0)))
    ref = net.run(x)  # NumPy
    for name in net.names:
        np.testing.assert_allclose(whole.values(name, 0, 0), ref.values(name, 0, 0), atol=2e-5)


@pytest.mark.parametrize("gate", ["sigmoid", "hard_sigmoid_keras2", "hard_sigmoid_keras3"])
@pytest.mark.parametrize("hid", [32, 20])
def test_the_gate_lanes_have_the_bits_of_the_scalar_float32_code(kernels, gate, hid):
    """With W_hh = 0 the panel sums are exact zeros: every gate and state of one step is
    the scalar code's on each element (``tanh_array``: kernels.tanh32 one at a time), in
    the engine's order of operations, for pre-activations across tanh's branches."""
    net = RecurrentNet.random("lstm", 3, hid, gate_activation=gate, rng=6)
    w = net._prepared[0][0]
    w = type(w)(w.w_in, np.zeros_like(w.w_hh_t), None, gate)
    rng = np.random.default_rng(7)
    batch = 40
    pre = np.concatenate([
        rng.standard_normal((batch // 2, 4 * hid)) * 4,
        rng.uniform(-12, 12, (batch // 2, 4 * hid)),
    ]).astype(np.float32)  # fmt: skip
    pre[0, :8] = [0.0, -0.0, 0.625, -0.625, 9.5, -9.5, 1e-30, 30.0]
    c_prev = (3 * rng.standard_normal((batch, hid))).astype(np.float32)
    z = np.empty((2, batch, 5 * hid), dtype=np.float32)
    z[0, :, : 4 * hid] = pre
    z[0, :, 4 * hid :] = c_prev
    hidden = np.empty((1, batch, hid), dtype=np.float32)
    kernels.lstm(z, hidden, None, np.zeros((batch, hid), np.float32), w)

    def tanh(v):
        out = np.empty(v.size, dtype=np.float32)
        kernels.loops["tanh_array"](np.ascontiguousarray(v, dtype=np.float32).ravel(), out)
        return out.reshape(v.shape)

    a = pre + np.float32(0.0)  # + the exact zero of the product, as the loop adds it
    half = np.float32(0.5)
    if gate == "sigmoid":
        s = tanh(a[:, : 3 * hid]) * half + half
    elif gate == "hard_sigmoid_keras2":
        s = np.clip(a[:, : 3 * hid] * np.float32(0.2) + half, 0, 1).astype(np.float32)
    else:
        s = np.clip(a[:, : 3 * hid] + np.float32(3), 0, 6).astype(np.float32) / np.float32(6)
    g = tanh(a[:, 3 * hid :])
    i, f, o = s[:, :hid], s[:, hid : 2 * hid], s[:, 2 * hid :]
    c = i * g + f * c_prev
    h = tanh(c) * o
    for name, got, want in (
        ("i f o", z[0, :, : 3 * hid], s), ("g", z[0, :, 3 * hid : 4 * hid], g),
        ("c", z[1, :, 4 * hid :], c), ("h", hidden[0], h),
    ):  # fmt: skip
        assert np.array_equal(_bits(got), _bits(want)), name


AVX2_ONLY = "+avx,+avx2,+fma,+sse4.2,+popcnt,+f16c,+bmi,+bmi2,+lzcnt,+movbe"
_RUN = """
import sys
import numpy as np
import numba
from gate_explorer.engine import RecurrentNet
from gate_explorer.engine.backend import Backend
b = Backend("numba").warm_up()
assert b.compiled, b.reason
assert numba.config.CPU_NAME == "haswell"
net = RecurrentNet.random("lstm", 7, 64, 2, bidirectional=True, rng=8)
x = np.random.default_rng(9).standard_normal((150, 7)).astype(np.float32)
tr = net.run(x, backend=b)
np.savez(sys.argv[1], **{f"{n}{k}{d}": tr.values(n, k, d) for n in net.names
                         for k in range(2) for d in range(2)})
"""


def test_a_cpu_without_avx512_compiles_its_own_loops_with_the_same_bits(kernels, tmp_path):
    """Compiled for an AVX2-only CPU (numba's target set by NUMBA_CPU_NAME, its own disk
    cache: numba keys the cache by CPU name and features, so no loop built for this CPU
    is served there), the 16-lane kernels run on 8-lane registers and give the same bits."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    from llvmlite import binding

    host = binding.get_host_cpu_features()
    if not all(host.get(f[1:], False) for f in AVX2_ONLY.split(",")):
        pytest.skip("this CPU cannot run code built for an AVX2 CPU")
    env = dict(os.environ, NUMBA_CPU_NAME="haswell", NUMBA_CPU_FEATURES=AVX2_ONLY,
               NUMBA_CACHE_DIR=str(tmp_path / "cache"), OPENBLAS_NUM_THREADS="1")  # fmt: skip
    env["PYTHONPATH"] = os.pathsep.join([str(Path(__file__).parents[2]), env.get("PYTHONPATH", "")])
    out = tmp_path / "avx2.npz"
    proc = subprocess.run([sys.executable, "-c", _RUN, str(out)], env=env, capture_output=True,
                          text=True, timeout=600, check=False)  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert list((tmp_path / "cache").rglob("*.nbi")), "the AVX2 loops were not cached apart"
    net = RecurrentNet.random("lstm", 7, 64, 2, bidirectional=True, rng=8)
    x = np.random.default_rng(9).standard_normal((150, 7)).astype(np.float32)
    tr = net.run(x, backend=Backend("numba"))
    got = np.load(out)
    for n in net.names:
        for k in range(2):
            for d in range(2):
                assert np.array_equal(_bits(got[f"{n}{k}{d}"]), _bits(tr.values(n, k, d)))


@pytest.mark.parametrize(("hid", "proj"), [(64, 0), (50, 0), (48, 20), (9, 0)])
def test_the_whole_product_first_has_the_bits_of_the_gates_after_each_panel(hid, proj, monkeypatch):
    """A W_hh larger than L2 has its whole product computed first, then every panel's
    gates; a smaller one each panel's gates right after the panel: the same bits."""
    net = RecurrentNet.random("lstm", 5, hid, proj_size=proj, rng=3)
    x = np.random.default_rng(4).standard_normal((70, 5)).astype(np.float32)
    b = Backend("numba")
    monkeypatch.setattr(fast, "AHEAD_MAX_BYTES", 2**40)
    after_each = net.run(x, backend=b)
    monkeypatch.setattr(fast, "AHEAD_MAX_BYTES", 0)
    split = net.run(x, backend=b)
    for name in net.names:
        got, ref = split.values(name, 0, 0), after_each.values(name, 0, 0)
        assert np.array_equal(_bits(got), _bits(ref)), name
