"""Calibration: the simulator's figures beside published AIE2 measurements.

Each point runs a hand-written tile program (`benchmarks/calibration/*.mlir`) on the bundled
device model, with the one parameter set in `sim/devices/<device>.toml` (nothing is tuned
per point), and compares one simulated figure with a published one:

- (a) MLIR-AIE programming guide section-4c, `vector_scalar_mul` on npu1: 72 cycles per
  pipelined kernel call on 1024 int16 (the store bound is 64), and 512 cycles to stream the
  1024 int16 (2048 B) of one call over one 32-bit stream ("PortRunning" in the trace).
- (b) the same section's single-core 64x64x64 matmul: about 2535 cycles measured against an
  ideal of 2048. The guide's arithmetic is inconsistent: 262,144 MACs at AIE2's int16 rate of
  64 MACs/cycle (AM020) is 4096 cycles, not 2048; 2048 cycles is 128 MACs/cycle, AIE2's bf16
  rate, and a measured 2535 < 4096 cannot be an int16 run at 64 MACs/cycle. We calibrate on
  the self-consistent (bf16) reading and print the int16 configuration's prediction too.
- (c) a passthrough limited by one 32-bit stream: N bytes take N/4 cycles. The model's
  figure is the run minus its documented fixed costs (shim cold start, one task overhead per
  shim task, stream-hop latencies), so what remains is the part that scales with N.

The table gives the published figure, the model's, the error, the tolerance and the source;
the notes below it say where each error comes from. The exit status is 1 when a checked
point is outside its tolerance. `docs/cost-model.md` documents the whole cost model.

Run: `python benchmarks/calibration.py [--json OUT.json]`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from sparta.compiler.frontend import parse_file
from sparta.compiler.session import find_program
from sparta.dialects.tile_extract import extract_program
from sparta.sim.device import Device, load_device
from sparta.sim.engine import EngineResult
from sparta.sim.errors import SimulationError
from sparta.sim.program import TileProgram, Via
from sparta.sim.simulator import Simulation, simulate
from sparta.sim.validate import validate
from sparta.sim.vector_ops import numpy_dtype

PROGRAMS = Path(__file__).resolve().parent / "calibration"
GUIDE = "MLIR-AIE programming guide section-4c (AIE2 hardware trace)"
MATMUL_NOTE = (
    "NOTE: the guide's 'ideal 2048 cycles' for the 64x64x64 int16 matmul is inconsistent: "
    "262,144 MACs at AIE2's int16 rate of 64 MACs/cycle (AM020) is 4096 cycles; 2048 cycles "
    "is the bf16 rate of 128 MACs/cycle, and a measured 2535 cycles is below the int16 bound. "
    "The matmul point is calibrated on the bf16 reading; the int16 prediction is shown, not "
    "checked."
)


@dataclass(frozen=True)
class Point:
    """One published figure and the model's figure for it."""

    key: str
    """A short identifier (`vsm-kernel`, `vsm-dma`, `matmul-bf16`, ...)."""
    name: str
    published: float
    model: float
    tolerance: float | None
    """Allowed relative error; None for figures shown for transparency, not checked."""
    unit: str
    source: str
    error_source: str
    """Why the model differs from the published figure."""
    tolerance_reason: str
    """Why the tolerance is what it is."""

    @property
    def error(self) -> float:
        """Relative error of the model against the published figure."""
        return (self.model - self.published) / self.published

    @property
    def passed(self) -> bool:
        return self.tolerance is None or abs(self.error) <= self.tolerance


def run(name: str) -> tuple[TileProgram, Device, Simulation]:
    """Validate and simulate `calibration/<name>.mlir` on its device, traced, on seeded data."""
    program = extract_program(find_program(parse_file(str(PROGRAMS / f"{name}.mlir"))))
    device = load_device(program.device)
    validate(program, device)
    rng = np.random.default_rng(0)
    inputs = [
        rng.integers(-64, 64, size=ext.shape).astype(numpy_dtype(ext.dtype))
        for ext in sorted(program.externals, key=lambda e: e.arg_index)
    ]
    simulation = simulate(program, device, inputs, trace=True)
    _check_values(program, inputs, simulation.outputs)
    return program, device, simulation


