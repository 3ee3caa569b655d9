"""Choose a GEMM layer's plan: of the best-estimated plans that obey the device, the one the
simulator's timing engine finds fastest.

`gemm_mapping.ranked_plans` orders candidates by an estimate from local memory, kernel
costs and shim bandwidth alone. Two things show only once a candidate is placed and
lowered: whether its streams fit the switches on their routes (and every other device
rule), and how its streams and cores really interleave (multicast streams wait for
their slowest reader, a split K's chain lags a round). So candidates are placed, lowered
and checked, best estimate first, by the validator the simulator runs, and the first
`MEASURED` that pass are timed on the engine; the fewest cycles win (fewest tiles on
ties). Timing a plan runs its program for `SAMPLE_ROUNDS` rounds and extrapolates
linearly, since every round repeats the same work, so the search costs the same for any
GEMM size.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from sparta.passes.gemm_codegen import generate_layer, layer_work
from sparta.passes.gemm_mapping import GemmPlan, Operands, place, ranked_plans
from sparta.passes.gemm_model import GemmLayer
from sparta.sim.device import Device
from sparta.sim.engine import Engine
from sparta.sim.errors import InputError, ResourceError
from sparta.sim.program import Work
from sparta.sim.validate import validate

MEASURED = 6
"""Validated candidates timed on the engine."""
SAMPLE_ROUNDS = (2, 4)
"""Round counts a plan with more rounds is timed at, to extrapolate from."""


def choose_plan(
    layer: GemmLayer,
    ops: Operands,
    device: Device,
    max_tiles: int | None,
    tiles: tuple[int, int, int, int] | None = None,
    ksplit: int | None = None,
    io: str = "shim",
) -> GemmPlan:
    """The fastest-timed of the best-estimated plans (of tile sizes `tiles` and K split
    `ksplit`, if given; I/O through `io`) that pass validation, before placement (the
    placement is recomputed by `gemm-place`)."""
    first_error: InputError | None = None
    work = layer_work(layer, ops)
    timed: list[tuple[int, int, int, GemmPlan]] = []
    for plan in ranked_plans(layer, ops, device, max_tiles, tiles, ksplit, io):
        try:
            validate(generate_layer("probe", place(plan, device), ops, device, work), device)
        except InputError as error:
            first_error = first_error or error
            continue
        tiles_used = plan.rows * plan.cols * plan.ksplit
        timed.append((timed_cycles(plan, ops, device, work), tiles_used, len(timed), plan))
        if len(timed) == MEASURED:
            break
    if timed:
        return min(timed)[3]
    assert first_error is not None
    raise ResourceError(
        f"no grid of {layer.m}x{layer.k}x{layer.n} in '{ops.fmt}' passes {device.name}'s "
        f"rules; the best-ranked one failed: {first_error.message}"
    )


def timed_cycles(plan: GemmPlan, ops: Operands, device: Device, work: Work) -> int:
    """Cycles of the plan's program on the timing engine: run whole when it has few
    rounds, else at two sampled round counts and extrapolated to all its rounds."""
    if plan.rounds <= max(SAMPLE_ROUNDS):
        return _engine_cycles(plan, ops, device, work)
    # The same plan over fewer output columns: rounds along N, identical per round.
    row_rounds = plan.m_pad // (plan.rows * plan.m)
    sampled = []
    for rounds in SAMPLE_ROUNDS:
        columns = -(-rounds // row_rounds)  # column rounds covering `rounds` in all
        m_rounds = rounds // columns
        shrunk = replace(
            plan,
            m_pad=plan.rows * plan.m * m_rounds,
            n_pad=plan.cols * plan.n * columns,
        )
        sampled.append((shrunk.rounds, _engine_cycles(shrunk, ops, device, work)))
    (r1, c1), (r2, c2) = sampled
    per_round = (c2 - c1) / (r2 - r1)
    return round(c1 + per_round * (plan.rounds - r1))


@lru_cache(maxsize=256)
def _engine_cycles(plan: GemmPlan, ops: Operands, device: Device, work: Work) -> int:
    """Cached: `gemm-partition` re-times the plans `gemm-tile` timed."""
    program = generate_layer("probe", place(plan, device), ops, device, work)
    return Engine(program, device).run().cycles
