"""Training in the window, without the window: the live job, its reports and the task list."""

from __future__ import annotations

import pickle

import numpy as np
import pytest

from gate_explorer.errors import GateExplorerError
from gate_explorer.training import live
from gate_explorer.training.live import LiveJob, LiveSettings, initial_model, task_choices
from gate_explorer.training.run import train_task

SMALL = LiveSettings("memory", "lstm", hidden=8, steps=12, eval_size=2, snapshot_s=0.0)


def _params(model):
    out = dict(model.net.state_dict())
    out["head.weight"], out["head.bias"] = model.head.weight, model.head.bias
    return out


def test_task_list_has_the_bundled_tasks_with_their_settings():
    choices = {c.family: c for c in task_choices()}
    assert {"memory", "quotes", "sentiment", "agreement", "sine", "sunspots"} <= set(choices)
    memory = choices["memory"]
    assert memory.names == ("memory-rnn", "memory-lstm", "memory-gru")
    assert (memory.cell, memory.hidden, memory.layers, memory.steps) == ("lstm", 32, 1, 6000)
    assert memory.available
    assert "first two letters" in memory.summary
    assert (choices["quotes"].hidden, choices["quotes"].layers) == (128, 3)


def test_a_task_whose_data_is_missing_is_listed_with_the_reason(monkeypatch, tmp_path):
    monkeypatch.setitem(live.DATA, "quotes", (tmp_path / "austen.txt.gz",))
    quotes = next(c for c in task_choices() if c.family == "quotes")
    assert not quotes.available
    assert "austen.txt.gz is missing" in quotes.reason
    with pytest.raises(GateExplorerError, match=r"quotes cannot be trained here.*austen"):
        LiveSettings("quotes").checked()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"family": "chess"}, "unknown task 'chess'"),
        ({"cell": "transformer"}, "cell must be one of lstm, gru, rnn"),
        ({"hidden": 0}, "hidden size must be between 1 and 1024, found 0"),
        ({"layers": 9}, "layers must be between 1 and 4, found 9"),
        ({"steps": 0}, "steps must be between 1 and"),
    ],
)
def test_bad_settings_are_one_line_messages(change, message):
    from dataclasses import replace

    with pytest.raises(GateExplorerError, match=message):
        replace(SMALL, **change).checked()


def test_the_task_name_follows_the_cell():
    assert LiveSettings("memory", "gru").name == "memory-gru"
    assert LiveSettings("quotes", "rnn").name == "quotes-lstm"  # the family's own settings
    assert LiveSettings("sine", "gru").name == "sine-lstm"


def test_the_initial_model_is_the_run_s_starting_point():
    """With a learning rate of 0 the CLI loop leaves the weights where they started."""
    start = initial_model(SMALL)
    assert not start.trained
    assert start.card["example"].endswith("?")
    still = train_task("memory-lstm", hidden=8, steps=2, eval_size=1, probes=0,
                       overrides={"lr": 0.0, "layers": 1})  # fmt: skip
    a, b = _params(start), _params(still)
    assert a.keys() == b.keys()
    for k in a:
        np.testing.assert_array_equal(a[k], b[k], err_msg=k)


def test_live_job_reports_every_loss_of_the_cli_loop_and_weight_snapshots():
    reports = []
    totals = []

    def progress(done, total, report=None):
        totals.append((done, total))
        reports.append(report)

    job = pickle.loads(pickle.dumps(LiveJob(SMALL)))  # it goes to a worker process
    model = job(progress)
    steps = np.concatenate([r.steps for r in reports])
    losses = np.concatenate([r.losses for r in reports])
    np.testing.assert_array_equal(steps, np.arange(1, 13))
    cli = []
    train_task("memory-lstm", hidden=8, steps=12, eval_size=2,
               on_progress=lambda _s, _t, loss: cli.append(loss))  # fmt: skip
    np.testing.assert_allclose(losses, cli, rtol=0, atol=0)  # the same loop, the same numbers
    assert totals[-1] == (12, 12)
    assert reports[-1].evaluating
    assert not any(r.evaluating for r in reports[:-1])
    shots = [r for r in reports if r.model is not None]
    assert len(shots) >= 5  # snapshot_s=0: the weights go with every report from step 2
    first, last = _params(shots[0].model), _params(shots[-1].model)
    assert any(not np.array_equal(first[k], last[k]) for k in first)
    np.testing.assert_array_equal(_params(shots[-1].model)["weight_hh_l0"],
                                  _params(model)["weight_hh_l0"])  # fmt: skip
    assert model.card["task"] == "memory-lstm"
    assert 0.0 <= model.card["metrics"]["min_accuracy_trained_delays"] <= 1.0
    assert model.card["training"]["steps"] == 12
