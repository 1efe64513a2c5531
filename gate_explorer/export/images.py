"""Write what ``render.paint`` draws as PNG (scale, DPI, transparency), SVG, PDF or clipboard.

SVG goes through Qt's ``QSvgGenerator`` rather than pyqtgraph's ``SVGExporter``, which
raises on some scenes under PySide6 6.12 (``correctCoordinates`` cannot split a point
string). Qt writes text as ``<text>`` and lines as paths; heatmap pixels become embedded
``<image>`` elements.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRect, QRectF, QSize, QSizeF
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

import gate_explorer.qt  # noqa: F401  (first: the PySide6 workaround)
from gate_explorer.atomic import atomic_write
from gate_explorer.errors import GateExplorerError
from gate_explorer.export.render import Renderable, logical_size, paint, prepare, render_image
from gate_explorer.notices import translatable

SCREEN_DPI = 96.0
IMAGE_FORMATS = ("png", "svg", "pdf")


def png_bytes(
    target: Renderable,
    *,
    scale: float = 1.0,
    dpi: float | None = None,
    transparent: bool = False,
    size: QSize | None = None,
) -> bytes:
    """PNG data of the target; ``dpi`` (default 96 x scale) is written into the file."""
    image = render_image(target, scale=scale, transparent=transparent, size=size)
    per_metre = round((dpi or SCREEN_DPI * scale) / 0.0254)
    image.setDotsPerMeterX(per_metre)
    image.setDotsPerMeterY(per_metre)
    return _encode(image, "PNG")


def _encode(image: QImage, fmt: str) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buf, fmt):
        raise GateExplorerError(
            translatable("Qt could not encode the image as {fmt}").format(fmt=fmt)
        )
    buf.close()
    return bytes(data.data())


def write_png(
    path: str | os.PathLike[str],
    target: Renderable,
    *,
    scale: float = 1.0,
    dpi: float | None = None,
    transparent: bool = False,
    size: QSize | None = None,
    overwrite: bool = True,
) -> Path:
    """PNG at ``scale`` x the on-screen size (2 for a retina-sharp figure)."""
    data = png_bytes(target, scale=scale, dpi=dpi, transparent=transparent, size=size)
    return atomic_write(path, lambda tmp: tmp.write_bytes(data), overwrite=overwrite)


def svg_bytes(
    target: Renderable, *, size: QSize | None = None, title: str = "Gate Explorer"
) -> bytes:
    """SVG document of the target: vector axes and text, raster heatmap pixels."""
    prepare(target, size)
    logical = logical_size(target)
    width, height = round(logical.width()), round(logical.height())
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    gen = QSvgGenerator()
    gen.setOutputDevice(buf)
    gen.setSize(QSize(width, height))
    gen.setViewBox(QRect(0, 0, width, height))
    gen.setResolution(round(SCREEN_DPI))
    gen.setTitle(title)
    gen.setDescription("Exported from Gate Explorer")
    painter = QPainter()
    if not painter.begin(gen):
        raise GateExplorerError(translatable("Qt could not start an SVG document"))
    try:
        paint(target, painter, QRectF(0, 0, width, height))
    finally:
        painter.end()
    buf.close()
    return _pixel_size(bytes(data.data()), width, height)


def _pixel_size(svg: bytes, width: int, height: int) -> bytes:
    """Qt sizes the document in mm at its resolution; viewers expect the pixel size."""
    head, sep, rest = svg.partition(b"viewBox=")
    head = re.sub(rb'width="[^"]*"', f'width="{width}px"'.encode(), head, count=1)
    head = re.sub(rb'height="[^"]*"', f'height="{height}px"'.encode(), head, count=1)
    return head + sep + rest


def write_svg(
    path: str | os.PathLike[str],
    target: Renderable,
    *,
    size: QSize | None = None,
    overwrite: bool = True,
) -> Path:
    """SVG file of the target (see ``svg_bytes``)."""
    data = svg_bytes(target, size=size, title=Path(path).stem)
    return atomic_write(path, lambda tmp: tmp.write_bytes(data), overwrite=overwrite)


def pdf_bytes(target: Renderable, *, size: QSize | None = None, title: str = "") -> bytes:
    """A one-page PDF document of the target, built in memory (see ``write_pdf``)."""
    prepare(target, size)
    logical = logical_size(target)
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buf)
    writer.setCreator("Gate Explorer")
    writer.setTitle(title)
    points = QSizeF(logical.width() * 72 / SCREEN_DPI, logical.height() * 72 / SCREEN_DPI)
    exact = QPageSize.SizeMatchPolicy.ExactMatch
    page = QPageSize(points, QPageSize.Unit.Point, "figure", exact)
    writer.setPageLayout(QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setResolution(round(SCREEN_DPI * 3))  # device units finer than a pixel
    painter = QPainter()
    if not painter.begin(writer):
        raise GateExplorerError(translatable("Qt could not start a PDF document"))
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint(target, painter, QRectF(0, 0, writer.width(), writer.height()))
    finally:
        ended = painter.end()
    del writer  # flushes the document into the buffer
    buf.close()
    pdf = bytes(data.data())
    if not ended or not _is_complete_pdf(pdf):
        raise GateExplorerError(
            translatable("Qt did not finish the PDF document (no %%EOF at its end)")
        )
    return pdf


def _is_complete_pdf(data: bytes) -> bool:
    """A PDF is whole when it starts with %PDF- and its last line is %%EOF."""
    return data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")


def write_pdf(
    path: str | os.PathLike[str],
    target: Renderable,
    *,
    size: QSize | None = None,
    overwrite: bool = True,
) -> Path:
    """One-page PDF the size of the target (1 px = 0.75 pt), with vector text.

    Qt's ``QPdfWriter`` reports no write errors (on a full disk ``QPainter.end()`` still
    returns True and the file stops short), so the document is built in memory, written
    through ``atomic_write`` (which raises on a short write), and read back: the file takes
    its name only when it ends with ``%%EOF``; the old file stays otherwise.
    """
    data = pdf_bytes(target, size=size, title=Path(path).stem)

    def write(tmp: Path) -> None:
        tmp.write_bytes(data)
        with open(tmp, "rb") as fh:
            fh.seek(max(tmp.stat().st_size - 64, 0))
            tail = fh.read()
        if tmp.stat().st_size != len(data) or not tail.rstrip().endswith(b"%%EOF"):
            raise GateExplorerError(
                translatable(
                    "cannot write {path_name}: the PDF on disk is incomplete (no %%EOF)"
                ).format(path_name=Path(path).name)
            )

    return atomic_write(path, write, overwrite=overwrite)


def copy_to_clipboard(target: Renderable, *, scale: float = 1.0) -> QImage:
    """Put the target on the clipboard as an image; returns that image."""
    image = render_image(target, scale=scale)
    clipboard = QGuiApplication.clipboard()
    if clipboard is None:
        raise GateExplorerError(translatable("no clipboard available"))
    clipboard.setImage(image)
    return image


def write_image(
    path: str | os.PathLike[str],
    target: Renderable,
    fmt: str | None = None,
    *,
    scale: float = 1.0,
    transparent: bool = False,
    size: QSize | None = None,
    overwrite: bool = True,
) -> Path:
    """PNG, SVG or PDF, chosen by ``fmt`` or the file's suffix."""
    fmt = (fmt or Path(path).suffix.lstrip(".")).lower()
    if fmt == "png":
        return write_png(
            path, target, scale=scale, transparent=transparent, size=size, overwrite=overwrite
        )
    if fmt == "svg":
        return write_svg(path, target, size=size, overwrite=overwrite)
    if fmt == "pdf":
        return write_pdf(path, target, size=size, overwrite=overwrite)
    raise GateExplorerError(
        translatable("unknown image format {fmt!r}; expected one of {names}").format(
            fmt=fmt, names=", ".join(IMAGE_FORMATS)
        )
    )
