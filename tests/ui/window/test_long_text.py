"""Typing into a long text: only the new steps are run and drawn, and what the window shows
equals a window that drew the whole text afresh."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage

from gate_explorer.engine.stepping import ALIGN
from gate_explorer.session import Session
from gate_explorer.ui.heatmap.panel import WINDOW_STEPS, HeatmapPanel, data_from_session
from gate_explorer.ui.window.tokens import TokenChips
from gate_explorer.workspace.models import ModelRef

TEXT = 'the cat sat on the mat, and the dog said "no". ' * 120  # 5,760 characters


def _session(qtbot, text: str) -> Session:
    s = Session(debounce_ms=10)
    s.open_model(ModelRef("random", cell="lstm", hidden=8, layers=2))
    s.set_text(text, immediate=True)
    qtbot.waitUntil(lambda: s.run is not None and s.run.text == text and not s.busy,
                    timeout=30_000)  # fmt: skip
    return s


def _type(qtbot, s: Session, text: str) -> None:
    s.set_text(text, immediate=True)
    qtbot.waitUntil(lambda: s.run.text == text and not s.busy, timeout=30_000)


def _same_as_fresh(qtbot, panel: HeatmapPanel, chips: TokenChips) -> None:
    s = panel.session
    fresh = data_from_session(s)
    assert panel.data.tokens == fresh.tokens
    for name in fresh.names:
        assert np.array_equal(panel.data.images[name], fresh.images[name]), name
        assert np.array_equal(panel.data.rows[name], fresh.rows[name])
        assert panel.data.levels[name] == fresh.levels[name]
    again = TokenChips(s)
    qtbot.addWidget(again)
    again.resize(chips.size())
    again.canvas.relayout(chips.canvas.width())
    assert chips.canvas.rects == again.canvas.rects
    assert chips.canvas.labels == again.canvas.labels


def test_typing_at_the_end_runs_and_draws_only_the_new_steps(qtbot):
    s = _session(qtbot, TEXT)
    panel, chips = HeatmapPanel(s), TokenChips(s)
    for w in (panel, chips):
        qtbot.addWidget(w)
    panel.resize(900, 700)
    chips.resize(900, 80)
    chips.canvas.relayout(900)
    buffers = {n: b for n, b in panel._buffers.items()}
    text = TEXT
    for ch in "xyz":
        text += ch
        _type(qtbot, s, text)
        info = s.last_rerun
        assert info.start >= len(TEXT) - ALIGN  # the run before the edit was reused
        assert info.computed <= 2 * (ALIGN + 3)  # two layers, the new steps' block only
        assert panel._serial == s.run_serial  # the panel drew this run
    for name, buf in buffers.items():  # the images grew in place: no full redraw
        assert panel._buffers[name] is buf
    _same_as_fresh(qtbot, panel, chips)
    # a deletion at the end and an edit in the middle: still what a fresh window shows
    _type(qtbot, s, text[:-2])
    assert s.last_rerun.computed == 0
    _same_as_fresh(qtbot, panel, chips)
    mid = len(TEXT) // 2
    _type(qtbot, s, text[:mid] + "Q" + text[mid:])
    assert mid - ALIGN < s.last_rerun.start <= mid
    _same_as_fresh(qtbot, panel, chips)
    s.shutdown()


def test_a_long_run_gives_the_image_items_the_steps_around_the_view(qtbot):
    s = _session(qtbot, TEXT)
    panel = HeatmapPanel(s)
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    assert s.steps > WINDOW_STEPS
    row = panel.rows[0]
    lo, hi = row.window
    (x0, x1), _ = row.vb.viewRange()
    assert lo <= x0 < x1 <= hi
    assert hi - lo < s.steps  # not the whole run
    held = row.image.image
    assert held.shape == (row.rows, hi - lo)
    assert np.array_equal(held, panel.data.images[row.name][:, lo:hi])
    # the overlays cover the window, not the whole run (a fill as wide as the run costs
    # its width in every repaint)
    assert (row.nan_bg.rect().left(), row.nan_bg.rect().right()) == (lo, hi)
    assert lo <= row.dim.rect().left() <= row.dim.rect().right() <= hi
    s.set_step(0)  # far outside the window: the items follow the view
    (x0, x1), _ = row.vb.viewRange()
    lo, hi = row.window
    assert lo <= x0 < x1 <= hi
    assert np.array_equal(row.image.image, panel.data.images[row.name][:, lo:hi])
    s.shutdown()


def test_a_long_first_run_shows_its_computed_part_while_it_goes_on(qtbot, monkeypatch):
    from gate_explorer.engine import incremental

    monkeypatch.setattr(incremental, "PARTIAL_SECONDS", 0.0)
    monkeypatch.setattr(incremental, "CHUNK", ALIGN)
    s = Session(debounce_ms=10)
    s.sync_cost = 0.0  # every run goes to the worker
    s.open_model(ModelRef("random", cell="lstm", hidden=64, layers=2))
    panel = HeatmapPanel(s)
    qtbot.addWidget(panel)
    seen: list[int] = []
    s.sigRunChanged.connect(lambda: seen.append(s.steps) if s.busy else None)
    s.set_text(TEXT, immediate=True)
    qtbot.waitUntil(lambda: not s.busy and s.run.text == TEXT, timeout=60_000)
    assert seen  # parts of the run were shown while it went on
    assert all(0 < n < len(TEXT) for n in seen)
    assert seen == sorted(seen)
    assert panel.data.steps == len(TEXT)
    fresh = data_from_session(s)  # the parts drawn add up to the whole run
    for name in fresh.names:
        assert np.array_equal(panel.data.images[name], fresh.images[name]), name
    s.shutdown()


def test_a_new_edit_during_a_long_run_cancels_it_and_shows_the_new_text(qtbot, monkeypatch):
    from gate_explorer.engine import incremental

    monkeypatch.setattr(incremental, "PARTIAL_SECONDS", 0.0)
    monkeypatch.setattr(incremental, "CHUNK", ALIGN)
    s = Session(debounce_ms=10)
    s.sync_cost = 0.0
    s.open_model(ModelRef("random", cell="lstm", hidden=64, layers=2))
    with qtbot.waitSignal(s.sigRunChanged, timeout=30_000):  # the first part arrives
        s.set_text(TEXT, immediate=True)
    assert s.busy
    s.set_step(3)  # stepping works while it runs
    assert s.step == 3
    short = "a new text"
    s.set_text(short, immediate=True)
    qtbot.waitUntil(lambda: not s.busy and s.run.text == short, timeout=30_000)
    fresh = s.model.run_text(short)
    assert np.array_equal(s.run.trace.values("h", 1), fresh.trace.values("h", 1))
    s.shutdown()


def test_chips_paint_the_same_after_typing(qtbot):
    s = _session(qtbot, "abc def " * 50)
    chips = TokenChips(s)
    qtbot.addWidget(chips)
    chips.resize(500, 80)
    chips.canvas.relayout(500)
    _type(qtbot, s, s.text + "gh")
    again = TokenChips(s)
    qtbot.addWidget(again)
    again.resize(500, 80)
    again.canvas.relayout(500)

    def painted(c: TokenChips) -> QImage:
        image = QImage(c.canvas.size(), QImage.Format.Format_RGB32)
        c.canvas.render(image)
        return image

    assert chips.canvas.rects == again.canvas.rects
    assert painted(chips) == painted(again)
    s.shutdown()


def test_an_edit_of_a_bidirectional_model_says_the_reverse_direction_re_runs(qtbot, window):
    s = window.session
    s.open_model(ModelRef("random", cell="gru", hidden=8, layers=2, bidirectional=True))
    s.sync_cost = 0.0  # to the worker: the progress bar shows the plan
    _type(qtbot, s, TEXT)
    texts: list[str] = []
    s.sigProgress.connect(lambda *_: texts.append(window.progress.format()))
    _type(qtbot, s, TEXT + "a")
    assert s.run_plan == ("reverse", len(TEXT) + 1)
    assert s.last_rerun.reverse_whole
    assert any("reverse direction" in t for t in texts)
    _type(qtbot, s, TEXT[:-1])
    assert s.last_rerun.reverse_whole
    fresh = s.model.run_text(TEXT[:-1])
    assert np.array_equal(s.run.trace.values("h", 1, 1), fresh.trace.values("h", 1, 1))


def test_an_edit_past_the_preview_of_a_long_text_leaves_the_field_alone(qtbot, window):
    s, field = window.session, window.text_input
    long = TEXT * 5  # beyond the field's limit: a read-only preview
    assert len(long) > field.limit
    _type(qtbot, s, long)
    assert field.editor.isReadOnly()
    shown = field.editor.toPlainText()
    assert shown == long[: field.limit]
    calls: list[int] = []
    real = field.editor.setPlainText
    field.editor.setPlainText = lambda text: (calls.append(len(text)), real(text))
    _type(qtbot, s, long + "abc")  # laying out the preview again would cost its length
    assert calls == []
    assert field.editor.toPlainText() == shown
    _type(qtbot, s, "Q" + long)  # the preview's own characters changed: shown again
    assert calls == [field.limit]
    assert field.editor.toPlainText() == ("Q" + long)[: field.limit]


def test_a_restored_session_takes_its_step_once_the_whole_run_is_there(qtbot, monkeypatch):
    from gate_explorer.engine import incremental

    monkeypatch.setattr(incremental, "PARTIAL_SECONDS", 0.0)
    monkeypatch.setattr(incremental, "CHUNK", ALIGN)
    s = _session(qtbot, "short")
    state = s.state() | {"text": TEXT, "step": 5000}
    s.shutdown()
    t = Session(debounce_ms=10)
    t.sync_cost = 0.0
    t.open_model(ModelRef("random", cell="lstm", hidden=8, layers=2))
    parts: list[int] = []
    t.sigRunChanged.connect(lambda: parts.append(t.steps) if t.busy else None)
    assert t.apply_state(state)
    qtbot.waitUntil(lambda: not t.busy and t.run.text == TEXT, timeout=60_000)
    assert parts  # the run came in parts first
    assert t.step == 5000
    t.shutdown()
