"""Headless exports of fixed inputs, for checking a refactoring changes no pixel.

    python benchmarks/export_pixels.py render OUT_DIR [--tree SOURCE_TREE]
    python benchmarks/export_pixels.py compare DIR_A DIR_B

``render`` runs ``gate-explorer export`` (as a subprocess, from ``SOURCE_TREE``, default this
checkout) for every case in ``CASES``; ``compare`` checks that each PNG decodes to the same
pixels (and says whether the bytes match too) and that the other files are byte-identical.
Exit status 1 when anything differs. Used before and after the restructuring of issue 15:
render on the old commit (``git archive <commit> | tar -x -C /tmp/old``) and on the new one.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

TEXT = 'She said "stop it", then laughed. He said "no".'
CASES: dict[str, list[str]] = {
    "heatmaps.png": ["--model", "quotes-lstm"],
    "heatmaps-step.png": ["--model", "quotes-lstm", "--step", "5", "--gates", "i,f,c"],
    "heatmaps-sorted.png": ["--model", "quotes-gru", "--sort", "cluster", "--top", "12"],
    "heatmaps-scaled.png": ["--model", "memory-rnn", "--scale", "2", "--transparent"],
    "heatmaps-sized.png": ["--model", "quotes-lstm", "--width", "900", "--height", "500"],
    "heatmaps-all.png": ["--model", "sentiment-gru", "--all-steps"],
    "cell.png": ["--model", "quotes-lstm", "--view", "cell", "--step", "8"],
    "cell-gru.png": ["--model", "quotes-gru", "--view", "cell", "--unit", "3"],
    "unit.png": ["--model", "quotes-lstm", "--view", "unit"],
    "gradients.png": ["--model", "quotes-lstm", "--view", "gradients", "--step", "10"],
    "saturation.png": ["--model", "memory-lstm", "--view", "saturation"],
    "trace.csv": ["--model", "quotes-gru"],
    "heatmaps.svg": ["--model", "memory-gru"],
}


def render(out: Path, tree: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PYTHONPATH": str(tree), "QT_QPA_PLATFORM": "offscreen"}
    for name, args in CASES.items():
        cmd = [sys.executable, "-m", "gate_explorer", "export", "--text", TEXT, *args,
               "--out", str(out / name)]  # fmt: skip
        proc = subprocess.run(cmd, env=env, cwd=tree, capture_output=True, text=True, timeout=300)
        status = "ok" if proc.returncode == 0 else f"FAILED {proc.returncode}: {proc.stderr}"
        print(f"{name}: {status}")


def compare(a: Path, b: Path) -> int:
    from PIL import Image, ImageChops

    bad = 0
    for name in CASES:
        fa, fb = a / name, b / name
        if not fa.exists() or not fb.exists():
            print(f"{name}: missing in {a if not fa.exists() else b}")
            bad += 1
            continue
        same_bytes = fa.read_bytes() == fb.read_bytes()
        if name.endswith(".png"):
            ia, ib = Image.open(fa).convert("RGBA"), Image.open(fb).convert("RGBA")
            same = ia.size == ib.size and ImageChops.difference(ia, ib).getbbox() is None
            print(f"{name}: {'same pixels' if same else 'DIFFERENT pixels'} {ia.size}"
                  f"{', same bytes' if same_bytes else ', other bytes'}")  # fmt: skip
        else:
            same = same_bytes
            print(f"{name}: {'same bytes' if same else 'DIFFERENT bytes'}")
        bad += not same
    return 1 if bad else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("render")
    r.add_argument("out", type=Path)
    r.add_argument("--tree", type=Path, default=Path(__file__).resolve().parent.parent)
    c = sub.add_parser("compare")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    args = parser.parse_args()
    if args.cmd == "render":
        render(args.out, args.tree.resolve())
        return 0
    return compare(args.a, args.b)


if __name__ == "__main__":
    sys.exit(main())
