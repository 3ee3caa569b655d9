"""Random stencil programs (xDSL `stencil` dialect text) and random GEMM shapes.

A stencil program is a random DAG of `stencil.apply`s over loaded input fields (1-D to 3-D,
i32 or f32): usually 1 to 3 fields and 1 to 4 applies, sometimes (the wide programs real
generators write) up to 12 fields and 20 applies. Every apply reads 1 to 3 earlier values
(loaded fields or results of earlier applies) at offsets up to radius 3 and computes a
random expression of the ops of sparta's op table (`sim/op_table.py`: every arith and math
op it supports, comparisons and `arith.select`, conversions), with now and then a
coordinate (`stencil.index`) or a read at computed coordinates (`stencil.dyn_access`
within a declared range). Programs carry what generated code carries: dead values (a load
nobody reads, an operand the body never reads, a result nobody uses, arithmetic going
nowhere), a `stencil.combine` of two results, stores of boxes of different shapes. Every
apply nobody reads is stored into an output field. Temp and field bounds are computed
exactly from the accesses (backwards from the stores, a combine splitting the demand), so
every program is valid and its accesses stay inside the halo.

Every op's result is defined by all three executions alike, including what MLIR leaves
undefined (integer division by zero, `MIN / -1`, over-wide shifts, out-of-range `fptosi`):
the reference evaluator defines those results, and both the simulator and the MLIR that
IREE runs are written to match it (see `compiler/reference_ops.py`, `compiler/emit_mlir.py`).
Left out: `math.sin`, `math.cos`, `math.tan`, which IREE computes wrongly for large
arguments (|x| >= 100; the conformance test checks them on moderate ones), and `bitcast`
from integers to floats (see `CONVERSIONS`).

Generators take a `random.Random`, so hypothesis (`st.randoms()`) and the long campaign in
`benchmarks/fuzz.py` (a seeded `Random`) share them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from itertools import pairwise

from sparta.kernels.gemm import gemm, mlp
from sparta.sim.op_table import APPLY_OPS, Kind, Result

DEVICES = ("vck190", "npu1", "npu2")
STRATEGIES = ("auto", "uniform", "sparta-bblock")
DTYPES = ("i32", "f32")
GEMM_FORMATS = (
    "int8",
    "bf16",
    "mxint8",
    "mxfp8_e4m3",
    "mxfp8_e5m2",
    "mxfp6_e3m2",
    "mxfp6_e2m3",
    "mxfp4_e2m1",
)
MAX_RADIUS = 3

LEFT_OUT = frozenset({"math.sin", "math.cos", "math.tan"})
"""Ops IREE computes wrongly for large arguments (see the module doc)."""


def _table_ops(*kinds: Kind) -> tuple[str, ...]:
    """The table's ops taking operands of `kinds` and giving their type."""
    return tuple(
        sorted(
            name
            for name, info in APPLY_OPS.items()
            if info.operands == kinds and info.result is Result.SAME and name not in LEFT_OUT
        )
    )


INT_BINARY = _table_ops(Kind.INT, Kind.INT)
INT_UNARY = _table_ops(Kind.INT)
FLOAT_BINARY = _table_ops(Kind.FLOAT, Kind.FLOAT)
FLOAT_UNARY = _table_ops(Kind.FLOAT)
FLOAT_WITH_INT = _table_ops(Kind.FLOAT, Kind.INT)
FLOAT_TERNARY = _table_ops(Kind.FLOAT, Kind.FLOAT, Kind.FLOAT)
CONVERSIONS = (
    ("arith.sitofp", "i32", "f32"),
    ("arith.uitofp", "i32", "f32"),
    ("arith.fptosi", "f32", "i32"),
    ("arith.fptoui", "f32", "i32"),
    ("arith.bitcast", "f32", "i32"),
)
"""Conversions the generator writes. Not `bitcast` from i32 to f32: small integers become
subnormal floats, which IREE's CPU code flushes to zero in places (a later `floor` or `fma`)
where numpy keeps them; the conformance test checks that bitcast on its own."""
INT_PREDICATES = ("eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge")
FLOAT_PREDICATES = (
    "oeq", "ogt", "oge", "olt", "ole", "one", "ord",
    "ueq", "ugt", "uge", "ult", "ule", "une", "uno",
)  # fmt: skip
INT_CONSTANTS = (-7, -3, -2, -1, 0, 1, 2, 3, 5, 13, 31, 32, 33, 2147483647, -2147483648)
FLOAT_CONSTANTS = (
    "-2.5", "-1.0", "-0.5", "0.0", "0.25", "0.5", "1.0", "1.5", "3.0", "1.0e+30", "-1.0e-30",
)  # fmt: skip


