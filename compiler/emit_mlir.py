"""Lower a stencil program to upstream MLIR at the tensor level: func, arith, math, tensor, linalg.

The text is what any MLIR tool reads, so IREE can compile and run it as the third, independent
execution of a program (DESIGN.md §10), and users can take a program elsewhere
(`sparta-compile --emit mlir`). It shares no code with the reference evaluator or the tile
lowering: domains come from xDSL's `shape-inference` pass when a temp has `?` bounds.

Calling convention (sparta's program I/O): the function takes every argument `arg0, arg1, ...`
as a tensor (a field with its full shape, halo included, index 0 = lower bound; a scalar as a
0-d tensor) and returns every argument after the run, in the same order and types.

Lowering:
- a field is an SSA tensor that each `stencil.store` replaces (`tensor.insert_slice`); a load
  reads the field's current tensor, so a load after a store sees the stored values;
- a `stencil.apply` is one `linalg.generic` over its domain: one input per distinct access,
  a `tensor.extract_slice` of the operand shifted by the offset (lower-dimensional operands,
  `offset_mapping`, get a broadcasting indexing map), the body's arith/math ops in the region,
  `scf.if` as both branches plus `arith.select`, `stencil.index` as `linalg.index` plus the
  domain's lower bound, `stencil.dyn_access` as a clipped `tensor.extract`;
- a value may be undefined (empty `stencil.store_result`, the far side of a `lowerext` /
  `upperext` combine): it reads as 0 and travels with an `i1` mask tensor so that a store
  keeps the field's value there (`arith.select`).

Semantic guards: MLIR leaves some results undefined (UB or poison) that the reference evaluator
defines; the lowering computes the reference's result with `arith.select` so the executions
agree everywhere:
- integer division and remainder by zero give quotient 0 and remainder = dividend, and
  `MIN / -1` wraps to MIN with remainder 0 (the divisor is replaced by 1 before dividing);
- shifts by the bit width or more give 0 (`shli`, `shrui`) or the sign fill (`shrsi`);
- `fptosi`/`fptoui` saturate to the integer range and turn NaN into 0;
- `maxnumf`/`minnumf` order -0.0 below +0.0;
- `math.ipowi` (which IREE cannot compile) is expanded into square-and-multiply, with the
  reference's results for negative exponents;
- where IREE's approximations of `math` functions are wrong, the emitter selects C's result:
  `powf` (IREE: exp(b * log(a)), NaN for negative bases, pow(0, 0) and pow(1, inf)) runs on
  |a| with the sign of odd integer powers and the exact special cases selected, and
  `fpowi` is `powf` of the exponent converted to the float type; `atan2` gets its special
  zeros and infinities and the sign of y; `asinh` and `acosh` take log(2|x|) above 4096
  (IREE overflows, and cancels for negative asinh arguments) and `acosh` is NaN below 1;
  `cbrt` keeps infinities; `sin`, `sinh`, `tan`, `atanh` and `erf` keep the sign of zero;
  `log10` (which IREE cannot link) is `log(x) / ln 10`; `extf` from bf16 goes through the
  bits, because IREE keeps bf16 values unrounded in f32 registers, so that
  `extf(truncf(x))` would otherwise return x;
- NaNs come out as numpy's: a NaN a unary `math` op (or `powf`, `acosh`) makes from a number
  is the machine's default NaN, computed at run time as 0 / 0; a NaN argument comes back with
  its sign or without it, as numpy's function for that op does (asked of numpy when the
  emitter runs); `powf` returns a NaN operand as C's pow does, also when IREE would fold it;
- no op carries overflow (`nsw`/`nuw`) or fast-math flags: wrap-around and the source's order
  of evaluation are kept.

Element-wise ops are those of `sim/op_table.APPLY_OPS`, the table the reference and the
simulator share; each is written as the upstream op of the same name, with the guards above.

Not supported (an `InputError` naming the op and its location): arith/math ops outside that
table (`op_table.REFUSED` says why), `scf.for` and any other function-level control flow,
`stencil.reduce`, `stencil.alloc`, external loads and stores, unrolled returns, permuted
`offset_mapping`s, fields of `index` or unsigned element types, and dense (non-scalar)
constants.
"""

from __future__ import annotations

import functools
import re
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np
from xdsl.dialects import arith, func, scf, stencil
from xdsl.dialects.builtin import (
    BFloat16Type,
    Float16Type,
    Float32Type,
    Float64Type,
    FloatAttr,
    IndexType,
    IntegerAttr,
    IntegerType,
    ModuleOp,
    Signedness,
)
from xdsl.ir import Attribute, Block, BlockArgument, Operation, SSAValue
from xdsl.transforms.shape_inference import infer_shapes
from xdsl.utils.exceptions import DiagnosticException, VerifyException

from sparta.compiler.reference_ops import float_function
from sparta.compiler.signature import ArgSpec, argument_specs
from sparta.compiler.time_loop import find_time_loop
from sparta.dialects.locations import location_of
from sparta.passes.stencil_model import Box
from sparta.sim.errors import InputError
from sparta.sim.op_table import APPLY_OPS, PREDICATES, REFUSED, Result

_FLOAT_NAMES: dict[type[Attribute], str] = {
    Float16Type: "f16",
    BFloat16Type: "bf16",
    Float32Type: "f32",
    Float64Type: "f64",
}

_DIVISIONS: dict[str, tuple[bool, bool]] = {
    "arith.divsi": (True, False),
    "arith.remsi": (True, True),
    "arith.floordivsi": (True, False),
    "arith.ceildivsi": (True, False),
    "arith.divui": (False, False),
    "arith.remui": (False, True),
    "arith.ceildivui": (False, False),
}
"""Division ops: (signed, is a remainder)."""

_SHIFTS = frozenset({"arith.shli", "arith.shrui", "arith.shrsi"})

_BARE_SYMBOL = re.compile(r"[A-Za-z_][A-Za-z0-9_$.]*")
_NAME_HINT = re.compile(r"[A-Za-z_][A-Za-z0-9_$.-]*")


def emit_mlir(module: ModuleOp, function: func.FuncOp) -> str:
    """`function` (the entry function of `module`) as a module of upstream MLIR text."""
    specs = argument_specs(function)
    return _FunctionEmitter(_with_static_shapes(module, function), specs).emit()


def _with_static_shapes(module: ModuleOp, function: func.FuncOp) -> func.FuncOp:
    """`function`, or its twin in a copy of `module` after xDSL's shape inference."""
    if all(_temp_box(value) is not None for value in _temps(function)):
        return function
    functions = [op for op in module.walk() if isinstance(op, func.FuncOp)]
    copy = module.clone()
    try:
        with warnings.catch_warnings():
            # xDSL 0.75's shape inference calls a stencil API it has itself deprecated.
            warnings.simplefilter("ignore", DeprecationWarning)
            infer_shapes(copy)
    except (VerifyException, DiagnosticException, ValueError, IndexError) as err:
        raise InputError(f"shape inference failed: {err}", location_of(function)) from None
    twin = [op for op in copy.walk() if isinstance(op, func.FuncOp)][functions.index(function)]
    assert isinstance(twin, func.FuncOp)
    return twin


