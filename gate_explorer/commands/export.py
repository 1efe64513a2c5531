"""``gate-explorer export``: render the window's figures or the trace data, no display needed."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from gate_explorer.errors import GateExplorerError


def load_model(name_or_path: str, vocab: str | None, **options: Any) -> Any:
    """The model by bundled name or file (``gate_explorer.load_model``); patched in tests.

    ``options``: ``module`` and ``kind`` when given. Every notice goes to stderr. An
    encoder-decoder (bundled or a bundle file) is the window's one-axis ``Seq2SeqShown``.
    """
    from gate_explorer import load_model as _load
    from gate_explorer.commands.models import print_notices
    from gate_explorer.workspace.models import ModelRef, _seq2seq

    source = "file" if Path(name_or_path).suffix else "bundled"
    ref = ModelRef(source, name=name_or_path, path=name_or_path)
    pair = set(options) <= {"module"} and (not options or "+" in str(options["module"]))
    if pair and options:
        ref = ModelRef(source, name=name_or_path, path=name_or_path, module=options["module"])
    model = _seq2seq(ref) if pair else None
    if model is None:
        model = _load(name_or_path, vocab, **options)
    print_notices(getattr(model, "notices", ()))
    return model


def add_parser(sub: Any) -> None:
    from gate_explorer.commands.models import add_model_options
    from gate_explorer.headless.run import FORMATS
    from gate_explorer.headless.shapes import SHAPE_VIEWS
    from gate_explorer.ui.analysis.tabs import export_names

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
    text.add_argument(
        "--series",
        help="numeric models: read the input series from a CSV/TSV column or a .npy array",
    )
    p.add_argument("--column", help="with --series: the column's name or 0-based index")
    p.add_argument("--step", type=int, help="current step to mark (default: the last)")
    p.add_argument(
        "--layer", type=int, default=0,
        help="layer to show, counted from 0 (the window's layer 1 is 0; default 0)",
    )  # fmt: skip
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
    p.add_argument(
        "--no-overwrite",
        action="store_true",
        help="fail if --out exists (otherwise it is replaced, and the message says so)",
    )
    p.add_argument(
        "--range",
        help="csv, npz and the html text view: the steps to write, A:B (0-based, B excluded; "
        "default all)",
    )
    p.add_argument(
        "--view",
        default="heatmaps",
        choices=("heatmaps", *export_names(), *SHAPE_VIEWS),
        help="png/svg/pdf: the heatmaps (default) or an analysis view: the cell diagram, one "
        "unit over time, the gradient flow or the gate saturation scatter; html: the text view "
        "(text shaded by units); png/svg/pdf or csv/npz: seq2seq (an encoder-decoder's "
        "encoder, hand-over and decoder), series (prediction against the true next value) or "
        "jacobian (step Jacobian norms, forget products, W_hh singular values)",
    )
    p.add_argument(
        "--target",
        help="--view seq2seq (or an encoder-decoder's heatmaps): teacher-force the decoder "
        "with this target instead of its own answers",
    )
    p.add_argument(
        "--unit",
        help="cell/unit views: the unit to show (default: the card's, or 0); text view: "
        "units to shade by, LAYER:NAME:UNIT[,...], layers counted from 0 (e.g. 1:h:92,0:c:5; "
        "default: the card's)",
    )
    p.add_argument(
        "--gradients",
        action="store_true",
        help="csv/npz: add the per-step gradient norms ||dL/dh_t|| (and ||dL/dc_t||) of the "
        "loss at --step (as the gradient flow view), names dh_norm / dc_norm",
    )


def series_text(args: argparse.Namespace, model: Any) -> str:
    """The --series file as the number tokenizer's text, with notices on stderr."""
    from gate_explorer.io.series import read_series

    if not model.embedding.numeric:
        raise GateExplorerError(
            f"--series is for numeric-input models; {model.name} reads "
            f"{model.tokenizer.kind} tokens (give --text instead)"
        )
    series = read_series(args.series, args.column)
    print(f"series: {len(series.values):,} values from {series.note}", file=sys.stderr)
    if not model.embedding.scaled:
        print(
            f"notice: {model.name} records no input scaling: the file's values are fed as "
            "they are, so they should be in the range the model was trained on",
            file=sys.stderr,
        )
    return series.as_text()


