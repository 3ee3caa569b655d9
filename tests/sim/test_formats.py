"""Bit-exact tests of the number formats, the scale rules and the MX matmul.

The brute-force references here are written from the OCP MX v1.0 definitions and share no
code with `sparta.sim.formats`: element values come from the bit layout, rounding from a
search over every code, dot products from `fractions.Fraction`.
"""

from __future__ import annotations

import itertools
import math
import time
import zlib
from fractions import Fraction

import ml_dtypes
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from sparta.sim.errors import InputError, UsageError
from sparta.sim.formats import (
    FORMATS,
    MX_FORMAT_NAMES,
    SCALE_RULES,
    bf16_matmul,
    decode,
    element_values,
    encode,
    fake_quantize,
    int8_matmul,
    mx_matmul,
    quantized_matmul,
)

FP_FORMATS = ["mxfp8_e4m3", "mxfp8_e5m2", "mxfp6_e3m2", "mxfp6_e2m3", "mxfp4_e2m1"]
# name: (element bits, exponent bits, mantissa bits, bias, NaN/Inf layout)
LAYOUT = {
    "mxfp8_e4m3": (8, 4, 3, 7, "e4m3"),
    "mxfp8_e5m2": (8, 5, 2, 15, "ieee"),
    "mxfp6_e3m2": (6, 3, 2, 3, "none"),
    "mxfp6_e2m3": (6, 2, 3, 1, "none"),
    "mxfp4_e2m1": (4, 2, 1, 1, "none"),
}
ML_DTYPES = {
    "mxfp8_e4m3": ml_dtypes.float8_e4m3fn,
    "mxfp8_e5m2": ml_dtypes.float8_e5m2,
    "mxfp6_e3m2": ml_dtypes.float6_e3m2fn,
    "mxfp6_e2m3": ml_dtypes.float6_e2m3fn,
    "mxfp4_e2m1": ml_dtypes.float4_e2m1fn,
}
EMAX = {
    "mxfp8_e4m3": 8,
    "mxfp8_e5m2": 15,
    "mxfp6_e3m2": 4,
    "mxfp6_e2m3": 2,
    "mxfp4_e2m1": 2,
    "mxint8": 0,
}
MAX_NORMAL = {
    "mxfp8_e4m3": 448.0,
    "mxfp8_e5m2": 57344.0,
    "mxfp6_e3m2": 28.0,
    "mxfp6_e2m3": 7.5,
    "mxfp4_e2m1": 6.0,
    "mxint8": 127 / 64,
}


# ---------------------------------------------------------------------------------------
# Independent references
# ---------------------------------------------------------------------------------------


def ref_code_value(name: str, code: int) -> float:
    """Value of one element code straight from the bit layout."""
    if name == "mxint8":
        return (code - 256 if code >= 128 else code) / 64.0
    bits, ebits, mbits, bias, special = LAYOUT[name]
    sign = -1.0 if code >> (bits - 1) else 1.0
    e = (code >> mbits) & ((1 << ebits) - 1)
    m = code & ((1 << mbits) - 1)
    if special == "e4m3" and e == 15 and m == 7:
        return math.nan
    if special == "ieee" and e == (1 << ebits) - 1:
        return sign * math.inf if m == 0 else math.nan
    if e == 0:
        return sign * m * math.ldexp(1.0, 1 - bias - mbits)
    return sign * (1 + m / (1 << mbits)) * math.ldexp(1.0, e - bias)


def ref_table(name: str) -> list[tuple[int, float]]:
    """Every (code, value) quantization may produce: finite values, and for MXINT8 not
    the code -128 (MXINT8 clamps symmetrically to +-127)."""
    n = 256 if name == "mxint8" else 1 << LAYOUT[name][0]
    codes = [c for c in range(n) if not (name == "mxint8" and c == 128)]
    return [(c, v) for c in codes if math.isfinite(v := ref_code_value(name, c))]


def ref_round(name: str, v: float, rounding: str) -> float:
    """Nearest finite element value by exhaustive search; ties by the rounding rule."""
    best: list[tuple[int, float]] = []
    best_d: Fraction | None = None
    for code, val in ref_table(name):
        d = abs(Fraction(v) - Fraction(val))
        if best_d is None or d < best_d:
            best, best_d = [(code, val)], d
        elif d == best_d and all(val != b for _, b in best):
            best.append((code, val))
    if len(best) == 1:
        return best[0][1]
    if rounding == "even":
        return next(val for code, val in best if code % 2 == 0)
    return max(best, key=lambda cv: abs(cv[1]))[1] * 1.0


