"""The ``gate-explorer`` command: launch the window, or a headless sub-command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from gate_explorer import __version__
from gate_explorer.errors import GateExplorerError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gate-explorer",
        description="Step through the gates of LSTM, GRU and RNN networks on your own text.",
    )
    parser.add_argument("--version", action="version", version=f"gate-explorer {__version__}")
    parser.add_argument("--model", help="bundled model name or weights file to open")
    parser.add_argument("--text", help="text to show at start")
    parser.add_argument("--vocab", help="vocabulary file for a weights file")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        from gate_explorer.ui.app import run_app

        return run_app(model=args.model, text=args.text, vocab=args.vocab)
    except GateExplorerError as exc:
        print(f"gate-explorer: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
