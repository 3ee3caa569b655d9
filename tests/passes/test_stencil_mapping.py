"""The stencil mapping: every workload end to end, and the plain-data pieces it is made of.

End to end, every workload of the library is compiled for every device with every
strategy and simulated; the outputs must equal the reference evaluator's (exactly for
integers, within 1e-5 relative for f32). The strategies, placement, geometry, scheduling
and splitting are then tested as the pure functions they are, on cases small enough to
derive by hand.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest
from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp
from xdsl.transforms.stencil_inlining import StencilInliningPass

from sparta.compiler.frontend import parse_module
from sparta.compiler.program_io import load_inputs
from sparta.compiler.reference import evaluate
from sparta.compiler.session import Session, SessionOptions
from sparta.compiler.signature import argument_specs, entry_function
from sparta.kernels.registry import WORKLOADS
from sparta.passes.stencil_geometry import Demand, analyse, pencils
from sparta.passes.stencil_model import Box, StencilModel, extract_model, find_function
from sparta.passes.stencil_placement import bblock_cores, deal_channels
from sparta.passes.stencil_plan import Plan
from sparta.passes.stencil_schedule import (
    Input,
    Task,
    compress,
    fold,
    has_args,
    schedule,
    shift_args,
)
from sparta.passes.stencil_split import StencilSplitPass
from sparta.passes.stencil_strategies import (
    Decision,
    assign_pencils,
    channel_groups,
    choose_blocks,
    min_max_partition,
    rank,
)
from sparta.sim.device import Device, load_device
from sparta.sim.errors import InputError, ResourceError
from sparta.sim.program import Acquire, Coord, Loop, Port, Release, Run, Step

# xDSL 0.75's stencil-inlining (the sparta-bblock pipeline) cleans up with a CSE that uses
# a deprecated rewriter call of its own.
pytestmark = pytest.mark.filterwarnings("ignore:Use .erase:DeprecationWarning")

DEVICES = ("vck190", "npu1", "npu2")
DTYPES = ("i32", "f32")
F32_RTOL = 1e-5

# ---- end to end ---------------------------------------------------------------------------


def run_and_compare(path: Path, text: str, target: str, strategy: str) -> Session:
    """Compile and simulate `text`; assert the outputs equal the reference evaluator's."""
    path.write_text(text)
    options = SessionOptions(
        input=str(path), target=target, strategy=strategy, simulate=True, no_progress=True
    )
    session = Session(options)
    session.run()
    assert session.source is not None
    inputs = load_inputs(None, session.specs, seed=0)
    expected = evaluate(entry_function(session.source), inputs)
    for spec, want in zip(session.specs, expected, strict=True):
        got = session.outputs[spec.key]
        assert got.dtype == want.dtype
        if want.dtype.kind == "f":
            scale = float(np.max(np.abs(want), initial=0.0))
            np.testing.assert_allclose(got, want, rtol=F32_RTOL, atol=F32_RTOL * scale)
        else:
            np.testing.assert_array_equal(got, want)
    return session


E2E_CASES = [
    pytest.param(name, dtype, device, strategy, id=f"{name}-{dtype}-{device}-{strategy}")
    for name, dtype, device, strategy in itertools.product(
        WORKLOADS, DTYPES, DEVICES, ("auto", "uniform")
    )
]


@pytest.mark.parametrize(("name", "dtype", "device", "strategy"), E2E_CASES)
def test_workload_simulates_to_the_reference(
    tmp_path: Path, name: str, dtype: str, device: str, strategy: str
) -> None:
    workload = WORKLOADS[name]
    text = workload.generate(dtype, **workload.small_sizes)
    session = run_and_compare(tmp_path / f"{name}.mlir", text, device, strategy)
    assert session.report is not None
    assert session.report.to_json()["cycles"] > 0


BBLOCK_SIZES = {"nx": 8, "ny": 7, "nz": 2}
"""hdiff with 8 rows (a multiple of SPARTA's four lanes) and two planes (two B-blocks
where the device has the channels and columns for them)."""


