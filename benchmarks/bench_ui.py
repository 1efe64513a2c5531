"""UI speed: step repaint time on a long run, and start-up time against a bare window.

    python benchmarks/bench_ui.py            # both, offscreen (1400x900) unless DISPLAY is set
    python benchmarks/bench_ui.py --steps 300 --repeats 5

(a) A 5,000-token text through a 2-layer H=256 LSTM (random weights) in the real main
window at 1400x900: time from ``session.set_step`` to the end of the repaint, p50/p95 over
many steps, two ways: the whole window repainted synchronously (``repaint()`` on every
widget, changed or not: the worst case) and then pending events processed; and as Qt
repaints a step on screen (pending events processed: the widgets the step changed paint
and the window is flushed), which is what a user's step costs.
(b) Start-up to a painted window, each in a fresh process, several repeats: the
``gate-explorer`` window (bundled model, example text, computed) against a bare PySide6 +
pyqtgraph window showing six ImageItems. Both read compiled bytecode, as an installed app
does: the children get a private ``PYTHONPYCACHEPREFIX`` (``PYTHONDONTWRITEBYTECODE`` is
dropped) and one untimed launch of each fills it first; ``--cold`` keeps the caller's
bytecode settings instead.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE = r"""
import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QApplication
app = QApplication([])
w = pg.GraphicsLayoutWidget()
for k in range(6):
    p = w.addPlot(row=k, col=0)
    p.addItem(pg.ImageItem(np.random.default_rng(k).random((32, 60)), axisOrder="row-major"))
w.resize(1400, 900)
w.show()
app.processEvents()
w.repaint()
print("PAINTED", flush=True)
"""

APP = r"""
import tempfile
from gate_explorer.ui.window.app import single_threaded_blas
single_threaded_blas()  # as run_app does, before NumPy loads
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
app.setStyle("Fusion")
from gate_explorer.ui.window.main_window import MainWindow
d = tempfile.mkdtemp()
w = MainWindow(settings=QSettings(d + "/s.ini", QSettings.Format.IniFormat))
w.start()
w.resize(1400, 900)
w.show()
app.processEvents()
w.repaint()
print("PAINTED", flush=True)
"""


def offscreen_platform() -> str:
    """Qt's offscreen platform with a 1400x900 screen (its default is 800x800), so the
    window opens at the size a desktop gives it."""
    path = os.path.join(tempfile.mkdtemp(prefix="bench-ui-screen-"), "screen.json")
    screen = {"name": "bench", "x": 0, "y": 0, "width": 1400, "height": 900,
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"screens": [screen]}, f)
    return f"offscreen:configfile={path}"


def time_process(code: str, env: dict[str, str]) -> float:
    """Seconds from launching a fresh interpreter to its window being painted."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith(b"PAINTED"):
            break
    elapsed = time.perf_counter() - t0
    proc.wait()
    return elapsed


def child_env(cold: bool) -> dict[str, str]:
    """The children's environment: offscreen without a display, warm bytecode unless cold."""
    env = dict(os.environ)
    if "DISPLAY" not in env:
        env["QT_QPA_PLATFORM"] = offscreen_platform()
    if not cold:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp(prefix="bench-ui-pycache-")
    return env


def bench_startup(repeats: int, cold: bool = False) -> None:
    env = child_env(cold)
    if not cold:
        time_process(BARE, env)  # fill the bytecode cache, untimed
        time_process(APP, env)
    bare, app = [], []
    for _ in range(repeats):  # interleaved, so load on the machine hits both alike
        bare.append(time_process(BARE, env))
        app.append(time_process(APP, env))
    b, a = statistics.median(bare), statistics.median(app)
    ratios = sorted(x / y for x, y in zip(app, bare, strict=True))
    print(f"start-up to painted window, median of {repeats} fresh processes"
          f" ({'caller' if cold else 'warm'} bytecode):")  # fmt: skip
    print(f"  bare PySide6 + pyqtgraph, 6 ImageItems: {b * 1000:7.0f} ms")
    print(f"  gate-explorer window (model computed): {a * 1000:7.0f} ms")
    print(f"  ratio of medians: {a / b:.2f}x (target <= 1.3x); pairwise ratios"
          f" {ratios[0]:.2f}-{ratios[-1]:.2f}x")  # fmt: skip


