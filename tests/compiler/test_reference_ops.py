"""Element-wise arith/math semantics of the reference evaluator.

Each case is one `stencil.apply` over 1-D fields; the expected values come from Python's
arbitrary-precision integers and `math` (or numpy conversions), wrapped to the declared
width in the test. The IREE test runs the same operations through real MLIR on the CPU.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import ml_dtypes
import numpy as np
import pytest

from sparta.compiler.frontend import parse_module
from sparta.compiler.reference import evaluate_module
from sparta.compiler.reference_ops import evaluate_elementwise

RNG = np.random.default_rng(7)
NUMPY = {
    "i1": np.bool_,
    "i8": np.int8,
    "i16": np.int16,
    "i32": np.int32,
    "i64": np.int64,
    "index": np.int64,
    "f16": np.float16,
    "bf16": ml_dtypes.bfloat16,
    "f32": np.float32,
    "f64": np.float64,
}


@dataclass(frozen=True)
class Case:
    """One operation: `template` with `{0}`.. for operands, `{T}` their type, `{R}` the result's."""

    template: str
    result: str

    @property
    def name(self) -> str:
        return self.template.split()[0]


def _statement(case: Case, operands: Sequence[str], types: Sequence[str], shape: str) -> str:
    def typed(element: str) -> str:
        return f"tensor<{shape}x{element}>" if shape else element

    text = case.template.format(*operands, T=typed(types[0]), R=typed(case.result))
    return f"%r = {text}"


def stencil_program(types: Sequence[str], cases: Sequence[Case], n: int) -> str:
    """`out_k[i] = case_k(in_0[i], in_1[i], ...)` for i in [0, n), one apply per case."""
    inputs = [f"%in{i}: !stencil.field<[0,{n}]x{t}>" for i, t in enumerate(types)]
    outputs = [f"%out{k}: !stencil.field<[0,{n}]x{c.result}>" for k, c in enumerate(cases)]
    lines = [f"func.func @cases({', '.join(inputs + outputs)}) {{"]
    for i, t in enumerate(types):
        lines.append(
            f"  %t{i} = stencil.load %in{i} : !stencil.field<[0,{n}]x{t}> -> !stencil.temp<?x{t}>"
        )
    operands = ", ".join(f"%a{i} = %t{i} : !stencil.temp<?x{t}>" for i, t in enumerate(types))
    for k, case in enumerate(cases):
        lines.append(f"  %o{k} = stencil.apply({operands}) -> (!stencil.temp<?x{case.result}>) {{")
        for i, t in enumerate(types):
            lines.append(f"    %x{i} = stencil.access %a{i}[0] : !stencil.temp<?x{t}>")
        lines.append("    " + _statement(case, [f"%x{i}" for i in range(len(types))], types, ""))
        lines.append(f"    stencil.return %r : {case.result}")
        lines.append("  }")
        lines.append(
            f"  stencil.store %o{k} to %out{k}(<[0], [{n}]>) : !stencil.temp<?x{case.result}> "
            f"to !stencil.field<[0,{n}]x{case.result}>"
        )
    lines += ["  func.return", "}"]
    return "\n".join(lines)


def run_cases(
    types: Sequence[str], cases: Sequence[Case], inputs: Sequence[np.ndarray]
) -> list[np.ndarray]:
    """The reference's output of every case on `inputs` (1-D arrays of equal length)."""
    n = len(inputs[0])
    module = parse_module(stencil_program(types, cases, n), "cases.mlir")
    outputs = [np.zeros(n, NUMPY[case.result]) for case in cases]
    return evaluate_module(module, [*inputs, *outputs])[len(inputs) :]


# --- integers --------------------------------------------------------------------------


def wrap(value: int, width: int) -> int:
    value &= (1 << width) - 1
    return value - (1 << width) if value >> (width - 1) else value


def trunc_div(a: int, b: int) -> int:
    quotient = abs(a) // abs(b)
    return quotient if (a < 0) == (b < 0) else -quotient


def ipow(a: int, b: int, width: int) -> int:
    if b >= 0:
        return pow(a, b, 1 << width)
    return {1: 1, -1: -1 if b % 2 else 1}.get(a, 0)


