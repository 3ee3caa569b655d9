"""Simulator faults are reported, with the tiles and fifos involved, in bounded time.

`test_engine.py` covers deadlocks the engine finds at once on small programs; here:
- a deadlock reached only after many thousand hand-overs, through the `sparta-sim` tool
  (a subprocess with a timeout, so a hang fails the test rather than the suite);
- a deadlock of hundreds of cores, whose report stays a bounded number of lines;
- exhausted locks (more locks than a tile has, releases of locks never acquired) and
  impossible routes (off the array, more streams than a switch has lanes), which
  `simulate` refuses with the offending tile and fifo instead of running the program.
"""

from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import replace
from io import StringIO
from pathlib import Path

import numpy as np
import pytest
from tile_programs import pipeline
from xdsl.dialects.builtin import ModuleOp
from xdsl.printer import Printer

from sparta.dialects.tile_extract import build_program
from sparta.sim.device import Device, load_device
from sparta.sim.errors import DeadlockError, InputError, ResourceError
from sparta.sim.program import (
    Acquire,
    Coord,
    Core,
    Fifo,
    FifoEnd,
    Kernel,
    KernelOp,
    KernelOperand,
    Loop,
    Port,
    Release,
    Run,
    Step,
    TileProgram,
    Via,
)
from sparta.sim.simulator import simulate

NPU1 = load_device("npu1")
VCK190 = load_device("vck190")
N = 16
"""int32 elements per token."""
SECONDS = 10.0
"""Wall-time bound for finding and reporting any fault here."""


def _kernel(name: str, consume: int, produce: int) -> Kernel:
    """Read `consume` tokens (one each) and write their sum (or a constant) to `produce`."""
    shape = (N,)
    operands = [KernelOperand(Port.CONSUME, 1, shape, "i32") for _ in range(consume)]
    operands += [KernelOperand(Port.PRODUCE, 1, shape, "i32") for _ in range(produce)]
    ops = [KernelOp("arith.constant", (), 0, shape, "i32", (("value", 1),))]
    value = 0
    for i in range(consume):
        attrs = (("operand", i), ("token", 0), ("start", (0,)))
        ops.append(KernelOp("tile.read", (), 10 + i, shape, "i32", attrs))
        ops.append(KernelOp("arith.addi", (value, 10 + i), 20 + i, shape, "i32"))
        value = 20 + i
    for j in range(produce):
        attrs = (("operand", consume + j), ("token", 0), ("start", (0,)))
        ops.append(KernelOp("tile.write", (value,), None, shape, "i32", attrs))
    return Kernel(name, tuple(operands), tuple(ops))


def _handover(consume: str | None, produce: str | None, kernel: str) -> list[Step]:
    fifos = tuple(f for f in (consume, produce) if f)
    steps: list[Step] = []
    if consume:
        steps.append(Acquire(consume, Port.CONSUME, 1))
    if produce:
        steps.append(Acquire(produce, Port.PRODUCE, 1))
    steps.append(Run(kernel, fifos))
    if consume:
        steps.append(Release(consume, Port.CONSUME, 1))
    if produce:
        steps.append(Release(produce, Port.PRODUCE, 1))
    return steps


def late_deadlock_fifos(a: Coord, b: Coord, suffix: str = "") -> tuple[Fifo, ...]:
    """Fifos of a pair of cores: f and k from `a` to `b`, g and h back."""
    f, g, h, k = (f"{n}{suffix}" for n in "fghk")
    return (
        Fifo(f, a, b, (FifoEnd(b, Via.SHARED),), (N,), "i32", 2),
        Fifo(g, b, b, (FifoEnd(a, Via.SHARED),), (N,), "i32", 2),
        Fifo(h, b, b, (FifoEnd(a, Via.SHARED),), (N,), "i32", 2),
        Fifo(k, a, b, (FifoEnd(b, Via.SHARED),), (N,), "i32", 2),
    )


def late_deadlock_cores(rounds: int, a: Coord, b: Coord, suffix: str = "") -> tuple[Core, ...]:
    """The pair trades `rounds` tokens each way (f, g), then each waits for the other: `a`
    wants h before it sends k, `b` wants k before it sends h. Every fifo's token count
    balances, so only running the program shows the deadlock."""
    f, g, h, k = (f"{n}{suffix}" for n in "fghk")
    core_a = (
        Loop(rounds, (*_handover(None, f, "make"), *_handover(g, None, "take"))),
        *_handover(h, k, "pass"),
    )
    core_b = (
        Loop(rounds, (*_handover(f, g, "pass"),)),
        *_handover(k, h, "pass"),
    )
    return Core(a, core_a), Core(b, core_b)


KERNELS = (_kernel("make", 0, 1), _kernel("take", 1, 0), _kernel("pass", 1, 1))


def late_deadlock_program(rounds: int) -> TileProgram:
    a, b = Coord(0, 2), Coord(0, 3)
    return TileProgram(
        "late_deadlock",
        "npu1",
        (),
        late_deadlock_fifos(a, b),
        KERNELS,
        late_deadlock_cores(rounds, a, b),
        (),
    )


