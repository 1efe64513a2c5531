"""The optional auxiliary target: its gradient is that of weight x MSE on one output unit."""

import numpy as np
import pytest

from gate_explorer.training.loop import Batch, forward_backward


def _batch(rng, aux_weight):
    ids = rng.integers(0, 4, size=(7, 3))
    mask = np.ones((7, 3), dtype=np.float64)
    aux = rng.choice([-0.8, 0.8], size=(7, 3))
    return Batch(ids, np.roll(ids, 1, axis=0), mask, aux=aux, aux_unit=2, aux_weight=aux_weight)


@pytest.mark.parametrize("kind", ["lstm", "gru"])
def test_aux_gradient_matches_finite_differences(kind, tiny, rng):
    model = tiny(kind, layers=2, hidden=5)
    for k, v in model.params.items():
        model.params[k] = v.astype(np.float64)
    batch = _batch(rng, aux_weight=0.7)
    res = forward_backward(model, batch)
    plain = forward_backward(model, Batch(batch.inputs, batch.targets, batch.mask))
    assert res.loss == plain.loss  # the reported loss is the task's own

    def total(params):
        saved = model.params
        model.params = params
        r = forward_backward(model, Batch(batch.inputs, batch.targets, batch.mask))
        h = r.trace.output[..., 2]
        model.params = saved
        return r.loss + 0.7 * float(np.mean((h - batch.aux) ** 2))

    name = "weight_hh_l0"
    for idx in [(0, 0), (3, 1), (7, 4)]:
        up = {k: v.copy() for k, v in model.params.items()}
        down = {k: v.copy() for k, v in model.params.items()}
        up[name][idx] += 1e-6
        down[name][idx] -= 1e-6
        numeric = (total(up) - total(down)) / 2e-6
        assert res.grads[name][idx] == pytest.approx(numeric, rel=1e-4, abs=1e-8)
    assert not np.allclose(res.grads[name], plain.grads[name])
