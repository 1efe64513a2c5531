"""The equations of one unit at one step, with the trace's numbers filled in.

E.g. for an LSTM cell state: ``c = f*c_prev + i*g = 0.930*0.410 + 0.200*0.770 = 0.535``.
Every value comes from the ``Trace``; with the network's parameters (``RecurrentNet.params``)
the pre-activations are split into input, recurrent and bias parts (one dot product per
line, for this one unit), without them they are recovered from the gate value. NumPy only.

"Previous" means the step processed just before: t-1 forward, t+1 in the reverse
direction, and the initial state (``trace.h0``/``c0``) at the start of either.

The cell variant comes from the trace (``trace.gate_activation``: σ or a hard sigmoid hσ,
defined in a note; ``trace.reset_after``: where the GRU's reset gate acts).
"""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from gate_explorer.engine import activations, gru, lstm, rnn
from gate_explorer.engine.net import suffix
from gate_explorer.engine.trace import Trace
from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable

SIGMA = "σ"
GATE_LEGEND = translatable("gates: {sigma} or tanh(W_i·x + W_h·h_prev + b)").format(sigma=SIGMA)


def fmt(value: float) -> str:
    """A number as the panel shows it: 3 decimals (1 from 100 up), ``NaN``, ``inf``."""
    v = float(value)
    if math.isnan(v):
        return "NaN"
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    text = f"{v:.1f}" if abs(v) >= 100 else f"{v:.3f}"
    return "0.000" if text == "-0.000" else text


def _factor(value: float) -> str:
    """A number as a factor of a product: negatives in parentheses."""
    text = fmt(value)
    return f"({text})" if text.startswith("-") else text


def _sum(values: Sequence[float]) -> str:
    """``0.512 - 1.203 + 0.330``: a sum written with its signs."""
    out = fmt(values[0])
    for v in values[1:]:
        text = fmt(v)
        out += f" - {text[1:]}" if text.startswith("-") else f" + {text}"
    return out


@dataclass(frozen=True)
class Line:
    """One equation: ``name = formula = steps[0] = ... = value``.

    ``value`` is the trace's; ``operands`` the numbers put into the formula, by the names
    the formula uses (e.g. ``{"f": .., "c_prev": .., "i": .., "g": ..}``).
    """

    name: str
    formula: str
    steps: tuple[str, ...]
    value: float
    operands: Mapping[str, float] = field(default_factory=dict)
    key: bool = False  # the state update lines (c, h), shown in bold
    gate: bool = False  # a gate act(W_i·x + W_h·h_prev + b): one row in the HTML form

    def text(self) -> str:
        return " = ".join((self.name, self.formula, *self.steps, fmt(self.value)))


