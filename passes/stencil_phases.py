"""`stencil-phases`: cut a stencil program into phases that run one after another.

When no mapping of the whole program fits the array, the mapper runs it in **phases**: each
phase is a program of its own over a run of consecutive applies, and every result a later
phase reads goes out to DDR in an **intermediate field** (one more function argument, as
large as the result's box, halo included) that the later phase loads. Each phase is then
mapped like any program; the arrays carry over from phase to phase (`compiler.phases`).

Every phase function takes the same arguments: the program's own, then every intermediate
field in order, so one list of arrays serves them all. A phase stores what the program
stores of its applies' results, and the intermediates it produces.

Needs shape-inferred input (every temp with bounds), as `stencil-prepare` leaves it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from xdsl.context import Context
from xdsl.dialects import func, stencil
from xdsl.dialects.builtin import IntAttr, ModuleOp
from xdsl.ir import Attribute, Block, Operation, Region, SSAValue
from xdsl.passes import ModulePass

from sparta.dialects.locations import location_of
from sparta.passes.stencil_dce import eliminate_dead_code
from sparta.passes.stencil_model import find_function
from sparta.sim.errors import InputError

PHASE = "sparta.phase"
"""Attribute of a phase function: its index among the program's phases."""


@dataclass(frozen=True)
class Intermediate:
    """A result one phase writes to DDR and a later one reads."""

    apply: int
    result: int
    bounds: stencil.StencilBoundsAttr
    element: Attribute
    name: str


@dataclass
class _Split:
    function: func.FuncOp
    starts: tuple[int, ...]
    applies: list[stencil.ApplyOp] = field(default_factory=list)
    phase_of: dict[int, int] = field(default_factory=dict)
    """Phase of every apply (by its index in program order)."""
    producer: dict[SSAValue, tuple[int, int]] = field(default_factory=dict)
    """(apply, result) behind every apply result and every buffer of one."""

    def phase(self, apply: int) -> int:
        return self.phase_of[apply]


def top_level_applies(function: func.FuncOp) -> list[stencil.ApplyOp]:
    return [op for op in function.body.block.ops if isinstance(op, stencil.ApplyOp)]


def intermediates(function: func.FuncOp, starts: Sequence[int]) -> list[Intermediate]:
    """The results a phase after their producer's reads, in program order."""
    split = _analyse(function, starts)
    return _intermediates(split)


def _analyse(function: func.FuncOp, starts: Sequence[int]) -> _Split:
    split = _Split(function, tuple(starts))
    split.applies = top_level_applies(function)
    if not starts or starts[0] != 0 or list(starts) != sorted(set(starts)):
        raise InputError(f"phase starts {list(starts)} must begin at 0 and increase")
    if starts[-1] >= len(split.applies):
        raise InputError(
            f"phase starts {list(starts)} reach past the program's {len(split.applies)} applies"
        )
    bounds = [*starts, len(split.applies)]
    for phase, (lo, hi) in enumerate(pairwise(bounds)):
        for index in range(lo, hi):
            split.phase_of[index] = phase
    index_of = {apply: i for i, apply in enumerate(split.applies)}
    for op in function.body.block.ops:
        if isinstance(op, stencil.ApplyOp):
            for j, result in enumerate(op.res):
                split.producer[result] = (index_of[op], j)
        elif isinstance(op, stencil.BufferOp) and op.temp in split.producer:
            split.producer[op.res] = split.producer[op.temp]
    return split


def _intermediates(split: _Split) -> list[Intermediate]:
    needed: dict[tuple[int, int], None] = {}
    for reader_index, reader in enumerate(split.applies):
        for operand in reader.args:
            source = split.producer.get(operand)
            if source is not None and split.phase(source[0]) < split.phase(reader_index):
                needed[source] = None
    out = []
    for apply, result in sorted(needed):
        value = split.applies[apply].res[result]
        value_type = value.type
        assert isinstance(value_type, stencil.TempType)
        if not isinstance(value_type.bounds, stencil.StencilBoundsAttr):
            raise InputError(
                "phases need shape-inferred temps; run stencil-prepare first",
                location_of(split.applies[apply]),
            )
        hint = value.name_hint or f"apply{apply}"
        out.append(
            Intermediate(
                apply,
                result,
                value_type.bounds,
                value_type.get_element_type(),
                f"{hint}_{result}_ddr",
            )
        )
    return out


