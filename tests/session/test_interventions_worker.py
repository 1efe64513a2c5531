"""A long counterfactual is computed off the GUI thread, by the same worker as the runs."""

from __future__ import annotations

import numpy as np

from gate_explorer.engine.intervene import Intervention
from gate_explorer.session import Session
from gate_explorer.workspace.models import random_model


def test_a_costly_counterfactual_arrives_from_the_worker_and_matches_the_inline_one(qtbot):
    s = Session()
    s.set_model(random_model("gru", hidden=16, seed=4))
    s.set_text("the cat sat on the mat", immediate=True)
    iv = Intervention(0, 0, 3, "z", 2, 0.0)
    s.interventions.add(iv)
    inline = s.interventions.counterfactual
    assert inline is not None
    s.interventions.clear()

    s.sync_cost = 0.0  # now every counterfactual goes to the worker
    with qtbot.waitSignal(s.interventions.sigChanged, timeout=10_000):
        s.interventions.add(iv)  # first sigChanged: the list, counterfactual not yet there
    assert s.interventions.counterfactual is None
    qtbot.waitUntil(lambda: s.interventions.counterfactual is not None, timeout=10_000)
    np.testing.assert_array_equal(s.interventions.counterfactual.trace.output, inline.trace.output)
    s.shutdown()
