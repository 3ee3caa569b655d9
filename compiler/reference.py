"""The reference evaluator: runs a stencil program with numpy, whole-array, from the IR as given.

It is the independent oracle that every simulated result is checked against, so it shares
no code with the lowering path: it reads xDSL's `stencil` dialect (Open Earth Compiler
semantics) directly and applies no xDSL pass. Each `stencil.apply` runs once, vectorized
over its whole domain: an access is a shifted view of its operand, arith/math operations
are numpy operations (`reference_ops`), and `scf.if` evaluates both branches and selects.

Domains come from the temps' static bounds or, for `?` bounds, from what the consumers need:
the `stencil.store` bounds and, through every access offset, the bounding box of all
demands (what OEC's shape inference computes). A temp point that the program leaves
undefined (an empty `stencil.store_result`, the far side of a `lowerext`/`upperext`
combine) reads as 0 and is never stored, so the field keeps its input value there.

Not supported (each an `InputError` naming the op and its location): `stencil.reduce`,
`stencil.alloc`, `stencil.external_load`/`external_store` (the entry signature has no memref
arguments to feed them), unrolled `stencil.return`, `dyn_access` on a temp of lower rank than
its apply, `scf.if` outside an apply, `scf.for` inside one or carrying temps, tensor/vector
element types, and any other dialect's operations (`func.call`, `llvm.*`, `memref.*`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import reduce
from typing import TypeAlias

import numpy as np
from xdsl.dialects import func, scf, stencil
from xdsl.dialects.builtin import ModuleOp
from xdsl.ir import Block, BlockArgument, Operation, SSAValue

from sparta.compiler.reference_ops import Array, evaluate_elementwise, is_elementwise
from sparta.compiler.signature import ArgSpec, argument_specs, entry_function, numpy_dtype
from sparta.dialects.locations import location_of
from sparta.sim.errors import InputError


@dataclass(frozen=True)
class Box:
    """A half-open box of stencil coordinates: `lower <= x < upper` per dimension."""

    lower: tuple[int, ...]
    upper: tuple[int, ...]

    @staticmethod
    def of(bounds: stencil.StencilBoundsAttr) -> Box:
        return Box(tuple(bounds.lb), tuple(bounds.ub))

    @property
    def shape(self) -> tuple[int, ...]:
        return tuple(hi - lo for lo, hi in zip(self.lower, self.upper, strict=True))

    @property
    def is_empty(self) -> bool:
        return any(hi <= lo for lo, hi in zip(self.lower, self.upper, strict=True))

    def union(self, other: Box) -> Box:
        return Box(
            tuple(map(min, self.lower, other.lower)), tuple(map(max, self.upper, other.upper))
        )

    def contains(self, other: Box) -> bool:
        return all(
            sl <= ol and ou <= su
            for sl, su, ol, ou in zip(self.lower, self.upper, other.lower, other.upper, strict=True)
        )

    def shift(self, offset: Sequence[int]) -> Box:
        return Box(
            tuple(lo + o for lo, o in zip(self.lower, offset, strict=True)),
            tuple(hi + o for hi, o in zip(self.upper, offset, strict=True)),
        )

    def split(self, dim: int, index: int) -> tuple[Box, Box]:
        """The parts below and from `index` along `dim` (either may be empty)."""
        below = list(self.upper)
        below[dim] = min(below[dim], index)
        above = list(self.lower)
        above[dim] = max(above[dim], index)
        return Box(self.lower, tuple(below)), Box(tuple(above), self.upper)

    def slices(self, origin: Sequence[int]) -> tuple[slice, ...]:
        """This box as an index into an array whose element 0 is at coordinate `origin`."""
        return tuple(
            slice(lo - o, hi - o) for lo, hi, o in zip(self.lower, self.upper, origin, strict=True)
        )

    def __str__(self) -> str:
        return " x ".join(f"[{lo}, {hi})" for lo, hi in zip(self.lower, self.upper, strict=True))


@dataclass(frozen=True)
class Field:
    """A field buffer: `data[x - lower]` holds coordinate `x`; stores write into it."""

    data: Array
    lower: tuple[int, ...]


@dataclass(frozen=True)
class Temp:
    """A temp's values on a box (`data[x - lower]`); never mutated, so views may be shared."""

    data: Array
    lower: tuple[int, ...]
    defined: Array | None = None
    """Where the program defined a value (None: everywhere)."""