def program_text(program: TileProgram) -> str:
    stream = StringIO()
    Printer(stream=stream).print_op(ModuleOp([build_program(program)]))
    return stream.getvalue() + "\n"


def test_a_deadlock_after_thousands_of_handovers_is_reported_by_sparta_sim(
    tmp_path: Path,
) -> None:
    source = tmp_path / "late_deadlock.mlir"
    source.write_text(program_text(late_deadlock_program(5000)))
    report = tmp_path / "report.json"
    tool = Path(sys.executable).with_name("sparta-sim")
    start = time.perf_counter()
    done = subprocess.run(
        [str(tool), str(source), "--no-progress", "--report", str(report)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert time.perf_counter() - start < 60
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert lines[0].startswith("error: deadlock at cycle ")
    assert int(lines[0].split("cycle ")[1].split(":")[0]) > 5000  # found late, not at once
    assert "core (0,2) waits to acquire 1 of fifo h (consume)" in done.stderr
    assert "core (0,3) waits to acquire 1 of fifo k (consume)" in done.stderr
    assert "released 1 of fifo g" in done.stderr  # the last hand-overs before it
    assert not report.exists()


def test_a_deadlock_of_hundreds_of_cores_has_a_bounded_report() -> None:
    """200 pairs of cores on vck190 all deadlock; the report lists a dozen and a count."""
    fifos: list[Fifo] = []
    cores: list[Core] = []
    for col in range(VCK190.array.columns):
        for row in VCK190.array.compute_rows[::2]:
            a, b = Coord(col, row), Coord(col, row + 1)
            suffix = f"_{col}_{row}"
            fifos += late_deadlock_fifos(a, b, suffix)
            cores += late_deadlock_cores(20, a, b, suffix)
    program = TileProgram("many", "vck190", (), tuple(fifos), KERNELS, tuple(cores), ())
    start = time.perf_counter()
    with pytest.raises(DeadlockError) as info:
        simulate(program, VCK190, [])
    assert time.perf_counter() - start < SECONDS
    text = str(info.value)
    assert len(cores) == 400
    assert "... and 388 more blocked actors" in text
    assert text.count("waits to acquire") == 12
    assert len(text.splitlines()) < 40
    assert "core (0,1) waits to acquire 1 of fifo h_0_1 (consume)" in text


def with_locks(device: Device, per_tile: int) -> Device:
    return replace(device, locks=replace(device.locks, per_tile=per_tile))


@pytest.mark.parametrize("device", ["vck190", "npu1"])
def test_simulate_refuses_a_tile_out_of_locks(device: str) -> None:
    program = pipeline(device)
    poor = with_locks(load_device(device), 2)
    with pytest.raises(ResourceError) as info:
        simulate(program, poor, _inputs(program))
    message = str(info.value)
    assert "locks of its 2" in message
    assert "tile (" in message
    assert "fifo " in message


def test_simulate_refuses_releasing_a_lock_never_acquired() -> None:
    """A core that releases a fifo it does not hold would hand out unwritten tokens."""
    program = late_deadlock_program(3)
    a, b = program.cores
    extra = Release("f", Port.PRODUCE, 1)
    program = replace(program, cores=(replace(a, body=(*a.body, extra)), b))
    with pytest.raises(InputError, match=r"core \(0,2\) releases 1 of @f on produce but holds"):
        simulate(program, NPU1, [])


def test_simulate_refuses_a_route_off_the_array() -> None:
    """A device without compute row 3: a stream from the shim to row 4 has no switch there."""
    program = pipeline("vck190")
    rows = tuple(r for r in VCK190.array.compute_rows if r != 3)
    gap = replace(VCK190, array=replace(VCK190.array, compute_rows=rows))
    feed = program.fifos[0]
    far = FifoEnd(Coord(feed.producer.col, 4), Via.DMA, 1, 1, 4)
    broken = replace(
        program, fifos=(replace(feed, consumers=(*feed.consumers, far)), *program.fifos[1:])
    )
    with pytest.raises(ResourceError) as info:
        simulate(broken, gap, _inputs(broken))
    col = feed.producer.col
    assert (
        f"fifo @{feed.name}: the route from {feed.producer} to ({col},4) leaves the array "
        f"at ({col},3) going north" in str(info.value)
    )


def test_simulate_refuses_more_streams_than_lanes() -> None:
    program = pipeline("npu1")
    narrow = replace(NPU1, stream=replace(NPU1.stream, north_lanes=0))
    with pytest.raises(ResourceError, match=r"streams leave \(\d+,\d+\) going north, but it has 0"):
        simulate(program, narrow, _inputs(program))


def _inputs(program: TileProgram) -> list[np.ndarray]:
    return [
        np.zeros(e.shape, np.int32) for e in sorted(program.externals, key=lambda e: e.arg_index)
    ]
