"""A small MLP classifier for scikit-learn's bundled 8x8 digits, trained with numpy.

The quantization benchmarks and tests need a real trained network with real activations,
small enough to train in about a second and deterministic for a given seed. The data ship
with scikit-learn (no download); scikit-learn is a test/benchmark dependency only, so it
is imported inside `load_digits_split`.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np
from numpy.typing import NDArray

from sparta.sim.quantization import Layer

Array = NDArray[Any]
F32 = NDArray[np.float32]
I64 = NDArray[np.int64]

HIDDEN: tuple[int, ...] = (128, 64)
"""Hidden widths; with 64 input pixels every K is a multiple of the MX block (32)."""
SPLIT_SIZES: tuple[int, int, int] = (1000, 297, 500)
"""Train, calibration and held-out sizes; together all 1797 digits."""
SPLIT_SEED = 20240601
"""Seed of the fixed permutation behind the split (independent of the training seed)."""


@dataclass(frozen=True)
class DigitsSplit:
    """Pixels scaled to [0, 1] (float32, [n, 64]) and labels (int64) of the fixed split."""

    x_train: F32
    y_train: I64
    x_cal: F32
    y_cal: I64
    x_test: F32
    y_test: I64


@dataclass(frozen=True)
class DigitsMLP:
    """A trained network (ReLU hidden layers, identity output logits) and its data."""

    layers: tuple[Layer, ...]
    data: DigitsSplit
    seed: int

    @property
    def weights(self) -> tuple[F32, ...]:
        """Weight matrices [K, N] of every layer."""
        return tuple(layer.weight for layer in self.layers)

    @property
    def biases(self) -> tuple[F32, ...]:
        """Bias vectors [N] of every layer."""
        return tuple(layer.bias for layer in self.layers)


@cache
def load_digits_split() -> DigitsSplit:
    """The bundled digits, scaled to [0, 1], split by a fixed permutation."""
    from sklearn.datasets import load_digits

    digits = load_digits()
    x = (np.asarray(digits.data, dtype=np.float64) / 16.0).astype(np.float32)
    y = np.asarray(digits.target, dtype=np.int64)
    order = np.random.default_rng(SPLIT_SEED).permutation(len(y))
    n_train, n_cal, _ = SPLIT_SIZES
    tr, ca, te = np.split(order, [n_train, n_train + n_cal])
    return DigitsSplit(x[tr], y[tr], x[ca], y[ca], x[te], y[te])


def accuracy(logits: Array, labels: I64) -> float:
    """Fraction of rows whose largest logit is the label."""
    return float(np.mean(np.argmax(logits, axis=1) == labels))


def train_digits_mlp(seed: int = 0, epochs: int = 60, batch: int = 50) -> DigitsMLP:
    """Train the MLP with minibatch Adam (float64 math, float32 result); deterministic per seed."""
    data = load_digits_split()
    rng = np.random.default_rng(seed)
    sizes = (data.x_train.shape[1], *HIDDEN, 10)
    ws = [rng.standard_normal((k, n)) * np.sqrt(2.0 / k) for k, n in itertools.pairwise(sizes)]
    bs = [np.zeros(n) for n in sizes[1:]]
    params = [*ws, *bs]
    m1 = [np.zeros_like(p) for p in params]
    m2 = [np.zeros_like(p) for p in params]
    x_all = data.x_train.astype(np.float64)
    y_all = data.y_train
    lr, beta1, beta2, decay = 3e-3, 0.9, 0.999, 1e-4
    step = 0
    for _ in range(epochs):
        perm = rng.permutation(len(y_all))
        for start in range(0, len(perm), batch):
            idx = perm[start : start + batch]
            grads = _gradients(ws, bs, x_all[idx], y_all[idx], decay)
            step += 1
            for i, (p, g) in enumerate(zip(params, grads, strict=True)):
                m1[i] = beta1 * m1[i] + (1 - beta1) * g
                m2[i] = beta2 * m2[i] + (1 - beta2) * g * g
                corr1 = m1[i] / (1 - beta1**step)
                corr2 = m2[i] / (1 - beta2**step)
                p -= lr * corr1 / (np.sqrt(corr2) + 1e-8)
    n_layers = len(ws)
    layers = tuple(
        Layer(w.astype(np.float32), b.astype(np.float32), relu=i < n_layers - 1)
        for i, (w, b) in enumerate(zip(ws, bs, strict=True))
    )
    return DigitsMLP(layers, data, seed)


def _gradients(
    ws: list[NDArray[np.float64]],
    bs: list[NDArray[np.float64]],
    x: NDArray[np.float64],
    y: I64,
    decay: float,
) -> list[NDArray[np.float64]]:
    """Gradients of mean softmax cross-entropy plus L2 decay, weights first then biases."""
    acts = [x]
    for i, (w, b) in enumerate(zip(ws, bs, strict=True)):
        z = acts[-1] @ w + b
        acts.append(np.maximum(z, 0.0) if i < len(ws) - 1 else z)
    logits = acts[-1]
    p = np.exp(logits - logits.max(axis=1, keepdims=True))
    p /= p.sum(axis=1, keepdims=True)
    p[np.arange(len(y)), y] -= 1.0
    delta = p / len(y)
    gw: list[NDArray[np.float64]] = [np.empty(0)] * len(ws)
    gb: list[NDArray[np.float64]] = [np.empty(0)] * len(ws)
    for i in range(len(ws) - 1, -1, -1):
        gw[i] = acts[i].T @ delta + decay * ws[i]
        gb[i] = delta.sum(axis=0)
        if i:
            delta = (delta @ ws[i].T) * (acts[i] > 0)
    return [*gw, *gb]
