"""The Text view fits its colour ranges as its HTML export does, and says when they are
estimated from a sample of a long run's steps."""

import numpy as np

from gate_explorer.export import html as html_export
from gate_explorer.workspace.colours import rgb
from gate_explorer.workspace.units import levels


def test_caption_says_the_ranges_are_estimated(window, qtbot, monkeypatch):
    view = window.analysis.tabs.show_view("textView")
    s = window.session
    s.set_unit(2, "c")
    trace = s.run.trace
    values = trace.values("c", 0)
    lo, hi, div = levels("c", s.model.kind, values)  # short run: fitted on every step
    np.testing.assert_array_equal(view.canvas.colours[0], rgb(values[:, 2], lo, hi, div))
    assert "estimated" not in view.caption.text()
    monkeypatch.setattr(html_export, "FIT_STEPS", 4)  # every run is "long" from here
    view.refresh()
    stride = -(-trace.steps // 4)
    used = len(range(0, trace.steps, stride))
    assert f"Colour ranges estimated from {used} of {trace.steps} steps." in view.caption.text()
    lo, hi, div = levels("c", s.model.kind, values[::stride])
    np.testing.assert_array_equal(view.canvas.colours[0], rgb(values[:, 2], lo, hi, div))
