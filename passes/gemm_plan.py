"""The mapping of a GEMM layer as IR attributes on its `linalg.matmul`.

Each GEMM pass decides one part and records it on every matmul, so `sparta-opt` and the
lit tests show each decision:
- `gemm-quantize`: `sparta.quant` (weight and activation formats, the quantization method,
  the MAC precision the device runs them at, the token element and accumulator types);
- `gemm-tile`: `sparta.gemm_tile` (the per-core m x k x n tile, the B-stream sharing and
  where the I/O enters: shim DMA channels or PL streams);
- `gemm-partition`: `sparta.partition` (the R x C core grid, how many cores split K, the
  zero-padded shape, the output buffers of each drain chain's bottom core, the grid rows
  per drain chain, the estimated cycles);
- `gemm-place`: `sparta.placement` (the tile of every grid core, and the shim channels of
  the A rows, the B column groups and the output columns).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from xdsl.dialects import func
from xdsl.dialects.builtin import ArrayAttr, DictionaryAttr, IntegerAttr, ModuleOp, StringAttr
from xdsl.dialects.linalg.ops import MatmulOp
from xdsl.ir import Attribute

from sparta.dialects.locations import location_of
from sparta.passes.gemm_mapping import GemmPlan, Operands
from sparta.passes.gemm_model import GemmModel, extract_gemm, find_gemm_function
from sparta.sim.errors import InputError
from sparta.sim.formats import FORMATS
from sparta.sim.program import Coord, Interface

QUANT = "sparta.quant"
TILES = "sparta.gemm_tile"
PARTITION = "sparta.partition"
PLACEMENT = "sparta.placement"
ORDER = (QUANT, TILES, PARTITION, PLACEMENT)
DECIDED_BY = {
    QUANT: "gemm-quantize",
    TILES: "gemm-tile",
    PARTITION: "gemm-partition",
    PLACEMENT: "gemm-place",
}


@dataclass(frozen=True)
class Quantization:
    """The formats of one layer and how the device runs them."""

    method: str
    operands: Operands


@dataclass(frozen=True)
class TileSizes:
    """One core's output tile (m x n), its K step (k), and the columns one B stream feeds."""

    m: int
    k: int
    n: int
    share: int = 1
    io: str = "shim"


def matmuls(module: ModuleOp) -> tuple[func.FuncOp, GemmModel, list[MatmulOp]]:
    """The GEMM function, its layer chain, and its matmuls in layer order."""
    function = find_gemm_function(module)
    model = extract_gemm(function)
    return function, model, [op for op in function.walk() if isinstance(op, MatmulOp)]


# --- writing -----------------------------------------------------------------------------


def _int(value: int) -> IntegerAttr:
    return IntegerAttr(value, 64)


def _ints(values: tuple[int, ...] | list[int]) -> ArrayAttr:
    return ArrayAttr([_int(v) for v in values])


def _channels(channels: tuple[tuple[Coord, int], ...]) -> ArrayAttr:
    return ArrayAttr([_ints([tile.col, tile.row, channel]) for tile, channel in channels])


def write_quant(op: MatmulOp, quant: Quantization) -> None:
    ops = quant.operands
    op.attributes[QUANT] = DictionaryAttr(
        {
            "format": StringAttr(ops.fmt),
            "activations": StringAttr(ops.act_fmt),
            "method": StringAttr(quant.method),
            "precision": StringAttr(ops.precision),
            "element": StringAttr(ops.element),
            "accumulator": StringAttr(ops.acc),
        }
    )


def write_plan(op: MatmulOp, plan: GemmPlan, upto: str) -> None:
    """Record the decisions of the passes up to and including the one deciding `upto`."""
    stop = ORDER.index(upto)
    op.attributes[TILES] = DictionaryAttr(
        {
            "m": _int(plan.m),
            "k": _int(plan.k),
            "n": _int(plan.n),
            "share": _int(plan.share),
            "io": StringAttr(plan.io),
        }
    )
    if stop >= ORDER.index(PARTITION):
        op.attributes[PARTITION] = DictionaryAttr(
            {
                "grid": _ints([plan.rows, plan.cols]),
                "ksplit": _int(plan.ksplit),
                "padded": _ints([plan.m_pad, plan.k_pad, plan.n_pad]),
                "bottom_depth": _int(plan.bottom_depth),
                "drain_rows": _int(plan.chain_rows),
                "estimate_cycles": _int(round(plan.estimate_cycles)),
            }
        )
    if stop >= ORDER.index(PLACEMENT):
        op.attributes[PLACEMENT] = DictionaryAttr(
            {
                "cores": ArrayAttr(
                    [ArrayAttr([_ints([t.col, t.row]) for t in row]) for row in plan.cores]
                ),
                "a_channels": _channels(plan.a_channels),
                "b_channels": _channels(plan.b_channels),
                "out_channels": _channels(plan.out_channels),
            }
        )


# --- reading -----------------------------------------------------------------------------


def _get(op: MatmulOp, key: str) -> Mapping[str, Attribute]:
    attr = op.attributes.get(key)
    if not isinstance(attr, DictionaryAttr):
        raise InputError(
            f"the matmul has no {key} attribute; run {DECIDED_BY[key]} first", location_of(op)
        )
    return attr.data


