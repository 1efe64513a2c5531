"""PyTorch (and NumPy/safetensors) state_dicts that hold an encoder-decoder.

A file opens as an encoder-decoder when the loader can tell which module is which: exactly
two recurrent modules, one named ``enc*`` and the other ``dec*`` (first part of the name,
e.g. ``encoder.lstm`` and ``decoder.lstm``), or when the user says so with
``module="ENCODER+DECODER"`` (the module dialog offers it). The encoder's final state
starts the decoder (Sutskever et al. 2014, PyTorch's seq2seq tutorial); each stack gets its
own embedding and the decoder its output layer, found as for one module. A state_dict has
no vocabularies: the decoder's tokens are named by id, with id 0 as ``<s>`` and id 1 as
``</s>`` (the PyTorch tutorial's ``SOS_token = 0``, ``EOS_token = 1``), and a notice says so.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gate_explorer.engine.seq2seq import BOS, EOS, Seq2SeqModel
from gate_explorer.errors import GateExplorerError
from gate_explorer.io import readers
from gate_explorer.io.statedict import RecurrentModule, find_modules, split_state_dict
from gate_explorer.notices import Notice, translatable

PAIR = "+"  # module="encoder+decoder": read both, the first as the encoder
SUFFIXES = (".pt", ".pth", ".bin", ".ckpt", ".safetensors", ".npz")


def _role(name: str) -> str:
    first = name.split(".")[0].lower()
    return "encoder" if first.startswith("enc") else "decoder" if first.startswith("dec") else ""


def find_pair(
    modules: list[RecurrentModule], module: str | None = None
) -> tuple[RecurrentModule, RecurrentModule] | None:
    """(encoder, decoder) among ``modules``: named by ``module`` (``"A+B"``) or by the
    ``enc*``/``dec*`` rule; None when the file is not one (or one module was chosen)."""
    by_label = {m.label: m for m in modules}
    if module and PAIR in module:
        names = [n.strip() for n in module.split(PAIR)]
        missing = [n for n in names if n not in by_label]
        if len(names) != 2 or missing:
            raise GateExplorerError(
                f"module {module!r}: expected ENCODER{PAIR}DECODER, two of the file's "
                f"recurrent modules ({', '.join(by_label)})"
            )
        return by_label[names[0]], by_label[names[1]]
    if module or len(modules) != 2:
        return None
    roles = {_role(m.name): m for m in modules}
    if set(roles) != {"encoder", "decoder"}:
        return None
    return roles["encoder"], roles["decoder"]


def pair_choice(modules: list[RecurrentModule]) -> tuple[str, str] | None:
    """The module dialog's extra entry for two modules of one size: (``"A+B"``, text)."""
    if len(modules) != 2:
        return None
    a, b = modules
    if _role(b.name) == "encoder" or _role(a.name) == "decoder":
        a, b = b, a
    w_a, w_b = a.params.get("weight_hh_l0"), b.params.get("weight_hh_l0")
    if w_a is None or w_b is None or w_a.shape != w_b.shape:
        return None
    text = translatable("both, as an encoder-decoder: {a}'s final state starts {b}")
    return f"{a.label}{PAIR}{b.label}", text.format(a=a.label, b=b.label)


def _arrays(path: Path, progress: Any) -> tuple[dict[str, Any], dict[str, Any], str]:
    suffix = path.suffix.lower()
    if suffix == ".npz":
        arrays, extras = readers.read_npz(path, progress)
        return arrays, extras, "npz"
    if suffix == ".safetensors":
        arrays, extras = readers.read_safetensors(path, progress)
        return arrays, extras, "safetensors"
    arrays, extras = readers.read_torch(path, progress)
    return arrays, extras, "torch state_dict"


def read_pair(
    path: str | Path,
    module: str | None = None,
    *,
    allow_nonfinite: bool = False,
    progress: Any = None,
) -> Seq2SeqModel | None:
    """The encoder-decoder in ``path``, or None when the file is not one (see the module
    docstring); every guess is in ``encoder.notices``."""
    from gate_explorer.io.assemble import assemble

    path = Path(path)
    if path.suffix.lower() not in SUFFIXES:
        return None
    arrays, _extras, source = _arrays(path, progress)
    pair = find_pair(find_modules(arrays), module)
    if pair is None:
        return None
    enc, dec = pair
    parts = {}
    for role, m in (("encoder", enc), ("decoder", dec)):
        parts[role] = split_state_dict(arrays, source, module=m.label)
    parts["encoder"].head_weight = parts["encoder"].head_bias = None  # its state is its answer
    if parts["decoder"].head_weight is None:
        raise GateExplorerError(
            f"{path.name}: {dec.label} has no output layer (a Linear from its hidden state to "
            "the target vocabulary), so it cannot write an answer"
        )
    rows = parts["decoder"].head_weight.shape[0]
    if rows < 2:
        raise GateExplorerError(f"{path.name}: the decoder's output layer has {rows} row(s)")
    target_vocab = [BOS, EOS, *(str(i) for i in range(2, rows))]
    how = translatable(
        "read as an encoder-decoder: {enc}'s final (h, c) starts {dec}, which reads its "
        "previous answer at every step"
    ).format(enc=enc.label, dec=dec.label)
    why = "as you chose" if module else "by their names"
    guessed = [
        Notice("seq2seq-pair", f"{how} ({why})"),
        Notice(
            "seq2seq-specials",
            translatable(
                "the file has no target vocabulary: the decoder's tokens are named by id, "
                "id 0 read as <s> (start) and id 1 as </s> (end), as in PyTorch's seq2seq "
                "tutorial (SOS_token = 0, EOS_token = 1)"
            ),
            changes_numbers=True,
        ),
    ]
    stem = path.stem
    encoder = assemble(parts["encoder"], name=f"{stem} encoder", allow_nonfinite=allow_nonfinite)
    decoder = assemble(parts["decoder"], name=f"{stem} decoder", vocab=target_vocab,
                       allow_nonfinite=allow_nonfinite)  # fmt: skip
    encoder.notices = tuple(dict.fromkeys((*guessed, *encoder.notices, *decoder.notices)))
    card = {"source": path.name, "format": source, "encoder": enc.label, "decoder": dec.label}
    return Seq2SeqModel(stem, encoder, decoder, card, encoder.trained and decoder.trained)
