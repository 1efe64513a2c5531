"""The bundled models: ``resources/models/NAME.npz`` bundles, found by name.

``available()`` reads only each bundle's metadata, so listing is fast; ``path_of`` turns
a name into a file; ``gate_explorer.load_model(name)`` loads one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gate_explorer.bundled import resource
from gate_explorer.errors import GateExplorerError
from gate_explorer.io.bundle import read_meta
from gate_explorer.notices import Message, translatable


@dataclass(frozen=True)
class ZooEntry:
    """One bundled model: ``name`` (the file stem), its ``path``, a one-line ``summary``
    from its card, the ``card`` itself, and the sizes for a listing."""

    name: str
    path: Path
    summary: str
    card: dict[str, Any] = field(default_factory=dict)
    kind: str = ""
    hidden_size: int = 0
    num_layers: int = 0
    vocab_size: int = 0

    @property
    def size(self) -> str:
        """e.g. ``2x64 units, 65 tokens``."""
        if not self.hidden_size:
            return "?"
        layers = f"{self.num_layers}x" if self.num_layers > 1 else ""
        vocab = f", {self.vocab_size} tokens" if self.vocab_size else ""
        return f"{layers}{self.hidden_size} units{vocab}"


def models_dir() -> Path:
    """The folder the bundled models live in."""
    return resource("models")


def names() -> list[str]:
    """Names of the bundled models, sorted."""
    folder = models_dir()
    return sorted(p.stem for p in folder.glob("*.npz")) if folder.is_dir() else []


def summary_of(card: dict[str, Any]) -> str:
    """One line for a listing: the card's ``summary``, else its task (and data)."""
    text = card.get("summary")
    if not isinstance(text, str) or not text.strip():
        task, data = card.get("task"), card.get("data")
        text = " on ".join(str(x) for x in (task, data) if x) or "no description"
    line = text.strip().splitlines()[0]
    return line if len(line) <= 80 else line[:79] + "…"


def entry(name: str) -> ZooEntry:
    """The entry for one bundled model; an unreadable file gets a summary saying so."""
    path = path_of(name)
    try:
        meta = read_meta(path)
    except GateExplorerError as exc:
        return ZooEntry(name, path, translatable("(unreadable: {error})").format(error=exc))
    card = meta.get("card") if isinstance(meta.get("card"), dict) else {}
    config = meta.get("config") if isinstance(meta.get("config"), dict) else {}
    vocab = meta.get("vocab") if isinstance(meta.get("vocab"), list) else []
    return ZooEntry(
        name,
        path,
        summary_of(card),
        card,
        kind=str(meta.get("kind", "")),
        hidden_size=int(config.get("hidden_size", 0)),
        num_layers=int(config.get("num_layers", 1)),
        vocab_size=len(vocab),
    )


def available() -> list[ZooEntry]:
    """Every bundled model, sorted by name (empty when none are bundled)."""
    return [entry(n) for n in names()]


def seq2seq_path(name: str) -> Path | None:
    """The bundled encoder-decoder ``resources/models/seq2seq/NAME.npz``, or None.

    Encoder-decoders live in their own folder: they are two stacks, not one ``Model``, so
    the window's model list (``available``) does not offer them yet.
    """
    path = models_dir() / "seq2seq" / f"{name}.npz"
    return path if path.is_file() else None


def seq2seq_names() -> list[str]:
    """Names of the bundled encoder-decoders, sorted."""
    folder = models_dir() / "seq2seq"
    return sorted(p.stem for p in folder.glob("*.npz")) if folder.is_dir() else []


def path_of(name: str) -> Path:
    """The bundle file of ``name``; raises listing the available names when unknown."""
    path = models_dir() / f"{name}.npz"
    if path.is_file():
        return path
    known = names()
    listing = ", ".join(known) if known else "none are bundled yet"
    raise GateExplorerError(
        translatable("no bundled model named {name!r}; available: {listing}").format(
            name=name, listing=listing
        )
    )


# --- the model table (README, ``gate-explorer models --markdown``): made from the cards ---

