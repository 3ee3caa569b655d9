"""The tile dialect: TileProgram -> IR -> TileProgram is the identity (also through
text), valid programs verify on every device, and the program verifier reports the
validator's findings."""

from __future__ import annotations

import string
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tile_programs import pipeline
from xdsl.dialects import get_all_dialects as xdsl_dialects
from xdsl.dialects.builtin import ModuleOp
from xdsl.parser import Parser
from xdsl.utils.exceptions import VerifyException

from sparta.compiler.context import make_context
from sparta.dialects import get_all_dialects
from sparta.dialects.tile import ProgramOp
from sparta.dialects.tile_extract import build_program, extract_program
from sparta.sim.device import BUNDLED, load_device
from sparta.sim.errors import InputError
from sparta.sim.program import (
    AccessPattern,
    Acquire,
    Coord,
    Core,
    Direction,
    External,
    Fifo,
    FifoEnd,
    Kernel,
    KernelOp,
    KernelOperand,
    Link,
    LinkMode,
    Loop,
    Port,
    Release,
    Run,
    Step,
    TileProgram,
    Transfer,
    Via,
    Work,
)

FLOATS = ("bf16", "f16", "f32", "f64")
VCK190 = load_device("vck190")


def parse(text: str) -> ProgramOp:
    module = Parser(make_context(), text).parse_module()
    return next(op for op in module.walk() if isinstance(op, ProgramOp))


def test_tile_is_registered_without_clashing_with_xdsl() -> None:
    loaders = get_all_dialects()
    assert set(loaders) == {"tile"}
    assert loaders["tile"]().name == "tile"
    assert "tile" not in xdsl_dialects()


@pytest.mark.parametrize("device", BUNDLED)
def test_pipeline_round_trips_and_verifies(device: str) -> None:
    program = pipeline(device)
    op = build_program(program)
    op.verify()
    assert extract_program(op) == program
    reparsed = parse(str(ModuleOp([op])))
    reparsed.verify()
    assert extract_program(reparsed) == program


def test_program_verifier_reports_the_validator() -> None:
    program = pipeline("vck190")
    fifos = tuple(replace(f, depth=2) if f.name == "lap" else f for f in program.fifos)
    op = build_program(replace(program, fifos=fifos))
    with pytest.raises(VerifyException, match="acquires 3 tokens of @lap on consume at once"):
        op.verify()


def test_build_needs_tiles_on_the_array() -> None:
    program = pipeline("vck190")
    cores = (*program.cores, Core(Coord(70, 1), ()))
    with pytest.raises(InputError, match=r"tile \(70,1\) is outside the vck190 array"):
        build_program(replace(program, cores=cores))


# --- random programs ------------------------------------------------------------------------

names = st.text(string.ascii_lowercase, min_size=1, max_size=5)
coords = st.builds(Coord, st.integers(0, VCK190.array.columns - 1), st.integers(0, 8))
token_shapes = st.lists(st.integers(1, 6), min_size=1, max_size=2).map(tuple)
dtypes = st.sampled_from(["i8", "i16", "i32", "i64", *FLOATS])
small = st.integers(0, 5)


@st.composite
def kernels(draw: st.DrawFn, name: str) -> Kernel:
    """A type-consistent kernel: values of one vector shape and dtype, plus masks."""
    dtype = draw(dtypes)
    token = draw(token_shapes)
    operands = tuple(
        KernelOperand(draw(st.sampled_from(list(Port))), draw(st.integers(1, 3)), token, dtype)
        for _ in range(draw(st.integers(1, 3)))
    )
    shape = tuple(draw(st.integers(1, size)) for size in token)
    is_float = dtype in FLOATS
    scalar = st.integers(-64, 64).map(lambda x: x / 4) if is_float else st.integers(-100, 100)
    ops: list[KernelOp] = []
    values: list[int] = []

    next_id = iter(range(10_000))

    def emit(
        opcode: str, args: tuple[int, ...], shape_: tuple[int, ...], dtype_: str, attrs: tuple = ()
    ) -> int:
        result = next(next_id)
        ops.append(KernelOp(opcode, args, result, shape_, dtype_, attrs))
        return result

    for _ in range(draw(st.integers(0, 8))):
        choice = draw(
            st.sampled_from(
                ["read", "const", "splat", "binary", "cmp", "scalar_cmp", "unary", "flag"]
            )
        )
        if choice == "read" or not values:
            index = draw(st.integers(0, len(operands) - 1))
            start = tuple(draw(st.integers(0, n - v)) for n, v in zip(token, shape, strict=True))
            token_index = draw(st.integers(0, operands[index].window - 1))
            attrs = (("operand", index), ("token", token_index), ("start", start))
            values.append(emit("tile.read", (), shape, dtype, attrs))
        elif choice == "const":
            constant = emit("arith.constant", (), (), dtype, (("value", draw(scalar)),))
            values.append(emit("vector.broadcast", (constant,), shape, dtype))
        elif choice == "splat":
            values.append(emit("arith.constant", (), shape, dtype, (("value", draw(scalar)),)))
        elif choice == "binary":
            opcode = draw(
                st.sampled_from(
                    ["arith.addf", "arith.mulf"] if is_float else ["arith.addi", "arith.muli"]
                )
            )
            values.append(
                emit(
                    opcode,
                    (draw(st.sampled_from(values)), draw(st.sampled_from(values))),
                    shape,
                    dtype,
                )
            )
        elif choice == "cmp":
            opcode, predicate = ("arith.cmpf", "olt") if is_float else ("arith.cmpi", "slt")
            pair = (draw(st.sampled_from(values)), draw(st.sampled_from(values)))
            mask = emit(opcode, pair, shape, "i1", (("predicate", predicate),))
            values.append(emit("arith.select", (mask, *pair), shape, dtype))
        elif choice == "scalar_cmp":
            opcode, predicate = ("arith.cmpf", "oge") if is_float else ("arith.cmpi", "ne")
            left = emit("arith.constant", (), (), dtype, (("value", draw(scalar)),))
            right = emit("arith.constant", (), (), dtype, (("value", draw(scalar)),))
            emit(opcode, (left, right), (), "i1", (("predicate", predicate),))
        elif choice == "flag":
            emit(
                "arith.constant",
                (),
                draw(st.sampled_from([(), shape])),
                "i1",
                (("value", draw(st.booleans())),),
            )
        elif is_float:
            values.append(emit("math.sqrt", (draw(st.sampled_from(values)),), shape, dtype))
        else:
            emit("arith.sitofp", (draw(st.sampled_from(values)),), shape, "f32")
    produce = [i for i, operand in enumerate(operands) if operand.port is Port.PRODUCE]
    if values and produce:
        index = draw(st.sampled_from(produce))
        start = tuple(draw(st.integers(0, n - v)) for n, v in zip(token, shape, strict=True))
        attrs = (("operand", index), ("token", 0), ("start", start))
        ops.append(
            KernelOp("tile.write", (draw(st.sampled_from(values)),), None, shape, dtype, attrs)
        )
    return Kernel(name, operands, tuple(ops))


