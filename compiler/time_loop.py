"""Time-stepped stencil programs: an `scf.for` time loop around a stencil step.

Devito and the xDSL stencil benchmarks write a solver as one function whose body is a
time loop. Its `iter_args` are fields (two or three time levels); each iteration loads
them, applies the update, stores into one of them, and yields the fields rotated:

    %r:2 = scf.for %t = %c0 to %c10 step %c1 iter_args(%u0 = %a, %u1 = %b) -> (...) {
      ... stencil.load %u0 ... stencil.store ... to %u1 ...
      scf.yield %u1, %u0 : ...
    }

Fields are buffers: a store writes into the buffer a level name is bound to, and the
yield only renames. After step t, level i names the buffer level `rotation[i]` named
before it, so after T steps it names buffer `rotation^T[i]`.

This module recognises that form (`find_time_loop`), with constant bounds and a yield that
permutes the levels, and builds the program of a **pass** of K steps (`chained_module`;
K = 1 is the step program): the loop body cloned K times, its levels bound to the
function's arguments. The mapping compiles the pass once; `run_steps` runs it T / K times,
passing each pass the buffers its levels name then.
`strip_timers` first removes Devito's timers (calls to external `@timer_start` /
`@timer_end` and the `llvm.store` of their result into an `!llvm.ptr` argument).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np
from xdsl.dialects import func, llvm, scf, stencil
from xdsl.dialects.builtin import FunctionType, IndexType, IntegerAttr, ModuleOp
from xdsl.ir import BlockArgument, Operation, SSAValue
from xdsl.rewriter import InsertPoint, Rewriter

from sparta.compiler.reference_ops import evaluate_elementwise, is_elementwise, signed
from sparta.compiler.signature import numpy_dtype
from sparta.dialects.locations import location_of
from sparta.passes.stencil_model import Box
from sparta.sim.errors import InputError
from sparta.sim.report import Report, simulation_totals

TIMERS = frozenset({"timer_start", "timer_end"})
"""Devito's wall-clock timers: external functions whose results only reach a pointer."""


def strip_timers(module: ModuleOp, function: func.FuncOp) -> list[str]:
    """Remove Devito's timer calls from `function`, the `llvm.store`s of their results, the
    `!llvm.ptr` arguments left without uses, and the timers' declarations; return a note
    per thing removed (empty if there were none)."""
    notes: list[str] = []
    calls = [
        op
        for op in function.walk()
        if isinstance(op, func.CallOp) and op.callee.root_reference.data in TIMERS
    ]
    for call in reversed(calls):  # timer_end reads timer_start's result: users first
        for result in call.results:
            for use in list(result.uses):
                user = use.operation
                if isinstance(user, llvm.StoreOp):
                    Rewriter.erase_op(user)
                elif not (isinstance(user, func.CallOp) and user in calls):
                    raise InputError(
                        f"the result of @{call.callee.root_reference.data} is used by "
                        f"'{user.name}'; sparta drops Devito's timers and their stores only",
                        location_of(user),
                    )
    for call in reversed(calls):
        Rewriter.erase_op(call, safe_erase=False)
    if calls:
        timers = ", ".join(f"@{name}" for name in sorted(TIMERS))
        notes.append(f"dropped {len(calls)} calls to Devito's timers ({timers})")
    block = function.body.block
    dropped = [
        arg for arg in block.args if isinstance(arg.type, llvm.LLVMPointerType) and not arg.uses
    ]
    for arg in reversed(dropped):
        notes.append(f"dropped argument {arg.index} (%{arg.name_hint or arg.index}: !llvm.ptr)")
        block.erase_arg(arg)
    if dropped:
        inputs = [arg.type for arg in block.args]
        function.function_type = FunctionType.from_lists(inputs, function.function_type.outputs)
        function.arg_attrs = None  # per-argument attributes no longer line up
    for op in list(module.ops):
        if isinstance(op, func.FuncOp) and op.sym_name.data in TIMERS and not op.body.blocks:
            module.body.block.erase_op(op)
    return notes


