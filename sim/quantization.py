"""Post-training quantization of matmul(+bias)(+ReLU) networks: RTN and error diffusion.

A network is a sequence of `Layer`s, `y = act(x @ W + b)`. Quantizing turns each into a
`QuantizedLayer` holding the encoded weights (scales + codes + format, W blocked along K)
and a float32 bias, which a compiler pass can embed and `forward` (or the simulator)
computes with the format's own arithmetic (`sparta.sim.formats.encoded_matmul`).

`quantize_rtn` rounds every weight to nearest. `quantize_ed` is our error-diffusion
rule, documented exactly in `docs/quantization.md`: layers are quantized in order on
calibration data fed through the already-quantized prefix, each weight row along K
absorbs the output error the rows before it left behind (no gradients, no Hessian
inverse, nothing to tune), and the bias absorbs the remaining mean error.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from sparta.sim.errors import InputError, UsageError
from sparta.sim.formats import (
    DEFAULT_BLOCK_SIZE,
    E8M0_BIAS,
    NumberFormat,
    decode,
    element_codes,
    encode,
    encoded_matmul,
    fake_quantize,
    get_format,
    round_elements,
)

Array = NDArray[Any]
F32 = NDArray[np.float32]
F64 = NDArray[np.float64]

DEFAULT_ACT_FORMAT: dict[str, str] = {
    "mxfp8_e4m3": "mxfp8_e4m3",
    "mxfp8_e5m2": "mxfp8_e5m2",
    "mxfp6_e3m2": "mxfp6_e3m2",
    "mxfp6_e2m3": "mxfp6_e2m3",
    "mxfp4_e2m1": "mxfp8_e4m3",
    "mxint8": "mxint8",
    "int8": "int8",
    "bf16": "bf16",
}
"""Activation format used when none is given: the weight format, except MXFP4 weights
run with MXFP8 (E4M3) activations (W4A8); see docs/quantization.md for the measurements."""

METHODS = ("rtn", "ed")
"""Weight quantization methods: round to nearest, error diffusion."""


@dataclass(frozen=True)
class Layer:
    """One float layer `act(x @ weight + bias)`; weight is [K, N], bias [N]."""

    weight: F32
    bias: F32
    relu: bool

    def __post_init__(self) -> None:
        w = np.asarray(self.weight, dtype=np.float32)
        b = np.asarray(self.bias, dtype=np.float32)
        if w.ndim != 2 or b.shape != (w.shape[1],):
            raise InputError(
                f"layer weight must be [K, N] and bias [N], got {w.shape} and {b.shape}"
            )
        object.__setattr__(self, "weight", w)
        object.__setattr__(self, "bias", b)


@dataclass(frozen=True)
class QuantizedLayer:
    """One quantized layer: encoded weights along K plus a float32 bias.

    `w_scales`/`w_codes` are what `formats.encode(W, fmt, axis=0, ...)` returns (scales
    [ceil(K / block_size), N] E8M0 bytes for MX, [1, N] float32 for int8, None for bf16).
    Activations entering this layer are quantized to `act_fmt` along K with the same
    block size, rounding and scale rule.
    """

    w_scales: Array | None
    w_codes: Array
    fmt: NumberFormat
    act_fmt: NumberFormat
    bias: F32
    relu: bool
    block_size: int = DEFAULT_BLOCK_SIZE
    rounding: str = "even"
    scale_rule: str = "floor"

    def weight(self) -> F32:
        """The dequantized weight matrix [K, N]."""
        return decode(self.w_scales, self.w_codes, self.fmt, 0, self.block_size)

    def apply(self, x: ArrayLike) -> F32:
        """This layer on float32 input [batch, K] with the format's arithmetic."""
        xs, xc = encode(x, self.act_fmt, 1, self.block_size, self.rounding, self.scale_rule)
        y = encoded_matmul(
            xs, xc, self.act_fmt, self.w_scales, self.w_codes, self.fmt, self.block_size
        )
        y = (y + self.bias).astype(np.float32)
        return np.maximum(y, np.float32(0)) if self.relu else y


