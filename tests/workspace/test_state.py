"""``SessionState``: one record parsed and checked completely, one-line messages."""

from __future__ import annotations

import json
import math
import typing

import pytest

from gate_explorer.errors import GateExplorerError
from gate_explorer.workspace.state import SessionState, field_paths

from .corrupt import GARBAGE, VALID, corrupted


def _leaves() -> list[tuple[str, typing.Any]]:
    """Every field path of the tree that has no fields of its own (walked, not listed)."""
    paths = field_paths()
    names = [p for p, _ in paths]
    return [(p, h) for p, h in paths if not any(n.startswith(p + ".") for n in names)]


def test_valid_state_round_trips():
    state = SessionState.from_json(VALID)
    assert state.view.speed == 4.0
    assert state.span == (1, 4)
    assert state.interventions[0].value == 0.5
    again = SessionState.from_json(json.loads(json.dumps(state.to_json())))
    assert again == state


def test_the_walk_reaches_every_field_of_the_example():
    """The corrupting tests cover every field: each leaf exists in VALID."""
    for path, _ in _leaves():
        corrupted(path, 0)  # raises KeyError if VALID lacks the field
    assert len(_leaves()) >= 30


@pytest.mark.parametrize(("path", "hint"), _leaves(), ids=[p for p, _ in _leaves()])
def test_garbage_in_any_field_is_refused_in_one_line_or_accepted_whole(path, hint):
    refused = 0
    for value in GARBAGE:
        try:
            state = SessionState.from_json(corrupted(path, value))
        except GateExplorerError as exc:
            message = str(exc)
            assert "\n" not in message
            assert len(message) < 300
            assert message.startswith(f"session.{path.replace('.0.', '[0].')}"), message
            assert "expected" in message or "reads up to" in message
            refused += 1
        else:  # accepted: then it must be a value of the declared kind, read back unchanged
            assert isinstance(state, SessionState)
            assert not (isinstance(value, float) and not math.isfinite(value))
    assert refused >= len(GARBAGE) - 4  # e.g. -1 is a fine unit, 2.5 a fine speed


@pytest.mark.parametrize(
    ("data", "where", "found"),
    [
        ({"view": {"layer": "abc"}}, "session.view.layer", "'abc'"),
        ({"step": "x"}, "session.step", "'x'"),
        ({"version": "abc"}, "session.version", "'abc'"),
        ({"view": {"speed": "fast"}}, "session.view.speed", "'fast'"),
        ({"view": {"speed": float("nan")}}, "session.view.speed", "nan"),
        ({"step": 1e400}, "session.step", "inf"),
        ({"model": {"source": "random", "hidden": 1e400}}, "session.model.hidden", "inf"),
        ({"interventions": [{"step": 1}]}, "session.interventions[0].layer", "missing"),
        ({"span": [5, 2]}, "session.span", "[5, 2]"),
    ],
)
def test_the_issue_cases_name_field_expected_and_found(data, where, found):
    with pytest.raises(GateExplorerError) as err:
        SessionState.from_json(data)
    message = str(err.value)
    assert message.startswith(where), message
    assert found in message


def test_a_newer_version_says_which_this_app_reads():
    with pytest.raises(
        GateExplorerError, match=r"session\.version: format version 7; this app reads up to 1"
    ):
        SessionState.from_json({"version": 7})


def test_not_an_object():
    with pytest.raises(GateExplorerError, match="expected an object"):
        SessionState.from_json([1, 2])
