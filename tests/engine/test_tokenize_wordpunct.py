"""The ``wordpunct`` tokenizer: words as a reader sees them, punctuation split off."""

import pytest

from gate_explorer.engine.tokenize import UNK, Tokenizer, fold
from gate_explorer.io.bundle import load_bundle, save_bundle

VOCAB = (UNK, "i", "loved", "this", "film", ",", "!", "the", "was", "did", "n't", "do", "'s")


def pieces(text, vocab=VOCAB):
    return [t.text for t in Tokenizer("wordpunct", vocab).tokenize(text)]


def test_punctuation_is_split_off_words():
    assert pieces("I loved this film, the acting was wonderful!") == [
        "I", "loved", "this", "film", ",", "the", "acting", "was", "wonderful", "!"
    ]  # fmt: skip
    assert pieces('"Great"... (really)?!') == [
        '"', "Great", '"', ".", ".", ".", "(", "really", ")", "?", "!"
    ]  # fmt: skip
    assert pieces("well-made, 10/10") == ["well", "-", "made", ",", "10", "/", "10"]


def test_clitics_split_from_their_word():
    assert pieces("I didn't like it") == ["I", "did", "n't", "like", "it"]
    assert pieces("Don’t") == ["Do", "n’t"]  # typographic apostrophe
    assert pieces("it's the film's end") == ["it", "'s", "the", "film", "'s", "end"]
    assert pieces("'quoted'") == ["'", "quoted", "'"]  # a quote mark is not a clitic


def test_lookup_is_lower_cased_and_folded_but_tokens_keep_what_was_typed():
    tok = Tokenizer("wordpunct", VOCAB)
    got = tok.tokenize("I LOVED This FILM! Didn’t")
    assert [t.text for t in got] == ["I", "LOVED", "This", "FILM", "!", "Did", "n’t"]
    assert all(t.known for t in got)
    assert [t.id for t in got[:4]] == [VOCAB.index(w) for w in ("i", "loved", "this", "film")]
    assert fold("Café’s “x”") == 'cafe\'s "x"'


def test_spans_point_into_the_text_and_unknowns_are_marked():
    text = "  The plot, sadly — wasn't there."
    tok = Tokenizer("wordpunct", VOCAB)
    got = tok.tokenize(text)
    assert all(text[t.start : t.end] == t.text for t in got)
    unknown = [t.text for t in got if not t.known]
    assert unknown == ["plot", "sadly", "—", "there", "."]  # '—' folds to '-', not in VOCAB
    assert all(t.id == 0 for t in got if not t.known)  # <unk>
    assert "".join(t.text for t in got) == "".join(text.split())


def test_word_tokenizer_is_unchanged():
    """The old kind still splits on whitespace only and looks up as written."""
    tok = Tokenizer("word", ("film,", "I"))
    got = tok.tokenize("I loved film, i")
    assert [t.text for t in got] == ["I", "loved", "film,", "i"]
    assert [t.known for t in got] == [True, False, True, False]


@pytest.mark.parametrize("kind", ["wordpunct"])
def test_kind_round_trips_through_a_bundle(tmp_path, kind, tiny_wordpunct_model):
    path = save_bundle(tiny_wordpunct_model, tmp_path / "m.npz")
    back = load_bundle(path)
    assert back.tokenizer.kind == kind
    assert [t.id for t in back.tokenizer.tokenize("I LOVED it!")] == [1, 2, 0, 6]


@pytest.fixture
def tiny_wordpunct_model():
    import numpy as np

    from gate_explorer.training.trainable import Trainable

    return Trainable.create(
        kind="gru",
        tokenizer=Tokenizer("wordpunct", VOCAB),
        head_kind="classify",
        labels=("negative", "positive"),
        hidden=4,
        layers=1,
        embedding="table",
        embed_dim=3,
        rng=np.random.default_rng(0),
    ).to_model("tiny")


def test_visible_whitespace_one_character_for_one():
    from gate_explorer.engine.tokenize import visible_whitespace

    assert visible_whitespace("a b\n\tc") == "a b↵⇥c"  # spaces stay, for running text
    assert visible_whitespace("a b\n", spaces=True) == "a␣b↵"  # labels show them too
    assert visible_whitespace("") == ""
