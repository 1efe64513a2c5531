"""Train an encoder-decoder: rewrite dates like ``3 March 2021`` as ``2021-03-03``.

Sources come in three spellings (``3 March 2021``, ``March 3, 2021``, ``3 Mar 2021``),
the target is always ISO 8601. Training uses years 1000-1949 and 2050-2999; the held-out
set is every spelling of dates in the years 1950-2049, a range never trained on (each
digit has been seen in each place, but never these years), scored by exact match of the
greedy answer. Backprop runs through the decoder, across the hand-over into the encoder
(the decoder's dL/dh0 and dL/dc0 are the encoder's dL/dh_n and dL/dc_n).
"""

from __future__ import annotations

import calendar
import platform
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from gate_explorer.engine.embedding import Embedding
from gate_explorer.engine.model import Head, Model
from gate_explorer.engine.net import RecurrentNet
from gate_explorer.engine.seq2seq import BOS, EOS, Seq2SeqModel
from gate_explorer.engine.tokenize import Tokenizer
from gate_explorer.training.adam import Adam, clip_global_norm
from gate_explorer.training.losses import cross_entropy

MONTHS = tuple(calendar.month_name[1:])
SHORT = tuple(calendar.month_abbr[1:])
SOURCE_VOCAB = tuple(sorted(set("".join(MONTHS + SHORT) + "0123456789 ,")))
TARGET_VOCAB = (BOS, EOS, *"0123456789-")
TRAIN_YEARS = (*range(1000, 1950), *range(2050, 3000))
HELD_OUT_YEARS = tuple(range(1950, 2050))
NAME = "seq2seq-lstm"


def spell(year: int, month: int, day: int, style: int) -> str:
    """The source spelling: 0 ``3 March 2021``, 1 ``March 3, 2021``, 2 ``3 Mar 2021``."""
    if style == 0:
        return f"{day} {MONTHS[month - 1]} {year}"
    if style == 1:
        return f"{MONTHS[month - 1]} {day}, {year}"
    return f"{day} {SHORT[month - 1]} {year}"


def iso(year: int, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}"


STYLES = ("d Month yyyy", "Month d, yyyy", "d Mon yyyy")


def draw(
    rng: np.random.Generator, years: tuple[int, ...], n: int, style: int | None = None
) -> list[tuple[str, str]]:
    """``n`` (source, target) pairs with years from ``years`` (valid calendar days), in
    spelling ``style`` or a random one."""
    ys = np.asarray(years)[rng.integers(0, len(years), n)]
    ms = rng.integers(1, 13, n)
    u = rng.random(n)
    ks = rng.integers(0, 3, n) if style is None else np.full(n, style)
    out = []
    for y, m, frac, k in zip(ys.tolist(), ms.tolist(), u.tolist(), ks.tolist(), strict=True):
        d = 1 + int(frac * calendar.monthrange(y, m)[1])
        out.append((spell(y, m, d, k), iso(y, m, d)))
    return out


@dataclass(frozen=True)
class Seq2SeqSettings:
    cell: str = "lstm"
    hidden: int = 128
    layers: int = 1
    embed_dim: int = 16
    steps: int = 6000
    batch: int = 64
    lr: float = 4e-3
    clip: float = 1.0
    seed: int = 0


def _ids(vocab: tuple[str, ...], text: str) -> list[int]:
    index = {t: i for i, t in enumerate(vocab)}
    return [index[ch] for ch in text]


