"""Time loops (`compiler.time_loop`): recognised, refused with a location, run by steps.

Every run here compiles the step, simulates it once per time step on the buffers its
levels name, and checks the outcome against the numpy reference, which runs the source's
`scf.for` itself (and, where marked, against IREE running the emitted `scf.for`).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from sparta.compiler.frontend import parse_module
from sparta.compiler.reference import evaluate
from sparta.compiler.session import Session, SessionOptions
from sparta.compiler.signature import entry_function
from sparta.compiler.time_loop import chained_module, find_time_loop, step_module, strip_timers
from sparta.sim.errors import InputError, UsageError

FIELD = "!stencil.field<[-1,17]x[-1,33]xf32>"
TEMP = "!stencil.temp<?x?xf32>"


def jacobi(steps: int, levels: int = 2, timers: bool = False) -> str:
    """A 2-D Jacobi 5-point solver in Devito's style: `steps` steps over `levels` time
    levels (three levels: the update also reads the level before), optionally with
    Devito's timers."""
    names = [f"%u{k}" for k in range(levels)]
    inner = [f"%t{k}" for k in range(levels)]
    params = ", ".join(f"{n}: {FIELD}" for n in names)
    if timers:
        params += ", %timers: !llvm.ptr"
    old = inner[-2] if levels == 3 else None
    reads = "".join(f"%p{old[2:]} = %l{old[2:]} : {TEMP}, " for _ in [0] if old)
    body = [
        f"    %l0 = stencil.load {inner[0]} : {FIELD} -> {TEMP}",
        *([f"    %l{old[2:]} = stencil.load {old} : {FIELD} -> {TEMP}"] if old else []),
        f"    %n = stencil.apply({reads}%p0 = %l0 : {TEMP}) -> ({TEMP}) {{",
        "      %q = arith.constant 2.500000e-01 : f32",
        "      %h = arith.constant 5.000000e-01 : f32",
        "      %e = arith.constant -2 : i64",
        '      %w = "math.fpowi"(%h, %e) : (f32, i64) -> f32',
        f"      %a = stencil.access %p0[-1, 0] : {TEMP}",
        f"      %b = stencil.access %p0[1, 0] : {TEMP}",
        f"      %c = stencil.access %p0[0, -1] : {TEMP}",
        f"      %d = stencil.access %p0[0, 1] : {TEMP}",
        "      %s0 = arith.addf %a, %b : f32",
        "      %s1 = arith.addf %c, %d : f32",
        "      %s2 = arith.addf %s0, %s1 : f32",
        "      %s3 = arith.mulf %s2, %q : f32",
        "      %s4 = arith.divf %s3, %w : f32",
    ]
    if old:
        body += [
            f"      %o = stencil.access %p{old[2:]}[0, 0] : {TEMP}",
            "      %s5 = arith.subf %s4, %o : f32",
            "      stencil.return %s5 : f32",
        ]
    else:
        body.append("      stencil.return %s4 : f32")
    body += [
        "    }",
        f"    stencil.store %n to {inner[-1]}(<[0, 0], [16, 32]>) : {TEMP} to {FIELD}",
        f"    scf.yield {', '.join(inner[1:] + inner[:1])} : {', '.join([FIELD] * levels)}",
    ]
    start = ["  %t_start = func.call @timer_start() : () -> f64"] if timers else []
    end = (
        [
            "  %t_end = func.call @timer_end(%t_start) : (f64) -> f64",
            '  "llvm.store"(%t_end, %timers) <{"ordering" = 0 : i64}> : (f64, !llvm.ptr) -> ()',
        ]
        if timers
        else []
    )
    iter_args = ", ".join(f"{i} = {n}" for i, n in zip(inner, names, strict=True))
    lines = [
        f"func.func @jacobi({params}) {{",
        *start,
        "  %lo = arith.constant 0 : index",
        f"  %last = arith.constant {steps - 1} : index",
        "  %one = arith.constant 1 : index",
        "  %hi = arith.addi %last, %one : index",
        f"  %r:{levels} = scf.for %time = %lo to %hi step %one iter_args({iter_args}) -> "
        f"({', '.join([FIELD] * levels)}) {{",
        *body,
        "  }",
        *end,
        "  func.return",
        "}",
    ]
    if timers:
        lines += [
            "func.func private @timer_start() -> f64",
            "func.func private @timer_end(f64) -> f64",
        ]
    return "\n".join(lines) + "\n"


