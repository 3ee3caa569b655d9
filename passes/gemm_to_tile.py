"""`gemm-to-tile`: lower every mapped GEMM layer to a `tile.program`.

Generates each layer's tile program (matmul, zero and relay kernels, the A, B and output
fifos, core programs, shim transfers) from the recorded mapping, and replaces the module's
contents with the programs in layer order (`@<function>_layer<i>`). The host runs them one
after another, quantizing activations and applying scales, bias and ReLU in between (see
`compiler/gemm_flow.py`).
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import ModulePass
from xdsl.rewriter import Rewriter

from sparta.dialects.tile_extract import build_program
from sparta.passes.gemm_codegen import generate_layer, layer_work
from sparta.passes.gemm_mapping import GemmPlan, Operands
from sparta.passes.gemm_model import GemmLayer
from sparta.passes.gemm_plan import PLACEMENT, matmuls, read_plan, read_quant
from sparta.sim.device import Device, load_device
from sparta.sim.program import TileProgram


@dataclass(frozen=True)
class LoweredLayer:
    """One layer's mapping and the tile program that computes its matmul."""

    layer: GemmLayer
    plan: GemmPlan
    ops: Operands
    method: str
    program: TileProgram


def lower_layers(module: ModuleOp, device: Device) -> list[LoweredLayer]:
    """The tile program of every placed layer of the module's GEMM function."""
    function, model, layers = matmuls(module)
    out = []
    for index, (layer, matmul) in enumerate(zip(model.layers, layers, strict=True)):
        quant = read_quant(matmul)
        plan = read_plan(matmul, PLACEMENT)
        name = f"{function.sym_name.data}_layer{index}"
        ops = quant.operands
        program = generate_layer(name, plan, ops, device, layer_work(layer, ops))
        out.append(LoweredLayer(layer, plan, ops, quant.method, program))
    return out


@dataclass(frozen=True)
class GemmToTilePass(ModulePass):
    """Replace the mapped GEMM function by one tile program per layer."""

    name = "gemm-to-tile"

    target: str = "vck190"
    """Device name or TOML path."""

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        layers = lower_layers(op, load_device(self.target))
        programs = [build_program(item.program) for item in layers]
        for inner in list(op.body.block.ops):
            Rewriter.erase_op(inner, safe_erase=False)
        for program in programs:
            op.body.block.add_op(program)
