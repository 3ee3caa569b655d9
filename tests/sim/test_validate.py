"""The static validator: a valid pipeline passes on every device; each rule rejects a
program that breaks it, with a message that names the culprit, the budget and the usage."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import numpy as np
import pytest
from tile_programs import COLS, OUT, OUT_ROWS, ROWS, pipeline

from sparta.sim.device import BUNDLED, Device, load_device
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
    KernelOp,
    Link,
    LinkMode,
    Loop,
    Port,
    Release,
    Run,
    TileProgram,
    Transfer,
    Via,
)
from sparta.sim.simulator import simulate
from sparta.sim.validate import FifoTokens, lock_usage, memory_usage, token_counts, validate

SHIM, A, B = Coord(2, 0), Coord(2, 1), Coord(2, 2)
"""Where `pipeline("vck190")` puts its shim and its two cores."""
N_SHIM, N_MEM, N_A, N_B = Coord(0, 0), Coord(0, 1), Coord(0, 2), Coord(0, 3)
"""The same for `pipeline("npu1")`."""


# --- editing helpers (programs are frozen) ------------------------------------------------


def change(program: TileProgram, **fields: object) -> TileProgram:
    """`program` with `fields` replaced (and a fresh lookup cache)."""
    return replace(program, **fields)  # type: ignore[arg-type]


def fifo(program: TileProgram, name: str, **fields: object) -> TileProgram:
    fifos = tuple(replace(f, **fields) if f.name == name else f for f in program.fifos)  # type: ignore[arg-type]
    return change(program, fifos=fifos)


def end(program: TileProgram, name: str, tile: Coord, **fields: object) -> TileProgram:
    old = program.fifo(name)
    ends = tuple(replace(e, **fields) if e.tile == tile else e for e in old.consumers)  # type: ignore[arg-type]
    return fifo(program, name, consumers=ends)


def core(program: TileProgram, tile: Coord, *body: object) -> TileProgram:
    cores = tuple(Core(tile, body) if c.tile == tile else c for c in program.cores)  # type: ignore[arg-type]
    return change(program, cores=cores)


def kernel_op(program: TileProgram, name: str, index: int, op: KernelOp) -> TileProgram:
    kernels = tuple(
        replace(k, ops=(*k.ops[:index], op, *k.ops[index + 1 :])) if k.name == name else k
        for k in program.kernels
    )
    return change(program, kernels=kernels)


def transfer(program: TileProgram, index: int, **fields: object) -> TileProgram:
    transfers = list(program.transfers)
    transfers[index] = replace(transfers[index], **fields)  # type: ignore[arg-type]
    return change(program, transfers=tuple(transfers))


def device_with(name: str, section: str, **fields: object) -> Device:
    device = load_device(name)
    return replace(device, **{section: replace(getattr(device, section), **fields)})


def vck() -> TileProgram:
    return pipeline("vck190")


def npu() -> TileProgram:
    return pipeline("npu1")


# --- valid programs ---------------------------------------------------------------------


@pytest.mark.parametrize("device", BUNDLED)
def test_pipeline_is_valid_on_every_bundled_device(device: str) -> None:
    validate(pipeline(device), load_device(device))


def _reference(grid: np.ndarray) -> np.ndarray:
    """What `pipeline` computes, in numpy."""
    lap = 4 * grid[1:-1, 1:-1] - grid[:-2, 1:-1] - grid[2:, 1:-1] - grid[1:-1, :-2]
    lap = lap - grid[1:-1, 2:]
    out = np.empty((OUT_ROWS, OUT), np.int32)
    for row in range(OUT_ROWS):
        flux = lap[row + 1, 2:] - lap[row + 1, 1:-1]
        x = grid[row + 2]
        limited = np.where(flux * (x[2:-2] - x[1:-3]) > 0, 0, flux)
        out[row] = x[2:-2] - 7 * limited
    return out


@pytest.mark.parametrize("device", BUNDLED)
def test_a_program_the_validator_accepts_simulates(device: str) -> None:
    grid = np.random.default_rng(1).integers(-50, 50, (ROWS, COLS)).astype(np.int32)
    run = simulate(
        pipeline(device), load_device(device), [grid, np.zeros((OUT_ROWS, OUT), np.int32)]
    )
    np.testing.assert_array_equal(run.outputs[1], _reference(grid))


def test_a_dma_end_may_land_in_a_neighbour_the_consumer_reaches() -> None:
    program = end(vck(), "rows", B, landing=Coord(2, 3), hops=3)
    validate(program, load_device("vck190"))
    usage = memory_usage(program, load_device("vck190"))
    assert ("fifo rows end of (2,2) (3 x 80 B)", 240) in usage[Coord(2, 3)]


def _offset_stage_a(offsets: tuple[int, int]) -> TileProgram:
    """Core A holds 4 rows and runs on the newest 3 (window offset 1) after its first run."""
    produce_lap = (Acquire("lap", Port.PRODUCE, 1),)
    first = (
        Acquire("rows", Port.CONSUME, 3),
        *produce_lap,
        Run("laplace", ("rows", "lap")),
        Release("lap", Port.PRODUCE, 1),
    )
    step = (
        Acquire("rows", Port.CONSUME, 4),
        *produce_lap,
        Run("laplace", ("rows", "lap"), offsets),
        Release("lap", Port.PRODUCE, 1),
        Release("rows", Port.CONSUME, 1),
    )
    return core(vck(), A, *first, Loop(ROWS - 3, step), Release("rows", Port.CONSUME, 3))


def test_run_offsets_select_a_later_window() -> None:
    program = _offset_stage_a((1, 0))
    validate(program, load_device("vck190"))
    grid = np.random.default_rng(2).integers(-50, 50, (ROWS, COLS)).astype(np.int32)
    run = simulate(program, load_device("vck190"), [grid, np.zeros((OUT_ROWS, OUT), np.int32)])
    np.testing.assert_array_equal(run.outputs[1], _reference(grid))


def test_run_offsets_need_enough_held_tokens() -> None:
    with pytest.raises(InputError, match=r"needs 5 held tokens of @rows .* but holds 4"):
        validate(_offset_stage_a((2, 0)), load_device("vck190"))


def test_memory_usage_is_itemized_per_tile() -> None:
    usage = memory_usage(vck(), load_device("vck190"))
    assert usage[A] == [("stack", 1024), ("fifo rows end of (2,1) (4 x 80 B)", 320)]
    assert usage[B] == [
        ("stack", 1024),
        ("fifo rows end of (2,2) (3 x 80 B)", 240),
        ("fifo lap (4 x 72 B)", 288),
        ("fifo out (2 x 64 B)", 128),
    ]
    assert SHIM not in usage


def test_lock_usage_counts_buffers_on_aie1_and_pools_on_aie2() -> None:
    assert lock_usage(vck(), load_device("vck190"))[B] == [
        ("fifo rows end of (2,2)", 3),
        ("fifo lap", 4),
        ("fifo out", 2),
    ]
    assert lock_usage(npu(), load_device("npu1"))[N_MEM] == [
        ("fifo grid end of (0,1)", 2),
        ("fifo rows", 2),
    ]


def test_token_counts_follow_loops_transfers_and_links() -> None:
    counts = token_counts(npu())
    assert counts["grid"] == FifoTokens(ROWS, {N_MEM: ROWS})
    assert counts["rows"] == FifoTokens(ROWS, {N_A: ROWS, N_B: ROWS})
    assert counts["lap"] == FifoTokens(ROWS - 2, {N_B: ROWS - 2})
    assert counts["out"] == FifoTokens(OUT_ROWS, {N_SHIM: OUT_ROWS})


def _join(second_rows: int) -> TileProgram:
    """npu1: two shims send half rows to the memory tile, whose link joins them."""
    program = npu()
    half = COLS // 2
    halves = (
        Fifo("left", N_SHIM, N_SHIM, (FifoEnd(N_MEM, Via.DMA, 2, 0, 1),), (half,), "i32", 0, 0),
        Fifo(
            "right",
            Coord(1, 0),
            Coord(1, 0),
            (FifoEnd(N_MEM, Via.DMA, 2, 1, 2),),
            (half,),
            "i32",
            0,
            0,
        ),
    )
    fifos = (*halves, *program.fifos[1:])
    inputs = (
        Transfer(
            "left",
            "grid_in",
            Direction.MM2S,
            N_SHIM,
            0,
            (AccessPattern(0, (ROWS, half), (COLS, 1)),),
        ),
        Transfer(
            "right",
            "grid_in",
            Direction.MM2S,
            Coord(1, 0),
            0,
            (AccessPattern(half, (second_rows, half), (COLS, 1)),),
        ),
    )
    return change(
        program,
        fifos=fifos,
        links=(Link(N_MEM, ("left", "right"), ("rows",), LinkMode.JOIN),),
        transfers=(*inputs, program.transfers[1]),
    )


def test_join_link_is_valid_and_simulates() -> None:
    program = _join(ROWS)
    validate(program, load_device("npu1"))
    grid = np.arange(ROWS * COLS, dtype=np.int32).reshape(ROWS, COLS) % 37
    run = simulate(program, load_device("npu1"), [grid, np.zeros((OUT_ROWS, OUT), np.int32)])
    np.testing.assert_array_equal(run.outputs[1], _reference(grid))


# --- one rule at a time ---------------------------------------------------------------------


def _link_reads_in_place() -> TileProgram:
    """vck190: the link at B forwards @lap (pool left at A) to a new fifo."""
    program = fifo(vck(), "lap", pool_tile=A)
    onward = Fifo("onward", B, B, (FifoEnd(Coord(3, 2), Via.DMA, 1, 1, 1),), (18,), "i32", 1, 1)
    return change(
        program,
        fifos=(*program.fifos, onward),
        cores=(program.cores[0], Core(B, ())),
        links=(Link(B, ("lap",), ("onward",), LinkMode.FORWARD),),
    )


def _link_on_shim() -> TileProgram:
    program = npu()
    back = Fifo("back", N_SHIM, N_SHIM, (FifoEnd(N_A, Via.DMA, 1, 1, 2),), (OUT,), "i32", 0, 0)
    return change(
        program,
        fifos=(*program.fifos, back),
        links=(*program.links, Link(N_SHIM, ("out",), ("back",), LinkMode.FORWARD)),
    )


def _link_cycle() -> TileProgram:
    m0, m1 = Coord(0, 1), Coord(1, 1)
    return TileProgram(
        "cycle",
        "npu2",
        (),
        (
            Fifo("x", m0, m0, (FifoEnd(m1, Via.DMA, 1, 0, 1),), (4,), "i32", 1, 0),
            Fifo("y", m1, m1, (FifoEnd(m0, Via.DMA, 1, 0, 1),), (4,), "i32", 1, 0),
        ),
        (),
        (),
        (),
        (
            Link(m1, ("x",), ("y",), LinkMode.FORWARD),
            Link(m0, ("y",), ("x",), LinkMode.FORWARD),
        ),
    )


def _lap_by_dma(program: TileProgram, channel: int) -> TileProgram:
    """@lap sent from A's own memory to B by DMA on `channel`."""
    return fifo(
        program,
        "lap",
        pool_tile=A,
        channel=channel,
        consumers=(FifoEnd(B, Via.DMA, 4, channel, 1),),
    )


