"""``gate-explorer export --view seq2seq | series | jacobian``: images and csv/npz data."""

from __future__ import annotations

import csv
import json

import numpy as np
import pytest
from PIL import Image

from gate_explorer import cli, zoo
from gate_explorer.analysis.gradient_flow import float64_net, gradient_flow
from gate_explorer.analysis.jacobian import recurrent_singular_values, step_jacobian_norms
from gate_explorer.bundled import resource
from gate_explorer.workspace.models import ModelRef, load_ref

SUNSPOTS = str(resource("examples", "sunspots.csv"))
needs_seq2seq = pytest.mark.skipif(
    zoo.seq2seq_path("seq2seq-lstm") is None, reason="needs the bundled seq2seq-lstm"
)
needs_sunspots = pytest.mark.skipif(
    "sunspots-lstm" not in zoo.names(), reason="needs the bundled sunspots-lstm"
)


def _rows(path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _drawn(path, size) -> None:
    with Image.open(path) as img:
        assert img.size == size
        pixels = np.asarray(img.convert("RGB")).reshape(-1, 3)
    assert len(np.unique(pixels, axis=0)) > 50  # drawn, not a blank page


@needs_seq2seq
def test_seq2seq_data_and_image(tmp_path, qapp):
    base = ["export", "--model", "seq2seq-lstm", "--text", "7 Jul 2049", "--view", "seq2seq"]
    assert cli.main([*base, "--out", str(tmp_path / "s.csv")]) == 0
    rows = _rows(tmp_path / "s.csv")
    assert [r["stack"] for r in rows] == ["encoder"] * 10 + ["decoder"] * 11
    assert "".join(r["token"] for r in rows[:10]) == "7 Jul 2049"
    assert "".join(r["written"] for r in rows[10:]) == "2049-07-07</s>"
    assert [int(r["stack_step"]) for r in rows[9:12]] == [9, 0, 1]
    shown = load_ref(ModelRef("bundled", name="seq2seq-lstm"))
    run = shown.run_text("7 Jul 2049")
    h_norm = np.linalg.norm(run.trace.values("h").astype(float), axis=1)
    np.testing.assert_allclose([float(r["h_norm_l0"]) for r in rows], h_norm)
    assert all(r["written_prob"] == "" for r in rows[:10])
    assert float(rows[10]["written_prob"]) > 0.99
    # teacher forcing from the command line, into the npz
    assert cli.main([*base, "--target", "2049-07-08", "--out", str(tmp_path / "s.npz")]) == 0
    with np.load(tmp_path / "s.npz") as npz:
        meta = json.loads(str(npz["meta"]))
        assert meta["answer"] == "2049-07-08"
        assert meta["forced"] is True
        assert meta["boundary"] == 10
        assert npz["h_l0"].shape == (21, 128)
    out = tmp_path / "s.png"
    assert cli.main([*base, "--step", "12", "--out", str(out)]) == 0
    _drawn(out, (1300, 760))


@needs_seq2seq
def test_seq2seq_view_needs_an_encoder_decoder(tmp_path, capsys):
    code = cli.main(["export", "--model", "quotes-lstm", "--text", "hi", "--view", "seq2seq",
                     "--out", str(tmp_path / "x.csv")])  # fmt: skip
    assert code == 2
    assert "encoder-decoder" in capsys.readouterr().err
    code = cli.main(["export", "--model", "quotes-lstm", "--text", "hi", "--target", "x",
                     "--out", str(tmp_path / "x.csv")])  # fmt: skip
    assert code == 2
    assert "--target is for encoder-decoder models" in capsys.readouterr().err


@needs_sunspots
def test_series_data_and_image(tmp_path, qapp):
    base = ["export", "--model", "sunspots-lstm", "--series", SUNSPOTS, "--column",
            "SUNACTIVITY", "--view", "series"]  # fmt: skip
    assert cli.main([*base, "--out", str(tmp_path / "s.npz")]) == 0
    model = load_ref(ModelRef("bundled", name="sunspots-lstm"))
    from gate_explorer.io.series import read_series

    series = read_series(SUNSPOTS, "SUNACTIVITY")
    run = model.run_text(series.as_text())
    truth = series.values
    with np.load(tmp_path / "s.npz") as npz:
        np.testing.assert_allclose(npz["predicted_next"], run.predictions)
        np.testing.assert_allclose(npz["true_next"][:-1], truth[1:])
        assert np.isnan(npz["true_next"][-1])
        meta = json.loads(str(npz["meta"]))
    rmse = np.sqrt(np.mean((run.predictions[:-1] - truth[1:]) ** 2))
    naive = np.sqrt(np.mean((truth[:-1] - truth[1:]) ** 2))
    assert meta["rmse"] == pytest.approx(rmse)
    assert meta["naive_rmse"] == pytest.approx(naive)
    assert meta["rmse"] < meta["naive_rmse"]
    assert cli.main([*base, "--out", str(tmp_path / "s.csv")]) == 0
    rows = _rows(tmp_path / "s.csv")
    assert len(rows) == len(truth)
    assert float(rows[3]["naive_error"]) == pytest.approx(truth[3] - truth[4])
    out = tmp_path / "s.png"
    assert cli.main([*base, "--step", "100", "--out", str(out)]) == 0
    _drawn(out, (1100, 480))


@needs_sunspots
def test_series_view_refuses_other_models_and_formats(tmp_path, capsys):
    code = cli.main(["export", "--model", "quotes-lstm", "--text", "hi", "--view", "series",
                     "--out", str(tmp_path / "x.csv")])  # fmt: skip
    assert code == 2
    assert "regress head" in capsys.readouterr().err
    code = cli.main(["export", "--model", "sunspots-lstm", "--text", "1 2 3", "--view", "series",
                     "--out", str(tmp_path / "x.gif")])  # fmt: skip
    assert code == 2
    assert "image (png, svg, pdf) or its data (csv, npz)" in capsys.readouterr().err


def test_jacobian_data_equal_the_analysis(tmp_path, monkeypatch, model_factory, qapp):
    from gate_explorer.commands import export as export_command

    model = model_factory("lstm", hidden=5, layers=2)
    monkeypatch.setattr(export_command, "load_model", lambda name, vocab: model)
    text = "abcabcab"
    base = ["export", "--model", "tiny", "--text", text, "--view", "jacobian", "--step", "5"]
    assert cli.main([*base, "--out", str(tmp_path / "j.npz")]) == 0
    run = model.run_text(text)
    norms = step_jacobian_norms(float64_net(model.net), run.trace).norm
    flow = gradient_flow(model, run, 5)
    with np.load(tmp_path / "j.npz") as npz:
        np.testing.assert_allclose(npz["step_jacobian_norm"], norms, rtol=1e-12)
        np.testing.assert_allclose(npz["dh_norm_l1"], flow.flow(1).h_norm, rtol=1e-12)
        np.testing.assert_allclose(npz["dc_norm_l0"], flow.flow(0).c_norm, rtol=1e-12)
        assert np.isnan(npz["forget_product_median"][6:]).all()  # after the loss step
        assert npz["forget_product_median"][5] == 1.0
        spectra = recurrent_singular_values(model.net)
        np.testing.assert_allclose(npz["sv_layer_2_f"], spectra[1]["f"], rtol=1e-12)
        meta = json.loads(str(npz["meta"]))
    assert meta["target"] == 5
    assert meta["largest_singular_value"]["layer 1"] == pytest.approx(
        max(float(v[0]) for v in spectra[0].values())
    )
    assert cli.main([*base, "--out", str(tmp_path / "j.csv")]) == 0
    rows = _rows(tmp_path / "j.csv")
    assert [r["token"] for r in rows] == list(text)
    assert float(rows[2]["step_jacobian_norm"]) == pytest.approx(norms[2], rel=1e-12)
    out = tmp_path / "j.png"
    assert cli.main([*base, "--out", str(out), "--width", "1000", "--height", "640"]) == 0
    _drawn(out, (1000, 640))


def test_jacobian_view_refuses_a_bidirectional_model(tmp_path, monkeypatch, model_factory,
                                                     capsys):  # fmt: skip
    from gate_explorer.commands import export as export_command

    model = model_factory("gru", hidden=4, bidir=True)
    monkeypatch.setattr(export_command, "load_model", lambda name, vocab: model)
    code = cli.main(["export", "--model", "tiny", "--text", "abc", "--view", "jacobian",
                     "--out", str(tmp_path / "j.csv")])  # fmt: skip
    assert code == 2
    assert "bidirectional" in capsys.readouterr().err
