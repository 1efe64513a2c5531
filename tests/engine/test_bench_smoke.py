"""The engine benchmark script still runs (tiny sizes, in a subprocess): needs torch."""

import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).parents[2] / "benchmarks" / "bench_engine.py"


@pytest.mark.torch
@pytest.mark.parametrize("clock", [[], ["--cpu-time"]])
def test_bench_engine_prints_a_row_per_cell_and_size(clock):
    pytest.importorskip("torch")
    args = ["--steps", "4", "--hidden", "8", "--input", "3", "--repeats", "1", *clock]
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    rows = [line for line in proc.stdout.splitlines() if line.startswith(("| LSTM", "| GRU"))]
    assert len(rows) == 2
    for row in rows:
        cells = [c.strip() for c in row.strip("|").split("|")]
        assert float(cells[-1]) < 1e-5  # max |ours - torch| of the output
    assert "OPENBLAS_CORETYPE=" in proc.stdout
    assert ("CPU time of the thread" in proc.stdout) == bool(clock)


@pytest.mark.torch
def test_bench_engine_breakdown_prints_the_parts_of_a_compiled_step():
    pytest.importorskip("torch")
    pytest.importorskip("numba")
    args = ["--breakdown", "--steps", "40", "--hidden", "16", "--input", "3", "--repeats", "2"]
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=300,
        check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    rows = [line for line in proc.stdout.splitlines() if line.startswith(("| LSTM", "| GRU"))]
    assert [r.split("|")[1].strip() for r in rows] == ["LSTM", "GRU"]
    for row in rows:
        cells = [c.strip() for c in row.strip("|").split("|")]
        run, loop, product = float(cells[2]), float(cells[4]), float(cells[5])
        assert 0 < product < loop
        assert run > 0
        assert (cells[3] == "-") == (cells[0] == "GRU")  # the LSTM computes its input in the loop
