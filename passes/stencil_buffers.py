"""`stencil-buffers`: size every fifo's buffers to fit local memory, re-tiling if needed.

Each fifo end gets its window plus one buffer (so the producer can write while the
consumer reads) plus `slack` more to absorb jitter. A stream broadcast to several stages
needs more at the ends whose cores trail the first one (they must hold the rows that
arrive meanwhile); how many is measured, not guessed: one group's first pencils are
simulated, and every end a deadlock shows full gets more buffers until none does. If some
tile's memory or locks overflow, the slack is dropped; if memory still overflows, pencils
are narrowed along the vector dimension (2, 3, 4, ... column blocks, halos recomputed)
until everything fits. A program that cannot fit fails with the tile, its budget and its
usage item by item. Records `sparta.buffers` (and an updated `sparta.partition` when it
re-tiles).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import ModulePass

from sparta.passes.stencil_codegen import fifo_role, generate
from sparta.passes.stencil_geometry import pencils
from sparta.passes.stencil_model import StencilModel, extract_model, find_function
from sparta.passes.stencil_plan import BUFFERS, PLACEMENT, Plan, read_plan, write_plan
from sparta.passes.stencil_prepare import read_work
from sparta.passes.stencil_strategies import assign_pencils
from sparta.sim.device import Device, load_device
from sparta.sim.engine import Engine
from sparta.sim.errors import DeadlockError, InputError, ResourceError
from sparta.sim.program import Coord, TileKind, TileProgram, Work
from sparta.sim.validate import lock_usage, memory_usage, validate

MAX_COLUMN_BLOCKS = 16


def _over_budget(
    usage: dict[Coord, list[tuple[str, int]]], budget_of: Callable[[Coord], int]
) -> list[tuple[Coord, int, int]]:
    """(tile, needed, budget) of every tile whose items sum past its budget."""
    out = []
    for tile, items in sorted(usage.items()):
        needed = sum(size for _, size in items)
        if needed > budget_of(tile):
            out.append((tile, needed, budget_of(tile)))
    return out


def overflow(
    program_usage: dict[Coord, list[tuple[str, int]]], device: Device
) -> list[tuple[Coord, int, int]]:
    """(tile, needed, budget) of every tile whose memory overflows."""

    def budget(tile: Coord) -> int:
        if device.kind(tile) is TileKind.MEMORY:
            return device.memory_tile.bytes
        return device.core.local_memory_bytes

    return _over_budget(program_usage, budget)


def lock_overflow(
    usage: dict[Coord, list[tuple[str, int]]], device: Device
) -> list[tuple[Coord, int, int]]:
    """(tile, needed, budget) of every tile that needs more locks than it has."""

    def budget(tile: Coord) -> int:
        if device.kind(tile) is TileKind.MEMORY:
            return device.memory_tile.locks
        return device.locks.per_tile

    return _over_budget(usage, budget)


def check_rules(program: TileProgram, device: Device) -> None:
    """Every device rule (reach, channels, stream lanes, token balance, ...); a mapping
    that breaks one does not fit."""
    try:
        validate(program, device)
    except ResourceError:
        raise
    except InputError as err:
        raise ResourceError(err.message, err.location, err.notes) from None


PROBE_PENCILS = 2
SIZING_ROUNDS = 8


def probe(plan: Plan) -> Plan:
    """The plan cut down to its first group and first pencils (one class of behaviour)."""
    return replace(
        plan,
        groups=1,
        assignment=(plan.assignment[0][:PROBE_PENCILS],),
        cores=plan.cores[:1],
        inputs=plan.inputs[:1],
        outputs=plan.outputs[:1],
    )


def size_broadcasts(model: StencilModel, plan: Plan, device: Device, work: Work) -> Plan:
    """Grow the buffers of every fifo end a probe simulation deadlocks on, until none does."""
    extra = {(n, lane, stage): count for n, lane, stage, count in plan.extra}
    positions = {
        tile: (lane, stage)
        for lane, tiles in enumerate(plan.cores[0])
        for stage, tile in enumerate(tiles)
    }
    for _ in range(SIZING_ROUNDS):
        trial = replace(plan, extra=tuple((*k, v) for k, v in sorted(extra.items())))
        try:
            Engine(generate(model, probe(trial), device, work), device).run()
            return trial
        except DeadlockError as err:
            grown = False
            for fifo, tile in err.full:
                if tile not in positions:
                    continue
                key = (fifo_role(fifo), *positions[tile])
                extra[key] = max(2, 2 * extra.get(key, 0))
                grown = True
            if not grown:
                raise ResourceError(
                    f"the mapping deadlocks in a probe run: {err.message}"
                ) from None
    raise ResourceError("sizing broadcast buffers did not converge; use fewer stages or lanes")


def _try(
    model: StencilModel, trial: Plan, device: Device, work: Work, slack: int
) -> tuple[Plan | None, tuple[str, str], bool]:
    """`trial` with `slack` extra buffers, else none: the plan if its buffers fit, else the
    first failure and whether memory (not only locks) overflowed."""
    failure = ("", "")
    over_memory = False
    for extra in dict.fromkeys((slack, 0)):
        candidate = size_broadcasts(model, replace(trial, slack=extra), device, work)
        program = generate(model, candidate, device, work)
        memory = memory_usage(program, device)
        locks = lock_usage(program, device)
        over = overflow(memory, device)
        locked = lock_overflow(locks, device)
        if not over and not locked:
            check_rules(program, device)
            return candidate, failure, False
        if not failure[0]:
            failure = _failure(over, memory, locked, locks)
        over_memory = bool(over)
    return None, failure, over_memory


def fit(model: StencilModel, plan: Plan, device: Device, work: Work, slack: int) -> Plan:
    """The plan with the most slack and widest pencils whose buffers fit every tile's
    memory and locks. Narrower pencils need less memory, so the narrowing is a binary
    search over the column-block counts (each trial generates the whole program)."""
    counts = [c for c in range(1, MAX_COLUMN_BLOCKS + 1) if _narrowed(model, plan, c)]
    fitted, first_failure, over_memory = _try(model, plan, device, work, slack)
    if fitted is not None:
        return fitted
    if over_memory and len(counts) > 1:
        low, high = 1, len(counts) - 1  # counts[high] is tried first: if it fails, none fits
        best: Plan | None = None
        probe = high
        while low <= high:
            trial = _narrowed(model, plan, counts[probe])
            assert trial is not None
            fitted, _, _ = _try(model, trial, device, work, slack)
            if fitted is not None:
                best, high = fitted, probe - 1
            elif best is None and probe == len(counts) - 1:
                break  # the narrowest pencils do not fit: nothing wider does
            else:
                low = probe + 1
            probe = (low + high) // 2
        if best is not None:
            return best
    raise ResourceError(
        f"{first_failure[0]}; dropping the extra buffers and narrowing pencils down to "
        f"{MAX_COLUMN_BLOCKS} column blocks did not fit either: use more stages (fewer "
        "streams per core), another strategy, or a smaller grid",
        notes=(first_failure[1],),
    )


def _failure(
    over: list[tuple[Coord, int, int]],
    memory: dict[Coord, list[tuple[str, int]]],
    locked: list[tuple[Coord, int, int]],
    locks: dict[Coord, list[tuple[str, int]]],
) -> tuple[str, str]:
    """The worst overflow as a message and its shortfall."""
    if over:
        tile, needed, budget = max(over, key=lambda item: item[1] - item[2])
        detail = ", ".join(f"{name} {size / 1024:.1f} KB" for name, size in memory[tile])
        return (
            f"tile {tile} needs {needed / 1024:.1f} KB of {budget / 1024:.0f} KB local "
            f"memory ({detail})",
            f"tile {tile} is {(needed - budget) / 1024:.1f} KB over its local memory",
        )
    tile, needed, budget = max(locked, key=lambda item: item[1] - item[2])
    detail = ", ".join(f"{name} {count}" for name, count in locks[tile])
    return (
        f"tile {tile} needs {needed} locks of its {budget} ({detail})",
        f"tile {tile} is {needed - budget} locks short",
    )


def _narrowed(model: StencilModel, plan: Plan, column_blocks: int) -> Plan | None:
    if column_blocks == 1:
        return plan
    vector = model.rank - 1
    if len({(store.box.lb[vector], store.box.ub[vector]) for store in model.stores}) > 1:
        return None  # column blocks would cut the stores' different ranges unevenly
    extent = model.output_box.shape[vector]
    width = -(-extent // column_blocks)  # the last block overlaps when they do not divide
    if width < 8 or -(-extent // width) != column_blocks:
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