TABLE_HEAD = (
    "| model | task | size | training (wall time) | held-out result |\n"
    "| --- | --- | --- | --- | --- |"
)


def _pct(x: float) -> str:
    return f"{100 * x:.1f}".rstrip("0").rstrip(".") + "%"


def _duration(seconds: float) -> str:
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 5400:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


def size_of(card: dict[str, Any]) -> str:
    """e.g. ``GRU 64, word embedding 32, 16,234 words`` from the card's ``sizes``."""
    s = card.get("sizes") or {}
    if not s:
        return "?"
    kind = str(s.get("cell"))
    cell = {"rnn_tanh": "RNN", "rnn_relu": "ReLU RNN"}.get(kind, kind.upper())
    layers = int(s.get("layers") or 1)
    text = f"{layers}x{s.get('hidden')} {cell}" if layers > 1 else f"{cell} {s.get('hidden')}"
    if s.get("embedding") == "table":
        text += f", embedding {s.get('input')}"
    elif isinstance(s.get("embedding"), int):  # an encoder-decoder: both stacks
        text = f"encoder + decoder, {text} each, embedding {s['embedding']}"
    if s.get("vocab"):
        text += f", vocabulary {int(s['vocab']):,}"
    return text


def training_of(card: dict[str, Any]) -> str:
    """e.g. ``6,000 steps of 32, 4 min``: the card's steps, batch and wall time."""
    t = card.get("training") or {}
    if not t:
        return "?"
    text = f"{int(t.get('steps', 0)):,} steps of {t.get('batch')}"
    if t.get("seq_len"):
        text += f"x{t['seq_len']}"
    if t.get("seconds") is not None:
        text += f", {_duration(float(t['seconds']))}"
    return text


def _memory(m: dict[str, Any], card: dict[str, Any]) -> str:
    acc = {int(k): float(v) for k, v in m["accuracy_by_delay"].items()}
    seen = [v for k, v in acc.items() if k <= 50]
    unseen = [v for k, v in acc.items() if k > 50]
    ratio = _ratios(card).get("100")
    text = translatable(
        "min {seen} over N = 1..50, min {unseen} / mean {mean} over N = 51..100 (never trained)"
    ).format(seen=_pct(min(seen)), unseen=_pct(min(unseen)), mean=_pct(sum(unseen) / len(unseen)))
    if not ratio:
        return text
    return translatable("{result}; gradient at step 1 / at `?`, N = 100: {ratio}").format(
        result=text, ratio=f"{ratio:.0e}"
    )


def _joined(parts: list[str], by: Message) -> str:
    """``parts`` joined by ``by`` (a marked template of ``{first}`` and ``{then}``, e.g.
    ``{first}; {then}``), kept translatable: each part is marked text or data."""
    text = parts[0]
    for part in parts[1:]:
        text = by.format(first=text, then=part)
    return text


SEMICOLONS = translatable("{first}; {then}")
COMMAS = translatable("{first}, {then}")


def _ratios(card: dict[str, Any]) -> dict[str, float]:
    """Gradient at step 1 over gradient at ``?`` by N: the median over sequences if the card
    has it (a few sequences dominate the mean), else the mean."""
    return card.get("grad_ratio_first_step_median") or card.get("grad_ratio_first_step") or {}


