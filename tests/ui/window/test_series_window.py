"""File > Open series…: a CSV/TSV column or a .npy array as a numeric model's input, with the
prediction plot, the error against next = last, the column question and one-line refusals."""

from __future__ import annotations

import numpy as np
import pytest

from gate_explorer import zoo
from gate_explorer.bundled import resource
from gate_explorer.session import ModelRef

pytestmark = pytest.mark.skipif(
    not {"sunspots-lstm", "sine-lstm"} <= set(zoo.names()), reason="needs the bundled models"
)
SUNSPOTS = resource("examples", "sunspots.csv")


def _numeric(window, name: str):
    window.session.open_model(ModelRef("bundled", name=name))
    return window.session


def test_open_series_asks_the_column_and_plots_against_the_truth(window, qtbot):
    s = _numeric(window, "sunspots-lstm")
    asked = []
    window.ask_path = lambda *_: str(SUNSPOTS)

    def ask_item(_title, label, items, default):
        asked.append((label, items, default))
        return "SUNACTIVITY"

    window.ask_item = ask_item
    window.open_series_dialog()
    assert asked[0][1] == ["YEAR", "SUNACTIVITY"]  # two numeric columns: the user is asked
    lines = SUNSPOTS.read_text().splitlines()[1:]
    truth = np.array([float(x.split(",")[1]) for x in lines])
    assert s.steps == len(truth)
    values = np.array([t.value for t in s.run.tokens])
    np.testing.assert_allclose(values, truth)
    answer = window.answer
    assert answer.plot is not None
    assert answer.plot.isVisible()
    _x, y = answer.true_curve.getData()
    np.testing.assert_allclose(y, truth[1:])  # the true next value at every step
    _, pred = answer.pred_curve.getData()
    np.testing.assert_allclose(pred, s.run.predictions)
    s.set_step(40)
    assert answer.now_line.value() == 40  # the current step is marked
    e = answer.series_errors
    model_rmse = np.sqrt(np.mean((s.run.predictions[:-1] - truth[1:]) ** 2))
    naive_rmse = np.sqrt(np.mean((truth[:-1] - truth[1:]) ** 2))
    assert e.count == len(truth) - 1
    assert e.model_rmse == pytest.approx(model_rmse)
    assert e.naive_rmse == pytest.approx(naive_rmse)
    assert e.model_rmse < e.naive_rmse  # the model beats next = last over the whole series
    assert f"{naive_rmse:.4g}" in answer.errors.text()
    assert "records no input scaling" not in window.last_error


def test_a_model_without_scaling_gets_a_notice(window, tmp_path):
    _numeric(window, "sine-lstm")
    path = tmp_path / "wave.npy"
    np.save(path, np.sin(np.linspace(0, 12, 80)))
    assert window.open_series(path)
    assert window.session.steps == 80
    assert "sine-lstm records no input scaling" in window.last_error


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("a,b\n1,2\n3,4\n5,x\n", "row 4, column 'b' holds 'x'"),
        ("v\n1\nnan\n", "row 3"),
        ("v\n", "only a header row"),
    ],
)
def test_bad_series_files_are_one_line_messages(window, tmp_path, content, expected):
    s = _numeric(window, "sunspots-lstm")
    before = s.text
    path = tmp_path / "bad.csv"
    path.write_text(content)
    window.ask_item = lambda *_: "b"
    assert not window.open_series(path)
    assert expected in window.last_error
    assert "\n" not in window.last_error
    assert s.text == before


def test_a_text_model_refuses_a_series(window, tmp_path):
    path = tmp_path / "s.csv"
    path.write_text("v\n1\n2\n")
    assert not window.open_series(path)  # the fixture's random model reads characters
    assert "numeric model" in window.last_error


def test_window_start_opens_a_series(qtbot, settings):
    from gate_explorer.session import Session
    from gate_explorer.ui.window.main_window import MainWindow

    w = MainWindow(Session(debounce_ms=10), settings)
    qtbot.addWidget(w)
    w.start("sunspots-lstm", None, None, str(SUNSPOTS), "SUNACTIVITY")
    assert w.session.steps == len(SUNSPOTS.read_text().splitlines()) - 1
    assert w.series.column == "SUNACTIVITY"
    w.session.shutdown()
