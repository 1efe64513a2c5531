"""``gate-explorer export --view``: the analysis views as images, without a window."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PIL import Image

from gate_explorer import cli
from gate_explorer.commands import export as export_command
from gate_explorer.headless.views import rendered_view

TEXT = 'he said "hi" to me.'
SVG_TEXT = "{http://www.w3.org/2000/svg}text"


@pytest.fixture
def model(monkeypatch, model_factory):
    """A small two-layer LSTM served as model ``tiny``."""
    m = model_factory("lstm", hidden=6, layers=2)
    monkeypatch.setattr(export_command, "load_model", lambda name, vocab: m)
    return m


def export(*args: str) -> int:
    return cli.main(["export", "--model", "tiny", "--text", TEXT, *args])


@pytest.mark.parametrize("view", ["cell", "unit", "gradients", "saturation"])
def test_each_view_as_png(tmp_path, model, qapp, view, capsys):
    out = tmp_path / f"{view}.png"
    assert export("--view", view, "--out", str(out), "--width", "900", "--height", "300") == 0
    assert f"{view} view" in capsys.readouterr().out
    with Image.open(out) as img:
        assert img.size == (900, 300)
        pixels = np.asarray(img.convert("RGB")).reshape(-1, 3)
    assert len(np.unique(pixels, axis=0)) > 10  # drawn, not a blank page


def test_cell_view_svg_holds_the_unit_equations(tmp_path, model, qapp):
    out = tmp_path / "cell.svg"
    assert export("--view", "cell", "--layer", "1", "--unit", "4", "--step", "5",
                  "--out", str(out)) == 0  # fmt: skip
    texts = " ".join("".join(t.itertext()) for t in ET.parse(out).getroot().iter(SVG_TEXT))
    run = model.run_text(TEXT)
    c = float(run.trace.values("c", 1)[5, 4])
    assert f"{c:.3f}" in texts
    assert "unit 4" in texts


def test_render_view_uses_the_given_step_layer_and_unit(model, qapp):
    with rendered_view(model, TEXT, "unit", step=3, layer=1, unit=2) as widget:
        s = widget.session
        assert (s.step, s.layer, s.unit) == (3, 1, 2)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--view", "cell", "--out", "x.csv"], "--view cell is an image"),
        (["--view", "unit", "--layer", "5", "--out", "x.png"], "layer 5 does not exist"),
        (["--view", "cell", "--step", "99", "--out", "x.png"], "step 99 does not exist"),
        (["--view", "unit", "--unit", "60", "--out", "x.png"], "unit 60 does not exist"),
    ],
)
def test_bad_view_arguments_exit_2_with_a_message(tmp_path, model, qapp, capsys, args, message):
    args = [a if not a.startswith("x.") else str(tmp_path / a) for a in args]
    assert export(*args) == 2
    assert message in capsys.readouterr().err


@pytest.mark.parametrize("view", ["cell", "unit", "gradients", "saturation"])
def test_the_command_exits_cleanly(tmp_path, view):
    """A real process: Qt objects left to the interpreter's exit used to crash it (139)."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = tmp_path / f"{view}.png"
    cmd = [sys.executable, "-m", "gate_explorer", "export", "--model", "memory-lstm"]
    cmd += ["--text", "b d k q e ?", "--view", view, "--out", str(out)]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size > 0