def _gap_in_rows() -> Device:
    return device_with("vck190", "array", compute_rows=(1, 2, 4, 5, 6, 7, 8))


def _no_producer() -> TileProgram:
    program = npu()
    return change(program, fifos=program.fifos[1:], links=(), transfers=program.transfers[1:])


def case(
    name: str,
    make: Callable[[], TileProgram],
    *parts: str,
    device: str | Callable[[], Device] = "vck190",
    error: type[Exception] = InputError,
) -> object:
    """One rule-breaking program and the parts its message must contain."""
    return pytest.param(make, device, error, parts, id=name)


def npu_device(section: str, **fields: object) -> Callable[[], Device]:
    return lambda: device_with("npu1", section, **fields)


def read_op(token: int, start: int, shape: tuple[int, ...] = (16,)) -> KernelOp:
    attrs = (("operand", 0), ("token", token), ("start", (start,)))
    return KernelOp("tile.read", (), 0, shape, "i32", attrs)


WRITE_CONSUME = KernelOp(
    "tile.write", (13,), None, (16,), "i32", (("operand", 1), ("token", 0), ("start", (0,)))
)
FAR_END = FifoEnd(Coord(2, 4), Via.DMA, 1, 1, 4)
ARG0_TWICE = External("grid_out", 0, (OUT_ROWS, OUT), "i32")
SHIM_TRANSFER_AT_CORE = Transfer(
    "lap", "grid_in", Direction.MM2S, A, 0, (AccessPattern(0, (18,), (1,)),)
)
RESOURCE = {"error": ResourceError}

