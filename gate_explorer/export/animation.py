"""Animations: one frame per step, made by moving the step and rendering the same figure.

GIF via Pillow (one palette for all frames, taken from the first, so colours hold still);
MP4 via imageio when ``imageio-ffmpeg`` is installed (``pip install gate-explorer[video]``).
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from gate_explorer.errors import GateExplorerError
from gate_explorer.export.atomic import atomic_write
from gate_explorer.export.render import Renderable, render_image

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
        raise GateExplorerError("nothing to animate: the text has no steps")
    for t in range(steps):
        set_step(t)
        yield to_pil(render_image(target, scale=scale, size=size if t == 0 else None)).convert(
            "RGB"
        )
        if progress is not None:
            progress(t + 1, steps)


def gif_bytes(
    target: Renderable,
    set_step: SetStep,
    steps: int,
    *,
    fps: float = 4.0,
    scale: float = 1.0,
    size: QSize | None = None,
    progress: Progress | None = None,
) -> bytes:
    """A looping GIF, frame t showing step t; every frame ``1000 / fps`` ms."""
    if fps <= 0:
        raise GateExplorerError(f"frames per second must be positive, got {fps}")
    it = frames(target, set_step, steps, scale=scale, size=size, progress=progress)
    first = next(it).quantize(256, method=Image.Quantize.FASTOCTREE)
    rest = [f.quantize(palette=first, dither=Image.Dither.NONE) for f in it]
    buf = io.BytesIO()
    first.save(
        buf,
        "GIF",
        save_all=True,
        append_images=rest,
        duration=round(1000 / fps),
        loop=0,
        optimize=False,
        disposal=1,
    )
    return buf.getvalue()


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
    """GIF file with one frame per step (see ``gif_bytes``)."""
    data = gif_bytes(target, set_step, steps, fps=fps, scale=scale, size=size, progress=progress)
    return atomic_write(path, lambda tmp: tmp.write_bytes(data), overwrite=overwrite)


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
            "MP4 export needs imageio-ffmpeg: pip install 'gate-explorer[video]' (or use GIF)"
        )
    import imageio.v2 as imageio
    import numpy as np

    def write(tmp: Path) -> None:
        with imageio.get_writer(
            tmp, format="FFMPEG", fps=fps, codec="libx264", macro_block_size=2, quality=8
        ) as writer:
            for frame in frames(target, set_step, steps, scale=scale, size=size, progress=progress):
                arr = np.asarray(frame)
                h, w = arr.shape[0] // 2 * 2, arr.shape[1] // 2 * 2  # yuv420p wants even sizes
                writer.append_data(arr[:h, :w])

    return atomic_write(path, write, overwrite=overwrite)
