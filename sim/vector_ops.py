"""numpy semantics of the vector ops kernels are made of, applied to whole batches.

Each kernel value is an array whose leading axis is the batch of invocations. Integer ops
wrap around in their width (two's complement), unsigned ops reinterpret the bits, floats
compute in their own precision. This table is the simulator's own implementation, written
from MLIR's op semantics; it shares no code with the reference evaluator, which is what
lets `--check` catch a wrong lowering or a wrong op here.

The opcodes are those of `sim/op_table.py` (the element-wise ops of `stencil.apply` and the
kernel-only ones). Where MLIR leaves a result undefined, sparta defines it (here and in the
reference evaluator alike): integer division by zero gives quotient 0 and remainder equal
to the dividend; shifts by the width or more give 0 or the sign fill; float-to-integer
conversions saturate and map NaN to 0; -0.0 orders below +0.0 in the float min/max ops.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np

from sparta.sim.errors import InputError
from sparta.sim.program import KernelOp

Array = np.ndarray
OpFn = Callable[[KernelOp, list[Array]], Array]


def numpy_dtype(dtype: str) -> np.dtype:
    """The numpy dtype of a kernel element type name."""
    if dtype == "bf16":
        import ml_dtypes

        return np.dtype(ml_dtypes.bfloat16)
    names = {
        "i1": np.bool_,
        "i8": np.int8,
        "i16": np.int16,
        "i32": np.int32,
        "i64": np.int64,
        "u8": np.uint8,
        "f16": np.float16,
        "f32": np.float32,
        "f64": np.float64,
    }
    return np.dtype(names[dtype])


def _unsigned(a: Array) -> Array:
    return a.view(np.dtype(f"u{a.dtype.itemsize}")) if a.dtype.kind == "i" else a


def _int_div(a: Array, b: Array, rounding: str) -> Array:
    """Signed division with MLIR's rounding; x / 0 = 0."""
    wide_a = a.astype(np.int64)
    wide_b = b.astype(np.int64)
    safe = np.where(wide_b == 0, 1, wide_b)
    quotient = np.abs(wide_a) // np.abs(safe)
    negative = (wide_a < 0) != (safe < 0)
    exact = (np.abs(wide_a) % np.abs(safe)) == 0
    if rounding == "trunc":
        q = np.where(negative, -quotient, quotient)
    elif rounding == "floor":
        q = np.where(negative, -quotient - np.where(exact, 0, 1), quotient)
    else:  # ceil
        q = np.where(negative, -quotient, quotient + np.where(exact, 0, 1))
    return np.where(wide_b == 0, 0, q).astype(a.dtype)


def _int_rem(a: Array, b: Array) -> Array:
    """Signed remainder with the sign of the dividend; x % 0 = x."""
    wide_a = a.astype(np.int64)
    wide_b = b.astype(np.int64)
    safe = np.where(wide_b == 0, 1, wide_b)
    r = np.sign(wide_a) * (np.abs(wide_a) % np.abs(safe))
    return np.where(wide_b == 0, wide_a, r).astype(a.dtype)


def _udiv(a: Array, b: Array) -> Array:
    ua, ub = _unsigned(a), _unsigned(b)
    q = ua // np.where(ub == 0, 1, ub)
    return np.where(ub == 0, 0, q).astype(ua.dtype).view(a.dtype)


def _urem(a: Array, b: Array) -> Array:
    ua, ub = _unsigned(a), _unsigned(b)
    r = ua % np.where(ub == 0, 1, ub)
    return np.where(ub == 0, ua, r).astype(ua.dtype).view(a.dtype)


def _ceildivu(a: Array, b: Array) -> Array:
    ua, ub = _unsigned(a), _unsigned(b)
    safe = np.where(ub == 0, 1, ub)
    q = ua // safe + ((ua % safe) != 0)
    return np.where(ub == 0, 0, q).astype(ua.dtype).view(a.dtype)


def _shift(a: Array, b: Array, kind: str) -> Array:
    """Shifts by at least the bit width give 0 (logical) or the sign fill (arithmetic)."""
    bits = a.dtype.itemsize * 8
    amount = _unsigned(b).astype(np.uint64)
    too_far = amount >= bits
    safe = np.where(too_far, 0, amount).astype(a.dtype)
    if kind == "shl":
        return np.where(too_far, 0, np.left_shift(a, safe)).astype(a.dtype)
    if kind == "shrsi":
        return np.where(too_far, np.where(a < 0, -1, 0), np.right_shift(a, safe)).astype(a.dtype)
    ua = _unsigned(a)
    shifted = np.right_shift(ua, safe.astype(ua.dtype))
    return np.where(too_far, 0, shifted).astype(ua.dtype).view(a.dtype)


