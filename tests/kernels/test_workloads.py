"""The stencil workload library: generated programs, checked-in examples, numpy references."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
import workload_refs
from xdsl.context import Context
from xdsl.dialects import get_all_dialects
from xdsl.dialects.builtin import ModuleOp
from xdsl.dialects.func import FuncOp
from xdsl.parser import Parser
from xdsl.transforms.shape_inference import ShapeInferencePass

from sparta.compiler.frontend import parse_module
from sparta.compiler.reference import evaluate
from sparta.compiler.signature import argument_specs, entry_function
from sparta.kernels.generate import main as generate_main
from sparta.kernels.registry import WORKLOADS
from sparta.kernels.stencil_text import DTYPES, Arg, Body, Program, box, float_literal
from sparta.sim.errors import UsageError

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
CASES = [(name, dtype) for name, workload in WORKLOADS.items() for dtype in workload.dtypes]
NUMPY_DTYPES = {"i32": np.int32, "f32": np.float32, "f64": np.float64}
TEMP_TYPE = re.compile(r"!stencil\.temp<((?:\[-?\d+,-?\d+\]x)+)(\w+)>")


def small_program(name: str, dtype: str) -> str:
    workload = WORKLOADS[name]
    return workload.generate(dtype, **workload.small_sizes)


def parse(text: str) -> ModuleOp:
    ctx = Context()
    for dialect, factory in get_all_dialects().items():
        ctx.register_dialect(dialect, factory)
    module = Parser(ctx, text).parse_module()
    module.verify()
    return module


def with_dynamic_temps(text: str) -> str:
    """The program with every `!stencil.temp` bound replaced by `?`."""
    return TEMP_TYPE.sub(lambda m: f"!stencil.temp<{'?x' * m[1].count('[')}{m[2]}>", text)


# ---- generated programs ---------------------------------------------------------------


# xDSL 0.75's own shape inference of offset-mapped accesses warns about its own API use.
@pytest.mark.filterwarnings("ignore:StencilBoundsAttr init:DeprecationWarning")
@pytest.mark.parametrize(("name", "dtype"), CASES)
def test_program_verifies_and_its_bounds_are_exactly_the_inferred_ones(
    name: str, dtype: str
) -> None:
    text = small_program(name, dtype)
    expected = str(parse(text))
    assert "!stencil.temp<[" not in with_dynamic_temps(text)
    dynamic = parse(with_dynamic_temps(text))
    ShapeInferencePass().apply(Context(), dynamic)
    dynamic.verify()
    assert str(dynamic) == expected


def test_registry_describes_every_generator() -> None:
    for name, workload in WORKLOADS.items():
        assert workload.dtypes == DTYPES
        assert set(workload.small_sizes) == set(workload.default_sizes)
        assert "\n" not in workload.description
        assert f"func.func @{name}(" in small_program(name, workload.default_dtype)


def test_examples_are_the_default_programs(tmp_path: Path) -> None:
    assert generate_main([str(tmp_path)]) == 0
    for name, workload in WORKLOADS.items():
        written = (tmp_path / f"{name}.mlir").read_bytes()
        assert written == workload.generate().encode()
        assert (EXAMPLES / f"{name}.mlir").read_bytes() == written


def test_default_sizes_are_the_documented_ones() -> None:
    sizes = {name: w.default_sizes for name, w in WORKLOADS.items()}
    assert sizes["hdiff"] == {"nx": 256, "ny": 256, "nz": 64}
    assert sizes["jacobi_1d"] == {"ny": 1_048_576}
    assert sizes["jacobi_2d_5pt"] == sizes["jacobi_2d_9pt"] == {"nx": 1024, "ny": 1024}
    assert sizes["diamond_2d_13pt"] == {"nx": 1024, "ny": 1024}
    assert sizes["heat_3d"] == {"nx": 256, "ny": 256, "nz": 64}
    hdiff_text = WORKLOADS["hdiff"].generate()
    assert "!stencil.field<[0,64]x[-2,258]x[-2,258]xi32>" in hdiff_text


ARITH_OPS_PER_APPLY = {
    # name: (per-apply counts for i32, for floats); arith ops other than constants
    "hdiff": ([5, 5, 5, 5], [5, 5, 5, 5]),
    "jacobi_1d": ([4], [3]),
    "jacobi_2d_5pt": ([6], [5]),
    "jacobi_2d_9pt": ([10], [9]),
    "heat_3d": ([8], [8]),
    "diamond_2d_13pt": ([15], [15]),
    "laplacian_chain": ([5, 5], [5, 5]),
    "upwind_advection": ([24, 24, 6], [23, 23, 5]),
    "kinetic_energy": ([11], [11]),
    "hyperdiffusion_6th": ([20], [20]),
}


@pytest.mark.parametrize(("name", "dtype"), CASES)
def test_arith_op_counts(name: str, dtype: str) -> None:
    applies = re.findall(r"= stencil\.apply\(.*?\n(.*?)\n  \}", small_program(name, dtype), re.S)
    counts = [len(re.findall(r"= arith\.(?!constant)", body)) for body in applies]
    int_counts, float_counts = ARITH_OPS_PER_APPLY[name]
    assert counts == (int_counts if dtype == "i32" else float_counts)


def test_lower_dimensional_field_is_read_through_an_offset_mapping() -> None:
    text = small_program("upwind_advection", "f32")
    assert "%rdx_field: !stencil.field<[-2,8]xf32>" in text
    assert "stencil.access %rdx[_, 0, _] : !stencil.temp<[0,6]xf32>" in text


def test_bad_dtype_and_sizes_are_usage_errors() -> None:
    with pytest.raises(UsageError, match="unsupported dtype 'bf16'"):
        WORKLOADS["hdiff"].generate("bf16", nx=4, ny=4, nz=1)
    with pytest.raises(UsageError, match="size nx=0"):
        WORKLOADS["jacobi_2d_5pt"].generate(nx=0, ny=4)


def test_builder_rejects_misuse() -> None:
    program = Program("p", "f32", "", store_result=False)
    program.output("out", box((0, 4)))
    with pytest.raises(ValueError, match="after an output"):
        program.input("in", box((-1, 5)))
    body = Body("f32", 2, set())
    with pytest.raises(ValueError, match="needs 2 offsets"):
        body.at(Arg("in", box((0, 4), (0, 4))), 0)
    with pytest.raises(ValueError, match="maps 2 of 1 dims"):
        body.at(Arg("coef", box((0, 4))), 0, 0)
    with pytest.raises(ValueError, match="outside"):
        body.scale("%x", 2.0)
    with pytest.raises(ValueError, match="whole constant"):
        Body("i32", 1, set()).const(0.5)
    with pytest.raises(ValueError, match="empty box"):
        box((3, 3))


def test_float_literals_are_exact() -> None:
    assert float(float_literal(1 / 3, "f32")) == float(np.float32(1 / 3))
    assert float_literal(1 / 3, "f64") == repr(1 / 3)
    assert float_literal(1e-5, "f64") == "1.0e-05"
    assert float_literal(7, "f32") == "7.0"


def test_integer_scaling_is_six_bit_fixed_point() -> None:
    b = Body("i32", 1, set())
    assert b.scale("%x", 1.0) == "%x"
    b.scale("%x", 0.25, "quarter")
    b.scale("%x", 1 / 3, "third")
    assert b.lines() == [
        "%c2 = arith.constant 2 : i32",
        "%c21 = arith.constant 21 : i32",
        "%c6 = arith.constant 6 : i32",
        "%quarter = arith.shrsi %x, %c2 : i32",
        "%third_wide = arith.muli %x, %c21 : i32",
        "%third = arith.shrsi %third_wide, %c6 : i32",
    ]


# ---- numpy references against values known by hand ------------------------------------


def impulse(shape: tuple[int, ...], dtype: str, value: float = 1) -> np.ndarray:
    a = np.zeros(shape, dtype)
    a[tuple(n // 2 for n in shape)] = value
    return a


def run_reference(name: str, *inputs: np.ndarray) -> np.ndarray:
    """The single output of a workload's reference, started from zeros."""
    (out,) = workload_refs.REFERENCES[name](*inputs, np.zeros_like(inputs[0]))
    return out


