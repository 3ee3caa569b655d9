"""The timing engine against cycle counts derived by hand from the npu1 device model.

Every expected figure is written as arithmetic over the device's constants, read from
`npu1.toml` rather than copied, so the tests pin the engine's rules, not today's numbers:

    C   shim cold start (once per MM2S channel)     P  shim task overhead (once per task)
    b   DMA time of one token: bytes / 4 + the buffer-descriptor overhead
    h   stream-hop latency per hop                  K  a kernel's cycles per call
    l   lock acquire/release                        L  core-loop back-edge

A core's `Acquire`/`Release` steps cost `l` each and a loop iteration `L`; the engine adds
these pending cycles to the start of the next kernel call. So a core that acquires and
releases f fifos per iteration issues kernel calls `K + 2 f l + L` apart when nothing
stalls it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import replace
from itertools import pairwise
from math import ceil
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from sparta.sim.cost import kernel_cost
from sparta.sim.device import load_device
from sparta.sim.engine import Engine, EngineResult
from sparta.sim.errors import DeadlockError
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
    Step,
    TileProgram,
    Transfer,
    Via,
)
from sparta.sim.routing import hops
from sparta.sim.simulator import simulate
from sparta.sim.validate import validate

NPU1 = load_device("npu1")
N = 256
"""int32 elements per token (1 KiB)."""
SHIM, A, B = Coord(0, 0), Coord(0, 2), Coord(0, 3)
HOPS = hops(SHIM, A)

C = NPU1.dma.shim_cold_start_cycles
P = NPU1.dma.shim_task_overhead_cycles
H = NPU1.stream.hop_latency_cycles
LOCK = NPU1.core.lock_cycles
LOOP = NPU1.core.loop_iteration_cycles


def token_dma(elements: int = N) -> int:
    """b: one int32 token over one 32-bit stream plus its buffer descriptor."""
    return ceil(4 * elements / NPU1.dma.channel_bytes_per_cycle) + NPU1.dma.bd_overhead_cycles


def kernel_by_hand(muls: int, consume: bool, produce: bool, elements: int = N) -> int:
    """K: overhead + max(vector, load, store) for `muls` chained int32 multiplies."""
    vector = muls * ceil(elements / NPU1.core.mul_lanes["i32"])
    load = ceil(4 * elements / NPU1.load_bytes_per_cycle) if consume else 0
    store = ceil(4 * elements / NPU1.store_bytes_per_cycle) if produce else 0
    return NPU1.core.kernel_overhead_cycles + max(vector, load, store)


def mul_kernel(name: str, muls: int, consume: bool = True, produce: bool = True) -> Kernel:
    """Read a token (or start from a constant), multiply by 3 `muls` times, write a token."""
    shape = (N,)
    operands: list[KernelOperand] = []
    ops: list[KernelOp] = [KernelOp("arith.constant", (), 0, shape, "i32", (("value", 3),))]
    value = 0
    if consume:
        operands.append(KernelOperand(Port.CONSUME, 1, shape, "i32"))
        ops.append(KernelOp("tile.read", (), 1, shape, "i32", _at(0)))
        value = 1
    for i in range(muls):
        ops.append(KernelOp("arith.muli", (value, 0), 10 + i, shape, "i32"))
        value = 10 + i
    if produce:
        operands.append(KernelOperand(Port.PRODUCE, 1, shape, "i32"))
        ops.append(KernelOp("tile.write", (value,), None, shape, "i32", _at(len(operands) - 1)))
    return Kernel(name, tuple(operands), tuple(ops))


def _at(operand: int) -> tuple[tuple[str, object], ...]:
    return (("operand", operand), ("token", 0), ("start", (0,)))


def body(kernel: str, consume: str | None, produce: str | None, count: int = 1) -> Step:
    """A loop of `count` iterations: acquire, run, release (inputs first)."""
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
    return Loop(count, tuple(steps))


def dma_in(name: str, *ends: tuple[Coord, int]) -> Fifo:
    """A shim-fed fifo to one or more cores (tile, landing depth)."""
    consumers = tuple(FifoEnd(tile, Via.DMA, depth, 0, hops(SHIM, tile)) for tile, depth in ends)
    return Fifo(name, SHIM, SHIM, consumers, (N,), "i32", 0, 0)


def transfer(fifo: str, external: str, direction: Direction, tokens: int) -> Transfer:
    pattern = AccessPattern(0, (tokens * N,), (1,))
    return Transfer(fifo, external, direction, SHIM, 0, (pattern,))


def one_core(tokens: int, muls: int, depth: int = 2) -> TileProgram:
    """shim -> core (0,2) -> shim, one kernel call per token."""
    out = Fifo("out", A, A, (FifoEnd(SHIM, Via.DMA, 0, 0, HOPS),), (N,), "i32", depth, 0)
    return TileProgram(
        name="one_core",
        device="npu1",
        externals=(
            External("x", 0, (tokens * N,), "i32"),
            External("y", 1, (tokens * N,), "i32"),
        ),
        fifos=(dma_in("in", (A, depth)), out),
        kernels=(mul_kernel("k", muls),),
        cores=(Core(A, (body("k", "in", "out", tokens),)),),
        transfers=(
            transfer("in", "x", Direction.MM2S, tokens),
            transfer("out", "y", Direction.S2MM, tokens),
        ),
    )


def two_stage(tokens: int, muls_a: int, muls_b: int, depth: int) -> TileProgram:
    """Core (0,2) makes tokens and hands them to core (0,3) in shared memory."""
    fifo = Fifo("f", A, B, (FifoEnd(B, Via.SHARED),), (N,), "i32", depth)
    return TileProgram(
        name="two_stage",
        device="npu1",
        externals=(),
        fifos=(fifo,),
        kernels=(
            mul_kernel("make", muls_a, consume=False),
            mul_kernel("take", muls_b, produce=False),
        ),
        cores=(
            Core(A, (body("make", None, "f", tokens),)),
            Core(B, (body("take", "f", None, tokens),)),
        ),
        transfers=(),
    )


def broadcast(tokens: int, muls_fast: int, muls_slow: int) -> TileProgram:
    """One shim stream broadcast to a fast and a slow consumer."""
    return TileProgram(
        name="broadcast",
        device="npu1",
        externals=(External("x", 0, (tokens * N,), "i32"),),
        fifos=(dma_in("in", (A, 2), (B, 2)),),
        kernels=(
            mul_kernel("fast", muls_fast, produce=False),
            mul_kernel("slow", muls_slow, produce=False),
        ),
        cores=(
            Core(A, (body("fast", "in", None, tokens),)),
            Core(B, (body("slow", "in", None, tokens),)),
        ),
        transfers=(transfer("in", "x", Direction.MM2S, tokens),),
    )


def run(program: TileProgram) -> EngineResult:
    return Engine(program, NPU1, trace=True).run()


def starts(timing: EngineResult, tile: Coord) -> list[int]:
    """Start cycles of the kernel calls of the core at `tile`."""
    assert timing.trace is not None
    return [start for track, _, start, _ in timing.trace if track == str(tile)]


def gaps(values: list[int]) -> set[int]:
    return {b - a for a, b in pairwise(values)}


@pytest.mark.parametrize(
    "program",
    [one_core(2, 1), two_stage(2, 1, 1, 1), broadcast(2, 1, 2)],
    ids=["one_core", "two_stage", "broadcast"],
)
def test_the_hand_built_programs_are_valid(program: TileProgram) -> None:
    validate(program, NPU1)


# --- one core --------------------------------------------------------------------------


def test_kernel_cost_matches_the_hand_formula() -> None:
    for muls, consume, produce in ((1, True, True), (6, True, True), (3, False, True)):
        kernel = mul_kernel("k", muls, consume, produce)
        assert kernel_cost(kernel, NPU1).cycles == kernel_by_hand(muls, consume, produce)


def test_one_token_is_dma_in_plus_kernel_plus_dma_out() -> None:
    k, b = kernel_by_hand(6, True, True), token_dma()
    dma_in_cycles = C + P + b + HOPS * H  # cold start, task, token, hops
    kernel = 2 * LOCK + k  # acquire in, acquire out, call
    dma_out_cycles = P + b + HOPS * H  # the output task starts when the core releases
    timing = run(one_core(1, 6))
    assert starts(timing, A) == [dma_in_cycles + 2 * LOCK]
    assert timing.cycles == dma_in_cycles + kernel + dma_out_cycles


def test_dma_bound_core_runs_at_the_stream_rate() -> None:
    tokens, k, b = 12, kernel_by_hand(1, True, True), token_dma()
    assert k + 2 * 2 * LOCK + LOOP < b  # the kernel is faster than one token's DMA
    timing = run(one_core(tokens, 1))
    assert gaps(starts(timing, A)[3:]) == {b}
    # The output channel carries its task overhead P as a lag behind the input and then
    # moves one token every b cycles: (tokens + 1) token times in all.
    assert timing.cycles == C + 2 * P + (tokens + 1) * b + k + 2 * LOCK + 2 * HOPS * H
    assert timing.tiles[A].busy == tokens * k


def test_compute_bound_core_issues_calls_back_to_back() -> None:
    tokens, k = 8, kernel_by_hand(19, True, True)
    assert k > token_dma() + P  # even the first output task hides behind one call
    timing = run(one_core(tokens, 19))
    assert gaps(starts(timing, A)) == {k + 4 * LOCK + LOOP}
    first = C + P + token_dma() + HOPS * H + 2 * LOCK
    last_end = first + (tokens - 1) * (k + 4 * LOCK + LOOP) + k
    assert timing.cycles == last_end + token_dma() + HOPS * H


# --- pipelines -------------------------------------------------------------------------


@pytest.mark.parametrize(("muls_a", "muls_b"), [(2, 9), (9, 2)])
def test_two_stage_throughput_is_the_slowest_stage(muls_a: int, muls_b: int) -> None:
    tokens = 10
    ka = kernel_by_hand(muls_a, False, True)
    kb = kernel_by_hand(muls_b, True, False)
    period = max(ka, kb) + 2 * LOCK + LOOP  # one fifo each: acquire, release, loop
    timing = run(two_stage(tokens, muls_a, muls_b, depth=2))
    assert gaps(starts(timing, B)[2:]) == {period}
    assert gaps(starts(timing, A)[3:]) == {period}
    # The first token crosses both stages, then the slower one sets the pace.
    # A acquires, runs and releases (a release takes effect at once; its lock cycle is
    # charged to A's next call); B acquires.
    assert starts(timing, B)[0] == LOCK + ka + LOCK
    assert timing.cycles == starts(timing, B)[-1] + kb + LOCK


def test_broadcast_moves_at_the_slowest_consumers_pace() -> None:
    tokens = 10
    slow = kernel_by_hand(20, True, False)
    assert slow > token_dma()
    timing = run(broadcast(tokens, 1, 20))
    period = slow + 2 * LOCK + LOOP
    assert gaps(starts(timing, B)[1:]) == {period}
    # The fast consumer is held back by the shared stream: same pace, mostly stalled.
    assert gaps(starts(timing, A)[3:]) == {period}
    fast = kernel_by_hand(1, True, False)
    assert timing.tiles[A].stall_input > (tokens - 3) * (slow - fast)


def test_depth_two_overlaps_producer_and_consumer() -> None:
    tokens, muls = 10, 6
    k = kernel_by_hand(muls, False, True)
    assert k == kernel_by_hand(muls, True, False)
    single = run(two_stage(tokens, muls, muls, depth=1))
    double = run(two_stage(tokens, muls, muls, depth=2))
    assert gaps(starts(double, B)[1:]) == {k + 2 * LOCK + LOOP}
    # Depth 1: the producer may refill the buffer only after the consumer's call, so
    # the two calls serialize (plus the lock and loop cycles around each hand-over).
    (single_period,) = gaps(starts(single, B)[1:])
    assert 2 * k <= single_period <= 2 * k + 2 * (2 * LOCK + LOOP)
    # Serialized, every token costs both calls; overlapped, one call plus its hand-over
    # (the first token crosses both stages).
    assert single.cycles >= tokens * 2 * k
    assert double.cycles <= k + tokens * (k + 2 * LOCK + LOOP) + 2 * LOCK
    assert single.tiles[A].stall_output >= (tokens - 1) * (k - 2 * LOCK - LOOP)


# --- deadlock --------------------------------------------------------------------------


def _deadlock(program: TileProgram) -> DeadlockError:
    start = time.perf_counter()
    with pytest.raises(DeadlockError) as info:
        Engine(program, NPU1).run()
    assert time.perf_counter() - start < 2.0
    return info.value


def test_acquiring_more_than_the_depth_is_a_deadlock() -> None:
    program = two_stage(4, 1, 1, depth=2)
    greedy = (
        Loop(
            2, (Acquire("f", Port.CONSUME, 3), Run("take", ("f",)), Release("f", Port.CONSUME, 1))
        ),
    )
    program = replace(program, cores=(program.cores[0], Core(B, greedy)))
    err = _deadlock(program)
    text = str(err)
    assert "core (0,3) waits to acquire 3 of fifo f (consume)" in text
    assert "2 produced, depth 2" in text
    assert "core (0,2) waits to acquire 1 of fifo f (produce)" in text
    assert "last acquires and releases before it:" in text
    assert "core (0,2) released 1 of fifo f" in text
    assert "core (0,3) acquired 1 of fifo f" not in text  # it waits for 3
    assert "core (0,2) acquired 1 of fifo f" in text


def test_keeping_history_changes_no_timing() -> None:
    """History adds log steps to the cores' code; the schedule must not move."""
    for program in (two_stage(6, 1, 3, depth=2), broadcast(5, 1, 4)):
        plain = Engine(program, NPU1).run()
        logged = Engine(program, NPU1, history=True)
        kept = logged.run()
        assert kept.cycles == plain.cycles
        assert kept.events == plain.events
        assert {t: s.busy for t, s in kept.tiles.items()} == {
            t: s.busy for t, s in plain.tiles.items()
        }
        assert logged.history is not None
        assert len(logged.history) > 0


