"""Long texts in the real window: an edit re-runs from its first changed token.

    python benchmarks/bench_long_text.py                      # 500 / 5k / 50k / 1M characters
    python benchmarks/bench_long_text.py --sizes 500,5000,50000 --first-run 200000

quotes-lstm in the main window (offscreen at 1400x900 unless DISPLAY is set), the example
text repeated to each length:
(a) one more character at the end, and one in the middle, at every size: time from
    ``session.set_text(..., immediate=True)`` (the debounce excluded) until the run is shown
    and the window repainted, median of ``--repeats``;
(b) the first run of ``--first-run`` characters, each in a fresh process: the window
    (from ``set_text`` to the painted run) against the bare engine (``model.run_text``),
    with the peak RSS of each process (``--engine-chars`` runs the bare engine on fewer
    characters and scales its time linearly, for machines without its ~16 GB); then, in
    the window's process, the progress reports seen while it ran, step and hover repaint
    p50/p95 at several zooms (the whole text, 20,000, 3,000 and 400 steps in view; steps
    that pan into another window of a long run, or move the image window, reported apart;
    a step timed with the whole window repainted, and as Qt repaints it: what changed)
    and memory per character (RSS after the run minus before, and the run's own arrays:
    a long text is kept checkpointed, ``engine.checkpointed``).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_ui import offscreen_platform

MODEL = "quotes-lstm"


def text_of(n: int) -> str:
    from gate_explorer.bundled import resource as bundled

    base = bundled("examples", f"{MODEL}.txt").read_text(encoding="utf-8")
    return (base * (n // len(base) + 1))[:n]


def peak_rss_mb() -> float:
    """This process's peak RSS (VmHWM: unlike ``ru_maxrss`` it is not inherited over exec)."""
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1024**2


def window(app_args: list[str] | None = None):
    """The main window on ``MODEL`` with no text, shown at 1400x900."""
    if "DISPLAY" not in os.environ:
        os.environ.setdefault("QT_QPA_PLATFORM", offscreen_platform())
    from gate_explorer.ui.window.app import single_threaded_blas

    single_threaded_blas()
    import tempfile

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(app_args or [])
    from gate_explorer.engine import estimate
    from gate_explorer.session import ModelRef, Session
    from gate_explorer.ui.window.main_window import MainWindow

    estimate.LIMIT_BYTES = 10**15  # the benchmark allows every size
    estimate.LIMIT_SECONDS = 10**9
    session = Session()
    w = MainWindow(session, QSettings(tempfile.mkdtemp() + "/s.ini", QSettings.Format.IniFormat))
    w.start(model=None, text=None)
    session.open_model(ModelRef("bundled", name=MODEL), background=False)
    w.resize(1400, 900)
    w.show()
    app.processEvents()
    end = time.perf_counter() + 120  # the engine path settled (a compiled loop loaded)
    while session.engine.pending and time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.01)
    return app, w, session


def shown(app, w, session, text: str) -> float:
    """Seconds from ``set_text(text)`` to the run of ``text`` shown and painted."""
    t0 = time.perf_counter()
    session.set_text(text, immediate=True)
    while session.busy or session.run is None or session.run.text != text:
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()
    w.repaint()
    app.processEvents()
    return time.perf_counter() - t0


def bench_edits(sizes: list[int], repeats: int) -> None:
    app, w, session = window()
    print(f"{MODEL}, one more character (median of {repeats}, debounce excluded):")
    print(f"  {'characters':>10}  {'at the end':>12}  {'in the middle':>14}  {'first run':>10}")
    for n in sizes:
        text = text_of(n)
        first = shown(app, w, session, text)
        ends, mids = [], []
        for k in range(repeats):
            text = text + "ab"[k % 2]
            ends.append(shown(app, w, session, text))
        for k in range(repeats):
            mid = len(text) // 2
            text = text[:mid] + "xy"[k % 2] + text[mid:]
            mids.append(shown(app, w, session, text))
        e, m = statistics.median(ends) * 1000, statistics.median(mids) * 1000
        print(f"  {n:>10,}  {e:>9.1f} ms  {m:>11.1f} ms  {first:>8.2f} s", flush=True)
    session.shutdown()


