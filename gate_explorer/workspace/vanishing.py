"""Why gradients vanish, for a view: the numbers of ``analysis.jacobian`` for one run (no Qt).

``vanishing(model, run)`` is a worker job's worth: the step Jacobian norm
``||ds_t/ds_{t-1}||`` at every step (power iteration) and the singular values of every
layer's ``W_hh``; ``forget_curve`` is the LSTM's cell path to a loss step. An
encoder-decoder's joined run gets each stack's numbers on its own steps.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from gate_explorer.analysis.gradient_flow import float64_net
from gate_explorer.analysis.jacobian import (
    forget_product,
    recurrent_singular_values,
    step_jacobian_norms,
)
from gate_explorer.engine.model import Model, ModelRun
from gate_explorer.errors import GateExplorerError
from gate_explorer.workspace.seq2seq import Seq2SeqShownRun, pair_step_norms


@dataclass(frozen=True)
class Spectrum:
    """Singular values of one ``W_hh`` per gate block (largest first), for ``label``
    (``layer 1``, ``layer 1 reverse``, ``encoder layer 1``)."""

    label: str
    blocks: dict[str, np.ndarray]

    @property
    def largest(self) -> float:
        """The largest singular value of any block."""
        return max(float(v[0]) for v in self.blocks.values() if len(v))


@dataclass(frozen=True)
class Vanishing:
    """``step_norm`` (T,) ||ds_t/ds_{t-1}||_2 of the whole recurrent state (every layer's
    h, and c for an LSTM); ``spectra`` each layer's ``W_hh``; ``error`` why there is none
    (a bidirectional network has no step map)."""

    kind: str
    step_norm: np.ndarray | None
    spectra: tuple[Spectrum, ...]
    error: str = ""

    @property
    def size(self) -> int:
        n = 0 if self.step_norm is None else len(self.step_norm)
        return n + sum(len(v) for s in self.spectra for v in s.blocks.values())


def _spectra(model: Model, prefix: str = "") -> list[Spectrum]:
    c = model.net.config
    out = []
    for i, blocks in enumerate(recurrent_singular_values(model.net)):
        k, d = divmod(i, c.num_directions)
        label = f"{prefix}layer {k + 1}" + (" reverse" if d else "")
        out.append(Spectrum(label, blocks))
    return out


def vanishing(model: Model, run: ModelRun, net: Any = None, _progress: Any = None) -> Vanishing:
    """The step norms and ``W_hh`` spectra of ``run`` (a worker job: ``partial(vanishing,
    model, run, net)``); ``net`` a float64 copy of ``model.net`` to reuse."""
    if isinstance(run, Seq2SeqShownRun) and run.pair is not None:
        pair = run.pair
        spectra = _spectra(pair.encoder, "encoder ") + _spectra(pair.decoder, "decoder ")
        try:
            norms = pair_step_norms(run)
        except GateExplorerError as exc:
            return Vanishing(pair.kind, None, tuple(spectra), str(exc))
        return Vanishing(pair.kind, norms, tuple(spectra))
    spectra = tuple(_spectra(model))
    if model.net.config.bidirectional:
        return Vanishing(model.kind, None, spectra, "a bidirectional network has no step map")
    try:
        norms = step_jacobian_norms(net or float64_net(model.net), run.trace).norm
    except GateExplorerError as exc:
        return Vanishing(model.kind, None, spectra, str(exc))
    if not np.isfinite(norms).all():
        return Vanishing(model.kind, None, spectra, "the step Jacobian is not finite (NaN or inf)")
    return Vanishing(model.kind, norms, spectra)


@dataclass(frozen=True)
class ForgetCurve:
    """prod_{k=t+1..target} f_k on the cell path of one layer, over its units: the
    ``median`` and the ``largest`` (T,) (NaN after the target)."""

    target: int
    median: np.ndarray
    largest: np.ndarray


def forget_curve(run: ModelRun, layer: int, target: int) -> ForgetCurve | None:
    """The forget-gate product from each step to ``target`` (LSTM only, else None)."""
    if run.trace.kind != "lstm" or run.trace.num_directions != 1:
        return None
    logs = forget_product(run.trace, layer, target)  # (T, H) log10
    with np.errstate(invalid="ignore"):
        median = 10.0 ** np.median(logs, axis=1)
        largest = 10.0 ** np.max(logs, axis=1)
    return ForgetCurve(target, median, largest)
