"""The training loop: loss falls, gradients stay finite, progress and cancel work."""

import threading

import numpy as np
import pytest

from gate_explorer.errors import GateExplorerError
from gate_explorer.training.loop import Batch, forward_backward, train
from gate_explorer.training.tasks.memory import make_batch


def _copy_batches(rng, steps=12, batch=8):
    """Random chars; the target at each step is the previous char (learnable by all)."""

    def make(step):
        ids = rng.integers(0, 4, size=(steps, batch))
        targets = np.roll(ids, 1, axis=0)
        mask = np.ones((steps, batch), dtype=np.float32)
        mask[0] = 0.0
        return Batch(ids, targets, mask)

    return make


@pytest.mark.parametrize("kind", ["lstm", "gru", "rnn"])
@pytest.mark.parametrize("embedding", ["table", "one-hot"])
def test_loss_falls_and_gradients_stay_finite(kind, embedding, tiny, rng):
    model = tiny(kind, embedding=embedding, layers=2)
    seen = []
    hist = train(
        model,
        _copy_batches(rng),
        100,
        lr=0.03,
        on_step=lambda step, res: seen.append(res.grads),
    )
    assert np.mean(hist.loss[-10:]) < 0.7 * np.mean(hist.loss[:5])
    for grads in seen:
        assert all(np.isfinite(g).all() for g in grads.values())
    assert set(seen[0]) == set(model.params)


def test_regress_head_learns_to_follow_its_input(tiny, rng):
    model = tiny("lstm", head_kind="regress", embedding="numeric")

    def make(step):
        x = rng.normal(size=(10, 8)).astype(np.float32)
        return Batch(x, x, np.ones((10, 8), dtype=np.float32))  # predict the input itself

    hist = train(model, make, 150, lr=0.02)
    assert np.mean(hist.loss[-10:]) < 0.2 * np.mean(hist.loss[:5])


def test_classification_gradient_matches_finite_differences(tiny, rng):
    model = tiny("gru", head_kind="classify", embedding="table")
    model.params = {k: v.astype(np.float64) for k, v in model.params.items()}
    b = make_batch(rng, np.array([2, 3]))
    b.inputs = b.inputs % 4  # only a..d exist in the tiny vocabulary
    b.targets = b.targets % 4  # and its head has 4 classes (the task has 16)
    res = forward_backward(model, b)
    for name in ("weight_hh_l0", "embedding", "head.weight", "bias_ih_l0"):
        p = model.params[name]
        i = tuple(int(rng.integers(s)) for s in p.shape)
        old = p[i]
        p[i] = old + 1e-6
        up = forward_backward(model, b).loss
        p[i] = old - 1e-6
        down = forward_backward(model, b).loss
        p[i] = old
        assert res.grads[name][i] == pytest.approx((up - down) / 2e-6, rel=1e-4, abs=1e-9)


def test_progress_callback_and_cancel(tiny, rng):
    model = tiny("rnn")
    calls = []
    stop = threading.Event()

    def progress(step, total, loss):
        calls.append((step, total, loss))
        if step == 3:
            stop.set()

    hist = train(model, _copy_batches(rng), 50, on_progress=progress, cancel=stop)
    assert hist.cancelled
    assert [c[0] for c in calls] == [1, 2, 3]
    assert all(c[1] == 50 and np.isfinite(c[2]) for c in calls)
    assert len(hist.loss) == 3


def test_carry_starts_from_previous_final_state(tiny, rng):
    model = tiny("lstm")
    make = _copy_batches(rng)
    first = make(0)
    res = forward_backward(model, first)
    second = make(1)
    carried = forward_backward(model, second, res.trace.h_n, res.trace.c_n)
    fresh = forward_backward(model, second)
    assert not np.allclose(carried.trace.output[0], fresh.trace.output[0])
    np.testing.assert_allclose(carried.trace.h0, res.trace.h_n)


def test_nan_loss_is_reported(tiny, rng):
    model = tiny("rnn")
    model.params["head.bias"][:] = np.nan
    with pytest.raises(GateExplorerError, match="NaN"):
        train(model, _copy_batches(rng), 2)


def test_same_seed_same_weights(tiny):
    a, b = tiny("gru", seed=3), tiny("gru", seed=3)
    train(a, _copy_batches(np.random.default_rng(5)), 5)
    train(b, _copy_batches(np.random.default_rng(5)), 5)
    for k in a.params:
        np.testing.assert_array_equal(a.params[k], b.params[k])


@pytest.mark.parametrize(
    ("kind", "variant"),
    [
        ("lstm", {"gate_activation": "hard_sigmoid_keras2"}),
        ("gru", {"gate_activation": "hard_sigmoid_keras3", "reset_after": False}),
    ],
)
def test_a_cell_variant_trains_and_stays_that_variant(kind, variant, rng):
    from gate_explorer.engine.tokenize import Tokenizer
    from gate_explorer.training.trainable import Trainable

    model = Trainable.create(
        kind=kind, tokenizer=Tokenizer("char", tuple("abcd")), head_kind="next-token",
        labels=tuple("abcd"), hidden=8, layers=2, embed_dim=5, rng=np.random.default_rng(0),
        **variant,
    )  # fmt: skip
    hist = train(model, _copy_batches(rng), 100, lr=0.03)
    assert np.mean(hist.loss[-10:]) < 0.7 * np.mean(hist.loss[:5])
    net = model.to_model("v").net
    assert {k: getattr(net, k) for k in variant} == variant
    again = Trainable.from_model(model.to_model("v"))
    assert {k: getattr(again.net(), k) for k in variant} == variant
