"""Kernels: an apply body turned into vector ops over token windows.

For one pencil shape an apply computes one row of its block per invocation. Each access
`x[δ]` becomes a `tile.read` of token `δ_s - min δ_s` of x's window, starting at the
access's position inside x's token; each arith/math op becomes the same op on vectors of
the apply's block shape; scalar constants are broadcast; each result is written whole
into a token of its output stream. Sources with fewer dimensions (coefficient fields)
are read at their own shape and broadcast.
"""

from __future__ import annotations

from dataclasses import dataclass

from sparta.passes.stencil_geometry import Demand, Geometry, source_dims
from sparta.passes.stencil_model import Apply, Box, StencilModel
from sparta.sim.errors import InputError
from sparta.sim.program import Kernel, KernelOp, KernelOperand, Port


@dataclass(frozen=True)
class Layout:
    """How pencil dimensions map onto streams: rows along `stream_dim`, tokens over `token_dims`."""

    stream_dim: int | None
    token_dims: tuple[int, ...]

    def token_shape(self, demand: Demand, dims: tuple[int, ...]) -> tuple[int, ...]:
        """A stream's token shape: its block over the token dims it has (at least 1-D)."""
        shape = tuple(demand.box.shape[d] for d in self.token_dims if d in dims)
        return shape or (1,)


def window(apply: Apply, operand: int, stream_dim: int | None, has_rows: bool) -> tuple[int, int]:
    """(first row offset, rows) of the window an operand needs along the stream dim."""
    if stream_dim is None or not has_rows:
        return 0, 1
    lo, hi = apply.reach(operand)
    return lo[stream_dim], hi[stream_dim] - lo[stream_dim] + 1


def operand_demand(
    model: StencilModel, geometry: Geometry, apply: Apply, operand: int
) -> tuple[Demand, tuple[int, ...]]:
    """The demand of the stream behind an operand, and the apply dims that source has."""
    source = apply.sources[operand]
    dims = source_dims(model, apply, operand)
    if source.kind == "temp":
        return geometry.applies[source.index], dims
    demand = geometry.fields[source.index]
    assert demand is not None
    return demand, dims


def fuses_results(model: StencilModel, apply: Apply) -> bool:
    """Whether the apply's results travel as one stream, side by side in one token: several
    results of one element type, none stored, all read by the same applies. One buffer (and
    lock) per hand-over instead of one per result, as SPARTA's cores pass one window."""
    if len(apply.dtypes) < 2 or len(set(apply.dtypes)) != 1:
        return False
    if any(store.apply == apply.index for store in model.stores):
        return False
    readers = [model.readers.get((apply.index, j), frozenset()) for j in range(len(apply.dtypes))]
    return all(r == readers[0] for r in readers)


def stream_shape(model: StencilModel, apply: Apply, shape: tuple[int, ...]) -> tuple[int, ...]:
    """The token shape of the stream carrying the apply's results (`shape`: one result's)."""
    if not fuses_results(model, apply):
        return shape
    return (*shape[:-1], shape[-1] * len(apply.dtypes))


