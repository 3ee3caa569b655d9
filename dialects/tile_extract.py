"""Convert between `tile` IR and `TileProgram` plain data, both ways.

`extract_program` reads a verified `tile.program` into the `TileProgram` the validator and
the simulator run; `build_program` writes a `TileProgram` as IR (for tests, and for
passes that assemble a program as data first, as IRON does). For every valid program p,
`extract_program(build_program(p)) == p`.

Kernel ops become `KernelOp`s named after the upstream MLIR op they stand for: `tile.cmp`
is `arith.cmpi` or `arith.cmpf`, `tile.select` is `arith.select`, `tile.cast sitofp` is
`arith.sitofp` (those `tile` ops only exist because xDSL 0.75 cannot type their arith
counterparts on vectors), `tile.shape_cast` is `vector.shape_cast` (which xDSL 0.75 lacks).
`build_program` picks the `tile` form when the operands are vectors.
"""

from __future__ import annotations

from collections.abc import Sequence

from xdsl.dialects import arith, math, vector
from xdsl.dialects.builtin import (
    DenseIntOrFPElementsAttr,
    FloatAttr,
    IntegerAttr,
    MemRefType,
    StringAttr,
    VectorType,
)
from xdsl.ir import Attribute, Block, BlockArgument, Operation, SSAValue
from xdsl.irdl import IRDLOperation

from sparta.dialects.tile import (
    CAST_KINDS,
    ELEMENT_TYPES,
    FLOAT_TYPES,
    INT_TYPES,
    AccessPatternAttr,
    AcquireOp,
    CastOp,
    CmpOp,
    CoordOp,
    CoreOp,
    ExternalOp,
    FifoEndAttr,
    FifoOp,
    GatherOp,
    KernelOp,
    LinkOp,
    LoopOp,
    MatmulOp,
    ProgramOp,
    ReadOp,
    ReleaseOp,
    RunOp,
    SelectOp,
    Tile,
    TileOp,
    TransferOp,
    WindowType,
    WorkAttr,
    WriteOp,
    YieldOp,
    coord_of,
    shape_and_dtype,
    token_of,
    value_type,
)
from sparta.sim.device import Device, load_device
from sparta.sim.errors import InputError
from sparta.sim.program import (
    AccessPattern,
    Acquire,
    Coord,
    Core,
    Direction,
    External,
    Fifo,
    FifoEnd,
    Interface,
    Kernel,
    KernelOperand,
    Link,
    LinkMode,
    Loop,
    Port,
    Release,
    Run,
    Step,
    TileKind,
    TileProgram,
    Transfer,
    Via,
    Work,
)
from sparta.sim.program import KernelOp as KernelOpData

_TILE_FORMS = {"vector.shape_cast": "tile.shape_cast"}
"""Kernel opcodes whose IR op is sparta's own, by the upstream op they stand for (xDSL 0.75
has no `vector.shape_cast`)."""
_UPSTREAM_NAMES = {ours: upstream for upstream, ours in _TILE_FORMS.items()}
_CANDIDATES: list[type[Operation]] = [
    *arith.Arith.operations,
    *math.Math.operations,
    vector.BroadcastOp,
    *(op for op in Tile.operations if op.name in _UPSTREAM_NAMES),
]
_KERNEL_OP_CLASSES: dict[str, type[IRDLOperation]] = {
    op.name: op for op in _CANDIDATES if issubclass(op, IRDLOperation)
}
"""The op classes `build_program` instantiates from a `KernelOp` opcode (after
`_TILE_FORMS`): xDSL's arith and math ops (every op of `sim.op_table.APPLY_OPS`),
`vector.broadcast`, and the `tile` forms."""

# --- IR -> plain data ---------------------------------------------------------------------


