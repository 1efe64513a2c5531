"""Checks for the numeric command-line options: finite, in range, images under a size limit.

Every limit is a constant here (published in the README's *Limits* section) and every
message names the option, the limit and what was given.
"""

from __future__ import annotations

import math
from typing import Any

from gate_explorer.errors import GateExplorerError

MAX_INDEX = 2**31 - 1  # steps, units: a C int
MAX_LAYER = 1023
SCALE_RANGE = (0.05, 20.0)
FPS_RANGE = (0.1, 50.0)  # GIF frame delays are counted in 1/100 s: 50 fps is 2 of them
SIDE_RANGE = (16, 32_767)  # pixels per side: Qt's painter works in 16-bit coordinates
MAX_PIXELS = 40_000_000  # one picture (e.g. 8000 x 5000): 160 MB as RGBA
BYTES_PER_PIXEL = 4
MAX_HIDDEN = 4096  # hidden units of a trained or random model
MAX_TRAIN_STEPS = 10_000_000
MAX_SEED = 2**32 - 1


def _number(value: float) -> str:
    return f"{value:,}" if isinstance(value, int) else f"{value:g}"


def check_number(
    option: str,
    value: Any,
    lo: float,
    hi: float,
    *,
    integer: bool = False,
) -> Any:
    """``value`` when it is a finite number in ``[lo, hi]`` (an integer when asked), else a
    ``GateExplorerError`` naming ``option``, the range and the value. None passes through."""
    if value is None:
        return None
    kind = "an integer" if integer else "a number"
    expected = f"{option} must be {kind} from {_number(lo)} to {_number(hi)}"
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise GateExplorerError(f"{expected}, got {value!r}")
    if isinstance(value, float) and not math.isfinite(value):
        raise GateExplorerError(f"{expected}, got {value}")
    if integer and not float(value).is_integer():
        raise GateExplorerError(f"{expected}, got {value}")
    if not lo <= value <= hi:
        raise GateExplorerError(f"{expected}, got {_number(value)}")
    return value


def _size(n: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB", "TB"):
        if n < 1024 or unit == "TB":
            return f"{n:,.0f} {unit}" if unit == "bytes" else f"{n:,.1f} {unit}"
        n /= 1024
    return f"{n:,.1f} PB"  # pragma: no cover


def check_image_size(width: int, height: int, scale: float = 1.0) -> tuple[int, int]:
    """The (width, height) in pixels of a picture of a ``width`` x ``height`` figure at
    ``scale``; ``GateExplorerError`` when it exceeds ``MAX_PIXELS`` (memory named)."""
    w, h = round(width * scale), round(height * scale)
    pixels = w * h
    if pixels > MAX_PIXELS:
        raise GateExplorerError(
            f"a {width} x {height} figure at --scale {scale:g} is a {w:,} x {h:,} pixel image "
            f"({_size(pixels * BYTES_PER_PIXEL)} in memory); the limit is {MAX_PIXELS:,} "
            f"pixels ({_size(MAX_PIXELS * BYTES_PER_PIXEL)}): lower --scale, --width or --height"
        )
    return w, h
