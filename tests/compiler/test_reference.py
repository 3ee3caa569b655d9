"""The reference evaluator on whole stencil programs, each checked against numpy in the test."""

# ruff: noqa: E501  (inline MLIR keeps its natural line lengths)

from __future__ import annotations

import textwrap
import time

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stencil_programs import (
    CHAIN_WITH_INFERRED_DOMAINS,
    DYN_ACCESS_GATHER,
    LAPLACE_2D,
    TWO_APPLIES_TWO_RESULTS_3D,
)
from xdsl.context import Context
from xdsl.dialects import stencil
from xdsl.transforms.shape_inference import ShapeInferencePass

from sparta.compiler.frontend import parse_module
from sparta.compiler.reference import Box, evaluate, evaluate_module, infer_domains
from sparta.compiler.signature import entry_function
from sparta.sim.errors import InputError

RNG = np.random.default_rng(20240601)


def run(source: str, *args: np.ndarray) -> list[np.ndarray]:
    """Parse `source` (as test.mlir) and evaluate its first function on `args`."""
    return evaluate_module(parse_module(textwrap.dedent(source), "test.mlir"), list(args))


def ints(shape: tuple[int, ...], dtype: str, low: int = -100, high: int = 100) -> np.ndarray:
    return RNG.integers(low, high, shape).astype(dtype)


def floats(shape: tuple[int, ...], dtype: str) -> np.ndarray:
    return RNG.standard_normal(shape).astype(dtype)


def test_laplace_2d_with_negative_lower_bounds() -> None:
    a = floats((64, 34), "float64")
    out = floats((64, 34), "float64")
    out_before = out.copy()
    new_in, new_out = run(LAPLACE_2D, a, out)
    np.testing.assert_array_equal(out, out_before)  # the inputs are not modified
    # coordinate (i, j) is index (i + 3, j + 1); the domain [-2, 60) x [0, 32) is [1, 63) x [1, 33)
    c = a[1:63, 1:33]
    expected = 4.0 * c - a[0:62, 1:33] - a[2:64, 1:33] - a[1:63, 2:34] - a[1:63, 0:32]
    np.testing.assert_array_equal(new_out[1:63, 1:33], expected)
    untouched = np.ones(out.shape, bool)
    untouched[1:63, 1:33] = False
    np.testing.assert_array_equal(new_out[untouched], out[untouched])
    np.testing.assert_array_equal(new_in, a)
    assert new_out is not out


def test_radius_two_1d_int16_wraps_around() -> None:
    source = """
    func.func @r2(%in: !stencil.field<[-2,18]xi16>, %out: !stencil.field<[-2,18]xi16>) {
      %t = stencil.load %in : !stencil.field<[-2,18]xi16> -> !stencil.temp<[-2,18]xi16>
      %r = stencil.apply(%a = %t : !stencil.temp<[-2,18]xi16>) -> (!stencil.temp<[0,16]xi16>) {
        %m2 = stencil.access %a[-2] : !stencil.temp<[-2,18]xi16>
        %p2 = stencil.access %a[2] : !stencil.temp<[-2,18]xi16>
        %c = stencil.access %a[0] : !stencil.temp<[-2,18]xi16>
        %s = arith.addi %m2, %p2 : i16
        %t2 = arith.addi %s, %c : i16
        stencil.return %t2 : i16
      }
      stencil.store %r to %out(<[0], [16]>) : !stencil.temp<[0,16]xi16> to !stencil.field<[-2,18]xi16>
      func.return
    }
    """
    a = ints((20,), "int16", 20000, 32767)
    _, out = run(source, a, np.zeros(20, np.int16))
    wide = a[0:16].astype(np.int64) + a[4:20] + a[2:18]
    expected = ((wide + 2**15) % 2**16 - 2**15).astype(np.int16)
    assert out.dtype == np.int16
    np.testing.assert_array_equal(out[2:18], expected)
    assert (wide > 32767).any()


