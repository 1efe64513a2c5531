"""--kind / --module / --head-activation name choices a weights file leaves open; given with
a bundled model (which records them) they are refused, not silently ignored."""

import subprocess
import sys

import pytest

from gate_explorer import load_model
from gate_explorer.cli import build_parser, window_options
from gate_explorer.errors import GateExplorerError


@pytest.mark.parametrize(
    ("options", "named"),
    [
        ({"kind": "rnn_relu"}, "kind"),
        ({"module": "rnn"}, "module"),
        ({"head_activation": "sigmoid"}, "head activation"),
    ],
)
def test_a_bundle_refuses_the_choices_of_a_weights_file(options, named):
    with pytest.raises(GateExplorerError, match=f"bundle.*the {named} given cannot apply"):
        load_model("memory-rnn", **options)


def test_the_window_launch_refuses_them_with_a_bundled_name():
    args = build_parser().parse_args(["--model", "memory-rnn", "--kind", "relu"])
    with pytest.raises(GateExplorerError, match="--kind is for a weights file; memory-rnn is"):
        window_options(args)


def test_export_exits_2_with_one_line(tmp_path):
    out = tmp_path / "x.png"
    cmd = [sys.executable, "-m", "gate_explorer", "export", "--model", "memory-rnn",
           "--head-activation", "linear", "--text", "a b ?", "--out", str(out)]  # fmt: skip
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "Traceback" not in done.stderr
    assert "head activation given cannot apply" in done.stderr
    assert not out.exists()
