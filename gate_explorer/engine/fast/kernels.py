"""The compiled time loops (numba): one step of each cell, the same operations as NumPy's.

Each loop runs steps ``start .. stop-1`` of one direction of one layer over the buffers
the cell's NumPy ``forward`` allocated (so the input product, the layout and the views of
the trace are NumPy's own), reading h_{t-1} from row t-1 of the output (``h0`` at t = 0).
After the recurrent product every elementwise operation is NumPy's, in NumPy's order, in
float32; two things differ in rounding only:

- the product h_{t-1} W_hh^T is summed in another order than OpenBLAS's sgemv: W_hh^T is
  laid out in panels of 64 columns (``engine.fast.panels``), and each column is two chains
  of fused multiply-adds (even and odd k) added at the end, in registers (``_panel``, an
  LLVM kernel: the loop vectorizer would keep the sums in memory). Alternate steps read
  the panels in reverse order, so a matrix about the size of the L2 cache is read half
  from it; each panel is summed alone, so the order changes no bit;
- tanh is computed in float32 (Cephes' tanhf and expf, vectorized): within 1.4 ulp of
  the exact tanh, as NumPy's float32 tanh is.

Nothing here is compiled on import: ``compile_all`` builds the float32 signatures (or
loads them from numba's on-disk cache), called by ``engine.fast.load``.
"""

from __future__ import annotations

import math

import numba
import numpy as np
from llvmlite import ir
from numba import types
from numba.core import cgutils
from numba.extending import intrinsic

F32 = np.float32
_HALF = F32(0.5)
_ZERO = F32(0.0)
_ONE = F32(1.0)
_K2_SLOPE = F32(0.2)  # Keras 2 hard sigmoid: clip(0.2 a + 0.5, 0, 1)
_K3_SHIFT, _K3_TOP = F32(3.0), F32(6.0)  # Keras 3: relu6(a + 3) / 6
_TWO = F32(2.0)
_LOG2E = F32(1.4426950408889634)
_LN2_HI, _LN2_LO = F32(-0.693359375), F32(2.12194440e-4)  # -ln 2 = _LN2_HI + _LN2_LO
_SMALL = F32(0.625)  # below it tanh is the odd polynomial
_BIG = F32(9.5)  # above it tanh(x) rounds to 1 in float32
# Cephes' expf (e^r = 1 + r + r^2 (E0 r^5 + ... + E5)) and tanhf (x + x^3 (T0 x^8 + ... + T4))
_EXP = (1.9875691500e-4, 1.3981999507e-3, 8.3334519073e-3, 4.1665795894e-2, 1.6666665459e-1)
E0, E1, E2, E3, E4, E5 = (F32(c) for c in (*_EXP, 5.0000001201e-1))
_TANH = (-5.70498872745e-3, 2.06390887954e-2, -5.37397155531e-2, 1.33314422036e-1)
T0, T1, T2, T3, T4 = (F32(c) for c in (*_TANH, -3.33332819422e-1))


@intrinsic
def _float_from_bits(typingctx, bits):
    """Reinterpret an int32 as a float32 (an LLVM bitcast: vectorizes, unlike a libm call)."""
    sig = types.float32(types.int32)

    def codegen(context, builder, signature, args):
        return builder.bitcast(args[0], ir.FloatType())

    return sig, codegen


@intrinsic
def _fma(typingctx, a, b, c):
    """a * b + c in float32, rounded once (LLVM's fma: one vector instruction with FMA)."""
    sig = types.float32(types.float32, types.float32, types.float32)

    def codegen(context, builder, signature, args):
        f = ir.FloatType()
        fn = builder.module.declare_intrinsic("llvm.fma", [f], ir.FunctionType(f, [f, f, f]))
        return builder.call(fn, args)

    return sig, codegen


@numba.njit(inline="always", error_model="numpy")
def tanh32(x):
    """tanh of a float32 in float32 (within 1.4 ulp, as NumPy's): an odd polynomial below
    0.625, else 1 - 2 / (e^2|x| + 1) with e^y = 2^n e^r, |r| <= ln2 / 2, a degree-6
    polynomial for e^r (Cephes' tanhf and expf). Every branch is a select: it vectorizes."""
    ax = abs(x)
    y = _TWO * _BIG if ax > _BIG else _TWO * ax  # NaN stays NaN
    nf = np.floor(y * _LOG2E + _HALF)
    r = _fma(nf, _LN2_LO, _fma(nf, _LN2_HI, y))  # y - n ln2, in two exact-ish parts
    p = _fma(_fma(_fma(_fma(_fma(E0, r, E1), r, E2), r, E3), r, E4), r, E5)
    e = _fma(p, r * r, r + _ONE)  # e^r
    big = _ONE - _TWO / (e * _float_from_bits((np.int32(nf) + np.int32(127)) << 23) + _ONE)
    x2 = ax * ax
    small = _fma(_fma(_fma(_fma(_fma(T0, x2, T1), x2, T2), x2, T3), x2, T4), x2 * ax, ax)
    return math.copysign(small if ax < _SMALL else big, x)  # keeps -0.0, as NumPy does


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


