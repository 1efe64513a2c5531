"""Generation: one network step per written token, deterministic for a seed."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from gate_explorer.cli import main
from gate_explorer.engine.embedding import Embedding
from gate_explorer.engine.generate import Sampling, extend, sampling_probs, write
from gate_explorer.engine.model import Head, Model
from gate_explorer.engine.net import RecurrentNet
from gate_explorer.engine.tokenize import Tokenizer
from gate_explorer.errors import GateExplorerError

VOCAB = ("<unk>", *"abcdefgh ")


def char_lm(kind: str = "lstm", seed: int = 0, bidirectional: bool = False) -> Model:
    rng = np.random.default_rng(seed)
    net = RecurrentNet.random(kind, 6, 8, num_layers=2, rng=seed, bidirectional=bidirectional)
    out = net.config.output_size * net.config.num_directions
    head = Head(
        "next-token", rng.normal(0, 2, (len(VOCAB), out)), rng.normal(0, 1, len(VOCAB)), VOCAB
    )
    emb = Embedding(len(VOCAB), rng.normal(0, 1, (len(VOCAB), 6)).astype(np.float32))
    return Model("tiny", net, Tokenizer("char", VOCAB), emb, head)


def take(model: Model, prompt: str, n: int, sampling: Sampling):
    run = model.run_text(prompt)
    return list(itertools.islice(write(model, run.trace, sampling), n))


@pytest.mark.parametrize("kind", ["lstm", "gru", "rnn_tanh"])
def test_same_seed_same_text_and_other_seed_other_text(kind: str) -> None:
    model = char_lm(kind)
    a = [w.text for w in take(model, "abc", 60, Sampling(1.0, 0, 7))]
    b = [w.text for w in take(model, "abc", 60, Sampling(1.0, 0, 7))]
    c = [w.text for w in take(model, "abc", 60, Sampling(1.0, 0, 8))]
    assert a == b
    assert a != c
    assert "<unk>" not in a + c


def test_incremental_steps_equal_a_run_of_the_whole_text() -> None:
    model = char_lm("lstm")
    prompt = "abc d"
    run = model.run_text(prompt)
    written = take(model, prompt, 25, Sampling(0.9, 0, 3))
    trace = run.trace
    for w in written:
        trace = extend(trace, w.trace)
    whole = model.run_text(prompt + "".join(w.text for w in written)).trace
    assert trace.steps == whole.steps == len(prompt) + 25
    for name in ("i", "f", "g", "o", "c", "h"):
        for layer in range(2):
            np.testing.assert_allclose(
                trace.values(name, layer), whole.values(name, layer), rtol=1e-5, atol=1e-6
            )
    np.testing.assert_allclose(trace.h_n, whole.h_n, rtol=1e-5, atol=1e-6)
    # and each token's distribution is the model's own answer at the step before it
    probs = model.read_out("", [], whole).probs
    assert probs is not None
    banned = np.array([t == "<unk>" for t in VOCAB])
    for k, w in enumerate(written):
        logits = model.head.logits(whole.output[len(prompt) - 1 + k][None])[0]
        np.testing.assert_allclose(
            w.probs, sampling_probs(logits, Sampling(0.9), banned), rtol=1e-4, atol=1e-7
        )


def test_top_k_one_is_greedy_and_top_k_limits_the_support() -> None:
    model = char_lm("gru", seed=2)
    greedy = take(model, "ab", 20, Sampling(1.0, 1, 0))
    other_seed = take(model, "ab", 20, Sampling(1.0, 1, 99))
    assert [w.id for w in greedy] == [w.id for w in other_seed]
    for w in greedy:
        assert np.count_nonzero(w.probs) == 1
        assert w.probs[w.id] == 1.0
    for w in take(model, "ab", 20, Sampling(2.0, 3, 5)):
        assert np.count_nonzero(w.probs) == 3
        assert w.probs[w.id] > 0
        assert w.probs.sum() == pytest.approx(1.0)


def test_temperature_sharpens_the_distribution() -> None:
    logits = np.array([0.0, 1.0, 2.0, 3.0])
    none = np.zeros(4, dtype=bool)
    cold = sampling_probs(logits, Sampling(0.25), none)
    warm = sampling_probs(logits, Sampling(4.0), none)
    assert cold[3] > 0.98 > warm[3]
    assert warm.max() - warm.min() < 0.4


@pytest.mark.parametrize(
    ("sampling", "message"),
    [
        (dict(temperature=0.0), "temperature"),
        (dict(temperature=float("nan")), "temperature"),
        (dict(temperature=-1.0), "temperature"),
        (dict(top_k=-2), "top-k"),
    ],
)
def test_bad_settings_are_refused(sampling: dict, message: str) -> None:
    with pytest.raises(GateExplorerError, match=message):
        Sampling(**sampling)


def test_models_that_cannot_write_are_refused() -> None:
    bi = char_lm("lstm", bidirectional=True)
    with pytest.raises(GateExplorerError, match="bidirectional"):
        take(bi, "ab", 1, Sampling())
    model = char_lm()
    classifier = Model(
        "c",
        model.net,
        model.tokenizer,
        model.embedding,
        Head("classify", model.head.weight[:2], model.head.bias[:2], ("n", "p")),
    )
    with pytest.raises(GateExplorerError, match="next-token head"):
        take(classifier, "ab", 1, Sampling())


def test_cli_generate_prints_the_prompt_and_its_continuation(capsys) -> None:
    args = [
        "generate",
        "--model",
        "quotes-lstm",
        "--prompt",
        "He said",
        "--tokens",
        "50",
        "--temperature",
        "0.8",
        "--seed",
        "1",
    ]
    assert main(args) == 0
    first = capsys.readouterr()
    assert first.out.startswith("He said")
    assert len(first.out.rstrip("\n")) == len("He said") + 50
    assert "tokens/s" in first.err
    assert main(args) == 0
    assert capsys.readouterr().out == first.out


@pytest.mark.parametrize("extra", [["--tokens", "0"], ["--temperature", "nan"], ["--top-k", "-1"]])
def test_cli_generate_bad_options_exit_2(extra: list[str], capsys) -> None:
    assert main(["generate", "--model", "quotes-lstm", "--prompt", "a", *extra]) == 2
    err = capsys.readouterr().err
    assert err.startswith("gate-explorer: error:")
    assert "Traceback" not in err


def test_cli_generate_refuses_a_classifier(capsys) -> None:
    assert main(["generate", "--model", "memory-lstm", "--prompt", "a . ?"]) == 2
    assert "next-token head" in capsys.readouterr().err


def test_truncate_keeps_the_state_after_the_last_step_kept() -> None:
    from gate_explorer.engine.generate import truncate

    model = char_lm("lstm")
    full = model.run_text("abcdefgh").trace
    cut = truncate(full, 5)
    short = model.run_text("abcde").trace
    assert cut.steps == 5
    np.testing.assert_allclose(cut.h_n, short.h_n, rtol=1e-6)
    np.testing.assert_allclose(cut.c_n, short.c_n, rtol=1e-6)
    np.testing.assert_array_equal(cut.values("f", 1), full.values("f", 1)[:5])
    with pytest.raises(GateExplorerError, match="cannot keep"):
        truncate(full, 0)


def test_extend_and_truncate_keep_the_cell_variant() -> None:
    from gate_explorer.engine.generate import truncate

    net = RecurrentNet.random(
        "gru", 6, 8, rng=1, reset_after=False, gate_activation="hard_sigmoid_keras2"
    )
    base = char_lm("gru")
    model = Model(
        "v",
        net,
        base.tokenizer,
        base.embedding,
        Head("next-token", base.head.weight[:, :8], base.head.bias, VOCAB),
    )
    run = model.run_text("abcabc")
    cut = truncate(run.trace, 4)
    written = take(model, "abca", 3, Sampling(1.0, 0, 2))
    joined = extend(cut, *(w.trace for w in written))
    for t in (cut, joined):
        assert t.gate_activation == "hard_sigmoid_keras2"
        assert t.reset_after is False
    assert joined.steps == 7
    np.testing.assert_array_equal(joined.values("z")[:4], run.trace.values("z")[:4])