def test_a_cycle_of_waits_is_a_deadlock() -> None:
    """A consumes g before it produces f, B consumes f before it produces g."""
    f = Fifo("f", A, B, (FifoEnd(B, Via.SHARED),), (N,), "i32", 2)
    g = Fifo("g", B, B, (FifoEnd(A, Via.SHARED),), (N,), "i32", 2)
    kernel = mul_kernel("k", 1)
    program = TileProgram(
        "cycle",
        "npu1",
        (),
        (f, g),
        (kernel,),
        (Core(A, (body("k", "g", "f", 3),)), Core(B, (body("k", "f", "g", 3),))),
        (),
    )
    text = str(_deadlock(program))
    assert "deadlock at cycle 0" in text
    assert "core (0,2) waits to acquire 1 of fifo g (consume)" in text
    assert "core (0,3) waits to acquire 1 of fifo f (consume)" in text


def test_a_dma_into_a_full_pool_names_the_pool() -> None:
    greedy = (Loop(1, (Acquire("in", Port.CONSUME, 3), Run("k", ("in", "out")))),)
    program = replace(one_core(4, 1), cores=(Core(A, greedy),))
    err = _deadlock(program)
    assert err.full == [("in", A)]
    assert "dma in waits to move token 2 of fifo in: in@(0,2) is full (depth 2)" in str(err)


