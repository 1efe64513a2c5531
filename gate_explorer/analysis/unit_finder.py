"""Find the units that track something: rank every gate/state unit by |Pearson r|.

Give a ``Trace`` (or a ``ModelRun``) and a per-token indicator (0/1 or real, length T), or
a token span picked by the user; get back every unit of every layer, direction and
gate/state, best first. Presets (``PRESETS``): inside quotes, inside parentheses, start of
a word, after a full stop. NumPy only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from gate_explorer.analysis.streaming import Correlation, read_steps, width_of
from gate_explorer.engine.trace import CHUNK, Trace
from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable


@dataclass(frozen=True)
class UnitScore:
    """One unit and its correlation with the indicator."""

    layer: int
    direction: int
    name: str
    unit: int
    r: float

    def label(self) -> str:
        """E.g. ``'layer 0 c[17] r=+0.91'`` (``reverse`` added for direction 1)."""
        rev = " reverse" if self.direction else ""
        return f"layer {self.layer}{rev} {self.name}[{self.unit}] r={self.r:+.2f}"


def pearson_columns(values: np.ndarray, target: np.ndarray) -> np.ndarray:
    """Pearson r of each column of ``values`` (T, H) with ``target`` (T,); constant -> 0."""
    v = np.asarray(values, dtype=np.float64)
    y = np.asarray(target, dtype=np.float64)
    out = np.zeros(v.shape[1])
    if len(y) < 2 or y.max() == y.min():
        return out
    varies = v.max(axis=0) > v.min(axis=0)  # exact test: no rounding noise counts as signal
    v = v[:, varies] - v[:, varies].mean(axis=0)
    y = y - y.mean()
    den = np.sqrt((v * v).sum(axis=0) * float(y @ y))
    out[varies] = (y @ v) / den
    return np.clip(out, -1.0, 1.0)


def span_indicator(length: int, start: int, end: int) -> np.ndarray:
    """(T,) float: 1 for tokens start..end-1 (a user's selection), 0 elsewhere."""
    if not 0 <= start < end <= length:
        raise GateExplorerError(
            translatable(
                "span {start}..{end} does not fit a sequence of {length} token(s): "
                "expected 0 <= start < end <= length"
            ).format(start=start, end=end, length=length)
        )
    out = np.zeros(length)
    out[start:end] = 1.0
    return out


def _pieces(text_or_tokens: str | Iterable[Any]) -> list[str]:
    if isinstance(text_or_tokens, str):
        return list(text_or_tokens)
    return [t if isinstance(t, str) else str(t.text) for t in text_or_tokens]


def inside_quotes(text_or_tokens: str | Iterable[Any]) -> np.ndarray:
    """(T,) 0/1: is the reader inside a double-quoted span after reading token t?

    A string is taken character by character; otherwise pass tokens (strings or
    ``Token`` objects). ``"`` toggles, curly quotes open and close. The opening quote
    counts as inside, the closing one as outside: the state the network holds after it.
    """
    pieces = _pieces(text_or_tokens)
    out = np.zeros(len(pieces))
    inside = False
    for t, piece in enumerate(pieces):
        for ch in piece:
            if ch == '"':
                inside = not inside
            elif ch == "\u201c":
                inside = True
            elif ch == "\u201d":
                inside = False
        out[t] = inside
    return out


def inside_parens(text_or_tokens: str | Iterable[Any]) -> np.ndarray:
    """(T,) nesting depth of parentheses after reading token t (0 outside)."""
    pieces = _pieces(text_or_tokens)
    out = np.zeros(len(pieces))
    depth = 0
    for t, piece in enumerate(pieces):
        for ch in piece:
            depth += ch == "("
            depth = max(depth - (ch == ")"), 0)
        out[t] = depth
    return out


def word_start(text_or_tokens: str | Iterable[Any]) -> np.ndarray:
    """(T,) 0/1: a word begins in token t (a letter or digit after a non-word character).

    Tokens that are not adjacent in the text (a word tokenizer drops the spaces) are
    treated as separated by a space.
    """
    items = text_or_tokens if isinstance(text_or_tokens, str) else list(text_or_tokens)
    pieces = _pieces(items)
    out = np.zeros(len(pieces))
    before, end = " ", None
    for t, piece in enumerate(pieces):
        start = getattr(items[t], "start", None)
        if end is not None and start is not None and start != end:
            before = " "
        for ch in piece:
            out[t] = out[t] or (ch.isalnum() and not before.isalnum())
            before = ch
        end = getattr(items[t], "end", None)
    return out


def after_full_stop(text_or_tokens: str | Iterable[Any]) -> np.ndarray:
    """(T,) 0/1: a sentence just ended (``. ! ?``) and the next word has not begun.

    The terminator and the spaces, quotes or brackets after it count: the stretch where a
    capital letter is due.
    """
    pieces = _pieces(text_or_tokens)
    out = np.zeros(len(pieces))
    ended = False
    for t, piece in enumerate(pieces):
        for ch in piece:
            if ch in ".!?":
                ended = True
            elif ch.isalnum():
                ended = False
        out[t] = ended
    return out


# preset key -> (label shown in the UI, indicator from a text or its tokens)
PRESETS: dict[str, tuple[str, Callable[[str | Iterable[Any]], np.ndarray]]] = {
    "inside_quotes": (translatable("inside quotes"), inside_quotes),
    "inside_parens": (translatable("inside parentheses"), inside_parens),
    "word_start": (translatable("start of a word"), word_start),
    "after_full_stop": (translatable("after a full stop"), after_full_stop),
}


def _trace_of(source: Any) -> Any:
    """The trace of a ``ModelRun`` (or the trace itself): anything ``read_steps`` reads."""
    trace = getattr(source, "trace", source)
    if not isinstance(trace, Trace) and not callable(getattr(trace, "chunks", None)):
        raise GateExplorerError(
            translatable("expected a Trace or a ModelRun, found {type}").format(
                type=type(source).__name__
            )
        )
    return trace


def unit_correlations(
    trace: Any, name: str, layer: int, direction: int, y: np.ndarray, size: int = CHUNK
) -> np.ndarray:
    """(H,) Pearson r of every unit of ``name`` with ``y`` (T,), read chunk by chunk.

    A run that fits one chunk gives exactly ``pearson_columns``; a longer one merges the
    chunks' float64 sums (``streaming.Correlation``), never holding (T, H).
    """
    acc: Correlation | None = None
    first: np.ndarray | None = None
    for start, piece in read_steps(trace, name, layer, direction, size=size):
        if first is None and start == 0 and len(piece) == len(y):
            first = piece  # the whole run in one piece: the array formula, as it always was
            continue
        if acc is None:
            acc = Correlation(piece.shape[1])
        acc.add(piece, y[start : start + len(piece)])
    if first is not None:
        return pearson_columns(first, y)
    return acc.result() if acc is not None else np.zeros(width_of(trace, name, layer, direction))


def rank_units(
    source: Any,
    indicator: Sequence[float] | np.ndarray,
    names: Sequence[str] | None = None,
    top: int | None = None,
    size: int = CHUNK,
) -> list[UnitScore]:
    """Every unit of every layer, direction and gate/state, sorted by |r| (best first).

    ``source`` is a ``Trace`` or ``ModelRun`` of one sequence (batched traces must have
    B = 1); ``indicator`` has one value per token; ``names`` limits the gates/states. The
    run is read ``size`` steps at a time (``unit_correlations``), so a long text never
    needs its whole trace in memory.
    """
    trace, y, chosen = _checked(source, indicator, names)
    scores: list[UnitScore] = []
    for k in range(trace.num_layers):
        for d in range(trace.num_directions):
            for name in chosen:
                r = unit_correlations(trace, name, k, d, y, size)
                scores.extend(UnitScore(k, d, name, int(u), float(r[u])) for u in range(len(r)))
    scores.sort(key=lambda s: -abs(s.r))
    return scores[:top] if top else scores


def rank_units_in_one_pass(
    source: Any,
    indicator: Sequence[float] | np.ndarray,
    names: Sequence[str] | None = None,
    top: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[UnitScore]:
    """``rank_units`` of a run that recomputes its steps (a checkpointed run, read through
    ``trace.layer_pieces``): every layer, direction and gate/state of a piece from one
    recomputation, instead of one pass over the run for each of them; ``progress(done,
    total)`` after each piece. The r come from the pieces' float64 sums
    (``streaming.Correlation``), as ``rank_units`` merges a run longer than one chunk."""
    trace, y, chosen = _checked(source, indicator, names)
    acc = {
        (k, d, name): Correlation(width_of(trace, name, k, d))
        for k in range(trace.num_layers)
        for d in range(trace.num_directions)
        for name in chosen
    }
    for start, values in trace.layer_pieces(progress=progress):
        for (k, d, name), a in acc.items():
            piece = values[k][d][name]
            a.add(piece, y[start : start + len(piece)])
    scores: list[UnitScore] = []
    for (k, d, name), a in acc.items():
        r = a.result()
        scores.extend(UnitScore(k, d, name, int(u), float(r[u])) for u in range(len(r)))
    scores.sort(key=lambda s: -abs(s.r))
    return scores[:top] if top else scores


def _checked(
    source: Any, indicator: Sequence[float] | np.ndarray, names: Sequence[str] | None
) -> tuple[Any, np.ndarray, tuple[str, ...]]:
    """(trace, indicator as float64 (T,), the names to rank) after checking them."""
    trace = _trace_of(source)
    y = np.asarray(indicator, dtype=np.float64)
    if y.ndim != 1 or len(y) != trace.steps:
        raise GateExplorerError(
            translatable(
                "indicator has shape {y_shape}: expected one value per token ({steps},)"
            ).format(y_shape=y.shape, steps=trace.steps)
        )
    x = getattr(trace, "x", None)
    if trace.batched and x is not None and x.shape[1] != 1:
        raise GateExplorerError(
            translatable("the trace holds a batch of {x_shape} sequences: expected one").format(
                x_shape=x.shape[1]
            )
        )
    chosen = tuple(names) if names is not None else trace.names
    unknown = [n for n in chosen if n not in trace.names]
    if unknown:
        raise GateExplorerError(
            translatable("{trace_kind} has no {names}; expected some of {names2}").format(
                trace_kind=trace.kind, names=", ".join(unknown), names2=", ".join(trace.names)
            )
        )
    return trace, y, chosen


def best_unit(source: Any, indicator: Sequence[float] | np.ndarray) -> UnitScore:
    """The single best unit (ties broken by layer, direction, name order, index)."""
    ranked = rank_units(source, indicator, top=1)
    if not ranked:
        raise GateExplorerError(translatable("no units to rank: the trace is empty"))
    return ranked[0]
