"""korean-lstm: one step per syllable, <unk> for the rest, and its card on held-out text.

The held-out slice ``data/korean_heldout.txt`` is whole paragraphs of the Debian FAQ in
Korean (debian-faq-ko, GPL-2+; never trained on), kept here so the test does not depend on
the corpus files: ``korean.heldout_slice()`` wrote it (the test checks it still does).
"""

from pathlib import Path

import numpy as np
import pytest

from gate_explorer import load_model
from gate_explorer.bundled import resource
from gate_explorer.training.corpora.korean import HELD_OUT, TRAIN, is_hangul
from gate_explorer.training.tasks import get_task
from gate_explorer.training.tasks import korean as task_module

SLICE = Path(__file__).resolve().parent / "data" / "korean_heldout.txt"
# A 2,000-character slice gives a noisier figure than the whole text: over the FAQ's
# slices, bits per character stray from the whole text's by up to the card's
# metrics.slice_spread. The card also records this slice's own figure (metrics.slice),
# which the model must reproduce to 0.005 bits.
MARGIN = 0.005


@pytest.fixture(scope="module")
def model():
    return load_model("korean-lstm")


def test_the_slice_is_the_held_out_text_it_says():
    piece = task_module.heldout_slice()
    assert SLICE.read_text(encoding="utf-8") == piece
    assert 1_500 <= len(piece) <= task_module.SLICE_CHARS
    assert piece in task_module.corpus("debian-faq-ko")
    assert "debian-faq-ko" in HELD_OUT
    assert "debian-faq-ko" not in TRAIN


def test_held_out_text_is_not_training_text():
    train = set(task_module.corpus("train").split("\n"))
    for name in HELD_OUT:
        paras = [p for p in task_module.corpus(name).split("\n") if len(p) >= 40]
        shared = [p for p in paras if p in train]
        assert len(shared) <= 0.01 * len(paras), (name, shared[:3])


def test_meets_its_card_on_the_held_out_slice(model):
    metrics = model.card["metrics"]
    got = task_module.bits_per_char(model, SLICE.read_text(encoding="utf-8"))
    assert metrics["slice"]["source"] == "debian-faq-ko"
    assert metrics["slice"]["chars"] == len(SLICE.read_text(encoding="utf-8"))
    assert abs(got - metrics["slice"]["bits_per_char"]) <= MARGIN
    figure = metrics["bits_per_char"]["debian-faq-ko"]
    assert abs(got - figure) <= metrics["slice_spread"]["debian-faq-ko"]
    # context is worth bits: far better than the training text's character frequencies
    assert got < metrics["unigram_bits_per_char"]["debian-faq-ko"] - 1.5
    assert figure < metrics["unigram_bits_per_char"]["debian-faq-ko"] - 1.5


def test_the_card_units_hold_on_the_faq(model):
    """Every unit the heatmaps star has its stated r on the Debian FAQ slice's parent text
    (the figure is re-measured, not read back)."""
    card = model.card
    limit = card["star_threshold"]
    text = task_module.corpus("debian-faq-ko")[:12_000]
    for unit in card["units"]:
        if abs(unit["r"]) < limit:
            continue
        r = task_module.unit_r(model, text, unit)
        assert abs(r) >= limit - 0.1, (unit, r)
        assert np.sign(r) == np.sign(unit["r"]), (unit, r)


def test_one_typed_syllable_is_one_step(model):
    tok = model.tokenizer
    text = "데비안은 자유 운영체제입니다."
    tokens = tok.tokenize(text)
    assert [t.text for t in tokens] == list(text)
    assert all(t.known for t in tokens)
    run = model.run_text(text)
    assert run.trace.steps == len(text)
    longer = model.run_text(text + "다")  # one more syllable typed: one more step
    assert longer.trace.steps == len(text) + 1
    assert np.allclose(longer.trace.output[: len(text)], run.trace.output)


def test_unknown_syllables_are_unk_and_counted(model):
    tok = model.tokenizer
    rare = [ch for ch in "뷁됬쀍똠햏" if ch not in tok.vocab]
    assert len(rare) >= 3
    text = "가나다 " + "".join(rare) + " 漢字"
    tokens = tok.tokenize(text)
    assert len(tokens) == len(text)
    unknown = [t for t in tokens if not t.known]
    assert [t.text for t in unknown] == [*rare, "漢", "字"]
    assert all(t.id == tok.vocab.index("<unk>") for t in unknown)
    score = task_module.score_text(model, text)
    assert score.unknown == len(rare) + 2
    assert score.tokens == len(text)


def test_vocabulary_is_ascii_newline_and_frequent_syllables(model):
    vocab = model.tokenizer.vocab
    assert vocab == task_module.vocabulary()
    assert all(chr(c) in vocab for c in range(0x20, 0x7F))
    assert "\n" in vocab
    syllables = [ch for ch in vocab if is_hangul(ch)]
    assert len(vocab) == 1 + 96 + len(syllables)
    assert 500 <= len(syllables) <= 2_000


def test_bundle_is_small_and_its_card_names_sources_and_licences(model):
    path = resource("models", "korean-lstm.npz")
    assert path.stat().st_size < 3_000_000
    card = model.card
    for name, licence in task_module.LICENCES.items():
        assert name in card["data"]
        assert licence in card["data"]
    assert "debian-faq-ko" in card["metrics"]["held_out"]
    share = card["metrics"]["unknown_share"]
    assert 0 < share["debian-faq-ko"] < 0.05
    assert 0 < share["gimp-help-ko"] < 0.05
    assert sum(is_hangul(ch) for ch in card["example"]) > 100
    assert all(t.known for t in model.tokenizer.tokenize(card["example"]))


def test_the_bundled_zoo_starts_korean_on_korean_lstm():
    from gate_explorer.workspace.models import ModelRef, default_ref

    assert default_ref("ko_KR") == ModelRef("bundled", name="korean-lstm")
    assert default_ref("en_US") == ModelRef("bundled", name="quotes-lstm")


def test_task_batches_depend_on_the_step_alone():
    task = get_task("korean-lstm")
    s = task.settings.but(batch=4, seq_len=10)
    a = task.batches(s, np.random.default_rng(1))
    b = task.batches(s, np.random.default_rng(1))
    later = a(7)
    for step in range(7):
        b(step)
    assert np.array_equal(b(7).inputs, later.inputs)
    assert np.array_equal(a(3).targets[:-1], a(3).inputs[1:])
    assert later.inputs.shape == (10, 4)


def test_the_model_table_line_of_a_korean_card():
    from gate_explorer import zoo

    card = {
        "metrics": {
            "bits_per_char": {"gimp-help-ko": 3.1234, "debian-faq-ko": 3.5},
            "unknown_share": {"gimp-help-ko": 0.0111, "debian-faq-ko": 0.0164},
        },
        "units": [
            {"preset": "start of a word", "layer": 0, "name": "o", "unit": 7, "r": 0.81},
            {"preset": "inside quotes", "layer": 0, "name": "c", "unit": 3, "r": -0.2},
        ],
        "star_threshold": 0.5,
    }
    assert zoo.result_of(card) == (
        "3.12 bits/char on gimp-help-ko, 3.50 bits/char on debian-faq-ko; unknown (`<unk>`) "
        "1.1% on gimp-help-ko, 1.6% on debian-faq-ko; start of a word: layer 1 `o[7]`, "
        "r = +0.81"
    )