CHILD_ENGINE = """
import json, sys, time
sys.path.insert(0, sys.argv[2])
from gate_explorer.ui.window.app import single_threaded_blas
single_threaded_blas()
from bench_long_text import text_of, MODEL
from gate_explorer.engine.backend import choose
from gate_explorer.workspace.models import ModelRef, load_ref
model = load_ref(ModelRef("bundled", name=MODEL))
backend = choose().warm_up()  # the window's engine path, loaded before timing
text = text_of(int(sys.argv[1]))
t0 = time.perf_counter()
run = model.run_text(text, backend=backend)
took = time.perf_counter() - t0
from bench_long_text import peak_rss_mb
print("RESULT " + json.dumps({"seconds": took, "peak_mb": peak_rss_mb(), "path": backend.name}))
"""


def _run_bytes(run) -> int:
    """Bytes of the arrays a run keeps (a checkpointed one says; a full one: its trace,
    with the room its buffers have to grow, and the head's outputs)."""
    if hasattr(run, "nbytes"):
        return int(run.nbytes)
    seen: set[int] = set()
    total = 0
    arrays = [run.trace.x, *(a for d in run.trace.layers for dt in d
                             for a in (*dt.values.values(), *dt.cache.values()))]  # fmt: skip
    arrays += [a for a in (run.logits, run.probs) if a is not None]
    for arr in arrays:
        base = arr.base if arr.base is not None else arr
        if id(base) not in seen:
            seen.add(id(base))
            total += base.nbytes
    return total


ZOOMS = (0, 20_000, 3_000, 400)  # steps in view (0: the whole text)


def _pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(int(len(xs) * q), len(xs) - 1)] if xs else float("nan")


