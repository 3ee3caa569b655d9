"""Every op of the shared op table runs alike in the simulator, the reference and IREE.

`sparta.sim.op_table.APPLY_OPS` lists the element-wise ops sparta supports inside
`stencil.apply` (DESIGN.md §3: an op one execution takes, all take). The tests:
- one table: the reference evaluates exactly the table's ops, the simulator executes them
  and the kernel-only opcodes, the cost model prices every kernel opcode, the emitter
  refuses the rest of arith and math with a diagnostic naming the op, and the table with
  its refusals covers all of xDSL's arith and math;
- tile IR: every op of the table, on vectors, is built as tile IR, verified, printed, parsed
  back and extracted to the same data; the cost model prices it by its class;
- three executions: for every op and every element type it takes among i32 and f32 (what AI
  Engine cores compute in; f64 programs are demoted), an apply computes the op from
  accesses of loaded fields at offsets [0, 0], [0, 1] and [1, 0]. Each program is
  compiled, mapped, simulated and checked against the numpy reference and IREE (`Session`
  with `check=True, reference="iree"`); then each case on its own: the simulator equal to
  the reference (signed zeros and NaN included), IREE within `IREE_RTOL`.

The inputs are edge values laid out so that the two main operands meet in every pair:
zeros (divisors), -1, the integer extremes, shift amounts at and past the width, signed
zeros, halves (rounding), 2^23 + 1, huge values, infinities and NaN. Comparisons run every
predicate and store their `i1` through `arith.extui`; `extsi`/`extui`/`trunci` go through
i8, i16 and i1; `extf`/`truncf` through bf16 (on npu2: the VCK190's AIE1 cores have no bf16
unit); `index_cast` to `index` and back (kernels hold `index` as i64, which the cores
emulate on their 32-bit lanes).

Cost: IREE compiles one module per program and the mapping keeps few streams per core, so
the 110 cases are packed into 11 programs (and one the mapping refuses) of at most 12
applies that read at most two fields, one output field per apply. The file takes about 20 s
on the 2-core machine.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from math import ceil
from pathlib import Path

import numpy as np
import pytest
from xdsl.dialects import arith, math
from xdsl.parser import Parser

from sparta.compiler import reference_ops
from sparta.compiler.context import make_context
from sparta.compiler.emit_mlir import emit_mlir
from sparta.compiler.frontend import parse_module
from sparta.compiler.reference import evaluate
from sparta.compiler.session import Session, SessionOptions
from sparta.compiler.signature import entry_function
from sparta.dialects.tile import ProgramOp
from sparta.dialects.tile_extract import build_program, extract_program
from sparta.sim import vector_ops
from sparta.sim.cost import LANE_DTYPE, kernel_cost
from sparta.sim.device import load_device
from sparta.sim.errors import CheckFailed, InputError
from sparta.sim.op_table import (
    ACCESS_OPS,
    APPLY_OPS,
    KERNEL_ONLY_OPS,
    PREDICATES,
    REFUSED,
    Cost,
    Kind,
    OpInfo,
    Result,
    cost_class,
)
from sparta.sim.program import Kernel, KernelOp, KernelOperand, Port, TileProgram

N = 16
"""The apply domain is N x N; fields have a halo of 1: [-1, N + 1)^2."""

INT_VALUES = (
    0, 1, -1, 2, -7, 31, 32, 33, -(2**31), 2**31 - 1, -(2**31) + 1, 100, -100, 0x55555555,
    65535, 7,
)  # fmt: skip
"""i32 edge values: divisors 0 and -1 with MIN (MIN / -1), shift amounts 31, 32, 33 and
negative (huge unsigned), alternating and low-half bit patterns."""

FLOAT_VALUES = (
    0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 1.5, 0.49999997, 8388609.0, 100.0, -1e30, np.inf,
    -np.inf, np.nan, 3.0, -0.75,
)  # fmt: skip
"""f32 edge values: signed zeros, +-1 (the edges of asin/acos/atanh), halves for the
roundings, 0.49999997 and 2^23 + 1 (where adding 0.5 rounds), 100 (exp overflows), a huge
value, infinities and NaN. No subnormals: IREE's CPU runtime flushes them to zero."""

