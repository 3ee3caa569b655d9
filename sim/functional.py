"""Execute a simulated program's data path on real arrays, in dependency-level batches.

The timing engine records every kernel invocation with the token windows it used and its
dependency level (one more than the level of the last write or read of any of those
tokens). Invocations of one level never depend on each other, so all those of a kernel
bound to the same fifos run as one vectorized numpy batch. Shim transfers gather the input
streams from the external arrays with their access patterns first and scatter the output
streams back at the end, exactly as the DMA descriptors say: a wrong pattern, window, fifo
binding or kernel gives wrong numbers, which `--check` catches.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from sparta.sim.engine import EngineResult, LinkRecord, RunRecord
from sparta.sim.errors import SimulationError
from sparta.sim.program import (
    AccessPattern,
    Direction,
    External,
    Fifo,
    KernelOp,
    LinkMode,
    TileProgram,
)
from sparta.sim.vector_ops import apply_op, numpy_dtype


def pattern_addresses(patterns: Sequence[AccessPattern]) -> np.ndarray:
    """Flat element addresses of one or more access patterns, in stream order."""
    parts = []
    for pattern in patterns:
        address = np.asarray(pattern.offset, dtype=np.int64)
        for size, stride in zip(pattern.sizes, pattern.strides, strict=True):
            address = address[..., None] + np.arange(size, dtype=np.int64) * stride
        parts.append(address.reshape(-1))
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)


def execute(
    program: TileProgram, timing: EngineResult, inputs: Sequence[np.ndarray]
) -> list[np.ndarray]:
    """The entry function's arguments after the run (inputs are not modified)."""
    memory = {ext.name: _buffer(ext, inputs[ext.arg_index]) for ext in program.externals}
    streams = {
        fifo.name: np.zeros(
            (timing.tokens[fifo.name], *fifo.token_shape), dtype=numpy_dtype(fifo.dtype)
        )
        for fifo in program.fifos
    }
    for transfer in program.transfers:
        if transfer.direction is Direction.MM2S:
            fifo = program.fifo(transfer.fifo)
            data = memory[transfer.external][pattern_addresses(transfer.patterns)]
            streams[fifo.name][...] = data.reshape(streams[fifo.name].shape)
    work: dict[int, list[RunRecord | LinkRecord]] = {}
    for record in timing.runs.values():
        work.setdefault(record.level, []).append(record)
    for link_record in timing.links.values():
        work.setdefault(link_record.level, []).append(link_record)
    for level in sorted(work):
        for item in work[level]:
            if isinstance(item, RunRecord):
                _run_batch(program, item, streams)
            else:
                _link_batch(program, item, streams)
    for transfer in program.transfers:
        if transfer.direction is Direction.S2MM:
            addresses = pattern_addresses(transfer.patterns)
            stream = streams[transfer.fifo].reshape(-1)
            if stream.size != addresses.size:
                raise SimulationError(
                    f"fifo {transfer.fifo} carried {stream.size} elements but its output "
                    f"transfer to {transfer.external} writes {addresses.size}"
                )
            memory[transfer.external][addresses] = stream
    outputs = [np.array(array) for array in inputs]
    for ext in program.externals:
        buffer = memory[ext.name].reshape(ext.shape)
        outputs[ext.arg_index] = buffer[_inside(ext)] if ext.margin else buffer
    return outputs


def _inside(ext: External) -> tuple[slice, ...]:
    """Where the argument's array sits in its padded buffer."""
    return tuple(slice(lo, n - hi) for n, (lo, hi) in zip(ext.shape, ext.margin, strict=True))


def _buffer(ext: External, array: np.ndarray) -> np.ndarray:
    """The external buffer of `array`, flat: a copy, inside its zero margin if it has one."""
    if not ext.margin:
        return np.array(array).reshape(-1)
    buffer = np.zeros(ext.shape, dtype=np.asarray(array).dtype)
    buffer[_inside(ext)] = array
    return buffer.reshape(-1)


def _run_batch(program: TileProgram, record: RunRecord, streams: dict[str, np.ndarray]) -> None:
    """Run every invocation of one kernel at one level as a single numpy batch."""
    kernel = program.kernel(record.kernel)
    heads = np.asarray(record.heads, dtype=np.int64)
    operand_streams = [streams[name] for name in record.fifos]
    values: dict[int, np.ndarray] = {}
    for op in kernel.ops:
        if op.opcode == "tile.read":
            index = _token_index(op, heads, operand_streams)
            assert op.result is not None
            values[op.result] = operand_streams[op.int_attr("operand")][index]
        elif op.opcode == "tile.write":
            index = _token_index(op, heads, operand_streams)
            target = operand_streams[op.int_attr("operand")]
            value = values[op.operands[0]]
            target[index] = np.broadcast_to(value, (len(heads), *op.shape))
        elif op.opcode == "tile.coord":
            assert op.result is not None
            values[op.result] = _coordinates(op, heads[:, len(kernel.operands) :])
        elif op.opcode == "tile.gather":
            assert op.result is not None
            offsets = [values[i] for i in op.operands]
            values[op.result] = _gather(op, heads, operand_streams, offsets)
        elif op.opcode != "tile.yield":
            result = apply_op(op, [values[i] for i in op.operands])
            if op.result is not None:
                values[op.result] = result


