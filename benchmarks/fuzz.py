"""Differential fuzzing campaign: random programs, three executions, every disagreement kept.

Each case is a random stencil program (`tests/fuzz/programs.py`) compiled for a random
device and strategy, simulated and compared with the numpy reference and IREE, or (a
fraction `--gemm-fraction`) a random GEMM/MLP quantized to a random format and checked
against the exact numpy model (and IREE per layer). Case `i` of seed `s` is generated from
its own `random.Random(f"{s}:{i}")`, so any case can be rerun alone (`--only i`).

Prints progress, then the cases tried, how many agreed, were rejected (with the most common
diagnostics) and disagreed or crashed; every failing case is saved under `--save` as
`case-<i>/program.mlir` plus `case.json` (device, strategy, seed, what failed and the
`sparta-compile` command that reproduces it). Exit status 1 if any case failed.

The cases run on Dask distributed (`benchmarks/cluster.py`): a local cluster of `--jobs`
worker processes, or the existing cluster at `--scheduler ADDRESS`.

Run: `python benchmarks/fuzz.py --programs 2000 --seed 1 --jobs 2 --save fuzz-failures`.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # first, so `fuzz` is tests/fuzz, not this file

from cluster import connect  # noqa: E402
from fuzz.differential import Outcome, run_gemm, run_stencil  # noqa: E402
from fuzz.programs import (  # noqa: E402
    DEVICES,
    STRATEGIES,
    gemm_io_choices,
    random_gemm,
    random_stencil,
)

LOCATION = re.compile(r"\S+\.mlir(:\d+)*: ")
"""A diagnostic's location: the temporary file differs in every case."""


@dataclass(frozen=True)
class Case:
    """One generated case: the program and how it is run."""

    index: int
    kind: str
    text: str
    target: str
    strategy: str
    seed: int
    fmt: str = ""
    method: str = ""
    io: str = "shim"

    def command(self, path: str) -> str:
        """The `sparta-compile` command that reruns the case."""
        if self.kind == "gemm":
            return (
                f"sparta-compile {path} --target {self.target} --quantize {self.fmt} "
                f"--quant-method {self.method} --gemm-io {self.io} --seed {self.seed} "
                "--simulate --check --reference iree"
            )
        return (
            f"sparta-compile {path} --target {self.target} --strategy {self.strategy} "
            f"--seed {self.seed} --check --reference iree"
        )


def make_case(seed: int, index: int, gemm_fraction: float) -> Case:
    """Case `index` of campaign `seed`."""
    rng = random.Random(f"{seed}:{index}")
    target = rng.choice(DEVICES)
    data_seed = rng.randrange(1000)
    if rng.random() < gemm_fraction:
        gemm = random_gemm(rng)
        io = rng.choice(gemm_io_choices(target))
        return Case(index, "gemm", gemm.text, target, "", data_seed, gemm.fmt, gemm.method, io)
    strategy = rng.choice(STRATEGIES)
    return Case(index, "stencil", random_stencil(rng).text, target, strategy, data_seed)


def run_case(case: Case, iree: bool) -> Outcome:
    if case.kind == "gemm":
        return run_gemm(
            case.text, case.target, case.fmt, case.method, case.seed, iree=iree, io=case.io
        )
    return run_stencil(case.text, case.target, case.strategy, case.seed, iree=iree)


def _work(
    seed: int, index: int, gemm_fraction: float, iree: bool
) -> tuple[dict[str, Any], Outcome]:
    """One case on a worker; the case comes back as plain data (`Case` lives in the main
    script, which a worker of another cluster does not have)."""
    case = make_case(seed, index, gemm_fraction)
    return asdict(case), run_case(case, iree)


def save(case: Case, outcome: Outcome, directory: Path) -> Path:
    """Write a failing case where it can be rerun and turned into a regression test."""
    folder = directory / f"case-{case.index}"
    folder.mkdir(parents=True, exist_ok=True)
    program = folder / "program.mlir"
    program.write_text(case.text)
    record = {k: v for k, v in asdict(case).items() if k != "text"}
    record |= {"outcome": outcome.kind, "detail": outcome.detail}
    record["command"] = case.command(str(program))
    (folder / "case.json").write_text(json.dumps(record, indent=2, sort_keys=True) + "\n")
    return folder


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--programs", type=int, default=200, help="cases to run (default 200)")
    parser.add_argument("--seed", type=int, default=0, help="campaign seed (default 0)")
    parser.add_argument("--start", type=int, default=0, help="first case index (default 0)")
    parser.add_argument("--only", type=int, help="run case INDEX alone and print it")
    parser.add_argument(
        "--jobs", type=int, default=1, help="local Dask worker processes (default 1)"
    )
    parser.add_argument(
        "--scheduler", metavar="ADDRESS", help="run on the Dask cluster at ADDRESS instead"
    )
    parser.add_argument(
        "--gemm-fraction", type=float, default=0.1, help="share of GEMM cases (default 0.1)"
    )
    parser.add_argument("--no-iree", action="store_true", help="skip the IREE executions")
    parser.add_argument(
        "--save", type=Path, default=Path("fuzz-failures"), help="where failing cases go"
    )
    args = parser.parse_args(argv)
    iree = not args.no_iree
    if args.only is not None:
        case = make_case(args.seed, args.only, args.gemm_fraction)
        print(case.text)
        outcome = run_case(case, iree)
        print(f"{case.kind} on {case.target} {case.strategy or case.fmt}: {outcome}")
        return 1 if outcome.failed else 0
    jobs = list(range(args.start, args.start + args.programs))
    counts: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    by_strategy: Counter[str] = Counter()
    failures: list[tuple[Case, Outcome, Path]] = []
    start = time.perf_counter()
    with connect(args.scheduler, args.jobs) as client:
        futures = [
            client.submit(_work, args.seed, i, args.gemm_fraction, iree, pure=False) for i in jobs
        ]
        for done, future in enumerate(futures, 1):  # in case order, as the log always was
            record, outcome = future.result()
            future.release()
            case = Case(**record)
            counts[outcome.kind] += 1
            counts["simulated"] += outcome.simulated
            counts["ran on IREE"] += outcome.iree
            by_strategy[f"{case.strategy or 'gemm'} {outcome.kind}"] += 1
            if outcome.kind == "rejected":
                reason = LOCATION.sub("", outcome.detail)[:110]
                reasons[f"{case.strategy or 'gemm'}: {reason}"] += 1
            if outcome.failed:
                folder = save(case, outcome, args.save)
                failures.append((case, outcome, folder))
                print(f"case {case.index}: {outcome.kind}: {outcome.detail} -> {folder}")
            if done % 50 == 0 or done == len(jobs):
                elapsed = time.perf_counter() - start
                print(
                    f"[{done}/{len(jobs)}] {elapsed:.0f} s: "
                    + ", ".join(
                        f"{k} {counts[k]}" for k in ("ok", "rejected", "disagreement", "crash")
                    ),
                    flush=True,
                )
    elapsed = time.perf_counter() - start
    print(f"\ncases tried: {len(jobs)} in {elapsed:.0f} s (seed {args.seed}, {args.jobs} jobs)")
    for kind in ("ok", "rejected", "disagreement", "crash", "simulated", "ran on IREE"):
        print(f"  {kind}: {counts[kind]}")
    print("by strategy: " + ", ".join(f"{k} {v}" for k, v in sorted(by_strategy.items())))
    if reasons:
        print("most common rejections:")
        for reason, count in reasons.most_common(12):
            print(f"  {count:5d}  {reason}")
    print(f"disagreements found: {counts['disagreement']}, crashes: {counts['crash']}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
