"""The compiled time loops (numba): one step of each cell, the same operations as NumPy's.

Each loop runs steps ``start .. stop-1`` of one direction of one layer over the buffers
the cell's NumPy ``forward`` allocated (so the input product, the layout and the views of
the trace are NumPy's own), reading h_{t-1} from row t-1 of the output (``h0`` at t = 0).
After the recurrent product every elementwise operation is NumPy's, in NumPy's order, in
float32; two things differ in rounding only:

- the product h_{t-1} W_hh^T is summed in another order than OpenBLAS's sgemv;
- tanh is computed in float64 from an exp with a degree-8 polynomial and rounded to
  float32 (within 0.51 ulp of the exact tanh; NumPy's float32 tanh is within 1.4 ulp).

Nothing here is compiled on import: ``compile_all`` builds the float32 signatures (or
loads them from numba's on-disk cache), called by ``engine.fast.load``.
"""

from __future__ import annotations

import math

import numba
import numpy as np
from llvmlite import ir
from numba import types
from numba.extending import intrinsic

F32 = np.float32
_HALF = F32(0.5)
_ZERO = F32(0.0)
_ONE = F32(1.0)
_K2_SLOPE = F32(0.2)  # Keras 2 hard sigmoid: clip(0.2 a + 0.5, 0, 1)
_K3_SHIFT, _K3_TOP = F32(3.0), F32(6.0)  # Keras 3: relu6(a + 3) / 6
_LOG2E = 1.4426950408889634
_LN2_HI = 6.93147180369123816490e-01  # ln 2 split so n * _LN2_HI is exact for |n| < 2^20
_LN2_LO = 1.90821492927058770002e-10
_TINY = 2.0**-12  # below it tanh(x) rounds to x in float32
_BIG = 10.0  # above it tanh(x) rounds to 1 in float32
# 1/k! for the Taylor series of e^r to degree 8, |r| <= ln2 / 2 (tanh within 0.51 ulp)
C2, C3, C4, C5, C6, C7, C8 = (1.0 / float(np.prod(np.arange(1, k + 1))) for k in range(2, 9))


@intrinsic
def _double_from_bits(typingctx, bits):
    """Reinterpret an int64 as a float64 (an LLVM bitcast: vectorizes, unlike a libm call)."""
    sig = types.float64(types.int64)

    def codegen(context, builder, signature, args):
        return builder.bitcast(args[0], ir.DoubleType())

    return sig, codegen


@intrinsic
def _fma(typingctx, a, b, c):
    """a * b + c rounded once (LLVM's fma: one vector instruction where the CPU has FMA)."""
    sig = types.float64(types.float64, types.float64, types.float64)

    def codegen(context, builder, signature, args):
        d = ir.DoubleType()
        fn = builder.module.declare_intrinsic("llvm.fma", [d], ir.FunctionType(d, [d, d, d]))
        return builder.call(fn, args)

    return sig, codegen


@numba.njit(inline="always")
def tanh32(x):
    """tanh of a float32, as float32: tanh|x| = (1 - e) / (1 + e) with e = exp(-2|x|)."""
    ax = abs(np.float64(x))
    y = 2.0 * min(ax, _BIG)
    nf = np.floor(y * _LOG2E + 0.5)
    r = _fma(nf, _LN2_LO, _fma(nf, _LN2_HI, -y))  # -y = -n ln2 + r
    p = _fma(C8, r, C7)
    p = _fma(p, r, C6)
    p = _fma(p, r, C5)
    p = _fma(p, r, C4)
    p = _fma(p, r, C3)
    p = _fma(p, r, C2)
    p = _fma(p, r, 1.0)
    p = _fma(p, r, 1.0)  # e^r
    e = p * _double_from_bits((1023 - np.int64(nf)) << 52)  # e^-y = 2^-n e^r
    t = (1.0 - e) / (1.0 + e)
    t = ax if ax < _TINY else t
    return F32(math.copysign(t, x))  # keeps the sign of -0.0, as NumPy does


@numba.njit(inline="always")
def _hard(gate, a):
    """The hard sigmoids in ``activations.apply_inplace``'s operations (gate 1: Keras 2,
    2: Keras 3)."""
    if gate == 1:
        v = a * _K2_SLOPE
        v = v + _HALF
        v = _ZERO if v < _ZERO else v
        return _ONE if v > _ONE else v
    v = a + _K3_SHIFT
    v = _ZERO if v < _ZERO else v
    v = _K3_TOP if v > _K3_TOP else v
    return v / _K3_TOP


