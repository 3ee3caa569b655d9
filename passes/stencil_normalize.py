"""`stencil-normalize`: forms the mapping takes only as plain applies, rewritten into them.

- **Applies writing into fields** (`stencil.apply(...) outs (%f) {...} to <bounds>`, as
  bufferization leaves them) and applies reading fields directly: an apply with results,
  stored into those fields over those bounds, reading loads of the fields.
- **Scalar arithmetic at function level** (`%s = arith.mulf %dt, %c`, then `%s` an apply
  operand): every apply that reads such a value gets the scalars it is computed from as
  operands and computes it itself, so the mapping streams only arguments (a core
  recomputes a scalar per call, which its compiler would hoist out of the loop).
- **A loaded field stored as it is** (`stencil.store %loaded to %out`): the store takes the
  result of a copy apply instead, since the mapping stores what cores compute.

Both keep the program's values exactly; the reference evaluator runs the program as given.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects import func, stencil
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Block, BlockArgument, Operation, SSAValue
from xdsl.passes import ModulePass
from xdsl.rewriter import InsertPoint, Rewriter

from sparta.dialects.locations import location_of
from sparta.sim.errors import InputError


def _scalar_slice(value: SSAValue, function: func.FuncOp) -> tuple[list[Operation], list[SSAValue]]:
    """The function-level ops computing `value`, in order, and the arguments they read."""
    ops: list[Operation] = []
    args: list[SSAValue] = []
    seen: set[int] = set()

    def visit(item: SSAValue) -> None:
        if isinstance(item, BlockArgument):
            if item not in args:
                args.append(item)
            return
        op = item.owner
        assert isinstance(op, Operation)
        if id(op) in seen:
            return
        if op.regions or op.name.split(".")[0] not in ("arith", "math"):
            raise InputError(
                f"apply operand computed by '{op.name}' at function level; the mapping takes "
                "scalars computed by arith and math ops from arguments and constants",
                location_of(op),
            )
        seen.add(id(op))
        for operand in op.operands:
            visit(operand)
        ops.append(op)

    visit(value)
    return ops, args


def _sink_scalars(apply: stencil.ApplyOp, function: func.FuncOp) -> bool:
    """Move the function-level scalar arithmetic `apply` reads into its body."""
    computed = [
        (i, operand)
        for i, operand in enumerate(apply.args)
        if not isinstance(operand, BlockArgument)
        and not isinstance(operand.type, stencil.StencilType)
        and isinstance(operand.owner, Operation)
        and operand.owner.parent_op() is function
    ]
    if not computed:
        return False
    block = apply.region.block
    operands = list(apply.args)
    for index, value in computed:
        ops, args = _scalar_slice(value, function)
        mapping: dict[SSAValue, SSAValue] = {}
        for arg in args:
            if arg in operands:
                mapping[arg] = block.args[operands.index(arg)]
            else:
                operands.append(arg)
                mapping[arg] = block.insert_arg(arg.type, len(block.args))
        clones = [op.clone(value_mapper=mapping) for op in ops]
        for op, clone in zip(ops, clones, strict=True):
            mapping.update(zip(op.results, clone.results, strict=True))
        Rewriter.insert_op(clones, InsertPoint.at_start(block))
        block.args[index].replace_all_uses_with(mapping[value])
    new = stencil.ApplyOp.build(
        operands=[operands, list(apply.dest)],
        regions=[apply.region.clone()],
        result_types=[[r.type for r in apply.res]],
        properties=apply.properties.copy(),
        attributes=apply.attributes.copy(),
    )
    new.location = apply.location
    for old, result in zip(apply.res, new.res, strict=True):
        result.name_hint = old.name_hint
    Rewriter.replace_op(apply, new)
    return True


def _results_not_destinations(apply: stencil.ApplyOp) -> None:
    """An apply writing into fields (`outs (%f) ... to <bounds>`, after bufferization) as
    an apply with results and stores of them; a field operand as a load of it."""
    if not apply.dest and not any(isinstance(a.type, stencil.FieldType) for a in apply.args):
        return
    operands = []
    for arg in apply.args:
        if isinstance(arg.type, stencil.FieldType):
            load = stencil.LoadOp.build(
                operands=[arg],
                result_types=[
                    stencil.TempType(arg.type.get_num_dims(), arg.type.get_element_type())
                ],
            )
            load.location = apply.location
            Rewriter.insert_op(load, InsertPoint.before(apply))
            arg = load.res
        operands.append(arg)
    region = apply.region.clone()
    block = region.block
    for index, operand in enumerate(operands):
        if block.args[index].type != operand.type:
            Rewriter.replace_value_with_new_type(block.args[index], operand.type)
    results = [
        stencil.TempType(dest.type.get_num_dims(), dest.type.get_element_type())  # type: ignore[attr-defined]
        for dest in apply.dest
    ] or [r.type for r in apply.res]
    new = stencil.ApplyOp.build(
        operands=[operands, []],
        regions=[region],
        result_types=[results],
        attributes=apply.attributes.copy(),
    )
    new.location = apply.location
    Rewriter.insert_op(new, InsertPoint.before(apply))
    if apply.dest:
        assert apply.bounds is not None
        for result, dest in zip(new.res, apply.dest, strict=True):
            store = stencil.StoreOp.build(
                operands=[result, dest], properties={"bounds": apply.bounds}
            )
            store.location = apply.location
            Rewriter.insert_op(store, InsertPoint.before(apply))
        Rewriter.erase_op(apply)
    else:
        Rewriter.replace_op(apply, [], list(new.res))


def _copy_loaded_stores(function: func.FuncOp) -> None:
    """Store a copy apply's result where a loaded temp is stored as it is."""
    for op in list(function.body.block.ops):
        if not isinstance(op, stencil.StoreOp) or not isinstance(op.temp.owner, stencil.LoadOp):
            continue
        temp_type = op.temp.type
        assert isinstance(temp_type, stencil.TempType)
        rank = temp_type.get_num_dims()
        block = Block(arg_types=[temp_type])
        access = stencil.AccessOp(block.args[0], (0,) * rank)
        block.add_ops([access, stencil.ReturnOp([access.res])])
        copy = stencil.ApplyOp.build(
            operands=[[op.temp], []],
            regions=[[block]],
            result_types=[[stencil.TempType(rank, temp_type.get_element_type())]],
        )
        copy.location = op.location
        Rewriter.insert_op(copy, InsertPoint.before(op))
        op.operands[0] = copy.res[0]


@dataclass(frozen=True)
class StencilNormalizePass(ModulePass):
    """Applies with results and loads; scalar arithmetic sunk into applies; stored loaded
    temps copied."""

    name = "stencil-normalize"

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for function in [f for f in op.walk() if isinstance(f, func.FuncOp)]:
            if not function.body.blocks:
                continue
            for apply in [a for a in function.body.block.ops if isinstance(a, stencil.ApplyOp)]:
                _results_not_destinations(apply)
            for apply in [a for a in function.body.block.ops if isinstance(a, stencil.ApplyOp)]:
                _sink_scalars(apply, function)
            _copy_loaded_stores(function)