def _char_model(m: dict[str, Any], card: dict[str, Any]) -> str:
    """Bits per character (one figure, or one per held-out text) and the quote unit; layers
    counted from 1, as the window counts them (the card stores them from 0)."""
    bpc = m["bits_per_char"]
    if isinstance(bpc, dict):
        bits = _joined([translatable("{bits} bits/char on {text}").format(
            bits=f"{float(v):.2f}", text=k) for k, v in bpc.items()], COMMAS)  # fmt: skip
    else:
        bits = translatable("{bits} bits/char").format(bits=f"{float(bpc):.2f}")
    parts = [bits]
    unit = card.get("quote_unit")
    if isinstance(unit, dict):
        where = {"layer": int(unit["layer"]) + 1, "unit": f"`{unit['name']}[{unit['unit']}]`",
                 "r": f"{float(unit['r']):+.2f}"}  # fmt: skip
        if unit.get("r_story") is not None:
            quote = translatable("quote unit layer {layer} {unit}, r = {r} ({story} on story)")
            quote = quote.format(**where, story=f"{float(unit['r_story']):+.2f}")
        else:
            quote = translatable("quote unit layer {layer} {unit}, r = {r}").format(**where)
        if card.get("auxiliary_objective"):
            quote = translatable("{unit}, taught by an auxiliary objective").format(unit=quote)
        parts.append(quote)
    share = m.get("unknown_share")
    if isinstance(share, dict):
        parts.append(translatable("unknown (`<unk>`) {shares}").format(shares=_joined([
            translatable("{share} on {text}").format(share=_pct(float(v)), text=k)
            for k, v in share.items()], COMMAS)))  # fmt: skip
    limit = card.get("star_threshold")
    if not isinstance(unit, dict) and isinstance(limit, int | float):
        for u in card.get("units") or []:  # the units the heatmaps star
            if abs(float(u["r"])) >= limit:
                found = translatable("{preset}: layer {layer} {unit}, r = {r}")
                parts.append(found.format(preset=u["preset"], layer=int(u["layer"]) + 1,
                                          unit=f"`{u['name']}[{u['unit']}]`",
                                          r=f"{float(u['r']):+.2f}"))  # fmt: skip
    return _joined(parts, SEMICOLONS)


def result_of(card: dict[str, Any]) -> str:
    """The card's held-out figures in one line (the card's own ``headline`` if it has one)."""
    if isinstance(card.get("headline"), str):
        return card["headline"]
    m = card.get("metrics") or {}
    try:
        if "accuracy_by_delay" in m:
            return _memory(m, card)
        if "drug_reviews_accuracy" in m:
            return translatable(
                "{accuracy} of {reviews} short reviews written for the card ({unknown} unknown "
                "words); {drugs} of {drug_reviews} UCI drug reviews"
            ).format(accuracy=_pct(m["accuracy"]), reviews=m["eval_reviews"],
                     unknown=_pct(m["unknown_word_tokens"]), drugs=_pct(m["drug_reviews_accuracy"]),
                     drug_reviews=m["drug_reviews"])  # fmt: skip
        if "pronoun_accuracy_unseen_min" in m:
            far = max(int(k) for k in m["pronoun_accuracy_by_distance"])
            return translatable(
                "she/he min {trained} at distances 0..30, min {unseen} at 35..{far} (never trained)"
            ).format(trained=_pct(m["pronoun_accuracy_trained_min"]),
                     unseen=_pct(m["pronoun_accuracy_unseen_min"]), far=far)  # fmt: skip
        if "mse_long" in m:
            return translatable(
                "MSE {long} vs {naive_long} for next = last on {steps}-step series (trained on "
                "{trained}); {slow} vs {naive_slow} with periods {periods} (never trained)"
            ).format(long=f"{m['mse_long']:.4f}", naive_long=f"{m['naive_long']:.4f}",
                     steps=m["long_steps"], trained=m["train_steps"],
                     slow=f"{m['mse_slow']:.4f}", naive_slow=f"{m['naive_slow']:.4f}",
                     periods=f"{m['slow_periods'][0]:g}..{m['slow_periods'][1]:g}")  # fmt: skip
        if "heldout_rmse" in m:
            return translatable(
                "RMSE {rmse} vs {naive} for next = last on {years} (never trained; trained on "
                "the years before)"
            ).format(rmse=f"{m['heldout_rmse']:g}", naive=f"{m['naive_last_value_rmse']:g}",
                     years=m["heldout_years"])  # fmt: skip
        if "heldout_exact_match" in m:
            return translatable("exact match {share} on {count} dates from {years}").format(
                share=_pct(m["heldout_exact_match"]), count=m["heldout_count"],
                years=m["heldout_years"])  # fmt: skip
        if "bits_per_char" in m:
            return _char_model(m, card)
    except (KeyError, TypeError, ValueError, ZeroDivisionError):
        return "?"
    return ""


