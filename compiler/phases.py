"""Multi-phase execution: the mapping that always exists.

When no mapping of a whole stencil program fits the array (too many fields for the shim
channels, too many streams into one core, too little memory), `auto` runs the program in
**phases** (`passes/stencil_phases.py`): runs of consecutive applies, each mapped on its
own, one after another, every result a later phase reads written to DDR as an intermediate
field and read back. The cut is searched: from the first apply, each phase takes as many
applies as still fit (a binary search over the quick test `stencil_mapping.fits_somehow`),
so the program runs in few phases. Only an apply that does not fit one core even alone
is refused, with that apply's diagnostic.

The phases run in order on one list of arrays (the program's arguments, then the
intermediate fields). Their report adds up the cycles; its roofline is phase-aware: every
phase at its own compute or I/O limit, intermediates' DDR bytes included.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import numpy as np
from xdsl.dialects.builtin import ModuleOp

from sparta.compiler.context import make_context
from sparta.compiler.frontend import verify_module
from sparta.compiler.pipelines import LOWERING, stencil_pipeline
from sparta.compiler.signature import ArgSpec, argument_specs
from sparta.compiler.timing import PhaseTimer
from sparta.dialects.locations import location_of
from sparta.dialects.tile import ProgramOp
from sparta.dialects.tile_extract import extract_program
from sparta.passes.stencil_mapping import choose, fit_failure
from sparta.passes.stencil_model import extract_model, find_function
from sparta.passes.stencil_phases import phase_modules, top_level_applies
from sparta.passes.stencil_prepare import StencilPreparePass, read_work
from sparta.sim.device import Device
from sparta.sim.engine import EngineResult
from sparta.sim.errors import ResourceError
from sparta.sim.program import Direction, TileProgram, Work
from sparta.sim.report import Report, build_report, roofline_cycles, simulation_totals
from sparta.sim.simulator import simulate

PHASE_ATTRIBUTE = "phase"
"""The `tile.program` attribute giving a phase's index; `sparta-sim` runs a module of such
programs one after another on one list of arrays."""


@dataclass
class Phase:
    """One phase: its applies, its planned stencil program and its tile program."""

    index: int
    applies: tuple[str, ...]
    planned: ModuleOp
    program: TileProgram


@dataclass
class PhasedProgram:
    """A program cut into phases, compiled."""

    starts: tuple[int, ...]
    phases: list[Phase]
    specs: list[ArgSpec]
    """Arguments of every phase function: the program's own, then the intermediates."""
    arguments: int
    """How many of `specs` are the program's own arguments."""
    work: Work
    """The whole program's work, as `stencil-prepare` measured it."""


def _phase_module(prepared: ModuleOp, first: int, stop: int) -> ModuleOp:
    """The phase of `prepared` running applies `first` to `stop - 1`."""
    count = len(top_level_applies(find_function(prepared)))
    starts = sorted({0, first, stop} - {count})
    return phase_modules(prepared, starts)[starts.index(first)]


def _failure(
    prepared: ModuleOp, first: int, stop: int, device: Device, budget: int | None
) -> ResourceError | None:
    """Why applies `first` to `stop - 1` do not fit as one phase (None if they do)."""
    module = _phase_module(prepared, first, stop)
    StencilPreparePass().apply(make_context(), module)
    function = find_function(module)
    return fit_failure(extract_model(function), device, read_work(function), budget)


