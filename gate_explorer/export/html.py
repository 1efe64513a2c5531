"""The text view as a self-contained HTML page: the text shaded by one or more units.

As in LSTMVis and Karpathy et al. (2015): every token is a small column, its text on top
and one shaded strip per unit below, in the heatmaps' colour maps and ranges; the columns
wrap like text, so each wrapped line of text carries its strips. Hovering a strip shows the
unit, step, token and exact value; every token's values are in its ``data-v`` attribute
(comma-separated, one per unit, in the legend's order) so the numbers can be read back.
No script, no external file: the page opens in any browser. NumPy only.
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from gate_explorer.atomic import atomic_write
from gate_explorer.engine.model import ModelRun
from gate_explorer.engine.tokenize import visible_whitespace
from gate_explorer.errors import GateExplorerError
from gate_explorer.workspace.colours import ink, rgb
from gate_explorer.workspace.units import levels

MAX_TOKENS = 200_000  # a page with more columns is slow in every browser
MAX_UNITS = 16


@dataclass(frozen=True)
class UnitRef:
    """One unit to shade by: ``layer``, ``direction``, gate or state ``name``, ``unit``."""

    layer: int
    name: str
    unit: int
    direction: int = 0

    def label(self) -> str:
        rev = " reverse" if self.direction else ""
        return f"layer {self.layer}{rev} {self.name}[{self.unit}]"

    @classmethod
    def parse(cls, spec: str, default_name: str = "h") -> UnitRef:
        """``"92"``, ``"h:92"``, ``"1:h:92"`` or ``"1:h:92:1"`` (layer:name:unit[:direction])."""
        parts = spec.strip().split(":")
        try:
            if len(parts) == 1:
                return cls(0, default_name, int(parts[0]))
            if len(parts) == 2:
                return cls(0, parts[0], int(parts[1]))
            if len(parts) in (3, 4):
                d = int(parts[3]) if len(parts) == 4 else 0
                return cls(int(parts[0]), parts[1], int(parts[2]), d)
        except ValueError:
            pass
        raise GateExplorerError(
            f"unit {spec!r}: expected UNIT, NAME:UNIT or LAYER:NAME:UNIT[:DIRECTION], e.g. 1:h:92"
        )


def parse_range(spec: str | None, steps: int) -> tuple[int, int]:
    """``"A:B"`` (0-based, B exclusive, either may be empty) -> (a, b) within the run."""
    if not spec:
        return 0, steps
    head, sep, tail = spec.partition(":")
    try:
        a = int(head) if head.strip() else 0
        b = int(tail) if tail.strip() else steps
    except ValueError:
        a = b = -1
    if not sep or not 0 <= a < b <= steps:
        raise GateExplorerError(
            f"--range {spec!r}: expected A:B with 0 <= A < B <= {steps} (the run's steps)"
        )
    return a, b


def unit_values(run: ModelRun, unit: UnitRef) -> np.ndarray:
    """(T,) values of ``unit`` over the run, with a clear error for a unit that is not there."""
    trace = run.trace
    if unit.name not in trace.names:
        raise GateExplorerError(
            f"{unit.label()}: a {trace.kind} has {', '.join(trace.names)}, not {unit.name!r}"
        )
    if not 0 <= unit.layer < trace.num_layers or not 0 <= unit.direction < trace.num_directions:
        raise GateExplorerError(
            f"{unit.label()}: the model has {trace.num_layers} layer(s) and "
            f"{trace.num_directions} direction(s)"
        )
    values = np.asarray(trace.values(unit.name, unit.layer, unit.direction))
    if values.ndim == 3:
        values = values[:, 0]
    if not 0 <= unit.unit < values.shape[1]:
        raise GateExplorerError(f"{unit.label()}: the layer has {values.shape[1]} units")
    return values[:, unit.unit]


_STYLE = """
body { font: 14px/1.2 'DejaVu Sans Mono', Menlo, Consolas, monospace; margin: 24px;
       color: #212529; background: #fff; }
h1 { font: 600 16px sans-serif; margin: 0 0 4px; }
p.note { font: 12px sans-serif; color: #495057; margin: 0 0 12px; }
ol.units { font: 12px sans-serif; margin: 0 0 16px; padding-left: 20px; }
ol.units span.ramp { display: inline-block; width: 90px; height: 10px; margin: 0 6px;
                     vertical-align: middle; border: 1px solid #ced4da; }
div.text { line-height: 0; }
span.w { display: inline-block; white-space: nowrap; }
span.t { display: inline-block; vertical-align: top; margin: 0 0 10px 0; line-height: 1.2; }
span.t > b { display: block; font-weight: normal; white-space: pre; padding: 0 1px;
             min-width: 0.5em; text-align: center; }
span.t > i { display: block; height: 9px; }
span.t > i + i { margin-top: 1px; }
b.u { color: #c92a2a !important; text-decoration: underline dashed; }
"""


def text_view_html(
    run: ModelRun,
    units: list[UnitRef],
    *,
    title: str = "",
    start: int = 0,
    stop: int | None = None,
    kind: str | None = None,
) -> str:
    """The page for tokens ``start:stop`` of ``run`` shaded by ``units`` (colour ranges
    fitted on the whole run, as the heatmaps fit them)."""
    if not units:
        raise GateExplorerError("choose at least one unit to shade the text by")
    if len(units) > MAX_UNITS:
        raise GateExplorerError(f"{len(units)} units: the text view shows up to {MAX_UNITS}")
    steps = run.trace.steps
    stop = steps if stop is None else stop
    if stop - start > MAX_TOKENS:
        raise GateExplorerError(
            f"{stop - start:,} tokens: an HTML text view holds up to {MAX_TOKENS:,}; "
            "choose a range with --range A:B"
        )
    kind = kind or run.trace.kind
    cols, vals, legend = [], [], []
    for u in units:
        v = unit_values(run, u)
        layer_values = np.asarray(run.trace.values(u.name, u.layer, u.direction))
        lo, hi, div = levels(u.name, kind, layer_values.reshape(layer_values.shape[0], -1))
        cols.append(rgb(v, lo, hi, div))
        vals.append(v)
        ramp = rgb(np.linspace(lo, hi, 5), lo, hi, div)
        grad = ", ".join(f"rgb({r},{g},{b})" for r, g, b in ramp)
        legend.append(
            f'<li>{html.escape(u.label())}<span class="ramp" style="background: '
            f'linear-gradient(to right, {grad})"></span>{lo:.3g} … {hi:.3g}</li>'
        )
    body = []
    labels = [u.label() for u in units]
    in_word = False  # characters of one word stay on one line (they wrap as a whole)
    for t in range(start, stop):
        tok = run.tokens[t]
        blank = not tok.text.strip()
        if in_word and blank:
            body.append("</span>")
            in_word = False
        elif not in_word and not blank:
            body.append('<span class="w">')
            in_word = True
        shown = visible_whitespace(tok.text)
        data = ",".join(f"{float(v[t]):.6g}" for v in vals)
        strips = []
        for k, label in enumerate(labels):
            r, g, b = cols[k][t]
            tip = f"{label} = {float(vals[k][t]):.4f} at step {t + 1} {tok.text!r}"
            strips.append(f'<i style="background:rgb({r},{g},{b})" title="{html.escape(tip)}"></i>')
        top_colour = cols[0][t]
        cls = "" if tok.known else ' class="u"'
        body.append(
            f'<span class="t" data-step="{t}" data-v="{data}">'
            f'<b{cls} style="background:rgb({top_colour[0]},{top_colour[1]},{top_colour[2]});'
            f'color:{ink(top_colour)}">{html.escape(shown) or "&nbsp;"}</b>'
            + "".join(strips)
            + "</span>"
        )
        if tok.text == "\n":
            body.append("<br>")
    if in_word:
        body.append("</span>")
    name = html.escape(title or "Gate Explorer text view")
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{name}</title><style>{_STYLE}</style></head><body>"
        f'<h1>{name}</h1><p class="note">Steps {start + 1}–{stop} of {steps}. Each token '
        "is shaded by the first unit; the strips under it show every unit in the order "
        "below, in the heatmaps' colours (ranges fitted on the whole run). Hover a strip for "
        "its exact value. Red text: a token the model does not know.</p>"
        f'<ol class="units">{"".join(legend)}</ol><div class="text">{"".join(body)}</div>'
        "</body></html>\n"
    )


def write_text_view_html(
    path: str | os.PathLike[str],
    run: ModelRun,
    units: list[UnitRef],
    *,
    title: str = "",
    start: int = 0,
    stop: int | None = None,
    overwrite: bool = True,
) -> Path:
    """Write ``text_view_html`` to ``path`` atomically (UTF-8)."""
    page = text_view_html(run, units, title=title, start=start, stop=stop)
    return atomic_write(
        path,
        lambda tmp: tmp.write_text(page, encoding="utf-8", errors="replace"),
        overwrite=overwrite,
    )
