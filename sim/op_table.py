"""The element-wise ops sparta supports inside `stencil.apply`: names and properties, no code.

One table for every consumer (DESIGN.md §3): the reference evaluator
(`compiler/reference_ops.py`), the MLIR emitter (`compiler/emit_mlir.py`), the mapping's
model of apply bodies (`passes/stencil_model.py`), the tile IR builder
(`dialects/tile_extract.py`), the simulator (`sim/vector_ops.py`) and its cost model
(`sim/cost.py`). An op one of them takes, all take: `tests/compiler/test_op_conformance.py`
checks the sets and runs every op through the simulator, the reference and IREE.

The table holds no implementations. The reference and the simulator each implement every op
from MLIR's semantics on their own; that independence is what lets `--check` catch a wrong
one.

Left out (`REFUSED`): the ops with two results. A kernel op computes one value, and
splitting them would need a single-result op for the high half of a product, which neither
`arith` nor the tile dialect has.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    """The element types an operand takes."""

    INT = "integer"
    """Signless integers of any width, and `index`."""
    FLOAT = "float"
    ANY = "integer or float"
    I1 = "i1"
    """A condition."""


class Result(StrEnum):
    """How an op's result type follows from its operands."""

    SAME = "same"
    """The type of its operands (for `arith.select`, of the values; for `math.fpowi`, of
    the base)."""
    I1 = "i1"
    """Comparisons."""
    VALUE = "value"
    """`arith.constant`: the type of its value attribute."""
    WIDER = "wider"
    """`extsi`, `extui`, `extf`: a wider type of the same kind."""
    NARROWER = "narrower"
    """`trunci`, `truncf`: a narrower type of the same kind."""
    INT = "int"
    """`fptosi`, `fptoui`: an integer type of any width."""
    FLOAT = "float"
    """`sitofp`, `uitofp`: a float type of any width."""
    INDEX = "index"
    """`index_cast`: `index` from an integer, an integer from `index`."""
    SAME_WIDTH = "same width"
    """`bitcast`: a type of the same bit width."""


class Cost(StrEnum):
    """What an op costs on a vector core (see `sim/cost.py` and docs/cost-model.md)."""

    FREE = "free"
    """Hoisted out of the kernel's loop: constants, broadcasts, shape casts."""
    ALU = "alu"
    """One ALU instruction per chunk: logic, shifts, compares, selects, casts, min/max,
    negation and the cheap `math` ops (abs, floor, ceil, round, trunc, copysign, fma)."""
    FUSABLE = "fusable"
    """An add or subtract: one ALU instruction, or none when it consumes a multiply used
    only there (a multiply-accumulate)."""
    MUL = "mul"
    """One multiplier instruction per chunk."""
    DIV = "div"
    """Emulated: `core.emulated_op_cycles.div` per chunk."""
    REM = "rem"
    """Emulated: `core.emulated_op_cycles.rem` per chunk."""
    SQRT = "sqrt"
    """Emulated: `core.emulated_op_cycles.sqrt` per chunk."""
    TRANSCENDENTAL = "transcendental"
    """Emulated by a polynomial or loop of native ops: `core.emulated_op_cycles.
    transcendental` per chunk (transcendental functions, powers, bit counts)."""
    GATHER = "gather"
    """`tile.gather`: AI Engines have no vector gather, so one scalar load per point."""
    LOAD = "load"
    """`tile.read`: priced by the load ports (and a shuffle when unaligned)."""
    STORE = "store"
    """`tile.write`: priced by the store port."""
    MATMUL = "matmul"
    """`tile.matmul`: priced by the MAC units."""


@dataclass(frozen=True)
class OpInfo:
    """One op: its name, the element types of its operands, its result rule and cost."""

    name: str
    operands: tuple[Kind, ...]
    result: Result
    cost: Cost

    @property
    def arity(self) -> int:
        return len(self.operands)

    @property
    def types(self) -> Kind:
        """The element types the op computes on: those of its first operand that is not a
        condition (`Kind.ANY` for `arith.constant`)."""
        return next((kind for kind in self.operands if kind is not Kind.I1), Kind.ANY)


_INT1, _INT2 = (Kind.INT,), (Kind.INT, Kind.INT)
_FLOAT1, _FLOAT2 = (Kind.FLOAT,), (Kind.FLOAT, Kind.FLOAT)


def _group(names: str, operands: tuple[Kind, ...], result: Result, cost: Cost) -> list[OpInfo]:
    return [OpInfo(name, operands, result, cost) for name in names.split()]