def _panel_intrinsic(vectors: int):
    """An LLVM kernel: ``out`` (16 V,) = ``h`` (K,) @ one panel (K, 16 V) of a matrix laid
    out by ``engine.fast.panels``, the 16 V sums in 2 V vector registers (even and odd k)
    added at the end. Arguments are addresses (``arr.ctypes.data``) and K."""

    @intrinsic
    def panel(typingctx, h_addr, w_addr, k_all, out_addr):
        sig = types.void(types.intp, types.intp, types.intp, types.intp)

        def codegen(context, builder, signature, args):
            f32, i32, i64 = ir.FloatType(), ir.IntType(32), ir.IntType(64)
            vec = ir.VectorType(f32, 16)
            fma = cgutils.get_or_insert_function(
                builder.module, ir.FunctionType(vec, [vec, vec, vec]), "llvm.fma.v16f32"
            )
            hp = builder.inttoptr(args[0], f32.as_pointer())
            wp = builder.inttoptr(args[1], vec.as_pointer())
            op = builder.inttoptr(args[3], vec.as_pointer())
            undef = ir.Constant(vec, ir.Undefined)
            spread = ir.Constant(ir.VectorType(i32, 16), [0] * 16)

            def row(k, acc):  # acc + h[k] * W[k] for each of the V vectors of row k
                hk = builder.load(builder.gep(hp, [k]))
                hb = builder.shuffle_vector(
                    builder.insert_element(undef, hk, ir.Constant(i32, 0)), undef, spread
                )
                base = builder.mul(k, ir.Constant(i64, vectors))
                out = []
                for v in range(vectors):
                    ptr = builder.gep(wp, [builder.add(base, ir.Constant(i64, v))])
                    out.append(builder.call(fma, [hb, builder.load(ptr, align=4), acc[v]]))
                return out

            entry = builder.block
            head = builder.append_basic_block("panel_head")
            body = builder.append_basic_block("panel_body")
            rest = builder.append_basic_block("panel_rest")
            last = builder.append_basic_block("panel_last")
            done = builder.append_basic_block("panel_done")
            builder.branch(head)
            builder.position_at_end(head)
            k = builder.phi(i64)
            k.add_incoming(ir.Constant(i64, 0), entry)
            acc = []
            for _ in range(2 * vectors):
                a = builder.phi(vec)
                a.add_incoming(ir.Constant(vec, [0.0] * 16), entry)
                acc.append(a)
            k2 = builder.add(k, ir.Constant(i64, 2))
            builder.cbranch(builder.icmp_signed("<=", k2, args[2]), body, rest)
            builder.position_at_end(body)
            even = row(k, acc[:vectors])
            odd = row(builder.add(k, ir.Constant(i64, 1)), acc[vectors:])
            for a, n in zip(acc, even + odd, strict=True):
                a.add_incoming(n, body)
            k.add_incoming(k2, body)
            builder.branch(head)
            builder.position_at_end(rest)  # an odd K: one more row into the even sums
            builder.cbranch(builder.icmp_signed("<", k, args[2]), last, done)
            builder.position_at_end(last)
            tail = row(k, acc[:vectors])
            builder.branch(done)
            builder.position_at_end(done)
            sums = []
            for v in range(vectors):
                a = builder.phi(vec)
                a.add_incoming(acc[v], rest)
                a.add_incoming(tail[v], last)
                sums.append(a)
            for v in range(vectors):
                total = builder.fadd(sums[v], acc[vectors + v])
                builder.store(total, builder.gep(op, [ir.Constant(i64, v)]), align=4)
            return context.get_dummy_value()

        return sig, codegen

    return panel


