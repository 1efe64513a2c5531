"""An encoder-decoder shown as one model on one time axis (no Qt).

The window shows one run: ``Seq2SeqShown.run_text(source)`` encodes the source, decodes
(greedily, or teacher-forced from ``target``) and joins both traces along time: the
encoder's steps ``0..B-1``, then the decoder's ``B..T-1`` (``B = boundary``). The decoder's
first step reads the encoder's final state, so the column at ``B`` sits next to the one it
was handed (the hand-over). Both stacks have the same cell, layers and sizes
(``Seq2SeqModel`` checks it), so every view reading a ``Trace`` reads the joined one; the
weights of a step are those of ``stack_model(step)``. Interventions go through
``Seq2SeqShownRun.intervened``: clamps on the encoder's steps change the state it hands over,
and the decoder is run again from it on the same inputs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from gate_explorer.engine.intervene import Intervention, run_intervened
from gate_explorer.engine.model import Model, ModelRun
from gate_explorer.engine.net import Progress
from gate_explorer.engine.seq2seq import BOS, EOS, Seq2SeqModel, Seq2SeqRun
from gate_explorer.engine.tokenize import Token
from gate_explorer.engine.trace import DirectionTrace, Trace
from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable

if TYPE_CHECKING:
    from gate_explorer.analysis.gradient_flow import GradientFlow

STACKS = ("encoder", "decoder")
SEPARATOR = "\n→ "  # between the source and the answer in a joined run's text


def join_traces(first: Trace, second: Trace) -> Trace:
    """``first`` then ``second`` (which started from ``first``'s final state) on one time axis.

    Unbatched one-way traces of the same cell and sizes. Inputs of different widths are
    padded with zeros to the wider one (``x`` is then only for display: the views that
    re-run a step use each stack's own trace).
    """
    parts = (first, second)
    if any(t.batched or t.num_directions != 1 for t in parts):
        raise GateExplorerError(translatable("only unbatched one-way traces can be joined"))
    if first.names != second.names or first.num_layers != second.num_layers:
        raise GateExplorerError(
            translatable("the encoder and decoder traces are of different cells")
        )

    def cat(arrays: list[np.ndarray]) -> np.ndarray:
        return np.concatenate(arrays) if arrays[0].ndim else arrays[0]

    def join(dicts: list[dict[str, np.ndarray]]) -> dict[str, np.ndarray]:
        return {k: cat([d[k] for d in dicts]) for k in dicts[0] if all(k in d for d in dicts)}

    layers = tuple(
        (DirectionTrace(join([t.layers[k][0].values for t in parts]),
                        join([t.layers[k][0].cache for t in parts])),)
        for k in range(first.num_layers)
    )  # fmt: skip
    width = max(first.x.shape[-1], second.x.shape[-1])
    xs = [np.pad(t.x, ((0, 0), (0, 0), (0, width - t.x.shape[-1]))) for t in parts]
    return Trace(
        kind=first.kind,
        names=first.names,
        layers=layers,
        output=np.concatenate([first.output, second.output]),
        h_n=second.h_n,
        c_n=second.c_n,
        batched=False,
        x=np.concatenate(xs),
        h0=first.h0,
        c0=first.c0,
        gate_activation=first.gate_activation,
        reset_after=first.reset_after,
    )


@dataclass(frozen=True)
class Seq2SeqShownRun(ModelRun):
    """The joined run: ``tokens`` are the source's, then the decoder's inputs (``<s>`` and
    the answer); ``probs`` rows before ``boundary`` are NaN (the encoder has no head).
    ``text`` is ``source + SEPARATOR + answer``; ``seq`` holds the two stacks' own runs."""

    seq: Seq2SeqRun | None = None
    pair: Seq2SeqModel | None = None
    boundary: int = 0

    @property
    def source(self) -> str:
        return "" if self.seq is None else self.seq.source

    def stack(self, step: int) -> str:
        """``encoder`` or ``decoder``: the stack that computed ``step``."""
        return "encoder" if step < self.boundary else "decoder"

    def intervened(self, active: list[Intervention]) -> Seq2SeqShownRun:
        """This run with ``active`` in place (steps on the joined axis): the encoder re-run
        with its clamps, the decoder from the state it now hands over, on the same inputs
        (teacher-forced with this run's answer) with its own clamps."""
        assert self.seq is not None
        assert self.pair is not None
        b = self.boundary
        enc_ivs = [iv for iv in active if iv.step < b]
        dec_ivs = [_shift(iv, -b) for iv in active if iv.step >= b]
        enc = self.seq.encoder
        enc_trace = run_intervened(self.pair.encoder.net, enc.trace, enc_ivs)
        dec = self.seq.decoder
        dec_trace = dec.trace
        if enc_ivs:  # a different hand-over: the decoder runs again from it
            dec_trace = self.pair.decoder.net.run(dec.trace.x[:, 0], h0=enc_trace.h_n,
                                                  c0=enc_trace.c_n)  # fmt: skip
        dec_trace = run_intervened(self.pair.decoder.net, dec_trace, dec_ivs)
        return _shown(
            self.pair,
            Seq2SeqRun(self.seq.source, replace_trace(enc, enc_trace),
                       self.pair.decoder.read_out(dec.text, dec.tokens, dec_trace),
                       self.seq.answer, self.seq.forced, self.seq.predicted),
        )  # fmt: skip


def _shift(iv: Intervention, by: int) -> Intervention:
    from dataclasses import replace

    return replace(iv, step=iv.step + by)


def replace_trace(run: ModelRun, trace: Trace) -> ModelRun:
    from dataclasses import replace

    return replace(run, trace=trace)


def _shown(pair: Seq2SeqModel, seq: Seq2SeqRun) -> Seq2SeqShownRun:
    """The joined run of ``seq``."""
    enc, dec = seq.encoder, seq.decoder
    shift = len(seq.source) + len(SEPARATOR)
    tokens = list(enc.tokens) + [
        Token(t.text, t.id, t.known, t.start + shift, t.end + shift) for t in dec.tokens
    ]
    b = len(enc.tokens)
    logits = probs = None
    if dec.logits is not None and dec.probs is not None:
        pad = np.full((b, dec.logits.shape[1]), np.nan, dtype=dec.logits.dtype)
        logits = np.concatenate([pad, dec.logits])
        probs = np.concatenate([pad.astype(dec.probs.dtype), dec.probs])
    return Seq2SeqShownRun(
        seq.source + SEPARATOR + seq.answer,
        tokens,
        join_traces(enc.trace, dec.trace),
        logits,
        probs,
        None,
        seq=seq,
        pair=pair,
        boundary=b,
    )


@dataclass
class Seq2SeqShown(Model):
    """An encoder-decoder as the window's ``Model``: the tokenizer, embedding and network are
    the encoder's (what the typed text goes through first), the head the decoder's.
    ``target`` (None: greedy) is the text the decoder is teacher-forced with."""

    pair: Seq2SeqModel | None = None
    target: str | None = None
    stacks: tuple[str, ...] = field(default=STACKS)

    @classmethod
    def of(cls, pair: Seq2SeqModel) -> Seq2SeqShown:
        e = pair.encoder
        shown = cls(pair.name, e.net, e.tokenizer, e.embedding, pair.decoder.head, pair.card,
                    pair.trained, e.notices + pair.decoder.notices, pair=pair)  # fmt: skip
        shown._views = _views(pair)
        return shown

    def stack_model(self, stack: str | int) -> Model:
        """The encoder's or decoder's ``Model`` (by name or index in ``STACKS``), as the
        joined trace's views need it: its own, or with zero columns added to its first
        ``weight_ih`` when the stacks read inputs of different widths (the joined ``x`` is
        zero-padded to the wider one, so ``W_ih @ x`` is the stack's own product)."""
        assert self.pair is not None
        name = STACKS[stack] if isinstance(stack, int) else stack
        if name not in STACKS:
            raise GateExplorerError(
                translatable("unknown stack {name!r}; expected encoder or decoder").format(
                    name=name
                )
            )
        views = getattr(self, "_views", None) or _views(self.pair)
        return views[STACKS.index(name)]

    def run_text(self, text: str, *, progress: Progress | None = None) -> Seq2SeqShownRun:
        """Encode ``text``, decode (teacher-forced with ``target`` when set), join the runs."""
        assert self.pair is not None
        if progress is not None:
            progress(0, 1)
        seq = self.pair.run(text, self.target)
        if progress is not None:
            progress(1, 1)
        return _shown(self.pair, seq)


def _views(pair: Seq2SeqModel) -> tuple[Model, Model]:
    """(encoder, decoder) Models whose first ``weight_ih`` reads the joined input width."""
    from dataclasses import replace as _replace

    from gate_explorer.engine.net import RecurrentNet

    stacks = (pair.encoder, pair.decoder)
    width = max(m.net.config.input_size for m in stacks)
    out = []
    for m in stacks:
        if m.net.config.input_size == width:
            out.append(m)
            continue
        params = dict(m.net.params)
        for key in [k for k in params if k.startswith("weight_ih_l0")]:
            w = np.asarray(params[key])
            params[key] = np.pad(w, ((0, 0), (0, width - w.shape[1])))
        net = RecurrentNet.from_state_dict(
            m.net.kind, params, allow_nonfinite=True, gate_activation=m.net.gate_activation,
            reset_after=m.net.reset_after,
        )  # fmt: skip
        out.append(_replace(m, net=net))
    return out[0], out[1]


def decoder_answer(run: Seq2SeqShownRun, step: int) -> tuple[str, str]:
    """(token the decoder writes at joined ``step``, what it reads there) for a decoder step;
    ("", "") for an encoder step."""
    if run.seq is None or step < run.boundary:
        return "", ""
    k = step - run.boundary
    written = run.seq.predicted[k] if k < len(run.seq.predicted) else ""
    return written, run.tokens[step].text


__all__ = ["BOS", "EOS", "STACKS", "Seq2SeqShown", "Seq2SeqShownRun", "join_traces"]


def pair_gradient_flow(
    run: Seq2SeqShownRun, target: int, nets: tuple[Any, Any] | None = None
) -> GradientFlow:
    """The gradient flow of the decoder's loss at joined ``target`` through both stacks:
    back through the decoder's steps, through the hand-over (dL/d h0, c0 of the decoder is
    dL/d h_n, c_n of the encoder) and on through the encoder's. ``nets``: float64
    (encoder, decoder) networks to reuse."""
    assert run.seq is not None
    assert run.pair is not None
    b, pair = run.boundary, run.pair
    if target < b:
        raise GateExplorerError(
            translatable(
                "the encoder has no answer to take a loss at: choose a decoder step (from "
                "step {first})"
            ).format(first=b + 1)
        )
    from gate_explorer.analysis.gradient_flow import (  # on first use: not at start-up
        DirectionFlow,
        GradientFlow,
        float64_net,
        step_loss,
    )

    enc_net, dec_net = nets or (float64_net(pair.encoder.net), float64_net(pair.decoder.net))
    dec = run.seq.decoder
    loss = step_loss(pair.decoder, dec, target - b)
    if not np.isfinite(loss.d_output).all():
        raise GateExplorerError(
            translatable("the loss is not finite, so there is no gradient to show")
        )
    d_out = np.zeros(dec.trace.output.shape, dtype=np.float64)
    d_out[target - b] = loss.d_output
    g_dec = dec_net.gradients(dec.trace, d_out)
    enc = run.seq.encoder
    g_enc = enc_net.gradients(enc.trace, np.zeros(enc.trace.output.shape), g_dec.h0, g_dec.c0)
    steps = len(run.tokens)
    layers = []
    for k in range(pair.encoder.net.config.num_layers):
        h = np.concatenate([_norms(g_enc.h[k][0]), _norms(g_dec.h[k][0])])
        c = None
        if g_dec.c is not None and g_enc.c is not None:
            c = np.concatenate([_norms(g_enc.c[k][0]), _norms(g_dec.c[k][0])])
        reach = np.arange(steps) <= target
        layers.append((DirectionFlow(k, 0, h, c, reach),))
    k = target - b + 1  # the decoder's own step count: say where that is on the joined axis
    where = translatable("at step {n} (decoder step {k})").format(n=target + 1, k=k)
    description = loss.description.replace(f"at step {k}", where, 1)
    return GradientFlow(
        target, steps, pair.kind, description, loss.value, tuple(layers), loss.name, loss.note
    )


def _norms(g: np.ndarray) -> np.ndarray:
    g = np.asarray(g, dtype=np.float64)
    return np.linalg.norm(g.reshape(g.shape[0], -1), axis=-1)


def pair_step_norms(run: Seq2SeqShownRun, nets: tuple[Any, Any] | None = None) -> np.ndarray:
    """(T,) ||ds_t/ds_{t-1}|| on the joined axis: each stack's steps by its own weights;
    the decoder's first step maps from the state the encoder handed over."""
    assert run.seq is not None
    assert run.pair is not None
    pair = run.pair
    from gate_explorer.analysis.gradient_flow import float64_net  # on first use
    from gate_explorer.analysis.jacobian import step_jacobian_norms

    enc_net, dec_net = nets or (float64_net(pair.encoder.net), float64_net(pair.decoder.net))
    enc = step_jacobian_norms(enc_net, run.seq.encoder.trace).norm
    dec = step_jacobian_norms(dec_net, run.seq.decoder.trace).norm
    return np.concatenate([enc, dec])
