"""The run report: roofline arithmetic, why-not-peak attribution, imbalance, trace, heatmap.

Two hand-built npu1 programs: an I/O-bound elementwise one (4096 int16 scaled on one core,
as in MLIR-AIE's vector_scalar_mul) and a compute-bound one (two cores repeating 64x64x64
bf16 matmuls on data they hold, 8 and 4 times). Expected figures are derived from the
device's constants: npu1 has 16 compute tiles and 4 shim columns x 2 channels per
direction at 4 B/cycle, at 1 GHz.
"""

from __future__ import annotations

import io
import json
from itertools import pairwise
from math import ceil, isnan

import pytest

from sparta.sim.device import load_device
from sparta.sim.engine import Engine, EngineResult
from sparta.sim.heatmap import utilization_grid, write_heatmap
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
    Work,
)
from sparta.sim.report import Report, build_report
from sparta.sim.trace import trace_events, trace_json
from sparta.sim.validate import validate

NPU1 = load_device("npu1")
TILES = len(NPU1.compute_tiles())
SHIM_RATE = NPU1.dma.shim_channel_bytes_per_cycle
CHUNK = 1024
"""int16 elements per token of the elementwise program."""
MNK = 64
MATMUL_OPS = 2 * MNK**3


def _at(operand: int, rank: int = 1) -> tuple[tuple[str, object], ...]:
    return (("operand", operand), ("token", 0), ("start", (0,) * rank))


def _shim_fifo(
    name: str, shim: Coord, core: Coord, channel: int, shape: tuple[int, ...], dtype: str
) -> Fifo:
    return Fifo(
        name, shim, shim, (FifoEnd(core, Via.DMA, 2, channel, 2),), shape, dtype, 0, channel
    )


def _out_fifo(
    name: str, core: Coord, shim: Coord, shape: tuple[int, ...], dtype: str, depth: int = 2
) -> Fifo:
    return Fifo(name, core, core, (FifoEnd(shim, Via.DMA, 0, 0, 2),), shape, dtype, depth, 0)


def _pattern(elements: int) -> tuple[AccessPattern, ...]:
    return (AccessPattern(0, (elements,), (1,)),)


def scale_program(tokens: int = 4) -> TileProgram:
    """I/O-bound: `tokens` x 1024 int16 in, times 3, out, on core (0,2)."""
    shim, core = Coord(0, 0), Coord(0, 2)
    shape = (CHUNK,)
    kernel = Kernel(
        "scale",
        (
            KernelOperand(Port.CONSUME, 1, shape, "i16"),
            KernelOperand(Port.PRODUCE, 1, shape, "i16"),
        ),
        (
            KernelOp("tile.read", (), 0, shape, "i16", _at(0)),
            KernelOp("arith.constant", (), 1, shape, "i16", (("value", 3),)),
            KernelOp("arith.muli", (0, 1), 2, shape, "i16"),
            KernelOp("tile.write", (2,), None, shape, "i16", _at(1)),
        ),
    )
    steps = (
        Acquire("in", Port.CONSUME, 1),
        Acquire("out", Port.PRODUCE, 1),
        Run("scale", ("in", "out")),
        Release("in", Port.CONSUME, 1),
        Release("out", Port.PRODUCE, 1),
    )
    n = tokens * CHUNK
    return TileProgram(
        name="scale",
        device="npu1",
        externals=(External("a", 0, (n,), "i16"), External("c", 1, (n,), "i16")),
        fifos=(
            _shim_fifo("in", shim, core, 0, shape, "i16"),
            _out_fifo("out", core, shim, shape, "i16"),
        ),
        kernels=(kernel,),
        cores=(Core(core, (Loop(tokens, steps),)),),
        transfers=(
            Transfer("in", "a", Direction.MM2S, shim, 0, _pattern(n)),
            Transfer("out", "c", Direction.S2MM, shim, 0, _pattern(n)),
        ),
        work=Work(n, 2 * n, 2 * n, "i16"),
    )


