"""Every bundled model loads by name, runs a long text, and meets its card on fresh data.

Load and run times are measured by ``benchmarks/bench_zoo.py`` (not here: timings in unit
tests fail on a busy machine).

Fresh data = generated here with a seed the training and the card never used; eval sets
are kept small so the whole file runs in seconds.
"""

import numpy as np
import pytest

from gate_explorer import load_model
from gate_explorer.bundled import resource
from gate_explorer.training.tasks import NAMES, get_task

SEED = 31337


@pytest.fixture(scope="module", params=NAMES)
def bundled(request):
    return request.param, load_model(request.param)


def test_loads_and_runs_1000_tokens(bundled):
    name, model = bundled
    path = resource("models", f"{name}.npz")
    text = resource("examples", f"{name}.txt").read_text(encoding="utf-8")
    pieces = model.tokenizer.spans(text)
    assert pieces, "the example text is empty"
    # repeat the example up to 1000 tokens
    sep = "" if model.tokenizer.kind == "char" else " "
    long = sep.join([text.strip()] * (1000 // len(pieces) + 1))
    tokens = model.tokenizer.tokenize(long)[:1000]
    long = long[: tokens[-1].end]
    run = model.run_text(long)
    assert len(run.tokens) == 1000
    assert np.isfinite(run.trace.output).all()
    assert path.stat().st_size < 4_000_000
    assert all(t.known for t in model.tokenizer.tokenize(text))


def test_card_describes_the_run(bundled):
    name, model = bundled
    card = model.card
    assert card["task"] == name
    for key in ("summary", "data", "sizes", "training", "metrics", "training_curve"):
        assert card[key], key
    assert card["training"]["seed"] == 0
    assert card["training"]["steps"] == card["training"]["planned_steps"]
    assert model.trained


def test_meets_its_card_on_fresh_data(bundled):
    name, model = bundled
    task = get_task(name)
    card = model.card["metrics"]
    got = task.evaluate(model, np.random.default_rng(SEED), size=_small(name))
    if name.startswith("memory-"):
        acc = got["accuracy_by_delay"]
        if name != "memory-rnn":
            assert min(acc.values()) >= 0.95, acc
        # 100 delays: compare the means (one delay's 100 samples vary by +-0.04 for the RNN)
        mean = np.mean([acc[n] for n in card["accuracy_by_delay"]])
        assert abs(mean - np.mean(list(card["accuracy_by_delay"].values()))) <= 0.05
        grads = model.card["grad_norm_first_step"]
        assert all(np.isfinite(v) for v in grads.values())
    elif name == "sentiment-gru":  # the card's held-out reviews: the same file, same figure
        assert got["accuracy"] == card["accuracy"]
        assert got["unknown_word_tokens"] == card["unknown_word_tokens"]
    elif name == "agreement-lstm":
        acc = got["pronoun_accuracy_by_distance"]
        for k, a in card["pronoun_accuracy_by_distance"].items():
            assert acc[k] >= a - 0.07, (k, acc[k], a)
    elif name == "sine-lstm":
        assert got["mse"] < 0.5 * got["naive_last_value_mse"]
        assert got["mse"] < 1.25 * card["mse"]
    elif name == "korean-lstm":  # the first 4,000 characters of each held-out text
        for source, figure in card["bits_per_char"].items():
            assert got["bits_per_char"][source] < figure + 0.5, (source, got, figure)
        assert got["unknown_share"]["debian-faq-ko"] < 0.05
    elif name.startswith("quotes-"):
        assert got["bits_per_char"]["alice"] < card["bits_per_char"]["alice"] + 0.25
        unit = model.card["quote_unit"]
        r = _unit_r(model, unit, np.random.default_rng(SEED))
        assert abs(r) >= min(0.8, abs(unit["r"])) - 0.1, (r, unit)


def _small(name):
    return {"sentiment-gru": 400, "agreement-lstm": 100, "sine-lstm": 200, "korean-lstm": 4000}.get(
        name, 6000 if name.startswith("quotes-") else 100
    )


def _unit_r(model, unit, rng):
    """r of the card's quote unit (not merely the best unit) on held-out prose (Alice)."""
    from gate_explorer.analysis.unit_finder import inside_quotes
    from gate_explorer.training.corpora import prose
    from gate_explorer.training.tasks.quotes import unit_r

    start = int(rng.integers(0, len(prose.held_out_paragraphs()) - 80))
    text = prose.held_out_text(6000, start)
    return unit_r(model.run_text(text), unit, inside_quotes(text))