TRIG_VALUES = (
    0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 1.5, 0.49999997, 3.1415927, 10.0, -50.0, np.inf,
    -np.inf, np.nan, 3.0, -0.75,
)  # fmt: skip
"""Arguments of sin, cos and tan. IREE reduces their argument with a short pi: from
|x| = 100 its error passes 1e-5, and from about 4e6 its results are wrong (cos(8388609)
= -1, reference -0.85; sin(1e30) = -inf)."""
TRIG = frozenset({"math.sin", "math.cos", "math.tan"})

FIELDS = {"i32": ("p", "q"), "f32": ("x", "y", "w")}
"""The input fields: two of each element type, and `w` for the trigonometric functions."""
ACCESSES = {
    "p": ("p", "[0, 0]"),
    "q": ("q", "[0, 1]"),
    "s": ("p", "[1, 0]"),
    "x": ("x", "[0, 0]"),
    "y": ("y", "[0, 1]"),
    "z": ("x", "[1, 0]"),
    "w": ("w", "[0, 0]"),
}
"""The values an apply may read: `%name = stencil.access %field[offset]`."""
OPERANDS = {"i32": ("%p", "%q", "%s"), "f32": ("%x", "%y", "%z")}
"""The first, second and third operand of an op of each type."""
INPUT_FIELDS = [(field, dtype) for dtype, fields in FIELDS.items() for field in fields]
"""The programs' first arguments, in order."""
NUMPY = {"i32": np.dtype(np.int32), "f32": np.dtype(np.float32)}
TYPES = {Kind.INT: ("i32",), Kind.FLOAT: ("f32",), Kind.ANY: ("i32", "f32")}
"""The element types an op is tested in, by the kind it takes."""

CASES_PER_PROGRAM = 12
"""Applies per program, each with its own output field: a margin under the 32 output shim
channels of the VCK190 and the cores' DMA channels (packs of 16 to 24 applies have failed
to map where a core took several stages and needed more outgoing channels than it has)."""


