"""The session's side of an encoder-decoder: which stack is shown, the target, the answer.

An encoder-decoder opens as a ``workspace.seq2seq.Seq2SeqShown``: one run on one time axis,
the encoder's steps first. The *stack* is the one that computed the current step: stepping
crosses from the encoder into the decoder, and choosing a stack goes to its first step, so
``Session.model`` (the stack's own ``Model``, whose weights the cell diagram and equations
use) always matches the step shown. Functions of a ``Session``; ``core`` calls them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable
from gate_explorer.workspace.seq2seq import STACKS, Seq2SeqShown, Seq2SeqShownRun

if TYPE_CHECKING:
    from gate_explorer.engine.model import Model, ModelRun


def shown(model: Model | None) -> Seq2SeqShown | None:
    """``model`` when it is an encoder-decoder, else None."""
    return model if isinstance(model, Seq2SeqShown) else None


def joined(run: ModelRun | None) -> Seq2SeqShownRun | None:
    """``run`` when it is an encoder-decoder's joined run, else None."""
    return run if isinstance(run, Seq2SeqShownRun) else None


def stack_at(model: Model | None, run: ModelRun | None, step: int) -> str:
    """``encoder`` or ``decoder`` for ``step`` of ``run``; "" for a one-stack model."""
    if shown(model) is None:
        return ""
    r = joined(run)
    return "encoder" if r is None else r.stack(step)


def model_at(model: Model | None, run: ModelRun | None, step: int) -> Model | None:
    """The ``Model`` whose weights computed ``step``: the stack's for an encoder-decoder."""
    s = shown(model)
    return model if s is None else s.stack_model(stack_at(model, run, step))


def boundary(run: ModelRun | None) -> int | None:
    """The first decoder step of a joined run, else None."""
    r = joined(run)
    return None if r is None else r.boundary


def stack_range(run: ModelRun | None, stack: str) -> range:
    """The joined steps of ``stack``."""
    r = joined(run)
    if r is None:
        return range(0)
    end = len(r.tokens)
    return range(0, r.boundary) if stack == "encoder" else range(r.boundary, end)


def set_stack(session: Any, stack: str) -> None:
    """Go to the first step of ``stack`` (``encoder`` or ``decoder``) unless the current
    step is already in it."""
    if stack not in STACKS:
        raise GateExplorerError(
            translatable("unknown stack {stack!r}; expected encoder or decoder").format(stack=stack)
        )
    steps = stack_range(session.run, stack)
    if len(steps) and session.step not in steps:
        session.set_step(steps.start)


def set_target(session: Any, target: str | None) -> None:
    """Teacher-force the decoder with ``target`` (None or "": decode greedily) and re-run.
    A target the decoder cannot write emits ``sigError`` and keeps the current one."""
    s = shown(session.shown_model)
    if s is None or s.pair is None:
        return
    target = target or None
    if target is not None:
        unknown = [t.text for t in s.pair.decoder.tokenizer.tokenize(target) if not t.known]
        if unknown:
            message = translatable(
                "the target holds {tokens}, which the decoder cannot write (not in its vocabulary)"
            )
            session.sigError.emit(message.format(tokens=", ".join(map(repr, unknown[:5]))))
            return
    if target == s.target:
        return
    s.target = target
    session.recompute(force=True)


def target(session: Any) -> str | None:
    """The text the decoder is teacher-forced with, or None (greedy)."""
    s = shown(session.shown_model)
    return None if s is None else s.target


def encoder_note(run: Seq2SeqShownRun, step: int) -> str:
    """What the answer panel says at an encoder step (the encoder has no head)."""
    left = run.boundary - 1 - step
    if left == 0:
        return translatable(
            "Encoder, last step: its state is handed to the decoder, which answers from the "
            "next step on."
        )
    return translatable(
        "Encoder step {n} of {total}: the encoder reads the source; the decoder answers "
        "after the boundary."
    ).format(n=step + 1, total=run.boundary)
