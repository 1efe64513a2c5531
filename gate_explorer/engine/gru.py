r"""The GRU cell, in the notation of PyTorch's ``nn.GRU`` documentation.

.. math::
    r_t = \sigma(W_{ir} x_t + b_{ir} + W_{hr} h_{t-1} + b_{hr})
    z_t = \sigma(W_{iz} x_t + b_{iz} + W_{hz} h_{t-1} + b_{hz})
    n_t = \tanh(W_{in} x_t + b_{in} + r_t \odot (W_{hn} h_{t-1} + b_{hn}))
    h_t = (1 - z_t) \odot n_t + z_t \odot h_{t-1}

Weight rows are stacked r, z, n as in torch (``weight_ih_l{k}`` is (3H, F)). As in the
LSTM module, the r and z rows are scaled by 0.5 once so sigma(a) = 0.5 + 0.5 tanh(a/2)
costs one ``tanh`` and an exact affine map.

Framework variants: the gate activation sigma of r and z may be a hard sigmoid
(``gate_activation``, see ``engine.activations``; then no rows are scaled), and with
``reset_after=False`` (Keras' original GRU, Cho et al. 2014) the reset gate acts before
the recurrent matrix:

.. math::
    n_t = \tanh(W_{in} x_t + b_{in} + W_{hn} (r_t \odot h_{t-1}) + b_{hn})
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np

from gate_explorer.engine import activations, cells
from gate_explorer.engine.backend import Kernels
from gate_explorer.engine.stepping import (
    buffer,
    input_part,
    keep,
    row_product,
    step_rows,
    with_bias_row,
)

NAMES = cells.cell("gru").names  # r z n h
BLOCKS = cells.cell("gru").blocks  # 3 blocks of H weight rows, torch's r z n


@dataclass(frozen=True)
class GRUWeights:
    """Weights of one direction of one layer in the engine's internal layout."""

    w_in: np.ndarray  # (F+1, 3H): W_ih^T, then b_ih; columns r z n, r and z scaled by 0.5
    w_hh_t: np.ndarray  # (H, 3H), same
    b_hh: np.ndarray  # (3H,) same
    gate: str = "sigmoid"  # the activation of r, z (engine.activations.GATE_ACTIVATIONS)
    reset_after: bool = True  # False: n reads W_hn (r * h) (Keras reset_after=False)
    w_hh_rz_t: np.ndarray | None = None  # (H, 2H) contiguous, only for reset_after=False
    w_hn_t: np.ndarray | None = None  # (H, H) contiguous, only for reset_after=False


def step(
    a_x: np.ndarray,
    a_h: np.ndarray,
    h_prev: np.ndarray,
    *,
    gate: str = "sigmoid",
    reset_after: bool = True,
    w_hn_t: np.ndarray | None = None,
    b_hn: np.ndarray | None = None,
    fix: Callable[[str, np.ndarray], np.ndarray] = keep,
) -> dict[str, np.ndarray]:
    """One step, line for line the module's equations: the readable copy of the cell.

    ``a_x`` = x_t W_ih^T + b_ih and ``a_h`` = h_{t-1} W_hh^T + b_hh are (B, 3H) in torch's
    r, z, n order; ``h_prev`` (B, H). With ``reset_after=False`` the n block of ``a_h`` is
    not used: n reads (r * h_{t-1}) ``w_hn_t`` + ``b_hn`` (W_hn^T (H, H) and b_hn (H,)).
    ``fix`` as in ``lstm.step``. Returns r, z, n, h and the pre-activations ``a_r``,
    ``a_z``, ``a_n``. h is written n + z (h_{t-1} - n), which is (1 - z) n + z h_{t-1}
    in the operations the fused ``forward`` uses.
    """
    sigma = activations.function(gate)
    ax_r, ax_z, ax_n = np.split(a_x, 3, axis=-1)
    ah_r, ah_z, ah_n = np.split(a_h, 3, axis=-1)
    r = fix("r", sigma(ax_r + ah_r))
    z = fix("z", sigma(ax_z + ah_z))
    if reset_after:
        a_n = ax_n + r * ah_n
    else:
        a_n = ax_n + (row_product(r * h_prev, w_hn_t) + b_hn)
    n = fix("n", np.tanh(a_n))
    h = fix("h", n + z * (h_prev - n))
    return {"r": r, "z": z, "n": n, "h": h, "a_r": ax_r + ah_r, "a_z": ax_z + ah_z, "a_n": a_n}


