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
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from gate_explorer.analysis.estimates import Estimate, fitted
from gate_explorer.analysis.streaming import check_range, read_steps, width_of
from gate_explorer.atomic import atomic_write
from gate_explorer.engine.model import ModelRun
from gate_explorer.engine.tokenize import visible_whitespace
from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable
from gate_explorer.workspace.colours import ink, rgb
from gate_explorer.workspace.units import levels

MAX_TOKENS = 200_000  # a page with more columns is slow in every browser
MAX_UNITS = 16
FIT_STEPS = 65_536  # longer runs fit the colour ranges to a sample of this many steps,
PAGE_BLOCK = 4_096  # tokens of the page turned into Python numbers at a time
FIT_BLOCK = 4_096  # in blocks of this many (few windows for a trace that recomputes them)


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
            translatable(
                "unit {spec!r}: expected UNIT, NAME:UNIT or LAYER:NAME:UNIT[:DIRECTION], "
                "e.g. 1:h:92"
            ).format(spec=spec)
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
            translatable(
                "--range {spec!r}: expected A:B with 0 <= A < B <= {steps} (the run's steps)"
            ).format(spec=spec, steps=steps)
        )
    return a, b


def check_unit(trace: Any, unit: UnitRef) -> None:
    """A clear error for a unit that is not in the run's model."""
    if unit.name not in trace.names:
        raise GateExplorerError(
            translatable("{unit}: a {trace_kind} has {names}, not {unit_name!r}").format(
                unit=unit.label(),
                trace_kind=trace.kind,
                names=", ".join(trace.names),
                unit_name=unit.name,
            )
        )
    if not 0 <= unit.layer < trace.num_layers or not 0 <= unit.direction < trace.num_directions:
        raise GateExplorerError(
            translatable(
                "{unit}: the model has {num_layers} layer(s) and {num_directions} direction(s)"
            ).format(
                unit=unit.label(), num_layers=trace.num_layers, num_directions=trace.num_directions
            )
        )
    width = width_of(trace, unit.name, unit.layer, unit.direction)
    if not 0 <= unit.unit < width:
        raise GateExplorerError(
            translatable("{unit}: the layer has {values_shape} units").format(
                unit=unit.label(), values_shape=width
            )
        )


def unit_values(
    run: ModelRun, unit: UnitRef, start: int = 0, stop: int | None = None
) -> np.ndarray:
    """(stop - start,) values of ``unit`` over steps ``start:stop`` (default the whole run),
    read chunk by chunk; a clear error for a unit that is not there."""
    trace = run.trace
    check_unit(trace, unit)
    pieces = [
        np.array(p[:, unit.unit])
        for _, p in read_steps(trace, unit.name, unit.layer, unit.direction, start, stop)
    ]
    if len(pieces) == 1:
        return pieces[0]
    empty = np.zeros(0, dtype=pieces[0].dtype if pieces else np.float32)
    return np.concatenate([empty, *pieces])


