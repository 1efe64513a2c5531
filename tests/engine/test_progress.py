"""``RecurrentNet.run(..., progress=...)``: chunked, reported, and bit-identical to a plain run."""

import numpy as np
import pytest

from gate_explorer.engine import stepping
from gate_explorer.engine.net import RecurrentNet


def _assert_same(a, b) -> None:
    np.testing.assert_array_equal(a.output, b.output, strict=True)
    np.testing.assert_array_equal(a.h_n, b.h_n, strict=True)
    if a.c_n is not None:
        np.testing.assert_array_equal(a.c_n, b.c_n, strict=True)
    for la, lb in zip(a.layers, b.layers, strict=True):
        for da, db in zip(la, lb, strict=True):
            assert da.values.keys() == db.values.keys()
            assert da.cache.keys() == db.cache.keys()
            for name in da.values:
                np.testing.assert_array_equal(da.values[name], db.values[name], strict=True)
            for name in da.cache:
                np.testing.assert_array_equal(da.cache[name], db.cache[name], strict=True)


@pytest.mark.parametrize("kind", ["lstm", "gru", "rnn_tanh", "rnn_relu"])
@pytest.mark.parametrize("steps", [0, 1, 255, 256, 257, 511, 513, 1000])
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_chunked_run_equals_plain_run(kind: str, steps: int, dtype) -> None:
    net = RecurrentNet.random(kind, 7, 24, 2, bidirectional=True, rng=1, dtype=dtype)
    x = np.random.default_rng(2).standard_normal((steps, 7)).astype(dtype)
    reports: list[tuple[int, int]] = []
    plain = net.run(x)
    chunked = net.run(x, progress=lambda done, total: reports.append((done, total)))
    _assert_same(plain, chunked)
    total = 2 * 2 * steps
    assert reports[-1] == (total, total)
    assert all(t == total for _, t in reports)
    assert [d for d, _ in reports] == sorted(d for d, _ in reports)


def test_chunked_run_is_exact_batched_with_initial_states_and_projection() -> None:
    net = RecurrentNet.random("lstm", 5, 16, 2, bidirectional=True, proj_size=8, rng=3)
    rng = np.random.default_rng(4)
    x = rng.standard_normal((700, 3, 5)).astype(np.float32)
    h0 = rng.standard_normal((4, 3, 8)).astype(np.float32)
    c0 = rng.standard_normal((4, 3, 16)).astype(np.float32)
    _assert_same(net.run(x, h0, c0), net.run(x, h0, c0, progress=lambda d, t: None))


def test_progress_reports_every_chunk_of_every_layer_and_direction() -> None:
    net = RecurrentNet.random("gru", 4, 8, 2, bidirectional=True, rng=0)
    steps = 2 * stepping.CHUNK + 10  # chunks of 256, 256, 10 per layer and direction
    reports: list[tuple[int, int]] = []
    net.run(np.zeros((steps, 4), np.float32), progress=lambda d, t: reports.append((d, t)))
    total = 4 * steps
    per_pass = [256, 512, steps]
    expected = [(k * steps + d, total) for k in range(4) for d in per_pass] + [(total, total)]
    assert reports == expected
