"""The README's model tables, the model cards and ``gate-explorer models`` agree.

The README blocks are made from the cards (``benchmarks/readme_tables.py``); these tests
fail when a bundle is retrained or re-measured and the README not remade, when a bundle
is added or removed, or when the listing and the README tell different stories.
"""

import re
from pathlib import Path

import pytest

from gate_explorer import cli, zoo

README = Path(__file__).resolve().parents[2] / "README.md"


def _block(text, name):
    begin, end = f"<!-- {name}:begin -->", f"<!-- {name}:end -->"
    return text.split(begin, 1)[1].split(end, 1)[0].strip()


def _rows(block):
    """Markdown table rows (after the header and rule) as lists of cells."""
    rows = []
    for line in block.splitlines()[2:]:
        cells = re.split(r"(?<!\\)\|", line.strip())[1:-1]
        rows.append([c.strip().replace("\\|", "|") for c in cells])
    return rows


@pytest.fixture(scope="module")
def readme():
    return README.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def listing():
    """``gate-explorer models`` output: {name: (kind, summary, held-out line or '')}."""
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli.main(["models"]) == 0
    found, last = {}, None
    for line in out.getvalue().splitlines():
        if line.startswith(" "):
            assert last is not None
            found[last] = (*found[last][:2], line.strip().removeprefix("held out: "))
            continue
        name, kind, *_ = line.split()
        last = name
        summary = zoo.listed_entry(name).summary
        assert line.endswith(summary)
        found[name] = (kind, summary, "")
    return found


def test_readme_blocks_are_made_from_the_cards(readme):
    assert zoo.fill_readme(readme) == readme, (
        "README model tables differ from the cards: run python benchmarks/readme_tables.py"
    )


def test_every_bundled_model_has_one_row_and_nothing_else(readme):
    rows = _rows(_block(readme, "model-table"))
    names = [r[0].strip("`") for r in rows]
    assert names == [*zoo.names(), *zoo.seq2seq_names()]
    assert all(len(r) == 5 for r in rows)


def test_the_listing_says_what_the_readme_says(readme, listing):
    rows = {r[0].strip("`"): r for r in _rows(_block(readme, "model-table"))}
    assert set(listing) == set(rows)
    for name, (kind, summary, result) in listing.items():
        row = rows[name]
        assert row[1] == summary, name
        assert row[4] == result, name  # the held-out figure, word for word
        card = zoo.listed_entry(name).card
        assert str(card["sizes"]["hidden"]) in row[2]
        assert kind.split("_")[0].upper() in row[2]
        assert f"{card['training']['steps']:,} steps" in row[3]


def test_figures_in_the_readme_are_the_cards_figures(readme):
    """Spot checks against the raw card numbers, not through the table code."""
    cards = {e.name: e.card for e in zoo.available()}
    rows = {r[0].strip("`"): r for r in _rows(_block(readme, "model-table"))}
    memory = {
        r[0].split("`")[1]: r for r in _rows(_block(readme, "memory-table")) if "accuracy" in r[0]
    }
    for name, row in memory.items():
        acc = cards[name]["metrics"]["accuracy_by_delay"]
        assert float(row[-1].rstrip("%")) == pytest.approx(100 * acc["100"], abs=0.05)
        assert float(row[1].rstrip("%")) == pytest.approx(100 * acc["1"], abs=0.05)
    assert set(memory) == {n for n in cards if n.startswith("memory-")}
    if "sentiment-gru" in cards:
        m = cards["sentiment-gru"]["metrics"]
        if "drug_reviews_accuracy" in m:
            figures = re.findall(r"[\d.]+%", rows["sentiment-gru"][4])
            assert float(figures[0].rstrip("%")) == pytest.approx(100 * m["accuracy"], abs=0.05)
            assert float(figures[1].rstrip("%")) == pytest.approx(
                100 * m["unknown_word_tokens"], abs=0.05
            )


def test_every_card_says_what_its_figures_were_measured_on():
    for e in zoo.available():
        note = e.card.get("metrics_note", "")
        assert "held" in note, e.name
        if e.name.split("-")[0] in ("memory", "agreement", "sine"):
            assert "never trained" in note, (e.name, note)


def test_result_line_of_each_card_kind():
    """Cards as the tasks write them, including per-text figures of the char models."""
    memory = {
        "metrics": {"accuracy_by_delay": {"1": 1.0, "50": 0.98, "51": 0.9, "100": 0.5}},
        "grad_ratio_first_step_median": {"100": 3e-39},
    }
    assert zoo.result_of(memory) == (
        "min 98% over N = 1..50, min 50% / mean 70% over N = 51..100 (never trained); "
        "gradient at step 1 / at `?`, N = 100: 3e-39"
    )
    quotes = {
        "metrics": {"bits_per_char": {"alice": 2.104, "story": 2.31}},
        "quote_unit": {"layer": 1, "name": "h", "unit": 0, "r": 0.912, "r_story": 0.85},
        "auxiliary_objective": True,
    }
    assert zoo.result_of(quotes) == (
        "2.10 bits/char on alice, 2.31 bits/char on story; quote unit layer 2 `h[0]`, "
        "r = +0.91 (+0.85 on story), taught by an auxiliary objective"
    )
    assert zoo.result_of({"metrics": {"bits_per_char": 0.99}}) == "0.99 bits/char"
    assert zoo.result_of({"headline": "as the card says"}) == "as the card says"
    assert zoo.result_of({"metrics": {"accuracy_by_delay": {"x": 1}}}) == "?"
    assert zoo.result_of({}) == ""


def test_no_bundled_card_gives_an_unreadable_result():
    for e in zoo.available():
        assert zoo.result_of(e.card) not in ("", "?"), e.name