@numba.njit(fastmath={"contract"}, error_model="numpy")
def _gemv(h, w, out):
    """``out`` (N,) = ``h`` (K,) @ ``w`` (K, N), eight rows of w at a time (w is read once
    per call; multiply-adds may fuse, in this function only)."""
    k_all, n = w.shape
    for j in range(n):
        out[j] = _ZERO
    k = 0
    while k + 8 <= k_all:
        h0, h1, h2, h3 = h[k], h[k + 1], h[k + 2], h[k + 3]
        h4, h5, h6, h7 = h[k + 4], h[k + 5], h[k + 6], h[k + 7]
        w0, w1, w2, w3 = w[k], w[k + 1], w[k + 2], w[k + 3]
        w4, w5, w6, w7 = w[k + 4], w[k + 5], w[k + 6], w[k + 7]
        for j in range(n):
            lo = (h0 * w0[j] + h1 * w1[j]) + (h2 * w2[j] + h3 * w3[j])
            hi = (h4 * w4[j] + h5 * w5[j]) + (h6 * w6[j] + h7 * w7[j])
            out[j] += lo + hi
        k += 8
    while k < k_all:
        hk, wk = h[k], w[k]
        for j in range(n):
            out[j] += hk * wk[j]
        k += 1


def lstm_loop(z, hs, ms, h0, w_hh, w_hr, gate, start, stop):
    """LSTM steps ``start .. stop-1``. ``z`` (T+1, B, 5H): row t [a_i a_f a_o a_g | c_{t-1}]
    becomes [i f o g | c_{t-1}] and c_t goes to row t+1; ``hs`` (T, B, P) h; ``ms``
    (T, B, H) o * tanh(c) with a projection ``w_hr`` (H, P), else both have 0 rows; ``h0``
    (B, P); ``w_hh`` (P, 4H) internal order; ``gate`` 0 sigmoid, 1/2 hard (Keras 2/3).
    Each loop fuses NumPy's calls on one element, each value rounded to float32 between
    them as NumPy stores it (a + rec, then tanh, then * 0.5, then + 0.5 ...)."""
    batch = z.shape[1]
    h4 = w_hh.shape[1]
    hid = h4 // 4
    h2, h3 = 2 * hid, 3 * hid
    proj = w_hr.shape[0] > 0
    rec = np.empty(h4, dtype=F32)
    rs, rg = rec[:h3], rec[h3:]
    for t in range(start, stop):
        for b in range(batch):
            h_prev = hs[t - 1, b] if t > 0 else h0[b]
            _gemv(h_prev, w_hh, rec)
            a = z[t, b]
            s, g, cp = a[:h3], a[h3:h4], a[h4:]  # i f o, g, c_{t-1}
            if gate == 0:  # sigma(a) = 0.5 + 0.5 tanh(a / 2), rows pre-scaled
                for j in range(h3):
                    s[j] = tanh32(s[j] + rs[j]) * _HALF + _HALF
            else:
                for j in range(h3):
                    s[j] = _hard(gate, s[j] + rs[j])
            for j in range(hid):
                g[j] = tanh32(g[j] + rg[j])
            i, f, o = a[:hid], a[hid:h2], a[h2:h3]
            c_new = z[t + 1, b, h4:]
            mt = ms[t, b] if proj else hs[t, b]
            for j in range(hid):  # two loops: few enough arrays for LLVM to vectorize each
                c_new[j] = i[j] * g[j] + f[j] * cp[j]
            for j in range(hid):
                mt[j] = tanh32(c_new[j]) * o[j]
            if proj:
                _gemv(mt, w_hr, hs[t, b])  # h = W_hr m


def gru_loop(gi, gh, hs, h0, w_hh, b_hh, gate, start, stop):
    """GRU (reset after the product) steps ``start .. stop-1``. ``gi`` (T, B, 3H): row t
    [a_r a_z | W_in x + b_in] becomes r z n; ``gh`` (T, B, 3H) gets W_h h_{t-1} + b_h;
    ``hs`` (T, B, H); ``h0`` (B, H); ``w_hh`` (H, 3H), ``b_hh`` (3H,) r z rows pre-scaled
    for the sigmoid; ``gate`` as in ``lstm_loop``."""
    batch = gi.shape[1]
    h3 = w_hh.shape[1]
    hid = h3 // 3
    h2 = 2 * hid
    rec = np.empty(h3, dtype=F32)  # the product lands in a hot buffer, then once in the trace
    for t in range(start, stop):
        for b in range(batch):
            h_prev = hs[t - 1, b] if t > 0 else h0[b]
            _gemv(h_prev, w_hh, rec)
            g = gh[t, b]
            for j in range(h3):
                g[j] = rec[j] + b_hh[j]
            a = gi[t, b]
            rz, n, hn = a[:h2], a[h2:], g[h2:]
            if gate == 0:
                for j in range(h2):
                    rz[j] = tanh32(rz[j] + g[j]) * _HALF + _HALF
            else:
                for j in range(h2):
                    rz[j] = _hard(gate, rz[j] + g[j])
            r, z = a[:hid], a[hid:h2]
            ht = hs[t, b]
            for j in range(hid):
                nj = tanh32(n[j] + r[j] * hn[j])  # tanh(W_in x + b_in + r hn)
                n[j] = nj
                ht[j] = (h_prev[j] - nj) * z[j] + nj  # n + z (h_{t-1} - n)


