"""The character models and their text: ASCII tokenizer, prose corpus, cards on held-out prose.

Held-out slice: ``data/alice_mad_tea_party.txt`` (Carroll, chapter VII; another author than
the Austen the models learned from) and the project's own story (``corpora/story.txt``).
"""

import gzip
import struct
from pathlib import Path

import numpy as np
import pytest

from gate_explorer import load_model
from gate_explorer.analysis.unit_finder import PRESETS, inside_quotes
from gate_explorer.engine.tokenize import UNK, Tokenizer, ascii_vocab, fold_ascii
from gate_explorer.training.corpora import prose
from gate_explorer.training.tasks.quotes import bits_per_char, unit_r

SLICE = Path(__file__).parent / "data" / "alice_mad_tea_party.txt"
CHAR_MODELS = ("quotes-lstm", "quotes-gru")
PRINTABLE = [chr(c) for c in range(0x20, 0x7F)] + ["\n"]


@pytest.fixture(scope="module", params=CHAR_MODELS)
def char_model(request):
    return load_model(request.param)


# ------------------------------------------------------------------------- tokenizer
def test_vocabulary_is_printable_ascii_newline_and_unk():
    vocab = ascii_vocab()
    assert vocab[0] == UNK
    assert sorted(vocab[1:]) == sorted(PRINTABLE)
    assert len(vocab) == 97


def test_typographic_characters_map_one_to_one_and_chips_keep_them():
    tok = Tokenizer("ascii", ascii_vocab())
    text = (
        "\u201cNo\u2014never\u2026\u201d she said, \u2018caf\u00e9\u2019 "
        "\u201eja\u201c \u00abnon\u00bb"
    )
    tokens = tok.tokenize(text)
    assert len(tokens) == len(text)  # one typed character, one step
    assert [t.text for t in tokens] == list(text)  # the chip shows what was typed
    assert [(t.start, t.end) for t in tokens] == [(i, i + 1) for i in range(len(text))]
    seen = "".join(tok.vocab[t.id] for t in tokens)
    assert seen == '"No-never." she said, \'cafe\' "ja" "non"'
    assert all(t.known for t in tokens)


@pytest.mark.parametrize(
    ("ch", "ascii"),
    [
        ("\u201c", '"'), ("\u201d", '"'), ("\u201e", '"'), ("\u2018", "'"), ("\u2019", "'"),
        ("\u2014", "-"), ("\u2013", "-"), ("\u2026", "."), ("\u00e9", "e"), ("\u00c7", "C"),
        ("\u00f1", "n"), ("\u00fc", "u"), ("\u00df", "s"), ("\u00a0", " "), ("\t", " "),
        ("\r", "\n"), ("a", "a"), ('"', '"'),
    ],
)  # fmt: skip
def test_fold_ascii(ch, ascii):
    assert fold_ascii(ch) == ascii


def test_characters_with_no_ascii_counterpart_stay_unknown():
    tok = Tokenizer("ascii", ascii_vocab())
    tokens = tok.tokenize("a\U0001f600\u4e2d\ufb01b")  # emoji, a CJK letter, the fi ligature
    assert [t.known for t in tokens] == [True, False, False, False, True]
    assert tokens[1].id == tok.unk_id
    assert Tokenizer("char", ("a", "\u201c")).tokenize("\u201c")[0].known  # char kind unchanged
    assert not Tokenizer("char", ("a", '"')).tokenize("\u201c")[0].known


def test_no_printable_ascii_character_is_unknown_to_the_char_models(char_model):
    assert char_model.tokenizer.kind == "ascii"
    tokens = char_model.tokenizer.tokenize("".join(PRINTABLE))
    assert [t.text for t in tokens if not t.known] == []
    assert len({t.id for t in tokens}) == len(PRINTABLE)


# --------------------------------------------------------------------------- corpus
def test_backquoted_speech_becomes_double_quotes_and_apostrophes_stay():
    raw = "`I'm late!' said the Rabbit, `don't wait.'  `Oh dear,'\nshe said."
    assert prose.double_quotes_from_backquotes(raw) == (
        '"I\'m late!" said the Rabbit, "don\'t wait."  "Oh dear,"\nshe said.'
    )


def test_converted_quotes_keep_one_parity_across_paragraphs():
    raw = "`A song,\n\n`with two verses.'\n\n`Read \"this\" out,\n\nand this too!'  Alice said.\n"
    got = prose.double_quotes_from_backquotes(raw)
    # a verse reopened in the next paragraph is closed first; inner quotes become single;
    # a quotation left open at a paragraph's end stays open into the next one
    assert got == (
        '"A song,"\n\n"with two verses."\n\n"Read \'this\' out,\n\nand this too!"  Alice said.\n'
    )
    q = inside_quotes(got)
    assert q[got.index("and this")] == 1
    assert q[got.index("Alice said")] == 0
    alice = "\n\n".join(prose.held_out_paragraphs())
    assert alice.count('"') % 2 == 0
    assert inside_quotes(alice)[-1] == 0


