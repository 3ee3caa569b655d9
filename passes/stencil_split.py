"""`stencil-split`: cut large applies into a chain of smaller ones (pipeline stage candidates).

Splitting between applies is free (each apply can become its own stage); this pass adds
cut points *inside* an apply, as SPARTA splits hdiff's flux computation into a multiply
core and a compare/select core. An apply's ops are cut, in order, into parts of about
equal op count; each cut is placed where the fewest values cross it. Values that cross
become results of the earlier part and operands of the later one (read at offset 0);
accesses and constants are repeated in every part that uses them, since re-reading a
field is cheaper than streaming a copy. The program's results do not change.

Options:
- `max-ops` (ops per point, default 0 = derived from the target): split an apply when it
  has more arithmetic ops per point than one core can do while keeping pace with one shim
  channel (peak ops per cycle x cycles per point the channel needs).
- `parts` (default 0): split every apply into exactly this many parts instead.
- `target`: device whose rates set the automatic threshold.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from math import ceil

from xdsl.context import Context
from xdsl.dialects import arith, func, stencil
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Block, Operation, Region, SSAValue
from xdsl.passes import ModulePass
from xdsl.rewriter import InsertPoint, Rewriter

from sparta.passes.stencil_model import dtype_name
from sparta.sim.device import load_device
from sparta.sim.program import dtype_bytes

FREE = (stencil.AccessOp, arith.ConstantOp, stencil.StoreResultOp, stencil.ReturnOp)


def _is_arith(op: Operation) -> bool:
    return not isinstance(op, FREE)


def _weight(op: Operation) -> int:
    """Arithmetic ops an op stands for (an scf.if counts its nested ops)."""
    if not op.regions:
        return 1
    return sum(
        1
        for inner in op.walk()
        if inner is not op and _is_arith(inner) and inner.name != "scf.yield"
    )


def _operands_from_outside(op: Operation) -> list[SSAValue]:
    """Values an op (including its nested regions) uses that are defined outside it."""
    inner = set(op.walk())
    used: list[SSAValue] = []
    for nested in op.walk():
        for operand in nested.operands:
            owner = operand.owner
            if isinstance(owner, Operation) and owner in inner:
                continue
            if (
                isinstance(owner, Block)
                and owner.parent_op() in inner
                and owner.parent_op() is not op
            ):
                continue
            if isinstance(owner, Block) and owner.parent_op() is op:
                continue
            used.append(operand)
    return used


def plan_cuts(ops: list[Operation], parts: int) -> list[int]:
    """Cut positions (op indices) splitting `ops` into `parts` chunks of similar weight,
    each cut moved within a quarter of a chunk to where the fewest values cross."""
    weights = [(_weight(op) if _is_arith(op) else 0) for op in ops]
    total = sum(weights)
    cuts: list[int] = []
    prefix = [0]
    for w in weights:
        prefix.append(prefix[-1] + w)
    for k in range(1, parts):
        target = total * k / parts
        slack = total / parts / 4
        candidates = [
            i
            for i in range(1, len(ops))
            if abs(prefix[i] - target) <= slack
            and (not cuts or i > cuts[-1])
            and _is_arith(ops[i - 1])
        ]
        if not candidates:
            candidates = [min(range(1, len(ops)), key=lambda i: abs(prefix[i] - target))]
        best = min(candidates, key=lambda i: (_crossing(ops, i), abs(prefix[i] - target)))
        if cuts and best <= cuts[-1]:
            continue
        cuts.append(best)
    return cuts


def _crossing(ops: list[Operation], cut: int) -> int:
    later: set[Operation] = set()
    for op in ops[cut:]:
        later.update(op.walk())
    count = 0
    for op in ops[:cut]:
        if not _is_arith(op):
            continue
        for value in op.results:
            if any(_owner_in(use.operation, later) for use in value.uses):
                count += 1
    return count


def _owner_in(op: Operation | None, ops: set[Operation]) -> bool:
    while op is not None:
        if op in ops:
            return True
        op = op.parent_op()
    return False


def split_apply(
    apply: stencil.ApplyOp, parts: int, forward_fields: bool = False
) -> list[stencil.ApplyOp]:
    """Replace `apply` by a chain of up to `parts` applies computing the same results.

    Part m reads only fields and part m-1's results: a value used several parts later is
    relayed through the parts between. With `forward_fields`, a field read at offset 0 is
    also relayed from the first part that reads it instead of being read again (SPARTA's
    last flux core gets the centre row from the previous core, not from the input stream).
    """
    ops = list(apply.region.block.ops)
    cuts = plan_cuts(ops, parts)
    if not cuts:
        return [apply]
    bounds = [0, *cuts, len(ops)]
    chunks = [ops[a:b] for a, b in pairwise(bounds)]
    owner: dict[SSAValue, int] = {}
    for index, chunk in enumerate(chunks):
        for op in chunk:
            if _is_arith(op) or (forward_fields and _zero_access(op) and op.res not in owner):  # type: ignore[attr-defined]
                for value in op.results:
                    owner.setdefault(value, index)
    uses: list[set[SSAValue]] = []
    for chunk in chunks:
        used: set[SSAValue] = set()
        for op in chunk:
            for operand in _operands_from_outside(op):
                if operand in owner:
                    used.add(operand)
        uses.append(used)
    need: list[set[SSAValue]] = [set() for _ in chunks]
    exports: list[list[SSAValue]] = [[] for _ in chunks]
    for m in range(len(chunks) - 1, -1, -1):
        wanted = set(uses[m])
        if m + 1 < len(chunks):
            exported = sorted(need[m + 1], key=lambda v: _order(v, apply))
            exports[m] = exported
            wanted.update(exported)
        need[m] = {v for v in wanted if owner[v] != m}
    result_bounds = apply.res[0].type.bounds
    previous: dict[SSAValue, SSAValue] = {}
    new_applies: list[stencil.ApplyOp] = []
    rewriter = Rewriter()
    for index, chunk in enumerate(chunks):
        last = index == len(chunks) - 1
        if not last and not exports[index]:
            continue  # nothing later reads this part (dead code): an apply needs results
        body = (
            chunk
            if last
            else [
                op for op in chunk if not isinstance(op, (stencil.StoreResultOp, stencil.ReturnOp))
            ]
        )
        relayed = {v for v in owner if owner[v] != index} if forward_fields else set()
        local = _closure(body, apply, relayed, exports[index])
        imported = sorted(need[index], key=lambda v: _order(v, apply))
        block, operands = _build_block(apply, local, imported, previous)
        mapping = dict(block.value_map)
        for op in local:
            if any(r in mapping for r in op.results):
                continue
            clone = op.clone(value_mapper=mapping)
            block.block.add_op(clone)
            for old_result, new_result in zip(op.results, clone.results, strict=True):
                mapping[old_result] = new_result
        if last:
            result_types = list(apply.res.types)
        else:
            block.block.add_op(stencil.ReturnOp([mapping[value] for value in exports[index]]))
            result_types = [stencil.TempType(result_bounds, v.type) for v in exports[index]]
        new = stencil.ApplyOp.build(
            operands=[operands, []], result_types=[result_types], regions=[block.region()]
        )
        rewriter.insert_op(new, InsertPoint.before(apply))
        previous = dict(zip(exports[index], new.res, strict=True)) if not last else {}
        new_applies.append(new)
    final = new_applies[-1]
    for old_result, new_result in zip(apply.res, final.res, strict=True):
        old_result.replace_all_uses_with(new_result)
        new_result.name_hint = old_result.name_hint
    rewriter.erase_op(apply)
    return new_applies


def _zero_access(op: Operation) -> bool:
    return isinstance(op, stencil.AccessOp) and all(o == 0 for o in op.offset)


def _order(value: SSAValue, apply: stencil.ApplyOp) -> int:
    """Position of a value's defining op in the apply body (for a stable result order)."""
    owner = value.owner
    for i, op in enumerate(apply.region.block.walk()):
        if op is owner:
            return i
    return -1