def steps(fifos: list[str], kernels_: list[Kernel]) -> st.SearchStrategy[tuple[Step, ...]]:
    fifo = st.sampled_from(fifos)
    port = st.sampled_from(list(Port))
    leaves: list[st.SearchStrategy[Step]] = [
        st.builds(Acquire, fifo, port, small),
        st.builds(Release, fifo, port, small),
    ]
    if kernels_:

        @st.composite
        def runs(draw: st.DrawFn) -> Run:
            kernel = draw(st.sampled_from(kernels_))
            bound = tuple(draw(fifo) for _ in kernel.operands)
            offsets = draw(st.sampled_from([(), tuple(draw(small) for _ in bound)]))
            return Run(kernel.name, bound, offsets)

        leaves.append(runs())
    step = st.recursive(
        st.one_of(leaves),
        lambda inner: st.builds(Loop, st.integers(1, 300), st.lists(inner, max_size=3).map(tuple)),
        max_leaves=6,
    )
    return st.lists(step, max_size=4).map(tuple)


@st.composite
def programs(draw: st.DrawFn) -> TileProgram:
    """Random programs of the right shape (not necessarily valid) on vck190's array."""
    pool = draw(st.lists(names, min_size=6, max_size=12, unique=True))
    fifo_names, kernel_names, external_names = pool[:2], pool[2:4], pool[4:6]
    externals = tuple(
        External(name, index, draw(token_shapes), draw(dtypes))
        for index, name in enumerate(external_names)
    )
    ends = st.builds(FifoEnd, coords, st.just(Via.SHARED)) | st.builds(
        FifoEnd, coords, st.just(Via.DMA), small, st.none() | small, small, st.none() | coords
    )
    fifos = tuple(
        Fifo(
            name,
            draw(coords),
            draw(coords),
            tuple(draw(st.lists(ends, min_size=1, max_size=3))),
            draw(token_shapes),
            draw(dtypes),
            draw(small),
            draw(st.none() | small),
        )
        for name in fifo_names
    )
    kernels_ = [draw(kernels(name)) for name in kernel_names]
    cores = tuple(
        Core(tile, draw(steps(fifo_names, kernels_)))
        for tile in draw(st.lists(coords, max_size=3, unique=True))
    )
    patterns = st.integers(1, 3).flatmap(
        lambda rank: st.builds(
            AccessPattern,
            st.integers(0, 1000),
            st.lists(st.integers(1, 9), min_size=rank, max_size=rank).map(tuple),
            st.lists(st.integers(0, 99), min_size=rank, max_size=rank).map(tuple),
        )
    )
    transfers = tuple(
        draw(
            st.lists(
                st.builds(
                    Transfer,
                    st.sampled_from(fifo_names),
                    st.sampled_from(external_names),
                    st.sampled_from(list(Direction)),
                    coords,
                    small,
                    st.lists(patterns, min_size=1, max_size=3).map(tuple),
                ),
                max_size=2,
            )
        )
    )
    fifo_lists = st.lists(st.sampled_from(fifo_names), min_size=1, max_size=2).map(tuple)
    links = tuple(
        draw(
            st.lists(
                st.builds(Link, coords, fifo_lists, fifo_lists, st.sampled_from(list(LinkMode))),
                max_size=2,
            )
        )
    )
    work = draw(
        st.none()
        | st.builds(
            Work, small, small, small, dtypes, st.none() | st.sampled_from(["int8", "bf16"])
        )
    )
    keys = draw(st.lists(names, max_size=3, unique=True))
    attributes = tuple((key, draw(st.text(string.printable, max_size=8))) for key in keys)
    return TileProgram(
        draw(names),
        "vck190",
        externals,
        fifos,
        tuple(kernels_),
        cores,
        transfers,
        links,
        work,
        attributes,
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(programs())
def test_build_then_extract_is_the_identity(program: TileProgram) -> None:
    op = build_program(program, VCK190)
    assert extract_program(op) == program
    assert extract_program(parse(str(ModuleOp([op])))) == program
