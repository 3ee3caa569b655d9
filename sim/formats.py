"""Number formats of the simulator: OCP MX v1.0 block-scaled formats and two baselines.

The simulator computes quantized GEMMs with these functions, so every rule here is exact
and written down in `docs/quantization.md`: how a block's shared E8M0 scale is chosen,
how elements round and saturate, what the codes are, and in which order a matmul adds.

Formats: `mxfp8_e4m3`, `mxfp8_e5m2`, `mxfp6_e3m2`, `mxfp6_e2m3`, `mxfp4_e2m1`, `mxint8`
(32-element blocks sharing a power-of-two scale), `int8` (one float32 scale per slice)
and `bf16` (no scale). Inputs are float32 (wider inputs are rounded to float32 first).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

import numpy as np
from numpy.typing import ArrayLike, NDArray

from sparta.sim.errors import InputError, UsageError

Rounding = Literal["even", "away"]
ScaleRule = Literal["floor", "ceil", "even", "rceil", "midmax"]
ElementKind = Literal["float", "int"]
SpecialCodes = Literal["none", "nan", "ieee"]

ROUNDINGS: tuple[str, ...] = ("even", "away")
SCALE_RULES: tuple[str, ...] = ("floor", "ceil", "even", "rceil", "midmax")

E8M0_BIAS = 127
E8M0_NAN = 0xFF
SCALE_EXP_MIN = -127
SCALE_EXP_MAX = 127
DEFAULT_BLOCK_SIZE = 32

Array = NDArray[Any]
F32 = NDArray[np.float32]
F64 = NDArray[np.float64]
I64 = NDArray[np.int64]
U8 = NDArray[np.uint8]


@dataclass(frozen=True)
class NumberFormat:
    """One number format: element encoding plus how it is scaled and stored.

    For float elements a code is sign | exponent | mantissa (standard IEEE-style layout,
    exponent field 0 = subnormal). For `int` elements a code is a two's complement integer
    `n` whose value is `n * 2**-mantissa_bits` (MXINT8: 6 fraction bits; int8: none).
    """

    name: str
    kind: ElementKind
    element_bits: int
    """Bits of one element code (FP6 codes sit in the low 6 bits of a byte)."""
    exponent_bits: int
    mantissa_bits: int
    """Stored mantissa bits (float) or fraction bits (int)."""
    bias: int
    emax_elem: int
    """Exponent of the largest power of two not above `max_normal`."""
    max_normal: float
    """Largest finite magnitude of an element; quantization saturates here."""
    block_scaled: bool
    """True for MX formats: one E8M0 scale per block of `block_size` elements."""
    scale_bits: int
    """Bits of one scale: 8 (E8M0 per block), 32 (float32 per slice) or 0."""
    code_bytes: int
    """Bytes per element in the code arrays `encode` returns (uint8 or uint16)."""
    special_codes: SpecialCodes
    """Element codes that are not finite: none, NaN only (E4M3) or IEEE Inf/NaN."""

    @property
    def emin(self) -> int:
        """Exponent of the smallest normal element (float kinds)."""
        return 1 - self.bias

    @property
    def quantum_exp(self) -> int:
        """Every finite element is an integer multiple of `2**quantum_exp`."""
        if self.kind == "int":
            return -self.mantissa_bits
        return self.emin - self.mantissa_bits

    @property
    def max_int(self) -> int:
        """Largest element magnitude in units of `2**quantum_exp`."""
        return int(self.max_normal * 2.0**-self.quantum_exp)

    def storage_bits_per_element(self, block_size: int = DEFAULT_BLOCK_SIZE) -> float:
        """Packed bits per element including the amortized MX block scale."""
        if self.block_scaled:
            return self.element_bits + self.scale_bits / block_size
        return float(self.element_bits)


def _fp(
    name: str, bits: int, e: int, m: int, bias: int, emax: int, mx: bool = True
) -> NumberFormat:
    max_mant = 2.0 - 2.0**-m
    max_normal = max_mant * 2.0**emax
    special: SpecialCodes = "none"
    if name.endswith("e4m3"):
        max_normal, special = 448.0, "nan"  # S.1111.111 is NaN, so 1.75 * 2**8 is the top
    elif name.endswith("e5m2") or name == "bf16":
        special = "ieee"
    return NumberFormat(
        name=name,
        kind="float",
        element_bits=bits,
        exponent_bits=e,
        mantissa_bits=m,
        bias=bias,
        emax_elem=emax,
        max_normal=max_normal,
        block_scaled=mx,
        scale_bits=8 if mx else 0,
        code_bytes=1 if bits <= 8 else 2,
        special_codes=special,
    )


FORMATS: dict[str, NumberFormat] = {
    "mxfp8_e4m3": _fp("mxfp8_e4m3", 8, 4, 3, 7, 8),
    "mxfp8_e5m2": _fp("mxfp8_e5m2", 8, 5, 2, 15, 15),
    "mxfp6_e3m2": _fp("mxfp6_e3m2", 6, 3, 2, 3, 4),
    "mxfp6_e2m3": _fp("mxfp6_e2m3", 6, 2, 3, 1, 2),
    "mxfp4_e2m1": _fp("mxfp4_e2m1", 4, 2, 1, 1, 2),
    "mxint8": NumberFormat(
        name="mxint8",
        kind="int",
        element_bits=8,
        exponent_bits=0,
        mantissa_bits=6,
        bias=0,
        emax_elem=0,
        max_normal=127.0 / 64.0,
        block_scaled=True,
        scale_bits=8,
        code_bytes=1,
        special_codes="none",
    ),
    "int8": NumberFormat(
        name="int8",
        kind="int",
        element_bits=8,
        exponent_bits=0,
        mantissa_bits=0,
        bias=0,
        emax_elem=6,
        max_normal=127.0,
        block_scaled=False,
        scale_bits=32,
        code_bytes=1,
        special_codes="none",
    ),
    "bf16": _fp("bf16", 16, 8, 7, 127, 127, mx=False),
}
"""Every supported format by name."""

MX_FORMAT_NAMES: tuple[str, ...] = tuple(n for n, f in FORMATS.items() if f.block_scaled)


def get_format(fmt: str | NumberFormat) -> NumberFormat:
    """Resolve a format name (or pass a format through); unknown names are a usage error."""
    if isinstance(fmt, NumberFormat):
        return fmt
    found = FORMATS.get(fmt)
    if found is None:
        raise UsageError(f"unknown number format '{fmt}'; known: {', '.join(FORMATS)}")
    return found


def _check_block_size(block_size: int) -> None:
    if int(block_size) != block_size or not 1 <= block_size <= 1 << 20:
        raise UsageError(f"block_size must be an integer in [1, 2**20], got {block_size}")


def _check_options(rounding: str, scale_rule: str, block_size: int) -> None:
    if rounding not in ROUNDINGS:
        raise UsageError(f"unknown rounding '{rounding}'; use one of {', '.join(ROUNDINGS)}")
    if scale_rule not in SCALE_RULES:
        raise UsageError(f"unknown scale_rule '{scale_rule}'; use one of {', '.join(SCALE_RULES)}")
    _check_block_size(block_size)


# ---------------------------------------------------------------------------------------
# Element tables and element rounding
# ---------------------------------------------------------------------------------------


@cache
def element_values(fmt: str | NumberFormat) -> F64:
    """Value of every element code (index = code), NaN/Inf where the code is special.

    Defined for MX element formats and int8 (values in element units, before scaling).
    """
    f = get_format(fmt)
    if f.element_bits > 8:
        raise UsageError(f"format '{f.name}' has no element table (16-bit codes)")
    codes = np.arange(1 << f.element_bits, dtype=np.int64)
    if f.kind == "int":
        signed = np.where(codes >= 128, codes - 256, codes)
        table = np.ldexp(signed.astype(np.float64), -f.mantissa_bits)
    else:
        m_mask = (1 << f.mantissa_bits) - 1
        e_mask = (1 << f.exponent_bits) - 1
        sign = np.where(codes >> (f.element_bits - 1) != 0, -1.0, 1.0)
        e_field = (codes >> f.mantissa_bits) & e_mask
        m_field = (codes & m_mask).astype(np.float64)
        normal = np.ldexp(1.0 + m_field / (m_mask + 1), e_field - f.bias)
        subnormal = np.ldexp(m_field, f.quantum_exp)
        table = sign * np.where(e_field == 0, subnormal, normal)
        if f.special_codes == "nan":
            table[(e_field == e_mask) & (codes & m_mask == m_mask)] = np.nan
        elif f.special_codes == "ieee":
            top = e_field == e_mask
            table[top] = np.where(codes[top] & m_mask == 0, sign[top] * np.inf, np.nan)
    table.setflags(write=False)
    return table


@cache
def _element_ints(fmt: NumberFormat) -> tuple[I64, NDArray[np.bool_]]:
    """Per code: the element as an integer multiple of 2**quantum_exp, and a special flag."""
    table = element_values(fmt)
    special = ~np.isfinite(table)
    ints = np.ldexp(np.where(special, 0.0, table), -fmt.quantum_exp).astype(np.int64)
    return ints, special


def round_elements(v: ArrayLike, fmt: str | NumberFormat, rounding: str = "even") -> F64:
    """Round values already divided by their scale to the element grid, saturating.

    Float elements keep subnormals; magnitudes beyond `max_normal` become `max_normal`;
    the sign of zero is kept (MXINT8 and int8 have no negative zero, so they return +0).
    """
    f = get_format(fmt)
    x = np.asarray(v, dtype=np.float64)
    a = np.abs(x)
    if f.kind == "int":
        qexp = np.full(a.shape, f.quantum_exp, dtype=np.int64)
    else:
        _, ex = np.frexp(a)
        qexp = np.maximum(ex.astype(np.int64) - 1, f.emin) - f.mantissa_bits
    y = np.ldexp(a, -qexp)
    r = np.rint(y) if rounding == "even" else np.floor(y + 0.5)
    q = np.minimum(np.ldexp(r, qexp), f.max_normal)
    if f.kind == "int":
        return np.where(x < 0, -q, q)
    return np.copysign(q, x)


def element_codes(q: ArrayLike, fmt: str | NumberFormat) -> U8:
    """Codes of element values that are exactly on the grid (as `round_elements` gives)."""
    f = get_format(fmt)
    qa = np.asarray(q, dtype=np.float64)
    if f.kind == "int":
        n = np.ldexp(qa, f.mantissa_bits).astype(np.int64)
        return (n & 0xFF).astype(np.uint8)
    table = element_values(f)
    top = int(np.flatnonzero(table == f.max_normal)[0])
    mag = np.searchsorted(table[: top + 1], np.abs(qa)).astype(np.int64)
    sign = np.signbit(qa).astype(np.int64) << (f.element_bits - 1)
    return (mag | sign).astype(np.uint8)


# ---------------------------------------------------------------------------------------
# Shared E8M0 exponents
# ---------------------------------------------------------------------------------------


def shared_exponents(amax: ArrayLike, fmt: str | NumberFormat, scale_rule: str = "floor") -> I64:
    """Unbiased E8M0 exponents for blocks whose largest magnitude is `amax` (finite, >= 0).

    Every rule is `E(amax) - emax_elem + bump`, where `E(amax)` is the exact binary
    exponent of amax (from `frexp`, no logarithm) and `bump` is 0 or 1; see the docs for
    each rule. Zero blocks get -127 (scale byte 0x00); results clamp to [-127, 127].
    """
    f = get_format(fmt)
    a = np.asarray(amax, dtype=np.float64)
    mant, ex = np.frexp(a)
    frac = 2.0 * mant  # amax / 2**E(amax), in [1, 2)
    half_ulp = 2.0 ** -(f.mantissa_bits + 1)  # half a mantissa step, relative to the binade
    top = f.max_normal / 2.0**f.emax_elem  # max normal relative to 2**emax_elem, in [1, 2)
    if scale_rule == "floor":
        bump = np.zeros(a.shape, dtype=bool)
    elif scale_rule == "ceil":
        bump = frac > 1.0
    elif scale_rule == "even":
        bump = frac >= 2.0 - half_ulp
    elif scale_rule == "rceil":
        bump = frac > top
    elif scale_rule == "midmax":
        bump = frac > top + half_ulp
    else:
        raise UsageError(f"unknown scale_rule '{scale_rule}'")
    e = ex.astype(np.int64) - 1 + bump.astype(np.int64) - f.emax_elem
    e = np.where(a == 0.0, SCALE_EXP_MIN, e)
    return np.clip(e, SCALE_EXP_MIN, SCALE_EXP_MAX)


# ---------------------------------------------------------------------------------------
# Blocking helpers
# ---------------------------------------------------------------------------------------


def _norm_axis(ndim: int, axis: int) -> int:
    if ndim == 0:
        raise InputError("cannot quantize a 0-d array; give at least one axis")
    if not -ndim <= axis < ndim:
        raise UsageError(f"axis {axis} is out of range for an array with {ndim} dimensions")
    return axis % ndim


def _to_blocks(x: Array, axis: int, block_size: int) -> tuple[Array, int]:
    """Move `axis` last, zero-pad it to whole blocks, split it into (blocks, block_size)."""
    moved = np.moveaxis(x, axis, -1)
    k = moved.shape[-1]
    nblocks = -(-k // block_size)
    pad = nblocks * block_size - k
    if pad:
        moved = np.concatenate([moved, np.zeros((*moved.shape[:-1], pad), moved.dtype)], -1)
    return moved.reshape(*moved.shape[:-1], nblocks, block_size), k


def _from_blocks(blocks: Array, k: int, axis: int) -> Array:
    flat = blocks.reshape(*blocks.shape[:-2], -1)[..., :k]
    return np.moveaxis(flat, -1, axis)


def _as_f32(x: ArrayLike) -> F32:
    arr = np.asarray(x)
    if arr.dtype.kind not in "fiub":
        raise InputError(f"expected a real numeric array, got dtype {arr.dtype}")
    return arr.astype(np.float32)


# ---------------------------------------------------------------------------------------
# encode / decode / fake_quantize
# ---------------------------------------------------------------------------------------


def encode(
    x: ArrayLike,
    fmt: str | NumberFormat,
    axis: int = -1,
    block_size: int = DEFAULT_BLOCK_SIZE,
    rounding: str = "even",
    scale_rule: str = "floor",
) -> tuple[Array | None, Array]:
    """Quantize `x` and return `(scales, codes)`.

    MX: scales are uint8 E8M0 bytes, shaped like `x` with `axis` replaced by the number of
    blocks; codes are uint8 element bit patterns shaped like `x`.
    int8: one float32 scale per slice along `axis` (`axis` kept with length 1),
    scale = amax / 127; codes are the int8 values viewed as uint8.
    bf16: scales are None; codes are the uint16 bf16 bit patterns.
    """
    f = get_format(fmt)
    _check_options(rounding, scale_rule, block_size)
    x32 = _as_f32(x)
    ax = _norm_axis(x32.ndim, axis)
    if f.name == "bf16":
        return None, _bf16_codes(x32, rounding)
    if not f.block_scaled:
        return _int8_encode(x32, f, ax, rounding)
    blocks, k = _to_blocks(x32, ax, block_size)
    finite: NDArray[np.bool_] = np.asarray(np.isfinite(blocks).all(axis=-1))
    x64 = np.where(finite[..., None], blocks, 0.0).astype(np.float64)
    amax = np.abs(x64).max(axis=-1)
    e = shared_exponents(amax, f, scale_rule)
    q = round_elements(np.ldexp(x64, -e[..., None]), f, rounding)
    codes = np.where(finite[..., None], element_codes(q, f), np.uint8(0)).astype(np.uint8)
    scales = np.where(finite, e + E8M0_BIAS, E8M0_NAN).astype(np.uint8)
    return np.moveaxis(scales, -1, ax), _from_blocks(codes, k, ax)


def decode(
    scales: ArrayLike | None,
    codes: ArrayLike,
    fmt: str | NumberFormat,
    axis: int = -1,
    block_size: int = DEFAULT_BLOCK_SIZE,
) -> F32:
    """Exact inverse of `encode`: float32 values; an 0xFF (NaN) scale makes its block NaN."""
    f = get_format(fmt)
    _check_block_size(block_size)
    c = np.asarray(codes)
    _check_codes("", c, f)
    ax = _norm_axis(c.ndim, axis)
    if f.name == "bf16":
        return (c.astype(np.uint32) << 16).view(np.float32)
    if scales is None:
        raise InputError(f"{f.name} needs scales to decode")
    s = np.asarray(scales)
    if not f.block_scaled:
        return _int8_decode(s, c, ax)
    blocks, k = _to_blocks(c, ax, block_size)
    s_moved = np.moveaxis(s, ax, -1)
    if s.dtype != np.uint8 or s_moved.shape != blocks.shape[:-1]:
        raise InputError(
            f"{f.name} scales must be uint8 with shape {blocks.shape[:-1]} along the last "
            f"axes, got {s.dtype} {s_moved.shape}"
        )
    e = s_moved.astype(np.int64) - E8M0_BIAS
    vals = np.ldexp(element_values(f)[blocks], e[..., None])
    vals = np.where((s_moved == E8M0_NAN)[..., None], np.nan, vals)
    with np.errstate(over="ignore"):
        out = vals.astype(np.float32)
    return _from_blocks(out, k, ax)


def fake_quantize(
    x: ArrayLike,
    fmt: str | NumberFormat,
    axis: int = -1,
    block_size: int = DEFAULT_BLOCK_SIZE,
    rounding: str = "even",
    scale_rule: str = "floor",
) -> F32:
    """Quantize and dequantize: float32 values bit-identical to `decode(encode(x))`."""
    scales, codes = encode(x, fmt, axis, block_size, rounding, scale_rule)
    return decode(scales, codes, fmt, axis, block_size)


def _bf16_codes(x32: F32, rounding: str) -> NDArray[np.uint16]:
    bits = x32.view(np.uint32).astype(np.uint64)
    bits = bits + 32767 + (bits >> 16 & 1) if rounding == "even" else bits + 32768
    codes = (bits >> 16).astype(np.uint16)
    quiet_nan = ((x32.view(np.uint32) >> 16) | 0x0040).astype(np.uint16)
    return np.where(np.isnan(x32), quiet_nan, codes)


def _int8_encode(x32: F32, f: NumberFormat, ax: int, rounding: str) -> tuple[F32, U8]:
    finite = np.isfinite(x32).all(axis=ax, keepdims=True)
    clean = np.where(np.isfinite(x32), x32, np.float32(0))
    amax = np.abs(clean).max(axis=ax, keepdims=True).astype(np.float32)
    scale = (amax / np.float32(f.max_normal)).astype(np.float32)
    safe = np.where(scale > 0, scale, np.float32(1)).astype(np.float64)
    q = round_elements(clean.astype(np.float64) / safe, f, rounding)
    q = np.where((scale > 0) & finite, q, 0.0)
    scale = np.where(finite, scale, np.float32(np.nan)).astype(np.float32)
    return scale, element_codes(q, f)


def _int8_decode(s: Array, c: U8, ax: int) -> F32:
    if s.dtype != np.float32 or s.ndim != c.ndim or s.shape[ax] != 1:
        raise InputError(
            f"int8 scales must be float32 with the quantized axis kept as length 1, "
            f"got {s.dtype} {s.shape} for codes {c.shape}"
        )
    return (c.view(np.int8).astype(np.float32) * s).astype(np.float32)


# ---------------------------------------------------------------------------------------
# Matmuls
# ---------------------------------------------------------------------------------------

_EXACT_F64 = float(2**53)
_EXACT_F32 = float(2**24)


def _round_to_f32(hi: F64, lo: F64) -> F32:
    """Round the exact value `hi + lo` to float32 once (RNE), where hi = fl64(hi + lo).

    Casting `hi` alone can be wrong only when `hi` sits exactly half-way between two
    float32 neighbours and `lo` says on which side the exact value lies.
    """
    with np.errstate(over="ignore", invalid="ignore"):
        r = hi.astype(np.float32)
        fix = (lo != 0) & (r.astype(np.float64) != hi) & np.isfinite(hi)
        if not fix.any():
            return r
        r64 = r.astype(np.float64)
        big = np.ldexp(np.sign(hi), 128)  # where float32 rounding overflows to infinity
        r64 = np.where(np.isinf(r64), big, r64)
        direction = np.sign(hi - r64)
        r2 = np.nextafter(r, (direction * np.inf).astype(np.float32))
        r2_64 = np.where(np.isinf(r2), big, r2.astype(np.float64))
        midpoint = (r64 + r2_64) * 0.5 == hi
        take_r2 = fix & midpoint & (np.sign(lo) == direction)
    return np.where(take_r2, r2, r).astype(np.float32)


def _split16(n: I64) -> tuple[F64, F64]:
    """Split integers (|n| < 2**32) as n = hi * 2**16 + lo with sign kept on both parts."""
    mag = np.abs(n)
    sign = np.sign(n)
    return (sign * (mag >> 16)).astype(np.float64), (sign * (mag & 0xFFFF)).astype(np.float64)


def exact_float_matmul(a: Array, b: Array, bound: float) -> F64 | None:
    """`a @ b` of integer arrays, exactly, as float64, or None when floats cannot do it.

    `bound` must be at least k * max|a| * max|b|, which bounds every product and partial
    sum. Up to 2^24 float32 holds them all exactly, so BLAS's float32 matmul is exact in
    any order, fused multiply-adds included (tens of times faster than numpy's integer
    loop, which has no BLAS); below 2^53 float64 is.
    """
    if bound <= _EXACT_F32:
        return np.matmul(a.astype(np.float32), b.astype(np.float32)).astype(np.float64)
    if bound < _EXACT_F64:
        return np.matmul(a.astype(np.float64), b.astype(np.float64))
    return None


def _exact_block_dot(na: I64, nb: I64) -> tuple[F64, F64]:
    """Exact sum of products of integer matrices [..., M, B] @ [..., B, N] as float64
    `hi + lo` (leading dimensions batch)."""
    bound = float(np.abs(na).max(initial=0)) * float(np.abs(nb).max(initial=0)) * na.shape[-1]
    s = exact_float_matmul(na, nb, bound)
    if s is not None:
        return s, np.zeros_like(s)
    ah, al = _split16(na)
    bh, bl = _split16(nb)
    hh = (ah @ bh).astype(np.int64)
    mid = (ah @ bl + al @ bh).astype(np.int64)
    ll = (al @ bl).astype(np.int64)
    low = (mid & 0xFFFF) * (1 << 16) + ll
    high = hh + (mid >> 16)  # exact value = high * 2**32 + low
    h64 = np.ldexp(high.astype(np.float64), 32)
    l64 = low.astype(np.float64)
    s = h64 + l64
    bv = s - h64  # two-sum: s + err == h64 + l64 exactly
    err = (h64 - (s - bv)) + (l64 - bv)
    return s, err


def _check_codes(what: str, c: Array, f: NumberFormat) -> None:
    """Codes must have the format's storage dtype and fit in its element bits."""
    want = np.uint16 if f.code_bytes == 2 else np.uint8
    if c.dtype != want:
        raise InputError(f"{what}codes for {f.name} must be {np.dtype(want).name}, got {c.dtype}")
    if c.size and int(c.max()) >> f.element_bits:
        raise InputError(
            f"{what}codes for {f.name} must fit in {f.element_bits} bits, found {int(c.max()):#x}"
        )