def extract_program(program: ProgramOp) -> TileProgram:
    """The plain-data form of a `tile.program` whose nested ops verify."""
    externals: list[External] = []
    fifos: list[Fifo] = []
    kernels: list[Kernel] = []
    cores: list[Core] = []
    transfers: list[Transfer] = []
    links: list[Link] = []
    for op in program.body.block.ops:
        if isinstance(op, ExternalOp):
            shape, dtype = token_of(op.buffer)
            externals.append(
                External(op.sym_name.data, op.arg.value.data, shape, dtype, op.margins)
            )
        elif isinstance(op, FifoOp):
            fifos.append(_fifo(op))
        elif isinstance(op, KernelOp):
            kernels.append(_kernel(op))
        elif isinstance(op, CoreOp):
            cores.append(Core(_coord(op.tile), _steps(op.body.block)))
        elif isinstance(op, TransferOp):
            transfers.append(_transfer(op))
        elif isinstance(op, LinkOp):
            links.append(
                Link(
                    _coord(op.tile),
                    tuple(symbol.root_reference.data for symbol in op.inputs),
                    tuple(symbol.root_reference.data for symbol in op.outputs),
                    LinkMode(op.mode.data),
                )
            )
    attributes = tuple(
        (key, value.data)
        for key, value in program.attributes.items()
        if isinstance(value, StringAttr)
    )
    return TileProgram(
        name=program.sym_name.data,
        device=program.device.data,
        externals=tuple(externals),
        fifos=tuple(fifos),
        kernels=tuple(kernels),
        cores=tuple(cores),
        transfers=tuple(transfers),
        links=tuple(links),
        work=_work(program.work) if program.work is not None else None,
        attributes=attributes,
    )


def _work(work: WorkAttr) -> Work:
    matmul = work.matmul.data if isinstance(work.matmul, StringAttr) else None
    return Work(work.ops.data, work.bytes_in.data, work.bytes_out.data, work.dtype.data, matmul)


def _coord(tile: SSAValue) -> Coord:
    coord = coord_of(tile)
    if coord is None:
        raise InputError(f"tile value {tile} is not defined by tile.tile")
    return coord


def _fifo(op: FifoOp) -> Fifo:
    shape, dtype = token_of(op.token)
    ends = tuple(
        FifoEnd(
            _coord(tile),
            Via(end.via.data),
            end.depth.data,
            end.channel_index,
            end.hops.data,
            _coord(landing) if landing is not None else None,
            end.packet_id,
        )
        for tile, end, landing in op.consumer_ends()
    )
    return Fifo(
        name=op.sym_name.data,
        producer=_coord(op.producer),
        pool_tile=_coord(op.pool),
        consumers=ends,
        token_shape=shape,
        dtype=dtype,
        depth=op.depth.value.data,
        channel=op.channel_index,
    )


def _transfer(op: TransferOp) -> Transfer:
    patterns = tuple(
        AccessPattern(
            pattern.offset.data,
            tuple(size.data for size in pattern.sizes),
            tuple(stride.data for stride in pattern.strides),
        )
        for pattern in op.patterns
    )
    return Transfer(
        fifo=op.fifo.root_reference.data,
        external=op.external.root_reference.data,
        direction=Direction(op.direction.data),
        shim=_coord(op.shim),
        channel=op.channel.value.data,
        patterns=patterns,
        interface=Interface(op.interface.data) if op.interface else Interface.SHIM,
    )


def _steps(block: Block) -> tuple[Step, ...]:
    steps: list[Step] = []
    for op in block.ops:
        if isinstance(op, LoopOp):
            steps.append(Loop(op.count.value.data, _steps(op.body.block)))
        elif isinstance(op, RunOp):
            fifos = tuple(fifo.root_reference.data for fifo in op.fifos)
            steps.append(
                Run(op.kernel.root_reference.data, fifos, op.window_offsets, op.kernel_args)
            )
        elif isinstance(op, AcquireOp | ReleaseOp):
            step = Acquire if isinstance(op, AcquireOp) else Release
            steps.append(step(op.fifo.root_reference.data, Port(op.port.data), op.count.value.data))
    return tuple(steps)


