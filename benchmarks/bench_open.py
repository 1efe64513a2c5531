"""Opening a large weights file: load time, and how fast the window answers events meanwhile.

    python benchmarks/bench_open.py                 # a ~100 MB PyTorch LSTM, 3 repeats
    python benchmarks/bench_open.py --mb 200 --repeats 5 --sync

The file is a 3-layer LSTM state_dict written with ``torch.save`` (or, without torch, the
same arrays as an ``.npz``). The real main window (offscreen 1400x900 unless DISPLAY is
set) opens it through ``open_model_file``, as the File menu does. A 5 ms QTimer runs on the
GUI thread throughout; the latency of an event is how late each tick fires after the
previous one (gap - 5 ms), and the GUI thread's CPU time between two ticks is the part of
a gap the window itself spent (on a loaded machine the gaps also hold other processes'
turns; the CPU time does not). Reported per repeat: time until the file is read (in the
worker), until the model is shown and until its first run is drawn; the largest and the
95th-percentile latency while the file is read; how many progress updates the status bar
received; and the longest gap in all, including the GUI thread's work to show the new
model and its first run (building heatmaps and views, the same for any model of that size
however it was loaded). ``--sync`` also measures loading on the GUI thread, for
comparison. Target: every latency under 100 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

TICK_MS = 5


def write_file(folder: Path, mb: float) -> Path:
    """A 3-layer LSTM of about ``mb`` megabytes (float32), as .pt if torch is installed."""
    hidden = int(np.sqrt(mb * 1e6 / 4 / 8 / 2.7))  # 4 bytes x 8H^2 in 2.7 layers' worth
    rng = np.random.default_rng(0)
    arrays = {}
    for k in range(3):
        width = 64 if k == 0 else hidden
        arrays[f"lstm.weight_ih_l{k}"] = rng.normal(size=(4 * hidden, width)).astype(np.float32)
        arrays[f"lstm.weight_hh_l{k}"] = rng.normal(size=(4 * hidden, hidden)).astype(np.float32)
        arrays[f"lstm.bias_ih_l{k}"] = rng.normal(size=4 * hidden).astype(np.float32)
        arrays[f"lstm.bias_hh_l{k}"] = rng.normal(size=4 * hidden).astype(np.float32)
    try:
        import torch
    except ImportError:
        path = folder / "big.npz"
        np.savez(path, **arrays)
        return path
    path = folder / "big.pt"
    torch.save({k: torch.from_numpy(v) for k, v in arrays.items()}, path)
    return path


def measure(window, app, path: Path, background: bool) -> dict[str, float]:
    from PySide6.QtCore import Qt, QTimer

    from gate_explorer.session import ModelRef, random_model, ref_for_path

    session = window.session
    session.set_model(random_model("lstm", 8), ModelRef("random", cell="lstm", hidden=8))
    app.processEvents()
    ticks: list[float] = []
    cpu: list[float] = []  # the GUI thread's CPU time at each tick (not stretched by load)
    updates = [0]
    session.sigLoading.connect(lambda *_: updates.__setitem__(0, updates[0] + 1))
    loaded = [float("inf")]  # when the worker finished (recorded in the worker thread)
    done = session._loader._relay.sigDone  # emitted in the worker thread when it is done
    mark = lambda *_: loaded.__setitem__(0, time.perf_counter())  # noqa: E731
    done.connect(mark, Qt.ConnectionType.DirectConnection)
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(
        lambda: (ticks.append(time.perf_counter()), cpu.append(time.thread_time()))
    )
    timer.start()
    app.processEvents()
    start = time.perf_counter()
    ticks.append(start)
    cpu.append(time.thread_time())
    session.open_model(ref_for_path(path), background=background)
    while session.loading is not None or session.model.net.config.hidden_size == 8:
        app.processEvents()
        time.sleep(0.001)
        if time.perf_counter() - start > 300:
            raise SystemExit("the load did not finish within 300 s")
    shown = time.perf_counter() - start
    while session.run is None or session.busy:  # then the first run, in the worker, drawn
        app.processEvents()
        time.sleep(0.001)
        if time.perf_counter() - start > 300:
            raise SystemExit("the first run did not finish within 300 s")
    drawn = time.perf_counter() - start
    timer.stop()
    ticks.append(time.perf_counter())
    cpu.append(time.thread_time())
    ticks_arr = np.array(ticks)
    gaps = np.diff(ticks_arr) * 1000 - TICK_MS
    during = gaps[ticks_arr[1:] <= loaded[0]]  # gaps that ended before the file was read
    during = during if during.size else gaps[:1]
    session.sigLoading.disconnect()
    done.disconnect(mark)
    return {
        "shown_s": shown,
        "drawn_s": drawn,
        "read_s": min(loaded[0], ticks[-1]) - start,
        "max_ms": float(during.max()),
        "p95_ms": float(np.percentile(during, 95)),
        "show_ms": float(gaps.max()),
        "cpu_ms": float(np.diff(cpu).max() * 1000),
        "updates": updates[0],
        "progress_seen": float(window.progress.isVisible() or updates[0] > 0),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=100.0, help="file size (default 100)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--sync", action="store_true", help="also load on the GUI thread")
    parser.add_argument(
        "--no-dock",
        action="store_true",
        help="keep the analysis dock closed (by default it is open, as on a large screen)",
    )
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from gate_explorer.ui.window.app import single_threaded_blas

    single_threaded_blas()
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from gate_explorer.ui.window.main_window import MainWindow

    folder = Path(tempfile.mkdtemp())
    path = write_file(folder, args.mb)
    size = path.stat().st_size / 1e6
    window = MainWindow(settings=QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    window.start()  # as the app starts: a bundled model (or a random one) and its example
    window.resize(1400, 900)
    window.show()
    window.analysis.setVisible(not args.no_dock)  # the offscreen screen would start it closed
    app.processEvents()
    dock = "closed" if args.no_dock else f"open on {window.analysis.tabs.current_name()}"
    print(
        f"{path.name}: {size:.0f} MB; tick {TICK_MS} ms; latency = tick gap - {TICK_MS} ms; "
        f"analysis dock {dock}"
    )
    modes = [("worker thread", True)] + ([("GUI thread", False)] if args.sync else [])
    for label, background in modes:
        rows = [measure(window, app, path, background) for _ in range(args.repeats)]
        for r in rows:
            print(
                f"  {label:13}  read {r['read_s']:.2f} s, shown {r['shown_s']:.2f} s, first run "
                f"drawn {r['drawn_s']:.2f} s; while reading: latency max {r['max_ms']:5.1f} ms, "
                f"p95 {r['p95_ms']:4.1f} ms, {r['updates']} progress updates; longest gap in "
                f"all (incl. showing the model and its run) {r['show_ms']:.0f} ms, of which the "
                f"GUI thread's CPU time at most {r['cpu_ms']:.0f} ms"
            )
        worst = max(r["max_ms"] for r in rows)
        median = statistics.median(r["shown_s"] for r in rows)
        print(f"  {label:13}  median shown {median:.2f} s, worst latency reading {worst:.1f} ms")
    window.session.shutdown()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
