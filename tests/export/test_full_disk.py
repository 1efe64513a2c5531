"""Exports onto a full disk or through a writer that fails part-way: a message, the old file
kept, nothing half-written (the issue's case 1: PDF reported success and left a stub)."""

from __future__ import annotations

from pathlib import Path

import pytest

from gate_explorer.errors import GateExplorerError
from gate_explorer.export import images

from ..disk import fill_disk

OLD = b"%PDF-1.4 the previous figure %%EOF"


def test_pdf_onto_a_full_disk_fails_and_keeps_the_old_file(panel, small_disk):
    target = small_disk / "view.pdf"
    target.write_bytes(OLD)
    fill_disk(small_disk / "filler")
    with pytest.raises(GateExplorerError, match=r"cannot write .*view\.pdf"):
        images.write_pdf(target, panel.widget)
    assert target.read_bytes() == OLD
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler", "view.pdf"]


def test_pdf_bigger_than_the_disk(panel, small_disk):
    """Room for the temporary file to start but not to finish."""
    target = small_disk / "view.pdf"
    target.write_bytes(OLD)
    size = len(images.pdf_bytes(panel.widget))
    fill_disk(small_disk / "filler", leave=size // 2)
    with pytest.raises(GateExplorerError, match="No space left on device"):
        images.write_pdf(target, panel.widget, size=None)
    assert target.read_bytes() == OLD
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler", "view.pdf"]


def test_pdf_whose_writer_stops_part_way_is_not_renamed(panel, tmp_path, monkeypatch):
    """A short write that raises nothing (as Qt's own PDF writer does on a full disk):
    the file is read back, has no %%EOF, and never takes the target's name."""
    target = tmp_path / "view.pdf"
    target.write_bytes(OLD)
    real = Path.write_bytes

    def short(self, data):
        return real(self, data[: len(data) // 2])

    monkeypatch.setattr(Path, "write_bytes", short)
    with pytest.raises(GateExplorerError, match="incomplete"):
        images.write_pdf(target, panel.widget)
    assert target.read_bytes() == OLD
    assert [p.name for p in tmp_path.iterdir()] == ["view.pdf"]


def test_a_whole_pdf_ends_with_eof(panel, tmp_path):
    path = images.write_pdf(tmp_path / "v.pdf", panel.widget)
    data = path.read_bytes()
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_every_image_format_onto_a_full_disk(panel, small_disk, fmt):
    target = small_disk / f"view.{fmt}"
    target.write_bytes(b"old")
    fill_disk(small_disk / "filler")
    with pytest.raises(GateExplorerError):
        images.write_image(target, panel.widget, fmt)
    assert target.read_bytes() == b"old"