def test_two_results_feed_a_second_apply_in_3d_float32() -> None:
    a = floats((10, 8, 4), "float32")
    _, out, aux = run(TWO_APPLIES_TWO_RESULTS_3D, a, np.zeros_like(a), np.zeros_like(a))
    # field index = coordinate + 1
    gx = a[1:10, 1:7] - a[0:9, 1:7]  # x-gradient on [-1, 8) x [0, 6)
    gy = a[1:9, 1:8] - a[1:9, 0:7]  # y-gradient on [0, 8) x [-1, 6)
    expected = (gx[1:9] - gx[0:8]) + (gy[:, 1:7] - gy[:, 0:6])
    assert out.dtype == np.float32
    np.testing.assert_array_equal(out[1:9, 1:7], expected)
    np.testing.assert_array_equal(aux[1:9, 1:7], gx[1:9])


def test_float32_is_computed_in_float32() -> None:
    source = """
    func.func @f(%a: !stencil.field<[0,1]xf32>, %b: !stencil.field<[0,1]xf32>, %o: !stencil.field<[0,1]xf32>) {
      %ta = stencil.load %a : !stencil.field<[0,1]xf32> -> !stencil.temp<?xf32>
      %tb = stencil.load %b : !stencil.field<[0,1]xf32> -> !stencil.temp<?xf32>
      %r = stencil.apply(%x = %ta : !stencil.temp<?xf32>, %y = %tb : !stencil.temp<?xf32>) -> (!stencil.temp<?xf32>) {
        %u = stencil.access %x[0] : !stencil.temp<?xf32>
        %v = stencil.access %y[0] : !stencil.temp<?xf32>
        %s = arith.addf %u, %v : f32
        %t = arith.addf %s, %v : f32
        stencil.return %t : f32
      }
      stencil.store %r to %o(<[0], [1]>) : !stencil.temp<?xf32> to !stencil.field<[0,1]xf32>
      func.return
    }
    """
    half_ulp = np.float32(2.0**-24)
    *_, out = run(source, np.ones(1, np.float32), np.full(1, half_ulp), np.zeros(1, np.float32))
    assert out[0] == np.float32(1.0)  # float64 arithmetic would give 1 + 2**-23


def test_scalar_operand_and_function_level_constants() -> None:
    source = """
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
    out = np.zeros((6, 4))
    value, new_out = run(source, np.asarray(1.5), out)
    expected = np.zeros((6, 4))
    expected[1:5, 1:3] = 2 * 1.5 + 1.0 + 1.5
    np.testing.assert_array_equal(new_out, expected)
    assert value.shape == ()
    assert value == 1.5


@pytest.mark.filterwarnings("error")
def test_scf_if_evaluates_both_branches_without_noise() -> None:
    source = """
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
          %lg = math.log %fq : f32
          scf.yield %quot, %lg : i32, f32
        } else {
          %minus = arith.constant -1 : i32
          %fz = arith.constant 0.0 : f32
          scf.yield %minus, %fz : i32, f32
        }
        stencil.return %d, %g : i32, f32
      }
      stencil.store %r to %o(<[0, 0], [8, 8]>) : !stencil.temp<?x?xi32> to !stencil.field<[0,8]x[0,8]xi32>
      stencil.store %q to %f(<[0, 0], [8, 8]>) : !stencil.temp<?x?xf32> to !stencil.field<[0,8]x[0,8]xf32>
      func.return
    }
    """
    a = ints((8, 8), "int32")
    b = ints((8, 8), "int32", -3, 4)
    assert (b == 0).any()
    *_, out, logs = run(source, a, b, np.zeros((8, 8), np.int32), np.zeros((8, 8), np.float32))
    nonzero = b != 0
    safe = np.where(nonzero, b, 1)
    truncated = np.trunc(a / safe).astype(np.int32)
    np.testing.assert_array_equal(out, np.where(nonzero, truncated, -1))
    with np.errstate(all="ignore"):
        expected_logs = np.log(a.astype(np.float32) / safe.astype(np.float32))
    np.testing.assert_array_equal(logs, np.where(nonzero, expected_logs, np.float32(0)))


def test_empty_store_result_keeps_the_field_value() -> None:
    source = """
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
    a = floats((16,), "float64")
    old = np.full(16, 42.0)
    _, out = run(source, a, old)
    np.testing.assert_array_equal(out, np.where(a > 0, a, 42.0))


