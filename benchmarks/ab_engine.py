"""A/B of the NumPy engine between two source trees, interleaved in one run.

    python benchmarks/ab_engine.py OLD_TREE NEW_TREE [--rounds 6] [--repeats 15]

Each round runs, in a fresh child process per tree (alternating which goes first), the
same timing for LSTM and GRU at H = 128 and 256 (batch 1, T = 1000, input 64, float32,
full trace, one BLAS thread): the best of ``--repeats`` runs of ``RecurrentNet.run`` on
random weights from a fixed seed. It prints the per-round ratio NEW/OLD and the median
over rounds; a refactoring that keeps speed should stay within 1 +- 0.05. The children
use only ``RecurrentNet.from_state_dict`` and ``run``, which both trees have. Used for
issue 15 (the restructuring) against the commit before it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys

CHILD = r"""
import json, os, time
import numpy as np
from gate_explorer.engine import RecurrentNet
out = {}
for kind in ("lstm", "gru"):
    for h in (128, 256):
        rng = np.random.default_rng(0)
        g = 4 if kind == "lstm" else 3
        sd = {"weight_ih_l0": rng.standard_normal((g * h, 64)).astype(np.float32) * 0.1,
              "weight_hh_l0": rng.standard_normal((g * h, h)).astype(np.float32) * 0.1,
              "bias_ih_l0": np.zeros(g * h, np.float32), "bias_hh_l0": np.zeros(g * h, np.float32)}
        net = RecurrentNet.from_state_dict(kind, sd)
        x = rng.standard_normal((1000, 64)).astype(np.float32)
        net.run(x)
        best = float("inf")
        for _ in range(REPEATS):
            t = time.perf_counter(); net.run(x); best = min(best, time.perf_counter() - t)
        out[f"{kind}-{h}"] = best * 1e3
print(json.dumps(out))
"""


def measure(tree: str, repeats: int) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=tree, OPENBLAS_NUM_THREADS="1", GATE_EXPLORER_ENGINE="numpy")
    code = CHILD.replace("REPEATS", str(repeats))
    done = subprocess.run([sys.executable, "-c", code], env=env, cwd=tree, capture_output=True,
                          text=True, check=True)  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args()
    print(f"# load average at start: {os.getloadavg()[0]:.2f}")
    ratios: dict[str, list[float]] = {}
    for r in range(args.rounds):
        order = (args.old, args.new) if r % 2 == 0 else (args.new, args.old)
        res = {tree: measure(tree, args.repeats) for tree in order}
        old, new = res[args.old], res[args.new]
        line = []
        for key in old:
            ratios.setdefault(key, []).append(new[key] / old[key])
            line.append(f"{key} {old[key]:.1f}->{new[key]:.1f} ms ({new[key] / old[key]:.3f})")
        print(f"round {r + 1}: " + ", ".join(line), flush=True)
    print(f"# load average at end: {os.getloadavg()[0]:.2f}")
    for key, values in ratios.items():
        print(f"{key}: median new/old {statistics.median(values):.3f} "
              f"(min {min(values):.3f}, max {max(values):.3f})")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