@pytest.mark.parametrize("dtype", DTYPES)
def test_hdiff_reference_keeps_constant_and_linear_fields(dtype: str) -> None:
    k, r, c = np.indices((2, 9, 10))
    for field in [np.full((2, 9, 10), 5), 3 * r - 2 * c + k]:
        inp = field.astype(NUMPY_DTYPES[dtype])
        (out,) = workload_refs.hdiff(inp, np.zeros_like(inp))
        np.testing.assert_array_equal(out[:, 2:-2, 2:-2], field[:, 2:-2, 2:-2])
        np.testing.assert_array_equal(out[:, :2], 0)


def test_hdiff_reference_on_an_impulse() -> None:
    # in = 1 at (4, 4): lap = 4 there and -1 at its four neighbours. All four fluxes
    # around the centre are up-gradient (limited to 0), so out(4,4) = 1. At (5,4):
    # flx(5,4) = 1, flx(4,4) = 0, fly(5,4) = 1, fly(5,3) = -1: out = -7 * 3 = -21.
    out = run_reference("hdiff", impulse((1, 9, 9), "int32"))
    assert out[0, 4, 4] == 1
    assert out[0, 5, 4] == out[0, 3, 4] == out[0, 4, 5] == out[0, 4, 3] == -21


def test_elementary_references_on_constants_and_impulses() -> None:
    const = np.full(12, 64, np.int32)
    assert set(run_reference("jacobi_1d", const)[1:-1]) == {(3 * 64 * 21) >> 6}
    ramp = np.arange(12, dtype=np.float64)
    np.testing.assert_allclose(run_reference("jacobi_1d", ramp)[1:-1], ramp[1:-1])
    plane = np.full((6, 7), 64, np.int32)
    assert set(run_reference("jacobi_2d_5pt", plane)[1:-1, 1:-1].flat) == {65}
    assert set(run_reference("jacobi_2d_9pt", plane)[1:-1, 1:-1].flat) == {63}
    assert set(run_reference("diamond_2d_13pt", plane)[2:-2, 2:-2].flat) == {64}
    assert set(
        run_reference("heat_3d", np.full((4, 5, 6), 64, np.int32))[1:-1, 1:-1, 1:-1].flat
    ) == {64}
    heat = run_reference("heat_3d", impulse((5, 5, 5), "float64"))
    assert heat[2, 2, 2] == 0.25
    assert heat[1, 2, 2] == heat[2, 2, 3] == 0.125
    diamond = run_reference("diamond_2d_13pt", impulse((9, 9), "float64"))
    weights = np.zeros((5, 5))
    weights[2, 2] = 0.25
    weights[[1, 3, 2, 2], [2, 2, 1, 3]] = 0.125
    weights[[1, 1, 3, 3, 0, 4, 2, 2], [1, 3, 1, 3, 2, 2, 0, 4]] = 1 / 32
    np.testing.assert_array_equal(diamond[2:7, 2:7], weights)