def _temps(function: func.FuncOp) -> Iterator[SSAValue]:
    for op in function.walk():
        for value in op.results:
            if isinstance(value.type, stencil.TempType):
                yield value


def _temp_box(value: SSAValue) -> Box | None:
    """The static bounds of a stencil-typed value, None for `?`."""
    value_type = value.type
    assert isinstance(value_type, stencil.StencilType)
    bounds = value_type.bounds
    if not isinstance(bounds, stencil.StencilBoundsAttr):
        return None
    return Box(tuple(bounds.lb), tuple(bounds.ub))


def _unsupported(op: Operation, detail: str = "") -> InputError:
    suffix = f" ({detail})" if detail else ""
    return InputError(f"'{op.name}' is not supported by the MLIR emitter{suffix}", location_of(op))


# --- types and constants ---------------------------------------------------------------


def _scalar_type(attr: Attribute, op: Operation | None = None) -> str:
    """The MLIR spelling of a scalar type sparta lowers (signless integers, index, floats)."""
    if isinstance(attr, IntegerType) and attr.signedness.data == Signedness.SIGNLESS:
        return f"i{attr.width.data}"
    if isinstance(attr, IndexType):
        return "index"
    name = _FLOAT_NAMES.get(type(attr))
    if name is not None:
        return name
    raise InputError(
        f"element type {attr} is not supported by the MLIR emitter (use signless integers "
        "or floats)",
        location_of(op),
    )


def _tensor_type(shape: Sequence[int], element: str) -> str:
    return f"tensor<{''.join(f'{n}x' for n in shape)}{element}>"


def _width(element: str) -> int:
    return 64 if element == "index" else int(element[1:])


def _is_float(element: str) -> bool:
    return element in _FLOAT_NAMES.values()


def integer_literal(value: int, element: str) -> str:
    """`value` wrapped to the width of `element` as a signed `arith.constant` literal."""
    width = _width(element)
    if width == 1:
        return "true" if value & 1 else "false"
    half = 1 << (width - 1)
    return f"{(value + half) % (1 << width) - half} : {element}"


def float_literal(value: float, element: str) -> str:
    """`value` rounded to `element`, spelled so that MLIR reads back the same number."""
    dtype = _numpy_float(element)
    with np.errstate(over="ignore"):
        rounded = dtype.type(value)
    if not np.isfinite(rounded):
        bits = np.asarray(rounded).view(f"uint{dtype.itemsize * 8}")
        return f"0x{int(bits):0{dtype.itemsize * 2}X} : {element}"
    shown = np.float32(rounded) if element == "bf16" else rounded
    if shown != 0 and not 1e-4 <= abs(float(shown)) < 1e16:
        return f"{np.format_float_scientific(shown, unique=True, trim='0')} : {element}"
    return f"{np.format_float_positional(shown, unique=True, trim='0')} : {element}"


def _numpy_float(element: str) -> np.dtype:
    """The numpy dtype of a float element type (bf16 from ml_dtypes)."""
    if element == "bf16":
        import ml_dtypes

        bfloat16: np.dtype = np.dtype(ml_dtypes.bfloat16)
        return bfloat16
    return np.dtype({"f16": "float16", "f32": "float32", "f64": "float64"}[element])


def _affine_map(rank: int, dims: Sequence[int]) -> str:
    names = [f"d{d}" for d in range(rank)]
    return f"affine_map<({', '.join(names)}) -> ({', '.join(names[d] for d in dims)})>"


# --- text ------------------------------------------------------------------------------


class _Writer:
    """MLIR text under construction: lines at the current nesting and unique SSA names."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.depth = 2
        self._used: set[str] = set()
        self._count = 0
        self._constants: dict[str, str] = {}
        """Scalar constants already written in the current region, by literal."""

    def fresh(self, hint: str | None = None) -> str:
        """A new SSA name: `hint` when it is a valid identifier (made unique), else a number."""
        if not hint or not _NAME_HINT.fullmatch(hint):
            self._count += 1
            return f"%{self._count - 1}"
        name, suffix = hint, 0
        while name in self._used:
            suffix += 1
            name = f"{hint}_{suffix}"
        self._used.add(name)
        return f"%{name}"

    def line(self, text: str) -> None:
        self.lines.append("  " * self.depth + text)

    def op(self, text: str, hint: str | None = None) -> str:
        """Write `%name = text`; return the name."""
        name = self.fresh(hint)
        self.line(f"{name} = {text}")
        return name

    def extract_slice(
        self, source: str, shape: Sequence[int], offsets: Sequence[int], size: Box, element: str
    ) -> str:
        """`source` (of `shape`) cut to `size.shape` elements from `offsets`."""
        return self.op(
            f"tensor.extract_slice {source}{list(offsets)} {list(size.shape)} "
            f"{[1] * len(offsets)} : {_tensor_type(shape, element)} to "
            f"{_tensor_type(size.shape, element)}"
        )

    def insert_slice(
        self,
        piece: str,
        into: str,
        shape: Sequence[int],
        offsets: Sequence[int],
        size: Box,
        element: str,
        hint: str | None = None,
    ) -> str:
        """`into` (of `shape`) with `piece` (`size.shape` elements) written from `offsets`."""
        return self.op(
            f"tensor.insert_slice {piece} into {into}{list(offsets)} {list(size.shape)} "
            f"{[1] * len(offsets)} : {_tensor_type(size.shape, element)} into "
            f"{_tensor_type(shape, element)}",
            hint,
        )

    def splat(self, literal: str, shape: Sequence[int], element: str) -> str:
        return self.op(f"arith.constant dense<{literal}> : {_tensor_type(shape, element)}")

    # Small helpers for the guards.

    @contextmanager
    def region(self) -> Iterator[None]:
        """Write the body of a region: one level deeper, with its own constants."""
        outer = self._constants
        self._constants = {}
        self.depth += 1
        try:
            yield
        finally:
            self.depth -= 1
            self._constants = outer

    def const(self, value: float, element: str) -> str:
        """A scalar constant, written once per region."""
        if _is_float(element):
            literal = float_literal(value, element)
        else:
            literal = integer_literal(int(value), element)
        if literal not in self._constants:
            hint = "cst" if _is_float(element) else "c"
            self._constants[literal] = self.op(f"arith.constant {literal}", hint)
        return self._constants[literal]

    def cmpi(self, predicate: str, a: str, b: str, element: str) -> str:
        return self.op(f"arith.cmpi {predicate}, {a}, {b} : {element}")

    def cmpf(self, predicate: str, a: str, b: str, element: str) -> str:
        return self.op(f"arith.cmpf {predicate}, {a}, {b} : {element}")

    def select(self, condition: str, a: str, b: str, element: str) -> str:
        return self.op(f"arith.select {condition}, {a}, {b} : {element}")

    def binary(self, name: str, a: str, b: str, element: str) -> str:
        return self.op(f"{name} {a}, {b} : {element}")


# --- element-wise ops --------------------------------------------------------------------


def _elementwise(w: _Writer, op: Operation, args: Sequence[str]) -> list[str]:
    """Write `op` (an op of `op_table.APPLY_OPS`, on scalars) with its guards; return its
    result names."""
    name = op.name
    info = APPLY_OPS.get(name)
    if info is None:
        raise _unsupported(op, REFUSED.get(name, ""))
    if isinstance(op, arith.ConstantOp):
        return [_constant(w, op)]
    result = _scalar_type(op.results[0].type, op)
    source = _scalar_type(op.operands[0].type, op)
    hint = op.results[0].name_hint
    if name in _DIVISIONS:
        return [_division(w, name, args[0], args[1], result)]
    if name in _SHIFTS:
        return [_shift(w, name, args[0], args[1], result)]
    if name in ("arith.maxnumf", "arith.minnumf"):
        return [_number_extremum(w, name, args[0], args[1], result)]
    if name in ("arith.fptosi", "arith.fptoui"):
        return [_float_to_int(w, name, args[0], source, result)]
    if name == "math.ipowi":
        return [_ipowi(w, args[0], args[1], result)]
    if name == "math.powf":
        return [_powf(w, args[0], args[1], result)]
    if name == "math.fpowi":
        exponent = _scalar_type(op.operands[1].type, op)
        as_float = w.op(f"arith.sitofp {args[1]} : {exponent} to {result}")
        return [_powf(w, args[0], as_float, result)]
    if name == "math.atan2":
        return [_atan2(w, args[0], args[1], result)]
    if name.startswith("math.") and len(args) == 1 and _is_float(result):
        value = _unary_float(w, name, args[0], result)
        return [_invalid_as_numpy(w, name, args[0], value, result)]
    if name == "arith.extf" and source == "bf16":
        return [_extend_bf16(w, args[0], result)]
    if isinstance(op, arith.CmpiOp | arith.CmpfOp):
        predicate = PREDICATES[name][op.predicate.value.data]
        return [w.op(f"{name} {predicate}, {args[0]}, {args[1]} : {source}", hint)]
    if info.result is not Result.SAME:  # a conversion
        return [w.op(f"{name} {args[0]} : {source} to {result}", hint)]
    return [w.op(f"{name} {', '.join(args)} : {result}", hint)]


def _constant(w: _Writer, op: arith.ConstantOp) -> str:
    value, element = op.value, _scalar_type(op.result.type, op)
    hint = op.result.name_hint
    if isinstance(value, IntegerAttr):
        return w.op(f"arith.constant {integer_literal(value.value.data, element)}", hint)
    if isinstance(value, FloatAttr):
        return w.op(f"arith.constant {float_literal(value.value.data, element)}", hint)
    raise _unsupported(op, "only scalar constants")


def _unary_float(w: _Writer, name: str, x: str, element: str) -> str:
    """A unary float `math` op with its guard, if IREE's approximation needs one."""
    if name in _FLOAT_GUARDS:
        return _FLOAT_GUARDS[name](w, x, element)
    if name == "math.log10":
        natural = w.op(f"math.log {x} : {element}")
        return w.binary("arith.mulf", natural, w.const(1 / np.log(10), element), element)
    return w.op(f"{name} {x} : {element}")


