"""The CLI refuses runs above the published limits, with the estimate, before running."""

from __future__ import annotations

import time

from gate_explorer import cli


def test_a_10m_character_text_file_is_refused_with_the_estimate(tmp_path, capsys):
    text = tmp_path / "big.txt"
    text.write_text("x" * 10_000_000, encoding="utf-8")
    out = tmp_path / "x.csv"
    start = time.perf_counter()
    args = ["export", "--model", "quotes-lstm", "--text-file", str(text), "--out", str(out)]
    assert cli.main(args) == 2
    assert time.perf_counter() - start < 20  # was 49 s, then a MemoryError traceback
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "(limit 2.0 GB)" in err
    assert "(limit 30 s)" in err
    assert "10,000,000 steps" in err
    assert not out.exists()


def test_within_the_limits_runs(tmp_path, capsys):
    text = tmp_path / "t.txt"
    text.write_text("She said 'hi'. " * 200, encoding="utf-8")
    out = tmp_path / "x.npz"
    args = ["export", "--model", "quotes-gru", "--text-file", str(text), "--out", str(out)]
    assert cli.main(args) == 0
    assert out.exists()
