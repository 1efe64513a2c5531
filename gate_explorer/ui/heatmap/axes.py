"""Axes for the heatmaps: tokens along time, unit numbers down the side, thinned when crowded."""

from __future__ import annotations

import math
from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtWidgets import QGraphicsItem

from gate_explorer.ui.heatmap.gates import shown_token


def nice_stride(needed: float) -> int:
    """Smallest of 1, 2, 3, 4, 5, 10, 20, 30, ... that is >= ``needed``."""
    if needed <= 1:
        return 1
    power = 10 ** math.floor(math.log10(needed))
    for m in (1, 2, 3, 4, 5, 10):
        if m * power >= needed:
            return int(m * power)
    return int(10 * power)


class _LabelAxis(pg.AxisItem):
    """Ticks at cell centres (k + 0.5) labelled by a list of strings, one per row/column."""

    spacing_px = 12.0  # pixels one label needs along the axis

    def __init__(self, orientation: str, **kwargs) -> None:
        super().__init__(orientation, **kwargs)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # static while stepping
        self._labels: list[str] = []
        self._extra: dict[int, str] = {}

    def set_labels(self, labels: Sequence[str], extra: dict[int, str] | None = None) -> None:
        """One label per cell; ``extra`` appends a mark to some of them (e.g. ``★``)."""
        self._labels = list(labels)
        self._extra = dict(extra or {})
        self.picture = None
        self.update()

    def label_px(self) -> float:
        return self.spacing_px

    def tickValues(self, minVal: float, maxVal: float, size: float):
        n = len(self._labels)
        if n == 0 or size <= 0:
            return []
        lo, hi = max(math.floor(min(minVal, maxVal)), 0), min(math.ceil(max(minVal, maxVal)), n)
        if hi <= lo:
            return []
        px_per_cell = size / max(abs(maxVal - minVal), 1e-9)
        needed = self.label_px() / px_per_cell  # cells one label takes
        stride = nice_stride(needed)
        first = (lo + stride - 1) // stride * stride
        marked = [k for k in self._extra if lo <= k < hi]
        ticks = [k for k in range(first, hi, stride) if all(abs(k - m) >= needed or k == m
                                                            for m in marked)]  # fmt: skip
        ticks = sorted(set(ticks) | set(marked))
        return [(float(stride), [k + 0.5 for k in ticks])]

    def tickStrings(self, values, scale, spacing):
        out = []
        for v in values:
            k = math.floor(v)
            text = self._labels[k] if 0 <= k < len(self._labels) else ""
            out.append(text + self._extra.get(k, ""))
        return out


class TokenAxis(_LabelAxis):
    """Bottom axis: the token at each time step."""

    def __init__(self, **kwargs) -> None:
        super().__init__("bottom", **kwargs)
        self.setStyle(hideOverlappingLabels=False)  # the first and last token stay labelled
        self._chars = 1
        self._fitted = 0  # tokens the label width was fitted to

    def set_tokens(self, tokens: Sequence[str], appended: bool = False) -> None:
        """The token of every step; labels are made for the ticks shown only, and the
        label width is fitted to at most ``SAMPLE`` tokens (a long text costs no more).
        ``appended``: the tokens are those shown with more at the end (generation): the
        width is fitted again only once they are a tenth more."""
        if not (appended and len(tokens) * 10 < self._fitted * 11):
            step = max(len(tokens) // self.SAMPLE, 1)
            lengths = sorted(len(shown_token(t)) for t in tokens[::step])
            self._chars = lengths[int(0.8 * (len(lengths) - 1))] + 1 if lengths else 1
            self._fitted = len(tokens)
        self.set_labels(tokens)

    SAMPLE = 500

    def tickStrings(self, values, scale, spacing):
        return [shown_token(t) for t in super().tickStrings(values, scale, spacing)]

    def label_px(self) -> float:
        return 8.0 + 7.5 * min(self._chars, 10)


class UnitAxis(_LabelAxis):
    """Left axis: the unit number of each displayed row (rows may be sorted or filtered)."""

    spacing_px = 15.0

    def __init__(self, **kwargs) -> None:
        super().__init__("left", **kwargs)