@functools.cache
def _keeps_nan_sign(name: str, element: str) -> bool:
    """Whether the reference's function for `name` returns a negative NaN negative. numpy's
    SIMD loops (f32 exp, log, sin, cos; tanh) clear the sign, its other loops keep it; asked
    of numpy itself, so the answer holds for the numpy installed."""
    function = float_function(name)
    if function is None:
        return True
    dtype = np.float64 if _width(element) > 32 else np.float32
    return bool(np.signbit(function(np.full(8, -np.nan, dtype))).all())


def _invalid_as_numpy(w: _Writer, name: str, x: str, value: str, element: str) -> str:
    """NaNs as the reference's numpy functions give them, whose sign copysign can read
    (IREE's approximations give NaNs of either sign): a NaN made from a number is the
    machine's default NaN, a NaN `x` comes back as itself or without its sign."""
    made = w.binary(
        "arith.andi", w.cmpf("uno", value, value, element), w.cmpf("ord", x, x, element), "i1"
    )
    value = w.select(made, _default_nan(w, x, element), value, element)
    passed = x if _keeps_nan_sign(name, element) else w.op(f"math.absf {x} : {element}")
    return w.select(w.cmpf("uno", x, x, element), passed, value, element)


def _division(w: _Writer, name: str, a: str, b: str, element: str) -> str:
    """Divide by 1 where the reference defines the result itself, then select it."""
    is_signed, is_remainder = _DIVISIONS[name]
    zero, one = w.const(0, element), w.const(1, element)
    by_zero = w.cmpi("eq", b, zero, element)
    unsafe = by_zero
    if is_signed:
        width = _width(element)
        is_min = w.cmpi("eq", a, w.const(-(1 << (width - 1)), element), element)
        is_minus_one = w.cmpi("eq", b, w.const(-1, element), element)
        unsafe = w.binary(
            "arith.ori", by_zero, w.binary("arith.andi", is_min, is_minus_one, "i1"), "i1"
        )
    divided = w.binary(name, a, w.select(unsafe, one, b, element), element)
    return w.select(by_zero, a if is_remainder else zero, divided, element)


def _shift(w: _Writer, name: str, a: str, b: str, element: str) -> str:
    """Shift by 0 where the amount reaches the width, then select 0 or the sign fill."""
    width = _width(element)
    zero = w.const(0, element)
    too_far = w.cmpi("uge", b, w.const(width, element), element)
    shifted = w.binary(name, a, w.select(too_far, zero, b, element), element)
    fill = zero
    if name == "arith.shrsi":
        fill = w.binary("arith.shrsi", a, w.const(width - 1, element), element)
    return w.select(too_far, fill, shifted, element)


def _number_extremum(w: _Writer, name: str, a: str, b: str, element: str) -> str:
    """maxnumf / minnumf with -0.0 ordered below +0.0 (IEEE leaves the choice open)."""
    plain = w.binary(name, a, b, element)
    bits = f"i{_width(element)}"
    a_negative = w.cmpi(
        "slt", w.op(f"arith.bitcast {a} : {element} to {bits}"), w.const(0, bits), bits
    )
    larger = name == "arith.maxnumf"
    pick = w.select(a_negative, b if larger else a, a if larger else b, element)
    return w.select(w.cmpf("oeq", a, b, element), pick, plain, element)


def _float_to_int(w: _Writer, name: str, x: str, source: str, element: str) -> str:
    """Saturating conversion, NaN to 0, compared in f64 where every bound is exact."""
    width = _width(element)
    low, high = (-(2 ** (width - 1)), 2 ** (width - 1)) if name == "arith.fptosi" else (0, 2**width)
    wide = x if source == "f64" else w.op(f"arith.extf {x} : {source} to f64")
    low_f, high_f = w.const(low, "f64"), w.const(high, "f64")
    above = w.cmpf("oge", wide, high_f, "f64")
    below = w.cmpf("olt", wide, low_f, "f64")
    inside = w.binary(
        "arith.andi", w.cmpf("oge", wide, low_f, "f64"), w.cmpf("olt", wide, high_f, "f64"), "i1"
    )
    safe = w.select(inside, wide, w.const(0, "f64"), "f64")
    converted = w.op(f"{name} {safe} : f64 to {element}")
    saturated = w.select(above, w.const(high - 1, element), converted, element)
    return w.select(below, w.const(low, element), saturated, element)


