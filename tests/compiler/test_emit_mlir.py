"""Upstream MLIR emitted for stencil programs, verified by MLIR and run by IREE on the CPU.

Every result is compared with the numpy reference evaluator (DESIGN.md §10). Integers must
agree exactly. Floats of plain arithmetic must agree exactly too: `run_iree` compiles for a CPU
without fused multiply-add, so every operation rounds as in numpy. Transcendental functions
(`math.exp`, `math.sin`, ...) are IREE's own polynomial approximations, a few ulp from numpy's
libm (about 1e-7 relative in f32) and flush subnormal results to zero, so they are compared
within `FLOAT_RTOL` = 1e-5 relative (plus the smallest normal number, absolute): a wide margin
for rounding that still catches any wrong formula, operand or offset. IREE's CPU runtime
flushes subnormal floats to zero, so the exact tests keep their values in the normal range.

Each program compiles in about 0.5 s with IREE; tests use small sizes only.
"""

# ruff: noqa: E501  (inline MLIR keeps its natural line lengths)

from __future__ import annotations

import re
import sys
import textwrap
from collections.abc import Sequence

import numpy as np
import pytest
from stencil_programs import (
    CHAIN_WITH_INFERRED_DOMAINS,
    DYN_ACCESS_GATHER,
    LAPLACE_2D,
    TWO_APPLIES_TWO_RESULTS_3D,
)

from sparta.compiler.emit_mlir import emit_mlir, float_literal, integer_literal
from sparta.compiler.frontend import parse_module
from sparta.compiler.reference import evaluate
from sparta.compiler.signature import argument_specs, entry_function
from sparta.kernels.registry import WORKLOADS
from sparta.sim.errors import InputError, UsageError

pytestmark = pytest.mark.iree

FLOAT_RTOL = 1e-5
"""Relative tolerance for IREE's transcendental functions against numpy (see the docstring)."""

RNG = np.random.default_rng(20240607)


def needs_iree() -> None:
    pytest.importorskip("iree.compiler", reason="needs iree-base-compiler")
    pytest.importorskip("iree.runtime", reason="needs iree-base-runtime")


def random_inputs(source: str) -> list[np.ndarray]:
    """Random arrays for every argument: integers in [-100, 100), floats standard normal."""
    function = entry_function(parse_module(source, "test.mlir"))
    arrays = []
    for spec in argument_specs(function):
        if spec.dtype.kind == "f":
            arrays.append(RNG.standard_normal(spec.shape).astype(spec.dtype))
        else:
            arrays.append(RNG.integers(-100, 100, spec.shape).astype(spec.dtype))
    return arrays


def assert_agree(
    source: str, inputs: Sequence[np.ndarray] | None = None, rtol: float = 0.0
) -> list[np.ndarray]:
    """Run `source` with IREE and with the reference; check they agree; return IREE's arrays.

    With `rtol` 0 floats must be equal, signed zeros included; otherwise within `rtol`.
    """
    needs_iree()
    from sparta.compiler.iree_reference import run_iree

    source = textwrap.dedent(source)
    module = parse_module(source, "test.mlir")
    function = entry_function(module)
    arrays = list(inputs) if inputs is not None else random_inputs(source)
    expected = evaluate(function, arrays)
    actual = run_iree(module, function, arrays)
    assert len(actual) == len(expected)
    for index, (got, want) in enumerate(zip(actual, expected, strict=True)):
        message = f"arg{index}"
        assert got.dtype == want.dtype, message
        assert got.shape == want.shape, message
        if want.dtype.kind != "f":
            np.testing.assert_array_equal(got, want, err_msg=message)
        elif rtol:
            tiny = np.finfo(want.dtype).tiny  # IREE's approximations flush subnormal results
            np.testing.assert_allclose(got, want, rtol=rtol, atol=tiny, err_msg=message)
        else:
            np.testing.assert_array_equal(got, want, err_msg=message)
            zeros = want == 0
            np.testing.assert_array_equal(np.signbit(got[zeros]), np.signbit(want[zeros]), message)
    return actual