STRUCTURE = [
    case(
        "fifo names",
        lambda: change(vck(), fifos=(*vck().fifos, vck().fifos[1])),
        "2 fifos are named @lap",
    ),
    case(
        "argument twice",
        lambda: change(vck(), externals=(vck().externals[0], ARG0_TWICE)),
        "externals @grid_in and @grid_out both stand for argument 0",
    ),
    case(
        "dtype",
        lambda: change(vck(), externals=(replace(vck().externals[0], dtype="u4"),)),
        "external @grid_in: unknown dtype 'u4'",
    ),
    case(
        "no consumer",
        lambda: fifo(vck(), "lap", consumers=()),
        "fifo @lap needs at least one consumer",
    ),
    case(
        "consumer twice",
        lambda: fifo(vck(), "rows", consumers=vck().fifos[0].consumers[:1] * 2),
        "fifo @rows lists consumer (2,1) 2 times",
    ),
    case(
        "negative depth",
        lambda: fifo(vck(), "lap", depth=-1),
        "fifo @lap: depth must not be negative",
    ),
    case(
        "shared extras",
        lambda: end(vck(), "lap", B, depth=2),
        "fifo @lap: the shared end at (2,2)",
        "only dma ends have a depth",
    ),
    case(
        "undefined value",
        lambda: kernel_op(vck(), "flux", 4, KernelOp("arith.subi", (0, 99), 4, (16,), "i32")),
        "kernel @flux op #4 (arith.subi) uses value 99 before it is defined",
    ),
    case(
        "value twice",
        lambda: kernel_op(vck(), "flux", 4, KernelOp("arith.subi", (0, 1), 3, (16,), "i32")),
        "kernel @flux op #4 (arith.subi) defines value 3 twice",
    ),
    case(
        "read bounds",
        lambda: kernel_op(vck(), "flux", 0, read_op(1, 5)),
        "kernel @flux op #0 (tile.read) of operand #0:",
        "[5:21] is outside the token shape [18]",
    ),
    case(
        "read token",
        lambda: kernel_op(vck(), "flux", 0, read_op(3, 0)),
        "token 3 is outside the window of 3",
    ),
    case(
        "read rank",
        lambda: kernel_op(vck(), "flux", 0, read_op(1, 0, (1, 16))),
        "one start offset and one value dimension per token dimension (1), got 1 and 2",
    ),
    case(
        "write consume",
        lambda: kernel_op(vck(), "flux", 14, WRITE_CONSUME),
        "op #14 (tile.write) writes operand #1, a consume window",
    ),
    case(
        "unknown opcode",
        lambda: kernel_op(
            vck(), "flux", 4, KernelOp("arith.mulsi_extended", (0,), 4, (16,), "i32")
        ),
        "kernel @flux op #4 (arith.mulsi_extended): the simulator cannot execute "
        "'arith.mulsi_extended'",
    ),
    case(
        "access attributes",
        lambda: kernel_op(vck(), "flux", 0, KernelOp("tile.read", (), 0, (16,), "i32")),
        "op #0 (tile.read) needs integer 'operand' and 'token' and a tuple 'start'",
    ),
    case(
        "access operand",
        lambda: kernel_op(
            vck(),
            "flux",
            0,
            replace(read_op(1, 0), attrs=(("operand", 5), ("token", 1), ("start", (0,)))),
        ),
        "op #0 (tile.read) names operand #5; the kernel has 3",
    ),
    case(
        "access dtype",
        lambda: kernel_op(vck(), "flux", 0, replace(read_op(1, 0), dtype="f32")),
        "op #0 (tile.read): element type f32 differs from operand's i32",
    ),
    case(
        "kernel operands",
        lambda: change(vck(), kernels=(replace(vck().kernels[0], operands=(), ops=()),)),
        "kernel @laplace needs at least one window operand",
    ),
    case(
        "kernel window",
        lambda: change(
            vck(),
            kernels=(
                replace(
                    vck().kernels[0], operands=(replace(vck().kernels[0].operands[0], window=0),)
                ),
            ),
        ),
        "kernel @laplace operand #0: window must be at least 1 token",
    ),
    case(
        "token shape",
        lambda: fifo(vck(), "lap", token_shape=(0,)),
        "fifo @lap: shape (0,) must be positive",
    ),
    case(
        "negative argument",
        lambda: change(vck(), externals=(replace(vck().externals[0], arg_index=-1),)),
        "external @grid_in: argument index must not be negative",
    ),
    case(
        "negative end",
        lambda: end(vck(), "rows", A, hops=-1),
        "fifo @rows: the end at (2,1) has a negative depth, channel or hops",
    ),
    case(
        "negative transfer channel",
        lambda: transfer(vck(), 0, channel=-1),
        "transfer of @rows: channel must not be negative",
    ),
    case(
        "link dtypes",
        lambda: fifo(npu(), "grid", dtype="f32"),
        "forward link at (0,1): inputs and outputs must carry one dtype",
        device="npu1",
    ),
    case(
        "two cores",
        lambda: change(vck(), cores=(*vck().cores, Core(A, ()))),
        "2 cores are placed on tile (2,1)",
    ),
    case(
        "undefined fifo",
        lambda: core(vck(), A, Acquire("nope", Port.CONSUME, 1)),
        "core (2,1) uses fifo @nope, which is not defined",
    ),
    case(
        "consume role",
        lambda: core(vck(), A, Acquire("out", Port.CONSUME, 1)),
        "core (2,1) uses @out on consume but is not one of its consumers",
    ),
    case(
        "produce role",
        lambda: core(vck(), B, Acquire("lap", Port.PRODUCE, 1)),
        "core (2,2) uses @lap on produce but does not produce it (its producer is (2,1))",
    ),
    case(
        "run kernel",
        lambda: core(vck(), A, Run("nope", ())),
        "core (2,1) runs kernel @nope, which is not defined",
    ),
    case(
        "run arity",
        lambda: core(vck(), A, Run("laplace", ("rows",))),
        "run @laplace binds 1 fifos but the kernel has 2 operands",
    ),
    case(
        "run tokens",
        lambda: core(vck(), A, Run("laplace", ("lap", "lap"))),
        "run @laplace binds @lap (tokens (18,) i32) to operand #0, which takes (20,) i32",
    ),
    case(
        "run offsets",
        lambda: core(vck(), A, Run("laplace", ("rows", "lap"), (1,))),
        "run @laplace gives offsets (1,); give one non-negative offset per fifo",
    ),
    case(
        "loop count",
        lambda: core(vck(), A, Loop(0, ())),
        "core (2,1): loop count must be at least 1 (got 0)",
    ),
    case(
        "acquire count",
        lambda: core(vck(), A, Acquire("rows", Port.CONSUME, 0)),
        "core (2,1): acquire of @rows must move at least one token (got 0)",
    ),
    case(
        "transfer external",
        lambda: transfer(vck(), 0, external="nope"),
        "transfer of @rows names external @nope, which is not defined",
    ),
    case(
        "transfer dtype",
        lambda: change(vck(), externals=(replace(vck().externals[0], dtype="f32"),)),
        "transfer of @rows: the fifo carries i32 but @grid_in holds f32",
    ),
    case(
        "no pattern",
        lambda: transfer(vck(), 0, patterns=()),
        "transfer of @rows needs at least one access pattern",
    ),
    case(
        "pattern dims",
        lambda: transfer(vck(), 0, patterns=(AccessPattern(0, (2, 3), (1,)),)),
        "transfer of @rows: pattern 0 needs one stride per size",
    ),
    case(
        "mm2s role",
        lambda: transfer(vck(), 0, fifo="out"),
        "transfer of @out: mm2s needs shim (2,0) to be the fifo's producer",
    ),
    case(
        "s2mm role",
        lambda: transfer(vck(), 1, fifo="rows"),
        "transfer of @rows: s2mm needs shim (2,0) to be a consumer of the fifo",
    ),
    case(
        "link arity",
        lambda: change(npu(), links=(Link(N_MEM, ("grid",), ("rows", "lap"), LinkMode.FORWARD),)),
        "forward link at (0,1) cannot map 1 inputs to 2 outputs",
        device="npu1",
    ),
    case(
        "link role",
        lambda: change(npu(), links=(Link(N_MEM, ("lap",), ("rows",), LinkMode.FORWARD),)),
        "forward link at (0,1) uses @lap on consume but is not one of its consumers",
        device="npu1",
    ),
    case(
        "link elements",
        lambda: fifo(npu(), "grid", token_shape=(10,)),
        "forward link at (0,1) takes 10 elements per step but sends 20",
        device="npu1",
    ),
    case(
        "two links",
        lambda: change(npu(), links=npu().links * 2),
        "fifo @rows is the output of 2 links",
        device="npu1",
    ),
    case(
        "link and core",
        lambda: change(
            npu(), cores=(*npu().cores, Core(N_MEM, (Acquire("rows", Port.PRODUCE, 1),)))
        ),
        "core (0,1) uses @rows on produce, which the link at (0,1) already does",
        device="npu1",
    ),
]