@dataclass(frozen=True)
class Result:
    """A `!stencil.result` inside an apply: a value and where it is stored."""

    value: Array
    defined: Array


Value: TypeAlias = Field | Temp | Result | Array


@dataclass(frozen=True)
class _Demand:
    """A box of a value that an operation needs, for domains and for diagnostics."""

    box: Box
    op: Operation
    what: str
    """The need in words: 'offset [-1, 0]', 'stencil.store', ..."""


def _unsupported(op: Operation, detail: str = "") -> InputError:
    suffix = f": {detail}" if detail else ""
    return InputError(
        f"unsupported operation '{op.name}' in the reference evaluator{suffix}", location_of(op)
    )


def _static_box(value: SSAValue) -> Box | None:
    """The bounds a stencil type states, if they are static."""
    value_type = value.type
    if isinstance(value_type, stencil.StencilType) and isinstance(
        value_type.bounds, stencil.StencilBoundsAttr
    ):
        return Box.of(value_type.bounds)
    return None


def _describe(value: SSAValue) -> str:
    """A name for `value` a user can find: the argument key, else the SSA name."""
    if isinstance(value.owner, stencil.CastOp):
        return _describe(value.owner.field)
    hint = f"%{value.name_hint}" if value.name_hint else ""
    if isinstance(value, BlockArgument) and isinstance(value.owner.parent_op(), func.FuncOp):
        return f"arg{value.index} {hint}".rstrip()
    owner = value.owner
    return hint or (f"the result of '{owner.name}'" if isinstance(owner, Operation) else "a value")


def _access_dims(access: stencil.AccessOp) -> tuple[int, ...]:
    """The apply dimension each offset of `access` applies to."""
    if access.offset_mapping is not None:
        return tuple(access.offset_mapping)
    return tuple(range(len(access.offset)))


def _access_box(access: stencil.AccessOp, domain: Box) -> Box:
    """What `access` reads of its operand when its apply runs on `domain`."""
    dims = _access_dims(access)
    offset = tuple(access.offset)
    return Box(
        tuple(domain.lower[d] + o for d, o in zip(dims, offset, strict=True)),
        tuple(domain.upper[d] + o for d, o in zip(dims, offset, strict=True)),
    )


def _dyn_access_box(access: stencil.DynAccessOp, domain: Box) -> Box:
    """What `access` may read: the domain shifted by every offset in its `lb`..`ub` range."""
    if len(access.offset) != len(domain.lower) or len(access.lb) != len(domain.lower):
        raise _unsupported(access, "the temp must have the rank of the apply")
    return domain.shift(tuple(access.lb)).union(domain.shift(tuple(access.ub)))


def _combine_sources(
    op: stencil.CombineOp,
) -> Iterator[tuple[SSAValue, SSAValue | None, SSAValue | None]]:
    """Each combine result with the temps it takes below and from the split index."""
    sources: list[tuple[SSAValue | None, SSAValue | None]] = [
        *zip(op.lower, op.upper, strict=True),
        *((low, None) for low in op.lowerext),
        *((None, high) for high in op.upperext),
    ]
    for result, (low, high) in zip(op.results_, sources, strict=True):
        yield result, low, high