def test_laplacian_chain_reference_is_the_biharmonic() -> None:
    out = run_reference("laplacian_chain", impulse((1, 9, 9), "int32"))
    expected = np.array(
        [
            [0, 0, 1, 0, 0],
            [0, 2, -8, 2, 0],
            [1, -8, 20, -8, 1],
            [0, 2, -8, 2, 0],
            [0, 0, 1, 0, 0],
        ]
    )
    np.testing.assert_array_equal(out[0, 2:7, 2:7], expected)
    _, r, c = np.indices((1, 9, 9))
    flat = run_reference("laplacian_chain", (r * r + 3 * c).astype(np.float32))
    np.testing.assert_array_equal(flat[0, 2:-2, 2:-2], 0)


def test_upwind_advection_reference_moves_a_ramp_one_cell() -> None:
    # u = 1 cell per step along columns, v = 0, rdx = 1: out(c) = q(c - 1). Integers use
    # 6-bit fixed point (u = rdx = 64) and q = 2c so the half-slopes are whole.
    shape = (1, 6, 9)
    _, _, c = np.indices(shape)
    zeros = np.zeros(shape)
    for dtype, one, q in [("float32", 1, c), ("int32", 64, 2 * c)]:
        velocity = np.full(shape, one, dtype)
        rdx = np.full(6, one, dtype)
        out = run_reference("upwind_advection", q.astype(dtype), velocity, zeros.astype(dtype), rdx)
        shifted = np.roll(q, 1, axis=2)
        np.testing.assert_array_equal(out[:, 2:-2, 2:-2], shifted[:, 2:-2, 2:-2])
    # At a peak minmod zeroes every slope: first-order upwind, half the peak moves on.
    out = run_reference(
        "upwind_advection", impulse(shape, "float64"), np.full(shape, 0.5), zeros, np.ones(6)
    )
    np.testing.assert_array_equal(out[0, 3, 2:-2], [0, 0, 0.5, 0.5, 0])


