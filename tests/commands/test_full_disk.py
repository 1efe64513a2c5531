"""``gate-explorer export`` onto a full disk: exit 2 with a message, the old file kept
(the issue's case 1: a PDF used to be reported as written, truncated, over the old one)."""

from __future__ import annotations

import pytest

from gate_explorer import cli

from ..disk import fill_disk


@pytest.mark.parametrize("fmt", ["pdf", "png", "svg", "csv", "npz", "gif"])
def test_export_onto_a_full_disk(small_disk, capsys, fmt):
    target = small_disk / f"view.{fmt}"
    target.write_bytes(b"the previous export")
    fill_disk(small_disk / "filler")
    args = ["export", "--model", "memory-rnn", "--text", "b . . ?", "--out", str(target)]
    assert cli.main(args) == 2
    captured = capsys.readouterr()
    assert "wrote" not in captured.out
    assert captured.err.count("\n") == 1
    assert f"cannot write {target}" in captured.err
    assert target.read_bytes() == b"the previous export"
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler", f"view.{fmt}"]
