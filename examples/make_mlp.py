"""Regenerate `examples/mlp.mlir` and its data: a digits classifier to quantize.

    python examples/make_mlp.py          # needs scikit-learn (the `test` extra)

Writes `mlp.mlir` (64 -> 128 -> 64 -> 10, ReLU between layers, on the 500 held-out
digits), `mlp_weights.npz` (the trained weights and biases, keyed by argument),
`mlp_inputs.npz` (`arg0`: the held-out digits), `mlp_labels.npy` (their labels) and
`mlp_calibration.npz` (`arg0`: 297 calibration digits for `--quant-method ed`). The
network is `sparta.kernels.digits_mlp.train_digits_mlp(seed=0)`; outputs are
deterministic, so rerunning reproduces the committed files.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from sparta.kernels.digits_mlp import HIDDEN, train_digits_mlp
from sparta.kernels.gemm import mlp

HERE = Path(__file__).resolve().parent


def main() -> None:
    net = train_digits_mlp(seed=0)
    data = net.data
    batch = data.x_test.shape[0]
    sizes = (data.x_test.shape[1], *HIDDEN, 10)
    text = mlp(batch, sizes).replace(
        "// mlp:", "// The digits classifier of examples/make_mlp.py. mlp:", 1
    )
    (HERE / "mlp.mlir").write_text(text)
    weights = {}
    for i, layer in enumerate(net.layers):
        weights[f"arg{1 + 2 * i}"] = layer.weight
        weights[f"arg{2 + 2 * i}"] = layer.bias
    np.savez(HERE / "mlp_weights.npz", **weights)
    np.savez(HERE / "mlp_inputs.npz", arg0=data.x_test)
    np.save(HERE / "mlp_labels.npy", data.y_test)
    np.savez(HERE / "mlp_calibration.npz", arg0=data.x_cal)


if __name__ == "__main__":
    main()
