"""Why gradients vanish: the per-step factor whose product the gradient norms show.

The recurrent state ``s_t`` is every layer's ``h_t`` (and ``c_t`` for an LSTM), in layer
order. Backprop through time multiplies by the step Jacobian ``J_t = ds_t / ds_{t-1}``
(transposed) once per step, so ``||dL/ds_t|| <= ||dL/ds_T|| * prod_{k=t+1..T} ||J_k||``:
where ``||J_k||`` stays below 1 the gradient shrinks geometrically. Here:

- ``step_jacobian_norms``: ``||J_t||_2`` at every step, by power iteration on
  ``J_t^T J_t`` (vectorised over all steps at once, no SVD per step), from the trace;
- ``chain_back``: the gradient of a loss carried back one ``J_t^T`` at a time, which gives
  the gradient-flow norms again (a check that this is the quantity they are made of);
- ``forget_product``: for an LSTM, the product of forget gates along the cell path, the
  factor by which ``c_t`` reaches ``c_T`` directly;
- ``recurrent_singular_values``: the singular values of each layer's ``W_hh`` blocks. For
  a plain RNN ``sigma_max(W_hh) < 1`` (with tanh' <= 1) is sufficient for vanishing; for
  LSTM and GRU the gates multiply the recurrent path, so it is not the whole story.

Everything runs in float64 on a float64 copy of the weights and reads the recorded trace;
only one-way (not bidirectional) networks have a step map. NumPy only.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from gate_explorer.engine.net import RecurrentNet
from gate_explorer.engine.trace import Trace
from gate_explorer.errors import GateExplorerError
from gate_explorer.notices import translatable

ITERATIONS = 30


def _gate_activation(net: RecurrentNet) -> str:
    """The net's gate nonlinearity (``sigmoid`` unless a framework variant is set)."""
    for owner in (net, net.config):
        name = getattr(owner, "gate_activation", None)
        if isinstance(name, str):
            return name
    return "sigmoid"


def _reset_after(net: RecurrentNet) -> bool:
    for owner in (net, net.config):
        flag = getattr(owner, "reset_after", None)
        if isinstance(flag, bool):
            return flag
    return True


def gate_slope(y: np.ndarray, activation: str) -> np.ndarray:
    """d(gate)/d(pre-activation) from the gate's value ``y`` (no pre-activation needed)."""
    if activation == "sigmoid":
        return y * (1.0 - y)
    inside = (y > 0.0) & (y < 1.0)
    if activation == "hard_sigmoid_keras2":
        return np.where(inside, 0.2, 0.0)
    if activation == "hard_sigmoid_keras3":
        return np.where(inside, 1.0 / 6.0, 0.0)
    raise GateExplorerError(
        translatable("no derivative known for gate activation {activation!r}").format(
            activation=activation
        )
    )