def test_index_gives_coordinates_with_offset() -> None:
    source = """
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
    (out,) = run(source, np.zeros((8, 3, 3), np.int64))
    i, j, k = np.meshgrid(np.arange(-2, 6), np.arange(1, 4), np.arange(0, 3), indexing="ij")
    np.testing.assert_array_equal(out, (i + 1) * 100 + (j - 1) * 10 + k)


def test_dyn_access_gathers_clipped_to_the_declared_range() -> None:
    a = floats((12, 4), "float64")
    sel = ints((12, 4), "int32", -4, 4)
    *_, out = run(DYN_ACCESS_GATHER, a, sel, np.zeros((12, 4)))
    rows = np.arange(0, 8)[:, None] + np.clip(sel[2:10], -2, 1)  # coordinates
    expected = a[rows + 2, np.arange(4)[None, :]]
    np.testing.assert_array_equal(out[2:10], expected)


def test_combine_lower_upper_and_extra_results() -> None:
    source = """
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
    a = ints((12, 3), "int32")
    fill = np.full((12, 3), 7, np.int32)
    _, both, lower_only, upper_only = run(source, a, fill, fill, fill)
    rows = np.arange(12)[:, None]
    np.testing.assert_array_equal(both[1:11], np.where(rows < 5, a + 1000, a - 1000)[1:11])
    np.testing.assert_array_equal(both[[0, 11]], fill[[0, 11]])
    np.testing.assert_array_equal(lower_only, np.where(rows < 5, a + 1000, 7))
    np.testing.assert_array_equal(upper_only, np.where(rows >= 5, a - 1000, 7))


OUTER = """
func.func @outer(%x: !stencil.field<[-1,7]xf64>, %y: !stencil.field<[0,5]xf64>, %out: !stencil.field<[0,6]x[0,5]xf64>) {
  %tx = stencil.load %x : !stencil.field<[-1,7]xf64> -> !stencil.temp<?xf64>
  %ty = stencil.load %y : !stencil.field<[0,5]xf64> -> !stencil.temp<?xf64>
  %r = stencil.apply(%a = %tx : !stencil.temp<?xf64>, %b = %ty : !stencil.temp<?xf64>) -> (!stencil.temp<?x?xf64>) {
    %u = stencil.access %a[-1, _] : !stencil.temp<?xf64>
    %v = stencil.access %b[_, 0] : !stencil.temp<?xf64>
    %w = arith.mulf %u, %v : f64
    stencil.return %w : f64
  }
  stencil.store %r to %out(<[0, 0], [6, 5]>) : !stencil.temp<?x?xf64> to !stencil.field<[0,6]x[0,5]xf64>
  func.return
}
"""


def test_offset_mapping_reads_lower_rank_temps() -> None:
    x, y = floats((8,), "float64"), floats((5,), "float64")
    *_, out = run(OUTER, x, y, np.zeros((6, 5)))
    np.testing.assert_array_equal(out, np.outer(x[0:6], y))


