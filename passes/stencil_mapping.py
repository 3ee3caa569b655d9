"""The whole mapping decision in plain data: the first ranked shape that fits the device.

`stencil-balance` ranks candidate shapes (stages x lanes x groups) by estimated time;
whether a shape fits (DMA channels to land every stream, memory and locks for every
buffer) is only known once it is partitioned, placed and buffered. `choose` completes
each candidate through exactly the steps the later passes run (`complete`) and returns
the first that fits, so the passes that follow reproduce it decision for decision.
"""

from __future__ import annotations

from dataclasses import replace

from sparta.passes.stencil_buffers import fit
from sparta.passes.stencil_model import StencilModel
from sparta.passes.stencil_placement import place
from sparta.passes.stencil_plan import Plan
from sparta.passes.stencil_strategies import (
    Decision,
    assign_pencils,
    choose_blocks,
    conservative,
    rank,
    stream_dim,
)
from sparta.sim.device import Device
from sparta.sim.errors import ResourceError
from sparta.sim.program import Work


def decision_plan(strategy: str, decision: Decision) -> Plan:
    """The plan as far as `stencil-balance` decides it."""
    return Plan(strategy, decision.stages, decision.num_stages, decision.lanes, decision.groups)


def partition(model: StencilModel, device: Device, plan: Plan) -> Plan:
    """`stencil-replicate`'s step: pencils and their assignment to groups."""
    blocks, count = choose_blocks(model, device, plan.groups, plan.lanes)
    groups = min(plan.groups, count)
    return replace(
        plan,
        groups=groups,
        stream_dim=stream_dim(model),
        blocks=blocks,
        assignment=assign_pencils(count, groups),
    )


def complete(model: StencilModel, device: Device, plan: Plan, work: Work, slack: int = 1) -> Plan:
    """Partition, place and buffer a balanced plan (raises `ResourceError` if it cannot fit)."""
    placed = place(model, device, partition(model, device, plan))
    return fit(model, placed, device, work, slack)


def choose(
    model: StencilModel, device: Device, strategy: str, max_tiles: int | None, work: Work
) -> tuple[Decision, Plan]:
    """The best-ranked decision whose mapping fits, and that mapping."""
    failures: list[ResourceError] = []
    candidates = rank(model, device, strategy, max_tiles)
    for decision in candidates:
        try:
            return decision, complete(model, device, decision_plan(strategy, decision), work)
        except ResourceError as err:
            failures.append(err)
    first = failures[0]
    raise ResourceError(
        first.message,
        first.location,
        (
            *first.notes,
            f"none of the {len(candidates)} mappings the {strategy} strategy ranked fits "
            f"{device.name}; the best-ranked one failed as above",
        ),
    )


def fit_failure(
    model: StencilModel, device: Device, work: Work, max_tiles: int | None = None
) -> ResourceError | None:
    """None if one of the shapes least likely to run out of anything fits (one group of
    one lane: every apply on one core, or one apply per core), else why the first does
    not: the quick test of a phase (`compiler.phases`); the phase's own mapping then takes
    the best shape that fits."""
    failure: ResourceError | None = None
    try:
        decisions = conservative(model, device, max_tiles)
    except ResourceError as err:  # more fields or stores than the device has shim channels
        return err
    for decision in decisions:
        try:
            complete(model, device, decision_plan("auto", decision), work)
        except ResourceError as err:
            failure = failure or err
            continue
        return None
    return failure