@dataclass(frozen=True)
class _Layer:
    """What one layer's step needs, over all steps at once: arrays are (T, ·)."""

    kind: str
    w_ih: np.ndarray
    w_hh: np.ndarray
    w_hr: np.ndarray | None
    b_hh: np.ndarray
    values: dict[str, np.ndarray]  # the trace's gates and states (T, H)
    h_prev: np.ndarray  # (T, H_out)
    c_prev: np.ndarray | None  # (T, H)
    activation: str
    reset_after: bool
    relu: bool

    @property
    def hidden(self) -> int:
        return self.w_hh.shape[1] if self.w_hr is None else self.w_hr.shape[1]

    def jvp(self, dx, dhp, dcp):
        """Tangent of (h_t, c_t) for tangents of the layer input x_t and (h_{t-1}, c_{t-1})."""
        v = self.values
        a = dhp @ self.w_hh.T
        if dx is not None:
            a = a + dx @ self.w_ih.T
        if self.kind == "rnn":
            slope = (v["h"] > 0).astype(float) if self.relu else 1.0 - v["h"] ** 2
            return slope * a, None
        if self.kind == "lstm":
            i, f, g, o, c = v["i"], v["f"], v["g"], v["o"], v["c"]
            ai, af, ag, ao = np.split(a, 4, axis=-1)
            act = self.activation
            di, df = gate_slope(i, act) * ai, gate_slope(f, act) * af
            dg, do = (1.0 - g**2) * ag, gate_slope(o, act) * ao
            dc = df * self.c_prev + f * dcp + di * g + i * dg
            tc = np.tanh(c)
            dm = do * tc + o * (1.0 - tc**2) * dc
            return (dm if self.w_hr is None else dm @ self.w_hr.T), dc
        r, z, n = self.values["r"], self.values["z"], self.values["n"]
        hp, act = self.h_prev, self.activation
        hdim = self.hidden
        gi = np.zeros_like(a) if dx is None else dx @ self.w_ih.T
        gh = dhp @ self.w_hh.T
        dr = gate_slope(r, act) * (gi[:, :hdim] + gh[:, :hdim])
        dz = gate_slope(z, act) * (gi[:, hdim : 2 * hdim] + gh[:, hdim : 2 * hdim])
        w_hn = self.w_hh[2 * hdim :]
        if self.reset_after:
            hn = hp @ w_hn.T + self.b_hh[2 * hdim :]
            pre = gi[:, 2 * hdim :] + dr * hn + r * gh[:, 2 * hdim :]
        else:
            pre = gi[:, 2 * hdim :] + (dr * hp + r * dhp) @ w_hn.T
        dn = (1.0 - n**2) * pre
        return (hp - n) * dz + (1.0 - z) * dn + z * dhp, None

    def vjp(self, gh, gc):
        """(g_x, g_h_prev, g_c_prev, total g_c) from the total gradient at h_t, partial at c_t."""
        v = self.values
        if self.kind == "rnn":
            slope = (v["h"] > 0).astype(float) if self.relu else 1.0 - v["h"] ** 2
            ga = gh * slope
            return ga @ self.w_ih, ga @ self.w_hh, None, None
        if self.kind == "lstm":
            i, f, g, o, c = v["i"], v["f"], v["g"], v["o"], v["c"]
            act = self.activation
            gm = gh if self.w_hr is None else gh @ self.w_hr
            tc = np.tanh(c)
            g_c = gm * o * (1.0 - tc**2) + (0.0 if gc is None else gc)
            ga = np.concatenate(
                [
                    g_c * g * gate_slope(i, act),
                    g_c * self.c_prev * gate_slope(f, act),
                    g_c * i * (1.0 - g**2),
                    gm * tc * gate_slope(o, act),
                ],
                axis=-1,
            )
            return ga @ self.w_ih, ga @ self.w_hh, g_c * f, g_c
        r, z, n = v["r"], v["z"], v["n"]
        hp, act = self.h_prev, self.activation
        hdim = self.hidden
        w_hn = self.w_hh[2 * hdim :]
        gan = gh * (1.0 - z) * (1.0 - n**2)
        gaz = gh * (hp - n) * gate_slope(z, act)
        g_hp = gh * z
        if self.reset_after:
            hn = hp @ w_hn.T + self.b_hh[2 * hdim :]
            gar = gan * hn * gate_slope(r, act)
            g_hp = g_hp + np.concatenate([gar, gaz, gan * r], axis=-1) @ self.w_hh
        else:
            g_rh = gan @ w_hn  # d/d(r * h_prev)
            gar = g_rh * hp * gate_slope(r, act)
            g_hp = g_hp + g_rh * r + np.concatenate([gar, gaz], axis=-1) @ self.w_hh[: 2 * hdim]
        g_x = np.concatenate([gar, gaz, gan], axis=-1) @ self.w_ih
        return g_x, g_hp, None, None

    def rows(self, index: slice | int) -> _Layer:
        """The same layer restricted to some steps (all arrays sliced along time)."""
        take = slice(index, index + 1) if isinstance(index, int) else index
        return _Layer(
            self.kind,
            self.w_ih,
            self.w_hh,
            self.w_hr,
            self.b_hh,
            {k: a[take] for k, a in self.values.items()},
            self.h_prev[take],
            None if self.c_prev is None else self.c_prev[take],
            self.activation,
            self.reset_after,
            self.relu,
        )


