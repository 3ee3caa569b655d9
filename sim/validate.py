"""Static validation of a `TileProgram` against a device's rules, on plain data.

`validate` raises the first violation as a `SpartaError` whose message a user can act on
(it names the tile, the budget, the usage by item and the shortfall). The rules follow
MLIR-AIE's verifiers and target model: structure (names, references, ports), tile kinds,
memory reach, data-memory capacity, DMA channels, locks, stream lanes and hops, shim I/O,
and the static token balance, so a program that must deadlock is rejected before it runs.

`memory_usage`, `lock_usage` and `token_counts` are the same computations, exposed for
the passes (buffer allocation, balancing) to reuse.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sparta.sim import routing
from sparta.sim.device import Device
from sparta.sim.errors import InputError, ResourceError
from sparta.sim.program import (
    DTYPE_BYTES,
    Acquire,
    Coord,
    Core,
    Direction,
    Fifo,
    FifoEnd,
    Interface,
    Kernel,
    KernelOp,
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
)
from sparta.sim.vector_ops import OPS

DTYPES = ("i1", *DTYPE_BYTES)
"""Element types tokens and kernel values may have."""
ACCESS_OPS = ("tile.read", "tile.write")
"""Kernel opcodes that move data between windows and values."""


def validate(program: TileProgram, device: Device) -> None:
    """Raise the first rule `program` breaks on `device` (`InputError` or `ResourceError`)."""
    _check_structure(program)
    _check_tiles(program, device)
    _check_reach(program, device)
    _check_channels(program, device)
    _check_streams(program, device)
    _check_shim_io(program, device)
    _check_memory(program, device)
    _check_locks(program, device)
    _check_tokens(program)


# --- shared helpers -----------------------------------------------------------------------


def access_error(
    token_shape: Sequence[int],
    window: int,
    token: int,
    start: Sequence[int],
    shape: Sequence[int],
) -> str | None:
    """Why a `tile.read`/`tile.write` box does not fit its window, or None if it fits.

    The box starts at `start` in token `token` of a `window`-token window and has the
    value's `shape`, one size per token dimension.
    """
    if not 0 <= token < window:
        return f"token {token} is outside the window of {window}"
    if len(start) != len(token_shape) or len(shape) != len(token_shape):
        return (
            f"give one start offset and one value dimension per token dimension "
            f"({len(token_shape)}), got {len(start)} and {len(shape)}"
        )
    inside = all(
        begin >= 0 and begin + size <= bound
        for begin, size, bound in zip(start, shape, token_shape, strict=True)
    )
    if inside:
        return None
    box = ", ".join(f"{begin}:{begin + size}" for begin, size in zip(start, shape, strict=True))
    return f"[{box}] is outside the token shape {list(token_shape)}"


def _size(num_bytes: int) -> str:
    """Bytes for people: `912 B`, `9.1 KB`, `32 KB`."""
    if num_bytes < 1024:
        return f"{num_bytes} B"
    return f"{num_bytes / 1024:.1f}".removesuffix(".0") + " KB"


def _fifo_names(names: Iterable[str]) -> str:
    return ", ".join(f"@{name}" for name in names)


def _link_outputs(program: TileProgram) -> dict[str, Link]:
    return {name: link for link in program.links for name in link.outputs}


def _link_inputs(program: TileProgram) -> dict[tuple[str, Coord], Link]:
    return {(name, link.tile): link for link in program.links for name in link.inputs}


def _steps(steps: Iterable[Step]) -> Iterable[Acquire | Release | Run]:
    """Every non-loop step of a loop nest, in program order."""
    for step in steps:
        if isinstance(step, Loop):
            yield from _steps(step.body)
        else:
            yield step


def _consumer_tiles(fifo: Fifo) -> list[Coord]:
    return [end.tile for end in fifo.consumers]


# --- structure (no device) ----------------------------------------------------------------


def _check_structure(program: TileProgram) -> None:
    """Names are unique, references resolve, ports and shapes agree."""
    for label, names in (
        ("fifo", [fifo.name for fifo in program.fifos]),
        ("kernel", [kernel.name for kernel in program.kernels]),
        ("external", [external.name for external in program.externals]),
    ):
        for name, count in Counter(names).items():
            if count > 1:
                raise InputError(f"{count} {label}s are named @{name}")
    owners: dict[int, str] = {}
    for external in program.externals:
        what = f"external @{external.name}"
        _check_array(what, external.shape, external.dtype)
        margin = external.margin
        if margin and (
            len(margin) != len(external.shape)
            or any(lo < 0 or hi < 0 for lo, hi in margin)
            or min(external.argument_shape) < 1
        ):
            raise InputError(
                f"{what}: margin {list(margin)} needs a non-negative (below, above) pair per "
                f"dimension of {external.shape} that leaves an array inside"
            )
        if external.arg_index < 0:
            raise InputError(f"{what}: argument index must not be negative")
        if external.arg_index in owners:
            raise InputError(
                f"externals @{owners[external.arg_index]} and @{external.name} both stand "
                f"for argument {external.arg_index}"
            )
        owners[external.arg_index] = external.name
    for fifo in program.fifos:
        _check_fifo(fifo)
    for kernel in program.kernels:
        _check_kernel(kernel)
    for link in program.links:
        _check_link(program, link)
    for tile, count in Counter(core.tile for core in program.cores).items():
        if count > 1:
            raise InputError(f"{count} cores are placed on tile {tile}")
    for core in program.cores:
        _check_core(program, core)
    for transfer in program.transfers:
        _check_transfer(program, transfer)


def _check_array(what: str, shape: Sequence[int], dtype: str) -> None:
    if any(size < 1 for size in shape):
        raise InputError(f"{what}: shape {tuple(shape)} must be positive")
    if dtype not in DTYPES:
        raise InputError(f"{what}: unknown dtype '{dtype}'; use one of {', '.join(DTYPES)}")


def _check_fifo(fifo: Fifo) -> None:
    what = f"fifo @{fifo.name}"
    _check_array(what, fifo.token_shape, fifo.dtype)
    if not fifo.consumers:
        raise InputError(f"{what} needs at least one consumer")
    if fifo.depth < 0:
        raise InputError(f"{what}: depth must not be negative (got {fifo.depth})")
    tiles = _consumer_tiles(fifo)
    for tile, count in Counter(tiles).items():
        if count > 1:
            raise InputError(f"{what} lists consumer {tile} {count} times")
    for end in fifo.consumers:
        if end.depth < 0 or end.hops < 0 or (end.channel is not None and end.channel < 0):
            raise InputError(f"{what}: the end at {end.tile} has a negative depth, channel or hops")
        extras = end.depth or end.hops or end.channel is not None or end.landing is not None
        if end.via is Via.SHARED and extras:
            raise InputError(
                f"{what}: the shared end at {end.tile} reads the pool in place; only dma "
                "ends have a depth, channel, hops and landing"
            )


def _check_kernel(kernel: Kernel) -> None:
    what = f"kernel @{kernel.name}"
    if not kernel.operands:
        raise InputError(f"{what} needs at least one window operand")
    for index, operand in enumerate(kernel.operands):
        _check_array(f"{what} operand #{index}", operand.token_shape, operand.dtype)
        if operand.window < 1:
            raise InputError(f"{what} operand #{index}: window must be at least 1 token")
    defined: set[int] = set()
    for position, op in enumerate(kernel.ops):
        where = f"{what} op #{position} ({op.opcode})"
        for value in op.operands:
            if value not in defined:
                raise InputError(f"{where} uses value {value} before it is defined")
        if op.opcode in ACCESS_OPS:
            _check_kernel_access(kernel, op.opcode, op.attrs, op.shape, op.dtype, where)
        elif op.opcode == "tile.coord":
            _check_coord(op, where)
        elif op.opcode == "tile.gather":
            _check_gather(kernel, op, where)
        elif op.opcode not in OPS:
            raise InputError(f"{where}: the simulator cannot execute '{op.opcode}'")
        if op.result is None:
            continue
        if op.result in defined:
            raise InputError(f"{where} defines value {op.result} twice")
        defined.add(op.result)


def _check_kernel_access(
    kernel: Kernel,
    opcode: str,
    attrs: tuple[tuple[str, object], ...],
    shape: tuple[int, ...],
    dtype: str,
    where: str,
) -> None:
    values = dict(attrs)
    index, token, start = values.get("operand"), values.get("token"), values.get("start")
    if not isinstance(index, int) or not isinstance(token, int) or not isinstance(start, tuple):
        raise InputError(f"{where} needs integer 'operand' and 'token' and a tuple 'start'")
    if not 0 <= index < len(kernel.operands):
        raise InputError(f"{where} names operand #{index}; the kernel has {len(kernel.operands)}")
    operand = kernel.operands[index]
    if opcode == "tile.write" and operand.port is not Port.PRODUCE:
        raise InputError(f"{where} writes operand #{index}, a consume window")
    if dtype != operand.dtype:
        raise InputError(f"{where}: element type {dtype} differs from operand's {operand.dtype}")
    problem = access_error(operand.token_shape, operand.window, token, start, shape)
    if problem is not None:
        raise InputError(f"{where} of operand #{index}: {problem}")


def kernel_args(kernel: Kernel) -> int:
    """How many integer arguments a run of `kernel` must pass (its `tile.coord`s read)."""
    return max(
        (op.int_attr("arg") + 1 for op in kernel.ops if op.opcode == "tile.coord"), default=0
    )


def _check_coord(op: KernelOp, where: str) -> None:
    values = dict(op.attrs)
    arg, axis = values.get("arg"), values.get("axis")
    if not isinstance(arg, int) or not isinstance(axis, int) or arg < 0:
        raise InputError(f"{where} needs a non-negative integer 'arg' and an integer 'axis'")
    if not -1 <= axis < len(op.shape):
        raise InputError(f"{where}: axis {axis} is not -1 or an axis of {op.shape}")
    if not op.dtype.startswith("i"):
        raise InputError(f"{where}: coordinates are integers, not {op.dtype}")


def _check_gather(kernel: Kernel, op: KernelOp, where: str) -> None:
    values = dict(op.attrs)
    index, token, start, rows = (values.get(k) for k in ("operand", "token", "start", "rows"))
    if not isinstance(index, int) or not isinstance(token, int) or not isinstance(start, tuple):
        raise InputError(f"{where} needs integer 'operand' and 'token' and a tuple 'start'")
    if not 0 <= index < len(kernel.operands):
        raise InputError(f"{where} names operand #{index}; the kernel has {len(kernel.operands)}")
    operand = kernel.operands[index]
    if operand.port is not Port.CONSUME or operand.dtype != op.dtype:
        raise InputError(
            f"{where} gathers from operand #{index}, not a consume window of {op.dtype}"
        )
    if len(start) != len(operand.token_shape) or len(op.operands) != len(start) + bool(rows):
        raise InputError(
            f"{where}: give one start per token axis of operand #{index} and one offset per "
            "axis (and one along the rows when 'rows' is set)"
        )


def _check_role(program: TileProgram, tile: Coord, fifo_name: str, port: Port, who: str) -> None:
    """`tile` acts on `fifo_name`'s `port`: as its producer, or as one of its consumers."""
    fifo = _fifo(program, fifo_name, who)
    if port is Port.PRODUCE and fifo.producer != tile:
        raise InputError(
            f"{who} uses @{fifo.name} on produce but does not produce it "
            f"(its producer is {fifo.producer})"
        )
    if port is Port.CONSUME and tile not in _consumer_tiles(fifo):
        raise InputError(f"{who} uses @{fifo.name} on consume but is not one of its consumers")


