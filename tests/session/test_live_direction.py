"""A bidirectional layer with one empty half (an ONNX direction='reverse' node read as the
backward half of a bidirectional layer) opens on the half that holds the numbers."""

import numpy as np

from gate_explorer.engine.layers import suffix
from gate_explorer.engine.model import Model
from gate_explorer.engine.net import RecurrentNet
from gate_explorer.session import Session
from gate_explorer.workspace.models import ModelRef, live_direction
from tests.conftest import make_model


def _emptied(direction: int) -> Model:
    """A 2-layer bidirectional GRU whose ``direction`` half holds only zeros, built from its
    state_dict as a loader builds it (an ONNX reverse node's forward half is like that)."""
    full = make_model("gru", hidden=5, layers=2, bidir=True)
    params = {name: np.array(a) for name, a in full.net.params.items()}
    for layer in range(2):
        s = suffix(layer, direction)
        for name in params:
            if name.endswith(s):
                params[name][...] = 0
    net = RecurrentNet.from_state_dict("gru", params)
    return Model("half-empty", net, full.tokenizer, full.embedding)


def test_the_empty_half_is_skipped_and_a_full_layer_is_left_alone():
    empty_forward = _emptied(0)
    assert not np.any(empty_forward.net.params["weight_hh_l0"])
    assert live_direction(empty_forward.net, 0, 0) == 1
    assert live_direction(empty_forward.net, 1, 1) == 1
    empty_backward = _emptied(1)
    assert live_direction(empty_backward.net, 0, 1) == 0
    full = make_model("gru", hidden=5, layers=2, bidir=True)
    assert live_direction(full.net, 0, 0) == 0
    assert live_direction(full.net, 0, 1) == 1
    one_way = make_model("lstm", hidden=5)
    assert live_direction(one_way.net, 0, 0) == 0


def test_the_session_opens_on_the_half_with_weights(qtbot):
    s = Session(debounce_ms=10)
    try:
        s.set_model(_emptied(0), ModelRef("random", cell="gru", hidden=5))
        s.set_text("abc", immediate=True)
        assert s.direction == 1
        assert np.any(s.values("h"))  # what the heatmaps show is the half with numbers
        s.set_view(direction=0)  # the user can still look at the empty half
        assert s.direction == 0
        assert not np.any(s.values("h"))
    finally:
        s.shutdown()