# --- the programs ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One apply: `lines` compute `%r` of type `result` from the accesses (`ACCESSES`);
    `op` is the table op it tests, `target` the device that maps it ("" for none)."""

    op: str
    label: str
    lines: tuple[str, ...]
    result: str
    target: str = "vck190"

    @property
    def fields(self) -> frozenset[str]:
        text = "\n".join(self.lines)
        return frozenset(field for value, (field, _) in ACCESSES.items() if _reads(text, value))

    @property
    def values(self) -> tuple[float, ...]:
        """The values of the first operand along the rows (the second's along columns)."""
        if self.op in TRIG:
            return TRIG_VALUES
        return INT_VALUES if self.label.split(":")[1] == "i32" else FLOAT_VALUES


def _reads(text: str, value: str) -> bool:
    return re.search(f"%{value}\\b", text) is not None


def cases_for(info: OpInfo) -> list[Case]:
    """The cases of one op: one per element type it takes among i32 and f32 (and per
    predicate for comparisons)."""
    return [case for t in TYPES[info.types] for case in _cases(info, t)]


def _cases(info: OpInfo, t: str) -> Iterator[Case]:
    name, label = info.name, f"{info.name}:{t}"
    a, b, c = OPERANDS[t]
    if name in PREDICATES:
        for predicate in PREDICATES[name]:
            compare = f"%c = {name} {predicate}, {a}, {b} : {t}"
            lines = (compare, "%r = arith.extui %c : i1 to i32")
            yield Case(name, f"{label}:{predicate}", lines, "i32")
    elif name == "arith.constant":
        value, multiply = ("-3", "arith.muli") if t == "i32" else ("-2.5", "arith.mulf")
        yield Case(name, label, (f"%k = {name} {value} : {t}", f"%r = {multiply} {a}, %k : {t}"), t)
    elif name == "arith.select":
        compare = "arith.cmpi slt" if t == "i32" else "arith.cmpf ult"
        lines = (f"%c = {compare}, {a}, {b} : {t}", f"%r = {name} %c, {b}, {c} : {t}")
        yield Case(name, label, lines, t)
    elif name == "math.fpowi":
        yield Case(name, label, (f"%r = {name} {a}, %q : {t}, i32",), t)
    elif name in TRIG:
        yield Case(name, label, (f"%r = {name} %w : {t}",), t)
    elif info.result is Result.SAME:
        yield Case(name, label, (f"%r = {name} {', '.join([a, b, c][: info.arity])} : {t}",), t)
    else:
        yield _conversion(name, t, label)


def _conversion(name: str, t: str, label: str) -> Case:
    """A conversion from the field's type to a storable one, through a narrower type where
    the op needs one (i8, i16 and i1 have AIE lanes; bf16 only on npu2)."""
    chains = {
        "arith.extsi": [("arith.trunci", "i32", "i8"), (name, "i8", "i32")],
        "arith.extui": [("arith.trunci", "i32", "i16"), (name, "i16", "i32")],
        "arith.trunci": [(name, "i32", "i1"), ("arith.extsi", "i1", "i32")],
        "arith.index_cast": [(name, "i32", "index"), (name, "index", "i32")],
        "arith.extf": [("arith.truncf", "f32", "bf16"), (name, "bf16", "f32")],
        "arith.truncf": [(name, "f32", "bf16"), ("arith.extf", "bf16", "f32")],
    }
    steps = chains.get(name, [(name, t, {"i32": "f32", "f32": "i32"}[t])])
    lines, value = [], OPERANDS[t][0]
    for index, (op, source, result) in enumerate(steps):
        out = "%r" if index == len(steps) - 1 else f"%v{index}"
        lines.append(f"{out} = {op} {value} : {source} to {result}")
        value = out
    types = {dtype for _, *pair in steps for dtype in pair}
    target = "npu2" if "bf16" in types else "vck190"
    return Case(name, label, tuple(lines), steps[-1][2], target)


CASES = [case for info in APPLY_OPS.values() for case in cases_for(info)]


def _field(dtype: str) -> str:
    return f"!stencil.field<[-1,{N + 1}]x[-1,{N + 1}]x{dtype}>"


def _temp(dtype: str, out: bool = False) -> str:
    bounds = f"[0,{N}]x[0,{N}]" if out else f"[-1,{N + 1}]x[-1,{N + 1}]"
    return f"!stencil.temp<{bounds}x{dtype}>"


def program_text(name: str, cases: tuple[Case, ...]) -> str:
    """One function: the input fields, then one output field per case, written by one apply
    per case."""
    dtype_of = dict(INPUT_FIELDS)
    args = [f"%f{field}: {_field(dtype)}" for field, dtype in INPUT_FIELDS]
    args += [f"%out{k}: {_field(case.result)}" for k, case in enumerate(cases)]
    body = [
        f"  %t{field} = stencil.load %f{field} : {_field(dtype)} -> {_temp(dtype)}"
        for field, dtype in INPUT_FIELDS
    ]
    for k, case in enumerate(cases):
        text = "\n".join(case.lines)
        params = ", ".join(f"%a{f} = %t{f} : {_temp(dtype_of[f])}" for f in sorted(case.fields))
        result = _temp(case.result, out=True)
        body.append(f"  %r{k} = stencil.apply({params}) -> ({result}) {{")
        for value, (field, offset) in ACCESSES.items():
            if _reads(text, value):
                access = f"stencil.access %a{field}{offset} : {_temp(dtype_of[field])}"
                body.append(f"    %{value} = {access}")
        body += [f"    {line}" for line in case.lines]
        body += [f"    stencil.return %r : {case.result}", "  }"]
        store = f"stencil.store %r{k} to %out{k}(<[0, 0], [{N}, {N}]>)"
        body.append(f"  {store} : {result} to {_field(case.result)}")
    return f"func.func @{name}({', '.join(args)}) {{\n" + "\n".join(body) + "\n  func.return\n}\n"


def input_arrays() -> list[np.ndarray]:
    """The input fields: at output point (i, j) the accesses at [0, 0], [0, 1] and [1, 0]
    read values[i], values[j] and values[i + 1], so the first two meet in every pair."""
    index = np.arange(N + 2)
    rows, cols = np.meshgrid(index, index, indexing="ij")
    ints, floats = np.array(INT_VALUES, np.int32), np.array(FLOAT_VALUES, np.float32)
    trig = np.array(TRIG_VALUES, np.float32)
    first, second = (rows - 1) % N, (cols - 2) % N
    return [ints[first], ints[second], floats[first], floats[second], trig[first]]


@dataclass(frozen=True)
class Program:
    """A conformance program for one device."""

    name: str
    target: str
    cases: tuple[Case, ...]

    def text(self) -> str:
        return program_text(self.name, self.cases)

    def arguments(self) -> list[np.ndarray]:
        """The input fields, then a zero field per case."""
        outputs = [np.zeros((N + 2, N + 2), NUMPY[case.result]) for case in self.cases]
        return [*input_arrays(), *outputs]


def _programs(target: str) -> list[Program]:
    """The cases for `target` packed into programs that read at most two fields: the
    mapping sends every field to every core of a pipeline, and a core lands only as many
    input streams as it and its neighbours have DMA channels."""
    packs: list[tuple[set[str], list[Case]]] = []
    for case in sorted((c for c in CASES if c.target == target), key=lambda c: sorted(c.fields)):
        fits = (p for p in packs if len(p[0] | case.fields) <= 2 and len(p[1]) < CASES_PER_PROGRAM)
        pack = next(fits, None)
        if pack is None:
            packs.append((set(case.fields), [case]))
        else:
            pack[0].update(case.fields)
            pack[1].append(case)
    name = target or "unmapped"
    return [Program(f"ops_{name}_{k}", target, tuple(cases)) for k, (_, cases) in enumerate(packs)]


PROGRAMS = _programs("vck190") + _programs("npu2")

EXPANDED = frozenset({"math.ipowi", "math.fpowi", "math.log10", "arith.extf"})
"""Ops the emitter writes as other ops (its semantic guards; `extf` from bf16, the only
`extf` here, goes through the bits)."""


# --- one table ------------------------------------------------------------------------------


def test_table_and_refusals_cover_xdsl_arith_and_math() -> None:
    upstream = {op.name for op in (*arith.Arith.operations, *math.Math.operations)}
    assert set(APPLY_OPS) | set(REFUSED) == upstream
    assert not set(APPLY_OPS) & set(REFUSED)


def test_reference_takes_exactly_the_table() -> None:
    assert reference_ops.implemented_ops() == frozenset(APPLY_OPS)


def test_simulator_takes_exactly_the_table_and_the_kernel_only_ops() -> None:
    assert set(vector_ops.OPS) == set(APPLY_OPS) | (set(KERNEL_ONLY_OPS) - ACCESS_OPS)


def test_cost_model_has_a_class_for_every_kernel_opcode() -> None:
    for name in (*APPLY_OPS, *KERNEL_ONLY_OPS):
        assert cost_class(name) is not None, name
    assert cost_class("arith.addui_extended") is None


def test_cases_cover_every_op_in_every_type_and_predicate() -> None:
    for info in APPLY_OPS.values():
        tested = {case.label.split(":")[1] for case in CASES if case.op == info.name}
        assert tested == set(TYPES[info.types]), info.name
    for name, predicates in PREDICATES.items():
        assert len([case for case in CASES if case.op == name]) == len(predicates)


@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.name)
def test_emitter_and_reference_take_every_case(program: Program) -> None:
    """Without IREE: the emitter writes every op of the table (IREE verifies the text in
    the runs below) and the reference evaluates it."""
    module = parse_module(program.text(), f"{program.name}.mlir")
    function = entry_function(module)
    text = emit_mlir(module, function)
    for case in program.cases:
        assert case.op in EXPANDED or case.op in text, case.label
    evaluate(function, program.arguments())


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_refused_ops_have_a_diagnostic_naming_them(name: str) -> None:
    types = "i32, i1" if name == "arith.addui_extended" else "i32"
    text = f"""
func.func @f(%in: {_field("i32")}, %out: {_field("i32")}) {{
  %t = stencil.load %in : {_field("i32")} -> {_temp("i32")}
  %r = stencil.apply(%a = %t : {_temp("i32")}) -> ({_temp("i32", True)}) {{
    %x = stencil.access %a[0, 0] : {_temp("i32")}
    %lo, %hi = {name} %x, %x : {types}
    stencil.return %lo : i32
  }}
  stencil.store %r to %out(<[0, 0], [{N}, {N}]>) : {_temp("i32", True)} to {_field("i32")}
  func.return
}}
"""
    module = parse_module(text, "refused.mlir")
    function = entry_function(module)
    with pytest.raises(InputError, match=f"'{name}' is not supported by the MLIR emitter"):
        emit_mlir(module, function)
    with pytest.raises(InputError, match=f"unsupported operation '{name}'"):
        evaluate(function, [np.zeros((N + 2, N + 2), np.int32)] * 2)