TILES = [
    case(
        "off array",
        lambda: change(vck(), cores=(*vck().cores, Core(Coord(60, 1), ()))),
        "core (60,1) is outside the vck190 array (50 columns, rows 0-8)",
    ),
    case(
        "core on shim",
        lambda: change(vck(), cores=(*vck().cores, Core(Coord(3, 0), ()))),
        "core at (3,0) must be on a compute tile; (3,0) is a shim tile",
    ),
    case(
        "transfer tile",
        lambda: change(vck(), transfers=(*vck().transfers, SHIM_TRANSFER_AT_CORE)),
        "transfer of @lap must run on a shim tile; (2,1) is a compute tile",
    ),
    case(
        "shim without dma",
        lambda: pipeline("vck190", shim=Coord(4, 0)),
        "fifo @rows: shim (4,0) has no DMA on vck190 (DMA columns: 2, 3, 6, 7,",
    ),
    case(
        "link on shim",
        _link_on_shim,
        "link at (0,0) must be on a memory or compute tile; (0,0) is a shim tile",
        device="npu1",
    ),
    case(
        "shim pool",
        lambda: fifo(vck(), "rows", pool_tile=A),
        "fifo @rows is produced by shim (2,0), which has no memory",
        "its pool tile must be the shim itself, not (2,1)",
    ),
    case(
        "pool on shim",
        lambda: fifo(vck(), "lap", pool_tile=SHIM),
        "fifo @lap: pool tile (2,0) is a shim tile",
    ),
    case(
        "depth 0",
        lambda: fifo(vck(), "lap", depth=0),
        "fifo @lap: depth 0 leaves its pool at (2,2) without buffers",
    ),
    case(
        "end depth 0",
        lambda: end(vck(), "rows", A, depth=0),
        "fifo @rows: the dma end at (2,1) has depth 0; it needs at least one buffer",
    ),
    case(
        "shared shim end",
        lambda: end(vck(), "out", SHIM, via=Via.SHARED, channel=None, hops=0),
        "fifo @out: the end at shim (2,0) must be dma",
    ),
    case(
        "shared from shim",
        lambda: end(vck(), "rows", B, via=Via.SHARED, depth=0, channel=None, hops=0),
        "fifo @rows: consumer (2,2) cannot share memory with shim producer (2,0); use dma",
    ),
    case(
        "landing kind",
        lambda: end(vck(), "rows", A, landing=SHIM),
        "only a core's dma end can land on a neighbour compute tile",
        "(2,1) is a compute tile landing on a shim tile",
    ),
]

