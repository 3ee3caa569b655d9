"""One `sparta-compile` run as an object: the Python API behind the command line.

session = Session(SessionOptions(input="examples/hdiff.mlir", simulate=True, check=True))
print(session.run())
session.outputs   # arrays after the run, keyed arg0, arg1, ...
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, fields
from typing import Any

import numpy as np
from xdsl.context import Context
from xdsl.dialects import func
from xdsl.dialects.builtin import Float64Type, ModuleOp
from xdsl.printer import Printer

from sparta.compiler.check import CheckResult, compare_outputs
from sparta.compiler.frontend import parse_file
from sparta.compiler.program_io import atomic_write_text, load_inputs, save_outputs
from sparta.compiler.signature import ArgSpec, argument_specs, entry_function
from sparta.compiler.timing import PhaseTimer
from sparta.dialects.locations import location_of
from sparta.passes.demote_f64 import DemoteF64Pass
from sparta.sim.errors import CheckFailed, InputError, UsageError


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
    def runs(self) -> bool:
        """Whether the program is executed (by the simulator or a reference)."""
        return self.simulate or self.check or self.reference is not None


class Session:
    """Parses, prepares, compiles, runs and checks one program."""

    def __init__(self, options: SessionOptions) -> None:
        self.options = options
        self.timer = PhaseTimer()
        self.module: ModuleOp | None = None
        self.function: func.FuncOp | None = None
        self.specs: list[ArgSpec] = []
        self.outputs: dict[str, np.ndarray] = {}
        self.reference_outputs: dict[str, list[np.ndarray]] = {}
        self.checks: list[CheckResult] = []
        self._validate()

    def _validate(self) -> None:
        o = self.options
        if o.max_tiles is not None and o.max_tiles < 1:
            raise UsageError(f"--max-tiles must be at least 1 (got {o.max_tiles})")
        if o.save_outputs and not o.runs:
            raise UsageError("--save-outputs needs a run: add --reference or --simulate")
        if o.report and not o.runs:
            raise UsageError("--report needs a run: add --simulate or --reference")
        if (o.trace or o.heatmap) and not (o.simulate or o.check):
            raise UsageError("--trace and --heatmap need --simulate")

    def run(self) -> str:
        """Do everything the options ask for; return the terminal summary."""
        with self.timer.phase("parse"):
            self.module = parse_file(self.options.input)
        with self.timer.phase("prepare"):
            self._prepare(self.module)
        if self.options.emit or self.options.output or not self.options.runs:
            with self.timer.phase("emit"):
                self._emit()
        lines: list[str] = []
        if self.options.runs:
            lines.extend(self._execute())
        return "\n".join(lines)

    def _prepare(self, module: ModuleOp) -> None:
        if self.options.demote_f64:
            DemoteF64Pass().apply(Context(), module)
        self.function = entry_function(module, self.options.entry)
        self.specs = argument_specs(self.function)

    def _emit(self) -> None:
        assert self.module is not None
        kind = self.options.emit or "tile"
        if kind != "stencil":
            raise UsageError(f"--emit {kind} is not available in this build")
        text = module_text(self.module)
        if self.options.output:
            atomic_write_text(self.options.output, text)
        else:
            print(text, end="")

    def _execute(self) -> list[str]:
        assert self.function is not None
        with self.timer.phase("inputs"):
            inputs = load_inputs(
                self.options.inputs,
                self.specs,
                self.options.seed,
                allow_f64_to_f32=self.options.demote_f64,
            )
        if self.options.simulate or self.options.check:
            raise UsageError("--simulate/--check are not available in this build")
        engine = self.options.reference or "numpy"
        with self.timer.phase(f"reference ({engine})"):
            results = self._reference(engine, inputs)
        self.reference_outputs[engine] = results
        self.outputs = {spec.key: array for spec, array in zip(self.specs, results, strict=True)}
        lines = [f"reference ({engine}): ran @{self.function.sym_name.data}"]
        if self.options.save_outputs:
            with self.timer.phase("save outputs"):
                save_outputs(self.options.save_outputs, self.outputs)
            lines.append(f"outputs written to {self.options.save_outputs}")
        return lines

    def _reference(self, engine: str, inputs: list[np.ndarray]) -> list[np.ndarray]:
        assert self.function is not None
        if engine != "numpy":
            raise UsageError(f"--reference {engine} is not available in this build")
        from sparta.compiler.reference import evaluate

        return evaluate(self.function, inputs)

    def compare(self, against: str, actual: list[np.ndarray], expected: list[np.ndarray]) -> None:
        """Record a comparison and fail the run if it does not pass."""
        keys = [spec.key for spec in self.specs]
        result = compare_outputs(against, keys, actual, expected)
        self.checks.append(result)
        if not result.passed:
            bad = [a for a in result.arrays if not a.passed]
            detail = "; ".join(
                f"{a.key}: {a.mismatches} mismatches, max abs error {a.max_abs_error:g}"
                for a in bad
            )
            raise CheckFailed(f"outputs differ from the {against} reference: {detail}")

    def report_json(self) -> dict[str, Any]:
        """The run report as JSON-ready data."""
        return {"checks": [c.to_json() for c in self.checks]}


def reject_f64(function: func.FuncOp) -> None:
    """AI Engine cores have no fp64: refuse f64 unless the user demoted it explicitly."""
    for op in function.walk():
        types = [r.type for r in op.results]
        types += [a.type for region in op.regions for b in region.blocks for a in b.args]
        if any(_mentions_f64(t) for t in types):
            raise InputError(
                f"'{op.name}' uses f64, which AI Engine cores cannot compute (no fp64 "
                "units); rerun with --demote-f64 to compile the program in f32",
                location_of(op),
            )


def _mentions_f64(attr: Any) -> bool:
    if isinstance(attr, Float64Type):
        return True
    params = getattr(attr, "parameters", ())
    return any(_mentions_f64(p) for p in params)


def module_text(module: ModuleOp) -> str:
    """The module in MLIR's custom syntax, newline-terminated."""
    from io import StringIO

    stream = StringIO()
    Printer(stream=stream).print_op(module)
    return stream.getvalue() + "\n"