def build_kernel(
    model: StencilModel, geometry: Geometry, layout: Layout, apply: Apply, name: str
) -> Kernel:
    """The kernel computing one row of `apply` for the pencil shape of `geometry`."""
    mine = geometry.applies[apply.index]
    vector = layout.token_shape(mine, tuple(range(model.rank)))
    operands: list[KernelOperand] = []
    operand_index: dict[int, int] = {}
    for i, source in enumerate(apply.sources):
        demand, dims = operand_demand(model, geometry, apply, i)
        _, rows = window(apply, i, layout.stream_dim, demand.has_rows)
        dtype = _source_dtype(model, apply, i)
        token = layout.token_shape(demand, dims)
        if source.kind == "temp":
            token = stream_shape(model, model.applies[source.index], token)
        operand_index[i] = len(operands)
        operands.append(KernelOperand(Port.CONSUME, rows, token, dtype))
    outputs = []
    if fuses_results(model, apply):
        fused = stream_shape(model, apply, vector)
        outputs = [len(operands)] * len(apply.dtypes)
        operands.append(KernelOperand(Port.PRODUCE, 1, fused, apply.dtypes[0]))
    else:
        for dtype in apply.dtypes:
            outputs.append(len(operands))
            operands.append(KernelOperand(Port.PRODUCE, 1, vector, dtype))
    ops: list[KernelOp] = []
    ids: dict[int, int] = {}
    for op in apply.ops:
        if op.opcode == "stencil.access":
            ids[op.result] = _read(model, geometry, layout, apply, op, operand_index, vector, ops)  # type: ignore[index]
        elif op.opcode == "stencil.index":
            dim, offset = int(op.attr("dim")), int(op.attr("offset"))  # type: ignore[call-overload]
            ids[op.result] = _coordinate(layout, vector, dim, offset, ops)  # type: ignore[index]
        elif op.opcode == "stencil.dyn_access":
            wanted = [ids[v] for v in op.operands]
            ids[op.result] = _gather(  # type: ignore[index]
                model, geometry, layout, apply, op, operand_index, vector, wanted, ops
            )
        elif op.opcode == "arith.constant":
            constant = len(ops)
            ops.append(
                KernelOp(
                    "arith.constant", (), constant, (), op.dtype, (("value", op.attr("value")),)
                )
            )
            ops.append(KernelOp("vector.broadcast", (constant,), constant + 1, vector, op.dtype))
            ids[op.result] = constant + 1  # type: ignore[index]
        else:
            result = len(ops)
            operands_ = tuple(ids[v] for v in op.operands)
            ops.append(KernelOp(op.opcode, operands_, result, vector, op.dtype, op.attrs))
            ids[op.result] = result  # type: ignore[index]
    for j, value in enumerate(apply.outputs):
        if value is None:
            raise InputError(
                f"apply '{apply.name}' leaves result {j} empty; the tile mapping needs a value",
                apply.location,
            )
        start = (0,) * len(vector)
        if fuses_results(model, apply):  # result j sits after the j before it
            start = (*start[:-1], j * vector[-1])
        attrs = (("operand", outputs[j]), ("token", 0), ("start", start))
        ops.append(KernelOp("tile.write", (ids[value],), None, vector, apply.dtypes[j], attrs))
    return Kernel(name, tuple(operands), tuple(ops))


def uses_coordinates(kernel: Kernel) -> bool:
    """Whether the kernel reads coordinates: its runs then pass the row's origin, one
    integer per dimension (`tile.run ... args`)."""
    return any(op.opcode == "tile.coord" for op in kernel.ops)


def _emit(
    ops: list[KernelOp],
    opcode: str,
    operands: tuple[int, ...],
    shape: tuple[int, ...],
    dtype: str,
    attrs: tuple[tuple[str, object], ...] = (),
) -> int:
    ops.append(KernelOp(opcode, operands, len(ops), shape, dtype, attrs))
    return len(ops) - 1


def _constant(ops: list[KernelOp], value: int, shape: tuple[int, ...], dtype: str) -> int:
    scalar = _emit(ops, "arith.constant", (), (), dtype, (("value", value),))
    return _emit(ops, "vector.broadcast", (scalar,), shape, dtype)


def _coordinate(
    layout: Layout, vector: tuple[int, ...], dim: int, offset: int, ops: list[KernelOp]
) -> int:
    """`stencil.index dim` plus `offset`: the run's argument `dim` (the row origin along
    `dim`), plus each point's position when `dim` runs across the vector."""
    axis = layout.token_dims.index(dim) if dim in layout.token_dims else -1
    value = _emit(ops, "tile.coord", (), vector, "i64", (("arg", dim), ("axis", axis)))
    if offset:
        shifted = _constant(ops, offset, vector, "i64")
        value = _emit(ops, "arith.addi", (value, shifted), vector, "i64")
    return value