def _powf(w: _Writer, a: str, b: str, element: str) -> str:
    """C's `pow` on every input. IREE computes `math.powf` as exp(b * log(a)): NaN for a
    negative base, for pow(0, 0) and pow(1, inf). Here powf only sees |a|; the sign of odd
    integer powers, NaN for negative finite bases with non-integer exponents, and the exact
    1 of pow(x, 0), pow(1, y) and pow(-1, +-inf) are selected."""
    zero, one, half = w.const(0, element), w.const(1, element), w.const(0.5, element)
    magnitude = w.op(f"math.absf {a} : {element}")
    power = w.binary("math.powf", magnitude, b, element)
    integral = w.cmpf("oeq", w.op(f"math.floor {b} : {element}"), b, element)  # +-inf too
    halved = w.binary("arith.mulf", b, half, element)
    odd = w.binary(
        "arith.andi",
        integral,
        w.cmpf("une", w.op(f"math.floor {halved} : {element}"), halved, element),
        "i1",
    )
    negative = w.cmpf("olt", w.binary("math.copysign", one, a, element), zero, element)
    signed = w.select(
        w.binary("arith.andi", negative, odd, "i1"),
        w.op(f"arith.negf {power} : {element}"),
        power,
        element,
    )
    finite_below_zero = w.binary(
        "arith.andi",
        w.cmpf("olt", a, zero, element),
        w.cmpf("ogt", a, w.const(-np.inf, element), element),
        "i1",
    )
    nan_case = w.binary(
        "arith.andi", finite_below_zero, w.cmpi("eq", integral, w.const(0, "i1"), "i1"), "i1"
    )
    value = w.select(nan_case, _default_nan(w, a, element), signed, element)
    # A NaN operand propagates as itself (C's pow returns x + y), selected here because
    # IREE's expansion folds a NaN known at compile time into a number.
    value = w.select(
        w.cmpf("uno", a, b, element), w.binary("arith.addf", a, b, element), value, element
    )
    unit_and_infinite = w.binary(
        "arith.andi",
        w.cmpf("oeq", magnitude, one, element),
        w.cmpf("oeq", w.op(f"math.absf {b} : {element}"), w.const(np.inf, element), element),
        "i1",
    )
    unit = w.binary(
        "arith.ori",
        w.binary(
            "arith.ori", w.cmpf("oeq", b, zero, element), w.cmpf("oeq", a, one, element), "i1"
        ),
        unit_and_infinite,
        "i1",
    )
    return w.select(unit, one, value, element)


def _default_nan(w: _Writer, x: str, element: str) -> str:
    """The NaN an invalid operation gives on this machine, as numpy's functions return it
    (negative on x86): 0 / 0 computed at run time from x - x (a NaN constant would be +NaN,
    and LLVM folds constant divisions to it too). x finite or infinite, never NaN here."""
    difference = w.binary("arith.subf", x, x, element)
    return w.binary("arith.divf", difference, difference, element)


def _atan2(w: _Writer, y: str, x: str, element: str) -> str:
    """atan2 with C's results where IREE's approximation gives NaN (both operands zero or
    both infinite) or the wrong sign (the result always has the sign of y)."""
    zero, one = w.const(0, element), w.const(1, element)
    angle = w.op(f"math.absf {w.binary('math.atan2', y, x, element)} : {element}")
    x_negative = w.cmpf("olt", w.binary("math.copysign", one, x, element), zero, element)
    both_zero = w.binary(
        "arith.andi", w.cmpf("oeq", y, zero, element), w.cmpf("oeq", x, zero, element), "i1"
    )
    infinity = w.const(np.inf, element)
    both_infinite = w.binary(
        "arith.andi",
        w.cmpf("oeq", w.op(f"math.absf {y} : {element}"), infinity, element),
        w.cmpf("oeq", w.op(f"math.absf {x} : {element}"), infinity, element),
        "i1",
    )
    on_axis = w.select(x_negative, w.const(np.pi, element), zero, element)
    diagonal = w.select(
        x_negative, w.const(3 * np.pi / 4, element), w.const(np.pi / 4, element), element
    )
    angle = w.select(both_zero, on_axis, w.select(both_infinite, diagonal, angle, element), element)
    return w.binary("math.copysign", angle, y, element)


_LARGE = 4096.0
"""Above this magnitude asinh(x) and acosh(x) are log(2|x|) to within f32's precision
(the next term is 1 / (4 x^2))."""


def _log_of_twice(w: _Writer, magnitude: str, element: str) -> str:
    natural = w.op(f"math.log {magnitude} : {element}")
    return w.binary("arith.addf", natural, w.const(np.log(2), element), element)


def _asinh(w: _Writer, x: str, element: str) -> str:
    """asinh(|x|) with the sign of x. IREE computes asinh as log(x + sqrt(x^2 + 1)), which
    cancels for negative x (asinh(-1000) is off by 3e-3, -inf below -1e4) and overflows
    above 1.8e19; large magnitudes take log(2|x|)."""
    magnitude = w.op(f"math.absf {x} : {element}")
    large = w.cmpf("ogt", magnitude, w.const(_LARGE, element), element)
    small = w.op(f"math.asinh {magnitude} : {element}")
    value = w.select(large, _log_of_twice(w, magnitude, element), small, element)
    return w.binary("math.copysign", value, x, element)


def _acosh(w: _Writer, x: str, element: str) -> str:
    """NaN below 1 (IREE gives -inf or inf there) and log(2x) for large x (IREE's
    log(x + sqrt(x^2 - 1)) overflows above 1.8e19)."""
    large = w.cmpf("ogt", x, w.const(_LARGE, element), element)
    value = w.select(
        large, _log_of_twice(w, x, element), w.op(f"math.acosh {x} : {element}"), element
    )
    below_one = w.cmpf("olt", x, w.const(1, element), element)
    return w.select(below_one, _default_nan(w, x, element), value, element)


def _cbrt(w: _Writer, x: str, element: str) -> str:
    """Infinities are their own cube roots (IREE's cbrt gives NaN for them)."""
    infinite = w.cmpf("oeq", w.op(f"math.absf {x} : {element}"), w.const(np.inf, element), element)
    return w.select(infinite, x, w.op(f"math.cbrt {x} : {element}"), element)


def _keeping_zero(name: str) -> Callable[[_Writer, str, str], str]:
    """An odd function f with f(+-0) = +-0, which IREE's approximation returns as +0."""

    def guarded(w: _Writer, x: str, element: str) -> str:
        zero = w.cmpf("oeq", x, w.const(0, element), element)
        return w.select(zero, x, w.op(f"{name} {x} : {element}"), element)

    return guarded


