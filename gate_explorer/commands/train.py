"""``gate-explorer train TASK --out PATH``: train a bundled model from scratch in NumPy.

Defaults per task are the bundled model's settings, so ``gate-explorer train memory-lstm
--out m.npz`` reproduces ``resources/models/memory-lstm.npz`` (same seed, same numbers on
the same numpy/BLAS build).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from gate_explorer.training.tasks import NAMES


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "train",
        help="train a bundled model's task from scratch (NumPy engine)",
        description=__doc__.split("\n\n")[0] if __doc__ else None,
    )
    p.add_argument("task", choices=NAMES, help="task = name of the bundled model it makes")
    p.add_argument("--cell", choices=("lstm", "gru", "rnn"), help="cell kind (task default)")
    p.add_argument("--hidden", type=int, help="hidden units (task default)")
    p.add_argument("--steps", type=int, help="training steps (task default)")
    p.add_argument("--seed", type=int, help="random seed (task default: 0)")
    p.add_argument("--out", required=True, help="bundle file to write (.npz)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")


def run(args: argparse.Namespace) -> int:
    from gate_explorer.commands import options as o
    from gate_explorer.io.bundle import save_bundle
    from gate_explorer.training.progress import ConsoleProgress
    from gate_explorer.training.run import train_task

    o.check_number("--hidden", args.hidden, 1, o.MAX_HIDDEN, integer=True)
    o.check_number("--steps", args.steps, 1, o.MAX_TRAIN_STEPS, integer=True)
    o.check_number("--seed", args.seed, 0, o.MAX_SEED, integer=True)
    progress = None if args.quiet else ConsoleProgress(args.task)
    model = train_task(
        args.task,
        cell=args.cell,
        hidden=args.hidden,
        steps=args.steps,
        seed=args.seed,
        on_progress=progress,
    )
    path = save_bundle(model, args.out)
    print(f"wrote {path}")
    print(json.dumps(model.card.get("metrics", {}), indent=None)[:2000], file=sys.stdout)
    return 0
