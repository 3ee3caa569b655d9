"""The functional pass's integer matmul: its float fast paths equal int64 arithmetic."""

from __future__ import annotations

import numpy as np
import pytest

from sparta.sim.vector_ops import exact_integer_matmul


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