def _run(tmp_path: Path, text: str, **options: object) -> Session:
    source = tmp_path / "loop.mlir"
    source.write_text(text)
    session = Session(SessionOptions(input=str(source), no_progress=True, **options))  # type: ignore[arg-type]
    session.run()
    return session


def test_levels_rotation_and_steps_are_read_from_the_loop() -> None:
    function = entry_function(parse_module(jacobi(5, levels=3), "j.mlir"))
    loop = find_time_loop(function)
    assert loop is not None
    assert (loop.steps, loop.levels, loop.rotation) == (5, (0, 1, 2), (1, 2, 0))
    assert loop.bindings(0) == [0, 1, 2]
    assert loop.bindings(1) == [1, 2, 0]
    assert loop.bindings(3) == [0, 1, 2]


def test_timers_and_their_pointer_are_dropped_with_notes() -> None:
    module = parse_module(jacobi(2, timers=True), "j.mlir")
    function = entry_function(module)
    notes = strip_timers(module, function)
    assert notes == [
        "dropped 2 calls to Devito's timers (@timer_end, @timer_start)",
        "dropped argument 2 (%timers: !llvm.ptr)",
    ]
    assert len(function.body.block.args) == 2
    assert not [op for op in module.walk() if op.name in ("func.call", "llvm.store")]
    module.verify()


def test_the_step_program_runs_one_step() -> None:
    """The step module, run by the reference, gives what one iteration of the loop gives."""
    module = parse_module(jacobi(1), "j.mlir")
    function = entry_function(module)
    step = entry_function(step_module(module, function))
    rng = np.random.default_rng(0)
    inputs = [rng.standard_normal((18, 34)).astype(np.float32) for _ in range(2)]
    looped = evaluate(function, [a.copy() for a in inputs])
    stepped = evaluate(step, [a.copy() for a in inputs])
    for a, b in zip(looped, stepped, strict=True):
        np.testing.assert_array_equal(a, b)


@pytest.mark.parametrize(
    ("steps", "levels", "per_pass"),
    [(3, 2, 1), (3, 2, 3), (4, 2, 1), (4, 2, 2), (4, 2, 4), (6, 3, 3), (4, 3, 2), (4, 3, 4)],
)
def test_time_loops_simulate_and_agree(
    tmp_path: Path, steps: int, levels: int, per_pass: int
) -> None:
    """Odd and even step counts (the final buffers swap), two and three levels, one step
    per pass (host-driven) or several chained on chip, each pass starting where the
    previous left the levels."""
    session = _run(tmp_path, jacobi(steps, levels), check=True, time_steps_per_pass=per_pass)
    assert session.report is not None
    report = session.report.to_json()
    loop = report["time_loop"]
    mode = "host-driven" if per_pass == 1 else "temporal pipeline"
    assert (loop["steps"], loop["levels"], loop["mode"]) == (steps, levels, mode)
    assert loop["passes"] == len(loop["cycles_per_pass"]) == steps // per_pass
    assert report["cycles"] == sum(loop["cycles_per_pass"])
    assert all(check.passed for check in session.checks)


def test_steps_per_pass_must_divide_the_steps(tmp_path: Path) -> None:
    with pytest.raises(
        UsageError, match="does not divide the loop's 6 steps; choose one of 1, 2, 3, 6"
    ):
        _run(tmp_path, jacobi(6), simulate=True, time_steps_per_pass=4)


def test_a_chained_pass_computes_what_its_steps_compute() -> None:
    """The reference runs the chained program of all steps and the loop alike."""
    for steps, levels in ((5, 2), (4, 3)):
        module = parse_module(jacobi(steps, levels), "j.mlir")
        function = entry_function(module)
        chained = entry_function(chained_module(module, function, 0, steps))
        rng = np.random.default_rng(steps)
        inputs = [rng.standard_normal((18, 34)).astype(np.float32) for _ in range(levels)]
        looped = evaluate(function, [a.copy() for a in inputs])
        together = evaluate(chained, [a.copy() for a in inputs])
        for a, b in zip(looped, together, strict=True):
            np.testing.assert_array_equal(a, b)


