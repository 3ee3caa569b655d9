"""Packet-switched merges: several fifos share one shim S2MM channel, each with its packet
id; the channel carries one packet (a token behind a header word) at a time."""

from __future__ import annotations

from dataclasses import replace
from math import ceil

import numpy as np
import pytest

from sparta.dialects.tile_extract import build_program, extract_program
from sparta.sim.device import load_device
from sparta.sim.errors import InputError, ResourceError
from sparta.sim.program import (
    AccessPattern,
    Acquire,
    Coord,
    Core,
    Direction,
    External,
    Fifo,
    FifoEnd,
    Kernel,
    KernelOp,
    KernelOperand,
    Loop,
    Port,
    Release,
    Run,
    TileProgram,
    Transfer,
    Via,
)
from sparta.sim.routing import hops
from sparta.sim.simulator import simulate
from sparta.sim.validate import validate

VCK190 = load_device("vck190")
SHIM = Coord(2, 0)
LANES = (Coord(2, 1), Coord(2, 2))
TOKENS, WIDTH = 8, 64


def _at(operand: int) -> tuple[tuple[str, object], ...]:
    return (("operand", operand), ("token", 0), ("start", (0,)))


TRIPLE = Kernel(
    "triple",
    (
        KernelOperand(Port.CONSUME, 1, (WIDTH,), "i32"),
        KernelOperand(Port.PRODUCE, 1, (WIDTH,), "i32"),
    ),
    (
        KernelOp("tile.read", (), 0, (WIDTH,), "i32", _at(0)),
        KernelOp("arith.constant", (), 1, (WIDTH,), "i32", (("value", 3),)),
        KernelOp("arith.muli", (0, 1), 2, (WIDTH,), "i32"),
        KernelOp("tile.write", (2,), None, (WIDTH,), "i32", _at(1)),
    ),
)  # fmt: skip


def merged_program(packets: tuple[int | None, int | None] = (0, 1), channels=(0, 0)) -> TileProgram:
    """Two lanes triple their own rows; their outputs merge into one S2MM channel."""
    fifos, cores, transfers = [], [], []
    for lane, tile in enumerate(LANES):
        inp, out = f"in{lane}", f"out{lane}"
        start = FifoEnd(tile, Via.DMA, 2, 0, hops(SHIM, tile))
        fifos.append(Fifo(inp, SHIM, SHIM, (start,), (WIDTH,), "i32", 0, lane))
        end = FifoEnd(SHIM, Via.DMA, 0, channels[lane], hops(tile, SHIM), packet=packets[lane])
        fifos.append(Fifo(out, tile, tile, (end,), (WIDTH,), "i32", 2, 0))
        body = (
            Loop(
                TOKENS,
                (
                    Acquire(inp, Port.CONSUME, 1),
                    Acquire(out, Port.PRODUCE, 1),
                    Run("triple", (inp, out)),
                    Release(out, Port.PRODUCE, 1),
                    Release(inp, Port.CONSUME, 1),
                ),
            ),
        )
        cores.append(Core(tile, body))
        rows = AccessPattern(lane * TOKENS * WIDTH, (TOKENS * WIDTH,), (1,))
        transfers.append(Transfer(inp, "x", Direction.MM2S, SHIM, lane, (rows,)))
        transfers.append(Transfer(out, "y", Direction.S2MM, SHIM, channels[lane], (rows,)))
    externals = (
        External("x", 0, (2 * TOKENS, WIDTH), "i32"),
        External("y", 1, (2 * TOKENS, WIDTH), "i32"),
    )
    return TileProgram(
        "merge", "vck190", externals, tuple(fifos), (TRIPLE,), tuple(cores), tuple(transfers)
    )


def run(program: TileProgram):
    x = np.arange(2 * TOKENS * WIDTH, dtype=np.int32).reshape(2 * TOKENS, WIDTH)
    return x, simulate(program, VCK190, [x, np.zeros_like(x)])


def test_merged_outputs_land_by_packet_id() -> None:
    program = merged_program()
    validate(program, VCK190)
    x, simulation = run(program)
    np.testing.assert_array_equal(simulation.outputs[1], 3 * x)


def test_the_shared_channel_moves_one_packet_at_a_time() -> None:
    """2 x 8 tokens of 256 bytes cross one 4-byte/cycle channel: each packet takes 64
    cycles plus the 1-cycle header and the descriptor overhead, one after another."""
    _, merged = run(merged_program())
    _, separate = run(merged_program(packets=(None, None), channels=(0, 1)))
    packet = ceil(WIDTH * 4 / 4) + 1 + VCK190.dma.bd_overhead_cycles
    channel = merged.timing.channels[(SHIM, "s2mm", 0)]
    assert channel.tokens == 2 * TOKENS
    assert channel.busy == 2 * TOKENS * packet + 2 * VCK190.dma.shim_task_overhead_cycles
    assert channel.last_end - channel.first_start >= channel.busy
    # The separate channels overlap the two lanes; the merged one cannot.
    assert merged.timing.cycles - separate.timing.cycles >= TOKENS * (packet - 1) - packet


def test_packet_ends_round_trip_through_the_dialect() -> None:
    program = merged_program()
    again = extract_program(build_program(program))
    assert again.fifo("out1").consumers[0].packet == 1
    assert again == program


def test_a_channel_is_shared_only_by_distinct_packet_ids() -> None:
    with pytest.raises(ResourceError, match="both use packet id 0"):
        validate(merged_program(packets=(0, 0)), VCK190)
    with pytest.raises(ResourceError, match="only packet-switched ends"):
        validate(merged_program(packets=(0, None)), VCK190)
    with pytest.raises(ResourceError, match="out of range"):
        validate(merged_program(packets=(0, 32)), VCK190)


def test_a_packet_id_needs_a_single_dma_end() -> None:
    program = merged_program()
    fifo = program.fifo("out0")
    shared = replace(fifo, consumers=(*fifo.consumers, FifoEnd(Coord(3, 1), Via.SHARED, packet=2)))
    bad = replace(program, fifos=tuple(shared if f.name == "out0" else f for f in program.fifos))
    with pytest.raises(InputError):
        validate(bad, VCK190)
