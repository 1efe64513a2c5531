"""Engine speed against torch, single thread: ``python benchmarks/bench_engine.py``.

Batch 1, T = 1000 steps, input 64, float32. For LSTM and GRU at each hidden size, times
(best of ``--repeats``, the methods interleaved so machine noise hits all alike):

- numpy: ``RecurrentNet.run`` with the full trace (every gate and state of every step) on
  the NumPy path (the reference);
- compiled: the same run on the compiled step loop (``engine.backend``, numba; "-" when
  numba is not installed), the engine's path when ``gate-explorer[fast]`` is installed;
- torch fused: ``nn.LSTM``/``nn.GRU`` forward under ``no_grad`` (keeps only h);
- torch cell loop: an ``LSTMCell``/``GRUCell`` Python loop under ``no_grad`` keeping every
  state (h, and c for LSTM);
- gemv floor: the time to read W_hh T times, the faster of two bare loops of T products
  h @ W_hh^T (OpenBLAS's sgemv through ``np.dot``, and the compiled loop's own product);
- backward, for information: our ``gradients`` vs torch's ``backward()`` of the fused module.

Targets (issue 14), for the compiled path: at most 0.8x torch fused at H = 128 and 1.0x at
H = 256; at H = 1024 within 1.1x of the gemv floor. The header prints the load average:
figures taken while other jobs run are not benchmark figures. Beside the ratio of the best
times, the median of the rounds' own ratios (a round runs the floor and the compiled loop
one after the other): on a machine whose memory speed wanders between runs (a VM sharing
its L3 cache), best times can come from different moments, and the paired ratio is the
steadier figure.

``--breakdown`` prints instead where a compiled step's time goes, per step in microseconds
(batch 1, the same T and input): the whole run, the time loop with the input product
computed inside it, the loop over an input part computed before it (recurrent product and
gates), the bare recurrent product (the compiled panels, no gates), and the input product
alone (NumPy's blocked OpenBLAS product, and for the LSTM the compiled one); the rest of
the run is Python, allocation and the trace.

It reports which BLAS kernel numpy runs (threadpoolctl) and the OPENBLAS_CORETYPE and
OPENBLAS_L2_SIZE it found; it never changes them (set or unset them on the command line).
"""

from __future__ import annotations

import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # before numpy is imported

import argparse  # noqa: E402
import platform  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402

import numpy as np  # noqa: E402

from gate_explorer.engine import RecurrentNet  # noqa: E402
from gate_explorer.engine.backend import NUMPY, Backend, choose  # noqa: E402

TARGET_FUSED = {128: 0.8, 256: 1.0}  # compiled / torch fused
TARGET_FLOOR = {1024: 1.1}  # compiled / gemv floor
CLOCK = time.perf_counter  # --cpu-time: time.thread_time (the time slices other jobs take
# are left out; their use of the caches is not)


def blas_info() -> str:
    """One line per BLAS/OpenMP library numpy and torch loaded: API, version, kernel, threads."""
    try:
        from threadpoolctl import threadpool_info
    except ModuleNotFoundError:
        return "threadpoolctl not installed (pip install threadpoolctl): BLAS kernel unknown"
    lines = []
    for lib in threadpool_info():
        name = os.path.basename(lib.get("filepath", ""))
        arch = lib.get("architecture", "-")
        lines.append(
            f"{lib.get('internal_api')} {lib.get('version')} kernel={arch} "
            f"threads={lib.get('num_threads')} ({name})"
        )
    return "\n".join(lines)


def best_of(fns: dict[str, Callable[[], object]], repeats: int) -> dict[str, list[float]]:
    """Run every function ``repeats`` times, interleaved; return all times in seconds."""
    times: dict[str, list[float]] = {k: [] for k in fns}
    for fn in fns.values():  # warm-up (allocations, lazy init)
        fn()
    for _ in range(repeats):
        for name, fn in fns.items():
            t0 = CLOCK()
            fn()
            times[name].append(CLOCK() - t0)
    return times


