"""`stencil-dce`: remove what a stencil program computes but never uses.

Generated programs carry dead values: loads nothing reads, apply operands the body never
accesses, apply results nobody stores or reads, arithmetic whose value goes nowhere. They
are legal and mean nothing, so `sparta-compile` removes them once, before the reference
evaluator and the mapping both see the program: the two then run the same operations.

Removed, until nothing more is: side-effect-free operations without uses (xDSL's notion,
so stores, calls and applies writing into fields stay; casts of function arguments stay
too, since they give `?`-shaped fields their bounds), unused results and unused or
repeated operands of `stencil.apply`. A rebuilt apply keeps its location, attributes and
the names of its results and block arguments.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import func, stencil
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Block, BlockArgument, Operation, Region, SSAValue
from xdsl.passes import ModulePass
from xdsl.rewriter import Rewriter
from xdsl.transforms.dead_code_elimination import is_trivially_dead

from sparta.sim.op_table import APPLY_OPS


def _prune_apply(op: stencil.ApplyOp) -> bool:
    """Drop the unused results and the unused or repeated operands of `op`; True if it
    changed (the op is then replaced by a new one)."""
    if op.dest:
        return False
    block = op.region.block
    first_of: dict[SSAValue, int] = {}
    keep_args: list[int] = []
    for i, (arg, operand) in enumerate(zip(block.args, op.args, strict=True)):
        if not arg.uses:
            continue
        if operand in first_of:  # the same value twice: read it through the first
            arg.replace_all_uses_with(block.args[first_of[operand]])
            continue
        first_of[operand] = i
        keep_args.append(i)
    keep_results = [i for i, result in enumerate(op.res) if result.uses]
    if len(keep_args) == len(op.args) and len(keep_results) == len(op.res):
        return False
    if not keep_results:
        return False  # wholly dead: erased as such
    returned = block.last_op
    assert isinstance(returned, stencil.ReturnOp)
    new_return = stencil.ReturnOp.build(
        operands=[[returned.arg[i] for i in keep_results]],
        properties=returned.properties.copy(),
        attributes=returned.attributes.copy(),
    )
    new_return.location = returned.location
    Rewriter.replace_op(returned, new_return)
    new_block = Block(arg_types=[block.args[i].type for i in keep_args])
    for new_arg, i in zip(new_block.args, keep_args, strict=True):
        new_arg.name_hint = block.args[i].name_hint
        block.args[i].replace_all_uses_with(new_arg)
    for inner in list(block.ops):
        block.detach_op(inner)
        new_block.add_op(inner)
    new = stencil.ApplyOp.build(
        operands=[[op.args[i] for i in keep_args], []],
        regions=[Region(new_block)],
        result_types=[[op.res[i].type for i in keep_results]],
        properties=op.properties.copy(),
        attributes=op.attributes.copy(),
    )
    new.location = op.location
    for i, result in zip(keep_results, new.res, strict=True):
        result.name_hint = op.res[i].name_hint
        op.res[i].replace_all_uses_with(result)
    Rewriter.replace_op(op, new, [None] * len(op.res))
    return True


def _dead(op: Operation) -> bool:
    """Whether removing `op` changes nothing: xDSL says it has no effect, or nothing reads
    it and it computes a value only. Divisions count as such (xDSL does not: they may trap
    in LLVM; every execution sparta has defines x / 0), and so does an apply that writes
    into no field."""
    if is_trivially_dead(op):
        return True
    if any(result.uses for result in op.results) or not op.results:
        return False
    if isinstance(op, stencil.ApplyOp):
        return not op.dest
    return op.name in APPLY_OPS


def _shapes_an_argument(op: Operation) -> bool:
    """A `stencil.cast` of a function argument gives a `?`-shaped field its bounds (its
    arrays' shape), so it stays even when nothing reads the cast."""
    return (
        isinstance(op, stencil.CastOp)
        and isinstance(op.field, BlockArgument)
        and isinstance(op.field.owner.parent_op(), func.FuncOp)
    )


def _sweep(root: Operation) -> bool:
    """One pass over `root`'s nested ops, innermost and last first; True if it removed
    or rebuilt anything."""
    changed = False
    for op in reversed(list(root.walk())):
        if op is root or op.parent is None:
            continue
        if _dead(op) and not _shapes_an_argument(op):
            Rewriter.erase_op(op)
            changed = True
        elif isinstance(op, stencil.ApplyOp):
            changed |= _prune_apply(op)
    return changed


def eliminate_dead_code(module: ModuleOp) -> None:
    """Remove every dead value of `module` (see the module docstring)."""
    while _sweep(module):
        pass


@dataclass(frozen=True)
class StencilDcePass(ModulePass):
    """Remove dead loads, apply operands and results, and unused arithmetic."""

    name = "stencil-dce"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        eliminate_dead_code(op)
