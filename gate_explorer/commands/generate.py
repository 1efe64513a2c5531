"""``gate-explorer generate``: let a language model continue a prompt, and print the text."""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from typing import Any

from gate_explorer.errors import GateExplorerError

MAX_TOKENS = 100_000


def add_parser(sub: Any) -> None:
    p = sub.add_parser(
        "generate",
        help="continue a prompt with a language model (char or word), one token at a time",
        description="Sample a continuation of --prompt from a next-token model and print the "
        "prompt followed by what the model wrote. Each new token costs one network step.",
    )
    p.add_argument("--model", required=True, help="bundled model name or weights file")
    p.add_argument("--vocab", help="vocabulary file for a weights file")
    p.add_argument("--prompt", required=True, help="the text to continue")
    p.add_argument("--tokens", type=int, default=200, help="how many tokens to write (200)")
    p.add_argument(
        "--temperature", type=float, default=1.0, help="softmax temperature, > 0 (default 1)"
    )
    p.add_argument(
        "--top-k", type=int, default=0, help="sample only from the K most likely (0: all)"
    )
    p.add_argument("--seed", type=int, default=0, help="random seed (same seed, same text)")
    p.add_argument(
        "--only-new", action="store_true", help="print only the written text, not the prompt"
    )


def _seq2seq_answer(args: argparse.Namespace) -> str | None:
    """An encoder-decoder's greedy answer to --prompt, or None for any other model."""
    from pathlib import Path

    from gate_explorer import zoo
    from gate_explorer.io.seq2seq import is_seq2seq, load_seq2seq

    path = zoo.seq2seq_path(args.model)
    if path is None and Path(args.model).suffix == ".npz" and Path(args.model).is_file():
        path = Path(args.model) if is_seq2seq(args.model) else None
    if path is None:
        return None
    model = load_seq2seq(path, name=args.model if path.parent.name == "seq2seq" else None)
    run = model.run(args.prompt, max_len=min(args.tokens, 1000))
    print(
        f"{model.name}: encoder read {run.encoder.trace.steps} steps, decoder wrote "
        f"{len(run.answer)} (greedy)",
        file=sys.stderr,
    )
    return run.answer


def run(args: argparse.Namespace) -> int:
    from gate_explorer import load_model
    from gate_explorer.engine.generate import Sampling, check_can_generate, write

    if not 0 < args.tokens <= MAX_TOKENS:
        raise GateExplorerError(f"--tokens must be between 1 and {MAX_TOKENS:,}, got {args.tokens}")
    sampling = Sampling(args.temperature, args.top_k, args.seed)
    if (answer := _seq2seq_answer(args)) is not None:
        sys.stdout.write(answer + "\n")
        return 0
    model = load_model(args.model, args.vocab)
    for notice in model.notices:
        print(notice, file=sys.stderr)
    check_can_generate(model)
    run_ = model.run_text(args.prompt)
    if not run_.tokens:
        raise GateExplorerError("--prompt holds no token: generation continues a text")
    start = time.perf_counter()
    pieces = [w.text for w in itertools.islice(write(model, run_.trace, sampling), args.tokens)]
    seconds = time.perf_counter() - start
    new = model.tokenizer.join(pieces)
    if args.only_new:
        text = new
    else:
        sep = "" if model.tokenizer.per_char else " "
        text = args.prompt + sep + new
    sys.stdout.write(text.encode("utf-8", "replace").decode("utf-8") + "\n")
    print(
        f"wrote {len(pieces)} tokens in {seconds:.2f} s ({len(pieces) / max(seconds, 1e-9):,.0f}"
        f" tokens/s; temperature {sampling.temperature:g}, top-k {sampling.top_k or 'all'}, "
        f"seed {sampling.seed})",
        file=sys.stderr,
    )
    return 0
