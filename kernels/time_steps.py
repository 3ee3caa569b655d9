"""Time-stepped stencils: a one-step program of `kernels/` inside a Devito-style time loop.

`time_stepped` wraps a program that reads field `%in_field` and stores into `%out_field`
(both of one type, as the elementary stencils are) into an `scf.for` of `steps` steps
whose two time levels start as the two fields and swap after every step: the form Devito
and the xDSL stencil benchmarks write. `benchmarks/time_steps.py` maps these.
"""

from __future__ import annotations

import re

from sparta.sim.errors import UsageError

_SIGNATURE = re.compile(
    r"func\.func @(?P<name>\w+)\(%in_field: (?P<type>!stencil\.field<[^>]*>), "
    r"%out_field: (?P=type)\) \{\n"
)


def time_stepped(program: str, steps: int) -> str:
    """`program` (one step from `%in_field` into `%out_field`) run `steps` times, the two
    fields swapping roles after each step."""
    if steps < 1:
        raise UsageError(f"a time loop needs at least 1 step (got {steps})")
    match = _SIGNATURE.search(program)
    if match is None:
        raise UsageError("time_stepped takes a program of two fields %in_field, %out_field")
    field = match.group("type")
    end = program.index("  func.return\n", match.end())
    body = program[match.end() : end]
    body = body.replace("%in_field", "%now").replace("%out_field", "%next")
    inner = "".join(f"  {line}\n" for line in body.splitlines())
    return (
        program[: match.start()]
        + f"func.func @{match.group('name')}_steps(%in_field: {field}, %out_field: {field}) {{\n"
        + "  %lo = arith.constant 0 : index\n"
        + f"  %hi = arith.constant {steps} : index\n"
        + "  %one = arith.constant 1 : index\n"
        + "  %levels:2 = scf.for %time = %lo to %hi step %one iter_args(%now = %in_field, "
        + f"%next = %out_field) -> ({field}, {field}) {{\n"
        + inner
        + f"    scf.yield %next, %now : {field}, {field}\n"
        + "  }\n"
        + program[end:]
    )
