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
from collections.abc import Callable
from dataclasses import dataclass, fields
from io import StringIO
from typing import IO, Any

import numpy as np
from xdsl.context import Context
from xdsl.dialects import func, stencil
from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import ModulePass
from xdsl.printer import Printer

from sparta.compiler.check import CheckResult, compare_outputs
from sparta.compiler.context import make_context
from sparta.compiler.emit_mlir import emit_mlir
from sparta.compiler.frontend import parse_file, verify_module
from sparta.compiler.gemm_session import GemmSession
from sparta.compiler.phases import PhasedProgram, compile_phases, phased_report, simulate_phases
from sparta.compiler.pipelines import LOWERING, stencil_pipeline
from sparta.compiler.program_io import atomic_write, check_writable, load_inputs, npz_writer
from sparta.compiler.reference import infer_domains
from sparta.compiler.signature import ArgSpec, argument_specs, entry_function
from sparta.compiler.temporal import LoopPlan, plan_time_loop
from sparta.compiler.time_loop import (
    TimeLoop,
    chained_module,
    find_time_loop,
    run_steps,
    strip_timers,
    time_loop_report,
)
from sparta.compiler.timing import PhaseTimer
from sparta.dialects.locations import location_of
from sparta.dialects.tile import ProgramOp
from sparta.dialects.tile_extract import build_program, extract_program
from sparta.passes.demote_f64 import DemoteF64Pass
from sparta.passes.gemm_model import find_gemm_function, is_gemm
from sparta.passes.stencil_dce import StencilDcePass
from sparta.passes.stencil_model import find_function
from sparta.passes.stencil_plan import BUFFERS, Plan, read_plan
from sparta.passes.stencil_prepare import StencilPreparePass
from sparta.passes.stencil_strategies import STRATEGIES
from sparta.sim.device import Device, load_device
from sparta.sim.errors import (
    CheckFailed,
    InputError,
    ResourceError,
    SourceLocation,
    SpartaError,
    UsageError,
)
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
    gemm_io: str = "shim"
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
    time_steps_per_pass: int | None = 1
    """Steps a time loop chains per pass; None: the cost model chooses."""

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
        self.phased: PhasedProgram | None = None
        """The compiled phases, when the program runs in several (`compiler.phases`)."""
        self.time_loop: TimeLoop | None = None
        """The program's time loop: the mapping compiles a pass of its steps."""
        self.loop_plan: LoopPlan | None = None
        """Steps per pass, and the one-step figures the report compares against."""
        self.notes: list[str] = []
        """What the front end dropped or changed, for the summary."""
        self._pending: list[tuple[str, Callable[[IO[bytes]], None]]] = []
        self.summary = ""
        """The terminal summary, also when `run` raises a failed check."""
        self.failure: CheckFailed | None = None
        self._validate()

    def _validate(self) -> None:
        o = self.options
        if o.max_tiles is not None and o.max_tiles < 1:
            raise UsageError(f"--max-tiles must be at least 1 (got {o.max_tiles})")
        if o.time_steps_per_pass is not None and o.time_steps_per_pass < 1:
            raise UsageError(
                f"--time-steps-per-pass must be at least 1 (got {o.time_steps_per_pass})"
            )
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
        if o.strategy not in STRATEGIES:
            raise UsageError(
                f"unknown --strategy '{o.strategy}': choose one of {', '.join(STRATEGIES)}"
            )
        outputs = {
            "-o": o.output,
            "--save-outputs": o.save_outputs,
            "--report": o.report,
            "--trace": o.trace,
            "--heatmap": o.heatmap,
        }
        seen: dict[str, str] = {}
        for flag, path in outputs.items():
            if path is None:
                continue
            check_writable(path, flag)
            if path in seen:
                raise UsageError(f"{seen[path]} and {flag} both write '{path}'")
            seen[path] = flag

    # --- phases ----------------------------------------------------------------------

    def run(self) -> str:
        """Do everything the options ask for; return the terminal summary.

        Output files are written at the end, all or none: a run that fails leaves none
        behind (a failed `--check` still writes them, to inspect the mismatch).
        """
        self.summary = self._run()
        self._flush()
        if self.failure is not None:
            raise self.failure
        return self.summary

    def _write(self, path: str, write: Callable[[IO[bytes]], None]) -> None:
        """Queue an output file; `_flush` writes the queue once the run has succeeded."""
        self._pending.append((path, write))

    def _write_text(self, path: str, text: str) -> None:
        data = text.encode("utf-8")

        def write(stream: IO[bytes]) -> None:
            stream.write(data)

        self._write(path, write)

    def _flush(self) -> None:
        pending, self._pending = self._pending, []
        for path, write in pending:
            atomic_write(path, write)

    def _run(self) -> str:
        o = self.options
        with self.timer.phase("parse"):
            self.module = parse_file(o.input)
        if is_gemm(self.module):
            return self._run_gemm(self.module)
        if o.quantize or o.weights or o.calibration or o.gemm_io != "shim":
            raise UsageError(
                "--quantize, --weights, --calibration and --gemm-io apply to GEMM programs"
            )
        with self.timer.phase("prepare"):
            self._prepare(self.module)
        emit = o.emit or ("tile" if o.output or not o.runs else None)
        if emit in ("tile", "stencil") or o.simulates:
            self.device = load_device(o.target)
            self._cut_step()
            self._compile(stop_before_lowering=emit == "stencil" and not o.simulates)
        if emit:
            with self.timer.phase("emit"):
                self._emit(emit)
        lines = [f"note: {note}" for note in self.notes]
        if o.runs:
            lines.extend(self._execute())
        return "\n".join(lines)

    def _run_gemm(self, module: ModuleOp) -> str:
        """GEMM/MLP programs: quantize, map each layer, simulate layer by layer."""
        o = self.options
        if o.emit == "stencil":
            raise UsageError("--emit stencil applies to stencil programs; use --emit tile or mlir")
        if o.strategy != "auto":
            raise UsageError(
                f"--strategy {o.strategy} applies to stencil programs; GEMMs have one mapping"
            )
        self.device = load_device(o.target)
        try:
            gemm = GemmSession(o, module, self.device)
            self.gemm = gemm
            self.specs = gemm.specs
            with self.timer.phase("compile"):
                gemm.compile(self.timer)
        except InputError as err:  # point errors without a location at the GEMM function
            raise err.with_location(location_of(find_gemm_function(module))) from None
        emit = o.emit or ("tile" if o.output or not o.runs else None)
        if emit:
            target = gemm.tile_module() if emit == "tile" else module
            text = module_text(target)
            if o.output:
                self._write_text(o.output, text)
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
        if gemm.runs and (o.trace or o.heatmap):
            timings = [run.simulation.timing for run in gemm.runs]
            names = [item.program.name for item in gemm.compiled]
            if o.trace:
                self._write_text(o.trace, trace_json(*timings, names=names))
                lines.append(f"trace written to {o.trace}")
            if o.heatmap:
                title = f"{gemm.model.name} on {self.device.name}: busy fraction per tile"
                device = self.device
                self._write(o.heatmap, lambda s: write_heatmap(device, timings, s, title))
                lines.append(f"heatmap written to {o.heatmap}")
        if o.save_outputs:
            self._write(o.save_outputs, npz_writer(self.outputs))
            lines.append(f"outputs written to {o.save_outputs}")
        if o.report:
            data = self.report_json()
            self._write_text(o.report, json.dumps(data, indent=2, sort_keys=True) + "\n")
            lines.append(f"report written to {o.report}")
        self.failure = gemm.failure
        return "\n".join(lines)

    def _prepare(self, module: ModuleOp) -> None:
        """Demote f64 if asked, keep only the entry function (the mapping passes take the
        module's stencil function), drop dead values, check the program."""
        if self.options.demote_f64:
            DemoteF64Pass().apply(Context(), module)
        entry = entry_function(module, self.options.entry)
        self.notes.extend(strip_timers(module, entry))
        if any(op is not entry for op in module.ops):
            entry.detach()
            module = self.module = ModuleOp([entry])
        StencilDcePass().apply(Context(), module)
        self.function = entry_function(module, self.options.entry)
        self.specs = argument_specs(self.function)
        check_stencil_program(self.function)
        self.source = module.clone()

    def _cut_step(self) -> None:
        """A program with a time loop is mapped by a pass of K chained steps
        (`compiler.time_loop`); K from --time-steps-per-pass or the cost model."""
        assert self.module is not None
        assert self.function is not None
        assert self.device is not None
        loop = self.time_loop = find_time_loop(self.function)
        if loop is None:
            return
        o = self.options
        with self.timer.phase("steps per pass"):
            self.loop_plan = plan_time_loop(
                self.module,
                self.function,
                loop,
                self.device,
                o.target,
                o.strategy,
                o.max_tiles,
                o.time_steps_per_pass,
            )
        self.module = chained_module(self.module, self.function, 0, self.loop_plan.steps_per_pass)

    def _compile(self, stop_before_lowering: bool) -> None:
        assert self.module is not None
        o = self.options
        ctx = make_context()
        prepared: ModuleOp | None = None
        with self.timer.phase("compile"):
            try:
                for pass_ in stencil_pipeline(o.strategy, o.target, o.max_tiles):
                    if pass_.name == LOWERING:
                        self.planned = self.module.clone()
                        if stop_before_lowering:
                            return
                    self._apply(pass_, ctx)
                    if pass_.name == StencilPreparePass.name:
                        prepared = self.module.clone()
            except ResourceError as err:
                if o.strategy != "auto" or prepared is None:
                    raise self._with_checked_fix(err).with_location(self._where()) from None
                self._compile_phases(prepared, err)
                return
            except InputError as err:
                raise err.with_location(self._where()) from None
            with self.timer.phase("verify"):
                verify_module(self.module)
            with self.timer.phase("extract"):
                self.program = extract_program(find_program(self.module))

    def _compile_phases(self, prepared: ModuleOp, err: ResourceError) -> None:
        """No mapping of the whole program fits: run it in phases (`compiler.phases`)."""
        assert self.device is not None
        o = self.options
        try:
            self.phased = compile_phases(prepared, self.device, o.target, o.max_tiles, self.timer)
        except ResourceError as failure:
            note = f"no mapping of the whole program fits either: {err.message}"
            raise ResourceError(
                failure.message, failure.location or self._where(), (*failure.notes, note)
            ) from None
        except InputError as failure:
            raise failure.with_location(self._where()) from None
        self.planned = ModuleOp([op.clone() for p in self.phased.phases for op in p.planned.ops])
        self.module = ModuleOp([build_program(p.program) for p in self.phased.phases])

    def _with_checked_fix(self, err: ResourceError) -> ResourceError:
        """The error with a note on another `--strategy` / `--max-tiles` that maps the
        program: each is compiled here through buffer allocation, so the advice is tested."""
        o = self.options
        tried: list[str] = []
        for strategy, max_tiles in _alternatives(o.strategy, o.max_tiles):
            tried.append(_flags(strategy, max_tiles))
            plan = self._fits(strategy, max_tiles)
            if plan is None:
                continue
            if max_tiles is None and o.max_tiles is not None:
                # Suggest the smallest budget, once it is checked too.
                max_tiles = plan.tiles if self._fits(strategy, plan.tiles) else None
            fix = (
                f"fix (checked): {_flags(strategy, max_tiles)} fits ({plan.num_stages} stages x "
                f"{plan.lanes} lanes x {plan.groups} groups = {plan.tiles} tiles)"
            )
            return ResourceError(err.message, err.location, (*err.notes, fix))
        note = f"no other --strategy or --max-tiles fits either (checked: {'; '.join(tried)})"
        return ResourceError(err.message, err.location, (*err.notes, note))

    def _where(self) -> SourceLocation | None:
        """Where mapping errors without a location of their own point: the entry function."""
        return location_of(self.function) if self.function is not None else None

    def _fits(self, strategy: str, max_tiles: int | None) -> Plan | None:
        """The buffered plan of the prepared program under other settings, if it fits."""
        assert self.source is not None
        module = self.source.clone()
        try:
            for pass_ in stencil_pipeline(strategy, self.options.target, max_tiles):
                if pass_.name == LOWERING:
                    break
                pass_.apply(make_context(), module)
        except SpartaError:
            return None
        return read_plan(find_function(module), BUFFERS)

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
            self._write_text(self.options.output, text)
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
            self._write(o.save_outputs, npz_writer(self.outputs))
            lines.append(f"outputs written to {o.save_outputs}")
        if o.report:
            self._write_text(
                o.report, json.dumps(self.report_json(), indent=2, sort_keys=True) + "\n"
            )
            lines.append(f"report written to {o.report}")
        self.failure = failure
        return lines

    def _entry_name(self) -> str:
        assert self.function is not None
        return self.function.sym_name.data

    def _simulate(self, inputs: list[np.ndarray]) -> list[np.ndarray]:
        if self.time_loop is not None:
            return self._simulate_steps(self.time_loop, inputs)
        return self._simulate_once(inputs, self.options.no_progress, keep_trace=True)

    def _simulate_once(
        self, inputs: list[np.ndarray], quiet: bool, keep_trace: bool
    ) -> list[np.ndarray]:
        """Simulate the compiled program (or its phases) once; `keep_trace` queues the
        trace and heatmap files the options ask for."""
        if self.phased is not None:
            return self._simulate_phases(inputs, quiet, keep_trace)
        assert self.program is not None
        assert self.device is not None
        o = self.options
        bar = None if quiet else ProgressBar("simulating")
        with self.timer.phase("simulate"):
            simulation = simulate(
                self.program, self.device, inputs, trace=bool(o.trace), progress=bar
            )
        if bar is not None:
            bar.close()
        self.report = build_report(self.program, self.device, simulation.timing)
        if o.trace and keep_trace:
            self._write_text(o.trace, trace_json(simulation.timing))
        if o.heatmap and keep_trace:
            device, timing = self.device, simulation.timing
            title = f"{self.program.name} on {device.name}: busy fraction per tile"
            self._write(o.heatmap, lambda s: write_heatmap(device, timing, s, title))
        return simulation.outputs

    def _simulate_steps(self, loop: TimeLoop, inputs: list[np.ndarray]) -> list[np.ndarray]:
        """A time loop, host-driven: the step's mapping (whole or phased) run once per
        step on the buffers its levels name; one report over all steps. The trace and
        heatmap are of the first step."""
        o = self.options

        plan = self.loop_plan
        assert plan is not None

        def one_pass(arrays: list[np.ndarray]) -> tuple[list[np.ndarray], Report]:
            outputs = self._simulate_once(arrays, quiet=True, keep_trace=self.report is None)
            assert self.report is not None
            return outputs, self.report

        bar = None if o.no_progress else ProgressBar(f"simulating {loop.steps} time steps")
        progress = None if bar is None else (lambda done: bar(done / max(loop.steps, 1)))
        run = run_steps(loop, inputs, one_pass, plan.steps_per_pass, progress)
        if bar is not None:
            bar.close()
        if not run.reports:
            raise InputError(
                "the time loop runs no step: nothing to simulate", location_of(loop.loop)
            )
        self.report = time_loop_report(
            loop,
            run.reports,
            self._entry_name(),
            plan.steps_per_pass,
            plan.step_work.ops,
            plan.one_step_io_cycles,
        )
        return run.outputs

    def _simulate_phases(
        self, inputs: list[np.ndarray], quiet: bool, keep_trace: bool
    ) -> list[np.ndarray]:
        phased, device, o = self.phased, self.device, self.options
        assert phased is not None
        assert device is not None
        assert self.function is not None
        bar = None if quiet else ProgressBar(f"simulating {len(phased.phases)} phases")
        with self.timer.phase("simulate"):
            run = simulate_phases(phased, device, inputs, trace=bool(o.trace), progress=bar)
        if bar is not None:
            bar.close()
        self.report = phased_report(phased, run, device, self._entry_name())
        names = [p.program.name for p in phased.phases]
        if o.trace and keep_trace:
            self._write_text(o.trace, trace_json(*run.timings, names=names))
        if o.heatmap and keep_trace:
            title = f"{self._entry_name()} on {device.name}: busy fraction per tile"
            timings = run.timings
            self._write(o.heatmap, lambda s: write_heatmap(device, timings, s, title))
        return run.outputs

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


