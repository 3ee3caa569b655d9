"""`gemm-quantize`: choose every layer's number formats and how the device runs them.

Records `sparta.quant` on each `linalg.matmul`: the weight format, the activation format
(by default the format's partner, e.g. MXFP8 E4M3 activations for MXFP4 weights), the
quantization method (`rtn` or `ed`, applied by `sparta-compile` to the weights it is given),
the MAC precision the target runs the pair at (natively, or by an exact decode the cost
model charges), and the element and accumulator types of the streamed tiles. The weights
themselves are function arguments, quantized at run time when their values are known.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import ModulePass

from sparta.passes.gemm_mapping import operands
from sparta.passes.gemm_plan import Quantization, matmuls, write_quant
from sparta.sim.device import load_device
from sparta.sim.errors import UsageError
from sparta.sim.formats import FORMATS
from sparta.sim.quantization import METHODS, resolve_formats


@dataclass(frozen=True)
class GemmQuantizePass(ModulePass):
    """Record the formats of every layer."""

    name = "gemm-quantize"

    format: str = "bf16"
    """Weight format: int8, bf16 or an MX format (mxint8, mxfp8_e4m3, ..., mxfp4_e2m1)."""
    activations: str = ""
    """Activation format; empty for the weight format's default partner."""
    method: str = "rtn"
    """Weight quantization: round to nearest (rtn) or error diffusion (ed)."""
    target: str = "vck190"
    """Device name or TOML path."""

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        if self.format not in FORMATS:
            raise UsageError(f"unknown format '{self.format}': choose one of {', '.join(FORMATS)}")
        if self.method not in METHODS:
            raise UsageError(f"unknown quantization method '{self.method}': {' or '.join(METHODS)}")
        fmt, act = resolve_formats(self.format, self.activations or None)
        ops = operands(fmt.name, act.name, load_device(self.target))
        _, _, layers = matmuls(op)
        for matmul in layers:
            write_quant(matmul, Quantization(self.method, ops))
