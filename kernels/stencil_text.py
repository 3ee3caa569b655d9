"""Emit stencil-dialect MLIR text: fields, loads, applies with accesses and arith ops, stores.

The workload generators build their programs with these helpers so each one reads as the
math it computes. The text uses xDSL's stencil syntax (Open Earth Compiler semantics) with
fully static bounds on every field and temp; `kernels/` produces text and never imports xDSL.

Names: a field argument `x` is `%x_field`, its loaded temp `%x_temp`, and inside an apply the
block argument is `%x`, so accesses read `stencil.access %x[0, -1, 0]` and their values
`%x_im1` (dimensions are named k, i, j outermost first; `m`/`p` mean minus/plus).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from sparta.sim.errors import UsageError

DTYPES = ("i32", "f32", "f64")
"""Element types every workload supports."""

FIXED_POINT_BITS = 6
"""Integer programs scale by fixed-point weights k / 2**FIXED_POINT_BITS (see `Body.scale`)."""

_DIM_NAMES = {1: "j", 2: "ij", 3: "kij"}


def check_dtype(dtype: str) -> None:
    """Reject an element type the workloads do not support."""
    if dtype not in DTYPES:
        raise UsageError(f"unsupported dtype '{dtype}' (choose one of {', '.join(DTYPES)})")


def check_sizes(**sizes: int) -> None:
    """Reject non-positive interior sizes, naming the offending parameter."""
    for name, size in sizes.items():
        if size < 1:
            raise UsageError(f"size {name}={size} must be a positive integer")


@dataclass(frozen=True)
class Box:
    """A half-open index box `[lb, ub)` per dimension, outermost dimension first."""

    lb: tuple[int, ...]
    ub: tuple[int, ...]

    def __post_init__(self) -> None:
        if len(self.lb) != len(self.ub):
            raise ValueError(f"box bounds of different ranks: {self.lb} and {self.ub}")
        if any(lo >= hi for lo, hi in zip(self.lb, self.ub, strict=True)):
            raise ValueError(f"empty box [{self.lb}, {self.ub})")

    @property
    def rank(self) -> int:
        return len(self.lb)

    def grow(self, *halo: int) -> Box:
        """The box widened by `halo[d]` on both sides of dimension d."""
        return Box(
            tuple(lo - h for lo, h in zip(self.lb, halo, strict=True)),
            tuple(hi + h for hi, h in zip(self.ub, halo, strict=True)),
        )

    def shape_text(self) -> str:
        """The bounds as a type shape: `[0,64]x[-2,258]`."""
        return "x".join(f"[{lo},{hi}]" for lo, hi in zip(self.lb, self.ub, strict=True))

    def range_text(self) -> str:
        """The bounds as a store range: `<[0, -2], [64, 258]>`."""
        return f"<[{', '.join(map(str, self.lb))}], [{', '.join(map(str, self.ub))}]>"


def box(*ranges: tuple[int, int]) -> Box:
    """A box from one `(lb, ub)` pair per dimension."""
    return Box(tuple(lo for lo, _ in ranges), tuple(hi for _, hi in ranges))


def float_literal(value: float, dtype: str) -> str:
    """`value` rounded to `dtype`, printed exactly as an MLIR float literal."""
    exact = float(np.float32(value)) if dtype == "f32" else float(value)
    text = repr(exact)
    if "." not in text:
        mantissa, _, exponent = text.partition("e")
        text = f"{mantissa}.0" + (f"e{exponent}" if exponent else "")
    return text


@dataclass(frozen=True)
class Field:
    """A `!stencil.field` argument of the program."""

    name: str
    box: Box


@dataclass(frozen=True)
class Temp:
    """A `!stencil.temp` value: a loaded field or one result of an apply."""

    ssa: str
    name: str
    box: Box


@dataclass(frozen=True)
class Arg:
    """A block argument of an apply: the temp it binds, under the name `name`."""

    name: str
    box: Box


Value = str
"""An SSA value inside an apply, as its `%name`."""


def fresh_name(taken: set[str], hint: str) -> str:
    """`hint`, or `hint2`, `hint3`, ... if taken; the name is then marked taken."""
    name, n = hint, 2
    while name in taken:
        name, n = f"{hint}{n}", n + 1
    taken.add(name)
    return name


BodyFn = Callable[..., Sequence[Value]]
"""Builds an apply body: called with the `Body` and one `Arg` per input, returns results."""


class Body:
    """The region of one `stencil.apply` under construction.

    Identical accesses, constants and operations are emitted once and reused, so a
    formula can name the same neighbour or subterm twice without duplicating work.
    """

    def __init__(self, dtype: str, rank: int, taken: set[str]) -> None:
        self.dtype = dtype
        self.rank = rank
        self._taken = set(taken)
        self._consts: list[str] = []
        self._ops: list[str] = []
        self._cache: dict[tuple[object, ...], Value] = {}

    @property
    def is_int(self) -> bool:
        return self.dtype.startswith("i")

    def fresh(self, hint: str) -> Value:
        """An SSA name based on `hint` not yet used in this scope."""
        return f"%{fresh_name(self._taken, hint)}"

    def at(self, arg: Arg, *offset: int | None) -> Value:
        """`stencil.access` of `arg` at `offset`; `None` marks an apply dimension a
        lower-rank field does not have (printed `_`)."""
        if len(offset) != self.rank:
            raise ValueError(f"access of %{arg.name} needs {self.rank} offsets, got {offset}")
        mapped = [o for o in offset if o is not None]
        if len(mapped) != arg.box.rank:
            raise ValueError(f"access of %{arg.name} maps {len(mapped)} of {arg.box.rank} dims")
        key = ("access", arg.name, offset)
        if key in self._cache:
            return self._cache[key]
        dims = _DIM_NAMES[self.rank]
        parts = [
            f"{d}{'m' if o < 0 else 'p'}{abs(o)}"
            for d, o in zip(dims, offset, strict=True)
            if o  # skips 0 and None
        ]
        value = self.fresh("_".join([arg.name, *parts]) if parts else f"{arg.name}_0")
        index = ", ".join("_" if o is None else str(o) for o in offset)
        self._ops.append(
            f"{value} = stencil.access %{arg.name}[{index}] : {temp_type(arg.box, self.dtype)}"
        )
        self._cache[key] = value
        return value

    def const(self, number: float) -> Value:
        """An `arith.constant` of the element type (integers must be whole numbers)."""
        key = ("const", number)
        if key in self._cache:
            return self._cache[key]
        whole = float(number).is_integer()
        if self.is_int and not whole:
            raise ValueError(f"integer program needs a whole constant, got {number}")
        literal = str(int(number)) if self.is_int else float_literal(number, self.dtype)
        value = self.fresh(f"c{int(number)}".replace("-", "m") if whole else "cst")
        self._consts.append(f"{value} = arith.constant {literal} : {self.dtype}")
        self._cache[key] = value
        return value

    def _op(self, int_op: str, float_op: str, operands: Sequence[Value], hint: str) -> Value:
        opname = int_op if self.is_int else float_op
        key = (opname, *operands)
        if key in self._cache:
            return self._cache[key]
        value = self.fresh(hint)
        self._ops.append(f"{value} = arith.{opname} {', '.join(operands)} : {self.dtype}")
        self._cache[key] = value
        return value

    def add(self, a: Value, b: Value, hint: str = "sum") -> Value:
        return self._op("addi", "addf", (a, b), hint)

    def sub(self, a: Value, b: Value, hint: str = "diff") -> Value:
        return self._op("subi", "subf", (a, b), hint)

    def mul(self, a: Value, b: Value, hint: str = "prod") -> Value:
        return self._op("muli", "mulf", (a, b), hint)

    def total(self, values: Sequence[Value], hint: str = "sum") -> Value:
        """The left-to-right sum of `values`."""
        result = values[0]
        for value in values[1:]:
            result = self.add(result, value, hint)
        return result

    def shr(self, a: Value, bits: int, hint: str = "shr") -> Value:
        """Arithmetic shift right (floor division by 2**bits) of an integer."""
        if not self.is_int:
            raise ValueError("arith.shrsi needs an integer program")
        return self._op("shrsi", "", (a, self.const(bits)), hint)

    def compare(self, predicate: str, a: Value, b: Value, hint: str = "cond") -> Value:
        """`a <predicate> b` for predicate gt, ge, lt or le: signed for integers,
        ordered for floats."""
        if predicate not in ("gt", "ge", "lt", "le"):
            raise ValueError(f"unknown comparison '{predicate}'")
        return self._op(f"cmpi s{predicate},", f"cmpf o{predicate},", (a, b), hint)

    def select(self, cond: Value, a: Value, b: Value, hint: str = "sel") -> Value:
        """`cond ? a : b`."""
        key = ("select", cond, a, b)
        if key in self._cache:
            return self._cache[key]
        value = self.fresh(hint)
        self._ops.append(f"{value} = arith.select {cond}, {a}, {b} : {self.dtype}")
        self._cache[key] = value
        return value

    def scale(self, a: Value, weight: float, hint: str = "scaled") -> Value:
        """`weight * a`. Integer programs use the fixed-point weight
        k = round(weight * 2**FIXED_POINT_BITS): `(a * k) >> FIXED_POINT_BITS`, or a
        plain shift when k is a power of two; the weight must lie in (0, 1]."""
        if not 0 < weight <= 1:
            raise ValueError(f"scale weight {weight} outside (0, 1]")
        if not self.is_int:
            return self.mul(self.const(weight), a, hint)
        k = round(weight * 2**FIXED_POINT_BITS)
        if k < 1:
            raise ValueError(f"weight {weight} rounds to 0 in fixed point")
        if k == 2**FIXED_POINT_BITS:
            return a
        if k & (k - 1) == 0:
            return self.shr(a, FIXED_POINT_BITS - k.bit_length() + 1, hint)
        return self.shr(self.mul(a, self.const(k), f"{hint}_wide"), FIXED_POINT_BITS, hint)

    def fixed_mul(self, a: Value, b: Value, hint: str = "prod") -> Value:
        """`a * b` where integers are fixed-point numbers with FIXED_POINT_BITS fraction
        bits: `(a * b) >> FIXED_POINT_BITS`."""
        if not self.is_int:
            return self.mul(a, b, hint)
        return self.shr(self.mul(a, b, f"{hint}_wide"), FIXED_POINT_BITS, hint)

    def lines(self) -> list[str]:
        return self._consts + self._ops


def temp_type(b: Box, dtype: str) -> str:
    return f"!stencil.temp<{b.shape_text()}x{dtype}>"


def field_type(b: Box, dtype: str) -> str:
    return f"!stencil.field<{b.shape_text()}x{dtype}>"


class Program:
    """One `func.func` over stencil fields: inputs first, outputs last.

    `store_result` selects how applies return: `stencil.store_result` + `stencil.return`
    of `!stencil.result` values (the OEC form), or `stencil.return` of plain values.
    """

    def __init__(self, name: str, dtype: str, header: str, *, store_result: bool) -> None:
        check_dtype(dtype)
        self.name = name
        self.dtype = dtype
        self.header = header
        self.store_result = store_result
        self._inputs: list[Field] = []
        self._outputs: list[Field] = []
        self._lines: list[str] = []
        self._taken: set[str] = set()

    def input(self, name: str, bounds: Box) -> Field:
        if self._outputs:
            raise ValueError(f"input '{name}' declared after an output")
        field = Field(fresh_name(self._taken, f"{name}_field"), bounds)
        self._inputs.append(field)
        return field

    def output(self, name: str, bounds: Box) -> Field:
        field = Field(fresh_name(self._taken, f"{name}_field"), bounds)
        self._outputs.append(field)
        return field

    def load(self, field: Field, bounds: Box, name: str) -> Temp:
        """`stencil.load` of `bounds` (inside the field) as the temp `name`."""
        ssa = fresh_name(self._taken, f"{name}_temp")
        self._lines.append(
            f"%{ssa} = stencil.load %{field.name} : {field_type(field.box, self.dtype)}"
            f" -> {temp_type(bounds, self.dtype)}"
        )
        return Temp(f"%{ssa}", name, bounds)

    def apply(
        self, names: Sequence[str], inputs: Sequence[Temp], bounds: Box, body: BodyFn
    ) -> list[Temp]:
        """A `stencil.apply` over `bounds` with one result per name in `names`."""
        args = [Arg(temp.name, temp.box) for temp in inputs]
        arg_names = {arg.name for arg in args}
        if len(arg_names) != len(args) or arg_names & self._taken:
            raise ValueError(f"apply {names}: argument names {sorted(arg_names)} clash")
        region = Body(self.dtype, bounds.rank, self._taken | arg_names)
        results = list(body(region, *args))
        if len(results) != len(names):
            raise ValueError(f"apply {names} built {len(results)} results")
        ssa = fresh_name(self._taken, "_".join(names) + "_temp")
        result_type = temp_type(bounds, self.dtype)
        operands = ", ".join(
            f"%{arg.name} = {temp.ssa} : {temp_type(temp.box, self.dtype)}"
            for arg, temp in zip(args, inputs, strict=True)
        )
        lhs = f"%{ssa}" if len(names) == 1 else f"%{ssa}:{len(names)}"
        self._lines.append(
            f"{lhs} = stencil.apply({operands}) -> ({', '.join([result_type] * len(names))}) {{"
        )
        self._lines.extend(f"  {line}" for line in region.lines())
        self._lines.extend(f"  {line}" for line in self._return(region, results))
        self._lines.append("}")
        if len(names) == 1:
            return [Temp(f"%{ssa}", names[0], bounds)]
        return [Temp(f"%{ssa}#{i}", name, bounds) for i, name in enumerate(names)]

    def _return(self, region: Body, results: Sequence[Value]) -> list[str]:
        if not self.store_result:
            types = ", ".join([self.dtype] * len(results))
            return [f"stencil.return {', '.join(results)} : {types}"]
        result_type = f"!stencil.result<{self.dtype}>"
        stored = [region.fresh(f"{value[1:]}_result") for value in results]
        lines = [
            f"{s} = stencil.store_result {value} : {result_type}"
            for s, value in zip(stored, results, strict=True)
        ]
        types = ", ".join([result_type] * len(results))
        lines.append(f"stencil.return {', '.join(stored)} : {types}")
        return lines

    def store(self, temp: Temp, field: Field, bounds: Box) -> None:
        """`stencil.store` of `temp` over `bounds` into the output `field`."""
        self._lines.append(
            f"stencil.store {temp.ssa} to %{field.name}({bounds.range_text()}) : "
            f"{temp_type(temp.box, self.dtype)} to {field_type(field.box, self.dtype)}"
        )

    def text(self) -> str:
        """The whole program: header comment, then the function."""
        params = ", ".join(
            f"%{f.name}: {field_type(f.box, self.dtype)}" for f in self._inputs + self._outputs
        )
        lines = [f"// {line}".rstrip() for line in self.header.strip().splitlines()]
        lines.append(f"func.func @{self.name}({params}) {{")
        lines.extend(f"  {line}" for line in self._lines)
        lines.extend(["  func.return", "}"])
        return "\n".join(lines) + "\n"


def one_apply_program(
    name: str,
    dtype: str,
    header: str,
    interior: Box,
    halo: tuple[int, ...],
    body: BodyFn,
    *,
    store_result: bool,
) -> str:
    """The common single-stage program `out = body(in)`: one input and one output field
    of bounds `interior` grown by `halo`, one apply over `interior`, stored there."""
    program = Program(name, dtype, header, store_result=store_result)
    full = interior.grow(*halo)
    field_in = program.input("in", full)
    field_out = program.output("out", full)
    temp_in = program.load(field_in, full, "in")
    (temp_out,) = program.apply(["out"], [temp_in], interior, body)
    program.store(temp_out, field_out, interior)
    return program.text()