@dataclass(frozen=True)
class UnitEquations:
    """The equations of ``unit`` of one layer/direction at ``step``, in update order."""

    kind: str
    layer: int
    direction: int
    step: int
    unit: int
    prev: str  # what "prev" stands for here, e.g. "step 4" or "the initial state"
    lines: tuple[Line, ...]
    notes: tuple[str, ...] = ()
    legend: str = GATE_LEGEND  # the row above the gate lines in the HTML form

    def line(self, name: str) -> Line:
        """The line that computes ``name``."""
        for line in self.lines:
            if line.name == name:
                return line
        raise KeyError(name)

    def title(self) -> str:
        """E.g. ``unit 5, step 31, layer 1 reverse; prev = step 32`` (steps from 1)."""
        if self.direction:
            text = translatable("unit {unit}, step {step}, layer {layer} reverse; prev = {prev}")
        else:
            text = translatable("unit {unit}, step {step}, layer {layer}; prev = {prev}")
        return text.format(unit=self.unit, step=self.step + 1, layer=self.layer + 1, prev=self.prev)

    def shown(self) -> tuple[Line, ...]:
        """The lines in reading order: the state updates (the answer) first, then the gates
        and the candidate they use, in update order."""
        return tuple(ln for ln in self.lines if ln.key) + tuple(
            ln for ln in self.lines if not ln.key
        )

    def text(self) -> str:
        """Plain text, one equation per line, in ``shown`` order."""
        return "\n".join([self.title(), *(ln.text() for ln in self.shown()), *self.notes])

    def html(self, tr: Callable[[str], str] = str, char_px: float = 7.0) -> str:
        """Rich text, monospace, in ``shown`` order: state updates (bold) as the formula,
        then ``= numbers`` on the next line; gates one line each under a legend of their
        formula. Each line hangs its wrapped part under the formula (``char_px``: the width
        of one character of the monospace font, which the name column is measured in:
        paragraphs with a hanging indent lay out in half the time of a table, and the panel
        is laid out on every step). ``tr`` translates the prose (title, legend, notes:
        marked with ``translatable``); the window passes its own."""
        shown = self.shown()
        width = max((len(ln.name) for ln in shown), default=1) + 1
        indent = round(width * char_px)

        def row(name: str, body: str, style: str = "") -> str:
            pad = html.escape(name) + "&nbsp;" * (width - len(name))
            return (
                f"<p style='margin:0; margin-left:{indent}px; text-indent:-{indent}px; {style}'>"
                f"{pad}{html.escape(body)}</p>"
            )

        rows = []
        for ln in shown:
            nums = "= " + " = ".join((*ln.steps, fmt(ln.value)))
            if ln.gate:
                legend = tr(self.legend)
                if not any(html.escape(legend) in r for r in rows):
                    rows.append(row("", legend, "color:#777"))
                rows.append(row(ln.name, nums))
                continue
            bold = "font-weight:600" if ln.key else ""
            rows.append(row(ln.name, f"= {ln.formula}", bold))
            rows.append(row("", nums, bold))
        notes = "<br>".join(html.escape(tr(n)) for n in self.notes)
        return (
            f"<div style='color:#555'>{html.escape(tr(self.title()))}</div>"
            f"{''.join(rows)}"
            f"<div style='color:#777'>{notes}</div>"
        )


def _row(trace: Trace, name: str, layer: int, direction: int) -> np.ndarray:
    """(T, ·) values of batch element 0."""
    return trace.layer(layer, direction).values[name][:, 0]


def previous_state(trace: Trace, name: str, layer: int, direction: int, step: int) -> np.ndarray:
    """The state ``name`` (``h`` or ``c``) that the step ``step`` reads: (H,) of batch 0.

    t-1 forward, t+1 in reverse; the initial state at the first step processed.
    """
    steps = trace.steps
    prev = step + 1 if direction else step - 1
    if 0 <= prev < steps:
        return _row(trace, name, layer, direction)[prev]
    init = trace.h0 if name == "h" else trace.c0
    if init is None:
        raise GateExplorerError(
            translatable("{trace_kind} has no initial {name}").format(
                trace_kind=trace.kind, name=name
            )
        )
    return init[layer * trace.num_directions + direction, 0]


def previous_label(trace: Trace, direction: int, step: int) -> str:
    """What ``previous_state`` returns, in words: ``"step 4"`` or ``"the initial state"``.

    Steps are counted from 1 in words, as the stepper shows them (index 3 is ``"step 4"``).
    """
    prev = step + 1 if direction else step - 1
    if 0 <= prev < trace.steps:
        return translatable("step {k}").format(k=prev + 1)
    return translatable("the initial state")


def layer_input(trace: Trace, layer: int, step: int) -> np.ndarray:
    """(F,) what layer ``layer`` reads at ``step``: x, or the layer below's h (all directions)."""
    if layer == 0:
        return trace.x[step, 0]
    below = [_row(trace, "h", layer - 1, d)[step] for d in range(trace.num_directions)]
    return np.concatenate(below)


def _pre_parts(
    trace: Trace,
    params: Mapping[str, np.ndarray],
    layer: int,
    direction: int,
    step: int,
    row: int,
    reset: np.ndarray | None = None,
) -> tuple[float, float, float, float]:
    """(W_ih·x, W_hh·h_prev, b_ih, b_hh) of one weight row, in float64.

    With ``reset`` (H,), the recurrent part is W_hh·(reset * h_prev) (the GRU's reset-before form).
    """
    s = suffix(layer, direction)
    x = layer_input(trace, layer, step).astype(np.float64)
    h_prev = previous_state(trace, "h", layer, direction, step).astype(np.float64)
    if reset is not None:
        h_prev = reset.astype(np.float64) * h_prev
    w_ih = params["weight_ih" + s][row].astype(np.float64)
    w_hh = params["weight_hh" + s][row].astype(np.float64)
    return (
        float(w_ih @ x),
        float(w_hh @ h_prev),
        float(params["bias_ih" + s][row]),
        float(params["bias_hh" + s][row]),
    )


