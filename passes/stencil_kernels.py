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
    readers = [
        {
            other.index
            for other in model.applies
            for source in other.sources
            if source.kind == "temp" and (source.index, source.result) == (apply.index, j)
        }
        for j in range(len(apply.dtypes))
    ]
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
        if source.kind == "scalar":
            raise InputError(
                f"apply '{apply.name}' reads a scalar function argument; the tile mapping "
                "does not stream scalars yet",
                apply.location,
            )
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


def stored_token_shape(layout: Layout, demand: Demand, extent: tuple[int, ...]) -> tuple[int, ...]:
    """The token of a stored row: the pencil's own block, without the readers' halo."""
    full = Box((0,) * len(extent), extent)
    return layout.token_shape(Demand(demand.rows, full, demand.has_rows), tuple(range(len(extent))))


def store_copy_kernel(
    layout: Layout, demand: Demand, extent: tuple[int, ...], dtype: str, name: str
) -> Kernel:
    """The kernel copying one row of a result that is both stored and read by later
    applies: its tokens carry the halo its readers need, so the stored block (the pencil's
    own extent) is cut out into a token of the output stream."""
    source = layout.token_shape(demand, tuple(range(len(extent))))
    shape = stored_token_shape(layout, demand, extent)
    start = tuple(-demand.box.lb[d] for d in layout.token_dims) or (0,)
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