def _gather(
    model: StencilModel,
    geometry: Geometry,
    layout: Layout,
    apply: Apply,
    op: object,
    operand_index: dict[int, int],
    vector: tuple[int, ...],
    wanted: list[int],
    ops: list[KernelOp],
) -> int:
    """`stencil.dyn_access`: each point reads its operand at the coordinates it computed,
    clamped to `lb`..`ub` around itself (as the reference clamps), from the window that
    the declared range puts in the core's hands."""
    operand = int(op.attr("operand"))  # type: ignore[attr-defined]
    lb, ub = op.attr("lb"), op.attr("ub")  # type: ignore[attr-defined]
    demand, _ = operand_demand(model, geometry, apply, operand)
    mine = geometry.applies[apply.index]
    first, _ = window(apply, operand, layout.stream_dim, demand.has_rows)
    rank = model.rank
    relative: dict[int, int] = {}
    for dim in range(rank):
        here = _coordinate(layout, vector, dim, 0, ops)
        target = wanted[dim]
        if ops[target].shape != vector:
            target = _emit(ops, "vector.broadcast", (target,), vector, "i64")
        delta = _emit(ops, "arith.subi", (target, here), vector, "i64")
        low = _constant(ops, lb[dim], vector, "i64")
        high = _constant(ops, ub[dim], vector, "i64")
        delta = _emit(ops, "arith.maxsi", (delta, low), vector, "i64")
        relative[dim] = _emit(ops, "arith.minsi", (delta, high), vector, "i64")
    s = layout.stream_dim
    axes = list(layout.token_dims)
    offsets = ([relative[s]] if s is not None and demand.has_rows else []) + [
        relative[d] for d in axes
    ]
    start = tuple(mine.box.lb[d] - demand.box.lb[d] for d in axes)
    token = -first if s is not None and demand.has_rows else 0
    dtype = _source_dtype(model, apply, operand)
    attrs = (
        ("operand", operand_index[operand]),
        ("token", token),
        ("start", start),
        ("rows", int(s is not None and demand.has_rows)),
    )
    return _emit(ops, "tile.gather", tuple(offsets), vector, dtype, attrs)


def _source_dtype(model: StencilModel, apply: Apply, operand: int) -> str:
    source = apply.sources[operand]
    if source.kind == "temp":
        return model.applies[source.index].dtypes[source.result]
    return model.fields[source.index].dtype


def _read(
    model: StencilModel,
    geometry: Geometry,
    layout: Layout,
    apply: Apply,
    op: object,
    operand_index: dict[int, int],
    vector: tuple[int, ...],
    ops: list[KernelOp],
) -> int:
    """Emit the read (plus reshape and broadcast for lower-rank sources) of one access."""
    operand = int(op.attr("operand"))  # type: ignore[attr-defined]
    offset = op.attr("offset")  # type: ignore[attr-defined]
    demand, dims = operand_demand(model, geometry, apply, operand)
    mine = geometry.applies[apply.index]
    first, _ = window(apply, operand, layout.stream_dim, demand.has_rows)
    s = layout.stream_dim
    token = offset[s] - first if s is not None and demand.has_rows else 0
    source_token_dims = [d for d in layout.token_dims if d in dims]
    start = tuple(mine.box.lb[d] + offset[d] - demand.box.lb[d] for d in source_token_dims)
    shape = tuple(mine.box.shape[d] for d in source_token_dims)
    if not source_token_dims:
        start, shape = (0,), (1,)
    source = apply.sources[operand]
    if source.kind == "temp" and fuses_results(model, model.applies[source.index]):
        width = layout.token_shape(demand, dims)[-1]  # one result's share of the token
        start = (*start[:-1], start[-1] + source.result * width)
    dtype = _source_dtype(model, apply, operand)
    attrs = (("operand", operand_index[operand]), ("token", token), ("start", start))
    ops.append(KernelOp("tile.read", (), len(ops), shape, dtype, attrs))
    value = len(ops) - 1
    if shape == vector:
        return value
    aligned = tuple(mine.box.shape[d] if d in dims else 1 for d in layout.token_dims) or (1,)
    if aligned != shape:
        ops.append(KernelOp("vector.shape_cast", (value,), len(ops), aligned, dtype))
        value = len(ops) - 1
    ops.append(KernelOp("vector.broadcast", (value,), len(ops), vector, dtype))
    return len(ops) - 1


def store_copy_kernel(layout: Layout, demand: Demand, clip: Box, dtype: str, name: str) -> Kernel:
    """The kernel copying the block `clip` (relative to the pencil) of one row of a stored
    result out of its tokens, whose block is `demand.box` (with the halo later readers
    need, or the whole pencil where the store covers less of it)."""
    rank = len(clip.lb)
    source = layout.token_shape(demand, tuple(range(rank)))
    shape = layout.token_shape(Demand(demand.rows, clip, demand.has_rows), tuple(range(rank)))
    start = tuple(clip.lb[d] - demand.box.lb[d] for d in layout.token_dims) or (0,)
    return Kernel(
        name,
        (
            KernelOperand(Port.CONSUME, 1, source, dtype),
            KernelOperand(Port.PRODUCE, 1, shape, dtype),
        ),
        (
            KernelOp(
                "tile.read", (), 0, shape, dtype, (("operand", 0), ("token", 0), ("start", start))
            ),
            KernelOp(
                "tile.write",
                (0,),
                None,
                shape,
                dtype,
                (("operand", 1), ("token", 0), ("start", (0,) * len(shape))),
            ),
        ),
    )
