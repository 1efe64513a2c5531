"""``gate-explorer export --range A:B`` writes those steps of the trace data (csv, npz)."""

from __future__ import annotations

import csv
import json

import numpy as np
import pytest

from gate_explorer import cli
from gate_explorer.commands import export as export_command

TEXT = "hello, world"


@pytest.fixture
def model(monkeypatch, model_factory):
    m = model_factory("lstm", hidden=5)
    monkeypatch.setattr(export_command, "load_model", lambda name, vocab, **_: m)
    return m


def export(*args: str) -> int:
    return cli.main(["export", "--model", "tiny", "--text", TEXT, *args])


def test_csv_and_npz_of_a_range(tmp_path, model, capsys):
    trace = model.run_text(TEXT).trace
    assert export("--range", "3:7", "--out", str(tmp_path / "r.csv")) == 0
    assert "steps 4-7 of 12" in capsys.readouterr().out
    with open(tmp_path / "r.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))[1:]
    assert len(rows) == 4 * 5 * 6
    assert {int(r[0]) for r in rows} == {3, 4, 5, 6}
    assert {r[1] for r in rows} == {"l", "o", ",", " "}
    c = [r for r in rows if r[4] == "c" and r[5] == "2"]
    np.testing.assert_array_equal([np.float32(r[6]) for r in c], trace.values("c")[3:7, 2])
    assert export("--range", "5:", "--out", str(tmp_path / "r.npz")) == 0
    with np.load(tmp_path / "r.npz") as data:
        np.testing.assert_array_equal(data["h_l0"], trace.values("h")[5:])
        assert "".join(data["tokens"]) == TEXT[5:]
        meta = json.loads(str(data["meta"]))
    assert (meta["first_step"], meta["steps"]) == (5, 7)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--range", "3:99", "--out", "x.csv"], "expected A:B with 0 <= A < B <= 12"),
        (["--range", "3:5", "--out", "x.png"], "--range is for the trace data"),
        (["--range", "3:5", "--view", "jacobian", "--out", "x.csv"], "not --view jacobian"),
    ],
)
def test_a_bad_range_is_one_line(tmp_path, model, capsys, args, message):
    args[-1] = str(tmp_path / args[-1])
    assert export(*args) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1