class Seq2SeqTrainer:
    """Parameters of both stacks in one dict (``enc.``/``dec.`` prefixes) for Adam."""

    def __init__(self, s: Seq2SeqSettings, rng: np.random.Generator) -> None:
        self.s = s
        enc = RecurrentNet.random(s.cell, s.embed_dim, s.hidden, s.layers, rng=rng)
        dec = RecurrentNet.random(s.cell, s.embed_dim, s.hidden, s.layers, rng=rng)
        self.config = enc.config
        self.params: dict[str, np.ndarray] = {}
        for prefix, net in (("enc.", enc), ("dec.", dec)):
            sd = net.state_dict()
            if net.kind == "lstm":  # forget bias 1: remember by default
                for k in range(s.layers):
                    sd[f"bias_ih_l{k}"][s.hidden : 2 * s.hidden] = 1.0
                    sd[f"bias_hh_l{k}"][s.hidden : 2 * s.hidden] = 0.0
            self.params |= {prefix + k: v for k, v in sd.items()}
        self.params["enc.embedding"] = rng.normal(0, 1, (len(SOURCE_VOCAB), s.embed_dim)).astype(
            np.float32
        )
        self.params["dec.embedding"] = rng.normal(0, 1, (len(TARGET_VOCAB), s.embed_dim)).astype(
            np.float32
        )
        bound = 1.0 / np.sqrt(s.hidden)
        self.params["head.weight"] = rng.uniform(
            -bound, bound, (len(TARGET_VOCAB), self.config.output_size)
        ).astype(np.float32)
        self.params["head.bias"] = np.zeros(len(TARGET_VOCAB), np.float32)

    def net(self, prefix: str) -> RecurrentNet:
        names = self.config.param_shapes()
        return RecurrentNet(self.config, {k: self.params[prefix + k] for k in names})

    def step(self, pairs: list[tuple[str, str]]) -> tuple[float, dict[str, np.ndarray]]:
        """Loss and gradients of one batch whose sources all have the same length."""
        src = np.array([_ids(SOURCE_VOCAB, a) for a, _ in pairs]).T  # (Ts, B)
        tgt = np.array([_ids(TARGET_VOCAB, b) for _, b in pairs]).T  # (Tt, B)
        bos, eos = TARGET_VOCAB.index(BOS), TARGET_VOCAB.index(EOS)
        batch = src.shape[1]
        dec_in = np.concatenate([np.full((1, batch), bos), tgt])  # (Tt+1, B)
        dec_out = np.concatenate([tgt, np.full((1, batch), eos)])
        enc_net, dec_net = self.net("enc."), self.net("dec.")
        e_tab, d_tab = self.params["enc.embedding"], self.params["dec.embedding"]
        enc = enc_net.run(e_tab[src])
        dec = dec_net.run(d_tab[dec_in], h0=enc.h_n, c0=enc.c_n)
        w, b = self.params["head.weight"], self.params["head.bias"]
        logits = dec.output @ w.T + b  # (Tt+1, B, V)
        loss, d_logits = cross_entropy(logits, dec_out)
        flat = d_logits.reshape(-1, d_logits.shape[-1])
        grads = {
            "head.weight": flat.T @ dec.output.reshape(-1, dec.output.shape[-1]),
            "head.bias": flat.sum(axis=0),
        }
        gd = dec_net.gradients(dec, d_logits @ w)
        ge = enc_net.gradients(enc, np.zeros_like(enc.output), gd.h0, gd.c0)
        for name in self.config.param_shapes():
            grads["dec." + name] = gd.params[name]
            grads["enc." + name] = ge.params[name]
        for key, ids, g in (("enc.embedding", src, ge), ("dec.embedding", dec_in, gd)):
            table = np.zeros_like(self.params[key])
            np.add.at(table, ids.reshape(-1), g.input.reshape(-1, table.shape[1]))
            grads[key] = table
        return loss, grads

    def to_model(self, name: str = NAME) -> Seq2SeqModel:
        p = self.params
        encoder = Model(
            f"{name} encoder",
            self.net("enc."),
            Tokenizer("char", SOURCE_VOCAB),
            Embedding(len(SOURCE_VOCAB), p["enc.embedding"].copy()),
        )
        decoder = Model(
            f"{name} decoder",
            self.net("dec."),
            Tokenizer("char", TARGET_VOCAB),
            Embedding(len(TARGET_VOCAB), p["dec.embedding"].copy()),
            Head("next-token", p["head.weight"].copy(), p["head.bias"].copy(), TARGET_VOCAB),
        )
        return Seq2SeqModel(name, encoder, decoder)


def batches(rng: np.random.Generator, size: int) -> Callable[[], list[tuple[str, str]]]:
    """Batches of pairs from the training years, all sources in a batch of one length."""

    def batch() -> list[tuple[str, str]]:
        pool = draw(rng, TRAIN_YEARS, size * 4)
        lengths = np.array([len(a) for a, _ in pool])
        pick = lengths[int(rng.integers(len(pool)))]
        same = [p for p, n in zip(pool, lengths, strict=True) if n == pick]
        while len(same) < size:  # rare: top up with more of this length
            more = draw(rng, TRAIN_YEARS, size * 4)
            same += [p for p in more if len(p[0]) == pick]
        return same[:size]

    return batch


