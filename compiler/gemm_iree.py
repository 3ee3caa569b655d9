"""IREE as a third execution of GEMM layers: float math on the quantized operands.

For every layer, IREE compiles `act(x_q @ W_q + b)` in float32, where `x_q` is the layer's
input quantized and dequantized to the activation format and `W_q` the dequantized
weights, and runs it on the CPU. Its result differs from the exact MX block arithmetic
only by float32 rounding in the sums, so it must lie within the fp32 dot-product bound
`2 K u (|x_q| @ |W_q|)` (u = 2^-24) of the simulator's layer output (before bias and ReLU
both round the same way).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from sparta.compiler.check import ArrayComparison, CheckResult
from sparta.passes.gemm_to_tile import LoweredLayer
from sparta.sim.errors import CheckFailed
from sparta.sim.formats import fake_quantize
from sparta.sim.quantization import QuantizedLayer

UNIT_ROUNDOFF = 2.0**-24


def layer_mlir(m: int, k: int, n: int) -> str:
    """`x @ w` in float32 as upstream MLIR."""
    x, w, y = (f"tensor<{a}x{b}xf32>" for a, b in ((m, k), (k, n), (m, n)))
    return "\n".join(
        [
            f"func.func @layer(%x: {x}, %w: {w}) -> {y} {{",
            "  %zero = arith.constant 0.0 : f32",
            f"  %init = tensor.empty() : {y}",
            f"  %acc = linalg.fill ins(%zero : f32) outs(%init : {y}) -> {y}",
            f"  %y = linalg.matmul ins(%x, %w : {x}, {w}) outs(%acc : {y}) -> {y}",
            f"  func.return %y : {y}",
            "}",
            "",
        ]
    )


def _run(text: str, inputs: list[np.ndarray]) -> np.ndarray:
    from sparta.compiler.iree_reference import _import, _runtime_config, compile_mlir

    runtime = _import("iree.runtime")
    config = _runtime_config()
    context = runtime.SystemContext(config=config)
    context.add_vm_module(runtime.VmModule.copy_buffer(context.instance, compile_mlir(text)))
    function = context.modules.module["layer"]
    arrays = [runtime.asdevicearray(config.device, np.ascontiguousarray(a)) for a in inputs]
    return np.asarray(function(*arrays).to_host(), dtype=np.float32)


def check_layers(
    compiled: list[LoweredLayer],
    qlayers: list[QuantizedLayer],
    layer_inputs: list[np.ndarray],
    runs: list[Any],
) -> tuple[CheckResult, CheckFailed | None]:
    """Compare every simulated layer's matmul with IREE's float32 one."""
    arrays = []
    failure = None
    items = zip(compiled, qlayers, layer_inputs, runs, strict=True)
    for index, (item, q, x, run) in enumerate(items):
        layer = item.layer
        if q.act_fmt.name == "int8":  # per-row int8 scales, as the host quantizes them
            xq = fake_quantize(x, q.act_fmt, 1)
        else:
            xq = fake_quantize(x, q.act_fmt, 1, q.block_size, q.rounding, q.scale_rule)
        wq = q.weight()
        operands = [xq.astype(np.float32), wq.astype(np.float32)]
        got = _run(layer_mlir(layer.m, layer.k, layer.n), operands).astype(np.float64)
        acc = run.simulation.outputs[2][: layer.m, : layer.n].astype(np.float64)
        if item.ops.acc == "i32":  # integer codes: back to values with both scales
            acc = _int8_scaled(acc, x, q)
        magnitude = np.abs(xq).astype(np.float64) @ np.abs(wq).astype(np.float64)
        bound = 2 * layer.k * UNIT_ROUNDOFF * magnitude
        diff = np.abs(got - acc)
        bad = int(np.count_nonzero(diff > bound + 1e-30))
        relative = diff / np.maximum(np.abs(acc), 1e-30)
        arrays.append(
            ArrayComparison(
                f"layer{index}",
                float(diff.max(initial=0)),
                float(relative.max(initial=0)),
                bad,
                bad == 0,
            )
        )
        if bad and failure is None:
            failure = CheckFailed(
                f"layer {index}: {bad} outputs differ from IREE by more than the fp32 "
                "dot-product error bound"
            )
    return CheckResult("iree (float32 on the quantized operands)", tuple(arrays)), failure


def _int8_scaled(acc: np.ndarray, x: np.ndarray, q: QuantizedLayer) -> np.ndarray:
    from sparta.sim.formats import encode

    sa, _ = encode(x, q.act_fmt, 1)
    sb = np.asarray(q.w_scales, np.float64)
    return acc * np.asarray(sa, np.float64) * sb
