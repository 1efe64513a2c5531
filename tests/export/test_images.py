"""PNG, SVG, PDF and clipboard exports of the window's heatmap panel, never shown on screen."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import numpy as np
import pyqtgraph as pg
import pytest
from PIL import Image
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from gate_explorer.errors import GateExplorerError
from gate_explorer.export import images
from gate_explorer.export.render import DEFAULT_SIZE
from gate_explorer.ui.heatmap.gates import MARKER

SVG = "{http://www.w3.org/2000/svg}"


def has_colour(img: Image.Image, hex_colour: str, tol: int = 12) -> bool:
    rgb = np.asarray(img.convert("RGB")).reshape(-1, 3).astype(int)
    target = np.array([int(hex_colour[k : k + 2], 16) for k in (1, 3, 5)])
    return bool((np.abs(rgb - target).max(axis=1) <= tol).any())


def test_png_size_scale_and_colours(tmp_path, panel):
    out = images.write_png(tmp_path / "p.png", panel.widget, scale=2.0)
    with Image.open(out) as img:
        assert img.size == (1800, 1200)
        assert round(img.info["dpi"][0]) == 192
        assert has_colour(img, MARKER)  # the current-step box
        assert has_colour(img, "#ffffff")
        assert img.getpixel((5, 5))[3] == 255
    assert not panel.widget.isVisible()


def test_png_transparent_background(tmp_path, panel):
    out = images.write_png(tmp_path / "t.png", panel.widget, transparent=True)
    with Image.open(out) as img:
        assert img.mode == "RGBA"
        assert img.getpixel((2, 2))[3] == 0
        assert has_colour(img, MARKER)
    # the window keeps its own background afterwards
    assert panel.widget.backgroundBrush().style() != Qt.BrushStyle.NoBrush


def test_one_plot_exports_just_that_plot(tmp_path, panel):
    vb = panel.plots()["f"]
    out = images.write_png(tmp_path / "f.png", vb)
    rect = vb.sceneBoundingRect()
    with Image.open(out) as img:
        assert img.size == (round(rect.width()), round(rect.height()))
        assert has_colour(img, MARKER)


def test_svg_parses_has_text_and_renders(tmp_path, panel, lstm_run, qapp):
    out = images.write_svg(tmp_path / "v.svg", panel.widget)
    root = ET.parse(out).getroot()
    assert root.get("width") == "900px"
    texts = {"".join(t.itertext()).strip() for t in root.iter(f"{SVG}text")}
    assert {"h", "i", "forget gate", "test title"} <= texts  # token labels stay text
    assert any(True for _ in root.iter(f"{SVG}image"))  # heatmap pixels
    renderer = QSvgRenderer(str(out))
    assert renderer.isValid()
    image = QImage(QSize(450, 300), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    arr = np.asarray(Image.fromqimage(image).convert("RGB"))
    assert len(np.unique(arr.reshape(-1, 3), axis=0)) > 50


def test_svg_of_a_plain_pyqtgraph_scene_that_breaks_pyqtgraphs_exporter(tmp_path, qapp):
    """pyqtgraph 0.14's SVGExporter fails on this (PySide6 6.12); ours must not."""
    w = pg.GraphicsLayoutWidget()
    plot = w.addPlot(title="plain")
    img = pg.ImageItem(np.random.default_rng(0).random((8, 5)))
    plot.addItem(img)
    bar = pg.ColorBarItem(values=(0, 1), colorMap=pg.colormap.get("viridis"))
    bar.setImageItem(img, insert_in=plot)
    out = images.write_svg(tmp_path / "plain.svg", w.scene())
    texts = {"".join(t.itertext()) for t in ET.parse(out).getroot().iter(f"{SVG}text")}
    assert "plain" in texts
    assert QSvgRenderer(str(out)).isValid()


def test_pdf_has_one_page(tmp_path, panel):
    out = images.write_pdf(tmp_path / "v.pdf", panel.widget)
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b(?!s)", data)) == 1
    box = re.search(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data)
    assert (float(box[1]), float(box[2])) == (675, 450)  # 900 x 600 px at 96 dpi, in pt


def test_clipboard_gets_the_image(panel, qapp):
    image = images.copy_to_clipboard(panel.widget)
    got = QGuiApplication.clipboard().image()
    assert got.size() == image.size() == QSize(900, 600)


def test_unknown_image_format(tmp_path, panel):
    with pytest.raises(GateExplorerError, match="unknown image format"):
        images.write_image(tmp_path / "x.bmp", panel.widget)


def test_fresh_layout_exports_at_full_size_not_stacked(tmp_path, qapp):
    """pyqtgraph trap: a layout exported right after creation is 0-size or piled in a corner."""
    w = pg.GraphicsLayoutWidget()
    top = w.addPlot(row=0, col=0, title="top")
    bottom = w.addPlot(row=1, col=0, title="bottom")
    out = images.write_png(tmp_path / "fresh.png", w)  # no show, no resize, no event loop
    with Image.open(out) as img:
        assert img.size == DEFAULT_SIZE == (1200, 800)  # the one default size of a figure
    a, b = top.sceneBoundingRect(), bottom.sceneBoundingRect()
    assert a.width() > 900
    assert b.top() >= a.bottom() - 1
    assert b.bottom() > 600
