"""``default_partner``: the model compare mode opens as B (Qt-free, in workspace.models)."""

import pytest

from gate_explorer.workspace.models import ModelRef, default_partner

GRU = ModelRef("random", cell="gru", hidden=8)


@pytest.mark.parametrize(
    ("ref", "partner"),
    [
        (ModelRef("bundled", name="quotes-lstm"), ModelRef("bundled", name="quotes-gru")),
        (ModelRef("bundled", name="memory-rnn"), ModelRef("bundled", name="memory-lstm")),
        (ModelRef("bundled", name="sine-lstm"), ModelRef("bundled", name="memory-rnn")),
        (ModelRef("random", cell="lstm", hidden=8), GRU),
        (ModelRef("random", cell="gru", hidden=8), ModelRef("random", cell="lstm", hidden=8)),
    ],
)
def test_default_partner_is_the_sibling_cell(ref, partner):
    names = ["memory-rnn", "memory-lstm", "quotes-lstm", "quotes-gru", "sine-lstm"]
    assert default_partner(ref, names) == partner
