"""Series files: one numeric column of a CSV/TSV, or a .npy array; bad cells name their row."""

from __future__ import annotations

import numpy as np
import pytest

from gate_explorer.bundled import resource
from gate_explorer.cli import main
from gate_explorer.errors import GateExplorerError
from gate_explorer.io.series import read_series


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_with_a_header_picks_the_last_numeric_column_and_says_so(tmp_path) -> None:
    s = read_series(write(tmp_path, "a.csv", "date,kind,year,value\nx,a,1,0.5\ny,b,2,-1.25\n"))
    np.testing.assert_array_equal(s.values, [0.5, -1.25])
    assert s.column == "value"
    assert "last numeric" in s.note
    assert "'year'" in s.note
    assert s.rows.tolist() == [2, 3]
    assert read_series(tmp_path / "a.csv", "year").values.tolist() == [1, 2]
    assert read_series(tmp_path / "a.csv", "2").values.tolist() == [1, 2]


def test_tsv_without_header_and_a_single_column(tmp_path) -> None:
    s = read_series(write(tmp_path, "b.tsv", "1\t10\n2\t20\n3\t30\n"))
    assert s.values.tolist() == [10, 20, 30]
    one = read_series(write(tmp_path, "c.txt", "\n0.1\n0.2\n\n0.3\n"))
    assert one.values.tolist() == [0.1, 0.2, 0.3]
    assert "only numeric" in one.note


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("v\n1\nabc\n3\n", "row 3, column 'v' holds 'abc'"),
        ("v\n1\n\n2\nNaN\n", "row 5 holds nan"),
        ("a,v\n1,2\n2,\n3,4\n", "row 3, column 'v' holds an empty cell"),
        ("v\n1e999\n", "row 2 holds inf"),
        ("v\n1e300\n", "too large for float32"),
        ("v\n", "only a header"),
        ("", "empty"),
        ("name\nbob\nalice\n", "no column holds numbers"),
    ],
)
def test_bad_cells_are_refused_with_their_row(tmp_path, body: str, message: str) -> None:
    with pytest.raises(GateExplorerError, match=message.replace("(", r"\(")):
        read_series(write(tmp_path, "bad.csv", body))


def test_unknown_column_lists_the_columns(tmp_path) -> None:
    path = write(tmp_path, "a.csv", "x,y\n1,2\n")
    with pytest.raises(GateExplorerError, match="no column 'z'; the columns are 'x', 'y'"):
        read_series(path, "z")


def test_npy_arrays(tmp_path) -> None:
    np.save(tmp_path / "a.npy", np.arange(5.0))
    np.save(tmp_path / "b.npy", np.arange(4.0).reshape(4, 1))
    np.save(tmp_path / "c.npy", np.ones((3, 2)))
    np.save(tmp_path / "d.npy", np.array([1.0, np.nan]))
    np.save(tmp_path / "e.npy", np.array(["a", "b"]))
    assert read_series(tmp_path / "a.npy").values.tolist() == [0, 1, 2, 3, 4]
    assert read_series(tmp_path / "b.npy").values.tolist() == [0, 1, 2, 3]
    with pytest.raises(GateExplorerError, match=r"shape \(3, 2\)"):
        read_series(tmp_path / "c.npy")
    with pytest.raises(GateExplorerError, match="index 1 holds nan"):
        read_series(tmp_path / "d.npy")
    with pytest.raises(GateExplorerError, match="expected numbers"):
        read_series(tmp_path / "e.npy")


def test_npy_declaring_a_huge_array_is_refused_before_reading(tmp_path) -> None:
    path = tmp_path / "huge.npy"
    with path.open("wb") as fh:
        np.lib.format.write_array_header_1_0(
            fh, {"descr": "<f8", "fortran_order": False, "shape": (10**12,)}
        )
    with pytest.raises(GateExplorerError, match="declares 1,000,000,000,000 values"):
        read_series(path)


def test_missing_and_non_utf8_files(tmp_path) -> None:
    with pytest.raises(GateExplorerError, match="no such file"):
        read_series(tmp_path / "nope.csv")
    (tmp_path / "latin.csv").write_bytes(b"v\n\xff\xfe1\n")
    with pytest.raises(GateExplorerError, match="not UTF-8"):
        read_series(tmp_path / "latin.csv")


def test_bundled_sunspots_file() -> None:
    s = read_series(resource("examples", "sunspots.csv"))
    assert len(s.values) == 309
    assert s.column == "SUNACTIVITY"
    assert s.values[0] == 5.0


def test_cli_export_reads_a_series(tmp_path, capsys) -> None:
    out = tmp_path / "run.csv"
    src = resource("examples", "sunspots.csv")
    args = ["export", "--model", "sunspots-lstm", "--out", str(out), "--series"]
    assert main([*args, str(src)]) == 0
    err = capsys.readouterr().err
    assert "309 values from column 'SUNACTIVITY'" in err
    assert out.stat().st_size > 0
    assert main(["export", "--model", "sine-lstm", "--series", str(src), "--out", str(out)]) == 0
    assert "records no input scaling" in capsys.readouterr().err
    assert main(["export", "--model", "quotes-lstm", "--series", str(src), "--out", str(out)]) == 2
    assert "numeric-input models" in capsys.readouterr().err
    bad = write(tmp_path, "bad.csv", "v\n1\n2\nx\n")
    assert main([*args, str(bad)]) == 2
    assert "row 4" in capsys.readouterr().err
    assert (
        main(
            ["export", "--model", "sine-lstm", "--text", "1 2", "--column", "v", "--out", str(out)]
        )
        == 2
    )
    assert "--column goes with --series" in capsys.readouterr().err