# --- tile IR and cost ------------------------------------------------------------------------

CONVERSIONS = {
    "arith.extsi": ("i16", "i32"),
    "arith.extui": ("i16", "i32"),
    "arith.trunci": ("i32", "i16"),
    "arith.sitofp": ("i32", "f32"),
    "arith.uitofp": ("i32", "f32"),
    "arith.fptosi": ("f32", "i32"),
    "arith.fptoui": ("f32", "i32"),
    "arith.extf": ("bf16", "f32"),
    "arith.truncf": ("f32", "bf16"),
}
"""(operand, result) element types of the conversions in kernels."""
LANES = 8

KernelCase = tuple[str, tuple[str, ...], str, tuple[tuple[str, object], ...]]


def _kernel_cases() -> list[KernelCase]:
    """(opcode, operand dtypes, result dtype, attrs) of every table op on vectors, per
    element type it takes among i32 and f32 and per predicate."""
    out: list[KernelCase] = []
    for info in APPLY_OPS.values():
        if (
            info.name == "arith.index_cast"
        ):  # i32 to i64: test_tile_ir_builds_index_casts_on_vectors
            continue
        for t in TYPES[info.types]:
            kind = {Kind.I1: "i1", Kind.INT: "i32", Kind.FLOAT: "f32", Kind.ANY: t}
            operands = tuple(kind[k] for k in info.operands)
            result = "i1" if info.result is Result.I1 else t
            if info.name in CONVERSIONS:
                source, result = CONVERSIONS[info.name]
                operands = (source,)
            elif info.name == "arith.bitcast":
                result = {"i32": "f32", "f32": "i32"}[t]
            for predicate in PREDICATES.get(info.name, [""]):
                attrs = (("predicate", predicate),) if predicate else ()
                out.append((info.name, operands, result, attrs))
    return out


