"""Shared test set-up: GUI tests run offscreen, on a machine with no screen."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


import subprocess

import pytest


@pytest.fixture
def small_disk(tmp_path):
    """A 64 KB tmpfs: a full disk (and, remounted, a read-only folder) for real.

    Needs root, which the test machines have; skipped where mounting is not allowed.
    """
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)
