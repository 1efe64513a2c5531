"""Session: runs once per (model, text), steps without re-running, drops stale results."""

import json

import numpy as np
import pytest

from gate_explorer.errors import GateExplorerError
from gate_explorer.session import ModelRef, Session, load_state, random_model, save_state


def test_step_changes_emit_only_step(session, qtbot):
    runs = []
    session.sigRunChanged.connect(lambda: runs.append(1))
    with qtbot.waitSignal(session.sigStepChanged):
        session.set_step(2)
    session.step_by(1)
    session.set_step(10_000)
    assert session.step == session.steps - 1
    session.set_step(-5)
    assert session.step == 0
    assert runs == []


def test_debounced_typing_runs_once(session, qtbot):
    runs = []
    session.sigRunChanged.connect(lambda: runs.append(session.run.text))
    for text in ("a", "ab", "abc"):
        session.set_text(text)
    qtbot.waitUntil(lambda: bool(runs), timeout=2000)
    assert runs == ["abc"]


def test_worker_thread_and_stale_results_dropped(session, qtbot):
    session.sync_cost = 0  # force the worker path
    busy = []
    session.sigBusy.connect(busy.append)
    runs = []
    session.sigRunChanged.connect(lambda: runs.append(session.run.text))
    session.set_text("first text", immediate=True)
    session.set_text("second", immediate=True)
    qtbot.waitUntil(lambda: not session.busy and bool(runs), timeout=5000)
    qtbot.wait(50)
    assert runs == ["second"]
    assert busy[0] is True
    assert busy[-1] is False


def test_failed_model_keeps_previous(session, qtbot):
    before = session.model
    with qtbot.waitSignal(session.sigError) as err:
        ok = session.open_model(ModelRef("file", path="/no/such/model.npz"))
    assert not ok
    assert session.model is before
    assert "model.npz" in err.args[0]


def test_view_settings_and_orders(session):
    session.set_view(sort="mean", top_k=3)
    assert len(session.unit_order("i")) == 3
    with pytest.raises(GateExplorerError):
        session.set_view(sort="nonsense")
    session.set_view(layer=99)
    assert session.layer == 0


def test_playback_advances_and_stops(session, qtbot):
    session.set_speed(120)
    session.set_playing(True)
    assert session.step == 0
    assert session.playing
    qtbot.waitUntil(lambda: not session.playing, timeout=3000)
    assert session.step == session.steps - 1


def test_state_roundtrip_through_json_file(session, tmp_path, qtbot):
    session.set_view(sort="cluster", top_k=4)
    session.set_step(3)
    path = tmp_path / "s.json"
    save_state(path, session.state())
    assert [p.name for p in tmp_path.iterdir()] == ["s.json"]  # no temp file left behind
    other = Session()
    other.apply_state(load_state(path))
    assert (other.text, other.step, other.sort, other.top_k) == ("hello world", 3, "cluster", 4)
    assert other.model_ref == session.model_ref
    other.shutdown()


def test_bad_session_file(tmp_path):
    p = tmp_path / "x.json"
    p.write_text(json.dumps({"hello": 1}))
    with pytest.raises(GateExplorerError, match="not a Gate Explorer session"):
        load_state(p)
    p.write_text("{not json")
    with pytest.raises(GateExplorerError):
        load_state(p)


def test_answers_for_each_head(qtbot, word_model, classify_model, regress_model):
    s = Session()
    s.set_model(word_model)
    s.set_text("the cat sat", immediate=True)
    a = s.answer(0)
    assert a.kind == "next-token"
    assert len(a.items) == 5
    assert np.isclose(
        sum(p for _, p, _ in a.items), s.run.probs[0][np.argsort(-s.run.probs[0])[:5]].sum()
    )
    assert [lab for lab, _, true in s.answer(0).items if true] in ([], ["cat"])
    s.set_model(classify_model)
    assert [lab for lab, _, _ in s.answer().items] in (
        ["negative", "positive"],
        ["positive", "negative"],
    )
    s.set_model(regress_model)
    s.set_text("0 0.5 1", immediate=True)
    s.set_step(1)
    a = s.answer()
    assert a.kind == "regress"
    assert a.actual == 1.0
    assert a.predicted is not None
    s.shutdown()


def test_random_model_marks_unknown_chars():
    run = random_model().run_text("aé")
    assert [t.known for t in run.tokens] == [True, False]


def test_one_run_per_model_and_text(session, qtbot):
    runs = []
    session.sigRunChanged.connect(lambda: runs.append(1))
    session.recompute()
    session.set_text("hello world", immediate=True)
    assert runs == []  # same model and text: nothing recomputed
    session.set_model(random_model("gru", 4))
    assert runs == [1]
    session.recompute(force=True)
    assert runs == [1, 1]
