"""Generation speed: the engine alone, and end to end in the window (offscreen).

    OPENBLAS_NUM_THREADS=1 python benchmarks/bench_generate.py [--model quotes-lstm]
        [--tokens 1000] [--tab cell|generate|closed] [--repeats 3]

Prints tokens/s of ``engine.generate.write`` (what ``gate-explorer generate`` runs), then,
in the real window at 1400x900 with the analysis dock open on ``--tab`` (the Cell tab is
the default one; Ctrl+G brings the Generate tab to the front), the window's Generate
(``session.generation``) writing ``--tokens`` tokens after ``He said, "``:

- tokens/s end to end (from ``start`` until the last token is painted) and frames/s
  (batches shown; each is one repaint of every view);
- frame interval: the time between two batches (``sigWritten``);
- frame cost: the GUI thread's time for one batch: the frame handler (taking the tokens,
  the session and every view) plus the repaint that follows it (the next pass of the event
  loop), p50 and p95;
- GUI blocked: a 2 ms timer on the GUI thread measures how long the window does not
  answer (p50, p95, max of its gaps): what a user feels while it writes.

Run it on a quiet machine: the figures are wall-clock.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time

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


def window_rate(name: str, tokens: int, tab: str, seed: int) -> dict[str, float]:
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

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
    for _ in range(20):
        app.processEvents()
    gen = w.session.generation
    intervals: list[float] = []
    clock = QElapsedTimer()
    gen.sigWritten.connect(
        lambda *_: (intervals.append(clock.nsecsElapsed() / 1e6), clock.restart())
    )
    costs: list[float] = []
    cpu: list[float] = []  # the same on the GUI thread's CPU clock (less sensitive to load)
    frame = gen._frame

    def timed_frame() -> None:
        """The frame handler and the repaint it asks for (flushed here, as the event loop
        would do next), timed together."""
        t0, c0 = time.perf_counter(), time.thread_time()
        frame()
        app.sendPostedEvents()
        costs.append((time.perf_counter() - t0) * 1e3)
        cpu.append((time.thread_time() - c0) * 1e3)

    gen._timer.timeout.disconnect()
    gen._timer.timeout.connect(timed_frame)
    gaps: list[float] = []
    probe_clock = QElapsedTimer()
    probe = QTimer(interval=2)
    probe.timeout.connect(lambda: (gaps.append(probe_clock.nsecsElapsed() / 1e6),
                                   probe_clock.restart()))  # fmt: skip
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
    written = w.session.steps - len('He said, "')
    from_process = getattr(gen, "from_process", 0)
    w.session.shutdown()
    w.close()
    iv = np.array(intervals[1:]) if len(intervals) > 1 else np.zeros(1)
    g = np.array(gaps[1:]) if len(gaps) > 1 else np.zeros(1)
    c = np.array(costs) if costs else np.zeros(1)
    cc = np.array(cpu) if cpu else np.zeros(1)
    return {
        "rate": written / seconds,
        "frames": len(intervals) / seconds,
        "iv50": float(np.percentile(iv, 50)),
        "iv95": float(np.percentile(iv, 95)),
        "cost50": float(np.percentile(c, 50)),
        "cost95": float(np.percentile(c, 95)),
        "cpu50": float(np.percentile(cc, 50)),
        "cpu95": float(np.percentile(cc, 95)),
        "gap50": float(np.percentile(g, 50)),
        "gap95": float(np.percentile(g, 95)),
        "gapmax": float(g.max()),
        "process": from_process,
        "written": written,
    }


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default="quotes-lstm")
    ap.add_argument("--tokens", type=int, default=1000)
    ap.add_argument("--tab", choices=("cell", "generate", "closed"), default="cell")
    ap.add_argument("--repeats", type=int, default=1)
    args = ap.parse_args(argv)
    print(f"{args.model}, {args.tokens} tokens, analysis dock: {args.tab}")
    print(f"engine (gate-explorer generate): {engine_rate(args.model, args.tokens):,.0f} tokens/s")
    for k in range(args.repeats):
        r = window_rate(args.model, args.tokens, args.tab, seed=1 + k)
        print(
            f"window, end to end: {r['rate']:,.0f} tokens/s ({r['written']} written, "
            f"{r['process']} by the writing process), {r['frames']:.0f} frames/s; "
            f"frame interval p50 {r['iv50']:.1f} ms, p95 {r['iv95']:.1f} ms; "
            f"frame cost (handler + repaint) p50 {r['cost50']:.1f} ms, p95 {r['cost95']:.1f} ms "
            f"(GUI thread CPU p50 {r['cpu50']:.1f} ms, p95 {r['cpu95']:.1f} ms); "
            f"GUI blocked (2 ms timer gaps) p50 {r['gap50']:.1f} ms, p95 {r['gap95']:.1f} ms, "
            f"max {r['gapmax']:.0f} ms"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
