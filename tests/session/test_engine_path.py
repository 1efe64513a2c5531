"""The session's engine path: NumPy at start, the compiled loop (gate-explorer[fast]) once it
has loaded in its own worker; the text then runs again whole on it, never mixed."""

import numpy as np
import pytest

from gate_explorer.engine.backend import Backend
from gate_explorer.session import Session
from gate_explorer.workspace.models import ModelRef, random_model


def _session(qtbot):
    s = Session(debounce_ms=10)
    s.set_model(random_model("gru", 16), ModelRef("random", cell="gru", hidden=16))
    s.set_text("the compiled loop takes over", immediate=True)
    return s


def test_numpy_chosen_stays_numpy(qtbot, monkeypatch):
    monkeypatch.setenv("GATE_EXPLORER_ENGINE", "numpy")
    s = _session(qtbot)
    try:
        assert not s.engine.pending
        assert not s.engine.backend.compiled
        assert s.engine.label().startswith("engine: NumPy")
        np.testing.assert_array_equal(
            s.run.trace.values("h"), s.model.run_text(s.text).trace.values("h")
        )
    finally:
        s.shutdown()


def test_the_compiled_loop_takes_over_once_loaded(qtbot, monkeypatch):
    pytest.importorskip("numba")
    monkeypatch.setenv("GATE_EXPLORER_ENGINE", "numba")
    s = _session(qtbot)
    try:
        assert s.engine.pending  # nothing compiled on the GUI thread: NumPy runs meanwhile
        assert not s.engine.backend.compiled
        first = s.run
        with qtbot.waitSignal(s.engine.sigChanged, timeout=180_000):
            pass
        qtbot.waitUntil(lambda: s.run is not first and not s.busy, timeout=10_000)
        compiled = s.engine.backend
        assert compiled.compiled
        assert not s.engine.pending
        assert "compiled" in s.engine.label()
        expected = s.model.run_text(s.text, backend=compiled)  # the same path, bit for bit
        for name in ("r", "z", "n", "h"):
            np.testing.assert_array_equal(s.run.trace.values(name), expected.trace.values(name))
        np.testing.assert_allclose(  # and NumPy's numbers to float32 rounding
            s.run.trace.values("h"), first.trace.values("h"), rtol=0, atol=2e-5
        )
        s.set_text(s.text + " now", immediate=True)  # an append continues on the same path
        qtbot.waitUntil(lambda: not s.busy, timeout=10_000)
        again = s.model.run_text(s.text, backend=compiled)
        np.testing.assert_array_equal(s.run.trace.values("h"), again.trace.values("h"))
    finally:
        s.shutdown()


def test_a_failed_load_falls_back_to_numpy_with_its_reason(qtbot, monkeypatch):
    monkeypatch.setenv("GATE_EXPLORER_ENGINE", "numba")

    def broken(self):
        return Backend("numpy", "the compiled engine failed to load (ImportError: gone)")

    monkeypatch.setattr(Backend, "warm_up", broken)
    monkeypatch.setattr("gate_explorer.engine.backend.numba_installed", lambda: True)
    s = _session(qtbot)
    try:
        with qtbot.waitSignal(s.engine.sigChanged, timeout=10_000):
            pass
        assert not s.engine.backend.compiled
        assert "failed to load (ImportError: gone)" in s.engine.label()
        qtbot.waitUntil(lambda: not s.busy, timeout=10_000)
        np.testing.assert_array_equal(
            s.run.trace.values("h"), s.model.run_text(s.text).trace.values("h")
        )
    finally:
        s.shutdown()
