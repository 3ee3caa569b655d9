"""Cycle cost of one kernel invocation on one core, from the device's cost model.

A kernel's cycles are `kernel_overhead + max(vector, load, store)`:
- **vector**: one vector instruction issues per cycle. An op is priced by its class in
  `sim/op_table.py`. Each elementwise op costs ceil(elements / lanes) instructions at the
  ALU's or multiplier's lane count for its dtype; an add or subtract whose operand is a
  multiply used only there fuses into it (a multiply-accumulate, `lmac`/`lmsc` on AIE1,
  `mac` on AIE2); ops the cores lack (division, square root, transcendentals, powers, bit
  counts) cost `emulated_op_cycles` per chunk; a read whose start is not on a vector
  boundary costs one shuffle per chunk (the permute network aligns it); a gather
  (`stencil.dyn_access`) costs one scalar load per point; i64 elements take two 32-bit
  lanes (assumed, as no AI Engine has 64-bit lanes); constants,
  broadcasts and shape casts are hoisted out of the loop and cost nothing.
- **load**: the bytes of the union of the regions read from each held token, over the load
  ports' bytes per cycle (a row read at several column offsets is loaded once and shuffled).
- **store**: bytes written over the store port's bytes per cycle.
- **matmul**: MACs over the precision's MACs per cycle, plus the micro-kernel's inner-loop
  overhead per 2 x 2 block of output micro-tiles (calibrated on MLIR-AIE's traces).
Costs depend only on the kernel and the device, so they are computed once per kernel.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from math import ceil, prod

from sparta.sim.device import Device
from sparta.sim.errors import InputError
from sparta.sim.op_table import APPLY_OPS, Cost, Result, cost_class
from sparta.sim.program import Kernel, KernelOp, dtype_bytes

MUL_OPS = frozenset(name for name, info in APPLY_OPS.items() if info.cost is Cost.MUL)
"""Multiplies an add or subtract can fuse with (see `Cost.FUSABLE`)."""

LANE_DTYPE = {
    "i1": "i8",
    "i8": "i8",
    "i16": "i16",
    "i32": "i32",
    "i64": "i32",
    "bf16": "bf16",
    "f32": "f32",
}
"""Which lane table entry an op on each element type uses (booleans ride the int8 lanes;
64-bit integers, such as `index` coordinates, ride the 32-bit ones)."""
I64_LANES_PER_ELEMENT = 2
"""Assumption: AI Engine vector units have no 64-bit integer lanes, so an i64 element
(an `index` coordinate, a loop counter) takes two 32-bit lanes, as compilers emulate it."""
I64_MUL_PARTS = 3
"""Assumption: the low 64 bits of a 64-bit product take three 32-bit multiplies (low x low,
and the two cross terms)."""
SAME_WIDTH_INT = {"bf16": "i16", "f32": "i32"}
"""Shuffles and realigning loads move bits, not numbers: they run on the integer lanes of
the same width (so AIE1, with no bf16 unit, can still move bf16 data)."""


@dataclass(frozen=True)
class KernelCost:
    """Cycles of one invocation and how they arise."""

    cycles: int
    vector_cycles: int
    load_cycles: int
    store_cycles: int
    overhead_cycles: int
    ops: int
    """Elementwise arithmetic ops executed per invocation (elements x ops)."""

    @property
    def bound(self) -> str:
        """What limits the kernel: 'compute', 'load' or 'store'."""
        work = {"compute": self.vector_cycles, "load": self.load_cycles, "store": self.store_cycles}
        return max(work, key=lambda key: work[key])


def kernel_cost(kernel: Kernel, device: Device) -> KernelCost:
    """The cost of one invocation of `kernel` on `device`."""
    uses = Counter(i for op in kernel.ops for i in op.operands)
    producers = {op.result: op for op in kernel.ops if op.result is not None}
    vector = 0
    ops = 0
    stored_bytes = 0
    read_spans: dict[tuple[int, int], list[tuple[int, ...]]] = {}
    read_dtype: dict[tuple[int, int], str] = {}
    for op in kernel.ops:
        kind = cost_class(op.opcode)
        if kind is None:
            raise InputError(f"kernel @{kernel.name}: no cost for opcode '{op.opcode}'")
        if kind is Cost.FREE:
            continue
        if kind is Cost.LOAD:
            key = (op.int_attr("operand"), op.int_attr("token"))
            start = op.ints_attr("start")
            read_spans.setdefault(key, []).append(
                start + tuple(s + n for s, n in zip(start, op.shape, strict=False))
            )
            read_dtype[key] = op.dtype
            shuffle = SAME_WIDTH_INT.get(op.dtype, op.dtype)
            if start and start[-1] and start[-1] % _lanes(device, "alu", shuffle, op) != 0:
                vector += _chunks(op, shuffle, device, "alu")
            continue
        if kind is Cost.STORE:
            stored_bytes += prod(op.shape) * _bytes(op.dtype)
            continue
        if kind is Cost.MATMUL:
            vector += _matmul_cycles(op, device)
            ops += 2 * _matmul_macs(op)
            continue
        elements = max(prod(op.shape), 1)
        ops += elements
        if kind is Cost.FUSABLE and _fuses(op, producers, uses):
            continue
        vector += _op_cycles(op, kind, _op_dtype(op, producers), device)
    loaded = sum(
        _union_elements(spans) * _bytes(read_dtype[key]) for key, spans in read_spans.items()
    )
    load = ceil(loaded / device.load_bytes_per_cycle)
    store = ceil(stored_bytes / device.store_bytes_per_cycle)
    vector = ceil(vector / device.core.vector_ops_per_cycle)
    overhead = device.core.kernel_overhead_cycles
    return KernelCost(overhead + max(vector, load, store), vector, load, store, overhead, ops)


def _fuses(op: KernelOp, producers: dict[int, KernelOp], uses: Counter[int]) -> bool:
    """An add/sub of a single-use multiply result becomes part of a MAC instruction."""
    for operand in op.operands:
        source = producers.get(operand)
        if source is not None and source.opcode in MUL_OPS and uses[operand] == 1:
            return True
    return False


def _op_dtype(op: KernelOp, producers: dict[int, KernelOp]) -> str:
    """The element type an op computes in: its operands' for comparisons (result i1)."""
    info = APPLY_OPS.get(op.opcode)
    if info is not None and info.result is Result.I1 and op.operands:
        source = producers.get(op.operands[0])
        if source is not None:
            return source.dtype
    return op.dtype