_FLOAT_GUARDS: dict[str, Callable[[_Writer, str, str], str]] = {
    "math.asinh": _asinh,
    "math.acosh": _acosh,
    "math.cbrt": _cbrt,
    **{
        name: _keeping_zero(name)
        for name in ("math.sin", "math.sinh", "math.tan", "math.atanh", "math.erf")
    },
}
"""Unary float ops whose IREE approximation needs a guard, by name."""


def _extend_bf16(w: _Writer, x: str, element: str) -> str:
    """bf16 to a wider float through its bits (the top half of an f32). IREE keeps bf16
    values in f32 registers unrounded, so extf(truncf(x)) would return x itself."""
    bits = w.op(f"arith.extui {w.op(f'arith.bitcast {x} : bf16 to i16')} : i16 to i32")
    shifted = w.binary("arith.shli", bits, w.const(16, "i32"), "i32")
    single = w.op(f"arith.bitcast {shifted} : i32 to f32")
    return single if element == "f32" else w.op(f"arith.extf {single} : f32 to {element}")


def _ipowi(w: _Writer, base: str, exponent: str, element: str) -> str:
    """Square-and-multiply over the exponent's bits; MLIR's rule for negative exponents."""
    width = _width(element)
    zero, one = w.const(0, element), w.const(1, element)
    negative = w.cmpi("slt", exponent, zero, element)
    bits = w.select(negative, zero, exponent, element)
    result, square = one, base
    for _ in range(max(width - 1, 1)):
        is_set = w.cmpi("ne", w.binary("arith.andi", bits, one, element), zero, element)
        result = w.select(is_set, w.binary("arith.muli", result, square, element), result, element)
        square = w.binary("arith.muli", square, square, element)
        bits = w.binary("arith.shrui", bits, one, element)
    odd = w.cmpi("ne", w.binary("arith.andi", exponent, one, element), zero, element)
    minus_one = w.const(-1, element)
    sign = w.select(odd, minus_one, one, element)
    of_one = w.select(w.cmpi("eq", base, one, element), one, zero, element)
    fraction = w.select(w.cmpi("eq", base, minus_one, element), sign, of_one, element)
    return w.select(negative, fraction, result, element)


# --- values ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Tensor:
    """A field or temp as a tensor: element `x - origin` holds coordinate `x`.

    `box` is where the value may be read (the temp's bounds); `defined` names an `i1` tensor
    of the same shape marking the points the program defined, None for everywhere.
    """

    name: str
    origin: tuple[int, ...]
    shape: tuple[int, ...]
    element: str
    box: Box
    defined: str | None = None

    @property
    def type(self) -> str:
        return _tensor_type(self.shape, self.element)


@dataclass(frozen=True)
class _Result:
    """A `!stencil.result` in an apply body: a value and its `i1` defined flag (None: true)."""

    value: str
    defined: str | None


@dataclass(frozen=True)
class _Access:
    """One distinct read of an apply operand: the operand, its offset, the dims it maps to."""

    operand: int
    offset: tuple[int, ...]
    dims: tuple[int, ...]


@dataclass(frozen=True)
class _Input:
    """One `linalg.generic` input: the sliced tensor, its type, map and block argument."""

    value: str
    type: str
    indexing_map: str
    block_arg: str


def _writes(
    op: Operation, root: BlockArgument, fields: dict[SSAValue, tuple[BlockArgument, Box]]
) -> bool:
    """Whether `op` stores into (or an apply writes) a field of argument `root`."""
    targets: list[SSAValue] = []
    if isinstance(op, stencil.StoreOp):
        targets = [op.field]
    elif isinstance(op, stencil.ApplyOp):
        targets = list(op.dest)
    return any(target in fields and fields[target][0] is root for target in targets)


def _access_dims(op: stencil.AccessOp, rank: int) -> tuple[int, ...]:
    if op.offset_mapping is None:
        return tuple(range(rank))
    dims = tuple(op.offset_mapping)
    if list(dims) != sorted(set(dims)):
        raise _unsupported(op, f"permuted offset_mapping {list(dims)}")
    return dims


def _slice_box(domain: Box, offset: Sequence[int], dims: Sequence[int]) -> Box:
    """What a read at `offset` (over apply dims `dims`) takes of its operand on `domain`."""
    return Box(
        tuple(domain.lb[d] + o for d, o in zip(dims, offset, strict=True)),
        tuple(domain.ub[d] + o for d, o in zip(dims, offset, strict=True)),
    )


# --- function level ----------------------------------------------------------------------