KERNEL_CASES = _kernel_cases()
KERNEL_IDS = [
    f"{c[0]}:{'x'.join(c[1]) or c[2]}:{dict(c[3]).get('predicate', '')}" for c in KERNEL_CASES
]


def _one_op_program(
    opcode: str, operands: tuple[str, ...], result: str, attrs: tuple[tuple[str, object], ...]
) -> TileProgram:
    """A program of one kernel: read each operand's window, apply `opcode`, write."""
    shape = (LANES,)
    windows = [KernelOperand(Port.CONSUME, 1, shape, dtype) for dtype in operands]
    windows.append(KernelOperand(Port.PRODUCE, 1, shape, result))
    at = [(("operand", k), ("token", 0), ("start", (0,))) for k in range(len(windows))]
    ops = [KernelOp("tile.read", (), k, shape, t, at[k]) for k, t in enumerate(operands)]
    if opcode == "arith.constant":
        value = -3 if result == "i32" else 2.5
        ops.append(KernelOp(opcode, (), 0, (), result, (("value", value),)))
        ops.append(KernelOp("vector.broadcast", (0,), 1, shape, result))
    else:
        ops.append(KernelOp(opcode, tuple(range(len(operands))), len(ops), shape, result, attrs))
    ops.append(KernelOp("tile.write", (len(ops) - 1,), None, shape, result, at[-1]))
    return TileProgram(
        "p", "vck190", (), (), (Kernel("k", tuple(windows), tuple(ops)),), (), (), ()
    )


