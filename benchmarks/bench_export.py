"""Export timings for a 1,000-token text through the bundled quotes-lstm (2 x 128 LSTM).

Run: ``python benchmarks/bench_export.py`` (offscreen; prints one line per export; the
best of ``--repeat`` runs). The target: the full view as PNG in under a second.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gate_explorer import load_model
from gate_explorer.headless.figure import build_view, check_spec
from gate_explorer.headless.run import ensure_app, export_run

TEXT = (
    '"The only way to do great work is to love what you do," she said, and then, '
    "after a pause: 'If you haven't found it yet, keep looking. Don't settle.' "
)


def best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", default="quotes-lstm")
    parser.add_argument("--tokens", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--gif-steps", type=int, default=100, help="steps in the GIF timing")
    parser.add_argument("--gif-scale", type=float, default=0.5)
    args = parser.parse_args()
    ensure_app()
    model = load_model(args.model)
    text = (TEXT * (args.tokens // len(TEXT) + 1))[: args.tokens]
    run = model.run_text(text)
    steps = len(run.tokens)
    spec = check_spec(run, step=steps // 2, layer=model.net.config.num_layers - 1)
    print(f"{args.model}: {model.net.describe()}, {steps} tokens, {len(spec.names)} heatmaps")
    out = Path(tempfile.mkdtemp(prefix="bench-export-"))

    def timed(label: str, fn: Callable[[], object], target: str = "< 1 s") -> None:
        print(f"  {label:<44} {best(fn, args.repeat) * 1000:8.0f} ms   ({target})")

    def build(all_steps: bool) -> object:
        return build_view(run, spec, "bench", all_steps=all_steps)

    timed("build panel (not shown)", lambda: build(True), "part of each below")
    for fmt in ("png", "svg", "pdf"):
        path = out / f"full.{fmt}"
        timed(f"full view, all {steps} steps -> {fmt} (build+write)",
              lambda p=path: export_run(run, spec, p, all_steps=True))  # fmt: skip
    timed("window view (400 steps) -> png", lambda: export_run(run, spec, out / "win.png"))
    timed("full view -> png at scale 2", lambda: export_run(run, spec, out / "x2.png", scale=2,
                                                           all_steps=True))  # fmt: skip
    timed("whole trace -> csv", lambda: export_run(run, spec, out / "t.csv"), "no target")
    timed("whole trace -> npz", lambda: export_run(run, spec, out / "t.npz"), "no target")
    short = model.run_text(text[: args.gif_steps])
    gspec = check_spec(short)
    gif_time = best(lambda: export_run(short, gspec, out / "a.gif", scale=args.gif_scale), 1)
    label = f"gif, {len(short.tokens)} frames at scale {args.gif_scale}"
    print(f"  {label:<44} {gif_time * 1000:8.0f} ms   "
          f"({gif_time / len(short.tokens) * 1000:.0f} ms/frame)")  # fmt: skip
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak memory {peak:.0f} MiB")
    sizes = {p.name: p.stat().st_size for p in sorted(out.iterdir())}
    print("  sizes: " + ", ".join(f"{k} {v / 1024:.0f} KiB" for k, v in sizes.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
