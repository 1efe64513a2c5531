"""Regenerate the window's translations: ``python .ci/i18n.py COMMAND``.

- ``update``: ``pyside6-lupdate`` every module of ``gate_explorer/`` into
  ``resources/i18n/gate_explorer_{en,ko}.ts`` (new strings arrive unfinished, gone ones
  are dropped), then ``pyside6-lrelease`` them into the ``.qm`` files the app loads.
- ``todo [LANG]``: the unfinished entries of ``LANG`` (default ``ko``) as TSV lines
  ``context<TAB>source<TAB>`` (``\\n``, ``\\t``, ``\\\\`` escaped); write the translation
  into the third column.
- ``fill FILE.tsv [LANG]``: put the third column of such a file into the ``.ts`` (marked
  finished), then build the ``.qm``.
- ``check``: exit 1 when the ``.ts`` files are not current with the code or a ``.qm``
  is not built from its ``.ts``, or ``ko`` has unfinished entries.

Typical round after adding strings: ``update``, ``todo > /tmp/ko.tsv``, translate,
``fill /tmp/ko.tsv``, ``check``. Strings in Qt code go through ``self.tr`` /
``QCoreApplication.translate``; Qt-free code marks them with ``notices.translatable``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGS = ("en", "ko")
LUPDATE_ARGS = (
    "-locations", "none", "-no-obsolete", "-tr-function-alias", "QT_TR_NOOP+=translatable",
)  # fmt: skip


def tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease`` (the wrappers PySide6 installs)."""
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6  # the binaries inside the wheel

    for candidate in (
        Path(PySide6.__file__).parent / name,
        Path(PySide6.__file__).parent / "Qt" / "libexec" / name,
    ):
        if candidate.exists():
            return str(candidate)
    raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "gate_explorer").rglob("*.py"))


def ts_path(lang: str, folder: Path = I18N) -> Path:
    return folder / f"gate_explorer_{lang}.ts"


def lupdate(folder: Path = I18N) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
        cmd = [tool("lupdate"), *LUPDATE_ARGS, "-source-language", "en",
               "-target-language", lang, *sources(), "-ts", str(ts_path(lang, folder))]  # fmt: skip
        subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, text=True)


def lrelease(folder: Path = I18N, out: Path = I18N) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
        qm = out / f"gate_explorer_{lang}.qm"
        cmd = [tool("lrelease"), "-silent", str(ts_path(lang, folder)), "-qm", str(qm)]
        subprocess.run(cmd, check=True, capture_output=True, text=True)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def _unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(text[i + 1], text[i + 1]))
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def entries(lang: str, folder: Path = I18N):
    """(context, source, translation, finished) of every message of ``lang``'s ``.ts``."""
    tree = ET.parse(ts_path(lang, folder))
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            finished = tr is not None and tr.get("type") not in ("unfinished", "vanished")
            yield (
                name,
                msg.findtext("source") or "",
                (tr.text or "") if tr is not None else "",
                finished,
            )


def todo(lang: str = "ko") -> list[str]:
    return [f"{_escape(c)}\t{_escape(s)}\t" for c, s, _t, done in entries(lang) if not done]


def fill(tsv: Path, lang: str = "ko") -> int:
    """Write the translations of ``tsv`` into ``lang``'s ``.ts``; returns how many."""
    wanted: dict[tuple[str, str], str] = {}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        context, source, translation = [*line.split("\t"), "", ""][:3]
        if translation:
            wanted[(_unescape(context), _unescape(source))] = _unescape(translation)
    path = ts_path(lang)
    tree = ET.parse(path)
    count = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            key = (name, msg.findtext("source") or "")
            if key in wanted:
                tr = msg.find("translation")
                tr.text = wanted[key]
                tr.attrib.pop("type", None)
                count += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    lupdate()  # back to lupdate's own layout, so ``check`` compares like with like
    lrelease()
    return count


def check() -> list[str]:
    """What is out of date (empty when all is current)."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp_dir = Path(tmp)
        for lang in LANGS:
            if not ts_path(lang).exists():
                problems.append(f"{ts_path(lang).name} is missing: run update")
                continue
            shutil.copy(ts_path(lang), ts_path(lang, tmp_dir))
        lupdate(tmp_dir)
        lrelease(tmp_dir, tmp_dir)
        for lang in LANGS:
            if (
                ts_path(lang).exists()
                and ts_path(lang, tmp_dir).read_bytes() != ts_path(lang).read_bytes()
            ):
                problems.append(f"{ts_path(lang).name} is not current with the code: run update")
            qm = f"gate_explorer_{lang}.qm"
            if not (I18N / qm).exists() or (I18N / qm).read_bytes() != (tmp_dir / qm).read_bytes():
                problems.append(f"{qm} is not built from its .ts: run update")
    left = sum(1 for *_, done in entries("ko") if not done) if ts_path("ko").exists() else 0
    if left:
        problems.append(f"gate_explorer_ko.ts has {left} unfinished entries: run todo")
    return problems


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    if command == "update":
        lupdate()
        lrelease()
        left = sum(1 for *_, done in entries("ko") if not done)
        print(f"updated {I18N.relative_to(ROOT)}; ko: {left} unfinished")
    elif command == "todo":
        print("\n".join(todo(argv[1] if len(argv) > 1 else "ko")))
    elif command == "fill":
        n = fill(Path(argv[1]), argv[2] if len(argv) > 2 else "ko")
        print(f"filled {n} translations")
    elif command == "check":
        problems = check()
        print("\n".join(problems) or "translations are current")
        return 1 if problems else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
