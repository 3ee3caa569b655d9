"""PL streams: transfers that enter and leave the array through an interface tile's
streams from programmable logic rather than through its shim DMA.

Expected cycles come from the vck190 device table: a PL stream carries
`pl.stream_bytes_per_cycle` per cycle like a shim channel, but its data mover has no shim
cold start (C) and no per-task set-up (P). So one token moved in, copied by one core and
moved out takes exactly C + 2 P fewer cycles over PL than over the shim DMA, everything
else on its path being equal.
"""

from __future__ import annotations

from importlib import resources

import numpy as np
import pytest

from sparta.dialects.tile_extract import build_program, extract_program
from sparta.sim.device import load_device, parse_device
from sparta.sim.errors import DeviceModelError, InputError, ResourceError
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
    KernelOp,
    KernelOperand,
    Loop,
    Port,
    Release,
    Run,
    TileProgram,
    Transfer,
    Via,
    Work,
)
from sparta.sim.report import build_report
from sparta.sim.simulator import simulate
from sparta.sim.validate import validate

N = 16
DEVICE = load_device("vck190")
DEVICE_TEXT = resources.files("sparta.sim").joinpath("devices", "vck190.toml").read_text()


def copy_program(column: int, interface: Interface, tokens: int, stream: int = 0) -> TileProgram:
    """Interface tile (column, 0) -> core (column, 1) -> back, one copy per token."""
    shim, core = Coord(column, 0), Coord(column, 1)
    copy = Kernel(
        "copy",
        (
            KernelOperand(Port.CONSUME, 1, (N,), "i32"),
            KernelOperand(Port.PRODUCE, 1, (N,), "i32"),
        ),
        (
            KernelOp(
                "tile.read", (), 0, (N,), "i32", (("operand", 0), ("token", 0), ("start", (0,)))
            ),
            KernelOp(
                "tile.write",
                (0,),
                None,
                (N,),
                "i32",
                (("operand", 1), ("token", 0), ("start", (0,))),
            ),
        ),
    )
    steps = (
        Acquire("in", Port.CONSUME, 1),
        Acquire("out", Port.PRODUCE, 1),
        Run("copy", ("in", "out")),
        Release("in", Port.CONSUME, 1),
        Release("out", Port.PRODUCE, 1),
    )
    pattern = AccessPattern(0, (tokens * N,), (1,))
    return TileProgram(
        name="pl_copy",
        device="vck190",
        externals=(External("x", 0, (tokens * N,), "i32"), External("y", 1, (tokens * N,), "i32")),
        fifos=(
            Fifo("in", shim, shim, (FifoEnd(core, Via.DMA, 2, 0, 1),), (N,), "i32", 0, stream),
            Fifo("out", core, core, (FifoEnd(shim, Via.DMA, 0, stream, 1),), (N,), "i32", 2, 0),
        ),
        kernels=(copy,),
        cores=(Core(core, (Loop(tokens, steps),)),),
        transfers=(
            Transfer("in", "x", Direction.MM2S, shim, stream, (pattern,), interface),
            Transfer("out", "y", Direction.S2MM, shim, stream, (pattern,), interface),
        ),
        work=Work(0, tokens * N * 4, tokens * N * 4, "i32"),
    )


def test_pl_stream_skips_the_shim_cold_start_and_task_set_up() -> None:
    """Column 2 has a shim DMA, column 4 PL streams; the routes are equally long."""
    dma = simulate(copy_program(2, Interface.SHIM, 1), DEVICE, [np.arange(N), np.zeros(N)])
    pl = simulate(copy_program(4, Interface.PL, 1), DEVICE, [np.arange(N), np.zeros(N)])
    saved = DEVICE.dma.shim_cold_start_cycles + 2 * DEVICE.dma.shim_task_overhead_cycles
    assert dma.timing.cycles - pl.timing.cycles == saved
    np.testing.assert_array_equal(pl.outputs[1], np.arange(N))


def test_pl_streams_are_charged_at_their_rate_and_reported() -> None:
    tokens = 64
    data = np.arange(tokens * N, dtype=np.int32)
    program = copy_program(4, Interface.PL, tokens, stream=5)
    run = simulate(program, DEVICE, [data, np.zeros_like(data)])
    np.testing.assert_array_equal(run.outputs[1], data)
    shim = Coord(4, 0)
    into, out = run.timing.channels[(shim, "pl-in", 5)], run.timing.channels[(shim, "pl-out", 5)]
    assert into.bytes == out.bytes == tokens * N * 4
    # Every token takes bytes / rate cycles on the stream plus the landing DMA's buffer
    # descriptor; nothing else is charged to the channel.
    per_token = N * 4 // DEVICE.pl.stream_bytes_per_cycle + DEVICE.dma.bd_overhead_cycles
    assert into.busy == tokens * per_token
    report = build_report(program, DEVICE, run.timing).to_json()
    assert report["pl_streams_used"] == {"in": 1, "out": 1}
    assert report["shim_channels_used"] == {"in": 0, "out": 0}
    # The I/O roofline counts every PL stream besides the shim channels.
    ports_in = DEVICE.shim_channels_in * DEVICE.dma.shim_channel_bytes_per_cycle
    ports_in += DEVICE.pl_streams_in * DEVICE.pl.stream_bytes_per_cycle
    assert ports_in == 32 * 4 + 34 * 8 * 4


def test_pl_columns_and_stream_counts_are_checked() -> None:
    with pytest.raises(InputError, match=r"shim \(2,0\) has no PL streams on vck190"):
        validate(copy_program(2, Interface.PL, 1), DEVICE)
    with pytest.raises(InputError, match=r"shim \(4,0\) has no DMA on vck190"):
        validate(copy_program(4, Interface.SHIM, 1), DEVICE)
    with pytest.raises(ResourceError, match=r"PL mm2s stream 8 of shim tile \(4,0\).*streams 0-7"):
        validate(copy_program(4, Interface.PL, 1, stream=8), DEVICE)
    # Outbound streams are fewer (6): index 6 is out of range for the result's stream.
    with pytest.raises(ResourceError, match=r"PL s2mm stream 6 .* streams 0-5"):
        validate(copy_program(4, Interface.PL, 1, stream=6), DEVICE)


def test_pl_transfers_survive_the_tile_dialect() -> None:
    program = copy_program(4, Interface.PL, 3, stream=2)
    back = extract_program(build_program(program))
    assert back.transfers == program.transfers
    assert all(t.interface is Interface.PL for t in back.transfers)


def test_device_files_describe_their_pl_streams() -> None:
    assert len(DEVICE.pl.stream_columns) == 34
    assert (DEVICE.pl.streams_in, DEVICE.pl.streams_out) == (8, 6)
    assert not set(DEVICE.pl.stream_columns) & set(DEVICE.array.shim_dma_columns)
    assert load_device("npu1").pl_streams_in == 0  # no programmable logic
    text = DEVICE_TEXT.replace(
        "stream_columns = { value = [0, 1,", "stream_columns = { value = [50, 1,"
    )
    with pytest.raises(
        DeviceModelError, match=r"pl\.stream_columns: column 50 is outside the array"
    ):
        parse_device(text, "bad.toml")
