"""Errors the Qt-free layers raise reach the window in Korean, the CLI in English.

Hostile files (a truncated .pt, a .npz of wrong shapes, a Keras file with a layer the app
cannot compute, a series with a bad cell, a session of a newer version) are opened through
the real window under Korean: the status bar shows Hangul and no English word except
symbols and data (file names, layer names, the cell's own words). The CLI prints the same
error in English, exactly as before the messages were marked for translation.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import numpy as np
import pytest

from gate_explorer import cli
from gate_explorer.errors import GateExplorerError, message_of
from gate_explorer.notices import Message, translatable
from gate_explorer.session import ModelRef
from gate_explorer.ui.window import language

ROOT = Path(__file__).resolve().parents[3]
WORD = re.compile(r"[A-Za-z][A-Za-z'_\-]+")
SYMBOL = re.compile(r".*[_0-9].*")  # formula symbols: weight_hh_l0, conv1d_1


def _kept_words() -> set[str]:
    """English words the Korean translations keep themselves (LSTM, NumPy, Keras, ...)."""
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / ".ci" / "i18n.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    return {w for _c, _s, target, _d in tool.entries("ko") for w in WORD.findall(target)}


def _english(text: str, data: str) -> set[str]:
    """Words of ``text`` that are neither kept by the Korean translations nor data."""
    words = {w for w in WORD.findall(text) if not SYMBOL.fullmatch(w)}
    return words - _kept_words() - set(WORD.findall(data))


def _truncated_pt(folder: Path) -> Path:
    torch = pytest.importorskip("torch")
    whole = folder / "whole.pt"
    torch.save(torch.nn.LSTM(3, 4).state_dict(), whole)
    raw = whole.read_bytes()
    path = folder / "cut.pt"
    path.write_bytes(raw[: len(raw) // 2])
    return path


def _wrong_shapes(folder: Path) -> Path:
    rng = np.random.default_rng(0)
    path = folder / "shapes.npz"
    np.savez(path, weight_ih_l0=rng.normal(size=(16, 3)).astype(np.float32),
             weight_hh_l0=rng.normal(size=(12, 5)).astype(np.float32))  # fmt: skip
    return path


def _keras_unknown_layer(folder: Path) -> Path:
    """Keras 2 ``save_weights`` layout: a Conv1D the app cannot compute, then an LSTM."""
    h5py = pytest.importorskip("h5py")
    rng, h = np.random.default_rng(1), 4
    layers = [
        ("conv1d_1", [("conv1d_1/kernel:0", rng.normal(size=(3, 3, 2)))]),
        ("lstm_1", [("lstm_1/kernel:0", rng.normal(size=(2, 4 * h))),
                    ("lstm_1/recurrent_kernel:0", rng.normal(size=(h, 4 * h))),
                    ("lstm_1/bias:0", np.zeros(4 * h))]),
    ]  # fmt: skip
    path = folder / "odd.h5"
    with h5py.File(path, "w") as f:
        f.attrs["layer_names"] = [name.encode() for name, _ in layers]
        f.attrs["backend"], f.attrs["keras_version"] = b"tensorflow", b"2.2.4"
        for name, weights in layers:
            group = f.create_group(name)
            group.attrs["weight_names"] = [w.encode() for w, _ in weights]
            for w, value in weights:
                group.create_dataset(w, data=value)
    return path


MODEL_FILES = {
    "cut.pt": (
        _truncated_pt,
        "cut.pt is not a readable PyTorch file (neither a zip archive nor a pickle: corrupt, "
        "truncated or another format)",
    ),
    "shapes.npz": (
        _wrong_shapes,
        "weight_hh_l0 has shape (12, 5): expected (4*H, H) for an LSTM, (3*H, H) for a GRU "
        "or (H, H) for an RNN",
    ),
    "odd.h5": (
        _keras_unknown_layer,
        "odd.h5: layer conv1d_1 comes before the recurrent layers and Gate Explorer cannot "
        "compute it (it reads Embedding -> LSTM/GRU/SimpleRNN -> Dense)",
    ),
}


def _shown_in_korean(window, qtbot, opened, data: str) -> str:
    """Open something hostile under Korean; the status bar's error, checked."""
    language.apply("ko")
    try:
        window.last_error = ""
        opened()
        qtbot.waitUntil(lambda: window.last_error != "", timeout=20_000)
        shown = window.statusBar().currentMessage()
    finally:
        language.apply("en")
    assert shown == f"⚠ {window.last_error}"
    assert re.search("[가-힣]", shown), shown
    assert _english(shown, data) == set(), shown
    return shown


def _cli_error(capsys, argv: list[str]) -> str:
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    prefix = "gate-explorer: error: "
    assert err.startswith(prefix), err
    assert err.count("\n") == 1, err  # one line
    return err[len(prefix) : -1]