_TABLE: list[OpInfo] = [
    OpInfo("arith.constant", (), Result.VALUE, Cost.FREE),
    # integers
    *_group("arith.addi arith.subi", _INT2, Result.SAME, Cost.FUSABLE),
    *_group("arith.muli", _INT2, Result.SAME, Cost.MUL),
    *_group(
        "arith.andi arith.ori arith.xori arith.shli arith.shrsi arith.shrui "
        "arith.maxsi arith.minsi arith.maxui arith.minui",
        _INT2,
        Result.SAME,
        Cost.ALU,
    ),
    *_group(
        "arith.divsi arith.divui arith.ceildivsi arith.ceildivui arith.floordivsi",
        _INT2,
        Result.SAME,
        Cost.DIV,
    ),
    *_group("arith.remsi arith.remui", _INT2, Result.SAME, Cost.REM),
    *_group("math.ipowi", _INT2, Result.SAME, Cost.TRANSCENDENTAL),
    *_group("math.absi", _INT1, Result.SAME, Cost.ALU),
    *_group("math.ctlz math.cttz math.ctpop", _INT1, Result.SAME, Cost.TRANSCENDENTAL),
    *_group("arith.cmpi", _INT2, Result.I1, Cost.ALU),
    # floats
    *_group("arith.addf arith.subf", _FLOAT2, Result.SAME, Cost.FUSABLE),
    *_group("arith.mulf", _FLOAT2, Result.SAME, Cost.MUL),
    *_group("arith.divf", _FLOAT2, Result.SAME, Cost.DIV),
    *_group(
        "arith.maximumf arith.minimumf arith.maxnumf arith.minnumf math.copysign",
        _FLOAT2,
        Result.SAME,
        Cost.ALU,
    ),
    *_group("math.powf math.atan2", _FLOAT2, Result.SAME, Cost.TRANSCENDENTAL),
    *_group("math.fpowi", (Kind.FLOAT, Kind.INT), Result.SAME, Cost.TRANSCENDENTAL),
    *_group("math.fma", (Kind.FLOAT,) * 3, Result.SAME, Cost.ALU),
    *_group(
        "arith.negf math.absf math.ceil math.floor math.round math.roundeven math.trunc",
        _FLOAT1,
        Result.SAME,
        Cost.ALU,
    ),
    *_group("math.sqrt math.rsqrt math.cbrt", _FLOAT1, Result.SAME, Cost.SQRT),
    *_group(
        "math.acos math.acosh math.asin math.asinh math.atan math.atanh math.cos math.cosh "
        "math.erf math.exp math.exp2 math.expm1 math.log math.log10 math.log1p math.log2 "
        "math.sin math.sinh math.tan math.tanh",
        _FLOAT1,
        Result.SAME,
        Cost.TRANSCENDENTAL,
    ),
    *_group("arith.cmpf", _FLOAT2, Result.I1, Cost.ALU),
    # both
    OpInfo("arith.select", (Kind.I1, Kind.ANY, Kind.ANY), Result.SAME, Cost.ALU),
    # conversions
    *_group("arith.extsi arith.extui", _INT1, Result.WIDER, Cost.ALU),
    *_group("arith.trunci", _INT1, Result.NARROWER, Cost.ALU),
    *_group("arith.index_cast", _INT1, Result.INDEX, Cost.ALU),
    *_group("arith.sitofp arith.uitofp", _INT1, Result.FLOAT, Cost.ALU),
    *_group("arith.fptosi arith.fptoui", _FLOAT1, Result.INT, Cost.ALU),
    *_group("arith.extf", _FLOAT1, Result.WIDER, Cost.ALU),
    *_group("arith.truncf", _FLOAT1, Result.NARROWER, Cost.ALU),
    *_group("arith.bitcast", (Kind.ANY,), Result.SAME_WIDTH, Cost.ALU),
]

APPLY_OPS: dict[str, OpInfo] = {info.name: info for info in _TABLE}
"""Every op sparta supports inside `stencil.apply` (and on scalars at function level), by
name."""

PREDICATES: dict[str, tuple[str, ...]] = {
    "arith.cmpi": ("eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge"),
    "arith.cmpf": (
        "false", "oeq", "ogt", "oge", "olt", "ole", "one", "ord",
        "ueq", "ugt", "uge", "ult", "ule", "une", "uno", "true",
    ),
}  # fmt: skip
"""Comparison predicates by their number in MLIR's enums (the `predicate` property)."""

KERNEL_ONLY_OPS: dict[str, Cost] = {
    "tile.read": Cost.LOAD,
    "tile.write": Cost.STORE,
    "tile.coord": Cost.ALU,
    "tile.gather": Cost.GATHER,
    "tile.matmul": Cost.MATMUL,
    "vector.broadcast": Cost.FREE,
    "vector.shape_cast": Cost.FREE,
}
"""The other opcodes the stencil and GEMM lowerings put into kernels: token accesses,
coordinates and gathers (`stencil.index`, `stencil.dyn_access`), the matmul micro-kernel,
and the broadcasts and shape casts that stretch scalars and lower-rank reads to the
kernel's vector shape."""

ACCESS_OPS = frozenset({"tile.read", "tile.write", "tile.coord", "tile.gather"})
"""Kernel-only ops that read a core's windows or its run's arguments: the functional pass
executes them; `sim/vector_ops.OPS` executes every other kernel opcode."""

REFUSED: dict[str, str] = dict.fromkeys(
    ("arith.addui_extended", "arith.mulsi_extended", "arith.mului_extended"),
    "it has two results, and a kernel op computes one value",
)
"""arith and math ops left out of the table, with the reason a diagnostic gives."""


def cost_class(opcode: str) -> Cost | None:
    """The cost class of a kernel opcode, None if it is not one."""
    info = APPLY_OPS.get(opcode)
    return info.cost if info is not None else KERNEL_ONLY_OPS.get(opcode)
