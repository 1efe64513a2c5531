"""Data exports of a checkpointed (long) run: each chunk recomputed from its checkpoint, the
files byte for byte those of the full run."""

from __future__ import annotations

import pytest

from gate_explorer.engine.checkpointed import run_checkpointed
from gate_explorer.export.data import write_csv, write_npz
from tests.engine.test_incremental import model_of, text_of


@pytest.mark.parametrize("write", [write_csv, write_npz], ids=["csv", "npz"])
def test_a_checkpointed_run_exports_the_same_bytes_as_the_full_run(write, tmp_path):
    model = model_of(num_layers=2, bidirectional=True)
    text = text_of(2500)
    run = run_checkpointed(model, text, every=192)
    a = write(tmp_path / "long", run, size=700)
    b = write(tmp_path / "full", model.run_text(text), size=700)
    assert a.read_bytes() == b.read_bytes()
