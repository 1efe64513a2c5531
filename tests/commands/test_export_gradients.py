"""``gate-explorer export --gradients``: the gradient flow view's norms in CSV and NPZ."""

from __future__ import annotations

import csv
import json

import numpy as np
import pytest

from gate_explorer import cli
from gate_explorer.analysis.gradient_flow import gradient_flow
from gate_explorer.commands import export as export_command
from gate_explorer.export.data import iter_series

TEXT = "hello, world"


@pytest.fixture
def model(monkeypatch, model_factory):
    """A two-layer bidirectional LSTM served as model ``tiny``."""
    m = model_factory("lstm", hidden=5, layers=2, bidir=True)
    monkeypatch.setattr(export_command, "load_model", lambda name, vocab: m)
    return m


def export(*args: str) -> int:
    return cli.main(["export", "--model", "tiny", "--text", TEXT, *args])


def test_npz_holds_the_norms_of_the_loss_at_the_step(tmp_path, model, capsys):
    out = tmp_path / "g.npz"
    assert export("--step", "4", "--gradients", "--out", str(out)) == 0
    assert "gradients of the sum of the top layer's output at step 5" in capsys.readouterr().out
    flow = gradient_flow(model, model.run_text(TEXT), 4)
    with np.load(out, allow_pickle=False) as data:
        for k in range(2):
            for d, suffix in enumerate(("", "_reverse")):
                f = flow.flow(k, d)
                np.testing.assert_array_equal(data[f"dh_norm_l{k}{suffix}"][:, 0], f.h_norm)
                np.testing.assert_array_equal(data[f"dc_norm_l{k}{suffix}"][:, 0], f.c_norm)
        meta = json.loads(str(data["meta"]))
        assert data["h_l0"].shape == (len(TEXT), 5)  # the trace is still all there
    assert meta["gradient_step"] == 4
    assert meta["gradient_loss"] == flow.description


def test_csv_has_one_row_per_step_for_each_norm(tmp_path, model):
    out = tmp_path / "g.csv"
    assert export("--gradients", "--out", str(out)) == 0
    with open(out, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))[1:]
    flow = gradient_flow(model, model.run_text(TEXT))
    norms = [r for r in rows if r[4] == "dh_norm" and r[2] == "1" and r[3] == "0"]
    assert len(norms) == len(TEXT)
    assert {r[5] for r in norms} == {"0"}
    got = np.array([float(r[6]) for r in norms])
    np.testing.assert_allclose(got, flow.flow(1, 0).h_norm, rtol=1e-15)
    assert {r[4] for r in rows} >= {"dh_norm", "dc_norm", "h", "c"}
    assert "dh" not in {r[4] for r in rows}  # norms only, not the per-unit vectors


def test_without_the_flag_there_are_no_gradients(tmp_path, model):
    out = tmp_path / "plain.npz"
    assert export("--out", str(out)) == 0
    with np.load(out) as data:
        assert not [k for k in data.files if k.startswith("d")]


def test_gradients_only_for_data_formats(tmp_path, model, capsys):
    assert export("--gradients", "--out", str(tmp_path / "g.png")) == 2
    assert "--gradients is for csv or npz" in capsys.readouterr().err


def test_series_of_norms_are_one_column(model):
    run = model.run_text(TEXT)
    flow = gradient_flow(model, run)
    series = [s for s in iter_series(run, flow) if s.name.endswith("_norm")]
    assert len(series) == 2 * 2 * 2  # layers x directions x (h, c)
    assert {s.values.shape for s in series} == {(len(TEXT), 1)}
    assert series[0].key == "dh_norm_l0"