def _computed(
    trace: Trace,
    params: Mapping[str, np.ndarray],
    layer: int,
    direction: int,
    step: int,
    unit: int,
) -> dict[str, float]:
    """The pre-activations (``a_i`` ... of ``engine.lstm.step`` and the other cells' ``step``)
    of ``unit`` at ``step``, in float64, from the cell's own ``step``.

    Every value the trace holds replaces the computed one as soon as it is computed, so
    each line is worked out from the numbers the panel shows (as the cell reads them).
    Where a unit's pre-activations need only its own weight rows (an LSTM without a
    projection, a GRU of the reset-after form, an RNN), the step runs on those rows alone:
    a step's equations then cost a few dot products, not the whole layer's product.
    """
    s = suffix(layer, direction)
    cell = trace.cell
    values = trace.layer(layer, direction).values
    w_hr = params.get("weight_hr" + s) if trace.kind == "lstm" else None
    alone = w_hr is None and (trace.kind != "gru" or cell.reset_after)
    hidden = values["h"].shape[-1] if trace.kind != "lstm" else values["c"].shape[-1]
    blocks = np.asarray(params["weight_hh" + s]).shape[0] // hidden
    rows = unit + hidden * np.arange(blocks) if alone else slice(None)
    cols = slice(unit, unit + 1) if alone else slice(None)
    p = {k: np.asarray(params[k + s][rows], dtype=np.float64)
         for k in ("weight_ih", "weight_hh", "bias_ih", "bias_hh")}  # fmt: skip
    x = layer_input(trace, layer, step).astype(np.float64)[None]
    h_prev = previous_state(trace, "h", layer, direction, step).astype(np.float64)[None]
    a_x = x @ p["weight_ih"].T + p["bias_ih"]
    a_h = h_prev @ p["weight_hh"].T + p["bias_hh"]

    def fix(name: str, value: np.ndarray) -> np.ndarray:
        return values[name][step, :1, cols].astype(np.float64) if name in values else value

    if trace.kind == "lstm":
        c_prev = previous_state(trace, "c", layer, direction, step).astype(np.float64)[None]
        w_hr_t = None if w_hr is None else np.asarray(w_hr, dtype=np.float64).T
        out = lstm.step(a_x, a_h, c_prev[:, cols], gate=cell.gate_activation, w_hr_t=w_hr_t,
                        fix=fix)  # fmt: skip
    elif trace.kind == "gru":
        # the reset-before form reads W_hn and b_hn (the whole layer's rows: not ``alone``)
        n_rows = cell.rows("n", h_prev.shape[-1])
        before = not cell.reset_after
        out = gru.step(a_x, a_h, h_prev[:, cols], gate=cell.gate_activation,
                       reset_after=cell.reset_after,
                       w_hn_t=p["weight_hh"][n_rows].T if before else None,
                       b_hn=p["bias_hh"][n_rows] if before else None, fix=fix)  # fmt: skip
    else:
        out = rnn.step(a_x, a_h, relu=trace.kind == "rnn_relu", fix=fix)
    at = 0 if alone else unit
    return {k: float(v[0, at]) for k, v in out.items() if k.startswith("a_")}


def _inverse(act: str, value: float) -> float:
    """The pre-activation that gives ``value`` (inf when saturated to float precision).

    ``act`` is ``tanh`` or a gate activation (``engine.activations.GATE_ACTIVATIONS``).
    """
    if act != "tanh":
        return activations.inverse(act, value)
    with np.errstate(divide="ignore", invalid="ignore"):
        return float(np.arctanh(value))


def _symbol(act: str) -> str:
    """``σ``, ``hσ`` or ``tanh``: how a formula writes the activation ``act``."""
    return activations.SYMBOLS.get(act, act)