def build(torch, kind: str, hidden: int, feat: int):
    """A float32 torch module, the matching cell and our net with the same weights."""
    torch.manual_seed(0)
    if kind == "lstm":
        mod, cell = torch.nn.LSTM(feat, hidden), torch.nn.LSTMCell(feat, hidden)
    else:
        mod, cell = torch.nn.GRU(feat, hidden), torch.nn.GRUCell(feat, hidden)
    with torch.no_grad():
        for name in ("weight_ih", "weight_hh", "bias_ih", "bias_hh"):
            getattr(cell, name).copy_(getattr(mod, name + "_l0"))
    sd = {k: v.detach().numpy().copy() for k, v in mod.state_dict().items()}
    return mod, cell, RecurrentNet.from_state_dict(kind, sd)


def gemv_floors(
    net: RecurrentNet, steps: int, compiled: Backend
) -> dict[str, Callable[[], object]]:
    """Bare loops of ``steps`` products h @ W_hh^T over the layer's own W_hh (no gates)."""
    w = net._prepared[0][0].w_hh_t  # (H, G*H), the layout both engines read
    h = np.random.default_rng(2).uniform(-1, 1, w.shape[0]).astype(np.float32)
    out = np.empty(w.shape[1], dtype=np.float32)

    def blas():
        dot = np.dot
        for _ in range(steps):
            dot(h, w, out=out)

    fns = {"floor_blas": blas}
    if compiled.compiled:
        from gate_explorer.engine import fast

        loop = compiled.kernels_for(net).loops["gemv_loop"]
        wp = fast.panels(w)  # the compiled loop's layout
        out_p = np.empty(wp.shape[0] * fast.PANEL, dtype=np.float32)
        fns["floor_compiled"] = lambda: loop(h, wp, out_p, steps)
    return fns


def bench_one(
    torch,
    kind: str,
    hidden: int,
    steps: int,
    feat: int,
    repeats: int,
    backward: bool,
    compiled: Backend,
):
    mod, cell, net = build(torch, kind, hidden, feat)
    x_np = np.random.default_rng(0).standard_normal((steps, 1, feat), dtype=np.float32)
    x = torch.from_numpy(x_np)

    def ours():
        return net.run(x_np, backend=NUMPY)

    def ours_compiled():
        return net.run(x_np, backend=compiled)

    def fused():
        with torch.no_grad():
            return mod(x)

    def loop():
        with torch.no_grad():
            h = torch.zeros(1, hidden)
            if kind == "lstm":
                c = torch.zeros(1, hidden)
                hs, cs = [], []
                for t in range(steps):
                    h, c = cell(x[t], (h, c))
                    hs.append(h)
                    cs.append(c)
                return hs, cs
            hs = []
            for t in range(steps):
                h = cell(x[t], h)
                hs.append(h)
            return hs

    fns = {"ours": ours, "fused": fused, "loop": loop, **gemv_floors(net, steps, compiled)}
    trace = ours()
    errs = {"numpy": float(np.abs(trace.output - fused()[0].numpy()).max())}
    if compiled.compiled:
        fns["compiled"] = ours_compiled
        fast_out = ours_compiled().output
        errs["compiled"] = float(np.abs(fast_out - fused()[0].numpy()).max())
        errs["compiled_numpy"] = float(np.abs(fast_out - trace.output).max())
    d_out = np.random.default_rng(1).standard_normal(trace.output.shape, dtype=np.float32)
    if backward:
        d_out_t = torch.from_numpy(d_out)

        def ours_bwd():
            return net.gradients(trace, d_out)

        def torch_bwd():  # forward with autograd, then backward: only backward is timed
            mod.zero_grad(set_to_none=True)
            out, _ = mod(x)
            loss = (out * d_out_t).sum()
            t0 = CLOCK()
            loss.backward()
            return CLOCK() - t0

        fns["ours_bwd"] = ours_bwd
    times = best_of(fns, repeats)
    if backward:
        torch_bwd()
        times["torch_bwd"] = [torch_bwd() for _ in range(repeats)]
    return times, errs