@pytest.mark.parametrize(
    ("dtype", "device"),
    [(dtype, device) for dtype in DTYPES for device in DEVICES],
)
def test_hdiff_sparta_bblock_simulates_to_the_reference(
    tmp_path: Path, dtype: str, device: str
) -> None:
    text = WORKLOADS["hdiff"].generate(dtype, **BBLOCK_SIZES)
    session = run_and_compare(tmp_path / "hdiff.mlir", text, device, "sparta-bblock")
    assert session.program is not None
    blocks = {"npu1": 1, "npu2": 2, "vck190": 2}[device]
    assert session.report is not None
    assert session.report.to_json()["tiles_used"] == 12 * blocks


def stored_and_read_program(dtype: str, nz: int = 2, ny: int = 8, nx: int = 12) -> str:
    """A Laplacian `a` that is stored and also read, with a halo, by a second apply."""
    add, mul, sub = (f"arith.{op}{'f' if dtype == 'f32' else 'i'}" for op in ("add", "mul", "sub"))
    field = f"!stencil.field<[0,{nz}]x[-2,{ny + 2}]x[-2,{nx + 2}]x{dtype}>"
    temp = f"!stencil.temp<?x?x?x{dtype}>"
    box = f"<[0, 0, 0], [{nz}, {ny}, {nx}]>"
    return f"""
func.func @stored_and_read(%in: {field}, %mid: {field}, %out: {field}) {{
  %t = stencil.load %in : {field} -> {temp}
  %a = stencil.apply(%x = %t : {temp}) -> ({temp}) {{
    %l = stencil.access %x[0, 0, -1] : {temp}
    %r = stencil.access %x[0, 0, 1] : {temp}
    %u = stencil.access %x[0, -1, 0] : {temp}
    %d = stencil.access %x[0, 1, 0] : {temp}
    %s1 = {add} %l, %r : {dtype}
    %s2 = {add} %u, %d : {dtype}
    %s = {sub} %s1, %s2 : {dtype}
    stencil.return %s : {dtype}
  }}
  %b = stencil.apply(%y = %a : {temp}) -> ({temp}) {{
    %c = stencil.access %y[0, 0, 0] : {temp}
    %n = stencil.access %y[0, 1, 1] : {temp}
    %w = stencil.access %y[0, -1, 0] : {temp}
    %m = {mul} %c, %n : {dtype}
    %s = {sub} %m, %w : {dtype}
    stencil.return %s : {dtype}
  }}
  stencil.store %a to %mid({box}) : {temp} to {field}
  stencil.store %b to %out({box}) : {temp} to {field}
  func.return
}}
"""


@pytest.mark.parametrize(
    ("dtype", "device", "strategy"),
    [
        (dtype, device, strategy)
        for dtype in DTYPES
        for device in DEVICES
        for strategy in ("auto", "uniform", "sparta-bblock")
    ],
)
def test_result_both_stored_and_read_is_copied_to_its_store(
    tmp_path: Path, dtype: str, device: str, strategy: str
) -> None:
    """`a` carries the halo row and column `b` reads; its store gets only the stored block,
    through a copy of each row into an output stream of its own. (sparta-bblock inlines
    and re-splits the program, so its streams are named after the split parts.)"""
    text = stored_and_read_program(dtype)
    session = run_and_compare(tmp_path / "sr.mlir", text, device, strategy)
    assert session.program is not None
    if strategy == "sparta-bblock":
        return
    fifos = {fifo.name: fifo for fifo in session.program.fifos}
    stores = [fifo for name, fifo in fifos.items() if name.startswith("store0_g0")]
    assert stores
    for fifo in stores:
        assert fifo.token_shape == (12,)  # the stored block of one row, no halo
    halo = [fifo for name, fifo in fifos.items() if name.startswith("a_g0")]
    assert halo
    assert all(fifo.token_shape == (13,) for fifo in halo)  # b reads a[x + 1]


