"""Export a run to any format in one call: what the command line and the window share."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from gate_explorer.engine.model import ModelRun
from gate_explorer.errors import GateExplorerError
from gate_explorer.export.data import StateGradients, write_csv, write_npz
from gate_explorer.headless.figure import ViewSpec

IMAGE_FORMATS = ("png", "svg", "pdf")
DATA_FORMATS = ("csv", "npz")
ANIMATION_FORMATS = ("gif", "mp4")
PAGE_FORMATS = ("html",)  # the text view only
FORMATS = IMAGE_FORMATS + DATA_FORMATS + ANIMATION_FORMATS + PAGE_FORMATS


def ensure_app() -> Any:
    """The QApplication, created offscreen when there is no display to draw on."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from gate_explorer.export.fonts import use_hangul_font

    app = QApplication.instance() or QApplication([])
    use_hangul_font()  # Korean tokens draw as glyphs; an SVG names a Hangul family
    return app


def check_format(fmt: str | None, out: str | os.PathLike[str]) -> str:
    """The format from ``fmt`` or the output's suffix, checked against ``FORMATS``.

    A ``fmt`` that disagrees with a known suffix (``csv`` for ``x.png``) is refused: the
    file would be named for one format and hold another.
    """
    suffix = Path(out).suffix.lstrip(".").lower()
    chosen = (fmt or suffix).lower()
    if chosen not in FORMATS:
        raise GateExplorerError(f"unknown format {chosen!r}; expected one of {', '.join(FORMATS)}")
    if fmt and suffix in FORMATS and suffix != chosen:
        raise GateExplorerError(
            f"--format {chosen} disagrees with the file name {Path(out).name} (a .{suffix} "
            f"file): name it .{chosen} or drop --format"
        )
    return chosen


_ORDER = {"index": "units by index", "mean": "units by mean h", "cluster": "units clustered"}


def view_title(
    model_name: str, run: ModelRun, spec: ViewSpec, sort: str = "index", top_k: int = 0
) -> str:
    """``quotes-lstm · LSTM · layer 1/2 · units by index``: the window's title, headless."""
    from gate_explorer.ui.heatmap.gates import CELL_NAMES

    trace = run.trace
    parts = [model_name, CELL_NAMES.get(trace.kind, trace.kind)]
    if trace.num_layers > 1:
        parts.append(f"layer {spec.layer + 1}/{trace.num_layers}")
    if trace.num_directions > 1:
        parts.append("backward" if spec.direction else "forward")
    parts.append(_ORDER.get(sort, sort) + (f", top {top_k}" if top_k else ""))
    return " · ".join(p for p in parts if p)


def export_run(
    run: ModelRun,
    spec: ViewSpec,
    out: str | os.PathLike[str],
    fmt: str | None = None,
    *,
    title: str = "",
    scale: float = 1.0,
    transparent: bool = False,
    size: tuple[int, int] | None = None,
    fps: float = 4.0,
    all_steps: bool = False,
    sort: str = "index",
    top_k: int = 0,
    gradients: StateGradients | None = None,
    meta: Mapping[str, Any] | None = None,
    overwrite: bool = True,
    steps: tuple[int, int] | None = None,
) -> Path:
    """Write ``run`` to ``out``: data formats hold the whole trace (or the ``steps`` range
    (a, b), b excluded), streamed chunk by chunk; images the view of ``spec``."""
    fmt = check_format(fmt, out)
    a, b = steps if steps is not None else (0, None)
    if fmt == "csv":
        return write_csv(out, run, gradients, start=a, stop=b, overwrite=overwrite)
    if fmt == "npz":
        return write_npz(out, run, gradients, meta, start=a, stop=b, overwrite=overwrite)
    if steps is not None:
        raise GateExplorerError(f"--range is for csv, npz and html data, not {fmt}")
    ensure_app()
    from PySide6.QtCore import QSize

    from gate_explorer.export import animation, images
    from gate_explorer.headless.figure import build_view

    view = build_view(run, spec, title, size=size, all_steps=all_steps, sort=sort, top_k=top_k)
    qsize = QSize(*size) if size else None
    if fmt in IMAGE_FORMATS:
        return images.write_image(
            out,
            view.widget,
            fmt,
            scale=scale,
            transparent=transparent,
            size=qsize,
            overwrite=overwrite,
        )
    writer = animation.write_gif if fmt == "gif" else animation.write_mp4
    path = writer(
        out,
        view.widget,
        view.set_step,
        len(run.tokens),
        fps=fps,
        scale=scale,
        size=qsize,
        overwrite=overwrite,
    )
    view.set_step(spec.step)
    return path


def parse_names(text: str | Sequence[str] | None) -> tuple[str, ...] | None:
    """``'i,f,o'`` -> ``('i', 'f', 'o')``; None or empty -> None (all names)."""
    if text is None:
        return None
    items = text.split(",") if isinstance(text, str) else list(text)
    names = tuple(s.strip() for s in items if s.strip())
    return names or None


def parse_direction(text: str | int) -> int:
    """``0``/``forward`` -> 0, ``1``/``reverse``/``backward`` -> 1."""
    value = str(text).strip().lower()
    if value in ("0", "forward", "fwd", "f"):
        return 0
    if value in ("1", "reverse", "backward", "bwd", "r", "b"):
        return 1
    raise GateExplorerError(f"unknown direction {text!r}; expected 0/forward or 1/reverse")