def pointwise(inputs: Sequence[str], outputs: Sequence[str], body: str, size: int) -> str:
    """A 1-D program: input fields of the `inputs` element types (read as `%x0, %x1, ...`),
    `body` computing `%r0, %r1, ...` of the `outputs` types, each stored into its own field."""
    fields = [*inputs, *outputs]
    args = ", ".join(f"%f{i}: !stencil.field<[0,{size}]x{t}>" for i, t in enumerate(fields))
    temp = [f"!stencil.temp<[0,{size}]x{t}>" for t in fields]
    lines = [f"func.func @pointwise({args}) {{"]
    for i, t in enumerate(inputs):
        lines.append(f"  %t{i} = stencil.load %f{i} : !stencil.field<[0,{size}]x{t}> -> {temp[i]}")
    operands = ", ".join(f"%a{i} = %t{i} : {temp[i]}" for i in range(len(inputs)))
    results = ", ".join(f"%o{i}" for i in range(len(outputs)))
    lines.append(
        f"  {results} = stencil.apply({operands}) -> ({', '.join(temp[len(inputs) :])}) {{"
    )
    lines += [f"    %x{i} = stencil.access %a{i}[0] : {temp[i]}" for i in range(len(inputs))]
    lines += ["    " + line.strip() for line in body.strip().splitlines()]
    returned = ", ".join(f"%r{i}" for i in range(len(outputs)))
    lines += [f"    stencil.return {returned} : {', '.join(outputs)}", "  }"]
    for i, t in enumerate(outputs):
        field = len(inputs) + i
        lines.append(
            f"  stencil.store %o{i} to %f{field}(<[0], [{size}]>) : {temp[field]} to !stencil.field<[0,{size}]x{t}>"
        )
    return "\n".join([*lines, "  func.return", "}"])


# --- the workloads ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "dtype"), [(name, dtype) for name, w in WORKLOADS.items() for dtype in w.dtypes]
)
def test_workload_verifies_and_agrees_with_the_reference(name: str, dtype: str) -> None:
    needs_iree()
    from sparta.compiler.iree_reference import parse_and_verify

    workload = WORKLOADS[name]
    source = workload.generate(dtype, **workload.small_sizes)
    module = parse_module(source, f"{name}.mlir")
    parse_and_verify(emit_mlir(module, entry_function(module)))
    assert_agree(source)


# --- targeted programs -----------------------------------------------------------------


RADIUS_3_1D_I16 = """
func.func @r3(%in: !stencil.field<[-3,21]xi16>, %out: !stencil.field<[-3,21]xi16>) {
  %t = stencil.load %in : !stencil.field<[-3,21]xi16> -> !stencil.temp<[-3,21]xi16>
  %r = stencil.apply(%a = %t : !stencil.temp<[-3,21]xi16>) -> (!stencil.temp<[0,18]xi16>) {
    %m3 = stencil.access %a[-3] : !stencil.temp<[-3,21]xi16>
    %p2 = stencil.access %a[2] : !stencil.temp<[-3,21]xi16>
    %p3 = stencil.access %a[3] : !stencil.temp<[-3,21]xi16>
    %c = stencil.access %a[0] : !stencil.temp<[-3,21]xi16>
    %s = arith.addi %m3, %p3 : i16
    %t2 = arith.addi %s, %p2 : i16
    %big = arith.muli %t2, %c : i16
    stencil.return %big : i16
  }
  stencil.store %r to %out(<[0], [18]>) : !stencil.temp<[0,18]xi16> to !stencil.field<[-3,21]xi16>
  func.return
}
"""


SCF_IF_SAFE_DIVISION = """
func.func @safe_div(%a: !stencil.field<[0,8]x[0,8]xi32>, %b: !stencil.field<[0,8]x[0,8]xi32>, %o: !stencil.field<[0,8]x[0,8]xi32>, %f: !stencil.field<[0,8]x[0,8]xf32>) {
  %ta = stencil.load %a : !stencil.field<[0,8]x[0,8]xi32> -> !stencil.temp<?x?xi32>
  %tb = stencil.load %b : !stencil.field<[0,8]x[0,8]xi32> -> !stencil.temp<?x?xi32>
  %r, %q = stencil.apply(%x = %ta : !stencil.temp<?x?xi32>, %y = %tb : !stencil.temp<?x?xi32>) -> (!stencil.temp<?x?xi32>, !stencil.temp<?x?xf32>) {
    %u = stencil.access %x[0, 0] : !stencil.temp<?x?xi32>
    %v = stencil.access %y[0, 0] : !stencil.temp<?x?xi32>
    %zero = arith.constant 0 : i32
    %nz = arith.cmpi ne, %v, %zero : i32
    %d, %g = scf.if %nz -> (i32, f32) {
      %quot = arith.divsi %u, %v : i32
      %fu = arith.sitofp %u : i32 to f32
      %fv = arith.sitofp %v : i32 to f32
      %fq = arith.divf %fu, %fv : f32
      %lg = math.exp %fq : f32
      scf.yield %quot, %lg : i32, f32
    } else {
      %rem = arith.remsi %u, %v : i32
      %fz = arith.constant 0.0 : f32
      scf.yield %rem, %fz : i32, f32
    }
    stencil.return %d, %g : i32, f32
  }
  stencil.store %r to %o(<[0, 0], [8, 8]>) : !stencil.temp<?x?xi32> to !stencil.field<[0,8]x[0,8]xi32>
  stencil.store %q to %f(<[0, 0], [8, 8]>) : !stencil.temp<?x?xf32> to !stencil.field<[0,8]x[0,8]xf32>
  func.return
}
"""

