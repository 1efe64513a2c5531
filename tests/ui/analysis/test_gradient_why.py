"""The Gradient flow tab's "why it vanishes" part: step Jacobian norms along the text, the
LSTM's forget-gate product to the loss, W_hh singular values; computed in a worker."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from gate_explorer import zoo
from gate_explorer.analysis.gradient_flow import float64_net
from gate_explorer.analysis.jacobian import (
    forget_product,
    recurrent_singular_values,
    step_jacobian_norms,
)
from gate_explorer.session import ModelRef, Session
from gate_explorer.training.tasks.memory import text_of
from gate_explorer.ui.analysis import gradient_view
from gate_explorer.ui.analysis.gradient_view import GradientView

needs_memory = pytest.mark.skipif(
    not {"memory-rnn", "memory-lstm"} <= set(zoo.names()), reason="needs the memory models"
)


def _y(curve) -> np.ndarray:
    return np.asarray([] if curve.yData is None else curve.yData, dtype=float)


def _shown(qtbot, name: str, text: str) -> tuple[Session, GradientView]:
    s = Session(debounce_ms=10)
    view = GradientView(s)
    qtbot.addWidget(view)
    view.why_toggle.click()  # what a user does to see why
    assert view.why_box.isVisibleTo(view)
    assert s.open_model(ModelRef("bundled", name=name))
    s.set_text(text, immediate=True)
    view.wait()
    view.wait()  # the forget product is asked for once the step norms are in
    return s, view


@needs_memory
def test_step_norms_forget_product_and_spectra_equal_the_analysis(qtbot):
    s, view = _shown(qtbot, "memory-lstm", text_of("b d", 30))
    net = float64_net(s.model.net)
    expected = step_jacobian_norms(net, s.run.trace).norm
    np.testing.assert_allclose(_y(view.jac_curve), expected, rtol=1e-9)
    np.testing.assert_array_equal(view.jac_curve.xData, np.arange(s.steps) + 0.5)
    logs = forget_product(s.run.trace, 0, s.steps - 1)
    np.testing.assert_allclose(_y(view.f_median), 10 ** np.median(logs, axis=1), rtol=1e-9)
    np.testing.assert_allclose(_y(view.f_max), 10 ** np.max(logs, axis=1), rtol=1e-9)
    assert view.f_median.isVisible()
    blocks = recurrent_singular_values(s.model.net)[0]
    for curve, (_name, values) in zip(view.sv_curves, blocks.items(), strict=True):
        np.testing.assert_allclose(_y(curve), values, rtol=1e-12)
    top = max(float(v[0]) for v in blocks.values())
    assert _y(view.sv_top) == pytest.approx([top])
    text = view.why_caption.text()
    assert f"{top:.3g}" in text
    assert "not the whole story" in text
    assert "forget gate" in text
    # the loss follows the step: the forget product is taken to the new loss step
    view.set_following(True)
    s.set_step(10)
    view.wait()
    logs = forget_product(s.run.trace, 0, 10)
    np.testing.assert_allclose(_y(view.f_median), 10 ** np.median(logs, axis=1), rtol=1e-9)
    s.shutdown()


@needs_memory
def test_the_memory_models_make_the_contrast(qtbot):
    """The RNN's per-step factor is below 1 on most steps; the LSTM's f stays near 1."""
    text = text_of("b d", 40)
    s_rnn, rnn = _shown(qtbot, "memory-rnn", text)
    s_lstm, lstm = _shown(qtbot, "memory-lstm", text)
    rnn_steps = _y(rnn.jac_curve)
    assert np.mean(rnn_steps < 1) > 0.8  # the RNN's step factor is below 1 almost everywhere
    assert np.prod(rnn_steps[1:]) < 1e-6  # and its product from the start to the loss is tiny
    assert not rnn.f_median.isVisible()  # no forget gate to show
    assert "plain RNN" in rnn.why_caption.text()
    # the LSTM's most-kept cell unit carries most of c from the first step to the loss
    assert _y(lstm.f_max)[0] > 0.5
    assert len(_y(lstm.f_max)) == s_lstm.steps
    for s in (s_rnn, s_lstm):
        s.shutdown()


def test_computed_in_the_worker_not_the_gui_thread(qtbot, monkeypatch):
    threads = []
    real = gradient_view.vanishing

    def recording(*args, **kw):
        threads.append(threading.current_thread())
        return real(*args, **kw)

    monkeypatch.setattr(gradient_view, "vanishing", recording)
    s = Session(debounce_ms=10)
    view = GradientView(s)
    qtbot.addWidget(view)
    s.open_model(ModelRef("random", cell="rnn", hidden=6))
    s.set_text("abcdef", immediate=True)
    view.wait()
    assert not threads  # hidden: nothing asked for
    view.set_why(True)
    view.wait()
    assert threads
    assert all(t is not threading.main_thread() for t in threads)
    assert len(_y(view.jac_curve)) == 6
    s.set_view(sort="mean")  # a view change reads the session's results: nothing recomputes
    view.wait()
    assert len(threads) == 1
    s.shutdown()