def _read_int(attr: Attribute, key: str) -> int:
    if not isinstance(attr, IntegerAttr):
        raise InputError(f"{key} must be an integer, got {attr}")
    return int(attr.value.data)


def _read_ints(attr: Attribute, key: str) -> tuple[int, ...]:
    if not isinstance(attr, ArrayAttr):
        raise InputError(f"{key} must be an array of integers, got {attr}")
    return tuple(_read_int(a, key) for a in attr.data)


def _read_str(data: Mapping[str, Attribute], key: str) -> str:
    attr = data.get(key)
    if not isinstance(attr, StringAttr):
        raise InputError(f"{QUANT} needs a string '{key}'")
    return attr.data


def _field(data: Mapping[str, Attribute], key: str, where: str) -> Attribute:
    if key not in data:
        raise InputError(f"{where} has no '{key}'")
    return data[key]


def _read_channels(attr: Attribute, key: str) -> tuple[tuple[Coord, int], ...]:
    if not isinstance(attr, ArrayAttr):
        raise InputError(f"{key} must be an array of [col, row, channel]")
    out = []
    for item in attr.data:
        col, row, channel = _read_ints(item, key)
        out.append((Coord(col, row), channel))
    return tuple(out)


def read_quant(op: MatmulOp) -> Quantization:
    data = _get(op, QUANT)
    fmt = _read_str(data, "format")
    if fmt not in FORMATS:
        raise InputError(f"unknown format '{fmt}' in {QUANT}", location_of(op))
    operands = Operands(
        fmt,
        _read_str(data, "activations"),
        _read_str(data, "precision"),
        FORMATS[fmt].block_scaled,
        _read_str(data, "element"),
        _read_str(data, "accumulator"),
    )
    return Quantization(_read_str(data, "method"), operands)


def read_tiles(op: MatmulOp) -> TileSizes:
    data = _get(op, TILES)
    m, k, n, share = (_read_int(_field(data, key, TILES), key) for key in ("m", "k", "n", "share"))
    io = data.get("io", StringAttr("shim"))  # hand-written plans may leave it out
    if not isinstance(io, StringAttr) or io.data not in tuple(Interface):
        raise InputError(f"{TILES} io must be one of {', '.join(Interface)}, got {io}")
    return TileSizes(m, k, n, share, io.data)


def read_plan(op: MatmulOp, upto: str) -> GemmPlan:
    """The plan recorded on `op` by the passes up to and including the one deciding `upto`."""
    tiles = read_tiles(op)
    stop = ORDER.index(upto)
    if stop < ORDER.index(PARTITION):
        return GemmPlan(tiles.m, tiles.k, tiles.n, 0, 0, 0, 0, 0, tiles.share, io=tiles.io)
    data = _get(op, PARTITION)
    rows, cols = _read_ints(_field(data, "grid", PARTITION), "grid")
    m_pad, k_pad, n_pad = _read_ints(_field(data, "padded", PARTITION), "padded")
    plan = GemmPlan(
        tiles.m,
        tiles.k,
        tiles.n,
        rows,
        cols,
        m_pad,
        k_pad,
        n_pad,
        tiles.share,
        _read_int(_field(data, "bottom_depth", PARTITION), "bottom_depth"),
        estimate_cycles=float(_read_int(_field(data, "estimate_cycles", PARTITION), "estimate")),
        ksplit=_read_int(_field(data, "ksplit", PARTITION), "ksplit"),
        io=tiles.io,
    )
    drain = data.get("drain_rows")  # hand-written plans may leave it out: whole columns
    if drain is not None:
        chain = _read_int(drain, "drain_rows")
        if not 1 <= chain <= rows:
            raise InputError(f"{PARTITION} drain_rows must be 1 to {rows}, got {chain}")
        plan = replace(plan, drain_rows=0 if chain == rows else chain)
    if plan.ksplit < 1 or plan.steps % plan.ksplit:
        raise InputError(
            f"{PARTITION} ksplit must be at least 1 and divide the {plan.steps} k-steps, "
            f"got {plan.ksplit}"
        )
    if stop < ORDER.index(PLACEMENT):
        return plan
    data = _get(op, PLACEMENT)
    cores_attr = _field(data, "cores", PLACEMENT)
    if not isinstance(cores_attr, ArrayAttr):
        raise InputError(f"{PLACEMENT} cores must be an array of rows of [col, row]")
    cores = tuple(
        tuple(Coord(*_read_ints(tile, "cores")) for tile in _rows(row)) for row in cores_attr.data
    )
    return replace(
        plan,
        cores=cores,
        a_channels=_read_channels(_field(data, "a_channels", PLACEMENT), "a_channels"),
        b_channels=_read_channels(_field(data, "b_channels", PLACEMENT), "b_channels"),
        out_channels=_read_channels(_field(data, "out_channels", PLACEMENT), "out_channels"),
    )


def _rows(attr: Attribute) -> tuple[Attribute, ...]:
    if not isinstance(attr, ArrayAttr):
        raise InputError(f"{PLACEMENT} cores must be an array of rows of [col, row]")
    return attr.data
