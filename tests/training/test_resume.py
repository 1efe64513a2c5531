"""Checkpoints and ``--resume``: an interrupted run goes on and ends as an uninterrupted one."""

import numpy as np
import pytest

from gate_explorer import load_model
from gate_explorer.cli import main
from gate_explorer.errors import GateExplorerError
from gate_explorer.training.checkpoint import load_checkpoint, save_checkpoint
from gate_explorer.training.run import train_task


def _stop_after(n):
    calls = {"n": 0}

    def cancel():
        calls["n"] += 1
        return calls["n"] > n

    return cancel


@pytest.mark.parametrize(
    ("name", "kw"),
    [
        ("memory-lstm", {"hidden": 6}),
        ("quotes-gru", {"hidden": 6, "overrides": {"seq_len": 20, "batch": 4}}),
    ],
)
def test_interrupted_and_resumed_run_equals_uninterrupted(tmp_path, name, kw):
    common = dict(steps=8, probes=4, eval_size=200, checkpoint_every=3, **kw)
    whole = train_task(name, **common)
    ckpt = tmp_path / "run.ckpt.npz"
    stopped = train_task(name, checkpoint_path=ckpt, cancel=_stop_after(5), **common)
    assert stopped.card["training"]["cancelled"]
    assert load_checkpoint(ckpt).step == 3  # the last checkpoint before the stop
    resumed = train_task(name, checkpoint_path=ckpt, resume=True, **common)
    assert not ckpt.exists()  # removed once training finished
    for k, v in whole.net.params.items():
        np.testing.assert_array_equal(v, resumed.net.params[k], err_msg=k)
    np.testing.assert_array_equal(whole.head.weight, resumed.head.weight)
    assert whole.card["training_curve"] == resumed.card["training_curve"]
    assert whole.card["probes"] == resumed.card["probes"]
    assert resumed.card["training"]["resumed_at_steps"] == [3]


def test_checkpoint_round_trip_keeps_optimizer_and_state(tmp_path):
    ckpt_path = tmp_path / "c.npz"
    seen = []
    train_task(
        "memory-gru",
        hidden=4,
        steps=5,
        probes=0,
        eval_size=20,
        checkpoint_path=ckpt_path,
        checkpoint_every=2,
        cancel=_stop_after(3),
    )
    ckpt = load_checkpoint(ckpt_path)
    seen.append(ckpt.step)
    assert ckpt.step == 2
    assert ckpt.adam_t == 2
    assert set(ckpt.adam_m) == set(ckpt.params)
    assert len(ckpt.loss) == 2
    assert "data_rng" in ckpt.extra
    assert ckpt.extra["task"] == "memory-gru"
    again = tmp_path / "again.npz"
    save_checkpoint(ckpt, again)
    back = load_checkpoint(again)
    for k in ckpt.params:
        np.testing.assert_array_equal(ckpt.adam_v[k], back.adam_v[k])
    assert back.extra == ckpt.extra


def test_resume_refuses_a_checkpoint_of_other_settings(tmp_path):
    ckpt = tmp_path / "c.npz"
    train_task(
        "memory-gru", hidden=4, steps=4, probes=0, eval_size=20,
        checkpoint_path=ckpt, checkpoint_every=2, cancel=_stop_after(3),
    )  # fmt: skip
    with pytest.raises(GateExplorerError, match="was made for memory-gru"):
        train_task("memory-gru", hidden=5, steps=4, probes=0, eval_size=20,
                   checkpoint_path=ckpt, resume=True)  # fmt: skip


def test_not_a_checkpoint_is_one_line_error(tmp_path):
    bad = tmp_path / "x.npz"
    bad.write_bytes(b"not a zip")
    with pytest.raises(GateExplorerError, match="not a training checkpoint"):
        load_checkpoint(bad)
    with pytest.raises(GateExplorerError, match="no checkpoint at"):
        load_checkpoint(tmp_path / "missing.npz")


def test_cli_resume_goes_on_from_the_checkpoint(tmp_path, capsys):
    out = tmp_path / "m.npz"
    args = ["train", "memory-gru", "--steps", "4", "--hidden", "4", "--out", str(out), "--quiet"]
    assert main([*args, "--resume", "--checkpoint-every", "2"]) == 0
    assert "starting from step 0" in capsys.readouterr().err
    assert not (tmp_path / "m.ckpt.npz").exists()
    assert load_model(str(out)).card["training"]["steps"] == 4
    train_task("memory-gru", hidden=4, steps=4, checkpoint_path=tmp_path / "m.ckpt.npz",
               checkpoint_every=2, cancel=_stop_after(3))  # fmt: skip
    assert main([*args, "--resume"]) == 0
    assert "resuming from" in capsys.readouterr().err
    assert load_model(str(out)).card["training"]["resumed_at_steps"] == [2]
    assert main([*args, "--checkpoint-every", "0"]) == 2
    assert "--checkpoint-every must be an integer from 1 to" in capsys.readouterr().err