def test_copy_streams_never_take_an_apply_name(tmp_path: Path) -> None:
    """An apply named like the copy streams (`store0`) keeps its name; the copies move on."""
    text = stored_and_read_program("i32").replace("%a ", "%store0 ").replace("%a)", "%store0)")
    text = text.replace("= %a :", "= %store0 :")
    assert "%a " not in text
    session = run_and_compare(tmp_path / "named.mlir", text, "npu1", "auto")
    assert session.program is not None
    names = [fifo.name for fifo in session.program.fifos]
    assert any(name.startswith("store0_g0") for name in names)  # the apply's result
    assert any(name.startswith("_store0_g0") for name in names)  # the copy of its store
    kernels = {kernel.name for kernel in session.program.kernels}
    assert {"store0", "_store0"} <= kernels


def test_sparta_bblock_deals_uneven_rows_over_its_lanes(tmp_path: Path) -> None:
    """Six rows (hdiff nx = 6) over four lanes: lanes 0 and 1 take two rows, 2 and 3 one."""
    text = WORKLOADS["hdiff"].generate("i32", nx=6, ny=7, nz=2)
    session = run_and_compare(tmp_path / "hdiff.mlir", text, "npu1", "sparta-bblock")
    assert session.report is not None
    assert session.report.to_json()["tiles_used"] == 12


def test_sparta_bblock_rejects_fewer_rows_than_lanes(tmp_path: Path) -> None:
    text = WORKLOADS["hdiff"].generate("i32", nx=3, ny=7, nz=2)
    path = tmp_path / "hdiff.mlir"
    path.write_text(text)
    session = Session(SessionOptions(input=str(path), target="npu1", strategy="sparta-bblock"))
    with pytest.raises(InputError, match="splits rows over 4 lanes; the pencil has 3 rows"):
        session.run()
    assert session.source is not None


def test_strategy_errors_point_at_the_program(tmp_path: Path) -> None:
    path = tmp_path / "hdiff.mlir"
    path.write_text(WORKLOADS["hdiff"].generate("i32", nx=3, ny=7, nz=2))
    session = Session(SessionOptions(input=str(path), target="npu1", strategy="sparta-bblock"))
    with pytest.raises(InputError) as error:
        session.run()
    assert error.value.location is not None
    assert error.value.location.file == str(path)


# ---- programs as models ---------------------------------------------------------------------


def parse(text: str) -> ModuleOp:
    return parse_module(text, "test.mlir")


def model_of(text: str) -> StencilModel:
    return extract_model(find_function(parse(text)))


def plane_program(planes: int, rows: int, cols: int, applies: int = 1) -> str:
    """`applies` chained 5-point sums over `planes` independent planes (i32, halo 1 per
    apply in rows and columns)."""
    halo = applies
    field = f"!stencil.field<[0,{planes}]x[{-halo},{rows + halo}]x[{-halo},{cols + halo}]xi32>"
    lines = [
        f"func.func @planes(%in: {field}, %out: {field}) {{",
        f"  %t0 = stencil.load %in : {field} -> "
        f"!stencil.temp<[0,{planes}]x[{-halo},{rows + halo}]x[{-halo},{cols + halo}]xi32>",
    ]
    for a in range(applies):
        h_in, h_out = halo - a, halo - a - 1
        temp_in = f"!stencil.temp<[0,{planes}]x[{-h_in},{rows + h_in}]x[{-h_in},{cols + h_in}]xi32>"
        temp_out = (
            f"!stencil.temp<[0,{planes}]x[{-h_out},{rows + h_out}]x[{-h_out},{cols + h_out}]xi32>"
        )
        lines.append(f"  %t{a + 1} = stencil.apply(%x = %t{a} : {temp_in}) -> ({temp_out}) {{")
        for name, offset in (("n", "0, -1, 0"), ("s", "0, 1, 0"), ("w", "0, 0, -1")):
            lines.append(f"    %{name} = stencil.access %x[{offset}] : {temp_in}")
        lines.append(f"    %e = stencil.access %x[0, 0, 1] : {temp_in}")
        lines += [
            "    %ns = arith.addi %n, %s : i32",
            "    %we = arith.addi %w, %e : i32",
            "    %v = arith.addi %ns, %we : i32",
            "    stencil.return %v : i32",
            "  }",
        ]
    lines += [
        f"  stencil.store %t{applies} to %out(<[0, 0, 0], [{planes}, {rows}, {cols}]>) : "
        f"!stencil.temp<[0,{planes}]x[0,{rows}]x[0,{cols}]xi32> to {field}",
        "  func.return",
        "}",
    ]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def vck190() -> Device:
    return load_device("vck190")


