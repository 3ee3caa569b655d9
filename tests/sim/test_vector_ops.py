"""The simulator's vector ops: the integer matmul's float fast paths equal int64 arithmetic,
and the element-wise ops in the types and cases the conformance programs do not reach."""

from __future__ import annotations

import numpy as np
import pytest

from sparta.sim.program import KernelOp
from sparta.sim.vector_ops import apply_op, exact_integer_matmul


def _reference(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.matmul(a.astype(np.int64), b.astype(np.int64))


@pytest.mark.parametrize(
    ("dtype", "k"),
    [(np.int8, 32), (np.int8, 1024), (np.int8, 1025), (np.int16, 64), (np.int32, 8)],
)
def test_random_operands_equal_int64(dtype: type, k: int) -> None:
    info = np.iinfo(dtype)
    rng = np.random.default_rng(k)
    a = rng.integers(info.min, info.max, (3, 5, k), dtype=dtype, endpoint=True)
    b = rng.integers(info.min, info.max, (3, k, 4), dtype=dtype, endpoint=True)
    got = exact_integer_matmul(a, b)
    assert got.dtype == np.int64
    np.testing.assert_array_equal(got, _reference(a, b))


def test_extremes_at_each_paths_limit() -> None:
    """-128 * -128 * 1024 = 2^24, the float32 limit; one more term needs float64; int16
    at 2^30 per product; an int32 product of 2^62 takes the int64 loop."""
    for dtype, k in ((np.int8, 1024), (np.int8, 1025), (np.int16, 4096), (np.int32, 1)):
        low = np.iinfo(dtype).min
        a = np.full((2, k), low, dtype=dtype)
        b = np.full((k, 3), low, dtype=dtype)
        expected = np.full((2, 3), k * int(low) * int(low), dtype=np.int64)
        np.testing.assert_array_equal(exact_integer_matmul(a, b), expected)


def test_sums_float32_would_round_take_float64() -> None:
    """3 * 32767^2 is odd and above 2^24: float32 rounds it, the int16 bound avoids that."""
    a = np.full((1, 3), 32767, dtype=np.int16)
    b = np.full((3, 1), 32767, dtype=np.int16)
    exact = 3 * 32767 * 32767
    assert int(np.matmul(a.astype(np.float32), b.astype(np.float32))[0, 0]) != exact
    assert exact_integer_matmul(a, b)[0, 0] == exact


# --- element-wise ops the conformance programs do not reach (they compute in i32 and f32) ---


def run(opcode: str, dtype: str, *args: np.ndarray) -> np.ndarray:
    """`opcode` applied to a batch of one invocation of 1-D operands."""
    shape = args[0].shape
    op = KernelOp(opcode, tuple(range(len(args))), len(args), shape, dtype)
    return apply_op(op, [a[None] for a in args])[0]


def test_signed_reads_of_i1_take_true_as_minus_one() -> None:
    flags = np.array([True, False])
    np.testing.assert_array_equal(run("arith.extsi", "i32", flags), [-1, 0])
    np.testing.assert_array_equal(run("arith.sitofp", "f32", flags), [-1.0, 0.0])
    np.testing.assert_array_equal(run("arith.index_cast", "i64", flags), [-1, 0])
    np.testing.assert_array_equal(run("arith.extui", "i32", flags), [1, 0])
    np.testing.assert_array_equal(run("arith.uitofp", "f32", flags), [1.0, 0.0])


def test_float_to_i1_saturates_to_one_bit() -> None:
    """Signed i1 holds -1 and 0 (true is -1), unsigned i1 holds 0 and 1; NaN gives 0."""
    x = np.array([0.5, -0.5, -1.0, 1.0, 1.5, 2.0, -3.0, np.nan], np.float32)
    signed = [False, False, True, False, False, False, True, False]
    unsigned = [False, False, False, True, True, True, False, False]
    np.testing.assert_array_equal(run("arith.fptosi", "i1", x), signed)
    np.testing.assert_array_equal(run("arith.fptoui", "i1", x), unsigned)


def test_bit_counts_in_narrow_types() -> None:
    x = np.array([0, 1, -1, 0x40, -128, 6], np.int8)
    np.testing.assert_array_equal(run("math.ctlz", "i8", x), [8, 7, 0, 1, 0, 5])
    np.testing.assert_array_equal(run("math.cttz", "i8", x), [8, 0, 0, 6, 7, 1])
    np.testing.assert_array_equal(run("math.ctpop", "i8", x), [0, 1, 8, 1, 1, 2])
    flags = np.array([True, False])
    np.testing.assert_array_equal(run("math.ctpop", "i1", flags), [True, False])
    np.testing.assert_array_equal(run("math.ctlz", "i1", flags), [False, True])


def test_integer_powers_wrap_and_follow_mlir_for_negative_exponents() -> None:
    base = np.array([3, -1, -1, 2, 1, 0, -2], np.int8)
    exponent = np.array([5, -3, -4, -1, -7, 0, 7], np.int8)
    np.testing.assert_array_equal(
        run("math.ipowi", "i8", base, exponent), [-13, -1, 1, 0, 1, 1, -128]
    )


def test_rounding_and_min_max_of_wide_and_signed_values() -> None:
    x = np.array([0.49999997, 8388609.0, -2.5, -0.0, 2.5], np.float32)
    np.testing.assert_array_equal(run("math.round", "f32", x), [0.0, 8388609.0, -3.0, -0.0, 3.0])
    assert np.signbit(run("math.round", "f32", x)[3])
    zeros, negative = np.array([0.0, -0.0], np.float32), np.array([-0.0, 0.0], np.float32)
    for opcode in ("arith.maximumf", "arith.maxnumf"):
        assert not np.signbit(run(opcode, "f32", zeros, negative)).any(), opcode
    for opcode in ("arith.minimumf", "arith.minnumf"):
        assert np.signbit(run(opcode, "f32", zeros, negative)).all(), opcode
