"""Helpers the io tests share: the issue's parity bar, and "ours holds what torch.load holds"."""

from __future__ import annotations

from typing import Any

import numpy as np


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
