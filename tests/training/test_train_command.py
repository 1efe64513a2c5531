"""``gate-explorer train``: writes a loadable bundle; bad arguments exit 2 with a message."""

import numpy as np
import pytest

from gate_explorer import load_model
from gate_explorer.cli import main
from gate_explorer.training.run import train_task


def test_train_writes_a_bundle_that_loads(tmp_path, capsys):
    out = tmp_path / "m.npz"
    code = main(["train", "memory-gru", "--steps", "3", "--hidden", "5", "--out", str(out)])
    assert code == 0
    assert "wrote" in capsys.readouterr().out
    model = load_model(str(out))
    assert model.kind == "gru"
    assert model.net.config.hidden_size == 5
    assert model.card["training"]["steps"] == 3
    assert model.head.labels[:5] == ("a a", "b a", "c a", "d a", "a b")
    assert len(model.head.labels) == 16
    run = model.run_text("c a k q ?")
    assert run.probs.shape == (5, 16)


def test_cell_override_and_same_seed_same_model():
    a = train_task("sentiment-gru", cell="lstm", hidden=4, steps=2, seed=7, probes=0, eval_size=20)
    b = train_task("sentiment-gru", cell="lstm", hidden=4, steps=2, seed=7, probes=0, eval_size=20)
    assert a.kind == "lstm"
    for k, v in a.net.params.items():
        np.testing.assert_array_equal(v, b.net.params[k])


def test_bad_arguments_exit_2(tmp_path, capsys):
    code = main(["train", "memory-gru", "--steps", "0", "--out", str(tmp_path / "x.npz")])
    assert code == 2
    assert "--steps must be an integer from 1 to 10,000,000, got 0" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["train", "no-such-task", "--out", "x.npz"])


@pytest.mark.parametrize("name", ["agreement-lstm", "sine-lstm", "quotes-gru"])
def test_every_task_trains_a_few_steps(name):
    model = train_task(name, hidden=6, steps=2, probes=1, eval_size=300)
    assert model.card["metrics"]
    assert all(np.isfinite(v).all() for v in model.net.params.values())