class _DomainInference:
    """The box every temp and apply is computed on, from static bounds or from demands.

    Runs backwards over a block (consumers before producers), into `scf.for` bodies, and
    checks every demand against the bounds it must fit (a loaded field, a static temp).
    """

    def __init__(self) -> None:
        self.demands: defaultdict[SSAValue, list[_Demand]] = defaultdict(list)
        self.domains: dict[SSAValue | Operation, Box] = {}

    def run(self, block: Block) -> None:
        for op in reversed(list(block.ops)):
            self._visit(op)

    def _visit(self, op: Operation) -> None:
        if isinstance(op, stencil.StoreOp):
            self._check_store(op)
            self.demands[op.temp].append(_Demand(Box.of(op.bounds), op, "stencil.store"))
        elif isinstance(op, stencil.ApplyOp):
            self._apply(op)
        elif isinstance(op, stencil.CombineOp):
            self._combine(op)
        elif isinstance(op, stencil.BufferOp):
            self._pass_through(op, op.res, [(op.temp, None)])
        elif isinstance(op, stencil.LoadOp):
            self._check(self.demands[op.res], Box.of(_field_bounds(op.field)), op.field)
            self._settle(op.res)
        elif isinstance(op, scf.ForOp):
            self.run(op.body.block)

    def _check_store(self, op: stencil.StoreOp) -> None:
        field = Box.of(_field_bounds(op.field))
        box = Box.of(op.bounds)
        if len(box.lower) != len(field.lower):
            raise InputError(
                f"stencil.store bounds {box} have rank {len(box.lower)} but "
                f"{_describe(op.field)} has rank {len(field.lower)}",
                location_of(op),
            )
        if not field.contains(box):
            raise InputError(
                f"stencil.store writes {box} outside the bounds {field} of {_describe(op.field)}",
                location_of(op),
            )

    def _check(self, demands: list[_Demand], bounds: Box, owner: SSAValue) -> None:
        """Raise at the first of `demands` that does not fit the `bounds` of `owner`."""
        is_field = isinstance(owner.type, stencil.FieldType)
        for demand in demands:
            if bounds.contains(demand.box):
                continue
            head = "access outside the halo" if is_field else "access outside the temp bounds"
            kind = "field" if is_field else "temp"
            raise InputError(
                f"{head}: {demand.what} needs {demand.box} but the {kind} "
                f"{_describe(owner)} has bounds {bounds}",
                location_of(demand.op),
            )

    def _settle(self, *values: SSAValue) -> Box | None:
        """The joint domain of `values`: their static bounds, or the box of all demands."""
        static = _static_box(values[0])
        demands = [demand for value in values for demand in self.demands[value]]
        if static is not None:
            for value in values:
                self._check(self.demands[value], static, value)
            domain: Box | None = static
        elif demands:
            domain = reduce(Box.union, (demand.box for demand in demands))
        else:
            domain = None
        if domain is not None:
            self.domains.update(dict.fromkeys(values, domain))
        return domain

    def _apply(self, op: stencil.ApplyOp) -> None:
        domain = self._apply_domain(op)
        if domain is None:
            return
        self.domains[op] = domain
        for inner in op.region.walk():
            if isinstance(inner, stencil.AccessOp):
                box, what = _access_box(inner, domain), f"offset {list(inner.offset)}"
            elif isinstance(inner, stencil.DynAccessOp):
                box = _dyn_access_box(inner, domain)
                what = f"dyn_access range {list(inner.lb)} : {list(inner.ub)}"
            else:
                continue
            arg = inner.temp
            assert isinstance(arg, BlockArgument)
            operand, demand = op.args[arg.index], _Demand(box, inner, what)
            if isinstance(operand.type, stencil.FieldType):
                self._check([demand], Box.of(_field_bounds(operand)), operand)
            self.demands[operand].append(demand)

    def _apply_domain(self, op: stencil.ApplyOp) -> Box | None:
        if not op.dest:
            return self._settle(*op.res)
        assert op.bounds is not None
        domain = Box.of(op.bounds)
        for dest in op.dest:
            bounds = Box.of(_field_bounds(dest))
            if not bounds.contains(domain):
                raise InputError(
                    f"stencil.apply writes {domain} outside the bounds {bounds} "
                    f"of {_describe(dest)}",
                    location_of(op),
                )
        return domain

    def _combine(self, op: stencil.CombineOp) -> None:
        for result, low, high in _combine_sources(op):
            self._pass_through(op, result, [(low, True), (high, False)])

    def _pass_through(
        self,
        op: Operation,
        result: SSAValue,
        sources: list[tuple[SSAValue | None, bool | None]],
    ) -> None:
        """Hand what `result` needs on to the sources it copies from.

        Each source is taken whole (None), or below (True) / from (False) the split index
        of a combine. The consumers' demands pass on first so that a diagnostic blames an
        access; then the whole domain, which a static bound may make larger.
        """
        domain = self._settle(result)
        if domain is None:
            return
        whole = _Demand(domain, op, op.name)
        for source, below in sources:
            if source is None:
                continue
            for demand in [*self.demands[result], whole]:
                part = _part(demand.box, op, below)
                if not part.is_empty:
                    self.demands[source].append(replace(demand, box=part))