def _kernel(op: KernelOp) -> Kernel:
    operands = tuple(
        KernelOperand(Port(window.port.data), window.count.data, *token_of(window.token))
        for window in op.windows
    )
    ids: dict[SSAValue, int] = {}
    ops: list[KernelOpData] = []
    for inner in op.body.block.ops:
        if isinstance(inner, YieldOp):
            continue
        ops.append(_kernel_op(inner, ids))
    return Kernel(op.sym_name.data, operands, tuple(ops))


def _kernel_op(op: Operation, ids: dict[SSAValue, int]) -> KernelOpData:
    """One kernel op as data; value ids number the results in SSA order."""
    typed = op.value if isinstance(op, WriteOp) else op.results[0]
    described = shape_and_dtype(typed.type)
    assert described is not None, "kernel value types are verified"
    operands = tuple(ids[value] for value in op.operands if not isinstance(value.type, WindowType))
    opcode, attrs = _opcode_and_attrs(op)
    result = None
    if op.results:
        result = ids[op.results[0]] = len(ids)
    return KernelOpData(opcode, operands, result, *described, attrs)


def _opcode_and_attrs(op: Operation) -> tuple[str, tuple[tuple[str, object], ...]]:
    if isinstance(op, ReadOp | WriteOp):
        window = op.window
        assert isinstance(window, BlockArgument), "windows are kernel arguments"
        return op.name, (
            ("operand", window.index),
            ("token", op.token.value.data),
            ("start", op.start_offsets),
        )
    if isinstance(op, CoordOp):
        return op.name, (("arg", op.arg.value.data), ("axis", op.axis.value.data))
    if isinstance(op, GatherOp):
        window = op.window
        assert isinstance(window, BlockArgument), "windows are kernel arguments"
        return op.name, (
            ("operand", window.index),
            ("token", op.token.value.data),
            ("start", op.start_offsets),
            ("rows", int(op.rows is not None)),
        )
    if isinstance(op, CmpOp):
        return ("arith.cmpf" if op.is_float else "arith.cmpi"), (("predicate", op.predicate.data),)
    if isinstance(op, arith.CmpiOp):
        return op.name, (("predicate", arith.CMPI_COMPARISON_OPERATIONS[op.predicate.value.data]),)
    if isinstance(op, arith.CmpfOp):
        return op.name, (("predicate", arith.CMPF_COMPARISON_OPERATIONS[op.predicate.value.data]),)
    if isinstance(op, SelectOp):
        return "arith.select", ()
    if isinstance(op, CastOp):
        return f"arith.{op.kind.data}", ()
    if isinstance(op, MatmulOp):
        return op.name, _matmul_attrs(op)
    if isinstance(op, arith.ConstantOp):
        return op.name, (("value", _constant_value(op.value)),)
    return _UPSTREAM_NAMES.get(op.name, op.name), ()


def _matmul_attrs(op: MatmulOp) -> tuple[tuple[str, object], ...]:
    attrs: list[tuple[str, object]] = [("precision", op.precision.data), ("mkn", op.shape())]
    if op.decode is not None:
        attrs.append(("decode", op.decode.data))
    if op.is_mx:
        assert op.a_format is not None
        assert op.b_format is not None
        assert op.block is not None
        attrs += [
            ("a_format", op.a_format.data),
            ("b_format", op.b_format.data),
            ("block", op.block.value.data),
        ]
    return tuple(attrs)


def _constant_value(value: Attribute) -> object:
    """A kernel constant as a Python scalar (a splat's single value; booleans for i1)."""
    element: int | float
    type_: Attribute
    if isinstance(value, DenseIntOrFPElementsAttr):
        if not value.is_splat():
            raise InputError(f"kernel constants must be scalars or splats, not {value}")
        first = value.get_values()[0]
        if not isinstance(first, int | float):
            raise InputError(f"unsupported kernel constant {value}")
        element = first
        type_ = value.get_element_type()
    elif isinstance(value, IntegerAttr | FloatAttr):
        element = value.value.data
        type_ = value.type
    else:
        raise InputError(f"unsupported kernel constant {value}")
    if type_ == ELEMENT_TYPES["i1"]:
        return bool(element)
    return element


# --- plain data -> IR ---------------------------------------------------------------------