def ref_scale_exp(amax: float, name: str) -> int:
    """OCP default: floor(log2(amax)) - emax_elem from the exact exponent, clamped."""
    if amax == 0:
        return -127
    _, e = math.frexp(amax)  # exact: amax = m * 2**e with m in [0.5, 1)
    return max(-127, min(127, e - 1 - EMAX[name]))


def ref_fake_quantize_block(block: np.ndarray, name: str, rounding: str) -> np.ndarray:
    """Quantize one finite block with the floor rule, element by element."""
    amax = float(np.max(np.abs(block.astype(np.float64))))
    e = ref_scale_exp(amax, name)
    out = [ref_round(name, float(x) / 2.0**e, rounding) * 2.0**e for x in block]
    return np.array(out, dtype=np.float32)


def ref_f32(q: Fraction) -> np.float32:
    """Round an exact rational to float32 (nearest, ties to even), independently."""
    if q == 0:
        return np.float32(0.0)
    sign = -1 if q < 0 else 1
    a = abs(q)
    e = math.floor(math.log2(a.numerator) - math.log2(a.denominator))
    while Fraction(2) ** e > a:
        e -= 1
    while Fraction(2) ** (e + 1) <= a:
        e += 1
    quantum = Fraction(2) ** (max(e, -126) - 23)
    n = a / quantum
    r = math.floor(n)
    frac = n - r
    if frac > Fraction(1, 2) or (frac == Fraction(1, 2) and r % 2 == 1):
        r += 1
    return np.float32(sign * float(r * quantum))