def _round_trip(program: TileProgram) -> None:
    """build_program, verify, extract; print, parse, verify, extract: the same data."""
    op = build_program(program)
    op.verify()
    assert extract_program(op) == program
    parsed = Parser(make_context(), str(op)).parse_op()
    assert isinstance(parsed, ProgramOp)
    parsed.verify()
    assert extract_program(parsed) == program


@pytest.mark.parametrize(("opcode", "operands", "result", "attrs"), KERNEL_CASES, ids=KERNEL_IDS)
def test_tile_ir_builds_every_table_op(
    opcode: str, operands: tuple[str, ...], result: str, attrs: tuple[tuple[str, object], ...]
) -> None:
    _round_trip(_one_op_program(opcode, operands, result, attrs))


def test_tile_ir_builds_index_casts_on_vectors() -> None:
    """Kernels hold `index` as i64; `tile.cast index_cast` converts it on vectors."""
    _round_trip(_one_op_program("arith.index_cast", ("i32",), "i64", ()))


def test_tile_ir_builds_shape_casts() -> None:
    """A lower-rank read (a coefficient row) reshaped to insert the unit axis, then
    broadcast: what `stencil_kernels` emits for coefficient fields."""
    read = (("operand", 0), ("token", 0), ("start", (0,)))
    write = (("operand", 1), ("token", 0), ("start", (0, 0)))
    windows = (
        KernelOperand(Port.CONSUME, 1, (8,), "f32"),
        KernelOperand(Port.PRODUCE, 1, (8, 4), "f32"),
    )
    ops = (
        KernelOp("tile.read", (), 0, (8,), "f32", read),
        KernelOp("vector.shape_cast", (0,), 1, (8, 1), "f32"),
        KernelOp("vector.broadcast", (1,), 2, (8, 4), "f32"),
        KernelOp("tile.write", (2,), None, (8, 4), "f32", write),
    )
    _round_trip(TileProgram("p", "vck190", (), (), (Kernel("k", windows, ops),), (), (), ()))


@pytest.mark.parametrize(("opcode", "operands", "result", "attrs"), KERNEL_CASES, ids=KERNEL_IDS)
def test_cost_model_prices_each_op_by_its_table_class(
    opcode: str, operands: tuple[str, ...], result: str, attrs: tuple[tuple[str, object], ...]
) -> None:
    """One op on a vector of LANES elements, on npu2 (every element type has lanes there):
    its vector cycles are what its class in the table says."""
    device = load_device("npu2")
    info = APPLY_OPS[opcode]
    dtype = operands[0] if info.result is Result.I1 else result
    lanes = device.core.mul_lanes if info.cost is Cost.MUL else device.core.alu_lanes
    chunks = ceil(LANES / lanes[LANE_DTYPE[dtype]])
    emulated = device.core.emulated_op_cycles
    instructions = {
        Cost.FREE: 0,
        Cost.ALU: chunks,
        Cost.FUSABLE: chunks,
        Cost.MUL: chunks,
        Cost.DIV: chunks * emulated["div"],
        Cost.REM: chunks * emulated["rem"],
        Cost.SQRT: chunks * emulated["sqrt"],
        Cost.TRANSCENDENTAL: chunks * emulated["transcendental"],
    }[info.cost]
    kernel = _one_op_program(opcode, operands, result, attrs).kernels[0]
    expected = ceil(instructions / device.core.vector_ops_per_cycle)
    assert kernel_cost(kernel, device).vector_cycles == expected


