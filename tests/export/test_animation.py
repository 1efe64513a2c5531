"""GIF animation: one frame per step, each frame showing its own step."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageSequence

from gate_explorer.errors import GateExplorerError
from gate_explorer.export import animation
from gate_explorer.export.render import render_image


def test_gif_has_one_frame_per_step(tmp_path, panel, lstm_run):
    steps = len(lstm_run.tokens)
    seen: list[int] = []
    out = animation.write_gif(
        tmp_path / "a.gif",
        panel.widget,
        panel.set_step,
        steps,
        fps=5,
        scale=0.5,
        progress=lambda done, total: seen.append(done),
    )
    with Image.open(out) as gif:
        assert gif.n_frames == steps
        assert gif.size == (450, 300)
        assert gif.info["duration"] == 200
        frames = [np.asarray(f.convert("RGB")) for f in ImageSequence.Iterator(gif)]
    assert seen == list(range(1, steps + 1))
    assert not np.array_equal(frames[0], frames[-1])  # the step box moved


def test_no_steps_is_an_error(tmp_path, panel):
    with pytest.raises(GateExplorerError, match="no steps"):
        animation.write_gif(tmp_path / "a.gif", panel.widget, panel.set_step, 0)
    assert not (tmp_path / "a.gif").exists()


@pytest.mark.skipif(not animation.video_available(), reason="imageio-ffmpeg not installed")
def test_mp4(tmp_path, panel, lstm_run):
    out = animation.write_mp4(
        tmp_path / "a.mp4", panel.widget, panel.set_step, len(lstm_run.tokens), scale=0.5
    )
    assert out.read_bytes()[4:8] == b"ftyp"
    import imageio.v2 as imageio

    with imageio.get_reader(out) as reader:
        assert reader.count_frames() == len(lstm_run.tokens)


def test_mp4_without_ffmpeg_says_how_to_get_it(tmp_path, panel, monkeypatch):
    monkeypatch.setattr(animation, "video_available", lambda: False)
    with pytest.raises(GateExplorerError, match=r"gate-explorer\[video\]"):
        animation.write_mp4(tmp_path / "a.mp4", panel.widget, panel.set_step, 3)


def test_gif_frames_show_their_own_step(tmp_path, panel, lstm_run):
    """Frames are stored as changed rectangles; decoded, each equals a direct render."""
    steps = len(lstm_run.tokens)
    out = animation.write_gif(tmp_path / "a.gif", panel.widget, panel.set_step, steps)
    with Image.open(out) as gif:
        decoded = [np.asarray(f.convert("RGB"), dtype=int) for f in ImageSequence.Iterator(gif)]
    for t in (0, steps // 2, steps - 1):
        panel.set_step(t)
        direct = np.asarray(animation.to_pil(render_image(panel.widget)).convert("RGB"), dtype=int)
        assert np.abs(decoded[t] - direct).mean() < 4  # palette rounding only
        assert np.abs(decoded[(t + 1) % steps] - direct).mean() > np.abs(decoded[t] - direct).mean()


def test_gif_keeps_a_frame_for_a_step_that_changes_nothing(tmp_path, panel):
    out = animation.write_gif(tmp_path / "s.gif", panel.widget, lambda t: None, 5, fps=10)
    with Image.open(out) as gif:
        assert gif.n_frames == 5
