"""A stencil program as plain data: fields, applies (op lists over accesses), stores.

The mapping passes read programs through this model: it names every apply, records
where each one reads (offsets per operand, in the apply's index space), the box it must
compute, and its body as SSA ops with `scf.if` flattened into selects (both branches are
computed, as a vector core would). It also measures the program's mapping-independent
work (`Work`): source ops per output point times output points, and the bytes it must
read and write at least once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property
from math import prod

from xdsl.dialects import arith, func, scf, stencil
from xdsl.dialects.builtin import (
    BFloat16Type,
    DenseIntOrFPElementsAttr,
    Float16Type,
    Float32Type,
    Float64Type,
    FloatAttr,
    IndexType,
    IntegerAttr,
    IntegerType,
    ModuleOp,
)
from xdsl.ir import Attribute, BlockArgument, Operation, SSAValue

from sparta.dialects.locations import location_of
from sparta.sim.errors import InputError, SourceLocation
from sparta.sim.program import Work, dtype_bytes
from sparta.sim.vector_ops import OPS


@dataclass(frozen=True)
class Box:
    """A half-open box [lb, ub) of integer points."""

    lb: tuple[int, ...]
    ub: tuple[int, ...]

    @property
    def shape(self) -> tuple[int, ...]:
        return tuple(u - lo for lo, u in zip(self.lb, self.ub, strict=True))

    @property
    def points(self) -> int:
        return prod(max(s, 0) for s in self.shape)

    def union(self, other: Box) -> Box:
        return Box(tuple(map(min, self.lb, other.lb)), tuple(map(max, self.ub, other.ub)))

    def shifted(self, lo: tuple[int, ...], hi: tuple[int, ...]) -> Box:
        """The box grown by per-dimension offsets: [lb + lo, ub + hi)."""
        return Box(
            tuple(a + b for a, b in zip(self.lb, lo, strict=True)),
            tuple(a + b for a, b in zip(self.ub, hi, strict=True)),
        )

    def contains(self, other: Box) -> bool:
        return all(a <= b for a, b in zip(self.lb, other.lb, strict=True)) and all(
            a >= b for a, b in zip(self.ub, other.ub, strict=True)
        )


@dataclass(frozen=True)
class Source:
    """What an apply operand reads: a loaded field, another apply's result, or a scalar.

    `dims` lists the apply-space dimensions the source has (all of them for full-rank
    sources; fewer for lower-dimensional coefficient fields).
    """

    kind: str
    index: int
    result: int = 0
    dims: tuple[int, ...] = ()


@dataclass(frozen=True)
class Op:
    """One op of an apply body over value ids.

    `stencil.access` carries attrs `operand` (index into the apply's sources) and
    `offset` (per apply-space dimension; 0 for dimensions the source lacks).
    """

    opcode: str
    operands: tuple[int, ...]
    result: int | None
    dtype: str
    attrs: tuple[tuple[str, object], ...] = ()

    def attr(self, key: str) -> object:
        return dict(self.attrs)[key]


@dataclass(frozen=True)
class Apply:
    """One `stencil.apply`: what it reads, the box it computes, and its body."""

    index: int
    name: str
    sources: tuple[Source, ...]
    domain: Box
    dtypes: tuple[str, ...]
    ops: tuple[Op, ...]
    outputs: tuple[int | None, ...]
    location: SourceLocation | None
    counted: bool = True
    """Whether its ops are the source program's work (not so for the selects that
    `stencil-combine-to-select` makes)."""

    @property
    def ops_per_point(self) -> int:
        if not self.counted:
            return 0
        return sum(1 for op in self.ops if op.opcode not in NON_ARITH)

    def reach(self, operand: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """Smallest and largest access offset per dimension for one operand (a
        `stencil.dyn_access` may read anywhere in its declared `lb`..`ub` range)."""
        return self._reaches[operand]

    @cached_property
    def _reaches(self) -> tuple[tuple[tuple[int, ...], tuple[int, ...]], ...]:
        """`reach` of every operand, computed once (the code generator asks per row)."""
        rank = len(self.domain.lb)
        out = []
        for operand in range(len(self.sources)):
            offsets = [offset for op in self.ops for offset in _read_offsets(op, operand)]
            if not offsets:
                out.append(((0,) * rank, (0,) * rank))
                continue
            lo = tuple(min(o[d] for o in offsets) for d in range(rank))  # type: ignore[index]
            hi = tuple(max(o[d] for o in offsets) for d in range(rank))  # type: ignore[index]
            out.append((lo, hi))
        return tuple(out)


NON_ARITH = frozenset({"stencil.access", "stencil.dyn_access", "stencil.index", "arith.constant"})


def _read_offsets(op: Op, operand: int) -> list[object]:
    """The offsets at which `op` reads apply operand `operand` (none if it does not)."""
    if op.opcode == "stencil.access" and op.attr("operand") == operand:
        return [op.attr("offset")]
    if op.opcode == "stencil.dyn_access" and op.attr("operand") == operand:
        return [op.attr("lb"), op.attr("ub")]
    return []


@dataclass(frozen=True)
class Field:
    """A field argument of the entry function."""

    arg_index: int
    name: str
    bounds: Box
    dtype: str
    load: Box | None
    """The region the program reads (its loaded temp's box), if it is loaded."""


@dataclass(frozen=True)
class Store:
    """`stencil.store` of an apply result into a field over `box`."""

    apply: int
    result: int
    field: int
    box: Box


@dataclass(frozen=True)
class StencilModel:
    """A whole stencil program as plain data."""

    name: str
    rank: int
    fields: tuple[Field, ...]
    applies: tuple[Apply, ...]
    stores: tuple[Store, ...]
    dtype: str

    @cached_property
    def readers(self) -> dict[tuple[int, int], frozenset[int]]:
        """The applies reading each apply result, by (apply index, result index)."""
        out: dict[tuple[int, int], set[int]] = {}
        for other in self.applies:
            for source in other.sources:
                if source.kind == "temp":
                    out.setdefault((source.index, source.result), set()).add(other.index)
        return {key: frozenset(value) for key, value in out.items()}

    @property
    def output_box(self) -> Box:
        box = self.stores[0].box
        for store in self.stores[1:]:
            box = box.union(store.box)
        return box

    @property
    def ops_per_point(self) -> int:
        return sum(a.ops_per_point for a in self.applies)

    def work(self) -> Work:
        """The mapping-independent work of one run."""
        points = max(s.box.points for s in self.stores)
        bytes_in = sum(f.load.points * dtype_bytes(f.dtype) for f in self.fields if f.load)
        bytes_out = sum(s.box.points * dtype_bytes(self.fields[s.field].dtype) for s in self.stores)
        return Work(self.ops_per_point * points, bytes_in, bytes_out, self.dtype)

    def consumers(self, apply: int, result: int = 0) -> list[tuple[int, int]]:
        """(apply, operand) pairs that read result `result` of apply `apply`."""
        return [
            (a.index, i)
            for a in self.applies
            for i, s in enumerate(a.sources)
            if s.kind == "temp" and s.index == apply and s.result == result
        ]


def unique_names(names: list[str], taken: list[str] | tuple[str, ...] = ()) -> list[str]:
    """`names` as identifiers (letters, digits, `_`) that differ from each other and from
    `taken`: a repeated or taken name gets the first free `_2`, `_3`, ... suffix.

    Every name the tile program derives from them (`<name>_g0`, `<name>_1`, ...) stays
    unique only if they are."""
    used = set(taken)
    out = []
    for name in names:
        base = re.sub(r"[^A-Za-z0-9_]", "_", name) or "v"
        if base[0].isdigit():
            base = f"v{base}"
        candidate, n = base, 1
        while candidate in used:
            n += 1
            candidate = f"{base}_{n}"
        used.add(candidate)
        out.append(candidate)
    return out


def dtype_name(attr: Attribute) -> str:
    """sparta's element type name for an MLIR type."""
    if isinstance(attr, IntegerType):
        return f"i{attr.width.data}"
    if isinstance(attr, IndexType):
        return "i64"
    names = {Float16Type: "f16", BFloat16Type: "bf16", Float32Type: "f32", Float64Type: "f64"}
    for cls, name in names.items():
        if isinstance(attr, cls):
            return name
    raise InputError(f"unsupported element type {attr}")


def _element(attr: Attribute) -> Attribute:
    if isinstance(attr, (stencil.TempType, stencil.FieldType, stencil.ResultType)):
        return attr.get_element_type() if not isinstance(attr, stencil.ResultType) else attr.elem
    return attr


def _box(bounds: Attribute, what: str, op: Operation) -> Box:
    if not isinstance(bounds, stencil.StencilBoundsAttr):
        raise InputError(
            f"{what} has no static bounds; the mapping needs shapes (run shape inference "
            "or give the temps explicit bounds)",
            location_of(op),
        )
    return Box(tuple(bounds.lb), tuple(bounds.ub))


def extract_model(function: func.FuncOp) -> StencilModel:
    """The stencil program of `function` (which must be shape-inferred)."""
    fields: list[Field] = []
    field_of_arg: dict[SSAValue, int] = {}
    loads: dict[SSAValue, int] = {}
    apply_of: dict[SSAValue, tuple[int, int]] = {}
    applies: list[Apply] = []
    stores: list[Store] = []
    casts: dict[SSAValue, SSAValue] = {}
    load_boxes: dict[int, Box] = {}
    for arg in function.body.block.args:
        if isinstance(arg.type, stencil.FieldType):
            field_of_arg[arg] = -1
    for op in function.body.block.ops:
        if isinstance(op, stencil.CastOp):
            casts[op.result] = op.field
        elif isinstance(op, stencil.LoadOp):
            root = casts.get(op.field, op.field)
            if not isinstance(root, BlockArgument):
                raise InputError("stencil.load must read a function argument", location_of(op))
            index = _field(function, fields, field_of_arg, root, op.field)
            loads[op.res] = index
            load_boxes[index] = _box(op.res.type.bounds, "loaded temp", op)
        elif isinstance(op, stencil.ApplyOp):

            def scalar(arg: BlockArgument) -> int:
                if arg not in field_of_arg:
                    field_of_arg[arg] = len(fields)
                    name = arg.name_hint or f"arg{arg.index}"
                    dtype = dtype_name(arg.type)
                    fields.append(Field(arg.index, name, Box((), ()), dtype, None))
                    load_boxes[field_of_arg[arg]] = Box((), ())
                return field_of_arg[arg]

            applies.append(_apply(op, len(applies), loads, apply_of, scalar))
            for i, res in enumerate(op.res):
                apply_of[res] = (len(applies) - 1, i)
        elif isinstance(op, stencil.StoreOp):
            source = apply_of.get(op.temp)
            if source is None:
                raise InputError(
                    "only results of stencil.apply can be stored by the tile mapping",
                    location_of(op),
                )
            root = casts.get(op.field, op.field)
            if not isinstance(root, BlockArgument):
                raise InputError("stencil.store must write a function argument", location_of(op))
            index = _field(function, fields, field_of_arg, root, op.field)
            stores.append(Store(source[0], source[1], index, _box(op.bounds, "store", op)))
        elif isinstance(op, stencil.BufferOp):  # storage hint: the same values
            if op.temp in loads:
                loads[op.res] = loads[op.temp]
            elif op.temp in apply_of:
                apply_of[op.res] = apply_of[op.temp]
            else:
                raise InputError(
                    "stencil.buffer must hold a loaded field or an apply result",
                    location_of(op),
                )
        elif isinstance(op, (func.ReturnOp, arith.ConstantOp)):
            continue
        elif isinstance(op, scf.ForOp):
            raise InputError(
                "the mapping passes take one time step: sparta-compile maps a time loop "
                "(scf.for) by compiling its body as the step program",
                location_of(op),
            )
        else:
            raise InputError(
                f"the tile mapping does not support '{op.name}' at function level",
                location_of(op),
            )
    if not stores:
        raise InputError("the program stores nothing", location_of(function))
    applies = _split_views(fields, applies, load_boxes)
    field_names = unique_names([f.name for f in fields])
    fields = [
        Field(f.arg_index, name, f.bounds, f.dtype, load_boxes.get(i))
        for i, (f, name) in enumerate(zip(fields, field_names, strict=True))
    ]
    apply_names = unique_names([a.name for a in applies], taken=field_names)
    applies = [replace(a, name=name) for a, name in zip(applies, apply_names, strict=True)]
    rank = len(stores[0].box.lb)
    dtypes = {a_dtype for a in applies for a_dtype in a.dtypes}
    dtype = sorted(
        dtypes,
        key=lambda d: (
            dtype_bytes(d) if d in ("i8", "i16", "i32", "i64", "bf16", "f16", "f32", "f64") else 0
        ),
    )[-1]
    return StencilModel(
        function.sym_name.data, rank, tuple(fields), tuple(applies), tuple(stores), dtype
    )


def _split_views(
    fields: list[Field], applies: list[Apply], load_boxes: dict[int, Box]
) -> list[Apply]:
    """A lower-rank field read through two offset mappings (`[_, 0]` and `[0, _]` in one
    program) streams once per mapping: each mapping after its first is a field of its
    own (a view of the same argument), and the accesses through it read a new operand."""
    first: dict[int, tuple[int, ...]] = {}
    views: dict[tuple[int, tuple[int, ...]], int] = {}
    out = []
    for apply in applies:
        sources = list(apply.sources)
        ops = list(apply.ops)
        operand_of: dict[tuple[int, int], int] = {}
        for k, op in enumerate(ops):
            if op.opcode != "stencil.access":
                continue
            operand = int(op.attr("operand"))  # type: ignore[call-overload]
            source = sources[operand]
            dims: tuple[int, ...] = tuple(op.attr("dims"))  # type: ignore[arg-type]
            if source.kind != "field" or first.setdefault(source.index, dims) == dims:
                continue
            key = (source.index, dims)
            if key not in views:
                base = fields[source.index]
                views[key] = len(fields)
                fields.append(replace(base, name=f"{base.name}_view"))
                load_boxes[views[key]] = load_boxes[source.index]
            if (operand, views[key]) not in operand_of:
                operand_of[(operand, views[key])] = len(sources)
                sources.append(replace(source, index=views[key], dims=()))
            attrs = tuple(
                (name, operand_of[(operand, views[key])] if name == "operand" else value)
                for name, value in op.attrs
            )
            ops[k] = replace(op, attrs=attrs)
        out.append(replace(apply, sources=tuple(sources), ops=tuple(ops)))
    return out


def _field(
    function: func.FuncOp,
    fields: list[Field],
    field_of_arg: dict[SSAValue, int],
    arg: BlockArgument,
    typed: SSAValue,
) -> int:
    if field_of_arg.get(arg, -1) >= 0:
        return field_of_arg[arg]
    field_type = typed.type
    assert isinstance(field_type, stencil.FieldType)
    bounds = _box(field_type.bounds, f"field argument {arg.index}", function)
    name = arg.name_hint or f"arg{arg.index}"
    fields.append(Field(arg.index, name, bounds, dtype_name(field_type.get_element_type()), None))
    field_of_arg[arg] = len(fields) - 1
    return len(fields) - 1


def _apply(
    op: stencil.ApplyOp,
    index: int,
    loads: dict[SSAValue, int],
    apply_of: dict[SSAValue, tuple[int, int]],
    scalars: Callable[[BlockArgument], int],
) -> Apply:
    """One apply as data; `scalars` gives the field index of a scalar function argument
    (a field of rank 0: the mapping streams it like one)."""
    if op.dest:
        raise InputError(
            "stencil.apply with destination operands (buffer semantics) is not supported",
            location_of(op),
        )
    rank = op.get_rank()
    domain = _box(op.res[0].type.bounds, "apply result", op)
    sources = []
    for operand in op.args:
        if operand in loads:
            sources.append(Source("field", loads[operand], 0, _dims(operand, rank)))
        elif operand in apply_of:
            producer, result = apply_of[operand]
            sources.append(Source("temp", producer, result, _dims(operand, rank)))
        elif isinstance(operand, BlockArgument) and not isinstance(
            operand.type, stencil.StencilType
        ):
            sources.append(Source("field", scalars(operand), 0, ()))
        else:
            raise InputError(
                "apply operands must be loaded fields, apply results or scalar arguments",
                location_of(op),
            )
    body = _Body(op, rank)
    body.walk(op.region.block.ops)
    name = op.res[0].name_hint or f"apply{index}"
    return Apply(
        index,
        name.removesuffix("_temp"),
        tuple(sources),
        domain,
        tuple(dtype_name(_element(r.type)) for r in op.res),
        tuple(body.ops),
        tuple(body.outputs),
        location_of(op),
        "sparta.combine" not in op.attributes,
    )


def _dims(value: SSAValue, rank: int) -> tuple[int, ...]:
    value_type = value.type
    if isinstance(value_type, stencil.TempType):
        if value_type.get_num_dims() == rank:
            return tuple(range(rank))
        return ()
    return ()


class _Body:
    """Translates an apply body into `Op`s, flattening `scf.if` into selects."""

    def __init__(self, apply: stencil.ApplyOp, rank: int) -> None:
        self.apply = apply
        self.rank = rank
        self.ops: list[Op] = []
        self.ids: dict[SSAValue, int] = {}
        self.outputs: list[int | None] = []
        for i, arg in enumerate(apply.region.block.args):
            if not isinstance(arg.type, stencil.TempType):  # a scalar: a field of rank 0
                attrs = (("operand", i), ("offset", (0,) * rank), ("dims", ()))
                self.ids[arg] = self._new("stencil.access", (), dtype_name(arg.type), attrs)

    def _new(
        self,
        opcode: str,
        operands: tuple[int, ...],
        dtype: str,
        attrs: tuple[tuple[str, object], ...] = (),
    ) -> int:
        result = len(self.ops)
        self.ops.append(Op(opcode, operands, result, dtype, attrs))
        return result

    def walk(self, ops: object) -> list[int]:
        yielded: list[int] = []
        for op in ops:  # type: ignore[attr-defined]
            if isinstance(op, stencil.AccessOp):
                self.ids[op.res] = self._access(op)
            elif isinstance(op, stencil.IndexOp):
                dim = op.dim.value.data
                where = (("dim", dim), ("offset", tuple(op.offset)[dim]))
                self.ids[op.idx] = self._new("stencil.index", (), "i64", where)
            elif isinstance(op, stencil.DynAccessOp):
                self.ids[op.res] = self._dyn_access(op)
            elif isinstance(op, stencil.StoreResultOp):
                self.ids[op.res] = self.ids[op.arg] if op.arg is not None else -1
            elif isinstance(op, stencil.ReturnOp):
                self.outputs = [None if self.ids.get(v, -1) < 0 else self.ids[v] for v in op.arg]
            elif isinstance(op, scf.IfOp):
                self._if(op)
            elif isinstance(op, scf.YieldOp):
                yielded = [self.ids[v] for v in op.arguments]
            elif isinstance(op, arith.ConstantOp):
                self.ids[op.result] = self._new(
                    "arith.constant", (), dtype_name(op.result.type), (("value", _constant(op)),)
                )
            elif op.name.startswith(("arith.", "math.")):
                if op.name not in OPS:
                    raise InputError(
                        f"the tile mapping does not support '{op.name}' (the simulator has no "
                        "vector implementation of it)",
                        location_of(op),
                    )
                if len(op.results) != 1:
                    raise InputError(
                        f"'{op.name}' with several results is not supported", location_of(op)
                    )
                attrs = _op_attrs(op)
                operands = tuple(self.ids[v] for v in op.operands)
                self.ids[op.results[0]] = self._new(
                    op.name, operands, dtype_name(op.results[0].type), attrs
                )
            else:
                raise InputError(
                    f"the tile mapping does not support '{op.name}' inside stencil.apply",
                    location_of(op),
                )
        return yielded

    def _access(self, op: stencil.AccessOp) -> int:
        operand = op.temp.index if isinstance(op.temp, BlockArgument) else -1
        offsets = tuple(op.offset)
        full = [0] * self.rank
        if op.offset_mapping is not None and len(offsets) < self.rank:
            for off, dim in zip(offsets, op.offset_mapping, strict=True):
                full[dim] = off
            dims = tuple(op.offset_mapping)
        else:
            mapping = (
                tuple(op.offset_mapping)
                if op.offset_mapping is not None
                else tuple(range(self.rank))
            )
            for off, dim in zip(offsets, mapping, strict=True):
                full[dim] = off
            dims = tuple(range(self.rank))
        return self._new(
            "stencil.access",
            (),
            dtype_name(op.res.type),
            (("operand", operand), ("offset", tuple(full)), ("dims", dims)),
        )

    def _dyn_access(self, op: stencil.DynAccessOp) -> int:
        """A read at computed coordinates (operands: one index value per dimension),
        within `lb`..`ub` of the point computed."""
        if not isinstance(op.temp, BlockArgument) or len(op.offset) != self.rank:
            raise InputError(
                "stencil.dyn_access must read an apply operand of the apply's rank",
                location_of(op),
            )
        attrs = (
            ("operand", op.temp.index),
            ("lb", tuple(op.lb)),
            ("ub", tuple(op.ub)),
            ("dims", tuple(range(self.rank))),
        )
        operands = tuple(self.ids[v] for v in op.offset)
        return self._new("stencil.dyn_access", operands, dtype_name(op.res.type), attrs)

    def _if(self, op: scf.IfOp) -> None:
        cond = self.ids[op.cond]
        then_values = self.walk(op.true_region.block.ops)
        else_values = self.walk(op.false_region.block.ops) if op.false_region.blocks else []
        for result, a, b in zip(op.results, then_values, else_values, strict=True):
            if a < 0 or b < 0:
                raise InputError(
                    "the tile mapping needs a value at every point: an apply result left "
                    "empty (stencil.store_result without a value) on one branch of scf.if "
                    "is not supported",
                    location_of(op),
                )
            dtype = dtype_name(_element(result.type))
            self.ids[result] = self._new("arith.select", (cond, a, b), dtype)


def _constant(op: arith.ConstantOp) -> object:
    value = op.value
    if isinstance(value, IntegerAttr):
        return int(value.value.data)
    if isinstance(value, FloatAttr):
        return float(value.value.data)
    if isinstance(value, DenseIntOrFPElementsAttr):
        values = value.get_values()
        if len(set(values)) == 1:
            return values[0]
    raise InputError("only scalar and splat constants are supported", location_of(op))


def _op_attrs(op: Operation) -> tuple[tuple[str, object], ...]:
    if isinstance(op, arith.CmpiOp):
        names = ["eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge"]
        return (("predicate", names[op.predicate.value.data]),)
    if isinstance(op, arith.CmpfOp):
        names = [
            "false", "oeq", "ogt", "oge", "olt", "ole", "one", "ord",
            "ueq", "ugt", "uge", "ult", "ule", "une", "uno", "true",
        ]  # fmt: skip
        return (("predicate", names[op.predicate.value.data]),)
    return ()


def find_function(module: ModuleOp) -> func.FuncOp:
    """The (first public) stencil function of a module."""
    for op in module.walk():
        if (
            isinstance(op, func.FuncOp)
            and op.body.blocks
            and any(isinstance(inner, stencil.ApplyOp) for inner in op.walk())
        ):
            return op
    raise InputError("the module has no function with stencil.apply to map")