def read_text(args: argparse.Namespace) -> str:
    """The input text from --text or --text-file; an empty text is an error."""
    if getattr(args, "series", None) is not None:
        return ""
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
    text = clean_text(text, "--text")
    if not text.strip():
        raise GateExplorerError("the text is empty: give at least one character to run")
    return text


def clean_text(text: str, where: str) -> str:
    """``text`` with bytes that are not UTF-8 (lone surrogates) replaced by U+FFFD; prints
    how many were replaced, so the run is never silently on other characters."""
    from gate_explorer.engine.tokenize import replace_surrogates

    text, count = replace_surrogates(text)
    if count:
        print(
            f"gate-explorer: note: {where} held {count} byte(s) that are not UTF-8; "
            "each was replaced with U+FFFD (\N{REPLACEMENT CHARACTER})",
            file=sys.stderr,
        )
    return text


def note_unknown(model: Any, tokens: list[Any]) -> None:
    """A numeric model's inputs that are not finite float32 numbers are fed as 0: say so."""
    if model.tokenizer.kind != "number":
        return
    bad = [t.text for t in tokens if not t.known]
    if bad:
        shown = ", ".join(bad[:5]) + (", ..." if len(bad) > 5 else "")
        print(
            f"gate-explorer: note: {len(bad)} of {len(tokens)} values are not finite float32 "
            f"numbers ({shown}): fed as 0",
            file=sys.stderr,
        )


def run(args: argparse.Namespace) -> int:
    from gate_explorer.headless.figure import check_order, check_spec
    from gate_explorer.headless.run import (
        check_format,
        export_run,
        parse_direction,
        parse_names,
        view_title,
    )
    from gate_explorer.headless.shapes import SHAPE_VIEWS

    fmt = check_format(args.format, args.out)
    size = check_options(args, fmt)
    check_order(args.sort, args.top)
    if args.gradients and fmt not in ("csv", "npz"):
        raise GateExplorerError(f"--gradients is for csv or npz data, not {fmt}")
    if (args.view == "text") != (fmt == "html"):
        raise GateExplorerError(
            "the text view is written as html (--view text --out x.html); html holds only "
            "the text view"
        )
    shape = args.view in SHAPE_VIEWS
    if shape and fmt not in ("png", "svg", "pdf", "csv", "npz"):
        raise GateExplorerError(
            f"--view {args.view} is an image (png, svg, pdf) or its data (csv, npz), not {fmt}"
        )
    if not shape and args.view not in ("heatmaps", "text") and fmt not in ("png", "svg", "pdf"):
        raise GateExplorerError(f"--view {args.view} is an image: use png, svg or pdf, not {fmt}")
    if args.column is not None and args.series is None:
        raise GateExplorerError("--column goes with --series")
    if args.range is not None and (fmt not in ("csv", "npz", "html") or shape):
        raise GateExplorerError(
            f"--range is for the trace data (csv, npz) and the text view (html), not "
            f"{'--view ' + args.view if shape else fmt}"
        )
    replacing = _existing(args.out)
    text = read_text(args)
    chosen = (("module", args.module), ("kind", args.kind))
    chosen += (("head_activation", args.head_activation),)
    options = {k: v for k, v in chosen if v}
    model = load_model(args.model, args.vocab, **options)
    if args.series is not None:
        text = series_text(args, model)
    if args.target is not None:
        from gate_explorer.workspace.seq2seq import Seq2SeqShown

        if not isinstance(model, Seq2SeqShown):
            raise GateExplorerError(
                f"--target is for encoder-decoder models; {model.name} has one stack"
            )
        model.target = clean_text(args.target, "--target") or None
    from gate_explorer.engine.estimate import check_run, estimate_model

    check_run(estimate_model(model, text), "running the model on this text")
    start = time.perf_counter()
    if args.view == "text":
        return _export_text_view(args, model, text, start)
    if shape:
        return _export_shape(args, model, text, fmt, size, start)
    if args.view != "heatmaps":
        return _export_view(args, model, text, fmt, size, start)
    model_run = model.run_text(text)
    note_unknown(model, model_run.tokens)
    spec = check_spec(
        model_run, args.step, args.layer, parse_direction(args.direction), parse_names(args.gates)
    )
    from gate_explorer.export.html import parse_range

    steps = parse_range(args.range, model_run.trace.steps) if args.range else None
    grads, meta = None, {"model": model.name}
    if args.gradients:
        from gate_explorer.analysis.gradient_flow import gradient_flow

        flow = gradient_flow(model, model_run, spec.step)
        grads = flow
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
        steps=steps,
    )
    took = time.perf_counter() - start
    shown = f"steps {steps[0] + 1}-{steps[1]} of {len(model_run.tokens)}" if steps else (
        f"{len(model_run.tokens)} steps")  # fmt: skip
    print(f"wrote {out} ({fmt}, {shown}, {took:.2f} s){replacing}")
    return 0