IntRef = Callable[[int, int, int], int]
# Python reference of each binary integer op on signed values a, b of width w; "u" reads
# the operands as unsigned. Division by zero gives 0 (remainder: the dividend), shifts by
# >= w give 0 or the sign fill: the reference evaluator's documented choices.
INT_BINARY: dict[str, IntRef] = {
    "arith.addi": lambda a, b, w: a + b,
    "arith.subi": lambda a, b, w: a - b,
    "arith.muli": lambda a, b, w: a * b,
    "arith.divsi": lambda a, b, w: trunc_div(a, b) if b else 0,
    "arith.remsi": lambda a, b, w: a - b * trunc_div(a, b) if b else a,
    "arith.floordivsi": lambda a, b, w: a // b if b else 0,
    "arith.ceildivsi": lambda a, b, w: -(-a // b) if b else 0,
    "arith.maxsi": lambda a, b, w: max(a, b),
    "arith.minsi": lambda a, b, w: min(a, b),
    "arith.andi": lambda a, b, w: a & b,
    "arith.ori": lambda a, b, w: a | b,
    "arith.xori": lambda a, b, w: a ^ b,
    "arith.shrsi": lambda a, b, w: a >> (b % 2**w) if b % 2**w < w else -(a < 0),
    "math.ipowi": lambda a, b, w: ipow(a, b, w),
}
UINT_BINARY: dict[str, IntRef] = {
    "arith.divui": lambda a, b, w: a // b if b else 0,
    "arith.remui": lambda a, b, w: a % b if b else a,
    "arith.ceildivui": lambda a, b, w: -(-a // b) if b else 0,
    "arith.maxui": lambda a, b, w: max(a, b),
    "arith.minui": lambda a, b, w: min(a, b),
    "arith.shli": lambda a, b, w: a << b if b < w else 0,
    "arith.shrui": lambda a, b, w: a >> b if b < w else 0,
}
CMPI: dict[str, Callable[[int, int], bool]] = {
    "eq": lambda a, b: a == b,
    "ne": lambda a, b: a != b,
    "lt": lambda a, b: a < b,
    "le": lambda a, b: a <= b,
    "gt": lambda a, b: a > b,
    "ge": lambda a, b: a >= b,
}


def edge_values(width: int) -> list[int]:
    low, high = -(2 ** (width - 1)), 2 ** (width - 1) - 1
    return [0, 1, -1, 2, -2, 3, -7, 7, low, low + 1, high, high - 1, width - 1, width, 2**4]


@pytest.mark.parametrize("width", [8, 16, 32, 64])
def test_integer_binary_ops_wrap_and_divide_like_mlir(width: int) -> None:
    t = f"i{width}"
    values = edge_values(width)
    pairs = [(a, b) for a in values for b in values]
    a = np.array([p[0] for p in pairs], NUMPY[t])
    b = np.array([p[1] for p in pairs], NUMPY[t])
    cases = [Case(f"{name} {{0}}, {{1}} : {{T}}", t) for name in [*INT_BINARY, *UINT_BINARY]]
    comparisons = [
        Case(f"arith.cmpi {sign}{p}, {{0}}, {{1}} : {{T}}", "i1")
        for sign in ("s", "u")
        for p in ("lt", "le", "gt", "ge")
    ] + [Case(f"arith.cmpi {p}, {{0}}, {{1}} : {{T}}", "i1") for p in ("eq", "ne")]
    outputs = run_cases([t, t], [*cases, *comparisons], [a, b])
    refs = [*INT_BINARY.values(), *UINT_BINARY.values()]
    for case, ref, out in zip(cases, refs, outputs, strict=False):
        unsigned = case.name in UINT_BINARY
        expected = [
            wrap(ref(x % 2**width, y % 2**width, width) if unsigned else ref(x, y, width), width)
            for x, y in pairs
        ]
        np.testing.assert_array_equal(out, np.array(expected, NUMPY[t]), err_msg=case.name)
    for case, out in zip(comparisons, outputs[len(cases) :], strict=True):
        predicate = case.template.split()[1].rstrip(",")
        view = (lambda v: v % 2**width) if predicate.startswith("u") else (lambda v: v)
        compare = CMPI[predicate[-2:] if len(predicate) == 3 else predicate]
        expected_bool = [compare(view(x), view(y)) for x, y in pairs]
        np.testing.assert_array_equal(out, np.array(expected_bool), err_msg=predicate)


def test_named_overflows() -> None:
    """i32 2^20 * 2^20 wraps to 0; i16 32767 + 1 wraps to -32768."""
    (product,) = run_cases(
        ["i32", "i32"],
        [Case("arith.muli {0}, {1} : {T}", "i32")],
        [np.array([2**20], np.int32)] * 2,
    )
    (total,) = run_cases(
        ["i16", "i16"],
        [Case("arith.addi {0}, {1} : {T}", "i16")],
        [np.array([32767], np.int16), np.array([1], np.int16)],
    )
    assert product.dtype == np.int32
    assert product.tolist() == [0]
    assert total.dtype == np.int16
    assert total.tolist() == [-32768]


@pytest.mark.parametrize("width", [8, 32, 64])
def test_integer_unary_math(width: int) -> None:
    t = f"i{width}"
    values = edge_values(width)
    a = np.array(values, NUMPY[t])
    cases = [Case(f"math.{name} {{0}} : {{T}}", t) for name in ("absi", "ctpop", "ctlz", "cttz")]
    outputs = run_cases([t], cases, [a])

    def bits(v: int) -> int:
        return v % 2**width

    refs: list[Callable[[int], int]] = [
        abs,
        lambda v: bin(bits(v)).count("1"),
        lambda v: width - bits(v).bit_length(),
        lambda v: (bits(v) & -bits(v)).bit_length() - 1 if bits(v) else width,
    ]
    for case, ref, out in zip(cases, refs, outputs, strict=True):
        expected = np.array([wrap(ref(v), width) for v in values], NUMPY[t])
        np.testing.assert_array_equal(out, expected, err_msg=case.name)


def test_integer_conversions() -> None:
    values = edge_values(16)
    a = np.array(values, np.int16)
    cases = [
        Case("arith.extsi {0} : {T} to {R}", "i32"),
        Case("arith.extui {0} : {T} to {R}", "i32"),
        Case("arith.trunci {0} : {T} to {R}", "i8"),
        Case("arith.trunci {0} : {T} to {R}", "i1"),
        Case("arith.sitofp {0} : {T} to {R}", "f32"),
        Case("arith.uitofp {0} : {T} to {R}", "f32"),
        Case("arith.index_cast {0} : {T} to {R}", "index"),
        Case("arith.bitcast {0} : {T} to {R}", "f16"),
    ]
    outputs = run_cases(["i16"], cases, [a])
    unsigned = [v % 2**16 for v in values]
    expected = [
        np.array(values, np.int32),
        np.array(unsigned, np.int32),
        np.array([wrap(v, 8) for v in values], np.int8),
        np.array([v % 2 == 1 for v in values]),
        np.array(values, np.float32),
        np.array(unsigned, np.float32),
        np.array(values, np.int64),
        a.view(np.float16),
    ]
    for case, want, out in zip(cases, expected, outputs, strict=True):
        assert out.dtype == want.dtype, case.template
        np.testing.assert_array_equal(out, want, err_msg=case.template)


def test_float_to_int_saturates_and_maps_nan_to_zero() -> None:
    values = [0.0, -0.0, 1.9, -1.9, 32767.5, 32768.0, -32768.9, -40000.0, 1e30, -1e30, np.nan]
    values += [np.inf, -np.inf, 65535.9, 65536.0]
    a = np.array(values, np.float32)
    cases = [
        Case("arith.fptosi {0} : {T} to {R}", "i16"),
        Case("arith.fptoui {0} : {T} to {R}", "i16"),
        Case("arith.fptosi {0} : {T} to {R}", "i64"),
    ]
    outputs = run_cases(["f32"], cases, [a])

    def saturate(v: float, low: int, high: int) -> int:
        return 0 if math.isnan(v) else int(min(max(v, low), high))

    signed16 = [saturate(float(v), -(2**15), 2**15 - 1) for v in a]
    unsigned16 = [wrap(saturate(float(v), 0, 2**16 - 1), 16) for v in a]
    signed64 = [saturate(float(v), -(2**63), 2**63 - 1) for v in a]
    np.testing.assert_array_equal(outputs[0], np.array(signed16, np.int16))
    np.testing.assert_array_equal(outputs[1], np.array(unsigned16, np.int16))
    np.testing.assert_array_equal(outputs[2], np.array(signed64, np.int64))


# --- floats ----------------------------------------------------------------------------

SPECIAL = [math.nan, math.inf, -math.inf, 0.0, -0.0, 1.0, -1.5, 2.5, 3.0, 1e-3, -7.25]


def max_ordered(x: float, y: float, larger: bool, propagate_nan: bool) -> float:
    """IEEE maximum/minimum (NaN propagates) or maxNum/minNum (NaN ignored), -0 < +0."""
    if math.isnan(x) or math.isnan(y):
        if propagate_nan or (math.isnan(x) and math.isnan(y)):
            return math.nan
        return y if math.isnan(x) else x
    if x == y:
        x_first = math.copysign(1, x) > math.copysign(1, y)
        return x if x_first == larger else y
    return max(x, y) if larger else min(x, y)


def ieee_divide(x: float, y: float) -> float:
    if y != 0 or math.isnan(y):
        return x / y
    if x == 0 or math.isnan(x):
        return math.nan
    return math.copysign(math.inf, x) * math.copysign(1.0, y)


FLOAT_BINARY: dict[str, Callable[[float, float], float]] = {
    "arith.addf": lambda x, y: x + y,
    "arith.subf": lambda x, y: x - y,
    "arith.mulf": lambda x, y: x * y,
    "arith.divf": lambda x, y: ieee_divide(x, y),
    "arith.maximumf": lambda x, y: max_ordered(x, y, True, True),
    "arith.minimumf": lambda x, y: max_ordered(x, y, False, True),
    "arith.maxnumf": lambda x, y: max_ordered(x, y, True, False),
    "arith.minnumf": lambda x, y: max_ordered(x, y, False, False),
    "math.copysign": math.copysign,
}


def assert_same_floats(
    out: np.ndarray, expected: np.ndarray, message: str, zero_sign: bool = True
) -> None:
    """Equal values, NaN where NaN, and (unless not `zero_sign`) the same sign of zero."""
    assert out.dtype == expected.dtype, message
    both = out.astype(np.float64), expected.astype(np.float64)
    np.testing.assert_array_equal(both[0], both[1], err_msg=message)
    zero = (both[1] == 0) & zero_sign
    np.testing.assert_array_equal(np.signbit(both[0])[zero], np.signbit(both[1])[zero], message)


@pytest.mark.parametrize("t", ["f16", "bf16", "f32", "f64"])
def test_float_binary_ops_in_the_element_type(t: str) -> None:
    dtype = NUMPY[t]
    a = np.array([x for x in SPECIAL for _ in SPECIAL], dtype)
    b = np.array([y for _ in SPECIAL for y in SPECIAL], dtype)
    cases = [Case(f"{name} {{0}}, {{1}} : {{T}}", t) for name in FLOAT_BINARY]
    outputs = run_cases([t, t], cases, [a, b])
    pairs = list(zip(a.astype(np.float64).tolist(), b.astype(np.float64).tolist(), strict=True))
    for case, fn, out in zip(cases, FLOAT_BINARY.values(), outputs, strict=True):
        assert out.dtype == dtype, case.name
        expected = np.array([fn(x, y) for x, y in pairs]).astype(dtype)
        assert_same_floats(out, expected, f"{case.name} {t}")


CMPF = ["false", "oeq", "ogt", "oge", "olt", "ole", "one", "ord"]
CMPF += ["ueq", "ugt", "uge", "ult", "ule", "une", "uno", "true"]
ORDERED_TESTS: list[Callable[[float, float], bool]] = [
    lambda x, y: x == y,
    lambda x, y: x > y,
    lambda x, y: x >= y,
    lambda x, y: x < y,
    lambda x, y: x <= y,
    lambda x, y: x != y,
]


def cmpf_reference(predicate: str, x: float, y: float) -> bool:
    unordered = math.isnan(x) or math.isnan(y)
    if predicate in ("false", "true"):
        return predicate == "true"
    if predicate in ("ord", "uno"):
        return unordered == (predicate == "uno")
    test = ORDERED_TESTS[["eq", "gt", "ge", "lt", "le", "ne"].index(predicate[1:])]
    return (not unordered and test(x, y)) if predicate[0] == "o" else (unordered or test(x, y))


def test_cmpf_all_sixteen_predicates() -> None:
    a = np.array([x for x in SPECIAL for _ in SPECIAL], np.float32)
    b = np.array([y for _ in SPECIAL for y in SPECIAL], np.float32)
    cases = [Case(f"arith.cmpf {p}, {{0}}, {{1}} : {{T}}", "i1") for p in CMPF]
    outputs = run_cases(["f32", "f32"], cases, [a, b])
    for predicate, out in zip(CMPF, outputs, strict=True):
        expected = [
            cmpf_reference(predicate, float(x), float(y)) for x, y in zip(a, b, strict=True)
        ]
        np.testing.assert_array_equal(out, np.array(expected), err_msg=predicate)


def test_float_conversions_round_to_nearest_even() -> None:
    a = np.array([1.0 + 2.0**-11, 1.0 + 3 * 2.0**-11, 65520.0, 1e-8, -2.5, np.nan], np.float32)
    cases = [
        Case("arith.truncf {0} : {T} to {R}", "f16"),
        Case("arith.truncf {0} : {T} to {R}", "bf16"),
        Case("arith.extf {0} : {T} to {R}", "f64"),
        Case("arith.negf {0} : {T}", "f32"),
    ]
    outputs = run_cases(["f32"], cases, [a])
    with np.errstate(over="ignore"):
        expected = [a.astype(np.float16), a.astype(ml_dtypes.bfloat16), a.astype(np.float64), -a]
    for case, want, out in zip(cases, expected, outputs, strict=True):
        assert out.dtype == want.dtype
        assert_same_floats(out, want, case.template)
    assert outputs[0][:2].tolist() == [1.0, 1.0 + 2.0**-9]  # ties to even, both ways


UNARY_MATH: dict[str, Callable[[float], float]] = {
    "sqrt": math.sqrt,
    "rsqrt": lambda x: 1 / math.sqrt(x),
    "exp": math.exp,
    "exp2": lambda x: 2.0**x,
    "expm1": math.expm1,
    "log": math.log,
    "log2": math.log2,
    "log10": math.log10,
    "log1p": math.log1p,
    "sin": math.sin,
    "cos": math.cos,
    "tan": math.tan,
    "tanh": math.tanh,
    "sinh": math.sinh,
    "cosh": math.cosh,
    "atan": math.atan,
    "asin": math.asin,
    "acos": math.acos,
    "atanh": math.atanh,
    "asinh": math.asinh,
    "cbrt": lambda x: math.copysign(abs(x) ** (1 / 3), x),
    "erf": math.erf,
}
EXACT_MATH: dict[str, Callable[[float], float]] = {
    "absf": abs,
    "floor": lambda x: math.copysign(math.floor(x), x),
    "ceil": lambda x: math.copysign(math.ceil(x), x),
    "trunc": lambda x: math.copysign(math.trunc(x), x),
    "round": lambda x: math.copysign(math.floor(abs(x) + 0.5), x),
    "roundeven": lambda x: math.copysign(round(x), x),
}


@pytest.mark.parametrize(("t", "rtol"), [("f32", 4e-7), ("f64", 4e-15)])
def test_float_math(t: str, rtol: float) -> None:
    dtype = NUMPY[t]
    x = RNG.uniform(0.05, 0.95, 16).astype(dtype)
    cases = [Case(f"math.{name} {{0}} : {{T}}", t) for name in UNARY_MATH]
    for out, (name, fn) in zip(run_cases([t], cases, [x]), UNARY_MATH.items(), strict=True):
        assert out.dtype == dtype, name
        expected = np.array([fn(float(v)) for v in x])
        np.testing.assert_allclose(out.astype(np.float64), expected, rtol=rtol, err_msg=name)

    (acosh,) = run_cases([t], [Case("math.acosh {0} : {T}", t)], [x + dtype(1)])
    expected = np.array([math.acosh(float(v)) for v in x + dtype(1)])
    np.testing.assert_allclose(acosh.astype(np.float64), expected, rtol=rtol)

    y = np.array([-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 0.49999997, -3.7, 3.7, -0.0, 7.0], dtype)
    cases = [Case(f"math.{name} {{0}} : {{T}}", t) for name in EXACT_MATH]
    for out, (name, fn) in zip(run_cases([t], cases, [y]), EXACT_MATH.items(), strict=True):
        assert_same_floats(out, np.array([fn(float(v)) for v in y], dtype), name)


def test_float_math_with_two_and_three_operands() -> None:
    a = RNG.uniform(0.5, 2.0, 12).astype(np.float32)
    b = RNG.uniform(-3.0, 3.0, 12).astype(np.float32)
    c = RNG.uniform(-1.0, 1.0, 12).astype(np.float32)
    n = np.array([0, 1, 2, 3, -1, -2, 5, 7, -3, 10, 0, 4], np.int32)
    cases = [
        Case("math.powf {0}, {1} : {T}", "f32"),
        Case("math.fma {0}, {1}, {2} : {T}", "f32"),
        Case("math.fpowi {0}, {3} : {T}, i32", "f32"),
        Case("arith.select {4}, {0}, {1} : {T}", "f32"),
        Case("math.atan2 {1}, {0} : {T}", "f32"),
    ]
    condition = n > 0
    power, fused, integer_power, selected, angle = run_cases(
        ["f32", "f32", "f32", "i32", "i1"], cases, [a, b, c, n, condition]
    )
    wide = [a.astype(np.float64), b.astype(np.float64), c.astype(np.float64)]
    np.testing.assert_allclose(power, wide[0] ** wide[1], rtol=4e-7)
    np.testing.assert_array_equal(fused, (wide[0] * wide[1] + wide[2]).astype(np.float32))
    np.testing.assert_allclose(integer_power, wide[0] ** n, rtol=4e-7)
    np.testing.assert_array_equal(selected, np.where(condition, a, b))
    np.testing.assert_allclose(angle, np.arctan2(wide[1], wide[0]), rtol=4e-7)


def test_constants_scalar_and_dense() -> None:
    source = """
    func.func @constants() {
      %a = arith.constant dense<2.5> : tensor<2x3xf32>
      %b = arith.constant dense<[1, -2, 3]> : tensor<3xi16>
      %c = arith.constant 0xFFFF : i16
      %d = arith.constant true
      %e = arith.constant -0.0 : bf16
      func.return
    }
    """
    module = parse_module(source, "constants.mlir")
    values = {
        op.results[0].name_hint: evaluate_elementwise(op, [])[0]
        for op in module.walk()
        if op.name == "arith.constant"
    }
    assert values["a"].dtype == np.float32
    np.testing.assert_array_equal(values["a"], np.full((2, 3), 2.5, np.float32))
    assert values["b"].dtype == np.int16
    np.testing.assert_array_equal(values["b"], [1, -2, 3])
    assert values["c"].dtype == np.int16
    assert values["c"] == -1
    assert values["d"].dtype == np.bool_
    assert values["d"]
    assert values["e"].dtype == ml_dtypes.bfloat16
    assert np.signbit(values["e"].astype(np.float32))


# --- real MLIR through IREE ------------------------------------------------------------


def tensor_function(name: str, types: Sequence[str], cases: Sequence[Case], n: int) -> str:
    """The cases as one func.func on tensor<n x T> arguments (i1 results widened to i8)."""
    args = ", ".join(f"%in{i}: tensor<{n}x{t}>" for i, t in enumerate(types))
    lines, results, result_types = [], [], []
    for k, case in enumerate(cases):
        statement = _statement(case, [f"%in{i}" for i in range(len(types))], types, str(n))
        lines.append("  " + statement.replace("%r", f"%r{k}", 1))
        value = f"%r{k}"
        if case.result == "i1":
            lines.append(f"  %w{k} = arith.extui {value} : tensor<{n}xi1> to tensor<{n}xi8>")
            value = f"%w{k}"
        results.append(value)
        result_types.append(f"tensor<{n}x{'i8' if case.result == 'i1' else case.result}>")
    signature = f"func.func @{name}({args}) -> ({', '.join(result_types)}) {{"
    return "\n".join(
        [signature, *lines, f"  return {', '.join(results)} : {', '.join(result_types)}", "}"]
    )


def iree_integer_inputs(width: int, n: int) -> list[np.ndarray]:
    """Operands with defined MLIR results: no zero divisor, no MIN / -1, shifts < width."""
    dtype = NUMPY[f"i{width}"]
    info = np.iinfo(dtype)
    a = np.concatenate([np.array([info.min, info.max, -7, 7, 2**4, -1], dtype)])
    a = np.concatenate([a, RNG.integers(info.min, info.max, n - len(a), dtype, endpoint=True)])
    b = RNG.integers(2, 2 ** min(width - 2, 20), n, dtype) * RNG.choice([-1, 1], n).astype(dtype)
    b[:4] = [3, -3, 2**4, -(2**4)]
    shift = RNG.integers(0, width, n).astype(dtype)
    return [a, b, shift]


IREE_INTEGER_OPS = [
    "arith.addi {0}, {1} : {T}",
    "arith.subi {0}, {1} : {T}",
    "arith.muli {0}, {1} : {T}",
    "arith.divsi {0}, {1} : {T}",
    "arith.remsi {0}, {1} : {T}",
    "arith.floordivsi {0}, {1} : {T}",
    "arith.ceildivsi {0}, {1} : {T}",
    "arith.divui {0}, {1} : {T}",
    "arith.remui {0}, {1} : {T}",
    "arith.ceildivui {0}, {1} : {T}",
    "arith.maxui {0}, {1} : {T}",
    "arith.minsi {0}, {1} : {T}",
    "arith.shli {0}, {2} : {T}",
    "arith.shrsi {0}, {2} : {T}",
    "arith.shrui {0}, {2} : {T}",
    "arith.xori {0}, {1} : {T}",
]


def iree_cases() -> list[tuple[str, list[str], list[Case], list[np.ndarray]]]:
    """(function name, operand types, cases, inputs) for each cross-checked function."""
    n = 64
    functions = []
    for width in (16, 32):
        t = f"i{width}"
        cases = [Case(op, t) for op in IREE_INTEGER_OPS]
        cases += [
            Case("arith.cmpi ult, {0}, {1} : {T}", "i1"),
            Case("arith.cmpi sge, {0}, {1} : {T}", "i1"),
            Case("arith.extsi {0} : {T} to {R}", "i64"),
            Case("arith.extui {0} : {T} to {R}", "i64"),
            Case("arith.trunci {0} : {T} to {R}", "i8"),
            Case("arith.sitofp {0} : {T} to {R}", "f32"),
            Case("arith.uitofp {0} : {T} to {R}", "f32"),
        ]
        functions.append((f"ints{width}", [t, t, t], cases, iree_integer_inputs(width, n)))
    special = np.array([x for x in SPECIAL for _ in SPECIAL], np.float32)
    other = np.array([y for _ in SPECIAL for y in SPECIAL], np.float32)
    float_ops = ["addf", "mulf", "divf", "maximumf", "minimumf", "maxnumf", "minnumf"]
    cases = [Case(f"arith.{op} {{0}}, {{1}} : {{T}}", "f32") for op in float_ops]
    cases += [Case(f"arith.cmpf {p}, {{0}}, {{1}} : {{T}}", "i1") for p in CMPF[1:-1]]
    cases += [Case("math.floor {0} : {T}", "f32"), Case("math.roundeven {0} : {T}", "f32")]
    functions.append(("floats", ["f32", "f32"], cases, [special, other]))
    return functions


@pytest.mark.iree
def test_integer_and_float_semantics_agree_with_mlir_through_iree() -> None:
    compiler = pytest.importorskip("iree.compiler")
    runtime = pytest.importorskip("iree.runtime")
    functions = iree_cases()
    source = "\n".join(tensor_function(name, t, c, len(i[0])) for name, t, c, i in functions)
    binary = compiler.compile_str(
        source, target_backends=["llvm-cpu"], extra_args=["--iree-llvmcpu-target-cpu=host"]
    )
    context = runtime.SystemContext(config=runtime.Config("local-task"))
    context.add_vm_module(runtime.VmModule.copy_buffer(context.instance, binary))
    for name, types, cases, inputs in functions:
        mlir = context.modules.module[name](*inputs)
        mlir = [np.asarray(x) for x in (mlir if isinstance(mlir, list | tuple) else [mlir])]
        ours = run_cases(types, cases, inputs)
        for case, theirs, mine in zip(cases, mlir, ours, strict=True):
            if case.result == "i1":
                theirs = theirs.astype(bool)
            # LLVM lets maxnum/minnum return either zero for (+0, -0); the reference orders them
            zero_sign = case.name not in ("arith.maxnumf", "arith.minnumf")
            message = f"{name}: {case.template}"
            assert_same_floats(mine, theirs.astype(mine.dtype), message, zero_sign)
