"""Numeric options and --out: checked before any work, one line naming the limit, exit 2."""

from __future__ import annotations

import os
import tempfile

import pytest

from gate_explorer import cli
from gate_explorer.commands import options

TEXT = "b . . ?"


def export(tmp_path, *args: str, out: str = "x.png") -> list[str]:
    return ["export", "--model", "memory-rnn", "--text", TEXT, "--out", str(tmp_path / out), *args]


@pytest.mark.parametrize(
    ("args", "out", "message"),
    [
        (["--scale", "nan"], "x.png", "--scale must be a number from 0.05 to 20, got nan"),
        (["--scale", "inf"], "x.png", "--scale must be a number from 0.05 to 20, got inf"),
        (["--scale", "-1"], "x.png", "--scale must be a number from 0.05 to 20, got -1"),
        (["--scale", "1000"], "x.gif", "--scale must be a number from 0.05 to 20, got 1000"),
        (["--fps", "nan"], "x.gif", "--fps must be a number from 0.1 to 50, got nan"),
        (["--fps", "1e-9"], "x.gif", "--fps must be a number from 0.1 to 50, got 1e-09"),
        (["--width", "100000", "--height", "800"], "x.gif", "--width must be an integer from 16"),
        (["--width", "30000", "--height", "30000"], "x.gif", "the limit is 40,000,000 pixels"),
        (["--width", "8000", "--height", "5000", "--scale", "2"], "x.png", "(152.6 MB)"),
        (["--width", "0", "--height", "10"], "x.png", "--width must be an integer from 16"),
        (["--step", "-1"], "x.png", "--step must be an integer from 0"),
        (["--layer", "-2"], "x.png", "--layer must be an integer from 0 to 1,023, got -2"),
        (["--unit", "-5", "--view", "cell"], "x.png", "--unit must be an integer from 0"),
        (["--format", "csv"], "x.png", "--format csv disagrees with the file name x.png"),
    ],
)
def test_bad_numbers_are_refused_before_any_work(tmp_path, capsys, args, out, message):
    assert cli.main(export(tmp_path, *args, out=out)) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_the_image_limit_message_names_the_limit_and_the_memory():
    with pytest.raises(ValueError, match="1,200,000 x 800,000 pixel image") as err:
        options.check_image_size(1200, 800, 1000)
    assert f"{options.MAX_PIXELS:,} pixels" in str(err.value)
    assert options.check_image_size(1200, 800, 2) == (2400, 1600)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--hidden", "100000"], "--hidden must be an integer from 1 to 4,096, got 100,000"),
        (["--hidden", "0"], "--hidden must be an integer from 1 to 4,096, got 0"),
        (["--steps", "0"], "--steps must be an integer from 1 to 10,000,000, got 0"),
        (["--seed", "-1"], "--seed must be an integer from 0 to 4,294,967,295, got -1"),
    ],
)
def test_train_options(tmp_path, capsys, args, message):
    code = cli.main(["train", "memory-rnn", "--out", str(tmp_path / "m.npz"), "--quiet", *args])
    assert code == 2
    assert message in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------- case 14: --out
def test_replacing_a_file_says_so(tmp_path, capsys):
    out = tmp_path / "t.csv"
    assert cli.main(export(tmp_path, out="t.csv")) == 0
    assert "replaced" not in capsys.readouterr().out
    assert cli.main(export(tmp_path, out="t.csv")) == 0
    assert "replaced the previous file" in capsys.readouterr().out
    assert out.read_text().startswith("step,token")


def test_out_through_a_symlink_writes_the_target_and_keeps_the_link(tmp_path, monkeypatch):
    real_dir, link_dir = tmp_path / "real", tmp_path / "links"
    real_dir.mkdir()
    link_dir.mkdir()
    target = real_dir / "t.csv"
    target.write_text("old")
    link = link_dir / "t.csv"
    link.symlink_to(target)
    folders = []
    mkstemp = tempfile.mkstemp

    def spy(*a, **k):
        folders.append(k["dir"])
        return mkstemp(*a, **k)

    monkeypatch.setattr(tempfile, "mkstemp", spy)
    assert cli.main(["export", "--model", "memory-rnn", "--text", TEXT, "--out", str(link)]) == 0
    assert link.is_symlink()
    assert os.readlink(link) == str(target)
    assert target.read_text().startswith("step,token")
    assert [str(f) for f in folders] == [str(real_dir)]  # the temporary file sat beside it
    assert sorted(p.name for p in real_dir.iterdir()) == ["t.csv"]


def test_a_dangling_link_is_refused(tmp_path, capsys):
    link = tmp_path / "t.png"
    link.symlink_to(tmp_path / "nowhere" / "t.png")
    assert cli.main(["export", "--model", "memory-rnn", "--text", TEXT, "--out", str(link)]) == 2
    err = capsys.readouterr().err
    assert "symbolic link" in err
    assert "does not exist" in err
    assert link.is_symlink()
    assert not (tmp_path / "nowhere").exists()