def test_paragraphs_join_wrapped_lines_and_wrap_splits_them():
    lines = ["  It was a", "dark night.", "", "", '"Who is', 'there?"', ""]
    paras = prose.paragraphs_of_lines(lines)
    assert paras == ["It was a dark night.", '"Who is there?"']
    wrapped = prose.wrap("one two three four five six", 9)
    assert wrapped == "one two\nthree\nfour five\nsix"
    assert wrapped.replace("\n", " ") == "one two three four five six"


def _xdr_named_strings(name: str, values: list[str]) -> bytes:
    """R's XDR serialisation of ``list(name = c(values...))``, written out by hand."""

    def i(v):
        return struct.pack(">i", v)

    def chars(s):
        b = s.encode()
        return i(9 | (1 << 15)) + i(len(b)) + b  # CHARSXP, UTF-8 flag

    strs = i(16) + i(len(values)) + b"".join(chars(v) for v in values)
    names = i(2 | (1 << 10)) + i(1) + chars("names") + i(16) + i(1) + chars(name) + i(254)
    return b"X\n" + i(2) + i(0x040200) + i(0x020300) + i(19 | (1 << 9)) + i(1) + strs + names


def test_r_reader_reads_a_named_list_of_character_vectors():
    data = _xdr_named_strings("emma", ["EMMA", "", 'said Emma, "No."', "caf\u00e9"])
    assert prose._RReader(data).obj() == {"emma": ["EMMA", "", 'said Emma, "No."', "caf\u00e9"]}
    with pytest.raises(ValueError, match="not an XDR"):
        prose._RReader(b"RDX2\n")


def test_shipped_corpora_are_ascii_paragraphs_of_the_named_sources():
    austen = prose.training_paragraphs()
    alice = prose.held_out_paragraphs()
    assert sum(map(len, austen)) > 3_900_000  # the six novels
    assert austen[0].startswith("SENSE AND SENSIBILITY")
    assert any(p.startswith("It is a truth universally acknowledged") for p in austen)
    assert alice[0].startswith("ALICE'S ADVENTURES IN WONDERLAND")
    for paras in (austen, alice):
        text = "\n".join(paras)
        assert all(c == "\n" or " " <= c <= "~" for c in text)
        assert "`" not in text
        assert "_" not in text
    text = gzip.decompress(prose.ALICE.read_bytes()).decode("ascii")
    assert text.count('"') > 2000  # the dialogue survived the conversion
    assert SLICE.read_text() == prose.held_out_text(5000, 321)  # the slice is Alice's
    assert not {p for p in set(alice) & set(austen) if len(p) > 30}  # only "THE END" and such


def test_render_is_deterministic_and_keeps_every_word():
    paras = prose.training_paragraphs()[1000:1040]
    a = prose.render(paras, np.random.default_rng(3))
    assert a == prose.render(paras, np.random.default_rng(3))
    assert a.split() == " ".join(paras).split()
    assert "\n\n" in a


# -------------------------------------------------------------------- cards hold
def _slices():
    return {"alice chapter VII": SLICE.read_text(), "story": prose.story()}


def test_char_model_meets_its_card_on_the_held_out_slice(char_model):
    card = char_model.card
    assert "Austen" in card["data"]
    assert "Alice" in card["data"]
    unit = card["quote_unit"]
    for label, text in _slices().items():
        run = char_model.run_text(text)
        assert bits_per_char(run) < card["metrics"]["bits_per_char"]["alice"] + 0.35, label
        r = unit_r(run, unit, inside_quotes(text))
        assert abs(r) >= abs(unit["r"]) - 0.12, (label, r, unit)
        assert np.sign(r) == np.sign(unit["r"])


def test_quotes_lstm_quote_unit_reaches_the_target_on_held_out_prose():
    model = load_model("quotes-lstm")
    unit = model.card["quote_unit"]
    assert abs(unit["r"]) >= 0.8
    for label, text in _slices().items():
        r = unit_r(model.run_text(text), unit, inside_quotes(text))
        assert abs(r) >= 0.8, (label, r)


def test_card_records_every_preset_and_its_star_threshold(char_model):
    card = char_model.card
    by_preset = {u["preset"]: u for u in card["units"]}
    assert set(by_preset) == {label for label, _ in PRESETS.values()}
    threshold = card["star_threshold"]
    assert 0 < threshold < 1
    # the slice, and Alice's first chapter (the slice holds no parentheses)
    text = SLICE.read_text() + "\n" + prose.held_out_text(6000, 0)
    run = char_model.run_text(text)
    for key, (label, fn) in PRESETS.items():
        u = by_preset[label]
        if abs(u["r"]) >= threshold:  # a starred unit holds on held-out text
            r = unit_r(run, u, fn(text))
            assert abs(r) >= threshold - 0.1, (key, r, u)
            assert np.sign(r) == np.sign(u["r"])
    note = card["quote_unit_note"]
    assert "auxiliary objective" in note.lower()  # the card says plainly how it was trained
    assert card["auxiliary_objective"] == ("AUXILIARY OBJECTIVE" in note)
    assert "inside_quotes" in card["quote_definition"]