PANEL = 64  # columns per panel (4 vectors of 16 float32)
_panel = _panel_intrinsic(PANEL // 16)


def _ir_loop(builder, first, end, state, body):
    """``for i in range(first, end): state = body(i, state)`` in LLVM IR; returns the
    state after the loop (the header's phis)."""
    i64 = ir.IntType(64)
    entry = builder.block
    head = builder.append_basic_block("loop_head")
    block = builder.append_basic_block("loop_body")
    done = builder.append_basic_block("loop_done")
    builder.branch(head)
    builder.position_at_end(head)
    i = builder.phi(i64)
    i.add_incoming(first, entry)
    phis = []
    for value in state:
        phi = builder.phi(value.type)
        phi.add_incoming(value, entry)
        phis.append(phi)
    builder.cbranch(builder.icmp_signed("<", i, end), block, done)
    builder.position_at_end(block)
    new = body(i, phis)
    latch = builder.block
    for phi, value in zip(phis, new, strict=True):
        phi.add_incoming(value, latch)
    i.add_incoming(builder.add(i, ir.Constant(i64, 1)), latch)
    builder.branch(head)
    builder.position_at_end(done)
    return phis


def _panel_tile_intrinsic(rows: int):
    """``_panel`` (4 vectors) and, in the same loop, one tile of the input product of
    later steps: ``rows`` rows x 16 columns, as ``_rows_intrinsic`` sums them (k order, bias
    last), from W_in's 16 columns ``win`` (F+1, 16): the FMA units idle while the panel
    streams from L2 do the input product. Arguments: h, W panel, K, sums (addresses, K),
    x, x's row stride, win, F, out, out's row stride (addresses, floats)."""

    @intrinsic
    def panel_tile(typingctx, h_addr, w_addr, k_all, s_addr, x_addr, x_stride, win_addr,
                   feat, o_addr, o_stride):  # fmt: skip
        sig = types.void(*([types.intp] * 10))

        def codegen(context, builder, signature, args):
            f32, i32, i64 = ir.FloatType(), ir.IntType(32), ir.IntType(64)
            vec = ir.VectorType(f32, 16)
            fma = cgutils.get_or_insert_function(
                builder.module, ir.FunctionType(vec, [vec, vec, vec]), "llvm.fma.v16f32"
            )
            hp = builder.inttoptr(args[0], f32.as_pointer())
            wp = builder.inttoptr(args[1], vec.as_pointer())
            sp = builder.inttoptr(args[3], vec.as_pointer())
            xp = builder.inttoptr(args[4], f32.as_pointer())
            ip = builder.inttoptr(args[6], vec.as_pointer())
            op = builder.inttoptr(args[8], f32.as_pointer())
            k_all, xs, feat, ostride = args[2], args[5], args[7], args[9]
            undef = ir.Constant(vec, ir.Undefined)
            spread = ir.Constant(ir.VectorType(i32, 16), [0] * 16)
            zero = ir.Constant(vec, [0.0] * 16)

            def splat(ptr, idx):
                one = builder.insert_element(undef, builder.load(builder.gep(ptr, [idx])),
                                             ir.Constant(i32, 0))  # fmt: skip
                return builder.shuffle_vector(one, undef, spread)

            def row(k, acc):  # acc + h[k] * W[k], 4 vectors
                hb = splat(hp, k)
                base = builder.mul(k, ir.Constant(i64, 4))
                return [
                    builder.call(fma, [hb, builder.load(builder.gep(
                        wp, [builder.add(base, ir.Constant(i64, v))]), align=4), acc[v]])
                    for v in range(4)
                ]  # fmt: skip

            def pair(i, acc):  # rows 2i (even sums) and 2i + 1 (odd sums)
                k = builder.mul(i, ir.Constant(i64, 2))
                return row(k, acc[:4]) + row(builder.add(k, ir.Constant(i64, 1)), acc[4:])

            def tile(k, acc):  # acc[r] + x[r, k] * win[k], for each row
                wk = builder.load(builder.gep(ip, [k]), align=4)
                return [
                    builder.call(fma, [splat(xp, builder.add(builder.mul(
                        ir.Constant(i64, r), xs), k)), wk, acc[r]])
                    for r in range(rows)
                ]  # fmt: skip

            pairs = builder.sdiv(k_all, ir.Constant(i64, 2))
            both = builder.select(builder.icmp_signed("<", pairs, feat), pairs, feat)
            zero_i = ir.Constant(i64, 0)
            state = _ir_loop(builder, zero_i, both, [zero] * (8 + rows),
                             lambda i, a: pair(i, a[:8]) + tile(i, a[8:]))  # fmt: skip
            w_acc = _ir_loop(builder, both, pairs, state[:8], pair)
            x_acc = _ir_loop(builder, both, feat, state[8:], tile)
            odd = builder.icmp_signed("!=", builder.srem(k_all, ir.Constant(i64, 2)), zero_i)
            before = builder.block
            last = builder.append_basic_block("panel_last")
            done = builder.append_basic_block("panel_done")
            builder.cbranch(odd, last, done)
            builder.position_at_end(last)
            tail = row(builder.sub(k_all, ir.Constant(i64, 1)), w_acc[:4])
            builder.branch(done)
            builder.position_at_end(done)
            evens = []
            for v in range(4):
                phi = builder.phi(vec)
                phi.add_incoming(w_acc[v], before)
                phi.add_incoming(tail[v], last)
                evens.append(phi)
            for v in range(4):
                total = builder.fadd(evens[v], w_acc[4 + v])
                builder.store(total, builder.gep(sp, [ir.Constant(i64, v)]), align=4)
            bias = builder.load(builder.gep(ip, [feat]), align=4)
            ones = ir.Constant(vec, [1.0] * 16)
            for r in range(rows):
                dst = builder.gep(op, [builder.mul(ir.Constant(i64, r), ostride)])
                builder.store(builder.call(fma, [ones, bias, x_acc[r]]),
                              builder.bitcast(dst, vec.as_pointer()), align=4)  # fmt: skip
            return context.get_dummy_value()

        return sig, codegen

    return panel_tile


AHEAD_ROWS = 8  # rows of an input tile beside a panel (a tile every AHEAD_ROWS / 4 panels)
_panel_tile = _panel_tile_intrinsic(AHEAD_ROWS)


def _rows_intrinsic(rows: int):
    """An LLVM kernel: ``rows`` rows of the input product, 64 columns: out[r] = x[r] @
    W[:F] + W[F] for one panel W (F+1, 64) of ``engine.fast.panels`` (the bias its last
    row), each sum one chain of fused multiply-adds in k order from 0, the bias added last
    by one more (1 * b + acc): OpenBLAS's sgemm order, which ``input_exact`` checks.
    Arguments: addresses and strides in floats: x, x's row stride, W, F, out, out's."""

    @intrinsic
    def tile(typingctx, x_addr, x_stride, w_addr, feat, out_addr, out_stride):
        sig = types.void(*([types.intp] * 6))

        def codegen(context, builder, signature, args):
            f32, i32, i64 = ir.FloatType(), ir.IntType(32), ir.IntType(64)
            vec = ir.VectorType(f32, 16)
            fma = cgutils.get_or_insert_function(
                builder.module, ir.FunctionType(vec, [vec, vec, vec]), "llvm.fma.v16f32"
            )
            xp = builder.inttoptr(args[0], f32.as_pointer())
            wp = builder.inttoptr(args[2], vec.as_pointer())
            op = builder.inttoptr(args[4], f32.as_pointer())
            xs, feat, ostride = args[1], args[3], args[5]
            undef = ir.Constant(vec, ir.Undefined)
            spread = ir.Constant(ir.VectorType(i32, 16), [0] * 16)

            def splat(value):
                one = builder.insert_element(undef, value, ir.Constant(i32, 0))
                return builder.shuffle_vector(one, undef, spread)

            def weights(k):
                base = builder.mul(k, ir.Constant(i64, 4))
                return [
                    builder.load(builder.gep(wp, [builder.add(base, ir.Constant(i64, v))]),
                                 align=4)
                    for v in range(4)
                ]  # fmt: skip

            entry = builder.block
            head = builder.append_basic_block("rows_head")
            body = builder.append_basic_block("rows_body")
            done = builder.append_basic_block("rows_done")
            builder.branch(head)
            builder.position_at_end(head)
            k = builder.phi(i64)
            k.add_incoming(ir.Constant(i64, 0), entry)
            acc = []
            for _ in range(4 * rows):
                a = builder.phi(vec)
                a.add_incoming(ir.Constant(vec, [0.0] * 16), entry)
                acc.append(a)
            builder.cbranch(builder.icmp_signed("<", k, feat), body, done)
            builder.position_at_end(body)
            wk = weights(k)
            new = []
            for r in range(rows):
                xr = builder.load(builder.gep(xp, [builder.add(builder.mul(
                    ir.Constant(i64, r), xs), k)]))  # fmt: skip
                xb = splat(xr)
                new += [builder.call(fma, [xb, wk[v], acc[4 * r + v]]) for v in range(4)]
            for a, n in zip(acc, new, strict=True):
                a.add_incoming(n, body)
            k.add_incoming(builder.add(k, ir.Constant(i64, 1)), body)
            builder.branch(head)
            builder.position_at_end(done)
            bias = weights(feat)
            ones = ir.Constant(vec, [1.0] * 16)
            for r in range(rows):
                row = builder.gep(op, [builder.mul(ir.Constant(i64, r), ostride)])
                rv = builder.bitcast(row, vec.as_pointer())
                for v in range(4):
                    total = builder.call(fma, [ones, bias[v], acc[4 * r + v]])
                    builder.store(total, builder.gep(rv, [ir.Constant(i64, v)]), align=4)
            return context.get_dummy_value()

        return sig, codegen

    return tile


class _Lanes:
    """``tanh32`` and the gate activations on 16 float32 lanes in LLVM IR, operation for
    operation the scalar code's (so each lane has its bits), for ``_gates_intrinsic``."""

    def __init__(self, builder):
        self.b = builder
        f32 = ir.FloatType()
        self.vec = ir.VectorType(f32, 16)
        self.ivec = ir.VectorType(ir.IntType(32), 16)

        def fn(name: str, n: int):
            kind = ir.FunctionType(self.vec, [self.vec] * n)
            return cgutils.get_or_insert_function(builder.module, kind, name)

        self._fma, self._abs = fn("llvm.fma.v16f32", 3), fn("llvm.fabs.v16f32", 1)
        self._floor, self._sign = fn("llvm.floor.v16f32", 1), fn("llvm.copysign.v16f32", 2)

    def c(self, value) -> ir.Constant:
        return ir.Constant(self.vec, [float(value)] * 16)

    def fma(self, a, b, c):
        return self.b.call(self._fma, [a, b, c])

    def tanh(self, x):
        """``tanh32`` (see there), every select and rounding the same."""
        b, c = self.b, self.c
        ax = b.call(self._abs, [x])
        y = b.select(b.fcmp_ordered(">", ax, c(_BIG)), c(_TWO * _BIG), b.fmul(c(_TWO), ax))
        nf = b.call(self._floor, [b.fadd(b.fmul(y, c(_LOG2E)), c(_HALF))])
        r = self.fma(nf, c(_LN2_LO), self.fma(nf, c(_LN2_HI), y))
        p = c(E0)
        for k in (E1, E2, E3, E4, E5):
            p = self.fma(p, r, c(k))
        e = self.fma(p, b.fmul(r, r), b.fadd(r, c(_ONE)))
        n = b.fptosi(nf, self.ivec)
        bits = b.shl(b.add(n, ir.Constant(self.ivec, [127] * 16)),
                     ir.Constant(self.ivec, [23] * 16))  # fmt: skip
        scaled = b.fmul(e, b.bitcast(bits, self.vec))
        big = b.fsub(c(_ONE), b.fdiv(c(_TWO), b.fadd(scaled, c(_ONE))))
        x2 = b.fmul(ax, ax)
        q = c(T0)
        for k in (T1, T2, T3, T4):
            q = self.fma(q, x2, c(k))
        small = self.fma(q, b.fmul(x2, ax), ax)
        chosen = b.select(b.fcmp_ordered("<", ax, c(_SMALL)), small, big)
        return b.call(self._sign, [chosen, x])

    def gate(self, a, kind: int):
        """The gate activation of ``lstm_loop`` (0: sigmoid as 0.5 tanh(a) + 0.5 of the
        pre-scaled row, 1/2: ``_hard``)."""
        b, c = self.b, self.c
        if kind == 0:
            return b.fadd(b.fmul(self.tanh(a), c(_HALF)), c(_HALF))
        if kind == 1:
            v = b.fadd(b.fmul(a, c(_K2_SLOPE)), c(_HALF))
            v = b.select(b.fcmp_ordered("<", v, c(0.0)), c(0.0), v)
            return b.select(b.fcmp_ordered(">", v, c(1.0)), c(1.0), v)
        v = b.fadd(a, c(_K3_SHIFT))
        v = b.select(b.fcmp_ordered("<", v, c(0.0)), c(0.0), v)
        v = b.select(b.fcmp_ordered(">", v, c(_K3_TOP)), c(_K3_TOP), v)
        return b.fdiv(v, c(_K3_TOP))


def _gates_intrinsic(kind: int):
    """An LLVM kernel: the LSTM step of 16 units from their panel's 64 sums (``sums``: the
    recurrent parts of i f o g, 16 each, ``lstm_panels``' order): a_q += sum_q, then
    i f o = gate(a), g = tanh(a), c = i g + f c_{t-1}, m = tanh(c) o, each written back.
    Arguments are addresses: sums, a_i (a_f a_o a_g ``stride`` floats apart), c_{t-1},
    c_t, m; and the stride."""

    @intrinsic
    def gates(typingctx, s_addr, a_addr, stride, cp_addr, cn_addr, m_addr):
        sig = types.void(*([types.intp] * 6))

        def codegen(context, builder, signature, args):
            lanes = _Lanes(builder)
            f32, i64 = ir.FloatType(), ir.IntType(64)
            vp = lanes.vec.as_pointer()

            def at(addr, offset=None):
                ptr = builder.inttoptr(addr, f32.as_pointer())
                if offset is not None:
                    ptr = builder.gep(ptr, [offset])
                return builder.bitcast(ptr, vp)

            sums = builder.inttoptr(args[0], vp)
            rows = [at(args[1], builder.mul(args[2], ir.Constant(i64, q))) for q in range(4)]
            pre = [
                builder.fadd(builder.load(r, align=4),
                             builder.load(builder.gep(sums, [ir.Constant(i64, q)]), align=4))
                for q, r in enumerate(rows)
            ]  # fmt: skip
            i, f, o = (lanes.gate(v, kind) for v in pre[:3])
            g = lanes.tanh(pre[3])
            for r, v in zip(rows, (i, f, o, g), strict=True):
                builder.store(v, r, align=4)
            cp = builder.load(at(args[3]), align=4)
            c = builder.fadd(builder.fmul(i, g), builder.fmul(f, cp))
            builder.store(c, at(args[4]), align=4)
            builder.store(builder.fmul(lanes.tanh(c), o), at(args[5]), align=4)
            return context.get_dummy_value()

        return sig, codegen

    return gates


def _gru_gates_intrinsic(kind: int):
    """An LLVM kernel: the GRU step (reset after the product) of 16 units from their sums
    (W_h h_{t-1}: r z n, ``rec_stride`` floats apart): r z = gate(a + (sum + b)), hn =
    sum_n + b_n, n = tanh(a_n + r hn), h = (h_{t-1} - n) z + n, each written back:
    ``gru_loop``'s scalar operations on 16 lanes, each lane with their bits. Arguments:
    the sums' address and stride, then addresses b_r (b_z b_n ``stride`` floats apart), a_r
    (likewise), hn, h_{t-1}, h_t, and the stride (all in floats)."""

    @intrinsic
    def gates(typingctx, rec_addr, rec_stride, b_addr, a_addr, stride, hn_addr, hp_addr,
              ht_addr):  # fmt: skip
        sig = types.void(*([types.intp] * 8))

        def codegen(context, builder, signature, args):
            lanes = _Lanes(builder)
            f32, i64 = ir.FloatType(), ir.IntType(64)
            vp = lanes.vec.as_pointer()

            def at(addr, third=None, stride=None):
                ptr = builder.inttoptr(addr, f32.as_pointer())
                if third:
                    step = args[4] if stride is None else stride
                    ptr = builder.gep(ptr, [builder.mul(step, ir.Constant(i64, third))])
                return builder.bitcast(ptr, vp)

            def load(ptr):
                return builder.load(ptr, align=4)

            rec = [builder.fadd(load(at(args[0], q, args[1])), load(at(args[2], q)))
                   for q in range(3)]  # fmt: skip
            rows = [at(args[3], q) for q in range(3)]
            r, z = (lanes.gate(builder.fadd(load(rows[q]), rec[q]), kind) for q in range(2))
            builder.store(r, rows[0], align=4)
            builder.store(z, rows[1], align=4)
            builder.store(rec[2], at(args[5]), align=4)
            n = lanes.tanh(builder.fadd(load(rows[2]), builder.fmul(r, rec[2])))
            builder.store(n, rows[2], align=4)
            hp = load(at(args[6]))
            h = builder.fadd(builder.fmul(builder.fsub(hp, n), z), n)
            builder.store(h, at(args[7]), align=4)
            return context.get_dummy_value()

        return sig, codegen

    return gates


_gru0, _gru1, _gru2 = (_gru_gates_intrinsic(kind) for kind in range(3))


@numba.njit(inline="always", error_model="numpy")
def _gru_call(gate, rec, rs, b, a, stride, hn, hp, ht):
    if gate == 0:
        _gru0(rec, rs, b, a, stride, hn, hp, ht)
    elif gate == 1:
        _gru1(rec, rs, b, a, stride, hn, hp, ht)
    else:
        _gru2(rec, rs, b, a, stride, hn, hp, ht)


UNITS = 16  # units per panel of the LSTM's recurrent matrix (i f o g: 4 x 16 columns)
_gates0, _gates1, _gates2 = (_gates_intrinsic(kind) for kind in range(3))


@numba.njit(inline="always", error_model="numpy")
def _gates_call(gate, s, a, stride, cp, cn, m):
    if gate == 0:
        _gates0(s, a, stride, cp, cn, m)
    elif gate == 1:
        _gates1(s, a, stride, cp, cn, m)
    else:
        _gates2(s, a, stride, cp, cn, m)


ROWS = 4  # rows of the input product per tile (16 sums in registers)
_tile4 = _rows_intrinsic(ROWS)
_tile1 = _rows_intrinsic(1)
INPUT_BLOCK = 32  # rows of the input product computed just before their steps


@numba.njit(inline="always", error_model="numpy")
def _input_rows(x, wip, out, scratch, r0, r1):
    """Rows ``r0 .. r1-1`` of ``out`` (R, N) = [x 1] @ W for ``x`` (R, F) and W (F+1, N)
    laid out as ``wip`` (n, F+1, 64) panels (the bias the last row): one panel at a time
    over the rows (so the panel stays in L1), 4 rows per tile; a ragged last panel goes
    through ``scratch`` (4, 64). Each element has the bits of OpenBLAS's product."""
    npan, k1, _ = wip.shape
    feat = k1 - 1
    cols = out.shape[1]
    xs, os_ = x.strides[0] // 4, out.strides[0] // 4
    xa, wa, oa, sa = x.ctypes.data, wip.ctypes.data, out.ctypes.data, scratch.ctypes.data
    for p in range(npan):
        c0 = p * PANEL
        wpa = wa + p * k1 * (PANEL * 4)
        whole = c0 + PANEL <= cols
        r = r0
        while r < r1:
            n = ROWS if r + ROWS <= r1 else 1
            xr = xa + r * xs * 4
            if whole:
                dst, ds = oa + (r * os_ + c0) * 4, os_
            else:
                dst, ds = sa, PANEL
            if n == ROWS:
                _tile4(xr, xs, wpa, feat, dst, ds)
            else:
                _tile1(xr, xs, wpa, feat, dst, ds)
            if not whole:
                for i in range(n):
                    for j in range(cols - c0):
                        out[r + i, c0 + j] = scratch[i, j]
            r += n


@numba.njit(inline="always", error_model="numpy")
def _pgemv(h, wp, out, rev):
    """``out`` (n P,) = ``h`` (K,) @ W for W laid out as ``wp`` (n, K, P) panels
    (``engine.fast.panels``); panels in reverse order when ``rev`` (the same sums: each
    panel is summed alone), so that alternate steps read first what the last one read
    last, still in cache."""
    npan, kk, _ = wp.shape
    ha, wa, oa = h.ctypes.data, wp.ctypes.data, out.ctypes.data
    for q in range(npan):
        p = npan - 1 - q if rev else q
        _panel(ha, wa + p * kk * (PANEL * 4), kk, oa + p * (PANEL * 4))


@numba.njit(inline="always", error_model="numpy")
def _unit_gates(gate, p, whole, s, a, aa, hid, na, ma, tail, ta, c_new, mt):
    """The LSTM step of panel ``p``'s 16 units from its 64 sums at address ``s`` (a ragged
    last panel through the scratch row ``tail``); see ``lstm_loop``."""
    u0 = p * UNITS
    h4 = 4 * hid
    if p < whole:
        o4 = u0 * 4
        _gates_call(gate, s, aa + o4, hid, aa + h4 * 4 + o4, na + o4, ma + o4)
        return
    n = hid - u0  # the last units, fewer than 16: through the scratch row
    for g in range(5):
        for j in range(n):
            tail[g * UNITS + j] = a[g * hid + u0 + j]
    u4 = UNITS * 4
    _gates_call(gate, s, ta, UNITS, ta + 4 * u4, ta + 5 * u4, ta + 6 * u4)
    for g in range(4):
        for j in range(n):
            a[g * hid + u0 + j] = tail[g * UNITS + j]
    for j in range(n):
        c_new[u0 + j] = tail[5 * UNITS + j]
        mt[u0 + j] = tail[6 * UNITS + j]


def lstm_loop(z, hs, ms, h0, wp, w_hr, gate, x2, wip, wis, split, start, stop):
    """LSTM steps ``start .. stop-1``. ``z`` (T+1, B, 5H): row t [a_i a_f a_o a_g | c_{t-1}]
    becomes [i f o g | c_{t-1}] and c_t goes to row t+1; ``hs`` (T, B, P) h; ``ms``
    (T, B, H) o * tanh(c) with a projection ``w_hr`` (W_hr^T as panels), else both have 0
    rows; ``h0`` (B, P); ``wp`` W_hh^T (P, 4H) as ``lstm_panels`` (16 units' i f o g
    columns a panel), internal order; ``gate`` 0 sigmoid, 1/2 hard (Keras 2/3). Each
    panel's 64 sums go straight into its 16 units' step (``_gates``: NumPy's operations on
    one element, each value rounded to float32 between them as NumPy stores it: a + rec,
    then tanh, then * 0.5, then + 0.5 ...), while the next panel streams in; a ragged last
    panel goes through a scratch row. With ``wip`` (W_in of ``x2`` (T B, F) as panels, the
    bias the last row; else 0 panels) the loop computes the input part of row t of ``z``
    itself, ``INPUT_BLOCK`` rows at a time just before their steps (``_input_rows``:
    OpenBLAS's bits, so the rows are still in cache when read), else ``z`` holds it. At
    batch 1 with H a multiple of 16, the rows of the next block are computed during the
    steps of this one instead, a 4 x 16 tile with each panel (``_panel_tile``, from
    ``wis``: W_in in slices of 16 columns), by the FMA units the panel stream leaves idle.
    Every row has the same bits in either way. With ``split`` the whole product comes
    first, into a row of every panel's sums, then each panel's gates (for a matrix read
    from memory, whose stream each pause slows): the same operations, the same bits."""
    batch = z.shape[1]
    hid = z.shape[2] // 5
    h4 = 4 * hid
    proj = w_hr.shape[0] > 0
    npan, kk, _ = wp.shape
    fused = wip.shape[0] > 0
    zin = z.reshape(z.shape[0] * batch, 5 * hid)[:, :h4]
    scratch = np.empty((ROWS, PANEL), dtype=F32)
    upto = start  # the input part is computed for steps < upto
    raw = np.zeros(PANEL + 7 * UNITS + 16, dtype=F32)  # sums, then a ragged panel's rows
    sums = raw[(-raw.ctypes.data % 64) // 4 :]
    tail = sums[PANEL:]  # a_i a_f a_o a_g, c_{t-1}, c_t, m of a ragged panel
    sa, ta = sums.ctypes.data, tail.ctypes.data
    whole = hid // UNITS
    raw_all = np.zeros(npan * PANEL + 16 if split else 16, dtype=F32)  # every panel's sums
    alla = raw_all[(-raw_all.ctypes.data % 64) // 4 :].ctypes.data
    wa = wp.ctypes.data
    rec_h = np.empty(w_hr.shape[0] * PANEL, dtype=F32)  # h = W_hr m before the copy
    steps_in = max(1, INPUT_BLOCK // batch)  # steps per block of the input part
    ahead = fused and batch == 1 and hid % UNITS == 0 and wis.shape[0] > 0
    groups = INPUT_BLOCK // AHEAD_ROWS  # tiles of a slice of 16 columns in a block
    every = AHEAD_ROWS // 4  # panels per tile: 16 units a panel, 4 x 16 input columns
    feat = x2.shape[1]
    xa, wia, za = x2.ctypes.data, wis.ctypes.data, zin.ctypes.data
    xs, zs = x2.strides[0] // 4, zin.strides[0] // 4
    block = start  # first step of the current block
    later = False  # the next block's input part is being computed during this block
    for t in range(start, stop):
        rev = t % 2 == 1
        if fused and t == upto:
            if later:  # computed during the block that just ended
                upto = t + steps_in
            else:
                upto = min(t + steps_in, stop)
                _input_rows(x2, wip, zin, scratch, t * batch, upto * batch)
            block = t
            later = ahead and not split and upto - t == INPUT_BLOCK and upto + INPUT_BLOCK <= stop
        for b in range(batch):
            h_prev = hs[t - 1, b] if t > 0 else h0[b]
            a = z[t, b]
            c_new = z[t + 1, b, h4:]
            mt = ms[t, b] if proj else hs[t, b]
            ha, aa, na, ma = h_prev.ctypes.data, a.ctypes.data, c_new.ctypes.data, mt.ctypes.data
            if split:  # the whole product first: the stream of W_hh is not paused
                for q in range(npan):
                    p = npan - 1 - q if rev else q
                    _panel(ha, wa + p * kk * (PANEL * 4), kk, alla + p * (PANEL * 4))
                for p in range(npan):
                    _unit_gates(gate, p, whole, alla + p * (PANEL * 4), a, aa, hid, na, ma,
                                tail, ta, c_new, mt)  # fmt: skip
            else:
                for q in range(npan):
                    p = npan - 1 - q if rev else q
                    call = (t - block) * npan + q
                    if later and call % every == 0:  # tile j of the next block
                        j = call // every
                        r0 = upto + AHEAD_ROWS * (j % groups)
                        col = UNITS * (j // groups)
                        xr, wr, zr = (
                            xa + r0 * xs * 4,
                            wia + col * (feat + 1) * 4,
                            za + (r0 * zs + col) * 4,
                        )
                        _panel_tile(ha, wa + p * kk * (PANEL * 4), kk, sa, xr, xs, wr, feat, zr,
                                    zs)  # fmt: skip
                    else:
                        _panel(ha, wa + p * kk * (PANEL * 4), kk, sa)
                    u0 = p * UNITS  # (``_unit_gates`` written out: as a call it runs slower)
                    if p < whole:
                        o4 = u0 * 4
                        _gates_call(gate, sa, aa + o4, hid, aa + h4 * 4 + o4, na + o4, ma + o4)
                    else:  # the last units, fewer than 16: through the scratch row
                        n = hid - u0
                        for g in range(5):
                            for j in range(n):
                                tail[g * UNITS + j] = a[g * hid + u0 + j]
                        u4 = UNITS * 4
                        _gates_call(gate, sa, ta, UNITS, ta + 4 * u4, ta + 5 * u4, ta + 6 * u4)
                        for g in range(4):
                            for j in range(n):
                                a[g * hid + u0 + j] = tail[g * UNITS + j]
                        for j in range(n):
                            c_new[u0 + j] = tail[5 * UNITS + j]
                            mt[u0 + j] = tail[6 * UNITS + j]
            if proj:
                _pgemv_into(mt, w_hr, hs[t, b], rev, rec_h)  # h = W_hr m


def gru_loop(gi, gh, hs, h0, wp, b_hh, gate, start, stop):
    """GRU (reset after the product) steps ``start .. stop-1``. ``gi`` (T, B, 3H): row t
    [a_r a_z | W_in x + b_in] becomes r z n; the last third of ``gh`` (T, B, 3H) gets
    hn = W_hn h_{t-1} + b_hn (the cache; the r z thirds, which NumPy's loop uses as
    scratch, are left untouched: never read, and their pages never written);
    ``hs`` (T, B, H); ``h0`` (B, H); ``wp`` W_hh^T (H, 3H) as panels (``panels``), ``b_hh``
    (3H,), r z rows pre-scaled for the sigmoid; ``gate`` as in ``lstm_loop``. After the
    product, 16 units at a time go through ``_gru_gates`` (NumPy's operations one at a
    time, as the scalar code for the last units)."""
    batch = gi.shape[1]
    h3 = gi.shape[2]
    hid = h3 // 3
    h2 = 2 * hid
    lanes = hid // UNITS * UNITS  # units the 16-lane kernel steps
    rec = np.empty(wp.shape[0] * PANEL, dtype=F32)  # the product lands in a hot buffer
    ra, ba = rec.ctypes.data, b_hh.ctypes.data
    for t in range(start, stop):
        for b in range(batch):
            h_prev = hs[t - 1, b] if t > 0 else h0[b]
            _pgemv(h_prev, wp, rec, t % 2 == 1)
            hn = gh[t, b, h2:]
            a = gi[t, b]
            ht = hs[t, b]
            aa, na, pa, ta = a.ctypes.data, hn.ctypes.data, h_prev.ctypes.data, ht.ctypes.data
            for u in range(0, lanes, UNITS):  # 16 units at a time, as the scalar code below
                o = u * 4
                _gru_call(gate, ra + o, hid, ba + o, aa + o, hid, na + o, pa + o, ta + o)
            for j in range(lanes, hid):  # the last units, fewer than 16
                s_r = rec[j] + b_hh[j]  # W_h h_{t-1} + b_h, rounded as NumPy stores it
                s_z = rec[hid + j] + b_hh[hid + j]
                s_n = rec[h2 + j] + b_hh[h2 + j]
                hn[j] = s_n
                if gate == 0:
                    a[j] = tanh32(a[j] + s_r) * _HALF + _HALF
                    a[hid + j] = tanh32(a[hid + j] + s_z) * _HALF + _HALF
                else:
                    a[j] = _hard(gate, a[j] + s_r)
                    a[hid + j] = _hard(gate, a[hid + j] + s_z)
                nj = tanh32(a[h2 + j] + a[j] * s_n)  # tanh(W_in x + b_in + r hn)
                a[h2 + j] = nj
                ht[j] = (h_prev[j] - nj) * a[hid + j] + nj  # n + z (h_{t-1} - n)


def gru_before_loop(gi, hs, h0, w_rz, w_hn, b_hh, gate, start, stop):
    """GRU with ``reset_after=False`` steps ``start .. stop-1``: ``gi`` and ``hs`` as in
    ``gru_loop``; ``w_rz`` W_h[rz]^T (H, 2H) and ``w_hn`` W_hn^T (H, H) as panels, ``b_hh``
    (3H,); n reads W_hn (r * h_{t-1}) + b_hn."""
    batch = gi.shape[1]
    hid = hs.shape[2]
    h2 = 2 * hid
    rec = np.empty(w_rz.shape[0] * PANEL, dtype=F32)
    u = np.empty(hid, dtype=F32)
    hn = np.empty(w_hn.shape[0] * PANEL, dtype=F32)
    b_rz, b_hn = b_hh[:h2], b_hh[h2:]
    for t in range(start, stop):
        rev = t % 2 == 1
        for b in range(batch):
            h_prev = hs[t - 1, b] if t > 0 else h0[b]
            _pgemv(h_prev, w_rz, rec, rev)
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
            _pgemv(u, w_hn, hn, rev)
            ht = hs[t, b]
            for j in range(hid):
                nj = tanh32(n[j] + (hn[j] + b_hn[j]))
                n[j] = nj
                ht[j] = (h_prev[j] - nj) * z[j] + nj


def rnn_loop(hs, h0, wp, relu, start, stop):
    """Elman RNN steps ``start .. stop-1``: ``hs`` (T, B, H) holds W_ih x + b and becomes h;
    ``h0`` (B, H); ``wp`` W_hh^T (H, H) as panels; ``relu`` else tanh."""
    batch = hs.shape[1]
    hid = hs.shape[2]
    rec = np.empty(wp.shape[0] * PANEL, dtype=F32)
    for t in range(start, stop):
        for b in range(batch):
            h_prev = hs[t - 1, b] if t > 0 else h0[b]
            _pgemv(h_prev, wp, rec, t % 2 == 1)
            ht = hs[t, b]
            if relu:
                for j in range(hid):
                    v = ht[j] + rec[j]
                    ht[j] = _ZERO if v < _ZERO else v
            else:
                for j in range(hid):
                    ht[j] = tanh32(ht[j] + rec[j])


@numba.njit(inline="always", error_model="numpy")
def _pgemv_into(h, wp, out, rev, scratch):
    """``out`` (N,) = ``h`` @ W through ``scratch``, a row as long as the panels (``out``
    may be shorter)."""
    _pgemv(h, wp, scratch, rev)
    for j in range(out.shape[0]):
        out[j] = scratch[j]


def gemv_loop(h, wp, out, steps):
    """The floor of a step: ``steps`` products ``out = h @ W`` over panels ``wp``, in the
    loops' order (alternate steps read the panels backwards), for the benchmark."""
    for s in range(steps):
        _pgemv(h, wp, out, s % 2 == 1)


def input_rows(x, wip, out):
    """``out`` (R, N) = [x 1] @ W, ``x`` (R, F), W as panels ``wip`` (for ``input_exact``
    and the tests)."""
    scratch = np.empty((ROWS, PANEL), dtype=F32)
    _input_rows(x, wip, out, scratch, 0, x.shape[0])


def tanh_array(x, out):
    """``out`` = tanh32 of every element of ``x`` (1-D; for the tests)."""
    for j in range(x.shape[0]):
        out[j] = tanh32(x[j])


A1, A2, A3 = (types.Array(types.float32, n, "C") for n in (1, 2, 3))
I64, B1 = types.int64, types.boolean
SIGNATURES = {
    "lstm_loop": (lstm_loop, types.void(A3, A3, A3, A2, A3, A3, I64, A2, A3, A3, B1, I64, I64)),
    "gru_loop": (gru_loop, types.void(A3, A3, A3, A2, A3, A1, I64, I64, I64)),
    "gru_before_loop": (gru_before_loop, types.void(A3, A3, A2, A3, A3, A1, I64, I64, I64)),
    "rnn_loop": (rnn_loop, types.void(A3, A2, A3, B1, I64, I64)),
    "gemv_loop": (gemv_loop, types.void(A1, A3, A1, I64)),
    "input_rows": (input_rows, types.void(A2, A3, types.Array(types.float32, 2, "A"))),
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
