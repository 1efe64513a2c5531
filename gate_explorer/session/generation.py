"""``Generation``: a language model continues the session's text, live, one step per token.

It continues from the current step (the text after it is replaced), samples with the
given temperature, top-k and seed (``engine.generate``), and hands the new steps to the
session once per frame (at most ~60 times a second), so the heatmaps, chips and answer
follow while it writes. ``stop`` ends it; ``discard`` goes back to the text as it was before
the first generation (the prompt and whatever followed it).

Where the tokens are sampled: a longer generation is written by a worker *process*
(``workspace.writer.write_job``; a thread would hold the interpreter and stutter the
window), which streams its tokens back; until its first batch arrives (the process takes
a few tenths of a second to start) the GUI thread samples the first tokens itself, within
a small budget per frame, with the same seed, and the process's tokens are checked against
them before they are used, so the text is the one the seed writes either way.

Each frame costs the tokens it adds, not the run so far: the run's arrays live in buffers
with room to grow (``_Growing``) and the run handed to the session holds views of them;
the session keeps colour limits and unit orders while the run grows by less than a tenth
(``Session.set_growing``) and fits them exactly again when writing stops.

A batch is shown over a few frames, so that none holds the GUI thread for long: the first
adds the tokens and every view follows except those that ask to come later (``defer``: the
heatmaps, the costliest, in the next frame), which update in the frames after it, while no
new tokens are added.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterator
from functools import partial
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal

from gate_explorer.engine.generate import Sampling, Written, check_can_generate, truncate, write
from gate_explorer.engine.model import Model, ModelRun
from gate_explorer.engine.tokenize import Token
from gate_explorer.engine.trace import DirectionTrace, Trace
from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable
from gate_explorer.session.worker import Worker
from gate_explorer.workspace.writer import write_job

FRAME_MS = 16  # one batch of tokens per frame: repaints coalesced to at most ~60 Hz
BUDGET_S = 0.002  # GUI-thread sampling per frame, before the writing process delivers
MAX_BATCH = 24  # tokens shown per batch at most: a frame costs what it adds (720/s at 30 Hz)
LOCAL_ONLY = 48  # generations up to this long are written on the GUI thread (no process)
PREALLOCATE = 256 * 2**20  # bytes of the run's buffers reserved for the tokens asked for


def _room(steps: int) -> int:
    """Rows for a run of ``steps`` steps with room to grow by a quarter."""
    return steps + max(steps // 4, 256)


class _Growing:
    """The run being written, in buffers with room to grow: ``add`` writes a batch's rows
    in place (the rows before it are never touched, so a run handed out earlier stays
    valid), ``run()`` is a ``ModelRun`` of views of the rows so far."""

    def __init__(self, run: ModelRun, model: Model, sep: str, expect: int = 0) -> None:
        """``expect``: the tokens the writing asks for. The buffers have room for them from
        the start (up to ``PREALLOCATE`` bytes: pages are touched only as rows are written),
        so no frame copies the whole run into bigger ones."""
        self.model, self.sep = model, sep
        trace = run.trace
        self.trace0 = trace
        self.text = run.text
        self.tokens = list(run.tokens)
        self.steps = len(run.tokens)
        self.h_n, self.c_n = trace.h_n, trace.c_n
        self._bufs: dict[tuple[Any, ...], np.ndarray] = {}
        arrays = self._arrays(trace, run)
        per_step = sum(a[:1].nbytes for a in arrays.values())
        ahead = min(max(expect, 0), PREALLOCATE // max(per_step, 1))
        for key, arr in arrays.items():
            buf = np.empty((max(_room(self.steps), self.steps + ahead), *arr.shape[1:]),
                           dtype=arr.dtype)  # fmt: skip
            buf[: self.steps] = arr
            self._bufs[key] = buf

    @staticmethod
    def _arrays(trace: Trace, run: ModelRun | None = None) -> dict[tuple[Any, ...], np.ndarray]:
        out: dict[tuple[Any, ...], np.ndarray] = {("output",): trace.output, ("x",): trace.x}
        for k, dirs in enumerate(trace.layers):
            for name, v in dirs[0].values.items():
                out[("values", k, name)] = v
            for name, v in dirs[0].cache.items():
                out[("cache", k, name)] = v
        if run is not None and run.logits is not None:
            out[("logits",)] = run.logits
        if run is not None and run.probs is not None:
            out[("probs",)] = run.probs
        return out

    def add(self, written: list[Written]) -> None:
        """Append the generated tokens (each one network step) as new rows."""
        n, t = len(written), self.steps
        if t + n > len(self._bufs[("x",)]):
            for key, buf in self._bufs.items():
                bigger = np.empty((_room(t + n), *buf.shape[1:]), dtype=buf.dtype)
                bigger[:t] = buf[:t]
                self._bufs[key] = bigger
        steps = [self._arrays(w.trace) for w in written]
        for key in steps[0]:  # each array's new rows in one copy
            np.concatenate([s[key] for s in steps], axis=0, out=self._bufs[key][t : t + n])
        head = self.model.head
        if ("logits",) in self._bufs and head is not None:
            logits = head.logits(self._bufs[("output",)][t : t + n])
            self._bufs[("logits",)][t : t + n] = logits
            if ("probs",) in self._bufs:
                self._bufs[("probs",)][t : t + n] = head.probabilities(logits)
        pieces = [self.text]
        end = len(self.text)
        for w in written:
            start = end + len(self.sep)
            pieces += [self.sep, w.text]
            end = start + len(w.text)
            self.tokens.append(Token(w.text, w.id, True, start, end))
        self.text = "".join(pieces)
        self.steps = t + n
        self.h_n, self.c_n = written[-1].trace.h_n, written[-1].trace.c_n

    def run(self) -> ModelRun:
        t, b, tr = self.steps, self._bufs, self.trace0
        layers = tuple(
            (DirectionTrace({name: b[("values", k, name)][:t] for name in d[0].values},
                            {name: b[("cache", k, name)][:t] for name in d[0].cache}),)
            for k, d in enumerate(tr.layers)
        )  # fmt: skip
        trace = Trace(
            kind=tr.kind, names=tr.names, layers=layers, output=b[("output",)][:t],
            h_n=self.h_n, c_n=self.c_n, batched=False, x=b[("x",)][:t], h0=tr.h0, c0=tr.c0,
            gate_activation=tr.gate_activation, reset_after=tr.reset_after,
        )  # fmt: skip
        logits = b[("logits",)][:t] if ("logits",) in b else None
        probs = b[("probs",)][:t] if ("probs",) in b else None
        return ModelRun(self.text, list(self.tokens), trace, logits, probs)


def sampled_from(sampling: Sampling) -> str:
    """The answer panel's words for the distribution a generated token was drawn from."""
    if sampling.top_k:
        return translatable("sampled from softmax(logits / {t}), top {k}").format(
            t=f"{sampling.temperature:g}", k=sampling.top_k
        )
    return translatable("sampled from softmax(logits / {t})").format(t=f"{sampling.temperature:g}")


