"""Atomic writes: all or nothing, never a half-written file, clear errors."""

from __future__ import annotations

import os

import pytest

from gate_explorer.atomic import atomic_write
from gate_explorer.errors import GateExplorerError


def test_failure_leaves_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "out.png"
    target.write_bytes(b"old")

    def broken(tmp):
        tmp.write_bytes(b"half")
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        atomic_write(target, broken)
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["out.png"]


def test_success_replaces_and_cleans_up(tmp_path):
    target = tmp_path / "out.csv"
    target.write_bytes(b"old")
    atomic_write(target, lambda tmp: tmp.write_bytes(b"new"))
    assert target.read_bytes() == b"new"
    assert os.listdir(tmp_path) == ["out.csv"]
    assert target.stat().st_mode & 0o044  # not left at mkstemp's 0600


def test_no_overwrite_when_asked(tmp_path):
    target = tmp_path / "out.csv"
    target.write_bytes(b"old")
    with pytest.raises(GateExplorerError, match="already exists"):
        atomic_write(target, lambda tmp: tmp.write_bytes(b"new"), overwrite=False)
    assert target.read_bytes() == b"old"


def test_empty_result_is_an_error(tmp_path):
    with pytest.raises(GateExplorerError, match="no data"):
        atomic_write(tmp_path / "x.svg", lambda tmp: None)
    assert os.listdir(tmp_path) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_read_only_folder(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(GateExplorerError, match="not writable"):
            atomic_write(folder / "x.csv", lambda tmp: tmp.write_bytes(b"1"))
    finally:
        folder.chmod(0o700)