_CMPI: dict[str, Callable[[Array, Array], Array]] = {
    "eq": np.equal,
    "ne": np.not_equal,
    "slt": np.less,
    "sle": np.less_equal,
    "sgt": np.greater,
    "sge": np.greater_equal,
    "ult": lambda a, b: np.less(_unsigned(a), _unsigned(b)),
    "ule": lambda a, b: np.less_equal(_unsigned(a), _unsigned(b)),
    "ugt": lambda a, b: np.greater(_unsigned(a), _unsigned(b)),
    "uge": lambda a, b: np.greater_equal(_unsigned(a), _unsigned(b)),
}


def _cmpf(predicate: str, a: Array, b: Array) -> Array:
    unordered = np.isnan(a) | np.isnan(b)
    base = predicate[1:] if predicate not in ("false", "true", "ord", "uno") else predicate
    if predicate == "false":
        return np.zeros(np.broadcast(a, b).shape, dtype=bool)
    if predicate == "true":
        return np.ones(np.broadcast(a, b).shape, dtype=bool)
    if predicate == "ord":
        return ~unordered
    if predicate == "uno":
        return unordered
    compare = {
        "eq": np.equal,
        "gt": np.greater,
        "ge": np.greater_equal,
        "lt": np.less,
        "le": np.less_equal,
        "ne": np.not_equal,
    }[base]
    with np.errstate(invalid="ignore"):
        result = compare(a, b)
    if predicate[0] == "o":
        return result & ~unordered
    return result | unordered


def _float_to_int(a: Array, target: np.dtype, signed: bool) -> Array:
    """fptosi / fptoui saturating to the (signed or unsigned) range of the width, NaN to 0.

    The bounds are compared in float64 and applied as integers: a float32 bound such as
    2**31 - 1 rounds up to 2**31, which no longer fits the integer type. An i1 result is
    the low bit of the 1-bit value (signed: -1 or 0).
    """
    bits = 1 if target == np.bool_ else 8 * target.itemsize
    low, high = (-(2 ** (bits - 1)), 2 ** (bits - 1)) if signed else (0, 2**bits)
    view = np.dtype(f"{'' if signed else 'u'}int{max(bits, 8)}")
    wide = a.astype(np.float64)
    inside = (wide >= low) & (wide < high)  # false for NaN
    whole = np.trunc(np.where(inside, wide, 0.0)).astype(view)
    saturated = np.where(
        wide >= high, view.type(high - 1), np.where(wide < low, view.type(low), whole)
    ).astype(view)
    if target == np.bool_:
        return (saturated & 1).astype(bool)
    return saturated.view(target)


_SIGNED_READS = frozenset({"arith.extsi", "arith.sitofp", "arith.index_cast"})
"""Casts that read their operand as signed: an i1 `true` is -1 there."""


def _cast(op: KernelOp, args: list[Array]) -> Array:
    target = numpy_dtype(op.dtype)
    (a,) = args
    name = op.opcode
    if name in ("arith.extui", "arith.uitofp"):
        source = a.astype(bool) if a.dtype == np.bool_ else _unsigned(a)
        return source.astype(target)
    if name in _SIGNED_READS and a.dtype == np.bool_:
        return np.where(a, -1, 0).astype(target)
    if name == "arith.trunci":
        if target == np.bool_:
            return (a & 1).astype(bool)
        return a.astype(target)  # numpy integer narrowing keeps the low bits
    if name in ("arith.fptosi", "arith.fptoui"):
        return _float_to_int(a, target, signed=name == "arith.fptosi")
    if name == "arith.bitcast":
        return a.view(target)
    return a.astype(target)


def _float_fn(fn: Callable[..., Array]) -> OpFn:
    def apply(op: KernelOp, args: list[Array]) -> Array:
        with np.errstate(all="ignore"):
            return np.asarray(fn(*args)).astype(numpy_dtype(op.dtype), copy=False)

    return apply


