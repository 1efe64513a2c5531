"""A numeric model fed values it cannot take: the CLI counts them (fed as 0)."""

from __future__ import annotations

import warnings

from gate_explorer import cli


def test_the_cli_counts_values_fed_as_zero(tmp_path, capsys):
    out = tmp_path / "x.csv"
    args = ["export", "--model", "sine-lstm", "--text", "0.5 nan 0.7 abc 1e999 1e308 1e308"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert cli.main([*args, "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "5 of 7 values are not finite float32 numbers" in err
    assert "(nan, abc, 1e999, 1e308, 1e308): fed as 0" in err


def test_clean_numbers_say_nothing(tmp_path, capsys):
    args = ["export", "--model", "sine-lstm", "--text", "0.5 0.6", "--out", str(tmp_path / "x.csv")]
    assert cli.main(args) == 0
    assert "fed as 0" not in capsys.readouterr().err
