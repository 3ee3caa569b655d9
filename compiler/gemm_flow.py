"""Quantized GEMMs and MLPs end to end: quantize, map, simulate layer by layer, check.

The array computes each layer's matmul on quantized operands (`tile.matmul`); the host
does the rest between layers, as a deployment runtime would: it quantizes the layer's
input activations to the activation format (MX blocks along K, int8 per row, bf16), lays
the operand tiles out in the order the shim DMAs stream them, and after the layer applies
the int8 scales, the bias and the ReLU. Layers run one after another; each is its own
`tile.program`. The simulated network output equals `sparta.sim.quantization.forward`
(the numpy model of the same quantized arithmetic) exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import numpy as np
from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp

from sparta.compiler.pipelines import gemm_mapping_pipeline
from sparta.compiler.timing import PhaseTimer
from sparta.passes.gemm_mapping import MX_BLOCK, GemmPlan, Operands
from sparta.passes.gemm_model import GemmModel
from sparta.passes.gemm_to_tile import LoweredLayer, lower_layers
from sparta.sim.device import Device, load_device
from sparta.sim.errors import InputError
from sparta.sim.formats import encode
from sparta.sim.mx_tiles import pack_tile
from sparta.sim.program import dtype_bytes
from sparta.sim.quantization import Layer, QuantizedLayer, quantize_ed, quantize_rtn
from sparta.sim.report import Report, build_report
from sparta.sim.simulator import Simulation, simulate

TILE_FIELDS = ("busy", "stall_input", "stall_output", "overhead", "idle")


def compile_layers(
    module: ModuleOp,
    fmt: str,
    method: str,
    target: str,
    max_tiles: int | None,
    timer: PhaseTimer | None = None,
    ksplit: int = 0,
    io: str = "shim",
) -> list[LoweredLayer]:
    """Map and lower every layer of a copy of `module` with the GEMM passes (shapes only:
    the weights and inputs come at run time); `timer` times each pass; `ksplit` forces
    the cores along K (0: searched); `io` is 'shim' or 'pl' (see `gemm-tile`)."""
    work = module.clone()
    ctx = Context()
    timer = timer or PhaseTimer()
    for mapping_pass in gemm_mapping_pipeline(fmt, method, target, max_tiles, ksplit, io):
        with timer.phase(mapping_pass.name):
            mapping_pass.apply(ctx, work)
    with timer.phase("gemm-to-tile"):
        return lower_layers(work, load_device(target))


def float_layers(model: GemmModel, arrays: list[np.ndarray]) -> list[Layer]:
    """The network's float layers from the argument arrays (weights and biases)."""
    layers = []
    for spec in model.layers:
        weight = arrays[spec.weight_arg].astype(np.float32)
        bias = (
            arrays[spec.bias_arg].astype(np.float32)
            if spec.bias_arg is not None
            else np.zeros(spec.n, np.float32)
        )
        layers.append(Layer(weight, bias, spec.relu))
    return layers


def quantize(
    layers: list[Layer], ops: Operands, method: str, calibration: np.ndarray
) -> list[QuantizedLayer]:
    """RTN or error diffusion of the weights in the layers' formats."""
    if method == "ed":
        return quantize_ed(layers, ops.fmt, calibration, act_fmt=ops.act_fmt)
    return quantize_rtn(layers, ops.fmt, act_fmt=ops.act_fmt)


def _pad(array: np.ndarray, rows: int, cols: int) -> np.ndarray:
    out = np.zeros((rows, cols), dtype=array.dtype)
    out[: array.shape[0], : array.shape[1]] = array
    return out