Box = tuple[tuple[int, int], ...]
"""Per-dimension half-open [lb, ub) intervals."""


@dataclass(frozen=True)
class StencilCase:
    """One random stencil program and what it was generated from."""

    text: str
    rank: int
    dtype: str
    shape: tuple[int, ...]
    applies: int


@dataclass(frozen=True)
class GemmCase:
    """One random GEMM/MLP program and how to quantize it."""

    text: str
    fmt: str
    method: str
    layers: tuple[tuple[int, int, int], ...]
    """(m, k, n) per layer."""


@dataclass
class _Apply:
    """An apply while it is generated: what it reads and at which offsets."""

    operands: list[str]
    """Sources: `f<j>` (loaded input field j), `a<k>` (result of apply k) or `c<k>` (a
    combine of two results)."""
    accesses: list[list[tuple[int, ...]]] = field(default_factory=list)
    """Per operand, the offsets it is read at (empty: passed but never read)."""
    dynamic: dict[int, tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]] = field(
        default_factory=dict
    )
    """Operands also read by `stencil.dyn_access`: (offset, lb, ub) of the read."""
    domain: Box = ()
    spare_result: bool = False
    """Whether the apply returns a second result nobody uses."""


@dataclass(frozen=True)
class _Combine:
    """`c<k> = stencil.combine dim at index lower = (a<lower>) upper = (a<upper>)`."""

    dim: int
    index: int
    lower: int
    upper: int


def _interval_text(box: Box, element: str) -> str:
    return "x".join(f"[{lo},{hi}]" for lo, hi in box) + f"x{element}"


def _union(a: Box, b: Box) -> Box:
    if not a:
        return b
    return tuple((min(x[0], y[0]), max(x[1], y[1])) for x, y in zip(a, b, strict=True))


def _shift(box: Box, offset: tuple[int, ...]) -> Box:
    return tuple((lo + o, hi + o) for (lo, hi), o in zip(box, offset, strict=True))


def _shape(rng: random.Random, rank: int) -> tuple[int, ...]:
    if rank == 1:
        return (rng.randint(8, 48),)
    rows = rng.choice((4, 8)) if rng.random() < 0.4 else rng.randint(2, 8)  # 4 lanes divide
    if rank == 2:
        return (rows, rng.randint(8, 24))
    return (rng.randint(1, 3), min(rows, 6) if rows != 8 else 8, rng.randint(8, 16))


def _offset(rng: random.Random, rank: int) -> tuple[int, ...]:
    radius = rng.choice((0, 1, 1, 1, 2, 2, 3))
    return tuple(rng.randint(-radius, radius) for _ in range(rank))


