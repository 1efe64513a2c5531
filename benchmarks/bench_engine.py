"""Engine speed against torch, single thread: ``python benchmarks/bench_engine.py``.

Batch 1, T = 1000 steps, input 64, float32. For LSTM and GRU at each hidden size, times
(best of ``--repeats``, the methods interleaved so machine noise hits all alike):

- ours: ``RecurrentNet.run`` with the full trace (every gate and state of every step);
- torch fused: ``nn.LSTM``/``nn.GRU`` forward under ``no_grad`` (keeps only h);
- torch cell loop: an ``LSTMCell``/``GRUCell`` Python loop under ``no_grad`` keeping every
  state (h, and c for LSTM), the fair comparison for a trace;
- backward, for information: our ``gradients`` vs torch's ``backward()`` of the fused module.

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

TARGET_FUSED = {256: 1.2, 1024: 0.8}
TARGET_LOOP = 0.5


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
            t0 = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - t0)
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


def bench_one(torch, kind: str, hidden: int, steps: int, feat: int, repeats: int, backward: bool):
    mod, cell, net = build(torch, kind, hidden, feat)
    x_np = np.random.default_rng(0).standard_normal((steps, 1, feat), dtype=np.float32)
    x = torch.from_numpy(x_np)

    def ours():
        return net.run(x_np)

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

    fns = {"ours": ours, "fused": fused, "loop": loop}
    trace = ours()
    d_out = np.random.default_rng(1).standard_normal(trace.output.shape, dtype=np.float32)
    err = float(np.abs(trace.output - fused()[0].numpy()).max())
    if backward:
        d_out_t = torch.from_numpy(d_out)

        def ours_bwd():
            return net.gradients(trace, d_out)

        def torch_bwd():  # forward with autograd, then backward: only backward is timed
            mod.zero_grad(set_to_none=True)
            out, _ = mod(x)
            loss = (out * d_out_t).sum()
            t0 = time.perf_counter()
            loss.backward()
            return time.perf_counter() - t0

        fns["ours_bwd"] = ours_bwd
    times = best_of(fns, repeats)
    if backward:
        torch_bwd()
        times["torch_bwd"] = [torch_bwd() for _ in range(repeats)]
    return times, err


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hidden", type=int, nargs="+", default=[256, 1024])
    parser.add_argument("--kinds", nargs="+", default=["lstm", "gru"], choices=["lstm", "gru"])
    parser.add_argument("--steps", type=int, default=1000)
    parser.add_argument("--input", type=int, default=64)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--no-backward", action="store_true", help="skip the backward timings")
    args = parser.parse_args(argv)

    import torch

    torch.set_num_threads(1)
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(1)
    except ModuleNotFoundError:
        pass
    print(f"# {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {platform.processor() or ''}")
    print(f"# numpy {np.__version__}, torch {torch.__version__}, {os.cpu_count()} cores")
    for var in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE"):
        print(f"# {var}={os.environ.get(var, '(unset)')}")
    print("# " + blas_info().replace("\n", "\n# "))
    print(
        f"# batch 1, T={args.steps}, input {args.input}, float32, 1 thread, "
        f"best of {args.repeats} (spread = worst/best)"
    )
    head = (
        "| cell | H | ours ms | torch fused ms | ours/fused (target) | cell loop ms | "
        "ours/loop (target) | ours bwd ms | torch bwd ms | bwd ratio | max out diff |"
    )
    print(head)
    print("|" + "---|" * (head.count("|") - 1))
    for kind in args.kinds:
        for hidden in args.hidden:
            times, err = bench_one(
                torch, kind, hidden, args.steps, args.input, args.repeats, not args.no_backward
            )
            best = {k: min(v) * 1e3 for k, v in times.items()}
            spread = {k: max(v) / min(v) for k, v in times.items()}
            target = TARGET_FUSED.get(hidden)
            tf = f" (<= {target})" if target else ""
            cells = [
                kind.upper(),
                str(hidden),
                f"{best['ours']:.1f} (x{spread['ours']:.2f})",
                f"{best['fused']:.1f} (x{spread['fused']:.2f})",
                f"{best['ours'] / best['fused']:.2f}{tf}",
                f"{best['loop']:.1f}",
                f"{best['ours'] / best['loop']:.2f} (<= {TARGET_LOOP})",
            ]
            if "ours_bwd" in best:
                cells += [
                    f"{best['ours_bwd']:.1f}",
                    f"{best['torch_bwd']:.1f}",
                    f"{best['ours_bwd'] / best['torch_bwd']:.2f}",
                ]
            else:
                cells += ["-", "-", "-"]
            cells.append(f"{err:.1e}")
            print("| " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