REACH = [
    case(
        "producer reach",
        lambda: fifo(vck(), "lap", pool_tile=Coord(4, 2)),
        "fifo @lap: core (2,1) cannot reach the pool at (4,2)",
        "it reaches (2,1), (2,2), (1,1) (aie1-checkerboard)",
    ),
    case(
        "consumer reach",
        lambda: fifo(vck(), "lap", pool_tile=Coord(1, 1)),
        "fifo @lap: consumer (2,2) cannot reach the pool at (1,1)",
        "it reaches (2,2), (2,3), (2,1), (3,2)",
    ),
    case(
        "landing reach",
        lambda: end(vck(), "rows", B, landing=Coord(2, 4)),
        "fifo @rows: consumer (2,2) cannot reach the pool at (2,4)",
    ),
    case(
        "link output pool",
        lambda: fifo(npu(), "rows", pool_tile=N_A),
        "fifo @rows: the link at (0,1) sends it, so its pool must be at (0,1), not (0,2)",
        device="npu1",
    ),
    case(
        "link reads in place",
        _link_reads_in_place,
        "fifo @lap: the link at (2,2) reads it in place",
        "so the pool must be at (2,2), not (2,1)",
    ),
    case(
        "link landing",
        lambda: end(_lap_by_dma(_link_reads_in_place(), 1), "lap", B, landing=Coord(2, 3)),
        "fifo @lap: the link at (2,2) reads it from its dma pool",
        "so the pool must be at (2,2), not (2,3)",
    ),
    case(
        "shared memory tile",
        lambda: fifo(
            npu(), "lap", consumers=(FifoEnd(N_B, Via.SHARED), FifoEnd(N_MEM, Via.SHARED))
        ),
        "fifo @lap: the shared end at (0,1) has no core to read the pool",
        device="npu1",
    ),
]

