"""``gate-explorer train TASK --out PATH``: train a bundled model from scratch in NumPy.

A run writes a checkpoint every 500 steps (``--checkpoint``, ``--checkpoint-every``);
``--resume`` goes on from it after an interruption and ends with the same model.

Defaults per task are the bundled model's settings, so ``gate-explorer train memory-lstm
--out m.npz`` reproduces ``resources/models/memory-lstm.npz`` (same seed, same numbers on
the same numpy/BLAS build).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
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
    p.add_argument(
        "--checkpoint",
        help="checkpoint file (default: OUT with .ckpt.npz); written atomically every "
        "--checkpoint-every steps, removed when training ends",
    )
    p.add_argument(
        "--checkpoint-every", type=int, default=500, help="steps between checkpoints (500)"
    )
    p.add_argument(
        "--resume",
        action="store_true",
        help="go on from the checkpoint when there is one (same task and settings)",
    )


def run(args: argparse.Namespace) -> int:
    from gate_explorer.commands import options as o
    from gate_explorer.io.bundle import save_bundle
    from gate_explorer.training.progress import ConsoleProgress
    from gate_explorer.training.run import train_task

    o.check_number("--hidden", args.hidden, 1, o.MAX_HIDDEN, integer=True)
    o.check_number("--steps", args.steps, 1, o.MAX_TRAIN_STEPS, integer=True)
    o.check_number("--seed", args.seed, 0, o.MAX_SEED, integer=True)
    o.check_number("--checkpoint-every", args.checkpoint_every, 1, o.MAX_TRAIN_STEPS, integer=True)
    out = str(args.out)
    ckpt = args.checkpoint or (out[:-4] if out.endswith(".npz") else out) + ".ckpt.npz"
    if args.resume and Path(ckpt).exists():
        print(f"resuming from {ckpt}", file=sys.stderr)
    elif args.resume:
        print(f"no checkpoint at {ckpt} yet: starting from step 0", file=sys.stderr)
    progress = None if args.quiet else ConsoleProgress(args.task)
    model = train_task(
        args.task,
        cell=args.cell,
        hidden=args.hidden,
        steps=args.steps,
        seed=args.seed,
        on_progress=progress,
        checkpoint_path=ckpt,
        checkpoint_every=args.checkpoint_every,
        resume=args.resume,
    )
    path = save_bundle(model, args.out)
    print(f"wrote {path}")
    print(json.dumps(model.card.get("metrics", {}), indent=None)[:2000], file=sys.stdout)
    return 0
