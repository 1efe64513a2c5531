"""Layout maths of the cell diagram: where each part's cells sit (no painting)."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF, QRectF

MAX_CELL = 26.0  # px: small layers get readable cells, not giant ones


@dataclass(frozen=True)
class Part:
    """One drawn vector: ``values`` (n,) shown in ``order``, coloured by ``levels``.

    ``units`` is False for the layer input x, whose cells are features, not units.
    """

    key: str
    title: str
    subtitle: str
    values: np.ndarray
    order: np.ndarray
    levels: tuple[float, float, bool]
    units: bool = True


@dataclass(frozen=True)
class Grid:
    """Where a part's cells sit: ``rows`` x ``cols`` cells of ``cw`` x ``ch`` from ``rect``'s
    top-left corner; cell k (in display order) is row k // cols, column k % cols."""

    rect: QRectF
    rows: int
    cols: int
    cw: float
    ch: float

    def cell(self, k: int) -> QRectF:
        r, c = divmod(k, self.cols)
        return QRectF(
            self.rect.left() + c * self.cw, self.rect.top() + r * self.ch, self.cw, self.ch
        )

    def index_at(self, pos: QPointF) -> int:
        """Display index under ``pos``, -1 outside the cells."""
        if not self.rect.contains(pos):
            return -1
        c = int((pos.x() - self.rect.left()) / self.cw)
        r = int((pos.y() - self.rect.top()) / self.ch)
        return r * self.cols + c if 0 <= c < self.cols and 0 <= r < self.rows else -1


def grid_for(n: int, area: QRectF, cap: float = MAX_CELL) -> Grid:
    """Lay ``n`` cells out in ``area`` (top-left, centred across): the number of rows that
    gives the biggest cells (their smaller side, at most ``cap``), fewer rows on ties;
    cells are never taller than 3x their width."""
    best = (-1.0, 1)
    for rows in range(1, max(1, min(n, 64)) + 1):
        cols = math.ceil(n / rows)
        size = min(area.width() / cols, area.height() / rows, cap)
        if size > best[0] + 1e-9:
            best = (size, rows)
    rows = best[1]
    cols = math.ceil(n / rows) if n else 1
    cw = min(area.width() / cols, cap)
    ch = min(area.height() / rows, 3 * cw, cap)
    left = area.left() + (area.width() - cols * cw) / 2
    return Grid(QRectF(left, area.top(), cols * cw, rows * ch), rows, cols, cw, ch)
