"""Trace data to files: CSV in long format and NPZ with one array per layer/direction/name.

Neither needs Qt. Per-step state gradients are included when given: anything with a
``series()`` of ``(name, layer, direction, (T, [B,] W))``, e.g. ``RecurrentNet.gradients``'
``Gradients`` (names ``dh`` / ``dc``) or a ``GradientFlow`` (``dh_norm`` / ``dc_norm``, one
column, unit 0).
"""

from __future__ import annotations

import json
import os
import warnings
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import partial
from itertools import chain
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from gate_explorer.analysis.streaming import check_range, read_steps
from gate_explorer.atomic import atomic_write
from gate_explorer.engine.layers import suffix
from gate_explorer.engine.model import ModelRun
from gate_explorer.engine.tokenize import replace_surrogates
from gate_explorer.engine.trace import CHUNK
from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable

CSV_COLUMNS = ("step", "token", "layer", "direction", "name", "unit", "value")


Progress = Callable[[int, int], None]  # (steps written, steps in all) over every block


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


@dataclass(frozen=True)
class Block:
    """A ``Series`` to be read in pieces: ``pieces()`` yields ``(step, values (n, H))`` for
    the exported steps, in order, never the whole (T, H) at once."""

    name: str
    layer: int
    direction: int
    pieces: Callable[[], Iterator[tuple[int, np.ndarray]]]
    empty: Callable[[], np.ndarray]  # (0, H) of the block's dtype, for a run of no steps

    @property
    def key(self) -> str:
        return self.name + suffix(self.layer, self.direction)


def iter_blocks(
    run: ModelRun,
    gradients: StateGradients | None = None,
    start: int = 0,
    stop: int | None = None,
    size: int = CHUNK,
) -> Iterator[Block]:
    """Every block of steps ``start:stop`` of the run in a fixed order: layers, directions,
    names; then gradients. The trace is read through ``analysis.streaming.read_steps``."""
    trace = run.trace
    start, stop = check_range(trace, start, stop)
    for k in range(trace.num_layers):
        for d in range(trace.num_directions):
            for name in trace.names:
                pieces = partial(read_steps, trace, name, k, d, start, stop, size)
                yield Block(name, k, d, pieces, partial(_no_steps, trace, name, k, d))
    if gradients is not None:  # per-step states only: parameter gradients have no time axis
        for name, k, d, values in gradients.series():
            arr = _unbatched(np.asarray(values))
            yield Block(name, k, d, partial(_slices, arr, start, stop, size), lambda a=arr: a[:0])


def _no_steps(trace: Any, name: str, layer: int, direction: int) -> np.ndarray:
    """(0, H) in the trace's dtype (a run of no steps is a full ``Trace``)."""
    return _unbatched(np.asarray(trace.values(name, layer, direction)))[:0]


def _slices(
    values: np.ndarray, start: int, stop: int, size: int
) -> Iterator[tuple[int, np.ndarray]]:
    arr = _unbatched(values)
    for s in range(start, stop, size):
        yield s, arr[s : min(s + size, stop)]


def iter_series(
    run: ModelRun, gradients: StateGradients | None = None, size: int = CHUNK
) -> Iterator[Series]:
    """Every block of the run as a whole (T, H) array (``iter_blocks`` joined): short runs."""
    for b in iter_blocks(run, gradients, size=size):
        pieces = [p for _, p in b.pieces()]
        values = np.concatenate(pieces) if len(pieces) > 1 else (pieces or [b.empty()])[0]
        yield Series(b.name, b.layer, b.direction, values)


def _unbatched(arr: np.ndarray) -> np.ndarray:
    """(T, H) from (T, H) or a batch of one (T, 1, H)."""
    if arr.ndim == 3:
        arr = arr[:, 0]
    return arr


def _number_spec(values: np.ndarray) -> str:
    """Format spec that reads back to the same float: 9 digits for float32, 17 for float64."""
    return ".9g" if values.dtype.itemsize <= 4 else ".17g"


def _token_texts(run: ModelRun, start: int, stop: int) -> list[str]:
    return [t.text for t in run.tokens[start:stop]]