def _int_fn(fn: Callable[..., Array]) -> OpFn:
    def apply(op: KernelOp, args: list[Array]) -> Array:
        with np.errstate(all="ignore"):
            return np.asarray(fn(*args)).astype(numpy_dtype(op.dtype), copy=False)

    return apply


def _matmul(op: KernelOp, args: list[Array]) -> Array:
    """`acc + a @ b` per invocation of the batch (see `tile.matmul`)."""
    if dict(op.attrs).get("a_format") is not None:
        return _mx_matmul(op, args)
    a, b, acc = args
    if acc.dtype.kind in "iu":
        return (acc.astype(np.int64) + exact_integer_matmul(a, b)).astype(acc.dtype)
    out = acc.astype(np.float32)
    a32, b32 = a.astype(np.float32), b.astype(np.float32)
    for k in range(a.shape[-1]):
        out = (out + a32[..., :, k, None] * b32[..., None, k, :]).astype(np.float32)
    return out


def exact_integer_matmul(a: Array, b: Array) -> Array:
    """`a @ b` of integer arrays as int64, exactly: on float BLAS when the dtypes' ranges
    allow (`formats.exact_float_matmul`; int8 x int8 for k <= 1024 runs in float32), else
    numpy's int64 loop."""
    from sparta.sim.formats import exact_float_matmul

    bound = _magnitude(a.dtype) * _magnitude(b.dtype) * a.shape[-1]
    product = exact_float_matmul(a, b, float(bound))
    if product is None:
        return np.matmul(a.astype(np.int64), b.astype(np.int64))
    return product.astype(np.int64)


def _magnitude(dtype: np.dtype[Any]) -> int:
    """The largest absolute value of an integer dtype."""
    info = np.iinfo(dtype)
    return max(-int(info.min), int(info.max))


def _mx_matmul(op: KernelOp, args: list[Array]) -> Array:
    """Packed MX tiles: unpack each invocation's operands, then the exact MX dot product."""
    from sparta.sim.formats import mx_matmul_batch
    from sparta.sim.mx_tiles import unpack_tiles

    a, b, acc = args
    a_fmt, b_fmt = str(op.attr("a_format")), str(op.attr("b_format"))
    block = op.int_attr("block")
    m, k, n = op.ints_attr("mkn")
    ca, sa = unpack_tiles(a.reshape(a.shape[0], -1), a_fmt, m, k, block, 1)
    cb, sb = unpack_tiles(b.reshape(b.shape[0], -1), b_fmt, k, n, block, 0)
    return mx_matmul_batch(sa, ca, a_fmt, sb, cb, b_fmt, block, acc)


def _constant(op: KernelOp, args: list[Array]) -> Array:
    return np.asarray(op.attr("value"), dtype=numpy_dtype(op.dtype))


def _broadcast(op: KernelOp, args: list[Array]) -> Array:
    """MLIR broadcast: align trailing dims, stretch size-1 and missing leading dims."""
    value = args[0]
    if value.ndim == 0:
        return value
    batch, source = value.shape[0], value.shape[1:]
    padded = value.reshape((batch,) + (1,) * (len(op.shape) - len(source)) + source)
    return np.broadcast_to(padded, (batch, *op.shape))


def _shape_cast(op: KernelOp, args: list[Array]) -> Array:
    value = args[0]
    return value.reshape((value.shape[0], *op.shape)) if value.ndim else value


def _select(op: KernelOp, args: list[Array]) -> Array:
    return np.where(args[0], args[1], args[2]).astype(numpy_dtype(op.dtype))


def _cmpi(op: KernelOp, args: list[Array]) -> Array:
    return _CMPI[str(op.attr("predicate"))](args[0], args[1])


def _cmpf_op(op: KernelOp, args: list[Array]) -> Array:
    return _cmpf(str(op.attr("predicate")), args[0], args[1])


def _signed_zeros(result: Array, a: Array, b: Array, larger: bool) -> Array:
    """Where both operands are zeros, the larger (smaller) one with -0.0 < +0.0."""
    both_zero = (a == 0) & (b == 0)
    negative = np.signbit(a) & np.signbit(b) if larger else np.signbit(a) | np.signbit(b)
    zero = np.where(negative, -0.0, 0.0).astype(result.dtype)
    return np.where(both_zero, zero, result)


def _round_half_away(a: Array) -> Array:
    """math.round. In float64, |a| + 0.5 is exact for every narrower float, so it does not
    round 0.49999997f up to 1 or 2^23 + 1 to an even neighbour."""
    wide = a.astype(np.float64)
    return np.copysign(np.floor(np.abs(wide) + 0.5), wide)


