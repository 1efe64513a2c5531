"""The bundled models: listing, lookup by name, and the `models` command."""

import pytest

from gate_explorer import bundled, cli, load_model, zoo
from gate_explorer.errors import GateExplorerError
from gate_explorer.io.bundle import save_bundle


@pytest.fixture
def resources(tmp_path, monkeypatch):
    """An empty resource folder in place of the real one."""
    (tmp_path / "models").mkdir()
    monkeypatch.setattr(bundled, "resource_dir", lambda: tmp_path)
    return tmp_path


def test_empty_zoo(resources, capsys):
    assert zoo.available() == []
    with pytest.raises(GateExplorerError, match="available: none are bundled yet"):
        zoo.path_of("quotes")
    assert cli.main(["models"]) == 0
    assert "No models are bundled yet" in capsys.readouterr().out


def test_listing_and_loading_by_name(resources, make_model, capsys):
    model = make_model("lstm", num_layers=2)
    model.card = {"summary": "Predicts the next character of a quote.\nMore text.", "task": "x"}
    save_bundle(model, resources / "models" / "quotes-lstm.npz")
    other = make_model("gru")
    other.card = {"task": "sentiment", "data": "movie reviews"}
    save_bundle(other, resources / "models" / "reviews-gru.npz")
    (resources / "models" / "broken.npz").write_bytes(b"not a zip")

    entries = {e.name: e for e in zoo.available()}
    assert sorted(entries) == ["broken", "quotes-lstm", "reviews-gru"]
    assert entries["quotes-lstm"].summary == "Predicts the next character of a quote."
    assert entries["quotes-lstm"].size == "2x5 units, 9 tokens"
    assert entries["reviews-gru"].summary == "sentiment on movie reviews"
    assert entries["broken"].summary.startswith("(unreadable:")
    assert zoo.path_of("reviews-gru") == resources / "models" / "reviews-gru.npz"
    with pytest.raises(GateExplorerError, match="available: broken, quotes-lstm, reviews-gru"):
        zoo.path_of("nope")

    loaded = load_model("quotes-lstm")
    assert loaded.name == "quotes-lstm"
    assert loaded.net.config.num_layers == 2

    assert cli.main(["models"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    assert lines[1].split()[:2] == ["quotes-lstm", "lstm"]
    assert lines[1].endswith("Predicts the next character of a quote.")