# --- determinism -----------------------------------------------------------------------

DETERMINISM_PROGRAM = """\
tile.program @determinism on "npu1" work(ops 6144, bytes_in 4096, bytes_out 4096, dtype i32) {
  %s = tile.tile shim (0, 0)
  %a = tile.tile compute (0, 2)
  %b = tile.tile compute (0, 3)
  tile.external @x arg 0 : memref<8x128xi32>
  tile.external @y arg 1 : memref<8x128xi32>
  tile.fifo @in (%s -> %a dma depth 2 channel 0 hops 2, %b dma depth 2 channel 0 hops 3)
      depth 0 channel 0 : memref<128xi32>
  tile.fifo @mid (%a -> %b shared) pool %b depth 2 : memref<128xi32>
  tile.fifo @out (%b -> %s dma depth 0 channel 0 hops 3) depth 2 channel 0 : memref<128xi32>
  tile.kernel @double(%i : !tile.window<consume 1 x memref<128xi32>>,
                      %o : !tile.window<produce 1 x memref<128xi32>>) {
    %x = tile.read %i[0, 0] : vector<128xi32>
    %y = arith.addi %x, %x : vector<128xi32>
    tile.write %y, %o[0, 0] : vector<128xi32>
    tile.yield
  }
  tile.kernel @sum(%m : !tile.window<consume 1 x memref<128xi32>>,
                   %i : !tile.window<consume 1 x memref<128xi32>>,
                   %o : !tile.window<produce 1 x memref<128xi32>>) {
    %x = tile.read %m[0, 0] : vector<128xi32>
    %y = tile.read %i[0, 0] : vector<128xi32>
    %z = arith.muli %x, %y : vector<128xi32>
    %w = arith.addi %z, %y : vector<128xi32>
    tile.write %w, %o[0, 0] : vector<128xi32>
    tile.yield
  }
  tile.core(%a) {
    tile.loop 8 {
      tile.acquire @in consume 1
      tile.acquire @mid produce 1
      tile.run @double(@in, @mid)
      tile.release @in consume 1
      tile.release @mid produce 1
    }
  }
  tile.core(%b) {
    tile.loop 8 {
      tile.acquire @mid consume 1
      tile.acquire @in consume 1
      tile.acquire @out produce 1
      tile.run @sum(@mid, @in, @out)
      tile.release @mid consume 1
      tile.release @in consume 1
      tile.release @out produce 1
    }
  }
  tile.transfer mm2s %s channel 0 @x -> @in [offset 0, sizes [8, 128], strides [128, 1]]
  tile.transfer s2mm %s channel 0 @out -> @y [offset 0, sizes [8, 128], strides [128, 1]]
}
"""
WALL_KEYS = ("wall_seconds", "events_per_second", "cycles_per_second")


