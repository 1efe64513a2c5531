"""``Generation``: a language model continues the session's text, live, one step per token.

It continues from the current step (the text after it is replaced), samples with the
given temperature, top-k and seed (``engine.generate``), and hands the new steps to the
session in batches at most 60 times a second, so the heatmaps, chips and answer follow
while it writes. ``stop`` ends it; ``discard`` goes back to the text as it was before the
first generation (the prompt and whatever followed it).
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator

from PySide6.QtCore import QObject, QTimer, Signal

from gate_explorer.engine.generate import Sampling, Written, check_can_generate, truncate, write
from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable

FRAME_MS = 16  # one batch of tokens per frame: repaints coalesced to at most ~60 Hz
BUDGET_S = 0.008  # sampling time per frame; the rest is left for painting


class Generation(QObject):
    """Generates into a ``Session``; one at a time."""

    sigRunning = Signal(bool)
    sigWritten = Signal(int, int)  # tokens written so far, tokens asked for

    def __init__(self, session: QObject) -> None:
        super().__init__(session)
        self.session = session
        self.sampling = Sampling()
        self._before: str | None = None  # the text before the first generation (discard)
        self._tokens: Iterator[Written] | None = None
        self._wanted = 0
        self._done = 0
        self._timer = QTimer(self, interval=FRAME_MS)
        self._timer.timeout.connect(self._frame)
        self._produced = ""  # the text as generation left it
        session.sigModelChanged.connect(self._forget)
        session.sigTextChanged.connect(self._on_text)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    @property
    def has_generated(self) -> bool:
        """True while the text holds generated tokens that ``discard`` would remove."""
        return self._before is not None

    def start(self, sampling: Sampling, tokens: int) -> None:
        """Continue the text from the current step with ``tokens`` new tokens."""
        s = self.session
        model, run = s.model, s.run
        if model is None or run is None or not run.tokens:
            raise GateExplorerError(
                translatable("type a prompt first: generation continues a text")
            )
        from gate_explorer.session.seq2seq import shown

        if shown(s.shown_model) is not None:
            raise GateExplorerError(
                translatable(
                    "an encoder-decoder writes its own answer (greedy, or teacher-forced "
                    "from the Target field): Generate continues the text of a one-stack "
                    "model"
                )
            )
        check_can_generate(model)
        if not 0 < tokens <= 100_000:
            raise GateExplorerError(
                translatable("tokens to write must be 1..100,000, got {tokens}").format(
                    tokens=tokens
                )
            )
        self.stop()
        keep = min(max(s.step, 0), len(run.tokens) - 1) + 1
        if self._before is None:
            self._before = s.text
        s.keep_steps(keep)
        self._produced = s.text
        self.sampling, self._wanted, self._done = sampling, tokens, 0
        self._tokens = write(model, truncate(s.run.trace, keep), sampling, backend=s.backend)
        self._timer.start()
        self.sigRunning.emit(True)

    def _frame(self) -> None:
        if self._tokens is None:
            self.stop()
            return
        end = time.perf_counter() + BUDGET_S
        batch: list[Written] = []
        while self._done + len(batch) < self._wanted and time.perf_counter() < end:
            batch.extend(itertools.islice(self._tokens, 1))
        self._done += len(batch)
        if batch:
            self.session.append_written(batch, self.sampling)
            self._produced = self.session.text
        self.sigWritten.emit(self._done, self._wanted)
        if self._done >= self._wanted:
            self.stop()

    def stop(self) -> None:
        """Stop writing; what was written stays."""
        if self._timer.isActive():
            self._timer.stop()
            self.sigRunning.emit(False)
        self._tokens = None

    def discard(self) -> None:
        """Back to the text as it was before generating."""
        self.stop()
        before, self._before = self._before, None
        if before is not None:
            self.session.set_text(before, immediate=True)

    def _on_text(self, text: str) -> None:
        """An edit by the user (not generation's own): nothing left to discard."""
        if text != self._produced and not self.running:
            self._before = None

    def _forget(self) -> None:
        self.stop()
        self._before = None
