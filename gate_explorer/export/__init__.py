"""Export: images (PNG/SVG/PDF), data (CSV/NPZ) and animations (GIF/MP4) of a run.

``data`` (CSV/NPZ) and ``atomic`` need no Qt; ``render`` paints any widget, scene or item
(shown or not) and ``images``/``animation`` choose the file; ``figure`` builds the window's
heatmap panel headless; ``run`` is what ``gate-explorer export`` calls; ``actions`` gives
the window its File > Export menu and right-click menu.
"""