_EMULATED = {Cost.DIV: "div", Cost.REM: "rem", Cost.SQRT: "sqrt"}
"""`core.emulated_op_cycles` keys of the emulated classes."""


def _op_cycles(op: KernelOp, kind: Cost, dtype: str, device: Device) -> int:
    if kind is Cost.GATHER:  # no vector gather: one scalar load per point
        return max(prod(op.shape), 1)
    if kind is Cost.MUL:
        parts = I64_MUL_PARTS if dtype == "i64" else 1
        return parts * _chunks(op, dtype, device, "mul")
    alu = _chunks(op, dtype, device, "alu")
    if kind in (Cost.ALU, Cost.FUSABLE):
        return alu
    return alu * device.core.emulated_op_cycles[_EMULATED.get(kind, "transcendental")]


def _chunks(op: KernelOp, dtype: str, device: Device, unit: str) -> int:
    return ceil(max(prod(op.shape), 1) / _lanes(device, unit, dtype, op))


def _lanes(device: Device, unit: str, dtype: str, op: KernelOp) -> int:
    table = device.core.mul_lanes if unit == "mul" else device.core.alu_lanes
    lanes = table.get(LANE_DTYPE.get(dtype, dtype), 0)
    if dtype == "i64":
        lanes //= I64_LANES_PER_ELEMENT
    if lanes <= 0:
        raise InputError(
            f"{device.name} has no vector unit for {op.opcode} on {dtype} "
            f"(core.{unit}_lanes.{dtype} = 0)"
        )
    return lanes


def _bytes(dtype: str) -> int:
    return dtype_bytes(dtype)


def _union_elements(spans: list[tuple[int, ...]]) -> int:
    """Elements of the bounding box of several regions of one token (lo..., hi...)."""
    rank = len(spans[0]) // 2
    lo = [min(s[d] for s in spans) for d in range(rank)]
    hi = [max(s[rank + d] for s in spans) for d in range(rank)]
    return prod(b - a for a, b in zip(lo, hi, strict=True)) if rank else 1


def _matmul_macs(op: KernelOp) -> int:
    m, k, n = op.ints_attr("mkn")
    return m * k * n


def _matmul_cycles(op: KernelOp, device: Device) -> int:
    """MACs at the precision's rate plus inner-loop overhead; for MX tiles also the decode
    of both operands into that precision and, on integer MAC units, the application of
    the block scales to every output once per block."""
    precision = str(op.attr("precision"))
    rate = device.matmul.macs_per_cycle.get(precision, 0)
    if rate <= 0:
        raise InputError(f"{device.name} has no native {precision} matmul")
    m, k, n = op.ints_attr("mkn")
    r, _, t = device.matmul.micro_tile.get(precision, (4, 4, 4))
    inner_loops = max(1, ceil(m / (2 * r)) * ceil(n / (2 * t)))
    cycles = ceil(m * k * n / rate) + inner_loops * device.matmul.inner_loop_overhead_cycles
    attrs = dict(op.attrs)
    alu = device.core.alu_lanes
    lanes = alu.get(_PRECISION_LANES.get(precision, "f32"), 0) or alu["f32"]
    if "decode" in attrs:  # plain elements the MAC unit lacks (bf16 on AIE1)
        ops_each = device.matmul.decode_ops_per_element.get(str(attrs["decode"]), 0)
        return cycles + ceil(ops_each * (m * k + k * n) / lanes)
    if attrs.get("a_format") is None:
        return cycles
    for fmt, elements in ((str(attrs["a_format"]), m * k), (str(attrs["b_format"]), k * n)):
        cycles += ceil(device.matmul.decode_ops_per_element.get(fmt, 0) * elements / lanes)
    if precision.startswith("int"):
        blocks = ceil(k / op.int_attr("block"))
        ops = device.matmul.block_scale_ops_per_output * m * n * blocks
        cycles += ceil(ops / alu["f32"])
    return cycles


_PRECISION_LANES = {"int8": "i8", "int16": "i16", "int32": "i32", "bf16": "bf16", "fp32": "f32"}
