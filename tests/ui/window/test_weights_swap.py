"""A training snapshot is the shown model with new weights: ``Session.set_weights`` swaps
them without rebuilding any view (the heatmaps keep their plot items, their images change),
and everything the user chose stays; another architecture is refused (``set_model``)."""

from dataclasses import replace

import numpy as np

from gate_explorer.session import ModelRef
from gate_explorer.session.core import same_architecture
from gate_explorer.workspace.state import PinnedUnit


def _perturbed(model, seed: int):
    rng = np.random.default_rng(seed)
    params = {k: v + rng.normal(0, 0.5, v.shape).astype(v.dtype) for k, v in
              model.net.params.items()}  # fmt: skip
    return replace(model, net=model.net.with_params(params), name=f"{model.name} (step 2)")


def test_new_weights_keep_the_views_and_the_users_choices(window, qtbot):
    s = window.session
    s.set_text("hello there world", immediate=True)
    s.set_view(sort="index")
    s.set_unit(3, "f")
    s.set_step(4)
    s.set_pinned([PinnedUnit(0, 0, "c", 5)])
    s.set_found_units({2: "found"})
    s.set_span(1, 3)
    window.analysis.tabs.show_view("cellDiagram")
    qtbot.wait(20)
    rows = [(r.vb, r.image, r.unit_axis, r.bar) for r in window.heatmaps.rows]
    before = {r.name: np.array(r.image.image) for r in window.heatmaps.rows}
    cell_canvas = window.analysis.tabs.view("cellDiagram").canvas
    model_changes = []
    s.sigModelChanged.connect(lambda: model_changes.append(1))
    new = _perturbed(s.model, 1)
    assert same_architecture(s.model, new)
    with qtbot.waitSignal(s.sigRunChanged, timeout=10_000):
        assert s.set_weights(new)
    assert s.model is new
    assert not model_changes  # not a new model: no view rebuilt
    assert [(r.vb, r.image, r.unit_axis, r.bar) for r in window.heatmaps.rows] == rows
    assert window.analysis.tabs.view("cellDiagram").canvas is cell_canvas
    after = {r.name: np.array(r.image.image) for r in window.heatmaps.rows}
    assert all(not np.allclose(before[k], after[k]) for k in ("i", "f", "c", "h"))
    # the run is of the new weights, not the old run reused
    np.testing.assert_array_equal(s.values("c"), new.run_text(s.text).trace.values("c"))
    assert (s.unit, s.unit_name, s.step, s.span) == (3, "f", 4, (1, 3))
    assert s.pinned == (PinnedUnit(0, 0, "c", 5),)
    assert s.found_units() == {2: "found"}
    assert window.windowTitle().endswith("(step 2)")


def test_another_architecture_is_not_a_weights_swap(window):
    s = window.session
    old = s.model
    s.open_model(ModelRef("random", cell="lstm", hidden=12))
    wider = s.model
    s.open_model(ModelRef("random", cell="lstm", hidden=8))
    assert not same_architecture(s.model, wider)
    assert not s.set_weights(wider)
    assert s.model is not wider
    assert same_architecture(s.model, old)
    s.open_model(ModelRef("random", cell="gru", hidden=8))
    assert not s.set_weights(old)
