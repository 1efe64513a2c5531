"""Helpers the io tests share: the parity bar, "ours holds what torch.load holds", a file
with two recurrent modules, damaged files and runs without a package."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

import numpy as np
from hypothesis import strategies as st


def close(a: Any, b: Any, what: str = "") -> None:
    """``a`` (ours) matches ``b`` (the framework's): max|a-b| / max(1, max|b|) <= 1e-5."""
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    assert a.shape == b.shape, f"{what}: shape {a.shape} != {b.shape}"
    err = np.max(np.abs(a - b)) / max(1.0, np.max(np.abs(b))) if b.size else 0.0
    assert err <= 1e-5, f"{what}: relative error {err:.2e}"


def as_numpy(t: Any) -> np.ndarray:
    """A torch tensor as the array ``read_torch_file`` gives (bfloat16 widened to float32)."""
    import torch

    t = t.detach()
    return t.float().numpy() if t.dtype == torch.bfloat16 else t.numpy()


def assert_same(expected: Any, got: Any, where: str = "obj") -> None:
    """``got`` (ours) holds what ``expected`` (torch.load) holds, tensors as equal arrays."""
    import torch

    if isinstance(expected, torch.Tensor):
        want = as_numpy(expected)
        assert isinstance(got, np.ndarray), where
        assert got.shape == want.shape, where
        assert got.dtype == want.dtype, where
        np.testing.assert_array_equal(got, want, err_msg=where)
    elif isinstance(expected, dict):
        assert list(got) == list(expected), where
        for key in expected:
            assert_same(expected[key], got[key], f"{where}.{key}")
    elif isinstance(expected, list | tuple):
        assert type(got) is type(expected), where
        assert len(got) == len(expected), where
        for i, (a, b) in enumerate(zip(expected, got, strict=True)):
            assert_same(a, b, f"{where}[{i}]")
    else:
        assert got == expected, where


def encoder_decoder(path: Any) -> Any:
    """An ``.npz`` with two recurrent modules (a GRU encoder 4 -> 5 and a tanh-RNN decoder
    3 -> 6), each with its embedding, the decoder with a head: the file that asks which."""
    from gate_explorer.engine.net import RecurrentNet

    gen = np.random.default_rng(0)
    enc = RecurrentNet.random("gru", 4, 5, rng=gen)
    dec = RecurrentNet.random("rnn_tanh", 3, 6, rng=gen)
    arrays = {f"encoder.rnn.{k}": v * 3 for k, v in enc.state_dict().items()}
    arrays |= {f"decoder.rnn.{k}": v * 3 for k, v in dec.state_dict().items()}
    arrays["encoder.embedding.weight"] = gen.normal(size=(9, 4))
    arrays["decoder.embedding.weight"] = gen.normal(size=(7, 3))
    arrays["decoder.fc.weight"] = gen.normal(size=(7, 6))
    arrays["decoder.fc.bias"] = gen.normal(size=7)
    np.savez(path, **arrays)
    return path


def damaged(raw: bytes, data: Any, ways: tuple[str, ...] = ("flip", "cut")) -> bytes:
    """``raw`` damaged as hypothesis ``data`` draws: a few bytes changed (``flip``), cut
    short (``cut``), or replaced by random bytes (``random``)."""
    out = bytearray(raw)
    how = data.draw(st.sampled_from(ways))
    if how == "random":
        return data.draw(st.binary(min_size=0, max_size=600))
    if how == "flip":
        for _ in range(data.draw(st.integers(1, 8))):
            out[data.draw(st.integers(0, len(out) - 1))] = data.draw(st.integers(0, 255))
        return bytes(out)
    return bytes(out[: data.draw(st.integers(0, len(out) - 1))])


def load_message(path: Any) -> str:
    """What ``load_model(path)`` says: "" when it loads, else its ``GateExplorerError``
    (any other exception fails the test)."""
    from gate_explorer import load_model
    from gate_explorer.errors import GateExplorerError

    try:
        load_model(path)
    except GateExplorerError as exc:
        return str(exc)
    return ""


def run_without(blocked: tuple[str, ...], code: str) -> str:
    """Run ``code`` in a fresh Python where importing any of ``blocked`` fails (as when the
    package is not installed); its stdout (the test fails on a non-zero exit)."""
    block = "".join(f"sys.modules[{name!r}] = None\n" for name in blocked)
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    out = subprocess.run(
        [sys.executable, "-c", f"import sys\n{block}{code}"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    return out.stdout