def _flags(strategy: str, max_tiles: int | None) -> str:
    return f"--strategy {strategy}" + (f" --max-tiles {max_tiles}" if max_tiles else "")


def _alternatives(strategy: str, max_tiles: int | None) -> list[tuple[str, int | None]]:
    """Settings to try when a mapping does not fit: the whole array, then each other
    strategy within the same budget and on the whole array."""
    others = [s for s in STRATEGIES if s != strategy]
    out: list[tuple[str, int | None]] = []
    if max_tiles is not None:
        out.append((strategy, None))
    out += [(s, max_tiles) for s in others]
    if max_tiles is not None:
        out += [(s, None) for s in others]
    return out


def check_stencil_program(function: func.FuncOp) -> None:
    """The entry function must be a stencil program whose accesses and stores stay in
    bounds; the reference's domain inference checks them with their locations."""
    if not any(isinstance(op, stencil.ApplyOp) for op in function.walk()):
        raise InputError(
            f"@{function.sym_name.data} is neither a stencil program (no stencil.apply) nor a "
            "GEMM (no linalg.matmul); sparta compiles only those",
            location_of(function),
        )
    if function.function_type.outputs.data:
        raise InputError(
            f"@{function.sym_name.data} returns values; a sparta program writes its results "
            "into its field arguments (stencil.store), which are its outputs",
            location_of(function),
        )
    infer_domains(function)


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
