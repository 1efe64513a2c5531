"""Trace data to files: CSV in long format and NPZ with one array per layer/direction/name.

Neither needs Qt. Per-step state gradients are included when given: anything with a
``series()`` of ``(name, layer, direction, (T, [B,] W))``, e.g. ``RecurrentNet.gradients``'
``Gradients`` (names ``dh`` / ``dc``) or a ``GradientFlow`` (``dh_norm`` / ``dc_norm``, one
column, unit 0).
"""

from __future__ import annotations

import io
import json
import os
import warnings
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from gate_explorer.atomic import atomic_write
from gate_explorer.engine.layers import suffix
from gate_explorer.engine.model import ModelRun
from gate_explorer.engine.tokenize import replace_surrogates

CSV_COLUMNS = ("step", "token", "layer", "direction", "name", "unit", "value")


class StateGradients(Protocol):
    """Per-step gradients to export: ``Gradients`` or ``GradientFlow``."""

    def series(self) -> Iterator[tuple[str, int, int, np.ndarray]]: ...


@dataclass(frozen=True)
class Series:
    """One (T, H) block of a run: a gate, state or state gradient of one layer/direction."""

    name: str
    layer: int
    direction: int
    values: np.ndarray  # (T, H)

    @property
    def key(self) -> str:
        """NPZ key, in torch's parameter naming: ``f_l0``, ``h_l1_reverse``, ``dh_l0``."""
        return self.name + suffix(self.layer, self.direction)


def iter_series(run: ModelRun, gradients: StateGradients | None = None) -> Iterator[Series]:
    """Every block of the run in a fixed order: layers, directions, names; then gradients."""
    trace = run.trace
    for k in range(trace.num_layers):
        for d in range(trace.num_directions):
            for name in trace.names:
                yield Series(name, k, d, _unbatched(trace.values(name, k, d)))
    if gradients is not None:  # per-step states only: parameter gradients have no time axis
        for name, k, d, values in gradients.series():
            yield Series(name, k, d, _unbatched(np.asarray(values)))


def _unbatched(arr: np.ndarray) -> np.ndarray:
    """(T, H) from (T, H) or a batch of one (T, 1, H)."""
    if arr.ndim == 3:
        arr = arr[:, 0]
    return arr


def _number_spec(values: np.ndarray) -> str:
    """Format spec that reads back to the same float: 9 digits for float32, 17 for float64."""
    return ".9g" if values.dtype.itemsize <= 4 else ".17g"


def csv_text_rows(
    run: ModelRun, gradients: StateGradients | None = None
) -> Iterator[tuple[Any, ...]]:
    """Rows (step, token, layer, direction, name, unit, value), steps x units per block."""
    tokens = _storable(t.text for t in run.tokens)
    for s in iter_series(run, gradients):
        spec = _number_spec(s.values)
        for t, row in enumerate(s.values.tolist()):
            for u, v in enumerate(row):
                yield (t, tokens[t], s.layer, s.direction, s.name, u, format(v, spec))


def _storable(texts: Iterable[str]) -> list[str]:
    """Texts with lone surrogates replaced by U+FFFD; warns once with the count."""
    out, bad = [], 0
    for text in texts:
        clean, count = replace_surrogates(text)
        out.append(clean)
        bad += count > 0
    if bad:
        warnings.warn(
            f"{bad} token(s) held characters UTF-8 cannot store (lone surrogates); "
            "written as U+FFFD",
            UnicodeWarning,
            stacklevel=3,
        )
    return out


def _csv_field(text: str) -> str:
    """One CSV field, quoted as the csv module would (commas, quotes, newlines)."""
    if any(ch in text for ch in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def csv_lines(run: ModelRun, gradients: StateGradients | None = None) -> Iterator[str]:
    """The CSV text in blocks (one per step of each series); fast path of ``csv_text_rows``.

    Token text UTF-8 cannot store (lone surrogates) is written as U+FFFD, with a
    ``UnicodeWarning`` counting the tokens.
    """
    tokens = [_csv_field(t) for t in _storable(t.text for t in run.tokens)]
    yield ",".join(CSV_COLUMNS) + "\r\n"
    for s in iter_series(run, gradients):
        spec = _number_spec(s.values)
        tail = f",{s.layer},{s.direction},{s.name},"
        for t, row in enumerate(s.values.tolist()):
            prefix = f"{t},{tokens[t]}{tail}"
            yield "".join([f"{prefix}{u},{v:{spec}}\r\n" for u, v in enumerate(row)])


def write_csv(
    path: str | os.PathLike[str],
    run: ModelRun,
    gradients: StateGradients | None = None,
    *,
    overwrite: bool = True,
) -> Path:
    """The whole trace as a long CSV table with columns ``CSV_COLUMNS``."""

    def write(tmp: Path) -> None:
        with open(tmp, "w", newline="", encoding="utf-8") as fh:
            fh.writelines(csv_lines(run, gradients))

    return atomic_write(path, write, overwrite=overwrite)


def npz_arrays(
    run: ModelRun,
    gradients: StateGradients | None = None,
    meta: Mapping[str, Any] | None = None,
) -> dict[str, np.ndarray]:
    """What ``write_npz`` stores: one array per block, ``tokens``, ``token_ids``, ``meta``."""
    trace = run.trace
    arrays = {s.key: s.values for s in iter_series(run, gradients)}
    arrays["tokens"] = np.array([t.text for t in run.tokens], dtype=str)
    arrays["token_ids"] = np.array([t.id for t in run.tokens], dtype=np.int64)
    info = {
        "kind": trace.kind,
        "names": list(trace.names),
        "num_layers": trace.num_layers,
        "num_directions": trace.num_directions,
        "steps": len(run.tokens),
        "text": run.text,
        "key_format": "{name}_l{layer}[_reverse]; gradients as dh_/dc_, norms dh_norm_",
        **(meta or {}),
    }
    arrays["meta"] = np.array(json.dumps(info))
    return arrays


def write_npz(
    path: str | os.PathLike[str],
    run: ModelRun,
    gradients: StateGradients | None = None,
    meta: Mapping[str, Any] | None = None,
    *,
    overwrite: bool = True,
) -> Path:
    """The whole trace as a compressed NPZ (loads with ``np.load`` without pickle)."""
    arrays = npz_arrays(run, gradients, meta)

    def write(tmp: Path) -> None:
        buf = io.BytesIO()
        np.savez_compressed(buf, **arrays)
        tmp.write_bytes(buf.getvalue())

    return atomic_write(path, write, overwrite=overwrite)