CHANNELS = [
    case(
        "no mm2s channel",
        lambda: fifo(vck(), "rows", channel=None),
        "fifo @rows: its pool at (2,0) has no MM2S channel",
        **RESOURCE,
    ),
    case(
        "idle channel",
        lambda: fifo(vck(), "lap", channel=1),
        "fifo @lap has MM2S channel 1 but no dma consumer",
    ),
    case(
        "no s2mm channel",
        lambda: end(vck(), "rows", A, channel=None),
        "fifo @rows: the dma end of (2,1) at (2,1) has no S2MM channel",
        **RESOURCE,
    ),
    case(
        "compute channel",
        lambda: fifo(vck(), "out", channel=2),
        "fifo @out uses MM2S channel 2 of compute tile (2,2), which has channels 0-1",
        **RESOURCE,
    ),
    case(
        "memory channel",
        lambda: fifo(npu(), "rows", channel=6),
        "fifo @rows uses MM2S channel 6 of memory tile (0,1), which has channels 0-5",
        device="npu1",
        **RESOURCE,
    ),
    case(
        "shim channel",
        lambda: end(vck(), "out", SHIM, channel=2),
        "fifo @out uses S2MM channel 2 of shim tile (2,0), which has channels 0-1",
        **RESOURCE,
    ),
    case(
        "channel twice",
        lambda: _lap_by_dma(vck(), 0),
        "S2MM channel 0 of (2,2) is used by both @rows and @lap",
        **RESOURCE,
    ),
]