def _warn_unstorable(run: ModelRun, start: int, stop: int, size: int) -> None:
    """Warn once, with the count, when tokens hold characters UTF-8 cannot store."""
    bad = 0
    for s in range(start, stop, size):
        bad += sum(replace_surrogates(t)[1] > 0 for t in _token_texts(run, s, min(s + size, stop)))
    if bad:
        warnings.warn(
            f"{bad} token(s) held characters UTF-8 cannot store (lone surrogates); "
            "written as U+FFFD",
            UnicodeWarning,
            stacklevel=4,
        )


def _clean(texts: Iterable[str]) -> list[str]:
    return [replace_surrogates(text)[0] for text in texts]


def csv_text_rows(
    run: ModelRun,
    gradients: StateGradients | None = None,
    start: int = 0,
    stop: int | None = None,
    size: int = CHUNK,
) -> Iterator[tuple[Any, ...]]:
    """Rows (step, token, layer, direction, name, unit, value), steps x units per block."""
    start, stop = check_range(run.trace, start, stop)
    _warn_unstorable(run, start, stop, size)
    for b in iter_blocks(run, gradients, start, stop, size):
        for s, piece in b.pieces():
            spec = _number_spec(piece)
            tokens = _clean(_token_texts(run, s, s + len(piece)))
            for i, row in enumerate(piece.tolist()):
                for u, v in enumerate(row):
                    yield (s + i, tokens[i], b.layer, b.direction, b.name, u, format(v, spec))


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


def csv_lines(
    run: ModelRun,
    gradients: StateGradients | None = None,
    start: int = 0,
    stop: int | None = None,
    size: int = CHUNK,
    progress: Progress | None = None,
) -> Iterator[str]:
    """The CSV text in blocks (one per step of each series); fast path of ``csv_text_rows``.

    Steps ``start:stop`` (default all; the step column keeps the run's step numbers), read
    ``size`` steps at a time: memory stays bounded however long the run. Token text UTF-8
    cannot store (lone surrogates) is written as U+FFFD, with a ``UnicodeWarning`` counting
    the tokens. ``progress(done, total)`` after each piece counts steps over all blocks
    (raise in it to stop).
    """
    start, stop = check_range(run.trace, start, stop)
    _warn_unstorable(run, start, stop, size)
    yield ",".join(CSV_COLUMNS) + "\r\n"
    blocks = list(iter_blocks(run, gradients, start, stop, size))
    total, done = len(blocks) * (stop - start), 0
    for b in blocks:
        tail = f",{b.layer},{b.direction},{b.name},"
        for s, piece in b.pieces():
            spec = _number_spec(piece)
            tokens = [_csv_field(t) for t in _clean(_token_texts(run, s, s + len(piece)))]
            for i, row in enumerate(piece.tolist()):
                prefix = f"{s + i},{tokens[i]}{tail}"
                yield "".join([f"{prefix}{u},{v:{spec}}\r\n" for u, v in enumerate(row)])
            done += len(piece)
            if progress is not None:
                progress(done, total)


def write_csv(
    path: str | os.PathLike[str],
    run: ModelRun,
    gradients: StateGradients | None = None,
    *,
    start: int = 0,
    stop: int | None = None,
    overwrite: bool = True,
    size: int = CHUNK,
    progress: Progress | None = None,
) -> Path:
    """Steps ``start:stop`` of the trace (default all) as a long CSV table with columns
    ``CSV_COLUMNS``, streamed to disk ``size`` steps at a time (``progress``: see
    ``csv_lines``; an exception from it leaves no file)."""
    lines = csv_lines(run, gradients, start, stop, size, progress)

    def write(tmp: Path) -> None:
        with open(tmp, "w", newline="", encoding="utf-8") as fh:
            fh.writelines(lines)

    return atomic_write(path, write, overwrite=overwrite)


def npz_meta(
    run: ModelRun,
    meta: Mapping[str, Any] | None = None,
    start: int = 0,
    stop: int | None = None,
) -> dict[str, Any]:
    """The ``meta`` entry of an NPZ export; a part of the run adds ``first_step``."""
    trace = run.trace
    start, stop = check_range(trace, start, stop)
    whole = start == 0 and stop == trace.steps
    info = {
        "kind": trace.kind,
        "names": list(trace.names),
        "num_layers": trace.num_layers,
        "num_directions": trace.num_directions,
        "steps": len(run.tokens) if whole else stop - start,
        **({} if whole else {"first_step": start}),
        "text": run.text,
        "key_format": "{name}_l{layer}[_reverse]; gradients as dh_/dc_, norms dh_norm_",
        **(meta or {}),
    }
    return info


