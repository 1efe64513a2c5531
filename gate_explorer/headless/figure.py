"""The figure an export renders: the window's own heatmap panel, built without showing it.

``build_view`` is the single entry point for the command line; the window exports the
panel it shows. There is no second plotting style here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from gate_explorer.engine.model import ModelRun
from gate_explorer.errors import GateExplorerError
from gate_explorer.export.render import DEFAULT_SIZE


class View(Protocol):
    """What an export needs from a figure: the widget to paint and a way to move the step."""

    @property
    def widget(self) -> QWidget: ...

    def set_step(self, step: int) -> None: ...

    def plots(self) -> dict[str, pg.GraphicsItem]: ...


@dataclass(frozen=True)
class ViewSpec:
    """Which part of a run to show, checked against the run."""

    step: int
    layer: int
    direction: int
    names: tuple[str, ...]


def check_spec(
    run: ModelRun,
    step: int | None = None,
    layer: int = 0,
    direction: int = 0,
    names: Sequence[str] | None = None,
) -> ViewSpec:
    """Validate step, layer, direction and gate names; defaults: last step, every name."""
    trace = run.trace
    steps = len(run.tokens)
    if steps == 0:
        raise GateExplorerError("the text is empty: nothing to export (expected at least 1 token)")
    if step is None:
        step = steps - 1
    if not 0 <= step < steps:
        raise GateExplorerError(f"step {step} is out of range: the text has steps 0..{steps - 1}")
    trace.layer(layer, direction)  # raises with a clear message when out of range
    chosen = tuple(names) if names else trace.names
    for name in chosen:
        if name not in trace.names:
            raise GateExplorerError(
                f"unknown gate {name!r}: a {trace.kind} has {', '.join(trace.names)}"
            )
    return ViewSpec(step, layer, direction, chosen)


def check_order(sort: str, top_k: int) -> None:
    """Raise on a unit order the window does not offer."""
    from gate_explorer.workspace.units import SORTS

    if sort not in SORTS:
        raise GateExplorerError(f"unknown sort {sort!r}; expected one of {', '.join(SORTS)}")
    if top_k < 0:
        raise GateExplorerError(f"--top must be 0 (all units) or more, got {top_k}")


def build_view(
    run: ModelRun,
    spec: ViewSpec,
    title: str = "",
    *,
    size: tuple[int, int] | None = None,
    all_steps: bool = False,
    sort: str = "index",
    top_k: int = 0,
) -> View:
    """The window's heatmap panel for ``spec``, laid out but never shown.

    Like the window, a long run opens zoomed around the current step; ``all_steps`` fits
    every step instead. ``sort`` (index, mean, cluster) and ``top_k`` order and filter the
    unit rows as the window's view controls do.
    """
    from gate_explorer.ui.heatmap.panel import build_figure

    check_order(sort, top_k)
    panel = build_figure(
        run,
        spec.step,
        spec.layer,
        spec.direction,
        spec.names,
        size=size or DEFAULT_SIZE,
        title=title,
        sort=sort,
        top_k=top_k,
    )
    if all_steps and panel.rows:
        panel.rows[0].vb.setXRange(0, len(run.tokens), padding=0)
    return panel
