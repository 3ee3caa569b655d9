"""Hand-written `TileProgram`s for the tile dialect and validator tests.

`pipeline(device)` is a small hdiff-like two-stage pipeline that is valid on each bundled
device: a shim streams the rows of a 10 x 20 int32 grid to two cores; core A computes a
5-point Laplacian row from a sliding window of 3 input rows and hands it to core B in
shared memory; core B limits a flux with a compare-and-select and streams 6 output rows of
16 back to the shim. On devices with memory tiles the input goes through a memory tile's
link. Tests break one rule at a time with `dataclasses.replace`.
"""

from __future__ import annotations

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
    Link,
    LinkMode,
    Loop,
    Port,
    Release,
    Run,
    TileProgram,
    Transfer,
    Via,
    Work,
)
from sparta.sim.routing import hops

ROWS, COLS = 10, 20
LAP, OUT = COLS - 2, COLS - 4
OUT_ROWS = ROWS - 4


def read(result: int, operand: int, token: int, start: int, size: int) -> KernelOp:
    attrs = (("operand", operand), ("token", token), ("start", (start,)))
    return KernelOp("tile.read", (), result, (size,), "i32", attrs)


def write(value: int, operand: int, size: int) -> KernelOp:
    attrs = (("operand", operand), ("token", 0), ("start", (0,)))
    return KernelOp("tile.write", (value,), None, (size,), "i32", attrs)


def binary(opcode: str, a: int, b: int, result: int, size: int) -> KernelOp:
    return KernelOp(opcode, (a, b), result, (size,), "i32")


LAPLACE = Kernel(
    "laplace",
    (
        KernelOperand(Port.CONSUME, 3, (COLS,), "i32"),
        KernelOperand(Port.PRODUCE, 1, (LAP,), "i32"),
    ),
    (
        read(0, 0, 1, 1, LAP),
        read(1, 0, 0, 1, LAP),
        read(2, 0, 2, 1, LAP),
        read(3, 0, 1, 0, LAP),
        read(4, 0, 1, 2, LAP),
        KernelOp("arith.constant", (), 5, (LAP,), "i32", (("value", 4),)),
        binary("arith.muli", 0, 5, 6, LAP),
        binary("arith.addi", 1, 2, 7, LAP),
        binary("arith.addi", 3, 4, 8, LAP),
        binary("arith.addi", 7, 8, 9, LAP),
        binary("arith.subi", 6, 9, 10, LAP),
        write(10, 1, LAP),
    ),
)

FLUX = Kernel(
    "flux",
    (
        KernelOperand(Port.CONSUME, 3, (LAP,), "i32"),
        KernelOperand(Port.CONSUME, 1, (COLS,), "i32"),
        KernelOperand(Port.PRODUCE, 1, (OUT,), "i32"),
    ),
    (
        read(0, 0, 1, 2, OUT),
        read(1, 0, 1, 1, OUT),
        read(2, 1, 0, 2, OUT),
        read(3, 1, 0, 1, OUT),
        binary("arith.subi", 0, 1, 4, OUT),
        binary("arith.subi", 2, 3, 5, OUT),
        binary("arith.muli", 4, 5, 6, OUT),
        KernelOp("arith.constant", (), 7, (), "i32", (("value", 0),)),
        KernelOp("vector.broadcast", (7,), 8, (OUT,), "i32"),
        KernelOp("arith.cmpi", (6, 8), 9, (OUT,), "i1", (("predicate", "sgt"),)),
        KernelOp("arith.select", (9, 8, 4), 10, (OUT,), "i32"),
        KernelOp("arith.constant", (), 11, (OUT,), "i32", (("value", 7),)),
        binary("arith.muli", 10, 11, 12, OUT),
        binary("arith.subi", 2, 12, 13, OUT),
        write(13, 2, OUT),
    ),
)

STAGE_A = (
    Loop(
        ROWS - 2,
        (
            Acquire("rows", Port.CONSUME, 3),
            Acquire("lap", Port.PRODUCE, 1),
            Run("laplace", ("rows", "lap")),
            Release("lap", Port.PRODUCE, 1),
            Release("rows", Port.CONSUME, 1),
        ),
    ),
    Release("rows", Port.CONSUME, 2),
)

STAGE_B = (
    Acquire("rows", Port.CONSUME, 2),
    Release("rows", Port.CONSUME, 2),
    Loop(
        OUT_ROWS,
        (
            Acquire("lap", Port.CONSUME, 3),
            Acquire("rows", Port.CONSUME, 1),
            Acquire("out", Port.PRODUCE, 1),
            Run("flux", ("lap", "rows", "out")),
            Release("out", Port.PRODUCE, 1),
            Release("rows", Port.CONSUME, 1),
            Release("lap", Port.CONSUME, 1),
        ),
    ),
    Release("lap", Port.CONSUME, 2),
    Acquire("rows", Port.CONSUME, 2),
    Release("rows", Port.CONSUME, 2),
)


def pipeline(device: str, shim: Coord | None = None) -> TileProgram:
    """The two-stage pipeline, placed for `device` (vck190, npu1 or npu2): in column 2 of
    vck190, column 0 of the NPUs; `shim` moves the shim end (vck190)."""
    if device == "vck190":
        shim, a, b = shim or Coord(2, 0), Coord(2, 1), Coord(2, 2)
        source = shim
        feed: tuple[Fifo, ...] = ()
        links: tuple[Link, ...] = ()
    else:
        shim, mem, a, b = Coord(0, 0), Coord(0, 1), Coord(0, 2), Coord(0, 3)
        source = mem
        feed = (Fifo("grid", shim, shim, (FifoEnd(mem, Via.DMA, 2, 0, 1),), (COLS,), "i32", 0, 0),)
        links = (Link(mem, ("grid",), ("rows",), LinkMode.FORWARD),)
    depth_source = 0 if source == shim else 2
    rows = Fifo(
        "rows",
        source,
        source,
        (
            FifoEnd(a, Via.DMA, 4, 0, hops(source, a)),
            FifoEnd(b, Via.DMA, 3, 0, hops(source, b)),
        ),
        (COLS,),
        "i32",
        depth_source,
        0,
    )
    lap = Fifo("lap", a, b, (FifoEnd(b, Via.SHARED),), (LAP,), "i32", 4)
    out = Fifo("out", b, b, (FifoEnd(shim, Via.DMA, 0, 0, hops(b, shim)),), (OUT,), "i32", 2, 0)
    input_fifo = feed[0].name if feed else "rows"
    return TileProgram(
        name="pipeline",
        device=device,
        externals=(
            External("grid_in", 0, (ROWS, COLS), "i32"),
            External("grid_out", 1, (OUT_ROWS, OUT), "i32"),
        ),
        fifos=(*feed, rows, lap, out),
        kernels=(LAPLACE, FLUX),
        cores=(Core(a, STAGE_A), Core(b, STAGE_B)),
        transfers=(
            Transfer(
                input_fifo,
                "grid_in",
                Direction.MM2S,
                shim,
                0,
                (AccessPattern(0, (ROWS, COLS), (COLS, 1)),),
            ),
            Transfer(
                "out",
                "grid_out",
                Direction.S2MM,
                shim,
                0,
                (AccessPattern(0, (OUT_ROWS, OUT), (OUT, 1)),),
            ),
        ),
        links=links,
        work=Work(OUT_ROWS * OUT * 10, ROWS * COLS * 4, OUT_ROWS * OUT * 4, "i32"),
        attributes=(("strategy", "two-stage"), ("placement", f"a={a} b={b}")),
    )