def test_kinetic_energy_reference_on_solid_rotation() -> None:
    _, r, c = np.indices((1, 5, 6))
    u, v = (-r).astype(np.float64), c.astype(np.float64)
    ke, vort = workload_refs.kinetic_energy(u, v, np.zeros_like(u), np.zeros_like(u))
    np.testing.assert_array_equal(vort[:, 1:-1, 1:-1], 2)
    expected = 0.5 * (r**2 + c**2)
    np.testing.assert_array_equal(ke[:, 1:-1, 1:-1], expected[:, 1:-1, 1:-1])
    const = np.full((1, 5, 6), 8, np.int32)
    zeros = np.zeros_like(const)
    ke_int, _ = workload_refs.kinetic_energy(const, const, zeros, zeros)
    assert set(ke_int[:, 1:-1, 1:-1].flat) == {64}


def test_hyperdiffusion_reference_on_polynomials_and_an_impulse() -> None:
    _, r, c = np.indices((1, 11, 11))
    quintic = (r**5 - 3 * c**4 + r * c).astype(np.float64)
    out = run_reference("hyperdiffusion_6th", quintic)
    np.testing.assert_array_equal(out[:, 3:-3, 3:-3], quintic[:, 3:-3, 3:-3])
    spike = run_reference("hyperdiffusion_6th", impulse((1, 13, 13), "float32"))
    assert spike[0, 6, 6] == 1 - 40 / 64
    assert spike[0, 6, 3] == spike[0, 9, 6] == 1 / 64
    assert spike[0, 8, 6] == spike[0, 6, 4] == -6 / 64
    assert spike[0, 7, 6] == spike[0, 6, 5] == 15 / 64
    assert spike[0, 7, 7] == 0


# ---- the reference evaluator agrees with the numpy references ----------------------------


def random_arguments(name: str, dtype: str) -> tuple[FuncOp, list[np.ndarray]]:
    """The entry function of the small program and random arrays for its arguments:
    integers in [-1000, 1000] (no i32 overflow anywhere), floats uniform in [-1, 1)."""
    function = entry_function(parse_module(small_program(name, dtype), f"{name}.mlir"))
    rng = np.random.default_rng(0)
    arrays = []
    for spec in argument_specs(function):
        if np.issubdtype(spec.dtype, np.integer):
            arrays.append(rng.integers(-1000, 1001, spec.shape).astype(spec.dtype))
        else:
            arrays.append(rng.uniform(-1, 1, spec.shape).astype(spec.dtype))
    return function, arrays


@pytest.mark.parametrize(("name", "dtype"), CASES)
def test_evaluator_matches_references(name: str, dtype: str) -> None:
    function, arrays = random_arguments(name, dtype)
    expected = workload_refs.REFERENCES[name](*arrays)
    results = evaluate(function, [a.copy() for a in arrays])
    inputs = len(arrays) - len(expected)
    for got, given in zip(results[:inputs], arrays[:inputs], strict=True):
        np.testing.assert_array_equal(got, given)
    for got, want in zip(results[inputs:], expected, strict=True):
        assert got.dtype == want.dtype
        if dtype == "i32":
            np.testing.assert_array_equal(got, want)
        else:
            scale = max(1.0, float(np.max(np.abs(want))))
            np.testing.assert_allclose(got, want, rtol=1e-6, atol=1e-6 * scale)
