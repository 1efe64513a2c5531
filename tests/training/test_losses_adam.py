"""Losses, Adam and clipping against finite differences and hand-computed updates."""

import numpy as np
import pytest

from gate_explorer.training.adam import Adam, clip_global_norm, global_norm
from gate_explorer.training.losses import accuracy, cross_entropy, mse


def _numeric_grad(f, x, eps=1e-6):
    g = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        old = x[i]
        x[i] = old + eps
        up = f(x)
        x[i] = old - eps
        down = f(x)
        x[i] = old
        g[i] = (up - down) / (2 * eps)
    return g


def test_cross_entropy_gradient_matches_finite_differences(rng):
    logits = rng.normal(size=(3, 2, 5))
    targets = rng.integers(0, 5, size=(3, 2))
    mask = np.array([[1, 0], [1, 1], [0, 1]], dtype=float)
    loss, grad = cross_entropy(logits.copy(), targets, mask)
    num = _numeric_grad(lambda x: cross_entropy(x, targets, mask)[0], logits.copy())
    np.testing.assert_allclose(grad, num, atol=1e-7)
    assert grad[0, 1].tolist() == [0.0] * 5  # masked out
    p = np.exp(logits[1, 0]) / np.exp(logits[1, 0]).sum()
    assert loss == pytest.approx(
        np.mean(
            [
                -np.log(np.exp(logits[t, b, targets[t, b]]) / np.exp(logits[t, b]).sum())
                for t, b in [(0, 0), (1, 0), (1, 1), (2, 1)]
            ]
        )
    )
    assert p.sum() == pytest.approx(1.0)


def test_cross_entropy_is_stable_for_huge_logits():
    loss, grad = cross_entropy(np.array([[1e4, -1e4]]), np.array([1]))
    assert np.isfinite(loss)
    assert np.isfinite(grad).all()


def test_mse_and_accuracy(rng):
    pred, target = rng.normal(size=(4, 3)), rng.normal(size=(4, 3))
    loss, grad = mse(pred.copy(), target)
    assert loss == pytest.approx(np.mean((pred - target) ** 2))
    num = _numeric_grad(lambda x: mse(x, target)[0], pred.copy())
    np.testing.assert_allclose(grad, num, atol=1e-7)
    logits = np.array([[0.0, 1.0], [2.0, 0.0]])
    assert accuracy(logits, np.array([1, 1])) == 0.5
    assert accuracy(logits, np.array([1, 1]), np.array([1.0, 0.0])) == 1.0


def test_clip_global_norm_scales_all_gradients_together():
    grads = {"a": np.array([3.0, 0.0]), "b": np.array([[4.0]])}
    before = clip_global_norm(grads, 1.0)
    assert before == pytest.approx(5.0)
    assert global_norm(grads) == pytest.approx(1.0, rel=1e-5)
    np.testing.assert_allclose(grads["a"] / grads["b"][0], [0.75, 0.0])
    small = {"a": np.array([0.1])}
    clip_global_norm(small, 1.0)
    assert small["a"][0] == 0.1


def test_adam_first_steps_match_the_formula():
    p = {"w": np.array([1.0, -2.0])}
    opt = Adam(lr=0.1)
    g = np.array([0.5, -4.0])
    opt.step(p, {"w": g})
    # first step: m_hat = g, v_hat = g^2 -> update = lr * sign(g)
    np.testing.assert_allclose(p["w"], [0.9, -1.9], atol=1e-6)
    opt.step(p, {"w": g})
    np.testing.assert_allclose(p["w"], [0.8, -1.8], atol=1e-6)


def test_adam_minimises_a_quadratic():
    p = {"w": np.array([3.0, -5.0])}
    opt = Adam(lr=0.1)
    for _ in range(500):
        opt.step(p, {"w": 2 * p["w"]})
    assert np.abs(p["w"]).max() < 1e-2


@pytest.mark.torch
def test_adam_matches_torch(rng):
    torch = pytest.importorskip("torch")
    w0 = rng.normal(size=(3, 4))
    grads = [rng.normal(size=(3, 4)) for _ in range(5)]
    p = {"w": w0.copy()}
    opt = Adam(lr=0.01)
    tw = torch.tensor(w0.copy(), requires_grad=True)
    topt = torch.optim.Adam([tw], lr=0.01)
    for g in grads:
        opt.step(p, {"w": g})
        tw.grad = torch.tensor(g)
        topt.step()
    np.testing.assert_allclose(p["w"], tw.detach().numpy(), atol=1e-10)
