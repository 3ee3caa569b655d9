"""CPU baseline: the throughput IREE reaches on this machine, beside the simulated accelerator's.

Each workload (hdiff 256x256x64 in i32 and f32, each elementary stencil at its default sizes)
is lowered to upstream MLIR (`sparta.compiler.emit_mlir`), compiled once by IREE for every
feature of the host CPU (`NATIVE_FLAGS`), checked once against the numpy reference, then run
`--warmup` times and timed `--repeats` times on inputs already on the device; the median
counts. Throughput is the program's work over that time: source arithmetic ops per output
point times output points (`StencilModel.work().ops`), the same count the simulator's report
uses, so the speedup column (simulated / CPU) compares like with like.

The simulated column runs `sparta-compile --simulate` through `sparta.compiler.session.Session`;
where that fails (for example while the simulator pipeline is not wired yet) it shows n/a and
the reason is printed below the table.

Run: `python benchmarks/cpu_baseline.py [--repeats 20] [--warmup 3] [--target vck190]
[--json OUT.json] [--only hdiff jacobi_1d ...]`.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from importlib.metadata import version
from pathlib import Path

import numpy as np

from sparta.compiler.frontend import parse_module
from sparta.compiler.iree_reference import NATIVE_FLAGS, compile_program
from sparta.compiler.reference import evaluate
from sparta.compiler.signature import ArgSpec, argument_specs, entry_function
from sparta.kernels.registry import WORKLOADS
from sparta.passes.stencil_model import extract_model
from sparta.sim.errors import SpartaError

ELEMENTARY = ("jacobi_1d", "jacobi_2d_5pt", "jacobi_2d_9pt", "heat_3d", "diamond_2d_13pt")
CASES: tuple[tuple[str, str], ...] = (
    ("hdiff", "i32"),
    ("hdiff", "f32"),
    *((name, WORKLOADS[name].default_dtype) for name in ELEMENTARY),
)
"""(workload, dtype) rows, each at the generator's default sizes (hdiff: 256 x 256 x 64)."""

FLOAT_RTOL = 1e-5
"""Agreement with the reference for floats: the native build fuses multiply-adds (one
rounding instead of two), so floats differ from numpy by an ulp here and there."""


@dataclass(frozen=True)
class Row:
    """One workload's measurement; `sim_gops` is None where the simulator did not run."""

    workload: str
    dtype: str
    sizes: str
    ops: int
    cpu_seconds: float
    cpu_gops: float
    agrees: bool
    sim_gops: float | None

    @property
    def speedup(self) -> float | None:
        return self.sim_gops / self.cpu_gops if self.sim_gops is not None else None


def cpu_description() -> dict[str, object]:
    """The CPU's model name and logical CPU count (`/proc/cpuinfo`) and IREE's task topology."""
    models = []
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        models = [
            line.split(":", 1)[1].strip()
            for line in cpuinfo.read_text().splitlines()
            if line.startswith("model name")
        ]
    return {
        "model": models[0] if models else "unknown",
        "logical_cpus": len(models) or os.cpu_count(),
        "iree_task_topology": iree_task_topology(),
    }


def iree_task_topology() -> str:
    """The topology line(s) `iree-run-module --dump_task_topologies` prints, e.g.
    'topology[0]: 2 worker groups, numa node: 0'."""
    tool = Path(sys.executable).with_name("iree-run-module")
    if not tool.exists():
        return "unknown (iree-run-module not found)"
    result = subprocess.run(
        [str(tool), "--dump_task_topologies"], capture_output=True, text=True, check=False
    )
    lines = [
        line.strip("# ").strip()
        for line in result.stdout.splitlines()
        if line.startswith("# topology[")
    ]
    return "; ".join(lines) or "unknown"


def random_inputs(specs: list[ArgSpec], rng: np.random.Generator) -> list[np.ndarray]:
    """Integers in [-100, 100), floats standard normal, for every argument."""
    return [
        rng.standard_normal(spec.shape).astype(spec.dtype)
        if spec.dtype.kind == "f"
        else rng.integers(-100, 100, spec.shape).astype(spec.dtype)
        for spec in specs
    ]


def agrees(actual: list[np.ndarray], expected: list[np.ndarray]) -> bool:
    """Exact for integers, within `FLOAT_RTOL` (relative to each array's scale) for floats."""
    for got, want in zip(actual, expected, strict=True):
        if want.dtype.kind != "f":
            if not np.array_equal(got, want):
                return False
            continue
        scale = float(np.max(np.abs(want))) or 1.0
        if not np.allclose(got, want, rtol=FLOAT_RTOL, atol=FLOAT_RTOL * scale):
            return False
    return True