class _Body:
    """Writes one apply body: accesses, then random ops over a typed value pool."""

    def __init__(self, rng: random.Random, prefix: str, dtype: str, rank: int) -> None:
        self.rng = rng
        self.prefix = prefix
        self.dtype = dtype
        self.rank = rank
        self.lines: list[str] = []
        self.values: dict[str, list[str]] = {"i32": [], "f32": [], "i1": [], "index": []}
        self.count = 0

    def new(self, text: str, type_: str) -> str:
        name = f"%{self.prefix}v{self.count}"
        self.count += 1
        self.lines.append(f"    {name} = {text}")
        self.values[type_].append(name)
        return name

    def pick(self, type_: str) -> str:
        if not self.values[type_] or self.rng.random() < 0.15:
            return self.constant(type_)
        recent = self.values[type_][-4:]
        return self.rng.choice(recent if self.rng.random() < 0.6 else self.values[type_])

    def constant(self, type_: str) -> str:
        if type_ == "i1":
            return self.new(f"arith.constant {self.rng.choice(('true', 'false'))}", "i1")
        if type_ == "i32":
            value: object = self.rng.choice(INT_CONSTANTS)
        else:
            value = self.rng.choice(FLOAT_CONSTANTS)
        return self.new(f"arith.constant {value} : {type_}", type_)

    def op(self) -> None:
        """One random op whose operands come from the pool."""
        rng = self.rng
        roll = rng.random()
        float_side = self.dtype == "f32" if rng.random() < 0.85 else self.dtype != "f32"
        if roll < 0.12 and self.values["i1"]:
            type_ = "f32" if float_side else "i32"
            cond = self.pick("i1")
            a, b = self.pick(type_), self.pick(type_)
            self.new(f"arith.select {cond}, {a}, {b} : {type_}", type_)
        elif roll < 0.24:
            if float_side:
                predicate = rng.choice(FLOAT_PREDICATES)
                a, b = self.pick("f32"), self.pick("f32")
                self.new(f"arith.cmpf {predicate}, {a}, {b} : f32", "i1")
            else:
                predicate = rng.choice(INT_PREDICATES)
                a, b = self.pick("i32"), self.pick("i32")
                self.new(f"arith.cmpi {predicate}, {a}, {b} : i32", "i1")
        elif roll < 0.30:
            self.convert()
        elif roll < 0.34:
            self.coordinate()
        elif float_side and roll < 0.46:
            name = rng.choice(FLOAT_UNARY)
            self.new(f"{name} {self.pick('f32')} : f32", "f32")
        elif float_side and roll < 0.50:
            name = rng.choice(FLOAT_WITH_INT + FLOAT_TERNARY)
            if name in FLOAT_WITH_INT:
                self.new(f"{name} {self.pick('f32')}, {self.pick('i32')} : f32, i32", "f32")
            else:
                args = ", ".join(self.pick("f32") for _ in range(3))
                self.new(f"{name} {args} : f32", "f32")
        elif float_side:
            name = rng.choice(FLOAT_BINARY)
            self.new(f"{name} {self.pick('f32')}, {self.pick('f32')} : f32", "f32")
        elif roll < 0.40:
            name = rng.choice(INT_UNARY)
            self.new(f"{name} {self.pick('i32')} : i32", "i32")
        else:
            name = rng.choice(INT_BINARY)
            self.new(f"{name} {self.pick('i32')}, {self.pick('i32')} : i32", "i32")

    def convert(self) -> None:
        name, source, target = self.rng.choice(CONVERSIONS)
        self.new(f"{name} {self.pick(source)} : {source} to {target}", target)

    def coordinate(self) -> None:
        """A point's coordinate along a random dimension, as an i32."""
        dim = self.rng.randrange(self.rank)
        zero = ", ".join("0" for _ in range(self.rank))
        index = self.new(f"stencil.index {dim} <[{zero}]>", "index")
        self.new(f"arith.index_cast {index} : index to i32", "i32")

    def coordinates(self, offset: tuple[int, ...]) -> list[str]:
        """The point's coordinates plus `offset`, as index values (where a
        `stencil.dyn_access` reads)."""
        zero = ", ".join("0" for _ in range(self.rank))
        coords = []
        for dim, shift in enumerate(offset):
            here = self.new(f"stencil.index {dim} <[{zero}]>", "index")
            step = self.new(f"arith.constant {shift} : index", "index")
            coords.append(self.new(f"arith.addi {here}, {step} : index", "index"))
        return coords

    def result(self) -> str:
        """A value of the apply's type, preferring the latest computed one."""
        own = self.values[self.dtype]
        if own:
            return own[-1]
        return self.pick(self.dtype)


