"""Encoder-decoder: one recurrent stack reads the source, the other writes the answer.

The encoder runs over the source text; its final state ``(h_n, c_n)`` becomes the
decoder's initial state (the hand-over, Sutskever et al. 2014). The decoder reads a start
token and then its own previous answer (greedy decoding) or the true target (teacher
forcing), and its head names the next target token at every step, up to an end token.
Both stacks are ordinary ``Model``s, so every view that reads a ``Trace`` reads either.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from gate_explorer.engine.model import Model, ModelRun, softmax
from gate_explorer.engine.tokenize import Token
from gate_explorer.engine.trace import Trace
from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable

BOS = "<s>"
EOS = "</s>"
MAX_ANSWER = 200


@dataclass(frozen=True)
class Seq2SeqRun:
    """One source through both stacks.

    ``encoder`` is the run over the source; ``decoder`` the run over the decoder's inputs
    (``<s>`` then the answer so far), starting from the encoder's final state.
    ``answer`` is what the decoder wrote (greedy) or the target it was forced with;
    ``forced`` says which. ``probs`` (T_dec, V) is the decoder's distribution at each step.
    """

    source: str
    encoder: ModelRun
    decoder: ModelRun
    answer: str
    forced: bool
    predicted: tuple[str, ...]  # the decoder's top token at each step

    @property
    def steps(self) -> int:
        """Encoder steps, then decoder steps: the one time axis the window shows."""
        return self.encoder.trace.steps + self.decoder.trace.steps


@dataclass
class Seq2SeqModel:
    """``encoder`` (no head) and ``decoder`` (a next-token head over the target vocabulary,
    which holds ``<s>`` and ``</s>``); the decoder's layers and sizes match the encoder's so
    the state can be handed over as it is."""

    name: str
    encoder: Model
    decoder: Model
    card: dict[str, Any] = field(default_factory=dict)
    trained: bool = True

    def __post_init__(self) -> None:
        e, d = self.encoder.net.config, self.decoder.net.config
        if e.bidirectional or d.bidirectional:
            raise GateExplorerError(translatable("an encoder-decoder here has one-way stacks"))
        if (e.kind, e.num_layers, e.hidden_size, e.proj_size) != (
            d.kind,
            d.num_layers,
            d.hidden_size,
            d.proj_size,
        ):
            raise GateExplorerError(
                translatable(
                    "the encoder ({net}) and decoder ({net2}) must have the same cell, "
                    "layers and sizes for the state to be handed over"
                ).format(net=self.encoder.net.describe(), net2=self.decoder.net.describe())
            )
        head = self.decoder.head
        if head is None or head.kind != "next-token":
            raise GateExplorerError(translatable("the decoder needs a next-token head"))
        vocab = self.decoder.tokenizer.vocab
        for special in (BOS, EOS):
            if special not in vocab:
                raise GateExplorerError(
                    translatable("the decoder's vocabulary has no {special!r} token").format(
                        special=special
                    )
                )

    @property
    def kind(self) -> str:
        return self.encoder.net.kind

    def _id(self, token: str) -> int:
        return self.decoder.tokenizer.vocab.index(token)

    def encode(self, source: str) -> ModelRun:
        return self.encoder.run_text(source)

    def _decoder_run(self, ids: list[int], start: Trace, text: str) -> ModelRun:
        vocab = self.decoder.tokenizer.vocab
        tokens, at = [], 0
        for i in ids:
            piece = vocab[i]
            width = 0 if piece in (BOS, EOS) else len(piece)
            tokens.append(Token(piece, i, True, at, at + width))
            at += width
        x = self.decoder.embedding.embed(tokens, self.decoder.net.dtype)
        trace = self.decoder.net.run(x, h0=start.h_n, c0=start.c_n)
        return self.decoder.read_out(text, tokens, trace)

    def run(
        self, source: str, target: str | None = None, *, max_len: int = MAX_ANSWER
    ) -> Seq2SeqRun:
        """Encode ``source``; decode greedily, or teacher-forced with ``target`` when given."""
        enc = self.encode(source)
        vocab = self.decoder.tokenizer.vocab
        bos, eos = self._id(BOS), self._id(EOS)
        if target is not None:
            pieces = self.decoder.tokenizer.tokenize(target)
            unknown = [t.text for t in pieces if not t.known]
            if unknown:
                raise GateExplorerError(
                    translatable(
                        "the target holds {names}, which the decoder cannot write (not in "
                        "its vocabulary)"
                    ).format(names=", ".join(map(repr, unknown[:5])))
                )
            ids = [bos, *(t.id for t in pieces)]
            dec = self._decoder_run(ids, enc.trace, target)
            return Seq2SeqRun(source, enc, dec, target, True, self._top(dec))
        ids, answer = [bos], []
        state = enc.trace
        head = self.decoder.head
        assert head is not None
        banned = np.array([t in (BOS,) for t in vocab])
        for _ in range(max_len):
            step = self._decoder_run(ids[-1:], state, "")
            logits = np.where(banned, -np.inf, head.logits(step.trace.output)[0])
            nxt = int(np.argmax(logits))
            state = step.trace
            if nxt == eos:
                break
            ids.append(nxt)
            answer.append(vocab[nxt])
        text = self.decoder.tokenizer.join(answer)
        dec = self._decoder_run(ids, enc.trace, text)  # the same steps, as one trace
        return Seq2SeqRun(source, enc, dec, text, False, self._top(dec))

    def _top(self, dec: ModelRun) -> tuple[str, ...]:
        vocab = self.decoder.tokenizer.vocab
        if dec.probs is None:
            return ()
        return tuple(vocab[i] for i in np.argmax(dec.probs, axis=-1))

    def answer_probs(self, run: Seq2SeqRun) -> np.ndarray:
        """(T_dec, V) softmax of the decoder's logits at each step."""
        assert run.decoder.logits is not None
        return softmax(run.decoder.logits)