def plan_starts(prepared: ModuleOp, device: Device, max_tiles: int | None) -> tuple[int, ...]:
    """The first apply of every phase: each phase as long as still fits, then split where
    its halves are estimated faster (`_split`)."""
    applies = top_level_applies(find_function(prepared))
    starts: list[int] = []
    first = 0
    while first < len(applies):
        alone = _failure(prepared, first, first + 1, device, max_tiles)
        if alone is not None:
            name = applies[first].res[0].name_hint or f"apply{first}"
            raise ResourceError(
                alone.message,
                location_of(applies[first]),
                (
                    *alone.notes,
                    f"apply '{name}' does not fit one core of {device.name} even alone, so "
                    "no mapping runs it, in phases or not",
                ),
            )
        low, high = first + 1, len(applies)  # low fits
        while low < high:
            middle = (low + high + 1) // 2
            if _failure(prepared, first, middle, device, max_tiles) is None:
                low = middle
            else:
                high = middle - 1
        starts += _split(prepared, first, low, device, max_tiles)
        first = low
    return tuple(starts)


def _estimate(
    prepared: ModuleOp, first: int, stop: int, device: Device, budget: int | None
) -> float:
    """The estimated cycles of applies `first` to `stop - 1` as one phase, mapped as the
    phase's own compile would map it (infinite if it does not fit)."""
    module = _phase_module(prepared, first, stop)
    StencilPreparePass().apply(make_context(), module)
    function = find_function(module)
    try:
        decision, _ = choose(extract_model(function), device, "auto", budget, read_work(function))
    except ResourceError:
        return float("inf")
    return decision.estimate_cycles


def _split(
    prepared: ModuleOp, first: int, stop: int, device: Device, budget: int | None
) -> list[int]:
    """Starts of the phases that run applies `first` to `stop - 1` (which fit as one):
    halves where the two halves are estimated faster than the whole. A long phase fits
    with few groups, each group running many applies; its halves read fewer fields each,
    so they fit with more groups, and may win despite the intermediate's DDR round trip."""
    if stop - first < 2:
        return [first]
    middle = (first + stop) // 2
    whole = _estimate(prepared, first, stop, device, budget)
    halves = _estimate(prepared, first, middle, device, budget) + _estimate(
        prepared, middle, stop, device, budget
    )
    if halves >= whole:
        return [first]
    return _split(prepared, first, middle, device, budget) + _split(
        prepared, middle, stop, device, budget
    )


def compile_phases(
    prepared: ModuleOp,
    device: Device,
    target: str,
    max_tiles: int | None,
    timer: PhaseTimer,
) -> PhasedProgram:
    """Cut `prepared` (a shape-inferred stencil program) into phases and map each."""
    with timer.phase("plan phases"):
        starts = plan_starts(prepared, device, max_tiles)
    applies = [
        a.res[0].name_hint or f"apply{i}"
        for i, a in enumerate(top_level_applies(find_function(prepared)))
    ]
    modules = phase_modules(prepared, starts)
    specs = argument_specs(find_function(modules[0]))  # every phase takes these
    bounds = [*starts, len(applies)]
    phases = []
    for index, module in enumerate(modules):
        with timer.phase(f"phase {index}"):
            planned = module.clone()
            for pass_ in stencil_pipeline("auto", target, max_tiles):
                if pass_.name == LOWERING:
                    planned = module.clone()
                pass_.apply(make_context(), module)
            verify_module(module)
            program = extract_program(_program_op(module))
            program = replace(
                program, attributes=(*program.attributes, (PHASE_ATTRIBUTE, f"{index}"))
            )
        names = tuple(applies[bounds[index] : bounds[index + 1]])
        phases.append(Phase(index, names, planned, program))
    whole = find_function(prepared)
    own = len(whole.body.block.args)
    return PhasedProgram(tuple(starts), phases, specs, own, read_work(whole))


def _program_op(module: ModuleOp) -> ProgramOp:
    for op in module.walk():
        if isinstance(op, ProgramOp):
            return op
    raise ResourceError("a phase produced no tile.program")


@dataclass
class PhasedRun:
    """The phases' simulations: arrays after the run, and per-phase timing and report."""

    outputs: list[np.ndarray]
    timings: list[EngineResult]
    reports: list[Report]