def test_domains_are_inferred_backwards_through_a_chain() -> None:
    """Three `?` applies: the first must cover the union of what the later ones read."""
    a = ints((24,), "int32")

    def at(values: np.ndarray, lower: int, start: int, stop: int) -> np.ndarray:
        return values[start - lower : stop - lower]

    # %three runs on [0, 16), %two on [-1, 15); %one on [-3, 17), the union of [1, 17)
    # (read by %three), [-3, 13) and [-1, 15) (read by %two)
    one = at(a, -4, -1, 19) - at(a, -4, -4, 16)
    two = at(one, -3, -3, 13) * at(one, -3, -1, 15)
    three = at(one, -3, 1, 17) + at(two, -1, -1, 15)
    _, out = run(CHAIN_WITH_INFERRED_DOMAINS, a, np.zeros(24, np.int32))
    np.testing.assert_array_equal(out[4:20], three)


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # inside xDSL's pass
@pytest.mark.parametrize(
    "name",
    [
        "LAPLACE_2D",
        "TWO_APPLIES_TWO_RESULTS_3D",
        "DYN_ACCESS_GATHER",
        "OUTER",
        "CHAIN_WITH_INFERRED_DOMAINS",
        "HDIFF",
    ],
)
def test_inferred_domains_agree_with_xdsl_shape_inference(name: str) -> None:
    """Our own domain inference gives the bounds xDSL's shape-inference pass writes."""
    source = hdiff_source(8, 6, 2) if name == "HDIFF" else globals()[name]
    module = parse_module(source, "test.mlir")
    inferred = module.clone()
    ShapeInferencePass().apply(Context(), inferred)
    domains = infer_domains(entry_function(module))
    pairs = list(zip(module.walk(), inferred.walk(), strict=True))
    applies = [(ours, theirs) for ours, theirs in pairs if isinstance(ours, stencil.ApplyOp)]
    assert applies
    for ours, theirs in applies:
        assert isinstance(theirs, stencil.ApplyOp)
        bounds = theirs.res[0].type.bounds
        assert isinstance(bounds, stencil.StencilBoundsAttr)
        assert domains[ours] == Box(tuple(bounds.lb), tuple(bounds.ub))
    for ours, theirs in pairs:
        if isinstance(ours, stencil.LoadOp):
            assert isinstance(theirs, stencil.LoadOp)
            assert isinstance(bounds := theirs.res.type.bounds, stencil.StencilBoundsAttr)
            assert domains[ours.res] == Box(tuple(bounds.lb), tuple(bounds.ub))


def test_cast_of_dynamic_fields_and_numeric_block_labels() -> None:
    source = """
    "func.func"() <{function_type = (!stencil.field<?x?xf32>, !stencil.field<?x?xf32>) -> (), sym_name = "copy"}> ({
    ^0(%0 : !stencil.field<?x?xf32>, %1 : !stencil.field<?x?xf32>):
      %2 = "stencil.cast"(%0) : (!stencil.field<?x?xf32>) -> !stencil.field<[-2,6]x[0,4]xf32>
      %3 = "stencil.cast"(%1) : (!stencil.field<?x?xf32>) -> !stencil.field<[-2,6]x[0,4]xf32>
      %4 = "stencil.load"(%2) : (!stencil.field<[-2,6]x[0,4]xf32>) -> !stencil.temp<?x?xf32>
      %5 = "stencil.apply"(%4) <{operandSegmentSizes = array<i32: 1, 0>}> ({
      ^1(%6 : !stencil.temp<?x?xf32>):
        %7 = "stencil.access"(%6) {offset = #stencil.index<[1, 0]>} : (!stencil.temp<?x?xf32>) -> f32
        %8 = "arith.negf"(%7) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
        "stencil.return"(%8) : (f32) -> ()
      }) : (!stencil.temp<?x?xf32>) -> !stencil.temp<?x?xf32>
      "stencil.store"(%5, %3) {bounds = #stencil.bounds<[-2, 0], [5, 4]>} : (!stencil.temp<?x?xf32>, !stencil.field<[-2,6]x[0,4]xf32>) -> ()
      "func.return"() : () -> ()
    }) : () -> ()
    """
    a = floats((8, 4), "float32")
    _, out = run(source, a, np.zeros((8, 4), np.float32))
    np.testing.assert_array_equal(out[0:7], -a[1:8])
    np.testing.assert_array_equal(out[7], 0)


