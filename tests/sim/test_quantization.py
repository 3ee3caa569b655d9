"""RTN and error-diffusion quantization of small matmul(+bias)(+ReLU) networks."""

from __future__ import annotations

import numpy as np
import pytest

from sparta.kernels.digits_mlp import accuracy, train_digits_mlp
from sparta.sim.errors import InputError, UsageError
from sparta.sim.formats import FORMATS, MX_FORMAT_NAMES, encode, fake_quantize
from sparta.sim.quantization import (
    DEFAULT_ACT_FORMAT,
    Layer,
    float_forward,
    forward,
    quantize_ed,
    quantize_rtn,
    sqnr_db,
)

Net = tuple[list[Layer], np.ndarray, np.ndarray]


def ar1_inputs(rng: np.random.Generator, n: int, k: int, rho: float = 0.9) -> np.ndarray:
    """Rows of a stationary AR(1) process along K (neighbouring inputs correlated)."""
    x = np.empty((n, k))
    x[:, 0] = rng.standard_normal(n)
    for j in range(1, k):
        x[:, j] = rho * x[:, j - 1] + np.sqrt(1 - rho * rho) * rng.standard_normal(n)
    return x.astype(np.float32)


@pytest.fixture(scope="module")
def heavy_tailed() -> Net:
    """A Student-t weight matrix [64, 24] with AR(1) inputs: calibration and held-out."""
    rng = np.random.default_rng(2024)
    w = (rng.standard_t(3, (64, 24)) / 8).astype(np.float32)
    b = rng.standard_normal(24).astype(np.float32)
    return [Layer(w, b, relu=False)], ar1_inputs(rng, 256, 64), ar1_inputs(rng, 512, 64)


@pytest.fixture(scope="module")
def two_layer() -> Net:
    rng = np.random.default_rng(7)
    w1 = (rng.standard_t(4, (64, 32)) / 8).astype(np.float32)
    w2 = (rng.standard_t(4, (32, 10)) / 6).astype(np.float32)
    layers = [
        Layer(w1, (0.1 * rng.standard_normal(32)).astype(np.float32), relu=True),
        Layer(w2, np.zeros(10, np.float32), relu=False),
    ]
    return layers, ar1_inputs(rng, 256, 64), ar1_inputs(rng, 256, 64)


@pytest.mark.parametrize("fmt", MX_FORMAT_NAMES)
def test_ed_beats_rtn_on_held_out(fmt: str, heavy_tailed: Net) -> None:
    layers, cal, test = heavy_tailed
    ref = float_forward(layers, test)
    rtn = sqnr_db(ref, forward(quantize_rtn(layers, fmt), test))
    ed = sqnr_db(ref, forward(quantize_ed(layers, fmt, cal), test))
    assert ed >= rtn + (1.0 if fmt == "mxfp4_e2m1" else 0.3), (rtn, ed)


def test_ed_beats_rtn_through_relu(two_layer: Net) -> None:
    layers, cal, test = two_layer
    ref = float_forward(layers, test)
    rtn = sqnr_db(ref, forward(quantize_rtn(layers, "mxfp4_e2m1"), test))
    ed = sqnr_db(ref, forward(quantize_ed(layers, "mxfp4_e2m1", cal), test))
    assert ed >= rtn + 1.0, (rtn, ed)


def test_rtn_is_plain_encoding_with_biases_unchanged(two_layer: Net) -> None:
    layers, _, _ = two_layer
    for q, layer in zip(quantize_rtn(layers, "mxfp6_e3m2"), layers, strict=True):
        scales, codes = encode(layer.weight, "mxfp6_e3m2", axis=0)
        assert scales is not None
        assert q.w_scales is not None
        assert np.array_equal(q.w_scales, scales)
        assert np.array_equal(q.w_codes, codes)
        assert np.array_equal(q.bias, layer.bias)
        assert q.act_fmt.name == "mxfp6_e3m2"


def test_ed_keeps_rtn_scales_and_zeroes_mean_calibration_error(heavy_tailed: Net) -> None:
    layers, cal, _ = heavy_tailed
    (q,) = quantize_ed(layers, "mxfp4_e2m1", cal)
    (r,) = quantize_rtn(layers, "mxfp4_e2m1")
    assert q.w_scales is not None
    assert r.w_scales is not None
    assert np.array_equal(q.w_scales, r.w_scales)
    assert not np.array_equal(q.bias, layers[0].bias)
    # bias correction: the quantized layer's mean output on the calibration set is the float one
    err = forward([q], cal).astype(np.float64) - float_forward(layers, cal)
    scale = np.abs(float_forward(layers, cal)).mean()
    assert np.abs(err.mean(axis=0)).max() < 1e-5 * scale
    assert np.abs(err).mean() > 1e-3 * scale  # ... while individual outputs still differ


