"""The pass pipelines `sparta-compile` runs, one per program kind and strategy.

Stencil programs:
    stencil-normalize -> stencil-fold-constants -> stencil-dce -> stencil-combine-to-select
    -> stencil-prepare
    -> [strategy rewrites] -> stencil-balance -> stencil-replicate
    -> stencil-place -> stencil-buffers -> stencil-to-tile
where the strategy rewrites are `stencil-split` (auto: only applies one core cannot keep
pace with), none (uniform), or xDSL's `stencil-inlining` then `stencil-split{parts=3
forward-fields=true}` (sparta-bblock: SPARTA's inlined three-core pipeline).

GEMM/MLP programs:
    gemm-quantize -> gemm-tile -> gemm-partition -> gemm-place -> gemm-to-tile
"""

from __future__ import annotations

from xdsl.passes import ModulePass
from xdsl.transforms.stencil_inlining import StencilInliningPass

from sparta.compiler.fold_constants import StencilFoldConstantsPass
from sparta.passes.gemm_partition import GemmPartitionPass
from sparta.passes.gemm_place import GemmPlacePass
from sparta.passes.gemm_quantize import GemmQuantizePass
from sparta.passes.gemm_tile import GemmTilePass
from sparta.passes.gemm_to_tile import GemmToTilePass
from sparta.passes.stencil_balance import StencilBalancePass
from sparta.passes.stencil_buffers import StencilBuffersPass
from sparta.passes.stencil_combine_to_select import StencilCombineToSelectPass
from sparta.passes.stencil_dce import StencilDcePass
from sparta.passes.stencil_normalize import StencilNormalizePass
from sparta.passes.stencil_place import StencilPlacePass
from sparta.passes.stencil_prepare import StencilPreparePass
from sparta.passes.stencil_replicate import StencilReplicatePass
from sparta.passes.stencil_split import StencilSplitPass
from sparta.passes.stencil_strategies import STRATEGIES
from sparta.passes.stencil_to_tile import StencilToTilePass
from sparta.sim.errors import UsageError

LOWERING = "stencil-to-tile"


def stencil_pipeline(strategy: str, target: str, max_tiles: int | None) -> list[ModulePass]:
    """Every pass from a parsed stencil program to a tile program."""
    if strategy not in STRATEGIES:
        raise UsageError(f"unknown --strategy '{strategy}': choose one of {', '.join(STRATEGIES)}")
    passes: list[ModulePass] = [
        StencilNormalizePass(),
        StencilFoldConstantsPass(),
        StencilDcePass(),
        StencilCombineToSelectPass(),
        StencilPreparePass(),
    ]
    if strategy == "auto":
        passes.append(StencilSplitPass(target=target))
    elif strategy == "sparta-bblock":
        passes.append(StencilInliningPass())
        passes.append(StencilSplitPass(parts=3, forward_fields=True, target=target))
    passes += [
        StencilBalancePass(strategy=strategy, target=target, max_tiles=max_tiles or 0),
        StencilReplicatePass(target=target),
        StencilPlacePass(target=target),
        StencilBuffersPass(target=target),
        StencilToTilePass(target=target),
    ]
    return passes


def gemm_mapping_pipeline(
    fmt: str,
    method: str,
    target: str,
    max_tiles: int | None,
    ksplit: int = 0,
    io: str = "shim",
) -> list[ModulePass]:
    """The GEMM passes that decide the mapping (everything before `gemm-to-tile`);
    `ksplit` forces the cores along K (0: searched); `io` picks shim DMA or PL streams."""
    return [
        GemmQuantizePass(format=fmt, method=method, target=target),
        GemmTilePass(target=target, max_tiles=max_tiles or 0, io=io),
        GemmPartitionPass(target=target, max_tiles=max_tiles or 0, ksplit=ksplit),
        GemmPlacePass(target=target),
    ]


def gemm_pipeline(
    fmt: str, method: str, target: str, max_tiles: int | None, io: str = "shim"
) -> list[ModulePass]:
    """Every pass from a parsed GEMM/MLP program to its tile programs."""
    mapping = gemm_mapping_pipeline(fmt, method, target, max_tiles, io=io)
    return [*mapping, GemmToTilePass(target=target)]