ONE_LEVEL_LOOP = """
func.func @repeat(%in: !stencil.field<[-1,9]xi32>, %out: !stencil.field<[-1,9]xi32>) {
  %lb = arith.constant 0 : index
  %ub = arith.constant 2 : index
  %st = arith.constant 1 : index
  scf.for %i = %lb to %ub step %st {
    %t = stencil.load %in : !stencil.field<[-1,9]xi32> -> !stencil.temp<[-1,9]xi32>
    %o = stencil.apply(%x = %t : !stencil.temp<[-1,9]xi32>) -> (!stencil.temp<[0,8]xi32>) {
      %l = stencil.access %x[-1] : !stencil.temp<[-1,9]xi32>
      %r = stencil.access %x[1] : !stencil.temp<[-1,9]xi32>
      %s = arith.addi %l, %r : i32
      stencil.return %s : i32
    }
    stencil.store %o to %out(<[0], [8]>) : !stencil.temp<[0,8]xi32> to !stencil.field<[-1,9]xi32>
  }
  func.return
}
"""


def test_a_loop_without_levels_repeats_its_step(tmp_path: Path) -> None:
    """No iter_args: every step reads and writes the same buffers."""
    session = _run(tmp_path, ONE_LEVEL_LOOP, check=True)
    assert session.report is not None
    assert session.report.to_json()["time_loop"]["steps"] == 2
    assert all(check.passed for check in session.checks)


def test_a_loop_without_steps_has_nothing_to_simulate(tmp_path: Path) -> None:
    empty = jacobi(1).replace("%last = arith.constant 0", "%last = arith.constant -1")
    with pytest.raises(InputError, match="runs no step"):
        _run(tmp_path, empty, check=True)


@pytest.mark.iree
def test_time_loops_agree_with_iree(tmp_path: Path) -> None:
    """IREE runs the emitted scf.for over tensors: three steps of two levels end with the
    buffers swapped, three of three levels with them back in place."""
    pytest.importorskip("iree.compiler", reason="needs iree-base-compiler")
    for text in (jacobi(3, 2, timers=True), jacobi(3, 3)):
        session = _run(tmp_path, text, check=True, reference="iree")
        assert [c.against for c in session.checks] == ["numpy", "iree"]
        assert all(check.passed for check in session.checks)


REFUSALS = [
    (
        [
            ("func.func @jacobi(", "func.func @jacobi(%count: index, "),
            ("%hi = arith.addi %last, %one", "%hi = arith.addi %count, %one"),
        ],
        "bounds and step must be constants",
    ),
    ([("scf.yield %t1, %t0", "scf.yield %t0, %t0")], "every time level once"),
    (
        [
            (
                "    %n = stencil.apply(",
                "    %ti = arith.index_cast %time : index to i32\n"
                "    %tf = arith.sitofp %ti : i32 to f32\n"
                "    %n = stencil.apply(%tq = %tf : f32, ",
            ),
            ("%q = arith.constant 2.500000e-01 : f32", "%q = arith.addf %tq, %tq : f32"),
        ],
        "uses the time index",
    ),
]


@pytest.mark.parametrize(("edits", "message"), REFUSALS, ids=["bounds", "yield", "index"])
def test_unsupported_loops_are_refused_with_a_location(
    tmp_path: Path, edits: list[tuple[str, str]], message: str
) -> None:
    text = jacobi(3)
    for old, new in edits:
        assert old in text
        text = text.replace(old, new)
    source = tmp_path / "bad.mlir"
    source.write_text(text)
    with pytest.raises(InputError, match=message) as caught:
        Session(SessionOptions(input=str(source), no_progress=True, simulate=True)).run()
    assert caught.value.location is not None


def test_time_stepped_kernels_run_their_step_with_swapped_fields() -> None:
    """`kernels.time_steps` wraps a one-step program: three steps are the step program
    applied three times, the fields swapping roles."""
    from sparta.kernels.elementary import jacobi_2d_5pt
    from sparta.kernels.time_steps import time_stepped

    one = entry_function(parse_module(jacobi_2d_5pt(8, 12, "f32"), "one.mlir"))
    looped = entry_function(parse_module(time_stepped(jacobi_2d_5pt(8, 12, "f32"), 3), "t.mlir"))
    loop = find_time_loop(looped)
    assert loop is not None
    assert (loop.steps, loop.levels, loop.rotation) == (3, (0, 1), (1, 0))
    rng = np.random.default_rng(1)
    a, b = (rng.standard_normal((10, 14)).astype(np.float32) for _ in range(2))
    expected = [a.copy(), b.copy()]
    for _ in range(3):
        expected = evaluate(one, expected)[::-1]  # the output becomes the next input
    got = evaluate(looped, [a.copy(), b.copy()])
    # after an odd number of steps the last result sits in the second argument
    np.testing.assert_array_equal(got[1], expected[0])
    np.testing.assert_array_equal(got[0], expected[1])
