"""The engine against torch on many random shapes (float64, 1e-9): needs torch."""

import numpy as np
import pytest

pytestmark = pytest.mark.torch

KINDS = ("lstm", "gru", "rnn_tanh", "rnn_relu")


def random_spec(seed: int) -> tuple:
    """A random case: kind, layers 1-3, directions, sizes, batched or not, h0/c0 or not."""
    rng = np.random.default_rng(seed)
    kind = KINDS[seed % 4]
    hidden = int(rng.integers(1, 7))
    proj = (
        int(rng.integers(1, hidden)) if kind == "lstm" and hidden > 1 and rng.random() < 0.4 else 0
    )
    return (
        kind,
        int(rng.integers(1, 4)),
        bool(rng.integers(2)),
        int(rng.integers(1, 6)),
        hidden,
        proj,
        int(rng.integers(1, 7)),
        int(rng.integers(0, 4)),  # 0 = unbatched
        bool(rng.integers(2)),
        bool(rng.integers(2)) and kind == "lstm",
    )


@pytest.mark.parametrize("seed", range(48))
def test_random_case_matches_torch(seed, oracle, check_case):
    pytest.importorskip("torch")
    spec = random_spec(seed)
    arrays = oracle.make_inputs(spec, np.random.default_rng(1000 + seed))
    check_case(arrays, oracle.reference(arrays, spec), spec)


def test_random_cases_cover_the_options():
    specs = [random_spec(s) for s in range(48)]
    assert {s[0] for s in specs} == set(KINDS)
    assert {s[1] for s in specs} == {1, 2, 3}
    assert {s[2] for s in specs} == {False, True}
    assert any(s[5] for s in specs)
    assert any(s[7] == 0 for s in specs)
    assert any(s[7] > 1 for s in specs)
    assert any(s[8] for s in specs)
    assert any(s[9] for s in specs)


@pytest.mark.filterwarnings("ignore:LSTM with projections:UserWarning")
def test_float32_weights_compute_in_float32():
    torch = pytest.importorskip("torch")
    torch.manual_seed(0)
    from gate_explorer import engine

    mod = torch.nn.LSTM(3, 5, num_layers=2, bidirectional=True, proj_size=2)
    sd = {k: v.detach().numpy() for k, v in mod.state_dict().items()}
    net = engine.RecurrentNet.from_state_dict("lstm", sd)
    x = np.random.default_rng(0).normal(size=(6, 2, 3)).astype(np.float32)
    tr = net.run(x)
    with torch.no_grad():
        out, (_, c_n) = mod(torch.from_numpy(x))
    assert tr.output.dtype == np.float32
    np.testing.assert_allclose(tr.output, out.numpy(), rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(tr.c_n, c_n.numpy(), rtol=1e-5, atol=1e-6)
