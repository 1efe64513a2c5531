"""Reproduce every bundled model from scratch with the NumPy engine alone.

    OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 python benchmarks/train_all.py [NAME ...]

Trains each task with its default settings (seed 0), writes ``resources/models/NAME.npz``
and ``resources/examples/NAME.txt``, and adds to each memory model's card the side-by-side
comparison of the three cells (accuracy against N, training curves, ||dL/dh_1||).
Same as ``gate-explorer train NAME --out resources/models/NAME.npz`` for each name.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from gate_explorer.io.bundle import load_bundle, save_bundle
from gate_explorer.training.progress import ConsoleProgress
from gate_explorer.training.run import train_task
from gate_explorer.training.tasks import NAMES

ROOT = Path(__file__).resolve().parent.parent / "resources"
MEMORY = ("memory-rnn", "memory-lstm", "memory-gru")


def compare_memory(models_dir: Path) -> None:
    """Copy the three memory cards' key results into each memory card as ``comparison``."""
    paths = [models_dir / f"{n}.npz" for n in MEMORY]
    if not all(p.exists() for p in paths):
        return
    models = [load_bundle(p) for p in paths]
    comparison = {
        m.name: {
            "accuracy_by_delay": m.card["metrics"]["accuracy_by_delay"],
            "grad_norm_first_step": m.card["grad_norm_first_step"],
            "grad_ratio_first_step": m.card["grad_ratio_first_step"],
            "grad_ratio_first_step_median": m.card.get("grad_ratio_first_step_median", {}),
            "training_curve": m.card["training_curve"],
            "probes": m.card.get("probes", []),
        }
        for m in models
    }
    for m, p in zip(models, paths, strict=True):
        m.card["comparison"] = comparison
        save_bundle(m, p)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", default=list(NAMES), help="tasks (default: all)")
    parser.add_argument("--out-dir", type=Path, default=ROOT, help="resources folder")
    args = parser.parse_args(argv)
    models_dir, examples_dir = args.out_dir / "models", args.out_dir / "examples"
    models_dir.mkdir(parents=True, exist_ok=True)
    examples_dir.mkdir(parents=True, exist_ok=True)
    for name in args.names:
        model = train_task(name, on_progress=ConsoleProgress(name))
        save_bundle(model, models_dir / f"{name}.npz")
        (examples_dir / f"{name}.txt").write_text(model.card["example"].rstrip("\n") + "\n")
        print(name, json.dumps(model.card["metrics"])[:600], flush=True)
    compare_memory(models_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