def test_devito_style_time_loop_swaps_buffers() -> None:
    source = """
    func.func @heat(%b0: !stencil.field<?xf32>, %b1: !stencil.field<?xf32>) {
      %f0 = stencil.cast %b0 : !stencil.field<?xf32> -> !stencil.field<[-1,11]xf32>
      %f1 = stencil.cast %b1 : !stencil.field<?xf32> -> !stencil.field<[-1,11]xf32>
      %lo = arith.constant 0 : index
      %hi = arith.constant 5 : index
      %step = arith.constant 1 : index
      %last, %prev = scf.for %time = %lo to %hi step %step iter_args(%fi = %f0, %fip1 = %f1) -> (!stencil.field<[-1,11]xf32>, !stencil.field<[-1,11]xf32>) {
        %ti = stencil.load %fi : !stencil.field<[-1,11]xf32> -> !stencil.temp<?xf32>
        %tn = stencil.apply(%a = %ti : !stencil.temp<?xf32>) -> (!stencil.temp<?xf32>) {
          %l = stencil.access %a[-1] : !stencil.temp<?xf32>
          %c = stencil.access %a[0] : !stencil.temp<?xf32>
          %r = stencil.access %a[1] : !stencil.temp<?xf32>
          %k = arith.constant 0.25 : f32
          %s = arith.addf %l, %r : f32
          %two = arith.constant 2.0 : f32
          %c2 = arith.mulf %two, %c : f32
          %d = arith.subf %s, %c2 : f32
          %kd = arith.mulf %k, %d : f32
          %n = arith.addf %c, %kd : f32
          stencil.return %n : f32
        }
        stencil.store %tn to %fip1(<[0], [10]>) : !stencil.temp<?xf32> to !stencil.field<[-1,11]xf32>
        scf.yield %fip1, %fi : !stencil.field<[-1,11]xf32>, !stencil.field<[-1,11]xf32>
      }
      func.return
    }
    """
    start = floats((12,), "float32")
    buffers = [start.copy(), np.zeros(12, np.float32)]
    for step in range(5):
        src, dst = buffers[step % 2], buffers[(step + 1) % 2]
        laplace = (src[0:10] + src[2:12]) - np.float32(2) * src[1:11]
        dst[1:11] = src[1:11] + np.float32(0.25) * laplace
    out0, out1 = run(source, start, np.zeros(12, np.float32))
    np.testing.assert_array_equal(out0, buffers[0])
    np.testing.assert_array_equal(out1, buffers[1])


def test_bufferized_apply_writes_its_destination() -> None:
    source = """
    func.func @copy(%in: !stencil.field<[-1,9]xi32>, %out: !stencil.field<[-1,9]xi32>) {
      stencil.apply(%a = %in : !stencil.field<[-1,9]xi32>) outs (%out : !stencil.field<[-1,9]xi32>) {
        %v = stencil.access %a[1] : !stencil.field<[-1,9]xi32>
        %r = stencil.store_result %v : !stencil.result<i32>
        stencil.return %r : !stencil.result<i32>
      } to <[0], [8]>
      func.return
    }
    """
    a = ints((10,), "int32")
    _, out = run(source, a, np.zeros(10, np.int32))
    np.testing.assert_array_equal(out[1:9], a[2:10])