EMPTY_STORE_RESULT = """
func.func @clip(%in: !stencil.field<[0,16]xf64>, %out: !stencil.field<[0,16]xf64>) {
  %t = stencil.load %in : !stencil.field<[0,16]xf64> -> !stencil.temp<?xf64>
  %r = stencil.apply(%a = %t : !stencil.temp<?xf64>) -> (!stencil.temp<?xf64>) {
    %v = stencil.access %a[0] : !stencil.temp<?xf64>
    %zero = arith.constant 0.0 : f64
    %pos = arith.cmpf ogt, %v, %zero : f64
    %res = scf.if %pos -> (!stencil.result<f64>) {
      %s = stencil.store_result %v : !stencil.result<f64>
      scf.yield %s : !stencil.result<f64>
    } else {
      %e = stencil.store_result : !stencil.result<f64>
      scf.yield %e : !stencil.result<f64>
    }
    stencil.return %res : !stencil.result<f64>
  }
  stencil.store %r to %out(<[0], [16]>) : !stencil.temp<?xf64> to !stencil.field<[0,16]xf64>
  func.return
}
"""

INDEX_COORDINATES = """
func.func @coords(%out: !stencil.field<[-2,6]x[1,4]x[0,3]xi64>) {
  %r = stencil.apply() -> (!stencil.temp<[-2,6]x[1,4]x[0,3]xi64>) {
    %i = stencil.index 0 <[1, 0, 0]>
    %j = stencil.index 1 <[0, -1, 0]>
    %k = stencil.index 2 <[0, 0, 0]>
    %hundred = arith.constant 100 : index
    %ten = arith.constant 10 : index
    %a = arith.muli %i, %hundred : index
    %b = arith.muli %j, %ten : index
    %c = arith.addi %a, %b : index
    %d = arith.addi %c, %k : index
    %e = arith.index_cast %d : index to i64
    stencil.return %e : i64
  }
  stencil.store %r to %out(<[-2, 1, 0], [6, 4, 3]>) : !stencil.temp<[-2,6]x[1,4]x[0,3]xi64> to !stencil.field<[-2,6]x[1,4]x[0,3]xi64>
  func.return
}
"""


COMBINE = """
func.func @comb(%in: !stencil.field<[0,12]x[0,3]xi32>, %o1: !stencil.field<[0,12]x[0,3]xi32>, %o2: !stencil.field<[0,12]x[0,3]xi32>, %o3: !stencil.field<[0,12]x[0,3]xi32>) {
  %t = stencil.load %in : !stencil.field<[0,12]x[0,3]xi32> -> !stencil.temp<?x?xi32>
  %lo = stencil.apply(%a = %t : !stencil.temp<?x?xi32>) -> (!stencil.temp<?x?xi32>) {
    %v = stencil.access %a[0, 0] : !stencil.temp<?x?xi32>
    %c = arith.constant 1000 : i32
    %w = arith.addi %v, %c : i32
    stencil.return %w : i32
  }
  %hi = stencil.apply(%a = %t : !stencil.temp<?x?xi32>) -> (!stencil.temp<?x?xi32>) {
    %v = stencil.access %a[0, 0] : !stencil.temp<?x?xi32>
    %c = arith.constant -1000 : i32
    %w = arith.addi %v, %c : i32
    stencil.return %w : i32
  }
  %both, %lx, %ux = stencil.combine 0 at 5 lower = (%lo : !stencil.temp<?x?xi32>) upper = (%hi : !stencil.temp<?x?xi32>) lowerext = %lo : !stencil.temp<?x?xi32> upperext = %hi : !stencil.temp<?x?xi32> : !stencil.temp<?x?xi32>, !stencil.temp<?x?xi32>, !stencil.temp<?x?xi32>
  %buf = stencil.buffer %both : !stencil.temp<?x?xi32> -> !stencil.temp<?x?xi32>
  stencil.store %buf to %o1(<[1, 0], [11, 3]>) : !stencil.temp<?x?xi32> to !stencil.field<[0,12]x[0,3]xi32>
  stencil.store %lx to %o2(<[0, 0], [12, 3]>) : !stencil.temp<?x?xi32> to !stencil.field<[0,12]x[0,3]xi32>
  stencil.store %ux to %o3(<[0, 0], [12, 3]>) : !stencil.temp<?x?xi32> to !stencil.field<[0,12]x[0,3]xi32>
  func.return
}
"""