def constant_index(value: SSAValue) -> int | None:
    """The integer `value` holds if it is computed from `arith.constant`s alone (by any
    element-wise op, with the reference's semantics); None otherwise."""
    op = value.owner
    if not isinstance(op, Operation) or not is_elementwise(op) or len(op.results) != 1:
        return None
    operands = [constant_index(operand) for operand in op.operands]
    if any(operand is None for operand in operands):
        return None
    arrays = [
        np.asarray(v, numpy_dtype(o.type)) for v, o in zip(operands, op.operands, strict=True)
    ]
    (result,) = evaluate_elementwise(op, arrays)
    if np.ndim(result) or not np.issubdtype(np.asarray(result).dtype, np.integer):
        return None
    return int(signed(np.asarray(result), value.type))


@dataclass(frozen=True)
class TimeLoop:
    """A function's time loop."""

    loop: scf.ForOp
    steps: int
    levels: tuple[int, ...]
    """The function argument each level starts bound to, by level."""
    rotation: tuple[int, ...]
    """The yield: after a step, level i names the buffer level rotation[i] named."""

    @cached_property
    def order(self) -> int:
        """How many steps bring every level back to its own buffer."""
        order, names = 1, list(self.rotation)
        while names != list(range(len(names))):
            names = [names[k] for k in self.rotation]
            order += 1
        return order

    def bindings(self, step: int) -> list[int]:
        """The function argument whose buffer each level names before `step`."""
        names = list(self.levels)
        for _ in range(step % self.order):
            names = [names[k] for k in self.rotation]
        return names


def _argument(value: SSAValue) -> BlockArgument | None:
    """The block argument `value` is, or is a `stencil.cast` of."""
    while isinstance(value.owner, stencil.CastOp):
        value = value.owner.field
    return value if isinstance(value, BlockArgument) else None


def _refuse(op: Operation, why: str) -> InputError:
    return InputError(f"time loop: {why}", location_of(op))