def breakdown(kind: str, hidden: int, steps: int, feat: int, repeats: int, compiled: Backend):
    """Where a compiled step's time goes, each part timed alone (best of ``repeats``,
    interleaved), in microseconds per step: see the module docstring."""
    from gate_explorer.engine import fast
    from gate_explorer.engine.stepping import input_part

    net = RecurrentNet.random(kind, feat, hidden, rng=0)
    w = net._prepared[0][0]
    kern = compiled.kernels_for(net)
    x = np.random.default_rng(0).standard_normal((steps, 1, feat), dtype=np.float32)
    x2 = x.reshape(steps, feat)
    h0 = np.zeros((1, hidden), dtype=np.float32)
    hidden_buf = np.empty((steps, 1, hidden), dtype=np.float32)
    fns: dict[str, Callable[[], object]] = {"run": lambda: net.run(x2, backend=compiled)}
    if kind == "lstm":
        z = np.zeros((steps + 1, 1, 5 * hidden), dtype=np.float32)
        pre = z.reshape(-1, 5 * hidden)[:steps, : 4 * hidden]
        wp = fast.cached_panels(w.w_hh_t, fast.lstm_panels)
        if kern.lstm_input(w, 1):
            fns["loop + input"] = lambda: kern.lstm(z, hidden_buf, None, h0, w, None, x)
        fns["loop"] = lambda: kern.lstm(z, hidden_buf, None, h0, w)
        rows = np.empty((steps, 4 * hidden), dtype=np.float32)
        wip = fast.input_panels(w.w_in)
        fns["input compiled"] = lambda: kern.loops["input_rows"](x2, wip, rows)
    else:
        gi = np.empty((steps, 1, 3 * hidden), dtype=np.float32)
        gh = np.empty_like(gi)
        pre = gi.reshape(-1, 3 * hidden)
        wp = fast.cached_panels(w.w_hh_t)
        fns["loop"] = lambda: kern.gru(gi, gh, hidden_buf, h0, w)
    fns["input OpenBLAS"] = lambda: input_part(x, w.w_in, pre)
    h = np.random.default_rng(2).uniform(-1, 1, wp.shape[1]).astype(np.float32)
    out = np.empty(wp.shape[0] * fast.PANEL, dtype=np.float32)
    fns["product"] = lambda: kern.loops["gemv_loop"](h, wp, out, steps)
    best = {k: min(v) * 1e6 / steps for k, v in best_of(fns, repeats).items()}
    loop = best.get("loop + input", best["loop"] + best["input OpenBLAS"])
    cells = [
        kind.upper(), str(hidden), f"{best['run']:.2f}",
        f"{best['loop + input']:.2f}" if "loop + input" in best else "-",
        f"{best['loop']:.2f}", f"{best['product']:.2f}",
        f"{best['loop'] - best['product']:.2f}",
        f"{best['loop + input'] - best['loop']:.2f}" if "loop + input" in best else "-",
        f"{best['input OpenBLAS']:.2f}",
        f"{best['input compiled']:.2f}" if "input compiled" in best else "-",
        f"{best['run'] - loop:.2f}",
    ]  # fmt: skip
    return "| " + " | ".join(cells) + " |"


BREAKDOWN_HEAD = (
    "| cell | H | run us/step | loop + input | loop | product | gates (loop - product) | "
    "input in the loop | input OpenBLAS | input compiled alone | rest of the run |"
)