def _fifo(program: TileProgram, name: str, who: str) -> Fifo:
    try:
        return program.fifo(name)
    except KeyError:
        raise InputError(f"{who} uses fifo @{name}, which is not defined") from None


def _check_core(program: TileProgram, core: Core) -> None:
    who = f"core {core.tile}"
    outputs, inputs = _link_outputs(program), _link_inputs(program)
    _check_counts(core.body, who)
    for step in _steps(core.body):
        if isinstance(step, Run):
            _check_run(program, core, step)
            continue
        _check_role(program, core.tile, step.fifo, step.port, who)
        link = outputs.get(step.fifo) if step.port is Port.PRODUCE else None
        link = link or (inputs.get((step.fifo, core.tile)) if step.port is Port.CONSUME else None)
        if link is not None:
            raise InputError(
                f"{who} uses @{step.fifo} on {step.port.value}, which the link at "
                f"{link.tile} already does"
            )


def _check_counts(steps: Iterable[Step], who: str, depth: int = 0) -> None:
    """Loop counts and moves are positive; run arguments are affine in the enclosing
    loops (a constant and one coefficient per loop)."""
    for step in steps:
        if isinstance(step, Loop):
            if step.count < 1:
                raise InputError(f"{who}: loop count must be at least 1 (got {step.count})")
            _check_counts(step.body, who, depth + 1)
        elif isinstance(step, Run):
            for arg in step.args:
                if len(arg) != depth + 1:
                    raise InputError(
                        f"{who}: run @{step.kernel} argument {list(arg)} needs a constant and "
                        f"one coefficient per enclosing loop ({depth + 1} numbers)"
                    )
        elif isinstance(step, Acquire | Release) and step.count < 1:
            raise InputError(
                f"{who}: {type(step).__name__.lower()} of @{step.fifo} must move at least one "
                f"token (got {step.count})"
            )


