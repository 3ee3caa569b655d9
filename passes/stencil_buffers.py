"""`stencil-buffers`: size every fifo's buffers to fit local memory, re-tiling if needed.

Each fifo end gets its window plus one buffer (so the producer can write while the
consumer reads) plus `slack` more to absorb jitter. If some tile's memory overflows, the
slack is dropped; if it still overflows, pencils are narrowed along the vector dimension
(2, 3, 4, ... column blocks, with their halos recomputed) until everything fits. A program
that cannot fit fails with the tile, its budget and its usage item by item.
Records `sparta.buffers` (and an updated `sparta.partition` when it re-tiles).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from math import ceil

from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import ModulePass

from sparta.passes.stencil_codegen import generate
from sparta.passes.stencil_geometry import pencils
from sparta.passes.stencil_model import StencilModel, extract_model, find_function
from sparta.passes.stencil_plan import BUFFERS, PLACEMENT, Plan, read_plan, write_plan
from sparta.passes.stencil_prepare import read_work
from sparta.passes.stencil_strategies import assign_pencils
from sparta.sim.device import Device, load_device
from sparta.sim.errors import ResourceError
from sparta.sim.program import Coord, TileKind, Work
from sparta.sim.validate import memory_usage

MAX_COLUMN_BLOCKS = 16


def overflow(
    program_usage: dict[Coord, list[tuple[str, int]]], device: Device
) -> list[tuple[Coord, int, int]]:
    """(tile, needed, budget) of every tile whose memory overflows."""
    out = []
    for tile, items in sorted(program_usage.items()):
        budget = (
            device.memory_tile.bytes
            if device.kind(tile) is TileKind.MEMORY
            else device.core.local_memory_bytes
        )
        needed = sum(size for _, size in items)
        if needed > budget:
            out.append((tile, needed, budget))
    return out


def fit(model: StencilModel, plan: Plan, device: Device, work: Work, slack: int) -> Plan:
    """The plan with the most slack and widest pencils whose buffers fit every tile."""
    worst: tuple[Coord, int, int, list[tuple[str, int]]] | None = None
    for column_blocks in range(1, MAX_COLUMN_BLOCKS + 1):
        trial = _narrowed(model, plan, column_blocks)
        if trial is None:
            continue
        for extra in dict.fromkeys((slack, 0)):
            candidate = replace(trial, slack=extra)
            usage = memory_usage(generate(model, candidate, device, work), device)
            over = overflow(usage, device)
            if not over:
                return candidate
            tile, needed, budget = max(over, key=lambda item: item[1] - item[2])
            if worst is None or column_blocks == 1:
                worst = (tile, needed, budget, usage[tile])
    assert worst is not None
    tile, needed, budget, items = worst
    detail = ", ".join(f"{name} {size / 1024:.1f} KB" for name, size in items)
    raise ResourceError(
        f"tile {tile} needs {needed / 1024:.1f} KB of {budget / 1024:.0f} KB local memory "
        f"({detail}); narrowing pencils down to {MAX_COLUMN_BLOCKS} column blocks and dropping "
        "extra buffers did not fit either: use more stages (fewer fields per core) or a "
        "smaller grid"
    )


def _narrowed(model: StencilModel, plan: Plan, column_blocks: int) -> Plan | None:
    if column_blocks == 1:
        return plan
    vector = model.rank - 1
    extent = model.output_box.shape[vector]
    width = ceil(extent / column_blocks)
    if width < 8 or ceil(extent / width) != column_blocks:
        return None
    blocks = list(plan.blocks)
    blocks[vector] = width
    count = len(pencils(model.output_box, tuple(blocks)))
    return replace(plan, blocks=tuple(blocks), assignment=assign_pencils(count, plan.groups))


@dataclass(frozen=True)
class StencilBuffersPass(ModulePass):
    """Decide buffer depths; re-tile pencils when local memory overflows."""

    name = "stencil-buffers"

    target: str = "vck190"
    """Device name or TOML path."""
    slack: int = 1
    """Buffers per fifo end beyond its window plus one."""

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        function = find_function(op)
        model = extract_model(function)
        device = load_device(self.target)
        plan = fit(model, read_plan(function, PLACEMENT), device, read_work(function), self.slack)
        write_plan(function, plan, BUFFERS)