def check_options(args: argparse.Namespace, fmt: str) -> tuple[int, int] | None:
    """Every numeric option finite and in range (``commands.options``); returns the figure
    size from --width/--height, checked with --scale against the picture size limit."""
    from gate_explorer.commands import options as o
    from gate_explorer.export.render import DEFAULT_SIZE

    o.check_number("--step", args.step, 0, o.MAX_INDEX, integer=True)
    o.check_number("--layer", args.layer, 0, o.MAX_LAYER, integer=True)
    o.check_number("--top", args.top, 0, o.MAX_INDEX, integer=True)
    if args.unit is not None and args.view != "text":  # the text view takes unit specs
        try:
            unit = int(args.unit)
        except ValueError:
            raise GateExplorerError(
                f"--unit {args.unit!r}: the {args.view} view takes one unit number"
            ) from None
        o.check_number("--unit", unit, 0, o.MAX_INDEX, integer=True)
    o.check_number("--scale", args.scale, *o.SCALE_RANGE)
    o.check_number("--fps", args.fps, *o.FPS_RANGE)
    o.check_number("--width", args.width, *o.SIDE_RANGE, integer=True)
    o.check_number("--height", args.height, *o.SIDE_RANGE, integer=True)
    size = None
    if args.width is not None or args.height is not None:
        if args.width is None or args.height is None:
            raise GateExplorerError("give both --width and --height, as positive pixel counts")
        size = (args.width, args.height)
    if fmt not in ("csv", "npz", "html"):
        width, height = size or DEFAULT_SIZE  # no view is larger unless --width/--height
        raster = fmt in ("png", "gif", "mp4")
        o.check_image_size(width, height, args.scale if raster else 1.0)
    return size


def _existing(out: str) -> str:
    """ ", replaced the previous file" when ``out`` (or the file its link points to) exists."""
    return ", replaced the previous file" if Path(out).expanduser().is_file() else ""


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
    from gate_explorer.headless.run import parse_direction
    from gate_explorer.headless.views import rendered_view

    unit = None
    if args.unit is not None:
        try:
            unit = int(args.unit)
        except ValueError:
            raise GateExplorerError(
                f"--unit {args.unit!r}: the {args.view} view takes one unit number"
            ) from None
    replacing = _existing(args.out)
    with rendered_view(
        model,
        text,
        args.view,
        step=args.step,
        layer=args.layer,
        direction=parse_direction(args.direction),
        unit=unit,
        size=size,
    ) as widget:
        steps = widget.session.steps
        note_unknown(model, widget.session.run.tokens)
        out = write_image(
            args.out,
            widget,
            fmt,
            scale=args.scale,
            transparent=args.transparent,
            overwrite=not args.no_overwrite,
        )
    took = time.perf_counter() - start
    print(f"wrote {out} ({args.view} view, {fmt}, {steps} steps, {took:.2f} s){replacing}")
    return 0


