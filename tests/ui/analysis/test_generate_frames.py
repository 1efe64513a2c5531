"""Generation in the window, frame by frame: each frame repaints every view at most once,
the writing process's tokens are those the seed writes, and while it writes the colour
limits are kept (and said so) until the run has grown by a tenth, then fitted exactly."""

import itertools

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QObject, QSettings

from gate_explorer.engine.generate import Sampling, write
from gate_explorer.session import Session
from gate_explorer.workspace import units

PROMPT = 'He said, "'


@pytest.fixture
def lm_window(qtbot, tmp_path):
    from gate_explorer.ui.window.main_window import MainWindow

    w = MainWindow(
        Session(debounce_ms=10), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(w)
    w.start(model="quotes-lstm", text=PROMPT)
    w.analysis.show()
    w.analysis.tabs.show_view("cellDiagram")
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.session.shutdown()


class _Paints(QObject):
    """Counts paint events of some widgets between two frames of the generation."""

    def __init__(self, widgets: dict[str, object]) -> None:
        super().__init__()
        self.widgets = widgets
        self.counts = dict.fromkeys(widgets, 0)
        self.worst = dict.fromkeys(widgets, 0)  # most paints seen between two frames
        self.frames = 0
        for w in widgets.values():
            w.installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            for name, w in self.widgets.items():
                if obj is w:
                    self.counts[name] += 1
        return False

    def frame(self, *_, resized: bool = False):
        """A frame ends; ``resized``: the window's layout changed in it (the chips took
        another row, so the heatmaps were resized: a second paint is Qt's, not ours)."""
        self.frames += 1
        for name, n in self.counts.items():
            if not resized:
                self.worst[name] = max(self.worst[name], n)
        self.counts = dict.fromkeys(self.widgets, 0)


def _engine_text(model, tokens: int, seed: int) -> str:
    ref = write(model, model.run_text(PROMPT).trace, Sampling(0.8, 0, seed))
    return "".join(w.text for w in itertools.islice(ref, tokens))


def test_each_frame_repaints_each_view_at_most_once(lm_window, qtbot):
    w, s = lm_window, lm_window.session
    gen = s.generation
    cell = w.analysis.tabs.view("cellDiagram")
    paints = _Paints({
        "heatmaps": w.heatmaps.viewport(), "chips": w.chips.canvas,
        "cell": cell.canvas, "answer": w.answer,
    })  # fmt: skip
    heights = [w.chips.height()]

    def on_frame(*_):
        heights.append(w.chips.height())
        paints.frame(resized=heights[-1] != heights[-2] or heights[-2] != heights[-3:][0])

    gen.sigWritten.connect(on_frame)
    refreshed = []
    original = cell.refresh
    cell.refresh = lambda *a: (refreshed.append(s.steps), original(*a))
    gen.local_only = 10**9  # the GUI thread writes every token: the frame logic alone
    with qtbot.waitSignal(gen.sigRunning, check_params_cb=lambda on: not on, timeout=60_000):
        gen.start(Sampling(0.8, 0, 2), 120)
    qtbot.wait(50)
    assert s.text == PROMPT + _engine_text(s.model, 120, seed=2)
    assert paints.frames >= 3
    assert gen.frames == paints.frames  # every frame added tokens (one batch each)
    assert all(n <= 1 for n in paints.worst.values()), paints.worst
    assert paints.worst["heatmaps"] == 1
    assert paints.worst["chips"] == 1
    # one refresh of the Cell view per frame (the run and the step after it: not twice),
    # plus the one when writing stops and the colour limits are fitted again
    assert len(refreshed) <= gen.frames + 1


def test_the_writing_process_writes_what_the_seed_writes(lm_window, qtbot):
    s = lm_window.session
    gen = s.generation
    gen.local_only = 0  # always a process
    gen.budget_s = 0.0  # and the GUI thread samples nothing itself: every token is the process's
    with qtbot.waitSignal(gen.sigRunning, check_params_cb=lambda on: not on, timeout=180_000):
        gen.start(Sampling(0.8, 5, 4), 150)
    assert gen.from_process == 150
    assert s.text == PROMPT + "".join(
        w.text
        for w in itertools.islice(
            write(s.model, s.model.run_text(PROMPT).trace, Sampling(0.8, 5, 4)), 150
        )
    )
    whole = s.model.run_text(s.text)
    np.testing.assert_allclose(s.run.trace.values("h", 1), whole.trace.values("h", 1),
                               rtol=1e-4, atol=1e-5)  # fmt: skip
    np.testing.assert_allclose(s.run.probs, whole.probs, rtol=1e-4, atol=1e-6)


def test_process_tokens_that_disagree_are_not_used(lm_window, qtbot):
    """The process's tokens are checked against those the GUI thread wrote: a batch that
    differs (other numbers) ends the process and the GUI thread writes on."""
    s = lm_window.session
    gen = s.generation
    gen.local_only = 0
    gen.start(Sampling(0.8, 0, 9), 60)
    qtbot.waitUntil(lambda: gen._done >= 3, timeout=30_000)
    fake = [next(iter(write(s.model, s.run.trace, Sampling(0.8, 0, 1))))] * 2
    fake = [type(f)((f.id + 1) % len(s.model.vocab), f.text, f.probs, f.trace) for f in fake]
    gen._on_batch(gen._ticket, fake)  # as if the process had written other tokens first
    assert not gen._remote
    with qtbot.waitSignal(gen.sigRunning, check_params_cb=lambda on: not on, timeout=60_000):
        pass
    assert gen.from_process == 0
    assert s.text == PROMPT + _engine_text(s.model, 60, seed=9)


def test_colour_limits_are_kept_while_writing_and_fitted_when_it_stops(lm_window, qtbot):
    w, s = lm_window, lm_window.session
    gen = s.generation
    gen.local_only = 10**9
    titles, fitted = [], []

    def on_frame(*_):
        titles.append(w.heatmaps.title.text)
        fitted.append((s.steps, s.levels("c")))

    gen.sigWritten.connect(on_frame)
    with qtbot.waitSignal(gen.sigRunning, check_params_cb=lambda on: not on, timeout=60_000):
        gen.start(Sampling(0.8, 0, 3), 200)
    assert any("refitted at every tenth of growth" in t for t in titles)
    # while it wrote, the limits of c changed only after growing by a tenth
    changes = [k for k in range(1, len(fitted)) if fitted[k][1] != fitted[k - 1][1]]
    assert changes
    assert len(changes) < len(fitted) - 1  # not every frame: kept in between
    # once stopped: fitted to the whole run, and the title no longer says otherwise
    assert not s.growing
    assert s.levels("c") == units.levels("c", "lstm", s.values("c"))
    assert "refitted" not in w.heatmaps.title.text
    row = next(r for r in w.heatmaps.rows if r.name == "c")
    assert row.levels == s.levels("c")


def test_from_an_earlier_step_and_back_and_an_edit_stops_it(lm_window, qtbot):
    s = lm_window.session
    gen = s.generation
    s.set_step(4)  # after "He sa": the rest of the prompt is replaced
    with qtbot.waitSignal(gen.sigRunning, check_params_cb=lambda on: not on, timeout=60_000):
        gen.start(Sampling(0.8, 0, 1), 10)
    assert s.text == PROMPT[:5] + _engine_text_after(s.model, PROMPT[:5], 10, seed=1)
    assert gen.has_generated
    gen.discard()
    qtbot.waitUntil(lambda: s.run is not None and s.run.text == PROMPT)
    # typing while it writes stops it, and the typed text stays
    gen.local_only = 10**9
    gen.start(Sampling(0.8, 0, 1), 5000)
    qtbot.waitUntil(lambda: gen._done > 0, timeout=30_000)
    lm_window.text_input.set_text("typed")
    assert not gen.running
    qtbot.waitUntil(lambda: s.run is not None and s.run.text == "typed")
    assert not gen.has_generated


def _engine_text_after(model, prompt: str, tokens: int, seed: int) -> str:
    ref = write(model, model.run_text(prompt).trace, Sampling(0.8, 0, seed))
    return "".join(w.text for w in itertools.islice(ref, tokens))


def _flush():
    """Deliver what a frame posted (the scene's updates, then the repaints they ask for)."""
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def _on_screen(window, widget):
    """The pixels of ``widget`` as the window shows them now (the backing store)."""
    from PySide6.QtCore import QPoint

    at = widget.mapTo(window, QPoint(0, 0))
    shot = window.screen().grabWindow(window.winId(), at.x(), at.y(), widget.width(),
                                      widget.height())  # fmt: skip
    return shot.toImage()


def test_what_each_frame_repaints_is_what_a_full_repaint_shows(lm_window, qtbot):
    """A frame repaints only what changed (a few chips, the new characters, ...): after
    every frame the window shows the same pixels as each view painted afresh."""
    w, s = lm_window, lm_window.session
    gen = s.generation
    gen.local_only = 10**9
    views = {"chips": w.chips.viewport(), "heatmaps": w.heatmaps.viewport(),
             "text": w.text_input.editor.viewport(), "answer": w.answer}  # fmt: skip
    gen.start(Sampling(0.8, 0, 6), 400)  # the chips scroll: more than three rows of them
    gen._timer.setInterval(10**6)  # the frames are driven here, one at a time
    frames = 0
    while gen.running:
        gen._frame()
        _flush()
        frames += 1
        for name, view in views.items():
            fresh = view.grab().toImage()
            shown = _on_screen(w, view).convertToFormat(fresh.format())
            assert shown == fresh, (name, frames, s.steps)
    assert frames >= 25
    assert s.steps == len(PROMPT) + 400
    assert w.chips.verticalScrollBar().value() > 0


def test_a_batch_is_shown_over_three_frames_and_all_of_it_at_the_end(lm_window, qtbot):
    """While it writes, the frame that adds a batch repaints the text and chips, the next
    one the heatmaps, the one after the Cell view (no frame pays for all of them); when it
    stops, every view shows the whole text."""
    w, s = lm_window, lm_window.session
    gen = s.generation
    gen.local_only = 10**9
    cell = w.analysis.tabs.view("cellDiagram")
    paints = _Paints({"heatmaps": w.heatmaps.viewport(), "chips": w.chips.canvas,
                      "cell": cell.canvas})  # fmt: skip
    gen.start(Sampling(0.8, 0, 8), 120)
    gen._timer.setInterval(10**6)  # the frames are driven here, one at a time
    seen = []
    resized = []  # frames in which the chips took another row: the window's layout changed
    while gen.running:
        steps, height = s.steps, w.chips.height()
        gen._frame()
        _flush()
        seen.append((s.steps > steps, tuple(n > 0 for n in paints.counts.values())))
        resized.append(w.chips.height() != height)
        paints.frame()
    adding = [k for k, (added, _) in enumerate(seen) if added and not any(resized[k : k + 3])]
    assert len(adding) >= 4
    for k in adding[:-1]:  # (heatmaps, chips, cell) repainted: in turn, one batch each
        assert seen[k][1] == (False, True, False), seen[k - 1 : k + 3]
        assert seen[k + 1] == (False, (True, False, False)), seen[k : k + 3]
        assert seen[k + 2] == (False, (False, False, True)), seen[k : k + 3]
    # but the last (it stops: all of it, fitted exactly) and those of a new layout
    assert not any(all(p) for (_, p), r in zip(seen[:-1], resized, strict=False) if not r)
    assert sum(resized) <= 3
    qtbot.wait(20)
    steps = s.steps
    assert len(w.chips.tokens) == steps
    assert w.heatmaps.data.steps == steps
    assert cell.canvas.isVisible()
    assert s.text == PROMPT + _engine_text(s.model, 120, seed=8)


def test_the_heatmaps_stay_still_while_it_writes_and_move_on_a_page_at_a_time(lm_window, qtbot):
    """While it writes, the heatmaps' view keeps its steps and the new columns fill its
    empty part (so a frame repaints them only); when they reach the right edge the view
    moves on by three quarters of a page. The newest step is always in view."""
    from gate_explorer.ui.heatmap.panel import FOLLOW_WINDOW

    w, s = lm_window, lm_window.session
    gen = s.generation
    gen.local_only = 10**9
    wanted = 700
    final = len(PROMPT) + wanted
    gen.start(Sampling(0.8, 0, 5), wanted)
    gen._timer.setInterval(10**6)  # the frames are driven here, one at a time
    views = []
    while gen.running:
        gen._frame()
        _flush()
        (x0, x1), _ = w.heatmaps.rows[0].vb.viewRange()
        drawn = w.heatmaps.data.steps
        if gen.running and drawn > len(PROMPT):
            views.append((round(x0), round(x1), drawn))
    assert len(views) > 20
    for x0, x1, drawn in views:
        assert x1 - x0 == FOLLOW_WINDOW  # the page is as wide as the zoom a long text opens at
        assert x0 <= drawn - 1 < x1  # the newest step is in view
    pages = sorted({(x0, x1) for x0, x1, _ in views})
    assert pages[0][0] == 0
    assert pages[-1][1] == final
    assert len(pages) <= 1 + -(-(final - FOLLOW_WINDOW) // (3 * FOLLOW_WINDOW // 4))
    assert all(b[0] - a[0] >= FOLLOW_WINDOW // 2 for a, b in itertools.pairwise(pages))


def test_a_short_writing_fills_one_page_as_wide_as_its_end(lm_window, qtbot):
    w, s = lm_window, lm_window.session
    gen = s.generation
    gen.local_only = 10**9
    gen.start(Sampling(0.8, 0, 5), 90)
    gen._timer.setInterval(10**6)
    seen = set()
    while gen.running:
        gen._frame()
        _flush()
        if gen.running and w.heatmaps.data.steps > len(PROMPT):  # drawn a batch
            (x0, x1), _ = w.heatmaps.rows[0].vb.viewRange()
            seen.add((round(x0), round(x1)))
    assert seen == {(0, len(PROMPT) + 90)}  # one page, never zoomed while it wrote
    _flush()
    (x0, x1), _ = w.heatmaps.rows[0].vb.viewRange()
    assert (round(x0), round(x1)) == (0, s.steps)
