"""Load and run times of every bundled model: ``python benchmarks/bench_zoo.py``.

For each model: the best of 5 loads by name, and the best of 5 runs of a 1,000-token text
(its example text repeated), against the zoo's targets (load < 0.2 s, 1,000 tokens < 0.1 s).
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # before numpy is imported

import argparse
import time
from collections.abc import Callable

from gate_explorer import load_model
from gate_explorer.bundled import resource
from gate_explorer.training.tasks import NAMES

LOAD_TARGET, RUN_TARGET = 0.2, 0.1


def best_of(fn: Callable[[], object], repeats: int) -> float:
    """Shortest of ``repeats`` timed calls, in seconds."""
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def thousand_tokens(name: str, model) -> str:
    """The model's example text, repeated and cut to exactly 1,000 tokens."""
    text = resource("examples", f"{name}.txt").read_text(encoding="utf-8").strip()
    sep = "" if model.tokenizer.kind == "char" else " "
    pieces = len(model.tokenizer.spans(text))
    long = sep.join([text] * (1000 // pieces + 1))
    return long[: model.tokenizer.tokenize(long)[999].end]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    print("| model | load ms (< 200) | 1,000 tokens ms (< 100) |")
    print("|---|---|---|")
    for name in NAMES:
        model = load_model(name)
        load = best_of(lambda n=name: load_model(n), args.repeats)
        text = thousand_tokens(name, model)
        run = best_of(lambda m=model, t=text: m.run_text(t), args.repeats)
        flag = "" if load < LOAD_TARGET and run < RUN_TARGET else "  (over target)"
        print(f"| {name} | {load * 1e3:.1f} | {run * 1e3:.1f}{flag} |", flush=True)


if __name__ == "__main__":
    main()
