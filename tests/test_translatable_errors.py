"""Every error a window user can meet is raised with a translatable template.

An AST scan of the packages the window reaches: the message of each
``GateExplorerError(...)`` (and of the helpers that build one from a fragment: ``_bad``,
``bad``; and of every ``Notice``) must be a ``notices.translatable("...")`` template,
``.format(...)`` of one, a ``self.tr(...)`` of Qt code, or a name / local helper that only
ever holds such. The CLI-only packages (``commands/``, ``headless/``, ``cli.py``) print
English and are not scanned.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "gate_explorer"
CLI_ONLY = ("commands", "headless", "cli.py")
HELPERS = {"GateExplorerError": 0, "_bad": 1, "bad": 0, "Notice": 1}  # the message argument

# Raises that cannot reach the window, each with why (path, start of the message's source).
EXEMPT: dict[tuple[str, str], str] = {}


def _modules() -> list[Path]:
    return sorted(
        p for p in PACKAGE.rglob("*.py") if p.relative_to(PACKAGE).parts[0] not in CLI_ONLY
    )


class _Scan:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.source = path.read_text(encoding="utf-8")
        self.tree = ast.parse(self.source)
        self.parents: dict[ast.AST, ast.AST] = {}
        for node in ast.walk(self.tree):
            for child in ast.iter_child_nodes(node):
                self.parents[child] = node
        self.functions = {
            n.name: n
            for n in ast.walk(self.tree)
            if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
        }

    def scope(self, node: ast.AST) -> ast.AST:
        while node in self.parents:
            node = self.parents[node]
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                return node
        return self.tree

    def marked(self, node: ast.expr, scope: ast.AST, seen: frozenset[str] = frozenset()) -> bool:
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id == "translatable":
                return True
            if isinstance(func, ast.Attribute) and func.attr == "format":
                return self.marked(func.value, scope, seen)
            if isinstance(func, ast.Attribute) and func.attr == "tr":
                return True  # Qt code: self.tr
            own = func.id if isinstance(func, ast.Name) else None
            if isinstance(func, ast.Attribute) and getattr(func.value, "id", "") == "self":
                own = func.attr  # a method of the same module
            if own in self.functions and own not in seen:
                helper = self.functions[own]
                returns = [r for r in ast.walk(helper) if isinstance(r, ast.Return) and r.value]
                return bool(returns) and all(
                    self.marked(r.value, helper, seen | {own}) for r in returns
                )
            return False
        if isinstance(node, ast.Constant) and node.value == "":
            return True  # nothing to say
        if isinstance(node, ast.IfExp):
            return self.marked(node.body, scope, seen) and self.marked(node.orelse, scope, seen)
        if isinstance(node, ast.Name | ast.Attribute):
            name = node.id if isinstance(node, ast.Name) else node.attr
            if isinstance(scope, ast.FunctionDef) and scope.name in HELPERS:
                args = [a.arg for a in scope.args.args]
                if name in args:
                    return True  # a helper's parameter: its callers are checked
            values = [
                a.value
                for a in ast.walk(scope)
                if isinstance(a, ast.Assign)
                and any(
                    (isinstance(t, ast.Name) and t.id == name)
                    or (isinstance(t, ast.Attribute) and t.attr == name)
                    for t in a.targets
                )
            ]
            module_level = [
                a.value
                for a in self.tree.body
                if isinstance(a, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == name for t in a.targets)
            ]
            values = values or module_level
            return bool(values) and all(self.marked(v, scope, seen) for v in values)
        return False

    def unmarked(self) -> list[str]:
        rel = str(self.path.relative_to(PACKAGE))
        found = []
        for node in ast.walk(self.tree):
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            name = f.id if isinstance(f, ast.Name) else getattr(f, "attr", "")
            k = HELPERS.get(name)
            if k is None or len(node.args) <= k:
                continue
            arg = node.args[k]
            if self.marked(arg, self.scope(node)):
                continue
            text = ast.get_source_segment(self.source, arg) or ""
            if any(rel == p and text.startswith(s) for p, s in EXEMPT):
                continue
            found.append(f"{rel}:{node.lineno}: {name}({text[:80]})")
        return found


def test_every_error_the_window_can_show_is_a_translatable_template():
    modules = _modules()
    assert len(modules) > 100  # the scan really read the package
    unmarked = [line for path in modules for line in _Scan(path).unmarked()]
    assert unmarked == [], "\n".join(unmarked)


def test_the_scan_finds_an_english_f_string_raise(tmp_path):
    """The check above can fail: an f-string message and a plain one are caught, a
    template and a helper that returns one pass."""
    path = tmp_path / "probe.py"
    path.write_text(
        "def _why(x):\n"
        "    return translatable('{x} is odd').format(x=x)\n"
        "def f(x):\n"
        "    raise GateExplorerError(f'{x} is odd')\n"
        "def g(x):\n"
        "    raise GateExplorerError('plain English')\n"
        "def h(x):\n"
        "    msg = translatable('{x} is odd')\n"
        "    raise GateExplorerError(msg.format(x=x))\n"
        "def i(x):\n"
        "    raise GateExplorerError(_why(x))\n",
        encoding="utf-8",
    )
    scan = _Scan(path)
    scan.path = PACKAGE / "probe.py"
    lines = scan.unmarked()
    assert [line.split(":")[1] for line in lines] == ["4", "6"]
