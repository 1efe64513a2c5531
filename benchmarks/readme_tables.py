"""Write the README's model tables from the bundled models' cards.

    python benchmarks/readme_tables.py          # rewrite README.md in place
    python benchmarks/readme_tables.py --check  # exit 1 if README.md is out of date

The blocks between ``<!-- model-table:begin -->`` / ``end`` and ``<!-- memory-table:... -->``
are ``gate_explorer.zoo.markdown_table()`` and ``memory_table()``; the test
``tests/training/test_model_table.py`` fails while they differ from the cards.
"""

from __future__ import annotations

import sys
from pathlib import Path

from gate_explorer.zoo import fill_readme

README = Path(__file__).resolve().parent.parent / "README.md"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    text = README.read_text(encoding="utf-8")
    new = fill_readme(text)
    if "--check" in args:
        return 0 if new == text else 1
    README.write_text(new, encoding="utf-8")
    print(f"wrote {README}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
