"""Helpers for the full-disk tests (the ``small_disk`` fixture is in conftest)."""

from __future__ import annotations

import os
from pathlib import Path


def fill_disk(path: Path, leave: int = 0) -> None:
    """Write zeros to ``path`` until its disk is full, then give back ``leave`` bytes."""
    with open(path, "wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * 1024)
        except OSError:
            pass
    if leave:
        os.truncate(path, max(os.path.getsize(path) - leave, 0))
