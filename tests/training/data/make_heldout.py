"""Write the small held-out slices the bundled-model tests read (run once; committed).

    python tests/training/data/make_heldout.py

Seed 424242, used by no training run and no card: memory sequences at delays 51..100
(training drew 1..50), agreement sentences at 35..60 distractor words (training 0..30),
sine series of 300 steps (training 100) and with periods 40..80 (training 8..40).
"""

from pathlib import Path

import numpy as np

from gate_explorer.training.tasks import agreement, memory, sine

HERE = Path(__file__).resolve().parent
SEED = 424242


def main() -> None:
    rng = np.random.default_rng(SEED)
    lines = []
    labels = memory.answers()
    for n in range(51, 101):
        b = memory.make_batch(rng, np.full(2, n))
        for col in range(2):
            ids = b.inputs[: n + memory.KEEP + 1, col]
            text = " ".join(memory.VOCAB[i] for i in ids)
            lines.append(f"{labels[b.targets[n + memory.KEEP, col]]}\t{text}")
    (HERE / "memory_heldout.tsv").write_text("\n".join(lines) + "\n")

    lines = []
    for k in range(35, 61):
        for _ in range(4):
            words, p = agreement.sentence(rng, k)
            lines.append(f"{words[p]}\t{' '.join(words[:p])}")
    (HERE / "agreement_heldout.tsv").write_text("\n".join(lines) + "\n")

    long = sine.series(rng, 16, sine.LONG + 1)
    slow = sine.series(rng, 16, sine.LENGTH + 1, sine.SLOW)
    for name, v in (("sine_long.txt", long), ("sine_slow.txt", slow)):
        rows = [" ".join(f"{x:.3f}" for x in v[:, b]) for b in range(v.shape[1])]
        (HERE / name).write_text("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