def table_row(e: ZooEntry) -> str:
    """One markdown row: name, task, size, training, held-out result."""
    cells = (f"`{e.name}`", e.summary, size_of(e.card), training_of(e.card), result_of(e.card))
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


def seq2seq_entries() -> list[ZooEntry]:
    """The bundled encoder-decoders, as listing entries (sizes from their cards)."""
    from gate_explorer.io.seq2seq import read_seq2seq_meta

    out = []
    for name in seq2seq_names():
        path = models_dir() / "seq2seq" / f"{name}.npz"
        try:
            meta = read_seq2seq_meta(path)
            card = meta.get("card") if isinstance(meta.get("card"), dict) else {}
        except GateExplorerError as exc:  # a broken bundle is listed as such, never a crash
            out.append(
                ZooEntry(name, path, translatable("(unreadable: {error})").format(error=exc))
            )
            continue
        sizes = card.get("sizes") or {}
        out.append(
            ZooEntry(
                name,
                path,
                summary_of(card),
                card,
                kind=f"{sizes.get('cell', '?')} enc-dec",
                hidden_size=int(sizes.get("hidden", 0)),
                num_layers=int(sizes.get("layers", 1)),
            )
        )
    return out


def listed() -> list[ZooEntry]:
    """Everything ``gate-explorer models`` lists: the models, then the encoder-decoders."""
    return available() + seq2seq_entries()


def listed_entry(name: str) -> ZooEntry:
    """The listing entry of ``name``, a model or an encoder-decoder."""
    for e in seq2seq_entries():
        if e.name == name:
            return e
    return entry(name)


def markdown_table(entries: list[ZooEntry] | None = None) -> str:
    """The README's model table, from the bundles' cards (encoder-decoders last)."""
    rows = [table_row(e) for e in (listed() if entries is None else entries)]
    return "\n".join([TABLE_HEAD, *rows])


MEMORY_DELAYS = (1, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100)


def memory_table(entries: list[ZooEntry] | None = None) -> str:
    """Accuracy against delay N, and the share of the gradient at ``?`` that reaches step 1,
    for every model whose card has ``accuracy_by_delay`` (the memory models)."""
    rows = [e for e in (available() if entries is None else entries) if _has_delays(e.card)]
    head = "| model | " + " | ".join(f"N={n}" for n in MEMORY_DELAYS) + " |"
    lines = [head, "| --- |" + " ---: |" * len(MEMORY_DELAYS)]
    for e in rows:
        acc = e.card["metrics"]["accuracy_by_delay"]
        cells = [_pct(float(acc[str(n)])) if str(n) in acc else "" for n in MEMORY_DELAYS]
        lines.append(f"| `{e.name}` accuracy | " + " | ".join(cells) + " |")
    for e in rows:
        ratio = _ratios(e.card)
        cells = [f"{float(ratio[str(n)]):.0e}" if str(n) in ratio else "" for n in MEMORY_DELAYS]
        lines.append(f"| `{e.name}` gradient at step 1 / at `?` | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _has_delays(card: dict[str, Any]) -> bool:
    return isinstance((card.get("metrics") or {}).get("accuracy_by_delay"), dict)


def readme_tables(entries: list[ZooEntry] | None = None) -> dict[str, str]:
    """The README blocks made from the cards, by marker name."""
    shown = listed() if entries is None else entries
    return {"model-table": markdown_table(shown), "memory-table": memory_table(shown)}


def fill_readme(text: str, entries: list[ZooEntry] | None = None) -> str:
    """``text`` with every ``<!-- NAME:begin -->`` .. ``<!-- NAME:end -->`` block made anew."""
    for name, block in readme_tables(entries).items():
        begin, end = f"<!-- {name}:begin -->", f"<!-- {name}:end -->"
        if begin not in text or end not in text:
            raise GateExplorerError(
                translatable("the README has no {begin} ... {end} block").format(
                    begin=begin, end=end
                )
            )
        head, rest = text.split(begin, 1)
        _, tail = rest.split(end, 1)
        text = f"{head}{begin}\n{block}\n{end}{tail}"
    return text
