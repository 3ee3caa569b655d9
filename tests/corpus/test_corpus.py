"""The corpus as a target: what the numpy reference runs, sparta maps, simulates and agrees on.

Every third-party program of the corpus (`sweep.corpus_programs`: a file, or one function
of a file that holds several) that sparta's numpy reference runs must also map with `auto`
on the VCK190, simulate and equal the reference. A program the reference does not run (no
entry with a body, `dmp.swap`, tensor or memref element types, an access outside the
halo, results returned instead of stored) is skipped with the reference's diagnostic. Time
loops (stencils inside an `scf.for`) map by their step and run once per step. Any other
program the mapping refuses fails here; none is marked xfail.

Cost: about 5 minutes for all programs on the 2-core machine (1000 steps of xDSL's
`stencil_ops` time loop take 60 s); the ones over 3 s each are marked `slow`.
`benchmarks/corpus.py` runs every program on every device and strategy
(`docs/corpus_coverage.txt`).

The last test runs `run_case` on a local Dask cluster, as the benchmark does, and checks
that a worker process returns the same data as an inline call (STYLE 12).
"""

from __future__ import annotations

import importlib.util
import os
import sys
from types import ModuleType
from typing import Any

import pytest
from corpus.sweep import (
    CORPUS,
    OK,
    REJECTED,
    corpus_programs,
    program_name,
    run_case,
    run_reference,
)

SLOW = frozenset(
    {
        "oec/fastwavesuvfull.mlir",
        "oec/fvtp2d.mlir",
        "oec/hadvuv.mlir",
        "oec/hadvuv5th.mlir",
        "wse/uvbke_small.mlir",
        "xdsl/stencil-tensorize-z-dimension__0.mlir@gauss_seidel_func",
        "xdsl/stencil-tensorize-z-dimension__0.mlir@iter",
        "xdsl/stencil_ops__1.mlir@myfunc",
        "wse/acoustic_small.mlir",
        "wse/diffusion_small.mlir",
        "wse/loop_kernel_small.mlir",
        "devito/xdsl_mpi_pipeline.mlir",
    }
)
"""Programs that took over 3 s (reference and mapping), measured with `--durations=0`."""
TINY = CORPUS / "xdsl" / "stencil-shape-minimize__0.mlir"
"""A 1-D program that maps onto one tile in a few milliseconds."""


def _program(path: str) -> Any:
    name = program_name(path)
    return pytest.param(path, id=name, marks=[pytest.mark.slow] if name in SLOW else [])


@pytest.mark.parametrize("path", [_program(p) for p in corpus_programs()])
def test_auto_maps_what_the_reference_runs(path: str) -> None:
    reference = run_reference(str(path), "numpy")
    assert reference["outcome"] in (OK, REJECTED), reference["diagnostic"]
    if reference["outcome"] != OK:
        pytest.skip(f"the numpy reference does not run it: {reference['diagnostic']}")
    case = run_case(str(path), "vck190", "auto")
    assert case["outcome"] == OK, f"auto on vck190: {case['outcome']}: {case['diagnostic']}"
    assert case["simulated"]
    assert case["tiles"] >= 1


def _load_cluster() -> ModuleType:
    """Import `benchmarks/cluster.py`, a script folder's module rather than a package's."""
    path = CORPUS.parent.parent / "benchmarks" / "cluster.py"
    spec = importlib.util.spec_from_file_location("cluster", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_run_case_on_a_dask_worker_returns_what_it_returns_inline() -> None:
    inline = run_case(str(TINY), "vck190", "auto")
    with _load_cluster().connect(workers=1) as client:
        (worker_pid,) = client.run(os.getpid).values()
        remote = client.submit(run_case, str(TINY), "vck190", "auto").result()
    assert worker_pid != os.getpid()
    assert inline.pop("wall_seconds") >= 0
    assert remote.pop("wall_seconds") >= 0
    assert remote == inline
    assert inline["outcome"] == OK
