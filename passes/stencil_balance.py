"""`stencil-balance`: choose the pipeline shape and which apply runs in which stage.

Takes the best-ranked decision of the strategy (`stencil_strategies.rank`: stages cut
from the applies by a min-max partition of their simulated cycles, lanes, and groups
within the tile budget and the shim channels) whose mapping fits the device
(`stencil_mapping.choose`). Records `sparta.stage` on every apply and `sparta.mapping`
on the function.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import ModulePass

from sparta.passes.stencil_mapping import choose, decision_plan
from sparta.passes.stencil_model import extract_model, find_function
from sparta.passes.stencil_plan import MAPPING, write_plan
from sparta.passes.stencil_prepare import read_work
from sparta.sim.device import load_device


@dataclass(frozen=True)
class StencilBalancePass(ModulePass):
    """Assign applies to stages and pick stages x lanes x groups."""

    name = "stencil-balance"

    strategy: str = "auto"
    """auto, uniform or sparta-bblock."""
    target: str = "vck190"
    """Device name or TOML path."""
    max_tiles: int = 0
    """Use at most this many compute tiles (0: all)."""

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        function = find_function(op)
        model = extract_model(function)
        device = load_device(self.target)
        decision, _ = choose(
            model, device, self.strategy, self.max_tiles or None, read_work(function)
        )
        write_plan(function, decision_plan(self.strategy, decision), MAPPING)
