"""The figure an export renders: the window's heatmap panel, built without showing it.

``build_view`` is the single entry point for the command line and the window alike.
``_FallbackView`` is a minimal stand-in used only while ``gate_explorer.ui`` has no
heatmap panel; it is not a second plotting style to keep in step.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from gate_explorer.engine.model import ModelRun
from gate_explorer.errors import GateExplorerError


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


def build_view(run: ModelRun, spec: ViewSpec, title: str = "") -> View:
    """The heatmaps of ``spec`` as the window draws them, ready to render (not shown)."""
    return _FallbackView(run, spec, title)


class _FallbackView:
    """One heatmap per name (units down, steps across), colour bars, token labels, marker."""

    def __init__(self, run: ModelRun, spec: ViewSpec, title: str) -> None:
        self._widget = pg.GraphicsLayoutWidget()
        self._widget.setBackground("w")
        self._plots: dict[str, pg.PlotItem] = {}
        self._lines: list[pg.InfiniteLine] = []
        tokens = [t.text.replace(" ", "␣").replace("\n", "↵") for t in run.tokens]
        steps = len(tokens)
        if title:
            self._widget.addLabel(title, row=0, col=0, colspan=2, color="k", size="12pt")
        for row, name in enumerate(spec.names, start=1):
            values = run.trace.values(name, spec.layer, spec.direction)  # (T, H)
            plot = self._widget.addPlot(row=row, col=0, title=name)
            plot.setTitle(name, color="k")
            image = pg.ImageItem(np.asarray(values.T, dtype=np.float32), axisOrder="row-major")
            plot.addItem(image)
            plot.setMouseEnabled(False, False)
            plot.hideButtons()
            lo, hi = _limits(name, values)
            bar = pg.ColorBarItem(values=(lo, hi), colorMap=_cmap(lo < 0), interactive=False)
            bar.setImageItem(image, insert_in=plot)
            stride = max(1, steps // 60)
            ticks = [(t + 0.5, tokens[t]) for t in range(0, steps, stride)]
            plot.getAxis("bottom").setTicks([ticks])
            plot.getAxis("bottom").setTextPen("k")
            plot.getAxis("left").setTextPen("k")
            plot.setLabel("left", "unit", color="k")
            line = pg.InfiniteLine(spec.step + 0.5, pen=pg.mkPen("#e8590c", width=2))
            plot.addItem(line)
            self._lines.append(line)
            plot.setRange(xRange=(0, steps), yRange=(0, values.shape[1]), padding=0)
            self._plots[name] = plot

    @property
    def widget(self) -> QWidget:
        return self._widget

    def set_step(self, step: int) -> None:
        for line in self._lines:
            line.setValue(step + 0.5)

    def plots(self) -> dict[str, pg.GraphicsItem]:
        return dict(self._plots)


def _limits(name: str, values: np.ndarray) -> tuple[float, float]:
    if name in ("i", "f", "o", "r", "z"):
        return 0.0, 1.0
    m = float(np.nanmax(np.abs(values))) if values.size else 1.0
    return -max(m, 1e-6), max(m, 1e-6)


def _cmap(diverging: bool) -> pg.ColorMap:
    if diverging:
        pos, colors = [0.0, 0.5, 1.0], [(5, 48, 97), (247, 247, 247), (103, 0, 31)]
    else:
        pos, colors = [0.0, 1.0], [(255, 255, 255), (8, 48, 107)]
    return pg.ColorMap(np.array(pos), np.array(colors))