def _check_run(program: TileProgram, core: Core, run: Run) -> None:
    who = f"core {core.tile}"
    try:
        kernel = program.kernel(run.kernel)
    except KeyError:
        raise InputError(f"{who} runs kernel @{run.kernel}, which is not defined") from None
    if len(run.fifos) != len(kernel.operands):
        raise InputError(
            f"{who}: run @{kernel.name} binds {len(run.fifos)} fifos but the kernel has "
            f"{len(kernel.operands)} operands"
        )
    if run.offsets and (len(run.offsets) != len(run.fifos) or min(run.offsets) < 0):
        raise InputError(
            f"{who}: run @{kernel.name} gives offsets {run.offsets}; give one non-negative "
            "offset per fifo, or none"
        )
    if len(run.args) < kernel_args(kernel):
        raise InputError(
            f"{who}: run @{kernel.name} passes {len(run.args)} integer arguments; the kernel "
            f"reads {kernel_args(kernel)}"
        )
    for index, (name, operand) in enumerate(zip(run.fifos, kernel.operands, strict=True)):
        fifo = _fifo(program, name, who)
        if (fifo.token_shape, fifo.dtype) != (operand.token_shape, operand.dtype):
            raise InputError(
                f"{who}: run @{kernel.name} binds @{name} (tokens {fifo.token_shape} "
                f"{fifo.dtype}) to operand #{index}, which takes {operand.token_shape} "
                f"{operand.dtype}"
            )
        _check_role(program, core.tile, name, operand.port, who)


def _check_transfer(program: TileProgram, transfer: Transfer) -> None:
    what = f"transfer of @{transfer.fifo}"
    fifo = _fifo(program, transfer.fifo, what)
    try:
        external = program.external(transfer.external)
    except KeyError:
        raise InputError(
            f"{what} names external @{transfer.external}, which is not defined"
        ) from None
    if fifo.dtype != external.dtype:
        raise InputError(
            f"{what}: the fifo carries {fifo.dtype} but @{external.name} holds {external.dtype}"
        )
    if transfer.channel < 0:
        raise InputError(f"{what}: channel must not be negative")
    if not transfer.patterns:
        raise InputError(f"{what} needs at least one access pattern")
    for index, pattern in enumerate(transfer.patterns):
        if (
            not pattern.sizes
            or len(pattern.sizes) != len(pattern.strides)
            or pattern.offset < 0
            or min(pattern.sizes) < 1
            or min(pattern.strides) < 0
        ):
            raise InputError(
                f"{what}: pattern {index} needs one stride per size, positive sizes and "
                "non-negative offset and strides"
            )
    if transfer.direction is Direction.MM2S and fifo.producer != transfer.shim:
        raise InputError(f"{what}: mm2s needs shim {transfer.shim} to be the fifo's producer")
    if transfer.direction is Direction.S2MM and transfer.shim not in _consumer_tiles(fifo):
        raise InputError(f"{what}: s2mm needs shim {transfer.shim} to be a consumer of the fifo")


