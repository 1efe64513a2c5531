"""A language model that writes: continue a prompt one sampled token at a time.

Each new token costs one step of the network: the state after the prompt (``h_n``,
``c_n``) is carried forward and only the new token is run, never the whole text again.
The distribution sampled from is softmax(logits / temperature) restricted to the ``top_k``
most likely tokens (special tokens such as ``<unk>`` are never written); it is returned
with every token so a view can show what was really sampled from.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np

from gate_explorer.engine.backend import NUMPY, Backend
from gate_explorer.engine.model import Model, softmax
from gate_explorer.engine.trace import DirectionTrace, Trace
from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable

SPECIAL = frozenset({"<unk>", "<pad>", "<bos>", "<eos>", "<s>", "</s>"})
MAX_TEMPERATURE = 100.0


@dataclass(frozen=True)
class Sampling:
    """How to pick the next token: ``temperature`` > 0, ``top_k`` (0 = all), ``seed``."""

    temperature: float = 1.0
    top_k: int = 0
    seed: int = 0

    def __post_init__(self) -> None:
        t = self.temperature
        if not (isinstance(t, int | float) and math.isfinite(t) and 0 < t <= MAX_TEMPERATURE):
            raise GateExplorerError(
                translatable(
                    "temperature must be a number in (0, {max_temperature:g}], got {t!r}"
                ).format(max_temperature=MAX_TEMPERATURE, t=t)
            )
        if not isinstance(self.top_k, int) or self.top_k < 0:
            raise GateExplorerError(
                translatable("top-k must be a whole number >= 0, got {top_k!r}").format(
                    top_k=self.top_k
                )
            )


@dataclass(frozen=True)
class Written:
    """One generated token: its id and text, and the distribution ``probs`` (V,) it came from."""

    id: int
    text: str
    probs: np.ndarray
    trace: Trace  # the one step that computed the *next* token's distribution


def check_can_generate(model: Model) -> None:
    """Raise unless ``model`` is a one-directional next-token model over ids."""
    if model.head is None or model.head.kind != "next-token":
        raise GateExplorerError(
            translatable(
                "{model_name} cannot write text: generation needs a next-token head (a "
                "language model), this model has {head_kind}"
            ).format(model_name=model.name, head_kind=model.head.kind if model.head else "no head")
        )
    if model.net.config.bidirectional:
        raise GateExplorerError(
            translatable(
                "{model_name} is bidirectional: its reverse direction reads the future, so "
                "it cannot continue a text one token at a time"
            ).format(model_name=model.name)
        )
    if model.embedding.numeric:
        raise GateExplorerError(
            translatable("{model_name} reads numbers, not tokens: it cannot write text").format(
                model_name=model.name
            )
        )


def sampling_probs(logits: np.ndarray, sampling: Sampling, banned: np.ndarray) -> np.ndarray:
    """(V,) softmax(logits / temperature) over the top-k allowed tokens, zero elsewhere.

    ``banned`` (V,) bool marks tokens never written (special tokens).
    """
    z = np.asarray(logits, dtype=np.float64) / sampling.temperature
    z = np.where(banned, -np.inf, z)
    allowed = int((~banned).sum())
    if sampling.top_k and sampling.top_k < allowed:
        kth = np.partition(z, -sampling.top_k)[-sampling.top_k]
        z = np.where(z >= kth, z, -np.inf)
    return softmax(z)


def _one_step(
    model: Model, token_id: int, h: np.ndarray, c: np.ndarray | None, backend: Backend
) -> Trace:
    x = model.embedding.embed_ids(np.array([token_id]), model.net.dtype)  # (1, F)
    return model.net.run(x, h0=h, c0=c, backend=backend)


def write(
    model: Model,
    prompt_trace: Trace,
    sampling: Sampling,
    *,
    stop: Callable[[], bool] | None = None,
    backend: Backend = NUMPY,
) -> Iterator[Written]:
    """Yield tokens after ``prompt_trace`` (the run of the prompt), one network step each.

    Endless: the caller takes as many as it wants (``itertools.islice``) or ``stop()``
    ends it. Deterministic for a given ``sampling.seed``. An empty prompt starts from the
    zero state with the distribution of a first step on a space (char) or nothing.
    ``backend``: the engine path of the steps (the one that ran the prompt).
    """
    check_can_generate(model)
    head = model.head
    assert head is not None
    vocab = model.tokenizer.vocab
    banned = np.array([t in SPECIAL for t in vocab], dtype=bool)
    if banned.all():
        raise GateExplorerError(
            translatable("{model_name} has only special tokens in its vocabulary").format(
                model_name=model.name
            )
        )
    rng = np.random.default_rng(sampling.seed)
    trace = prompt_trace
    if trace.steps == 0:
        raise GateExplorerError(translatable("type a prompt first: generation continues a text"))
    logits = head.logits(trace.output[-1:])[0]
    while stop is None or not stop():
        probs = sampling_probs(logits, sampling, banned)
        tid = int(np.searchsorted(np.cumsum(probs), rng.random() * probs.sum(), side="right"))
        tid = min(tid, len(probs) - 1)
        while probs[tid] == 0:  # rounding at the top end of the cumulative sum
            tid -= 1
        trace = _one_step(model, tid, trace.h_n, trace.c_n, backend)
        logits = head.logits(trace.output)[0]
        yield Written(tid, vocab[tid], probs, trace)


def extend(trace: Trace, *more: Trace) -> Trace:
    """``trace`` followed by the runs ``more`` (each started from the previous one's final
    state), joined in one concatenation per array.

    Arrays are joined along time; ``h0``/``c0`` stay those of the first run, ``h_n``/``c_n``
    are those of the last. Only for unbatched, one-directional traces (generation).
    """
    parts = (trace, *more)
    if any(t.batched or t.num_directions != 1 for t in parts):
        raise GateExplorerError(
            translatable("only unbatched one-directional traces can be extended")
        )
    if not more:
        return trace

    def join(dicts: list[dict[str, np.ndarray]]) -> dict[str, np.ndarray]:
        return {k: np.concatenate([d[k] for d in dicts]) for k in dicts[0]}

    layers = tuple(
        (
            DirectionTrace(
                join([t.layers[k][0].values for t in parts]),
                join([t.layers[k][0].cache for t in parts]),
            ),
        )
        for k in range(trace.num_layers)
    )
    last = parts[-1]
    return Trace(
        kind=trace.kind,
        names=trace.names,
        layers=layers,
        output=np.concatenate([t.output for t in parts]),
        h_n=last.h_n,
        c_n=last.c_n,
        batched=False,
        x=np.concatenate([t.x for t in parts]),
        h0=trace.h0,
        c0=trace.c0,
        gate_activation=trace.gate_activation,
        reset_after=trace.reset_after,
    )


def truncate(trace: Trace, steps: int) -> Trace:
    """The first ``steps`` steps of an unbatched one-directional ``trace``; its final state is
    the one after step ``steps - 1`` (the state a continuation starts from)."""
    if trace.batched or trace.num_directions != 1:
        raise GateExplorerError(translatable("only unbatched one-directional traces can be cut"))
    if not 0 < steps <= trace.steps:
        raise GateExplorerError(
            translatable("cannot keep {steps} of {steps2} steps").format(
                steps=steps, steps2=trace.steps
            )
        )
    if steps == trace.steps:
        return trace
    layers = tuple(
        (
            DirectionTrace(
                {k: v[:steps] for k, v in d[0].values.items()},
                {k: v[:steps] for k, v in d[0].cache.items()},
            ),
        )
        for d in trace.layers
    )
    h_n = np.stack([d[0].values["h"][steps - 1, 0] for d in layers])
    c_n = None
    if trace.c_n is not None:
        c_n = np.stack([d[0].values["c"][steps - 1, 0] for d in layers])
    return Trace(
        kind=trace.kind,
        names=trace.names,
        layers=layers,
        output=trace.output[:steps],
        h_n=h_n,
        c_n=c_n,
        batched=False,
        x=trace.x[:steps],
        h0=trace.h0,
        c0=trace.c0,
        gate_activation=trace.gate_activation,
        reset_after=trace.reset_after,
    )
