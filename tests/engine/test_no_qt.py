"""The engine, io, training, analysis and workspace layers never import Qt (Qt blocked)."""

import subprocess
import sys

import pytest

# In a fresh interpreter, make any Qt import fail, import the layer and all its modules,
# and report whether anything Qt-like got loaded.
PROBE = """
import importlib, pkgutil, sys
for name in ("PySide6", "PyQt5", "PyQt6", "PySide2", "pyqtgraph", "shiboken6"):
    sys.modules[name] = None
try:
    pkg = importlib.import_module({layer!r})
except ModuleNotFoundError as exc:
    if exc.name == {layer!r}:
        print("ABSENT")
        raise SystemExit(0)
    raise
for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
    importlib.import_module(info.name)
loaded = [m for m in sys.modules if m.split(".")[0] in ("PySide6", "PyQt5", "PyQt6", "pyqtgraph")
          and sys.modules[m] is not None]
print("LOADED", loaded)
"""


@pytest.mark.parametrize(
    "layer",
    [
        "gate_explorer.engine",
        "gate_explorer.io",
        "gate_explorer.training",
        "gate_explorer.analysis",
        "gate_explorer.workspace",  # what a session holds, without Qt
    ],
)
def test_layer_imports_without_qt(layer):
    proc = subprocess.run(
        [sys.executable, "-c", PROBE.format(layer=layer)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    if proc.stdout.strip() == "ABSENT":
        pytest.skip(f"{layer} does not exist yet")
    assert proc.stdout.strip() == "LOADED []", proc.stdout


def test_probe_catches_a_qt_import(tmp_path):
    """The probe itself works: a package with a submodule that imports Qt fails it."""
    pkg = tmp_path / "qtleak"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "view.py").write_text("from PySide6 import QtCore\n")
    proc = subprocess.run(
        [sys.executable, "-c", PROBE.format(layer="qtleak")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert proc.returncode != 0
    assert "PySide6" in proc.stderr