def _check_link(program: TileProgram, link: Link) -> None:
    where = f"{link.mode.value} link at {link.tile}"
    arity = (len(link.inputs), len(link.outputs))
    wrong = (
        min(arity) < 1
        or (link.mode is LinkMode.FORWARD and arity != (1, 1))
        or (link.mode is LinkMode.JOIN and arity[1] != 1)
        or (link.mode is LinkMode.DISTRIBUTE and arity[0] != 1)
    )
    if wrong:
        raise InputError(f"{where} cannot map {arity[0]} inputs to {arity[1]} outputs")
    for name in link.inputs:
        _check_role(program, link.tile, name, Port.CONSUME, where)
    for name in link.outputs:
        _check_role(program, link.tile, name, Port.PRODUCE, where)
    inputs = [program.fifo(name) for name in link.inputs]
    outputs = [program.fifo(name) for name in link.outputs]
    if len({fifo.dtype for fifo in inputs + outputs}) > 1:
        raise InputError(f"{where}: inputs and outputs must carry one dtype")
    elements_in = sum(fifo.token_elements for fifo in inputs)
    elements_out = sum(fifo.token_elements for fifo in outputs)
    if elements_in != elements_out:
        raise InputError(f"{where} takes {elements_in} elements per step but sends {elements_out}")
    for name in link.outputs:
        others = [other.tile for other in program.links if name in other.outputs]
        if len(others) > 1:
            raise InputError(f"fifo @{name} is the output of {len(others)} links")


# --- tiles and reach --------------------------------------------------------------------


def _top_row(device: Device) -> int:
    array = device.array
    return max(array.shim_row, *array.memory_tile_rows, *array.compute_rows)


def checked_kind(device: Device, tile: Coord, what: str) -> TileKind:
    """The kind of `tile`; an `InputError` naming `what` if it is off the array."""
    kind = device.kind(tile)
    if kind is None:
        raise InputError(
            f"{what} {tile} is outside the {device.name} array "
            f"({device.array.columns} columns, rows 0-{_top_row(device)})"
        )
    return kind


def _interfaces(program: TileProgram) -> dict[tuple[str, Coord], Interface]:
    """How each fifo end at a shim meets the outside: keyed by (fifo, shim tile)."""
    return {(t.fifo, t.shim): t.interface for t in program.transfers}


def _check_tiles(program: TileProgram, device: Device) -> None:
    """Every tile exists and each role sits on a tile kind that can play it."""
    interfaces = _interfaces(program)
    for fifo in program.fifos:
        _check_fifo_tiles(fifo, device, interfaces)
    for core in program.cores:
        kind = checked_kind(device, core.tile, "core")
        if kind is not TileKind.COMPUTE:
            raise InputError(
                f"core at {core.tile} must be on a compute tile; {core.tile} is a {kind.value} tile"
            )
    for transfer in program.transfers:
        what = f"transfer of @{transfer.fifo}"
        kind = checked_kind(device, transfer.shim, f"{what}: shim")
        if kind is not TileKind.SHIM:
            raise InputError(
                f"{what} must run on a shim tile; {transfer.shim} is a {kind.value} tile"
            )
        _check_shim_interface(device, transfer.shim, kind, transfer.interface, what)
    for link in program.links:
        if checked_kind(device, link.tile, "link") is TileKind.SHIM:
            raise InputError(
                f"link at {link.tile} must be on a memory or compute tile; {link.tile} is a "
                "shim tile"
            )


def _check_fifo_tiles(
    fifo: Fifo, device: Device, interfaces: dict[tuple[str, Coord], Interface]
) -> None:
    what = f"fifo @{fifo.name}"
    producer = checked_kind(device, fifo.producer, f"{what}: producer")
    pool = checked_kind(device, fifo.pool_tile, f"{what}: pool tile")
    via = interfaces.get((fifo.name, fifo.producer), Interface.SHIM)
    _check_shim_interface(device, fifo.producer, producer, via, what)
    for end in fifo.consumers:
        via = interfaces.get((fifo.name, end.tile), Interface.SHIM)
        _check_end_tiles(fifo, end, producer, device, via)
    if producer is TileKind.SHIM and fifo.pool_tile != fifo.producer:
        raise InputError(
            f"{what} is produced by shim {fifo.producer}, which has no memory: its pool tile "
            f"must be the shim itself, not {fifo.pool_tile}"
        )
    if producer is TileKind.SHIM:
        return
    if pool is TileKind.SHIM:
        raise InputError(
            f"{what}: pool tile {fifo.pool_tile} is a shim tile; pools live in compute or "
            "memory tiles"
        )
    if fifo.depth < 1:
        raise InputError(
            f"{what}: depth 0 leaves its pool at {fifo.pool_tile} without buffers; give at least 1"
        )


def _check_end_tiles(
    fifo: Fifo, end: FifoEnd, producer: TileKind, device: Device, interface: Interface
) -> None:
    what = f"fifo @{fifo.name}"
    kind = checked_kind(device, end.tile, f"{what}: consumer")
    _check_shim_interface(device, end.tile, kind, interface, what)
    if kind is TileKind.SHIM and end.via is Via.SHARED:
        raise InputError(
            f"{what}: the end at shim {end.tile} must be dma; shims have no memory to share"
        )
    if producer is TileKind.SHIM and end.via is Via.SHARED:
        raise InputError(
            f"{what}: consumer {end.tile} cannot share memory with shim producer "
            f"{fifo.producer}; use dma"
        )
    if kind is not TileKind.SHIM and end.via is Via.DMA and end.depth < 1:
        raise InputError(
            f"{what}: the dma end at {end.tile} has depth 0; it needs at least one buffer"
        )
    if end.landing is None:
        return
    landing = checked_kind(device, end.landing, f"{what}: landing tile")
    if kind is not TileKind.COMPUTE or landing is not TileKind.COMPUTE:
        raise InputError(
            f"{what}: only a core's dma end can land on a neighbour compute tile; "
            f"{end.tile} is a {kind.value} tile landing on a {landing.value} tile"
        )


