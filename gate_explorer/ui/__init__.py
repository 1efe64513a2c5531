"""The Qt views; each observes the session, none computes what the engine should.

``window/`` is the main window and its own widgets (model bar, text, token chips, view
controls, answer, stepper, menus, the compare pane); ``heatmap/`` the heatmap panel with
its axes, colour bar, legend and the gate colours; ``analysis/`` one module per analysis
view behind one ``AnalysisView`` base, listed once in ``analysis.tabs.TABS``.
"""

import gate_explorer.qt  # noqa: F401  (first: the PySide6 workaround, before any Qt call)
