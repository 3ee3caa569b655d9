"""GEMM throughput on the simulated arrays, and quantization quality.

Throughput: square GEMMs (M = K = N) in every format on vck190, npu1 and npu2, compiled
by the GEMM passes and simulated; each row is checked bit-exact against the numpy model of
the same quantized arithmetic. Columns: simulated TOPS, fraction of the device peak (all
tiles at the format's MAC rate), fraction of the report's roofline (the lower of that peak
and the shim I/O bound), load imbalance, the grid (rows x columns, then "x Pk" when P
cores split K) and tile the passes chose, and the wall time. For int8 on vck190 the
published VC1902 designs are printed beside ours. `--gemm-io pl` feeds the array from
PL streams instead of the shim DMA channels (vck190 only; see `sparta-compile --help`).

Quality: `quant_quality.py`'s tables (RTN against error diffusion per format, on
heavy-tailed synthetic layers and the digits MLP).

    python benchmarks/gemm.py                    # sizes 128..2048, all formats, 3 devices
    python benchmarks/gemm.py --sizes 4096 --formats int8 --devices vck190
    python benchmarks/gemm.py --sizes 4096 --formats int8 --devices vck190 --gemm-io pl
    python benchmarks/gemm.py --json gemm.json   # also write every row (for plots)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from sparta.compiler.frontend import parse_module
from sparta.compiler.gemm_flow import combined_report, compile_layers, quantize, run_network
from sparta.kernels.gemm import gemm
from sparta.sim.device import load_device
from sparta.sim.formats import FORMATS
from sparta.sim.program import Interface
from sparta.sim.quantization import Layer, forward

SIZES = (128, 256, 512, 1024, 2048)
DEVICES = ("vck190", "npu1", "npu2")


@dataclass(frozen=True)
class Row:
    """One simulated GEMM."""

    size: int
    fmt: str
    device: str
    io: str
    cycles: int
    tops: float
    peak_tops: float
    peak_fraction: float
    roofline_fraction: float
    bound: str
    imbalance: float
    grid: str
    tile: str
    exact: bool
    wall_seconds: float


def run_one(size: int, fmt: str, device_name: str, io: str = "shim", seed: int = 0) -> Row:
    """Compile, quantize random data, simulate and check one GEMM."""
    start = time.perf_counter()
    device = load_device(device_name)
    module = parse_module(gemm(size, size, size), f"<gemm {size}>")
    compiled = compile_layers(module, fmt, "rtn", device_name, None, io=io)
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((size, size)).astype(np.float32)
    w = (rng.standard_normal((size, size)) / np.sqrt(size)).astype(np.float32)
    layers = [Layer(w, np.zeros(size, np.float32), relu=False)]
    qlayers = quantize(layers, compiled[0].ops, "rtn", x)
    out, runs, _ = run_network(compiled, qlayers, x, device)
    exact = bool(np.array_equal(out, forward(qlayers, x)))
    report = combined_report(runs, device, compiled[0].ops)
    layer = report["layers"][0]
    plan = compiled[0].plan
    return Row(
        size,
        fmt,
        device_name,
        io,
        report["cycles"],
        report["throughput_tops"],
        report["peak_tops"],
        report["peak_fraction"],
        report["roofline_fraction"],
        layer["roofline_bound"],
        report["load_imbalance"],
        f"{plan.rows}x{plan.cols}" + (f"x{plan.ksplit}k" if plan.ksplit > 1 else ""),
        f"{plan.m}x{plan.k}x{plan.n}/{plan.share}",
        exact,
        time.perf_counter() - start,
    )


def render_throughput(rows: Sequence[Row]) -> str:
    header = (
        f"{'device':8} {'io':4} {'format':11} {'size':>5} {'cycles':>11} {'TOPS':>8} {'peak':>7} "
        f"{'%peak':>6} {'%roof':>6} {'bound':>7} {'imbal':>6} {'grid':>9} "
        f"{'tile m x k x n/share':>20} {'exact':>5} {'wall s':>7}"
    )
    lines = [header, "-" * len(header)]
    for r in rows:
        lines.append(
            f"{r.device:8} {r.io:4} {r.fmt:11} {r.size:5d} {r.cycles:11,d} {r.tops:8.3f} "
            f"{r.peak_tops:7.1f} {100 * r.peak_fraction:6.1f} {100 * r.roofline_fraction:6.1f} "
            f"{r.bound:>7} {r.imbalance:6.3f} {r.grid:>9} {r.tile:>20} "
            f"{'yes' if r.exact else 'NO':>5} {r.wall_seconds:7.1f}"
        )
    return "\n".join(lines)


def render_published(rows: Sequence[Row]) -> str:
    ours = [r for r in rows if r.device == "vck190" and r.fmt == "int8"]
    if not ours:
        return ""
    best = max(ours, key=lambda r: r.tops)
    device = load_device("vck190")
    clock = device.array.clock_hz
    lines = [
        f"int8 on vck190 ({best.io} I/O), best simulated: {best.size}^3 at {best.tops:.1f} TOPS "
        f"({100 * best.peak_fraction:.1f}% of the {best.peak_tops:.1f} TOPS peak at "
        f"{clock / 1e9:g} GHz); published designs from the device file:"
    ]
    for figure in device.published:
        if figure.format != "int8":
            continue
        peak = best.peak_tops * figure.clock_hz / clock
        fraction = figure.tops / peak
        lines.append(
            f"  {figure.design}: {figure.tops:.2f} TOPS = {100 * fraction:.1f}% of its "
            f"{peak:.1f} TOPS peak at {figure.clock_hz / 1e9:g} GHz; sparta's fraction of "
            f"peak is {best.peak_fraction / fraction:.2f} times {figure.design}'s"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    doc = __doc__ or ""
    parser = argparse.ArgumentParser(
        description=doc.split("\n", 1)[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES), help="M = K = N")
    parser.add_argument("--formats", nargs="+", default=list(FORMATS), choices=list(FORMATS))
    parser.add_argument("--devices", nargs="+", default=list(DEVICES), choices=list(DEVICES))
    parser.add_argument("--seeds", type=int, default=5, help="seeds of the quality tables")
    parser.add_argument("--skip-quality", action="store_true", help="throughput only")
    parser.add_argument("--json", metavar="OUT.json", help="also write every row as JSON")
    parser.add_argument(
        "--gemm-io",
        choices=[io.value for io in Interface],
        default="shim",
        help="GEMM I/O through the shim DMA channels (default) or PL streams",
    )
    args = parser.parse_args(argv)
    rows = []
    total = len(args.sizes) * len(args.formats) * len(args.devices)
    for device in args.devices:
        for fmt in args.formats:
            for size in args.sizes:
                print(f"[{len(rows) + 1}/{total}] {device} {fmt} {size}^3", file=sys.stderr)
                rows.append(run_one(size, fmt, device, args.gemm_io))
    print("GEMM throughput (simulated; M = K = N; exact = equals the numpy quantized model)")
    print(render_throughput(rows))
    published = render_published(rows)
    if published:
        print()
        print(published)
    quality = None
    if not args.skip_quality:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from quant_quality import format_tables, quality_tables

        print(f"\nquantization quality ({args.seeds} seeds)", file=sys.stderr)
        quality = quality_tables(args.seeds)
        print()
        print(format_tables(quality))
    if args.json:
        data = {"throughput": [asdict(r) for r in rows], "quality": quality}
        Path(args.json).write_text(json.dumps(data, indent=2, default=float) + "\n")
    return 0 if all(r.exact for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
