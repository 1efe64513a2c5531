"""Text that is not UTF-8 (lone surrogates, as sys.argv holds invalid bytes): replaced with
U+FFFD and said so, never a UnicodeEncodeError (the issue's case 7)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from gate_explorer import cli

ROOT = Path(__file__).resolve().parents[2]


def test_a_lone_surrogate_in_text_is_replaced_and_counted(tmp_path, capsys):
    out = tmp_path / "x.csv"
    args = ["export", "--model", "memory-rnn", "--text", "b .\udcff ?", "--out", str(out)]
    assert cli.main(args) == 0
    err = capsys.readouterr().err
    assert "--text held 1 byte(s) that are not UTF-8" in err
    assert "U+FFFD" in err
    text = out.read_bytes().decode("utf-8")  # valid UTF-8 through and through
    assert "\ufffd" in text


def test_invalid_utf8_bytes_on_a_real_command_line(tmp_path):
    out = tmp_path / "x.csv"
    argv = [sys.executable, "-m", "gate_explorer", "export", "--model", "memory-rnn"]
    argv += ["--text", b"b . \xff\xfe ?", "--out", str(out)]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LC_ALL": "C.UTF-8"}
    done = subprocess.run(argv, capture_output=True, env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert b"Traceback" not in done.stderr
    assert b"held 2 byte(s) that are not UTF-8" in done.stderr
    out.read_bytes().decode("utf-8")
