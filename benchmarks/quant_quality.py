"""Quantization quality: RTN against error diffusion (ED) for every format.

(a) One heavy-tailed layer: W [256, 128] with Student-t (3 degrees of freedom) entries,
    inputs AR(1) along K (rho 0.9), low rank + noise (rank 8), or i.i.d. (a control where
    no input correlation exists to exploit); 1024 calibration rows, 1024 held-out rows.
    Metric: output SQNR in dB against float32 on the held-out rows.
(b) The digits MLP (`sparta.kernels.digits_mlp`): held-out accuracy and logit SQNR.

Each figure is mean ± std over `seeds` seeds (new weights and data for (a), a new training
run for (b)). Run: `python benchmarks/quant_quality.py [--seeds N]`.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

import numpy as np
from numpy.typing import NDArray

from sparta.kernels.digits_mlp import accuracy, train_digits_mlp
from sparta.sim.formats import FORMATS
from sparta.sim.quantization import (
    DEFAULT_ACT_FORMAT,
    Layer,
    float_forward,
    forward,
    quantize_ed,
    quantize_rtn,
    sqnr_db,
)

K, N = 256, 128
CAL_ROWS = TEST_ROWS = 1024
AR1_RHO = 0.9
LOW_RANK = 8
INPUT_MODELS = ("ar1", "lowrank", "iid")

# (row label, weight format, activation format)
CONFIGS: list[tuple[str, str, str]] = [
    (f"{name} W/A {DEFAULT_ACT_FORMAT[name]}", name, DEFAULT_ACT_FORMAT[name]) for name in FORMATS
]
CONFIGS.insert(5, ("mxfp4_e2m1 W/A mxfp4_e2m1", "mxfp4_e2m1", "mxfp4_e2m1"))

Stats = dict[str, list[float]]


def _input_sampler(model: str, rng: np.random.Generator) -> Callable[[int], NDArray[np.float32]]:
    """Rows of the chosen input model; the low-rank basis is fixed per seed."""
    basis = rng.standard_normal((LOW_RANK, K)) / np.sqrt(LOW_RANK)

    def sample(n: int) -> NDArray[np.float32]:
        if model == "iid":
            return rng.standard_normal((n, K)).astype(np.float32)
        if model == "lowrank":
            low = rng.standard_normal((n, LOW_RANK)) @ basis
            return np.asarray(low + 0.3 * rng.standard_normal((n, K)), dtype=np.float32)
        x = np.empty((n, K))
        x[:, 0] = rng.standard_normal(n)
        innovation = np.sqrt(1 - AR1_RHO**2)
        for k in range(1, K):  # the recurrence runs along K; each step is a whole column
            x[:, k] = AR1_RHO * x[:, k - 1] + innovation * rng.standard_normal(n)
        return x.astype(np.float32)

    return sample


def _synthetic(seeds: int) -> dict[str, dict[str, Stats]]:
    out: dict[str, dict[str, Stats]] = {m: {} for m in INPUT_MODELS}
    for model in INPUT_MODELS:
        for seed in range(seeds):
            rng = np.random.default_rng(1000 + seed)
            w = (rng.standard_t(3, (K, N)) / np.sqrt(K)).astype(np.float32)
            layers = [Layer(w, np.zeros(N, np.float32), relu=False)]
            sample = _input_sampler(model, rng)
            cal, test = sample(CAL_ROWS), sample(TEST_ROWS)
            ref = float_forward(layers, test)
            for label, fmt, act in CONFIGS:
                stats = out[model].setdefault(label, {"rtn_db": [], "ed_db": []})
                stats["rtn_db"].append(
                    sqnr_db(ref, forward(quantize_rtn(layers, fmt, act_fmt=act), test))
                )
                stats["ed_db"].append(
                    sqnr_db(ref, forward(quantize_ed(layers, fmt, cal, act_fmt=act), test))
                )
    return out


def _digits(seeds: int) -> dict[str, Stats]:
    out: dict[str, Stats] = {}
    for seed in range(seeds):
        model = train_digits_mlp(seed)
        d = model.data
        ref = float_forward(model.layers, d.x_test)
        fp32 = accuracy(ref, d.y_test)
        for label, fmt, act in CONFIGS:
            stats = out.setdefault(label, {k: [] for k in ("fp32", "rtn", "ed", "rtn_db", "ed_db")})
            stats["fp32"].append(fp32)
            for method, q in (
                ("rtn", quantize_rtn(model.layers, fmt, act_fmt=act)),
                ("ed", quantize_ed(model.layers, fmt, d.x_cal, act_fmt=act)),
            ):
                y = forward(q, d.x_test)
                stats[method].append(accuracy(y, d.y_test))
                stats[f"{method}_db"].append(sqnr_db(ref, y))
    return out


def quality_tables(seeds: int = 5) -> dict[str, Any]:
    """All measurements as data: per-seed values under `synthetic` and `digits`."""
    return {
        "seeds": seeds,
        "synthetic": _synthetic(seeds),
        "digits": _digits(seeds),
        "config": {
            "K": K,
            "N": N,
            "calibration_rows": CAL_ROWS,
            "held_out_rows": TEST_ROWS,
            "ar1_rho": AR1_RHO,
            "low_rank": LOW_RANK,
            "weights": "student-t, 3 dof, / sqrt(K)",
            "block_size": 32,
            "rounding": "even",
            "scale_rule": "floor",
        },
    }


def _ms(values: list[float], scale: float = 1.0) -> str:
    a = np.asarray(values) * scale
    return f"{a.mean():6.2f} ± {a.std():4.2f}"


def format_tables(results: dict[str, Any]) -> str:
    """Plain-text tables of `quality_tables` output."""
    lines = []
    names = {
        "ar1": f"AR(1) rho={AR1_RHO}",
        "lowrank": f"rank {LOW_RANK} + noise",
        "iid": "i.i.d. (control)",
    }
    lines.append(
        f"(a) Student-t W [{K}x{N}], output SQNR in dB on held-out rows, {results['seeds']} seeds"
    )
    for model, table in results["synthetic"].items():
        lines.append(f"\n  inputs: {names[model]}")
        lines.append(
            f"  {'weights W / activations A':34s} {'RTN':>15s} {'ED':>15s} {'ED - RTN':>15s}"
        )
        for label, s in table.items():
            gain = list(np.subtract(s["ed_db"], s["rtn_db"]))
            lines.append(
                f"  {label:34s} {_ms(s['rtn_db']):>15s} {_ms(s['ed_db']):>15s} {_ms(gain):>15s}"
            )
    seeds = results["seeds"]
    lines.append(f"\n(b) digits MLP 64-128-64-10, held-out accuracy in % (500 rows), {seeds} seeds")
    head = ("fp32", "RTN", "ED", "ED - fp32", "RTN SQNR dB", "ED SQNR dB")
    lines.append(f"  {'weights W / activations A':34s} " + " ".join(f"{h:>15s}" for h in head))
    for label, s in results["digits"].items():
        loss = list(np.subtract(s["ed"], s["fp32"]))
        cells = (
            _ms(s["fp32"], 100),
            _ms(s["rtn"], 100),
            _ms(s["ed"], 100),
            _ms(loss, 100),
            _ms(s["rtn_db"]),
            _ms(s["ed_db"]),
        )
        lines.append(f"  {label:34s} " + " ".join(f"{c:>15s}" for c in cells))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    """Print the quality tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=5)
    args = parser.parse_args(argv)
    print(format_tables(quality_tables(args.seeds)))


if __name__ == "__main__":
    main()
