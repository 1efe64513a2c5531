"""The model to start with under a UI language, and when to offer korean-lstm (Qt-free)."""

import pytest

from gate_explorer.engine.tokenize import Tokenizer, ascii_vocab
from gate_explorer.workspace import models
from gate_explorer.workspace.models import (
    ModelRef,
    default_ref,
    language_code,
    language_offer,
    preferred_name,
)

NAMES = ["korean-lstm", "memory-rnn", "quotes-gru", "quotes-lstm"]


@pytest.mark.parametrize(
    ("locale", "code"),
    [("ko", "ko"), ("ko_KR", "ko"), ("ko-KR", "ko"), ("ko_KR.UTF-8", "ko"), ("KO", "ko"),
     ("en_US", "en"), ("C", "c"), ("", "")],
)  # fmt: skip
def test_language_code(locale, code):
    assert language_code(locale) == code


def test_korean_starts_on_korean_lstm_and_others_on_quotes_lstm():
    assert preferred_name("ko_KR") == "korean-lstm"
    assert preferred_name("ko") == "korean-lstm"
    for other in ("en_US", "de_DE", "ja_JP", "C", ""):
        assert preferred_name(other) == "quotes-lstm"


def test_default_ref_follows_the_language(monkeypatch):
    from gate_explorer import zoo

    monkeypatch.setattr(zoo, "names", lambda: list(NAMES))
    assert default_ref("ko_KR") == ModelRef("bundled", name="korean-lstm")
    assert default_ref("en_GB") == ModelRef("bundled", name="quotes-lstm")
    assert default_ref() == ModelRef("bundled", name="quotes-lstm")
    monkeypatch.setattr(zoo, "names", lambda: ["memory-rnn", "quotes-lstm"])
    assert default_ref("ko_KR") == ModelRef("bundled", name="quotes-lstm")  # not bundled
    monkeypatch.setattr(zoo, "names", lambda: [])
    assert default_ref("ko_KR").source == "random"


ASCII = Tokenizer("ascii", ascii_vocab())


def test_hangul_unknown_to_the_model_is_offered_korean_lstm():
    tokens = ASCII.tokenize("GIMP 필터를 써서 효과를 얻습니다.")
    offer = language_offer("quotes-lstm", tokens, NAMES)
    assert offer is not None
    assert offer.name == "korean-lstm"
    assert offer.hangul == 12
    assert offer.unknown == 12


def test_no_offer_without_hangul_or_when_the_model_knows_it():
    assert language_offer("quotes-lstm", ASCII.tokenize("plain English text"), NAMES) is None
    assert language_offer("quotes-lstm", ASCII.tokenize("one 가 syllable"), NAMES) is None
    korean = Tokenizer("char", ("<unk>", " ", "필", "터", "를"))
    assert language_offer("my-model", korean.tokenize("필터를 필터를"), NAMES) is None
    mixed = Tokenizer("char", ("<unk>", " ", "필", "터"))  # 4 of 6 known: no offer
    assert language_offer("my-model", mixed.tokenize("필터를 필터를"), NAMES) is None
    tokens = ASCII.tokenize("필터를 써서")
    assert language_offer("korean-lstm", tokens, NAMES) is None  # already open
    assert language_offer("quotes-lstm", tokens, ["quotes-lstm"]) is None  # not bundled


def test_word_tokens_with_hangul_count_once():
    words = Tokenizer("word", ("<unk>", "the"))
    offer = language_offer("sentiment-gru", words.tokenize("the 영화가 정말 좋았다"), NAMES)
    assert offer is not None
    assert (offer.hangul, offer.unknown) == (3, 3)


def test_jamo_typed_alone_count_as_hangul():
    assert models.is_hangul("ㄱ")
    assert models.is_hangul("\u1100")
    assert models.is_hangul("한")
    assert not models.is_hangul("a")
    assert not models.is_hangul("漢")


def test_only_the_start_of_a_long_text_is_looked_at():
    english = ASCII.tokenize("x" * models.OFFER_SAMPLE)
    assert language_offer("quotes-lstm", english + ASCII.tokenize("한국어 문장"), NAMES) is None
    korean = ASCII.tokenize("한국어 문장 " * 500)
    assert language_offer("quotes-lstm", korean, NAMES) is not None