def _part(box: Box, op: Operation, below: bool | None) -> Box:
    """The part of `box` a combine takes from its lower (True) or upper (False) operand."""
    if below is None:
        return box
    assert isinstance(op, stencil.CombineOp)
    lower, upper = box.split(op.dim.value.data, op.index.value.data)
    return lower if below else upper


def _field_bounds(value: SSAValue) -> stencil.StencilBoundsAttr:
    value_type = value.type
    assert isinstance(value_type, stencil.FieldType)
    bounds = value_type.bounds
    if not isinstance(bounds, stencil.StencilBoundsAttr):
        raise InputError(
            f"field {_describe(value)} has no static bounds (cast it to a shape first)",
            location_of(
                value.owner if isinstance(value.owner, Operation) else value.owner.parent_op()
            ),
        )
    return bounds


def _coordinates(domain: Box, dim: int) -> Array:
    """The coordinate along `dim` at every point of `domain`, broadcastable to its shape."""
    shape = [1] * len(domain.lower)
    shape[dim] = domain.shape[dim]
    return np.arange(domain.lower[dim], domain.upper[dim], dtype=np.int64).reshape(shape)


def _select(condition: Array, if_true: Value, if_false: Value) -> Value:
    if isinstance(if_true, Result) and isinstance(if_false, Result):
        return Result(
            np.where(condition, if_true.value, if_false.value),
            np.where(condition, if_true.defined, if_false.defined),
        )
    assert isinstance(if_true, np.ndarray | np.generic)
    assert isinstance(if_false, np.ndarray | np.generic)
    return np.where(condition, if_true, if_false)


def _write(field: Field, temp: Temp, box: Box) -> None:
    """Store the values `temp` defines on `box` into `field`."""
    target = field.data[box.slices(field.lower)]
    source = temp.data[box.slices(temp.lower)]
    if temp.defined is None:
        target[...] = source
    else:
        np.copyto(target, source, where=temp.defined[box.slices(temp.lower)])


