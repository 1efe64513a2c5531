"""PyTorch encoder-decoder files open as one: found by their module names (or as the user
says), checked against torch's own greedy decoding and logits."""

from __future__ import annotations

import numpy as np
import pytest

from gate_explorer.errors import GateExplorerError
from gate_explorer.io.seq2seq_files import find_pair, pair_choice, read_pair
from gate_explorer.io.statedict import find_modules
from gate_explorer.workspace.models import ModelRef, load_ref
from gate_explorer.workspace.seq2seq import Seq2SeqShown

torch = pytest.importorskip("torch")
SOS, EOS = 0, 1
SOURCE = [3, 7, 2, 9, 4]


class Encoder(torch.nn.Module):
    def __init__(self, vocab: int, emb: int, hidden: int, cell: str) -> None:
        super().__init__()
        self.embedding = torch.nn.Embedding(vocab, emb)
        self.rnn = getattr(torch.nn, cell)(emb, hidden)

    def forward(self, ids):
        return self.rnn(self.embedding(ids))


class Decoder(torch.nn.Module):
    def __init__(self, vocab: int, emb: int, hidden: int, cell: str) -> None:
        super().__init__()
        self.embedding = torch.nn.Embedding(vocab, emb)
        self.rnn = getattr(torch.nn, cell)(emb, hidden)
        self.out = torch.nn.Linear(hidden, vocab)

    def forward(self, ids, state):
        out, state = self.rnn(self.embedding(ids), state)
        return self.out(out), state


class Seq2Seq(torch.nn.Module):
    def __init__(self, cell: str = "LSTM", names=("encoder", "decoder")) -> None:
        super().__init__()
        torch.manual_seed(3)
        setattr(self, names[0], Encoder(12, 5, 8, cell))
        setattr(self, names[1], Decoder(10, 6, 8, cell))
        self.names = names
        with torch.no_grad():  # untrained: keep the end token from winning at once
            getattr(self, names[1]).out.bias[EOS] -= 1.0

    def greedy(self, source: list[int], steps: int = 200):
        enc, dec = (getattr(self, n) for n in self.names)
        with torch.no_grad():
            _, state = enc(torch.tensor(source).unsqueeze(1))
            ids, logits = [SOS], []
            for _ in range(steps):
                out, state = dec(torch.tensor([[ids[-1]]]), state)
                logits.append(out[0, 0].numpy())
                banned = out[0, 0].clone()
                banned[SOS] = -torch.inf  # a decoder never writes the start token
                nxt = int(banned.argmax())
                if nxt == EOS:
                    break
                ids.append(nxt)
        return ids[1:], np.stack(logits)


@pytest.fixture
def torch_file(tmp_path):
    model = Seq2Seq()
    path = tmp_path / "translator.pt"
    torch.save(model.state_dict(), path)
    return model, path