def test_ed_is_deterministic(two_layer: Net) -> None:
    layers, cal, _ = two_layer
    a = quantize_ed(layers, "mxfp8_e4m3", cal)
    b = quantize_ed(layers, "mxfp8_e4m3", cal)
    for qa, qb in zip(a, b, strict=True):
        assert np.array_equal(qa.w_codes, qb.w_codes)
        assert qa.w_scales is not None
        assert qb.w_scales is not None
        assert np.array_equal(qa.w_scales, qb.w_scales)
        assert np.array_equal(qa.bias.view(np.uint32), qb.bias.view(np.uint32))


@pytest.mark.parametrize("fmt", ["mxfp4_e2m1", "mxfp8_e4m3", "mxint8"])
def test_forward_single_block_equals_dequantized_float_matmul(fmt: str) -> None:
    """With K = 32 a block sum is exact and rounded once: the same as float64 then float32."""
    rng = np.random.default_rng(3)
    layers = [
        Layer(
            rng.standard_normal((32, 8)).astype(np.float32),
            rng.standard_normal(8).astype(np.float32),
            True,
        )
    ]
    x = rng.standard_normal((16, 32)).astype(np.float32)
    for q in (quantize_rtn(layers, fmt), quantize_ed(layers, fmt, x)):
        xq = fake_quantize(x, q[0].act_fmt, axis=1).astype(np.float64)
        y = (xq @ q[0].weight().astype(np.float64)).astype(np.float32)
        want = np.maximum((y + q[0].bias).astype(np.float32), np.float32(0))
        assert np.array_equal(forward(q, x), want)


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_forward_matches_dequantized_network(fmt: str, two_layer: Net) -> None:
    layers, cal, test = two_layer
    qlayers = quantize_ed(layers, fmt, cal)
    h = test.astype(np.float64)
    for q in qlayers:
        xq = fake_quantize(h.astype(np.float32), q.act_fmt, axis=1).astype(np.float64)
        h = xq @ q.weight().astype(np.float64) + q.bias
        h = np.maximum(h, 0) if q.relu else h
    np.testing.assert_allclose(forward(qlayers, test), h, rtol=1e-5, atol=1e-5)


def test_default_activation_formats() -> None:
    assert DEFAULT_ACT_FORMAT["mxfp4_e2m1"] == "mxfp8_e4m3"
    assert all(DEFAULT_ACT_FORMAT[f] == f for f in FORMATS if f != "mxfp4_e2m1")
    layer = [Layer(np.ones((32, 2), np.float32), np.zeros(2, np.float32), False)]
    assert quantize_rtn(layer, "mxfp4_e2m1")[0].act_fmt.name == "mxfp8_e4m3"
    assert quantize_rtn(layer, "mxfp4_e2m1", act_fmt="mxfp4_e2m1")[0].act_fmt.name == "mxfp4_e2m1"


def test_digits_mxfp4_ed_keeps_accuracy() -> None:
    model = train_digits_mlp(seed=0)
    d = model.data
    assert [w.shape for w in model.weights] == [(64, 128), (128, 64), (64, 10)]
    fp32 = accuracy(float_forward(model.layers, d.x_test), d.y_test)
    assert fp32 > 0.95
    q = quantize_ed(model.layers, "mxfp4_e2m1", d.x_cal)
    assert accuracy(forward(q, d.x_test), d.y_test) >= fp32 - 0.01


def test_user_errors_are_typed(two_layer: Net) -> None:
    layers, cal, _ = two_layer
    with pytest.raises(InputError, match="outputs 32 features"):
        quantize_rtn([layers[0], layers[0]], "mxint8")
    with pytest.raises(InputError, match="calibration_x"):
        quantize_ed(layers, "mxint8", cal[:, :10])
    bad = cal.copy()
    bad[0, 0] = np.nan
    with pytest.raises(InputError, match="non-finite"):
        quantize_ed(layers, "mxint8", bad)
    with pytest.raises(UsageError, match="cannot run with activations"):
        quantize_rtn(layers, "mxfp4_e2m1", act_fmt="int8")
    with pytest.raises(InputError, match="must be"):
        Layer(np.ones((3, 2), np.float32), np.ones(3, np.float32), False)