def _without_wall_time(report: dict[str, Any]) -> dict[str, Any]:
    """The report minus the fields that measure the host, not the simulated run."""
    simulation = {k: v for k, v in report["simulation"].items() if k not in WALL_KEYS}
    return report | {"simulation": simulation}


def test_same_program_same_result_in_process() -> None:
    from sparta.sim.report import build_report

    program = one_core(6, 3)
    inputs = [np.arange(6 * N, dtype=np.int32), np.zeros(6 * N, dtype=np.int32)]
    first, second = (simulate(program, NPU1, inputs, trace=True) for _ in range(2))
    assert first.timing.cycles == second.timing.cycles
    assert first.timing.trace == second.timing.trace
    for a, b in zip(first.outputs, second.outputs, strict=True):
        np.testing.assert_array_equal(a, b)
    np.testing.assert_array_equal(first.outputs[1], inputs[0] * 3**3)
    reports = [
        _without_wall_time(build_report(program, NPU1, s.timing).to_json()) for s in (first, second)
    ]
    assert reports[0] == reports[1]


def test_same_report_across_hash_seeds(tmp_path: Path) -> None:
    source = tmp_path / "determinism.mlir"
    source.write_text(DETERMINISM_PROGRAM)
    tool = Path(sys.executable).with_name("sparta-sim")
    results = []
    for seed in ("0", "4242"):
        report, outputs = tmp_path / f"r{seed}.json", tmp_path / f"o{seed}.npz"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [
                str(tool),
                str(source),
                "--no-progress",
                "--report",
                str(report),
                "--save-outputs",
                str(outputs),
            ],
            check=True,
            env=env,
            capture_output=True,
        )
        with np.load(outputs) as arrays:
            saved = {key: arrays[key] for key in arrays.files}
        results.append((_without_wall_time(json.loads(report.read_text())), saved))
    (report_a, out_a), (report_b, out_b) = results
    assert report_a == report_b
    assert report_a["cycles"] > 0
    assert out_a.keys() == out_b.keys()
    for key in out_a:
        np.testing.assert_array_equal(out_a[key], out_b[key])


def test_misaligned_bf16_read_on_aie1_is_a_same_width_shuffle() -> None:
    """AIE1 has no bf16 arithmetic, but realigning a bf16 load moves 16-bit words: it runs
    on the int16 lanes (32 on vck190), one chunk per 32 elements."""
    from sparta.passes.gemm_mapping import matmul_kernel, operands
    from sparta.sim.device import load_device

    vck190 = load_device("vck190")
    ops = operands("bf16", "bf16", vck190)
    aligned = kernel_cost(matmul_kernel(ops, 16, 32, 16, share=2, slot=0), vck190)
    shifted = kernel_cost(matmul_kernel(ops, 16, 32, 16, share=2, slot=1), vck190)
    lanes = vck190.core.alu_lanes["i16"]
    assert shifted.vector_cycles - aligned.vector_cycles == 32 * 16 // lanes
