"""Corpus coverage: every third-party program of tests/corpus on every device and strategy.

Each program (`tests/corpus/{oec,wse,xdsl}/*.mlir`, not the `original/` sources) runs on
the numpy and IREE references once, then is mapped with every strategy (auto, uniform,
sparta-bblock) for every device (vck190, npu1, npu2), simulated and checked against the
numpy reference. Every run is one call of `tests/corpus/sweep.py` (`run_reference`,
`run_case`: plain data in, plain data out) on a Dask cluster: a local one of `--workers`
processes by default, or the existing one at `--scheduler ADDRESS` (its scheduler and
workers must see this checkout at the same path). Progress goes to stderr, a line per
finished run.

The output file has, per device, a table with one row per program (both references, the
outcome of each strategy, and auto's tiles, phases and % of the roofline), then counts: how
many programs the reference runs; of those how many each strategy maps, simulates and
agrees on; the refusals grouped by diagnostic; the median roofline fraction of auto's
multi-phase mappings. Outcomes are those of `tests/fuzz/differential.py`: ok, rejected (a
diagnostic), disagreement (a failed check), crash (a bug). Exit status 1 if any run
disagreed or crashed.

    python benchmarks/corpus.py                       # everything -> docs/corpus_coverage.txt
    python benchmarks/corpus.py --only oec/hdiff --out /tmp/hdiff.txt
    python benchmarks/corpus.py --scheduler tcp://127.0.0.1:8786 --json runs.json
"""

from __future__ import annotations

import argparse
import datetime
import importlib.util
import json
import shlex
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# This script is named `corpus` too, and a module beats a namespace package (tests/corpus has
# no __init__.py) wherever it sits on the path: take this folder off it, so `corpus` is
# tests/corpus here and in the workers, which inherit this process's path.
sys.path[:] = [str(ROOT / "tests"), *(p for p in sys.path if Path(p or ".").resolve() != HERE)]

from corpus.sweep import (  # noqa: E402
    CRASH,
    DISAGREEMENT,
    ENGINES,
    OK,
    REJECTED,
    argument_bytes,
    corpus_programs,
    program_name,
    run_case,
    run_reference,
)
from distributed import as_completed  # noqa: E402


def _load_cluster() -> Any:
    """Import `cluster.py` beside this file, which is no longer on the path."""
    spec = importlib.util.spec_from_file_location("cluster", HERE / "cluster.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


cluster = _load_cluster()

DEVICES = ("vck190", "npu1", "npu2")
STRATEGIES = ("auto", "uniform", "sparta-bblock")
SHORT = {OK: "ok", REJECTED: "rejected", DISAGREEMENT: "DISAGREE", CRASH: "CRASH"}


def _label(record: dict[str, Any]) -> str:
    where = record.get("engine") or f"{record['target']} {record['strategy']}"
    return f"{record['program']} {where}"


LARGE_BYTES = 256 * 2**20
"""Programs whose arguments take more than this run one at a time, after the others: two
at once can exhaust the machine (the simulator, the reference and IREE each hold copies)."""


def _jobs(path: str, seed: int) -> list[tuple[Any, tuple[Any, ...], dict[str, Any]]]:
    """Every run of one program: (function, arguments, the record if the run is lost)."""
    name = program_name(path)
    out: list[tuple[Any, tuple[Any, ...], dict[str, Any]]] = [
        (run_reference, (path, engine, seed), {"program": name, "engine": engine, "seed": seed})
        for engine in ENGINES
    ]
    for target in DEVICES:
        for strategy in STRATEGIES:
            record = {"program": name, "target": target, "strategy": strategy, "seed": seed}
            out.append((run_case, (path, target, strategy, seed), record))
    return out


def sweep(client: Any, paths: Sequence[str], seed: int) -> list[dict[str, Any]]:
    """Every reference and mapping run of `paths` on the cluster, in completion order; the
    large programs (`LARGE_BYTES`) one run at a time at the end."""
    large = [p for p in paths if argument_bytes(p) > LARGE_BYTES]
    small = [p for p in paths if p not in large]
    total = sum(len(_jobs(p, seed)) for p in paths)
    records: list[dict[str, Any]] = []
    start = time.perf_counter()
    pending = {
        client.submit(function, *arguments, pure=False): record
        for path in small
        for function, arguments, record in _jobs(path, seed)
    }
    for future in as_completed(list(pending)):
        _collect(future, pending[future], records, total, start)
    for path in large:
        for function, arguments, record in _jobs(path, seed):
            _collect(client.submit(function, *arguments, pure=False), record, records, total, start)
    return records


def _collect(
    future: Any, lost: dict[str, Any], records: list[dict[str, Any]], total: int, start: float
) -> None:
    """Wait for one run, keep its record and print a progress line."""
    try:
        record = future.result()
    except Exception as error:  # a lost worker, say: run_* catch everything else
        record = lost | {"outcome": CRASH, "diagnostic": f"dask: {error!r}"}
    future.release()
    records.append(record)
    width = len(str(total))
    print(
        f"[{len(records):{width}}/{total}] {time.perf_counter() - start:5.0f} s  "
        f"{_label(record)}: {record['outcome']}"
        + (f"  ({record['diagnostic'][:100]})" if record.get("diagnostic") else ""),
        file=sys.stderr,
        flush=True,
    )


# ---- the report ---------------------------------------------------------------------------


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}"