def _check_values(
    program: TileProgram, inputs: list[np.ndarray], outputs: list[np.ndarray]
) -> None:
    """A calibration program must compute what it claims (else its timing means nothing)."""
    if program.name == "vector_scalar_mul":
        expected = (inputs[0] * np.int16(3)).astype(np.int16)
    elif program.name == "passthrough":
        expected = inputs[0]
    else:
        a, b = (x.astype(np.float64) for x in inputs[:2])
        expected = (a @ b).astype(outputs[2].dtype)
    if not np.array_equal(outputs[-1], expected):
        raise SimulationError(f"calibration program {program.name} computed wrong values")


def spans(timing: EngineResult, name: str) -> list[int]:
    """Durations of the traced spans called `name` (a kernel or a fifo's DMA tokens)."""
    assert timing.trace is not None
    return [end - start for _, span, start, end in timing.trace if span == name]


def fixed_dma_cycles(program: TileProgram, device: Device) -> int:
    """A shim-to-shim run's documented fixed costs: cold start, task overheads, hop latency."""
    dma = device.dma
    tasks = sum(len(t.patterns) for t in program.transfers)
    hops = sum(end.hops for fifo in program.fifos for end in fifo.consumers if end.via is Via.DMA)
    return (
        dma.shim_cold_start_cycles
        + tasks * dma.shim_task_overhead_cycles
        + hops * device.stream.hop_latency_cycles
    )