LOWER_DIMENSIONAL_COEFFICIENTS = """
func.func @scaled(%q: !stencil.field<[0,3]x[-1,7]x[0,5]xf32>, %row: !stencil.field<[-1,7]xf32>, %col: !stencil.field<[0,5]xf32>, %out: !stencil.field<[0,3]x[-1,7]x[0,5]xf32>) {
  %tq = stencil.load %q : !stencil.field<[0,3]x[-1,7]x[0,5]xf32> -> !stencil.temp<?x?x?xf32>
  %tr = stencil.load %row : !stencil.field<[-1,7]xf32> -> !stencil.temp<?xf32>
  %tc = stencil.load %col : !stencil.field<[0,5]xf32> -> !stencil.temp<?xf32>
  %r = stencil.apply(%a = %tq : !stencil.temp<?x?x?xf32>, %b = %tr : !stencil.temp<?xf32>, %c = %tc : !stencil.temp<?xf32>) -> (!stencil.temp<?x?x?xf32>) {
    %v = stencil.access %a[0, 1, 0] : !stencil.temp<?x?x?xf32>
    %u = stencil.access %b[_, -1, _] : !stencil.temp<?xf32>
    %w = stencil.access %c[_, _, 0] : !stencil.temp<?xf32>
    %uv = arith.mulf %u, %v : f32
    %s = arith.addf %uv, %w : f32
    stencil.return %s : f32
  }
  stencil.store %r to %out(<[0, 0, 0], [3, 6, 5]>) : !stencil.temp<?x?x?xf32> to !stencil.field<[0,3]x[-1,7]x[0,5]xf32>
  func.return
}
"""


SCALAR_ARGUMENT = """
func.func @init(%v: f64, %out: !stencil.field<?x?xf64>) {
  %o = stencil.cast %out : !stencil.field<?x?xf64> -> !stencil.field<[-1,5]x[2,6]xf64>
  %two = arith.constant 2.0 : f64
  %scaled = arith.mulf %v, %two : f64
  %r = stencil.apply(%s = %scaled : f64, %t = %v : f64) -> (!stencil.temp<[0,4]x[3,5]xf64>) {
    %one = arith.constant 1.0 : f64
    %x = arith.addf %s, %one : f64
    %y = arith.addf %x, %t : f64
    stencil.return %y : f64
  }
  stencil.store %r to %o(<[0, 3], [4, 5]>) : !stencil.temp<[0,4]x[3,5]xf64> to !stencil.field<[-1,5]x[2,6]xf64>
  func.return
}
"""

BUFFERIZED_APPLY = """
func.func @copy(%in: !stencil.field<[-1,9]xi32>, %out: !stencil.field<[-1,9]xi32>) {
  stencil.apply(%a = %in : !stencil.field<[-1,9]xi32>) outs (%out : !stencil.field<[-1,9]xi32>) {
    %v = stencil.access %a[1] : !stencil.field<[-1,9]xi32>
    %r = stencil.store_result %v : !stencil.result<i32>
    stencil.return %r : !stencil.result<i32>
  } to <[0], [8]>
  func.return
}
"""

LOAD_AFTER_STORE = """
func.func @twice(%a: !stencil.field<[0,8]xi32>, %b: !stencil.field<[0,8]xi32>) {
  %t = stencil.load %a : !stencil.field<[0,8]xi32> -> !stencil.temp<?xi32>
  %r = stencil.apply(%x = %t : !stencil.temp<?xi32>) -> (!stencil.temp<?xi32>) {
    %v = stencil.access %x[0] : !stencil.temp<?xi32>
    %w = arith.muli %v, %v : i32
    stencil.return %w : i32
  }
  stencil.store %r to %a(<[0], [8]>) : !stencil.temp<?xi32> to !stencil.field<[0,8]xi32>
  %t2 = stencil.load %a : !stencil.field<[0,8]xi32> -> !stencil.temp<?xi32>
  %r2 = stencil.apply(%x = %t2 : !stencil.temp<?xi32>, %y = %t : !stencil.temp<?xi32>) -> (!stencil.temp<?xi32>) {
    %v = stencil.access %x[0] : !stencil.temp<?xi32>
    %u = stencil.access %y[0] : !stencil.temp<?xi32>
    %w = arith.subi %v, %u : i32
    stencil.return %w : i32
  }
  stencil.store %r2 to %b(<[0], [8]>) : !stencil.temp<?xi32> to !stencil.field<[0,8]xi32>
  func.return
}
"""


def test_negative_lower_bounds_and_inferred_shapes() -> None:
    assert_agree(LAPLACE_2D)


def test_radius_three_in_1d_wraps_int16() -> None:
    a = RNG.integers(2000, 32767, 24).astype(np.int16)
    _, out = assert_agree(RADIUS_3_1D_I16, [a, np.zeros(24, np.int16)])
    assert (out[3:21] != 0).all()


