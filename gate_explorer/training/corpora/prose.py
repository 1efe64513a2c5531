"""Real prose with dialogue for the character models, built offline from registry packages.

Training: Jane Austen's six novels (*Emma*, *Mansfield Park*, *Northanger Abbey*,
*Persuasion*, *Pride and Prejudice*, *Sense and Sensibility*; public domain), as the
Debian package ``r-cran-janeaustenr`` ships them (R lazy-load data, read here by a small
reader of R's XDR serialisation, so R is never needed; package licence MIT). Built into
``austen.txt.gz``: one paragraph a line, wrapped lines joined, ``_italics_`` marks dropped.

Held-out (never trained on; another author and another registry): Lewis Carroll's
*Alice's Adventures in Wonderland* (public domain, Millennium Fulcrum edition 2.9), the
``alice29.txt`` of the Canterbury corpus that PyPI's ``brotli`` source distribution ships
as test data (package licence MIT). Its quotations are written `like this'; they become
"like this" (an opening backquote opens, the first ``'`` after it that no letter follows
closes). Built into ``alice.txt.gz``. ``story.txt`` beside this file: story prose with
dialogue written for this project (question marks, exclamations, quotations interrupted by
*he said*, a quotation left open at a paragraph's end and continued in the next).

Rebuild both files with ``python -m gate_explorer.training.corpora.prose`` (fetches the
two packages with ``apt-get download`` and ``pip download``, or pass ``--deb`` and
``--sdist`` paths to files you already have).
"""

from __future__ import annotations

import argparse
import gzip
import re
import struct
import subprocess
import tarfile
import tempfile
import zlib
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from gate_explorer.engine.tokenize import fold_ascii

HERE = Path(__file__).resolve().parent
AUSTEN = HERE / "austen.txt.gz"
ALICE = HERE / "alice.txt.gz"
STORY = HERE / "story.txt"
AUSTEN_PACKAGE = "r-cran-janeaustenr"  # Debian, 1.0.0-1
ALICE_PACKAGE = "brotli==1.2.1"  # PyPI source distribution
BOOKS = (
    "sensesensibility",
    "prideprejudice",
    "mansfieldpark",
    "emma",
    "northangerabbey",
    "persuasion",
)
SOURCES = {
    "train": (
        "Jane Austen's six novels (public domain), from the Debian package "
        "r-cran-janeaustenr 1.0.0 (MIT licence), parsed from its R data without R"
    ),
    "held_out": (
        "Lewis Carroll, Alice's Adventures in Wonderland (public domain; alice29.txt of the "
        "Canterbury corpus in the PyPI brotli 1.2.1 sdist, MIT licence), quotations turned "
        "into double quotes; plus story.txt, prose with dialogue written for this project"
    ),
}


# ----------------------------------------------------------------- R serialisation (XDR)
class _RReader:
    """Just enough of R's XDR serialisation for data sets of character vectors."""

    def __init__(self, data: bytes) -> None:
        if data[:2] != b"X\n":
            raise ValueError("not an XDR-serialised R object")
        self.b, self.p = data, 2
        self.refs: list[Any] = []
        version = self.int()
        self.int(), self.int()  # writer and minimal reader versions
        if version == 3:
            n = self.int()
            self.p += n  # native encoding name

    def int(self) -> int:
        (v,) = struct.unpack(">i", self.b[self.p : self.p + 4])
        self.p += 4
        return v

    def obj(self) -> Any:
        flags = self.int()
        kind, has_attr, has_tag = flags & 0xFF, flags & (1 << 9), flags & (1 << 10)
        if kind in (254, 242):  # NULL, empty environment
            return None
        if kind == 255:  # reference to an earlier symbol
            return self.refs[(flags >> 8) - 1]
        if kind == 1:  # symbol
            self.refs.append(("symbol", self.obj()))
            return self.refs[-1]
        if kind == 9:  # CHARSXP
            n = self.int()
            if n == -1:
                return None
            v = self.b[self.p : self.p + n].decode("utf-8", "replace")
            self.p += n
            return v
        if kind == 2:  # pairlist: [(tag, value), ...]
            if has_attr:
                self.obj()
            tag = self.obj() if has_tag else None
            car, cdr = self.obj(), self.obj()
            return [(tag, car), *(cdr or [])]
        if kind in (16, 19):  # character vector, list
            values: Any = [self.obj() for _ in range(self.int())]
        elif kind in (10, 13):  # logical, integer
            n = self.int()
            values = list(struct.unpack(f">{n}i", self.b[self.p : self.p + 4 * n]))
            self.p += 4 * n
        elif kind == 14:  # double
            n = self.int()
            values = list(struct.unpack(f">{n}d", self.b[self.p : self.p + 8 * n]))
            self.p += 8 * n
        else:
            raise ValueError(f"R object type {kind} is not supported")
        if has_attr:
            names = [v for tag, v in self.obj() if tag and tag[1] == "names"]
            if names:
                return dict(zip(names[0], values, strict=True))
        return values