MATMUL = Kernel(
    "mm",
    (
        KernelOperand(Port.CONSUME, 1, (MNK, MNK), "bf16"),
        KernelOperand(Port.CONSUME, 1, (MNK, MNK), "bf16"),
        KernelOperand(Port.PRODUCE, 1, (MNK, MNK), "f32"),
    ),
    (
        KernelOp("tile.read", (), 0, (MNK, MNK), "bf16", _at(0, 2)),
        KernelOp("tile.read", (), 1, (MNK, MNK), "bf16", _at(1, 2)),
        KernelOp("arith.constant", (), 2, (MNK, MNK), "f32", (("value", 0.0),)),
        KernelOp(
            "tile.matmul",
            (0, 1, 2),
            3,
            (MNK, MNK),
            "f32",
            (("precision", "bf16"), ("mkn", (MNK, MNK, MNK))),
        ),
        KernelOp("tile.write", (3,), None, (MNK, MNK), "f32", _at(2, 2)),
    ),
)
REPEATS = {Coord(0, 2): 8, Coord(1, 2): 4}
"""Matmuls per core on the operands it holds: core (1,2) has half the work."""


def matmul_program() -> TileProgram:
    """Compute-bound: each core loads A and B once and multiplies them REPEATS times."""
    externals: list[External] = []
    fifos: list[Fifo] = []
    cores: list[Core] = []
    transfers: list[Transfer] = []
    shape = (MNK, MNK)
    for col, (core, repeats) in enumerate(REPEATS.items()):
        shim = Coord(col, 0)
        a, b, o = f"a{col}", f"b{col}", f"o{col}"
        for index, name in enumerate((a, b)):
            externals.append(External(name.upper(), len(externals), shape, "bf16"))
            fifos.append(_shim_fifo(name, shim, core, index, shape, "bf16"))
            transfers.append(
                Transfer(name, name.upper(), Direction.MM2S, shim, index, _pattern(MNK * MNK))
            )
        externals.append(External(o.upper(), len(externals), shape, "f32"))
        fifos.append(_out_fifo(o, core, shim, shape, "f32", depth=1))  # 64 KB of memory
        transfers.append(Transfer(o, o.upper(), Direction.S2MM, shim, 0, _pattern(MNK * MNK)))
        steps = (
            Acquire(a, Port.CONSUME, 1),
            Acquire(b, Port.CONSUME, 1),
            Acquire(o, Port.PRODUCE, 1),
            Loop(repeats, (Run("mm", (a, b, o)),)),
            Release(a, Port.CONSUME, 1),
            Release(b, Port.CONSUME, 1),
            Release(o, Port.PRODUCE, 1),
        )
        cores.append(Core(core, steps))
    calls = sum(REPEATS.values())
    return TileProgram(
        name="matmul",
        device="npu1",
        externals=tuple(externals),
        fifos=tuple(fifos),
        kernels=(MATMUL,),
        cores=tuple(cores),
        transfers=tuple(transfers),
        work=Work(calls * MATMUL_OPS, 4 * MNK * MNK * 2, 2 * MNK * MNK * 4, "bf16", "bf16"),
    )


def simulate(program: TileProgram) -> tuple[EngineResult, Report]:
    timing = Engine(program, NPU1, trace=True).run()
    return timing, build_report(program, NPU1, timing)


def causes(report: Report) -> dict[str, float]:
    return {c["cause"]: c["cycles"] for c in report.data["why_not_peak"]["causes"]}


@pytest.mark.parametrize("program", [scale_program(), matmul_program()], ids=["scale", "matmul"])
def test_the_hand_built_programs_are_valid(program: TileProgram) -> None:
    validate(program, NPU1)


# --- roofline ---------------------------------------------------------------------------


