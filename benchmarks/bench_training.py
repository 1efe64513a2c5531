"""Training speed, NumPy vs torch, single thread: ``python benchmarks/bench_training.py``.

The quotes-lstm model (char embedding 32, 2-layer LSTM 128, next-character head), batch
32, chunks of 100 characters, one Adam step per chunk (forward, loss, backward through time,
clip, update). Both loops see the same batches; the methods alternate so machine noise
hits both alike. Reports tokens/s (characters trained on per second) and the ratio.
"""

from __future__ import annotations

import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # before numpy is imported

import argparse  # noqa: E402
import platform  # noqa: E402
import time  # noqa: E402

import numpy as np  # noqa: E402

from gate_explorer.training.adam import Adam, clip_global_norm  # noqa: E402
from gate_explorer.training.loop import forward_backward  # noqa: E402
from gate_explorer.training.tasks import get_task  # noqa: E402


def numpy_step(model, opt):
    def step(batch):
        res = forward_backward(model, batch)
        clip_global_norm(res.grads, 1.0)
        opt.step(model.params, res.grads)
        return res.loss

    return step


def torch_step(model, torch):
    """The same network and update in torch: Embedding -> LSTM -> Linear, Adam, clipping."""
    cfg = model.config
    vocab, emb = model.params["embedding"].shape

    class Net(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = torch.nn.Embedding(vocab, emb)
            self.rnn = torch.nn.LSTM(emb, cfg.hidden_size, cfg.num_layers)
            self.head = torch.nn.Linear(cfg.hidden_size, vocab)

        def forward(self, ids):
            out, _ = self.rnn(self.emb(ids))
            return self.head(out)

    net = Net()
    with torch.no_grad():
        net.emb.weight.copy_(torch.from_numpy(model.params["embedding"]))
        for name, p in net.rnn.named_parameters():
            p.copy_(torch.from_numpy(model.params[name]))
        net.head.weight.copy_(torch.from_numpy(model.params["head.weight"]))
        net.head.bias.copy_(torch.from_numpy(model.params["head.bias"]))
    opt = torch.optim.Adam(net.parameters(), lr=3e-3)
    loss_fn = torch.nn.CrossEntropyLoss()

    def step(batch):
        ids = torch.from_numpy(batch.inputs)
        tgt = torch.from_numpy(batch.targets)
        opt.zero_grad()
        logits = net(ids)
        loss = loss_fn(logits.reshape(-1, vocab), tgt.reshape(-1))
        loss.backward()
        torch.nn.utils.clip_grad_norm_(net.parameters(), 1.0)
        opt.step()
        return float(loss.detach())

    return step


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--steps", type=int, default=20, help="timed steps per method")
    parser.add_argument("--hidden", type=int, default=128)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--seq-len", type=int, default=100)
    parser.add_argument("--layers", type=int, default=2)
    args = parser.parse_args()
    task = get_task("quotes-lstm")
    s = task.settings.but(
        hidden=args.hidden,
        batch=args.batch,
        seq_len=args.seq_len,
        layers=args.layers,
        aux_weight=0.0,  # the same plain next-character step as the torch loop
    )
    rng = np.random.default_rng(0)
    make = task.batches(s, rng)
    batches = [make(i) for i in range(args.steps + 2)]
    for b in batches:
        b.carry = False
    model = task.build(s, np.random.default_rng(1))
    methods = {"numpy (gate_explorer)": numpy_step(model, Adam(3e-3))}
    try:
        import torch

        torch.set_num_threads(1)
        methods[f"torch {torch.__version__}"] = torch_step(task.build(s, rng), torch)
    except ImportError:
        print("torch not installed: numpy only")
    times = {name: [] for name in methods}
    for step in methods.values():  # warm-up
        step(batches[0])
        step(batches[1])
    for b in batches[2:]:
        for name, step in methods.items():
            t0 = time.perf_counter()
            step(b)
            times[name].append(time.perf_counter() - t0)
    tokens = s.batch * s.seq_len
    print(
        f"quotes-lstm training: {s.layers}-layer LSTM {s.hidden}, embedding {s.embed_dim}, vocab "
        f"{len(task.tokenizer().vocab)}, batch {s.batch} x {s.seq_len} chars, "
        f"1 thread, numpy {np.__version__}, {platform.machine()}"
    )
    rate = {}
    for name, ts in times.items():
        med = float(np.median(ts))
        rate[name] = tokens / med
        print(f"  {name:24s} {med * 1000:8.1f} ms/step  {rate[name]:10.0f} tokens/s")
    if len(rate) == 2:
        ours, theirs = rate.values()
        print(f"  ratio torch/numpy speed: {theirs / ours:.2f}x")


if __name__ == "__main__":
    main()
