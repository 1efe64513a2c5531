"""Gradient flow: how much of the gradient of a loss at one step reaches each earlier step.

``gradient_flow(model, run, t)`` takes a loss at step t (what the head says there), turns
it into dL/d(output) and runs the engine's backprop through time over the recorded trace
(no forward re-run). It returns ||dL/dh_s|| (and ||dL/dc_s|| for an LSTM) for every step s
of every layer and direction: a plain RNN's curve falls by orders of magnitude within a
few dozen steps, an LSTM's cell state carries the gradient much further.

The backward pass runs in float64 (a float64 copy of the weights reading the float32
trace): float32 stops at 1e-45, so a vanishing gradient would read as exactly 0.
Steps whose state cannot change the loss get exactly 0 (see ``DirectionFlow.reach``).
NumPy only.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np

from gate_explorer.engine.model import Model, ModelRun
from gate_explorer.engine.net import RecurrentNet
from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable


@dataclass(frozen=True)
class DirectionFlow:
    """Gradient norms of one layer and direction; index = input position (0-based).

    ``h_norm`` (T,) is ||dL/dh_s||, ``c_norm`` (T,) ||dL/dc_s|| for an LSTM (else None).
    ``reach`` (T,) bool marks the steps whose state can change the loss at all; elsewhere
    the norms are exactly 0 (e.g. the steps after the target in a one-way network).
    """

    layer: int
    direction: int
    h_norm: np.ndarray
    c_norm: np.ndarray | None
    reach: np.ndarray

    @property
    def start(self) -> int:
        """Where this direction starts reading: step 0, or the last step when reversed."""
        return len(self.h_norm) - 1 if self.direction else 0


@dataclass(frozen=True)
class GradientFlow:
    """Per-step gradient norms of one loss, for every layer and direction.

    ``target`` is the 0-based step of the loss; ``description`` says what the loss is in
    one line (steps counted from 1, as the window shows them), ``loss_name`` in a few words
    (e.g. ``−log p('b')``) and ``loss_note`` where it comes from (e.g. ``'b' being the
    predicted class``); ``loss`` is its value. ``layers[k][d]`` is the
    ``DirectionFlow`` of layer k, direction d.
    """

    target: int
    steps: int
    kind: str
    description: str
    loss: float
    layers: tuple[tuple[DirectionFlow, ...], ...]
    loss_name: str = ""
    loss_note: str = ""

    def flow(self, layer: int = 0, direction: int = 0) -> DirectionFlow:
        """The norms of one layer and direction, with a clear error when out of range."""
        if not 0 <= layer < len(self.layers) or not 0 <= direction < len(self.layers[layer]):
            raise GateExplorerError(
                translatable(
                    "layer {layer} direction {direction} does not exist: the network has "
                    "{n_layers} layer(s) and {n_layers2} direction(s)"
                ).format(
                    layer=layer,
                    direction=direction,
                    n_layers=len(self.layers),
                    n_layers2=len(self.layers[0]),
                )
            )
        return self.layers[layer][direction]

    def series(self) -> Iterator[tuple[str, int, int, np.ndarray]]:
        """``("dh_norm", layer, direction, (T, 1))`` and ``("dc_norm", ...)``, layers
        bottom-up: what ``export.data`` writes (as ``Gradients.series`` for the vectors)."""
        for dirs in self.layers:
            for f in dirs:
                yield "dh_norm", f.layer, f.direction, f.h_norm.reshape(-1, 1)
                if f.c_norm is not None:
                    yield "dc_norm", f.layer, f.direction, f.c_norm.reshape(-1, 1)


@dataclass(frozen=True)
class Loss:
    """A loss at one step: its value, dL/d(output_t) (D*H_out,), ``name`` in a few words,
    ``note`` on where it comes from and the one-line ``description`` of both."""

    value: float
    d_output: np.ndarray
    name: str
    note: str
    description: str


def _quoted(text: str) -> str:
    return "'" + text.replace("\n", "\\n").replace("\t", "\\t") + "'"


def step_loss(model: Model, run: ModelRun, target: int) -> Loss:
    """The loss at step ``target`` (0-based) and its gradient w.r.t. the top layer's output.

    next-token: -log p(true next token), or of the top guess at the last step (or when the
    next token is unknown); classify: -log p(predicted class); regress: the prediction
    itself; no head: the sum of the top layer's output. A sigmoid head's p is per output
    (one output: p of class 1, or 1 - p when class 0 is predicted). Computed in float64.
    """
    out = np.asarray(run.trace.output[target], dtype=np.float64)  # (D*H_out,)
    n = target + 1  # as the window counts steps
    head = model.head
    if head is None:
        name = translatable("the sum of the top layer's output")
        note = translatable("the model has no readout head")
        desc = f"{name} at step {n} ({note})"
        return Loss(float(out.sum()), np.ones_like(out), name, note, desc)
    w = np.asarray(head.weight, dtype=np.float64)  # (C, D*H_out)
    logits = w @ out + np.asarray(head.bias, dtype=np.float64)
    if head.kind == "regress":
        name = translatable("the predicted value")
        return Loss(float(logits[0]), w[0].copy(), name, "", f"{name} at step {n}")
    if head.activation == "sigmoid":
        return _sigmoid_loss(head, model, logits, w, n)
    z = logits - logits.max()
    log_p = z - np.log(np.exp(z).sum())  # log softmax, (C,)
    p = np.exp(log_p)
    labels = head.labels or tuple(model.vocab)
    best = int(np.argmax(p))
    if head.kind == "next-token":
        nxt = run.tokens[target + 1] if target + 1 < len(run.tokens) else None
        if nxt is not None and 0 <= nxt.id < len(p):
            y, why = nxt.id, translatable("the true next token")
        elif nxt is not None:
            y, why = (
                best,
                translatable(
                    "the model's top guess (the true next token is not in its vocabulary)"
                ),
            )
        else:
            y, why = (
                best,
                translatable("the model's top guess (the text ends here: nothing comes next)"),
            )
    else:
        y, why = best, translatable("the predicted class")
    label = labels[y] if y < len(labels) else str(y)
    d_logits = p.copy()
    d_logits[y] -= 1.0  # d(-log p_y)/d logits = softmax - onehot
    name = f"−log p({_quoted(label)})"
    note = translatable("{label} being {why}").format(label=_quoted(label), why=why)
    return Loss(float(-log_p[y]), d_logits @ w, name, note, f"{name} at step {n}, {note}")


def _sigmoid_loss(head: Any, model: Model, logits: np.ndarray, w: np.ndarray, n: int) -> Loss:
    """-log p of the predicted class of a sigmoid head (per-output probabilities)."""
    p = 1.0 / (1.0 + np.exp(-logits))
    labels = head.labels or tuple(model.vocab)
    d_logits = np.zeros_like(p)
    if len(p) == 1:  # binary: class 1 with p, class 0 with 1 - p
        one = bool(p[0] >= 0.5)
        label = labels[0] if one else translatable("not {label}").format(label=labels[0])
        loss = -np.log(p[0] if one else 1.0 - p[0])
        d_logits[0] = p[0] - (1.0 if one else 0.0)
    else:
        y = int(np.argmax(p))
        label = labels[y] if y < len(labels) else str(y)
        loss, d_logits[y] = -np.log(p[y]), p[y] - 1.0  # d(-log sigmoid(a))/da = p - 1
    note = translatable("{label} being the predicted class").format(label=_quoted(label))
    name = f"−log p({_quoted(label)})"
    return Loss(float(loss), d_logits @ w, name, note, f"{name} at step {n}, {note}")


def _reach(steps: int, target: int, layer: int, direction: int, layers: int, bi: bool):
    """(T,) bool: the steps whose state in (layer, direction) feeds the output at ``target``.

    One-way nets: s <= target. Bidirectional: in the top layer forward s <= target and
    reverse s >= target; a lower layer feeds both directions above, so every step counts.
    """
    s = np.arange(steps)
    if bi and layer < layers - 1:
        return np.ones(steps, dtype=bool)
    return s >= target if direction else s <= target


def float64_net(net: RecurrentNet) -> RecurrentNet:
    """The same network with float64 weights (so tiny gradients do not underflow)."""
    if net.dtype == np.float64:
        return net
    return net.with_params({k: v.astype(np.float64) for k, v in net.params.items()})


def gradient_flow(
    model: Model,
    run: ModelRun,
    target_step: int | None = None,
    *,
    net: RecurrentNet | None = None,
) -> GradientFlow:
    """||dL/dh_s|| (and ||dL/dc_s||) for every step s, L = ``step_loss`` at ``target_step``.

    ``target_step`` defaults to the last step. ``run`` is an unbatched run of ``model``;
    its trace is read, not recomputed. ``net`` is the network to backprop with (default: a
    float64 copy of ``model.net``; pass one to reuse it, or ``model.net`` for its dtype).
    Raises ``GateExplorerError`` for an empty run, a step out of range or non-finite values.
    """
    trace = run.trace
    steps = trace.steps
    if trace.batched:
        raise GateExplorerError(
            translatable("gradient flow needs an unbatched run (one text), found a batch")
        )
    if steps == 0:
        raise GateExplorerError(translatable("no steps: type some text to see the gradient flow"))
    target = steps - 1 if target_step is None else int(target_step)
    if not 0 <= target < steps:
        raise GateExplorerError(
            translatable("step {target} does not exist: the run has {steps} step(s)").format(
                target=target, steps=steps
            )
        )
    loss = step_loss(model, run, target)
    if not np.isfinite(loss.d_output).all():
        raise GateExplorerError(
            translatable(
                "the loss at step {target} is not finite (the weights or the run hold NaN "
                "or inf), so there is no gradient to show"
            ).format(target=target + 1)
        )
    d_out = np.zeros(trace.output.shape, dtype=np.float64)  # (T, D*H_out)
    d_out[target] = loss.d_output
    grads = (net or float64_net(model.net)).gradients(trace, d_out)
    cfg = model.net.config
    layers = []
    for k in range(cfg.num_layers):
        dirs = []
        for d in range(cfg.num_directions):
            h = np.linalg.norm(np.asarray(grads.h[k][d], dtype=np.float64), axis=-1)
            c = None if grads.c is None else grads.c[k][d]
            c = None if c is None else np.linalg.norm(np.asarray(c, dtype=np.float64), axis=-1)
            if not np.isfinite(h).all() or (c is not None and not np.isfinite(c).all()):
                raise GateExplorerError(
                    translatable(
                        "the gradient is not finite (NaN or inf in the weights or the run)"
                    )
                )
            reach = _reach(steps, target, k, d, cfg.num_layers, cfg.bidirectional)
            dirs.append(DirectionFlow(k, d, h, c, reach))
        layers.append(tuple(dirs))
    return GradientFlow(
        target, steps, cfg.kind, loss.description, loss.value, tuple(layers), loss.name, loss.note
    )


def reach_ratio(flow: DirectionFlow, target: int, name: str = "h") -> tuple[int, float]:
    """(step, ratio): the norm where the direction starts reading over the norm at ``target``.

    "How much reaches the start": step 0 for a forward direction, the last step for a
    reverse one (its gradient flows toward the end of the text). NaN when the norm at the
    target is 0 or the start is out of reach; ``name`` is ``'h'`` or ``'c'`` (LSTM).
    """
    norms: Any = flow.h_norm if name == "h" else flow.c_norm
    if norms is None:
        raise GateExplorerError(
            translatable("no {name!r} gradient: only an LSTM has a cell state").format(name=name)
        )
    start = flow.start
    at = float(norms[target])
    if at <= 0 or not flow.reach[start]:
        return start, float("nan")
    return start, float(norms[start]) / at
