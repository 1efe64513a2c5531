"""Training text for ``sentiment-gru``: tweets people wrote and graded, and reviews built
from lexicons people rated. Held-out sets (never trained on) are read here too.

``sentiment_build.py`` (beside this file) names the sources and makes the ``.gz`` files.
Three kinds of training example, drawn at random:

- a positive or negative tweet (CrowdFlower's human grades), as written;
- a short review made from rated words: ``the acting was wonderful``, ``I didn't enjoy
  the plot``, ``it was a disaster``, joined with ``and``, or contrasted with ``but``
  (the last clause decides); negation (``not``, ``n't``, ``never``) flips a clause; the
  adjectives, nouns and adverbs are the VADER and pattern lexicons' rated words, the
  things reviewed are a hand list of what people review (films, food, products, places,
  books, games), written for this file;
- such a review beside a neutral tweet (before or after), which must not change it.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent

THINGS = {
    "film": (
        "film movie show series documentary acting plot story script ending cast characters "
        "dialogue soundtrack music cinematography visuals effects pacing direction director "
        "performance lead actor actress villain hero jokes humour humor scenes sequel episode "
        "season trailer animation writing twist finale premise comedy drama thriller romance "
        "horror remake"
    ),
    "food": (
        "food meal dinner lunch breakfast pizza pasta burger fries coffee tea service waiter "
        "waitress staff portions dessert menu restaurant place bar cafe steak chicken salad "
        "soup bread wine beer sushi curry cake atmosphere decor kitchen chef owner prices "
        "sandwich noodles fish"
    ),
    "product": (
        "phone battery screen product quality price case charger headphones sound camera "
        "laptop app keyboard speaker cable blender vacuum printer tablet watch shoes jacket "
        "bag fabric fit material design delivery packaging seller instructions software "
        "update mattress chair lamp"
    ),
    "place": (
        "hotel room bed location view pool shower bathroom reception tour guide flight "
        "airline seats crew trip beach museum park gym shop store clinic doctor nurses "
        "support team company experience stay weekend"
    ),
    "book": "book novel author chapters prose translation poems essay story ending narrator",
    "game": "game graphics controls levels gameplay multiplayer puzzles soundtrack missions",
}
THE = ("the", "this", "that", "the", "the", "our", "my")
BE = ("was", "is", "were", "felt", "seemed", "looked", "tasted", "sounded", "is", "was")
INTENS = (
    "very really so quite truly absolutely totally extremely pretty incredibly super rather "
    "genuinely simply just honestly"
).split()
NOT_BE = (
    "was not",
    "wasn't",
    "is not",
    "isn't",
    "were not",
    "weren't",
    "was never",
    "is never",
    "did not seem",
    "didn't seem",
    "didn't feel",
    "never felt",
    "does not look",
    "doesn't look",
    "was hardly",
    "is not at all",
)
NOT_DO = ("did not", "didn't", "do not", "don't", "never", "could not", "couldn't")
LIKE_BASE = ("like", "love", "enjoy", "recommend", "care for")
LIKE_POS = "loved liked enjoyed adored appreciated love like enjoy adore recommend".split()
LIKE_NEG = "hated disliked regret hate dislike despised loathed".split()
STARS_POS = (
    "five stars",
    "10/10",
    "worth every penny",
    "would buy again",
    "would recommend",
    "highly recommended",
    "can't wait to go back",
    "will definitely be back",
    "a must see",
    "a must",
    "thumbs up",
    "well worth it",
    "money well spent",
    "i'd watch it again",
)
STARS_NEG = (
    "one star",
    "0/10",
    "waste of money",
    "waste of time",
    "would not recommend",
    "never again",
    "avoid",
    "not worth it",
    "not worth the money",
    "thumbs down",
    "save your money",
    "don't bother",
    "i want my money back",
    "stay away",
    "what a letdown",
)
OPENERS = (
    "honestly ,",
    "overall ,",
    "wow ,",
    "well ,",
    "i think",
    "to be honest ,",
    "in short ,",
    "all in all ,",
    "so ,",
    "ok ,",
    "we went on saturday and",
    "i watched it last night and",
    "my wife and i tried it and",
    "bought this last month and",
    "first time here and",
    "",
)
ENDS_POS = (".", "!", "!!", ".", ". :)", "!", "...", ". :-)", ".")
ENDS_NEG = (".", "!", "!!", ".", ". :(", "...", ".", "?!", ".")
MADE = ("done", "made", "written", "shot", "cooked", "designed", "acted", "played", "built")
LABELS = ("negative", "positive")


@dataclass(frozen=True)
class Lexicon:
    """Rated words by part of speech and polarity: ``adj[1]`` positive adjectives ..."""

    adj: tuple[tuple[str, ...], tuple[str, ...]]
    noun: tuple[tuple[str, ...], tuple[str, ...]]
    adv: tuple[tuple[str, ...], tuple[str, ...]]
    any: tuple[tuple[str, ...], tuple[str, ...]]
    valence: dict[str, float]


@cache
def lexicon() -> Lexicon:
    """The rated words from ``sentiment_lexicon.tsv.gz`` (VADER and pattern)."""
    groups: dict[str, tuple[list[str], list[str]]] = {k: ([], []) for k in "JNRVA"}
    valence = {}
    for line in _lines("sentiment_lexicon.tsv.gz"):
        word, value, tags = [*line.split("\t"), ""][:3]
        v = float(value)
        valence[word] = v
        side = int(v > 0)
        if abs(v) >= 0.25:
            groups["A"][side].append(word)
            for tag in tags:
                groups[tag][side].append(word)

    def pair(key: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        neg, pos = groups[key]
        return tuple(neg), tuple(pos)

    return Lexicon(pair("J"), pair("N"), pair("R"), pair("A"), valence)


def _lines(name: str) -> list[str]:
    return gzip.decompress((HERE / name).read_bytes()).decode("utf-8").splitlines()


@cache
def tweets() -> dict[str, tuple[str, ...]]:
    """``{'pos': ..., 'neg': ..., 'neu': ...}``: the graded tweets, cleaned."""
    out: dict[str, list[str]] = {"pos": [], "neg": [], "neu": []}
    for line in _lines("sentiment_tweets.tsv.gz"):
        label, text = line.split("\t", 1)
        out[label].append(text)
    return {k: tuple(v) for k, v in out.items()}


def held_out(name: str = "reviews") -> list[tuple[int, str]]:
    """(label, text) of a held-out set: ``reviews`` (short reviews written for the card)
    or ``drugs`` (UCI drug reviews, another source). Never used in training."""
    if name == "reviews":
        lines = (HERE / "reviews_heldout.tsv").read_text(encoding="utf-8").splitlines()
    elif name == "drugs":
        lines = _lines("drug_reviews_heldout.tsv.gz")
    else:
        raise ValueError(f"unknown held-out set {name!r}")
    rows = [line.split("\t", 1) for line in lines if line.strip() and not line.startswith("#")]
    return [(int(label), text) for label, text in rows]


def _pick(rng: np.random.Generator, items: tuple[str, ...] | list[str]) -> str:
    return items[int(rng.integers(len(items)))]


def _thing(rng: np.random.Generator) -> str:
    domain = _pick(rng, tuple(THINGS))
    return _pick(rng, THINGS[domain].split())


def _adj(rng: np.random.Generator, lex: Lexicon, polarity: int) -> str:
    pool = lex.adj[polarity] if rng.random() < 0.8 else lex.any[polarity]
    word = _pick(rng, pool)
    return f"{_pick(rng, INTENS)} {word}" if rng.random() < 0.35 else word


def clause(rng: np.random.Generator, lex: Lexicon, polarity: int) -> str:
    """One clause whose meaning has ``polarity`` (1 positive, 0 negative)."""
    shape = rng.random()
    the = _pick(rng, THE)
    if shape < 0.40:  # the acting was (not) wonderful
        negate = rng.random() < 0.3
        be = _pick(rng, NOT_BE if negate else BE)
        return f"{the} {_thing(rng)} {be} {_adj(rng, lex, polarity ^ int(negate))}"
    if shape < 0.58:  # I loved the plot / I didn't like it
        obj = f"{the} {_thing(rng)}" if rng.random() < 0.7 else "it"
        if polarity == 0 and rng.random() < 0.4:
            return f"i {_pick(rng, NOT_DO)} {_pick(rng, LIKE_BASE)} {obj}"
        verb = _pick(rng, LIKE_POS if polarity else LIKE_NEG)
        adv = _pick(rng, ("really ", "just ", "absolutely ", "totally ", "", "", "", ""))
        return f"i {adv}{verb} {obj}"
    if shape < 0.72:  # it was a masterpiece / what a disaster
        noun = _pick(rng, lex.noun[polarity])
        pre = _adj(rng, lex, polarity) + " " if rng.random() < 0.3 else ""
        art = "an" if (pre or noun)[0] in "aeiou" else "a"
        return _pick(
            rng, (f"it was {art} {pre}{noun}", f"what {art} {pre}{noun}", f"{art} {pre}{noun}")
        )
    if shape < 0.84:  # fragments: Absolutely fantastic / not bad
        if rng.random() < 0.25:
            return f"not {_pick(rng, lex.adj[1 - polarity])}"
        return _adj(rng, lex, polarity)
    if shape < 0.92:
        return _pick(rng, STARS_POS if polarity else STARS_NEG)
    adv = _pick(rng, lex.adv[polarity]) if lex.adv[polarity] else _adj(rng, lex, polarity)
    return f"{the} {_thing(rng)} {_pick(rng, BE)} {adv} {_pick(rng, MADE)}"


def review(rng: np.random.Generator, lex: Lexicon | None = None) -> tuple[str, int]:
    """A made review (text, label): 1-3 clauses, agreeing or contrasted with ``but``."""
    lex = lex or lexicon()
    label = int(rng.integers(2))
    shape = rng.random()
    if shape < 0.4:
        body = clause(rng, lex, label)
    elif shape < 0.7:
        join = _pick(rng, (" and ", " , ", " . ", " ! ", " , and "))
        body = clause(rng, lex, label) + join + clause(rng, lex, label)
    else:
        first = clause(rng, lex, 1 - label)
        but = _pick(rng, (" but ", " , but ", " . but ", " . however , ", " , though "))
        if but == " , though ":  # 'X, though Y': X decides
            body = clause(rng, lex, label) + but + first
        else:
            body = first + but + clause(rng, lex, label)
    opener = _pick(rng, OPENERS) if rng.random() < 0.3 else ""
    end = _pick(rng, ENDS_POS if label else ENDS_NEG)
    return " ".join(f"{opener} {body} {end}".split()), label


def example(rng: np.random.Generator) -> tuple[str, int]:
    """One training example (text, label) from the mix described above."""
    pick = rng.random()
    if pick < 0.35:
        label = int(rng.integers(2))
        return _pick(rng, tweets()["pos" if label else "neg"]), label
    text, label = review(rng)
    if pick < 0.5:
        neutral = _pick(rng, tweets()["neu"])
        text = f"{neutral} {text}" if rng.random() < 0.7 else f"{text} {neutral}"
    if rng.random() < 0.5:
        text = text[:1].upper() + text[1:]
    return text, label