class _Evaluator:
    """Runs the operations of a function in order on an environment of numpy values."""

    def __init__(self, domains: dict[SSAValue | Operation, Box]) -> None:
        self.domains = domains
        self.env: dict[SSAValue, Value] = {}

    def run_block(self, block: Block) -> list[Value]:
        """Run `block`; return the values its terminator passes on."""
        for op in block.ops:
            if isinstance(op, func.ReturnOp | scf.YieldOp):
                return [self.env[value] for value in op.operands]
            self._run(op)
        return []

    def _array(self, value: SSAValue) -> Array:
        array = self.env[value]
        assert isinstance(array, np.ndarray | np.generic)
        return np.asarray(array)

    def _field(self, value: SSAValue) -> Field:
        field = self.env[value]
        assert isinstance(field, Field)
        return field

    def _temp(self, value: SSAValue) -> Temp:
        temp = self.env[value]
        if isinstance(temp, Field):
            return Temp(temp.data, temp.lower)
        assert isinstance(temp, Temp)
        return temp

    def _elementwise(self, op: Operation) -> None:
        try:
            results = evaluate_elementwise(op, [self._array(value) for value in op.operands])
        except InputError as err:
            raise err.with_location(location_of(op)) from None
        self.env.update(zip(op.results, results, strict=True))

    def _run(self, op: Operation) -> None:
        if is_elementwise(op):
            self._elementwise(op)
        elif isinstance(op, stencil.CastOp):
            self._cast(op)
        elif isinstance(op, stencil.LoadOp):
            self._load(op)
        elif isinstance(op, stencil.ApplyOp):
            self._apply(op)
        elif isinstance(op, stencil.StoreOp):
            self._store(op)
        elif isinstance(op, stencil.CombineOp):
            self._combine(op)
        elif isinstance(op, stencil.BufferOp):
            self.env[op.res] = self.env[op.temp]
        elif isinstance(op, scf.ForOp):
            self._for(op)
        else:
            raise _unsupported(op)

    def _cast(self, op: stencil.CastOp) -> None:
        """Give a field its static bounds (the array was shaped by `argument_specs`)."""
        field, box = self._field(op.field), Box.of(_field_bounds(op.result))
        if box.shape != field.data.shape:
            raise InputError(
                f"stencil.cast to {box} (shape {box.shape}) of {_describe(op.field)}, whose "
                f"array has shape {field.data.shape}",
                location_of(op),
            )
        self.env[op.result] = Field(field.data, box.lower)

    def _load(self, op: stencil.LoadOp) -> None:
        domain = self.domains.get(op.res)
        if domain is None:
            return
        field = self._field(op.field)
        self.env[op.res] = Temp(field.data[domain.slices(field.lower)].copy(), domain.lower)

    def _store(self, op: stencil.StoreOp) -> None:
        _write(self._field(op.field), self._temp(op.temp), Box.of(op.bounds))

    def _combine(self, op: stencil.CombineOp) -> None:
        dim, index = op.dim.value.data, op.index.value.data
        for result, low, high in _combine_sources(op):
            domain = self.domains.get(result)
            if domain is None:
                continue
            result_type = result.type
            assert isinstance(result_type, stencil.TempType)
            data = np.zeros(domain.shape, numpy_dtype(result_type.element_type))
            defined = np.zeros(domain.shape, np.bool_)
            for source, part in zip((low, high), domain.split(dim, index), strict=True):
                if source is None or part.is_empty:
                    continue
                temp = self._temp(source)
                data[part.slices(domain.lower)] = temp.data[part.slices(temp.lower)]
                defined[part.slices(domain.lower)] = (
                    True if temp.defined is None else temp.defined[part.slices(temp.lower)]
                )
            self.env[result] = Temp(data, domain.lower, None if defined.all() else defined)

    def _for(self, op: scf.ForOp) -> None:
        if any(isinstance(arg.type, stencil.TempType) for arg in op.iter_args):
            raise _unsupported(op, "loop-carried stencil.temp values")
        lower, upper, step = (int(self._array(value)) for value in (op.lb, op.ub, op.step))
        if step <= 0:
            raise InputError(f"scf.for step must be positive, got {step}", location_of(op))
        body = op.body.block
        values = [self.env[value] for value in op.iter_args]
        induction = numpy_dtype(body.args[0].type)
        for iteration in range(lower, upper, step):
            self.env[body.args[0]] = np.asarray(iteration, dtype=induction)
            self.env.update(zip(body.args[1:], values, strict=True))
            values = self.run_block(body)
        self.env.update(zip(op.res, values, strict=True))

    # --- inside a stencil.apply -------------------------------------------------------

    def _apply(self, op: stencil.ApplyOp) -> None:
        domain = self.domains.get(op)
        if domain is None:
            return
        body = op.region.block
        returned = body.last_op
        assert isinstance(returned, stencil.ReturnOp)
        if returned.unroll_factor != 1:
            raise _unsupported(returned, "unrolled returns")
        for arg, operand in zip(body.args, op.args, strict=True):
            value = self.env[operand]
            self.env[arg] = self._temp(operand) if isinstance(value, Field) else value
        values = self._run_body(body, domain)
        temps = [self._as_temp(value, domain) for value in values]
        if not op.dest:
            self.env.update(zip(op.res, temps, strict=True))
            return
        for dest, temp in zip(op.dest, temps, strict=True):
            _write(self._field(dest), temp, domain)

    @staticmethod
    def _as_temp(value: Value, domain: Box) -> Temp:
        """A returned element value (or result) as a temp on `domain`."""
        if isinstance(value, Result):
            data = np.broadcast_to(value.value, domain.shape)
            defined = (
                None if np.all(value.defined) else np.broadcast_to(value.defined, domain.shape)
            )
            return Temp(data, domain.lower, defined)
        assert isinstance(value, np.ndarray | np.generic)
        return Temp(np.broadcast_to(value, domain.shape), domain.lower)

    def _run_body(self, block: Block, domain: Box) -> list[Value]:
        """Run the ops of an apply body (or of an scf.if region in it) on the whole domain."""
        for op in block.ops:
            if isinstance(op, stencil.ReturnOp | scf.YieldOp):
                return [self.env[value] for value in op.operands]
            if is_elementwise(op):
                self._elementwise(op)
            elif isinstance(op, stencil.AccessOp):
                self.env[op.res] = self._access(op, domain)
            elif isinstance(op, stencil.DynAccessOp):
                self.env[op.res] = self._dyn_access(op, domain)
            elif isinstance(op, stencil.IndexOp):
                offset = tuple(op.offset)[op.dim.value.data]
                self.env[op.idx] = _coordinates(domain, op.dim.value.data) + offset
            elif isinstance(op, stencil.StoreResultOp):
                self.env[op.res] = self._store_result(op)
            elif isinstance(op, scf.IfOp):
                self._if(op, domain)
            else:
                raise _unsupported(op)
        return []

    def _access(self, op: stencil.AccessOp, domain: Box) -> Array:
        temp = self._temp(op.temp)
        dims = _access_dims(op)
        box = _access_box(op, domain)
        view = temp.data[box.slices(temp.lower)]
        assert view.shape == box.shape, f"{op.name} reads {box} beyond the computed temp"
        if len(dims) == len(domain.lower):
            return view
        shape = [1] * len(domain.lower)
        for dim in dims:
            shape[dim] = domain.shape[dim]
        return view.reshape(shape)

    def _dyn_access(self, op: stencil.DynAccessOp, domain: Box) -> Array:
        """Gather at the computed coordinates, clipped to the declared `lb`..`ub` range."""
        temp = self._temp(op.temp)
        index = []
        for dim, (value, low, high) in enumerate(zip(op.offset, op.lb, op.ub, strict=True)):
            here = _coordinates(domain, dim)
            wanted = np.clip(self._array(value).astype(np.int64), here + low, here + high)
            index.append(wanted - temp.lower[dim])
        return np.asarray(temp.data[tuple(index)])

    def _store_result(self, op: stencil.StoreResultOp) -> Result:
        if op.arg is not None:
            return Result(self._array(op.arg), np.asarray(True))
        result_type = op.res.type
        assert isinstance(result_type, stencil.ResultType)
        return Result(np.zeros((), numpy_dtype(result_type.elem)), np.asarray(False))

    def _if(self, op: scf.IfOp, domain: Box) -> None:
        if not op.output:
            return
        condition = self._array(op.cond)
        if_true = self._run_body(op.true_region.block, domain)
        if_false = self._run_body(op.false_region.block, domain)
        for result, yes, no in zip(op.output, if_true, if_false, strict=True):
            self.env[result] = _select(condition, yes, no)


