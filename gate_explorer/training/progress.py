"""A one-line command-line progress bar: step, loss (smoothed), tokens/s and ETA."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class ConsoleProgress:
    """Callable as ``on_progress(step, total, loss)``; redraws at most ``every`` seconds."""

    def __init__(self, label: str = "", stream: TextIO | None = None, every: float = 0.5) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self.every = every
        self.start = time.perf_counter()
        self.last = 0.0
        self.avg: float | None = None

    def __call__(self, step: int, total: int, loss: float) -> None:
        self.avg = loss if self.avg is None else 0.95 * self.avg + 0.05 * loss
        now = time.perf_counter()
        if now - self.last < self.every and step < total:
            return
        self.last = now
        spent = now - self.start
        eta = spent / max(step, 1) * (total - step)
        width = 24
        done = int(width * step / max(total, 1))
        bar = "#" * done + "-" * (width - done)
        line = (
            f"\r{self.label} [{bar}] {step}/{total} loss {self.avg:.4f} "
            f"{_clock(spent)} elapsed, ETA {_clock(eta)}"
        )
        self.stream.write(line)
        if step >= total:
            self.stream.write("\n")
        self.stream.flush()


def _clock(seconds: float) -> str:
    m, s = divmod(int(seconds), 60)
    h, m = divmod(m, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"
