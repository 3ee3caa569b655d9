"""`sparta-compile`: compile a stencil or GEMM program for a tile array, run and check it.

    sparta-compile examples/hdiff.mlir --simulate --check --report r.json

Phases: parse -> prepare (entry function, `--demote-f64`, support checks) -> compile to
the tile dialect -> emit IR (`--emit`, `-o`) -> run (`--reference`, `--simulate`) ->
compare (`--check`) -> write outputs and the report. `--timing` prints the wall time of each
phase and pass.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from sparta.compiler.cli import run_tool
from sparta.compiler.session import Session, SessionOptions
from sparta.sim.errors import CheckFailed
from sparta.sim.program import Interface

DESCRIPTION = """\
Compile a stencil program (MLIR `stencil` dialect) or a quantized GEMM (linalg.matmul)
for a spatial AI-Engine-style tile array, and optionally run it on the cycle-approximate
simulator and on an independent reference.

Program I/O: `.npz` files keyed arg0, arg1, ... in the entry function's argument order;
each array has the field's full shape (halo included) and its element type. Arguments not
given with --inputs get deterministic random data from --seed.

Exit codes: 0 success, 1 bad input, 2 bad usage, 3 --check failed, 70 internal error."""

EPILOG = """\
examples:
  sparta-compile examples/hdiff.mlir --reference --save-outputs out.npz
  sparta-compile examples/hdiff.mlir --simulate --check --report report.json
  sparta-compile examples/hdiff.mlir --emit tile -o hdiff.tile.mlir --target npu1
  sparta-compile prog_f64.mlir --demote-f64 --simulate --check"""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; the help text is the user documentation of every flag."""
    parser = argparse.ArgumentParser(
        prog="sparta-compile",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("input", metavar="FILE.mlir", help="the program to compile")
    out = parser.add_argument_group("compilation")
    out.add_argument(
        "-o", "--output", metavar="OUT", help="write the emitted IR here (default: stdout)"
    )
    out.add_argument(
        "--target",
        default="vck190",
        metavar="{vck190,npu1,npu2,PATH.toml}",
        help="device model: a bundled name or a TOML file of your own (default: vck190)",
    )
    out.add_argument(
        "--entry", metavar="NAME", help="function to compile (default: first public func.func)"
    )
    out.add_argument(
        "--emit",
        choices=("stencil", "tile", "mlir"),
        help="IR to write: the prepared stencil program, the lowered tile program, or "
        "upstream MLIR (func/arith/tensor/linalg) that IREE accepts. Without --emit and -o "
        "the tile program is printed unless a run flag is given.",
    )
    out.add_argument(
        "--demote-f64",
        action="store_true",
        help="compile f64 programs in f32 (AI Engine cores have no fp64 units)",
    )
    out.add_argument(
        "--strategy",
        default="auto",
        help="stencil mapping strategy: auto (default), uniform, or sparta-bblock",
    )
    out.add_argument("--max-tiles", type=int, metavar="N", help="use at most N compute tiles")
    out.add_argument(
        "--time-steps-per-pass",
        type=_steps_per_pass,
        metavar="K|auto",
        default=1,
        help="for a time loop: chain K steps on chip per pass (K must divide the steps). "
        "Default 1: host-driven, one step per run. 'auto': the K the cost model estimates "
        "fastest per step (compiles every candidate: slow on large grids)",
    )
    gemm = parser.add_argument_group("GEMM quantization")
    gemm.add_argument("--weights", metavar="W.npz", help="weights of a GEMM/MLP program")
    gemm.add_argument(
        "--quantize",
        metavar="FMT",
        help="weight format: mxfp8_e4m3, mxfp8_e5m2, mxfp6_e3m2, mxfp6_e2m3, mxfp4_e2m1, "
        "mxint8, int8 or bf16",
    )
    gemm.add_argument(
        "--quant-method",
        choices=("rtn", "ed"),
        default="rtn",
        help="round-to-nearest or error diffusion (default: rtn)",
    )
    gemm.add_argument(
        "--calibration", metavar="CAL.npz", help="calibration inputs for error diffusion"
    )
    gemm.add_argument(
        "--gemm-io",
        choices=[io.value for io in Interface],
        default="shim",
        help="where a GEMM's operands and results cross the array edge: the interface "
        "tiles' DMA channels to DDR (shim, the default) or their streams from and to "
        "data movers in programmable logic (pl; vck190 only, the PL design is assumed to "
        "keep every stream fed)",
    )
    run = parser.add_argument_group("running")
    run.add_argument(
        "--simulate", action="store_true", help="run the compiled program on the simulator"
    )
    run.add_argument(
        "--reference",
        nargs="?",
        const="numpy",
        choices=("numpy", "iree"),
        help="run the source program on a reference: the numpy evaluator (default) or "
        "real MLIR compiled and run on the CPU by IREE",
    )
    run.add_argument(
        "--check",
        action="store_true",
        help="simulate and compare the outputs with the reference(s); exit 3 on mismatch "
        "(integers exact, floats within a relative tolerance)",
    )
    run.add_argument("--inputs", metavar="IN.npz", help="input arrays (keys arg0, arg1, ...)")
    run.add_argument(
        "--seed", type=int, default=0, help="seed for inputs not given in --inputs (default: 0)"
    )
    run.add_argument(
        "--save-outputs",
        metavar="OUT.npz",
        help="write every argument array after the run (simulator's if simulated, else the "
        "reference's)",
    )
    run.add_argument("--report", metavar="REPORT.json", help="write the run report as JSON")
    run.add_argument("--trace", metavar="TRACE.json", help="write a Chrome/Perfetto trace")
    run.add_argument(
        "--heatmap", metavar="HEAT.png", help="draw per-tile utilization (needs matplotlib)"
    )
    run.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    diag = parser.add_argument_group("diagnostics")
    diag.add_argument(
        "--timing", action="store_true", help="print wall time per phase and per pass"
    )
    diag.add_argument("--debug", action="store_true", help="show tracebacks of errors")
    return parser


def _steps_per_pass(text: str) -> int | None:
    """`auto` (None: the cost model chooses) or a positive integer."""
    if text == "auto":
        return None
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a positive integer or 'auto', got '{text}'"
        ) from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `sparta-compile` console script."""
    args = build_parser().parse_args(argv)
    options = SessionOptions.from_args(args)

    def body() -> int:
        session = Session(options)
        try:
            summary = session.run()
        except CheckFailed:
            print(session.summary)  # the report and the failing check line, then the error
            raise
        if summary:
            print(summary)
        if args.timing:
            print(session.timer.report(), file=sys.stderr)
        return 0

    return run_tool("sparta-compile", body, args.debug)


def dump_json(data: object) -> str:
    """JSON text the way sparta writes reports: sorted keys, stable across runs."""
    return json.dumps(data, indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    sys.exit(main())
