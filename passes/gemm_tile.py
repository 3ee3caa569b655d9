"""`gemm-tile`: choose each layer's per-core tile (m x k x n) and B-stream sharing.

Searches every tile size whose core fits local memory (A and B double-buffered, two output
buffers, the stack), jointly with the grid it would run on (see `gemm_mapping`), and keeps
the tile of the fastest estimate. `m`, `k`, `n` and `share` options force a tile instead;
a forced tile that does not fit is an error naming every buffer. Records
`sparta.gemm_tile`; `gemm-partition` then chooses the grid for it.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import ModulePass

from sparta.dialects.locations import location_of
from sparta.passes.gemm_mapping import MX_BLOCK
from sparta.passes.gemm_plan import TILES, matmuls, read_quant, write_plan
from sparta.passes.gemm_search import choose_plan
from sparta.sim.device import load_device
from sparta.sim.errors import SpartaError, UsageError


@dataclass(frozen=True)
class GemmTilePass(ModulePass):
    """Record the per-core tile of every layer."""

    name = "gemm-tile"

    target: str = "vck190"
    """Device name or TOML path."""
    max_tiles: int = 0
    """At most this many cores per layer (0: the whole array)."""
    m: int = 0
    """Force the output tile's rows (0: search)."""
    k: int = 0
    """Force the K step (0: search); a multiple of the MX block (32) for MX formats."""
    n: int = 0
    """Force the output tile's columns (0: search)."""
    share: int = 1
    """Columns fed by one B stream, when the tile is forced."""
    io: str = "shim"
    """Where A, B and the outputs cross the array edge: 'shim' (the interface tiles' DMA
    channels) or 'pl' (PL streams, fed by data movers in programmable logic)."""

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        forced = (self.m, self.k, self.n)
        if any(forced) and not all(forced):
            raise UsageError("gemm-tile: give all of m, k and n to force a tile, or none")
        if any(v < 0 for v in (*forced, self.max_tiles)) or self.share < 1:
            raise UsageError("gemm-tile: sizes must be positive")
        device = load_device(self.target)
        _, model, layers = matmuls(op)
        for layer, matmul in zip(model.layers, layers, strict=True):
            ops = read_quant(matmul).operands
            tiles = None
            if all(forced):
                if ops.mx and self.k % MX_BLOCK:
                    raise UsageError(
                        f"gemm-tile: k={self.k} must be a multiple of the MX block "
                        f"({MX_BLOCK}) for '{ops.fmt}'",
                        location_of(matmul),
                    )
                tiles = (self.m, self.k, self.n, self.share)
            try:
                plan = choose_plan(layer, ops, device, self.max_tiles or None, tiles, io=self.io)
            except SpartaError as error:
                raise error.with_location(location_of(matmul)) from None
            write_plan(matmul, plan, TILES)
