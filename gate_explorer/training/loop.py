"""The training loop: forward with the engine, loss on the head, BPTT, clip, Adam.

One ``Batch`` is a (T, B) block of inputs with targets and a mask of the positions that
count: every step for next-token loss, the last step for classification. With
``carry=True`` the final states of the previous batch start this one (truncated BPTT:
state flows across chunks, gradients do not).
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from gate_explorer.engine.backward import Gradients
from gate_explorer.engine.trace import Trace
from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable
from gate_explorer.training.adam import Adam, clip_global_norm
from gate_explorer.training.checkpoint import Checkpoint
from gate_explorer.training.losses import cross_entropy, mse
from gate_explorer.training.trainable import Trainable

ProgressFn = Callable[[int, int, float], None]


@dataclass
class Batch:
    """``inputs`` (T, B) ids (or values for numeric input), ``targets`` (T, B) class ids
    (or values for a regress head), ``mask`` (T, B) 0/1; ``carry`` keeps the state.

    ``aux`` (T, B), optional: an auxiliary target for output unit ``aux_unit`` (the top
    layer's h), pulled towards it by ``aux_weight`` x mean squared error; only the
    gradients see it, the reported loss stays the task's own.
    """

    inputs: np.ndarray
    targets: np.ndarray
    mask: np.ndarray
    carry: bool = False
    aux: np.ndarray | None = None
    aux_unit: int = 0
    aux_weight: float = 0.0


@dataclass
class StepResult:
    """What one forward/backward pass gives: loss, gradients, the trace and logits.

    ``grads`` are the trainable's (flat, its parameter names); ``gradients`` the network's
    ``Gradients`` record, with the per-step state gradients (``gradients.state("h", k, d)``).
    """

    loss: float
    grads: dict[str, np.ndarray]
    trace: Trace
    logits: np.ndarray
    gradients: Gradients


@dataclass
class History:
    """Loss per step, gradient norm before clipping, wall time; ``cancelled`` if stopped."""

    loss: list[float] = field(default_factory=list)
    grad_norm: list[float] = field(default_factory=list)
    seconds: float = 0.0
    tokens: int = 0
    cancelled: bool = False

    def curve(self, points: int = 50) -> list[list[float]]:
        """[[step, mean loss], ...]: the loss averaged over ``points`` equal windows."""
        n = len(self.loss)
        if not n:
            return []
        edges = np.linspace(0, n, min(points, n) + 1).astype(int)
        return [
            [int(b), round(float(np.mean(self.loss[a:b])), 5)] for a, b in itertools.pairwise(edges)
        ]


def forward_backward(model: Trainable, batch: Batch, h0: Any = None, c0: Any = None) -> StepResult:
    """Loss and dL/d(every parameter) for one batch, via ``RecurrentNet.gradients``."""
    net = model.net()
    x = model.embed(batch.inputs)  # (T, B, F)
    trace = net.run(x, h0, c0)
    out = trace.output  # (T, B, D*H)
    w, b = model.params["head.weight"], model.params["head.bias"]
    logits = out @ w.T + b  # (T, B, C)
    if model.head_kind == "regress":
        loss, d_pred = mse(logits[..., 0], batch.targets.astype(logits.dtype), batch.mask)
        d_logits = d_pred[..., None]
    else:
        loss, d_logits = cross_entropy(logits, batch.targets, batch.mask)
    if not np.isfinite(loss):
        raise GateExplorerError(
            translatable("the loss became NaN or infinite; try a smaller learning rate")
        )
    flat_d = d_logits.reshape(-1, d_logits.shape[-1])
    grads = {
        "head.weight": flat_d.T @ out.reshape(-1, out.shape[-1]),
        "head.bias": flat_d.sum(axis=0),
    }
    d_out = d_logits @ w  # (T, B, D*H)
    if batch.aux is not None and batch.aux_weight:
        u = batch.aux_unit
        err = (out[..., u] - batch.aux) * batch.mask
        d_out[..., u] += batch.aux_weight * 2.0 * err / max(float(batch.mask.sum()), 1.0)
    g = net.gradients(trace, d_out)
    grads.update(g.params)
    if model.embedding == "table":
        table = np.zeros_like(model.params["embedding"])
        ids = np.asarray(batch.inputs).reshape(-1)
        d_in = g.input.reshape(-1, table.shape[1])
        keep = ids >= 0
        np.add.at(table, ids[keep], d_in[keep])
        grads["embedding"] = table
    return StepResult(loss, grads, trace, logits, g)


def _is_cancelled(cancel: Any) -> bool:
    if cancel is None:
        return False
    if hasattr(cancel, "is_set"):
        return bool(cancel.is_set())
    return bool(cancel())


def train(
    model: Trainable,
    batches: Callable[[int], Batch] | Iterator[Batch],
    steps: int,
    *,
    lr: float = 3e-3,
    lr_final: float | None = None,
    clip: float = 1.0,
    on_progress: ProgressFn | None = None,
    cancel: Any = None,
    on_step: Callable[[int, StepResult], None] | None = None,
    resume: Checkpoint | None = None,
    on_checkpoint: Callable[[Checkpoint], None] | None = None,
    checkpoint_every: int = 0,
) -> History:
    """Train ``model`` in place for ``steps`` Adam updates and return the ``History``.

    ``batches`` is ``f(step) -> Batch`` or an iterator of batches. The learning rate
    decays linearly from ``lr`` to ``lr_final`` (default: ``lr / 10``) over the run.
    ``on_progress(step, total, loss)`` is called after each step (the GUI's hook);
    ``cancel`` (a ``threading.Event`` or a callable returning True) stops early, keeping
    the weights reached so far. ``on_step(step, result)`` sees each step's full result.

    ``on_checkpoint(ckpt)`` receives a ``Checkpoint`` after every ``checkpoint_every``
    steps (not after the last); ``resume`` continues from one: weights, Adam state,
    carried state and history are restored and the loop goes on at ``resume.step``, so
    the run ends as an uninterrupted one would (given the same ``batches``).
    """
    opt = Adam(lr)
    hist = History()
    lr_final = lr / 10 if lr_final is None else lr_final
    state: tuple[Any, Any] = (None, None)
    first = 0
    if resume is not None:
        missing = sorted(set(model.params) - set(resume.params))
        if missing or resume.step > steps:
            message = (
                translatable(
                    "the checkpoint does not fit this run: it has step {step} of {steps} "
                    "and lacks {names}"
                )
                if missing
                else translatable(
                    "the checkpoint does not fit this run: it has step {step} of {steps}"
                )
            )
            raise GateExplorerError(
                message.format(step=resume.step, steps=steps, names=", ".join(missing))
            )
        for name, value in resume.params.items():
            if name in model.params:
                model.params[name][...] = value
        opt.t = resume.adam_t
        opt.m = {k: np.array(v) for k, v in resume.adam_m.items()}
        opt.v = {k: np.array(v) for k, v in resume.adam_v.items()}
        state = (resume.h, resume.c)
        hist.loss, hist.grad_norm = list(resume.loss), list(resume.grad_norm)
        hist.tokens = resume.tokens
        first = resume.step
    before = resume.seconds if resume is not None else 0.0
    start = time.perf_counter()
    for step in range(first, steps):
        if _is_cancelled(cancel):
            hist.cancelled = True
            break
        batch = batches(step) if callable(batches) else next(batches)
        h0, c0 = state if batch.carry else (None, None)
        res = forward_backward(model, batch, h0, c0)
        state = (res.trace.h_n, res.trace.c_n)
        hist.grad_norm.append(clip_global_norm(res.grads, clip))
        opt.lr = lr + (lr_final - lr) * step / max(steps - 1, 1)
        opt.step(model.params, res.grads)
        hist.loss.append(res.loss)
        hist.tokens += int(np.asarray(batch.inputs).size)
        if on_step is not None:
            on_step(step, res)
        if on_progress is not None:
            on_progress(step + 1, steps, res.loss)
        done = step + 1
        if on_checkpoint is not None and checkpoint_every and done % checkpoint_every == 0:
            if done < steps:
                on_checkpoint(
                    Checkpoint(
                        done,
                        {k: v.copy() for k, v in model.params.items()},
                        opt.t,
                        {k: v.copy() for k, v in opt.m.items()},
                        {k: v.copy() for k, v in opt.v.items()},
                        state[0],
                        state[1],
                        list(hist.loss),
                        list(hist.grad_norm),
                        before + time.perf_counter() - start,
                        hist.tokens,
                    )
                )
    hist.seconds = before + time.perf_counter() - start
    return hist