def _count_line(name: str, runs: list[dict[str, Any]]) -> str:
    kinds = Counter(r["outcome"] for r in runs)
    mapped = sum(r.get("mapped", False) for r in runs)
    simulated = sum(r.get("simulated", False) for r in runs)
    return (
        f"  {name:<14} maps {mapped}, simulates {simulated}, agrees {kinds[OK]}; "
        f"refuses {kinds[REJECTED]}, disagrees {kinds[DISAGREEMENT]}, crashes {kinds[CRASH]}"
    )


def render_device(
    target: str,
    programs: list[str],
    references: dict[tuple[str, str], dict[str, Any]],
    cases: dict[tuple[str, str, str], dict[str, Any]],
) -> list[str]:
    """One device's table and counts."""
    width = max(len(p) for p in programs)
    head = f"{'program':<{width}}  {'numpy':<8} {'iree':<8} " + " ".join(
        f"{s:<13}" for s in STRATEGIES
    )
    head += f" {'tiles':>5} {'phases':>6} {'%roof':>6}"
    lines = [f"== {target} ==", head, "-" * len(head)]
    for program in programs:
        auto = cases[program, target, "auto"]
        row = f"{program:<{width}}  " + " ".join(
            f"{SHORT[references[program, e]['outcome']]:<8}" for e in ENGINES
        )
        row += " " + " ".join(
            f"{SHORT[cases[program, target, s]['outcome']]:<13}" for s in STRATEGIES
        )
        tiles = "-" if auto.get("tiles") is None else str(auto["tiles"])
        phases = "-" if auto.get("phases") is None else str(auto["phases"])
        row += f" {tiles:>5} {phases:>6} {_percent(auto.get('roofline_fraction')):>6}"
        lines.append(row.rstrip())
    runnable = [p for p in programs if references[p, "numpy"]["outcome"] == OK]
    iree_runs = sum(references[p, "iree"]["outcome"] == OK for p in runnable)
    lines += [
        "",
        f"{target}: of {len(programs)} programs the numpy reference runs {len(runnable)}; "
        f"IREE runs {iree_runs} of those and agrees with numpy on them.",
        f"On the {len(runnable)} programs the reference runs:",
    ]
    lines += [_count_line(s, [cases[p, target, s] for p in runnable]) for s in STRATEGIES]
    multi = [
        cases[p, target, "auto"]
        for p in runnable
        if cases[p, target, "auto"]["outcome"] == OK
        and (cases[p, target, "auto"].get("phases") or 0) > 1
    ]
    if multi:
        median = statistics.median(r["roofline_fraction"] for r in multi)
        lines.append(
            f"auto's multi-phase mappings: {len(multi)}, median roofline fraction "
            f"{100 * median:.1f}% ({', '.join(r['program'] for r in multi)})"
        )
    else:
        lines.append("auto's multi-phase mappings: none")
    lines += _diagnostics(
        "refusals", [cases[p, target, s] for p in runnable for s in STRATEGIES], REJECTED
    )
    failing = [cases[p, target, s] for p in programs for s in STRATEGIES]
    lines += _diagnostics("disagreements", failing, DISAGREEMENT)
    lines += _diagnostics("crashes", failing, CRASH)
    return lines


