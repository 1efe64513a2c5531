"""The window's panels rendered without a window, for ``gate-explorer export``.

Sits above ``ui`` (it builds the window's own widgets) and beside ``commands``: ``figure``
builds the heatmap panel, ``views`` an analysis view on a private session, ``run`` picks the
writer of ``gate_explorer.export`` for a format. The writers themselves import no ``ui``.
"""

import gate_explorer.qt  # noqa: F401  (first: the PySide6 workaround, before any Qt call)