def build_program(program: TileProgram, device: Device | None = None) -> ProgramOp:
    """The `tile.program` for `program`; tile kinds come from `device` (default: the
    program's own device), so every tile must lie on the array."""
    device = device or load_device(program.device)
    tiles = _build_tiles(program, device)
    body: list[Operation] = [*tiles.values()]
    values = {coord: op.result for coord, op in tiles.items()}
    for external in program.externals:
        memref = MemRefType(ELEMENT_TYPES[external.dtype], external.shape)
        body.append(ExternalOp(external.name, external.arg_index, memref, external.margin))
    for fifo in program.fifos:
        ends = [
            (
                values[end.tile],
                FifoEndAttr(end.via.value, end.depth, end.channel, end.hops, packet=end.packet),
                values[end.landing] if end.landing is not None else None,
            )
            for end in fifo.consumers
        ]
        token = MemRefType(ELEMENT_TYPES[fifo.dtype], fifo.token_shape)
        body.append(
            FifoOp(
                fifo.name,
                values[fifo.producer],
                values[fifo.pool_tile],
                ends,
                token,
                fifo.depth,
                fifo.channel,
            )
        )
    body.extend(_build_kernel(kernel) for kernel in program.kernels)
    body.extend(CoreOp(values[core.tile], _build_steps(core.body)) for core in program.cores)
    for transfer in program.transfers:
        patterns = [
            AccessPatternAttr(pattern.offset, pattern.sizes, pattern.strides)
            for pattern in transfer.patterns
        ]
        body.append(
            TransferOp(
                transfer.direction,
                values[transfer.shim],
                transfer.channel,
                transfer.fifo,
                transfer.external,
                patterns,
                transfer.interface,
            )
        )
    body.extend(
        LinkOp(link.mode, values[link.tile], link.inputs, link.outputs) for link in program.links
    )
    attributes: dict[str, Attribute] = {key: StringAttr(value) for key, value in program.attributes}
    work = program.work
    work_attr = None
    if work is not None:
        work_attr = WorkAttr(
            work.ops, work.bytes_in, work.bytes_out, work.dtype, work.matmul_precision
        )
    return ProgramOp(program.name, program.device, body, work_attr, attributes)


_TILE_PREFIX = {TileKind.SHIM: "shim", TileKind.MEMORY: "mem", TileKind.COMPUTE: "tile"}


def _build_tiles(program: TileProgram, device: Device) -> dict[Coord, TileOp]:
    """One `tile.tile` per tile the program names, in (col, row) order."""
    coords: set[Coord] = set()
    for fifo in program.fifos:
        coords.update((fifo.producer, fifo.pool_tile))
        coords.update(end.tile for end in fifo.consumers)
        coords.update(end.landing for end in fifo.consumers if end.landing is not None)
    coords.update(core.tile for core in program.cores)
    coords.update(transfer.shim for transfer in program.transfers)
    coords.update(link.tile for link in program.links)
    tiles: dict[Coord, TileOp] = {}
    for coord in sorted(coords):
        kind = device.kind(coord)
        if kind is None:
            raise InputError(f"tile {coord} is outside the {device.name} array")
        op = TileOp(kind, coord)
        op.result.name_hint = f"{_TILE_PREFIX[kind]}{coord.col}.{coord.row}"
        tiles[coord] = op
    return tiles


def _build_steps(steps: Sequence[Step]) -> list[Operation]:
    ops: list[Operation] = []
    for step in steps:
        if isinstance(step, Loop):
            ops.append(LoopOp(step.count, _build_steps(step.body)))
        elif isinstance(step, Run):
            ops.append(RunOp(step.kernel, step.fifos, step.offsets, step.args))
        elif isinstance(step, Acquire):
            ops.append(AcquireOp(step.fifo, step.port, step.count))
        else:
            ops.append(ReleaseOp(step.fifo, step.port, step.count))
    return ops