def _check_shim_interface(
    device: Device, tile: Coord, kind: TileKind, interface: Interface, what: str
) -> None:
    """A shim end's column has the DMA or the PL streams it uses."""
    if kind is not TileKind.SHIM:
        return
    if interface is Interface.PL:
        if tile.col not in device.pl.stream_columns:
            columns = ", ".join(str(col) for col in device.pl.stream_columns) or "none"
            raise InputError(
                f"{what}: shim {tile} has no PL streams on {device.name} (PL stream columns: "
                f"{columns})"
            )
    elif tile.col not in device.array.shim_dma_columns:
        columns = ", ".join(str(col) for col in device.array.shim_dma_columns)
        raise InputError(
            f"{what}: shim {tile} has no DMA on {device.name} (DMA columns: {columns})"
        )


def _check_reach(program: TileProgram, device: Device) -> None:
    """Cores reach the pools they use in place; links read and send their own tile's."""
    outputs, inputs = _link_outputs(program), _link_inputs(program)
    for fifo in program.fifos:
        what = f"fifo @{fifo.name}"
        link = outputs.get(fifo.name)
        if link is not None and fifo.pool_tile != link.tile:
            raise InputError(
                f"{what}: the link at {link.tile} sends it, so its pool must be at "
                f"{link.tile}, not {fifo.pool_tile}"
            )
        if link is None and device.kind(fifo.producer) is TileKind.COMPUTE:
            _check_reaches(device, fifo.producer, fifo.pool_tile, f"{what}: core")
        for end in fifo.consumers:
            _check_end_reach(fifo, end, inputs.get((fifo.name, end.tile)), device)


def _check_end_reach(fifo: Fifo, end: FifoEnd, reader: Link | None, device: Device) -> None:
    """A consumer reaches the pool it reads: the producer's (shared) or its landing (dma);
    a link (`reader`) reads only its own tile's memory."""
    what = f"fifo @{fifo.name}"
    pool = fifo.pool_tile if end.via is Via.SHARED else end.pool_tile
    if reader is not None and pool != end.tile:
        how = "in place" if end.via is Via.SHARED else "from its dma pool"
        raise InputError(
            f"{what}: the link at {end.tile} reads it {how}, so the pool must be at "
            f"{end.tile}, not {pool}"
        )
    if reader is not None or pool == end.tile:
        return
    if device.kind(end.tile) is not TileKind.COMPUTE:
        raise InputError(
            f"{what}: the shared end at {end.tile} has no core to read the pool; use dma, "
            "or a link that reads it in place"
        )
    _check_reaches(device, end.tile, pool, f"{what}: consumer")


def _check_reaches(device: Device, core: Coord, pool: Coord, who: str) -> None:
    reach = device.reachable_memories(core)
    if pool not in reach:
        raise InputError(
            f"{who} {core} cannot reach the pool at {pool}; it reaches "
            f"{', '.join(str(tile) for tile in reach)} ({device.array.neighbour_rule})"
        )


# --- DMA channels and streams -------------------------------------------------------------


def _channel_limit(
    device: Device, kind: TileKind, direction: Direction, interface: Interface
) -> int:
    mm2s = direction is Direction.MM2S
    if kind is TileKind.SHIM and interface is Interface.PL:
        return device.pl.streams_in if mm2s else device.pl.streams_out
    if kind is TileKind.SHIM:
        return device.dma.shim_mm2s_channels if mm2s else device.dma.shim_s2mm_channels
    if kind is TileKind.MEMORY:
        return (
            device.memory_tile.dma_mm2s_channels if mm2s else device.memory_tile.dma_s2mm_channels
        )
    return device.dma.tile_mm2s_channels if mm2s else device.dma.tile_s2mm_channels


PACKET_IDS = 32
"""Packet ids a stream switch distinguishes (5-bit id in the packet header, AM009/AM020)."""


