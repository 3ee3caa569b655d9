"""Element-wise numpy semantics of MLIR's `arith` and `math` operations, for the reference.

The ops are those of `sparta.sim.op_table.APPLY_OPS`, the table every execution shares; the
implementations here are the reference's own (the simulator has independent ones).

Values are numpy arrays (0-d for scalars) in the storage dtype of their MLIR type
(`signature.numpy_dtype`: signless integers as signed, `i1` as bool, `index` as int64).
Every operation runs whole-array and in its element type: an f32 operation never goes
through float64. f16 and bf16 compute in float32 and round back, which is exact for the
basic arithmetic (float32 has more than twice their precision plus two bits).

Where MLIR leaves a result undefined (poison or UB), the reference defines one, so results
are deterministic and evaluating the untaken branch of an `scf.if` is harmless:
- integer division by zero gives quotient 0 and remainder = dividend (AArch64 `sdiv`/`udiv`
  behaviour, so `a == b * q + r` still holds); `MIN / -1` wraps to MIN with remainder 0;
- shifts by the bit width or more give 0 (`shli`, `shrui`) or the sign fill (`shrsi`);
- `fptosi`/`fptoui` saturate out-of-range values to the integer range and turn NaN into 0;
- `math.ipowi` with a negative exponent: 1 for base 1, +-1 for base -1, 0 otherwise;
- `maximumf`/`minimumf`/`maxnumf`/`minnumf` order -0.0 below +0.0;
- `math.fma` of f64 rounds twice (numpy has no fused multiply-add); narrower floats compute
  in float64 (the product is exact there) and round to the element type.
Everything else wraps in two's complement at the declared width (integers) or follows
IEEE 754 through numpy (floats: NaN and infinities, no traps).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
from xdsl.dialects.builtin import (
    DenseIntOrFPElementsAttr,
    FloatAttr,
    IndexType,
    IntegerAttr,
    IntegerType,
)
from xdsl.ir import Attribute, Operation

from sparta.compiler.signature import numpy_dtype
from sparta.sim.errors import InputError
from sparta.sim.op_table import APPLY_OPS

Array = npt.NDArray[Any]
Handler = Callable[[Operation, Sequence[Array]], list[Array]]
IntFn = Callable[[Array, Array, int], Array]
FloatFn = Callable[..., Array]


# --- integer views -------------------------------------------------------------------


def _width(t: Attribute) -> int:
    """Bit width of an integer or index type."""
    if isinstance(t, IndexType):
        return 64
    if isinstance(t, IntegerType):
        return int(t.width.data)
    raise InputError(f"expected an integer or index type, got {t}")


def _view_dtype(width: int, signed: bool) -> np.dtype:
    """The numpy integer dtype holding a `width`-bit value (i1 in 8 bits)."""
    bits = max(width, 8)
    if bits not in (8, 16, 32, 64):
        raise InputError(f"unsupported integer width i{width}")
    return np.dtype(f"{'' if signed else 'u'}int{bits}")


def signed(x: Array, t: Attribute) -> Array:
    """The two's-complement signed value of signless storage `x` of type `t`."""
    width = _width(t)
    if width == 1:
        return -np.asarray(x).astype(np.int8)
    return np.asarray(x).astype(_view_dtype(width, True), copy=False)


def unsigned(x: Array, t: Attribute) -> Array:
    """The unsigned value of signless storage `x` of type `t`."""
    return np.asarray(x).astype(_view_dtype(_width(t), False), copy=False)


def to_storage(value: Array, t: Attribute) -> Array:
    """Wrap an integer result to the width of `t` and return it in `t`'s storage dtype."""
    if isinstance(t, IntegerType) and t.width.data == 1:
        return np.bitwise_and(value, 1).astype(np.bool_)
    return np.asarray(value).astype(numpy_dtype(t), copy=False)


# --- integer arithmetic ----------------------------------------------------------------


def _trunc_divrem(a: Array, b: Array) -> tuple[Array, Array]:
    """Signed division rounding toward zero, with the reference's x/0 and MIN/-1 results."""
    minimum = np.iinfo(a.dtype).min
    zero = b == 0
    safe = np.where(zero | ((a == minimum) & (b == -1)), 1, b).astype(a.dtype)
    rem = np.fmod(a, safe)
    quo = (a - rem) // safe
    return np.where(zero, 0, quo).astype(a.dtype), np.where(zero, a, rem).astype(a.dtype)


