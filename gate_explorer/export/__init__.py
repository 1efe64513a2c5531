"""Export writers: images (PNG/SVG/PDF), data (CSV/NPZ) and animations (GIF/MP4).

They take a widget, scene or item (``render``, ``images``, ``animation``) or a run
(``data``, no Qt) and import nothing from ``ui``: the headless rendering of the window's
panels is ``gate_explorer.headless``, the window's Export menu ``ui.window.export_menu``.
"""