def float_forward(layers: Sequence[Layer], x: ArrayLike) -> F32:
    """The float32 reference network."""
    h = np.asarray(x, dtype=np.float32)
    for layer in layers:
        h = (h @ layer.weight + layer.bias).astype(np.float32)
        if layer.relu:
            h = np.maximum(h, np.float32(0))
    return h


def forward(qlayers: Sequence[QuantizedLayer], x: ArrayLike) -> F32:
    """The quantized network: activations quantized per layer, matmuls in the format."""
    h = np.asarray(x, dtype=np.float32)
    for layer in qlayers:
        h = layer.apply(h)
    return h


def resolve_formats(
    fmt: str | NumberFormat, act_fmt: str | NumberFormat | None
) -> tuple[NumberFormat, NumberFormat]:
    """The weight and activation formats (default partner if None); they must pair."""
    f = get_format(fmt)
    a = get_format(DEFAULT_ACT_FORMAT.get(f.name, f) if act_fmt is None else act_fmt)
    pairs = (f.block_scaled and a.block_scaled) or f.name == a.name
    if not pairs:
        raise UsageError(f"weights in '{f.name}' cannot run with activations in '{a.name}'")
    return f, a


def _check_layers(layers: Sequence[Layer]) -> None:
    if not layers:
        raise InputError("the network has no layers")
    for i, (prev, nxt) in enumerate(itertools.pairwise(layers)):
        if prev.weight.shape[1] != nxt.weight.shape[0]:
            raise InputError(
                f"layer {i} outputs {prev.weight.shape[1]} features but layer {i + 1} takes "
                f"{nxt.weight.shape[0]}"
            )


def quantize_rtn(
    layers: Sequence[Layer],
    fmt: str | NumberFormat,
    *,
    act_fmt: str | NumberFormat | None = None,
    block_size: int = DEFAULT_BLOCK_SIZE,
    rounding: str = "even",
    scale_rule: str = "floor",
) -> list[QuantizedLayer]:
    """Round every weight to nearest in `fmt` (blocks along K); biases unchanged."""
    _check_layers(layers)
    f, a = resolve_formats(fmt, act_fmt)
    out = []
    for layer in layers:
        scales, codes = encode(layer.weight, f, 0, block_size, rounding, scale_rule)
        out.append(
            QuantizedLayer(
                scales, codes, f, a, layer.bias, layer.relu, block_size, rounding, scale_rule
            )
        )
    return out


