"""Turn the ``Parts`` of a weights file (plus a vocabulary) into a ``Model``.

Input side, first rule that applies:

1. an embedding table (V, F): a learned embedding; the vocabulary must have V tokens;
2. a vocabulary and no table: one-hot input; the vocabulary must have F tokens;
3. neither, F = 1: the ``number`` tokenizer feeds each number as the one input;
4. neither: one-hot over invented tokens ``"0"`` .. ``"F-1"`` read by the ``word``
   tokenizer, so typing ``3 0 7`` feeds ids 3, 0, 7 (an unknown word feeds zeros).
   With a table and no vocabulary, the same ids ``"0"`` .. ``"V-1"`` are used.

Head: C = 1 or a numeric input gives ``regress``; C = V gives ``next-token`` with the
vocabulary as labels; anything else ``classify`` with labels ``"0"`` .. ``"C-1"``. Its
activation is the file's (``Parts.head_activation``) or the one given; when neither says
(a torch ``nn.Linear``), softmax over several outputs, linear for one output of a numeric
model, sigmoid for one output otherwise, with a ``head-activation`` notice. A one-output
sigmoid head is a ``classify`` head with the one label ``"1"`` (p of class 1).
``trained`` is False when the weights look freshly initialised (``looks_untrained``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from gate_explorer.engine.checks import check_finite
from gate_explorer.engine.embedding import Embedding
from gate_explorer.engine.model import HEAD_ACTIVATIONS, Head, Model
from gate_explorer.engine.net import RecurrentNet
from gate_explorer.engine.tokenize import Tokenizer
from gate_explorer.errors import GateExplorerError
from gate_explorer.io.statedict import Parts, infer_kind
from gate_explorer.io.vocab import as_vocab, tokenizer_kind
from gate_explorer.notices import Notice, translatable

RNN_GUESS = "rnn-nonlinearity-guessed"


def _missing_vocab(count: int, what: str) -> Notice:
    return Notice(
        "vocab-missing",
        translatable(
            "missing vocabulary: ids shown as tokens ({what} 0..{last}, typed as words); "
            "open the file with its vocabulary (--vocab FILE) to type text"
        ).format(what=what, last=count - 1),
        option="vocab",
    )


def looks_untrained(params: dict[str, np.ndarray], hidden_size: int) -> bool:
    """True for weights that look freshly initialised rather than trained.

    Either every value lies within torch's init range ±1/sqrt(H), or every bias given
    is made only of 0s and 1s (Keras's zeros, with ones for the LSTM forget gate).
    A heuristic: trained weights almost always leave the init range somewhere.
    """
    bound = 1.0 / np.sqrt(max(hidden_size, 1)) * (1 + 1e-6)
    values = [np.asarray(p) for p in params.values() if np.asarray(p).size]
    if values and all(np.nanmax(np.abs(p)) <= bound for p in values):
        return True
    biases = [p for name, p in params.items() if name.startswith("bias") and p.size]
    return bool(biases) and all(np.isin(p, (0.0, 1.0)).all() for p in biases)


def _invented(count: int) -> list[str]:
    return [str(i) for i in range(count)]


def assemble(
    parts: Parts,
    *,
    name: str,
    vocab: Any = None,
    kind: str | None = None,
    allow_nonfinite: bool = False,
    head_activation: str | None = None,
) -> Model:
    """A ``Model`` from ``parts``; ``vocab`` (path, list or dict) overrides the file's;
    ``head_activation`` (softmax, sigmoid, linear) overrides the file's or the guess."""
    asked = kind or parts.kind
    kind = infer_kind(parts.params, asked)
    net = _net(kind, parts, allow_nonfinite)
    width = net.config.input_size
    notes = list(parts.notes)
    notices = list(parts.notices)
    if kind in ("rnn_tanh", "rnn_relu") and asked is not None and parts.kind is None:
        notices.append(
            Notice(
                "rnn-nonlinearity-chosen",
                translatable(
                    "computed with {kind} as chosen (an nn.RNN state_dict does not "
                    "record its nonlinearity)"
                ).format(kind=kind[4:]),
                option="kind",
                changes_numbers=True,
            )
        )
    if kind == "rnn_tanh" and asked is None:
        notices.append(
            Notice(
                RNN_GUESS,
                translatable(
                    "the file does not say whether this RNN uses tanh or relu (an nn.RNN "
                    "state_dict does not record its nonlinearity): computed with tanh; "
                    "switch to relu if the model was built with nonlinearity='relu' "
                    "(--kind rnn_relu)"
                ),
                option="kind",
                changes_numbers=True,
            )
        )
    given = vocab if vocab is not None else parts.vocab
    where = (
        translatable("the vocabulary") if vocab is None else translatable("the vocabulary given")
    )
    tokens = None if given is None else as_vocab(given, where)

    if parts.embedding is not None:
        table = np.asarray(parts.embedding)
        if table.ndim != 2 or table.shape[1] != width:
            raise GateExplorerError(
                translatable(
                    "embedding has shape {table_shape}, expected (V, {width}) for a net of "
                    "input width {width}"
                ).format(table_shape=table.shape, width=width)
            )
        if not allow_nonfinite:
            check_finite("embedding", table)
        size = table.shape[0]
        if tokens is None:
            tokens, tok_kind = _invented(size), "word"
            notices.append(_missing_vocab(size, translatable("embedding rows")))
        elif len(tokens) != size:
            raise GateExplorerError(
                translatable(
                    "{where} has {n_tokens} tokens but the embedding has {size} rows "
                    "(shape {table_shape}): expected one token per row"
                ).format(where=where, n_tokens=len(tokens), size=size, table_shape=table.shape)
            )
        else:
            tok_kind = tokenizer_kind(tokens)
        embedding = Embedding(size, weight=table.astype(net.dtype, copy=False))
    elif tokens is not None:
        if len(tokens) != width:
            raise GateExplorerError(
                translatable(
                    "{where} has {n_tokens} tokens but the net takes {width} inputs and "
                    "the file has no embedding: one-hot input needs exactly {width} tokens"
                ).format(where=where, n_tokens=len(tokens), width=width)
            )
        tok_kind, embedding = tokenizer_kind(tokens), Embedding(width)
    elif width == 1:
        tokens, tok_kind, embedding = [], "number", Embedding(1, numeric=True)
        notices.append(
            Notice(
                "numeric-input",
                translatable(
                    "input width 1 and no vocabulary: the text is read as numbers, each fed "
                    "as the one input"
                ),
            )
        )
    else:
        tokens, tok_kind, embedding = _invented(width), "word", Embedding(width)
        notices.append(_missing_vocab(width, translatable("one-hot inputs")))

    head = _head(parts, net, tokens, tok_kind, allow_nonfinite, head_activation, notices)
    card: dict[str, Any] = {"source": name, "format": parts.source, "found": notes}
    if parts.modules:
        card["modules"] = list(parts.modules)
        card["module"] = parts.module
    trained = not looks_untrained(parts.params, net.config.hidden_size)
    tokenizer = Tokenizer(tok_kind, tuple(tokens))
    model = Model(Path(name).stem, net, tokenizer, embedding, head, card, trained)
    model.notices = tuple(dict.fromkeys(notices))  # each once, in order
    return model


def _net(kind: str, parts: Parts, allow_nonfinite: bool) -> RecurrentNet:
    """The recurrent net, in the cell variant the file's framework computes."""
    return RecurrentNet.from_state_dict(
        kind,
        parts.params,
        allow_nonfinite=allow_nonfinite,
        gate_activation=parts.gate_activation,
        reset_after=parts.reset_after,
    )


def _activation(
    parts: Parts, classes: int, tok_kind: str, given: str | None, notices: list[Notice]
) -> str:
    """The head's activation: the one given, the file's, or a guess with a notice."""
    if given is not None:
        if given not in HEAD_ACTIVATIONS:
            raise GateExplorerError(
                translatable("head activation {given!r}: expected one of {names}").format(
                    given=given, names=", ".join(HEAD_ACTIVATIONS)
                )
            )
        recorded = parts.head_activation
        if recorded != given:
            why = (
                translatable("the file does not record it")
                if recorded is None
                else translatable("the file says {act}").format(act=recorded)
            )
            notices.append(
                Notice(
                    "head-activation-chosen",
                    translatable(
                        "the head's answers are shown through {act} as chosen ({why})"
                    ).format(act=given, why=why),
                    option="head-activation",
                    changes_numbers=True,
                )
            )
        return given
    if parts.head_activation is not None:
        return parts.head_activation
    if classes > 1:
        act, why = "softmax", translatable("softmax over its {n} outputs")
    elif tok_kind == "number":
        act, why = "linear", translatable("its one output as a value (linear)")
    else:
        act, why = "sigmoid", translatable("its one output through a sigmoid, as p(class 1)")
    notices.append(
        Notice(
            "head-activation-guessed",
            translatable(
                "the file does not say which activation the head applies: showing {why}"
            ).format(why=why.format(n=classes)),
            option="head-activation",
            changes_numbers=True,
        )
    )
    return act


def _head(
    parts: Parts,
    net: RecurrentNet,
    tokens: list[str],
    tok_kind: str,
    allow_nonfinite: bool,
    given: str | None = None,
    notices: list[Notice] | None = None,
) -> Head | None:
    if parts.head_weight is None:
        return None
    weight = np.asarray(parts.head_weight)
    d_out = net.config.num_directions * net.config.output_size
    if weight.ndim != 2 or weight.shape[1] != d_out:
        raise GateExplorerError(
            translatable("head weight has shape {weight_shape}, expected (C, {d_out})").format(
                weight_shape=weight.shape, d_out=d_out
            )
        )
    classes = weight.shape[0]
    bias = np.zeros(classes) if parts.head_bias is None else np.asarray(parts.head_bias)
    if bias.shape != (classes,):
        raise GateExplorerError(
            translatable("head bias has shape {bias_shape}, expected ({classes},)").format(
                bias_shape=bias.shape, classes=classes
            )
        )
    if not allow_nonfinite:
        check_finite("head weight", weight)
        check_finite("head bias", bias)
    notices = [] if notices is None else notices
    activation = _activation(parts, classes, tok_kind, given, notices)
    if activation == "linear" and classes > 1:
        activation = "softmax"
        notices.append(
            Notice(
                "head-activation-guessed",
                translatable(
                    "the head is linear over {n} outputs (logits, as for a loss with "
                    "from_logits=True): showing their softmax"
                ).format(n=classes),
                option="head-activation",
                changes_numbers=True,
            )
        )
    if activation == "sigmoid" and classes == 1:
        kind, labels = "classify", ("1",)
    elif classes == 1 or (tok_kind == "number" and activation == "linear"):
        kind, labels = "regress", ()
    elif classes == len(tokens):
        kind, labels = "next-token", tuple(tokens)
    else:
        kind, labels = "classify", tuple(_invented(classes))
    return Head(kind, weight.astype(net.dtype), bias.astype(net.dtype), labels, activation)