def test_two_applies_with_two_results_in_3d() -> None:
    assert_agree(TWO_APPLIES_TWO_RESULTS_3D)


def test_scf_if_computes_both_branches_and_guards_division_by_zero() -> None:
    a = RNG.integers(-100, 100, (8, 8)).astype(np.int32)
    b = RNG.integers(-3, 4, (8, 8)).astype(np.int32)
    assert (b == 0).any()
    outputs = [np.zeros((8, 8), np.int32), np.zeros((8, 8), np.float32)]
    assert_agree(SCF_IF_SAFE_DIVISION, [a, b, *outputs], rtol=FLOAT_RTOL)


def test_an_empty_store_result_keeps_the_field_value() -> None:
    a = RNG.standard_normal(16)
    _, out = assert_agree(EMPTY_STORE_RESULT, [a, np.full(16, 42.0)])
    assert (out == 42.0).any()


def test_index_coordinates() -> None:
    assert_agree(INDEX_COORDINATES, [np.zeros((8, 3, 3), np.int64)])


def test_dyn_access_gathers_clipped_to_its_range() -> None:
    a = RNG.standard_normal((12, 4))
    sel = RNG.integers(-4, 4, (12, 4)).astype(np.int32)
    assert_agree(DYN_ACCESS_GATHER, [a, sel, np.zeros((12, 4))])


def test_combine_with_lower_and_upper_extensions() -> None:
    a = RNG.integers(-100, 100, (12, 3)).astype(np.int32)
    fill = np.full((12, 3), 7, np.int32)
    assert_agree(COMBINE, [a, fill, fill, fill])


def test_lower_dimensional_coefficient_fields() -> None:
    assert_agree(LOWER_DIMENSIONAL_COEFFICIENTS)


def test_domains_of_a_chain_of_applies() -> None:
    assert_agree(CHAIN_WITH_INFERRED_DOMAINS)


def test_scalar_argument_and_function_level_arithmetic() -> None:
    _, out = assert_agree(SCALAR_ARGUMENT, [np.asarray(1.5), np.zeros((6, 4))])
    assert out[1, 1] == 2 * 1.5 + 1.0 + 1.5


def test_bufferized_apply_and_load_after_store() -> None:
    assert_agree(BUFFERIZED_APPLY)
    assert_agree(LOAD_AFTER_STORE)


# --- element-wise semantics --------------------------------------------------------------

INTEGER_BODY = """
%r0 = arith.addi %x0, %x1 : T
%r1 = arith.muli %x0, %x1 : T
%r2 = arith.divsi %x0, %x1 : T
%r3 = arith.remsi %x0, %x1 : T
%r4 = arith.floordivsi %x0, %x1 : T
%r5 = arith.ceildivsi %x0, %x1 : T
%r6 = arith.divui %x0, %x1 : T
%r7 = arith.remui %x0, %x1 : T
%r8 = arith.ceildivui %x0, %x1 : T
%r9 = arith.shli %x0, %x1 : T
%r10 = arith.shrui %x0, %x1 : T
%r11 = arith.shrsi %x0, %x1 : T
%r12 = math.ipowi %x0, %x1 : T
%r13 = math.absi %x0 : T
%r14 = math.ctlz %x0 : T
%r15 = math.cttz %x0 : T
%r16 = math.ctpop %x0 : T
%r17 = arith.maxui %x0, %x1 : T
%r18 = arith.minsi %x0, %x1 : T
%lt = arith.cmpi ult, %x0, %x1 : T
%r19 = arith.select %lt, %x0, %x1 : T
"""


@pytest.mark.parametrize("dtype", ["i8", "i32", "i64"])
def test_integer_ops_wrap_and_guard_undefined_cases(dtype: str) -> None:
    """Division by 0 and MIN / -1, shifts by the width or more, negative powers, overflow."""
    width = int(dtype[1:])
    low, high = -(2 ** (width - 1)), 2 ** (width - 1) - 1
    edges_a = [low, high, -1, 0, 1, low, high, 7, -7, 2, -2, 3, low, 5, -1, 1]
    edges_b = [-1, -1, 0, 0, -3, 0, 1, width, width + 1, width - 1, -1, -2, 1, 64, 255, 2]
    numpy_dtype = np.dtype(f"int{width}")
    random = RNG.integers(low, high, (2, 16), endpoint=True)
    a = np.concatenate([np.array(edges_a), random[0]]).astype(numpy_dtype)
    b = np.concatenate([np.array(edges_b), RNG.integers(-3, width + 3, 16)]).astype(numpy_dtype)
    source = pointwise([dtype] * 2, [dtype] * 20, INTEGER_BODY.replace("T", dtype), 32)
    assert_agree(source, [a, b] + [np.zeros(32, numpy_dtype)] * 20)


