"""``inspect_file`` and ``gate-explorer models --inspect``; ``export --module/--kind`` and the
notices the CLI prints to stderr."""

import json

import pytest

from gate_explorer.cli import main
from gate_explorer.io.inspect import inspect_file

from .helpers import encoder_decoder


def test_report_of_a_file_with_two_modules(tmp_path):
    path = encoder_decoder(tmp_path / "s2s.npz")
    report = inspect_file(path)
    assert report.modules == [
        "decoder.rnn: rnn, 3 -> 6 (embedding decoder.embedding.weight (7, 3), "
        "head decoder.fc.weight (7, 6))",
        "encoder.rnn: gru, 4 -> 5 (embedding encoder.embedding.weight (9, 4))",
    ]
    assert "choose one with --module NAME" in report.error
    assert {t.name: t.shape for t in report.tensors}["decoder.fc.weight"] == (7, 6)
    assert not report.computed

    report = inspect_file(path, module="decoder.rnn")
    assert report.error == ""
    assert report.kind == "rnn_tanh"
    assert report.computed == [
        "embedding (7, 3)",
        "rnn_tanh 3->6",
        "head next-token (7, 6) softmax",
    ]
    assert report.skipped == ["encoder.embedding.weight"]
    codes = [n.code for n in report.notices]
    assert "rnn-nonlinearity-guessed" in codes
    assert "vocab-missing" in codes
    assert inspect_file(path, module="decoder.rnn", kind="rnn_relu").kind == "rnn_relu"


def test_models_inspect_cli_text_and_json(tmp_path, capsys):
    path = encoder_decoder(tmp_path / "s2s.npz")
    assert main(["models", "--inspect", str(path)]) == 0  # the listing is the answer
    out = capsys.readouterr().out
    assert "recurrent modules: 2" in out
    assert "  encoder.rnn: gru, 4 -> 5 (embedding encoder.embedding.weight (9, 4))" in out
    assert main(["models", "--inspect", str(path), "--module", "encoder.rnn", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["module"] == "encoder.rnn"
    assert data["kind"] == "gru"
    assert data["computed"][-1] == "no head: no predictions"
    assert {"name": "encoder.rnn.weight_ih_l0", "shape": [15, 4], "dtype": "float32"} in (
        data["tensors"]
    )
    assert [n["code"] for n in data["notices"]] == ["vocab-missing"]


def test_models_inspect_a_damaged_file_is_one_report_exit_2(tmp_path, capsys):
    path = tmp_path / "junk.npz"
    path.write_bytes(b"not a zip at all" * 10)
    assert main(["models", "--inspect", str(path)]) == 2
    out = capsys.readouterr().out
    assert "cannot open as it is:" in out
    assert "Traceback" not in out


def test_export_module_and_kind_with_notices_on_stderr(tmp_path, capsys):
    path = encoder_decoder(tmp_path / "s2s.npz")
    out = tmp_path / "trace.csv"
    assert main(["export", "--model", str(path), "--text", "1 2", "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "holds 2 recurrent modules" in err[0]
    assert "--module NAME" in err[0]
    args = ["export", "--model", str(path), "--text", "1 2", "--out", str(out)]
    assert main([*args, "--module", "decoder.rnn"]) == 0
    err = capsys.readouterr().err
    assert "notice: the file does not say whether this RNN uses tanh or relu" in err
    assert "notice: missing vocabulary: ids shown as tokens" in err
    tanh = out.read_text()
    assert main([*args, "--module", "decoder.rnn", "--kind", "rnn_relu"]) == 0
    err = capsys.readouterr().err
    assert "tanh or relu" not in err
    assert out.read_text() != tanh  # relu gives other numbers
    assert main([*args, "--module", "decoder.rnn", "--kind", "sigmoid"]) == 2
    assert "unknown cell kind 'sigmoid'" in capsys.readouterr().err


@pytest.mark.torch
def test_inspect_a_torch_checkpoint(tmp_path):
    torch = pytest.importorskip("torch")
    net = torch.nn.LSTM(3, 4, num_layers=2)
    torch.save({"model": net.state_dict(), "itos": list("abc"), "step": 10}, tmp_path / "c.pt")
    report = inspect_file(tmp_path / "c.pt")
    assert report.format == "torch state_dict"
    assert report.computed == [
        "one-hot input over 3 tokens",
        "lstm 3->4, 2 layers",
        ("no head: no predictions"),
    ]
    assert report.vocab_size == 3
    assert "vocabulary itos (3 tokens)" in report.found