def _diagnostics(title: str, runs: list[dict[str, Any]], outcome: str) -> list[str]:
    """Runs with `outcome`, grouped by their diagnostic, most frequent first."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for run in runs:
        if run["outcome"] == outcome:
            groups[run["diagnostic"]].append(run)
    if not groups:
        return [f"{title}: none"]
    lines = [f"{title} ({sum(len(g) for g in groups.values())}), by diagnostic:"]
    for diagnostic, group in sorted(groups.items(), key=lambda item: (-len(item[1]), item[0])):
        lines.append(f"  {len(group):3d}  {diagnostic}")
        for strategy in STRATEGIES:
            names = [r["program"] for r in group if r.get("strategy") == strategy]
            if names:
                lines.append(f"         {strategy}: {', '.join(names)}")
    return lines


def render(records: list[dict[str, Any]], header: list[str]) -> str:
    """The whole coverage report."""
    references = {(r["program"], r["engine"]): r for r in records if "engine" in r}
    cases = {(r["program"], r["target"], r["strategy"]): r for r in records if "target" in r}
    programs = sorted({r["program"] for r in records})
    lines = [*header, ""]
    not_run = [
        references[p, e] for p in programs for e in ENGINES if references[p, e]["outcome"] != OK
    ]
    lines.append("references that do not run (counts below leave out what numpy does not run):")
    lines += [
        f"  {r['program']} ({r['engine']}): {r['outcome']}: {r['diagnostic']}" for r in not_run
    ] or ["  none"]
    for target in DEVICES:
        lines += ["", *render_device(target, programs, references, cases)]
    return "\n".join(lines) + "\n"


def _version() -> str:
    result = subprocess.run(
        ["git", "describe", "--always", "--dirty"], cwd=ROOT, capture_output=True, text=True
    )
    return result.stdout.strip() or "unknown"


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = argparse.ArgumentParser(
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--only", metavar="SUBSTRING", help="run the programs whose corpus path contains SUBSTRING"
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=ROOT / "docs" / "corpus_coverage.txt",
        help="the report to write (default docs/corpus_coverage.txt)",
    )
    parser.add_argument(
        "--json", type=Path, metavar="OUT.json", help="also write every run as JSON"
    )
    parser.add_argument(
        "--workers", type=int, default=2, help="local worker processes, one thread each (default 2)"
    )
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="use the Dask cluster at ADDRESS instead of a local one",
    )
    parser.add_argument(
        "--seed", type=int, default=0, help="seed of the programs' input data (default 0)"
    )
    args = parser.parse_args(argv)
    paths = [p for p in corpus_programs() if args.only is None or args.only in program_name(p)]
    if not paths:
        parser.error(f"no corpus program matches --only {args.only!r}")
    start = time.perf_counter()
    with cluster.connect(args.scheduler, args.workers) as client:
        where = args.scheduler or f"a local cluster of {args.workers} workers"
        print(f"{len(paths)} programs on {where}", file=sys.stderr, flush=True)
        records = sweep(client, paths, args.seed)
    elapsed = time.perf_counter() - start
    command = shlex.join(["python", "benchmarks/corpus.py", *argv])
    header = [
        "sparta corpus coverage: the programs of tests/corpus on every device and strategy",
        f"command: {command}",
        f"date: {datetime.date.today().isoformat()}, sparta {_version()}, "
        f"{len(records)} runs in {elapsed:.0f} s on {where}",
    ]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(render(records, header))
    print(f"report written to {args.out} ({len(records)} runs in {elapsed:.0f} s)", file=sys.stderr)
    if args.json:
        ordered = sorted(
            records,
            key=lambda r: (
                r["program"],
                r.get("engine", ""),
                r.get("target", ""),
                r.get("strategy", ""),
            ),
        )
        args.json.write_text(json.dumps(ordered, indent=2, sort_keys=True) + "\n")
    return 1 if any(r["outcome"] in (DISAGREEMENT, CRASH) for r in records) else 0


if __name__ == "__main__":
    sys.exit(main())
