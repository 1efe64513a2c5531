"""Restoring a session: checked whole first, nothing half-applied, one-line messages."""

from __future__ import annotations

import json

import pytest

from gate_explorer.errors import GateExplorerError
from gate_explorer.session import ModelRef, Session, load_state, random_model, save_state


@pytest.fixture
def session(qtbot):
    s = Session(debounce_ms=10)
    s.set_model(random_model("lstm", 8), ModelRef("random", cell="lstm", hidden=8))
    s.set_text("hello world", immediate=True)
    yield s
    s.shutdown()


def _errors(session) -> list[str]:
    seen: list[str] = []
    session.sigError.connect(seen.append)
    return seen


OTHER = {"source": "random", "cell": "gru", "hidden": 5}


@pytest.mark.parametrize(
    "bad",
    [
        {"text": 5},
        {"view": {"layer": "abc"}},
        {"step": "x"},
        {"version": "abc"},
        {"view": {"speed": "fast"}},
        {"view": {"speed": float("nan")}},
        {"step": 1e400},
        {
            "interventions": [
                {"layer": 0, "direction": 0, "step": "1", "name": "h", "unit": 0, "value": 1.0}
            ]
        },
    ],
)
def test_a_bad_value_changes_nothing_not_even_the_model(session, bad):
    errors = _errors(session)
    before = (
        session.model,
        session.model_ref,
        session.text,
        session.step,
        session.speed,
        session.layer,
        session.sort,
    )
    ok = session.apply_state({"model": OTHER, "text": "new text", **bad})
    assert ok is False
    after = (
        session.model,
        session.model_ref,
        session.text,
        session.step,
        session.speed,
        session.layer,
        session.sort,
    )
    assert after == before  # the model was not switched although it came first
    assert len(errors) == 1
    assert "\n" not in errors[0]
    assert "expected" in errors[0]
    assert "found" in errors[0]


def test_a_good_state_applies_whole(session, qtbot):
    state = session.state()
    state |= {
        "model": OTHER,
        "text": "abc abc abc",
        "step": 4,
        "view": {"sort": "mean", "top_k": 2, "speed": 2.0, "unit": 1},
        "found": [{"layer": 0, "direction": 0, "unit": 3, "label": "r = 0.8"}],
        "span": [2, 5],
    }
    assert session.apply_state(state)
    qtbot.waitUntil(lambda: session.run is not None and session.run.text == "abc abc abc")
    assert session.model_ref == ModelRef("random", cell="gru", hidden=5)
    assert (session.step, session.sort, session.top_k, session.speed, session.unit) == (
        4,
        "mean",
        2,
        2.0,
        1,
    )
    assert session.found_units() == {3: "r = 0.8"}
    assert session.span == (2, 5)
    again = session.state()
    assert again["found"] == state["found"]
    assert again["span"] == [2, 5]


def test_a_model_that_fails_to_load_keeps_everything(session, tmp_path):
    errors = _errors(session)
    before = (session.model, session.text)
    bad = {"source": "file", "path": str(tmp_path / "missing.npz")}
    assert not session.apply_state({"model": bad, "text": "other"})
    assert (session.model, session.text) == before
    assert errors


def test_session_file_with_nan_speed_is_refused_naming_the_field(session, tmp_path):
    path = tmp_path / "s.json"
    data = {"format": "gate-explorer-session", **session.state()}
    data["view"]["speed"] = float("nan")
    path.write_text(json.dumps(data))  # Python writes NaN, which is not JSON
    with pytest.raises(
        GateExplorerError,
        match=r"s\.json is not a valid session: "
        r"session\.view\.speed: expected a finite number",
    ):
        load_state(path)


def test_saved_state_round_trips_through_a_file(session, tmp_path):
    path = save_state(tmp_path / "s.json", session.session_state())
    assert load_state(path) == session.session_state()
