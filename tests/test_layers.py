"""The layers point one way, and no module imports in a circle (TYPE_CHECKING imports count).

Read from the source (``ast``), so it sees every import: at the top, inside functions,
under ``TYPE_CHECKING``, and ``importlib.import_module("gate_explorer....")`` with a literal.
A module may import from its own layer or the ones below it, never above.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import gate_explorer

PACKAGE = Path(gate_explorer.__file__).parent

# Bottom to top. A module's layer is that of its longest matching prefix.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("gate_explorer.notices",),  # the bottom: imports nothing of ours
    ("gate_explorer.errors",),
    ("gate_explorer.atomic", "gate_explorer.bundled"),
    ("gate_explorer.engine",),
    ("gate_explorer.io", "gate_explorer.zoo", "gate_explorer"),  # the root: load_model
    ("gate_explorer.training", "gate_explorer.analysis"),
    ("gate_explorer.workspace",),
    ("gate_explorer.qt",),  # the PySide6 workaround: imports nothing of ours
    ("gate_explorer.session",),
    ("gate_explorer.export",),  # the writers: below ui, they import no ui
    ("gate_explorer.ui",),
    ("gate_explorer.headless", "gate_explorer.commands"),
    ("gate_explorer.cli", "gate_explorer.__main__"),
)
QT = ("PySide6", "shiboken6", "pyqtgraph")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py")) if "resources" not in p.parts}


def layer_of(module: str) -> int:
    best, rank = -1, -1
    for k, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best:
                best, rank = len(prefix), k
    assert rank >= 0, f"{module} is in no layer: add it to LAYERS"
    return rank


def imports_of(module: str) -> set[str]:
    """Every module of ours that ``module`` imports (submodules resolved)."""
    path = MODULES[module]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join(up + ([node.module] if node.module else []))
            names = [f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base
                     for a in node.names]  # fmt: skip
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            names = [str(node.args[0].value)]
        found |= {n for n in names if n == "gate_explorer" or n.startswith("gate_explorer.")}
    return {n for n in found if n != module}


def imports_qt(module: str) -> bool:
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    for node in tree.body:  # module level: what importing it loads
        if isinstance(node, ast.Import) and any(a.name.split(".")[0] in QT for a in node.names):
            return True
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in QT:
            return True
    return False


GRAPH = {m: imports_of(m) for m in MODULES}


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_imports_a_layer_above_its_own(module):
    mine = layer_of(module)
    upward = sorted(n for n in GRAPH[module] if n in MODULES and layer_of(n) > mine)
    assert not upward, f"{module} (layer {mine}) imports from above: {upward}"


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in graph:
                continue
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


# Import circles inside the engine, removed by the engine restructuring of issue 15 (items
# 5-6, another branch): once it is merged this set must be emptied (the test then fails on
# any circle at all).
ENGINE_CIRCLES_BEING_REMOVED: set[frozenset[str]] = set()  # none left


def test_no_import_circles():
    cycles = [c for c in _cycles(GRAPH) if frozenset(c) not in ENGINE_CIRCLES_BEING_REMOVED]
    assert cycles == []


def test_the_circle_check_finds_a_circle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_every_module_that_imports_qt_applies_the_workaround_first():
    """``gate_explorer.qt`` is imported by the module itself or by a package it sits in
    (a package's ``__init__`` runs before any of its modules)."""
    missing = []
    for module in MODULES:
        if module == "gate_explorer.qt" or not imports_qt(module):
            continue
        parents = [module.rsplit(".", k)[0] for k in range(module.count(".") + 1)]
        if not any("gate_explorer.qt" in GRAPH.get(p, set()) for p in parents):
            missing.append(module)
    assert missing == []


def test_the_layer_check_sees_type_checking_and_local_imports(tmp_path):
    """``imports_of`` reads imports under TYPE_CHECKING and inside functions too."""
    assert "gate_explorer.io.load" in GRAPH["gate_explorer"]  # inside load_model()
    assert layer_of("gate_explorer.ui.analysis.tabs") > layer_of("gate_explorer.session.core")