def _gate_line(
    trace: Trace,
    params: Mapping[str, np.ndarray] | None,
    computed: Mapping[str, float] | None,
    layer: int,
    direction: int,
    step: int,
    unit: int,
    name: str,
    activation: str,
    value: float,
) -> Line:
    """``f = σ(W_if·x + W_hf·h_prev + b_f) = σ(a + b + c) = σ(pre) = value``.

    ``activation``: ``tanh`` or the trace's gate activation (σ, hσ).
    """
    act = _symbol(activation)
    formula = f"{act}(W_i{name}·x + W_h{name}·h_prev + b_{name})"
    if params is None:
        pre = _inverse(activation, value)
        if not math.isfinite(pre) and math.isfinite(value):
            return Line(name, formula, (f"{act}(saturated)",), value, {"pre": pre}, gate=True)
        return Line(name, formula, (f"{act}({fmt(pre)})",), value, {"pre": pre}, gate=True)
    row = trace.cell.rows(name, at_width(trace, layer, direction)).start + unit
    wx, wh, b_ih, b_hh = _pre_parts(trace, params, layer, direction, step, row)
    pre = computed[f"a_{name}"]
    return Line(
        name,
        formula,
        (f"{act}({_sum([wx, wh, b_ih + b_hh])})", f"{act}({fmt(pre)})"),
        value,
        {"W_ix": wx, "W_hh_prev": wh, "b": b_ih + b_hh, "pre": pre},
        gate=True,
    )


def _lstm(trace, params, computed, layer, direction, step, unit) -> tuple[list[Line], list[str]]:
    at = {n: float(_row(trace, n, layer, direction)[step, unit]) for n in "ifgoc"}
    sig = trace.gate_activation
    lines = [
        _gate_line(trace, params, computed, layer, direction, step, unit, n, act, at[n])
        for n, act in (("i", sig), ("f", sig), ("g", "tanh"), ("o", sig))
    ]
    c_prev = float(previous_state(trace, "c", layer, direction, step)[unit])
    f, i, g, o, c = at["f"], at["i"], at["g"], at["o"], at["c"]
    lines.append(
        Line(
            "c",
            "f*c_prev + i*g",
            (
                f"{_factor(f)}*{_factor(c_prev)} + {_factor(i)}*{_factor(g)}",
                _sum([f * c_prev, i * g]),
            ),
            c,
            {"f": f, "c_prev": c_prev, "i": i, "g": g},
            key=True,
        )
    )
    tanh_c = math.tanh(c) if math.isfinite(c) else float("nan")
    h_all = _row(trace, "h", layer, direction)[step]
    notes: list[str] = []
    m = o * tanh_c
    steps = (f"{_factor(o)}*tanh({fmt(c)})", f"{_factor(o)}*{_factor(tanh_c)}")
    if h_all.shape[-1] == at_width(trace, layer, direction):
        lines.append(Line("h", "o*tanh(c)", steps, float(h_all[unit]), {"o": o, "c": c}, True))
    else:
        lines.append(Line("m", "o*tanh(c)", steps, m, {"o": o, "c": c}, True))
        proj = h_all.shape[-1]
        if unit < proj:
            shown = f"h[{unit}] = {fmt(h_all[unit])}"
        else:
            shown = translatable("h has {n} units").format(n=proj)
        notes.append(
            translatable(
                "With proj_size = {proj}, h = W_hr·m mixes all {width} units' m, so h is not "
                "per-unit ({shown})."
            ).format(proj=proj, width=at_width(trace, layer, direction), shown=shown)
        )
    return lines, notes


def at_width(trace: Trace, layer: int, direction: int) -> int:
    """H: the number of units of the gates (the cell width, also with a projection)."""
    values = trace.layer(layer, direction).values
    return values["c" if "c" in values else "h"].shape[-1]