def test_plane_program_matches_the_reference() -> None:
    """The helper's programs are what the tests below assume: two chained 5-point sums."""
    module = parse(plane_program(2, 3, 4, applies=2))
    function = entry_function(module)
    inputs = load_inputs(None, argument_specs(function), seed=1)
    _, out = evaluate(function, inputs)
    x = inputs[0].astype(np.int64)

    def five(a: np.ndarray) -> np.ndarray:
        return a[:, :-2, 1:-1] + a[:, 2:, 1:-1] + a[:, 1:-1, :-2] + a[:, 1:-1, 2:]

    np.testing.assert_array_equal(out[:, 2:-2, 2:-2], five(five(x)).astype(np.int32))


# ---- strategies ---------------------------------------------------------------------------


def brute_force_partition(costs: tuple[float, ...], parts: int) -> float:
    """The smallest largest-group sum over every cut into `parts` contiguous groups."""
    n = len(costs)
    parts = min(parts, n)
    best = float("inf")
    for cuts in itertools.combinations(range(1, n), parts - 1):
        bounds = (0, *cuts, n)
        worst = max(sum(costs[a:b]) for a, b in itertools.pairwise(bounds))
        best = min(best, worst)
    return best


def test_min_max_partition_is_optimal_on_small_cases() -> None:
    rng = np.random.default_rng(7)
    for _ in range(300):
        n = int(rng.integers(1, 8))
        parts = int(rng.integers(1, 6))
        costs = tuple(float(c) for c in rng.integers(0, 20, n))
        stages, worst = min_max_partition(costs, parts)
        used = min(parts, n)
        assert worst == brute_force_partition(costs, parts), (costs, parts)
        assert stages[0] == 0
        assert all(b - a in (0, 1) for a, b in itertools.pairwise(stages)), stages
        assert max(stages) == used - 1
        sums = [sum(c for c, s in zip(costs, stages, strict=True) if s == k) for k in range(used)]
        assert max(sums) == worst


def test_min_max_partition_hand_cases() -> None:
    assert min_max_partition((5.0, 5.0, 5.0, 5.0), 2) == ((0, 0, 1, 1), 10.0)
    assert min_max_partition((9.0, 1.0, 1.0, 1.0), 2) == ((0, 1, 1, 1), 9.0)
    assert min_max_partition((1.0, 2.0, 3.0), 3) == ((0, 1, 2), 3.0)
    assert min_max_partition((4.0, 4.0), 5) == ((0, 1), 4.0)


@pytest.mark.parametrize(("count", "groups"), [(10, 3), (4, 4), (7, 1), (9, 4), (1, 1)])
def test_assign_pencils_contiguous_and_balanced(count: int, groups: int) -> None:
    runs = assign_pencils(count, groups)
    assert len(runs) == groups
    assert tuple(itertools.chain.from_iterable(runs)) == tuple(range(count))
    sizes = [len(r) for r in runs]
    assert max(sizes) - min(sizes) <= 1
    assert sizes == sorted(sizes, reverse=True)


def test_assign_pencils_hand_case() -> None:
    assert assign_pencils(10, 3) == ((0, 1, 2, 3), (4, 5, 6), (7, 8, 9))


def test_choose_blocks_keeps_whole_planes_when_they_divide(vck190: Device) -> None:
    model = model_of(plane_program(4, 6, 8))
    assert choose_blocks(model, vck190, groups=4, lanes=1) == ((1, 6, 8), 4)
    assert choose_blocks(model, vck190, groups=2, lanes=2) == ((1, 6, 8), 4)


