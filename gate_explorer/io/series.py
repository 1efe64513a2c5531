"""Time series from a file: one numeric column of a CSV/TSV, or a ``.npy`` array.

For numeric-input models (tokenizer ``number``). Every cell must be a finite number: a
text cell, an empty cell or a NaN is refused with its row (typed input marks such tokens
unknown instead, so typing ``1e`` does not flicker an error). The column is chosen by
name (``column=``), else the only numeric column, else the last one, and the choice is
said in ``Series.note``.
"""

from __future__ import annotations

import csv
import io
import math
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable

SUFFIXES = (".csv", ".tsv", ".txt", ".npy")
MAX_VALUES = 5_000_000
MAX_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class Series:
    """``values`` (T,) float64 from ``path``; ``column`` its name (or index as text);
    ``note`` one line on how the column was picked; ``rows`` the 1-based file row of each
    value (for messages and the x axis), or None for ``.npy``."""

    values: np.ndarray
    path: str
    column: str
    note: str
    rows: np.ndarray | None = None

    def as_text(self) -> str:
        """The values as the number tokenizer reads them (space-separated, exact repr)."""
        return " ".join(repr(float(v)) for v in self.values)


def _number(cell: str) -> float | None:
    try:
        value = float(cell.strip().replace("\u2212", "-"))
    except ValueError:
        return None
    return value


def _row(rows: np.ndarray | None, at: int) -> str:
    """Where value ``at`` came from: its 1-based file row, or its index."""
    if rows is not None:
        return translatable("row {row}").format(row=int(rows[at]))
    return translatable("index {index}").format(index=at)


def _check(values: np.ndarray, where: str, rows: np.ndarray | None) -> None:
    if values.size == 0:
        raise GateExplorerError(
            translatable("{where}: the column is empty (expected at least one number)").format(
                where=where
            )
        )
    bad = ~np.isfinite(values)
    if bad.any():
        at = int(np.argmax(bad))
        row = _row(rows, at)
        raise GateExplorerError(
            translatable(
                "{where}: {row} holds {values!r}: expected a finite number in every row"
            ).format(where=where, row=row, values=float(values[at]))
        )
    if (np.abs(values) > np.finfo(np.float32).max).any():
        at = int(np.argmax(np.abs(values) > np.finfo(np.float32).max))
        row = _row(rows, at)
        raise GateExplorerError(
            translatable("{where}: {row} holds {values!r}, too large for float32").format(
                where=where, row=row, values=float(values[at])
            )
        )


def _read_npy(path: Path, where: str) -> Series:
    try:
        with path.open("rb") as fh:
            version = np.lib.format.read_magic(fh)
            read = (
                np.lib.format.read_array_header_1_0
                if version == (1, 0)
                else np.lib.format.read_array_header_2_0
            )
            shape, _, dtype = read(fh)
    except (ValueError, OSError, SyntaxError) as exc:
        raise GateExplorerError(
            translatable("{where}: not a readable .npy file ({exc})").format(where=where, exc=exc)
        ) from None
    count = math.prod(shape)
    if count > MAX_VALUES:
        raise GateExplorerError(
            translatable(
                "{where}: declares {count:,} values; the limit for a series is {max_values:,}"
            ).format(where=where, count=count, max_values=MAX_VALUES)
        )
    if len(shape) == 2 and 1 in shape:
        shape = (count,)
    if len(shape) != 1:
        raise GateExplorerError(
            translatable(
                "{where}: holds an array of shape {shape}: expected one series, shape (T,) "
                "or (T, 1)"
            ).format(where=where, shape=shape)
        )
    if dtype.kind not in "iuf":
        raise GateExplorerError(
            translatable("{where}: holds {dtype} values: expected numbers").format(
                where=where, dtype=dtype
            )
        )
    try:
        values = np.load(path, allow_pickle=False).astype(np.float64).reshape(-1)
    except (ValueError, OSError) as exc:
        raise GateExplorerError(
            translatable("{where}: cannot read the array ({exc})").format(where=where, exc=exc)
        ) from None
    _check(values, where, None)
    return Series(values, str(path), "0", f"{count:,} values from {path.name}")


def _delimiter(path: Path, sample: str) -> str:
    if path.suffix.lower() == ".tsv":
        return "\t"
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t ").delimiter
    except csv.Error:
        return ","


