"""Run one random program three ways and classify what happened.

A stencil program is compiled for a device and strategy and simulated (`Session` with
`--check`: simulator against the numpy reference), then run by IREE and compared with the
reference too, so each pair of the three executions is compared (the simulator and IREE
through the reference). A GEMM program is quantized, simulated and checked against the
exact numpy model of the quantized arithmetic, and (optionally) layer by layer against
IREE (`--reference iree`).

Outcomes:
- `ok`: every execution that ran agrees;
- `rejected`: the compiler refused the program with a diagnostic (a `SpartaError` that is
  not a failed check), which is allowed: some strategies cannot map some programs;
- `disagreement`: two executions differ (a failed check);
- `crash`: anything else (a Python exception that is not a diagnostic): a bug.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from sparta.compiler.check import compare_outputs
from sparta.compiler.program_io import load_inputs
from sparta.compiler.reference import evaluate
from sparta.compiler.session import Session, SessionOptions
from sparta.compiler.signature import argument_specs, entry_function
from sparta.sim.errors import CheckFailed, SpartaError

OK, REJECTED, DISAGREEMENT, CRASH = "ok", "rejected", "disagreement", "crash"


@dataclass(frozen=True)
class Outcome:
    """What one run of one program gave, and a one-line detail for the log."""

    kind: str
    detail: str = ""
    simulated: bool = False
    iree: bool = False

    @property
    def failed(self) -> bool:
        return self.kind in (DISAGREEMENT, CRASH)


def _session(path: Path, **options: object) -> Session:
    return Session(SessionOptions(input=str(path), no_progress=True, **options))  # type: ignore[arg-type]


def _first_line(err: BaseException) -> str:
    text = str(err).strip().splitlines()
    return f"{type(err).__name__}: {text[0] if text else ''}"


def run_stencil(
    text: str, target: str, strategy: str, seed: int = 0, *, iree: bool = True
) -> Outcome:
    """Simulate `text` on `target` with `strategy`, check it against the reference, and
    compare the reference with IREE."""
    with tempfile.TemporaryDirectory(prefix="sparta-fuzz-") as tmp:
        path = Path(tmp) / "program.mlir"
        path.write_text(text)
        simulated = False
        rejected = ""
        try:
            session = _session(path, target=target, strategy=strategy, seed=seed, check=True)
            session.run()
            simulated = True
        except CheckFailed as err:
            return Outcome(DISAGREEMENT, f"simulator vs numpy: {_first_line(err)}", True)
        except SpartaError as err:
            rejected = _first_line(err)
        except Exception as err:  # a crash is a finding, whatever its type
            return Outcome(CRASH, f"compile/simulate: {_first_line(err)}")
        if not iree:
            return Outcome(REJECTED if rejected else OK, rejected, simulated)
        return _against_iree(path, seed, simulated, rejected)


def _against_iree(path: Path, seed: int, simulated: bool, rejected: str) -> Outcome:
    from sparta.compiler.frontend import parse_file
    from sparta.compiler.iree_reference import run_iree

    try:
        module = parse_file(path)
        function = entry_function(module)
        specs = argument_specs(function)
        inputs = load_inputs(None, specs, seed)
        expected = evaluate(function, [a.copy() for a in inputs])
        actual = run_iree(module, function, [a.copy() for a in inputs])
    except SpartaError as err:
        detail = f"iree rejected: {_first_line(err)}"
        kind = REJECTED if rejected or not simulated else OK
        return Outcome(kind, "; ".join(filter(None, [rejected, detail])), simulated)
    except Exception as err:  # a crash is a finding, whatever its type
        return Outcome(CRASH, f"iree: {_first_line(err)}", simulated)
    result = compare_outputs("iree", [s.key for s in specs], actual, expected)
    if not result.passed:
        bad = [a for a in result.arrays if not a.passed]
        detail = ", ".join(f"{a.key}: {a.mismatches} mismatches" for a in bad)
        return Outcome(DISAGREEMENT, f"iree vs numpy: {detail}", simulated, True)
    return Outcome(REJECTED if rejected else OK, rejected, simulated, True)


def run_gemm(
    text: str,
    target: str,
    fmt: str,
    method: str,
    seed: int = 0,
    *,
    iree: bool = False,
    io: str = "shim",
) -> Outcome:
    """Quantize, simulate and check a GEMM/MLP program (and against IREE per layer), with
    its I/O through the shim DMA channels or PL streams (`io`)."""
    with tempfile.TemporaryDirectory(prefix="sparta-fuzz-") as tmp:
        path = Path(tmp) / "gemm.mlir"
        path.write_text(text)
        options: dict[str, object] = {
            "target": target,
            "quantize": fmt,
            "quant_method": method,
            "seed": seed,
            "simulate": True,
            "check": True,
            "gemm_io": io,
        }
        if iree:
            options["reference"] = "iree"
        try:
            session = _session(path, **options)
            session.run()
        except CheckFailed as err:
            return Outcome(DISAGREEMENT, _first_line(err), True, iree)
        except SpartaError as err:
            return Outcome(REJECTED, _first_line(err))
        except Exception as err:  # a crash is a finding, whatever its type
            return Outcome(CRASH, _first_line(err))
        result = session.outputs.get("result0")
        if result is None or not np.all(np.isfinite(result)):
            return Outcome(DISAGREEMENT, "the simulated output is missing or not finite", True)
        return Outcome(OK, "", True, iree)
