"""The compiled step loops (numba) against NumPy's, on every cell, variant, direction and
layer count: states and gates within 2e-5 (float32 rounding: the recurrent product is
summed in another order, tanh rounded differently); bit for bit where the operations are
the same (no recurrent product, hard-sigmoid gates, ReLU)."""

import numpy as np
import pytest

pytest.importorskip("numba")

from gate_explorer.engine import RecurrentNet, fast
from gate_explorer.engine.backend import NUMPY, Backend
from gate_explorer.engine.fast import kernels

TOL = 2e-5
GATES = ("sigmoid", "hard_sigmoid_keras2", "hard_sigmoid_keras3")
# (kind, gate_activation, reset_after, proj_size)
VARIANTS = [
    *(("lstm", g, True, 0) for g in GATES),
    ("lstm", "sigmoid", True, 3),
    ("lstm", "hard_sigmoid_keras3", True, 3),
    *(("gru", g, True, 0) for g in GATES),
    *(("gru", g, False, 0) for g in GATES),
    ("rnn_tanh", "sigmoid", True, 0),
    ("rnn_relu", "sigmoid", True, 0),
]
IDS = [f"{k}-{g}-{'after' if ra else 'before'}-p{p}" for k, g, ra, p in VARIANTS]


@pytest.fixture(scope="module")
def compiled():
    b = Backend("numba", "compiled step loop").warm_up()
    assert b.compiled, b.reason
    return b


def _net(kind, gate, reset_after, proj, layers, bi, hidden=9, feat=4, seed=0):
    return RecurrentNet.random(
        kind, feat, hidden, layers, bidirectional=bi, proj_size=proj, rng=seed,
        gate_activation=gate, reset_after=reset_after,
    )  # fmt: skip


def _compare(a, b, tol):
    assert a.names == b.names
    assert a.batched == b.batched
    for k, (da, db) in enumerate(zip(a.layers, b.layers, strict=True)):
        for d, (ta, tb) in enumerate(zip(da, db, strict=True)):
            assert set(ta.values) == set(tb.values)
            assert set(ta.cache) == set(tb.cache)
            for name in (*ta.values, *ta.cache):
                x = ta.values.get(name, ta.cache.get(name))
                y = tb.values.get(name, tb.cache.get(name))
                assert x.shape == y.shape
                assert x.dtype == y.dtype == np.float32
                np.testing.assert_allclose(y, x, rtol=tol, atol=tol, err_msg=f"{name} l{k} d{d}")
    for name in ("output", "h_n", "c_n"):
        x, y = getattr(a, name), getattr(b, name)
        if x is None:
            assert y is None
        else:
            np.testing.assert_allclose(y, x, rtol=tol, atol=tol, err_msg=name)


@pytest.mark.parametrize(("kind", "gate", "reset_after", "proj"), VARIANTS, ids=IDS)
@pytest.mark.parametrize(("layers", "bi"), [(1, False), (2, True), (3, False)])
def test_compiled_equals_numpy(compiled, kind, gate, reset_after, proj, layers, bi):
    net = _net(kind, gate, reset_after, proj, layers, bi)
    rng = np.random.default_rng(1)
    x = (2 * rng.standard_normal((300, 4))).astype(np.float32)
    h0 = rng.standard_normal((layers * (2 if bi else 1), proj or 9)).astype(np.float32)
    c0 = rng.standard_normal((layers * (2 if bi else 1), 9)).astype(np.float32)
    c0 = c0 if kind == "lstm" else None
    ref = net.run(x, h0, c0)
    got = net.run(x, h0, c0, backend=compiled)
    _compare(ref, got, TOL)
    assert not np.array_equal(ref.output, 0 * ref.output)  # the run did something


@pytest.mark.parametrize(("kind", "gate", "reset_after", "proj"), VARIANTS[::2], ids=IDS[::2])
def test_compiled_equals_numpy_batched(compiled, kind, gate, reset_after, proj):
    net = _net(kind, gate, reset_after, proj, 2, True, seed=3)
    x = np.random.default_rng(2).standard_normal((40, 3, 4)).astype(np.float32)
    _compare(net.run(x), net.run(x, backend=compiled), TOL)