def bench_steps(steps: int) -> None:
    if "DISPLAY" not in os.environ:
        os.environ.setdefault("QT_QPA_PLATFORM", offscreen_platform())
    from gate_explorer.ui.window.app import single_threaded_blas

    single_threaded_blas()  # as run_app does, before NumPy loads
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from gate_explorer.session import ModelRef, Session, random_model
    from gate_explorer.ui.window.main_window import MainWindow

    rng = __import__("numpy").random.default_rng(0)
    letters = "abcdefghijklmnopqrstuvwxyz     .,"
    text = "".join(rng.choice(list(letters), size=5000))
    session = Session()
    w = MainWindow(session, QSettings(tempfile.mkdtemp() + "/s.ini", QSettings.Format.IniFormat))
    t0 = time.perf_counter()
    session.set_model(random_model("lstm", 256, 2), ModelRef("random", hidden=256, layers=2))
    session.set_text(text, immediate=True)
    while session.busy:
        app.processEvents()
        time.sleep(0.005)
    run_s = time.perf_counter() - t0
    # Steady state: the compiled loop (gate-explorer[fast]) loads a moment after start and
    # the text then runs again on it; step repaints are measured after that.
    if hasattr(session, "engine"):  # (A/B runs against commits before the compiled path)
        session.engine.wait(180)
    for _ in range(100):
        app.processEvents()
        time.sleep(0.01)
    while session.busy:
        app.processEvents()
        time.sleep(0.005)
    if hasattr(session, "engine"):
        print(f"engine path while stepping: {session.engine.label()}")
    w.resize(1400, 900)
    w.show()
    app.processEvents()
    print(f"run: 5,000 tokens, 2-layer H=256 LSTM: {run_s * 1000:.0f} ms (worker thread)")
    session.set_unit(7)  # the cell diagram then also shows a unit's equations
    tabs = w.analysis.tabs
    for tab in [*tabs.names(), None]:
        w.analysis.setVisible(tab is not None)
        if tab is not None:
            tabs.show_view(tab)
        app.processEvents()
        where = f"analysis tab {tab}" if tab else "analysis dock closed"
        for forced in (True, False):
            times, cpu = [], []
            session.set_step(100)
            app.processEvents()
            for k in range(steps):
                t, c = time.perf_counter(), time.thread_time()
                session.set_step(100 + k)
                if forced:
                    w.repaint()  # every widget of the window, changed or not
                app.processEvents()  # Qt's own repaint of what changed (and the flush)
                app.processEvents()
                times.append((time.perf_counter() - t) * 1000)
                cpu.append((time.thread_time() - c) * 1000)
            times.sort()
            cpu.sort()
            p50, p95 = times[len(times) // 2], times[int(len(times) * 0.95)]
            c50, c95 = cpu[len(cpu) // 2], cpu[int(len(cpu) * 0.95)]
            how = "whole window repainted" if forced else "as Qt repaints it"
            print(f"step repaint over {steps} steps at 1400x900, {where}, {how}: p50 {p50:.1f} ms, "
                  f"p95 {p95:.1f} ms, max {times[-1]:.1f} ms (target p95 < 16 ms); GUI thread "
                  f"CPU p50 {c50:.1f} ms, p95 {c95:.1f} ms")  # fmt: skip
    session.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--only", choices=("steps", "startup"))
    parser.add_argument("--cold", action="store_true", help="keep the caller's bytecode settings")
    args = parser.parse_args()
    if args.only != "startup":
        bench_steps(args.steps)
    if args.only != "steps":
        bench_startup(args.repeats, args.cold)


if __name__ == "__main__":
    main()
