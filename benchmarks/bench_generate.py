"""Generation speed: the engine alone, and end to end in the window (offscreen).

    OPENBLAS_NUM_THREADS=1 python benchmarks/bench_generate.py [--model quotes-lstm]
        [--tokens 1000] [--tab cell|generate|closed] [--repeats 3]

Prints tokens/s of ``engine.generate.write`` (what ``gate-explorer generate`` runs), then,
in the real window at 1400x900 with the analysis dock open on ``--tab`` (the Cell tab is
the default one; Ctrl+G brings the Generate tab to the front), the window's Generate
(``session.generation``) writing ``--tokens`` tokens after ``He said, "``:

- tokens/s end to end (from ``start`` until the last token is painted) and batches/s (a
  batch is shown over one to three frames: the text, chips and answer in the frame that
  adds it, the heatmaps in the next, the analysis view in the one after);
- batch interval: the time between two batches (``sigWritten``); frame interval: between
  two frames (the 16 ms frame timer, late when a frame or the machine is slow);
- frame cost: the GUI thread's time for one frame: the frame handler (taking the tokens,
  the session and every view that follows in it) plus the repaint that follows it (the
  next pass of the event loop), p50 and p95, wall and GUI-thread CPU;
- GUI blocked: a 2 ms timer on the GUI thread measures how long the window does not
  answer (p50, p95, max of its gaps): what a user feels while it writes; and the garbage
  collections meanwhile (they run on the GUI thread: ``session.collector``).

``--breakdown`` instead runs once, timing the GUI thread's CPU per frame by component (each
session slot, each event and paint by receiver, generation's own steps; ``--time
MODULE:CLASS.METHOD`` adds a method), and lists what the costliest tenth of the frames
spent. ``--defer-cell N`` shows each batch in the Cell view N frames after the text (its
``AnalysisView.defer_while_writing``, 2 by default; 0: in the same frame, as before).

Run it on a quiet machine: the figures are wall-clock.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import itertools
import sys
import time
from collections import defaultdict
from typing import Any

import numpy as np


def engine_rate(name: str, tokens: int) -> float:
    from gate_explorer import load_model
    from gate_explorer.engine.generate import Sampling, write

    model = load_model(name)
    run = model.run_text('He said, "')
    start = time.perf_counter()
    for _ in itertools.islice(write(model, run.trace, Sampling(0.8, 0, 1)), tokens):
        pass
    return tokens / (time.perf_counter() - start)


class Breakdown:
    """The GUI thread's CPU time per frame, by component: each session slot (a view's
    handler) and each Python ``paintEvent`` (a view's repaint), exclusive of the slots and
    paints nested in it; what is left of a frame is "other" (Qt's own widgets, the event
    loop, the frame handler itself)."""

    def __init__(self) -> None:
        self.frame: dict[str, float] = defaultdict(float)
        self.frames: list[dict[str, float]] = []
        self.calls: dict[str, int] = defaultdict(int)
        self.frame_calls: dict[str, int] = defaultdict(int)
        self._stack: list[list[float]] = []
        self._patched: set[type] = set()

    def timed(self, key: str, fn: Any, *args: Any) -> Any:
        self._stack.append([0.0])
        t0 = time.thread_time()
        try:
            return fn(*args)
        finally:
            dt = time.thread_time() - t0
            child = self._stack.pop()[0]
            self.frame[key] += dt - child
            self.frame_calls[key] += 1
            if self._stack:
                self._stack[-1][0] += dt

    def install(self) -> None:
        """Time every slot a ``Subscription`` connects from now on, every analysis view's
        delivery, and the steps of generation's frame handler."""
        from gate_explorer.session import core, generation, subscription
        from gate_explorer.ui.analysis import base, generate_view

        me, init = self, subscription.Subscription.__init__

        write = generation.write

        def timed_write(*args: Any, **kw: Any) -> Any:  # the GUI thread's own sampling
            tokens = write(*args, **kw)
            while True:
                token = me.timed("sampling on the GUI thread", next, tokens, None)
                if token is None:
                    return
                yield token

        generation.write = timed_write
        self.wrap(generation.Generation, "_catch_up")  # the deferred views (heatmaps)
        self.wrap(generation._Growing, "add")
        self.wrap(generation._Growing, "run")
        self.wrap(core.Session, "show_generated")
        self.wrap(generate_view.GenerateView, "_on_written")

        def timed_init(sub: Any, source: Any, slots: dict[str, Any]) -> None:
            def wrap(slot: Any) -> Any:
                owner = getattr(slot, "__self__", None)
                if owner is None:
                    return slot
                key = f"{type(owner).__name__}.{getattr(slot, '__name__', '?')}"
                return lambda *a: me.timed(key, slot, *a)

            init(sub, source, {name: wrap(slot) for name, slot in slots.items()})

        subscription.Subscription.__init__ = timed_init
        deliver = base.AnalysisView._deliver

        def timed_deliver(view: Any, name: str, slot: Any, args: tuple[Any, ...]) -> None:
            me.timed(f"{type(view).__name__}.{name}", deliver, view, name, slot, args)

        base.AnalysisView._deliver = timed_deliver

    def application(self) -> Any:
        """A ``QApplication`` that times every event it delivers (a repaint is a ``Paint``
        event to the widget painted, Qt's own widgets included), by event and receiver."""
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QApplication

        me = self

        class TimedApplication(QApplication):
            def notify(self, receiver: Any, event: Any) -> bool:
                kind = event.type()
                if kind in (QEvent.Type.Timer, QEvent.Type.MetaCall):
                    return super().notify(receiver, event)  # the frame's own, or a slot's
                name = type(receiver).__name__
                parent = receiver.parent() if name == "QWidget" else None
                if parent is not None:  # a scroll area's viewport: say whose
                    name = f"{type(parent).__name__}.{receiver.objectName() or 'child'}"
                key = f"{kind.name} {name}" if kind != QEvent.Type.Paint else f"paint {name}"
                return me.timed(key, super().notify, receiver, event)

        return TimedApplication(sys.argv[:1])

    def wrap(self, owner: Any, attr: str) -> None:
        """Time ``owner.attr`` (a function on a class) under its own name."""
        fn = getattr(owner, attr)
        key = f"{owner.__name__.rpartition('.')[2]}.{attr}"

        def timed(*args: Any, **kw: Any) -> Any:
            return self.timed(key, lambda: fn(*args, **kw))

        setattr(owner, attr, timed)

    def begin_frame(self) -> None:
        """What ran between two frames (the event loop's own, the probe) is not counted."""
        self.frame, self.frame_calls = defaultdict(float), defaultdict(int)

    def end_frame(self, total_ms: float) -> None:
        row = {k: v * 1e3 for k, v in self.frame.items()}
        row["other"] = total_ms - sum(row.values())
        self.frames.append(row)
        for k, n in self.frame_calls.items():
            self.calls[k] += n

    def worst(self, share: float = 0.1) -> list[tuple[str, float]]:
        """(component, mean ms) over the costliest ``share`` of the frames (what makes the
        p95), the costliest first."""
        totals = np.array([sum(f.values()) for f in self.frames])
        n = max(round(len(totals) * share), 1)
        picked = [self.frames[k] for k in np.argsort(-totals)[:n]]
        keys = {k for f in picked for k in f}
        out = [(k, float(np.mean([f.get(k, 0.0) for f in picked]))) for k in keys]
        return sorted(out, key=lambda r: -r[1])

    def table(self) -> list[tuple[str, float, float, float]]:
        """(component, mean, p95 ms, calls) per frame, the costliest first."""
        keys = {k for f in self.frames for k in f}
        out = []
        n = max(len(self.frames), 1)
        for k in keys:
            v = np.array([f.get(k, 0.0) for f in self.frames])
            out.append((k, float(v.mean()), float(np.percentile(v, 95)), self.calls[k] / n))
        return sorted(out, key=lambda r: -r[1])


def window_rate(
    name: str, tokens: int, tab: str, seed: int, breakdown: Breakdown | None = None
) -> dict[str, float]:
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    if breakdown is not None:
        app = QApplication.instance() or breakdown.application()
        breakdown.install()
    else:
        app = QApplication.instance() or QApplication(sys.argv[:1])
    from gate_explorer.engine.generate import Sampling
    from gate_explorer.session import Session
    from gate_explorer.ui.window.main_window import MainWindow

    w = MainWindow(Session(), QSettings("/tmp/bench_generate.ini", QSettings.Format.IniFormat))
    w.start(model=name, text='He said, "')
    w.resize(1400, 900)
    w.show()
    if tab == "closed":
        w.analysis.hide()
    else:
        w.analysis.show()
        if tab == "generate":
            w.analysis.tabs.show_view("generateView")
        else:
            w.analysis.tabs.show_view("cellDiagram")
    # Steady state, as bench_ui: the compiled loop (gate-explorer[fast]) loads a moment after
    # start (importing numba holds the interpreter about a second) and the text then runs
    # again on it; writing starts after that.
    session = w.session
    if hasattr(session, "engine"):
        session.engine.wait(180)
    deadline = time.perf_counter() + 1.0
    while time.perf_counter() < deadline or session.busy:
        app.processEvents()
        time.sleep(0.005)
    if hasattr(session, "engine"):
        print(f"engine path while writing: {session.engine.label()}")
    gen = w.session.generation
    intervals: list[float] = []
    clock = QElapsedTimer()
    gen.sigWritten.connect(
        lambda *_: (intervals.append(clock.nsecsElapsed() / 1e6), clock.restart())
    )
    ticks: list[float] = []  # when each frame began (a batch takes one to three frames)
    costs: list[float] = []
    cpu: list[float] = []  # the same on the GUI thread's CPU clock (less sensitive to load)
    frame = gen._frame

    def timed_frame() -> None:
        """The frame handler and the repaint it asks for (flushed here, as the event loop
        would do next), timed together."""
        if breakdown is not None:
            breakdown.begin_frame()
        t0, c0 = time.perf_counter(), time.thread_time()
        ticks.append(t0)
        frame()
        app.sendPostedEvents()
        costs.append((time.perf_counter() - t0) * 1e3)
        cpu.append((time.thread_time() - c0) * 1e3)
        if breakdown is not None:
            breakdown.end_frame(cpu[-1])

    gen._timer.timeout.disconnect()
    gen._timer.timeout.connect(timed_frame)
    gaps: list[float] = []
    probe_clock = QElapsedTimer()
    probe = QTimer(interval=2)
    probe.timeout.connect(lambda: (gaps.append(probe_clock.nsecsElapsed() / 1e6),
                                   probe_clock.restart()))  # fmt: skip
    pauses: list[tuple[int, float]] = []  # (generation, ms) of each garbage collection
    started = [0.0]

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started[0] = time.perf_counter()
        else:
            pauses.append((info["generation"], (time.perf_counter() - started[0]) * 1e3))

    gc.callbacks.append(on_gc)
    loop = QEventLoop()
    gen.sigRunning.connect(lambda on: None if on else loop.quit())
    start = time.perf_counter()
    clock.start()
    probe_clock.start()
    probe.start()
    gen.start(Sampling(0.8, 0, seed), tokens)
    loop.exec()  # the window's own event loop, until the last token is shown
    app.processEvents()  # the last repaint
    seconds = time.perf_counter() - start
    probe.stop()
    gc.callbacks.remove(on_gc)
    full = [ms for g, ms in pauses if g == 2]
    written = w.session.steps - len('He said, "')
    from_process = getattr(gen, "from_process", 0)
    w.session.shutdown()
    w.close()
    iv = np.array(intervals[1:]) if len(intervals) > 1 else np.zeros(1)
    g = np.array(gaps[1:]) if len(gaps) > 1 else np.zeros(1)
    c = np.array(costs) if costs else np.zeros(1)
    tk = np.diff(ticks) * 1e3 if len(ticks) > 1 else np.zeros(1)
    cc = np.array(cpu) if cpu else np.zeros(1)
    return {
        "rate": written / seconds,
        "frames": len(intervals) / seconds,
        "iv50": float(np.percentile(iv, 50)),
        "iv95": float(np.percentile(iv, 95)),
        "tick50": float(np.percentile(tk, 50)),
        "tick95": float(np.percentile(tk, 95)),
        "cost50": float(np.percentile(c, 50)),
        "cost95": float(np.percentile(c, 95)),
        "cpu50": float(np.percentile(cc, 50)),
        "cpu95": float(np.percentile(cc, 95)),
        "gap50": float(np.percentile(g, 50)),
        "gap95": float(np.percentile(g, 95)),
        "gapmax": float(g.max()),
        "process": from_process,
        "gc": len(pauses),
        "gc_ms": sum(ms for _, ms in pauses),
        "gc2": len(full),
        "gc2_max": max(full, default=0.0),
        "written": written,
    }


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default="quotes-lstm")
    ap.add_argument("--tokens", type=int, default=1000)
    ap.add_argument("--tab", choices=("cell", "generate", "closed"), default="cell")
    ap.add_argument("--repeats", type=int, default=1)
    ap.add_argument(
        "--defer-cell",
        type=int,
        default=None,
        metavar="FRAMES",
        help="show each batch in the Cell view FRAMES frames after the text and chips "
        "(its defer_while_writing, 2 by default; 0: in the same frame)",
    )
    ap.add_argument(
        "--breakdown",
        action="store_true",
        help="instead: one run timing the GUI thread's CPU per frame by component",
    )
    ap.add_argument(
        "--time",
        action="append",
        default=[],
        metavar="MODULE:CLASS.METHOD",
        help="with --breakdown, also time this method on its own (repeatable)",
    )
    args = ap.parse_args(argv)
    print(f"{args.model}, {args.tokens} tokens, analysis dock: {args.tab}")
    if args.defer_cell is not None:
        from gate_explorer.ui.analysis.cell_diagram.view import CellDiagram

        CellDiagram.defer_while_writing = args.defer_cell
        print(f"the Cell view shows each batch {args.defer_cell} frames after the other views")
    if args.breakdown:
        b = Breakdown()
        for spec in args.time:
            module, _, attr = spec.partition(":")
            cls, _, method = attr.rpartition(".")
            owner = importlib.import_module(module)
            b.wrap(getattr(owner, cls) if cls else owner, method)
        r = window_rate(args.model, args.tokens, args.tab, seed=1, breakdown=b)
        print(
            f"GUI-thread CPU per frame by component ({len(b.frames)} frames, "
            f"total p50 {r['cpu50']:.1f} ms, p95 {r['cpu95']:.1f} ms): mean and p95 ms, calls"
        )
        for key, mean, p95, calls in b.table():
            if mean >= 0.01:
                print(f"  {key:<48} {mean:6.2f} {p95:6.2f} {calls:6.1f}")
        worst = b.worst()
        total = sum(ms for _, ms in worst)
        print(f"the costliest tenth of the frames ({total:.1f} ms on average):")
        for key, ms in worst[:12]:
            print(f"  {key:<48} {ms:6.2f}")
        return
    print(f"engine (gate-explorer generate): {engine_rate(args.model, args.tokens):,.0f} tokens/s")
    for k in range(args.repeats):
        r = window_rate(args.model, args.tokens, args.tab, seed=1 + k)
        print(
            f"window, end to end: {r['rate']:,.0f} tokens/s ({r['written']} written, "
            f"{r['process']} by the writing process), {r['frames']:.0f} batches/s; "
            f"batch interval p50 {r['iv50']:.1f} ms, p95 {r['iv95']:.1f} ms; "
            f"frame interval p50 {r['tick50']:.1f} ms, p95 {r['tick95']:.1f} ms; "
            f"frame cost (handler + repaint) p50 {r['cost50']:.1f} ms, p95 {r['cost95']:.1f} ms "
            f"(GUI thread CPU p50 {r['cpu50']:.1f} ms, p95 {r['cpu95']:.1f} ms); "
            f"GUI blocked (2 ms timer gaps) p50 {r['gap50']:.1f} ms, p95 {r['gap95']:.1f} ms, "
            f"max {r['gapmax']:.0f} ms; garbage collection {r['gc']} times, "
            f"{r['gc_ms']:.0f} ms in all, {r['gc2']} of them full (the longest "
            f"{r['gc2_max']:.0f} ms)"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
