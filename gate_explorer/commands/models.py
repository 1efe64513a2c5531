"""``gate-explorer models``: each bundled model (name, cell, size, summary, and the card's
held-out result); ``--markdown`` prints the README's model table; ``--inspect FILE`` what a
weights file holds and what will be computed, without a window."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable

from gate_explorer import zoo
from gate_explorer.notices import Notice


def print_notices(notices: Iterable[Notice]) -> None:
    """Each notice on its own stderr line: ``notice: ...``."""
    for notice in notices:
        print(str(notice), file=sys.stderr)


def add_model_options(p: argparse.ArgumentParser) -> None:
    """``--module``, ``--kind``, ``--head-activation``: the choices a file leaves open (also
    on ``export``)."""
    p.add_argument(
        "--module",
        metavar="NAME",
        help="the recurrent module to read when a file holds several (e.g. decoder.rnn)",
    )
    p.add_argument(
        "--kind",
        metavar="KIND",
        help="the cell kind, for an nn.RNN file that does not record it: rnn_tanh or rnn_relu "
        "(also lstm, gru to confirm)",
    )
    p.add_argument(
        "--head-activation",
        choices=("softmax", "sigmoid", "linear"),
        help="what the readout head applies, for a file that does not record it "
        "(a torch nn.Linear): softmax, sigmoid or linear",
    )


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "models",
        help="list the bundled models, or inspect a weights file",
        description=__doc__,
    )
    p.add_argument(
        "--markdown",
        action="store_true",
        help="print the model table as in the README (made from the model cards)",
    )
    p.add_argument("--inspect", metavar="FILE", help="report what FILE holds instead")
    p.add_argument("--json", action="store_true", help="with --inspect: the report as JSON")
    p.add_argument("--vocab", help="with --inspect: a vocabulary file for the weights")
    add_model_options(p)


def run(args: argparse.Namespace) -> int:
    if getattr(args, "inspect", None):
        return _inspect(args)
    entries = zoo.available()
    if not entries:
        print(f"No models are bundled yet (looked in {zoo.models_dir()}).")
        return 0
    entries = zoo.listed()
    if getattr(args, "markdown", False):
        print(zoo.markdown_table(entries))
        return 0
    width = max(len(e.name) for e in entries)
    for e in entries:
        print(f"{e.name:<{width}}  {e.kind or '?':<8}  {e.size:<24}  {e.summary}")
        result = zoo.result_of(e.card)
        if result:
            print(f"{'':<{width}}  held out: {result}")
    return 0


def _inspect(args: argparse.Namespace) -> int:
    from gate_explorer.engine.net import canonical_kind
    from gate_explorer.io.inspect import inspect_file

    kind = canonical_kind(args.kind) if args.kind else None
    report = inspect_file(
        args.inspect,
        module=args.module,
        kind=kind,
        vocab=args.vocab,
        head_activation=args.head_activation,
    )
    if args.json:
        print(json.dumps(report.to_dict(), indent=2))
    else:
        print(report.text())
    choose = bool(report.modules) and not report.computed  # listed: the user picks one
    return 0 if not report.error or choose else 2