# --- three executions -----------------------------------------------------------------------

IREE_RTOL = 1e-5
"""IREE's f32 transcendental functions are polynomial approximations (a few ulps) and its
`powf` is exp(b * log(a)): relative error up to about 4e-6 on these inputs."""
TINY = float(np.finfo(np.float32).tiny)
"""IREE flushes subnormal results to zero, so differences below the smallest normal pass."""
TRIG_ATOL = 1e-6
"""sin and tan near their zeros: IREE reduces f32(pi) to exactly 0, so sin(f32(pi)) is
-0.0 against -8.7e-8; an ulp of the argument is the error there."""


def _differences(case: Case, who: str, got: np.ndarray, expected: np.ndarray, rtol: float) -> str:
    """'' if `got` matches `expected` on the apply's domain, else what differs where:
    integers exactly, floats within `rtol` (NaN matches NaN; infinities and the signs of
    zeros match exactly)."""
    got, expected = got[1 : N + 1, 1 : N + 1], expected[1 : N + 1, 1 : N + 1]
    if expected.dtype.kind in "iub":
        bad = got != expected
    else:
        g, e = got.astype(np.float64), expected.astype(np.float64)
        atol = TRIG_ATOL if who == "IREE" and case.op in TRIG else TINY
        with np.errstate(invalid="ignore"):
            close = np.abs(g - e) <= rtol * np.abs(e) + atol
        same_zero = (e != 0) | (g != 0) | (np.signbit(g) == np.signbit(e))
        matches = (g == e) | (np.isfinite(e) & close)
        bad = ~((np.isnan(g) & np.isnan(e)) | (matches & same_zero))
    if not bad.any():
        return ""
    values = case.values
    shown = [
        f"a={values[i]!r} b={values[j]!r}: {got[i, j]!r}, reference {expected[i, j]!r}"
        for i, j in np.argwhere(bad)[:4]
    ]
    return f"{case.label} ({who}): {int(bad.sum())} points differ, e.g. " + "; ".join(shown)


def _reference_and_iree(program: Program) -> tuple[list[np.ndarray], list[np.ndarray]]:
    from sparta.compiler.iree_reference import run_iree

    module = parse_module(program.text(), f"{program.name}.mlir")
    function = entry_function(module)
    return evaluate(function, program.arguments()), run_iree(module, function, program.arguments())


def _needs_iree() -> None:
    pytest.importorskip("iree.compiler", reason="needs iree-base-compiler")
    pytest.importorskip("iree.runtime", reason="needs iree-base-runtime")


@pytest.mark.iree
@pytest.mark.slow
@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.name)
def test_simulator_reference_and_iree_agree(tmp_path: Path, program: Program) -> None:
    """The session's check (the simulated outputs against numpy and IREE), then each case
    on its own: the simulator equal to the reference, IREE within `IREE_RTOL`."""
    _needs_iree()
    source = tmp_path / f"{program.name}.mlir"
    source.write_text(program.text())
    inputs = tmp_path / "inputs.npz"
    np.savez(inputs, **{f"arg{k}": array for k, array in enumerate(program.arguments())})
    options = SessionOptions(
        input=str(source),
        inputs=str(inputs),
        target=program.target,
        simulate=True,
        check=True,
        reference="iree",
        no_progress=True,
    )
    session = Session(options)
    found = []
    try:
        session.run()
    except CheckFailed as failed:  # the cases below say which op
        found.append(f"session: {failed}")
    assert [check.against for check in session.checks] == ["numpy", "iree"]
    reference, iree = _reference_and_iree(program)
    first = len(INPUT_FIELDS)
    for k, case in enumerate(program.cases):
        simulated = session.outputs[f"arg{first + k}"]
        found.append(_differences(case, "simulator", simulated, reference[first + k], 0.0))
        found.append(_differences(case, "IREE", iree[first + k], reference[first + k], IREE_RTOL))
    assert not any(found), "\n".join(filter(None, found))


