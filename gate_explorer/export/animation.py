"""Animations: one frame per step, made by moving the step and rendering the same figure.

GIF via Pillow (one palette for all frames, taken from the first, so colours hold still;
streamed, so memory does not grow with the number of steps);
MP4 via imageio when ``imageio-ffmpeg`` is installed (``pip install gate-explorer[video]``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
from PIL import GifImagePlugin, Image
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

import gate_explorer.qt  # noqa: F401  (first: the PySide6 workaround)
from gate_explorer.atomic import atomic_write
from gate_explorer.errors import GateExplorerError
from gate_explorer.export.render import Renderable, render_image
from gate_explorer.notices import translatable

SetStep = Callable[[int], None]
Progress = Callable[[int, int], None]  # (frames done, total)


def to_pil(image: QImage) -> Image.Image:
    """A QImage as an RGBA Pillow image (copying the pixels)."""
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    size = (rgba.width(), rgba.height())
    return Image.frombuffer(
        "RGBA", size, bytes(rgba.constBits()), "raw", "RGBA", rgba.bytesPerLine(), 1
    )


def frames(
    target: Renderable,
    set_step: SetStep,
    steps: int,
    *,
    scale: float = 1.0,
    size: QSize | None = None,
    progress: Progress | None = None,
) -> Iterator[Image.Image]:
    """Pillow RGB images, one per step 0..steps-1 (the figure is left at the last step)."""
    if steps <= 0:
        raise GateExplorerError(translatable("nothing to animate: the text has no steps"))
    for t in range(steps):
        set_step(t)
        yield to_pil(render_image(target, scale=scale, size=size if t == 0 else None)).convert(
            "RGB"
        )
        if progress is not None:
            progress(t + 1, steps)


def write_gif(
    path: str | os.PathLike[str],
    target: Renderable,
    set_step: SetStep,
    steps: int,
    *,
    fps: float = 4.0,
    scale: float = 1.0,
    size: QSize | None = None,
    progress: Progress | None = None,
    overwrite: bool = True,
) -> Path:
    """A looping GIF, frame t showing step t, every frame ``1000 / fps`` ms.

    Frames are streamed to disk: after the first, each is stored as the rectangle that
    changed (the step box and veil), so memory stays at two frames however long the text.
    """
    if fps <= 0:
        raise GateExplorerError(
            translatable("frames per second must be positive, got {fps}").format(fps=fps)
        )
    duration = round(1000 / fps)
    it = frames(target, set_step, steps, scale=scale, size=size, progress=progress)

    def write(tmp: Path) -> None:
        with open(tmp, "wb") as fh:
            first = next(it).quantize(256, method=Image.Quantize.FASTOCTREE)
            header, _ = GifImagePlugin.getheader(first, None, {"loop": 0, "duration": duration})
            fh.writelines(header)
            fh.writelines(GifImagePlugin.getdata(first, (0, 0), duration=duration, disposal=1))
            previous = np.asarray(first)
            for frame in it:
                image = frame.quantize(palette=first, dither=Image.Dither.NONE)
                current = np.asarray(image)
                box = _changed_box(previous, current)
                part = image.crop(box)
                data = GifImagePlugin.getdata(part, box[:2], duration=duration, disposal=1)
                fh.writelines(data)
                previous = current
            fh.write(b";")

    return atomic_write(path, write, overwrite=overwrite)


def _changed_box(before: np.ndarray, after: np.ndarray) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) of the pixels that differ; one pixel when none do."""
    diff = before != after
    rows, cols = np.flatnonzero(diff.any(axis=1)), np.flatnonzero(diff.any(axis=0))
    if rows.size == 0:
        return (0, 0, 1, 1)  # still one frame per step, so the timing stays right
    return (int(cols[0]), int(rows[0]), int(cols[-1]) + 1, int(rows[-1]) + 1)


def video_available() -> bool:
    """Whether MP4 export can run (imageio with a bundled ffmpeg)."""
    try:
        import imageio_ffmpeg  # noqa: F401
    except ImportError:
        return False
    return True


def write_mp4(
    path: str | os.PathLike[str],
    target: Renderable,
    set_step: SetStep,
    steps: int,
    *,
    fps: float = 4.0,
    scale: float = 1.0,
    size: QSize | None = None,
    progress: Progress | None = None,
    overwrite: bool = True,
) -> Path:
    """H.264 MP4 with one frame per step; needs ``imageio-ffmpeg`` (the ``video`` extra)."""
    if not video_available():
        raise GateExplorerError(
            translatable(
                "MP4 export needs imageio-ffmpeg: pip install 'gate-explorer[video]' (or use GIF)"
            )
        )
    import imageio.v2 as imageio

    def write(tmp: Path) -> None:
        with imageio.get_writer(
            tmp, format="FFMPEG", fps=fps, codec="libx264", macro_block_size=2, quality=8
        ) as writer:
            for frame in frames(target, set_step, steps, scale=scale, size=size, progress=progress):
                arr = np.asarray(frame)
                h, w = arr.shape[0] // 2 * 2, arr.shape[1] // 2 * 2  # yuv420p wants even sizes
                writer.append_data(arr[:h, :w])

    return atomic_write(path, write, overwrite=overwrite)