@pytest.mark.parametrize(
    ("kind", "gate", "reset_after", "exact"),
    [
        ("lstm", "hard_sigmoid_keras2", True, ("i", "f", "o")),
        ("lstm", "hard_sigmoid_keras3", True, ("i", "f", "o")),
        ("gru", "hard_sigmoid_keras2", True, ("r", "z")),
        ("gru", "hard_sigmoid_keras3", False, ("r", "z")),
        ("rnn_relu", "sigmoid", True, ("h",)),
    ],
)
def test_bit_for_bit_where_the_operations_are_numpys(compiled, kind, gate, reset_after, exact):
    """With W_hh = 0 the recurrent product adds an exact 0: every value computed without
    tanh (hard sigmoids, ReLU) is the same float32 as NumPy's (in the first layer: the
    next one reads h, which went through tanh)."""
    net = _net(kind, gate, reset_after, 0, 1, True, hidden=16)
    params = {k: (0 * v if k.startswith("weight_hh") else v) for k, v in net.params.items()}
    net = net.with_params(params)
    x = (3 * np.random.default_rng(4).standard_normal((100, 4))).astype(np.float32)
    ref, got = net.run(x), net.run(x, backend=compiled)
    for d in range(2):
        for name in exact:
            a, b = ref.values(name, 0, d), got.values(name, 0, d)
            assert np.array_equal(a, b), f"{name} d{d}"
            assert np.unique(a).size > 100  # real values, not all saturated


def test_progress_and_cancel_on_the_compiled_path(compiled):
    net = _net("lstm", "sigmoid", True, 0, 2, True)
    x = np.random.default_rng(5).standard_normal((600, 4)).astype(np.float32)
    seen_np, seen_nb = [], []
    ref = net.run(x, progress=lambda d, t: seen_np.append((d, t)))
    got = net.run(x, progress=lambda d, t: seen_nb.append((d, t)), backend=compiled)
    assert seen_nb == seen_np
    assert seen_nb[-1] == (2400, 2400)
    quiet = net.run(x, backend=compiled)
    for k in range(2):  # the cut into chunks changes nothing, bit for bit
        for d in range(2):
            for name in net.names:
                assert np.array_equal(got.values(name, k, d), quiet.values(name, k, d))
    _compare(ref, got, TOL)

    class Stop(Exception):
        pass

    def stop(done, total):
        if done >= 256:
            raise Stop

    with pytest.raises(Stop):
        net.run(x, progress=stop, backend=compiled)


def test_an_empty_sequence_and_one_step(compiled):
    for kind in ("lstm", "gru", "rnn_tanh"):
        net = _net(kind, "sigmoid", True, 0, 2, True)
        for steps in (0, 1):
            x = np.ones((steps, 4), dtype=np.float32)
            _compare(net.run(x), net.run(x, backend=compiled), TOL)


def test_gradients_read_a_compiled_trace(compiled):
    net = _net("gru", "sigmoid", True, 0, 2, False)
    x = np.random.default_rng(6).standard_normal((50, 4)).astype(np.float32)
    ref, got = net.run(x), net.run(x, backend=compiled)
    d_out = np.random.default_rng(7).standard_normal(ref.output.shape).astype(np.float32)
    g_ref, g_got = net.gradients(ref, d_out), net.gradients(got, d_out)
    for name, arr in g_ref.named().items():
        np.testing.assert_allclose(g_got.named()[name], arr, rtol=1e-4, atol=1e-4, err_msg=name)


def test_tanh_is_within_the_ulps_of_numpys_own_float32_tanh():
    """The compiled float32 tanh is as close to the exact tanh as NumPy's float32 tanh is
    (1.4 ulp; measured 1.27 on this sample), keeps the sign of -0.0 and NaN, saturates."""
    k = fast.load().loops
    rng = np.random.default_rng(8)
    x = np.concatenate([
        rng.standard_normal(200_000) * 3,
        rng.uniform(-12, 12, 200_000),
        rng.uniform(-0.7, 0.7, 200_000),  # around the switch from polynomial to exp
        rng.standard_normal(50_000) * 1e-3,
        [0.0, -0.0, 1e-30, -1e-30, 2.0**-12, 0.625, -0.625, 9.0, 9.5, 10.0, 11.0, 3e38, -3e38,
         np.inf, -np.inf, np.nan, 1e-45],
    ]).astype(np.float32)  # fmt: skip
    out = np.empty_like(x)
    k["tanh_array"](x, out)
    fin = np.isfinite(x)
    exact = np.tanh(x[fin].astype(np.float64))
    ulp = np.spacing(np.abs(exact.astype(np.float32))).astype(np.float64)
    assert (np.abs(out[fin] - exact) / ulp).max() <= 1.4
    assert np.signbit(out[x == 0]).tolist() == np.signbit(x[x == 0]).tolist()
    assert out[-6:-2].tolist() == [1.0, -1.0, 1.0, -1.0]  # +-3e38, +-inf
    assert np.isnan(out[-2])
    assert out[-1] == np.float32(1e-45)