def measure() -> list[Point]:
    """Run every calibration program and collect the points."""
    _, vsm_device, vsm = run("vector_scalar_mul")
    kernel = spans(vsm.timing, "scale")
    tokens = spans(vsm.timing, "in")[1:]  # the first token also carries the shim's start-up
    _, mm_device, mm = run("matmul_bf16")
    _, _, mm16 = run("matmul_int16")
    rate16 = mm_device.matmul.macs_per_cycle["int16"]
    pt_program, pt_device, pt = run("passthrough")
    pt_tokens = pt.timing.tokens["in"]
    n_bytes = pt_program.fifo("in").token_bytes * pt_tokens
    fixed = fixed_dma_cycles(pt_program, pt_device)
    pt_token_cycles = spans(pt.timing, "out")[-1]
    bd = vsm_device.dma.bd_overhead_cycles
    return [
        Point(
            key="vsm-kernel",
            name="vector_scalar_mul kernel call (int16 x 1024, pipelined)",
            published=72,
            model=sum(kernel) / len(kernel),
            tolerance=0.05,
            unit="cycles/call",
            source=f"{GUIDE}: 72 cycles",
            error_source="none by construction: core.kernel_overhead_cycles = 8 is fitted here "
            "(72 measured - 64-cycle store bound), so this point checks the store bound and the "
            "fit, not an independent prediction",
            tolerance_reason="+-3.6 cycles: trace event placement jitters by a few cycles (the "
            "guide itself says '6 cycles' of overhead for 72 - 64 = 8)",
        ),
        Point(
            key="vsm-dma",
            name="vector_scalar_mul DMA, 1024 int16 in on one stream",
            published=512,
            model=sum(tokens) / len(tokens),
            tolerance=0.02,
            unit="cycles/token",
            source=f"{GUIDE}: 512 cycles per PortRunning block",
            error_source=f"dma.bd_overhead_cycles = {bd} per token (xdna-emu) on top of the "
            "2048 B / 4 B-per-cycle stream bound",
            tolerance_reason="the per-token descriptor overhead (0.8%) and 'about 512' read "
            "off a trace; a wrong stream rate would miss by 50% or more",
        ),
        Point(
            key="matmul-bf16",
            name="matmul 64x64x64 kernel call, bf16 reading (128 MACs/cycle)",
            published=2535,
            model=spans(mm.timing, "mm")[0],
            tolerance=0.05,
            unit="cycles/call",
            source=f"{GUIDE}: ~2535 cycles, '80% of 2048'",
            error_source="matmul.inner_loop_overhead_cycles = 8 is fitted here ((2535 - 2048) "
            "/ 64 inner loops = 7.6, rounded to 8) and core.kernel_overhead_cycles = 8 is added "
            f"per call: 2048 + 64 x 8 + 8 = {mm.timing.kernel_costs['mm'].cycles}",
            tolerance_reason="as for the vector_scalar_mul kernel: a fit point, so only the "
            "integer rounding of the fitted constants and trace jitter remain",
        ),
        Point(
            key="matmul-int16",
            name="matmul 64x64x64 kernel call, int16 (64 MACs/cycle)",
            published=2535,
            model=spans(mm16.timing, "mm")[0],
            tolerance=None,
            unit="cycles/call",
            source=f"{GUIDE}; AM020 int16 rate",
            error_source=f"not checked: 262,144 MACs / {rate16} = {262144 // rate16} cycles "
            "alone exceed the measurement, so the guide's run cannot have used this rate "
            "(see NOTE)",
            tolerance_reason="shown for transparency only",
        ),
        Point(
            key="passthrough",
            name=f"passthrough shim -> mem tile -> shim, N = {n_bytes} B",
            published=n_bytes / (pt_device.stream.port_bits // 8),
            model=pt.timing.cycles - fixed,
            tolerance=0.03,
            unit="cycles",
            source="N/4: one 32-bit word per cycle per stream (UG1603, AM020; section-4c trace)",
            error_source=f"{pt_tokens} tokens x {bd} cycles of buffer descriptor overhead "
            f"({pt_tokens * bd / n_bytes * 4:.1%}), plus one token of store-and-forward fill "
            f"through the memory tile ({pt_token_cycles / n_bytes * 4:.1%}); "
            f"the {fixed} fixed cycles removed are the shim cold start, "
            f"{len(pt_program.transfers)} shim task overheads and stream-hop latency",
            tolerance_reason="covers the two documented per-token effects at 4 KiB tokens; a "
            "missing pipelining of the two channels would cost +100%",
        ),
    ]


def render(points: Sequence[Point]) -> str:
    """The calibration table, its notes and the verdict."""
    header = f"{'point':<58} {'published':>10} {'model':>10} {'error':>8} {'tol':>6}  source"
    lines = [header, "-" * len(header)]
    for p in points:
        tol = f"{100 * p.tolerance:.0f}%" if p.tolerance is not None else "-"
        mark = "" if p.passed else "  FAIL"
        lines.append(
            f"{p.name:<58} {p.published:>10,.0f} {p.model:>10,.0f} {100 * p.error:>+7.1f}% "
            f"{tol:>6}  {p.source}{mark}"
        )
    lines.append("")
    lines.append("where the model's error comes from, and why each tolerance:")
    for p in points:
        lines.append(f"  {p.key}: {p.error_source}")
        lines.append(f"  {'':{len(p.key)}}  tolerance: {p.tolerance_reason}")
    lines.append("")
    lines.append(MATMUL_NOTE)
    checked = [p for p in points if p.tolerance is not None]
    failed = [p for p in checked if not p.passed]
    lines.append(
        f"{len(checked) - len(failed)} of {len(checked)} checked points within tolerance"
        + (f"; FAILED: {', '.join(p.name for p in failed)}" if failed else "")
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the calibration table; 1 if a checked point is outside its tolerance."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--json", metavar="OUT.json", help="also write the points as JSON")
    args = parser.parse_args(argv)
    points = measure()
    print(render(points))
    if args.json:
        data = [asdict(p) | {"error": p.error, "passed": p.passed} for p in points]
        Path(args.json).write_text(json.dumps(data, indent=2) + "\n")
    return 0 if all(p.passed for p in points) else 1


if __name__ == "__main__":
    sys.exit(main())
