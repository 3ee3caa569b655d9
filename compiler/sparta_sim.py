"""`sparta-sim`: run a lowered tile program on the simulator.

    sparta-sim hdiff.tile.mlir --inputs in.npz --save-outputs out.npz --report r.json

Takes the output of `sparta-compile --emit tile` (or a hand-written `tile.program`) and the
same program I/O flags as `sparta-compile`: arrays keyed `arg0, arg1, ...` by the
program's external buffers' argument indices. `--expect OUT.npz` compares the outputs
with arrays computed elsewhere (for example `sparta-compile --reference --save-outputs`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from xdsl.dialects.builtin import ModuleOp

from sparta.compiler.check import compare_outputs
from sparta.compiler.cli import run_tool
from sparta.compiler.frontend import parse_file
from sparta.compiler.phases import PHASE_ATTRIBUTE
from sparta.compiler.program_io import (
    atomic_write,
    atomic_write_text,
    load_inputs,
    read_npz,
    save_outputs,
)
from sparta.compiler.signature import ArgSpec
from sparta.dialects.tile import ProgramOp
from sparta.dialects.tile_extract import extract_program
from sparta.sim.device import load_device
from sparta.sim.errors import CheckFailed, InputError
from sparta.sim.heatmap import write_heatmap
from sparta.sim.program import TileProgram
from sparta.sim.progress import ProgressBar
from sparta.sim.report import build_report
from sparta.sim.simulator import simulate
from sparta.sim.trace import trace_json
from sparta.sim.vector_ops import numpy_dtype


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sparta-sim",
        description="Simulate a lowered tile program (the tile dialect) on its device model.",
        epilog="example:\n  sparta-compile examples/hdiff.mlir --emit tile -o h.mlir\n"
        "  sparta-sim h.mlir --report r.json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("input", metavar="PROGRAM.mlir", help="a module holding a tile.program")
    parser.add_argument(
        "--target", help="device model overriding the program's own (name or TOML path)"
    )
    parser.add_argument("--inputs", metavar="IN.npz", help="input arrays (keys arg0, arg1, ...)")
    parser.add_argument("--seed", type=int, default=0, help="seed for missing inputs (default 0)")
    parser.add_argument("--save-outputs", metavar="OUT.npz", help="write every array after the run")
    parser.add_argument(
        "--expect",
        metavar="OUT.npz",
        help="compare the outputs with these arrays (exit 3 on mismatch)",
    )
    parser.add_argument("--report", metavar="REPORT.json", help="write the run report as JSON")
    parser.add_argument("--trace", metavar="TRACE.json", help="write a Chrome/Perfetto trace")
    parser.add_argument("--heatmap", metavar="HEAT.png", help="draw per-tile utilization")
    parser.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of errors")
    return parser


def specs_of(programs: Sequence[TileProgram]) -> list[ArgSpec]:
    """Array specs of the programs' external buffers (the arguments), in argument order;
    an argument no program reads or writes gets a one-element placeholder."""
    externals = {e.arg_index: e for program in programs for e in program.externals}
    specs = []
    for index in range(max(externals, default=-1) + 1):
        external = externals.get(index)
        if external is None:
            specs.append(ArgSpec(index, "scalar", (), (), "i32", numpy_dtype("i32")))  # type: ignore[arg-type]
            continue
        specs.append(
            ArgSpec(
                index,
                "field",
                external.argument_shape,
                (0,) * len(external.shape),
                external.dtype,
                numpy_dtype(external.dtype),
            )  # type: ignore[arg-type]
        )
    return specs


def programs_of(module: ModuleOp) -> list[TileProgram]:
    """The module's tile program, or its phases in order (`compiler.phases`)."""
    programs = [extract_program(op) for op in module.walk() if isinstance(op, ProgramOp)]
    if not programs:
        raise InputError("the module holds no tile.program")
    if len(programs) == 1:
        return programs
    phases = [dict(p.attributes).get(PHASE_ATTRIBUTE) for p in programs]
    if any(phase is None for phase in phases):
        raise InputError(
            f"the module holds {len(programs)} tile programs that are not the phases of one "
            "program (a network's layers, say); sparta-sim runs one program or one program's "
            "phases"
        )
    return programs


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `sparta-sim` console script."""
    args = build_parser().parse_args(argv)

    def body() -> int:
        module = parse_file(args.input)
        programs = programs_of(module)
        program = programs[0]
        device = load_device(args.target or program.device)
        specs = specs_of(programs)
        arrays = load_inputs(args.inputs, specs, args.seed)
        bar = None if args.no_progress else ProgressBar("simulating")
        timings = []
        for phase in programs:  # phases run in order on one list of arrays
            simulation = simulate(phase, device, arrays, trace=bool(args.trace), progress=bar)
            arrays = list(simulation.outputs)
            timings.append(simulation.timing)
        if bar is not None:
            bar.close()
        reports = [build_report(p, device, t) for p, t in zip(programs, timings, strict=True)]
        for report in reports:
            print(report.render())
        data = (
            reports[0].to_json()
            if len(reports) == 1
            else {
                "phases": [report.to_json() for report in reports],
                "cycles": sum(t.cycles for t in timings),
            }
        )
        outputs = {spec.key: array for spec, array in zip(specs, arrays, strict=True)}
        failed = None
        if args.expect:
            expected = load_inputs(args.expect, specs, args.seed)
            given = set(read_npz(args.expect, "--expect"))  # phases add intermediates
            keys = [spec.key for spec in specs if spec.key in given]
            result = compare_outputs(
                args.expect,
                keys,
                [outputs[key] for key in keys],
                [e for spec, e in zip(specs, expected, strict=True) if spec.key in given],
            )
            data["check"] = result.to_json()
            print(
                f"check vs {args.expect}: {'passed' if result.passed else 'FAILED'} "
                f"(max abs error {result.max_abs_error:g})"
            )
            if not result.passed:
                failed = CheckFailed(f"outputs differ from {args.expect}")
        if args.save_outputs:
            save_outputs(args.save_outputs, outputs)
        if args.report:
            atomic_write_text(args.report, json.dumps(data, indent=2, sort_keys=True) + "\n")
        if args.trace:
            names = [p.name for p in programs]
            atomic_write_text(args.trace, trace_json(*timings, names=names))
        if args.heatmap:
            atomic_write(args.heatmap, lambda s: write_heatmap(device, timings, s, program.name))
        if failed is not None:
            raise failed
        return 0

    return run_tool("sparta-sim", body, args.debug)


if __name__ == "__main__":
    sys.exit(main())