def _layers(net: RecurrentNet, trace: Trace) -> list[_Layer]:
    cfg = net.config
    if cfg.bidirectional:
        raise GateExplorerError(
            translatable(
                "the step Jacobian needs a one-way network: a bidirectional layer's "
                "reverse direction runs from the end, so there is no single step map "
                "s_(t-1) -> s_t"
            )
        )
    if trace.batched:
        raise GateExplorerError(translatable("the step Jacobian needs an unbatched run (one text)"))
    params = {k: np.asarray(v, dtype=np.float64) for k, v in net.params.items()}
    out = []
    for k in range(cfg.num_layers):
        vals = {n: np.asarray(a[:, 0], dtype=np.float64) for n, a in trace.layer(k).values.items()}
        h0 = np.asarray(trace.h0[k, 0], dtype=np.float64)
        h_prev = np.concatenate([h0[None], vals["h"][:-1]])
        c_prev = None
        if cfg.kind == "lstm":
            c0 = np.asarray(trace.c0[k, 0], dtype=np.float64)
            c_prev = np.concatenate([c0[None], vals["c"][:-1]])
        kind = "rnn" if cfg.kind.startswith("rnn") else cfg.kind
        out.append(
            _Layer(
                kind,
                params[f"weight_ih_l{k}"],
                params[f"weight_hh_l{k}"],
                params.get(f"weight_hr_l{k}"),
                params.get(f"bias_hh_l{k}", np.zeros(params[f"weight_hh_l{k}"].shape[0])),
                vals,
                h_prev,
                c_prev,
                _gate_activation(net),
                _reset_after(net),
                cfg.kind == "rnn_relu",
            )
        )
    return out


def _sizes(layers: list[_Layer]) -> list[tuple[int, int]]:
    """(h width, c width) per layer; c width 0 without a cell state."""
    return [
        (lay.h_prev.shape[1], 0 if lay.c_prev is None else lay.c_prev.shape[1]) for lay in layers
    ]


def _split(s: np.ndarray, sizes: list[tuple[int, int]]):
    parts, at = [], 0
    for hw, cw in sizes:
        parts.append((s[:, at : at + hw], s[:, at + hw : at + hw + cw] if cw else None))
        at += hw + cw
    return parts


def _join(parts) -> np.ndarray:
    return np.concatenate([p for h, c in parts for p in (h, c) if p is not None], axis=-1)


def step_jvp(layers: list[_Layer], v: np.ndarray) -> np.ndarray:
    """(T, S) ``J_t v_t`` for tangents ``v`` (T, S) of ``s_{t-1}``; the input x_t is fixed."""
    out, dx = [], None
    for lay, (dh, dc) in zip(layers, _split(v, _sizes(layers)), strict=True):
        h, c = lay.jvp(dx, dh, dc)
        out.append((h, c))
        dx = h
    return _join(out)


def step_vjp(layers: list[_Layer], u: np.ndarray) -> tuple[np.ndarray, list]:
    """(``J_t^T u_t`` (T, S), per-layer totals) for ``u`` (T, S) = dL/ds_t (partial).

    The totals are (dL/dh_t, dL/dc_t) of each layer counting every path, also the one
    through the layers above at the same step: the gradients the engine's backprop reports.
    """
    parts = _split(u, _sizes(layers))
    back: list = [None] * len(layers)
    totals: list = [None] * len(layers)
    carry = None
    for k in range(len(layers) - 1, -1, -1):
        uh, uc = parts[k]
        gh = uh if carry is None else uh + carry
        g_x, g_hp, g_cp, g_c = layers[k].vjp(gh, uc)
        back[k] = (g_hp, g_cp)
        totals[k] = (gh, g_c)
        carry = g_x
    return _join(back), totals


@dataclass(frozen=True)
class StepNorms:
    """``norm`` (T,): ||J_t||_2, the largest factor by which one step can scale a gradient
    on its way from s_t back to s_{t-1} (t = 0 maps from the initial state)."""

    norm: np.ndarray
    iterations: int


def step_jacobian_norms(
    net: RecurrentNet, trace: Trace, *, iterations: int = ITERATIONS, seed: int = 0
) -> StepNorms:
    """||J_t||_2 for every step by power iteration on J_t^T J_t, all steps at once."""
    layers = _layers(net, trace)
    steps = trace.steps
    size = sum(h + c for h, c in _sizes(layers))
    if steps == 0:
        return StepNorms(np.zeros(0), iterations)
    v = np.random.default_rng(seed).standard_normal((steps, size))
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    norm = np.zeros(steps)
    for _ in range(iterations):
        w = step_jvp(layers, v)
        norm = np.linalg.norm(w, axis=1)
        v, _ = step_vjp(layers, w)
        length = np.linalg.norm(v, axis=1, keepdims=True)
        v = np.divide(v, length, out=np.zeros_like(v), where=length > 0)
    return StepNorms(norm, iterations)


