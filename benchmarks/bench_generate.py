"""Generation speed: the engine alone, and end to end in the window (offscreen).

    OPENBLAS_NUM_THREADS=1 python benchmarks/bench_generate.py [MODEL] [TOKENS]

Prints tokens/s of ``engine.generate.write`` (what ``gate-explorer generate`` runs), then of
the window's Generate (``session.generation``: batches appended to the run, every view
repainting at most ~60 times a second), and the p50/p95 of the frame times while writing.
Run it on a quiet machine: the figures are wall-clock.
"""

from __future__ import annotations

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


def window_rate(name: str, tokens: int) -> tuple[float, float, float]:
    from PySide6.QtCore import QElapsedTimer, QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from gate_explorer.engine.generate import Sampling
    from gate_explorer.session import Session
    from gate_explorer.ui.window.main_window import MainWindow

    w = MainWindow(Session(), QSettings("/tmp/bench_generate.ini", QSettings.Format.IniFormat))
    w.start(model=name, text='He said, "')
    w.resize(1400, 900)
    w.show()
    w.analysis.show()
    app.processEvents()
    gen = w.session.generation
    frames: list[float] = []
    clock = QElapsedTimer()
    gen.sigWritten.connect(lambda *_: (frames.append(clock.nsecsElapsed() / 1e6), clock.restart()))
    done = []
    gen.sigRunning.connect(lambda on: None if on else done.append(1))
    start = time.perf_counter()
    clock.start()
    gen.start(Sampling(0.8, 0, 1), tokens)
    while not done:
        app.processEvents()
    seconds = time.perf_counter() - start
    w.session.shutdown()
    w.close()
    gaps = np.array(frames[1:]) if len(frames) > 1 else np.array([0.0])
    return tokens / seconds, float(np.percentile(gaps, 50)), float(np.percentile(gaps, 95))


def main() -> None:
    name = sys.argv[1] if len(sys.argv) > 1 else "quotes-lstm"
    tokens = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    print(f"{name}, {tokens} tokens")
    print(f"engine (gate-explorer generate): {engine_rate(name, tokens):,.0f} tokens/s")
    rate, p50, p95 = window_rate(name, tokens)
    print(f"window, end to end: {rate:,.0f} tokens/s; frame gap p50 {p50:.1f} ms, p95 {p95:.1f} ms")


if __name__ == "__main__":
    main()
