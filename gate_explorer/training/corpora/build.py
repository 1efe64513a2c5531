"""Build ``speech.txt.gz``: English sentences harvested from Python's own docstrings.

Run once (``python -m gate_explorer.training.corpora.build``); the result ships in this
folder so training never depends on the local Python version. Kept: sentences of 30-150
characters that start with a capital, end with a full stop and hold only letters,
digits, spaces and ``, ; ' -`` (no quotes, brackets or code), deduplicated and sorted.
"""

from __future__ import annotations

import ast
import gzip
import re
import sysconfig
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "speech.txt.gz"
SKIP = ("test", "idlelib", "lib2to3", "site-packages", "turtledemo", "ensurepip", "pydoc_data")
_OK = re.compile(r"[A-Z][A-Za-z0-9 ,;'\-]{28,148}\.")
_SPLIT = re.compile(r"(?<=\.)\s+(?=[A-Z])")


def docstrings(root: Path) -> list[str]:
    """Every module, class and function docstring below ``root``."""
    found = []
    for path in sorted(root.rglob("*.py")):
        if any(part in SKIP or part.startswith("test") for part in path.parts):
            continue
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError, ValueError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef):
                doc = ast.get_docstring(node)
                if doc:
                    found.append(doc)
    return found


def sentences(docs: list[str]) -> list[str]:
    """Clean prose sentences from docstrings (paragraphs joined, whitespace collapsed)."""
    keep = set()
    for doc in docs:
        for para in doc.split("\n\n"):
            if ">>>" in para or "::" in para:
                continue
            flat = " ".join(para.split())
            for s in _SPLIT.split(flat):
                if _OK.fullmatch(s) and "  " not in s and not re.search(r"\b(e\.g|i\.e)\b", s):
                    keep.add(s)
    return sorted(keep)


def main() -> None:
    root = Path(sysconfig.get_paths()["stdlib"])
    found = sentences(docstrings(root))
    OUT.write_bytes(gzip.compress(("\n".join(found) + "\n").encode("ascii"), mtime=0))
    print(f"{len(found)} sentences -> {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
