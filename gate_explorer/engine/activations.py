r"""The gate activations of the LSTM and GRU gates, as the frameworks define them.

- ``sigmoid`` (torch, Keras default since 2.3): :math:`\sigma(a) = 1 / (1 + e^{-a})`;
- ``hard_sigmoid_keras2`` (Keras 2's ``hard_sigmoid``, the default before Keras 2.3):
  ``clip(0.2 a + 0.5, 0, 1)``;
- ``hard_sigmoid_keras3`` (Keras 3's ``hard_sigmoid``, torch's ``hardsigmoid``):
  ``relu6(a + 3) / 6``.

The candidates (LSTM g, GRU n) are always tanh. ``apply`` is the plain reference used by
the per-step equations; the fused forward passes compute sigmoid with the exact identity
sigma(a) = 0.5 + 0.5 tanh(a / 2) and the hard forms with ``apply_inplace``.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable

GATE_ACTIVATIONS = ("sigmoid", "hard_sigmoid_keras2", "hard_sigmoid_keras3")
SYMBOLS = {"sigmoid": "σ", "hard_sigmoid_keras2": "hσ", "hard_sigmoid_keras3": "hσ"}
FORMULAS = {
    "sigmoid": "σ(a) = 1/(1+exp(-a))",
    "hard_sigmoid_keras2": "hσ(a) = clip(0.2*a + 0.5, 0, 1)  (Keras 2 hard_sigmoid)",
    "hard_sigmoid_keras3": "hσ(a) = relu6(a + 3)/6  (Keras 3 hard_sigmoid)",
}
LABELS = {  # for describe(): only the variants are named
    "sigmoid": "",
    "hard_sigmoid_keras2": "hard sigmoid (Keras 2)",
    "hard_sigmoid_keras3": "hard sigmoid (Keras 3)",
}
_SLOPE = {"hard_sigmoid_keras2": 0.2, "hard_sigmoid_keras3": 1.0 / 6.0}


def check_gate_activation(name: str) -> str:
    """``name`` if it is a known gate activation, else raise ``GateExplorerError``."""
    if name not in GATE_ACTIVATIONS:
        raise GateExplorerError(
            translatable("unknown gate activation {name!r}; expected one of {names}").format(
                name=name, names=", ".join(GATE_ACTIVATIONS)
            )
        )
    return name


def apply(name: str, a: np.ndarray) -> np.ndarray:
    """The gate activation ``name`` of the pre-activation ``a`` (any shape), a new array."""
    a = np.asarray(a)
    if name == "sigmoid":
        return 1.0 / (1.0 + np.exp(-a))
    if name == "hard_sigmoid_keras2":
        return np.clip(0.2 * a + 0.5, 0.0, 1.0).astype(a.dtype, copy=False)
    if name == "hard_sigmoid_keras3":
        return (np.clip(a + 3.0, 0.0, 6.0) / 6.0).astype(a.dtype, copy=False)
    raise GateExplorerError(translatable("unknown gate activation {name!r}").format(name=name))


def function(name: str) -> Callable[[np.ndarray], np.ndarray]:
    """``apply`` for one activation, as a function of the pre-activation."""
    check_gate_activation(name)
    return lambda a: apply(name, a)


def apply_inplace(name: str, a: np.ndarray) -> None:
    """Overwrite ``a`` with a hard sigmoid of itself (fused paths; sigmoid uses the tanh trick)."""
    dtype = a.dtype
    if name == "hard_sigmoid_keras2":
        np.multiply(a, np.array(0.2, dtype=dtype), out=a)
        np.add(a, np.array(0.5, dtype=dtype), out=a)
        np.clip(a, np.array(0, dtype=dtype), np.array(1, dtype=dtype), out=a)
    elif name == "hard_sigmoid_keras3":
        np.add(a, np.array(3, dtype=dtype), out=a)
        np.clip(a, np.array(0, dtype=dtype), np.array(6, dtype=dtype), out=a)
        np.divide(a, np.array(6, dtype=dtype), out=a)
    else:
        raise GateExplorerError(
            translatable("apply_inplace is for the hard sigmoids, not {name!r}").format(name=name)
        )


def slope(name: str, value: np.ndarray) -> np.ndarray:
    """d gate / d pre-activation, from the gate's value alone (what backprop reads).

    sigmoid: v (1 - v); hard sigmoids: their slope (0.2 or 1/6) where 0 < v < 1, else 0.
    """
    if name == "sigmoid":
        return value * (1.0 - value)
    inside = (value > 0) & (value < 1)
    return (inside * _SLOPE[name]).astype(value.dtype, copy=False)


def inverse(name: str, value: float) -> float:
    """The pre-activation that gives ``value`` (inf when saturated; for the hard sigmoids
    every pre-activation past the corner gives 0 or 1, so those read as saturated too)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        if name == "sigmoid":
            return float(np.log(value) - np.log1p(-value))
        if not 0.0 < value < 1.0:
            return float("inf") if value >= 1.0 else float("-inf")
        return float((value - 0.5) / _SLOPE[name])