def npz_arrays(
    run: ModelRun,
    gradients: StateGradients | None = None,
    meta: Mapping[str, Any] | None = None,
    size: int = CHUNK,
) -> dict[str, np.ndarray]:
    """What ``write_npz`` stores, in memory: one array per block, ``tokens``, ``token_ids``,
    ``meta`` (for short runs; ``write_npz`` streams instead)."""
    arrays = {s.key: s.values for s in iter_series(run, gradients, size)}
    arrays["tokens"] = np.array([t.text for t in run.tokens], dtype=str)
    arrays["token_ids"] = np.array([t.id for t in run.tokens], dtype=np.int64)
    arrays["meta"] = np.array(json.dumps(npz_meta(run, meta)))
    return arrays


def _npy_entry(
    zf: zipfile.ZipFile,
    key: str,
    dtype: np.dtype,
    shape: tuple[int, ...],
    pieces: Iterable[np.ndarray],
) -> None:
    """One ``key.npy`` member of the archive, its rows written as they come."""
    header = {"descr": np.lib.format.dtype_to_descr(dtype), "fortran_order": False,
              "shape": shape}  # fmt: skip
    with zf.open(key + ".npy", "w", force_zip64=True) as fh:
        np.lib.format.write_array_header_1_0(fh, header)
        rows = 0
        for piece in pieces:
            arr = np.ascontiguousarray(piece, dtype=dtype)
            rows += arr.shape[0] if arr.ndim else 1
            fh.write(arr.reshape(-1).data)  # the rows as they are: no copy
    if rows != (shape[0] if shape else 1):  # a reader that lost rows: never a short file
        raise GateExplorerError(
            translatable("{key}: wrote {rows} rows, expected shape {shape}").format(
                key=key, rows=rows, shape=shape
            )
        )


def write_npz(
    path: str | os.PathLike[str],
    run: ModelRun,
    gradients: StateGradients | None = None,
    meta: Mapping[str, Any] | None = None,
    *,
    start: int = 0,
    stop: int | None = None,
    overwrite: bool = True,
    size: int = CHUNK,
    progress: Progress | None = None,
) -> Path:
    """Steps ``start:stop`` of the trace (default all) as a compressed NPZ (loads with
    ``np.load`` without pickle): the arrays ``np.savez_compressed`` would write, streamed
    into the zip chunk by chunk. ``progress(done, total)`` after each piece counts steps
    over all blocks (raise in it to stop: no file is left)."""
    start, stop = check_range(run.trace, start, stop)
    info = npz_meta(run, meta, start, stop)
    steps = stop - start

    def texts() -> Iterator[list[str]]:
        for s in range(start, stop, size):
            yield _token_texts(run, s, min(s + size, stop))

    def ids() -> Iterator[np.ndarray]:
        for s in range(start, stop, size):
            yield np.array([t.id for t in run.tokens[s : min(s + size, stop)]], dtype=np.int64)

    def write(tmp: Path) -> None:
        blocks = list(iter_blocks(run, gradients, start, stop, size))
        counted = [0]

        def counting(pieces: Iterator[tuple[int, np.ndarray]]) -> Iterator[np.ndarray]:
            for _, piece in pieces:
                yield piece
                counted[0] += len(piece)
                if progress is not None:
                    progress(counted[0], len(blocks) * steps)

        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as zf:
            for b in blocks:
                pieces = counting(b.pieces())
                head = next(pieces, None)
                first = b.empty() if head is None else head  # no steps: a (0, H) array
                rest = pieces
                shape = (steps, first.shape[1])
                _npy_entry(zf, b.key, first.dtype, shape, chain([first], rest))
            longest = max((max(map(len, t), default=0) for t in texts()), default=0)
            text_type = np.dtype(f"<U{max(longest, 1)}")
            _npy_entry(zf, "tokens", text_type, (steps,), (np.array(t, dtype=text_type)
                                                         for t in texts()))  # fmt: skip
            _npy_entry(zf, "token_ids", np.dtype(np.int64), (steps,), ids())
            meta_arr = np.array(json.dumps(info))
            _npy_entry(zf, "meta", meta_arr.dtype, (), [meta_arr])

    return atomic_write(path, write, overwrite=overwrite)