def simulate_phases(
    phased: PhasedProgram,
    device: Device,
    inputs: list[np.ndarray],
    *,
    trace: bool = False,
    progress: Any = None,
) -> PhasedRun:
    """Run the phases in order; intermediate fields start as zeros."""
    arrays = list(inputs) + [
        np.zeros(spec.shape, spec.dtype) for spec in phased.specs[phased.arguments :]
    ]
    timings, reports = [], []
    for phase in phased.phases:
        simulation = simulate(phase.program, device, arrays, trace=trace, progress=progress)
        arrays = list(simulation.outputs)
        timings.append(simulation.timing)
        reports.append(build_report(phase.program, device, simulation.timing))
    return PhasedRun(arrays[: phased.arguments], timings, reports)


def _intermediate_bytes(program: TileProgram, arguments: int) -> dict[str, int]:
    """Bytes a phase moves to and from the intermediate fields (arguments past the
    program's own), as its transfers move them."""
    moved = {"in": 0, "out": 0}
    externals = {external.name: external for external in program.externals}
    for transfer in program.transfers:
        if externals[transfer.external].arg_index < arguments:
            continue
        fifo = program.fifo(transfer.fifo)
        element = fifo.token_bytes // fifo.token_elements
        key = "in" if transfer.direction is Direction.MM2S else "out"
        moved[key] += sum(pattern.elements for pattern in transfer.patterns) * element
    return moved


def phased_report(phased: PhasedProgram, run: PhasedRun, device: Device, name: str) -> Report:
    """One report for the phased run: cycles add up; the roofline is the sum of every
    phase's own limit (compute, or I/O with the intermediates' DDR bytes)."""
    parts = [report.to_json() for report in run.reports]
    ops = phased.work.ops
    cycles = sum(part["cycles"] for part in parts)
    clock = device.array.clock_hz
    seconds = cycles / clock
    phases = []
    bound_cycles = 0.0
    for phase, part in zip(phased.phases, parts, strict=True):
        limit = roofline_cycles(phase.program, device)
        bound_cycles += limit
        phases.append(
            {
                "index": phase.index,
                "applies": list(phase.applies),
                "cycles": part["cycles"],
                "tiles_used": part["tiles_used"],
                "roofline_cycles": limit,
                "roofline_fraction": limit / part["cycles"] if part["cycles"] else 0.0,
                "intermediate_bytes": _intermediate_bytes(phase.program, phased.arguments),
                "report": part,
            }
        )
    extra = sum(p["intermediate_bytes"]["in"] + p["intermediate_bytes"]["out"] for p in phases)
    per_tile: dict[str, dict[str, float]] = {}
    for part in parts:
        for tile, stats in part["per_tile"].items():
            entry = per_tile.setdefault(tile, dict.fromkeys(stats, 0.0))
            for key, value in stats.items():
                entry[key] += value
    for entry in per_tile.values():
        entry["utilization"] = entry["busy"] / cycles if cycles else 0.0
    roofline = ops / (bound_cycles / clock) / 1e9 if bound_cycles and ops else 0.0
    throughput = ops / seconds / 1e9 if seconds and ops else 0.0
    data: dict[str, Any] = {
        "program": name,
        "device": device.name,
        "device_file": device.path,
        "clock_hz": clock,
        "versions": parts[0]["versions"],
        "tiles_used": max(part["tiles_used"] for part in parts),
        "shim_channels_used": {
            key: max(part["shim_channels_used"][key] for part in parts) for key in ("in", "out")
        },
        "pl_streams_used": {"in": 0, "out": 0},
        "cycles": cycles,
        "seconds": seconds,
        "ops": ops,
        "throughput_gops": throughput,
        "roofline_gops": roofline,
        "roofline_bound": "phases",
        "roofline_fraction": bound_cycles / cycles if cycles else 0.0,
        "load_imbalance": max(part["load_imbalance"] for part in parts),
        "per_tile": per_tile,
        "kernels": {},
        "phases": phases,
        "intermediate_bytes": extra,
        "simulation": simulation_totals(parts, cycles),
    }
    return Report(data)
