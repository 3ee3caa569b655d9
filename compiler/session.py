"""One `sparta-compile` run as an object: the Python API behind the command line.

from sparta.compiler.session import Session, SessionOptions
session = Session(SessionOptions(input="examples/hdiff.mlir", simulate=True, check=True))
print(session.run())
session.report.to_json()   # the run report
session.outputs            # arrays after the run, keyed arg0, arg1, ...
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, fields
from io import StringIO
from typing import Any

import numpy as np
from xdsl.context import Context
from xdsl.dialects import func
from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import ModulePass
from xdsl.printer import Printer

from sparta.compiler.check import CheckResult, compare_outputs
from sparta.compiler.context import make_context
from sparta.compiler.emit_mlir import emit_mlir
from sparta.compiler.frontend import parse_file, verify_module
from sparta.compiler.gemm_session import GemmSession
from sparta.compiler.pipelines import LOWERING, stencil_pipeline
from sparta.compiler.program_io import (
    atomic_write,
    atomic_write_text,
    load_inputs,
    save_outputs,
)
from sparta.compiler.signature import ArgSpec, argument_specs, entry_function
from sparta.compiler.timing import PhaseTimer
from sparta.dialects.tile import ProgramOp
from sparta.dialects.tile_extract import extract_program
from sparta.passes.demote_f64 import DemoteF64Pass
from sparta.passes.gemm_model import is_gemm
from sparta.sim.device import Device, load_device
from sparta.sim.errors import CheckFailed, InputError, UsageError
from sparta.sim.heatmap import write_heatmap
from sparta.sim.program import TileProgram
from sparta.sim.progress import ProgressBar
from sparta.sim.report import Report, build_report
from sparta.sim.simulator import simulate
from sparta.sim.trace import trace_json

REFERENCES = ("numpy", "iree")


@dataclass(frozen=True)
class SessionOptions:
    """Everything `sparta-compile` can be asked to do; field names match its flags."""

    input: str
    output: str | None = None
    target: str = "vck190"
    entry: str | None = None
    emit: str | None = None
    demote_f64: bool = False
    strategy: str = "auto"
    max_tiles: int | None = None
    weights: str | None = None
    quantize: str | None = None
    quant_method: str = "rtn"
    calibration: str | None = None
    simulate: bool = False
    reference: str | None = None
    check: bool = False
    inputs: str | None = None
    seed: int = 0
    save_outputs: str | None = None
    report: str | None = None
    trace: str | None = None
    heatmap: str | None = None
    no_progress: bool = False

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> SessionOptions:
        """Options from parsed command-line arguments."""
        return cls(**{f.name: getattr(args, f.name) for f in fields(cls)})

    @property
    def simulates(self) -> bool:
        return self.simulate or self.check

    @property
    def runs(self) -> bool:
        """Whether the program is executed (by the simulator or a reference)."""
        return self.simulates or self.reference is not None


class Session:
    """Parses, prepares, compiles, runs and checks one program."""

    def __init__(self, options: SessionOptions) -> None:
        self.options = options
        self.timer = PhaseTimer()
        self.module: ModuleOp | None = None
        self.source: ModuleOp | None = None
        self.function: func.FuncOp | None = None
        self.specs: list[ArgSpec] = []
        self.planned: ModuleOp | None = None
        self.program: TileProgram | None = None
        self.device: Device | None = None
        self.outputs: dict[str, np.ndarray] = {}
        self.checks: list[CheckResult] = []
        self.report: Report | None = None
        self.gemm: GemmSession | None = None
        self._validate()

    def _validate(self) -> None:
        o = self.options
        if o.max_tiles is not None and o.max_tiles < 1:
            raise UsageError(f"--max-tiles must be at least 1 (got {o.max_tiles})")
        if o.seed < 0:
            raise UsageError(f"--seed must not be negative (got {o.seed})")
        if o.save_outputs and not o.runs:
            raise UsageError("--save-outputs needs a run: add --reference or --simulate")
        if o.report and not o.runs:
            raise UsageError("--report needs a run: add --simulate or --reference")
        if (o.trace or o.heatmap) and not o.simulates:
            raise UsageError("--trace and --heatmap need --simulate")
        if o.reference not in (None, *REFERENCES):
            raise UsageError(f"--reference must be one of {', '.join(REFERENCES)}")

    # --- phases ----------------------------------------------------------------------

    def run(self) -> str:
        """Do everything the options ask for; return the terminal summary."""
        o = self.options
        with self.timer.phase("parse"):
            self.module = parse_file(o.input)
        if is_gemm(self.module):
            return self._run_gemm(self.module)
        if o.quantize or o.weights or o.calibration:
            raise UsageError("--quantize, --weights and --calibration apply to GEMM programs")
        with self.timer.phase("prepare"):
            self._prepare(self.module)
        emit = o.emit or ("tile" if o.output or not o.runs else None)
        if emit in ("tile", "stencil") or o.simulates:
            self.device = load_device(o.target)
            self._compile(stop_before_lowering=emit == "stencil" and not o.simulates)
        if emit:
            with self.timer.phase("emit"):
                self._emit(emit)
        lines: list[str] = []
        if o.runs:
            lines.extend(self._execute())
        return "\n".join(lines)

    def _run_gemm(self, module: ModuleOp) -> str:
        """GEMM/MLP programs: quantize, map each layer, simulate layer by layer."""
        o = self.options
        if o.emit == "stencil":
            raise UsageError("--emit stencil applies to stencil programs; use --emit tile or mlir")
        self.device = load_device(o.target)
        gemm = GemmSession(o, module, self.device)
        self.gemm = gemm
        self.specs = gemm.specs
        with self.timer.phase("compile"):
            gemm.compile(self.timer)
        emit = o.emit or ("tile" if o.output or not o.runs else None)
        if emit:
            target = gemm.tile_module() if emit == "tile" else module
            text = module_text(target)
            if o.output:
                atomic_write_text(o.output, text)
            else:
                print(text, end="")
        if not o.runs:
            return ""
        bar = None if o.no_progress else ProgressBar("simulating")
        with self.timer.phase("run"):
            lines = gemm.run(bar)
        if bar is not None:
            bar.close()
        self.outputs = gemm.outputs
        self.checks = gemm.checks
        if o.save_outputs:
            save_outputs(o.save_outputs, self.outputs)
            lines.append(f"outputs written to {o.save_outputs}")
        if o.report:
            data = self.report_json()
            atomic_write_text(o.report, json.dumps(data, indent=2, sort_keys=True) + "\n")
            lines.append(f"report written to {o.report}")
        if gemm.failure is not None:
            raise gemm.failure
        return "\n".join(lines)

    def _prepare(self, module: ModuleOp) -> None:
        if self.options.demote_f64:
            DemoteF64Pass().apply(Context(), module)
        self.function = entry_function(module, self.options.entry)
        self.specs = argument_specs(self.function)
        self.source = module.clone()

    def _compile(self, stop_before_lowering: bool) -> None:
        assert self.module is not None
        o = self.options
        ctx = make_context()
        with self.timer.phase("compile"):
            for pass_ in stencil_pipeline(o.strategy, o.target, o.max_tiles):
                if pass_.name == LOWERING:
                    self.planned = self.module.clone()
                    if stop_before_lowering:
                        return
                self._apply(pass_, ctx)
            with self.timer.phase("verify"):
                verify_module(self.module)
            with self.timer.phase("extract"):
                self.program = extract_program(find_program(self.module))

    def _apply(self, pass_: ModulePass, ctx: Context) -> None:
        assert self.module is not None
        with self.timer.phase(pass_.name):
            pass_.apply(ctx, self.module)

    def _emit(self, kind: str) -> None:
        if kind == "mlir":
            assert self.source is not None
            text = emit_mlir(self.source, entry_function(self.source, self.options.entry))
        else:
            module = self.planned if kind == "stencil" else self.module
            assert module is not None
            text = module_text(module)
        if self.options.output:
            atomic_write_text(self.options.output, text)
        else:
            print(text, end="")

    def _execute(self) -> list[str]:
        o = self.options
        with self.timer.phase("inputs"):
            inputs = load_inputs(o.inputs, self.specs, o.seed, allow_f64_to_f32=o.demote_f64)
        lines: list[str] = []
        results: list[np.ndarray] | None = None
        if o.simulates:
            results = self._simulate(inputs)
            assert self.report is not None
            lines.append(self.report.render())
        references: dict[str, list[np.ndarray]] = {}
        wanted = [o.reference] if o.reference else []
        if o.check and "numpy" not in wanted:
            wanted.insert(0, "numpy")
        for engine in wanted:
            with self.timer.phase(f"reference ({engine})"):
                references[engine] = self._reference(engine, inputs)
            lines.append(f"reference ({engine}): ran @{self._entry_name()}")
        if results is None:
            results = references[wanted[0]]
        self.outputs = {spec.key: a for spec, a in zip(self.specs, results, strict=True)}
        failure: CheckFailed | None = None
        if o.check:
            for engine, expected in references.items():
                try:
                    self.compare(engine, results, expected)
                except CheckFailed as err:
                    failure = failure or err
                lines.append(_check_line(self.checks[-1]))
        if o.save_outputs:
            with self.timer.phase("save outputs"):
                save_outputs(o.save_outputs, self.outputs)
            lines.append(f"outputs written to {o.save_outputs}")
        if o.report:
            atomic_write_text(
                o.report, json.dumps(self.report_json(), indent=2, sort_keys=True) + "\n"
            )
            lines.append(f"report written to {o.report}")
        if failure is not None:
            raise failure
        return lines

    def _entry_name(self) -> str:
        assert self.function is not None
        return self.function.sym_name.data

    def _simulate(self, inputs: list[np.ndarray]) -> list[np.ndarray]:
        assert self.program is not None
        assert self.device is not None
        o = self.options
        bar = None if o.no_progress else ProgressBar("simulating")
        with self.timer.phase("simulate"):
            simulation = simulate(
                self.program, self.device, inputs, trace=bool(o.trace), progress=bar
            )
        if bar is not None:
            bar.close()
        self.report = build_report(self.program, self.device, simulation.timing)
        if o.trace:
            atomic_write_text(o.trace, trace_json(simulation.timing))
        if o.heatmap:
            title = f"{self.program.name} on {self.device.name}: busy fraction per tile"
            atomic_write(
                o.heatmap, lambda s: write_heatmap(self.device, simulation.timing, s, title)
            )  # type: ignore[arg-type]
        return simulation.outputs

    def _reference(self, engine: str, inputs: list[np.ndarray]) -> list[np.ndarray]:
        assert self.source is not None
        function = entry_function(self.source, self.options.entry)
        if engine == "iree":
            from sparta.compiler.iree_reference import run_iree

            return run_iree(self.source, function, inputs)
        from sparta.compiler.reference import evaluate

        return evaluate(function, inputs)

    def compare(self, against: str, actual: list[np.ndarray], expected: list[np.ndarray]) -> None:
        """Record a comparison and raise `CheckFailed` if it does not pass."""
        keys = [spec.key for spec in self.specs]
        result = compare_outputs(against, keys, actual, expected)
        self.checks.append(result)
        if not result.passed:
            bad = [a for a in result.arrays if not a.passed]
            detail = "; ".join(
                f"{a.key}: {a.mismatches} mismatches, max abs error {a.max_abs_error:g}"
                for a in bad
            )
            raise CheckFailed(f"simulated outputs differ from the {against} reference: {detail}")

    def report_json(self) -> dict[str, Any]:
        """The run report as JSON-ready data."""
        data: dict[str, Any] = dict(self.report.to_json()) if self.report else {}
        if self.gemm is not None:
            data = dict(self.gemm.report)
        data["input"] = self.options.input
        data["strategy"] = self.options.strategy
        data["compile_seconds"] = self.timer.seconds("compile")
        data["phases"] = {name: round(sec, 6) for _, name, sec in self.timer.entries}
        if self.checks:
            data["check"] = {
                "passed": all(c.passed for c in self.checks),
                "max_abs_error": max(c.max_abs_error for c in self.checks),
                "max_rel_error": max(c.max_rel_error for c in self.checks),
                "against": [c.to_json() for c in self.checks],
            }
        return data


def find_program(module: ModuleOp) -> ProgramOp:
    """The (first) `tile.program` of a module."""
    for op in module.walk():
        if isinstance(op, ProgramOp):
            return op
    raise InputError("the module holds no tile.program")


def _check_line(result: CheckResult) -> str:
    verdict = "passed" if result.passed else "FAILED"
    return (
        f"check vs {result.against}: {verdict} (max abs error {result.max_abs_error:g}, "
        f"max rel error {result.max_rel_error:g})"
    )


def module_text(module: ModuleOp) -> str:
    """The module in MLIR's custom syntax, newline-terminated."""
    stream = StringIO()
    Printer(stream=stream).print_op(module)
    return stream.getvalue() + "\n"