def _table(path: Path, where: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """(header, [(1-based row, cells)]) of a CSV/TSV file; a file without a header row gets
    the column indices as names."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise GateExplorerError(
            translatable("{where}: not UTF-8 text (expected a CSV or TSV file)").format(where=where)
        ) from None
    rows = csv.reader(io.StringIO(text), delimiter=_delimiter(path, text[:4096]))
    numbered = [
        (i + 1, [c.strip() for c in r]) for i, r in enumerate(rows) if any(map(str.strip, r))
    ]
    if not numbered:
        raise GateExplorerError(
            translatable("{where}: the file is empty (expected a column of numbers)").format(
                where=where
            )
        )
    first = numbered[0][1]
    has_header = any(_number(c) is None for c in first)
    header = first if has_header else [str(i) for i in range(len(first))]
    body = numbered[1:] if has_header else numbered
    if not body:
        raise GateExplorerError(
            translatable("{where}: only a header row, no values").format(where=where)
        )
    return header, body


def numeric_columns(path: str | os.PathLike[str]) -> list[str]:
    """Names of the columns of a CSV/TSV file whose first rows hold numbers (the ones
    ``read_series`` can read); ``[]`` for a ``.npy`` file (one array, nothing to choose)."""
    path = Path(path).expanduser()
    if path.suffix.lower() == ".npy" or not path.is_file():
        return []
    header, body = _table(path, str(path))
    head = body[:50]
    return [
        header[i] for i in range(len(header))
        if 2 * sum(i < len(c) and _number(c[i]) is not None for _, c in head) > len(head)
    ]  # fmt: skip


def read_series(path: str | os.PathLike[str], column: str | None = None) -> Series:
    """The series in ``path`` (CSV/TSV/TXT column or ``.npy``); ``column`` by name or index."""
    path = Path(path).expanduser()
    where = str(path)
    if not path.is_file():
        raise GateExplorerError(
            translatable("{where}: no such file (expected a CSV, TSV or .npy series)").format(
                where=where
            )
        )
    if path.stat().st_size > MAX_BYTES:
        raise GateExplorerError(
            translatable(
                "{where}: {st_size:,.0f} MB; the limit for a series file is {max_bytes} MB"
            ).format(where=where, st_size=path.stat().st_size / 2**20, max_bytes=MAX_BYTES // 2**20)
        )
    if path.suffix.lower() == ".npy":
        return _read_npy(path, where)
    header, body = _table(path, where)
    index, note = _pick_column(header, body, column, where)
    values, lines = [], []
    for line, cells in body:
        cell = cells[index] if index < len(cells) else ""
        value = _number(cell)
        if value is None:
            shown = repr(cell) if cell else "an empty cell"
            raise GateExplorerError(
                translatable(
                    "{where}: row {line}, column {header!r} holds {shown}: expected a "
                    "number in every row"
                ).format(where=where, line=line, header=header[index], shown=shown)
            )
        values.append(value)
        lines.append(line)
    arr, at = np.asarray(values, dtype=np.float64), np.asarray(lines)
    if arr.size > MAX_VALUES:
        raise GateExplorerError(
            translatable("{where}: {arr_size:,} values; the limit is {max_values:,}").format(
                where=where, arr_size=arr.size, max_values=MAX_VALUES
            )
        )
    _check(arr, where, at)
    return Series(arr, str(path), header[index], note, at)


def _pick_column(
    header: list[str], body: list[tuple[int, list[str]]], column: str | None, where: str
) -> tuple[int, str]:
    if column is not None:
        if column in header:
            return header.index(column), translatable("column {column!r}").format(column=column)
        if column.isdigit() and int(column) < len(header):
            return int(column), translatable("column {column!r} (index {index})").format(
                column=header[int(column)], index=column
            )
        raise GateExplorerError(
            translatable("{where}: no column {column!r}; the columns are {names}").format(
                where=where, column=column, names=", ".join(map(repr, header))
            )
        )
    head = body[:50]
    numeric = [  # most of the first rows hold numbers; a stray bad cell is reported later
        i
        for i in range(len(header))
        if 2 * sum(i < len(c) and _number(c[i]) is not None for _, c in head) > len(head)
    ]
    if not numeric:
        raise GateExplorerError(
            translatable(
                "{where}: no column holds numbers in its first rows; columns: {names}"
            ).format(where=where, names=", ".join(map(repr, header)))
        )
    if len(numeric) == 1:
        return numeric[0], translatable("column {column!r}, the only numeric one").format(
            column=header[numeric[0]]
        )
    pick = numeric[-1]
    others = ", ".join(repr(header[i]) for i in numeric[:-1])
    return pick, translatable(
        "column {column!r}, the last numeric one (also numeric: {others}; choose with --column)"
    ).format(column=header[pick], others=others)
