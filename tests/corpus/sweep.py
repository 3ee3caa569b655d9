"""One corpus program under one set of options, as plain data (STYLE 12).

`run_case` compiles a program for a device and strategy, simulates it and checks it against
the numpy reference; `run_reference` runs a reference alone. Both take and return plain,
JSON-able data and keep no state, so the same call runs inline, on a local Dask cluster
(`benchmarks/corpus.py`, `test_corpus.py`) or on a remote one, and any row of a sweep is
reproduced from its arguments alone. Outcomes are classified as in
`tests/fuzz/differential.py`: `ok`, `rejected` (a diagnostic: a `SpartaError` that is not a
failed check), `disagreement` (a failed check), `crash` (any other exception: a bug).
"""

from __future__ import annotations

import time
from math import prod
from pathlib import Path
from typing import Any

from xdsl.dialects import func

from sparta.compiler.check import compare_outputs
from sparta.compiler.frontend import parse_file
from sparta.compiler.session import Session, SessionOptions
from sparta.compiler.signature import argument_specs, entry_function
from sparta.sim.errors import CheckFailed, SpartaError

CORPUS = Path(__file__).resolve().parent
OK, REJECTED, DISAGREEMENT, CRASH = "ok", "rejected", "disagreement", "crash"
OUTCOMES = (OK, REJECTED, DISAGREEMENT, CRASH)
ENGINES = ("numpy", "iree")


def corpus_programs() -> list[str]:
    """Every program of the corpus: each `.mlir` file outside the `original/` and
    `pending/` folders (`pending/`: converted, not yet swept; its README says why), or,
    for a file holding several functions (or only a private one), each of its functions as
    `path@function` (the `--entry` it is run with)."""
    programs: list[str] = []
    for path in sorted(CORPUS.rglob("*.mlir")):
        if {"original", "pending"} & set(path.relative_to(CORPUS).parent.parts):
            continue
        entries, public = _entries(path)
        if len(entries) == 1 and public:
            programs.append(str(path))
        else:
            programs += [f"{path}@{name}" for name in entries] or [str(path)]
    return programs


def _entries(path: Path) -> tuple[list[str], bool]:
    """The functions with a body in `path`, and whether the first is public."""
    try:
        module = parse_file(path)
    except SpartaError:
        return [], True
    functions = [op for op in module.walk() if isinstance(op, func.FuncOp) and op.body.blocks]
    if not functions:
        return [], True
    visibility = functions[0].sym_visibility
    return [f.sym_name.data for f in functions], visibility is None or visibility.data == "public"


def argument_bytes(program: str | Path) -> int:
    """Bytes of the program's argument arrays (0 if the reference cannot tell)."""
    path, entry = split_program(program)
    try:
        function = entry_function(parse_file(path), entry)
        return sum(spec.dtype.itemsize * prod(spec.shape) for spec in argument_specs(function))
    except SpartaError:
        return 0


def split_program(program: str | Path) -> tuple[str, str | None]:
    """A corpus program as (file, entry function or None)."""
    path, _, entry = str(program).partition("@")
    return path, entry or None


def program_name(program: str | Path) -> str:
    """A program's name in reports: its path inside the corpus (`oec/hdiff.mlir`), with
    `@function` when it is one function of a file."""
    path, entry = split_program(program)
    resolved = Path(path).resolve()
    name = resolved.relative_to(CORPUS).as_posix() if resolved.is_relative_to(CORPUS) else path
    return f"{name}@{entry}" if entry else name


def diagnostic(err: BaseException) -> str:
    """The first line of an error, after its type: `ResourceError: ...`."""
    text = err.message if isinstance(err, SpartaError) else str(err)
    lines = text.strip().splitlines()
    return f"{type(err).__name__}: {lines[0] if lines else ''}"


def _options(program: str, **options: Any) -> SessionOptions:
    path, entry = split_program(program)
    return SessionOptions(input=path, entry=entry, demote_f64=True, no_progress=True, **options)


def run_case(path: str, target: str, strategy: str, seed: int = 0) -> dict[str, Any]:
    """Map, simulate and check one program; the outcome and the report's headline figures.

    `mapped`: the compiler produced a tile program (or phases); `simulated`: the simulator
    ran it. `tiles`, `phases` (1 unless the program ran in several), `roofline_fraction` and
    `cycles` are set whenever the simulation ran (also for a disagreement), else None.
    """
    start = time.perf_counter()
    record: dict[str, Any] = {
        "program": program_name(path),
        "target": target,
        "strategy": strategy,
        "seed": seed,
        "outcome": OK,
        "diagnostic": "",
        "mapped": False,
        "simulated": False,
        "tiles": None,
        "phases": None,
        "roofline_fraction": None,
        "cycles": None,
    }
    session: Session | None = None
    try:
        session = Session(
            _options(path, target=target, strategy=strategy, seed=seed, simulate=True, check=True)
        )
        session.run()
    except CheckFailed as err:
        record |= {"outcome": DISAGREEMENT, "diagnostic": diagnostic(err)}
    except SpartaError as err:
        record |= {"outcome": REJECTED, "diagnostic": diagnostic(err)}
    except Exception as err:  # a crash is a finding, whatever its type
        record |= {"outcome": CRASH, "diagnostic": diagnostic(err)}
    if session is not None:
        record["mapped"] = session.program is not None or session.phased is not None
        record |= _headline(session)
    record["wall_seconds"] = round(time.perf_counter() - start, 3)
    return record


def _headline(session: Session) -> dict[str, Any]:
    """The report's figures the sweep keeps, if the simulation ran."""
    if session.report is None:
        return {}
    report = session.report.to_json()
    phases = report.get("phases")
    return {
        "simulated": True,
        "tiles": report["tiles_used"],
        "phases": len(phases) if isinstance(phases, list) else 1,
        "roofline_fraction": report["roofline_fraction"],
        "cycles": report["cycles"],
    }


def run_reference(path: str, engine: str, seed: int = 0) -> dict[str, Any]:
    """Run one program on a reference alone: `numpy` (sparta's evaluator) or `iree` (MLIR
    on the CPU), whose outputs are then compared with numpy's (`disagreement` if they
    differ)."""
    start = time.perf_counter()
    record: dict[str, Any] = {
        "program": program_name(path),
        "engine": engine,
        "seed": seed,
        "outcome": OK,
        "diagnostic": "",
    }
    try:
        session = Session(_options(path, reference=engine, seed=seed))
        session.run()
        if engine == "iree":
            numpy = Session(_options(path, reference="numpy", seed=seed))
            numpy.run()
            keys = [spec.key for spec in session.specs]
            actual = [session.outputs[key] for key in keys]
            expected = [numpy.outputs[key] for key in keys]
            result = compare_outputs("numpy", keys, actual, expected)
            bad = [f"{a.key}: {a.mismatches} mismatches" for a in result.arrays if not a.passed]
            if bad:
                record |= {
                    "outcome": DISAGREEMENT,
                    "diagnostic": "iree vs numpy: " + ", ".join(bad),
                }
    except SpartaError as err:
        record |= {"outcome": REJECTED, "diagnostic": diagnostic(err)}
    except Exception as err:  # a crash is a finding, whatever its type
        record |= {"outcome": CRASH, "diagnostic": diagnostic(err)}
    record["wall_seconds"] = round(time.perf_counter() - start, 3)
    return record