def _gru(trace, params, computed, layer, direction, step, unit) -> tuple[list[Line], list[str]]:
    at = {n: float(_row(trace, n, layer, direction)[step, unit]) for n in "rznh"}
    r, z, n, h = at["r"], at["z"], at["n"], at["h"]
    sig = trace.gate_activation
    lines = [
        _gate_line(trace, params, computed, layer, direction, step, unit, name, sig, at[name])
        for name in "rz"
    ]
    formula = _N_FORMULA[trace.reset_after]
    if params is None:
        pre = _inverse("tanh", n)
        lines.append(Line("n", formula, (f"tanh({fmt(pre)})",), n, {"pre": pre}))
    elif not trace.reset_after:  # n = tanh(W_in·x + b_in + W_hn·(r*h_prev) + b_hn)
        row = trace.cell.rows("n", at_width(trace, layer, direction)).start + unit
        r_all = _row(trace, "r", layer, direction)[step]
        wx, wh, b_ih, b_hh = _pre_parts(trace, params, layer, direction, step, row, r_all)
        pre = computed["a_n"]
        text = f"tanh({_sum([wx, b_ih, wh, b_hh])})"
        ops = {"W_ix": wx, "b_in": b_ih, "W_hn_rh_prev": wh, "b_hn": b_hh, "pre": pre}
        lines.append(Line("n", formula, (text, f"tanh({fmt(pre)})"), n, ops))
    else:
        row = trace.cell.rows("n", at_width(trace, layer, direction)).start + unit
        wx, wh, b_ih, b_hh = _pre_parts(trace, params, layer, direction, step, row)
        pre = computed["a_n"]
        text = f"tanh({_sum([wx, b_ih])} + {_factor(r)}*({_sum([wh, b_hh])}))"
        ops = {"W_ix": wx, "b_in": b_ih, "r": r, "W_hh_prev": wh, "b_hn": b_hh, "pre": pre}
        lines.append(Line("n", formula, (text, f"tanh({fmt(pre)})"), n, ops))
    h_prev = float(previous_state(trace, "h", layer, direction, step)[unit])
    lines.append(
        Line(
            "h",
            "(1-z)*n + z*h_prev",
            (
                f"{_factor(1 - z)}*{_factor(n)} + {_factor(z)}*{_factor(h_prev)}",
                _sum([(1 - z) * n, z * h_prev]),
            ),
            h,
            {"z": z, "n": n, "h_prev": h_prev},
            key=True,
        )
    )
    return lines, []


def _rnn(trace, params, computed, layer, direction, step, unit) -> tuple[list[Line], list[str]]:
    h = float(_row(trace, "h", layer, direction)[step, unit])
    relu = trace.kind == "rnn_relu"
    act = "relu" if relu else "tanh"
    formula = f"{act}(W_ih·x + W_hh·h_prev + b)"
    if params is not None:
        wx, wh, b_ih, b_hh = _pre_parts(trace, params, layer, direction, step, unit)
        pre = computed["a_h"]
        steps = (f"{act}({_sum([wx, wh, b_ih + b_hh])})", f"{act}({fmt(pre)})")
        ops = {"W_ix": wx, "W_hh_prev": wh, "b": b_ih + b_hh, "pre": pre}
    elif relu:
        steps = (f"max(0, {fmt(h)})",) if h > 0 else ("max(0, pre ≤ 0)",)
        ops = {}
    else:
        pre = _inverse("tanh", h)
        steps, ops = (f"tanh({fmt(pre)})",), {"pre": pre}
    if relu and params is not None:
        steps = (steps[0], f"max(0, {fmt(pre)})")
    return [Line("h", formula, steps, h, ops, key=True)], []