def card_units(model: Any) -> list[Any]:
    """The units a model card names with their gate or state (the quote unit first), as
    ``UnitRef``s, each once."""
    from gate_explorer.export.html import UnitRef

    refs = [UnitRef(u.layer, u.name, u.unit, u.direction) for u in model.card.named_units()
            if u.name is not None]  # fmt: skip
    return list(dict.fromkeys(refs))


def _export_text_view(args: argparse.Namespace, model: Any, text: str, start: float) -> int:
    """The text shaded by units, as a self-contained HTML page (``--view text``)."""
    from gate_explorer.export.html import UnitRef, parse_range, write_text_view_html

    run = model.run_text(text)
    if args.unit:
        units = [UnitRef.parse(s) for s in args.unit.split(",") if s.strip()]
    else:
        units = card_units(model)[:4]
        if not units:
            raise GateExplorerError(
                f"{model.name}'s card names no unit: choose some with --unit LAYER:NAME:UNIT"
            )
    a, b = parse_range(args.range, run.trace.steps)
    out = write_text_view_html(
        args.out,
        run,
        units,
        title=f"{model.name}: text view",
        start=a,
        stop=b,
        overwrite=not args.no_overwrite,
    )
    took = time.perf_counter() - start
    shown = ", ".join(u.label() for u in units)
    print(f"wrote {out} (text view, steps {a + 1}-{b}, {shown}, {took:.2f} s)")
    return 0


def _export_shape(
    args: argparse.Namespace,
    model: Any,
    text: str,
    fmt: str,
    size: tuple[int, int] | None,
    start: float,
) -> int:
    """``--view seq2seq``, ``series`` or ``jacobian``: the image, or its data as csv/npz."""
    from gate_explorer.headless import shapes
    from gate_explorer.workspace.seq2seq import Seq2SeqShown

    view = args.view
    if view == "seq2seq" and not isinstance(model, Seq2SeqShown):
        raise GateExplorerError(
            f"--view seq2seq is for encoder-decoder models (e.g. seq2seq-lstm); {model.name} "
            "has one stack"
        )
    if view == "series" and (model.head is None or model.head.kind != "regress"):
        raise GateExplorerError(
            f"--view series is for numeric models with a regress head (e.g. sunspots-lstm); "
            f"{model.name} has {'no head' if model.head is None else 'a ' + model.head.kind}"
        )
    replacing = _existing(args.out)
    overwrite = not args.no_overwrite
    if fmt in ("csv", "npz"):
        run = model.run_text(text)
        note_unknown(model, run.tokens)
        steps = len(run.tokens)
        if args.step is not None and not 0 <= args.step < steps:
            raise GateExplorerError(f"step {args.step} does not exist: the text has {steps} steps")
        if view == "seq2seq":
            table = shapes.seq2seq_table(run)
        elif view == "series":
            table = shapes.series_table(run)
        else:
            target = steps - 1 if args.step is None else args.step
            table = shapes.jacobian_table(model, run, target, args.layer)
        table.meta["model"] = model.name
        out = shapes.write_table(table, args.out, fmt, overwrite=overwrite)
    else:
        from PySide6.QtCore import QSize

        from gate_explorer.export.images import write_image

        with shapes.shape_session(model, text, step=args.step, layer=args.layer) as session:
            note_unknown(model, session.run.tokens)
            steps = session.steps
            if view == "jacobian":  # the loss at --step, as in the csv/npz data
                widget = shapes.jacobian_widget(session, follow=args.step is not None)
            elif view == "seq2seq":
                widget = shapes.seq2seq_widget(session)
            else:
                widget = shapes.series_widget(session)
            width, height = size or shapes.SIZES[view]
            widget.resize(width, height)
            try:
                out = write_image(args.out, widget, fmt, scale=args.scale,
                                  transparent=args.transparent, size=QSize(width, height),
                                  overwrite=overwrite)  # fmt: skip
            finally:
                import shiboken6

                shiboken6.delete(widget)
    took = time.perf_counter() - start
    print(f"wrote {out} ({view} view, {fmt}, {steps} steps, {took:.2f} s){replacing}")
    return 0
