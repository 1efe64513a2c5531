"""``gate-explorer models``: one line per bundled model (name, cell, size, summary)."""

from __future__ import annotations

import argparse

from gate_explorer import zoo


def add_parser(sub: argparse._SubParsersAction) -> None:
    sub.add_parser("models", help="list the bundled models", description=__doc__)


def run(args: argparse.Namespace) -> int:
    entries = zoo.available()
    if not entries:
        print(f"No models are bundled yet (looked in {zoo.models_dir()}).")
        return 0
    width = max(len(e.name) for e in entries)
    for e in entries:
        print(f"{e.name:<{width}}  {e.kind or '?':<8}  {e.size:<24}  {e.summary}")
    return 0