def exact_match(model: Seq2SeqModel, pairs: list[tuple[str, str]]) -> float:
    """Share of sources whose greedy answer is exactly the target."""
    hits = sum(model.run(a, max_len=16).answer == b for a, b in pairs)
    return hits / max(len(pairs), 1)


def evaluate(model: Seq2SeqModel, seed: int = 10_000, n: int = 600) -> dict[str, Any]:
    """Exact match on held-out years (1950-2049) and on fresh training-range dates."""
    rng = np.random.default_rng(seed)
    per = max(n // len(STYLES), 1)
    scores = {
        name: exact_match(model, draw(rng, HELD_OUT_YEARS, per, k)) for k, name in enumerate(STYLES)
    }
    return {
        "heldout_exact_match": round(float(np.mean(list(scores.values()))), 4),
        "heldout_years": "1950-2049 (never trained on)",
        "heldout_count": per * len(STYLES),
        "heldout_by_spelling": {k: round(v, 4) for k, v in scores.items()},
        "training_range_exact_match": round(exact_match(model, draw(rng, TRAIN_YEARS, n // 2)), 4),
    }


def train_seq2seq(
    s: Seq2SeqSettings = Seq2SeqSettings(),
    *,
    on_progress: Callable[[int, int, float], None] | None = None,
    eval_size: int = 600,
) -> Seq2SeqModel:
    """Train the dates encoder-decoder and fill its card (held-out exact match)."""
    rng = np.random.default_rng(s.seed)
    trainer = Seq2SeqTrainer(s, rng)
    next_batch = batches(rng, s.batch)
    opt = Adam(s.lr)
    losses = []
    start = time.perf_counter()
    for step in range(s.steps):
        loss, grads = trainer.step(next_batch())
        clip_global_norm(grads, s.clip)
        opt.lr = s.lr + (s.lr / 10 - s.lr) * step / max(s.steps - 1, 1)
        opt.step(trainer.params, grads)
        losses.append(loss)
        if on_progress is not None:
            on_progress(step + 1, s.steps, loss)
    seconds = time.perf_counter() - start
    model = trainer.to_model()
    model.card = {
        "task": NAME,
        "summary": "Rewrite a date (3 March 2021, March 3, 2021, 3 Mar 2021) as 2021-03-03",
        "data": "dates drawn uniformly from valid calendar days, years 1000-1949 and "
        "2050-2999, in three spellings; target ISO 8601",
        "sizes": {
            "cell": trainer.config.kind,
            "hidden": s.hidden,
            "layers": s.layers,
            "embedding": s.embed_dim,
        },
        "training": {
            "steps": s.steps,
            "batch": s.batch,
            "lr": s.lr,
            "clip": s.clip,
            "seed": s.seed,
            "seconds": round(seconds, 1),
            "optimizer": "Adam",
            "engine": "gate_explorer NumPy engine",
            "numpy": np.__version__,
            "python": platform.python_version(),
        },
        "training_curve": [
            [i, round(float(np.mean(losses[i : i + 100])), 4)]
            for i in range(0, len(losses), max(len(losses) // 50, 1))
        ],
        "metrics": evaluate(model, n=eval_size),
        "metrics_note": "held out: years 1950-2049, a range the model never saw in training",
        "example": "3 March 2021",
    }
    return model


def main(argv: list[str] | None = None) -> None:
    """``python -m gate_explorer.training.seq2seq OUT.npz [STEPS]``: train and bundle."""
    import sys

    from gate_explorer.io.seq2seq import save_seq2seq
    from gate_explorer.training.progress import ConsoleProgress

    args = sys.argv[1:] if argv is None else argv
    steps = int(args[1]) if len(args) > 1 else Seq2SeqSettings.steps
    model = train_seq2seq(Seq2SeqSettings(steps=steps), on_progress=ConsoleProgress(NAME))
    print(save_seq2seq(model, args[0]), model.card["metrics"])


if __name__ == "__main__":
    main()