def _fma(a: Array, b: Array, c: Array) -> Array:
    """Fused for float32 and narrower: the float64 product is exact and the sum rounds in
    float64, then to the element type (a double rounding only on rare ties)."""
    return a.astype(np.float64) * b.astype(np.float64) + c.astype(np.float64)


_ERF = np.frompyfunc(math.erf, 1, 1)


def _erf(a: Array) -> Array:
    return np.asarray(_ERF(a.astype(np.float64)), dtype=np.float64)


def _fpowi(a: Array, n: Array) -> Array:
    """A float to an integer power: the exponent converted to the base's type, then powf
    (MLIR's expansion of math.fpowi)."""
    return np.power(a, n.astype(a.dtype))


def _ipowi(base: Array, exponent: Array) -> Array:
    """Integer power, wrapping; for negative exponents 1 (base 1), +-1 (base -1), else 0."""
    bits = 8 * base.dtype.itemsize
    pending = _unsigned(np.where(exponent < 0, 0, exponent).astype(base.dtype))
    power = np.asarray(base)
    result = np.ones_like(power)
    for _ in range(bits):
        result = np.where(pending & 1, result * power, result)
        power = power * power
        pending = pending >> 1
    odd = (exponent & 1) != 0
    inverse = np.where(base == 1, 1, np.where(base == -1, np.where(odd, -1, 1), 0))
    return np.where(exponent < 0, inverse, result).astype(base.dtype)


def _bits_of(a: Array) -> tuple[Array, int]:
    """The unsigned bits of an integer array (i1 as one bit) and the bit width."""
    if a.dtype == np.bool_:
        return a.astype(np.uint8), 1
    return _unsigned(a).astype(np.uint64), 8 * a.dtype.itemsize


def _ctpop(a: Array) -> Array:
    bits, width = _bits_of(a)
    ones = [(bits >> np.uint64(i)) & np.uint64(1) for i in range(width)]
    return np.asarray(np.sum(ones, axis=0, dtype=np.int64))


def _ctlz(a: Array) -> Array:
    """Leading zeros: the width minus the bit length (the number of shifts that leave bits)."""
    bits, width = _bits_of(a)
    length = np.sum([(bits >> np.uint64(i)) != 0 for i in range(width)], axis=0, dtype=np.int64)
    return np.asarray(width - length)


def _cttz(a: Array) -> Array:
    """Trailing zeros: the shifts that leave the low bit clear (the width for 0)."""
    bits, width = _bits_of(a)
    clear = np.cumprod([((bits >> np.uint64(i)) & np.uint64(1)) == 0 for i in range(width)], axis=0)
    return np.asarray(np.sum(clear, axis=0, dtype=np.int64))


def _bit_count(fn: Callable[[Array], Array]) -> OpFn:
    """A count of bits, in the operand's type (i1: the count's low bit)."""

    def apply(op: KernelOp, args: list[Array]) -> Array:
        count = fn(args[0])
        if op.dtype == "i1":
            return (count & 1).astype(bool)
        return count.astype(numpy_dtype(op.dtype))

    return apply


def _unsigned_extremum(fn: Callable[[Array, Array], Array]) -> Callable[[Array, Array], Array]:
    return lambda a, b: fn(_unsigned(a), _unsigned(b)).view(a.dtype)