def random_stencil(rng: random.Random) -> StencilCase:
    """A random, valid stencil program (see the module doc)."""
    rank = rng.choice((1, 2, 2, 3))
    dtype = rng.choice(DTYPES)
    shape = _shape(rng, rank)
    wide = rng.random() < 0.15
    inputs = rng.randint(4, 12) if wide else rng.randint(1, 3)
    count = rng.randint(5, 20) if wide else rng.randint(1, 4)
    applies: list[_Apply] = []
    for index in range(count):
        sources = [f"f{j}" for j in range(inputs)] + [f"a{k}" for k in range(index)]
        chosen = rng.sample(sources, rng.randint(1, min(3, len(sources))))
        if index and rng.random() < 0.7 and f"a{index - 1}" not in chosen:
            chosen.append(f"a{index - 1}")
        applies.append(_Apply(chosen, spare_result=rng.random() < 0.1))
    read = {source for apply in applies for source in apply.operands}
    last = applies[-1]
    for index in range(count - 1):
        if f"a{index}" not in read and rng.random() < 0.5:
            last.operands.append(f"a{index}")
    for j in range(inputs):  # every field is read somewhere, or loaded and left dead
        if f"f{j}" not in {s for a in applies for s in a.operands} and rng.random() < 0.5:
            rng.choice(applies).operands.append(f"f{j}")
    for apply in applies:
        apply.accesses = [
            [_offset(rng, rank) for _ in range(rng.randint(1, 3))] for _ in apply.operands
        ]
        if rng.random() < 0.08:  # passed, never read
            apply.operands.append(rng.choice(sorted(set(apply.operands))))
            apply.accesses.append([])
        if rng.random() < 0.06:
            operand = rng.randrange(len(apply.operands))
            offset = _offset(rng, rank)
            low = tuple(o - rng.randint(0, 1) for o in offset)
            high = tuple(o + rng.randint(0, 1) for o in offset)
            apply.dynamic[operand] = (offset, low, high)
    read = {
        s for a in applies for s, offsets in zip(a.operands, a.accesses, strict=True) if offsets
    }
    read |= {a.operands[k] for a in applies for k in a.dynamic}
    stored = [i for i in range(count) if f"a{i}" not in read]
    combine = None
    if len(stored) >= 2 and rng.random() < 0.15:
        lower, upper = rng.sample(stored, 2)
        dim = rng.randrange(rank)
        combine = _Combine(dim, rng.randint(1, max(1, shape[dim] - 1)), lower, upper)
    interior: Box = tuple((0, n) for n in shape)
    boxes = {i: _store_box(rng, interior) if rng.random() < 0.15 else interior for i in stored}
    demand: dict[str, Box] = {}
    if combine is not None:  # the combined value is stored over one box
        boxes[combine.upper] = boxes[combine.lower]
        for index, part in ((combine.lower, 0), (combine.upper, 1)):
            piece = list(boxes[index])
            lo, hi = piece[combine.dim]
            piece[combine.dim] = (lo, combine.index) if part == 0 else (combine.index, hi)
            if piece[combine.dim][0] < piece[combine.dim][1]:
                demand[f"a{index}"] = tuple(piece)
    for index in reversed(range(count)):
        apply = applies[index]
        apply.domain = demand.get(f"a{index}", ())
        if index in stored and (combine is None or index not in (combine.lower, combine.upper)):
            apply.domain = _union(apply.domain, boxes[index])
        if not apply.domain:  # only one side of a combine, which it does not reach
            apply.domain = interior
        for k, (source, offsets) in enumerate(zip(apply.operands, apply.accesses, strict=True)):
            reach = list(offsets)
            if k in apply.dynamic:
                reach += [apply.dynamic[k][1], apply.dynamic[k][2]]
            for offset in reach:
                demand[source] = _union(demand.get(source, ()), _shift(apply.domain, offset))
    fields = []
    for j in range(inputs):
        box = _union(demand.get(f"f{j}", interior), interior)
        margin = rng.choice((0, 0, 1))
        fields.append(tuple((lo - margin, hi + margin) for lo, hi in box))
    return _render(rng, rank, dtype, shape, fields, applies, stored, boxes, combine)


def _store_box(rng: random.Random, interior: Box) -> Box:
    """A random box inside `interior` (a store of a smaller box)."""
    out = []
    for lo, hi in interior:
        a = rng.randint(lo, hi - 1)
        b = rng.randint(a + 1, hi)
        out.append((a, b))
    return tuple(out)