CONVERSION_BODY = """
%r0 = arith.fptosi %x0 : f32 to i32
%r1 = arith.fptoui %x0 : f32 to i32
%r2 = arith.fptosi %x1 : f64 to i64
%r3 = arith.fptosi %x0 : f32 to i8
%r4 = arith.fptoui %x1 : f64 to i16
%r5 = arith.sitofp %x2 : i32 to f32
%r6 = arith.uitofp %x2 : i32 to f64
%r7 = arith.extsi %x2 : i32 to i64
%r8 = arith.trunci %x2 : i32 to i8
%r9 = arith.bitcast %x0 : f32 to i32
%r10 = arith.truncf %x1 : f64 to f32
%r11 = arith.extf %x0 : f32 to f64
%ix = arith.index_cast %x2 : i32 to index
%r12 = arith.index_cast %ix : index to i64
%r13 = arith.extui %x2 : i32 to i64
"""


def test_conversions_saturate_and_map_nan_to_zero() -> None:
    specials = [np.nan, np.inf, -np.inf, 3e9, -3e9, 2.5, -2.5, 1e20, -0.0, 255.9, -129.0,
                65535.5, 2147483520.0, -2147483648.0, 4294967040.0, -0.75]  # fmt: skip
    f32 = np.concatenate([specials, RNG.standard_normal(16) * 1e3]).astype(np.float32)
    f64 = np.concatenate([specials, RNG.standard_normal(16) * 1e12]).astype(np.float64)
    i32 = RNG.integers(-(2**31), 2**31, 32).astype(np.int32)
    outputs = ["i32", "i32", "i64", "i8", "i16", "f32", "f64", "i64", "i8", "i32", "f32",
               "f64", "i64", "i64"]  # fmt: skip
    source = pointwise(["f32", "f64", "i32"], outputs, CONVERSION_BODY, 32)
    zeros = [
        np.zeros(32, spec.dtype)
        for spec in argument_specs(entry_function(parse_module(source, "t")))[3:]
    ]
    assert_agree(source, [f32, f64, i32, *zeros])


FLOAT_BODY = """
%r0 = arith.addf %x0, %x1 : T
%r1 = arith.subf %x0, %x1 : T
%r2 = arith.mulf %x0, %x1 : T
%r3 = arith.divf %x0, %x1 : T
%r4 = arith.negf %x0 : T
%r5 = arith.maximumf %x0, %x1 : T
%r6 = arith.minimumf %x0, %x1 : T
%r7 = arith.maxnumf %x0, %x1 : T
%r8 = arith.minnumf %x0, %x1 : T
%lt = arith.cmpf ult, %x0, %x1 : T
%r9 = arith.select %lt, %x0, %x1 : T
%one = arith.cmpf one, %x0, %x1 : T
%r10 = arith.select %one, %x1, %x0 : T
%r11 = math.absf %x0 : T
%r12 = math.copysign %x0, %x1 : T
%r13 = math.floor %x0 : T
%r14 = math.ceil %x0 : T
%r15 = math.round %x0 : T
%r16 = math.roundeven %x0 : T
%r17 = math.trunc %x0 : T
%r18 = math.sqrt %x1 : T
"""


@pytest.mark.parametrize("dtype", ["f32", "f64"])
def test_float_arithmetic_is_exact_with_nan_infinities_and_signed_zeros(dtype: str) -> None:
    specials = [np.nan, 1.0, np.inf, -np.inf, 0.0, -0.0, 0.0, 2.5, -2.5, 0.5, -1.5, 1e-30,
                3.0, np.nan, -0.0, 7.0]  # fmt: skip
    partner = [1.0, np.nan, 1.0, np.inf, -0.0, 0.0, 0.0, 2.5, 3.0, -0.0, -1.5, 2.0,
               -0.0, np.nan, -0.0, 0.0]  # fmt: skip
    numpy_dtype = np.dtype(f"float{dtype[1:]}")
    x = np.concatenate([specials, RNG.standard_normal(16)]).astype(numpy_dtype)
    y = np.concatenate([partner, np.abs(RNG.standard_normal(16))]).astype(numpy_dtype)
    source = pointwise([dtype] * 2, [dtype] * 19, FLOAT_BODY.replace("T", dtype), 32)
    assert_agree(source, [x, y] + [np.zeros(32, numpy_dtype)] * 19)