def _build_kernel(kernel: Kernel) -> KernelOp:
    windows = [
        WindowType(
            operand.port.value,
            operand.window,
            MemRefType(ELEMENT_TYPES[operand.dtype], operand.token_shape),
        )
        for operand in kernel.operands
    ]
    block = Block(arg_types=windows)
    for index, arg in enumerate(block.args):
        arg.name_hint = f"w{index}"
    values: dict[int, SSAValue] = {}
    shapes: dict[int, tuple[int, ...]] = {}
    for data in kernel.ops:
        op = _build_kernel_op(kernel, data, block.args, values, shapes)
        block.add_op(op)
        if data.result is not None:
            values[data.result] = op.results[0]
            shapes[data.result] = data.shape
    block.add_op(YieldOp())
    return KernelOp(kernel.name, block)


def _build_kernel_op(
    kernel: Kernel,
    data: KernelOpData,
    windows: Sequence[BlockArgument],
    values: dict[int, SSAValue],
    shapes: dict[int, tuple[int, ...]],
) -> Operation:
    args = [values[value] for value in data.operands]
    result_type = value_type(data.shape, data.dtype)
    on_vectors = bool(data.operands) and bool(shapes[data.operands[0]])
    opcode = data.opcode
    if opcode in ("tile.read", "tile.write"):
        window = windows[data.int_attr("operand")]
        token, start = data.int_attr("token"), data.ints_attr("start")
        if opcode == "tile.read":
            return ReadOp(window, token, start, result_type)
        return WriteOp(args[0], window, token, start)
    if opcode == "tile.coord":
        return CoordOp(data.int_attr("arg"), data.int_attr("axis"), result_type)
    if opcode == "tile.gather":
        window = windows[data.int_attr("operand")]
        rows = bool(data.int_attr("rows"))
        token, start = data.int_attr("token"), data.ints_attr("start")
        return GatherOp(window, args, token, start, rows, result_type)
    if opcode == "arith.constant":
        return arith.ConstantOp(_constant_attr(data.attr("value"), data.shape, data.dtype))
    if opcode in ("arith.cmpi", "arith.cmpf"):
        predicate = str(data.attr("predicate"))
        if on_vectors:
            return CmpOp(predicate, *args)
        compare = arith.CmpiOp if opcode == "arith.cmpi" else arith.CmpfOp
        return compare(args[0], args[1], predicate)
    if opcode == "arith.select" and on_vectors:
        return SelectOp(*args)
    if opcode == "tile.matmul":
        attrs = dict(data.attrs)
        mx = None
        if "a_format" in attrs:
            mkn = data.ints_attr("mkn")
            mx = (
                str(attrs["a_format"]),
                str(attrs["b_format"]),
                data.int_attr("block"),
                (mkn[0], mkn[1], mkn[2]),
            )
        decode = str(attrs["decode"]) if "decode" in attrs else None
        return MatmulOp(args[0], args[1], args[2], str(attrs["precision"]), mx, decode)
    kind = opcode.removeprefix("arith.")
    if kind in CAST_KINDS and on_vectors:
        return CastOp(kind, args[0], result_type)
    op_class = _KERNEL_OP_CLASSES.get(_TILE_FORMS.get(opcode, opcode))
    if op_class is None:
        raise InputError(f"kernel @{kernel.name}: no op for opcode '{opcode}'")
    return op_class.build(operands=args, result_types=[result_type])


def _constant_attr(
    value: object, shape: tuple[int, ...], dtype: str
) -> IntegerAttr | FloatAttr | DenseIntOrFPElementsAttr:
    """The `arith.constant` value attribute for a scalar, splat over `shape` if given."""
    if not isinstance(value, int | float):
        raise InputError(f"kernel constants are numbers, not {value!r}")
    if dtype in FLOAT_TYPES:
        float_type = FLOAT_TYPES[dtype]
        if shape:
            return DenseIntOrFPElementsAttr.from_list(VectorType(float_type, shape), [value])
        return FloatAttr(float(value), float_type)
    int_type = INT_TYPES[dtype]
    if shape:
        return DenseIntOrFPElementsAttr.from_list(VectorType(int_type, shape), [int(value)])
    return IntegerAttr(int(value), int_type)
