"""State_dicts as people save them: cells, stacks of cells, several modules, vocabularies,
the RNN nonlinearity; checked against torch, and every guess is a notice."""

import numpy as np
import pytest

from gate_explorer import load_model
from gate_explorer.errors import GateExplorerError
from gate_explorer.io.statedict import ChooseModule

from .helpers import close

torch = pytest.importorskip("torch")
pytestmark = pytest.mark.torch
nn = torch.nn
VOCAB = list("abcdefgh ")


def trained(module, scale=3.0):
    """Leave torch's init range, as training does (so the file is not 'untrained')."""
    with torch.no_grad():
        for p in module.parameters():
            p.mul_(scale)
    return module


class CellLoop(nn.Module):
    """Embedding -> a loop over one cell or a stack of cells -> linear head."""

    def __init__(self, cell, layers=1):
        super().__init__()
        self.embedding = nn.Embedding(9, 4)
        make = {"lstm": nn.LSTMCell, "gru": nn.GRUCell, "rnn": nn.RNNCell}[cell]
        self.kind = cell
        if layers == 1:
            self.cell = make(4, 5)
        else:
            self.cells = nn.ModuleList([make(4 if k == 0 else 5, 5) for k in range(layers)])
        self.fc = nn.Linear(5, 9)

    def forward(self, ids, states=None):
        """Logits (T, 9); ``states`` (a dict) receives every layer's h and c, (T, 5) each."""
        cells = [self.cell] if hasattr(self, "cell") else list(self.cells)
        h = [torch.zeros(1, 5) for _ in cells]
        c = [torch.zeros(1, 5) for _ in cells]
        outs, seen = [], {}
        for x in self.embedding(ids):
            inp = x[None]
            for k, cell in enumerate(cells):
                if self.kind == "lstm":
                    h[k], c[k] = cell(inp, (h[k], c[k]))
                    seen.setdefault(("c", k), []).append(c[k][0])
                else:
                    h[k] = cell(inp, h[k])
                seen.setdefault(("h", k), []).append(h[k][0])
                inp = h[k]
            outs.append(self.fc(inp)[0])
        if states is not None:
            states.update({key: torch.stack(v).numpy() for key, v in seen.items()})
        return torch.stack(outs)


@pytest.mark.parametrize("cell", ["lstm", "gru", "rnn"])
@pytest.mark.parametrize("layers", [1, 3])
def test_cells_and_stacks_of_cells_match_torch(tmp_path, cell, layers):
    torch.manual_seed(layers)
    net = trained(CellLoop(cell, layers))
    torch.save({"state_dict": net.state_dict(), "itos": VOCAB}, tmp_path / "cells.pt")
    model = load_model(tmp_path / "cells.pt", kind="rnn_tanh" if cell == "rnn" else None)
    assert model.net.config.num_layers == layers
    text = "bad cafe"
    states = {}
    with torch.no_grad():
        expected = net(torch.tensor([VOCAB.index(ch) for ch in text]), states).numpy()
    run = model.run_text(text)
    close(run.logits, expected)
    for (name, layer), values in states.items():  # every state of every layer
        close(run.trace.values(name, layer, 0), values)
    assert len(states) == layers * (2 if cell == "lstm" else 1)
    codes = [n.code for n in model.notices]
    assert ("cell-as-layer" if layers == 1 else "cells-as-stack") in codes


