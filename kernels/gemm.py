"""GEMM and MLP workloads as upstream MLIR on tensors (`linalg.matmul` chains).

`gemm(m, k, n)` is `C = A @ B`; `mlp(batch, sizes)` is a chain of layers
`h = relu(h @ W_i + b_i)` (no ReLU after the last). The bias add and the ReLU are
`linalg.generic` ops, the matmul `linalg.matmul` on a zero-filled init tensor, the shape of
programs produced by torch-mlir and IREE's importers. Arguments are the input first, then
each layer's weight [K, N] and bias [N]; the function returns the last layer's output.
The programs are float; `sparta-compile --quantize FMT` quantizes the weights.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from sparta.sim.errors import UsageError

DTYPES = ("f32",)


def _check(values: Sequence[int], what: str) -> None:
    if any(v < 1 for v in values):
        raise UsageError(f"{what} must all be at least 1, got {list(values)}")


def gemm(m: int = 256, k: int = 256, n: int = 256, dtype: str = "f32") -> str:
    """`C[m, n] = A[m, k] @ B[k, n]` in float32."""
    _check((m, k, n), "gemm sizes")
    if dtype not in DTYPES:
        raise UsageError(f"gemm supports {', '.join(DTYPES)}, not '{dtype}'")
    return "\n".join(
        [
            f"// gemm: C[{m}x{n}] = A[{m}x{k}] @ B[{k}x{n}], {dtype}.",
            f"func.func @gemm(%a: tensor<{m}x{k}xf32>, %b: tensor<{k}x{n}xf32>) -> "
            f"tensor<{m}x{n}xf32> {{",
            "  %zero = arith.constant 0.0 : f32",
            f"  %init = tensor.empty() : tensor<{m}x{n}xf32>",
            f"  %acc = linalg.fill ins(%zero : f32) outs(%init : tensor<{m}x{n}xf32>) -> "
            f"tensor<{m}x{n}xf32>",
            f"  %c = linalg.matmul ins(%a, %b : tensor<{m}x{k}xf32>, tensor<{k}x{n}xf32>) "
            f"outs(%acc : tensor<{m}x{n}xf32>) -> tensor<{m}x{n}xf32>",
            f"  func.return %c : tensor<{m}x{n}xf32>",
            "}",
            "",
        ]
    )


def mlp(batch: int = 500, sizes: Sequence[int] = (64, 128, 64, 10), dtype: str = "f32") -> str:
    """A ReLU MLP `sizes[0] -> ... -> sizes[-1]` on `batch` rows, in float32."""
    _check((batch, *sizes), "mlp sizes")
    if len(sizes) < 2:
        raise UsageError("an MLP needs at least an input and an output size")
    if dtype not in DTYPES:
        raise UsageError(f"mlp supports {', '.join(DTYPES)}, not '{dtype}'")
    layers = list(pairwise(sizes))
    args = [f"%x: tensor<{batch}x{sizes[0]}xf32>"]
    for i, (k, n) in enumerate(layers):
        args += [f"%w{i}: tensor<{k}x{n}xf32>", f"%b{i}: tensor<{n}xf32>"]
    out = f"tensor<{batch}x{sizes[-1]}xf32>"
    lines = [
        f"// mlp: {' -> '.join(map(str, sizes))} on {batch} rows, ReLU between layers, {dtype}.",
        "#row = affine_map<(d0, d1) -> (d0, d1)>",
        "#col = affine_map<(d0, d1) -> (d1)>",
        f"func.func @mlp({', '.join(args)}) -> {out} {{",
        "  %zero = arith.constant 0.0 : f32",
    ]
    h = "%x"
    for i, (k, n) in enumerate(layers):
        t = f"tensor<{batch}x{n}xf32>"
        lines += [
            f"  %init{i} = tensor.empty() : {t}",
            f"  %acc{i} = linalg.fill ins(%zero : f32) outs(%init{i} : {t}) -> {t}",
            f"  %mm{i} = linalg.matmul ins({h}, %w{i} : tensor<{batch}x{k}xf32>, "
            f"tensor<{k}x{n}xf32>) outs(%acc{i} : {t}) -> {t}",
            f"  %biased{i} = linalg.generic {{indexing_maps = [#row, #col, #row], "
            f'iterator_types = ["parallel", "parallel"]}} ins(%mm{i}, %b{i} : {t}, '
            f"tensor<{n}xf32>) outs(%init{i} : {t}) {{",
            "  ^bb0(%v: f32, %bias: f32, %unused: f32):",
            "    %s = arith.addf %v, %bias : f32",
            "    linalg.yield %s : f32",
            f"  }} -> {t}",
        ]
        h = f"%biased{i}"
        if i < len(layers) - 1:
            lines += [
                f"  %relu{i} = linalg.generic {{indexing_maps = [#row, #row], "
                f'iterator_types = ["parallel", "parallel"]}} ins({h} : {t}) '
                f"outs(%init{i} : {t}) {{",
                "  ^bb0(%v: f32, %unused: f32):",
                "    %r = arith.maximumf %v, %zero : f32",
                "    linalg.yield %r : f32",
                f"  }} -> {t}",
            ]
            h = f"%relu{i}"
    lines += [f"  func.return {h} : {out}", "}", ""]
    return "\n".join(lines)