_N_FORMULA = {
    True: "tanh(W_in·x + b_in + r*(W_hn·h_prev + b_hn))",  # torch, Keras reset_after=True
    False: "tanh(W_in·x + b_in + W_hn·(r*h_prev) + b_hn)",  # Keras reset_after=False
}
BIAS_NOTE = {
    "lstm": translatable("x: this layer's input; b_f = b_if + b_hf, etc."),
    "gru": translatable("x: this layer's input; b_r = b_ir + b_hr, etc."),
    "rnn_tanh": translatable("x: this layer's input; b = b_ih + b_hh."),
    "rnn_relu": translatable("x: this layer's input; b = b_ih + b_hh."),
}
# The cell's equations in PyTorch's notation, shown before a unit is picked.
GENERIC = {
    "lstm": (
        "i = σ(W_ii·x + b_ii + W_hi·h_prev + b_hi)",
        "f = σ(W_if·x + b_if + W_hf·h_prev + b_hf)",
        "g = tanh(W_ig·x + b_ig + W_hg·h_prev + b_hg)",
        "o = σ(W_io·x + b_io + W_ho·h_prev + b_ho)",
        "c = f*c_prev + i*g",
        "h = o*tanh(c)",
    ),
    "gru": (
        "r = σ(W_ir·x + b_ir + W_hr·h_prev + b_hr)",
        "z = σ(W_iz·x + b_iz + W_hz·h_prev + b_hz)",
        "n = tanh(W_in·x + b_in + r*(W_hn·h_prev + b_hn))",
        "h = (1-z)*n + z*h_prev",
    ),
    "rnn_tanh": ("h = tanh(W_ih·x + b_ih + W_hh·h_prev + b_hh)",),
    "rnn_relu": ("h = max(0, W_ih·x + b_ih + W_hh·h_prev + b_hh)",),
}


def cell_equations(
    kind: str, gate_activation: str = "sigmoid", reset_after: bool = True
) -> tuple[str, ...]:
    """The equations of a ``kind`` cell, without numbers (one string per line).

    A hard-sigmoid ``gate_activation`` writes the gates with hσ and adds its definition
    as a last line; ``reset_after=False`` gives the GRU's reset-before candidate.
    """
    if kind not in GENERIC:
        raise GateExplorerError(
            translatable("unknown cell kind {kind!r}; expected one of {names}").format(
                kind=kind, names=", ".join(GENERIC)
            )
        )
    lines = GENERIC[kind]
    if kind == "gru" and not reset_after:
        lines = (*lines[:2], "n = tanh(W_in·x + b_in + W_hn·(r*h_prev) + b_hn)", *lines[3:])
    if gate_activation != "sigmoid" and kind in ("lstm", "gru"):
        sym = _symbol(gate_activation)
        lines = (*(ln.replace(SIGMA + "(", sym + "(") for ln in lines),
                 activations.FORMULAS[gate_activation])  # fmt: skip
    return lines


_KINDS = {"lstm": _lstm, "gru": _gru, "rnn_tanh": _rnn, "rnn_relu": _rnn}


def unit_equations(
    trace: Trace,
    layer: int,
    direction: int,
    step: int,
    unit: int,
    params: Mapping[str, np.ndarray] | None = None,
) -> UnitEquations:
    """The equations of ``unit`` at ``step`` with the numbers of ``trace`` (batch 0).

    ``params`` (torch-named, e.g. ``RecurrentNet.params``) split each pre-activation into
    W_ih·x + W_hh·h_prev + bias; without them the pre-activation is read back from the value.
    """
    trace.layer(layer, direction)  # range check with a clear message
    if not 0 <= step < trace.steps:
        raise GateExplorerError(
            translatable("step {step} does not exist: the run has {steps} steps").format(
                step=step, steps=trace.steps
            )
        )
    width = at_width(trace, layer, direction)
    if not 0 <= unit < width:
        raise GateExplorerError(
            translatable("unit {unit} does not exist: the layer has {width} units").format(
                unit=unit, width=width
            )
        )
    computed = None if params is None else _computed(trace, params, layer, direction, step, unit)
    lines, notes = _KINDS[trace.kind](trace, params, computed, layer, direction, step, unit)
    if params is not None:
        notes.append(BIAS_NOTE[trace.kind])
    legend = GATE_LEGEND
    if trace.gate_activation != "sigmoid" and trace.kind in ("lstm", "gru"):
        notes.append(activations.FORMULAS[trace.gate_activation])
        legend = translatable("gates: {sigma} or tanh(W_i·x + W_h·h_prev + b)").format(
            sigma=_symbol(trace.gate_activation)
        )
    return UnitEquations(
        trace.kind,
        layer,
        direction,
        step,
        unit,
        previous_label(trace, direction, step),
        tuple(lines),
        tuple(notes),
        legend,
    )