def a_tiles(
    codes: np.ndarray, scales: np.ndarray | None, plan: GemmPlan, ops: Operands
) -> np.ndarray:
    """A's tiles in stream order: row block by row block, k step by k step."""
    codes = _pad(codes, plan.m_pad, plan.k_pad)
    blocks_k = plan.k // MX_BLOCK
    if ops.mx:
        assert scales is not None
        scales = _pad(scales, plan.m_pad, plan.k_pad // MX_BLOCK)
    parts = []
    for rb in range(plan.m_pad // plan.m):
        rows = slice(rb * plan.m, (rb + 1) * plan.m)
        for s in range(plan.steps):
            tile = codes[rows, s * plan.k : (s + 1) * plan.k]
            if ops.mx:
                assert scales is not None
                tile = pack_tile(tile, scales[rows, s * blocks_k : (s + 1) * blocks_k], ops.act_fmt)
            parts.append(tile.reshape(-1))
    return np.concatenate(parts)


def b_tiles(
    codes: np.ndarray, scales: np.ndarray | None, plan: GemmPlan, ops: Operands
) -> np.ndarray:
    """B's tiles in stream order: k step by k step, column block by column block (the
    `share` blocks of one stream side by side: adjacent columns for plain elements,
    one packed tile after another for MX)."""
    codes = _pad(codes, plan.k_pad, plan.n_pad)
    blocks_k = plan.k // MX_BLOCK
    if ops.mx:
        assert scales is not None
        scales = _pad(scales, plan.k_pad // MX_BLOCK, plan.n_pad)
    parts = []
    width = plan.n * plan.share
    for s in range(plan.steps):
        rows = slice(s * plan.k, (s + 1) * plan.k)
        for group in range(plan.n_pad // width):
            if not ops.mx:
                parts.append(codes[rows, group * width : (group + 1) * width].reshape(-1))
                continue
            assert scales is not None
            for cb in range(group * plan.share, (group + 1) * plan.share):
                cols = slice(cb * plan.n, (cb + 1) * plan.n)
                tile = pack_tile(
                    codes[rows, cols], scales[s * blocks_k : (s + 1) * blocks_k, cols], ops.fmt
                )
                parts.append(tile)
    return np.concatenate(parts)


def _as_tokens(codes: np.ndarray, ops: Operands) -> np.ndarray:
    """Codes as the token element type: int8 bytes, packed MX bytes, or bf16 values."""
    if ops.element == "bf16":
        import ml_dtypes

        return codes.astype(np.uint16).view(ml_dtypes.bfloat16)
    return codes.astype(np.uint8).view(np.int8)


@dataclass
class LayerRun:
    """The simulation of one layer and its report."""

    simulation: Simulation
    report: Report


def run_network(
    compiled: list[LoweredLayer],
    qlayers: list[QuantizedLayer],
    x: np.ndarray,
    device: Device,
    *,
    trace: bool = False,
    progress: Any = None,
) -> tuple[np.ndarray, list[LayerRun], list[np.ndarray]]:
    """Simulate every layer on the array with host steps between; returns the output, the
    runs, and each layer's input activations (for per-layer checks)."""
    h = np.asarray(x, dtype=np.float32)
    runs = []
    inputs = []
    for item, q in zip(compiled, qlayers, strict=True):
        if h.shape != (item.layer.m, item.layer.k):
            raise InputError(
                f"layer input has shape {h.shape}, expected {(item.layer.m, item.layer.k)}"
            )
        inputs.append(h)
        xs, xc = encode(h, q.act_fmt, 1, q.block_size, q.rounding, q.scale_rule)
        ops, plan = item.ops, item.plan
        a = a_tiles(_as_tokens(xc, ops), xs if ops.mx else None, plan, ops)
        b = b_tiles(_as_tokens(q.w_codes, ops), q.w_scales if ops.mx else None, plan, ops)
        c = np.zeros((plan.m_pad, plan.n_pad), dtype=np.int32 if ops.acc == "i32" else np.float32)
        simulation = simulate(item.program, device, [a, b, c], trace=trace, progress=progress)
        acc = simulation.outputs[2][: item.layer.m, : item.layer.n]
        y = _epilogue(acc, q, xs, ops)
        runs.append(LayerRun(simulation, build_report(item.program, device, simulation.timing)))
        h = y
    return h, runs, inputs


def _epilogue(acc: np.ndarray, q: QuantizedLayer, act_scales: Any, ops: Operands) -> np.ndarray:
    """Host: int8 scales (as `formats.int8_matmul`), bias, ReLU (as `QuantizedLayer.apply`)."""
    if ops.acc == "i32":
        sa = np.asarray(act_scales, np.float32)
        sb = np.asarray(q.w_scales, np.float32)
        y = (acc.astype(np.float32) * (sa * sb).astype(np.float32)).astype(np.float32)
    else:
        y = acc.astype(np.float32)
    y = (y + q.bias).astype(np.float32)
    return np.maximum(y, np.float32(0)) if q.relu else y


def combined_report(runs: list[LayerRun], device: Device, operands: Operands) -> dict[str, Any]:
    """One report for the whole network: times and work add up; per-layer reports kept.
    `published` lists the device file's measurements of designs in the same format, each
    as a fraction of the peak at the clock it ran at (the array is the same)."""
    layers = [run.report.to_json() for run in runs]
    cycles = sum(d["cycles"] for d in layers)
    ops = sum(d["ops"] for d in layers)
    clock = device.array.clock_hz
    seconds = cycles / clock
    roofline_seconds = sum(
        d["ops"] / (d["roofline_gops"] * 1e9) for d in layers if d["roofline_gops"]
    )
    roofline = ops / roofline_seconds / 1e9 if roofline_seconds else 0.0
    peak_tops = max(d["peak"]["compute_gops"] for d in layers) / 1e3
    throughput = ops / seconds / 1e9 if seconds else 0.0
    per_tile: dict[str, dict[str, float]] = {}
    for d in layers:
        for tile, stats in d["per_tile"].items():
            entry = per_tile.setdefault(tile, dict.fromkeys(TILE_FIELDS, 0.0))
            for key in entry:
                entry[key] += stats[key]
    for entry in per_tile.values():
        entry["utilization"] = entry["busy"] / cycles if cycles else 0.0
    first = layers[0]
    published = [
        {
            "design": figure.design,
            "format": figure.format,
            "tops": figure.tops,
            "clock_hz": figure.clock_hz,
            "peak_tops": peak_tops * figure.clock_hz / clock,
            "peak_fraction": figure.tops / (peak_tops * figure.clock_hz / clock),
        }
        for figure in device.published
        if figure.format == operands.fmt == operands.act_fmt and peak_tops
    ]
    return {
        "program": first["program"].rsplit("_layer", 1)[0],
        "device": device.name,
        "device_file": device.path,
        "clock_hz": clock,
        "versions": first["versions"],
        "tiles_used": max(d["tiles_used"] for d in layers),
        "cycles": cycles,
        "seconds": seconds,
        "ops": ops,
        "throughput_gops": throughput,
        "throughput_tops": throughput / 1e3,
        "roofline_gops": roofline,
        "roofline_fraction": throughput / roofline if roofline else 0.0,
        "peak_fraction": throughput / 1e3 / peak_tops if peak_tops else 0.0,
        "peak_tops": peak_tops,
        "load_imbalance": max(d["load_imbalance"] for d in layers),
        "per_tile": per_tile,
        "layers": layers,
        "published": published,
        "why_not_peak": {"per_layer": [d.get("why_not_peak") for d in layers]},
        "simulation": {
            "events": sum(d["simulation"]["events"] for d in layers),
            "wall_seconds": sum(d["simulation"]["wall_seconds"] for d in layers),
        },
    }


def render_summary(data: dict[str, Any], runs: list[LayerRun]) -> str:
    """Terminal text: the network line, then each layer's report."""
    lines = [
        f"{data['program']} on {data['device']}: {len(runs)} layer(s), {data['cycles']:,} cycles "
        f"({data['seconds'] * 1e6:,.1f} us), {data['throughput_tops']:.3f} TOPS = "
        f"{100 * data['peak_fraction']:.1f}% of the device peak, "
        f"{100 * data['roofline_fraction']:.1f}% of the roofline"
    ]
    for entry in data["published"]:
        lines.append(
            f"  published on {data['device']}: {entry['design']} {entry['format']} "
            f"{entry['tops']:.2f} TOPS = {100 * entry['peak_fraction']:.1f}% of its "
            f"{entry['peak_tops']:.1f} TOPS peak at {entry['clock_hz'] / 1e9:g} GHz (sparta: "
            f"{100 * data['peak_fraction']:.1f}% at {data['clock_hz'] / 1e9:g} GHz)"
        )
    for index, run in enumerate(runs):
        lines.append(f"-- layer {index}")
        lines.append(run.report.render())
    return "\n".join(lines)


def check_dtypes(model: GemmModel, arrays: list[np.ndarray]) -> None:
    for spec in model.layers:
        if arrays[spec.weight_arg].dtype.kind != "f":
            raise InputError(f"weights arg{spec.weight_arg} must be floating point")


__all__ = [
    "LoweredLayer",
    "a_tiles",
    "b_tiles",
    "combined_report",
    "compile_layers",
    "dtype_bytes",
    "float_layers",
    "quantize",
    "replace",
    "run_network",
]