def _ratio(a: float, b: float, target: float | None) -> str:
    return f"{a / b:.2f}" + (f" (<= {target})" if target else "")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hidden", type=int, nargs="+", default=[128, 256, 1024])
    parser.add_argument("--kinds", nargs="+", default=["lstm", "gru"], choices=["lstm", "gru"])
    parser.add_argument("--steps", type=int, default=1000)
    parser.add_argument("--input", type=int, default=64)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--no-backward", action="store_true", help="skip the backward timings")
    parser.add_argument(
        "--engine", default="auto", choices=["auto", "numpy", "numba"],
        help="the path of the 'compiled' column (auto: numba when installed)",
    )  # fmt: skip
    parser.add_argument(
        "--cpu-time", action="store_true",
        help="time each run by the CPU time of its thread (on a shared machine: less noise; "
        "a quiet machine's wall clock is the benchmark figure)",
    )  # fmt: skip
    parser.add_argument(
        "--breakdown", action="store_true",
        help="print where a compiled step's time goes (product, gates, input) instead",
    )  # fmt: skip
    args = parser.parse_args(argv)
    global CLOCK
    if args.cpu_time:
        CLOCK = time.thread_time

    import torch

    torch.set_num_threads(1)
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(1)
    except ModuleNotFoundError:
        pass
    t0 = time.perf_counter()
    compiled = choose(args.engine).warm_up()
    warm = time.perf_counter() - t0
    print(f"# {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {platform.processor() or ''}")
    print(f"# numpy {np.__version__}, torch {torch.__version__}, {os.cpu_count()} cores")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    busy = " (UNDER LOAD: other jobs running, not benchmark figures)" if load > 0.5 else ""
    print(f"# load average (1 min) {load:.2f} at the start{busy}")
    for var in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE"):
        print(f"# {var}={os.environ.get(var, '(unset)')}")
    print("# " + blas_info().replace("\n", "\n# "))
    print(f"# {compiled.label()}; warm-up {warm:.2f} s")
    print(
        f"# batch 1, T={args.steps}, input {args.input}, float32, 1 thread, "
        f"best of {args.repeats} (spread = worst/best), "
        f"{'CPU time of the thread' if args.cpu_time else 'wall clock'}"
    )
    if args.breakdown:
        if not compiled.compiled:
            raise SystemExit(f"--breakdown needs the compiled engine: {compiled.label()}")
        print("# microseconds per step, each part timed alone")
        print(BREAKDOWN_HEAD)
        print("|" + "---|" * (BREAKDOWN_HEAD.count("|") - 1))
        for kind in args.kinds:
            for hidden in args.hidden:
                row = breakdown(kind, hidden, args.steps, args.input, args.repeats, compiled)
                print(row, flush=True)
        return
    head = (
        "| cell | H | numpy ms | compiled ms | torch fused ms | compiled/fused (target) | "
        "numpy/fused | cell loop ms | gemv floor ms | compiled/floor (target) | "
        "compiled/floor, median of the rounds | "
        "ours bwd ms | torch bwd ms | compiled-numpy diff | max out diff |"
    )
    print(head)
    print("|" + "---|" * (head.count("|") - 1))
    for kind in args.kinds:
        for hidden in args.hidden:
            times, errs = bench_one(
                torch, kind, hidden, args.steps, args.input, args.repeats,
                not args.no_backward, compiled,
            )  # fmt: skip
            best = {k: min(v) * 1e3 for k, v in times.items()}
            spread = {k: max(v) / min(v) for k, v in times.items()}
            floor_key = min((k for k in best if k.startswith("floor_")), key=best.get)
            floor = best[floor_key]
            which = "OpenBLAS" if floor_key == "floor_blas" else "compiled"
            fast = "compiled" in best
            cells = [
                kind.upper(),
                str(hidden),
                f"{best['ours']:.1f} (x{spread['ours']:.2f})",
                f"{best['compiled']:.1f} (x{spread['compiled']:.2f})" if fast else "-",
                f"{best['fused']:.1f} (x{spread['fused']:.2f})",
                _ratio(best["compiled"], best["fused"], TARGET_FUSED.get(hidden)) if fast else "-",
                _ratio(best["ours"], best["fused"], None),
                f"{best['loop']:.1f}",
                f"{floor:.1f} ({which})",
                _ratio(best["compiled"], floor, TARGET_FLOOR.get(hidden)) if fast else "-",
                f"{np.median(np.divide(times['compiled'], times[floor_key])):.2f}" if fast else "-",
            ]
            if "ours_bwd" in best:
                cells += [f"{best['ours_bwd']:.1f}", f"{best['torch_bwd']:.1f}"]
            else:
                cells += ["-", "-"]
            cells.append(f"{errs['compiled_numpy']:.1e}" if fast else "-")
            cells.append(f"{max(errs['numpy'], errs.get('compiled', 0.0)):.1e}")
            print("| " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