OPS: dict[str, OpFn] = {
    "arith.constant": _constant,
    "tile.matmul": _matmul,
    "vector.broadcast": _broadcast,
    "vector.shape_cast": _shape_cast,
    "arith.addi": _int_fn(np.add),
    "arith.subi": _int_fn(np.subtract),
    "arith.muli": _int_fn(np.multiply),
    "arith.divsi": _int_fn(lambda a, b: _int_div(a, b, "trunc")),
    "arith.floordivsi": _int_fn(lambda a, b: _int_div(a, b, "floor")),
    "arith.ceildivsi": _int_fn(lambda a, b: _int_div(a, b, "ceil")),
    "arith.divui": _int_fn(_udiv),
    "arith.ceildivui": _int_fn(_ceildivu),
    "arith.remsi": _int_fn(_int_rem),
    "arith.remui": _int_fn(_urem),
    "arith.andi": _int_fn(np.bitwise_and),
    "arith.ori": _int_fn(np.bitwise_or),
    "arith.xori": _int_fn(np.bitwise_xor),
    "arith.shli": _int_fn(lambda a, b: _shift(a, b, "shl")),
    "arith.shrsi": _int_fn(lambda a, b: _shift(a, b, "shrsi")),
    "arith.shrui": _int_fn(lambda a, b: _shift(a, b, "shrui")),
    "arith.maxsi": _int_fn(np.maximum),
    "arith.minsi": _int_fn(np.minimum),
    "arith.maxui": _int_fn(_unsigned_extremum(np.maximum)),
    "arith.minui": _int_fn(_unsigned_extremum(np.minimum)),
    "math.absi": _int_fn(np.abs),
    "math.ipowi": _int_fn(_ipowi),
    "math.ctlz": _bit_count(_ctlz),
    "math.cttz": _bit_count(_cttz),
    "math.ctpop": _bit_count(_ctpop),
    "arith.addf": _float_fn(np.add),
    "arith.subf": _float_fn(np.subtract),
    "arith.mulf": _float_fn(np.multiply),
    "arith.divf": _float_fn(np.divide),
    "arith.negf": _float_fn(np.negative),
    "arith.maximumf": _float_fn(lambda a, b: _signed_zeros(np.maximum(a, b), a, b, True)),
    "arith.minimumf": _float_fn(lambda a, b: _signed_zeros(np.minimum(a, b), a, b, False)),
    "arith.maxnumf": _float_fn(lambda a, b: _signed_zeros(np.fmax(a, b), a, b, True)),
    "arith.minnumf": _float_fn(lambda a, b: _signed_zeros(np.fmin(a, b), a, b, False)),
    "arith.cmpi": _cmpi,
    "arith.cmpf": _cmpf_op,
    "arith.select": _select,
    "math.sqrt": _float_fn(np.sqrt),
    "math.rsqrt": _float_fn(lambda a: 1 / np.sqrt(a)),
    "math.cbrt": _float_fn(np.cbrt),
    "math.exp": _float_fn(np.exp),
    "math.exp2": _float_fn(np.exp2),
    "math.expm1": _float_fn(np.expm1),
    "math.log": _float_fn(np.log),
    "math.log2": _float_fn(np.log2),
    "math.log10": _float_fn(np.log10),
    "math.log1p": _float_fn(np.log1p),
    "math.sin": _float_fn(np.sin),
    "math.cos": _float_fn(np.cos),
    "math.tan": _float_fn(np.tan),
    "math.asin": _float_fn(np.arcsin),
    "math.acos": _float_fn(np.arccos),
    "math.atan": _float_fn(np.arctan),
    "math.atan2": _float_fn(np.arctan2),
    "math.sinh": _float_fn(np.sinh),
    "math.cosh": _float_fn(np.cosh),
    "math.tanh": _float_fn(np.tanh),
    "math.asinh": _float_fn(np.arcsinh),
    "math.acosh": _float_fn(np.arccosh),
    "math.atanh": _float_fn(np.arctanh),
    "math.erf": _float_fn(_erf),
    "math.powf": _float_fn(np.power),
    "math.fpowi": _float_fn(_fpowi),
    "math.absf": _float_fn(np.abs),
    "math.floor": _float_fn(np.floor),
    "math.ceil": _float_fn(np.ceil),
    "math.trunc": _float_fn(np.trunc),
    "math.roundeven": _float_fn(np.rint),
    "math.round": _float_fn(_round_half_away),
    "math.copysign": _float_fn(np.copysign),
    "math.fma": _float_fn(_fma),
}
"""The simulator's implementation of every kernel opcode: the ops of `op_table.APPLY_OPS`
and the kernel-only ones except `op_table.ACCESS_OPS` (the functional pass runs those)."""

for _name in (
    "arith.extsi",
    "arith.extui",
    "arith.trunci",
    "arith.sitofp",
    "arith.uitofp",
    "arith.fptosi",
    "arith.fptoui",
    "arith.extf",
    "arith.truncf",
    "arith.index_cast",
    "arith.bitcast",
):
    OPS[_name] = _cast


def apply_op(op: KernelOp, args: list[Array]) -> Any:
    """Apply one elementwise kernel op to batched operands."""
    fn = OPS.get(op.opcode)
    if fn is None:
        raise InputError(f"the simulator cannot execute '{op.opcode}' in a kernel")
    return fn(op, args)