def test_choose_blocks_adds_row_segments(vck190: Device) -> None:
    # 3 planes over 2 groups: two segments of ceil(6 / 2) = 3 rows, rounded up to a
    # multiple of the 2 lanes: 4 rows, so 2 segments per plane and 6 pencils.
    model = model_of(plane_program(3, 6, 8))
    assert choose_blocks(model, vck190, groups=2, lanes=2) == ((1, 4, 8), 6)
    assert choose_blocks(model, vck190, groups=2, lanes=1) == ((1, 3, 8), 6)
    # 1 plane of 8 rows over 3 groups: 2 segments give 2 pencils, 3 give ceil(8/3) = 3.
    single = model_of(plane_program(1, 8, 8))
    assert choose_blocks(single, vck190, groups=3, lanes=1) == ((1, 3, 8), 3)


def assert_well_formed(decision: Decision, budget: int, groups_max: int, rows: int) -> None:
    assert decision.num_stages * decision.lanes * decision.groups <= budget
    assert 1 <= decision.groups <= groups_max
    assert rows % decision.lanes == 0
    assert decision.stages[0] == 0
    assert max(decision.stages) == decision.num_stages - 1
    assert all(b - a in (0, 1) for a, b in itertools.pairwise(decision.stages))


def test_rank_auto_is_ordered_by_estimate_then_tiles(vck190: Device) -> None:
    model = model_of(plane_program(4, 8, 16, applies=3))
    groups_max = channel_groups(model, vck190)
    decisions = rank(model, vck190, "auto", 24)
    assert len(decisions) > 3
    most = [
        d
        for d in decisions
        if d.groups == min(groups_max, 24 // (d.num_stages * d.lanes), 4)  # every group
    ]
    fewer = decisions[len(most) :]  # then, as fallbacks, the same shapes with fewer groups
    assert decisions[: len(most)] == most
    assert fewer
    for part in (most, fewer):
        keys = [(d.estimate_cycles, d.num_stages * d.lanes * d.groups) for d in part]
        assert keys == sorted(keys)
    for decision in decisions:
        assert_well_formed(decision, 24, groups_max, rows=8)
    shapes = {(d.num_stages, d.lanes) for d in most}
    assert {(1, 1), (2, 1), (3, 1), (1, 4)} <= shapes
    assert {(d.num_stages, d.lanes, d.groups) for d in fewer} == {
        (d.num_stages, d.lanes, g) for d in most for g in (d.groups // 2, d.groups // 4) if g
    }


def test_rank_uniform_prefers_groups_then_lanes(vck190: Device) -> None:
    model = model_of(plane_program(4, 8, 16, applies=3))
    decisions = rank(model, vck190, "uniform", 8)
    shapes = [(d.num_stages, d.lanes, d.groups) for d in decisions]
    # most groups = min(channels 32, budget 8, pencils 4) = 4, then 2, then 1; lanes 4, 2, 1
    # as far as groups x lanes <= 8.
    assert shapes == [
        (1, 2, 4),
        (1, 1, 4),
        (1, 4, 2),
        (1, 2, 2),
        (1, 1, 2),
        (1, 4, 1),
        (1, 2, 1),
        (1, 1, 1),
    ]
    assert all(d.stages == (0, 0, 0) for d in decisions)


def test_rank_sparta_bblock_is_one_three_stage_four_lane_shape(vck190: Device) -> None:
    model = model_of(plane_program(4, 8, 16, applies=3))
    (decision,) = rank(model, vck190, "sparta-bblock", 30)
    assert (decision.stages, decision.num_stages, decision.lanes) == ((0, 1, 2), 3, 4)
    assert decision.groups == 2  # 30 tiles // 12 per B-block
    (everything,) = rank(model, vck190, "sparta-bblock", None)
    assert everything.groups == 4  # one per pencil


def test_rank_rejects_what_a_strategy_cannot_map(vck190: Device) -> None:
    three = model_of(plane_program(4, 8, 16, applies=3))
    with pytest.raises(InputError, match="unknown strategy 'fastest'"):
        rank(three, vck190, "fastest", None)
    with pytest.raises(ResourceError, match="needs 12 tiles per B-block; --max-tiles 8"):
        rank(three, vck190, "sparta-bblock", 8)
    with pytest.raises(InputError, match="the pencil has 3 rows"):
        rank(model_of(plane_program(4, 3, 16, applies=3)), vck190, "sparta-bblock", None)
    with pytest.raises(InputError, match="needs the program cut into three stages"):
        rank(model_of(plane_program(4, 8, 16)), vck190, "sparta-bblock", None)


# ---- placement ----------------------------------------------------------------------------

NOC_COLUMNS = (2, 3, 6, 7, 10, 11, 18, 19, 26, 27, 34, 35, 42, 43, 46, 47)


def bblock_plan(groups: int) -> Plan:
    return Plan("sparta-bblock", (0, 1, 2), 3, 4, groups)


def test_bblock_cores_follow_spartas_generator(vck190: Device) -> None:
    groups = 32
    cores = bblock_cores(vck190, bblock_plan(groups))
    for b in range(groups):
        g = b // 2
        rows = range(1, 5) if b % 2 == 0 else range(5, 9)
        expected = tuple(tuple(Coord(3 * g + k, row) for k in range(3)) for row in rows)
        assert cores[b] == expected, b


def test_bblock_shim_channels_are_the_bth_mm2s_channel(vck190: Device) -> None:
    model = model_of(WORKLOADS["hdiff"].generate("i32", nx=8, ny=8, nz=1))
    inputs, outputs = deal_channels(model, vck190, 32)
    for b in range(32):
        assert inputs[b] == ((Coord(NOC_COLUMNS[b // 2], 0), b % 2),), b
    assert outputs[0] == ((Coord(2, 0), 0),)
    assert outputs[1] == ((Coord(2, 0), 1),)
    assert outputs[2] == ((Coord(3, 0), 0),)
    assert len({channel for group in outputs for channel in group}) == 32


def test_bblock_cores_on_the_npus() -> None:
    cores = bblock_cores(load_device("npu2"), bblock_plan(2))
    assert cores[1][0] == (Coord(3, 2), Coord(4, 2), Coord(5, 2))
    assert cores[1][3] == (Coord(3, 5), Coord(4, 5), Coord(5, 5))
    with pytest.raises(ResourceError, match="2 B-blocks do not fit the 4 columns of npu1"):
        bblock_cores(load_device("npu1"), bblock_plan(2))


def test_bblock_cores_beyond_the_array(vck190: Device) -> None:
    with pytest.raises(ResourceError, match="34 B-blocks do not fit the 50 columns of vck190"):
        bblock_cores(vck190, bblock_plan(34))


# ---- geometry -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def hdiff_model() -> StencilModel:
    return model_of(WORKLOADS["hdiff"].generate("i32", nx=8, ny=8, nz=1))


def rows(first: int, last: int) -> tuple[int, ...]:
    return tuple(range(first, last + 1))


def test_hdiff_demands_of_one_lane(hdiff_model: StencilModel) -> None:
    # out reads flx at rows r-1, r and fly at columns c-1, c; flx and fly read lap one row
    # or column further; lap reads in one row and column around it. One lane, 4 rows x 6
    # columns: every demand is a box, every row set a range.
    geometry = analyse(hdiff_model, 1, (1, 4, 6), 0, 1)
    lap, flx, fly, out = geometry.applies
    assert out == Demand(rows(0, 3), Box((0, 0, 0), (1, 4, 6)), True)
    assert flx == Demand(rows(-1, 3), Box((0, -1, 0), (1, 4, 6)), True)
    assert fly == Demand(rows(0, 3), Box((0, 0, -1), (1, 4, 6)), True)
    assert lap == Demand(rows(-1, 4), Box((0, -1, -1), (1, 5, 7)), True)
    field_in, field_out = geometry.fields
    assert field_in == Demand(rows(-2, 5), Box((0, -2, -2), (1, 6, 8)), True)
    assert field_out is None  # written, never read


def test_hdiff_demands_of_lane_1_of_4(hdiff_model: StencilModel) -> None:
    # Lane 1 of 4 computes output rows 1 and 5 of 8: flx rows {r-1, r}, lap rows
    # {r-1, r, r+1}, and the input rows r-2 .. r+2 of both, merged into one range.
    geometry = analyse(hdiff_model, 1, (1, 8, 6), 1, 4)
    lap, flx, fly, out = geometry.applies
    assert out.rows == (1, 5)
    assert flx.rows == (0, 1, 4, 5)
    assert fly.rows == (1, 5)
    assert lap.rows == (0, 1, 2, 4, 5, 6)
    field_in = geometry.fields[0]
    assert field_in is not None
    assert field_in.rows == rows(-1, 7)
    assert field_in.box == Box((0, -2, -2), (1, 10, 8))


# ---- row schedules --------------------------------------------------------------------------

STREAM = {"in": rows(-1, 4)}
"""Rows -1 .. 4 of the input stream: the 4 output rows and a halo of one."""


def acquire(fifo: str, count: int, port: Port = Port.CONSUME) -> Acquire:
    return Acquire(fifo, port, count)


def release(fifo: str, count: int, port: Port = Port.CONSUME) -> Release:
    return Release(fifo, port, count)


def test_schedule_of_a_three_row_window() -> None:
    task = Task("k", rows(0, 3), (Input("in", -1, 3, True),), ("out",), 0)
    result = schedule([task], STREAM)
    step = (
        acquire("in", 3),
        acquire("out", 1, Port.PRODUCE),
        Run("k", ("in", "out"), (0, 0)),
        release("out", 1, Port.PRODUCE),
    )
    assert result.steps == [*step, release("in", 1)] * 3 + [*step, release("in", 3)]
    assert result.held == {"in": 3}
    assert compress(result.steps) == (Loop(3, (*step, release("in", 1))), *step, release("in", 3))


def test_schedule_offsets_serve_two_kernels_from_one_window() -> None:
    # Kernel a needs rows r-1 .. r+1, kernel b row r+1 only: b runs on the window a holds,
    # one token further in, until the last row, where a has released all but b's row.
    a = Task("a", rows(0, 3), (Input("in", -1, 3, True),), ("oa",), 0)
    b = Task("b", rows(0, 3), (Input("in", 1, 1, True),), ("ob",), 0)
    result = schedule([a, b], STREAM)

    def run_a(last: int) -> tuple[Acquire | Release | Run, ...]:
        return (
            acquire("in", 3),
            acquire("oa", 1, Port.PRODUCE),
            Run("a", ("in", "oa"), (0, 0)),
            release("oa", 1, Port.PRODUCE),
            release("in", last),
        )

    def run_b(offset: int) -> tuple[Acquire | Release | Run, ...]:
        return (
            acquire("ob", 1, Port.PRODUCE),
            Run("b", ("in", "ob"), (offset, 0)),
            release("ob", 1, Port.PRODUCE),
        )

    period = (*run_a(1), *run_b(1))
    assert result.steps == [*period * 3, *run_a(2), *run_b(0), release("in", 1)]
    assert result.held == {"in": 3}
    assert compress(result.steps) == (Loop(3, period), *run_a(2), *run_b(0), release("in", 1))


def test_schedule_lag_delays_a_dependent_kernel() -> None:
    # `b` reads a's output one row ahead in the same core, so it runs with lag 1.
    a = Task("a", rows(0, 2), (Input("in", 0, 1, True),), ("mid",), 0)
    b = Task("b", rows(0, 1), (Input("mid", 0, 2, True),), ("out",), 1)
    result = schedule([a, b], {"in": rows(0, 2), "mid": rows(0, 2)})
    order = [step.kernel for step in result.steps if isinstance(step, Run)]
    assert order == ["a", "a", "b", "a", "b"]
    assert result.held == {"in": 1, "mid": 2}


def test_compress_leaves_aperiodic_steps_alone() -> None:
    steps = [acquire("in", 1), Run("k", ("in",), (0,)), release("in", 1)]
    assert compress(steps) == tuple(steps)


# ---- stencil-split ------------------------------------------------------------------------


def split_results(text: str, split: StencilSplitPass, inline: bool = False) -> None:
    """Evaluate a program before and after `split`; assert the same results, more applies."""
    module = parse(text)
    function = entry_function(module)
    inputs = load_inputs(None, argument_specs(function), seed=4)
    before = evaluate(function, inputs)
    applies_before = len(extract_model(find_function(module)).applies)
    if inline:
        StencilInliningPass().apply(Context(), module)
    split.apply(Context(), module)
    module.verify()
    after = evaluate(entry_function(module), inputs)
    assert len(extract_model(find_function(module)).applies) > (1 if inline else applies_before)
    for want, got in zip(before, after, strict=True):
        np.testing.assert_array_equal(got, want)


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("name", ["hdiff", "upwind_advection", "hyperdiffusion_6th"])
@pytest.mark.parametrize(
    "split",
    [
        StencilSplitPass(parts=2),
        StencilSplitPass(parts=3, forward_fields=True),
        StencilSplitPass(max_ops=2),
    ],
    ids=["parts=2", "parts=3-forward", "max-ops=2"],
)
def test_stencil_split_preserves_results(name: str, dtype: str, split: StencilSplitPass) -> None:
    workload = WORKLOADS[name]
    split_results(workload.generate(dtype, **workload.small_sizes), split)


def test_stencil_split_after_inlining_preserves_results() -> None:
    """The sparta-bblock pipeline: hdiff inlined into one apply, then cut in three."""
    text = WORKLOADS["hdiff"].generate("i32", **BBLOCK_SIZES)
    split_results(text, StencilSplitPass(parts=3, forward_fields=True), inline=True)


@pytest.mark.parametrize(("extent", "block"), [(98, 8), (64, 8), (5, 8), (17, 4), (1, 1)])
def test_pencils_share_one_extent_and_cover_the_output(extent: int, block: int) -> None:
    """A block that does not divide its dimension ends at the edge and overlaps the one
    before, so one stream never carries tokens of two shapes (WSE uvbke: 98 planes in
    blocks of 8 once left a last pencil of 2 planes in a group of 8-plane pencils)."""
    output = Box((0, 3), (extent, 43))
    cut = pencils(output, (block, 40))
    assert {p.extent for p in cut} == {(min(block, extent), 40)}
    covered = {x for p in cut for x in range(p.origin[0], p.origin[0] + p.extent[0])}
    assert covered == set(range(extent))
    assert len(cut) == -(-extent // block)


def test_compress_folds_run_arguments_that_step_evenly() -> None:
    """Rows whose runs pass their coordinates (`stencil.index`) still fold into one loop:
    the argument becomes `first + step * counter`."""
    steps: list[Step] = []
    for row in range(6):
        steps += [
            Acquire("in", Port.CONSUME, 1),
            Run("k", ("in",), (0,), ((5,), (10 + row,))),
            Release("in", Port.CONSUME, 1),
        ]
    (loop,) = compress(steps)
    assert isinstance(loop, Loop)
    assert loop.count == 6
    (run,) = [step for step in loop.body if isinstance(step, Run)]
    assert run.args == ((5, 0), (10, 1))


def test_fold_repeats_pencils_whose_origins_step_evenly_and_keeps_the_others() -> None:
    body = (Run("k", ("in",), (0,), ((0,),)),)
    blocks = [shift_args(body, (origin,)) for origin in (0, 8, 16, 30)]
    folded = fold(blocks)
    assert folded[0] == Loop(3, (Run("k", ("in",), (0,), ((0, 8),)),))
    assert folded[1] == Run("k", ("in",), (0,), ((30,),))
    assert fold([body, body]) == (Loop(2, (Run("k", ("in",), (0,), ((0, 0),)),)),)
    plain = (Run("k", ("in",), (0,)),)
    assert fold([plain, plain]) == (Loop(2, plain),)  # no arguments: no coefficients
    assert not has_args(body[:0])
