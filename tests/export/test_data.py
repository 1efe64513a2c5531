"""CSV and NPZ exports hold the whole trace, row for row and array for array."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import numpy as np
import pytest

from gate_explorer.errors import GateExplorerError
from gate_explorer.export.data import CSV_COLUMNS, csv_lines, csv_text_rows, write_csv, write_npz


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.reader(fh))


def test_csv_rows_are_steps_units_names_layers_directions(tmp_path, gru_run):
    trace = gru_run.trace
    out = write_csv(tmp_path / "t.csv", gru_run)
    rows = read_csv(out)
    assert tuple(rows[0]) == CSV_COLUMNS
    hidden = trace.values("h").shape[1]
    expected = len(gru_run.tokens) * hidden * len(trace.names) * 2 * 2
    assert len(rows) - 1 == expected
    assert {r[3] for r in rows[1:]} == {"0", "1"}
    assert {r[2] for r in rows[1:]} == {"0", "1"}


def test_csv_values_match_trace_and_tokens_are_quoted(tmp_path, lstm_run):
    rows = read_csv(write_csv(tmp_path / "t.csv", lstm_run))[1:]
    trace = lstm_run.trace
    assert len(rows) == len(lstm_run.tokens) * 6 * len(trace.names)
    for step, token, layer, direction, name, unit, value in rows[:: len(rows) // 50]:
        expected = trace.values(name, int(layer), int(direction))[int(step), int(unit)]
        assert np.float32(value) == expected
        assert token == lstm_run.tokens[int(step)].text
    assert {r[1] for r in rows} >= {",", '"', " "}


def test_csv_with_gradients_adds_state_gradient_rows(tmp_path, lstm_model, lstm_run):
    trace = lstm_run.trace
    grads = lstm_model.net.gradients(trace, np.ones_like(trace.output))
    rows = read_csv(write_csv(tmp_path / "g.csv", lstm_run, grads))[1:]
    names = {r[4] for r in rows}
    assert {"dh", "dc"} <= names
    dh = [r for r in rows if r[4] == "dh"]
    assert len(dh) == len(lstm_run.tokens) * 6
    assert np.float32(dh[7][6]) == grads.h[0][0][int(dh[7][0]), int(dh[7][5])]


def test_npz_arrays_equal_the_trace(tmp_path, gru_run):
    out = write_npz(tmp_path / "t.npz", gru_run, meta={"model": "test-gru"})
    trace = gru_run.trace
    with np.load(out, allow_pickle=False) as data:
        for k in range(2):
            for d, suffix in enumerate(("", "_reverse")):
                for name in trace.names:
                    np.testing.assert_array_equal(
                        data[f"{name}_l{k}{suffix}"], trace.values(name, k, d)
                    )
        assert list(data["tokens"]) == [t.text for t in gru_run.tokens]
        meta = json.loads(str(data["meta"]))
    assert meta["kind"] == "gru"
    assert meta["model"] == "test-gru"
    assert meta["steps"] == len(gru_run.tokens)


def test_npz_includes_gradients(tmp_path, lstm_model, lstm_run):
    grads = lstm_model.net.gradients(lstm_run.trace, np.ones_like(lstm_run.trace.output))
    with np.load(write_npz(tmp_path / "g.npz", lstm_run, grads)) as data:
        np.testing.assert_array_equal(data["dh_l0"], grads.h[0][0])
        np.testing.assert_array_equal(data["dc_l0"], grads.c[0][0])
        assert "dweight_ih_l0" not in data


def test_unwritable_target_is_a_clear_error(tmp_path, lstm_run):
    with pytest.raises(GateExplorerError, match="does not exist"):
        write_csv(tmp_path / "missing" / "t.csv", lstm_run)
    with pytest.raises(GateExplorerError, match="folder"):
        write_npz(tmp_path, lstm_run)


def test_fast_csv_equals_the_csv_module(lstm_run, gru_run):
    for run in (lstm_run, gru_run):
        buf = io.StringIO(newline="")
        writer = csv.writer(buf)
        writer.writerow(CSV_COLUMNS)
        writer.writerows(csv_text_rows(run))
        assert "".join(csv_lines(run)) == buf.getvalue()


def test_data_export_needs_no_qt():
    """A notebook can export CSV/NPZ without Qt installed."""
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "import gate_explorer.export.data, gate_explorer.atomic\n"
        "loaded = [m for m in sys.modules if sys.modules[m]]\n"
        "assert not any(m.startswith(('PySide6', 'pyqtgraph')) for m in loaded)"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