def _settle(app, panel, session, seconds: float = 30.0) -> None:
    """Process events until a long run's exact window (if the zoom wants one) is shown."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        if not session.long or panel._long_span() is None or panel._exact is not None:
            return
        time.sleep(0.005)


def _zoom(app, w, session, zoom: int, steps: int) -> dict[str, float]:
    """Step and hover repaints with ``zoom`` steps in view around the middle of the text."""
    from PySide6.QtCore import QPointF

    panel = w.heatmaps
    row = panel.rows[0]
    total = session.steps
    mid = total // 2
    width = total if zoom == 0 or zoom >= total else zoom
    lo = min(max(mid - width // 2, 0), total - width)
    session.set_step(lo + width // 2)
    row.vb.setXRange(lo, lo + width, padding=0)
    _settle(app, panel, session)
    span = session.run.window_span if session.long else (lambda t: (0, total))
    start = max(span(session.step)[0] - steps // 2, 0)  # crosses into a long run's next window
    session.set_step(start)
    _settle(app, panel, session)
    step_ms, pan_ms, cpu_ms = [], [], []
    for k in range(steps):
        before = (row.window, span(session.step))
        t, c = time.perf_counter(), time.thread_time()
        session.set_step(start + k)
        w.repaint()
        app.processEvents()
        ms = (time.perf_counter() - t) * 1000
        moved = (row.window, span(session.step)) != before
        (pan_ms if moved else step_ms).append(ms)
        if not moved:
            cpu_ms.append((time.thread_time() - c) * 1000)
    qt_ms = []  # the same steps as Qt repaints them on screen (what changed), not pans
    session.set_step(start)
    _settle(app, panel, session)
    for k in range(steps):
        before = (row.window, span(session.step))
        t = time.perf_counter()
        session.set_step(start + k)
        app.processEvents()
        app.processEvents()
        if (row.window, span(session.step)) == before:
            qt_ms.append((time.perf_counter() - t) * 1000)
    hover_ms = []
    (x0, x1), _ = row.vb.viewRange()
    for k in range(steps):
        x = x0 + (x1 - x0) * (k % 97) / 97
        pos = row.vb.mapViewToScene(QPointF(x, 1.5 + k % 5))
        t = time.perf_counter()
        panel._on_mouse_moved(pos)
        w.repaint()
        app.processEvents()
        hover_ms.append((time.perf_counter() - t) * 1000)
    return {
        "zoom": width,
        "step_p50": _pct(step_ms, 0.5),
        "step_p95": _pct(step_ms, 0.95),
        "step_cpu_p95": _pct(cpu_ms, 0.95),
        "step_qt_p50": _pct(qt_ms, 0.5),
        "step_qt_p95": _pct(qt_ms, 0.95),
        "pans": len(pan_ms),
        "pan_p95": _pct(pan_ms, 0.95),
        "hover_p50": _pct(hover_ms, 0.5),
        "hover_p95": _pct(hover_ms, 0.95),
    }


def child_window(n: int, steps: int) -> dict:
    """In this (fresh) process: the window's first run of ``n`` characters, then step and
    hover repaint times at several zooms, and memory."""
    app, w, session = window()
    text = text_of(n)
    reports: list[int] = []
    session.sigProgress.connect(lambda done, total: reports.append(done))
    before = rss_mb()
    took = shown(app, w, session, text)
    after = rss_mb()
    zooms = [_zoom(app, w, session, z, steps) for z in ZOOMS]
    out = {
        "seconds": took,
        "peak_mb": peak_rss_mb(),
        "rss_delta_mb": after - before,
        "trace_bytes": _run_bytes(session.run),
        "steps": session.steps,
        "long": session.long,
        "progress_reports": len(reports),
        "path": session.backend.name,
        "zooms": zooms,
    }
    session.shutdown()
    return out


def run_child(args: list[str], code: str | None = None) -> dict[str, float]:
    here = os.path.dirname(os.path.abspath(__file__))
    env = dict(os.environ)
    env.setdefault("PYTHONPATH", os.getcwd())
    cmd = [sys.executable, "-c", code, *args] if code else [sys.executable, __file__, *args]
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=os.getcwd(),
                         check=False)  # fmt: skip
    for line in out.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[7:])
    raise RuntimeError(f"child failed ({here}): {out.stderr[-2000:]}")


def bench_first_run(n: int, steps: int, engine_chars: int = 0) -> None:
    here = os.path.dirname(os.path.abspath(__file__))
    m = engine_chars or n
    engine = run_child([str(m), here], CHILD_ENGINE)
    engine_s = engine["seconds"] * n / m
    win = run_child(["--child-window", str(n), "--steps", str(steps)])
    print(f"first run of {n:,} characters, each in a fresh process:")
    scaled = f" (run on {m:,} characters, time scaled to {n:,})" if m != n else ""
    print(f"  bare engine (model.run_text, {engine['path']}): {engine_s:.2f} s, peak RSS "
          f"{engine['peak_mb']:,.0f} MB{scaled}")  # fmt: skip
    kept = "checkpointed run" if win["long"] else "full trace"
    print(f"  window (set_text to painted, {kept}, {win['path']}): {win['seconds']:.2f} s "
          f"({win['seconds'] / engine_s:.2f}x the engine, target <= 1.3x), "
          f"peak RSS {win['peak_mb']:,.0f} MB (target < 1,536 MB), "
          f"{win['progress_reports']} progress reports while it ran")  # fmt: skip
    print(
        f"  memory per character: {win['rss_delta_mb'] * 1024**2 / n:,.0f} bytes of RSS "
        f"(the run's own arrays: {win['trace_bytes'] / n:,.0f} bytes)"
    )
    print(f"  repaints at {win['steps']:,} steps (target p95 < 16 ms; steps that pan into "
          "another window reported apart):")  # fmt: skip
    for z in win["zooms"]:
        print(f"    {z['zoom']:>9,} steps in view: step p50 {z['step_p50']:.1f} ms, "
              f"p95 {z['step_p95']:.1f} ms (GUI-thread CPU p95 {z['step_cpu_p95']:.1f} ms; "
              f"as Qt repaints it: p50 {z['step_qt_p50']:.1f} ms, p95 {z['step_qt_p95']:.1f} ms); "
              f"panning steps {z['pans']}, p95 "
              f"{z['pan_p95']:.1f} ms; hover p50 {z['hover_p50']:.1f} ms, "
              f"p95 {z['hover_p95']:.1f} ms")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,5000,50000,1000000")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--first-run", type=int, default=1_000_000, help="0: skip (b)")
    parser.add_argument("--steps", type=int, default=200, help="steps and hovers timed in (b)")
    parser.add_argument(
        "--engine-chars", type=int, default=0, help="(b)'s bare engine on fewer characters"
    )
    parser.add_argument("--child-window", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_window:
        print("RESULT " + json.dumps(child_window(args.child_window, args.steps)), flush=True)
        return
    sizes = [int(s) for s in args.sizes.split(",") if s]
    if args.first_run:
        bench_first_run(args.first_run, args.steps, args.engine_chars)
    if sizes:
        bench_edits(sizes, args.repeats)


if __name__ == "__main__":
    main()