STREAMS = [
    case(
        "hops",
        lambda: end(vck(), "rows", B, hops=5),
        "fifo @rows: the dma end of (2,2) gives 5 hops",
        "but the route from (2,0) to (2,2) takes 2",
    ),
    case(
        "lanes",
        lambda: _lap_by_dma(vck(), 1),
        "2 streams leave (2,1) going north, but it has 1 north lanes: @rows, @lap",
        device=lambda: device_with("vck190", "stream", north_lanes=1),
        **RESOURCE,
    ),
    case(
        "off-array route",
        lambda: fifo(vck(), "rows", consumers=(*vck().fifos[0].consumers, FAR_END)),
        "fifo @rows: the route from (2,0) to (2,4) leaves the array at (2,3) going north",
        device=_gap_in_rows,
        **RESOURCE,
    ),
]

SHIM_IO = [
    case(
        "no mm2s transfer",
        lambda: change(vck(), transfers=vck().transfers[1:]),
        "fifo @rows is produced by shim (2,0) but has no mm2s transfers there",
    ),
    case(
        "two transfers",
        lambda: change(vck(), transfers=(vck().transfers[0], *vck().transfers)),
        "fifo @rows is produced by shim (2,0) but has 2 mm2s transfers there",
    ),
    case(
        "transfer channel",
        lambda: transfer(vck(), 0, channel=1),
        "the mm2s transfer of @rows uses channel 1 of (2,0), but the fifo uses channel 0 there",
    ),
    case(
        "no s2mm transfer",
        lambda: change(vck(), transfers=vck().transfers[:1]),
        "fifo @out is consumed at shim (2,0) but has no s2mm transfers there",
    ),
    case(
        "pattern bounds",
        lambda: transfer(vck(), 0, patterns=(AccessPattern(0, (ROWS + 1, COLS), (COLS, 1)),)),
        "pattern 0 of the transfer of @rows reaches element 219 of @grid_in",
        "which has 200 elements",
    ),
    case(
        "whole tokens",
        lambda: transfer(vck(), 0, patterns=(AccessPattern(0, (ROWS, COLS - 1), (COLS, 1)),)),
        "pattern 0 of the transfer of @rows moves 190 elements",
        "not a whole number of 20-element tokens",
    ),
]

