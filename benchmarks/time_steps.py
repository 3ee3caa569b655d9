"""Time-stepped stencils: host-driven against temporal pipelines, and IREE on this CPU.

For each workload (2-D Jacobi 5-point, 3-D heat 7-point; `kernels/time_steps.py` puts the
elementary stencil inside a time loop whose two levels swap), element type, step count T
and device, every steps-per-pass K that divides T (1: host-driven; up to `--max-k`) is
compiled with `--time-steps-per-pass K`, simulated and checked against the numpy
reference, which runs the loop itself. A row gives the cycles, GOp/s (the loop's useful
operations), the fraction of that mode's own roofline, and the speed-up over the one-step
I/O roofline (every step's fields through DDR: what no step-at-a-time mapping passes).
IREE's time for the same loop on this machine's CPU (best of 3, after a warm-up) is the
CPU row. Each run is one task on a Dask cluster (local by default, `--scheduler` for a
real one); the table goes to `--out`, the plot of GOp/s against T to `--plot`.

    python benchmarks/time_steps.py                     # the default grid (long: hours)
    python benchmarks/time_steps.py --kernels jacobi2d --dtypes f32 --steps 16 \\
        --targets vck190 --max-k 4 --out docs/time_steps.txt --plot docs/time_steps.png
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cluster import connect

KERNELS = {
    "jacobi2d": ("jacobi_2d_5pt", (1024, 1024)),
    "heat3d": ("heat_3d", (128, 128, 64)),
}
"""Workload name -> (generator in `sparta.kernels.elementary`, grid)."""


def program_text(kernel: str, dtype: str, steps: int) -> str:
    from sparta.kernels import elementary
    from sparta.kernels.time_steps import time_stepped

    generator, grid = KERNELS[kernel]
    return time_stepped(getattr(elementary, generator)(*grid, dtype=dtype), steps)


def run_mapping(kernel: str, dtype: str, steps: int, target: str, per_pass: int) -> dict[str, Any]:
    """Compile, simulate and check one configuration; the report's headline figures."""
    from sparta.compiler.session import Session, SessionOptions
    from sparta.sim.errors import SpartaError

    row: dict[str, Any] = {
        "kernel": kernel,
        "dtype": dtype,
        "steps": steps,
        "target": target,
        "k": per_pass,
    }
    with tempfile.TemporaryDirectory(prefix="sparta-steps-") as tmp:
        path = Path(tmp) / "program.mlir"
        path.write_text(program_text(kernel, dtype, steps))
        options = SessionOptions(
            input=str(path),
            target=target,
            check=True,
            no_progress=True,
            time_steps_per_pass=per_pass,
        )
        start = time.perf_counter()
        try:
            session = Session(options)
            session.run()
        except SpartaError as err:
            return row | {"outcome": "rejected", "diagnostic": str(err).splitlines()[0]}
        assert session.report is not None
        data = session.report.to_json()
        loop = data["time_loop"]
        return row | {
            "outcome": "ok" if all(c.passed for c in session.checks) else "disagreement",
            "cycles": data["cycles"],
            "gops": data["throughput_gops"],
            "roofline_fraction": data["roofline_fraction"],
            "one_step_io_gops": loop["one_step_io_roofline_gops"],
            "speedup": loop["speedup_over_one_step_io_roofline"],
            "tiles": data["tiles_used"],
            "compile_seconds": session.timer.seconds("compile"),
            "wall_seconds": time.perf_counter() - start,
        }


def run_cpu(kernel: str, dtype: str, steps: int) -> dict[str, Any]:
    """IREE on this CPU: the emitted loop, best of 3 runs after a warm-up."""
    import numpy as np

    from sparta.compiler.frontend import parse_module
    from sparta.compiler.iree_reference import compile_program
    from sparta.compiler.program_io import load_inputs
    from sparta.compiler.signature import argument_specs, entry_function

    module = parse_module(program_text(kernel, dtype, steps), "program.mlir")
    function = entry_function(module)
    inputs = load_inputs(None, argument_specs(function), 0)
    compiled = compile_program(module, function)
    compiled.run([a.copy() for a in inputs])
    best = float("inf")
    for _ in range(3):
        arrays = [np.array(a, copy=True) for a in inputs]
        start = time.perf_counter()
        compiled.run(arrays)
        best = min(best, time.perf_counter() - start)
    return {"kernel": kernel, "dtype": dtype, "steps": steps, "target": "cpu", "seconds": best}