def test_roofline_of_the_elementwise_program_by_hand() -> None:
    timing, report = simulate(scale_program())
    d = report.data
    ops = 4 * CHUNK
    compute_peak = TILES * max(2 * NPU1.core.mul_lanes["i16"], NPU1.core.alu_lanes["i16"])
    assert compute_peak == 1024
    io_cycles = 2 * ops / (NPU1.shim_channels_in * SHIM_RATE)  # 8192 B over 8 channels
    assert io_cycles == 256
    assert d["peak"]["compute_gops"] == pytest.approx(compute_peak)
    assert d["peak"]["io_gops"] == pytest.approx(ops / io_cycles)
    assert d["roofline_bound"] == "io"
    assert d["roofline_gops"] == pytest.approx(16.0)
    assert d["seconds"] == pytest.approx(timing.cycles / 1e9)
    assert d["throughput_gops"] == pytest.approx(ops / timing.cycles)
    assert d["roofline_fraction"] == pytest.approx(io_cycles / timing.cycles)
    assert d["kernels"]["scale"] == {
        "cycles": 72,
        "vector_cycles": CHUNK // 32,
        "load_cycles": 2 * CHUNK // 64,
        "store_cycles": 2 * CHUNK // 32,
        "overhead_cycles": 8,
        "ops": CHUNK,
        "bound": "store",
        "calls": 4,
    }


def test_roofline_of_the_matmul_program_by_hand() -> None:
    _, report = simulate(matmul_program())
    peak = TILES * 2 * NPU1.matmul.macs_per_cycle["bf16"]
    assert report.data["roofline_bound"] == "compute"
    assert report.data["roofline_gops"] == pytest.approx(peak)


# --- why not peak -----------------------------------------------------------------------


