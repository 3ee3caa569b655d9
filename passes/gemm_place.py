"""`gemm-place`: put every layer's grid on the array and give it shim channels.

Each B column group sits next to the shim tile of its MM2S channel, grid rows fill the
compute rows bottom-up (row 0 of the grid, where the outputs leave, nearest the shims), the
A rows take the MM2S channels after B's, and every column drains through the nearest free
S2MM channel (see `gemm_mapping.place`). Records `sparta.placement`.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import ModulePass

from sparta.passes.gemm_mapping import place
from sparta.passes.gemm_plan import PARTITION, PLACEMENT, matmuls, read_plan, write_plan
from sparta.sim.device import load_device


@dataclass(frozen=True)
class GemmPlacePass(ModulePass):
    """Record the tiles and shim channels of every layer."""

    name = "gemm-place"

    target: str = "vck190"
    """Device name or TOML path."""

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        device = load_device(self.target)
        _, _, layers = matmuls(op)
        for matmul in layers:
            write_plan(matmul, place(read_plan(matmul, PARTITION), device), PLACEMENT)
