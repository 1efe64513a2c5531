"""The ``gate-explorer`` command: launch the window, or run a headless sub-command.

Each sub-command lives in ``gate_explorer/commands/<name>.py`` with ``add_parser(sub)``
and ``run(args) -> int``; list it in ``COMMANDS``. Errors a user can cause
(``GateExplorerError``) print one line and exit with status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from gate_explorer import __version__
from gate_explorer.errors import GateExplorerError

COMMANDS: tuple[str, ...] = ("models", "train", "export", "generate")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gate-explorer",
        description="Step through the gates of LSTM, GRU and RNN networks on your own text.",
    )
    parser.add_argument("--version", action="version", version=f"gate-explorer {__version__}")
    parser.add_argument("--model", help="bundled model name or weights file to open")
    parser.add_argument("--text", help="text to show at start")
    parser.add_argument("--vocab", help="vocabulary file for a weights file")
    parser.add_argument(
        "--series", help="numeric models: open a CSV/TSV column or a .npy array as the input"
    )
    parser.add_argument("--column", help="with --series: the column's name or 0-based index")
    from gate_explorer.commands.models import add_model_options

    add_model_options(parser)  # as on ``export``: the choices a weights file leaves open
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"gate_explorer.commands.{name}").add_parser(sub)
    return parser


def window_options(args: argparse.Namespace) -> dict[str, str | None]:
    """``--module``, ``--kind``, ``--head-activation`` for the window's ``--model``, checked
    as ``export`` checks them (``--kind relu`` is ``rnn_relu``); raise ``GateExplorerError``."""
    options = {"module": args.module, "kind": args.kind, "head_activation": args.head_activation}
    given = [f"--{name.replace('_', '-')}" for name, value in options.items() if value]
    if given and not args.model:
        verb = "needs" if len(given) == 1 else "need"
        raise GateExplorerError(f"{' and '.join(given)} {verb} --model FILE (a weights file)")
    if given:
        from gate_explorer.zoo import names

        if args.model in names():
            raise GateExplorerError(
                f"{' and '.join(given)} {'is' if len(given) == 1 else 'are'} for a weights "
                f"file; {args.model} is a bundled model, which records its cell and head"
            )
    if args.kind:
        from gate_explorer.engine.net import canonical_kind

        options["kind"] = canonical_kind(args.kind)
    return options


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if not set(argv) & set(COMMANDS):  # the window: set BLAS up before the parser loads NumPy
        from gate_explorer.ui.window.app import single_threaded_blas

        single_threaded_blas()
    args = build_parser().parse_args(argv)
    try:
        if args.command:
            module = importlib.import_module(f"gate_explorer.commands.{args.command}")
            return int(module.run(args) or 0)
        from gate_explorer.ui.window.app import run_app

        if args.column is not None and args.series is None:
            raise GateExplorerError("--column goes with --series")
        options = window_options(args)
        if args.series is not None:
            options |= {"series": args.series, "column": args.column}
        return run_app(model=args.model, text=args.text, vocab=args.vocab, **options)
    except GateExplorerError as exc:
        print(f"gate-explorer: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
