r"""Interventions: clamp a gate or state at one step and recompute only what follows.

An ``Intervention`` sets ``name`` (a gate or state of the cell: LSTM ``i f g o c h``, GRU
``r z n h``, RNN ``h``) of one unit (or all units, ``unit=None``) to ``value`` at input
position ``step`` of one layer and direction. ``run_intervened`` returns the counterfactual
``Trace``: equal to the original before the intervened step, and from there on what the
network computes with the clamp in place.

Within the intervened step, what depends on the clamped quantity is recomputed by the
cell's equations (the gates themselves depend only on x_t and h_{t-1}, so they stay):

    LSTM  i, f, g or o clamped:  c_t = i_t g_t + f_t c_{t-1},  h_t = o_t tanh(c_t)
          c clamped:             h_t = o_t tanh(c_t)            (with proj_size: W_hr (...))
    GRU   r clamped:             n_t = tanh(W_in x_t + b_in + r_t (W_hn h_{t-1} + b_hn))
          (reset_after=False:    n_t = tanh(W_in x_t + b_in + W_hn (r_t h_{t-1}) + b_hn))
          r, z or n clamped:     h_t = (1 - z_t) n_t + z_t h_{t-1}
    any   h clamped:             nothing else in the step

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
from gate_explorer.engine.net import RecurrentNet
from gate_explorer.engine.stepping import input_part
from gate_explorer.engine.trace import DirectionTrace, Trace
from gate_explorer.errors import GateExplorerError

_MODULES = {"lstm": lstm, "gru": gru, "rnn_tanh": rnn, "rnn_relu": rnn}


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
                f"not an intervention: {d!r}; expected layer, direction, step, name, unit, value"
            ) from exc
        if not math.isfinite(iv.value):
            raise GateExplorerError(f"intervention value {iv.value} is not a finite number")
        return iv


def check(net: RecurrentNet, steps: int, iv: Intervention) -> None:
    """Raise ``GateExplorerError`` unless ``iv`` fits ``net`` and a run of ``steps`` steps."""
    c = net.config
    if iv.name not in net.names:
        raise GateExplorerError(
            f"{net.kind} has no {iv.name!r} to clamp; its gates and states are "
            f"{', '.join(net.names)}"
        )
    if not 0 <= iv.layer < c.num_layers:
        raise GateExplorerError(
            f"layer {iv.layer} does not exist: the network has {c.num_layers} layer(s)"
        )
    if not 0 <= iv.direction < c.num_directions:
        raise GateExplorerError(
            f"direction {iv.direction} does not exist: the network has "
            f"{c.num_directions} direction(s)"
        )
    if not 0 <= iv.step < steps:
        raise GateExplorerError(
            f"step {iv.step} is outside the run: it has {steps} step(s), 0 to {steps - 1}"
        )
    width = c.output_size if iv.name == "h" else c.hidden_size
    if iv.unit is not None and not 0 <= iv.unit < width:
        raise GateExplorerError(
            f"unit {iv.unit} does not exist: {iv.name} has {width} units (0 to {width - 1})"
        )
    if not math.isfinite(float(iv.value)):
        raise GateExplorerError(f"intervention value {iv.value} is not a finite number")


def run_intervened(net: RecurrentNet, trace: Trace, interventions: Iterable[Intervention]) -> Trace:
    """The counterfactual of ``trace`` (from ``net.run``) with ``interventions`` in place.

    Rows before the earliest affected step are the original's (shared, not copied); with
    no interventions the original trace itself is returned.
    """
    ivs = tuple(interventions)
    if not ivs:
        return trace
    if trace.kind != net.kind or trace.num_layers != net.config.num_layers:
        raise GateExplorerError(
            f"the trace is of a {trace.num_layers}-layer {trace.kind}, the network a "
            f"{net.describe()}: intervene with the network that made the trace"
        )
    steps, num_dirs = trace.steps, trace.num_directions
    for iv in ivs:
        check(net, steps, iv)
    layers: list[tuple[DirectionTrace, ...]] = []
    inp = trace.x  # (T, B, F) input of layer k
    changed: tuple[int, int] | None = None  # positions lo..hi of that input that may differ
    for k in range(trace.num_layers):
        dirs, spans = [], []
        for d in range(num_dirs):
            here = [iv for iv in ivs if (iv.layer, iv.direction) == (k, d)]
            starts = [steps - 1 - iv.step if d else iv.step for iv in here]
            if changed is not None:
                starts.append(steps - 1 - changed[1] if d else changed[0])
            if not starts:
                dirs.append(trace.layers[k][d])
                continue
            p0 = min(starts)
            dirs.append(_rerun(net, trace, k, d, inp, here, p0))
            spans.append((0, steps - 1 - p0) if d else (p0, steps - 1))
        layers.append(tuple(dirs))
        changed = (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None
        outs = [dt.values["h"] for dt in dirs]
        inp = outs[0] if len(outs) == 1 else np.concatenate(outs, axis=-1)
    return _assemble(trace, tuple(layers), inp)


def difference(original: Trace, counterfactual: Trace, name: str, layer: int = 0,
               direction: int = 0) -> np.ndarray:  # fmt: skip
    """(T, [B,] W) counterfactual minus original of ``name`` in one layer and direction."""
    return counterfactual.values(name, layer, direction) - original.values(name, layer, direction)


# ---------------------------------------------------------------------- one direction
def _pre_activations(kind: str, seq: np.ndarray, w: Any) -> np.ndarray:
    """(T, B, G*H) x W_ih^T + b in processing order, in the very layout ``forward`` uses."""
    steps, batch = seq.shape[:2]
    if kind == "lstm":
        hid = w.w_in.shape[1] // lstm.GATES
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
    k: int,
    d: int,
    inp: np.ndarray,
    ivs: list[Intervention],
    p0: int,
) -> DirectionTrace:
    """Layer ``k`` direction ``d`` re-run from processing index ``p0`` with ``ivs`` applied."""
    kind, steps = net.kind, trace.steps
    w = net._prepared[k][d]
    seq = inp[::-1] if d else inp
    pre = _pre_activations(kind, seq, w)
    w_id = _identity_input(w)
    orig = trace.layers[k][d]
    flip = (lambda a: a[::-1]) if d else (lambda a: a)
    vals = {n: np.array(flip(v)) for n, v in orig.values.items()}  # processing order, copies
    cache = {n: np.array(flip(v)) for n, v in orig.cache.items()}
    idx = k * trace.num_directions + d
    lstm_kind = kind == "lstm"
    h = vals["h"][p0 - 1] if p0 else trace.h0[idx]
    c = (vals["c"][p0 - 1] if p0 else trace.c0[idx]) if lstm_kind else None
    by_step: dict[int, list[Intervention]] = {}
    for iv in ivs:
        by_step.setdefault(steps - 1 - iv.step if d else iv.step, []).append(iv)

    def run(lo: int, hi: int) -> None:
        args = (pre[lo:hi], w_id, h, c) if lstm_kind else (pre[lo:hi], w_id, h)
        v, ca = _MODULES[kind].forward(*args)
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
        _clamp_step(w, kind, row, cache_row, pre[q], h, c, by_step[q])
        h, c = vals["h"][q], vals["c"][q] if lstm_kind else None
        p = q + 1
    if p < steps:
        run(p, steps)
    return DirectionTrace({n: flip(v) for n, v in vals.items()},
                          {n: flip(v) for n, v in cache.items()})  # fmt: skip


def _set(row: dict[str, np.ndarray], ivs: list[Intervention], name: str) -> bool:
    """Apply the clamps on ``name`` in list order; True when there was one."""
    hit = False
    for iv in ivs:
        if iv.name == name:
            target = row[name] if iv.unit is None else row[name][..., iv.unit]
            target[...] = iv.value
            hit = True
    return hit


def _clamp_step(
    w: Any,
    kind: str,
    row: dict[str, np.ndarray],
    cache_row: dict[str, np.ndarray],
    pre_row: np.ndarray,
    h_prev: np.ndarray,
    c_prev: np.ndarray | None,
    ivs: list[Intervention],
) -> None:
    """Clamp in ``row`` (B, ·) arrays of one step and recompute what follows in that step.

    The operations are those of the cell's ``forward`` in the same order, so a clamp to
    the value already there changes no bit.
    """
    if kind == "lstm":
        gates = [_set(row, ivs, n) for n in ("i", "f", "g", "o")]
        if any(gates):
            row["c"][...] = row["i"] * row["g"] + row["f"] * c_prev
        cell = _set(row, ivs, "c")
        if any(gates) or cell:
            m = np.tanh(row["c"]) * row["o"]
            if w.w_hr_t is None:
                row["h"][...] = m
            else:
                cache_row["m"][...] = m
                batch = m.shape[0]
                lead = () if batch == 1 else (batch,)  # 1-D for B = 1, as forward does
                row["h"][...] = np.dot(m.reshape(*lead, -1), w.w_hr_t).reshape(batch, -1)
    elif kind == "gru":
        hid = row["h"].shape[-1]
        reset = _set(row, ivs, "r")
        if reset and w.reset_after:
            row["n"][...] = np.tanh(pre_row[:, 2 * hid :] + row["r"] * cache_row["hn"])
        elif reset:
            batch = h_prev.shape[0]
            lead = () if batch == 1 else (batch,)  # 1-D for B = 1, as forward does
            u = (row["r"] * h_prev).reshape(*lead, hid)
            hn = np.dot(u, w.w_hn_t) + w.b_hh[2 * hid :]
            row["n"][...] = np.tanh(pre_row[:, 2 * hid :] + hn.reshape(batch, hid))
        rest = [_set(row, ivs, n) for n in ("z", "n")]
        if reset or any(rest):
            row["h"][...] = (h_prev - row["n"]) * row["z"] + row["n"]
    _set(row, ivs, "h")


def _assemble(trace: Trace, layers: tuple[tuple[DirectionTrace, ...], ...],
              top: np.ndarray) -> Trace:  # fmt: skip
    """A Trace like ``trace`` with new ``layers``; output, h_n and c_n from them."""
    h_n, c_n = [], []
    for dirs in layers:
        for d, dt in enumerate(dirs):
            end = 0 if d else -1
            h_n.append(dt.values["h"][end])
            if trace.c_n is not None:
                c_n.append(dt.values["c"][end])
    output, h_n_arr = top, np.stack(h_n)
    c_n_arr = np.stack(c_n) if c_n else None
    if not trace.batched:
        output, h_n_arr = output[:, 0], h_n_arr[:, 0]
        c_n_arr = None if c_n_arr is None else c_n_arr[:, 0]
    return replace(trace, layers=layers, output=output, h_n=h_n_arr, c_n=c_n_arr)