def _check_arguments(specs: Sequence[ArgSpec], args: Sequence[np.ndarray]) -> None:
    if len(args) != len(specs):
        keys = ", ".join(spec.key for spec in specs) or "none"
        raise InputError(f"expected {len(specs)} arguments ({keys}), got {len(args)}")
    for spec, arg in zip(specs, args, strict=True):
        if not isinstance(arg, np.ndarray):
            raise InputError(f"{spec.key}: expected a numpy array, got {type(arg).__name__}")
        if arg.shape != spec.shape or arg.dtype != spec.dtype:
            raise InputError(
                f"{spec.key}: expected a {spec.kind} array of shape {spec.shape} and dtype "
                f"{spec.dtype}, got shape {arg.shape} and dtype {arg.dtype}"
            )


def _initial_value(spec: ArgSpec, array: Array) -> Value:
    return Field(array, spec.lower_bounds) if spec.kind == "field" else array


def infer_domains(function: func.FuncOp) -> dict[SSAValue | Operation, Box]:
    """The box each apply (key: the op) and each temp (key: the value) is computed on.

    Temps nothing reads are left out. Raises `InputError` at the first access outside the
    halo of a field or the bounds of a static temp, or a store outside its field.
    """
    inference = _DomainInference()
    inference.run(function.body.block)
    return inference.domains


def evaluate(function: func.FuncOp, args: Sequence[np.ndarray]) -> list[np.ndarray]:
    """Run `function` on `args` (keyed as `argument_specs`); return every argument after.

    The results are new arrays of the same shapes and dtypes; a field keeps its input value
    wherever the program stores nothing.
    """
    specs = argument_specs(function)
    _check_arguments(specs, args)
    arrays = [np.array(arg, copy=True) for arg in args]
    evaluator = _Evaluator(infer_domains(function))
    for block_arg, spec, array in zip(function.body.block.args, specs, arrays, strict=True):
        evaluator.env[block_arg] = _initial_value(spec, array)
    with np.errstate(all="ignore"):
        evaluator.run_block(function.body.block)
    return arrays


def evaluate_module(
    module: ModuleOp, args: Sequence[np.ndarray], entry: str | None = None
) -> list[np.ndarray]:
    """`evaluate` the entry function of `module` (see `entry_function`)."""
    return evaluate(entry_function(module, entry), args)