class _Grid:
    """The grid of one weight matrix: RTN's scales, elements chosen one row at a time."""

    def __init__(self, w: F64, f: NumberFormat, block_size: int, rounding: str, scale_rule: str):
        self.f, self.block_size, self.rounding = f, block_size, rounding
        self.elements = np.zeros(w.shape)
        self.scales, _ = encode(w, f, 0, block_size, rounding, scale_rule)
        if f.block_scaled:
            assert self.scales is not None
            self.exps = self.scales.astype(np.int64) - E8M0_BIAS

    def quantize_row(self, k: int, t: F64) -> F64:
        """Round row k's targets on the grid; return the dequantized values."""
        f = self.f
        if f.block_scaled:
            e = self.exps[k // self.block_size]
            q = round_elements(np.ldexp(t, -e), f, self.rounding)
            self.elements[k] = q
            return np.asarray(np.ldexp(q, e), dtype=np.float64)
        if self.scales is not None:  # int8: one float32 scale per output channel
            s = self.scales[0]
            safe = np.where(s > 0, s, np.float32(1)).astype(np.float64)
            q = np.where(s > 0, round_elements(t / safe, f, self.rounding), 0.0)
            self.elements[k] = q
            return np.asarray(q.astype(np.float32) * s, dtype=np.float64)
        v = fake_quantize(t.astype(np.float32), f, rounding=self.rounding).astype(np.float64)
        self.elements[k] = v
        return v

    def encoded(self) -> tuple[Array | None, Array]:
        """The (scales, codes) of the chosen values, as `formats.encode` lays them out."""
        if self.f.name == "bf16":
            return encode(self.elements.astype(np.float32), self.f)
        return self.scales, element_codes(self.elements, self.f)


def _diffused_target(x_k: F64, xq_k: F64, w_k: F64, residual: F64) -> F64:
    """Row k's target: its float weights plus the shrunk least-squares share of the error.

    `residual` [B, N] is the float output minus the quantized output of rows < k. The
    correction d = xq_k . r / |xq_k|^2 (r = residual + (x_k - xq_k) w_k) is what makes row k
    best cancel r; it is scaled by the empirical Wiener gain max(0, 1 - se^2 / d^2), se
    being d's standard error, so corrections the calibration data cannot support vanish.
    """
    norm = float(xq_k @ xq_k)
    if norm == 0.0:
        return w_k
    r = residual + np.outer(x_k - xq_k, w_k)
    d = (xq_k @ r) / norm
    se2 = ((xq_k * xq_k) @ (r * r)) / (norm * norm)
    with np.errstate(divide="ignore", invalid="ignore"):
        gain = np.where(d != 0.0, np.clip(1.0 - se2 / (d * d), 0.0, 1.0), 0.0)
    return w_k + gain * d


def _ed_layer(
    layer: Layer, x: F64, xq: F64, f: NumberFormat, block_size: int, rounding: str, scale_rule: str
) -> tuple[Array | None, Array, F32]:
    """Error-diffuse one layer; returns (scales, codes, corrected bias)."""
    w = layer.weight.astype(np.float64)
    grid = _Grid(w, f, block_size, rounding, scale_rule)
    residual = np.zeros((x.shape[0], w.shape[1]))
    for k in range(w.shape[0]):
        q = grid.quantize_row(k, _diffused_target(x[:, k], xq[:, k], w[k], residual))
        residual += np.outer(x[:, k], w[k]) - np.outer(xq[:, k], q)
    bias = (layer.bias.astype(np.float64) + residual.mean(axis=0)).astype(np.float32)
    scales, codes = grid.encoded()
    return scales, codes, bias


def quantize_ed(
    layers: Sequence[Layer],
    fmt: str | NumberFormat,
    calibration_x: ArrayLike,
    *,
    act_fmt: str | NumberFormat | None = None,
    block_size: int = DEFAULT_BLOCK_SIZE,
    rounding: str = "even",
    scale_rule: str = "floor",
) -> list[QuantizedLayer]:
    """Quantize by error diffusion on `calibration_x` [batch, K0] (rule: docs/quantization.md)."""
    _check_layers(layers)
    f, a = resolve_formats(fmt, act_fmt)
    x_float = np.asarray(calibration_x, dtype=np.float32)
    if x_float.ndim != 2 or x_float.shape[1] != layers[0].weight.shape[0] or x_float.shape[0] == 0:
        raise InputError(
            f"calibration_x must be [batch, {layers[0].weight.shape[0]}] with batch >= 1, "
            f"got {x_float.shape}"
        )
    for i, layer in enumerate(layers):
        if not (np.isfinite(layer.weight).all() and np.isfinite(layer.bias).all()):
            raise InputError(f"layer {i} has non-finite weights or bias")
    if not np.isfinite(x_float).all():
        raise InputError("calibration_x has non-finite values")
    x_quant = x_float
    out: list[QuantizedLayer] = []
    for layer in layers:
        xq = fake_quantize(x_quant, a, 1, block_size, rounding, scale_rule).astype(np.float64)
        scales, codes, bias = _ed_layer(
            layer, x_float.astype(np.float64), xq, f, block_size, rounding, scale_rule
        )
        q = QuantizedLayer(scales, codes, f, a, bias, layer.relu, block_size, rounding, scale_rule)
        out.append(q)
        x_quant = q.apply(x_quant)
        x_float = float_forward([layer], x_float)
    return out


def sqnr_db(reference: ArrayLike, approx: ArrayLike) -> float:
    """Signal-to-quantization-noise ratio of `approx` against `reference`, in dB."""
    r = np.asarray(reference, dtype=np.float64)
    e = np.asarray(approx, dtype=np.float64) - r
    noise = float((e * e).sum())
    signal = float((r * r).sum())
    if noise == 0.0:
        return float("inf")
    if signal == 0.0:
        return float("-inf")
    return 10.0 * float(np.log10(signal / noise))


__all__ = [
    "DEFAULT_ACT_FORMAT",
    "Layer",
    "QuantizedLayer",
    "float_forward",
    "forward",
    "quantize_ed",
    "quantize_rtn",
    "sqnr_db",
]