def test_a_load_after_a_store_sees_the_stored_values() -> None:
    source = """
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
    a = ints((8,), "int32")
    new_a, b = run(source, a, np.zeros(8, np.int32))
    np.testing.assert_array_equal(new_a, a * a)
    np.testing.assert_array_equal(b, a * a - a)


# --- diagnostics -----------------------------------------------------------------------


def test_unsupported_operation_names_the_op_and_its_location() -> None:
    source = """
    func.func private @helper()
    func.func @main(%out: !stencil.field<[0,4]xf64>) {
      func.call @helper() : () -> ()
      func.return
    }
    """
    with pytest.raises(InputError, match=r"unsupported operation 'func\.call'") as info:
        run(source, np.zeros(4))
    assert str(info.value.location) == "test.mlir:4:3"
    assert "test.mlir:4:3: error:" in info.value.render()


def test_unsupported_operation_inside_an_apply() -> None:
    source = """
    func.func @main(%in: !stencil.field<[0,4]xi32>, %out: !stencil.field<[0,4]xi32>) {
      %t = stencil.load %in : !stencil.field<[0,4]xi32> -> !stencil.temp<?xi32>
      %r = stencil.apply(%a = %t : !stencil.temp<?xi32>) -> (!stencil.temp<?xi32>) {
        %v = stencil.access %a[0] : !stencil.temp<?xi32>
        %w = "test.op"(%v) : (i32) -> i32
        stencil.return %w : i32
      }
      stencil.store %r to %out(<[0], [4]>) : !stencil.temp<?xi32> to !stencil.field<[0,4]xi32>
      func.return
    }
    """
    with pytest.raises(InputError, match=r"unsupported operation 'test\.op'") as info:
        run(source, np.zeros(4, np.int32), np.zeros(4, np.int32))
    assert str(info.value.location) == "test.mlir:6:5"


def test_access_outside_the_halo_names_offset_range_and_bounds() -> None:
    with pytest.raises(InputError) as info:
        run(LAPLACE_2D.replace("%a[-1, 0]", "%a[-4, 0]"), np.zeros((64, 34)), np.zeros((64, 34)))
    message = info.value.message
    assert message.startswith("access outside the halo: offset [-4, 0] needs [-6, 56) x [0, 32)")
    assert "field arg0 %in has bounds [-3, 61) x [-1, 33)" in message
    assert str(info.value.location) == "test.mlir:5:5"


def test_access_outside_a_static_temp() -> None:
    source = """
    func.func @f(%in: !stencil.field<[-2,10]xf64>, %out: !stencil.field<[-2,10]xf64>) {
      %t = stencil.load %in : !stencil.field<[-2,10]xf64> -> !stencil.temp<[-1,9]xf64>
      %r = stencil.apply(%a = %t : !stencil.temp<[-1,9]xf64>) -> (!stencil.temp<[0,8]xf64>) {
        %v = stencil.access %a[-2] : !stencil.temp<[-1,9]xf64>
        stencil.return %v : f64
      }
      stencil.store %r to %out(<[0], [8]>) : !stencil.temp<[0,8]xf64> to !stencil.field<[-2,10]xf64>
      func.return
    }
    """
    with pytest.raises(InputError, match=r"outside the temp bounds: offset \[-2\] needs \[-2, 6\)"):
        run(source, np.zeros(12), np.zeros(12))


def test_store_outside_the_field() -> None:
    source = LAPLACE_2D.replace("<[-2, 0], [60, 32]>", "<[-2, 0], [62, 32]>")
    with pytest.raises(InputError, match=r"stencil.store writes \[-2, 62\) x \[0, 32\) outside"):
        run(source, np.zeros((64, 34)), np.zeros((64, 34)))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((np.zeros((64, 34)),), r"expected 2 arguments \(arg0, arg1\), got 1"),
        (
            (np.zeros((64, 34)), np.zeros((64, 33))),
            r"arg1: expected a field array of shape \(64, 34\)",
        ),
        (
            (np.zeros((64, 34), np.float32), np.zeros((64, 34))),
            "arg0: .* dtype float64, got .* float32",
        ),
        ((np.zeros((64, 34)), [[0.0] * 34] * 64), "arg1: expected a numpy array, got list"),
    ],
)
def test_bad_argument_arrays_are_named(args: tuple[object, ...], message: str) -> None:
    function = entry_function(parse_module(LAPLACE_2D, "test.mlir"))
    with pytest.raises(InputError, match=message):
        evaluate(function, args)  # type: ignore[arg-type]


# --- generated stencils ----------------------------------------------------------------


@settings(max_examples=25, deadline=None)
@given(
    offsets=st.lists(st.integers(-3, 3), min_size=3, max_size=3),
    size=st.integers(1, 12),
    start=st.integers(-5, 5),
    halo=st.integers(3, 4),
)
def test_generic_three_point_stencil(offsets: list[int], size: int, start: int, halo: int) -> None:
    low, high = start - halo, start + size + halo
    field = f"!stencil.field<[{low},{high}]xi32>"
    accesses = "\n".join(
        f"    %v{n} = stencil.access %a[{o}] : !stencil.temp<?xi32>" for n, o in enumerate(offsets)
    )
    source = f"""