MATH_FUNCTIONS = {
    "f32": ["exp", "exp2", "expm1", "log", "log1p", "log2", "log10", "sin", "cos", "tan",
            "tanh", "sinh", "cosh", "asin", "acos", "atan", "asinh", "acosh", "atanh", "erf",
            "cbrt", "rsqrt"],
    "f64": ["exp", "exp2", "expm1", "log", "log1p", "log10", "sinh", "cosh", "asinh", "atanh",
            "rsqrt"],
}  # fmt: skip
"""The functions IREE 3.x compiles for each type (its CPU code links no libm for the rest;
`log10` is emitted as a scaled `log`)."""


@pytest.mark.parametrize("dtype", ["f32", "f64"])
def test_transcendental_functions_within_tolerance(dtype: str) -> None:
    names = MATH_FUNCTIONS[dtype]
    body = [f"%r{i} = math.{name} %x0 : {dtype}" for i, name in enumerate(names)]
    count = len(names)
    body += [
        f"%r{count} = math.powf %x0, %x1 : {dtype}",
        f"%r{count + 1} = math.fma %x0, %x1, %x0 : {dtype}",
        "%three = arith.constant 3 : i32",
        f"%r{count + 2} = math.fpowi %x1, %three : {dtype}, i32",
    ]
    numpy_dtype = np.dtype(f"float{dtype[1:]}")
    x = RNG.uniform(0.05, 0.95, 24).astype(numpy_dtype)
    y = RNG.uniform(0.5, 4.0, 24).astype(numpy_dtype)
    source = pointwise([dtype] * 2, [dtype] * (count + 3), "\n".join(body), 24)
    assert_agree(source, [x, y] + [np.zeros(24, numpy_dtype)] * (count + 3), rtol=FLOAT_RTOL)


def test_a_function_iree_cannot_link_is_a_clear_error() -> None:
    needs_iree()
    from sparta.compiler.iree_reference import run_iree

    source = pointwise(["f64"], ["f64"], "%r0 = math.sin %x0 : f64", 4)
    module = parse_module(source, "test.mlir")
    with pytest.raises(InputError, match=r"IREE cannot compile .*undefined symbol: sin") as info:
        run_iree(module, entry_function(module), [np.zeros(4), np.zeros(4)])
    assert any("no math library" in note for note in info.value.notes)


# --- the text, the cache and the errors --------------------------------------------------


def test_calling_convention_and_apply_lowering_in_the_text() -> None:
    module = parse_module(textwrap.dedent(LOWER_DIMENSIONAL_COEFFICIENTS), "test.mlir")
    text = emit_mlir(module, entry_function(module))
    assert (
        "func.func @scaled(%q: tensor<3x8x5xf32>, %row: tensor<8xf32>, %col: tensor<5xf32>, "
        "%out: tensor<3x8x5xf32>) -> (tensor<3x8x5xf32>, tensor<8xf32>, tensor<5xf32>, "
        "tensor<3x8x5xf32>)"
    ) in text
    assert "affine_map<(d0, d1, d2) -> (d1)>" in text  # %row broadcast along k and j
    assert "affine_map<(d0, d1, d2) -> (d2)>" in text
    assert "tensor.extract_slice %q[0, 2, 0] [3, 6, 5] [1, 1, 1]" in text  # offset +1 in i
    assert "tensor.extract_slice %row[0] [6] [1]" in text  # offset -1 from i = -1
    assert text.count("linalg.generic") == 1
    assert re.search(r"return %q, %row, %col, %out_\d+ :", text)


@pytest.mark.parametrize(
    ("element", "dtype"), [("f16", "float16"), ("f32", "float32"), ("f64", "float64")]
)
def test_float_constants_read_back_exactly(element: str, dtype: str) -> None:
    needs_iree()
    from iree.compiler import ir

    values = [
        0.2,
        1 / 3,
        -0.0,
        1e-30,
        2.0**63,
        3e38,
        65504.0,
        5e-324,
        1.7976931348623157e308,
        np.inf,
        -np.inf,
    ]
    lines = [f"%c{i} = arith.constant {float_literal(v, element)}" for i, v in enumerate(values)]
    with ir.Context(), np.errstate(over="ignore"):
        module = ir.Module.parse("func.func @f() {\n" + "\n".join(lines) + "\nreturn\n}")
        block = module.body.operations[0].regions[0].blocks[0]
        parsed = [ir.FloatAttr(op.attributes["value"]).value for op in list(block.operations)[:-1]]
        expected = np.array(values).astype(dtype).astype(np.float64)
    np.testing.assert_array_equal(parsed, expected)
    np.testing.assert_array_equal(np.signbit(parsed), np.signbit(expected))


def test_integer_constants_wrap_to_their_width() -> None:
    assert integer_literal(2**32 - 1, "i32") == "-1 : i32"
    assert integer_literal(255, "i8") == "-1 : i8"
    assert integer_literal(-(2**63), "index") == "-9223372036854775808 : index"
    assert integer_literal(-1, "i1") == "true"


