"""Training checkpoints: everything a run needs to go on exactly where it stopped.

A ``Checkpoint`` holds the weights, Adam's moments and step count, the recurrent state
carried into the next chunk, the history so far and a JSON ``extra`` (task, settings,
random-generator states, probe log). Written atomically (``atomic_write``), so a run
killed while saving leaves the previous checkpoint intact.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from gate_explorer.atomic import atomic_write
from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable

FORMAT = "gate-explorer-checkpoint/1"


@dataclass
class Checkpoint:
    """State after ``step`` finished steps. ``h``/``c``: carried state (L*D, B, H) or None."""

    step: int
    params: dict[str, np.ndarray]
    adam_t: int
    adam_m: dict[str, np.ndarray]
    adam_v: dict[str, np.ndarray]
    h: np.ndarray | None = None
    c: np.ndarray | None = None
    loss: list[float] = field(default_factory=list)
    grad_norm: list[float] = field(default_factory=list)
    seconds: float = 0.0
    tokens: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


def save_checkpoint(ckpt: Checkpoint, path: str | os.PathLike[str]) -> Path:
    """Write ``ckpt`` to ``path`` (an ``.npz``) atomically; returns the path."""
    arrays: dict[str, np.ndarray] = {}
    for prefix, group in (("param", ckpt.params), ("m", ckpt.adam_m), ("v", ckpt.adam_v)):
        for name, value in group.items():
            arrays[f"{prefix}/{name}"] = np.asarray(value)
    if ckpt.h is not None:
        arrays["state/h"] = np.asarray(ckpt.h)
    if ckpt.c is not None:
        arrays["state/c"] = np.asarray(ckpt.c)
    arrays["history/loss"] = np.asarray(ckpt.loss, dtype=np.float64)
    arrays["history/grad_norm"] = np.asarray(ckpt.grad_norm, dtype=np.float64)
    meta = {
        "format": FORMAT,
        "step": ckpt.step,
        "adam_t": ckpt.adam_t,
        "seconds": ckpt.seconds,
        "tokens": ckpt.tokens,
        "extra": ckpt.extra,
    }
    arrays["meta"] = np.array(json.dumps(meta))

    def write(tmp: Path) -> None:
        with open(tmp, "wb") as fh:
            np.savez(fh, **arrays)

    return atomic_write(path, write)


def load_checkpoint(path: str | os.PathLike[str]) -> Checkpoint:
    """Read a checkpoint written by ``save_checkpoint`` (one-line error otherwise)."""
    path = Path(path)
    if not path.is_file():
        raise GateExplorerError(
            translatable("no checkpoint at {path}: expected a file written by train").format(
                path=path
            )
        )
    try:
        with np.load(path, allow_pickle=False) as z:
            data = {k: z[k] for k in z.files}
        meta = json.loads(str(data.pop("meta")))
    except (OSError, ValueError, KeyError) as exc:
        raise GateExplorerError(
            translatable("{path} is not a training checkpoint: {exc}").format(path=path, exc=exc)
        ) from exc
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise GateExplorerError(
            translatable("{path} is not a training checkpoint (format {value})").format(
                path=path, value=FORMAT
            )
        )

    def group(prefix: str) -> dict[str, np.ndarray]:
        n = len(prefix) + 1
        return {k[n:]: v for k, v in data.items() if k.startswith(prefix + "/")}

    return Checkpoint(
        step=int(meta["step"]),
        params=group("param"),
        adam_t=int(meta["adam_t"]),
        adam_m=group("m"),
        adam_v=group("v"),
        h=data.get("state/h"),
        c=data.get("state/c"),
        loss=[float(x) for x in data["history/loss"]],
        grad_norm=[float(x) for x in data["history/grad_norm"]],
        seconds=float(meta["seconds"]),
        tokens=int(meta["tokens"]),
        extra=dict(meta["extra"]),
    )
