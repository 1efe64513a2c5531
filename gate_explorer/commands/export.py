"""``gate-explorer export``: render the window's figures or the trace data, no display needed."""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from gate_explorer.errors import GateExplorerError


def load_model(name_or_path: str, vocab: str | None, **options: Any) -> Any:
    """The model by bundled name or file (``gate_explorer.load_model``); patched in tests.

    ``options``: ``module`` and ``kind`` when given. Every notice goes to stderr.
    """
    from gate_explorer import load_model as _load
    from gate_explorer.commands.models import print_notices

    model = _load(name_or_path, vocab, **options)
    print_notices(getattr(model, "notices", ()))
    return model


def add_parser(sub: Any) -> None:
    from gate_explorer.commands.models import add_model_options
    from gate_explorer.export.run import FORMATS

    p = sub.add_parser(
        "export",
        help="export heatmaps (png/svg/pdf/gif) or trace data (csv/npz) without a window",
        description="Run a model over a text and write the heatmaps or the whole trace to a file.",
    )
    p.add_argument("--model", required=True, help="bundled model name or weights file")
    p.add_argument("--vocab", help="vocabulary file for a weights file")
    add_model_options(p)
    text = p.add_mutually_exclusive_group(required=True)
    text.add_argument("--text", help="the input text")
    text.add_argument("--text-file", help="read the input text from this UTF-8 file")
    p.add_argument("--step", type=int, help="current step to mark (default: the last)")
    p.add_argument("--layer", type=int, default=0, help="layer to show (default 0)")
    p.add_argument("--direction", default="0", help="0/forward or 1/reverse (default 0)")
    p.add_argument("--gates", help="comma-separated gate names, e.g. i,f,o (default: all)")
    p.add_argument(
        "--sort", default="index", help="unit order: index, mean or cluster (default index)"
    )
    p.add_argument("--top", type=int, default=0, help="show only the K most active units")
    p.add_argument("--format", choices=FORMATS, help="output format (default: from --out)")
    p.add_argument("--out", required=True, help="output file")
    p.add_argument("--scale", type=float, default=1.0, help="pixel scale for png/gif")
    p.add_argument("--width", type=int, help="figure width in pixels")
    p.add_argument("--height", type=int, help="figure height in pixels")
    p.add_argument("--transparent", action="store_true", help="transparent png background")
    p.add_argument("--fps", type=float, default=4.0, help="frames per second for gif/mp4")
    p.add_argument(
        "--all-steps",
        action="store_true",
        help="fit every step in the figure (the window zooms long texts to the current step)",
    )
    p.add_argument("--no-overwrite", action="store_true", help="fail if --out exists")
    p.add_argument(
        "--view",
        default="heatmaps",
        choices=("heatmaps", "cell", "unit", "gradients", "saturation"),
        help="png/svg/pdf: the heatmaps (default) or an analysis view: the cell diagram, one "
        "unit over time, the gradient flow or the gate saturation scatter",
    )
    p.add_argument(
        "--unit", type=int, help="cell/unit views: the unit to show (default: the card's, or 0)"
    )
    p.add_argument(
        "--gradients",
        action="store_true",
        help="csv/npz: add the per-step gradient norms ||dL/dh_t|| (and ||dL/dc_t||) of the "
        "loss at --step (as the gradient flow view), names dh_norm / dc_norm",
    )


def read_text(args: argparse.Namespace) -> str:
    """The input text from --text or --text-file; an empty text is an error."""
    if args.text_file is not None:
        path = Path(args.text_file)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise GateExplorerError(f"cannot read text file {path}: it does not exist") from None
        except OSError as exc:
            raise GateExplorerError(f"cannot read text file {path}: {exc.strerror}") from None
        except UnicodeDecodeError:
            raise GateExplorerError(f"cannot read text file {path}: not UTF-8 text") from None
    else:
        text = args.text
    if not text.strip():
        raise GateExplorerError("the text is empty: give at least one character to run")
    return text


def run(args: argparse.Namespace) -> int:
    from gate_explorer.export.figure import check_order, check_spec
    from gate_explorer.export.run import (
        check_format,
        export_run,
        parse_direction,
        parse_names,
        view_title,
    )

    fmt = check_format(args.format, args.out)
    if args.scale <= 0:
        raise GateExplorerError(f"--scale must be positive, got {args.scale}")
    size = None
    if args.width or args.height:
        if not (args.width and args.height and args.width > 0 and args.height > 0):
            raise GateExplorerError("give both --width and --height, as positive pixel counts")
        size = (args.width, args.height)
    check_order(args.sort, args.top)
    if args.gradients and fmt not in ("csv", "npz"):
        raise GateExplorerError(f"--gradients is for csv or npz data, not {fmt}")
    if args.view != "heatmaps" and fmt not in ("png", "svg", "pdf"):
        raise GateExplorerError(f"--view {args.view} is an image: use png, svg or pdf, not {fmt}")
    text = read_text(args)
    chosen = (("module", args.module), ("kind", args.kind))
    chosen += (("head_activation", args.head_activation),)
    options = {k: v for k, v in chosen if v}
    model = load_model(args.model, args.vocab, **options)
    start = time.perf_counter()
    if args.view != "heatmaps":
        return _export_view(args, model, text, fmt, size, start)
    model_run = model.run_text(text)
    spec = check_spec(
        model_run, args.step, args.layer, parse_direction(args.direction), parse_names(args.gates)
    )
    grads, meta = None, {"model": model.name}
    if args.gradients:
        from gate_explorer.analysis.gradient_flow import gradient_flow

        flow = gradient_flow(model, model_run, spec.step)
        grads = flow.arrays()
        meta |= {"gradient_loss": flow.description, "gradient_step": flow.target}
        print(f"gradients of {flow.description}")
    out = export_run(
        model_run,
        spec,
        args.out,
        fmt,
        title=view_title(model.name, model_run, spec, args.sort, args.top),
        scale=args.scale,
        transparent=args.transparent,
        size=size,
        fps=args.fps,
        all_steps=args.all_steps,
        sort=args.sort,
        top_k=args.top,
        gradients=grads,
        meta=meta,
        overwrite=not args.no_overwrite,
    )
    took = time.perf_counter() - start
    print(f"wrote {out} ({fmt}, {len(model_run.tokens)} steps, {took:.2f} s)")
    return 0


def _export_view(
    args: argparse.Namespace,
    model: Any,
    text: str,
    fmt: str,
    size: tuple[int, int] | None,
    start: float,
) -> int:
    """One analysis view as an image (``--view``)."""
    from gate_explorer.export.images import write_image
    from gate_explorer.export.run import parse_direction
    from gate_explorer.export.views import DEFAULT_SIZE, rendered_view

    with rendered_view(
        model,
        text,
        args.view,
        step=args.step,
        layer=args.layer,
        direction=parse_direction(args.direction),
        unit=args.unit,
        size=size or DEFAULT_SIZE,
    ) as widget:
        steps = widget.session.steps
        out = write_image(
            args.out,
            widget,
            fmt,
            scale=args.scale,
            transparent=args.transparent,
            overwrite=not args.no_overwrite,
        )
    took = time.perf_counter() - start
    print(f"wrote {out} ({args.view} view, {fmt}, {steps} steps, {took:.2f} s)")
    return 0
