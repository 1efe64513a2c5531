"""``gate_explorer.qt``: the PySide6 6.12 / CPython 3.11 crash, reproduced and prevented.

On the affected versions every Qt method returning nothing drops a reference to None, and
after enough calls CPython aborts ("none_dealloc: deallocating None", exit status 134).
Each Qt entry point of ours imports ``gate_explorer.qt`` first, which prevents it.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from gate_explorer import qt

CALLS = 200_000  # a few thousand are enough to crash; comfortably more
PROBE = """
import sys
{imports}
from PySide6.QtCore import QSize
size = QSize(1, 1)
for k in range({calls}):
    size.setWidth(k)  # returns nothing: one reference to None dropped per call
print("SURVIVED")
"""

affected_here = pytest.mark.skipif(
    not qt.affected(), reason="this Python / PySide6 pair does not have the None refcount bug"
)


def _probe(imports: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", PROBE.format(imports=imports, calls=CALLS)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@affected_here
def test_without_the_workaround_qt_calls_crash_the_interpreter():
    proc = _probe("")
    assert proc.returncode in (134, -6), (proc.returncode, proc.stdout, proc.stderr)
    assert "SURVIVED" not in proc.stdout
    assert "deallocating None" in proc.stderr


@affected_here
@pytest.mark.parametrize(
    "entry",
    [
        "gate_explorer.qt",
        "gate_explorer.export.render",  # crashed before: only session applied the fix
        "gate_explorer.export.images",
        "gate_explorer.session",
        "gate_explorer.ui",
        "gate_explorer.headless",
    ],
)
def test_every_qt_entry_point_applies_the_workaround(entry):
    proc = _probe(f"import {entry}")
    assert proc.returncode == 0, proc.stderr
    assert "SURVIVED" in proc.stdout


@pytest.mark.parametrize(
    ("python", "pyside", "expected"),
    [
        ((3, 11), (6, 12), True),
        ((3, 11), (6, 13), True),
        ((3, 11), (6, 11), False),  # before the bug
        ((3, 12), (6, 12), False),  # None is immortal from 3.12 on
        ((3, 13), (6, 12), False),
    ],
)
def test_applied_only_on_the_affected_versions(python, pyside, expected):
    assert qt.affected(python, pyside) is (expected and sys.implementation.name == "cpython")


def test_applied_in_this_process_exactly_when_affected():
    assert qt.APPLIED is qt.affected()
    if qt.APPLIED:
        assert sys.getrefcount(None) > 1 << 39


def test_the_feature_hook_reads_files_and_gives_pysides_answer():
    """PySide6's import hook asks whether a module's source mentions PySide6; the faster
    check must answer as the original (inspect.getsource) does."""
    import inspect
    import json

    import gate_explorer.ui.analysis.base as qt_module

    feature = sys.modules.get("shibokensupport.feature")
    if getattr(feature, "_mod_uses_pyside", None) is None:
        pytest.skip("this PySide6 has no feature import hook")
    assert qt.FEATURE_CHECK
    check = feature._mod_uses_pyside
    assert check.reads_the_file
    for module in (qt_module, json, inspect, qt, sys):  # Qt code, plain code, a builtin
        try:
            expected = "PySide6" in inspect.getsource(module)
        except (TypeError, OSError):
            expected = False
        assert check(module) is expected, module.__name__
    assert check(qt_module) is True
    assert check(json) is False
