"""``gate-explorer models``: each bundled model (name, cell, size, summary, and the card's
held-out result); ``--markdown`` prints the README's model table."""

from __future__ import annotations

import argparse

from gate_explorer import zoo


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("models", help="list the bundled models", description=__doc__)
    p.add_argument(
        "--markdown",
        action="store_true",
        help="print the model table as in the README (made from the model cards)",
    )


def run(args: argparse.Namespace) -> int:
    entries = zoo.available()
    if not entries:
        print(f"No models are bundled yet (looked in {zoo.models_dir()}).")
        return 0
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