@pytest.mark.parametrize("name", sorted(MODEL_FILES))
def test_a_hostile_model_file_is_refused_in_korean_and_in_english_on_the_cli(
    window, qtbot, capsys, tmp_path, name
):
    make, english = MODEL_FILES[name]
    path = make(tmp_path)
    data = f"{path} conv1d_1"  # the file's name and its layer's
    shown = _shown_in_korean(window, qtbot, lambda: window.open_model_file(path), data)
    if path.name in english:
        assert path.name in shown  # data stays as it is
    assert window.session.model_ref.source == "random"  # the window keeps its model
    out = tmp_path / "out.png"
    got = _cli_error(capsys, ["export", "--model", str(path), "--text", "ab", "--out", str(out)])
    assert got == english
    assert not out.exists()


def test_a_series_with_a_bad_cell_is_refused_in_korean(window, qtbot, capsys, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("value\n0.5\nabc\n0.7\n", encoding="utf-8")
    assert window.session.open_model(ModelRef("bundled", name="sunspots-lstm"))
    qtbot.waitUntil(lambda: window.session.model.name.startswith("sunspots"), timeout=20_000)
    shown = _shown_in_korean(
        window, qtbot, lambda: window.open_series(path), f"{path} 'value' 'abc'"
    )
    assert "3행" in shown  # the row and column, said in Korean
    assert "'value' 열" in shown
    got = _cli_error(capsys, ["export", "--model", "sunspots-lstm", "--series", str(path),
                              "--out", str(tmp_path / "s.png")])  # fmt: skip
    assert got == f"{path}: row 3, column 'value' holds 'abc': expected a number in every row"


def test_a_session_of_a_newer_version_is_refused_in_korean(window, qtbot, tmp_path):
    from gate_explorer.session.files import load_state

    path = tmp_path / "old.json"
    path.write_text(json.dumps({"format": "gate-explorer-session", "version": 99}))
    shown = _shown_in_korean(window, qtbot, lambda: window.open_session(path), path.name)
    assert "99" in shown
    with pytest.raises(GateExplorerError) as info:  # what a script or the CLI would print
        load_state(path)
    assert str(info.value) == (
        "old.json is not a valid session: session.version: format version 99; this app "
        "reads up to 1"
    )


def test_a_raised_message_keeps_its_template_and_its_english_text(qtbot):
    """``GateExplorerError`` keeps the ``Message`` (also through pickling, as a process
    worker sends it); ``str`` is the English text; nested errors translate too."""
    import pickle

    inner = GateExplorerError(translatable("{file} is not a session file: nested too deep")
                              .format(file="a.json"))  # fmt: skip
    outer = GateExplorerError(
        translatable("{file} is not a valid session: {exc}").format(file="a.json", exc=inner)
    )
    assert str(outer) == (
        "a.json is not a valid session: a.json is not a session file: nested too deep"
    )
    back = pickle.loads(pickle.dumps(outer))
    assert isinstance(message_of(back), Message)
    assert str(back) == str(outer)
    assert message_of(ValueError("plain")) == "plain"
    language.apply("ko")
    try:
        korean = language.translated(back)
        assert korean == (
            "a.json은(는) 올바른 세션이 아닙니다: "
            "a.json은(는) 세션 파일이 아닙니다: 너무 깊이 중첩됨"
        )
        data = translatable("cannot open {ref}: {error}").format(ref="Open", error="x")
        assert language.translated(data) == "Open을(를) 열 수 없습니다: x"  # data: untranslated
    finally:
        language.apply("en")


def test_the_engine_label_is_one_phrase_in_both_languages(qtbot):
    """The status bar's engine line names the path once ("engine: compiled (numba)", not
    "... (compiled step loop)"), and reads as one Korean phrase."""
    from gate_explorer.engine.backend import NUMPY, Backend

    compiled = Backend("numba")
    assert compiled.label() == "engine: compiled (numba)"
    language.apply("ko")
    try:
        assert language.translated(compiled.label()) == "엔진: 컴파일됨(numba)"
        assert language.translated(NUMPY.label()) == "엔진: NumPy"
        why = Backend("numpy", translatable("chosen")).label()
        assert re.fullmatch(r"엔진: NumPy ?\([가-힣 ]+\)", language.translated(why))
    finally:
        language.apply("en")


def test_held_out_results_read_in_korean_and_stay_english_on_the_cli(qtbot):
    """The Train dialog's "Held out: ..." line (``zoo.result_of``, also the README table and
    ``gate-explorer models``) translates in the window; its English text is unchanged."""
    from gate_explorer.zoo import available, result_of

    cards = {e.name: e.card for e in available()}
    assert result_of(cards["memory-lstm"]).startswith("min 100% over N = 1..50, min 100% / mean")
    language.apply("ko")
    try:
        for name in ("memory-rnn", "quotes-lstm", "sentiment-gru", "agreement-lstm",
                     "sine-lstm", "sunspots-lstm", "korean-lstm"):  # fmt: skip
            english = result_of(cards[name])
            korean = language.translated(english)
            assert re.search("[가-힣]", korean), (name, korean)
            assert korean != english
            numbers = re.findall(r"\d+(?:\.\d+)?", english)
            assert sorted(numbers) == sorted(re.findall(r"\d+(?:\.\d+)?", korean)), name
    finally:
        language.apply("en")