func.func @three(%in: {field}, %out: {field}) {{
  %t = stencil.load %in : {field} -> !stencil.temp<?xi32>
  %r = stencil.apply(%a = %t : !stencil.temp<?xi32>) -> (!stencil.temp<?xi32>) {{
{accesses}
    %k = arith.constant 3 : i32
    %s = arith.muli %v0, %k : i32
    %d = arith.subi %s, %v1 : i32
    %e = arith.addi %d, %v2 : i32
    stencil.return %e : i32
  }}
  stencil.store %r to %out(<[{start}], [{start + size}]>) : !stencil.temp<?xi32> to {field}
  func.return
}}
"""
    a = ints((high - low,), "int32")
    _, out = run(source, a, np.zeros_like(a))

    def shifted(offset: int) -> np.ndarray:
        return a[halo + offset : halo + offset + size]

    expected = 3 * shifted(offsets[0]) - shifted(offsets[1]) + shifted(offsets[2])
    np.testing.assert_array_equal(out[halo : halo + size], expected)
    assert not out[:halo].any()
    assert not out[halo + size :].any()


# --- performance -----------------------------------------------------------------------


def hdiff_source(rows: int, cols: int, planes: int) -> str:
    """SPARTA-style horizontal diffusion in four applies (lap, flx, fly, out), int32."""
    field = f"!stencil.field<[-2,{rows + 2}]x[-2,{cols + 2}]x[0,{planes}]xi32>"
    temp = "!stencil.temp<?x?x?xi32>"
    return f"""
