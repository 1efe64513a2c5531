"""Build the Korean prose corpora for ``korean-lstm`` from Debian's Korean documentation.

Sources (Debian packages, fetched with ``apt-get download`` and unpacked with
``dpkg-deb -x``; nothing else is needed):

- training: ``libreoffice-help-ko`` (LibreOffice's help pages in Korean; MPL-2.0),
- held out: ``gimp-help-ko`` (the GIMP user manual in Korean; GNU FDL 1.2+) and
  ``debian-faq-ko`` (the Debian FAQ in Korean; GPL-2+): other translators, other software.

From every HTML page the visible text of paragraphs, list items and table cells is kept
when at least 40% of its letters are Hangul syllables and it is 20-600 characters long;
whitespace is folded and duplicates dropped. Run
``python -m gate_explorer.training.corpora.korean OUTDIR`` (as root or with apt's
download rights); it writes ``korean-train.txt.gz``, ``korean-heldout-gimp-help-ko.txt.gz``
and ``korean-heldout-debian-faq-ko.txt.gz`` (one paragraph a line).

Built from the Debian 12 packages libreoffice-help-ko 4:7.4.7-1+deb12u14 (658,147 characters),
gimp-help-ko 2.10.34-2 (1,026 paragraphs, 92,278 characters) and debian-faq-ko 11.1
(577 paragraphs, 51,952 characters).
"""

from __future__ import annotations

import gzip
import html
import re
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

TRAIN = ("libreoffice-help-ko",)
HELD_OUT = ("gimp-help-ko", "debian-faq-ko")
BLOCKS = {"p", "li", "td", "dd", "dt", "h1", "h2", "h3", "h4", "title", "div", "br"}
SKIP = {"script", "style", "pre", "code", "tt", "kbd", "samp"}
HANGUL = re.compile(r"[\uac00-\ud7a3]")
LETTER = re.compile(r"[^\W\d_]")


def is_hangul(ch: str) -> bool:
    """A precomposed Hangul syllable (U+AC00..U+D7A3): one typed character, one step."""
    return "\uac00" <= ch <= "\ud7a3"


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.current: list[str] = []
        self.skip = 0

    def _flush(self) -> None:
        text = " ".join("".join(self.current).split())
        if text:
            self.parts.append(text)
        self.current = []

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP:
            self.skip = max(self.skip - 1, 0)
        elif tag in BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.current.append(data)


def paragraphs(page: str) -> list[str]:
    """Korean prose paragraphs of one HTML page."""
    parser = _Text()
    parser.feed(page)
    parser.close()
    parser._flush()
    out = []
    for text in parser.parts:
        text = html.unescape(text).replace("\u00a0", " ")
        letters = len(LETTER.findall(text))
        if not 20 <= len(text) <= 600 or not letters:
            continue
        if len(HANGUL.findall(text)) >= 0.4 * letters:
            out.append(text)
    return out


def package_text(name: str, work: Path) -> list[str]:
    """Every kept paragraph of Debian package ``name`` (downloaded into ``work``)."""
    subprocess.run(["apt-get", "download", "-q", name], cwd=work, check=True)
    deb = next(work.glob(f"{name}_*.deb"))
    root = work / name
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    seen, out = set(), []
    for page in sorted(root.rglob("*.htm*")):
        for para in paragraphs(page.read_text(encoding="utf-8", errors="replace")):
            if para not in seen:
                seen.add(para)
                out.append(para)
    return out


def corpus_files() -> dict[str, tuple[str, ...]]:
    """File stem -> the packages it is built from: the training text, then one held-out
    text per package (so a card can give a figure on each)."""
    return {"korean-train": TRAIN, **{f"korean-heldout-{name}": (name,) for name in HELD_OUT}}


def main(argv: list[str]) -> None:
    out = Path(argv[0] if argv else ".")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for stem, names in corpus_files().items():
            paras = [p for name in names for p in package_text(name, work)]
            path = out / f"{stem}.txt.gz"
            path.write_bytes(gzip.compress(("\n".join(paras) + "\n").encode(), mtime=0))
            chars = sum(map(len, paras))
            print(f"{path}: {len(paras)} paragraphs, {chars:,} characters from {', '.join(names)}")


if __name__ == "__main__":
    main(sys.argv[1:])
