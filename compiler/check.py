"""Compare two executions of a program: exact for integers, a relative tolerance for floats."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

FLOAT_RTOL = {np.dtype(np.float16): 1e-2, np.dtype(np.float32): 1e-5, np.dtype(np.float64): 1e-5}
"""Relative tolerance per float dtype. Executions of the same f32 program may differ in the
order of floating-point operations (fused multiply-add, reassociated sums), hence 1e-5.
f64 programs are compared with the f32 tolerance because `--demote-f64` runs them in f32."""


@dataclass(frozen=True)
class ArrayComparison:
    """How one output array differs between two executions."""

    key: str
    max_abs_error: float
    max_rel_error: float
    mismatches: int
    passed: bool


@dataclass(frozen=True)
class CheckResult:
    """The comparison of every output array; `passed` only if all arrays pass."""

    against: str
    arrays: tuple[ArrayComparison, ...]

    @property
    def passed(self) -> bool:
        return all(a.passed for a in self.arrays)

    @property
    def max_abs_error(self) -> float:
        return max((a.max_abs_error for a in self.arrays), default=0.0)

    @property
    def max_rel_error(self) -> float:
        return max((a.max_rel_error for a in self.arrays), default=0.0)

    def to_json(self) -> dict[str, object]:
        return {
            "against": self.against,
            "max_abs_error": self.max_abs_error,
            "max_rel_error": self.max_rel_error,
            "passed": self.passed,
            "arrays": {
                a.key: {
                    "max_abs_error": a.max_abs_error,
                    "max_rel_error": a.max_rel_error,
                    "mismatches": a.mismatches,
                    "passed": a.passed,
                }
                for a in self.arrays
            },
        }


def compare_array(key: str, actual: np.ndarray, expected: np.ndarray) -> ArrayComparison:
    """Compare one array: integers and booleans exactly, floats within `FLOAT_RTOL`."""
    if actual.shape != expected.shape:
        return ArrayComparison(key, float("inf"), float("inf"), expected.size, False)
    if expected.dtype.kind in "iub":
        diff = np.abs(actual.astype(np.int64) - expected.astype(np.int64))
        mismatches = int(np.count_nonzero(diff))
        max_abs = float(diff.max(initial=0))
        scale = np.maximum(np.abs(expected.astype(np.float64)), 1.0)
        max_rel = float((diff / scale).max(initial=0.0))
        return ArrayComparison(key, max_abs, max_rel, mismatches, mismatches == 0)
    a = actual.astype(np.float64)
    e = expected.astype(np.float64)
    same = (np.isnan(a) & np.isnan(e)) | (a == e)  # equal infinities differ by NaN, not 0
    with np.errstate(invalid="ignore"):
        diff = np.where(same, 0.0, np.abs(a - e))
    diff = np.where(np.isnan(diff), np.inf, diff)
    rtol = FLOAT_RTOL.get(expected.dtype, 1e-5)
    # Values near zero are compared with an absolute floor at the array's scale.
    floor = rtol * max(float(np.max(np.abs(e[np.isfinite(e)]), initial=0.0)), 1e-30)
    scale = np.where(np.isfinite(e), np.abs(e), 0.0)  # an infinity must be matched exactly
    bad = ~same & ((diff > rtol * scale + floor) | np.isinf(diff))
    rel = diff / np.maximum(scale, floor / rtol if rtol else 1.0)
    return ArrayComparison(
        key,
        float(diff.max(initial=0.0)),
        float(rel.max(initial=0.0)),
        int(np.count_nonzero(bad)),
        not bool(bad.any()),
    )


def compare_outputs(
    against: str, keys: Sequence[str], actual: Sequence[np.ndarray], expected: Sequence[np.ndarray]
) -> CheckResult:
    """Compare every named output array of two executions."""
    arrays = tuple(
        compare_array(key, a, e) for key, a, e in zip(keys, actual, expected, strict=True)
    )
    return CheckResult(against, arrays)