def _check_channels(program: TileProgram, device: Device) -> None:
    """Every DMA end has a channel in range, and no channel serves two fifos unless all
    of them are packet-switched with distinct packet ids."""
    users: dict[tuple[Coord, Direction, int, Interface], str] = {}
    packets: dict[tuple[Coord, int], dict[int, str]] = defaultdict(dict)

    def use_packet(fifo: Fifo, end: FifoEnd) -> None:
        assert end.packet is not None
        assert end.channel is not None
        if not 0 <= end.packet < PACKET_IDS:
            raise ResourceError(
                f"fifo @{fifo.name}: packet id {end.packet} is out of range 0-{PACKET_IDS - 1}"
            )
        if len(_landings(fifo)) != 1:
            raise InputError(f"fifo @{fifo.name}: a packet-switched fifo has one dma landing")
        ids = packets[(end.pool_tile, end.channel)]
        if end.packet in ids:
            raise ResourceError(
                f"S2MM channel {end.channel} of {end.pool_tile}: @{ids[end.packet]} and "
                f"@{fifo.name} both use packet id {end.packet}"
            )
        ids[end.packet] = fifo.name

    interfaces = _interfaces(program)

    def use(tile: Coord, direction: Direction, channel: int | None, fifo: Fifo, role: str) -> None:
        interface = interfaces.get((fifo.name, tile), Interface.SHIM)
        pl = interface is Interface.PL
        name = direction.value.upper() if not pl else f"PL {direction.value}"
        unit = "stream" if pl else "channel"
        if channel is None:
            raise ResourceError(f"fifo @{fifo.name}: {role} at {tile} has no {name} {unit}")
        kind = checked_kind(device, tile, f"fifo @{fifo.name}: {role}")
        limit = _channel_limit(device, kind, direction, interface)
        if not 0 <= channel < limit:
            have = f"{unit}s 0-{limit - 1}" if limit else f"no {name} {unit}s"
            raise ResourceError(
                f"fifo @{fifo.name} uses {name} {unit} {channel} of {kind.value} tile "
                f"{tile}, which has {have}"
            )
        key = (tile, direction, channel, interface)
        if key in users:
            shared = (tile, channel) in packets and users[key] in packets[(tile, channel)].values()
            if pl or not (shared and fifo.packet_channel == (tile, channel)):
                raise ResourceError(
                    f"{name} {unit} {channel} of {tile} is used by both @{users[key]} and "
                    f"@{fifo.name} (only packet-switched ends, each with its packet id, may "
                    "share a DMA channel)"
                )
        users[key] = fifo.name

    for fifo in program.fifos:
        if not fifo.uses_dma and fifo.channel is not None:
            raise InputError(
                f"fifo @{fifo.name} has MM2S channel {fifo.channel} but no dma consumer"
            )
        if fifo.uses_dma:
            use(fifo.pool_tile, Direction.MM2S, fifo.channel, fifo, "its pool")
        for end in _landings(fifo):
            if end.packet is not None and end.channel is not None:
                use_packet(fifo, end)
            use(end.pool_tile, Direction.S2MM, end.channel, fifo, f"the dma end of {end.tile}")
        for end in fifo.consumers:
            if end.via is Via.SHARED and end.packet is not None:
                raise InputError(f"fifo @{fifo.name}: a shared end has no packet id")


def _landings(fifo: Fifo) -> list[FifoEnd]:
    """The fifo's DMA ends, one per landing (tile, channel): ends naming the same one
    share its pool (each token lands there once)."""
    seen: dict[tuple[Coord, int | None], FifoEnd] = {}
    for end in fifo.consumers:
        if end.via is not Via.DMA:
            continue
        first = seen.setdefault((end.pool_tile, end.channel), end)
        if first is not end and (first.depth, first.hops, first.packet) != (
            end.depth,
            end.hops,
            end.packet,
        ):
            raise InputError(
                f"fifo @{fifo.name}: the dma ends of {first.tile} and {end.tile} share the "
                f"landing at {end.pool_tile} channel {end.channel} but give different depth, "
                "hops or packet id"
            )
    return list(seen.values())


def _check_streams(program: TileProgram, device: Device) -> None:
    """DMA routes stay on the array, ends state their route length, lanes suffice."""
    users: dict[routing.Edge, list[str]] = defaultdict(list)
    for fifo in program.fifos:
        targets = [end for end in fifo.consumers if end.via is Via.DMA]
        for end in targets:
            steps = routing.path(fifo.pool_tile, end.pool_tile)
            for tile, direction in steps:
                if device.kind(tile) is None:
                    raise ResourceError(
                        f"fifo @{fifo.name}: the route from {fifo.pool_tile} to "
                        f"{end.pool_tile} leaves the array at {tile} going {direction}"
                    )
            if end.hops != len(steps):
                raise InputError(
                    f"fifo @{fifo.name}: the dma end of {end.tile} gives {end.hops} hops, but "
                    f"the route from {fifo.pool_tile} to {end.pool_tile} takes {len(steps)}"
                )
        destinations = [end.pool_tile for end in targets]
        merged = fifo.packet_channel
        # Packet-switched fifos into one channel share their stream ports.
        stream = fifo.name if merged is None else f"packets to {merged[0]} s2mm {merged[1]}"
        for edge in routing.multicast_edges(fifo.pool_tile, destinations):
            if stream not in users[edge]:
                users[edge].append(stream)
    for (tile, direction), names in sorted(users.items()):
        lanes = getattr(device.stream, f"{direction}_lanes")
        if len(names) > lanes:
            raise ResourceError(
                f"{len(names)} streams leave {tile} going {direction}, but it has {lanes} "
                f"{direction} lanes: {_fifo_names(names)}"
            )


# --- shim I/O ------------------------------------------------------------------------------


def _check_shim_io(program: TileProgram, device: Device) -> None:
    """Each shim end has exactly one transfer on its channel; patterns fit and carry
    whole tokens."""
    for fifo in program.fifos:
        if device.kind(fifo.producer) is TileKind.SHIM:
            _one_transfer(program, fifo, fifo.producer, Direction.MM2S, fifo.channel)
        for end in fifo.consumers:
            if device.kind(end.tile) is TileKind.SHIM:
                _one_transfer(program, fifo, end.tile, Direction.S2MM, end.channel)
    for transfer in program.transfers:
        fifo = program.fifo(transfer.fifo)
        external = program.external(transfer.external)
        for index, pattern in enumerate(transfer.patterns):
            what = f"pattern {index} of the transfer of @{fifo.name}"
            last = pattern.offset + sum(
                (size - 1) * stride
                for size, stride in zip(pattern.sizes, pattern.strides, strict=True)
            )
            if last >= external.elements:
                raise InputError(
                    f"{what} reaches element {last} of @{external.name}, which has "
                    f"{external.elements} elements"
                )
            if pattern.elements % fifo.token_elements:
                raise InputError(
                    f"{what} moves {pattern.elements} elements, not a whole number of "
                    f"{fifo.token_elements}-element tokens"
                )