def unit_levels(run: ModelRun, unit: UnitRef, kind: str) -> Estimate[tuple[float, float, bool]]:
    """Colour limits of ``unit``'s gate/state, fitted as the heatmaps fit them: on every
    step up to ``FIT_STEPS``, else estimated from a sample of the run (``Estimate.note``)."""
    return fitted(
        run.trace, unit.name, unit.layer, unit.direction,
        lambda v: levels(unit.name, kind, v.reshape(v.shape[0], -1)), FIT_STEPS, FIT_BLOCK,
    )  # fmt: skip


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
    fitted on the whole run, as the heatmaps fit them; see ``text_view_parts``)."""
    return "".join(text_view_parts(run, units, title=title, start=start, stop=stop, kind=kind))


def text_view_parts(
    run: ModelRun,
    units: list[UnitRef],
    *,
    title: str = "",
    start: int = 0,
    stop: int | None = None,
    kind: str | None = None,
) -> Iterator[str]:
    """``text_view_html`` in pieces, to be written as they come: only the ``start:stop``
    steps of the shading units are read (at most ``MAX_TOKENS``), never the whole trace.
    On a run longer than ``FIT_STEPS`` the colour ranges are estimated from a sample of its
    steps, and the page says so."""
    if not units:
        raise GateExplorerError(translatable("choose at least one unit to shade the text by"))
    if len(units) > MAX_UNITS:
        raise GateExplorerError(
            translatable("{n_units} units: the text view shows up to {max_units}").format(
                n_units=len(units), max_units=MAX_UNITS
            )
        )
    steps = run.trace.steps
    stop = steps if stop is None else stop
    if stop - start > MAX_TOKENS:
        raise GateExplorerError(
            translatable(
                "{stop:,} tokens: an HTML text view holds up to {max_tokens:,}; choose a "
                "range with --range A:B"
            ).format(stop=stop - start, max_tokens=MAX_TOKENS)
        )
    check_range(run.trace, start, stop)
    kind = kind or run.trace.kind
    cols, vals, legend, seen = [], [], [], []
    for u in units:
        v = unit_values(run, u, start, stop)  # only the steps shown are read
        fit = unit_levels(run, u, kind)
        lo, hi, div = fit.value
        seen.append(fit)
        cols.append(rgb(v, lo, hi, div))
        vals.append(v)
        ramp = rgb(np.linspace(lo, hi, 5), lo, hi, div)
        grad = ", ".join(f"rgb({r},{g},{b})" for r, g, b in ramp)
        legend.append(
            f'<li>{html.escape(u.label())}<span class="ramp" style="background: '
            f'linear-gradient(to right, {grad})"></span>{lo:.3g} … {hi:.3g}</li>'
        )
    name = html.escape(title or "Gate Explorer text view")
    estimated = [f for f in seen if not f.exact]
    fitted_on = (
        "ranges fitted on the whole run"
        if not estimated
        else f"ranges {estimated[0].note()}, not fitted on every step"
    )
    yield (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{name}</title><style>{_STYLE}</style></head><body>"
        f'<h1>{name}</h1><p class="note">Steps {start + 1}–{stop} of {steps}. Each token '
        "is shaded by the first unit; the strips under it show every unit in the order "
        f"below, in the heatmaps' colours ({fitted_on}). Hover a strip for "
        "its exact value. Red text: a token the model does not know.</p>"
        f'<ol class="units">{"".join(legend)}</ol><div class="text">'
    )
    labels = [u.label() for u in units]
    in_word = False  # characters of one word stay on one line (they wrap as a whole)
    for a in range(start, stop, PAGE_BLOCK):  # Python numbers, a block of tokens at a time
        b = min(a + PAGE_BLOCK, stop)
        block_vals = [v[a - start : b - start].tolist() for v in vals]
        block_cols = [c[a - start : b - start].tolist() for c in cols]
        for i, tok in enumerate(run.tokens[a:b]):
            t = a + i
            body = []
            blank = not tok.text.strip()
            if in_word and blank:
                body.append("</span>")
                in_word = False
            elif not in_word and not blank:
                body.append('<span class="w">')
                in_word = True
            shown = visible_whitespace(tok.text)
            data = ",".join(f"{v[i]:.6g}" for v in block_vals)
            strips = []
            for k, label in enumerate(labels):
                r, g, bl = block_cols[k][i]
                tip = f"{label} = {block_vals[k][i]:.4f} at step {t + 1} {tok.text!r}"
                strips.append(
                    f'<i style="background:rgb({r},{g},{bl})" title="{html.escape(tip)}"></i>'
                )
            top = block_cols[0][i]
            cls = "" if tok.known else ' class="u"'
            body.append(
                f'<span class="t" data-step="{t}" data-v="{data}">'
                f'<b{cls} style="background:rgb({top[0]},{top[1]},{top[2]});'
                f'color:{ink(top)}">{html.escape(shown) or "&nbsp;"}</b>'
                + "".join(strips)
                + "</span>"
            )
            if tok.text == "\n":
                body.append("<br>")
            yield "".join(body)
    yield ("</span>" if in_word else "") + "</div></body></html>\n"


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
    """Write ``text_view_html`` to ``path`` atomically (UTF-8), token by token."""
    parts = text_view_parts(run, units, title=title, start=start, stop=stop)
    first = next(parts)  # bad units or range: the error before any file is touched

    def write(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8", errors="replace") as fh:
            fh.write(first)
            fh.writelines(parts)

    return atomic_write(path, write, overwrite=overwrite)
