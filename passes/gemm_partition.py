"""`gemm-partition`: spread each layer over an R x C grid of cores.

For the tile `gemm-tile` chose, tries every grid that fits the tile budget and the shim
channels (R A streams plus C / share B streams in, C output streams out), each also with
K split over 2 or 4 cores in a chain (which multiplies the input streams, not the output
streams), and keeps the fastest estimate (fewest cores on ties). M, N and K that are not
multiples of the grid's coverage (R m, C n, k times the split) are zero-padded: the
padding is computed but not counted as work, and the bottom core of every column gets as
many output buffers as memory allows so a round's relayed tiles need not wait for the
drain. Records `sparta.partition`.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import ModulePass

from sparta.dialects.locations import location_of
from sparta.passes.gemm_plan import PARTITION, matmuls, read_quant, read_tiles, write_plan
from sparta.passes.gemm_search import choose_plan
from sparta.sim.device import load_device
from sparta.sim.errors import SpartaError, UsageError


@dataclass(frozen=True)
class GemmPartitionPass(ModulePass):
    """Record the core grid and padded shape of every layer."""

    name = "gemm-partition"

    target: str = "vck190"
    """Device name or TOML path."""
    max_tiles: int = 0
    """At most this many cores per layer (0: the whole array)."""
    ksplit: int = 0
    """Cores along K per output tile (0: let the search choose)."""

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        if self.max_tiles < 0:
            raise UsageError("gemm-partition: max-tiles must be positive")
        if self.ksplit < 0:
            raise UsageError("gemm-partition: ksplit must be positive (0: search)")
        device = load_device(self.target)
        _, model, layers = matmuls(op)
        for layer, matmul in zip(model.layers, layers, strict=True):
            ops = read_quant(matmul).operands
            t = read_tiles(matmul)
            try:
                plan = choose_plan(
                    layer,
                    ops,
                    device,
                    self.max_tiles or None,
                    (t.m, t.k, t.n, t.share),
                    self.ksplit or None,
                    t.io,
                )
            except SpartaError as error:
                raise error.with_location(location_of(matmul)) from None
            write_plan(matmul, plan, PARTITION)