class _FunctionEmitter:
    """Writes one entry function: fields as tensors threaded through loads and stores."""

    def __init__(self, function: func.FuncOp, specs: Sequence[ArgSpec]) -> None:
        self.function = function
        self.specs = specs
        self.w = _Writer()
        self.params: list[str] = []
        self.current: dict[BlockArgument, str] = {}
        """The tensor each field argument (or time level of a loop) holds now."""
        self.root_specs: dict[BlockArgument, ArgSpec] = {}
        """The argument spec of each field argument and time level."""
        self.fields: dict[SSAValue, tuple[BlockArgument, Box]] = {}
        """Field values (arguments and casts): the argument and the bounds they declare."""
        self.temps: dict[SSAValue, _Tensor] = {}
        self.scalars: dict[SSAValue, str] = {}

    def emit(self) -> str:
        block = self.function.body.block
        for arg, spec in zip(block.args, self.specs, strict=True):
            self._parameter(arg, spec)
        signature = self._signature()
        for op in block.ops:
            self._run(op)
        results = [
            self.current.get(arg, param) for arg, param in zip(block.args, self.params, strict=True)
        ]
        types = ", ".join(self._io_type(spec) for spec in self.specs)
        self.w.line(f"return {', '.join(results)} : {types}" if results else "return")
        body = "\n".join(self.w.lines)
        return f"module {{\n  {signature} {{\n{body}\n  }}\n}}\n"

    def _signature(self) -> str:
        name = self.function.sym_name.data
        symbol = name if _BARE_SYMBOL.fullmatch(name) else f'"{name}"'
        params = ", ".join(
            f"{param}: {self._io_type(spec)}"
            for param, spec in zip(self.params, self.specs, strict=True)
        )
        results = ", ".join(self._io_type(spec) for spec in self.specs)
        return f"func.func @{symbol}({params}) -> ({results})"

    def _io_type(self, spec: ArgSpec) -> str:
        if isinstance(spec.element_type, IndexType) and spec.kind == "scalar":
            return _tensor_type((), "i64")
        return _tensor_type(spec.shape, _scalar_type(spec.element_type, self.function))

    def _parameter(self, arg: BlockArgument, spec: ArgSpec) -> None:
        param = self.w.fresh(arg.name_hint or spec.key)
        self.params.append(param)
        if spec.kind == "field":
            if isinstance(spec.element_type, IndexType):
                raise InputError(
                    f"{spec.key}: fields of index type are not supported by the MLIR emitter",
                    location_of(self.function),
                )
            self.current[arg] = param
            self.root_specs[arg] = spec
            box = Box(
                spec.lower_bounds,
                tuple(lo + n for lo, n in zip(spec.lower_bounds, spec.shape, strict=True)),
            )
            self.fields[arg] = (arg, box)
            return
        if spec.kind == "tensor":
            raise InputError(
                f"{spec.key}: tensor arguments are not supported by the MLIR emitter",
                location_of(self.function),
            )
        self._scalar_parameter(arg, spec, param)

    def _scalar_parameter(self, arg: BlockArgument, spec: ArgSpec, param: str) -> None:
        if not isinstance(spec.element_type, IndexType):
            element = _scalar_type(spec.element_type, self.function)
            self.scalars[arg] = self.w.op(f"tensor.extract {param}[] : tensor<{element}>")
            return
        wide = self.w.op(f"tensor.extract {param}[] : tensor<i64>")
        self.scalars[arg] = self.w.op(f"arith.index_cast {wide} : i64 to index", arg.name_hint)

    # --- function-level ops --------------------------------------------------------------

    def _run(self, op: Operation) -> None:
        if isinstance(op, func.ReturnOp):
            return
        if isinstance(op, stencil.CastOp):
            root, _ = self.fields[op.field]
            self.fields[op.result] = (root, self._box(op.result, op))
        elif isinstance(op, stencil.LoadOp):
            self._load(op)
        elif isinstance(op, stencil.ApplyOp):
            self._apply(op)
        elif isinstance(op, stencil.StoreOp):
            self._store_temp(
                self._temp(op.temp, op), op.field, Box(tuple(op.bounds.lb), tuple(op.bounds.ub)), op
            )
        elif isinstance(op, stencil.BufferOp):
            if op.temp in self.temps:
                self.temps[op.res] = self.temps[op.temp]
        elif isinstance(op, stencil.CombineOp):
            self._combine(op)
        elif isinstance(op, scf.ForOp):
            self._for(op)
        elif op.name.startswith(("arith.", "math.")):
            args = [self._scalar(value, op) for value in op.operands]
            self.scalars.update(zip(op.results, _elementwise(self.w, op, args), strict=True))
        else:
            raise _unsupported(op, "at function level")

    def _for(self, op: scf.ForOp) -> None:
        """A time loop (`compiler.time_loop`) as an `scf.for` over tensors. The loop carries
        each level's tensor by level, as the source's yield rotates them, and every other
        field the body writes; after it, each argument takes the tensor of the level that
        names its buffer after the last step."""
        loop = find_time_loop(self.function)
        assert loop is not None
        assert loop.loop is op
        block = self.function.body.block
        levels = [block.args[k] for k in loop.levels]
        body = op.body.block
        written = [
            root
            for root in self.current
            if root not in levels
            and any(_writes(inner, root, self.fields) for inner in body.walk())
        ]
        carried = [*levels, *written]
        specs = [self.root_specs[root] for root in carried]
        types = [self._io_type(spec) for spec in specs]
        inner_args = [*body.args[1:], *written]
        names = [self.w.fresh(arg.name_hint or "level") for arg in inner_args]
        bounds = [self._scalar(value, op) for value in (op.lb, op.ub, op.step)]
        results = self.w.fresh("steps")
        pairs = ", ".join(
            f"{name} = {self.current[root]}" for name, root in zip(names, carried, strict=True)
        )
        index = self.w.fresh(body.args[0].name_hint or "t")
        self.w.line(
            f"{results}:{len(carried)} = scf.for {index} = {bounds[0]} to {bounds[1]} step "
            f"{bounds[2]} iter_args({pairs}) -> ({', '.join(types)}) {{"
        )
        with self.w.region():
            self.scalars[body.args[0]] = index
            for arg, root, name in zip(body.args[1:], levels, names, strict=False):
                self.current[arg] = name
                self.root_specs[arg] = self.root_specs[root]
                self.fields[arg] = (arg, self.fields[root][1])
            for root, name in zip(written, names[len(levels) :], strict=True):
                self.current[root] = name
            for inner in body.ops:
                if not isinstance(inner, scf.YieldOp):
                    self._run(inner)
            yielded = [self.current[body.args[1 + k]] for k in loop.rotation]
            yielded += [self.current[root] for root in written]
            self.w.line(f"scf.yield {', '.join(yielded)} : {', '.join(types)}")
        self.w.line("}")
        final = loop.bindings(loop.steps)
        for level, argument in enumerate(final):
            self.current[block.args[argument]] = f"{results}#{level}"
        for k, root in enumerate(written):
            self.current[root] = f"{results}#{len(levels) + k}"

    def _box(self, value: SSAValue, op: Operation) -> Box:
        box = _temp_box(value)
        if box is None:
            raise InputError(
                f"'{op.name}' has no static bounds after shape inference", location_of(op)
            )
        return box

    def _scalar(self, value: SSAValue, op: Operation) -> str:
        if value not in self.scalars:
            raise _unsupported(op, "operands must be scalars at function level")
        return self.scalars[value]

    def _temp(self, value: SSAValue, op: Operation) -> _Tensor:
        """The tensor of a temp, or of a field read directly (bufferized applies)."""
        if value in self.temps:
            return self.temps[value]
        if value in self.fields:
            root, box = self.fields[value]
            spec = self.root_specs[root]
            return _Tensor(
                self.current[root], spec.lower_bounds, spec.shape, self._element(root), box
            )
        raise InputError(
            f"'{op.name}' reads a value the MLIR emitter did not compute", location_of(op)
        )

    def _element(self, root: BlockArgument) -> str:
        return _scalar_type(self.root_specs[root].element_type, self.function)

    def _load(self, op: stencil.LoadOp) -> None:
        box = _temp_box(op.res)
        if box is None:
            return
        root, bounds = self.fields[op.field]
        spec = self.root_specs[root]
        readable = Box(tuple(map(max, box.lb, bounds.lb)), tuple(map(min, box.ub, bounds.ub)))
        self.temps[op.res] = _Tensor(
            self.current[root], spec.lower_bounds, spec.shape, self._element(root), readable
        )

    def slice(self, tensor: _Tensor, box: Box, what: str, op: Operation) -> str:
        """`tensor` cut to `box` (checked against its bounds): an extract_slice, or itself."""
        if not tensor.box.contains(box):
            raise InputError(
                f"{what} reads {list(box.lb)}..{list(box.ub)} outside the bounds "
                f"{list(tensor.box.lb)}..{list(tensor.box.ub)} of its operand",
                location_of(op),
            )
        return self._cut(tensor, box)

    def _cut(self, tensor: _Tensor, box: Box, flags: bool = False) -> str:
        """The values (or, with `flags`, the defined flags) of `tensor` on `box`."""
        name = tensor.defined if flags else tensor.name
        assert name is not None
        if box.lb == tensor.origin and box.shape == tensor.shape:
            return name
        offsets = [lo - o for lo, o in zip(box.lb, tensor.origin, strict=True)]
        element = "i1" if flags else tensor.element
        return self.w.extract_slice(name, tensor.shape, offsets, box, element)

    def _store_temp(self, temp: _Tensor, field: SSAValue, box: Box, op: Operation) -> None:
        """Write the points of `temp` on `box` that it defines into `field`."""
        root, bounds = self.fields[field]
        if not bounds.contains(box):
            raise InputError(
                f"'{op.name}' writes {list(box.lb)}..{list(box.ub)} outside the field bounds "
                f"{list(bounds.lb)}..{list(bounds.ub)}",
                location_of(op),
            )
        spec = self.root_specs[root]
        target = _Tensor(self.current[root], spec.lower_bounds, spec.shape, temp.element, bounds)
        value = self.slice(temp, box, f"'{op.name}'", op)
        if temp.defined is not None:
            flags, old = self._cut(temp, box, flags=True), self._cut(target, box)
            types = f"{_tensor_type(box.shape, 'i1')}, {_tensor_type(box.shape, temp.element)}"
            value = self.w.op(f"arith.select {flags}, {value}, {old} : {types}")
        offsets = [lo - o for lo, o in zip(box.lb, target.origin, strict=True)]
        self.current[root] = self.w.insert_slice(
            value, target.name, target.shape, offsets, box, temp.element, root.name_hint
        )

    def _combine(self, op: stencil.CombineOp) -> None:
        """Each result assembled from the parts below / from the split index it takes."""
        dim, index = op.dim.value.data, op.index.value.data
        sources = [
            *zip(op.lower, op.upper, strict=True),
            *((low, None) for low in op.lowerext),
            *((None, high) for high in op.upperext),
        ]
        for result, (low, high) in zip(op.results_, sources, strict=True):
            box = _temp_box(result)
            if box is None:
                continue
            result_type = result.type
            assert isinstance(result_type, stencil.TempType)
            element = _scalar_type(result_type.get_element_type(), op)
            below_ub = list(box.ub)
            below_ub[dim] = min(below_ub[dim], index)
            above_lb = list(box.lb)
            above_lb[dim] = max(above_lb[dim], index)
            parts = [(low, Box(box.lb, tuple(below_ub))), (high, Box(tuple(above_lb), box.ub))]
            self.temps[result] = self._assemble(op, box, element, parts)

    def _assemble(
        self, op: Operation, box: Box, element: str, parts: list[tuple[SSAValue | None, Box]]
    ) -> _Tensor:
        value = self.w.splat("0.0" if _is_float(element) else "0", box.shape, element)
        mask = self.w.splat("false", box.shape, "i1")
        everywhere = True
        for source, part in parts:
            if part.points == 0:
                continue
            if source is None:
                everywhere = False
                continue
            temp = self._temp(source, op)
            piece = self.slice(temp, part, f"'{op.name}'", op)
            if temp.defined is None:
                flags = self.w.splat("true", part.shape, "i1")
            else:
                everywhere = False
                flags = self._cut(temp, part, flags=True)
            offsets = [lo - o for lo, o in zip(part.lb, box.lb, strict=True)]
            value = self.w.insert_slice(piece, value, box.shape, offsets, part, element)
            mask = self.w.insert_slice(flags, mask, box.shape, offsets, part, "i1")
        return _Tensor(value, box.lb, box.shape, element, box, None if everywhere else mask)

    # --- applies -------------------------------------------------------------------------

    def _apply(self, op: stencil.ApplyOp) -> None:
        domain = (
            Box(tuple(op.bounds.lb), tuple(op.bounds.ub))
            if op.bounds is not None
            else _temp_box(op.res[0])
        )
        if domain is None:
            return
        returned = op.region.block.last_op
        assert isinstance(returned, stencil.ReturnOp)
        if returned.unroll_factor != 1:
            raise _unsupported(returned, "unrolled returns")
        operands: list[_Tensor | str] = []
        for value in op.args:
            if isinstance(value.type, stencil.StencilType):
                operands.append(self._temp(value, op))
            else:
                operands.append(self._scalar(value, op))
        results = _ApplyEmitter(self, op, domain, operands).emit()
        if not op.dest:
            self.temps.update(zip(op.res, results, strict=True))
            return
        for dest, result in zip(op.dest, results, strict=True):
            self._store_temp(result, dest, domain, op)