def read_r_lazyload(rdx: bytes, rdb: bytes) -> dict[str, Any]:
    """Every variable of an R lazy-load database (``Rdata.rdx`` + ``Rdata.rdb``)."""
    index = _RReader(gzip.decompress(rdx)).obj()
    out = {}
    for name, (offset, length) in index["variables"].items():
        chunk = rdb[offset : offset + length]
        out[name] = _RReader(zlib.decompress(chunk[4:])).obj()  # 4-byte length, then zlib
    return out


# ----------------------------------------------------------------------------- cleaning
def _ascii(text: str) -> str:
    return "".join(c for c in map(fold_ascii, text) if c == "\n" or " " <= c <= "~")


def paragraphs_of_lines(lines: list[str]) -> list[str]:
    """Blank-line separated paragraphs of wrapped lines, each joined into one line."""
    out, cur = [], []
    for line in [*lines, ""]:
        line = (line or "").strip()
        if line:
            cur.append(line)
        elif cur:
            out.append(re.sub(r" {2,}", " ", " ".join(cur)))
            cur = []
    return out


def austen_paragraphs(books: dict[str, list[str]]) -> list[str]:
    """The six novels as paragraphs, ASCII, italics underscores dropped."""
    paras = []
    for name in BOOKS:
        for p in paragraphs_of_lines(books[name]):
            paras.append(_ascii(p.replace("_", "")))
    return [p for p in paras if p]


def double_quotes_from_backquotes(text: str) -> str:
    """`Quoted' -> "Quoted", the way an American edition prints it.

    A backquote opens; while open, the first ``'`` that no letter follows closes
    (``don't`` and ``I'm`` stay apostrophes); the book's own inner ``"`` become ``'``. A
    quotation still open at a paragraph's end stays open, unless the next paragraph
    opens again (the old way to continue a speech or a poem): then it is closed there,
    so every ``"`` of the result opens or closes as the toggling "inside quotes" reads it.
    """
    out, inside = [], False
    for i, ch in enumerate(text):
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if ch == "`":
            if inside:  # a continuation: close the previous paragraph's quotation
                k = len(out)
                while k and out[k - 1].isspace():
                    k -= 1
                out.insert(k, '"')
            out.append('"')
            inside = True
        elif ch == "'" and inside and not nxt.isalpha():
            out.append('"')
            inside = False
        elif ch == '"':
            out.append("'")
        else:
            out.append(ch)
    return "".join(out)


def alice_paragraphs(raw: str) -> list[str]:
    """*Alice* as paragraphs with double quotes, ``_italics_`` marks dropped; title lines
    kept as short paragraphs."""
    raw = raw.replace("\r\n", "\n")
    text = double_quotes_from_backquotes(raw)
    return [_ascii(p.replace("_", "")) for p in paragraphs_of_lines(text.split("\n"))]


# -------------------------------------------------------------------------------- build
def _fetch(tmp: Path, deb: str | None, sdist: str | None) -> tuple[Path, Path]:
    if deb is None:
        subprocess.run(["apt-get", "download", AUSTEN_PACKAGE], cwd=tmp, check=True)
        deb = str(next(tmp.glob("r-cran-janeaustenr_*.deb")))
    if sdist is None:
        cmd = ["pip", "download", "--no-deps", "--no-binary", ":all:", "-d", str(tmp)]
        subprocess.run([*cmd, ALICE_PACKAGE], check=True)
        sdist = str(next(tmp.glob("brotli-*.tar.gz")))
    return Path(deb), Path(sdist)


