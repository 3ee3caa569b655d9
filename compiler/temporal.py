"""How many time steps one pass chains on chip: the temporal pipeline's K.

A pass of K steps (`time_loop.chained_module`) reads the time levels from DDR once, runs
step after step through the array (each step's rows stream into the cores of the next,
which start on a row as soon as the rows its halo needs have arrived), and writes the
levels back once. Larger K divides the DDR traffic by K but needs K times the cores for
one group of the pipeline, so fewer groups fit; and each pass recomputes a thin frame
(each step computed over the box the next one reads). `plan_time_loop` takes the K whose
pass the cost model estimates fastest per step, among the divisors of the step count up
to `MAX_STEPS_PER_PASS` (so every pass is the same program), stopping at the first K
whose pass does not fit the array whole, when asked (`--time-steps-per-pass auto`): each
candidate is a full mapping search, minutes on large grids, so the default is K = 1
(host-driven) and `--time-steps-per-pass K` forces any K.

It also measures, once, what one step of the source does (its operations and its bytes
through DDR), for the report's one-step I/O roofline: every step's fields through the
device's shim channels, the bound no step-at-a-time mapping passes.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.dialects import func
from xdsl.dialects.builtin import ModuleOp

from sparta.compiler.context import make_context
from sparta.compiler.pipelines import stencil_pipeline
from sparta.compiler.time_loop import TimeLoop, chained_module
from sparta.passes.stencil_mapping import choose
from sparta.passes.stencil_model import extract_model, find_function
from sparta.passes.stencil_prepare import read_work
from sparta.sim.device import Device
from sparta.sim.errors import ResourceError, UsageError
from sparta.sim.program import Work
from sparta.sim.report import shim_io_cycles

MAX_STEPS_PER_PASS = 16
"""The most steps the search chains in one pass (compile time grows with K)."""


@dataclass(frozen=True)
class LoopPlan:
    """The steps per pass, and one step of the source measured."""

    steps_per_pass: int
    step_work: Work
    one_step_io_cycles: float
    """Cycles one step's bytes take through the device's shim channels."""
    estimates: tuple[tuple[int, float], ...]
    """(K, estimated cycles per step) of every K the search compiled."""


def _prepared(module: ModuleOp, target: str, until: str) -> ModuleOp:
    """`module` after the pipeline's passes before `until`."""
    for pass_ in stencil_pipeline("auto", target, None):
        if pass_.name == until:
            break
        pass_.apply(make_context(), module)
    return module


def _estimate(
    module: ModuleOp,
    function: func.FuncOp,
    steps: int,
    device: Device,
    target: str,
    max_tiles: int | None,
) -> float | None:
    """Estimated cycles of a pass of `steps` steps mapped whole by `auto` (None if it does
    not fit whole)."""
    split = _prepared(chained_module(module, function, 0, steps), target, "stencil-balance")
    chained = find_function(split)
    try:
        decision, _ = choose(extract_model(chained), device, "auto", max_tiles, read_work(chained))
    except ResourceError:
        return None
    return decision.estimate_cycles


def plan_time_loop(
    module: ModuleOp,
    function: func.FuncOp,
    loop: TimeLoop,
    device: Device,
    target: str,
    strategy: str,
    max_tiles: int | None,
    forced: int | None,
) -> LoopPlan:
    """Steps per pass for `loop`: `forced` if given (it must divide the step count); else
    (`--time-steps-per-pass auto`) 1 for the fixed-design strategies, and the cost
    model's choice for `auto`."""
    one = _prepared(chained_module(module, function, 0, 1), target, "stencil-split")
    step = find_function(one)
    work = read_work(step)
    io_cycles = shim_io_cycles(device, work.bytes_in, work.bytes_out)
    divisors = [k for k in range(1, min(loop.steps, MAX_STEPS_PER_PASS) + 1) if loop.steps % k == 0]
    if forced is not None:
        if loop.steps and loop.steps % forced:
            every = ", ".join(str(k) for k in range(1, loop.steps + 1) if loop.steps % k == 0)
            raise UsageError(
                f"--time-steps-per-pass {forced} does not divide the loop's {loop.steps} "
                f"steps; choose one of {every}"
            )
        return LoopPlan(forced, work, io_cycles, ())
    if strategy != "auto" or len(divisors) < 2:
        return LoopPlan(1, work, io_cycles, ())
    estimates: list[tuple[int, float]] = []
    for steps in divisors:
        cycles = _estimate(module, function, steps, device, target, max_tiles)
        if cycles is None:
            break
        estimates.append((steps, cycles / steps))
    if not estimates:
        return LoopPlan(1, work, io_cycles, ())
    best = min(estimates, key=lambda e: (e[1], e[0]))[0]
    return LoopPlan(best, work, io_cycles, tuple(estimates))