def test_an_encoder_decoder_state_dict_opens_as_one(torch_file):
    model, path = torch_file
    shown = load_ref(ModelRef("file", path=str(path)))
    assert isinstance(shown, Seq2SeqShown)
    codes = [n.code for n in shown.notices]
    assert "seq2seq-pair" in codes
    assert "seq2seq-specials" in codes
    text = " ".join(map(str, SOURCE))  # the invented source vocabulary names tokens by id
    run = shown.run_text(text)
    assert [t.id for t in run.tokens[: run.boundary]] == SOURCE
    answer, logits = model.greedy(SOURCE)
    assert len(answer) > 3
    fed = [t.id for t in run.tokens[run.boundary + 1 :]]
    assert fed == answer  # the same greedy answer, each fed back as the next input
    b = run.boundary
    np.testing.assert_allclose(run.logits[b : b + len(logits)], logits, rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize("cell", ["GRU", "RNN"])
def test_other_cells(tmp_path, cell):
    model = Seq2Seq(cell)
    path = tmp_path / f"{cell}.safetensors"
    from safetensors.torch import save_file

    save_file({k: v.contiguous() for k, v in model.state_dict().items()}, str(path))
    pair = read_pair(path)
    assert pair is not None
    assert pair.kind == ("gru" if cell == "GRU" else "rnn_tanh")
    run = pair.run(" ".join(map(str, SOURCE)))
    answer, logits = model.greedy(SOURCE)
    assert [t.id for t in run.decoder.tokens[1:]] == answer
    np.testing.assert_allclose(run.decoder.logits[: len(logits)], logits, rtol=1e-4, atol=1e-5)


def test_names_that_do_not_say_need_the_user(tmp_path):
    model = Seq2Seq(names=("reader", "writer"))
    path = tmp_path / "rw.pt"
    torch.save(model.state_dict(), path)
    assert read_pair(path) is None  # the loader cannot tell which is which
    modules = find_modules({k: v.numpy() for k, v in model.state_dict().items()})
    choice = pair_choice(modules)
    assert choice is not None
    assert choice[0] == "reader.rnn+writer.rnn"
    shown = load_ref(ModelRef("file", path=str(path), module=choice[0]))
    assert isinstance(shown, Seq2SeqShown)
    answer, _ = model.greedy(SOURCE)
    run = shown.run_text(" ".join(map(str, SOURCE)))
    assert [t.id for t in run.tokens[run.boundary + 1 :]] == answer
    # one module chosen: the one-module loader, as before
    single = load_ref(ModelRef("file", path=str(path), module="reader.rnn"))
    assert not isinstance(single, Seq2SeqShown)
    with pytest.raises(GateExplorerError, match="ENCODER\\+DECODER"):
        load_ref(ModelRef("file", path=str(path), module="reader.rnn+nothing"))


def test_a_decoder_without_an_output_layer_is_refused(tmp_path):
    model = Seq2Seq()
    state = {k: v for k, v in model.state_dict().items() if not k.startswith("decoder.out")}
    path = tmp_path / "headless.pt"
    torch.save(state, path)
    with pytest.raises(GateExplorerError, match="no output layer"):
        read_pair(path)
    from gate_explorer.io.statedict import ChooseModule

    with pytest.raises(ChooseModule):  # not a pair: the one-module loader asks which module
        load_ref(ModelRef("file", path=str(path)))


def test_find_pair_rules():
    model = Seq2Seq()
    modules = find_modules({k: v.numpy() for k, v in model.state_dict().items()})
    enc, dec = find_pair(modules)
    assert (enc.label, dec.label) == ("encoder.rnn", "decoder.rnn")
    assert find_pair(modules, "encoder.rnn") is None  # the user chose one module
    swapped = find_pair(modules, "decoder.rnn+encoder.rnn")
    assert swapped[0].label == "decoder.rnn"


def _keras_pair(path, cell: str = "LSTM", embed: bool = True):
    """Keras' lstm_seq2seq shape: the decoder takes the encoder's states as initial_state."""
    import os

    os.environ.setdefault("KERAS_BACKEND", "torch")
    keras = pytest.importorskip("keras")
    keras.utils.set_random_seed(1)
    layer = getattr(keras.layers, cell)
    if embed:
        enc_in = keras.Input((None,), dtype="int32", name="source")
        dec_in = keras.Input((None,), dtype="int32", name="target")
        enc_x = keras.layers.Embedding(12, 5)(enc_in)
        dec_x = keras.layers.Embedding(10, 6)(dec_in)
    else:  # one-hot inputs, as in the Keras example
        enc_in = enc_x = keras.Input((None, 12), name="source")
        dec_in = dec_x = keras.Input((None, 10), name="target")
    enc_out = layer(8, return_state=True)(enc_x)
    states = enc_out[1:]
    dec_out = layer(8, return_sequences=True, return_state=True)(dec_x, initial_state=states)
    probs = keras.layers.Dense(10, activation="softmax")(dec_out[0])
    model = keras.Model([enc_in, dec_in], probs)
    model.save(path)
    return model


@pytest.mark.parametrize(("cell", "embed"), [("LSTM", True), ("GRU", True), ("LSTM", False)])
def test_a_keras_functional_encoder_decoder_opens_as_one(tmp_path, cell, embed):
    path = tmp_path / "pair.keras"
    model = _keras_pair(path, cell, embed)
    shown = load_ref(ModelRef("file", path=str(path)))
    assert isinstance(shown, Seq2SeqShown)
    assert "seq2seq-pair" in [n.code for n in shown.notices]
    shown.target = "3528"  # teacher-forced, as Keras computes it from the same inputs
    source = " ".join(map(str, SOURCE))
    run = shown.run_text(source)
    dec_ids = [t.id for t in run.tokens[run.boundary :]]
    assert dec_ids == [SOS, 3, 5, 2, 8]
    if embed:
        inputs = [np.array([SOURCE]), np.array([dec_ids])]
    else:
        inputs = [np.eye(12)[[SOURCE]], np.eye(10)[[dec_ids]]]
    expected = np.asarray(model.predict(inputs, verbose=0))[0]
    np.testing.assert_allclose(run.probs[run.boundary :], expected, rtol=1e-4, atol=1e-6)


def test_a_keras_model_without_a_state_hand_over_is_not_a_pair(tmp_path):
    import os

    os.environ.setdefault("KERAS_BACKEND", "torch")
    keras = pytest.importorskip("keras")
    inp = keras.Input((None,), dtype="int32")
    x = keras.layers.Embedding(10, 4)(inp)
    x = keras.layers.LSTM(6, return_sequences=True)(x)
    x = keras.layers.LSTM(6, return_sequences=True)(x)
    out = keras.layers.Dense(10, activation="softmax")(x)
    path = tmp_path / "stack.keras"
    keras.Model(inp, out).save(path)
    assert read_pair(path) is None


def test_stacks_of_different_input_widths_show_their_own_equations(torch_file, qtbot):
    """The encoder reads 5 embedding dims, the decoder 6: the joined x is padded, and each
    stack's view model reads the padded input with zero columns, so W_ih @ x is its own."""
    from gate_explorer.analysis.equations import unit_equations
    from gate_explorer.session import Session
    from gate_explorer.ui.analysis.cell_diagram import CellDiagram

    _, path = torch_file
    shown = load_ref(ModelRef("file", path=str(path)))
    run = shown.run_text("3 7 2")
    assert run.trace.x.shape[-1] == 6
    enc = shown.stack_model("encoder")
    assert enc.net.params["weight_ih_l0"].shape == (32, 6)
    own = shown.pair.encoder.net.params["weight_ih_l0"]
    np.testing.assert_array_equal(enc.net.params["weight_ih_l0"][:, :5], own)
    padded = enc.net.params["weight_ih_l0"]
    for t in range(run.boundary):  # the encoder's own input product, from the joined x
        np.testing.assert_allclose(padded @ run.trace.x[t, 0],
                                   own @ run.seq.encoder.trace.x[t, 0], rtol=1e-6)  # fmt: skip
    for step in range(len(run.tokens)):  # every step's equations with its stack's weights
        model = shown.stack_model(run.stack(step))
        eq = unit_equations(run.trace, 0, 0, step, 3, model.net.params)
        assert eq.step == step
    s = Session(debounce_ms=10)
    view = CellDiagram(s)
    qtbot.addWidget(view)
    s.open_model(ModelRef("file", path=str(path)))
    s.set_text("3 7 2", immediate=True)
    s.set_unit(3)
    s.set_step(1)  # an encoder step: its own weights
    assert view.shown is not None
    assert view.shown.step == 1
    s.shutdown()