class _ApplyEmitter:
    """Writes one `stencil.apply` as a `linalg.generic` over its domain."""

    def __init__(
        self,
        outer: _FunctionEmitter,
        apply: stencil.ApplyOp,
        domain: Box,
        operands: list[_Tensor | str],
    ) -> None:
        self.outer = outer
        self.w = outer.w
        self.apply = apply
        self.domain = domain
        self.rank = len(domain.lb)
        self.operands = operands
        self.env: dict[SSAValue, str | _Result] = {}
        self.accesses: dict[_Access, str] = {}

    def emit(self) -> list[_Tensor]:
        """Write the apply; return its results (with defined masks where a point may lack one)."""
        inputs = self._inputs()
        header_at = len(self.w.lines)
        block = self.apply.region.block
        with self.w.region():
            for arg, operand in zip(block.args, self.operands, strict=True):
                if isinstance(operand, str):
                    self.env[arg] = operand
            returned = self._run_block(block)
            terminator = block.last_op
            assert isinstance(terminator, stencil.ReturnOp)
            elements = [self._result_element(value) for value in terminator.operands]
            values = [self._value(r) for r in returned]
            flags = [self._defined(r) for r in returned]
            values += [flag for flag in flags if flag is not None]
            yielded = elements + ["i1"] * (len(values) - len(elements))
            self.w.line(f"linalg.yield {', '.join(values)} : {', '.join(yielded)}")
        body = self.w.lines[header_at:]
        del self.w.lines[header_at:]
        names = iter(self._generic(inputs, yielded, body))
        results = [next(names) for _ in elements]
        masks = [None if flag is None else next(names) for flag in flags]
        domain = self.domain
        return [
            _Tensor(name, domain.lb, domain.shape, element, domain, mask)
            for name, element, mask in zip(results, elements, masks, strict=True)
        ]

    def _result_element(self, value: SSAValue) -> str:
        """The element type of a returned value (a scalar or a `!stencil.result`)."""
        value_type = value.type
        if isinstance(value_type, stencil.ResultType):
            value_type = value_type.elem
        return _scalar_type(value_type, self.apply)

    @staticmethod
    def _value(returned: str | _Result) -> str:
        return returned.value if isinstance(returned, _Result) else returned

    @staticmethod
    def _defined(returned: str | _Result) -> str | None:
        return returned.defined if isinstance(returned, _Result) else None

    def _inputs(self) -> list[_Input]:
        """One input per distinct access, in order of first use; names the block arguments."""
        inputs: list[_Input] = []
        for inner in self.apply.region.walk():
            if not isinstance(inner, stencil.AccessOp):
                continue
            arg = inner.temp
            assert isinstance(arg, BlockArgument)
            dims = _access_dims(inner, self.rank)
            key = _Access(arg.index, tuple(inner.offset), dims)
            if key in self.accesses:
                continue
            operand = self.operands[arg.index]
            assert isinstance(operand, _Tensor)
            box = _slice_box(self.domain, key.offset, dims)
            what = f"stencil.access at offset {list(key.offset)}"
            piece = self.outer.slice(operand, box, what, inner)
            self.accesses[key] = self.w.fresh(inner.res.name_hint or "in")
            inputs.append(
                _Input(
                    piece,
                    _tensor_type(box.shape, operand.element),
                    _affine_map(self.rank, dims),
                    f"{self.accesses[key]}: {operand.element}",
                )
            )
        return inputs

    def _generic(self, inputs: list[_Input], elements: list[str], body: list[str]) -> list[str]:
        """Write the `linalg.generic` around `body`; return its result names."""
        out_types = [_tensor_type(self.domain.shape, element) for element in elements]
        outs = [self.w.op(f"tensor.empty() : {out_type}", "init") for out_type in out_types]
        identity = _affine_map(self.rank, range(self.rank))
        maps = ", ".join([i.indexing_map for i in inputs] + [identity] * len(outs))
        iterators = ", ".join(['"parallel"'] * self.rank)
        head = f"linalg.generic {{indexing_maps = [{maps}], iterator_types = [{iterators}]}}"
        if inputs:
            head += (
                f" ins({', '.join(i.value for i in inputs)} : {', '.join(i.type for i in inputs)})"
            )
        head += f" outs({', '.join(outs)} : {', '.join(out_types)})"
        name = self.w.fresh(self.apply.res[0].name_hint if self.apply.res else None)
        self.w.line(f"{name if len(outs) == 1 else f'{name}:{len(outs)}'} = {head} {{")
        block_args = [i.block_arg for i in inputs]
        block_args += [f"{self.w.fresh('out')}: {element}" for element in elements]
        self.w.line(f"^bb0({', '.join(block_args)}):")
        self.w.lines.extend(body)
        result_types = out_types[0] if len(outs) == 1 else f"({', '.join(out_types)})"
        self.w.line(f"}} -> {result_types}")
        return [name] if len(outs) == 1 else [f"{name}#{i}" for i in range(len(outs))]

    # --- the body ------------------------------------------------------------------------

    def _run_block(self, block: Block) -> list[str | _Result]:
        for op in block.ops:
            if isinstance(op, stencil.ReturnOp | scf.YieldOp):
                return [self.env[value] for value in op.operands]
            self._run(op)
        return []

    def _run(self, op: Operation) -> None:
        if isinstance(op, stencil.AccessOp):
            arg = op.temp
            assert isinstance(arg, BlockArgument)
            key = _Access(arg.index, tuple(op.offset), _access_dims(op, self.rank))
            self.env[op.res] = self.accesses[key]
        elif isinstance(op, stencil.IndexOp):
            self.env[op.idx] = self._index(op.dim.value.data, tuple(op.offset)[op.dim.value.data])
        elif isinstance(op, stencil.DynAccessOp):
            self.env[op.res] = self._dyn_access(op)
        elif isinstance(op, stencil.StoreResultOp):
            self.env[op.res] = self._store_result(op)
        elif isinstance(op, scf.IfOp):
            self._if(op)
        elif op.name.startswith(("arith.", "math.")):
            args = [self._scalar(value, op) for value in op.operands]
            self.env.update(zip(op.results, _elementwise(self.w, op, args), strict=True))
        else:
            raise _unsupported(op, "inside stencil.apply")

    def _scalar(self, value: SSAValue, op: Operation) -> str:
        if value in self.env:
            found = self.env[value]
            if isinstance(found, str):
                return found
        elif value in self.outer.scalars:
            return self.outer.scalars[value]
        raise _unsupported(op, "an operand is not a scalar computed in the apply")

    def _index(self, dim: int, offset: int) -> str:
        """The coordinate along `dim` (plus `offset`) of the point being computed."""
        position = self.w.op(f"linalg.index {dim} : index")
        start = self.w.const(self.domain.lb[dim] + offset, "index")
        return self.w.binary("arith.addi", position, start, "index")

    def _dyn_access(self, op: stencil.DynAccessOp) -> str:
        """Read the operand at the computed coordinates, clipped to the declared range."""
        arg = op.temp
        assert isinstance(arg, BlockArgument)
        operand = self.operands[arg.index]
        assert isinstance(operand, _Tensor)
        lb, ub = tuple(op.lb), tuple(op.ub)
        if len(op.offset) != self.rank or len(lb) != self.rank:
            raise _unsupported(op, "the temp must have the rank of the apply")
        reach = Box(
            tuple(lo + d for lo, d in zip(self.domain.lb, lb, strict=True)),
            tuple(hi + u for hi, u in zip(self.domain.ub, ub, strict=True)),
        )
        if not operand.box.contains(reach):
            raise InputError(
                f"stencil.dyn_access may read {list(reach.lb)}..{list(reach.ub)} outside the "
                f"bounds {list(operand.box.lb)}..{list(operand.box.ub)} of its operand",
                location_of(op),
            )
        indices = []
        for dim, value in enumerate(op.offset):
            here = self._index(dim, 0)
            low = self.w.binary("arith.addi", here, self.w.const(lb[dim], "index"), "index")
            high = self.w.binary("arith.addi", here, self.w.const(ub[dim], "index"), "index")
            wanted = self.w.binary("arith.minsi", self._scalar(value, op), high, "index")
            clipped = self.w.binary("arith.maxsi", wanted, low, "index")
            origin = self.w.const(operand.origin[dim], "index")
            indices.append(self.w.binary("arith.subi", clipped, origin, "index"))
        return self.w.op(
            f"tensor.extract {operand.name}[{', '.join(indices)}] : {operand.type}",
            op.res.name_hint,
        )

    def _store_result(self, op: stencil.StoreResultOp) -> _Result:
        if op.arg is not None:
            return _Result(self._scalar(op.arg, op), None)
        result_type = op.res.type
        assert isinstance(result_type, stencil.ResultType)
        element = _scalar_type(result_type.elem, op)
        return _Result(self.w.const(0, element), self.w.const(0, "i1"))

    def _if(self, op: scf.IfOp) -> None:
        """Both branches, then a select per result (and per defined flag)."""
        condition = self._scalar(op.cond, op)
        if_true = self._run_block(op.true_region.block)
        if_false = self._run_block(op.false_region.block) if op.false_region.blocks else []
        for result, yes, no in zip(op.output, if_true, if_false, strict=True):
            result_type = result.type
            if not isinstance(result_type, stencil.ResultType):
                self.env[result] = self.w.select(
                    condition, self._value(yes), self._value(no), _scalar_type(result_type, op)
                )
                continue
            element = _scalar_type(result_type.elem, op)
            value = self.w.select(condition, self._value(yes), self._value(no), element)
            flags = (self._defined(yes), self._defined(no))
            defined = None
            if flags != (None, None):
                true = self.w.const(1, "i1")
                defined = self.w.select(condition, flags[0] or true, flags[1] or true, "i1")
            self.env[result] = _Result(value, defined)