CAPACITY = [
    case(
        "compute memory",
        lambda: fifo(vck(), "lap", depth=440),
        "tile (2,2) needs 32.3 KB of its 32 KB data memory (304 B over): stack 1 KB, ",
        "fifo rows end of (2,2) (3 x 80 B) 240 B, fifo lap (440 x 72 B) 30.9 KB, ",
        "fifo out (2 x 64 B) 128 B",
        **RESOURCE,
    ),
    case(
        "memory tile",
        lambda: fifo(npu(), "rows", depth=7000),
        "tile (0,1) needs 547 KB of its 512 KB data memory (35872 B over): ",
        "fifo grid end of (0,1) (2 x 80 B) 160 B, fifo rows (7000 x 80 B) 546.9 KB",
        device="npu1",
        **RESOURCE,
    ),
    case(
        "binary locks",
        lambda: fifo(vck(), "lap", depth=17),
        "tile (2,2) needs 22 locks of its 16 (binary locks, one per buffer): ",
        "fifo rows end of (2,2) 3, fifo lap 17, fifo out 2",
        **RESOURCE,
    ),
    case(
        "counting locks",
        npu,
        "tile (0,3) needs 6 locks of its 4 (counting locks, two per pool): ",
        "fifo rows end of (0,3) 2, fifo lap 2, fifo out 2",
        device=npu_device("locks", per_tile=4),
        **RESOURCE,
    ),
]

TOKENS = [
    case(
        "release unheld",
        lambda: core(vck(), A, Release("rows", Port.CONSUME, 1)),
        "core (2,1) releases 1 of @rows on consume but holds only 0",
    ),
    case(
        "run window",
        lambda: core(
            vck(),
            A,
            Acquire("rows", Port.CONSUME, 2),
            Acquire("lap", Port.PRODUCE, 1),
            Run("laplace", ("rows", "lap")),
        ),
        "core (2,1): run @laplace needs 3 held tokens of @rows on consume (operand #0)",
        "but holds 2",
    ),
    case(
        "dma end depth",
        lambda: end(vck(), "rows", A, depth=2),
        "core (2,1) acquires 3 tokens of @rows on consume at once",
        "but the pool holds 2 (its dma end's depth)",
    ),
    case(
        "shared depth",
        lambda: fifo(vck(), "lap", depth=2),
        "core (2,2) acquires 3 tokens of @lap on consume at once",
        "but the pool holds 2 (the fifo's depth)",
    ),
    case(
        "producer depth",
        lambda: core(vck(), A, Acquire("lap", Port.PRODUCE, 5)),
        "core (2,1) acquires 5 tokens of @lap on produce at once",
        "but the pool holds 4 (the fifo's depth)",
    ),
    case(
        "imbalance",
        lambda: core(vck(), A, *vck().cores[0].body[:1]),
        "fifo @rows: (2,0) produces 10 tokens but (2,1) consumes 8",
        "the program would deadlock",
    ),
    case(
        "no consumer core",
        lambda: change(vck(), cores=vck().cores[1:]),
        "nothing consumes @rows at (2,1): no core, link or transfer there",
    ),
    case(
        "no producer",
        _no_producer,
        "nothing produces @rows: no core, link or transfer at (0,1)",
        device="npu1",
    ),
    case(
        "join counts",
        lambda: _join(ROWS - 1),
        "join link at (0,1) needs as many tokens from each input",
        "but gets @left 10, @right 9",
        device="npu1",
    ),
    case("link cycle", _link_cycle, "links forward @x in a cycle", device="npu2"),
]


@pytest.mark.parametrize(
    ("make", "device", "error", "parts"),
    [*STRUCTURE, *TILES, *REACH, *CHANNELS, *STREAMS, *SHIM_IO, *CAPACITY, *TOKENS],
)
def test_each_rule_names_the_culprit(
    make: Callable[[], TileProgram],
    device: str | Callable[[], Device],
    error: type[Exception],
    parts: tuple[str, ...],
) -> None:
    target = load_device(device) if isinstance(device, str) else device()
    with pytest.raises(error) as info:
        validate(make(), target)
    for part in parts:
        assert part in str(info.value.args[0])