def _token_index(
    op: KernelOp, heads: np.ndarray, streams: list[np.ndarray]
) -> tuple[np.ndarray | slice, ...]:
    operand = op.int_attr("operand")
    token = op.int_attr("token")
    start = op.ints_attr("start")
    sizes = op.shape
    rows = heads[:, operand] + token
    if rows.size and rows.max() >= len(streams[operand]):
        raise SimulationError(f"kernel reads token {int(rows.max())} past the end of its stream")
    return (rows, *(slice(s, s + n) for s, n in zip(start, sizes, strict=True)))


def _coordinates(op: KernelOp, args: np.ndarray) -> np.ndarray:
    """`tile.coord`: the run's argument `arg` at every point, plus the point's position
    along result axis `axis` (none when it is -1)."""
    base = args[:, op.int_attr("arg")].astype(numpy_dtype(op.dtype))
    value = base.reshape((len(base),) + (1,) * len(op.shape))
    axis = op.int_attr("axis")
    if axis >= 0:
        steps = [1] * (len(op.shape) + 1)
        steps[axis + 1] = op.shape[axis]
        value = value + np.arange(op.shape[axis], dtype=value.dtype).reshape(steps)
    return np.broadcast_to(value, (len(base), *op.shape))


def _gather(
    op: KernelOp, heads: np.ndarray, streams: list[np.ndarray], offsets: list[np.ndarray]
) -> np.ndarray:
    """`tile.gather`: every point reads its operand's window at its own offset: token
    `token + offsets[0]` past the window head when `rows` is set (the first offset is then
    along the stream), and inside the token at `start + position + offset` per axis."""
    operand = op.int_attr("operand")
    stream = streams[operand]
    batch = len(heads)
    shape = (batch, *op.shape)
    rows = op.int_attr("rows")
    base = heads[:, operand] + op.int_attr("token")
    token = np.broadcast_to(base.reshape((batch,) + (1,) * len(op.shape)), shape)
    if rows:
        token = token + offsets[0].astype(np.int64)
        offsets = offsets[1:]
    index: list[np.ndarray] = [token]
    for axis, (start, offset) in enumerate(zip(op.ints_attr("start"), offsets, strict=True)):
        steps = [1] * (len(op.shape) + 1)
        steps[axis + 1] = op.shape[axis]
        position = np.arange(op.shape[axis], dtype=np.int64).reshape(steps) + start
        index.append(np.broadcast_to(position + offset.astype(np.int64), shape))
    if token.size and (token.min() < 0 or token.max() >= len(stream)):
        raise SimulationError("tile.gather reads a token outside its stream")
    return np.asarray(stream[tuple(index)])


def _link_batch(program: TileProgram, record: LinkRecord, streams: dict[str, np.ndarray]) -> None:
    """Forward, join or split the tokens of every step of one link at one level."""
    link = record.link
    ins = np.asarray([s[0] for s in record.steps], dtype=np.int64)
    outs = np.asarray([s[1] for s in record.steps], dtype=np.int64)
    in_fifos = [program.fifo(name) for name in link.inputs]
    out_fifos = [program.fifo(name) for name in link.outputs]
    if link.mode is LinkMode.FORWARD:
        streams[out_fifos[0].name][outs[:, 0]] = streams[in_fifos[0].name][ins[:, 0]]
        return
    if link.mode is LinkMode.JOIN:
        parts = [_flat(streams[f.name][ins[:, j]], f) for j, f in enumerate(in_fifos)]
        joined = np.concatenate(parts, axis=1)
        out = out_fifos[0]
        streams[out.name][outs[:, 0]] = joined.reshape((len(outs), *out.token_shape))
        return
    whole = _flat(streams[in_fifos[0].name][ins[:, 0]], in_fifos[0])
    offset = 0
    for j, out in enumerate(out_fifos):
        size = out.token_elements
        part = whole[:, offset : offset + size]
        streams[out.name][outs[:, j]] = part.reshape((len(outs), *out.token_shape))
        offset += size


def _flat(tokens: np.ndarray, fifo: Fifo) -> np.ndarray:
    return tokens.reshape(len(tokens), fifo.token_elements)