def phase_functions(function: func.FuncOp, starts: Sequence[int]) -> list[func.FuncOp]:
    """One function per phase; phase k runs applies `starts[k]` to `starts[k + 1] - 1`."""
    split = _analyse(function, starts)
    extra = _intermediates(split)
    return [_phase(split, extra, k) for k in range(len(starts))]


def _phase(split: _Split, extra: list[Intermediate], k: int) -> func.FuncOp:
    function = split.function
    field_types = [stencil.FieldType(item.bounds, item.element) for item in extra]
    arg_types = [arg.type for arg in function.body.block.args] + field_types
    block = Block(arg_types=arg_types)
    values: dict[SSAValue, SSAValue] = {}
    for old, arg in zip(function.body.block.args, block.args, strict=False):
        values[old] = arg
        arg.name_hint = old.name_hint
    extra_args = block.args[len(function.body.block.args) :]
    for item, arg in zip(extra, extra_args, strict=True):
        arg.name_hint = item.name
    index_of = {apply: i for i, apply in enumerate(split.applies)}
    field_of = {(item.apply, item.result): arg for item, arg in zip(extra, extra_args, strict=True)}
    loaded: dict[tuple[int, int], SSAValue] = {}

    def operand(value: SSAValue) -> SSAValue:
        source = split.producer.get(value)
        if source is None or split.phase(source[0]) == k:
            return values[value]
        if source not in loaded:  # produced by an earlier phase: load it from DDR
            temp_type = split.applies[source[0]].res[source[1]].type
            load = stencil.LoadOp.build(operands=[field_of[source]], result_types=[temp_type])
            block.add_op(load)
            loaded[source] = load.res
        return loaded[source]

    for op in function.body.block.ops:
        new: Operation
        if isinstance(op, func.ReturnOp):
            continue
        if isinstance(op, stencil.ApplyOp):
            if split.phase(index_of[op]) != k:
                continue
            new = op.clone(value_mapper={arg: operand(arg) for arg in op.args})
        elif isinstance(op, stencil.BufferOp):
            source = split.producer.get(op.temp)
            if source is not None and split.phase(source[0]) != k:
                values[op.res] = operand(op.temp)
                continue
            new = op.clone(value_mapper=values)
        elif isinstance(op, stencil.StoreOp):
            source = split.producer.get(op.temp)
            if source is not None and split.phase(source[0]) != k:
                continue
            new = op.clone(value_mapper=values)
        else:
            new = op.clone(value_mapper=values)
        block.add_op(new)
        values.update(zip(op.results, new.results, strict=True))
    for item, arg in zip(extra, extra_args, strict=True):
        if split.phase(item.apply) != k:
            continue
        temp = values[split.applies[item.apply].res[item.result]]
        store = stencil.StoreOp.build(operands=[temp, arg], properties={"bounds": item.bounds})
        block.add_op(store)
    block.add_op(func.ReturnOp())
    name = f"{function.sym_name.data}_phase{k}"
    phase = func.FuncOp(name, (arg_types, []), Region(block))
    phase.attributes.update(
        {key: value for key, value in function.attributes.items() if key.startswith("stencil")}
    )
    phase.attributes[PHASE] = IntAttr(k)
    phase.location = function.location
    return phase


def phase_modules(module: ModuleOp, starts: Sequence[int]) -> list[ModuleOp]:
    """The program of `module` as one module per phase, dead values removed."""
    modules = []
    for phase in phase_functions(find_function(module), starts):
        phased = ModuleOp([phase])
        eliminate_dead_code(phased)
        modules.append(phased)
    return modules


@dataclass(frozen=True)
class StencilPhasesPass(ModulePass):
    """Replace the stencil program by its phase functions (for inspection and tests)."""

    name = "stencil-phases"

    starts: tuple[int, ...] = (0,)
    """Index of the first apply of every phase, in program order (0 first)."""

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        function = find_function(op)
        phases: list[Operation] = list(phase_functions(function, self.starts))
        for phase in phases:
            op.body.block.insert_op_before(phase, function)
        op.body.block.detach_op(function)
        eliminate_dead_code(op)
