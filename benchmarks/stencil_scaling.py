"""Stencil scaling on vck190: `auto` against SPARTA's B-blocks at every scale point.

hdiff 256 x 256 x 64 int32 with a tile budget of 12, 24, 36, 48, 96, 192, 384 cores
(SPARTA's 1, 2, 3, 4, 8, 16, 32 B-blocks) and 400 (the whole array), compiled with
`--strategy auto` and `--strategy sparta-bblock` (no B-block count fits 400 exactly: it
runs 32 there too). Each run is simulated and checked bit-exact against the reference
evaluator. Columns: tiles used, compile seconds, simulated cycles, GOp/s, fraction of the
report's roofline, load imbalance, and auto's speed-up over bblock. Then the elementary
stencils and the weather kernels at the full array with `auto`.

    python benchmarks/stencil_scaling.py                 # table + stencil_scaling.png
    python benchmarks/stencil_scaling.py --json out.json --plot out.png
    python benchmarks/stencil_scaling.py --budgets 12 384 --skip-others
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from sparta.compiler.session import Session, SessionOptions
from sparta.kernels.registry import WORKLOADS
from sparta.sim.errors import SpartaError

BUDGETS = (12, 24, 36, 48, 96, 192, 384, 400)
STRATEGIES = ("auto", "sparta-bblock")
HDIFF_SIZES = {"nx": 256, "ny": 256, "nz": 64}


@dataclass(frozen=True)
class Point:
    """One compiled and simulated program."""

    program: str
    strategy: str
    budget: int
    tiles: int
    compile_seconds: float
    cycles: int
    gops: float
    roofline_fraction: float
    imbalance: float
    exact: bool
    wall_seconds: float
    error: str = ""


def run_point(path: Path, program: str, strategy: str, budget: int, target: str) -> Point:
    """Compile, simulate and check one program under a tile budget."""
    start = time.perf_counter()
    options = SessionOptions(
        input=str(path),
        target=target,
        strategy=strategy,
        max_tiles=budget,
        simulate=True,
        check=True,
        no_progress=True,
    )
    session = Session(options)
    try:
        session.run()
    except SpartaError as error:
        return Point(program, strategy, budget, 0, 0.0, 0, 0.0, 0.0, 0.0, False, 0.0, error.message)
    data = session.report_json()
    return Point(
        program,
        strategy,
        budget,
        data["tiles_used"],
        data["compile_seconds"],
        data["cycles"],
        data["throughput_gops"],
        data["roofline_fraction"],
        data["load_imbalance"],
        all(check.passed for check in session.checks),
        time.perf_counter() - start,
    )


def render(points: Sequence[Point]) -> str:
    header = (
        f"{'program':22} {'strategy':14} {'budget':>6} {'tiles':>5} {'compile s':>9} "
        f"{'cycles':>11} {'GOp/s':>8} {'%roof':>6} {'imbal':>6} {'exact':>5} {'vs bblock':>9}"
    )
    lines = [header, "-" * len(header)]
    bblock = {(p.program, p.budget): p for p in points if p.strategy == "sparta-bblock"}
    for p in points:
        if p.error:
            lines.append(f"{p.program:22} {p.strategy:14} {p.budget:6d}  -- {p.error[:90]}")
            continue
        other = bblock.get((p.program, p.budget))
        ratio = (
            f"{p.gops / other.gops:8.2f}x"
            if p.strategy == "auto" and other is not None and other.gops
            else ""
        )
        lines.append(
            f"{p.program:22} {p.strategy:14} {p.budget:6d} {p.tiles:5d} {p.compile_seconds:9.2f} "
            f"{p.cycles:11,d} {p.gops:8.1f} {100 * p.roofline_fraction:6.1f} "
            f"{p.imbalance:6.3f} {'yes' if p.exact else 'NO':>5} {ratio:>9}"
        )
    return "\n".join(lines)


def plot(points: Sequence[Point], path: str) -> None:
    """Throughput against the tile budget, one line per strategy."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 4.5))
    budgets = sorted({p.budget for p in points if p.program == "hdiff"})
    where = {b: i for i, b in enumerate(budgets)}  # evenly spaced scale points
    for strategy in STRATEGIES:
        ours = [p for p in points if p.program == "hdiff" and p.strategy == strategy and p.gops]
        ax.plot([where[p.budget] for p in ours], [p.gops for p in ours], marker="o", label=strategy)
    ax.set_xticks(range(len(budgets)), [str(b) for b in budgets])
    ax.set_xlabel("tile budget (--max-tiles)")
    ax.set_ylabel("simulated GOp/s")
    ax.set_title("hdiff 256x256x64 int32 on vck190")
    ax.grid(True, alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def main(argv: Sequence[str] | None = None) -> int:
    doc = __doc__ or ""
    parser = argparse.ArgumentParser(
        description=doc.split("\n", 1)[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--budgets", type=int, nargs="+", default=list(BUDGETS))
    parser.add_argument("--target", default="vck190")
    parser.add_argument("--skip-others", action="store_true", help="hdiff only")
    parser.add_argument("--plot", default="stencil_scaling.png", help="PNG path ('' for none)")
    parser.add_argument("--json", metavar="OUT.json", help="also write every point as JSON")
    args = parser.parse_args(argv)
    points: list[Point] = []
    with tempfile.TemporaryDirectory() as tmp:
        hdiff = Path(tmp) / "hdiff.mlir"
        hdiff.write_text(WORKLOADS["hdiff"].generate("i32", **HDIFF_SIZES))
        for budget in args.budgets:
            for strategy in STRATEGIES:
                print(f"hdiff {strategy} --max-tiles {budget}", file=sys.stderr, flush=True)
                points.append(run_point(hdiff, "hdiff", strategy, budget, args.target))
        if not args.skip_others:
            for name, workload in WORKLOADS.items():
                if name == "hdiff":
                    continue
                path = Path(tmp) / f"{name}.mlir"
                path.write_text(workload.generate("i32"))
                print(f"{name} auto (whole array)", file=sys.stderr, flush=True)
                points.append(run_point(path, name, "auto", 400, args.target))
    print(f"stencil scaling on {args.target} (simulated; exact = equals the reference)")
    print(render(points))
    if args.plot:
        plot(points, args.plot)
        print(f"plot written to {args.plot}")
    if args.json:
        Path(args.json).write_text(json.dumps([asdict(p) for p in points], indent=2) + "\n")
    return 0 if all(p.exact or p.error for p in points) else 1


if __name__ == "__main__":
    raise SystemExit(main())
