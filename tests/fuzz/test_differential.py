"""Differential fuzzing: random programs must give the same answer in all three executions.

Random stencil programs (`programs.random_stencil`) are compiled for a random device and
strategy, simulated and compared with the numpy reference and with IREE; random GEMMs are
quantized, simulated and compared with the exact numpy model of the quantized network. A
strategy may refuse a program with a diagnostic; a wrong answer or a crash fails the test.
CI runs a fixed (derandomized) set of examples; `benchmarks/fuzz.py` runs long campaigns,
and every program a campaign caught lives in `regressions/`.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fuzz.differential import OK, run_gemm, run_stencil
from fuzz.programs import DEVICES, STRATEGIES, gemm_io_choices, random_gemm, random_stencil

REGRESSIONS = sorted((Path(__file__).parent / "regressions").glob("*.mlir"))
HEADER = re.compile(r"// fuzz: target=(\S+) strategy=(\S+) seed=(\d+) expect=(\w+)")

pytestmark = [pytest.mark.iree, pytest.mark.slow]


@settings(max_examples=60, deadline=None, derandomize=True, database=None)
@given(
    rng=st.randoms(use_true_random=False),
    device=st.sampled_from(DEVICES),
    strategy=st.sampled_from(STRATEGIES),
)
def test_random_stencils_agree(rng: random.Random, device: str, strategy: str) -> None:
    case = random_stencil(rng)
    outcome = run_stencil(case.text, device, strategy, seed=rng.randrange(100))
    assert not outcome.failed, f"{outcome.kind}: {outcome.detail}\n{case.text}"


@settings(max_examples=10, deadline=None, derandomize=True, database=None)
@given(rng=st.randoms(use_true_random=False), device=st.sampled_from(DEVICES), iree=st.booleans())
def test_random_gemms_agree(rng: random.Random, device: str, iree: bool) -> None:
    case = random_gemm(rng)
    seed = rng.randrange(100)
    io = rng.choice(gemm_io_choices(device))
    outcome = run_gemm(case.text, device, case.fmt, case.method, seed, iree=iree, io=io)
    assert not outcome.failed, (
        f"{outcome.kind}: {outcome.detail} ({case.fmt}, {case.layers}, io {io})"
    )
    assert outcome.kind == OK, outcome.detail


def test_most_random_programs_map_and_simulate() -> None:
    """The generator makes programs the compiler can map: otherwise the fuzz tests above
    would pass by comparing nothing."""
    outcomes = [
        run_stencil(random_stencil(random.Random(i)).text, "vck190", "auto", iree=False)
        for i in range(10)
    ]
    simulated = [o for o in outcomes if o.kind == OK and o.simulated]
    assert len(simulated) >= 8, [o.detail for o in outcomes if o.kind != OK]


@pytest.mark.parametrize("path", REGRESSIONS, ids=[p.stem for p in REGRESSIONS])
def test_regression(path: Path) -> None:
    """A program a campaign caught gives its expected outcome (see its header)."""
    text = path.read_text()
    header = HEADER.search(text)
    assert header is not None, f"{path.name} lacks its '// fuzz:' header"
    target, strategy, seed, expect = header.groups()
    outcome = run_stencil(text, target, strategy, seed=int(seed))
    assert outcome.kind == expect, outcome.detail