@dataclass(frozen=True)
class Chain:
    """The gradient of a loss at ``target`` carried back one step Jacobian at a time.

    ``state_norm`` (T,) ||dL/ds_t|| (partial: the state as the next step reads it; 0 after
    the target); ``h_norm[k]``, ``c_norm[k]`` (T,) the totals per layer, as the gradient
    flow view shows them; ``bound`` (T,) ||dL/ds_target|| * prod ||J_k|| over the steps
    between, which ``state_norm`` never exceeds.
    """

    target: int
    state_norm: np.ndarray
    h_norm: tuple[np.ndarray, ...]
    c_norm: tuple[np.ndarray, ...] | None
    bound: np.ndarray


def chain_back(
    net: RecurrentNet,
    trace: Trace,
    d_output: np.ndarray,
    target: int,
    norms: StepNorms | None = None,
) -> Chain:
    """Chain ``J_t^T`` back from dL/d(output) (D*H_out,) at ``target`` to step 0."""
    layers = _layers(net, trace)
    steps = trace.steps
    if not 0 <= target < steps:
        raise GateExplorerError(
            translatable("step {target} does not exist: the run has {steps} step(s)").format(
                target=target, steps=steps
            )
        )
    sizes = _sizes(layers)
    size = sum(h + c for h, c in sizes)
    norms = norms or step_jacobian_norms(net, trace)
    u = np.zeros((1, size))
    top = size - sizes[-1][0] - sizes[-1][1]
    u[0, top : top + sizes[-1][0]] = np.asarray(d_output, dtype=np.float64)
    state = np.zeros(steps)
    h_norm = [np.zeros(steps) for _ in layers]
    c_norm = [np.zeros(steps) for _ in layers] if sizes[0][1] else None
    bound = np.zeros(steps)
    bound[target] = state[target] = np.linalg.norm(u)
    for t in range(target, -1, -1):
        if t < target:
            state[t] = np.linalg.norm(u)
            bound[t] = bound[t + 1] * norms.norm[t + 1]
        step = [lay.rows(t) for lay in layers]
        u, totals = step_vjp(step, u)
        for k, (gh, gc) in enumerate(totals):
            h_norm[k][t] = np.linalg.norm(gh)
            if c_norm is not None:
                c_norm[k][t] = np.linalg.norm(gc)
    return Chain(target, state, tuple(h_norm), None if c_norm is None else tuple(c_norm), bound)


def forget_product(trace: Trace, layer: int = 0, target: int | None = None) -> np.ndarray:
    """(T, H) log10 of prod_{k=t+1..target} f_k per unit: how much of c_t reaches c_target
    along the cell path alone (0 at the target, -inf where a forget gate is exactly 0;
    steps after the target are NaN). LSTM only."""
    if trace.kind != "lstm":
        raise GateExplorerError(
            translatable("only an LSTM has forget gates; this is a {trace_kind}").format(
                trace_kind=trace.kind
            )
        )
    f = np.asarray(trace.values("f", layer), dtype=np.float64)
    if f.ndim == 3:
        f = f[:, 0]
    steps = len(f)
    end = steps - 1 if target is None else int(target)
    if not 0 <= end < max(steps, 1):
        raise GateExplorerError(
            translatable("step {end} does not exist: the run has {steps} step(s)").format(
                end=end, steps=steps
            )
        )
    out = np.full(f.shape, np.nan)
    with np.errstate(divide="ignore"):
        logs = np.log10(f[1 : end + 1])  # factors of steps 1..end
    tail = np.cumsum(logs[::-1], axis=0)[::-1]  # row t: sum of log f over steps t+1..end
    out[: end + 1] = np.concatenate([tail, np.zeros((1, f.shape[1]))])
    return out


def recurrent_singular_values(net: RecurrentNet) -> list[dict[str, np.ndarray]]:
    """Per layer (and direction, in torch's order), the singular values of ``W_hh`` per gate
    block (LSTM i f g o, GRU r z n, RNN h), largest first."""
    cfg = net.config
    blocks = {"lstm": "ifgo", "gru": "rzn"}.get(cfg.kind, "h")
    out = []
    for k in range(cfg.num_layers):
        for d in range(cfg.num_directions):
            w = np.asarray(net.params[f"weight_hh_l{k}{'_reverse' if d else ''}"], np.float64)
            parts = np.split(w, len(blocks), axis=0)
            out.append(
                {b: np.linalg.svd(p, compute_uv=False) for b, p in zip(blocks, parts, strict=True)}
            )
    return out
