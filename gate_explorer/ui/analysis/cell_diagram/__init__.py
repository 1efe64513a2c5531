"""The cell diagram view: one cell's gates as strips of units, wired as in the equations."""

from gate_explorer.ui.analysis.cell_diagram.view import CLICK_HINT, EMPTY_HINT, CellDiagram

__all__ = ["CLICK_HINT", "EMPTY_HINT", "CellDiagram"]
