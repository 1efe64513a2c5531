"""Measure bundled models' card figures again, with their task's current held-out sets.

    OPENBLAS_NUM_THREADS=1 python benchmarks/remeasure_cards.py agreement-lstm sine-lstm

For a model whose weights stay but whose card must say more (conditions never trained on):
runs ``task.evaluate`` with the card's evaluation seed (training seed + 10,000), replaces
``metrics`` and ``metrics_note`` and records when and why under ``remeasured``. The
training record is untouched.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

import numpy as np

from gate_explorer.io.bundle import load_bundle, save_bundle
from gate_explorer.training.tasks import get_task
from gate_explorer.training.trainable import Trainable

MODELS = Path(__file__).resolve().parent.parent / "resources" / "models"


WHY = (
    "held-out conditions never trained on (longer distances or series, other periods) "
    "or added card entries, same weights"
)


def remeasure(path: Path, why: str = WHY) -> dict:
    model = load_bundle(path)
    name = model.card["task"]
    task = get_task(name)
    seed = int(model.card["training"]["seed"])
    model.card["metrics"] = task.evaluate(model, np.random.default_rng(seed + 10_000))
    extra = task.extra_card(model, Trainable.from_model(model), None, task.settings.but(seed=seed))
    model.card.update(extra)
    model.card["remeasured"] = {
        "date": dt.date.today().isoformat(),
        "why": why,
    }
    save_bundle(model, path)
    return model.card["metrics"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="+")
    parser.add_argument("--models-dir", type=Path, default=MODELS)
    parser.add_argument("--why", default=WHY, help="recorded in the card under 'remeasured'")
    args = parser.parse_args(argv)
    for name in args.names:
        print(name, json.dumps(remeasure(args.models_dir / f"{name}.npz", args.why)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
