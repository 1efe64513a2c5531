"""Vocabulary files: the forms accepted, the line rules, and the checks on ids."""

import json

import pytest

from gate_explorer.errors import GateExplorerError
from gate_explorer.io.vocab import as_vocab, read_vocab, tokenizer_kind


def test_json_forms(tmp_path):
    (tmp_path / "list.json").write_text(json.dumps(["a", " ", "\n"]))
    assert read_vocab(tmp_path / "list.json") == ["a", " ", "\n"]
    (tmp_path / "map.json").write_text(json.dumps({"b": 1, "a": 0, "<unk>": 2}))
    assert read_vocab(tmp_path / "map.json") == ["a", "b", "<unk>"]
    (tmp_path / "itos.json").write_text(json.dumps({"1": "y", "0": "x"}))
    assert read_vocab(tmp_path / "itos.json") == ["x", "y"]
    (tmp_path / "word_index.json").write_text(json.dumps({"the": 1, "cat": 2}))
    assert read_vocab(tmp_path / "word_index.json") == ["<pad>", "the", "cat"]


def test_text_lines_keep_spaces_and_escapes(tmp_path):
    path = tmp_path / "chars.txt"
    path.write_text("a\n \n\\n\n\\t\nb\n", encoding="utf-8")
    assert read_vocab(path) == ["a", " ", "\n", "\t", "b"]
    path.write_bytes(b"x\r\ny\r\n\r\nz\r\n")  # CRLF, an empty line is the newline token
    assert read_vocab(path) == ["x", "y", "\n", "z"]
    path.write_text("the\t120\ncat\t7\n")  # token<TAB>count
    assert read_vocab(path) == ["the", "cat"]


def test_in_memory_forms():
    import numpy as np

    assert as_vocab(np.array(["a", "b"])) == ["a", "b"]
    assert as_vocab({"itos": ["x", "y"]}) == ["x", "y"]
    assert as_vocab({1: "b", 0: "a"}) == ["a", "b"]


def test_tokenizer_kind():
    assert tokenizer_kind(["a", " ", "<unk>", "<pad>"]) == "char"
    assert tokenizer_kind(["the", "cat", "<unk>"]) == "word"


def test_bad_vocabularies(tmp_path):
    with pytest.raises(GateExplorerError, match=r"lists 'a' twice \(ids 0 and 2\)"):
        as_vocab(["a", "b", "a"])
    with pytest.raises(GateExplorerError, match="id 1 is missing"):
        as_vocab({"a": 0, "b": 2})
    with pytest.raises(GateExplorerError, match="id 0 is given to 'a' and 'b'"):
        as_vocab({"a": 0, "b": 0})
    with pytest.raises(GateExplorerError, match="is empty"):
        as_vocab([])
    (tmp_path / "bad.json").write_text("{oops")
    with pytest.raises(GateExplorerError, match="not valid JSON"):
        read_vocab(tmp_path / "bad.json")
    (tmp_path / "bin.txt").write_bytes(b"\xff\xfe\x00a")
    with pytest.raises(GateExplorerError, match="not UTF-8"):
        read_vocab(tmp_path / "bin.txt")
    with pytest.raises(GateExplorerError, match="missing"):
        read_vocab(tmp_path / "nope.txt")
    with pytest.raises(GateExplorerError, match="expected a file, a list of tokens or a dict"):
        as_vocab(3)
