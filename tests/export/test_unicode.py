"""``write_csv`` with token text UTF-8 cannot store: U+FFFD and a warning, no exception."""

from __future__ import annotations

import csv

import pytest

from gate_explorer.engine.embedding import Embedding
from gate_explorer.engine.model import Model
from gate_explorer.engine.net import RecurrentNet
from gate_explorer.engine.tokenize import Tokenizer
from gate_explorer.export.data import csv_text_rows, write_csv


def test_write_csv_replaces_lone_surrogates_and_warns(tmp_path):
    vocab = ("a", "b", "\ud800")
    model = Model(
        "t", RecurrentNet.random("gru", 3, 2, rng=0), Tokenizer("char", vocab), Embedding(3)
    )
    run = model.run_text("a\ud800b\udcff")
    with pytest.warns(UnicodeWarning, match="2 token"):
        path = write_csv(tmp_path / "x.csv", run)
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    tokens = {r[1] for r in rows[1:]}
    assert tokens == {"a", "b", "\ufffd"}
    with pytest.warns(UnicodeWarning):
        assert {r[1] for r in csv_text_rows(run)} == {"a", "b", "\ufffd"}
