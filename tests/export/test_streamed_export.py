"""Exports stream: a run read through chunks gives today's files (CSV and HTML byte for
byte, NPZ array for array), ``--range`` writes part of a run, and a long run's export holds
one chunk at a time, not the trace."""

from __future__ import annotations

import dataclasses
import io
import json
import tracemalloc

import numpy as np
import pytest

from gate_explorer import load_model
from gate_explorer.bundled import resource
from gate_explorer.export import html as html_export
from gate_explorer.export.data import csv_lines, npz_arrays, write_csv, write_npz
from gate_explorer.export.html import UnitRef, text_view_html, write_text_view_html
from tests.streamed import ChunkedTrace, synthetic_run

MODELS = ["quotes-lstm", "quotes-gru", "memory-rnn", "korean-lstm"]


@pytest.fixture(scope="module", params=MODELS)
def example(request):
    model = load_model(request.param)
    text = resource("examples", f"{request.param}.txt").read_text(encoding="utf-8")
    return model.run_text(text[:400])


def chunked(run):
    """The same run, its trace readable only in chunks and windows."""
    return dataclasses.replace(run, trace=ChunkedTrace(run.trace))


def old_npz(run, gradients=None, meta=None) -> bytes:
    """The NPZ as it was written before streaming: ``np.savez_compressed`` of every array."""
    buf = io.BytesIO()
    np.savez_compressed(buf, **npz_arrays(run, gradients, meta))
    return buf.getvalue()


def assert_same_npz(path, reference: bytes) -> None:
    with np.load(path, allow_pickle=False) as new, np.load(io.BytesIO(reference)) as old:
        assert list(new.keys()) == list(old.keys())
        for key in old:
            assert new[key].dtype == old[key].dtype, key
            np.testing.assert_array_equal(new[key], old[key], err_msg=key)


def test_csv_through_chunks_is_byte_for_byte_today(tmp_path, example):
    reference = "".join(csv_lines(example)).encode()
    for size in (33, 1 << 16):
        streamed = "".join(csv_lines(chunked(example), size=size)).encode()
        assert streamed == reference
    out = write_csv(tmp_path / "t.csv", chunked(example))
    assert out.read_bytes() == reference


def test_npz_through_chunks_is_array_for_array_today(tmp_path, example):
    reference = old_npz(example, meta={"model": "m"})
    run = chunked(example)
    out = write_npz(tmp_path / "t.npz", run, meta={"model": "m"}, size=50)
    assert_same_npz(out, reference)
    assert all(rows <= 50 for _, _, rows in run.trace.read)


def test_the_in_memory_arrays_join_the_chunks(example):
    whole = npz_arrays(example)
    for key, arr in npz_arrays(chunked(example), size=50).items():  # chunks joined
        np.testing.assert_array_equal(arr, whole[key], err_msg=key)


def test_npz_with_gradients_streams_them_too(tmp_path, lstm_model, lstm_run):
    grads = lstm_model.net.gradients(lstm_run.trace, np.ones_like(lstm_run.trace.output))
    out = write_npz(tmp_path / "g.npz", chunked(lstm_run), grads, size=3)
    assert_same_npz(out, old_npz(lstm_run, grads))


def test_html_through_chunks_is_byte_for_byte_today(tmp_path, example, monkeypatch):
    trace = example.trace
    second = "c" if "c" in trace.names else "h"
    units = [UnitRef(0, "h", 1), UnitRef(trace.num_layers - 1, second, 2)]
    reference = text_view_html(example, units, title="t")
    assert text_view_html(chunked(example), units, title="t") == reference
    monkeypatch.setattr(html_export, "PAGE_BLOCK", 7)  # tokens turned into numbers 7 at a time
    assert text_view_html(chunked(example), units, title="t") == reference
    out = write_text_view_html(tmp_path / "t.html", chunked(example), units, title="t")
    assert out.read_text(encoding="utf-8") == reference
    part = text_view_html(chunked(example), units, start=3, stop=20)
    assert part == text_view_html(example, units, start=3, stop=20)
    assert "ranges fitted on the whole run" in part


def test_ranges_write_part_of_the_run(tmp_path, gru_run):
    rows = "".join(csv_lines(gru_run)).splitlines()
    part = "".join(csv_lines(chunked(gru_run), start=2, stop=5, size=2)).splitlines()
    assert part[0] == rows[0]
    assert part[1:] == [r for r in rows[1:] if 2 <= int(r.split(",")[0]) < 5]
    out = write_npz(tmp_path / "p.npz", chunked(gru_run), start=2, stop=5, size=2)
    with np.load(out) as data:
        np.testing.assert_array_equal(data["h_l1_reverse"], gru_run.trace.values("h", 1, 1)[2:5])
        assert list(data["tokens"]) == [t.text for t in gru_run.tokens[2:5]]
        meta = json.loads(str(data["meta"]))
    assert (meta["steps"], meta["first_step"]) == (3, 2)


def _peak(fn) -> int:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("fmt", ["csv", "npz", "html"])
def test_peak_memory_of_a_long_export_does_not_grow_with_the_run(tmp_path, fmt):
    """Eight times the steps, about the same peak: the export holds a chunk, not the trace
    (a synthetic LSTM trace made chunk by chunk; html: the last 2,000 tokens, colours fitted
    to a sample of the steps)."""
    size = 1024

    def export(steps: int) -> None:
        run = synthetic_run(steps, hidden=8)
        path = tmp_path / f"x{steps}.{fmt}"
        if fmt == "csv":
            write_csv(path, run, size=size)
        elif fmt == "npz":
            write_npz(path, run, size=size)
        else:
            units = [UnitRef(0, "c", 1), UnitRef(0, "f", 2)]
            write_text_view_html(path, run, units, start=steps - 2_000, stop=steps)
        assert path.stat().st_size > 0

    short, long = {"csv": (1_500, 12_000), "npz": (10_000, 80_000), "html": (80_000, 640_000)}[fmt]
    small, large = _peak(lambda: export(short)), _peak(lambda: export(long))
    whole = long * 8 * 4 * 6  # the long run's trace: steps x units x float32 x 6 names
    assert large < 1.25 * small + 256 * 1024, (small, large)
    assert large < whole / 4, (large, whole)


class Stop(Exception):
    pass


@pytest.mark.parametrize("writer", [write_csv, write_npz])
def test_progress_counts_every_step_of_every_block_and_can_stop(tmp_path, gru_run, writer):
    blocks = 2 * 2 * len(gru_run.trace.names)  # layers x directions x names
    total = blocks * gru_run.trace.steps
    seen = []
    writer(tmp_path / "p.out", gru_run, progress=lambda d, t: seen.append((d, t)), size=4)
    assert seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted({d for d, _ in seen})
    assert len(seen) == blocks * 2  # 6 steps in pieces of 4 and 2

    def stop(done, total):
        raise Stop

    with pytest.raises(Stop):
        writer(tmp_path / "q.out", gru_run, progress=stop)
    assert not list(tmp_path.glob("q*"))