def _one_transfer(
    program: TileProgram, fifo: Fifo, shim: Coord, direction: Direction, channel: int | None
) -> None:
    found = [
        transfer
        for transfer in program.transfers
        if transfer.fifo == fifo.name and transfer.shim == shim and transfer.direction is direction
    ]
    role = "is produced by" if direction is Direction.MM2S else "is consumed at"
    if len(found) != 1:
        amount = "no" if not found else str(len(found))
        raise InputError(
            f"fifo @{fifo.name} {role} shim {shim} but has {amount} {direction.value} "
            "transfers there; give exactly one (with several patterns if needed)"
        )
    if found[0].channel != channel:
        raise InputError(
            f"the {direction.value} transfer of @{fifo.name} uses channel {found[0].channel} "
            f"of {shim}, but the fifo uses channel {channel} there"
        )


# --- memory and locks ---------------------------------------------------------------------


def _pools(program: TileProgram, device: Device) -> dict[Coord, list[tuple[str, int, int]]]:
    """Token pools resident in each tile's memory: (label, buffers, bytes per buffer)."""
    pools: dict[Coord, list[tuple[str, int, int]]] = defaultdict(list)
    for fifo in program.fifos:
        if device.kind(fifo.producer) is not TileKind.SHIM:
            pools[fifo.pool_tile].append((f"fifo {fifo.name}", fifo.depth, fifo.token_bytes))
        for end in _landings(fifo):
            if device.kind(end.tile) is not TileKind.SHIM:
                label = f"fifo {fifo.name} end of {end.tile}"
                pools[end.pool_tile].append((label, end.depth, fifo.token_bytes))
    return pools


def memory_usage(program: TileProgram, device: Device) -> dict[Coord, list[tuple[str, int]]]:
    """Itemized bytes per tile: the stack of each core and every resident pool
    (depth x token bytes, so double buffers count twice)."""
    usage: dict[Coord, list[tuple[str, int]]] = defaultdict(list)
    for core in program.cores:
        usage[core.tile].append(("stack", device.core.stack_bytes))
    for tile, pools in _pools(program, device).items():
        for label, buffers, unit in pools:
            usage[tile].append((f"{label} ({buffers} x {unit} B)", buffers * unit))
    return dict(sorted(usage.items()))


def _check_memory(program: TileProgram, device: Device) -> None:
    for tile, items in memory_usage(program, device).items():
        kind = device.kind(tile)
        memory = (
            device.memory_tile.bytes if kind is TileKind.MEMORY else device.core.local_memory_bytes
        )
        used = sum(size for _, size in items)
        if used > memory:
            listing = ", ".join(f"{label} {_size(size)}" for label, size in items)
            raise ResourceError(
                f"tile {tile} needs {_size(used)} of its {_size(memory)} data memory "
                f"({used - memory} B over): {listing}"
            )


def _core_local(fifo: Fifo) -> bool:
    """A fifo one core both produces and consumes in place: the core's program order
    synchronizes it, so it needs no locks."""
    return all(end.via is Via.SHARED and end.tile == fifo.producer for end in fifo.consumers)


def lock_usage(program: TileProgram, device: Device) -> dict[Coord, list[tuple[str, int]]]:
    """Itemized locks per tile: AIE1 binary locks take one per buffer of each resident
    pool (MLIR-AIE's objectFIFO lowering), AIE2 counting locks two per pool; core-local
    buffers take none."""
    local = {f"fifo {fifo.name}" for fifo in program.fifos if _core_local(fifo)}
    usage: dict[Coord, list[tuple[str, int]]] = {}
    for tile, pools in sorted(_pools(program, device).items()):
        usage[tile] = [
            (label, 2 if device.locks.counting else buffers)
            for label, buffers, _ in pools
            if label not in local
        ]
    return usage


def _check_locks(program: TileProgram, device: Device) -> None:
    rule = (
        "counting locks, two per pool" if device.locks.counting else "binary locks, one per buffer"
    )
    for tile, items in lock_usage(program, device).items():
        kind = device.kind(tile)
        budget = device.memory_tile.locks if kind is TileKind.MEMORY else device.locks.per_tile
        total = sum(count for _, count in items)
        if total > budget:
            listing = ", ".join(f"{label} {count}" for label, count in items)
            raise ResourceError(
                f"tile {tile} needs {total} locks of its {budget} ({rule}): {listing}"
            )


# --- token balance -----------------------------------------------------------------------


_Key = tuple[str, Port]


@dataclass
class _CoreWalk:
    """What a core's loop nest does to its fifos, statically."""

    released: Counter[_Key] = field(default_factory=Counter)
    largest_acquire: dict[_Key, int] = field(default_factory=dict)


@dataclass(frozen=True)
class FifoTokens:
    """Static token counts of one fifo for the whole run."""

    produced: int
    consumed: dict[Coord, int]
    """Tokens each consumer end takes (releases), by consumer tile."""


def _walk_core(program: TileProgram, core: Core) -> _CoreWalk:
    walk = _CoreWalk(released=_released(core.body))
    _walk(program, core, core.body, {}, walk)
    return walk


def _released(steps: Iterable[Step]) -> Counter[_Key]:
    """Tokens released per (fifo, port) over the whole loop nest."""
    total: Counter[_Key] = Counter()
    for step in steps:
        if isinstance(step, Release):
            total[(step.fifo, step.port)] += step.count
        elif isinstance(step, Loop):
            for key, count in _released(step.body).items():
                total[key] += count * step.count
    return total