class Generation(QObject):
    """Generates into a ``Session``; one at a time."""

    sigRunning = Signal(bool)
    sigWritten = Signal(int, int)  # tokens written so far, tokens asked for

    local_only = LOCAL_ONLY  # tests may set it to 0 (always a process) or 10**9 (never)
    budget_s = BUDGET_S  # GUI-thread sampling per frame until the process delivers

    def __init__(self, session: QObject) -> None:
        super().__init__(session)
        self.session = session
        self.sampling = Sampling()
        self._before: str | None = None  # the text before the first generation (discard)
        self._local: Iterator[Written] | None = None  # the GUI thread's own sampling
        self._remote: list[Written] = []  # tokens from the process not shown yet
        self._remote_at = 0  # index (from the first generated token) of _remote[0]
        self._remote_seen = 0  # tokens the process has delivered
        self._remote_off = False  # its tokens disagreed, or it failed: not used any more
        self._ids: list[int] = []  # ids shown, to check the process's tokens against
        self._grow: _Growing | None = None
        self._how = ""
        self._wanted = 0
        self._done = 0
        self._ticket = 0
        self.frames = 0  # frames that added tokens (benchmarks, tests)
        self.from_process = 0  # tokens shown that the process wrote
        self._timer = QTimer(self, interval=FRAME_MS)
        self._timer.timeout.connect(self._frame)
        self._worker = Worker(self, processes=True)
        self._worker.sigReport.connect(self._on_batch)
        self._worker.sigDone.connect(self._on_done)
        self._late: list[list[Callable[[], None]]] = []  # views that take this batch in the
        # frames after the one that showed it: [next frame's, the one after's, ...]
        self._catching_up = False
        self._produced = ""  # the text as generation left it
        session.sigModelChanged.connect(self._forget)
        session.sigWeightsChanged.connect(self._forget)
        session.sigTextChanged.connect(self._on_text)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    @property
    def remaining(self) -> int:
        """Tokens still to write (0 when not writing)."""
        return max(self._wanted - self._done, 0) if self.running else 0

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
        before = s.text
        self._produced = before[: run.tokens[keep - 1].end]  # the cut is not a user's edit
        s.keep_steps(keep)
        self._produced = s.text
        if self._before is None:
            self._before = before
        self.sampling, self._wanted, self._done = sampling, tokens, 0
        prompt = truncate(s.run.trace, keep)
        sep = "" if model.tokenizer.per_char else " "
        self._grow = _Growing(s.run, model, sep, expect=tokens)
        self._how = sampled_from(sampling)
        self._ids, self._remote, self._remote_at, self._remote_seen = [], [], 0, 0
        self._remote_off = False
        self.frames = self.from_process = 0
        self._local = write(model, prompt, sampling, backend=s.backend)
        self._ticket += 1
        if tokens > self.local_only:
            job = partial(write_job, model, prompt, sampling, tokens, s.backend)
            self._worker.submit(job, self._ticket)
        s.set_growing(True)
        self._timer.start()
        self.sigRunning.emit(True)

    # ------------------------------------------------------------------ the process
    def _on_batch(self, ticket: int, batch: list[Written]) -> None:
        if ticket != self._ticket or not self.running or self._remote_off:
            return
        first = self._remote_seen
        self._remote_seen += len(batch)
        shown = len(self._ids)
        for j in range(first, min(self._remote_seen, shown)):  # written here already
            if batch[j - first].id != self._ids[j]:  # not the same numbers: stay local
                self._worker.cancel()
                self._remote, self._remote_off = [], True
                return
        if not self._remote:
            self._remote_at = first
        self._remote.extend(batch)

    def _on_done(self, ticket: int, result: Any, error: Exception | None) -> None:
        if ticket != self._ticket or error is None or not self.running:
            return
        self._remote, self._remote_off = [], True  # failed: the GUI thread writes on, if it can
        if self._local is None:
            self.stop()
            self.session.sigError.emit(
                translatable("generation stopped: the writing process failed: {error}").format(
                    error=error
                )
            )

    def _take_remote(self, limit: int) -> list[Written]:
        """Tokens from the process that come next (``_done`` on), at most ``limit``."""
        skip = self._done - self._remote_at
        if self._remote_off or skip < 0 or skip >= len(self._remote):
            return []
        batch = self._remote[skip : skip + limit]
        del self._remote[: skip + len(batch)]
        self._remote_at = self._done + len(batch)
        self._local = None  # the process is ahead: the GUI thread stops sampling
        self.from_process += len(batch)
        return batch

    # ------------------------------------------------------------------ frames
    def defer(self, update: Callable[[], None], after: int = 1) -> bool:
        """While writing, a costly view may show a batch ``after`` frames after the one that
        shows it to the other views, so that each frame costs a part: True when ``update``
        will be called then (once however often asked), False when the view should update
        now (not writing, or this is that later frame). The heatmaps come 1 frame later;
        a view that costs as much could come 2 frames later."""
        if not self.running or self._catching_up:
            return False
        while len(self._late) < after:
            self._late.append([])
        if update not in self._late[after - 1]:
            self._late[after - 1].append(update)
        return True

    def _catch_up(self, rounds: int = 1) -> None:
        """The deferred views' update of the last batch: the next ``rounds`` that have any."""
        self._catching_up = True
        try:
            while self._late and rounds > 0:
                late = self._late.pop(0)
                for update in late:
                    update()
                rounds -= bool(late)
        finally:
            self._catching_up = False

    def _frame(self) -> None:
        if self._grow is None:
            self.stop()
            return
        if any(self._late):  # a later frame of the last batch: no tokens added in it
            self._catch_up()
            return
        self._late = []
        limit = min(MAX_BATCH, self._wanted - self._done)
        batch = self._take_remote(limit)
        if not batch and self._local is not None:
            end = time.perf_counter() + self.budget_s
            while len(batch) < limit and time.perf_counter() < end:
                batch.extend(itertools.islice(self._local, 1))
        if batch:
            self._show(batch)
        self.sigWritten.emit(self._done, self._wanted)
        if self._done >= self._wanted:
            self.stop()

    def _show(self, batch: list[Written]) -> None:
        g = self._grow
        assert g is not None
        sampled = {g.steps - 1 + j: (w.probs, self._how) for j, w in enumerate(batch)}
        g.add(batch)
        self._ids.extend(w.id for w in batch)
        self._done += len(batch)
        self.frames += 1
        self._produced = g.text
        self.session.show_generated(g.run(), sampled)

    def stop(self) -> None:
        """Stop writing; what was written stays."""
        self._finish(catch_up=True)

    def _finish(self, catch_up: bool) -> None:
        """Stop; ``catch_up``: the views that deferred the last batch show it first (not
        when the text or model changed under them: they follow that anyway)."""
        self._ticket += 1
        self._worker.cancel()
        self._local, self._remote, self._grow = None, [], None
        if self._timer.isActive():
            if catch_up:
                self._catch_up(rounds=len(self._late))
            self._timer.stop()
            self._late = []
            self.session.set_growing(False)  # colour limits and orders fitted exactly again
            self.sigRunning.emit(False)

    def shutdown(self) -> None:
        self.stop()
        self._worker.shutdown(0.0)

    def discard(self) -> None:
        """Back to the text as it was before generating."""
        self.stop()
        before, self._before = self._before, None
        if before is not None:
            self.session.set_text(before, immediate=True)

    def _on_text(self, text: str) -> None:
        """An edit by the user (not generation's own) stops it: nothing left to discard."""
        if text != self._produced:
            self._finish(catch_up=False)
            self._before = None

    def _forget(self) -> None:
        self._finish(catch_up=False)
        self._before = None