# --- signs of NaN ---------------------------------------------------------------------------

NAN_SIGN_VALUES = (
    -np.nan, np.nan, -2.0, 2.0, -np.inf, np.inf, -0.5, 0.5, 1.5, -1.5, 0.0, -0.0, 100.0,
    -100.0, 0.25, -3.0,
)  # fmt: skip
"""NaNs of both signs, and arguments outside the domain of the inverse functions, logs and
roots, where they make a NaN."""

UNARY_FLOAT_OPS = tuple(
    info.name
    for info in APPLY_OPS.values()
    if info.name.startswith("math.") and info.operands == (Kind.FLOAT,)
    if info.result is Result.SAME
)


def _nan_sign_program() -> str:
    """One apply: bit k of its i32 result is the sign of op k of x, read by copysign."""
    lines = [
        "%x = stencil.access %p[0] : !stencil.temp<[0,16]xf32>",
        "%one = arith.constant 1.0 : f32",
        "%zero = arith.constant 0.0 : f32",
        "%m0 = arith.constant 0 : i32",
    ]
    for k, name in enumerate(UNARY_FLOAT_OPS):
        lines += [
            f"%v{k} = {name} %x : f32",
            f"%s{k} = math.copysign %one, %v{k} : f32",
            f"%n{k} = arith.cmpf olt, %s{k}, %zero : f32",
            f"%b{k} = arith.extui %n{k} : i1 to i32",
            f"%k{k} = arith.constant {k} : i32",
            f"%w{k} = arith.shli %b{k}, %k{k} : i32",
            f"%m{k + 1} = arith.ori %m{k}, %w{k} : i32",
        ]
    body = "\n    ".join(lines)
    arguments = "%in: !stencil.field<[0,16]xf32>, %out: !stencil.field<[0,16]xi32>"
    return f"""func.func @nan_signs({arguments}) {{
  %t = stencil.load %in : !stencil.field<[0,16]xf32> -> !stencil.temp<[0,16]xf32>
  %r = stencil.apply(%p = %t : !stencil.temp<[0,16]xf32>) -> (!stencil.temp<[0,16]xi32>) {{
    {body}
    stencil.return %m{len(UNARY_FLOAT_OPS)} : i32
  }}
  stencil.store %r to %out(<[0], [16]>) : !stencil.temp<[0,16]xi32> to !stencil.field<[0,16]xi32>
  func.return
}}
"""


@pytest.mark.iree
@pytest.mark.parametrize("target", ["vck190", "npu2"])
def test_nan_signs_agree(tmp_path: Path, target: str) -> None:
    """The sign of every NaN a unary float op returns, as copysign reads it, is the same in
    the simulator, the reference and IREE (IEEE leaves it open; numpy decides here)."""
    _needs_iree()
    source = tmp_path / "nan_signs.mlir"
    source.write_text(_nan_sign_program())
    inputs = tmp_path / "inputs.npz"
    values = np.array(NAN_SIGN_VALUES, np.float32)
    np.savez(inputs, arg0=values, arg1=np.zeros(16, np.int32))
    options = SessionOptions(
        input=str(source), inputs=str(inputs), target=target, simulate=True, no_progress=True
    )
    session = Session(options)
    session.run()
    from sparta.compiler.iree_reference import run_iree

    module = parse_module(source.read_text(), source.name)
    function = entry_function(module)
    reference = evaluate(function, [values, np.zeros(16, np.int32)])[1]
    iree = run_iree(module, function, [values, np.zeros(16, np.int32)])[1]
    found = []
    for k, name in enumerate(UNARY_FLOAT_OPS):
        for label, actual in (("simulator", session.outputs["arg1"]), ("IREE", iree)):
            bits = (actual >> k) & 1 != (reference >> k) & 1
            if bits.any():
                found.append(f"{name} ({label}): sign differs at x = {values[bits].tolist()}")
    assert not found, "\n".join(found)