def _divsi(a: Array, b: Array, width: int) -> Array:
    return _trunc_divrem(a, b)[0]


def _remsi(a: Array, b: Array, width: int) -> Array:
    return _trunc_divrem(a, b)[1]


def _floordivsi(a: Array, b: Array, width: int) -> Array:
    quo, rem = _trunc_divrem(a, b)
    return np.where((b != 0) & (rem != 0) & ((rem < 0) != (b < 0)), quo - 1, quo)


def _ceildivsi(a: Array, b: Array, width: int) -> Array:
    quo, rem = _trunc_divrem(a, b)
    return np.where((b != 0) & (rem != 0) & ((rem < 0) == (b < 0)), quo + 1, quo)


def _unsigned_divrem(a: Array, b: Array) -> tuple[Array, Array]:
    zero = b == 0
    safe = np.where(zero, 1, b).astype(a.dtype)
    return np.where(zero, 0, a // safe).astype(a.dtype), np.where(zero, a, a % safe)


def _divui(a: Array, b: Array, width: int) -> Array:
    return _unsigned_divrem(a, b)[0]


def _remui(a: Array, b: Array, width: int) -> Array:
    return _unsigned_divrem(a, b)[1]


def _ceildivui(a: Array, b: Array, width: int) -> Array:
    quo, rem = _unsigned_divrem(a, b)
    return np.asarray(quo + ((b != 0) & (rem != 0)).astype(quo.dtype))


def _shift_amount(a: Array, b: Array, width: int) -> tuple[Array, Array]:
    """Whether each (unsigned) shift amount is out of range, and the amount made safe."""
    amount = b.astype(np.uint64)
    too_far = amount >= width
    return too_far, np.where(too_far, 0, amount).astype(a.dtype)


def _shli(a: Array, b: Array, width: int) -> Array:
    too_far, amount = _shift_amount(a, b, width)
    return np.where(too_far, 0, np.left_shift(a, amount))


def _shrui(a: Array, b: Array, width: int) -> Array:
    too_far, amount = _shift_amount(a, b, width)
    return np.where(too_far, 0, np.right_shift(a, amount))


def _shrsi(a: Array, b: Array, width: int) -> Array:
    too_far, amount = _shift_amount(a, b, width)
    fill = np.right_shift(a, a.dtype.itemsize * 8 - 1)
    return np.where(too_far, fill, np.right_shift(a, amount))


def _ipowi(base: Array, exponent: Array, width: int) -> Array:
    """Integer power by repeated squaring (wrapping), MLIR's rule for negative exponents."""
    result = np.ones(np.broadcast(base, exponent).shape, base.dtype)
    square = np.asarray(base).copy()
    bits = exponent.astype(_view_dtype(width, False))
    for _ in range(width):
        result = np.where(bits & 1, result * square, result)
        square = square * square
        bits = bits >> 1
    negative = np.where(base == -1, np.where(exponent & 1, -1, 1), np.where(base == 1, 1, 0))
    return np.where(exponent < 0, negative, result).astype(base.dtype)


def _ignore_width(fn: Callable[[Array, Array], Array]) -> IntFn:
    return lambda a, b, width: fn(a, b)


_SIGNED_BINARY: dict[str, IntFn] = {
    "arith.addi": _ignore_width(np.add),
    "arith.subi": _ignore_width(np.subtract),
    "arith.muli": _ignore_width(np.multiply),
    "arith.maxsi": _ignore_width(np.maximum),
    "arith.minsi": _ignore_width(np.minimum),
    "arith.divsi": _divsi,
    "arith.remsi": _remsi,
    "arith.floordivsi": _floordivsi,
    "arith.ceildivsi": _ceildivsi,
    "arith.shrsi": _shrsi,
    "math.ipowi": _ipowi,
}

_UNSIGNED_BINARY: dict[str, IntFn] = {
    "arith.andi": _ignore_width(np.bitwise_and),
    "arith.ori": _ignore_width(np.bitwise_or),
    "arith.xori": _ignore_width(np.bitwise_xor),
    "arith.maxui": _ignore_width(np.maximum),
    "arith.minui": _ignore_width(np.minimum),
    "arith.divui": _divui,
    "arith.remui": _remui,
    "arith.ceildivui": _ceildivui,
    "arith.shli": _shli,
    "arith.shrui": _shrui,
}


def _integer_binary(fn: IntFn, view: Callable[[Array, Attribute], Array]) -> Handler:
    def run(op: Operation, args: Sequence[Array]) -> list[Array]:
        t = op.results[0].type
        a, b = (view(x, t) for x in args)
        return [to_storage(fn(a, b, _width(t)), t)]

    return run


_CMPI: dict[int, tuple[Callable[[Array, Attribute], Array], Callable[[Array, Array], Array]]] = {
    0: (signed, np.equal),
    1: (signed, np.not_equal),
    2: (signed, np.less),
    3: (signed, np.less_equal),
    4: (signed, np.greater),
    5: (signed, np.greater_equal),
    6: (unsigned, np.less),
    7: (unsigned, np.less_equal),
    8: (unsigned, np.greater),
    9: (unsigned, np.greater_equal),
}


def _cmpi(op: Operation, args: Sequence[Array]) -> list[Array]:
    view, compare = _CMPI[_predicate(op)]
    t = op.operands[0].type
    return [np.asarray(compare(view(args[0], t), view(args[1], t)))]


def _predicate(op: Operation) -> int:
    predicate = op.properties["predicate"]
    assert isinstance(predicate, IntegerAttr)
    return predicate.value.data


def _popcount(bits: Array) -> Array:
    """Set bits per element of an unsigned array (SWAR, as numpy < 2 has no bitwise_count)."""
    x = bits.astype(np.uint64)
    x = x - ((x >> np.uint64(1)) & np.uint64(0x5555555555555555))
    x = (x & np.uint64(0x3333333333333333)) + ((x >> np.uint64(2)) & np.uint64(0x3333333333333333))
    x = (x + (x >> np.uint64(4))) & np.uint64(0x0F0F0F0F0F0F0F0F)
    return ((x * np.uint64(0x0101010101010101)) >> np.uint64(56)).astype(np.int64)


def _bit_count(op: Operation, args: Sequence[Array]) -> list[Array]:
    """math.ctpop / ctlz / cttz."""
    t = op.results[0].type
    width = _width(t)
    bits = unsigned(args[0], t)
    if op.name == "math.cttz":
        bits = (bits & (~bits + bits.dtype.type(1))) - bits.dtype.type(1)
    elif op.name == "math.ctlz":
        shift = 1
        while shift < width:
            bits = bits | (bits >> bits.dtype.type(shift))
            shift *= 2
    count = _popcount(bits)
    if op.name == "math.ctlz":
        count = width - count
    return [to_storage(np.minimum(count, width), t)]


def _absi(op: Operation, args: Sequence[Array]) -> list[Array]:
    t = op.results[0].type
    return [to_storage(np.abs(signed(args[0], t)), t)]


# --- floating point --------------------------------------------------------------------


def _floating(fn: FloatFn) -> Handler:
    """Run `fn` in the element type (f16/bf16 in float32, rounded back)."""

    def run(op: Operation, args: Sequence[Array]) -> list[Array]:
        dtype = numpy_dtype(op.results[0].type)
        compute = np.float32 if dtype.itemsize < 4 else dtype
        result = fn(*(np.asarray(x).astype(compute, copy=False) for x in args))
        return [np.asarray(result).astype(dtype, copy=False)]

    return run


def _zero_ordered(a: Array, b: Array, larger: bool) -> Array:
    """For equal operands, pick by sign so that -0.0 < +0.0."""
    prefer_b = np.signbit(a) if larger else ~np.signbit(a)
    return np.where(prefer_b, b, a)


def _maximumf(a: Array, b: Array) -> Array:
    return np.where(a == b, _zero_ordered(a, b, True), np.maximum(a, b))


def _minimumf(a: Array, b: Array) -> Array:
    return np.where(a == b, _zero_ordered(a, b, False), np.minimum(a, b))


def _maxnumf(a: Array, b: Array) -> Array:
    return np.where(a == b, _zero_ordered(a, b, True), np.fmax(a, b))


def _minnumf(a: Array, b: Array) -> Array:
    return np.where(a == b, _zero_ordered(a, b, False), np.fmin(a, b))


def _round_half_away(x: Array) -> Array:
    whole = np.trunc(x)
    return np.where(np.abs(x - whole) >= 0.5, whole + np.sign(x), whole)


_ERF = np.vectorize(math.erf, otypes=[np.float64])
"""The C library's erf per element (numpy has none, and scipy is not a dependency)."""


def _erf(x: Array) -> Array:
    return np.asarray(_ERF(x.astype(np.float64)))


def _fma(op: Operation, args: Sequence[Array]) -> list[Array]:
    dtype = numpy_dtype(op.results[0].type)
    a, b, c = (np.asarray(x).astype(np.float64) for x in args)
    return [np.asarray(a * b + c).astype(dtype)]


def _fpowi(op: Operation, args: Sequence[Array]) -> list[Array]:
    dtype = numpy_dtype(op.results[0].type)
    compute = np.float32 if dtype.itemsize < 4 else dtype
    exponent = signed(args[1], op.operands[1].type).astype(compute)
    return [np.power(np.asarray(args[0]).astype(compute), exponent).astype(dtype)]


_FLOAT_OPS: dict[str, FloatFn] = {
    "arith.addf": np.add,
    "arith.subf": np.subtract,
    "arith.mulf": np.multiply,
    "arith.divf": np.divide,
    "arith.negf": np.negative,
    "arith.maximumf": _maximumf,
    "arith.minimumf": _minimumf,
    "arith.maxnumf": _maxnumf,
    "arith.minnumf": _minnumf,
    "math.absf": np.abs,
    "math.acos": np.arccos,
    "math.acosh": np.arccosh,
    "math.asin": np.arcsin,
    "math.asinh": np.arcsinh,
    "math.atan": np.arctan,
    "math.atanh": np.arctanh,
    "math.atan2": np.arctan2,
    "math.cbrt": np.cbrt,
    "math.ceil": np.ceil,
    "math.copysign": np.copysign,
    "math.cos": np.cos,
    "math.cosh": np.cosh,
    "math.erf": _erf,
    "math.exp": np.exp,
    "math.exp2": np.exp2,
    "math.expm1": np.expm1,
    "math.floor": np.floor,
    "math.log": np.log,
    "math.log10": np.log10,
    "math.log1p": np.log1p,
    "math.log2": np.log2,
    "math.powf": np.power,
    "math.round": _round_half_away,
    "math.roundeven": np.rint,
    "math.rsqrt": lambda x: np.reciprocal(np.sqrt(x)),
    "math.sin": np.sin,
    "math.sinh": np.sinh,
    "math.sqrt": np.sqrt,
    "math.tan": np.tan,
    "math.tanh": np.tanh,
    "math.trunc": np.trunc,
}


def float_function(name: str) -> FloatFn | None:
    """The numpy function the reference computes float op `name` with (None if another
    handler computes it)."""
    return _FLOAT_OPS.get(name)


_ORDERED_COMPARISONS: dict[int, Callable[[Array, Array], Array]] = {
    1: np.equal,
    2: np.greater,
    3: np.greater_equal,
    4: np.less,
    5: np.less_equal,
    6: np.not_equal,
}


def _cmpf(op: Operation, args: Sequence[Array]) -> list[Array]:
    """Predicates 1-6 are ordered (false on NaN), 8-13 the same tests unordered (true on
    NaN); 0 false, 7 ord, 14 uno, 15 true."""
    a, b = (np.asarray(x) for x in args)
    predicate = _predicate(op)
    unordered = np.isnan(a) | np.isnan(b)
    if predicate in (0, 15):
        return [np.full(np.broadcast(a, b).shape, predicate == 15)]
    if predicate in (7, 14):
        return [np.asarray(unordered == (predicate == 14))]
    if predicate < 7:
        return [np.asarray(_ORDERED_COMPARISONS[predicate](a, b) & ~unordered)]
    return [np.asarray(_ORDERED_COMPARISONS[predicate - 7](a, b) | unordered)]


# --- conversions -----------------------------------------------------------------------


def _float_to_int(op: Operation, args: Sequence[Array]) -> list[Array]:
    """fptosi / fptoui, saturating; NaN converts to 0."""
    t = op.results[0].type
    width, is_signed = _width(t), op.name == "arith.fptosi"
    low, high = (-(2 ** (width - 1)), 2 ** (width - 1)) if is_signed else (0, 2**width)
    value = np.asarray(args[0]).astype(np.float64)
    in_range = (value >= low) & (value < high)
    whole = np.trunc(np.where(in_range, value, 0.0)).astype(_view_dtype(width, is_signed))
    result = np.where(value >= high, high - 1, np.where(value < low, low, whole))
    return [to_storage(result.astype(whole.dtype), t)]


def _convert(view: Callable[[Array, Attribute], Array] | None) -> Handler:
    """An integer or float conversion: read through `view`, then convert or wrap."""

    def run(op: Operation, args: Sequence[Array]) -> list[Array]:
        t = op.results[0].type
        value = np.asarray(args[0]) if view is None else view(args[0], op.operands[0].type)
        if isinstance(t, IntegerType | IndexType):
            return [to_storage(value, t)]
        return [value.astype(numpy_dtype(t))]

    return run


def _bitcast(op: Operation, args: Sequence[Array]) -> list[Array]:
    return [np.asarray(args[0]).view(numpy_dtype(op.results[0].type))]


def _select(op: Operation, args: Sequence[Array]) -> list[Array]:
    return [np.where(args[0], args[1], args[2])]


def _constant(op: Operation, args: Sequence[Array]) -> list[Array]:
    attr = op.properties["value"]
    t = op.results[0].type
    if isinstance(attr, IntegerAttr):
        return [to_storage(np.asarray(attr.value.data & ((1 << _width(t)) - 1)), t)]
    if isinstance(attr, FloatAttr):
        return [np.asarray(attr.value.data, dtype=numpy_dtype(t))]
    if isinstance(attr, DenseIntOrFPElementsAttr):
        element = attr.get_element_type()
        values = np.asarray(attr.get_values(), dtype=numpy_dtype(element))
        shape = tuple(attr.get_shape())
        if values.size == 1:
            return [np.full(shape, values.reshape(()))]
        return [values.reshape(shape)]
    raise InputError(f"unsupported constant {attr}")


_HANDLERS: dict[str, Handler] = {
    **{name: _integer_binary(fn, signed) for name, fn in _SIGNED_BINARY.items()},
    **{name: _integer_binary(fn, unsigned) for name, fn in _UNSIGNED_BINARY.items()},
    **{name: _floating(fn) for name, fn in _FLOAT_OPS.items()},
    "arith.constant": _constant,
    "arith.cmpi": _cmpi,
    "arith.cmpf": _cmpf,
    "arith.select": _select,
    "arith.extsi": _convert(signed),
    "arith.extui": _convert(unsigned),
    "arith.trunci": _convert(None),
    "arith.index_cast": _convert(signed),
    "arith.sitofp": _convert(signed),
    "arith.uitofp": _convert(unsigned),
    "arith.extf": _convert(None),
    "arith.truncf": _convert(None),
    "arith.fptosi": _float_to_int,
    "arith.fptoui": _float_to_int,
    "arith.bitcast": _bitcast,
    "math.absi": _absi,
    "math.ctlz": _bit_count,
    "math.cttz": _bit_count,
    "math.ctpop": _bit_count,
    "math.fma": _fma,
    "math.fpowi": _fpowi,
}


def is_elementwise(op: Operation) -> bool:
    """Whether `op` is one of the element-wise ops sparta supports (`op_table.APPLY_OPS`);
    `_HANDLERS` computes each of them."""
    return op.name in APPLY_OPS


def evaluate_elementwise(op: Operation, args: Sequence[Array]) -> list[Array]:
    """The results of `op` applied element-wise to `args` (arrays broadcast together)."""
    return _HANDLERS[op.name](op, args)


def implemented_ops() -> frozenset[str]:
    """The ops `evaluate_elementwise` computes (the conformance test holds them to the
    table)."""
    return frozenset(_HANDLERS)