def _render(
    rng: random.Random,
    rank: int,
    dtype: str,
    shape: tuple[int, ...],
    fields: list[Box],
    applies: list[_Apply],
    stored: list[int],
    boxes: dict[int, Box],
    combine: _Combine | None,
) -> StencilCase:
    """The program as text; with a combine, its two results are stored as one."""
    written = [i for i in stored if combine is None or i != combine.upper]
    halo = [rng.choice((0, 1, 2)) for _ in written]
    outputs: list[Box] = [tuple((-h, n + h) for n in shape) for h in halo]
    args = [f"%in{j}: !stencil.field<{_interval_text(b, dtype)}>" for j, b in enumerate(fields)]
    args += [f"%out{j}: !stencil.field<{_interval_text(b, dtype)}>" for j, b in enumerate(outputs)]
    lines = [f"func.func @fuzz({', '.join(args)}) {{"]
    types = {}
    for j, box in enumerate(fields):
        field_type = f"!stencil.field<{_interval_text(box, dtype)}>"
        types[f"f{j}"] = f"!stencil.temp<{_interval_text(box, dtype)}>"
        lines.append(f"  %f{j} = stencil.load %in{j} : {field_type} -> {types[f'f{j}']}")
    for index, apply in enumerate(applies):
        result_type = f"!stencil.temp<{_interval_text(apply.domain, dtype)}>"
        types[f"a{index}"] = result_type
        params = ", ".join(
            f"%a{index}p{k} = %{source} : {types[source]}"
            for k, source in enumerate(apply.operands)
        )
        results = result_type if not apply.spare_result else f"{result_type}, {result_type}"
        name = f"%a{index}" if not apply.spare_result else f"%a{index}, %a{index}spare"
        lines.append(f"  {name} = stencil.apply({params}) -> ({results}) {{")
        body = _Body(rng, f"a{index}", dtype, rank)
        for k, (source, offsets) in enumerate(zip(apply.operands, apply.accesses, strict=True)):
            for offset in offsets:
                where = ", ".join(map(str, offset))
                body.new(f"stencil.access %a{index}p{k}[{where}] : {types[source]}", dtype)
            if k in apply.dynamic:
                offset, low, high = apply.dynamic[k]
                coords = ", ".join(body.coordinates(offset))
                lows, highs = ", ".join(map(str, low)), ", ".join(map(str, high))
                body.new(
                    f"stencil.dyn_access %a{index}p{k}[{coords}] in <[{lows}]> : <[{highs}]> "
                    f": {types[source]}",
                    dtype,
                )
        for _ in range(rng.randint(1, 8)):
            body.op()
        result = body.result()
        spare = body.pick(dtype) if apply.spare_result else ""
        lines += body.lines
        if apply.spare_result:
            lines.append(f"    stencil.return {result}, {spare} : {dtype}, {dtype}")
        else:
            lines.append(f"    stencil.return {result} : {dtype}")
        lines.append("  }")
    if combine is not None:
        low, high = combine.lower, combine.upper
        lines.append(
            f"  %c0 = stencil.combine {combine.dim} at {combine.index} lower = (%a{low} : "
            f"{types[f'a{low}']}) upper = (%a{high} : {types[f'a{high}']}) : "
            f"!stencil.temp<{_interval_text(boxes[low], dtype)}>"
        )
        types["c0"] = f"!stencil.temp<{_interval_text(boxes[low], dtype)}>"
    for j, index in enumerate(written):
        field_type = f"!stencil.field<{_interval_text(outputs[j], dtype)}>"
        value = "c0" if combine is not None and index == combine.lower else f"a{index}"
        lower = ", ".join(str(lo) for lo, _ in boxes[index])
        upper = ", ".join(str(hi) for _, hi in boxes[index])
        lines.append(
            f"  stencil.store %{value} to %out{j}(<[{lower}], [{upper}]>) : "
            f"{types[value]} to {field_type}"
        )
    lines.append("  func.return")
    lines.append("}")
    return StencilCase("\n".join(lines) + "\n", rank, dtype, shape, len(applies))


def random_gemm(rng: random.Random) -> GemmCase:
    """A random GEMM or MLP with a random weight format and quantization method."""
    fmt = rng.choice(GEMM_FORMATS)
    method = rng.choice(("rtn", "ed"))
    batch = rng.choice((1, 2, 4, 8, 16, 24))
    if rng.random() < 0.4:
        m, k, n = batch, rng.choice((8, 16, 32, 48, 64, 96)), rng.choice((4, 8, 16, 24, 40))
        return GemmCase(gemm(m, k, n), fmt, method, ((m, k, n),))
    depth = rng.randint(2, 3)
    sizes = (*(rng.choice((8, 16, 32, 48, 64)) for _ in range(depth)), rng.choice((4, 10, 16)))
    layers = tuple((batch, k, n) for k, n in pairwise(sizes))
    return GemmCase(mlp(batch, sizes), fmt, method, layers)


def gemm_io_choices(device: str) -> tuple[str, ...]:
    """The GEMM I/O choices a device offers: PL streams only where it has programmable
    logic (vck190)."""
    return ("shim", "pl") if device == "vck190" else ("shim",)
