"""``gate-explorer export``: every format from the command line, and one-line errors."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PIL import Image

from gate_explorer import cli
from gate_explorer.commands import export as export_command

TEXT = "hello, world"


@pytest.fixture
def model(monkeypatch, model_factory):
    """A small LSTM served as model ``tiny`` (other names go to the real loader)."""
    m = model_factory("lstm", hidden=5)
    real = export_command.load_model
    monkeypatch.setattr(
        export_command, "load_model", lambda name, vocab: m if name == "tiny" else real(name, vocab)
    )
    return m


def export(*args: str) -> int:
    return cli.main(["export", "--model", "tiny", *args])


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf", "gif", "csv", "npz"])
def test_every_format(tmp_path, model, qapp, fmt, capsys):
    out = tmp_path / f"out.{fmt}"
    assert export("--text", TEXT, "--step", "3", "--format", fmt, "--out", str(out)) == 0
    assert "wrote" in capsys.readouterr().out
    steps = len(TEXT)
    if fmt == "png":
        with Image.open(out) as img:
            assert img.size == (1200, 800)
    elif fmt == "svg":
        root = ET.parse(out).getroot()
        texts = {
            "".join(t.itertext()).strip() for t in root.iter("{http://www.w3.org/2000/svg}text")
        }
        assert f"{model.name} · LSTM · units by index" in texts
        assert {"h", "e", "w"} <= texts
    elif fmt == "pdf":
        assert out.read_bytes().startswith(b"%PDF")
    elif fmt == "gif":
        with Image.open(out) as gif:
            assert gif.n_frames == steps
    elif fmt == "csv":
        with open(out, newline="", encoding="utf-8") as fh:
            assert sum(1 for _ in csv.reader(fh)) == 1 + steps * 5 * 6
    else:
        trace = model.run_text(TEXT).trace
        with np.load(out) as data:
            np.testing.assert_array_equal(data["f_l0"], trace.values("f"))


def test_options_gates_size_text_file(tmp_path, model, qapp):
    text_file = tmp_path / "in.txt"
    text_file.write_text("abc abc", encoding="utf-8")
    out = tmp_path / "g.png"
    args = ["--text-file", str(text_file), "--gates", "f,c", "--out", str(out)]
    args += ["--sort", "mean", "--top", "3"]
    assert export(*args, "--width", "600", "--height", "400", "--scale", "2") == 0
    with Image.open(out) as img:
        assert img.size == (1200, 800)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--text", "   "], "text is empty"),
        (["--text-file", "/nonexistent/in.txt"], "does not exist"),
        (["--text", TEXT, "--gates", "i,x"], "unknown gate 'x'"),
        (["--text", TEXT, "--step", "99"], "step 99 is out of range"),
        (["--text", TEXT, "--layer", "3"], "layer 3 does not exist"),
        (["--text", TEXT, "--direction", "sideways"], "unknown direction"),
        (["--text", TEXT, "--out", "/nonexistent/dir/x.png"], "does not exist"),
        (["--text", TEXT, "--out", "x.bmp"], "unknown format 'bmp'"),
        (["--model", "no-such-model", "--text", TEXT], "no file or bundled model"),
        (["--text", TEXT, "--sort", "alpha"], "unknown sort 'alpha'"),
        (["--text", TEXT, "--top", "-1"], "--top must be an integer from 0"),
        (["--text", TEXT, "--format", "csv"], "--format csv disagrees with the file name x.png"),
    ],
)
def test_bad_input_is_one_line_and_status_2(tmp_path, model, qapp, capsys, args, message):
    if "--out" not in args:
        args = [*args, "--out", str(tmp_path / "x.png")]
    assert export(*args) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1
    assert not (tmp_path / "x.png").exists()


def test_no_overwrite(tmp_path, model, qapp, capsys):
    out = tmp_path / "x.csv"
    out.write_text("keep")
    assert export("--text", TEXT, "--out", str(out), "--no-overwrite") == 2
    assert out.read_text() == "keep"


def test_headless_subprocess_with_weights_file(tmp_path, weights_file):
    """The installed command on a machine with no display, loading a real weights file."""
    weights, vocab = weights_file
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    out = tmp_path / "w.svg"
    cmd = [sys.executable, "-m", "gate_explorer", "export", "--model", str(weights)]
    cmd += ["--vocab", str(vocab), "--text", "hi there", "--out", str(out)]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert ET.parse(out).getroot().tag.endswith("svg")
    bad = subprocess.run([*cmd[:-2], "--out", str(tmp_path)], env=env, capture_output=True,
                         text=True, timeout=120)  # fmt: skip
    assert bad.returncode == 2
    assert bad.stderr.count("\n") == 1


def test_text_view_default_units_come_from_the_same_reader():
    from gate_explorer.commands.export import card_units
    from gate_explorer.engine import RecurrentNet
    from gate_explorer.engine.embedding import Embedding
    from gate_explorer.engine.model import Model
    from gate_explorer.engine.tokenize import Tokenizer
    from gate_explorer.export.html import UnitRef

    net = RecurrentNet.random("lstm", 3, 6, rng=0)
    model = Model("m", net, Tokenizer("char", tuple("ab")), Embedding(2))
    model.card = {
        "quote_unit": {"layer": 0, "name": "c", "unit": 4},
        "units": [
            {"preset": "inside quotes", "layer": 0, "name": "c", "unit": 4},  # the same: once
            {"preset": "x", "layer": 0, "unit": 1},  # no gate or state: not shaded by
            {"preset": "y", "layer": 0, "direction": 1, "name": "h", "unit": 5},
        ],
    }
    assert card_units(model) == [UnitRef(0, "c", 4), UnitRef(0, "h", 5, 1)]
