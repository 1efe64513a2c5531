"""GIF animation: one frame per step, each frame showing its own step."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageSequence

from gate_explorer.errors import GateExplorerError
from gate_explorer.export import animation


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