def _deb_member(deb: Path, tmp: Path, suffix: str) -> bytes:
    subprocess.run(["dpkg-deb", "-x", str(deb), str(tmp / "deb")], check=True)
    return next((tmp / "deb").rglob(f"janeaustenr/data/{suffix}")).read_bytes()


def build(deb: str | None = None, sdist: str | None = None) -> None:
    """Write ``austen.txt.gz`` and ``alice.txt.gz`` from the two packages."""
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        deb_path, sdist_path = _fetch(tmp, deb, sdist)
        books = read_r_lazyload(
            _deb_member(deb_path, tmp, "Rdata.rdx"), _deb_member(deb_path, tmp, "Rdata.rdb")
        )
        with tarfile.open(sdist_path) as tar:
            member = next(m for m in tar.getmembers() if m.name.endswith("testdata/alice29.txt"))
            raw = tar.extractfile(member).read().decode("ascii")  # type: ignore[union-attr]
    for path, paras in ((AUSTEN, austen_paragraphs(books)), (ALICE, alice_paragraphs(raw))):
        data = ("\n".join(paras) + "\n").encode("ascii")
        with open(path, "wb") as f, gzip.GzipFile(fileobj=f, mode="wb", mtime=0) as gz:
            gz.write(data)
        print(f"{len(paras)} paragraphs, {len(data)} chars -> {path} ({path.stat().st_size} B)")


# ------------------------------------------------------------------------------ reading
@cache
def training_paragraphs() -> tuple[str, ...]:
    """Austen, one paragraph per entry, in book order."""
    return tuple(gzip.decompress(AUSTEN.read_bytes()).decode("ascii").splitlines())


@cache
def held_out_paragraphs() -> tuple[str, ...]:
    """*Alice*, one paragraph per entry."""
    return tuple(gzip.decompress(ALICE.read_bytes()).decode("ascii").splitlines())


def story() -> str:
    """The project's own story prose with dialogue (paragraphs separated by blank lines)."""
    return STORY.read_text(encoding="utf-8")


def wrap(paragraph: str, width: int) -> str:
    """Hard-wrap at ``width`` columns on spaces (as plain-text books and e-mails do)."""
    lines, cur = [], ""
    for word in paragraph.split(" "):
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    lines.append(cur)
    return "\n".join(lines)


def render(paragraphs: tuple[str, ...] | list[str], rng: np.random.Generator) -> str:
    """Paragraphs as a person might paste them: one line each or hard-wrapped (one in
    four, at 60-79 columns), separated by a newline or a blank line."""
    return render_with_starts(paragraphs, rng)[0]


def render_with_starts(
    paragraphs: tuple[str, ...] | list[str], rng: np.random.Generator
) -> tuple[str, list[int]]:
    """``render`` and where each paragraph starts in the result (wrapping keeps lengths:
    a space becomes a newline)."""
    parts, starts, n = [], [], 0
    for p in paragraphs:
        if rng.random() < 0.25:
            p = wrap(p, int(rng.integers(60, 80)))
        part = p + ("\n\n" if rng.random() < 0.4 else "\n")
        parts.append(part)
        starts.append(n)
        n += len(part)
    return "".join(parts), starts


def speech_state(paragraphs: tuple[str, ...] | list[str]) -> list[np.ndarray]:
    """Per paragraph, (len,) 0/1: inside a quotation after each character, as a reader
    understands it: ``"`` toggles, a quotation left open at a paragraph's end stays open,
    and a ``"`` opening the next paragraph then continues it (the old convention for a
    speech of several paragraphs) instead of closing it."""
    out, inside = [], False
    for p in paragraphs:
        flags = np.zeros(len(p))
        for t, ch in enumerate(p):
            if ch == '"' and not (t == 0 and inside):
                inside = not inside
            flags[t] = inside
        out.append(flags)
    return out


def held_out_text(chars: int, start: int = 0) -> str:
    """About ``chars`` characters of *Alice* from paragraph ``start`` on (whole
    paragraphs, blank-line separated)."""
    out, n = [], 0
    for p in held_out_paragraphs()[start:]:
        out.append(p)
        n += len(p) + 2
        if n >= chars:
            break
    return "\n\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--deb", help="r-cran-janeaustenr .deb (default: apt-get download)")
    ap.add_argument("--sdist", help="brotli sdist .tar.gz (default: pip download)")
    args = ap.parse_args()
    build(args.deb, args.sdist)


if __name__ == "__main__":
    main()
