"""Streamed exports of a long run: time, file size and peak memory of CSV, NPZ and HTML.

    python benchmarks/bench_stream_export.py                   # 1,000,000 steps, 1 x 8 LSTM
    python benchmarks/bench_stream_export.py --steps 200000 --hidden 32 --formats npz

The run is synthetic (``tests/streamed.py``: every chunk made on the fly from a formula,
no network, no trace in memory), so what is measured is the export alone: reading the run
chunk by chunk and writing it. Each format runs in a fresh process, which reports its
wall time, the file's size and the process's peak RSS (``--traced``: and the tracemalloc
peak of Python and NumPy allocations, which slows the export several times). The HTML
text view holds at most ``MAX_TOKENS`` tokens: it writes the last ones, with colour ranges
fitted to a sample of the whole run. For scale: the whole
trace of the run would be steps x hidden x layers x 6 names x 4 bytes.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def one(
    fmt: str, steps: int, hidden: int, layers: int, out: Path, traced: bool
) -> dict[str, float]:
    """Export ``fmt`` of a synthetic run in this process; the measurements."""
    from gate_explorer.export.data import write_csv, write_npz
    from gate_explorer.export.html import MAX_TOKENS, UnitRef, write_text_view_html
    from tests.streamed import synthetic_run

    run = synthetic_run(steps, hidden=hidden, layers=layers)
    if traced:
        tracemalloc.start()
    start = time.perf_counter()
    if fmt == "csv":
        write_csv(out, run)
    elif fmt == "npz":
        write_npz(out, run)
    else:
        units = [UnitRef(0, "c", 0), UnitRef(0, "f", 1), UnitRef(layers - 1, "h", 2)]
        write_text_view_html(out, run, units, start=max(steps - MAX_TOKENS, 0), stop=steps)
    took = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] if traced else -1
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    size = out.stat().st_size
    out.unlink()
    return {"seconds": took, "bytes": size, "traced_peak": peak, "peak_rss": rss}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--steps", type=int, default=1_000_000)
    p.add_argument("--hidden", type=int, default=8)
    p.add_argument("--layers", type=int, default=1)
    p.add_argument("--formats", default="csv,npz,html")
    p.add_argument(
        "--traced", action="store_true",
        help="also trace Python/NumPy allocations (tracemalloc; several times slower)",
    )  # fmt: skip
    p.add_argument("--one", help=argparse.SUPPRESS)  # child process: format,path
    args = p.parse_args()
    if args.one:
        fmt, path = args.one.split(",", 1)
        got = one(fmt, args.steps, args.hidden, args.layers, Path(path), args.traced)
        print(json.dumps(got))
        return
    whole = args.steps * args.hidden * args.layers * 6 * 4
    print(
        f"synthetic LSTM run: {args.steps:,} steps, {args.layers} x {args.hidden} units; "
        f"its whole trace would be {whole / 2**20:,.0f} MB"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in args.formats.split(","):
            out = Path(tmp) / f"run.{fmt}"
            sizes = ["--steps", str(args.steps), "--hidden", str(args.hidden)]
            cmd = [sys.executable, __file__, *sizes, "--layers", str(args.layers)]
            cmd += ["--one", f"{fmt},{out}", *(["--traced"] if args.traced else [])]
            env = {**os.environ, "PYTHONPATH": str(ROOT)}
            got = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True,
                                            env=env).stdout)  # fmt: skip
            traced = f", traced peak {got['traced_peak'] / 2**20:6.1f} MB" if args.traced else ""
            print(
                f"{fmt:>4}: {got['seconds']:7.1f} s, file {got['bytes'] / 2**20:8,.1f} MB, "
                f"peak RSS {got['peak_rss'] / 2**20:6.0f} MB{traced}"
            )


if __name__ == "__main__":
    main()