def find_time_loop(function: func.FuncOp) -> TimeLoop | None:
    """The time loop of `function` (None if its body has no `scf.for`), checked: the only
    loop at function level, constant bounds, fields of the function's arguments as levels,
    a yield that permutes them, a body of stencil ops and arithmetic, no result used."""
    block = function.body.block
    loops = [op for op in block.ops if isinstance(op, scf.ForOp)]
    if not loops:
        return None
    loop = loops[0]
    if len(loops) > 1:
        raise _refuse(loops[1], "a function with more than one time loop")
    bounds = [constant_index(value) for value in (loop.lb, loop.ub, loop.step)]
    if any(b is None for b in bounds):
        raise _refuse(loop, "bounds and step must be constants (arith.constant arithmetic)")
    lower, upper, step = (int(b) for b in bounds)  # type: ignore[arg-type]
    if step <= 0:
        raise _refuse(loop, f"step must be positive, got {step}")
    levels: list[int] = []
    for value in loop.iter_args:
        if not isinstance(value.type, stencil.FieldType):
            raise _refuse(loop, f"iter_args must be stencil fields, got {value.type}")
        root = _argument(value)
        if root is None or root.block is not block:
            raise _refuse(loop, "iter_args must be the function's field arguments (or casts)")
        levels.append(root.index)
    if len(set(levels)) != len(levels):
        raise _refuse(loop, "two levels start as the same field argument")
    body = loop.body.block
    yielded = body.last_op
    assert isinstance(yielded, scf.YieldOp)
    levels_in_body = list(body.args[1:])
    rotation = []
    for value in yielded.operands:
        if value not in levels_in_body:
            raise _refuse(yielded, "the yield must rotate the time levels (yield block arguments)")
        rotation.append(levels_in_body.index(value))  # type: ignore[arg-type]
    if sorted(rotation) != list(range(len(levels))):
        raise _refuse(yielded, "the yield must name every time level once")
    if body.args[0].uses:
        use = next(iter(body.args[0].uses)).operation
        raise _refuse(use, "the step uses the time index; sparta maps steps that do not")
    for op in body.ops:
        if isinstance(op, scf.ForOp | scf.IfOp | func.CallOp):
            raise _refuse(op, f"'{op.name}' inside the time loop")
    if any(result.uses for result in loop.results):
        use = next(iter(next(r for r in loop.results if r.uses).uses)).operation
        raise _refuse(use, "a result of the time loop is used after it")
    for op in block.ops:
        if isinstance(op, stencil.ApplyOp | stencil.StoreOp | stencil.LoadOp):
            raise _refuse(op, "stencil ops before or after the time loop")
    steps = max(0, -(-(upper - lower) // step))
    return TimeLoop(loop, steps, tuple(levels), tuple(rotation))


def step_module(module: ModuleOp, function: func.FuncOp) -> ModuleOp:
    """A copy of `module` whose copy of `function` runs one step: the loop replaced by
    its body, each level read and written through the argument it starts bound to."""
    return chained_module(module, function, 0, 1)


@dataclass
class StepRun:
    """The arrays after every step, and what each step's run reported."""

    outputs: list[np.ndarray]
    reports: list[Report]


def run_steps(
    loop: TimeLoop,
    inputs: Sequence[np.ndarray],
    run_pass: Callable[[list[np.ndarray]], tuple[list[np.ndarray], Report]],
    steps_per_pass: int = 1,
    progress: Callable[[int], None] | None = None,
) -> StepRun:
    """Run a program of `steps_per_pass` steps (`chained_module` from step 0) over the
    whole loop on the function's buffers. The loop body does not read the time index, so
    steps s.. are steps 0.. on the buffers their levels name at s: before each pass each
    level's argument receives that buffer, and each output goes back to the buffer its
    argument stood for. The buffers come back in the function's argument order."""
    if loop.steps % steps_per_pass:
        raise ValueError(f"{steps_per_pass} steps per pass do not divide {loop.steps} steps")
    buffers = list(inputs)
    reports = []
    for t in range(0, loop.steps, steps_per_pass):
        names = loop.bindings(t)
        arguments = list(buffers)
        for level, argument in enumerate(loop.levels):
            arguments[argument] = buffers[names[level]]
        outputs, report = run_pass(arguments)
        for k, array in enumerate(outputs):
            owner = k
            if k in loop.levels:
                owner = names[loop.levels.index(k)]
            buffers[owner] = array
        reports.append(report)
        if progress is not None:
            progress(t + steps_per_pass)
    return StepRun(buffers, reports)


def time_loop_report(
    loop: TimeLoop,
    passes: Sequence[Report],
    name: str,
    steps_per_pass: int,
    step_ops: int,
    one_step_io_cycles: float,
) -> Report:
    """One report over every pass: cycles and simulated events add up over the passes;
    the operations are the loop's useful ones (`step_ops` per step, what one step of the
    source computes), so the throughput does not count the frame points a chained pass
    recomputes. The roofline fraction is the passes' own (their I/O once per pass, their
    compute); beside it, the one-step I/O roofline: every step's fields through DDR at the
    device's I/O rate, what no step-at-a-time mapping can beat. The host launches the pass
    program once per pass; its launch time (100-300 us on a Ryzen AI host,
    `../shared/reference/aie-facts.md`) is not array time and is not counted."""
    parts = [report.to_json() for report in passes]
    first = dict(parts[0])
    cycles = sum(part["cycles"] for part in parts)
    ops = step_ops * loop.steps
    seconds = cycles / first["clock_hz"]
    roofline_seconds = sum(
        part["seconds"] * part["roofline_fraction"] for part in parts if part["cycles"]
    )
    one_step_cycles = one_step_io_cycles * loop.steps
    data = dict(first)
    data.update(
        program=name,
        cycles=cycles,
        seconds=seconds,
        ops=ops,
        throughput_gops=ops / seconds / 1e9 if seconds and ops else 0.0,
        roofline_fraction=roofline_seconds / seconds if seconds else 0.0,
        simulation=simulation_totals(parts, cycles),
        time_loop={
            "steps": loop.steps,
            "mode": "temporal pipeline" if steps_per_pass > 1 else "host-driven",
            "steps_per_pass": steps_per_pass,
            "passes": len(parts),
            "cycles_per_pass": [part["cycles"] for part in parts],
            "levels": len(loop.levels),
            "one_step_io_roofline_cycles": one_step_cycles,
            "one_step_io_roofline_gops": (
                ops / (one_step_cycles / first["clock_hz"]) / 1e9 if one_step_cycles else 0.0
            ),
            "speedup_over_one_step_io_roofline": one_step_cycles / cycles if cycles else 0.0,
            "pass_report": parts[0],
        },
    )
    data["kernels"] = {
        kernel: {**stats, "calls": stats["calls"] * len(parts)}
        for kernel, stats in first["kernels"].items()
    }
    return Report(data, list(passes[0].causes) if passes else [])


def _assembled(new: SSAValue, old: SSAValue, box: Box, before: Operation) -> SSAValue:
    """`new` inside `box`, `old` outside it, as nested `stencil.combine`s: per dimension,
    `old` below `box` and from its upper bound on, what lies inside from the inner level."""
    inside = new
    for dim in reversed(range(len(box.lb))):
        for index, lower, upper in ((box.lb[dim], old, None), (box.ub[dim], None, old)):
            low = lower if lower is not None else inside
            high = upper if upper is not None else inside
            combine = stencil.CombineOp.build(
                operands=[[low], [high], [], []],
                result_types=[[old.type]],
                properties={
                    "dim": IntegerAttr(dim, IndexType()),
                    "index": IntegerAttr(index, IndexType()),
                },
            )
            combine.location = before.location
            Rewriter.insert_op(combine, InsertPoint.before(before))
            inside = combine.results[0]
    return inside


def chained_module(module: ModuleOp, function: func.FuncOp, first: int, count: int) -> ModuleOp:
    """A copy of `module` whose copy of `function` runs steps `first` .. `first + count - 1`
    of its time loop in one stencil program: each step reads what the step before stored,
    inside the stored box, and the buffer's own values outside it (which no step writes);
    every buffer written is stored once, at the end, with its last value."""
    functions = [op for op in module.walk() if isinstance(op, func.FuncOp)]
    copy = module.clone()
    twin = [op for op in copy.walk() if isinstance(op, func.FuncOp)][functions.index(function)]
    assert isinstance(twin, func.FuncOp)
    loop = find_time_loop(twin)
    assert loop is not None
    init = {
        _argument(value).index: value  # type: ignore[union-attr]
        for value in loop.loop.iter_args
    }
    body = loop.loop.body.block
    written: dict[int, tuple[SSAValue, Box]] = {}
    pending: dict[int, Operation] = {}
    for step in range(first, first + count):
        names = loop.bindings(step)
        mapper: dict[SSAValue, SSAValue] = {body.args[0]: loop.loop.lb}
        for level, argument in enumerate(names):
            mapper[body.args[1 + level]] = init[argument]
        for op in body.ops:
            if isinstance(op, scf.YieldOp):
                continue
            if isinstance(op, stencil.StoreOp):
                buffer = _argument(mapper.get(op.field, op.field))
                assert buffer is not None
                box = Box(tuple(op.bounds.lb), tuple(op.bounds.ub))
                if buffer.index in written and written[buffer.index][1] != box:
                    raise _refuse(op, "steps store different boxes of one buffer")
                written[buffer.index] = (mapper.get(op.temp, op.temp), box)
                pending[buffer.index] = op.clone(value_mapper=mapper)
                continue
            clone = op.clone(value_mapper=mapper)
            Rewriter.insert_op(clone, InsertPoint.before(loop.loop))
            for old, new in zip(op.results, clone.results, strict=True):
                mapper[old] = new
            if isinstance(op, stencil.LoadOp):
                buffer = _argument(mapper.get(op.field, op.field))
                if buffer is not None and buffer.index in written:
                    temp, box = written[buffer.index]
                    mapper[op.res] = _assembled(temp, clone.results[0], box, loop.loop)
    for index in sorted(pending):
        Rewriter.insert_op(pending[index], InsertPoint.before(loop.loop))
    Rewriter.erase_op(loop.loop)
    return copy