def _table(rows: list[dict[str, Any]]) -> str:
    lines = [
        f"{'kernel':<9}{'dtype':<6}{'T':>4} {'target':<7}{'K':>3} {'outcome':<9}"
        f"{'cycles':>12}{'GOp/s':>9}{'roofline':>9}{'x 1-step IO':>12}{'tiles':>6}{'compile s':>10}"
    ]
    for r in sorted(
        rows, key=lambda r: (r["kernel"], r["dtype"], r["steps"], r["target"], r.get("k", 0))
    ):
        if r["target"] == "cpu":
            lines.append(
                f"{r['kernel']:<9}{r['dtype']:<6}{r['steps']:>4} {'cpu':<7}{'':>3} {'iree':<9}"
                f"{'':>12}{'':>9}{'':>9}{'':>12}{'':>6}{'':>10}  {r['seconds'] * 1e3:.1f} ms"
            )
            continue
        if r["outcome"] != "ok":
            lines.append(
                f"{r['kernel']:<9}{r['dtype']:<6}{r['steps']:>4} {r['target']:<7}{r['k']:>3} "
                f"{r['outcome']:<9} {r.get('diagnostic', '')[:90]}"
            )
            continue
        lines.append(
            f"{r['kernel']:<9}{r['dtype']:<6}{r['steps']:>4} {r['target']:<7}{r['k']:>3} "
            f"{r['outcome']:<9}{r['cycles']:>12,}{r['gops']:>9.1f}"
            f"{100 * r['roofline_fraction']:>8.1f}%{r['speedup']:>11.2f}x{r['tiles']:>6}"
            f"{r['compile_seconds']:>10.1f}"
        )
    return "\n".join(lines) + "\n"


def _plot(rows: list[dict[str, Any]], path: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axis = plt.subplots(figsize=(7, 4.5))
    series: dict[str, list[tuple[int, float]]] = {}
    for r in rows:
        if r["target"] == "cpu" or r["outcome"] != "ok":
            continue
        label = f"{r['kernel']} {r['dtype']} {r['target']} K={r['k']}"
        series.setdefault(label, []).append((r["steps"], r["gops"]))
    for label, points in sorted(series.items()):
        points.sort()
        axis.plot([p[0] for p in points], [p[1] for p in points], marker="o", label=label)
    axis.set_xscale("log", base=2)
    axis.set_xlabel("time steps T")
    axis.set_ylabel("GOp/s (simulated)")
    axis.set_title("Time-stepped stencils: throughput against steps")
    axis.legend(fontsize=7)
    figure.tight_layout()
    figure.savefig(path, dpi=120)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--kernels", nargs="+", default=sorted(KERNELS), choices=sorted(KERNELS))
    parser.add_argument("--dtypes", nargs="+", default=["f32", "i32"])
    parser.add_argument("--steps", nargs="+", type=int, default=[1, 4, 16, 64])
    parser.add_argument("--targets", nargs="+", default=["vck190", "npu1", "npu2"])
    parser.add_argument("--max-k", type=int, default=16, help="largest steps per pass tried")
    parser.add_argument("--no-cpu", action="store_true", help="skip the IREE CPU runs")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--scheduler", metavar="ADDRESS")
    parser.add_argument("--out", default="docs/time_steps.txt")
    parser.add_argument("--plot", default="docs/time_steps.png")
    args = parser.parse_args(argv)
    jobs: list[tuple[Any, tuple[Any, ...]]] = []
    for kernel in args.kernels:
        for dtype in args.dtypes:
            for steps in args.steps:
                if not args.no_cpu:
                    jobs.append((run_cpu, (kernel, dtype, steps)))
                for target in args.targets:
                    for k in range(1, min(steps, args.max_k) + 1):
                        if steps % k == 0 and (k & (k - 1)) == 0:
                            jobs.append((run_mapping, (kernel, dtype, steps, target, k)))
    rows: list[dict[str, Any]] = []
    start = time.perf_counter()
    with connect(args.scheduler, args.workers) as client:
        futures = [client.submit(f, *a, pure=False) for f, a in jobs]
        for k, future in enumerate(futures):
            rows.append(future.result())
            print(
                f"[{k + 1}/{len(jobs)}] {time.perf_counter() - start:6.0f} s {rows[-1]}",
                file=sys.stderr,
            )
    command = "python benchmarks/time_steps.py " + " ".join(
        argv if argv is not None else sys.argv[1:]
    )
    text = f"# {command}\n# {len(jobs)} runs in {time.perf_counter() - start:.0f} s\n" + _table(
        rows
    )
    Path(args.out).write_text(text)
    _plot(rows, args.plot)
    print(text, end="")
    return 1 if any(r.get("outcome") == "disagreement" for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