def ref_mx_matmul(
    a_sc: np.ndarray,
    a_co: np.ndarray,
    a_fmt: str,
    b_sc: np.ndarray,
    b_co: np.ndarray,
    b_fmt: str,
    bs: int = 32,
) -> np.ndarray:
    """Exact per-block sums with Fraction, one float32 rounding each, float32 K-order sum."""
    m, k = a_co.shape
    n = b_co.shape[1]
    out = np.zeros((m, n), dtype=np.float32)
    for i in range(m):
        for j in range(n):
            acc = np.float32(0.0)
            for blk in range(-(-k // bs)):
                s = Fraction(0)
                for kk in range(blk * bs, min(k, (blk + 1) * bs)):
                    va = ref_code_value(a_fmt, int(a_co[i, kk]))
                    vb = ref_code_value(b_fmt, int(b_co[kk, j]))
                    s += Fraction(va) * Fraction(vb)
                scale = Fraction(2) ** (int(a_sc[i, blk]) + int(b_sc[blk, j]) - 254)
                acc = np.float32(acc + ref_f32(s * scale))
            out[i, j] = acc
    return out


def enc(
    x: np.ndarray,
    fmt: str,
    axis: int = -1,
    block_size: int = 32,
    rounding: str = "even",
    scale_rule: str = "floor",
) -> tuple[np.ndarray, np.ndarray]:
    """`encode` for formats that have scales (everything but bf16)."""
    scales, codes = encode(x, fmt, axis, block_size, rounding, scale_rule)
    assert scales is not None
    return scales, codes


def mx_block(rng: np.random.Generator, n: int = 32, spread: float = 8.0) -> np.ndarray:
    """A block of float32 values over several binades, both signs."""
    return (rng.standard_normal(n) * np.exp2(rng.uniform(-spread, spread / 2, n))).astype(
        np.float32
    )


# ---------------------------------------------------------------------------------------
# Format facts and element tables
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", [*FP_FORMATS, "mxint8"])
def test_format_constants(name: str) -> None:
    f = FORMATS[name]
    assert f.block_scaled
    assert f.scale_bits == 8
    assert f.code_bytes == 1
    assert f.emax_elem == EMAX[name]
    assert f.max_normal == MAX_NORMAL[name]
    assert (
        np.nanmax(np.where(np.isinf(element_values(f)), np.nan, element_values(f))) == f.max_normal
    )


def test_baseline_format_facts() -> None:
    assert not FORMATS["int8"].block_scaled
    assert FORMATS["int8"].max_normal == 127
    assert FORMATS["bf16"].code_bytes == 2
    assert FORMATS["bf16"].scale_bits == 0
    assert FORMATS["mxfp4_e2m1"].storage_bits_per_element(32) == 4.25
    assert set(MX_FORMAT_NAMES) == {*FP_FORMATS, "mxint8"}


@pytest.mark.parametrize("name", [*FP_FORMATS, "mxint8"])
def test_element_table_matches_bit_layout(name: str) -> None:
    table = element_values(name)
    ref = np.array([ref_code_value(name, c) for c in range(table.size)])
    np.testing.assert_array_equal(table, ref)


@pytest.mark.parametrize("name", FP_FORMATS)
def test_element_table_matches_ml_dtypes(name: str) -> None:
    codes = np.arange(element_values(name).size, dtype=np.uint8)
    theirs = codes.view(ML_DTYPES[name]).astype(np.float64)
    np.testing.assert_array_equal(element_values(name), theirs)


@pytest.mark.parametrize("name", FP_FORMATS)
def test_in_range_rne_matches_ml_dtypes(name: str) -> None:
    """Inside the range our RNE equals ml_dtypes' cast; outside, ml_dtypes does not saturate."""
    rng = np.random.default_rng(1)
    x = np.concatenate([[MAX_NORMAL[name]], rng.uniform(-1, 1, 31) * MAX_NORMAL[name]]).astype(
        np.float32
    )
    assert np.array_equal(fake_quantize(x, name), x.astype(ML_DTYPES[name]).astype(np.float32))
    over = np.float32(1.99 * 2.0 ** EMAX[name])  # same binade as max normal: scale stays 2**0
    assert fake_quantize(np.array([over], np.float32), name)[0] == MAX_NORMAL[name]
    if name in ("mxfp8_e4m3", "mxfp8_e5m2"):  # ml_dtypes overflows to NaN / Inf instead
        assert not np.isfinite(over.astype(ML_DTYPES[name]))


# ---------------------------------------------------------------------------------------
# Element rounding: exhaustive nearest search
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("rounding", ["even", "away"])
@pytest.mark.parametrize("name", [*FP_FORMATS, "mxint8"])
def test_fake_quantize_is_nearest_representable(name: str, rounding: str) -> None:
    rng = np.random.default_rng(zlib.crc32(f"{name}/{rounding}".encode()))
    for _ in range(6):
        block = mx_block(rng)
        got = fake_quantize(block, name, rounding=rounding)
        np.testing.assert_array_equal(got, ref_fake_quantize_block(block, name, rounding))


@pytest.mark.parametrize("rounding", ["even", "away"])
@pytest.mark.parametrize("name", [*FP_FORMATS, "mxint8"])
def test_every_midpoint_rounds_by_rule(name: str, rounding: str) -> None:
    """All ties between neighbouring values (scale 2**0) round to the even code or away."""
    vals = sorted({v for _, v in ref_table(name) if v >= 0})
    top = MAX_NORMAL[name]
    mids = [(lo + hi) / 2 for lo, hi in itertools.pairwise(vals)]
    # the first element pins the block scale to 2**0: amax = max normal
    block = np.array([top, *mids], dtype=np.float32)
    for sign in (1.0, -1.0):
        got = fake_quantize(sign * block, name, block_size=block.size, rounding=rounding)
        want = [ref_round(name, sign * float(v), rounding) for v in block]
        np.testing.assert_array_equal(got, np.array(want, dtype=np.float32))


def test_e4m3_400_even_and_away() -> None:
    x = np.array([400.0], np.float32)
    assert fake_quantize(x, "mxfp8_e4m3", rounding="even")[0] == 384.0
    assert fake_quantize(x, "mxfp8_e4m3", rounding="away")[0] == 416.0


@pytest.mark.parametrize(
    ("value", "even", "away"),
    [(2.5, 2.0, 3.0), (5.0, 4.0, 6.0), (0.25, 0.0, 0.5), (0.75, 1.0, 1.0), (3.5, 4.0, 4.0)],
)
def test_e2m1_ties(value: float, even: float, away: float) -> None:
    x = np.array([6.0, value, -value], np.float32)
    assert fake_quantize(x, "mxfp4_e2m1", rounding="even")[1:].tolist() == [even, -even]
    assert fake_quantize(x, "mxfp4_e2m1", rounding="away")[1:].tolist() == [away, -away]


def test_subnormal_elements_kept() -> None:
    tiny = 2.0**-9  # smallest E4M3 subnormal at scale 2**0
    x = np.array([448.0, tiny, 3 * tiny, 7 * tiny, tiny / 2, 0.75 * tiny], np.float32)
    scales, codes = enc(x, "mxfp8_e4m3")
    assert scales.tolist() == [127]
    assert codes.tolist() == [0x7E, 0x01, 0x03, 0x07, 0x00, 0x01]
    away = fake_quantize(x, "mxfp8_e4m3", rounding="away")
    assert away[4] == tiny


@pytest.mark.parametrize("name", [*FP_FORMATS, "mxint8"])
def test_saturation_to_max_normal(name: str) -> None:
    top = MAX_NORMAL[name]
    frac = 1.99 if name != "mxint8" else 1.999
    # floor rule puts amax in the top binade, above max normal: it must clamp, not overflow
    x = np.array([frac * 2.0 ** EMAX[name], -frac * 2.0 ** EMAX[name], 1.0], np.float32)
    scales, codes = enc(x, name)
    assert scales.tolist() == [127]
    q = decode(scales, codes, name)
    assert q[:2].tolist() == [top, -top]


def test_mxint8_symmetric_clamp_and_codes() -> None:
    x = np.array([-1.999, 1.999, -1.0, 0.5, -0.0], np.float32)
    scales, codes = enc(x, "mxint8")
    assert scales.tolist() == [127]
    assert codes.tolist() == [0x81, 0x7F, 0xC0, 0x20, 0x00]  # -127, 127, -64, 32, 0
    assert np.signbit(decode(scales, codes, "mxint8")[4]) == np.False_


# ---------------------------------------------------------------------------------------
# Block specials, padding, clamping
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", [*FP_FORMATS, "mxint8"])
@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
def test_nan_or_inf_poisons_only_its_block(name: str, bad: float) -> None:
    x = np.linspace(-3, 3, 64, dtype=np.float32)
    x[40] = bad
    scales, codes = enc(x, name)
    assert scales.tolist()[1] == 0xFF
    assert scales.tolist()[0] != 0xFF
    assert not codes[32:].any()
    q = decode(scales, codes, name)
    assert np.isnan(q[32:]).all()
    assert np.isfinite(q[:32]).all()


@pytest.mark.parametrize("name", [*FP_FORMATS, "mxint8"])
def test_zero_block_and_negative_zero(name: str) -> None:
    x = np.zeros(64, np.float32)
    x[5] = -0.0
    x[40] = 1.0
    scales, codes = enc(x, name)
    assert scales[0] == 0x00
    q = decode(scales, codes, name)
    assert not q[:32].any()
    # FP elements keep the sign of zero (an IEEE-style cast); MXINT8 has no -0
    expect_neg = name != "mxint8"
    assert bool(np.signbit(q[5])) == expect_neg
    assert codes[5] == ((1 << (FORMATS[name].element_bits - 1)) if expect_neg else 0)


def test_tiny_negative_rounds_to_negative_zero() -> None:
    x = np.array([6.0, -0.1], np.float32)
    q = fake_quantize(x, "mxfp4_e2m1")
    assert q[1] == 0.0
    assert np.signbit(q[1])


@pytest.mark.parametrize("name", [*FP_FORMATS, "mxint8"])
def test_padding_keeps_shape_and_matches_explicit_zeros(name: str) -> None:
    rng = np.random.default_rng(3)
    x = rng.standard_normal((3, 40)).astype(np.float32)
    scales, codes = enc(x, name)
    assert scales.shape == (3, 2)
    assert codes.shape == (3, 40)
    padded = np.concatenate([x, np.zeros((3, 24), np.float32)], axis=1)
    assert np.array_equal(fake_quantize(x, name), fake_quantize(padded, name)[:, :40])
    # the short last block scales on its own 8 elements only
    assert np.array_equal(fake_quantize(x, name)[:, 32:], fake_quantize(x[:, 32:], name))


def test_axis_argument_matches_transpose() -> None:
    rng = np.random.default_rng(4)
    x = rng.standard_normal((70, 5)).astype(np.float32)
    s0, c0 = enc(x, "mxfp6_e2m3", axis=0)
    s1, c1 = enc(x.T, "mxfp6_e2m3", axis=1)
    assert s0.shape == (3, 5)
    assert np.array_equal(s0, s1.T)
    assert np.array_equal(c0, c1.T)
    assert np.array_equal(
        decode(s0, c0, "mxfp6_e2m3", axis=0), decode(s1, c1, "mxfp6_e2m3", axis=1).T
    )


def test_scale_exponent_clamps_to_e8m0_range() -> None:
    tiny = np.array([1e-40, -3e-41], np.float32)  # float32 subnormals: floor rule wants < -127
    scales, codes = enc(tiny, "mxfp8_e4m3")
    assert scales.tolist() == [0]
    want = ref_fake_quantize_block(tiny, "mxfp8_e4m3", "even")
    assert np.array_equal(decode(scales, codes, "mxfp8_e4m3"), want)
    huge = np.array([3.4e38], np.float32)
    s, c = enc(huge, "mxint8", scale_rule="ceil")  # ceil wants 2**128: clamped to 2**127
    assert s.tolist() == [254]
    assert decode(s, c, "mxint8")[0] == np.float32(127 / 64 * 2.0**127)


def test_exact_power_of_two_amax() -> None:
    for name in [*FP_FORMATS, "mxint8"]:
        amax = 2.0 ** EMAX[name]
        x = np.array([amax, -amax / 2], np.float32)
        for rule in SCALE_RULES:
            scales, _ = enc(x, name, scale_rule=rule)
            assert scales.tolist() == [127], (name, rule)
        assert np.array_equal(fake_quantize(x, name), x)


# ---------------------------------------------------------------------------------------
# Scale rules
# ---------------------------------------------------------------------------------------

# (format, amax): expected unbiased exponents for floor, ceil, even, rceil, midmax
SCALE_CASES = [
    ("mxfp8_e4m3", 300.0, (0, 1, 0, 0, 0)),
    ("mxfp8_e4m3", 460.0, (0, 1, 0, 1, 0)),  # above 448 but rounds to it: midmax keeps floor
    ("mxfp8_e4m3", 470.0, (0, 1, 0, 1, 1)),  # beyond 464 = 448 + half ulp
    ("mxfp8_e4m3", 496.0, (0, 1, 1, 1, 1)),  # 1.9375 * 256: 3-bit rounding carries
    ("mxfp4_e2m1", 6.5, (0, 1, 0, 1, 0)),
    ("mxfp4_e2m1", 7.5, (0, 1, 1, 1, 1)),
    ("mxfp4_e2m1", 7.0, (0, 1, 1, 1, 0)),  # tie at midmax 7: stays (strictly greater needed)
    ("mxfp6_e2m3", 7.6, (0, 1, 0, 1, 0)),
    ("mxfp6_e3m2", 29.0, (0, 1, 0, 1, 0)),
    ("mxfp8_e5m2", 61000.0, (0, 1, 0, 1, 0)),
    ("mxint8", 1.99, (0, 1, 0, 1, 0)),
    ("mxint8", 1.995, (0, 1, 1, 1, 1)),
]


@pytest.mark.parametrize(("name", "amax", "bumps"), SCALE_CASES)
def test_scale_rules(name: str, amax: float, bumps: tuple[int, ...]) -> None:
    x = np.array([amax, 0.1], np.float32)
    for rule, bump in zip(SCALE_RULES, bumps, strict=True):
        scales, _ = enc(x, name, scale_rule=rule)
        assert int(scales[0]) - 127 == bump, rule


@pytest.mark.parametrize("name", [*FP_FORMATS, "mxint8"])
def test_rceil_is_smallest_non_clamping_power_of_two(name: str) -> None:
    rng = np.random.default_rng(5)
    for amax in np.exp2(rng.uniform(-20, 20, 200)).astype(np.float32):
        scales, _ = enc(np.array([amax], np.float32), name, scale_rule="rceil")
        e = int(scales[0]) - 127
        assert Fraction(float(amax)) / Fraction(2) ** e <= Fraction(MAX_NORMAL[name])
        assert Fraction(float(amax)) / Fraction(2) ** (e - 1) > Fraction(MAX_NORMAL[name])


@pytest.mark.parametrize("name", [*FP_FORMATS, "mxint8"])
def test_floor_scale_matches_exact_exponent(name: str) -> None:
    rng = np.random.default_rng(6)
    for amax in np.exp2(rng.uniform(-140, 127, 300)).astype(np.float32):
        if amax == 0:
            continue
        scales, _ = enc(np.array([amax], np.float32), name)
        assert int(scales[0]) - 127 == ref_scale_exp(float(amax), name)


# ---------------------------------------------------------------------------------------
# Round trips and properties
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("rule", SCALE_RULES)
@pytest.mark.parametrize("rounding", ["even", "away"])
@pytest.mark.parametrize("name", list(FORMATS))
def test_decode_encode_is_fake_quantize_bit_for_bit(name: str, rounding: str, rule: str) -> None:
    rng = np.random.default_rng(7)
    x = (rng.standard_normal((4, 45)) * np.exp2(rng.integers(-30, 30, (4, 1)))).astype(np.float32)
    scales, codes = encode(x, name, rounding=rounding, scale_rule=rule)
    assert codes.dtype == (np.uint16 if name == "bf16" else np.uint8)
    q = fake_quantize(x, name, rounding=rounding, scale_rule=rule)
    assert q.dtype == np.float32
    assert np.array_equal(decode(scales, codes, name).view(np.uint32), q.view(np.uint32))
    requantized = fake_quantize(q, name, rounding=rounding, scale_rule=rule)
    assert np.array_equal(requantized.view(np.uint32), q.view(np.uint32))


BOUND = float(np.float32(1e30))
finite_f32 = st.floats(-BOUND, BOUND, allow_nan=False, width=32)
blocks = hnp.arrays(np.float32, st.integers(1, 40), elements=finite_f32)


@settings(max_examples=60, deadline=None)
@given(x=blocks, name=st.sampled_from([*FP_FORMATS, "mxint8"]), rule=st.sampled_from(SCALE_RULES))
def test_fake_quantize_is_idempotent(x: np.ndarray, name: str, rule: str) -> None:
    q = fake_quantize(x, name, scale_rule=rule)
    assert np.array_equal(fake_quantize(q, name, scale_rule=rule), q)


@settings(max_examples=60, deadline=None)
@given(
    x=blocks,
    name=st.sampled_from([*FP_FORMATS, "mxint8"]),
    rounding=st.sampled_from(["even", "away"]),
)
def test_error_within_half_ulp_and_sign_symmetric(x: np.ndarray, name: str, rounding: str) -> None:
    f = FORMATS[name]
    scales, _ = enc(x, name, rounding=rounding)
    q = fake_quantize(x, name, rounding=rounding)
    assert np.array_equal(fake_quantize(-x, name, rounding=rounding), -q)
    e = np.repeat(scales.astype(np.int64) - 127, 32)[: x.size]
    a = np.abs(x.astype(np.float64))
    scaled = np.ldexp(a, -e)
    if f.kind == "int":
        ulp = np.ldexp(np.ones_like(a), e - 6)
    else:
        binade = np.maximum(np.frexp(scaled)[1] - 1, f.emin)
        ulp = np.ldexp(np.ones_like(a), binade - f.mantissa_bits + e)
    inside = scaled <= f.max_normal
    err = np.abs(q.astype(np.float64) - x)
    assert (err[inside] <= ulp[inside] / 2).all()
    assert (np.abs(q[~inside]) == np.float32(np.ldexp(f.max_normal, e[~inside]))).all()


@settings(max_examples=60, deadline=None)
@given(
    x=hnp.arrays(np.float32, 32, elements=finite_f32), name=st.sampled_from([*FP_FORMATS, "mxint8"])
)
def test_monotone_within_a_block(x: np.ndarray, name: str) -> None:
    s = np.sort(x)
    q = fake_quantize(s, name).astype(np.float64)
    assert (np.diff(q) >= 0).all()


# ---------------------------------------------------------------------------------------
# int8 and bf16
# ---------------------------------------------------------------------------------------


def test_int8_per_channel_encoding() -> None:
    x = np.array([[1.0, -2.0, 0.5], [0.0, 0.0, 0.0], [3.0, np.nan, 1.0]], np.float32)
    scales, codes = enc(x, "int8", axis=1)
    assert scales.shape == (3, 1)
    assert scales.dtype == np.float32
    assert scales[0, 0] == np.float32(2.0) / np.float32(127)
    assert codes[0].view(np.int8).tolist() == [64, -127, 32]  # 63.5 ties to even 64
    assert scales[1, 0] == 0
    assert not codes[1].any()
    q = decode(scales, codes, "int8", axis=1)
    assert np.isnan(scales[2, 0])
    assert np.isnan(q[2]).all()
    assert q[0].tolist() == (np.array([64, -127, 32], np.float32) * scales[0, 0]).tolist()
    away = enc(x, "int8", axis=1, rounding="away")[1]
    assert away[0].view(np.int8).tolist() == [64, -127, 32]


def test_bf16_codes_match_ml_dtypes_and_away() -> None:
    rng = np.random.default_rng(8)
    x = (rng.standard_normal(1000) * np.exp2(rng.uniform(-60, 60, 1000))).astype(np.float32)
    x[:3] = [np.inf, -np.inf, 3.4e38]
    scales, codes = encode(x, "bf16")
    assert scales is None
    assert codes.dtype == np.uint16
    assert np.array_equal(codes, x.astype(ml_dtypes.bfloat16).view(np.uint16))
    tie = np.array([1 + 2**-8, -(1 + 2**-8)], np.float32)
    assert fake_quantize(tie, "bf16").tolist() == [1.0, -1.0]
    assert fake_quantize(tie, "bf16", rounding="away").tolist() == [1 + 2**-7, -(1 + 2**-7)]
    assert np.isnan(fake_quantize(np.array([np.nan], np.float32), "bf16")[0])


# ---------------------------------------------------------------------------------------
# Matmuls
# ---------------------------------------------------------------------------------------

PAIRS = [(f, f) for f in [*FP_FORMATS, "mxint8"]] + [
    ("mxfp8_e5m2", "mxfp8_e4m3"),
    ("mxfp8_e4m3", "mxfp4_e2m1"),
    ("mxint8", "mxfp6_e3m2"),
]


@pytest.mark.parametrize(("fa", "fb"), PAIRS)
def test_mx_matmul_matches_exact_reference(fa: str, fb: str) -> None:
    rng = np.random.default_rng(9)
    a = (rng.standard_normal((3, 70)) * np.exp2(rng.uniform(-6, 6, (3, 70)))).astype(np.float32)
    b = (rng.standard_normal((70, 4)) * np.exp2(rng.uniform(-6, 6, (70, 4)))).astype(np.float32)
    sa, ca = enc(a, fa, axis=1)
    sb, cb = enc(b, fb, axis=0)
    got = mx_matmul(sa, ca, fa, sb, cb, fb)
    want = ref_mx_matmul(sa, ca, fa, sb, cb, fb)
    assert np.array_equal(got.view(np.uint32), want.view(np.uint32))


@pytest.mark.parametrize("tiny_sign", [1.0, -1.0])
def test_e5m2_block_sum_wider_than_int64_rounds_correctly(tiny_sign: float) -> None:
    """57344**2 + 128 + 2**-32 needs 66 bits; a float64 sum would lose the 2**-32 and
    round the float32 tie to even. The exact sum decides the tie by its sign."""
    a = np.zeros((1, 32), np.float32)
    b = np.zeros((32, 1), np.float32)
    a[0, :3] = [57344.0, 8.0, tiny_sign * 2.0**-16]
    b[:3, 0] = [57344.0, 16.0, 2.0**-16]
    sa, ca = enc(a, "mxfp8_e5m2", axis=1)
    sb, cb = enc(b, "mxfp8_e5m2", axis=0)
    assert decode(sa, ca, "mxfp8_e5m2", axis=1)[0, 2] == tiny_sign * 2.0**-16
    got = mx_matmul(sa, ca, "mxfp8_e5m2", sb, cb, "mxfp8_e5m2")[0, 0]
    tie = 57344.0**2 + 128  # half-way between two float32 neighbours (ulp 256)
    assert got == np.float32(tie + tiny_sign * 128)
    assert np.float32(tie) == np.float32(57344.0**2)  # what the naive float64 path gives


def test_e5m2_extreme_block_exact() -> None:
    rng = np.random.default_rng(10)
    vals = element_values("mxfp8_e5m2")
    finite = vals[np.isfinite(vals)]
    a = rng.choice(finite, (2, 64)).astype(np.float32)
    b = rng.choice(finite, (64, 3)).astype(np.float32)
    a[:, 0] = 57344.0
    b[0, :] = -57344.0
    sa, ca = enc(a, "mxfp8_e5m2", axis=1)
    sb, cb = enc(b, "mxfp8_e5m2", axis=0)
    got = mx_matmul(sa, ca, "mxfp8_e5m2", sb, cb, "mxfp8_e5m2")
    assert np.array_equal(got, ref_mx_matmul(sa, ca, "mxfp8_e5m2", sb, cb, "mxfp8_e5m2"))


def test_mx_matmul_nan_block_and_accumulation_order() -> None:
    a = np.ones((2, 64), np.float32)
    a[1, 40] = np.nan
    b = np.ones((64, 2), np.float32)
    sa, ca = enc(a, "mxfp8_e4m3", axis=1)
    sb, cb = enc(b, "mxfp8_e4m3", axis=0)
    out = mx_matmul(sa, ca, "mxfp8_e4m3", sb, cb, "mxfp8_e4m3")
    assert out[0].tolist() == [64.0, 64.0]
    assert np.isnan(out[1]).all()
    # block sums 2**24 then 1 then 1: in K order each +1 is lost to float32 rounding
    a = np.zeros((1, 96), np.float32)
    a[0, 0], a[0, 32], a[0, 64] = 2.0**24, 1.0, 1.0
    b = np.ones((96, 1), np.float32)
    sa, ca = enc(a, "mxfp8_e4m3", axis=1)
    sb, cb = enc(b, "mxfp8_e4m3", axis=0)
    assert mx_matmul(sa, ca, "mxfp8_e4m3", sb, cb, "mxfp8_e4m3")[0, 0] == 2.0**24


def test_mx_matmul_256_cube_is_fast() -> None:
    rng = np.random.default_rng(11)
    a = rng.standard_normal((256, 256)).astype(np.float32)
    b = rng.standard_normal((256, 256)).astype(np.float32)
    sa, ca = enc(a, "mxfp4_e2m1", axis=1)
    sb, cb = enc(b, "mxfp4_e2m1", axis=0)
    start = time.perf_counter()
    out = mx_matmul(sa, ca, "mxfp4_e2m1", sb, cb, "mxfp4_e2m1")
    assert time.perf_counter() - start < 1.0
    ref = fake_quantize(a, "mxfp4_e2m1", axis=1).astype(np.float64) @ fake_quantize(
        b, "mxfp4_e2m1", axis=0
    ).astype(np.float64)
    np.testing.assert_allclose(out, ref, rtol=1e-5, atol=1e-4)


def test_int8_matmul_formula() -> None:
    rng = np.random.default_rng(12)
    a = rng.standard_normal((5, 33)).astype(np.float32)
    b = rng.standard_normal((33, 6)).astype(np.float32)
    sa, ca = enc(a, "int8", axis=1)
    sb, cb = enc(b, "int8", axis=0)
    acc = ca.view(np.int8).astype(np.int64) @ cb.view(np.int8).astype(np.int64)
    want = acc.astype(np.float32) * (sa * sb).astype(np.float32)
    assert np.array_equal(int8_matmul(sa, ca, sb, cb), want)
    assert np.array_equal(quantized_matmul(a, b, "int8"), want)


def test_bf16_matmul_sequential_float32_sum() -> None:
    rng = np.random.default_rng(13)
    a = rng.standard_normal((3, 20)).astype(np.float32)
    b = rng.standard_normal((20, 2)).astype(np.float32)
    _, ca = encode(a, "bf16")
    _, cb = encode(b, "bf16")
    qa, qb = decode(None, ca, "bf16"), decode(None, cb, "bf16")
    want = np.zeros((3, 2), np.float32)
    for i in range(3):
        for j in range(2):
            acc = np.float32(0)
            for k in range(20):
                prod = Fraction(float(qa[i, k])) * Fraction(float(qb[k, j]))
                assert Fraction(float(np.float32(qa[i, k] * qb[k, j]))) == prod  # exact
                acc = np.float32(acc + np.float32(qa[i, k] * qb[k, j]))
            want[i, j] = acc
    assert np.array_equal(bf16_matmul(ca, cb), want)


def test_quantized_matmul_mixed_formats() -> None:
    rng = np.random.default_rng(14)
    a = rng.standard_normal((4, 64)).astype(np.float32)
    b = rng.standard_normal((64, 3)).astype(np.float32)
    got = quantized_matmul(a, b, "mxfp8_e4m3", b_fmt="mxfp4_e2m1")
    sa, ca = enc(a, "mxfp8_e4m3", axis=1)
    sb, cb = enc(b, "mxfp4_e2m1", axis=0)
    assert np.array_equal(got, ref_mx_matmul(sa, ca, "mxfp8_e4m3", sb, cb, "mxfp4_e2m1"))


# ---------------------------------------------------------------------------------------
# Errors a user can cause
# ---------------------------------------------------------------------------------------


def test_user_errors_are_typed() -> None:
    x = np.ones((2, 32), np.float32)
    with pytest.raises(UsageError, match="unknown number format"):
        encode(x, "fp3")
    with pytest.raises(UsageError, match="rounding"):
        encode(x, "mxint8", rounding="up")
    with pytest.raises(UsageError, match="scale_rule"):
        encode(x, "mxint8", scale_rule="max")
    with pytest.raises(UsageError, match="block_size"):
        encode(x, "mxint8", block_size=0)
    with pytest.raises(UsageError, match="axis"):
        encode(x, "mxint8", axis=2)
    sa, ca = enc(x, "mxint8", axis=1)
    with pytest.raises(InputError, match="K mismatch"):
        mx_matmul(sa, ca, "mxint8", sa, ca, "mxint8")
    with pytest.raises(InputError, match="uint8"):
        decode(sa, ca.astype(np.int16), "mxint8")
    with pytest.raises(InputError, match="fit in 4 bits"):
        decode(sa, np.full((2, 32), 0x10, np.uint8), "mxfp4_e2m1", axis=1)
    with pytest.raises(InputError, match="need their scales"):
        mx_matmul(None, ca, "mxint8", None, ca.T.copy(), "mxint8")
    with pytest.raises(UsageError, match="no matmul arithmetic"):
        quantized_matmul(x, x.T, "int8", b_fmt="bf16")