def prepare(
    w_ih: np.ndarray,
    w_hh: np.ndarray,
    b_ih: np.ndarray,
    b_hh: np.ndarray,
    gate: str = "sigmoid",
    reset_after: bool = True,
) -> GRUWeights:
    """Scale torch-layout weights once (r, z rows by 0.5 for sigmoid) and transpose them."""
    h = w_ih.shape[0] // BLOCKS
    scale = np.ones(3 * h, dtype=w_ih.dtype)
    if activations.check_gate_activation(gate) == "sigmoid":
        scale[: 2 * h] = 0.5
    w_hh_t = np.ascontiguousarray((w_hh * scale[:, None]).T)
    return GRUWeights(
        w_in=with_bias_row((w_ih * scale[:, None]).T, b_ih * scale),
        w_hh_t=w_hh_t,
        b_hh=b_hh * scale,
        gate=gate,
        reset_after=bool(reset_after),
        w_hh_rz_t=None if reset_after else np.ascontiguousarray(w_hh_t[:, : 2 * h]),
        w_hn_t=None if reset_after else np.ascontiguousarray(w_hh_t[:, 2 * h :]),
    )


def forward(
    x: np.ndarray,
    w: GRUWeights,
    h0: np.ndarray,
    progress: Callable[[int], None] | None = None,
    kernel: Kernels | None = None,
    out: dict[str, np.ndarray] | None = None,
) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """Run one direction over ``x`` (T, B, F) in processing order.

    Returns ``(values, cache)``: values maps r, z, n, h to (T, B, H) arrays; cache holds
    ``hn`` = W_hn h_{t-1} + b_hn per step (T, B, H), which backprop needs (with
    ``reset_after=False`` the cache is empty: backprop reads r and h_{t-1} instead).

    Row t of ``gi`` (T, B, 3H) starts as W_i x_t + b_i and is overwritten in place by the
    gates r z n; in torch's form row t of ``gh`` keeps W_h h_{t-1} + b_h, whose last third
    is ``hn``. With the reset before the matrix a step makes two products, W_h[rz] h_{t-1}
    then W_hn (r * h_{t-1}), into one scratch row. With B = 1 the batch axis is dropped (1-D
    views are cheaper; ``h @ W`` is a gemv). ``progress(steps_done)`` is called every few
    hundred steps when given. ``kernel`` (``Backend.kernels_for``): the compiled time loop
    over the same buffers, else NumPy's. ``out``: buffers to write into instead of new ones
    (``gi``, ``hidden``, ``gh``; see ``stepping.buffer``).
    """
    steps, batch = x.shape[:2]
    hid = w.b_hh.shape[0] // BLOCKS
    dtype = w.b_hh.dtype
    h1, h2 = hid, 2 * hid
    after = w.reset_after
    gi = buffer(out, "gi", (steps, batch, 3 * hid), dtype)
    if kernel is None or not kernel.input_part(x, w.w_in, gi.reshape(-1, 3 * hid)):
        input_part(x, w.w_in, out=gi.reshape(-1, 3 * hid))
    hidden = buffer(out, "hidden", (steps, batch, hid), dtype)
    values = {"r": gi[..., :h1], "z": gi[..., h1:h2], "n": gi[..., h2:], "h": hidden}
    gh = buffer(out, "gh", (steps, batch, 3 * hid), dtype) if after else None
    if kernel is not None:  # the compiled loop, over the same buffers
        if gh is None:
            kernel.gru_before(gi, hidden, h0, w, progress)
        else:
            kernel.gru(gi, gh, hidden, h0, w, progress)
        return values, ({} if gh is None else {"hn": gh[..., h2:]})
    lead = () if batch == 1 else (batch,)
    gi_ = gi.reshape(steps, *lead, 3 * hid)
    h = h0.reshape(*lead, hid)
    if gh is not None:  # W_h h_{t-1} + b_h, all three blocks, kept per step (hn is the cache)
        w_rec, b_rec = w.w_hh_t, w.b_hh
        rec = gh.reshape(steps, *lead, 3 * hid)
        rows_h: Iterable[tuple[np.ndarray, ...]] = zip(
            rec, rec[..., :h2], rec[..., h2:], strict=True
        )
    else:  # W_h[rz] h_{t-1} + b_h[rz], then hn = W_hn u + b_hn with u = r * h_{t-1}
        w_rec, b_rec = w.w_hh_rz_t, w.b_hh[:h2]
        w_hn, b_hn = w.w_hn_t, w.b_hh[h2:]
        rec, hn, u = (np.empty((*lead, k), dtype=dtype) for k in (h2, hid, hid))
        rows_h = itertools.repeat((rec, rec, hn))  # one scratch row for every step
    add, sub, mul, tanh, dot = np.add, np.subtract, np.multiply, np.tanh, np.dot
    half = np.array(0.5, dtype=dtype)  # a 0-d array costs a ufunc less than a Python float
    rows = (
        gi_[..., :h2],  # a_rz, then r z
        gi_[..., :h1],  # r
        gi_[..., h1:h2],  # z
        gi_[..., h2:],  # W_in x + b_in, then n
        hidden.reshape(steps, *lead, hid),
    )
    hard = w.gate != "sigmoid"
    per_step = zip(step_rows(rows, progress), rows_h, strict=False)  # repeat is endless
    for (rz, r, z, n, h_t), (rec_t, rec_rz, hn_t) in per_step:
        dot(h, w_rec, out=rec_t)
        add(rec_t, b_rec, out=rec_t)
        add(rz, rec_rz, out=rz)
        if hard:
            activations.apply_inplace(w.gate, rz)
        else:
            tanh(rz, out=rz)
            mul(rz, half, out=rz)  # sigma(a) = 0.5 + 0.5 tanh(a / 2); rows were pre-scaled
            add(rz, half, out=rz)
        if after:
            mul(r, hn_t, out=h_t)  # h_t as scratch
            add(n, h_t, out=n)
        else:
            mul(r, h, out=u)  # the reset acts before the matrix
            dot(u, w_hn, out=hn_t)
            add(hn_t, b_hn, out=hn_t)
            add(n, hn_t, out=n)
        tanh(n, out=n)
        sub(h, n, out=h_t)  # h_t = n + z * (h_{t-1} - n)
        mul(h_t, z, out=h_t)
        add(h_t, n, out=h_t)
        h = h_t
    return values, ({} if gh is None else {"hn": gh[..., h2:]})


