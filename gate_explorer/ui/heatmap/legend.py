"""The gate names of the current cell, long names and colour scales, in one small table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from gate_explorer.engine.activations import SYMBOLS
from gate_explorer.session import Session
from gate_explorer.ui.heatmap.gates import CELL_NAMES, long_name
from gate_explorer.ui.window.language import QT_TRANSLATE_NOOP, on_language_change
from gate_explorer.workspace import units

RANGES = {  # translated where shown, in the "legend" context
    "sigmoid": "σ, 0 … 1",
    "tanh": "tanh, −1 … 1",
    "state": QT_TRANSLATE_NOOP("legend", "state, centred on 0"),
    "cell": QT_TRANSLATE_NOOP("legend", "centred on 0; the largest 10% saturate"),
}


def scale_of(name: str, kind: str, sigma: str = "σ") -> str:
    """``sigma``: how the gate activation is written (``hσ`` for a hard sigmoid)."""
    if name in units.SIGMOID:
        return RANGES["sigmoid"].replace("σ", sigma)
    if name in units.BOUNDED:
        return RANGES["tanh"]
    if kind == "rnn_relu":
        return "ReLU, ≥ 0"
    return QCoreApplication.translate("legend", RANGES["cell"] if name == "c" else RANGES["state"])


def legend_html(names: tuple[str, ...], kind: str, sigma: str = "σ") -> str:
    """An HTML table: short name, long name, colour scale."""
    rows = "".join(
        f"<tr><td><b>{n}</b></td><td>{long_name(n)}</td>"
        f"<td style='color:#666'>{scale_of(n, kind, sigma)}</td></tr>"
        for n in names
    )
    title = QCoreApplication.translate("legend", "{cell} gates and states").format(
        cell=CELL_NAMES.get(kind, kind)
    )
    colours = QCoreApplication.translate(
        "legend",
        "Blue→white→red: negative→0→positive.<br>White→blue: 0→1. Hatched red: NaN.<br>"
        "Orange box: current step; later steps are veiled.",
    )
    return (
        f"<p style='margin:0'><b>{title}</b></p>"
        f"<table cellspacing='0' cellpadding='2'>{rows}</table>"
        f"<p style='color:#666; margin-top:4px'>{colours}</p>"
    )


class GateLegend(QLabel):
    """Follows the session's model kind."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWordWrap(True)
        self.setObjectName("gateLegend")
        session.sigModelChanged.connect(self._on_model)
        on_language_change(self, self._on_model)
        self._on_model()

    def _on_model(self) -> None:
        model = self.session.model
        if model is None:
            self.setText("")
            return
        html = legend_html(model.net.names, model.kind, SYMBOLS[model.net.gate_activation])
        q = model.card.quote_unit
        limit = model.card.get("star_threshold")
        weak = q is not None and isinstance(limit, int | float) and abs(q.r or 0.0) < limit
        if q is not None and not weak:
            r = f", r = {q.r:.2f}" if q.r is not None else ""
            html += "<p>{}</p>".format(
                self.tr(
                    "★ unit {unit} of layer {layer}: the <b>quote unit</b> "
                    "(tracks being inside quotes; {name}{r})"
                ).format(unit=q.unit, layer=q.layer + 1, name=q.name, r=r)
            )
        self.setText(html)