def test_io_bound_causes_sum_to_the_gap() -> None:
    timing, report = simulate(scale_program())
    why = report.data["why_not_peak"]
    assert why["measured_on"] == "8 shim mm2s channels"
    gap = timing.cycles - 256
    assert why["gap_cycles"] == pytest.approx(gap)
    assert sum(causes(report).values()) == pytest.approx(gap, abs=1e-9)
    assert sum(c["percent"] for c in why["causes"]) == pytest.approx(100.0)
    found = causes(report)
    assert found["unused shim mm2s channels"] == pytest.approx(7 * timing.cycles / 8)
    busy = NPU1.dma.shim_cold_start_cycles + NPU1.dma.shim_task_overhead_cycles
    busy += 4 * (2 * CHUNK // SHIM_RATE + NPU1.dma.bd_overhead_cycles)
    assert found["DMA set-up and task overheads"] == pytest.approx((busy - 8 * CHUNK / 4) / 8)
    assert "extra bytes (halos, duplicates)" not in found  # the program moves no extra bytes


def test_compute_bound_causes_sum_to_the_reported_gap() -> None:
    timing, report = simulate(matmul_program())
    why = report.data["why_not_peak"]
    assert why["measured_on"] == f"{TILES} compute tiles"
    found = causes(report)
    assert sum(found.values()) == pytest.approx(why["gap_cycles"], abs=1e-9)
    assert found["unused compute tiles"] == pytest.approx((TILES - 2) * timing.cycles / TILES)
    # The vector slot spends each call's inner-loop overhead beyond the ideal MAC cycles.
    r, _, t = NPU1.matmul.micro_tile["bf16"]
    inner = ceil(MNK / (2 * r)) * ceil(MNK / (2 * t)) * NPU1.matmul.inner_loop_overhead_cycles
    idle = sum(REPEATS.values()) * inner / TILES
    assert found["vector lanes idle (unfused, shuffles, emulation)"] == pytest.approx(idle)
    # Core (1,2) has half the work: the imbalance is the busy cycles it lacks.
    cost = timing.kernel_costs["mm"].cycles
    imbalance = (REPEATS[Coord(0, 2)] - REPEATS[Coord(1, 2)]) * cost / TILES
    assert found["imbalance between tiles"] == pytest.approx(imbalance)


def test_compute_bound_gap_is_the_run_minus_the_roofline() -> None:
    timing, report = simulate(matmul_program())
    ops = sum(REPEATS.values()) * MATMUL_OPS
    gap = timing.cycles - ops / (TILES * 2 * NPU1.matmul.macs_per_cycle["bf16"])
    assert report.data["why_not_peak"]["gap_cycles"] == pytest.approx(gap)
    assert sum(causes(report).values()) == pytest.approx(gap, abs=1e-9)


# --- imbalance, trace, heatmap -----------------------------------------------------------


def test_load_imbalance_is_max_over_mean_busy() -> None:
    timing, report = simulate(matmul_program())
    cost = timing.kernel_costs["mm"].cycles
    busy = {f"{t.col},{t.row}": n * cost for t, n in REPEATS.items()}
    assert {k: v["busy"] for k, v in report.data["per_tile"].items()} == busy
    assert report.data["load_imbalance"] == pytest.approx(8 / ((8 + 4) / 2))


def test_trace_has_one_track_per_core_and_dma_channel() -> None:
    timing, _ = simulate(scale_program())
    events = trace_events(timing)
    assert json.loads(trace_json(timing)) == events
    names = {e["tid"]: e["args"]["name"] for e in events["traceEvents"] if e["ph"] == "M"}
    assert sorted(names.values()) == ["(0,2)", "dma (0,0) mm2s 0", "dma (0,2) mm2s 0"]
    spans: dict[str, list[dict[str, object]]] = {name: [] for name in names.values()}
    for event in events["traceEvents"]:
        if event["ph"] == "X":
            assert event["pid"] == 0
            assert isinstance(event["ts"], int)
            spans[names[event["tid"]]].append(event)
    assert [(e["name"], e["dur"]) for e in spans["(0,2)"]] == [("scale", 72)] * 4
    assert [e["name"] for e in spans["dma (0,0) mm2s 0"]] == ["in"] * 4
    assert [e["name"] for e in spans["dma (0,2) mm2s 0"]] == ["out"] * 4
    assert spans["dma (0,0) mm2s 0"][1]["dur"] == 2 * CHUNK // 4 + NPU1.dma.bd_overhead_cycles


def test_trace_needs_a_traced_run() -> None:
    timing = Engine(scale_program(), NPU1).run()
    with pytest.raises(ValueError, match="not traced"):
        trace_events(timing)


def test_trace_spans_on_one_track_do_not_overlap() -> None:
    timing, _ = simulate(matmul_program())
    by_track: dict[int, list[tuple[int, int]]] = {}
    for event in trace_events(timing)["traceEvents"]:
        if event["ph"] == "X":
            by_track.setdefault(event["tid"], []).append((event["ts"], event["ts"] + event["dur"]))
    for spans in by_track.values():
        spans.sort()
        assert all(end <= start for (_, end), (start, _) in pairwise(spans))


def test_runs_in_sequence_share_one_trace_and_one_grid() -> None:
    """Two runs one after another: the second's spans are shifted by the first's cycles,
    each run is a process, and a tile's busy fraction is over both runs' cycles."""
    timing, _ = simulate(scale_program())
    events = trace_events(timing, timing, names=("first", "second"))["traceEvents"]
    names = {e["pid"]: e["args"]["name"] for e in events if e["name"] == "process_name"}
    assert names == {0: "first", 1: "second"}
    spans = {
        pid: sorted(e["ts"] for e in events if e["ph"] == "X" and e["pid"] == pid) for pid in (0, 1)
    }
    assert spans[1] == [ts + timing.cycles for ts in spans[0]]
    grid = utilization_grid(NPU1, timing, timing)
    assert grid[2, 0] == pytest.approx(2 * 4 * 72 / (2 * timing.cycles))


def test_heatmap_grid_and_png() -> None:
    pytest.importorskip("matplotlib")
    timing, _ = simulate(scale_program())
    grid = utilization_grid(NPU1, timing)
    assert grid.shape == (max(NPU1.array.compute_rows) + 1, NPU1.array.columns)
    assert grid[2, 0] == pytest.approx(4 * 72 / timing.cycles)
    assert sum(not isnan(v) for v in grid.flat) == 1
    stream = io.BytesIO()
    write_heatmap(NPU1, timing, stream, "scale")
    assert stream.getvalue().startswith(b"\x89PNG\r\n\x1a\n")