def _closure(
    ops: list[Operation], apply: stencil.ApplyOp, relayed: set[SSAValue], exported: list[SSAValue]
) -> list[Operation]:
    """The part's computing ops, the accesses and constants they use that are not relayed,
    and the relayed values it exports itself, in body order."""
    wanted = {op for op in ops if not isinstance(op, (stencil.AccessOp, arith.ConstantOp))}
    wanted.update(v.owner for v in exported if isinstance(v.owner, Operation) and v.owner in ops)
    for op in list(wanted):
        for value in _operands_from_outside(op):
            source = value.owner
            if isinstance(source, (stencil.AccessOp, arith.ConstantOp)) and value not in relayed:
                wanted.add(source)
    return [op for op in apply.region.block.ops if op in wanted]


@dataclass
class _NewBlock:
    block: Block
    value_map: dict[SSAValue, SSAValue]

    def region(self) -> Region:
        return Region(self.block)


def _build_block(
    apply: stencil.ApplyOp,
    ops: list[Operation],
    imported: list[SSAValue],
    previous: dict[SSAValue, SSAValue],
) -> tuple[_NewBlock, list[SSAValue]]:
    """A block whose arguments are the operands `ops` read and the previous part's temps."""
    old_args = apply.region.block.args
    used_args: list[int] = []
    for op in ops:
        for value in _operands_from_outside(op):
            if value in old_args and value.index not in used_args:  # type: ignore[attr-defined]
                used_args.append(value.index)  # type: ignore[attr-defined]
    used_args.sort()
    types = [old_args[i].type for i in used_args] + [previous[v].type for v in imported]
    block = Block(arg_types=types)
    mapping: dict[SSAValue, SSAValue] = {}
    for position, i in enumerate(used_args):
        mapping[old_args[i]] = block.args[position]
        block.args[position].name_hint = old_args[i].name_hint
    operands = [apply.args[i] for i in used_args]
    rank = apply.get_rank()
    for position, value in enumerate(imported, start=len(used_args)):
        access = stencil.AccessOp(block.args[position], [0] * rank)
        block.add_op(access)
        mapping[value] = access.res
        operands.append(previous[value])
    return _NewBlock(block, mapping), operands


