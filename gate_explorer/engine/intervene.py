r"""Interventions: clamp a gate or state at one step and recompute only what follows.

An ``Intervention`` sets ``name`` (a gate or state of the cell: LSTM ``i f g o c h``, GRU
``r z n h``, RNN ``h``) of one unit (or all units, ``unit=None``) to ``value`` at input
position ``step`` of one layer and direction. ``run_intervened`` returns the counterfactual
``Trace``: equal to the original before the intervened step, and from there on what the
network computes with the clamp in place.

Within the intervened step, every value that reads a clamped one (the gate table's
``reads``, ``engine.cells``) is recomputed by the cell's ``step`` (``lstm.step``,
``gru.step``, ``rnn.step``: the one readable copy of the equations); the gates read only
x_t and h_{t-1}, so they stay. E.g. an LSTM's f clamped gives a new c and h; a GRU's r
clamped a new n and h; h clamped changes nothing else in the step.

The later steps of that layer and direction then run with the engine's own ``forward``
from the new state, and every direction of the layers above re-runs from the first step
whose input changed. "Later" is in processing order: for the reverse direction of a
bidirectional layer, the steps *before* position t; a bidirectional layer above therefore
re-runs almost whole (its reverse direction reads the changed positions last). Several
interventions compose: layers bottom to top, each direction in its processing order.

Exactness: a clamp to the value already there gives the original trace bit for bit. To
get that, the input part x W_ih^T + b of a layer is computed over the whole sequence in the
same buffer layout as ``forward`` uses, and the steps are then run by ``forward`` on those
pre-activations through an identity input map (x @ I adds only exact zeros), never by
re-multiplying a slice of x (BLAS may round a slice differently). With non-finite weights
a NaN in one pre-activation spreads to its whole step (0 * NaN); such runs are NaN anyway.

Batched traces (T, B, F) work too: a clamp applies to every sequence of the batch. The app
uses single sequences (``trace.batched`` False, B = 1 inside).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from gate_explorer.engine import gru, lstm, rnn
from gate_explorer.engine.backend import NUMPY, Backend, Kernels
from gate_explorer.engine.layers import Pass, assemble, layer_output
from gate_explorer.engine.net import RecurrentNet
from gate_explorer.engine.stepping import input_part
from gate_explorer.engine.trace import DirectionTrace, Trace
from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable


@dataclass(frozen=True)
class Intervention:
    """Set ``name`` of ``unit`` (None: every unit) to ``value`` at position ``step``."""

    layer: int
    direction: int
    step: int
    name: str
    unit: int | None
    value: float

    def describe(self) -> str:
        """E.g. ``f[92] := 0 at step 12 (layer 1)`` (steps and layers counted from 0)."""
        who = f"{self.name}[{self.unit}]" if self.unit is not None else f"all of {self.name}"
        where = f"layer {self.layer}" + (", backward" if self.direction else "")
        return f"{who} := {self.value:g} at step {self.step} ({where})"

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly form (for the session file)."""
        return {
            "layer": self.layer,
            "direction": self.direction,
            "step": self.step,
            "name": self.name,
            "unit": self.unit,
            "value": self.value,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Intervention:
        """Inverse of ``to_dict``; raises ``GateExplorerError`` on a malformed entry."""
        try:
            unit = d.get("unit")
            iv = cls(
                layer=int(d.get("layer", 0)),
                direction=int(d.get("direction", 0)),
                step=int(d["step"]),
                name=str(d["name"]),
                unit=None if unit is None else int(unit),
                value=float(d["value"]),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise GateExplorerError(
                translatable(
                    "not an intervention: {d!r}; expected layer, direction, step, name, unit, value"
                ).format(d=d)
            ) from exc
        if not math.isfinite(iv.value):
            raise GateExplorerError(
                translatable("intervention value {iv_value} is not a finite number").format(
                    iv_value=iv.value
                )
            )
        return iv


def check(net: RecurrentNet, steps: int, iv: Intervention) -> None:
    """Raise ``GateExplorerError`` unless ``iv`` fits ``net`` and a run of ``steps`` steps."""
    c = net.config
    if iv.name not in net.cell.names:
        raise GateExplorerError(
            translatable(
                "{net_kind} has no {iv_name!r} to clamp; its gates and states are {names}"
            ).format(net_kind=net.kind, iv_name=iv.name, names=", ".join(net.cell.names))
        )
    if not 0 <= iv.layer < c.num_layers:
        raise GateExplorerError(
            translatable(
                "layer {layer} does not exist: the network has {num_layers} layer(s)"
            ).format(layer=iv.layer, num_layers=c.num_layers)
        )
    if not 0 <= iv.direction < c.num_directions:
        raise GateExplorerError(
            translatable(
                "direction {direction} does not exist: the network has {num_directions} "
                "direction(s)"
            ).format(direction=iv.direction, num_directions=c.num_directions)
        )
    if not 0 <= iv.step < steps:
        raise GateExplorerError(
            translatable(
                "step {step} is outside the run: it has {steps} step(s), 0 to {steps2}"
            ).format(step=iv.step, steps=steps, steps2=steps - 1)
        )
    width = c.output_size if iv.name == "h" else c.hidden_size
    if iv.unit is not None and not 0 <= iv.unit < width:
        raise GateExplorerError(
            translatable(
                "unit {unit} does not exist: {iv_name} has {width} units (0 to {width2})"
            ).format(unit=iv.unit, iv_name=iv.name, width=width, width2=width - 1)
        )
    if not math.isfinite(float(iv.value)):
        raise GateExplorerError(
            translatable("intervention value {iv_value} is not a finite number").format(
                iv_value=iv.value
            )
        )


def run_intervened(
    net: RecurrentNet,
    trace: Trace,
    interventions: Iterable[Intervention],
    *,
    backend: Backend = NUMPY,
) -> Trace:
    """The counterfactual of ``trace`` (from ``net.run``) with ``interventions`` in place.

    Rows before the earliest affected step are the original's (shared, not copied); with
    no interventions the original trace itself is returned. ``backend``: the engine path
    of the re-run steps, the one that made ``trace`` (so unchanged steps stay bit-equal).
    """
    ivs = tuple(interventions)
    if not ivs:
        return trace
    if (
        trace.cell != net.cell
        or trace.num_layers != net.config.num_layers
        or trace.num_directions != net.config.num_directions
    ):
        raise GateExplorerError(
            translatable(
                "the trace is of a {num_layers}-layer {trace_kind}, the network a {net}: "
                "intervene with the network that made the trace"
            ).format(num_layers=trace.num_layers, trace_kind=trace.kind, net=net.describe())
        )
    steps = trace.steps
    for iv in ivs:
        check(net, steps, iv)
    layers: list[tuple[DirectionTrace, ...]] = []
    inp = trace.x  # (T, B, F) input of layer k
    changed: tuple[int, int] | None = None  # positions lo..hi of that input that may differ
    for layer in net.config.passes():
        dirs, spans = [], []
        for ps in layer:
            here = [iv for iv in ivs if (iv.layer, iv.direction) == (ps.layer, ps.direction)]
            starts = [ps.processing_index(iv.step, steps) for iv in here]
            if changed is not None:  # the first changed position this pass reads
                first = changed[1] if ps.direction else changed[0]
                starts.append(ps.processing_index(first, steps))
            if not starts:
                dirs.append(trace.layers[ps.layer][ps.direction])
                continue
            p0 = min(starts)
            dirs.append(_rerun(net, trace, ps, inp, here, p0, backend.kernels_for(net)))
            ends = ps.processing_index(p0, steps), ps.processing_index(steps - 1, steps)
            spans.append((min(ends), max(ends)))  # positions from p0 on, in processing order
        layers.append(tuple(dirs))
        changed = (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None
        inp = layer_output(dirs)
    return assemble(tuple(layers), trace.cell, trace.x, trace.h0, trace.c0, trace.batched)


def difference(original: Trace, counterfactual: Trace, name: str, layer: int = 0,
               direction: int = 0) -> np.ndarray:  # fmt: skip
    """(T, [B,] W) counterfactual minus original of ``name`` in one layer and direction."""
    return counterfactual.values(name, layer, direction) - original.values(name, layer, direction)


# ---------------------------------------------------------------------- one direction
def _pre_activations(kind: str, seq: np.ndarray, w: Any) -> np.ndarray:
    """(T, B, G*H) x W_ih^T + b in processing order, in the very layout ``forward`` uses."""
    steps, batch = seq.shape[:2]
    if kind == "lstm":
        hid = w.w_in.shape[1] // lstm.BLOCKS
        z = np.empty((steps + 1, batch, 5 * hid), dtype=w.w_in.dtype)
        input_part(seq, w.w_in, out=z.reshape(-1, 5 * hid)[: steps * batch, : 4 * hid])
        return z[:steps, :, : 4 * hid]
    width = w.w_in.shape[1]
    out = np.empty((steps, batch, width), dtype=w.w_in.dtype)
    input_part(seq, w.w_in, out=out.reshape(-1, width))
    return out


def _identity_input(w: Any) -> Any:
    """``w`` with an input map that passes pre-activations through unchanged (exactly)."""
    width = w.w_in.shape[1]
    eye = np.zeros((width + 1, width), dtype=w.w_in.dtype)
    eye[:width] = np.eye(width, dtype=w.w_in.dtype)
    return replace(w, w_in=eye)


def _rerun(
    net: RecurrentNet,
    trace: Trace,
    ps: Pass,
    inp: np.ndarray,
    ivs: list[Intervention],
    p0: int,
    kernel: Kernels | None = None,
) -> DirectionTrace:
    """One pass (layer and direction) re-run from processing index ``p0`` with ``ivs``."""
    kind, steps = net.kind, trace.steps
    w = net._prepared[ps.layer][ps.direction]
    pre = _pre_activations(kind, ps.order(inp), w)
    w_id = _identity_input(w)
    orig = trace.layers[ps.layer][ps.direction]
    vals = {n: np.array(ps.order(v)) for n, v in orig.values.items()}  # processing order, copies
    cache = {n: np.array(ps.order(v)) for n, v in orig.cache.items()}
    lstm_kind = kind == "lstm"
    h = vals["h"][p0 - 1] if p0 else trace.h0[ps.index]
    c = (vals["c"][p0 - 1] if p0 else trace.c0[ps.index]) if lstm_kind else None
    by_step: dict[int, list[Intervention]] = {}
    for iv in ivs:
        by_step.setdefault(ps.processing_index(iv.step, steps), []).append(iv)

    def run(lo: int, hi: int) -> None:
        v, ca = net._forward(pre[lo:hi], w_id, h, c, None, kernel)
        for n in vals:
            vals[n][lo:hi] = v[n]
        for n in cache:
            cache[n][lo:hi] = ca[n]

    p = p0
    for q in sorted(by_step):
        if q > p:
            run(p, q)
            h, c = vals["h"][q - 1], vals["c"][q - 1] if lstm_kind else None
        run(q, q + 1)
        row = {n: vals[n][q] for n in vals}  # (B, ·) views into the new trace
        cache_row = {n: a[q] for n, a in cache.items()}
        parts = _parts(net, ps, pre[q], cache_row, h)
        _clamp_step(net, w, parts, row, cache_row, h, c, by_step[q])
        h, c = vals["h"][q], vals["c"][q] if lstm_kind else None
        p = q + 1
    if p < steps:
        run(p, steps)
    return DirectionTrace({n: ps.order(v) for n, v in vals.items()},
                          {n: ps.order(v) for n, v in cache.items()})  # fmt: skip


def _set(row: dict[str, np.ndarray], ivs: list[Intervention], name: str) -> bool:
    """Apply the clamps on ``name`` in list order; True when there was one."""
    hit = False
    for iv in ivs:
        if iv.name == name:
            target = row[name] if iv.unit is None else row[name][..., iv.unit]
            target[...] = iv.value
            hit = True
    return hit


def _parts(
    net: RecurrentNet,
    ps: Pass,
    pre_row: np.ndarray,
    cache_row: dict[str, np.ndarray],
    h_prev: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """(a_x, a_h) of one step in torch's row order, as the cells' ``step`` takes them.

    ``pre_row`` is the forward's own input part (internal layout; un-scaled by 2, a power of
    two, so exactly). The GRU's recurrent n part is the run's (``cache_row["hn"]``), the
    one part a clamp can make ``step`` use; the gates keep the run's values anyway.
    """
    s = ps.suffix
    w_hh = net.params["weight_hh" + s]
    a_h = h_prev @ w_hh.T
    if net.kind == "lstm":  # internal rows i f o g (i f o halved for sigmoid), biases merged
        hid = w_hh.shape[0] // 4
        a_x = np.empty_like(pre_row)
        a_x[:, lstm.internal_order(hid)] = pre_row
        if net.gate_activation == "sigmoid":
            a_x[:, : 2 * hid] *= 2
            a_x[:, 3 * hid :] *= 2
        return a_x, a_h
    if net.kind == "gru":
        hid = w_hh.shape[0] // 3
        a_x = np.array(pre_row)
        if net.gate_activation == "sigmoid":
            a_x[:, : 2 * hid] *= 2
        a_h = a_h + net.params["bias_hh" + s]
        if "hn" in cache_row:
            a_h[:, 2 * hid :] = cache_row["hn"]
        return a_x, a_h
    return pre_row, a_h  # RNN: both biases in the input part


def _clamp_step(
    net: RecurrentNet,
    w: Any,
    parts: tuple[np.ndarray, np.ndarray],
    row: dict[str, np.ndarray],
    cache_row: dict[str, np.ndarray],
    h_prev: np.ndarray,
    c_prev: np.ndarray | None,
    ivs: list[Intervention],
) -> None:
    """Clamp in ``row`` (B, ·) arrays of one step and recompute what follows in that step.

    The equations are the cell's ``step`` (``lstm.step`` ...). A value that reads nothing
    clamped (the cell table's ``reads``) keeps the run's own; the others are recomputed by
    ``step``, whose operations are those of the fused ``forward``, so a clamp to the value
    already there changes no bit.
    """
    table = net.cell
    touched: set[str] = set()

    def fix(name: str, computed: np.ndarray) -> np.ndarray:
        target = row[name] if name in row else cache_row[name]  # m lives in the cache
        reads = table[name if name != "m" else "h"].reads
        if touched.intersection(reads):
            target[...] = computed
            touched.add(name)
        if _set({name: target}, ivs, name):
            touched.add(name)
        return target

    a_x, a_h = parts
    if net.kind == "lstm":
        lstm.step(a_x, a_h, c_prev, gate=net.gate_activation, w_hr_t=w.w_hr_t, fix=fix)
    elif net.kind == "gru":
        hid = h_prev.shape[-1]
        gru.step(a_x, a_h, h_prev, gate=net.gate_activation, reset_after=net.reset_after,
                 w_hn_t=w.w_hn_t, b_hn=w.b_hh[2 * hid :], fix=fix)  # fmt: skip
    else:
        rnn.step(a_x, a_h, relu=net.kind == "rnn_relu", fix=fix)
