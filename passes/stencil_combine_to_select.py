"""`stencil-combine-to-select`: each `stencil.combine` result as an apply that selects by
coordinate, so the tile mapping streams it like any other apply result.

`stencil.combine dim at index lower = (a) upper = (b)` takes `a` below `index` along `dim`
and `b` from it on. The rewrite computes

    %r = stencil.apply(%x = a, %y = b) {
      %i = stencil.index dim [0, ...]   %lt = arith.cmpi slt, %i, index
      %v = arith.select %lt, %x[0, ...], %y[0, ...]
    }

so both operands are computed over the whole combined box (a vector core computes both
sides of a branch anyway). A tree of plain combines (one result each, no `lowerext` /
`upperext`), each feeding only the next, becomes one apply of nested selects: the frame a
time loop's chained steps assemble (`compiler/time_loop.py`: a step's result inside the
stored box, the buffer outside it) is 2 x rank combines, and one apply instead of 2 x rank
keeps a pass of many steps within the array. A `lowerext` (`upperext`) result is the
operand below (from) the index and 0 on the other side, which the reference evaluator also
reads there. The new applies carry `sparta.combine` so the program's work does not count
their selects, and every temp loses its bounds: `stencil-prepare` infers them again for
the new dataflow.

Where an operand computed over the whole box would read a field beyond its halo, the
mapping refuses the program with the field and the box it would need.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import arith, func, stencil
from xdsl.dialects.builtin import (
    AnyFloat,
    FloatAttr,
    IndexType,
    IntegerAttr,
    IntegerType,
    ModuleOp,
    UnitAttr,
)
from xdsl.ir import Attribute, Block, Operation, SSAValue
from xdsl.passes import ModulePass
from xdsl.rewriter import InsertPoint, Rewriter

COMBINE = "sparta.combine"
"""Attribute of the applies this pass makes (their selects are not the program's work)."""


def _zero(element: Attribute) -> arith.ConstantOp:
    """The constant 0 of an element type (what an undefined point reads as)."""
    if isinstance(element, IntegerType | IndexType):
        return arith.ConstantOp(IntegerAttr(0, element))
    assert isinstance(element, AnyFloat)
    return arith.ConstantOp(FloatAttr(0.0, element))


def _select_apply(
    dim: int, index: int, lower: SSAValue | None, upper: SSAValue | None, result: SSAValue
) -> stencil.ApplyOp:
    """The apply computing one combine result from its lower and/or upper operand."""
    result_type = result.type
    assert isinstance(result_type, stencil.TempType)
    rank = result_type.get_num_dims()
    element = result_type.get_element_type()
    operands = [value for value in (lower, upper) if value is not None]
    block = Block(arg_types=[value.type for value in operands])
    args = dict(zip((id(v) for v in operands), block.args, strict=True))
    zero = (0,) * rank
    ops: list[Operation] = []

    def read(value: SSAValue | None) -> SSAValue:
        if value is None:
            constant = _zero(element)
            ops.append(constant)
            return constant.result
        access = stencil.AccessOp(args[id(value)], zero)
        ops.append(access)
        return access.res

    coordinate = stencil.IndexOp.build(
        properties={
            "dim": IntegerAttr(dim, IndexType()),
            "offset": stencil.IndexAttr.from_indices(*zero),
        },
        result_types=[IndexType()],
    )
    split = arith.ConstantOp(IntegerAttr(index, IndexType()))
    below = arith.CmpiOp(coordinate.idx, split.result, "slt")
    ops += [coordinate, split, below]
    low, high = read(lower), read(upper)
    choice = arith.SelectOp(below.result, low, high)
    ops += [choice, stencil.ReturnOp([choice.result])]
    block.add_ops(ops)
    new = stencil.ApplyOp.build(
        operands=[operands, []],
        regions=[[block]],
        result_types=[[stencil.TempType(rank, element)]],
    )
    new.attributes[COMBINE] = UnitAttr()
    return new


def _nested(op: stencil.CombineOp) -> bool:
    """Whether `op` is a plain combine (one result, no `lowerext`/`upperext`) whose only
    user is another plain combine: the two become one apply."""
    if len(op.results_) != 1 or op.lowerext or op.upperext:
        return False
    uses = list(op.results_[0].uses)
    if len(uses) != 1:
        return False
    user = uses[0].operation
    return (
        isinstance(user, stencil.CombineOp)
        and len(user.results_) == 1
        and not (user.lowerext or user.upperext)
    )


def _tree_apply(root: stencil.CombineOp) -> stencil.ApplyOp:
    """One apply computing a tree of plain combines (`root` and the nested ones feeding
    it): a select per combine, on the coordinate of its dimension, of its two parts."""
    result_type = root.results_[0].type
    assert isinstance(result_type, stencil.TempType)
    rank = result_type.get_num_dims()
    zero = (0,) * rank
    leaves: list[SSAValue] = []

    def collect(value: SSAValue) -> None:
        owner = value.owner
        if isinstance(owner, stencil.CombineOp) and _nested(owner):
            collect(owner.lower[0])
            collect(owner.upper[0])
        elif value not in leaves:
            leaves.append(value)

    collect(root.lower[0])
    collect(root.upper[0])
    block = Block(arg_types=[leaf.type for leaf in leaves])
    ops: list[Operation] = []
    reads: dict[SSAValue, SSAValue] = {}
    coordinates: dict[int, SSAValue] = {}

    def coordinate(dim: int) -> SSAValue:
        if dim not in coordinates:
            index = stencil.IndexOp.build(
                properties={
                    "dim": IntegerAttr(dim, IndexType()),
                    "offset": stencil.IndexAttr.from_indices(*zero),
                },
                result_types=[IndexType()],
            )
            ops.append(index)
            coordinates[dim] = index.idx
        return coordinates[dim]

    def value(source: SSAValue) -> SSAValue:
        owner = source.owner
        if isinstance(owner, stencil.CombineOp) and (owner is root or _nested(owner)):
            position = coordinate(owner.dim.value.data)
            split = arith.ConstantOp(IntegerAttr(owner.index.value.data, IndexType()))
            ops.append(split)
            below = arith.CmpiOp(position, split.result, "slt")
            ops.append(below)
            low, high = value(owner.lower[0]), value(owner.upper[0])
            choice = arith.SelectOp(below.result, low, high)
            ops.append(choice)
            return choice.result
        if source not in reads:
            access = stencil.AccessOp(block.args[leaves.index(source)], zero)
            ops.append(access)
            reads[source] = access.res
        return reads[source]

    returned = value(root.results_[0])
    ops.append(stencil.ReturnOp([returned]))
    block.add_ops(ops)
    new = stencil.ApplyOp.build(
        operands=[leaves, []],
        regions=[[block]],
        result_types=[[stencil.TempType(rank, result_type.get_element_type())]],
    )
    new.attributes[COMBINE] = UnitAttr()
    new.res[0].name_hint = root.results_[0].name_hint
    new.location = root.location
    return new


def _rewrite_tree(root: stencil.CombineOp) -> None:
    """Replace `root` and the combines nested in it by one apply."""
    nested = []
    stack = [root]
    while stack:
        op = stack.pop()
        for part in (op.lower[0], op.upper[0]):
            owner = part.owner
            if isinstance(owner, stencil.CombineOp) and _nested(owner):
                nested.append(owner)
                stack.append(owner)
    new = _tree_apply(root)
    Rewriter.insert_op(new, InsertPoint.before(root))
    Rewriter.replace_op(root, [], [new.res[0]])
    for op in nested:  # users first: each was used only by the one above it
        Rewriter.erase_op(op)


def _rewrite(op: stencil.CombineOp) -> None:
    dim, index = op.dim.value.data, op.index.value.data
    sources: list[tuple[SSAValue | None, SSAValue | None]] = [
        *zip(op.lower, op.upper, strict=True),
        *((low, None) for low in op.lowerext),
        *((None, high) for high in op.upperext),
    ]
    new_ops = [
        _select_apply(dim, index, low, high, result)
        for (low, high), result in zip(sources, op.results_, strict=True)
    ]
    for new, result in zip(new_ops, op.results_, strict=True):
        new.res[0].name_hint = result.name_hint
        new.location = op.location
    Rewriter.insert_op(new_ops, InsertPoint.before(op))
    Rewriter.replace_op(op, [], [new.res[0] for new in new_ops])


def _forget_bounds(function: func.FuncOp) -> None:
    """Every temp without bounds, so shape inference works them out anew."""
    for op in function.walk():
        values = list(op.results) + [a for r in op.regions for b in r.blocks for a in b.args]
        for value in values:
            value_type = value.type
            if isinstance(value_type, stencil.TempType) and isinstance(
                value_type.bounds, stencil.StencilBoundsAttr
            ):
                unknown = stencil.TempType(value_type.get_num_dims(), value_type.get_element_type())
                Rewriter.replace_value_with_new_type(value, unknown)


@dataclass(frozen=True)
class StencilCombineToSelectPass(ModulePass):
    """Rewrite every `stencil.combine` into applies that select by coordinate."""

    name = "stencil-combine-to-select"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for function in op.walk():
            if not isinstance(function, func.FuncOp):
                continue
            combines = [inner for inner in function.walk() if isinstance(inner, stencil.CombineOp)]
            for combine in combines:
                if _nested(combine):
                    continue  # computed by the apply of the combine it feeds
                if len(combine.results_) == 1 and not (combine.lowerext or combine.upperext):
                    _rewrite_tree(combine)
                else:
                    _rewrite(combine)
            if combines:
                _forget_bounds(function)
