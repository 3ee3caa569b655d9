"""`stencil-to-tile`: lower the planned stencil program to the tile dialect.

Generates the `TileProgram` (kernels, fifos, core programs, shim transfers, links) from
the plan the previous passes recorded, and replaces the module's contents with the
equivalent `tile.program` op. The plan stays visible as the program's attributes.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import ModulePass
from xdsl.rewriter import Rewriter

from sparta.dialects.tile_extract import build_program
from sparta.passes.stencil_codegen import generate
from sparta.passes.stencil_model import extract_model, find_function
from sparta.passes.stencil_plan import BUFFERS, read_plan
from sparta.passes.stencil_prepare import read_work
from sparta.sim.device import load_device


@dataclass(frozen=True)
class StencilToTilePass(ModulePass):
    """Replace the planned stencil function by a tile program."""

    name = "stencil-to-tile"

    target: str = "vck190"
    """Device name or TOML path."""

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        function = find_function(op)
        model = extract_model(function)
        plan = read_plan(function, BUFFERS)
        program = generate(model, plan, load_device(self.target), read_work(function))
        program_op = build_program(program)
        for inner in list(op.body.block.ops):
            Rewriter.erase_op(inner, safe_erase=False)
        op.body.block.add_op(program_op)