def gru_before_loop(gi, hs, h0, w_rz, w_hn, b_hh, gate, start, stop):
    """GRU with ``reset_after=False`` steps ``start .. stop-1``: ``gi`` and ``hs`` as in
    ``gru_loop``; ``w_rz`` (H, 2H), ``w_hn`` (H, H), ``b_hh`` (3H,); n reads
    W_hn (r * h_{t-1}) + b_hn."""
    batch = gi.shape[1]
    h2 = w_rz.shape[1]
    hid = h2 // 2
    rec = np.empty(h2, dtype=F32)
    u = np.empty(hid, dtype=F32)
    hn = np.empty(hid, dtype=F32)
    b_rz, b_hn = b_hh[:h2], b_hh[h2:]
    for t in range(start, stop):
        for b in range(batch):
            h_prev = hs[t - 1, b] if t > 0 else h0[b]
            _gemv(h_prev, w_rz, rec)
            a = gi[t, b]
            rz, n = a[:h2], a[h2:]
            if gate == 0:
                for j in range(h2):
                    rz[j] = tanh32(rz[j] + (rec[j] + b_rz[j])) * _HALF + _HALF
            else:
                for j in range(h2):
                    rz[j] = _hard(gate, rz[j] + (rec[j] + b_rz[j]))
            r, z = a[:hid], a[hid:h2]
            for j in range(hid):
                u[j] = r[j] * h_prev[j]
            _gemv(u, w_hn, hn)
            ht = hs[t, b]
            for j in range(hid):
                nj = tanh32(n[j] + (hn[j] + b_hn[j]))
                n[j] = nj
                ht[j] = (h_prev[j] - nj) * z[j] + nj


def rnn_loop(hs, h0, w_hh, relu, start, stop):
    """Elman RNN steps ``start .. stop-1``: ``hs`` (T, B, H) holds W_ih x + b and becomes h;
    ``h0`` (B, H); ``w_hh`` (H, H) = W_hh^T; ``relu`` else tanh."""
    batch = hs.shape[1]
    hid = w_hh.shape[1]
    rec = np.empty(hid, dtype=F32)
    for t in range(start, stop):
        for b in range(batch):
            h_prev = hs[t - 1, b] if t > 0 else h0[b]
            _gemv(h_prev, w_hh, rec)
            ht = hs[t, b]
            if relu:
                for j in range(hid):
                    v = ht[j] + rec[j]
                    ht[j] = _ZERO if v < _ZERO else v
            else:
                for j in range(hid):
                    ht[j] = tanh32(ht[j] + rec[j])


def gemv_loop(h, w, out, steps):
    """The floor of a step: ``steps`` products ``out = h @ w`` (for the benchmark)."""
    for _ in range(steps):
        _gemv(h, w, out)


def tanh_array(x, out):
    """``out`` = tanh32 of every element of ``x`` (1-D; for the tests)."""
    for j in range(x.shape[0]):
        out[j] = tanh32(x[j])


A1, A2, A3 = (types.Array(types.float32, n, "C") for n in (1, 2, 3))
I64, B1 = types.int64, types.boolean
SIGNATURES = {
    "lstm_loop": (lstm_loop, types.void(A3, A3, A3, A2, A2, A2, I64, I64, I64)),
    "gru_loop": (gru_loop, types.void(A3, A3, A3, A2, A2, A1, I64, I64, I64)),
    "gru_before_loop": (gru_before_loop, types.void(A3, A3, A2, A2, A2, A1, I64, I64, I64)),
    "rnn_loop": (rnn_loop, types.void(A3, A2, A2, B1, I64, I64)),
    "gemv_loop": (gemv_loop, types.void(A1, A2, A1, I64)),
    "tanh_array": (tanh_array, types.void(A1, A1)),
}


def compile_all(names=None, cache: bool = True) -> dict:
    """The compiled loops by name (all by default), one float32 signature each, cached on
    disk under ``numba.config.CACHE_DIR`` when ``cache``; another signature raises instead
    of compiling. ``error_model="numpy"``: a float division is not checked for zero (the
    checks stop LLVM from vectorizing the loops); ``nogil``: a worker thread leaves the GUI
    thread free."""
    out = {}
    for name in SIGNATURES if names is None else names:
        func, sig = SIGNATURES[name]
        out[name] = numba.njit(sig, cache=cache, nogil=True, error_model="numpy")(func)
    return out