class Simulator:
    """The simulated throughput of a program, via `Session`; remembers why it failed."""

    def __init__(self, target: str) -> None:
        self.target = target
        self.failure: str | None = None

    def gops(self, text: str, name: str) -> float | None:
        if self.failure is not None:
            return None
        from sparta.compiler.session import Session, SessionOptions

        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"{name}.mlir"
            path.write_text(text)
            options = SessionOptions(
                input=str(path), target=self.target, simulate=True, no_progress=True
            )
            try:
                session = Session(options)
                session.run()
            except (SpartaError, ImportError, NotImplementedError) as err:
                self.failure = f"{type(err).__name__}: {err}"
                return None
        if session.report is None:
            self.failure = "the session produced no report"
            return None
        return float(session.report.to_json()["throughput_gops"])


def measure(
    name: str, dtype: str, repeats: int, warmup: int, simulator: Simulator, seed: int
) -> Row:
    """Compile, check and time one workload at its default sizes."""
    workload = WORKLOADS[name]
    text = workload.generate(dtype)
    module = parse_module(text, f"{name}.mlir")
    function = entry_function(module)
    ops = extract_model(function).work().ops
    program = compile_program(module, function, NATIVE_FLAGS)
    inputs = random_inputs(argument_specs(function), np.random.default_rng(seed))
    correct = agrees(program.run(inputs), evaluate(function, inputs))
    arguments = program.upload(inputs)
    for _ in range(warmup):
        program.invoke(arguments)
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        program.invoke(arguments)
        times.append(time.perf_counter() - start)
    seconds = statistics.median(times)
    sizes = "x".join(str(size) for size in workload.default_sizes.values())
    return Row(
        name, dtype, sizes, ops, seconds, ops / seconds / 1e9, correct, simulator.gops(text, name)
    )


def render(rows: list[Row], cpu: dict[str, object], args: argparse.Namespace) -> str:
    """The table and its header as terminal text."""
    flags = " ".join(NATIVE_FLAGS)
    lines = [
        f"CPU: {cpu['model']}, {cpu['logical_cpus']} logical CPUs; IREE task topology: "
        f"{cpu['iree_task_topology']}",
        f"IREE {version('iree-base-compiler')} llvm-cpu ({flags}); median of {args.repeats} "
        f"runs after {args.warmup} warm-up runs; ops = source ops per output point x points",
        "",
        f"{'workload':<16} {'dtype':<5} {'sizes':<14} {'ops/run':>13} {'CPU ms':>9} "
        f"{'CPU GOp/s':>10} {'ok':>3} {f'sim GOp/s ({args.target})':>20} {'speedup':>8}",
    ]
    for row in rows:
        sim = f"{row.sim_gops:,.1f}" if row.sim_gops is not None else "n/a"
        speedup = f"{row.speedup:,.1f}x" if row.speedup is not None else "n/a"
        lines.append(
            f"{row.workload:<16} {row.dtype:<5} {row.sizes:<14} {row.ops:>13,} "
            f"{row.cpu_seconds * 1e3:>9.2f} {row.cpu_gops:>10.2f} "
            f"{'yes' if row.agrees else 'NO':>3} {sim:>20} {speedup:>8}"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=20, help="timed runs (default 20)")
    parser.add_argument("--warmup", type=int, default=3, help="untimed runs first (default 3)")
    parser.add_argument("--target", default="vck190", help="simulated device (default vck190)")
    parser.add_argument("--seed", type=int, default=0, help="input data seed (default 0)")
    parser.add_argument("--json", metavar="OUT.json", help="also write the results as JSON")
    parser.add_argument("--only", nargs="+", metavar="WORKLOAD", help="measure these only")
    args = parser.parse_args()
    if args.repeats < 1 or args.warmup < 0:
        parser.error("--repeats must be at least 1 and --warmup at least 0")
    cases = [case for case in CASES if not args.only or case[0] in args.only]
    cpu = cpu_description()
    simulator = Simulator(args.target)
    rows = [
        measure(name, dtype, args.repeats, args.warmup, simulator, args.seed)
        for name, dtype in cases
    ]
    print(render(rows, cpu, args))
    if simulator.failure is not None:
        print(f"\nsim GOp/s is n/a: the simulator did not run ({simulator.failure})")
    if args.json:
        data = {
            "cpu": cpu,
            "iree_flags": list(NATIVE_FLAGS),
            "repeats": args.repeats,
            "warmup": args.warmup,
            "target": args.target,
            "simulator_failure": simulator.failure,
            "rows": [asdict(row) | {"speedup": row.speedup} for row in rows],
        }
        Path(args.json).write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")
    return 0 if all(row.agrees for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