def _walk(
    program: TileProgram, core: Core, steps: Iterable[Step], held: dict[_Key, int], walk: _CoreWalk
) -> None:
    """Track held counts abstractly: acquire n holds max(held, n), release m hands back m.

    A loop body repeats until the held counts entering it repeat: every later iteration
    then replays that one exactly. Held counts only move monotonically within their
    largest acquire, so this takes a few iterations, not `count`.
    """
    who = f"core {core.tile}"
    for step in steps:
        if isinstance(step, Loop):
            for _ in range(step.count):
                before = dict(held)
                _walk(program, core, step.body, held, walk)
                if held == before:
                    break
            continue
        if isinstance(step, Run):
            kernel = program.kernel(step.kernel)
            for index, (name, operand) in enumerate(zip(step.fifos, kernel.operands, strict=True)):
                have = held.get((name, operand.port), 0)
                need = step.offset(index) + operand.window
                if have < need:
                    raise InputError(
                        f"{who}: run @{kernel.name} needs {need} held tokens of @{name} on "
                        f"{operand.port.value} (operand #{index}) but holds {have}"
                    )
            continue
        key = (step.fifo, step.port)
        have = held.get(key, 0)
        if isinstance(step, Acquire):
            held[key] = max(have, step.count)
            walk.largest_acquire[key] = max(walk.largest_acquire.get(key, 0), step.count)
            continue
        if step.count > have:
            raise InputError(
                f"{who} releases {step.count} of @{step.fifo} on {step.port.value} but holds "
                f"only {have}"
            )
        held[key] = have - step.count


def token_counts(program: TileProgram) -> dict[str, FifoTokens]:
    """Tokens each fifo's producer sends and each consumer end takes over the whole run.

    Cores count their releases times loop trip counts; shim transfers their elements over
    token elements; links pass their inputs' counts on (a join needs equal inputs). Raises
    `InputError` when a core releases tokens it does not hold or runs a kernel on more
    tokens than it holds, and when nothing drives a fifo end.
    """
    return _token_counts(program, _walk_cores(program))


def _walk_cores(program: TileProgram) -> dict[Coord, _CoreWalk]:
    return {core.tile: _walk_core(program, core) for core in program.cores}


def _transferred(program: TileProgram, fifo: Fifo, shim: Coord, direction: Direction) -> int | None:
    """Tokens the transfers of `fifo` at `shim` move, or None if there are none."""
    patterns = [
        pattern
        for transfer in program.transfers
        if transfer.fifo == fifo.name and transfer.shim == shim and transfer.direction is direction
        for pattern in transfer.patterns
    ]
    if not patterns:
        return None
    return sum(pattern.elements for pattern in patterns) // fifo.token_elements


def _token_counts(program: TileProgram, walks: dict[Coord, _CoreWalk]) -> dict[str, FifoTokens]:
    outputs, inputs = _link_outputs(program), _link_inputs(program)
    produced: dict[str, int] = {}

    def count_produced(name: str, visiting: frozenset[str]) -> int:
        if name in produced:
            return produced[name]
        fifo = program.fifo(name)
        link = outputs.get(name)
        total: int | None
        if link is not None:
            if name in visiting:
                raise InputError(f"links forward @{name} in a cycle")
            counts = {i: count_produced(i, visiting | {name}) for i in link.inputs}
            if len(set(counts.values())) > 1:
                listing = ", ".join(f"@{i} {n}" for i, n in counts.items())
                raise InputError(
                    f"{link.mode.value} link at {link.tile} needs as many tokens from each "
                    f"input, but gets {listing}"
                )
            total = next(iter(counts.values()))
        else:
            total = _transferred(program, fifo, fifo.producer, Direction.MM2S)
            if total is None and fifo.producer in walks:
                total = walks[fifo.producer].released[(name, Port.PRODUCE)]
            if total is None:
                raise InputError(
                    f"nothing produces @{name}: no core, link or transfer at {fifo.producer}"
                )
        produced[name] = total
        return total

    counts: dict[str, FifoTokens] = {}
    for fifo in program.fifos:
        total = count_produced(fifo.name, frozenset())
        consumed: dict[Coord, int] = {}
        for tile in _consumer_tiles(fifo):
            taken = total if (fifo.name, tile) in inputs else None
            if taken is None:
                taken = _transferred(program, fifo, tile, Direction.S2MM)
            if taken is None and tile in walks:
                taken = walks[tile].released[(fifo.name, Port.CONSUME)]
            if taken is None:
                raise InputError(
                    f"nothing consumes @{fifo.name} at {tile}: no core, link or transfer there"
                )
            consumed[tile] = taken
        counts[fifo.name] = FifoTokens(total, consumed)
    return counts


def _check_tokens(program: TileProgram) -> None:
    """Pools hold the largest acquire, and every consumer takes what the producer sends."""
    walks = _walk_cores(program)
    for tile, walk in walks.items():
        for (name, port), largest in sorted(walk.largest_acquire.items()):
            fifo = program.fifo(name)
            depth, pool = fifo.depth, "the fifo's depth"
            if port is Port.CONSUME and fifo.end(tile).via is Via.DMA:
                depth, pool = fifo.end(tile).depth, "its dma end's depth"
            if largest > depth:
                raise InputError(
                    f"core {tile} acquires {largest} tokens of @{name} on {port.value} at "
                    f"once, but the pool holds {depth} ({pool})"
                )
    for name, tokens in _token_counts(program, walks).items():
        for tile, taken in tokens.consumed.items():
            if taken != tokens.produced:
                producer = program.fifo(name).producer
                raise InputError(
                    f"fifo @{name}: {producer} produces {tokens.produced} tokens but {tile} "
                    f"consumes {taken}; the program would deadlock or leave tokens behind"
                )