def automatic_max_ops(function: func.FuncOp, target: str) -> int:
    """Ops per point one core can do while one shim channel streams a point in and out."""
    device = load_device(target)
    worst = 1
    for op in function.walk():
        if isinstance(op, stencil.ApplyOp):
            for res in op.res:
                element = res.type.get_element_type()
                name = dtype_name(element)
                peak = device.peak_ops_per_cycle(name) if name in device.core.alu_lanes else 16
                cycles_per_point = dtype_bytes(name) / device.dma.shim_channel_bytes_per_cycle
                worst = max(worst, ceil(peak * cycles_per_point))
    return worst


def arith_ops(apply: stencil.ApplyOp) -> int:
    return sum(_weight(op) for op in apply.region.block.ops if _is_arith(op))


@dataclass(frozen=True)
class StencilSplitPass(ModulePass):
    """Split applies with many ops into chains of smaller applies."""

    name = "stencil-split"

    max_ops: int = 0
    """Split applies with more arithmetic ops per point than this (0: from the target)."""
    parts: int = 0
    """Split every apply into this many parts instead (0: use max-ops)."""
    target: str = "vck190"
    """Device whose rates give the automatic threshold."""
    forward_fields: bool = False
    """Relay offset-0 field reads from the previous part instead of reading again."""

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        for function in [f for f in op.walk() if isinstance(f, func.FuncOp)]:
            threshold = self.max_ops or automatic_max_ops(function, self.target)
            for apply in [a for a in function.walk() if isinstance(a, stencil.ApplyOp)]:
                count = arith_ops(apply)
                parts = self.parts or ceil(count / threshold)
                parts = min(parts, count)
                if parts > 1:
                    split_apply(apply, parts, self.forward_fields)