def backward(
    x: np.ndarray,
    values: dict[str, np.ndarray],
    cache: dict[str, np.ndarray],
    h0: np.ndarray,
    w_ih: np.ndarray,
    w_hh: np.ndarray,
    dh_out: np.ndarray,
    dh_last: np.ndarray,
    gate: str = "sigmoid",
    reset_after: bool = True,
) -> dict[str, np.ndarray]:
    """Backprop through time for one direction, in processing order, from the trace only.

    ``x`` (T, B, F), ``values``/``cache`` as ``forward`` returned them (cache ``hn``),
    torch-layout weights, ``gate``/``reset_after`` as in ``prepare``, ``dh_out`` (T, B, H)
    the gradient reaching each h_t from outside the recurrence, ``dh_last`` (B, H) that of
    the final state. Returns the parameter gradients in torch layout, ``input`` (T, B, F),
    ``h0`` and the total per-step ``h``.

    With a_n the argument of n's tanh: torch's form (``reset_after``) has
    a_n = W_in x + b_in + r * hn, hn = W_hn h_{t-1} + b_hn, so d hn = r * d a_n; with
    ``reset_after=False``, a_n = W_in x + b_in + W_hn u + b_hn, u = r * h_{t-1}, so d a_n is
    also the gradient of n's recurrent part and r's reads d u = W_hn^T d a_n.
    """
    steps, batch = x.shape[:2]
    hid = w_ih.shape[0] // BLOCKS
    dtype = w_ih.dtype
    r, z, n, h = (values[k] for k in NAMES)
    h_prev = np.concatenate([h0[None], h[:-1]]) if steps else h
    h1, h2 = hid, 2 * hid
    # da_n/dh, da_z/dh and da_r/d(r's input: a_n, or u) for all steps at once
    k_n = (1.0 - z) * (1.0 - n * n)
    if reset_after and gate == "sigmoid":
        k_z = (h_prev - n) * z * (1.0 - z)
        k_r = cache["hn"] * r * (1.0 - r)
    else:
        k_z = (h_prev - n) * activations.slope(gate, z)
        k_r = (cache["hn"] if reset_after else h_prev) * activations.slope(gate, r)

    d_gh = np.empty((steps, batch, 3 * hid), dtype=dtype)  # d(W_hh h + b_hh), order r z n
    # d a_n = d(W_in x + b_in): its own array in torch's form (the n block of d_gh is
    # d hn = r * d a_n there), the n block itself with the reset before the matrix
    d_an = np.empty((steps, batch, hid), dtype=dtype) if reset_after else d_gh[..., h2:]
    dh_all = np.empty(dh_out.shape, dtype=dtype)
    lead = () if batch == 1 else (batch,)  # B = 1: 1-D rows; iterate backwards in zip

    def rows(arr: np.ndarray, width: int) -> np.ndarray:
        return arr.reshape(steps, *lead, width)[::-1]

    dh_rec = np.array(dh_last, dtype=dtype).reshape(*lead, hid)
    du = np.empty_like(dh_rec)  # d u (reset before the matrix)
    tmp = np.empty_like(dh_rec)
    if reset_after:
        w_rec = w_hh  # dh_{t-1} reads all of d_gh through W_hh
    else:
        w_rec, w_hn = np.ascontiguousarray(w_hh[:h2]), np.ascontiguousarray(w_hh[h2:])
    add, mul, dot = np.add, np.multiply, np.dot
    gh_rows = rows(d_gh, 3 * hid)
    per_step = zip(
        rows(dh_out, hid),
        rows(dh_all, hid),
        gh_rows if reset_after else gh_rows[..., :h2],  # what W_rec reads
        gh_rows[..., :h1],
        gh_rows[..., h1:h2],
        gh_rows[..., h2:],
        d_an.reshape(steps, *lead, hid)[::-1],
        rows(k_n, hid),
        rows(k_r, hid),
        rows(k_z, hid),
        rows(r, hid),
        rows(z, hid),
        strict=True,
    )
    for dho, dh, d_rec, da_r, da_z, d_hn, da_n, kn, kr, kz, r_t, z_t in per_step:
        add(dho, dh_rec, out=dh)
        mul(dh, kn, out=da_n)
        if reset_after:
            mul(da_n, kr, out=da_r)
            mul(da_n, r_t, out=d_hn)
        else:
            dot(da_n, w_hn, out=du)  # d u = W_hn^T d a_n
            mul(du, kr, out=da_r)
        mul(dh, kz, out=da_z)
        dot(d_rec, w_rec, out=dh_rec)
        if not reset_after:
            mul(du, r_t, out=tmp)
            add(dh_rec, tmp, out=dh_rec)
        mul(dh, z_t, out=tmp)
        add(dh_rec, tmp, out=dh_rec)
    dh_rec = dh_rec.reshape(batch, hid)

    d_gi = d_gh  # d(W_ih x + b_ih): d_gh with d a_n in the n block
    if reset_after:
        d_gi = d_gh.copy()
        d_gi[..., h2:] = d_an
    gi_flat = d_gi.reshape(-1, 3 * hid)
    gh_flat = d_gh.reshape(-1, 3 * hid)
    if reset_after:
        w_hh_grad = gh_flat.T @ h_prev.reshape(-1, hid)
    else:  # W_hn reads u = r * h_{t-1}
        w_hh_grad = np.empty_like(w_hh)
        w_hh_grad[:h2] = gh_flat[:, :h2].T @ h_prev.reshape(-1, hid)
        w_hh_grad[h2:] = gh_flat[:, h2:].T @ (r * h_prev).reshape(-1, hid)
    return {
        "weight_ih": gi_flat.T @ x.reshape(-1, x.shape[-1]),
        "weight_hh": w_hh_grad,
        "bias_ih": gi_flat.sum(axis=0),
        "bias_hh": gh_flat.sum(axis=0),
        "input": (gi_flat @ w_ih).reshape(steps, batch, w_ih.shape[1]),
        "h0": dh_rec,
        "h": dh_all,
    }
