"""`stencil-place`: put every core on a tile and give every group its shim channels.

See `stencil_placement` for the rules (stages stacked in a column, SPARTA's B-block
shape for lanes, free columns beside groups that need extra DMA landing channels).
Records `sparta.placement`.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import ModulePass

from sparta.passes.stencil_model import extract_model, find_function
from sparta.passes.stencil_placement import place
from sparta.passes.stencil_plan import PARTITION, PLACEMENT, read_plan, write_plan
from sparta.sim.device import load_device


@dataclass(frozen=True)
class StencilPlacePass(ModulePass):
    """Place cores and assign shim channels."""

    name = "stencil-place"

    target: str = "vck190"
    """Device name or TOML path."""

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        function = find_function(op)
        model = extract_model(function)
        plan = place(model, load_device(self.target), read_plan(function, PARTITION))
        write_plan(function, plan, PLACEMENT)