func.func @hdiff(%in: {field}, %out: {field}) {{
  %t = stencil.load %in : {field} -> {temp}
  %lap = stencil.apply(%a = %t : {temp}) -> ({temp}) {{
    %c = stencil.access %a[0, 0, 0] : {temp}
    %w = stencil.access %a[-1, 0, 0] : {temp}
    %e = stencil.access %a[1, 0, 0] : {temp}
    %s = stencil.access %a[0, -1, 0] : {temp}
    %n = stencil.access %a[0, 1, 0] : {temp}
    %four = arith.constant 4 : i32
    %c4 = arith.muli %four, %c : i32
    %0 = arith.subi %c4, %w : i32
    %1 = arith.subi %0, %e : i32
    %2 = arith.subi %1, %s : i32
    %3 = arith.subi %2, %n : i32
    stencil.return %3 : i32
  }}
  %flx = stencil.apply(%l = %lap : {temp}, %a = %t : {temp}) -> ({temp}) {{
    %l0 = stencil.access %l[0, 0, 0] : {temp}
    %l1 = stencil.access %l[0, 1, 0] : {temp}
    %a0 = stencil.access %a[0, 0, 0] : {temp}
    %a1 = stencil.access %a[0, 1, 0] : {temp}
    %f = arith.subi %l1, %l0 : i32
    %d = arith.subi %a1, %a0 : i32
    %p = arith.muli %f, %d : i32
    %zero = arith.constant 0 : i32
    %gt = arith.cmpi sgt, %p, %zero : i32
    %r = arith.select %gt, %zero, %f : i32
    stencil.return %r : i32
  }}
  %fly = stencil.apply(%l = %lap : {temp}, %a = %t : {temp}) -> ({temp}) {{
    %l0 = stencil.access %l[0, 0, 0] : {temp}
    %l1 = stencil.access %l[1, 0, 0] : {temp}
    %a0 = stencil.access %a[0, 0, 0] : {temp}
    %a1 = stencil.access %a[1, 0, 0] : {temp}
    %f = arith.subi %l1, %l0 : i32
    %d = arith.subi %a1, %a0 : i32
    %p = arith.muli %f, %d : i32
    %zero = arith.constant 0 : i32
    %gt = arith.cmpi sgt, %p, %zero : i32
    %r = arith.select %gt, %zero, %f : i32
    stencil.return %r : i32
  }}
  %res = stencil.apply(%a = %t : {temp}, %x = %flx : {temp}, %y = %fly : {temp}) -> ({temp}) {{
    %c = stencil.access %a[0, 0, 0] : {temp}
    %x0 = stencil.access %x[0, 0, 0] : {temp}
    %x1 = stencil.access %x[0, -1, 0] : {temp}
    %y0 = stencil.access %y[0, 0, 0] : {temp}
    %y1 = stencil.access %y[-1, 0, 0] : {temp}
    %dx = arith.subi %x0, %x1 : i32
    %dy = arith.subi %y0, %y1 : i32
    %s = arith.addi %dx, %dy : i32
    %seven = arith.constant 7 : i32
    %m = arith.muli %seven, %s : i32
    %o = arith.subi %c, %m : i32
    stencil.return %o : i32
  }}
  stencil.store %res to %out(<[0, 0, 0], [{rows}, {cols}, {planes}]>) : {temp} to {field}
  func.return
}}
"""


def hdiff_numpy(a: np.ndarray) -> np.ndarray:
    """The same hdiff on the interior, in int64 wrapped to int32 at the end (exact here)."""
    x = a.astype(np.int64)

    def at(di: int, dj: int, ri: int = 2, rj: int = 2) -> np.ndarray:
        n, m = x.shape[0] - 2 * ri, x.shape[1] - 2 * rj
        return x[ri + di : ri + di + n, rj + dj : rj + dj + m]

    lap = 4 * at(0, 0, 1, 1) - at(-1, 0, 1, 1) - at(1, 0, 1, 1) - at(0, -1, 1, 1) - at(0, 1, 1, 1)
    interior = lap[1:-1, 1:-1]
    flx = lap[1:-1, 2:] - interior
    flx = np.where(flx * (at(0, 1) - at(0, 0)) > 0, 0, flx)
    fly = lap[2:, 1:-1] - interior
    fly = np.where(fly * (at(1, 0) - at(0, 0)) > 0, 0, fly)
    flx_w = lap[1:-1, 1:-1] - lap[1:-1, :-2]
    flx_w = np.where(flx_w * (at(0, 0) - at(0, -1)) > 0, 0, flx_w)
    fly_s = lap[1:-1, 1:-1] - lap[:-2, 1:-1]
    fly_s = np.where(fly_s * (at(0, 0) - at(-1, 0)) > 0, 0, fly_s)
    return (at(0, 0) - 7 * (flx - flx_w + fly - fly_s)).astype(np.int32)


def test_hdiff_matches_numpy_on_a_small_grid() -> None:
    a = ints((14, 12, 3), "int32", -1000, 1000)
    _, out = run(hdiff_source(10, 8, 3), a, np.zeros_like(a))
    np.testing.assert_array_equal(out[2:12, 2:10], hdiff_numpy(a))


def test_hdiff_256x256x64_int32_is_fast() -> None:
    module = parse_module(hdiff_source(256, 256, 64), "hdiff.mlir")
    a = ints((260, 260, 64), "int32", -1000, 1000)
    begin = time.perf_counter()
    _, out = evaluate_module(module, [a, np.zeros_like(a)])
    elapsed = time.perf_counter() - begin
    assert elapsed < 2.0, f"hdiff took {elapsed:.2f} s"
    np.testing.assert_array_equal(out[2:258, 2:258, :4], hdiff_numpy(a[..., :4]))