class Seq2Seq(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.ModuleDict({"embedding": nn.Embedding(9, 4), "rnn": nn.GRU(4, 5)})
        self.decoder = nn.ModuleDict(
            {"embedding": nn.Embedding(7, 3), "rnn": nn.LSTM(3, 6), "fc": nn.Linear(6, 7)}
        )


def test_several_modules_listed_and_each_with_its_own_embedding_and_head(tmp_path):
    torch.manual_seed(0)
    net = trained(Seq2Seq())
    torch.save(net.state_dict(), tmp_path / "s2s.pt")
    with pytest.raises(ChooseModule) as err:
        load_model(tmp_path / "s2s.pt")
    message = str(err.value)
    assert "the file holds 2 recurrent modules" in message
    assert "decoder.rnn: lstm, 3 -> 6" in message
    assert "encoder.rnn: gru, 4 -> 5" in message
    assert "--module NAME" in message
    assert [m.name for m in err.value.modules] == ["decoder.rnn", "encoder.rnn"]

    enc = load_model(tmp_path / "s2s.pt", module="encoder.rnn")
    assert enc.kind == "gru"
    assert enc.embedding.weight.shape == (9, 4)
    assert enc.head is None  # decoder.fc is the decoder's
    with torch.no_grad():
        ids = torch.tensor([1, 4, 0, 8])
        h, _ = net.encoder["rnn"](net.encoder["embedding"](ids))
    close(enc.run_text("1 4 0 8").trace.output, h.numpy())

    dec = load_model(tmp_path / "s2s.pt", module="decoder.rnn.")  # a final dot is fine
    assert dec.kind == "lstm"
    assert dec.embedding.weight.shape == (7, 3)
    with torch.no_grad():
        ids = torch.tensor([6, 0, 2])
        out, _ = net.decoder["rnn"](net.decoder["embedding"](ids))
        logits = net.decoder["fc"](out)
    dec_run = dec.run_text("6 0 2")
    close(dec_run.trace.output, out.numpy())
    close(dec_run.logits, logits.numpy())
    assert dec.card["module"] == "decoder.rnn"
    with pytest.raises(GateExplorerError, match=r"no recurrent module named 'nope'.*decoder\.rnn"):
        load_model(tmp_path / "s2s.pt", module="nope")


def vocab_forms():
    tokens = VOCAB
    return [
        ("vocab", tokens),
        ("tokens", tokens),
        ("chars", "".join(tokens)),
        ("itos", tokens),
        ("idx2char", dict(enumerate(tokens))),
        ("idx2word", tokens),
        ("stoi", {t: i for i, t in enumerate(tokens)}),
        ("char2idx", {t: i for i, t in enumerate(tokens)}),
        ("word2idx", {t: i for i, t in enumerate(tokens)}),
    ]


@pytest.mark.parametrize(("key", "value"), vocab_forms(), ids=[k for k, _ in vocab_forms()])
def test_vocabulary_under_common_names(tmp_path, key, value):
    torch.manual_seed(0)
    net = trained(CellLoop("gru"))
    torch.save({"model_state_dict": net.state_dict(), key: value}, tmp_path / "v.pt")
    model = load_model(tmp_path / "v.pt")
    assert model.vocab == VOCAB
    assert [t.id for t in model.run_text("hag").tokens] == [7, 0, 6]
    assert "vocab-missing" not in [n.code for n in model.notices]
    assert f"vocabulary {key} (9 tokens)" in model.card["found"]


def test_missing_vocabulary_is_a_notice(tmp_path):
    torch.manual_seed(0)
    torch.save(trained(CellLoop("gru")).state_dict(), tmp_path / "novocab.pt")
    model = load_model(tmp_path / "novocab.pt")
    notice = next(n for n in model.notices if n.code == "vocab-missing")
    assert notice.message.startswith("missing vocabulary: ids shown as tokens")
    assert str(notice).startswith("notice: missing vocabulary")


def test_rnn_relu_is_a_notice_and_a_choice(tmp_path):
    torch.manual_seed(0)
    rnn = trained(nn.RNN(4, 6, nonlinearity="relu", num_layers=2), 2.0)
    torch.save(rnn.state_dict(), tmp_path / "relu.pt")
    x = torch.randn(7, 6)  # one-hot width 4 is typed as ids; feed the net directly
    guessed = load_model(tmp_path / "relu.pt")
    assert guessed.kind == "rnn_tanh"
    notice = next(n for n in guessed.notices if n.code == "rnn-nonlinearity-guessed")
    assert notice.option == "kind"
    assert notice.changes_numbers
    assert "tanh" in notice.message
    assert "relu" in notice.message
    chosen = load_model(tmp_path / "relu.pt", kind="rnn_relu")
    assert chosen.kind == "rnn_relu"
    assert "rnn-nonlinearity-guessed" not in [n.code for n in chosen.notices]
    with torch.no_grad():
        expected, _ = rnn(x[:, :4])
    close(chosen.net.run(x[:, :4].numpy()).output, expected.numpy())
    assert np.abs(guessed.net.run(x[:, :4].numpy()).output - expected.numpy()).max() > 1e-3


def test_lists_that_are_not_vocabularies_are_not_taken_for_one(tmp_path):
    torch.manual_seed(0)
    net = trained(CellLoop("gru"))
    ckpt = {
        "state_dict": net.state_dict(),
        "tokens": [5, 3, 1],  # token ids of some text
        "vocab": {"size": 9},  # a config entry
        "word2idx": {t: i for i, t in enumerate(VOCAB)},  # the vocabulary
    }
    torch.save(ckpt, tmp_path / "v.pt")
    model = load_model(tmp_path / "v.pt")
    assert model.vocab == VOCAB
    assert "vocabulary word2idx (9 tokens)" in model.card["found"]


def test_arrays_that_may_sit_before_the_head_are_a_notice(tmp_path):
    class Normed(nn.Module):
        def __init__(self):
            super().__init__()
            self.embedding = nn.Embedding(9, 4)
            self.lstm = nn.LSTM(4, 5)
            self.norm = nn.LayerNorm(5)
            self.fc = nn.Linear(5, 9)

    torch.save(trained(Normed()).state_dict(), tmp_path / "normed.pt")
    model = load_model(tmp_path / "normed.pt", vocab=VOCAB)
    notice = next(n for n in model.notices if n.code == "arrays-ignored")
    assert notice.message.startswith("not computed: norm.bias, norm.weight")
    assert "the head's answers differ" in notice.message
    assert notice.changes_numbers