def test_another_signature_raises_instead_of_compiling():
    loops = fast.load().loops
    h = np.zeros((3, 1, 4))  # float64: not a compiled signature
    with pytest.raises(TypeError):
        loops["rnn_loop"](h, np.zeros((1, 4)), np.zeros((4, 4)), False, 0, 3)


def test_load_is_cached_per_process_and_on_disk():
    first = fast.load()
    assert fast.load() is first
    assert fast.loaded() is first
    assert set(first.loops) == set(kernels.SIGNATURES)
    if first.cached:
        index = list(fast.cache_dir().rglob("*.nbi"))
        assert index, f"no numba cache index under {fast.cache_dir()}"


def test_numpy_backend_is_still_the_default():
    net = _net("lstm", "sigmoid", True, 0, 1, False)
    x = np.random.default_rng(9).standard_normal((20, 4)).astype(np.float32)
    assert np.array_equal(net.run(x).output, net.run(x, backend=NUMPY).output)


def test_interventions_rerun_on_the_path_that_made_the_trace(compiled):
    from gate_explorer.engine.intervene import Intervention, run_intervened

    net = _net("lstm", "sigmoid", True, 0, 2, False)
    x = np.random.default_rng(10).standard_normal((120, 4)).astype(np.float32)
    trace = net.run(x, backend=compiled)
    ivs = [Intervention(layer=0, direction=0, step=40, name="f", unit=2, value=0.0)]
    cf_fast = run_intervened(net, trace, ivs, backend=compiled)
    cf_numpy = run_intervened(net, trace, ivs)
    _compare(cf_numpy, cf_fast, TOL)
    for name in net.names:  # rows before the clamp are the compiled trace's own
        assert np.array_equal(cf_fast.values(name, 0)[:40], trace.values(name, 0)[:40])
    after = cf_fast.values("h", 0)[41:]
    assert not np.array_equal(after, cf_numpy.values("h", 0)[41:])  # the kernel re-ran them
    # the steps after the clamp are the compiled loop's, from the clamped state
    h0, c0 = _states(cf_fast, "h", 40), _states(cf_fast, "c", 40)
    tail = net.run(x[41:], h0, c0, backend=compiled)
    np.testing.assert_allclose(tail.values("h", 0), after, rtol=1e-6, atol=1e-6)


def _states(trace, name, step):
    return np.stack([trace.values(name, k)[step] for k in range(trace.num_layers)])


def test_generation_steps_on_the_compiled_path(compiled):
    import itertools

    from gate_explorer.engine.embedding import Embedding
    from gate_explorer.engine.generate import Sampling, write
    from gate_explorer.engine.model import Head, Model
    from gate_explorer.engine.tokenize import Tokenizer

    vocab = ("<unk>", *"abcdefgh ")
    rng = np.random.default_rng(11)
    net = RecurrentNet.random("gru", 6, 8, num_layers=2, rng=11)
    head = Head("next-token", rng.normal(0, 2, (len(vocab), 8)), rng.normal(0, 1, len(vocab)),
                vocab)  # fmt: skip
    emb = Embedding(len(vocab), rng.normal(0, 1, (len(vocab), 6)).astype(np.float32))
    model = Model("tiny", net, Tokenizer("char", vocab), emb, head)
    run = model.run_text("abc", backend=compiled)
    ref = model.run_text("abc")
    _compare(ref.trace, run.trace, TOL)
    got = list(itertools.islice(write(model, run.trace, Sampling(1.0, 0, 7), backend=compiled), 30))
    text = "abc" + "".join(w.text for w in got)
    whole = model.run_text(text, backend=compiled).trace
    np.testing.assert_allclose(got[-1].trace.h_n, whole.h_n, rtol=1e-5, atol=1e-6)
