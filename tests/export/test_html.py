"""The text view as HTML: per-token values in the markup equal the trace; colours follow
the heatmaps' maps and ranges."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import numpy as np
import pytest

from gate_explorer import load_model
from gate_explorer.cli import main
from gate_explorer.errors import GateExplorerError
from gate_explorer.export.html import UnitRef, parse_range, text_view_html, unit_values
from gate_explorer.workspace.colours import rgb
from gate_explorer.workspace.units import levels

TEXT = 'She said, "Come here (now)!" and left.\nHe waited.'


class Tokens(HTMLParser):
    """Collects every token column: its step, values and the colours of its strips."""

    def __init__(self) -> None:
        super().__init__()
        self.cols: list[dict] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "span" and a.get("class") == "t":
            self.cols.append(
                {"step": int(a["data-step"]), "v": a["data-v"], "strips": [], "text": ""}
            )
        elif tag == "i" and self.cols:
            m = re.search(r"rgb\((\d+),(\d+),(\d+)\)", a["style"])
            self.cols[-1]["strips"].append(tuple(int(x) for x in m.groups()))
            self.cols[-1]["tips"] = [*self.cols[-1].get("tips", []), a["title"]]

    def handle_data(self, data):
        if self.cols and not self.cols[-1]["text"]:
            self.cols[-1]["text"] = data


@pytest.fixture(scope="module")
def run():
    model = load_model("quotes-lstm")
    return model, model.run_text(TEXT)


def test_values_in_the_markup_are_the_trace(run) -> None:
    model, r = run
    units = [UnitRef(1, "h", 5), UnitRef(0, "c", 3), UnitRef(0, "f", 7)]
    page = text_view_html(r, units, title="t")
    parser = Tokens()
    parser.feed(page)
    assert [c["step"] for c in parser.cols] == list(range(len(TEXT)))
    got = np.array([[float(x) for x in c["v"].split(",")] for c in parser.cols])
    for k, u in enumerate(units):
        ref = r.trace.values(u.name, u.layer)[:, u.unit]
        np.testing.assert_allclose(got[:, k], ref, rtol=1e-5, atol=1e-6)
        lo, hi, div = levels(u.name, model.kind, r.trace.values(u.name, u.layer))
        colours = rgb(ref, lo, hi, div)
        assert [c["strips"][k] for c in parser.cols] == [tuple(x) for x in colours.tolist()]
    assert "layer 0 f[7] = " in parser.cols[3]["tips"][2]
    assert "at step 4" in parser.cols[3]["tips"][2]


def test_range_and_limits(run) -> None:
    _, r = run
    page = text_view_html(r, [UnitRef(0, "h", 1)], start=10, stop=20)
    parser = Tokens()
    parser.feed(page)
    assert [c["step"] for c in parser.cols] == list(range(10, 20))
    assert parse_range("3:7", 10) == (3, 7)
    assert parse_range(":4", 10) == (0, 4)
    assert parse_range("6:", 10) == (6, 10)
    for bad in ("7:3", "0:11", "x:3", "5"):
        with pytest.raises(GateExplorerError, match="--range"):
            parse_range(bad, 10)
    with pytest.raises(GateExplorerError, match="at least one unit"):
        text_view_html(r, [])
    with pytest.raises(GateExplorerError, match="not 'q'"):
        unit_values(r, UnitRef(0, "q", 1))
    with pytest.raises(GateExplorerError, match="units"):
        unit_values(r, UnitRef(0, "h", 10_000))


def test_unit_specs() -> None:
    assert UnitRef.parse("92") == UnitRef(0, "h", 92)
    assert UnitRef.parse("c:5") == UnitRef(0, "c", 5)
    assert UnitRef.parse("1:h:92") == UnitRef(1, "h", 92)
    assert UnitRef.parse("0:f:3:1") == UnitRef(0, "f", 3, 1)
    with pytest.raises(GateExplorerError, match="LAYER:NAME:UNIT"):
        UnitRef.parse("1:h:x")


def test_cli_writes_the_page_and_refuses_mismatched_formats(tmp_path, capsys) -> None:
    out = tmp_path / "quotes.html"
    args = ["export", "--model", "quotes-lstm", "--text", TEXT, "--view", "text"]
    assert main([*args, "--unit", "1:h:5,0:c:3", "--range", "0:20", "--out", str(out)]) == 0
    assert "steps 1-20" in capsys.readouterr().out
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert page.count('class="t"') == 20
    assert main([*args, "--unit", "1:h:5", "--out", str(tmp_path / "x.png")]) == 2
    assert "html" in capsys.readouterr().err
    assert main([*args[:-2], "--out", str(tmp_path / "y.html")]) == 2
    assert main([*args, "--unit", "1:h:99999", "--out", str(out)]) == 2
    assert "units" in capsys.readouterr().err