def test_compiled_modules_are_cached_by_text() -> None:
    needs_iree()
    from sparta.compiler.iree_reference import compile_mlir

    text = emit_mlir(module := parse_module(LOAD_AFTER_STORE, "t.mlir"), entry_function(module))
    assert compile_mlir(text) is compile_mlir(text)


def test_arrays_that_do_not_fit_the_signature_are_named() -> None:
    needs_iree()
    from sparta.compiler.iree_reference import run_iree

    module = parse_module(LOAD_AFTER_STORE, "t.mlir")
    wrong = [np.zeros(8, np.int32), np.zeros(8, np.int64)]
    with pytest.raises(
        InputError,
        match=r"arg1: expected an array of shape \(8,\) and dtype int32, got shape \(8,\) and dtype int64",
    ):
        run_iree(module, entry_function(module), wrong)


def test_parse_and_verify_reports_the_mlir_diagnostic() -> None:
    needs_iree()
    from sparta.compiler.iree_reference import parse_and_verify

    parse_and_verify(
        "func.func @ok(%a: tensor<4xf32>) -> tensor<4xf32> {\n  return %a : tensor<4xf32>\n}"
    )
    bad = "func.func @bad(%a: tensor<4xf32>) -> tensor<4xi32> {\n  return %a : tensor<4xf32>\n}"
    with pytest.raises(InputError, match=r"does not verify: type of return operand 0 .* at loc"):
        parse_and_verify(bad)


def test_missing_iree_asks_for_the_test_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    from sparta.compiler.iree_reference import parse_and_verify, run_iree

    monkeypatch.setitem(sys.modules, "iree.runtime", None)
    monkeypatch.setitem(sys.modules, "iree.compiler.ir", None)
    module = parse_module(LOAD_AFTER_STORE, "t.mlir")
    with pytest.raises(UsageError, match=r"pip install 'sparta\[test\]'"):
        run_iree(module, entry_function(module), [np.zeros(8, np.int32)] * 2)
    with pytest.raises(UsageError, match="IREE is not installed"):
        parse_and_verify("module {}")


TIME_LOOP = """
func.func @loop(%b0: !stencil.field<[-1,11]xf32>, %b1: !stencil.field<[-1,11]xf32>) {
  %lo = arith.constant 0 : index
  %hi = arith.constant 5 : index
  %step = arith.constant 1 : index
  %last, %prev = scf.for %time = %lo to %hi step %step iter_args(%fi = %b0, %fip1 = %b1) -> (!stencil.field<[-1,11]xf32>, !stencil.field<[-1,11]xf32>) {
    scf.yield %fi, %fi : !stencil.field<[-1,11]xf32>, !stencil.field<[-1,11]xf32>
  }
  func.return
}
"""


def test_time_loops_carry_levels_by_name_and_return_the_rotated_buffers() -> None:
    """Five steps of two levels: the loop yields the levels rotated, and the arguments take
    them swapped (buffer 0 is level 1 after an odd number of steps)."""
    text = TIME_LOOP.replace("scf.yield %fi, %fi", "scf.yield %fip1, %fi")
    module = parse_module(textwrap.dedent(text), "test.mlir")
    emitted = emit_mlir(module, entry_function(module))
    assert (
        "%steps:2 = scf.for %time = %lo to %hi step %step iter_args(%fi = %b0, %fip1 = %b1)"
        in emitted
    )
    assert "scf.yield %fip1, %fi : tensor<12xf32>, tensor<12xf32>" in emitted
    assert "return %steps#1, %steps#0 : tensor<12xf32>, tensor<12xf32>" in emitted


@pytest.mark.parametrize(
    ("source", "message", "where"),
    [
        (TIME_LOOP, r"time loop: the yield must name every time level once", "test.mlir:7:5"),
        (
            LAPLACE_2D.replace("%a[-1, 0]", "%a[-2, 0]"),
            r"stencil\.access at offset \[-2, 0\] reads \[-4, 0\]\.\.\[58, 32\] outside the "
            r"bounds \[-3, -1\]\.\.\[61, 33\]",
            "test.mlir:5:5",
        ),
        (
            pointwise(["i32"], ["i32"], '%r0 = "test.op"(%x0) : (i32) -> i32', 4),
            r"'test\.op' is not supported by the MLIR emitter \(inside stencil\.apply\)",
            "test.mlir:5:5",
        ),
    ],
)
def test_unsupported_programs_name_the_op_and_its_location(
    source: str, message: str, where: str
) -> None:
    module = parse_module(textwrap.dedent(source), "test.mlir")
    with pytest.raises(InputError, match=message) as info:
        emit_mlir(module, entry_function(module))
    assert str(info.value.location) == where