def _scales_of(scales: ArrayLike | None, f: NumberFormat) -> Array:
    if scales is None:
        raise InputError(f"{f.name} operands need their scales")
    return np.asarray(scales)


def _check_matmul_operands(
    a_codes: Array, b_codes: Array, a_fmt: NumberFormat, b_fmt: NumberFormat
) -> None:
    if a_codes.ndim != 2 or b_codes.ndim != 2:
        raise InputError(f"matmul operands must be 2-D, got {a_codes.shape} and {b_codes.shape}")
    if a_codes.shape[1] != b_codes.shape[0]:
        raise InputError(
            f"matmul K mismatch: A is {a_codes.shape} (K={a_codes.shape[1]}), "
            f"B is {b_codes.shape} (K={b_codes.shape[0]})"
        )
    _check_codes("A ", a_codes, a_fmt)
    _check_codes("B ", b_codes, b_fmt)


def mx_matmul(
    a_scales: ArrayLike | None,
    a_codes: ArrayLike,
    a_fmt: str | NumberFormat,
    b_scales: ArrayLike | None,
    b_codes: ArrayLike,
    b_fmt: str | NumberFormat,
    block_size: int = DEFAULT_BLOCK_SIZE,
    acc: ArrayLike | None = None,
) -> F32:
    """C = A @ B for MX operands: A [M, K] blocked along K (axis 1), B [K, N] along K (axis 0).

    Each block's dot product is computed exactly in integer fixed point, multiplied by the
    two block scales and rounded once to float32; block results are then added in float32
    in ascending K order, starting from `acc` (+0 when not given), so a K loop split into
    chunks that carry the accumulator gives exactly the unsplit result. A NaN scale or a
    NaN/Inf element code makes that block's contribution NaN.
    """
    fa, fb = get_format(a_fmt), get_format(b_fmt)
    for f in (fa, fb):
        if not f.block_scaled:
            raise UsageError(f"mx_matmul needs MX formats, got '{f.name}'")
    _check_block_size(block_size)
    ac, bc = np.asarray(a_codes), np.asarray(b_codes)
    _check_matmul_operands(ac, bc, fa, fb)
    m, k = ac.shape
    n = bc.shape[1]
    nblocks = -(-k // block_size)
    sa, sb = _scales_of(a_scales, fa), _scales_of(b_scales, fb)
    if sa.shape != (m, nblocks) or sb.shape != (nblocks, n):
        raise InputError(
            f"scale shapes {sa.shape} and {sb.shape} do not match {nblocks} blocks of "
            f"{block_size} for A {ac.shape} and B {bc.shape}"
        )
    return mx_matmul_batch(
        sa[None],
        ac[None],
        fa,
        sb[None],
        bc[None],
        fb,
        block_size,
        None if acc is None else np.asarray(acc)[None],
    )[0]


def mx_matmul_batch(
    a_scales: Array,
    a_codes: Array,
    a_fmt: str | NumberFormat,
    b_scales: Array,
    b_codes: Array,
    b_fmt: str | NumberFormat,
    block_size: int = DEFAULT_BLOCK_SIZE,
    acc: Array | None = None,
) -> F32:
    """`mx_matmul` of a batch at once: A codes [batch, M, K] with scales [batch, M, blocks],
    B codes [batch, K, N] with scales [batch, blocks, N], acc [batch, M, N]; the same
    arithmetic per item (the simulator runs every invocation of a kernel together)."""
    fa, fb = get_format(a_fmt), get_format(b_fmt)
    ac, bc = np.asarray(a_codes), np.asarray(b_codes)
    batch, m, _ = ac.shape
    n = bc.shape[2]
    nblocks = a_scales.shape[2]
    a_ints, a_special = _element_ints(fa)
    b_ints, b_special = _element_ints(fb)
    a_blocks, _ = _to_blocks(ac, 2, block_size)  # [batch, M, nblocks, bs]
    b_blocks, _ = _to_blocks(bc, 1, block_size)  # [batch, N, nblocks, bs]
    ea = a_scales.astype(np.int64) - E8M0_BIAS + fa.quantum_exp
    eb = b_scales.astype(np.int64) - E8M0_BIAS + fb.quantum_exp
    a_nan = (a_scales == E8M0_NAN) | a_special[a_blocks].any(axis=-1)
    b_nan = (b_scales == E8M0_NAN) | np.swapaxes(b_special[b_blocks].any(axis=-1), 1, 2)
    out = (
        np.zeros((batch, m, n), dtype=np.float32)
        if acc is None
        else np.array(acc, dtype=np.float32)
    )
    for j in range(nblocks):
        bj = np.swapaxes(b_ints[b_blocks[:, :, j, :]], 1, 2)  # [batch, bs, N]
        hi, lo = _exact_block_dot(a_ints[a_blocks[:, :, j, :]], bj)
        e = ea[:, :, j, None] + eb[:, None, j, :]
        part = _round_to_f32(np.ldexp(hi, e), np.ldexp(lo, e))
        part = np.where(a_nan[:, :, j, None] | b_nan[:, None, j, :], np.float32(np.nan), part)
        out = (out + part).astype(np.float32)
    return out


def int8_matmul(
    a_scales: ArrayLike | None,
    a_codes: ArrayLike,
    b_scales: ArrayLike | None,
    b_codes: ArrayLike,
) -> F32:
    """int8 baseline: exact integer accumulation, then `f32(acc) * (f32(sa[m]) * f32(sb[n]))`.

    A [M, K] has one scale per row (shape [M, 1]), B [K, N] one per column (shape [1, N]).
    The accumulator is exact (a real int32 accumulator is exact for K <= 133144).
    """
    f = FORMATS["int8"]
    ac, bc = np.asarray(a_codes), np.asarray(b_codes)
    _check_matmul_operands(ac, bc, f, f)
    sa, sb = _scales_of(a_scales, f), _scales_of(b_scales, f)
    if sa.shape != (ac.shape[0], 1) or sb.shape != (1, bc.shape[1]):
        raise InputError(
            f"int8 scale shapes {sa.shape}, {sb.shape} do not match A {ac.shape}, B {bc.shape}"
        )
    acc = ac.view(np.int8).astype(np.float64) @ bc.view(np.int8).astype(np.float64)
    scale = (sa.astype(np.float32) * sb.astype(np.float32)).astype(np.float32)
    return (acc.astype(np.float32) * scale).astype(np.float32)


def bf16_matmul(a_codes: ArrayLike, b_codes: ArrayLike) -> F32:
    """bf16 baseline: exact bf16 x bf16 products added in float32 in ascending K order."""
    f = FORMATS["bf16"]
    ac, bc = np.asarray(a_codes), np.asarray(b_codes)
    _check_matmul_operands(ac, bc, f, f)
    a = decode(None, ac, f)
    b = decode(None, bc, f)
    out = np.zeros((a.shape[0], b.shape[1]), dtype=np.float32)
    for k in range(a.shape[1]):
        out += np.multiply.outer(a[:, k], b[k, :])
    return out


def encoded_matmul(
    a_scales: ArrayLike | None,
    a_codes: ArrayLike,
    a_fmt: str | NumberFormat,
    b_scales: ArrayLike | None,
    b_codes: ArrayLike,
    b_fmt: str | NumberFormat,
    block_size: int = DEFAULT_BLOCK_SIZE,
) -> F32:
    """Dispatch an encoded A @ B to the MX, int8 or bf16 arithmetic; formats must pair up."""
    fa, fb = get_format(a_fmt), get_format(b_fmt)
    if fa.block_scaled and fb.block_scaled:
        return mx_matmul(a_scales, a_codes, fa, b_scales, b_codes, fb, block_size)
    if fa.name == fb.name == "int8":
        return int8_matmul(a_scales, a_codes, b_scales, b_codes)
    if fa.name == fb.name == "bf16":
        return bf16_matmul(a_codes, b_codes)
    raise UsageError(f"no matmul arithmetic for A in '{fa.name}' with B in '{fb.name}'")


def quantized_matmul(
    a: ArrayLike,
    b: ArrayLike,
    fmt: str | NumberFormat,
    *,
    b_fmt: str | NumberFormat | None = None,
    block_size: int = DEFAULT_BLOCK_SIZE,
    rounding: str = "even",
    scale_rule: str = "floor",
) -> F32:
    """Quantize A [M, K] (format `fmt`) and B [K, N] (`b_fmt`, default `fmt`) along K, multiply."""
    fa = get_format(fmt)
    fb = fa if b_fmt is None else get_format(b_fmt)
    sa, ca = encode(a, fa, 1, block_size, rounding, scale_rule)
    sb, cb = encode(b, fb, 0, block_size, rounding, scale_rule)
    return encoded_matmul(sa, ca, fa, sb, cb, fb, block_size)
