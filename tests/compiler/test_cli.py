"""`sparta-compile` and `sparta-sim` as users meet them: exit codes, diagnostics, program I/O.

Every exit code the tools document (0 ok, 1 bad input, 2 bad usage, 3 failed check, 70
internal error) is reached through `main([...])`, with the message on stderr; program I/O
(`.npz` inputs and outputs) and the report files are checked for their content.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO

import numpy as np
import pytest
from xdsl.dialects.builtin import Float32Type, IntegerType

from sparta.compiler import sparta_compile, sparta_sim
from sparta.compiler.program_io import atomic_write, load_inputs, random_array, save_outputs
from sparta.compiler.session import Session
from sparta.compiler.signature import ArgSpec
from sparta.kernels.gemm import mlp
from sparta.kernels.registry import WORKLOADS
from sparta.sim.errors import InputError, UsageError

Capture = pytest.CaptureFixture[str]

JACOBI_1D = WORKLOADS["jacobi_1d"].generate("i32", ny=8)
"""8 points, halo 1: arrays arg0 (input) and arg1 (output) of shape (10,), int32."""
JACOBI_1D_F32 = WORKLOADS["jacobi_1d"].generate("f32", ny=8)
JACOBI_1D_F64 = JACOBI_1D_F32.replace("f32", "f64")

SYNTAX_ERROR = """\
func.func @f(%a: i32) {
  %b = arith.addi %a, : i32
  func.return
}
"""


def write(directory: Path, name: str, text: str) -> str:
    path = directory / name
    path.write_text(text)
    return str(path)


def save_npz(path: Path, **arrays: np.ndarray) -> str:
    np.savez(path, **arrays)
    return str(path)


@pytest.fixture
def program(tmp_path: Path) -> str:
    return write(tmp_path, "jacobi.mlir", JACOBI_1D)


def compile_main(capsys: Capture, *argv: str) -> tuple[int, str, str]:
    code = sparta_compile.main([*argv, "--no-progress"])
    out, err = capsys.readouterr()
    return code, out, err


def sim_main(capsys: Capture, *argv: str) -> tuple[int, str, str]:
    code = sparta_sim.main([*argv, "--no-progress"])
    out, err = capsys.readouterr()
    return code, out, err


def reference_output(inputs: np.ndarray) -> np.ndarray:
    """jacobi_1d (integers): out(c) = ((in(c-1) + in(c) + in(c+1)) * 21) >> 6 inside the halo."""
    out = inputs.copy()
    out[1:-1] = ((inputs[:-2] + inputs[1:-1] + inputs[2:]) * 21) >> 6
    return out


# ---- exit codes ---------------------------------------------------------------------------


def test_success_exits_0_and_checks(program: str, capsys: Capture) -> None:
    code, out, err = compile_main(capsys, program, "--simulate", "--check")
    assert code == 0, err
    assert "check vs numpy: passed (max abs error 0" in out
    assert err == ""


def test_syntax_error_exits_1_with_location(tmp_path: Path, capsys: Capture) -> None:
    path = write(tmp_path, "bad.mlir", SYNTAX_ERROR)
    code, out, err = compile_main(capsys, path)
    assert code == 1
    assert out == ""
    assert err == f"{path}:2:23: error: operand expected\n"


def test_missing_input_file_exits_1(tmp_path: Path, capsys: Capture) -> None:
    path = str(tmp_path / "absent.mlir")
    code, _, err = compile_main(capsys, path)
    assert code == 1
    assert err == f"error: cannot read '{path}': No such file or directory\n"


def test_f64_program_needs_demote_f64(tmp_path: Path, capsys: Capture) -> None:
    path = write(tmp_path, "f64.mlir", JACOBI_1D_F64)
    code, _, err = compile_main(capsys, path, "--simulate")
    assert code == 1
    assert err.startswith(f"{path}:3:1: error: 'func.func' computes in f64")
    assert "rerun with --demote-f64" in err
    code, out, err = compile_main(capsys, path, "--demote-f64", "--simulate", "--check")
    assert code == 0, err
    assert "check vs numpy: passed" in out


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (["--max-tiles", "0"], "error: --max-tiles must be at least 1 (got 0)"),
        (["--seed", "-1"], "error: --seed must not be negative (got -1)"),
        (["--strategy", "fastest"], "error: unknown --strategy 'fastest': choose one of auto"),
        (["--save-outputs", "o.npz"], "error: --save-outputs needs a run"),
        (["--report", "r.json"], "error: --report needs a run"),
        (["--reference", "--trace", "t.json"], "error: --trace and --heatmap need --simulate"),
        (["--inputs", "absent.npz", "--reference"], "error: cannot read inputs 'absent.npz'"),
    ],
)
def test_bad_usage_exits_2(program: str, capsys: Capture, flags: list[str], message: str) -> None:
    code, _, err = compile_main(capsys, program, *flags)
    assert code == 2
    assert err.startswith(message)


def test_unknown_target_exits_2(program: str, capsys: Capture) -> None:
    code, _, err = compile_main(capsys, program, "--target", "vck9000")
    assert code == 2
    assert err.startswith("error: unknown target 'vck9000'")


@pytest.mark.parametrize(
    "flags",
    [["--quantize", "mxfp8_e4m3"], ["--weights", "w.npz"], ["--calibration", "c.npz"]],
)
def test_gemm_flags_on_a_stencil_program_exit_2(
    program: str, capsys: Capture, flags: list[str]
) -> None:
    code, _, err = compile_main(capsys, program, *flags, "--reference")
    assert code == 2
    assert (
        err == "error: --quantize, --weights, --calibration and --gemm-io apply to GEMM programs\n"
    )


@pytest.mark.parametrize(
    "flags", [["--emit", "llvm"], ["--reference", "gpu"], ["--max-tiles", "x"]]
)
def test_argparse_errors_exit_2(program: str, capsys: Capture, flags: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        sparta_compile.main([program, *flags])
    assert exit_info.value.code == 2
    assert "sparta-compile: error: argument" in capsys.readouterr().err


REFERENCE = Session._reference


def _wrong_reference(self: Session, engine: str, inputs: list[np.ndarray]) -> list[np.ndarray]:
    """The reference's results with every output element off by one."""
    arg0, arg1 = REFERENCE(self, engine, inputs)
    return [arg0, arg1 + 1]


def test_failed_check_exits_3(
    program: str, tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Session, "_reference", _wrong_reference)
    report = tmp_path / "report.json"
    code, _, err = compile_main(capsys, program, "--check", "--report", str(report))
    assert code == 3
    assert err == (
        "error: simulated outputs differ from the numpy reference: "
        "arg1: 10 mismatches, max abs error 1\n"
    )
    assert json.loads(report.read_text())["check"]["passed"] is False


def test_failed_check_still_prints_the_summary(
    program: str, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Session, "_reference", _wrong_reference)
    code, out, _ = compile_main(capsys, program, "--check")
    assert code == 3
    assert "check vs numpy: FAILED (max abs error 1" in out


def test_internal_error_exits_70(
    program: str, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: Session) -> str:
        raise RuntimeError("boom")

    monkeypatch.setattr(Session, "run", broken)
    code, _, err = compile_main(capsys, program)
    assert code == 70
    assert err == (
        "sparta-compile: internal error: RuntimeError: boom\n"
        "note: this is a bug in sparta; rerun with --debug for the traceback\n"
    )
    with pytest.raises(RuntimeError, match="boom"):
        sparta_compile.main([program, "--debug"])


def test_interrupt_exits_130(
    program: str, capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(self: Session) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(Session, "run", interrupted)
    code, _, err = compile_main(capsys, program)
    assert (code, err) == (130, "sparta-compile: interrupted\n")


# ---- program I/O --------------------------------------------------------------------------


def test_given_inputs_are_used_and_outputs_saved(
    program: str, tmp_path: Path, capsys: Capture
) -> None:
    data = np.arange(10, dtype=np.int32) * 7 - 20
    inputs = save_npz(tmp_path / "in.npz", arg0=data)
    saved = tmp_path / "out.npz"
    code, out, err = compile_main(
        capsys, program, "--inputs", inputs, "--simulate", "--save-outputs", str(saved)
    )
    assert code == 0, err
    assert f"outputs written to {saved}" in out
    with np.load(saved) as result:
        assert sorted(result.files) == ["arg0", "arg1"]
        np.testing.assert_array_equal(result["arg0"], data)
        expected = reference_output(data)
        expected[[0, -1]] = result["arg1"][[0, -1]]  # the halo keeps its random input
        np.testing.assert_array_equal(result["arg1"], expected)


@pytest.mark.parametrize(
    ("arrays", "message"),
    [
        (
            {"arg0": np.zeros(10, np.int32), "arg7": np.zeros(10, np.int32)},
            "error: unexpected key(s) arg7 in inputs; expected a subset of: arg0, arg1",
        ),
        (
            {"arg1": np.zeros((2, 5), np.int32)},
            "error: input 'arg1' has shape (2, 5); the program's field i32 needs shape (10,)",
        ),
        (
            {"arg0": np.zeros(10, np.int64)},
            "error: input 'arg0' has dtype int64; the program needs int32",
        ),
    ],
)
def test_bad_inputs_exit_1_naming_the_key(
    program: str,
    tmp_path: Path,
    capsys: Capture,
    arrays: dict[str, np.ndarray],
    message: str,
) -> None:
    inputs = save_npz(tmp_path / "in.npz", **arrays)
    code, _, err = compile_main(capsys, program, "--inputs", inputs, "--reference")
    assert code == 1
    assert err.startswith(f"{inputs}: {message}")


def test_f64_inputs_for_f32_arguments_need_demote_f64(tmp_path: Path, capsys: Capture) -> None:
    program = write(tmp_path, "f32.mlir", JACOBI_1D_F32)
    data = np.linspace(-1.0, 1.0, 10)
    inputs = save_npz(tmp_path / "in.npz", arg0=data)
    code, _, err = compile_main(capsys, program, "--inputs", inputs, "--reference")
    assert code == 1
    assert "input 'arg0' has dtype float64; the program needs float32" in err
    saved = tmp_path / "out.npz"
    code, _, err = compile_main(
        capsys,
        program,
        "--inputs",
        inputs,
        "--demote-f64",
        "--check",
        "--save-outputs",
        str(saved),
    )
    assert code == 0, err
    with np.load(saved) as result:
        assert result["arg0"].dtype == np.float32
        np.testing.assert_array_equal(result["arg0"], data.astype(np.float32))


def spec(index: int, dtype: str = "int32", shape: tuple[int, ...] = (4, 5)) -> ArgSpec:
    element = Float32Type() if dtype == "float32" else IntegerType(32)
    return ArgSpec(index, "field", shape, (0,) * len(shape), element, np.dtype(dtype))


def test_random_inputs_depend_on_seed_and_argument_index_only() -> None:
    first = random_array(spec(0), seed=5)
    np.testing.assert_array_equal(first, random_array(spec(0), seed=5))
    assert not np.array_equal(first, random_array(spec(0), seed=6))
    assert not np.array_equal(first, random_array(spec(1), seed=5))
    assert first.dtype == np.int32
    assert first.min() >= -1024
    assert first.max() < 1024
    floats = random_array(spec(0, "float32"), seed=5)
    assert floats.dtype == np.float32
    assert np.all((floats >= -1.0) & (floats < 1.0))


def test_giving_one_input_leaves_the_other_random_inputs_unchanged(tmp_path: Path) -> None:
    specs = [spec(0), spec(1), spec(2)]
    alone = load_inputs(None, specs, seed=3)
    given = save_npz(tmp_path / "in.npz", arg1=np.ones((4, 5), np.int32))
    mixed = load_inputs(given, specs, seed=3)
    np.testing.assert_array_equal(mixed[0], alone[0])
    np.testing.assert_array_equal(mixed[1], np.ones((4, 5), np.int32))
    np.testing.assert_array_equal(mixed[2], alone[2])


def test_corrupt_inputs_file_is_bad_input(tmp_path: Path) -> None:
    path = tmp_path / "in.npz"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InputError) as error:
        load_inputs(str(path), [spec(0)], seed=0)
    assert error.value.location is not None
    assert error.value.location.file == str(path)
    assert "npz" in error.value.message


def test_save_outputs_to_an_unwritable_path_exits_2(
    program: str, tmp_path: Path, capsys: Capture
) -> None:
    target = tmp_path / "missing-dir" / "out.npz"
    code, _, err = compile_main(capsys, program, "--reference", "--save-outputs", str(target))
    assert code == 2
    assert err.startswith("error: cannot write")
    assert f"'{target}'" in err
    assert not target.parent.exists()
    directory = tmp_path / "a-directory"
    directory.mkdir()
    code, _, err = compile_main(capsys, program, "--reference", "--save-outputs", str(directory))
    assert code == 2
    assert err.startswith("error: cannot write")
    assert f"'{directory}'" in err
    assert list(directory.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-directory", "jacobi.mlir"]


def test_failing_write_leaves_neither_file_nor_temp(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"

    def fails_midway(stream: IO[bytes]) -> None:
        stream.write(b"partial")
        raise ValueError("encoder failed")

    with pytest.raises(ValueError, match="encoder failed"):
        atomic_write(target, fails_midway)
    assert list(tmp_path.iterdir()) == []

    def disk_full(stream: IO[bytes]) -> None:
        stream.write(b"partial")
        raise OSError(28, "No space left on device")

    with pytest.raises(UsageError, match="No space left on device"):
        atomic_write(target, disk_full)
    assert list(tmp_path.iterdir()) == []


def test_failing_write_keeps_the_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "out.npz"
    save_outputs(str(target), {"arg0": np.arange(3)})
    before = target.read_bytes()

    def io_error(stream: IO[bytes]) -> None:
        raise OSError(5, "Input/output error")

    with pytest.raises(UsageError, match="Input/output error"):
        atomic_write(target, io_error)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["out.npz"]


# ---- reports, traces, heatmaps, timing -----------------------------------------------------

REPORT_FIELDS = {
    "device",
    "tiles_used",
    "cycles",
    "seconds",
    "ops",
    "throughput_gops",
    "roofline_gops",
    "roofline_fraction",
    "load_imbalance",
    "per_tile",
    "check",
    "why_not_peak",
}


def test_report_json_has_the_documented_fields(
    program: str, tmp_path: Path, capsys: Capture
) -> None:
    path = tmp_path / "report.json"
    code, out, err = compile_main(capsys, program, "--check", "--report", str(path))
    assert code == 0, err
    assert f"report written to {path}" in out
    report = json.loads(path.read_text())
    assert set(report) >= REPORT_FIELDS
    assert report["device"] == "vck190"
    assert report["ops"] == 8 * 4  # 4 arithmetic ops per point, 8 points
    assert report["tiles_used"] == len(report["per_tile"]) >= 1
    assert report["cycles"] > 0
    assert report["seconds"] == pytest.approx(report["cycles"] / 1.0e9)
    assert report["throughput_gops"] == pytest.approx(report["ops"] / report["seconds"] / 1e9)
    assert report["roofline_fraction"] == pytest.approx(
        report["throughput_gops"] / report["roofline_gops"]
    )
    assert report["load_imbalance"] >= 1.0
    assert report["check"]["passed"] is True
    assert report["check"]["max_abs_error"] == 0
    assert report["why_not_peak"]["gap_cycles"] > 0
    assert report["strategy"] == "auto"


def test_trace_is_chrome_trace_json(program: str, tmp_path: Path, capsys: Capture) -> None:
    path = tmp_path / "trace.json"
    code, _, err = compile_main(capsys, program, "--simulate", "--trace", str(path))
    assert code == 0, err
    trace = json.loads(path.read_text())
    events = trace["traceEvents"]
    assert events
    assert all({"name", "ph", "pid", "tid"} <= set(e) for e in events)
    durations = [e for e in events if e["ph"] == "X"]
    assert durations
    assert all(e["dur"] >= 0 and e["ts"] >= 0 for e in durations)


def test_heatmap_is_a_png(program: str, tmp_path: Path, capsys: Capture) -> None:
    pytest.importorskip("matplotlib")
    path = tmp_path / "heat.png"
    code, _, err = compile_main(capsys, program, "--simulate", "--heatmap", str(path))
    assert code == 0, err
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_gemm_network_trace_and_heatmap(tmp_path: Path, capsys: Capture) -> None:
    """A two-layer MLP's trace has one process per layer, the second starting where the
    first ended; the heatmap covers both layers."""
    pytest.importorskip("matplotlib")
    source = tmp_path / "mlp.mlir"
    source.write_text(mlp(8, (64, 32, 10)))
    trace, heat, report = tmp_path / "t.json", tmp_path / "h.png", tmp_path / "r.json"
    code, out, err = compile_main(
        capsys, str(source), "--quantize", "int8", "--gemm-io", "pl", "--simulate",
        "--trace", str(trace), "--heatmap", str(heat), "--report", str(report),
    )  # fmt: skip
    assert code == 0, err
    assert f"trace written to {trace}" in out
    layers = json.loads(report.read_text())["layers"]
    events = json.loads(trace.read_text())["traceEvents"]
    names = {e["pid"]: e["args"]["name"] for e in events if e["name"] == "process_name"}
    assert names == {0: "mlp_layer0", 1: "mlp_layer1"}
    spans = [e for e in events if e["ph"] == "X"]
    first = layers[0]["cycles"]
    assert all(e["ts"] + e["dur"] <= first for e in spans if e["pid"] == 0)
    assert min(e["ts"] for e in spans if e["pid"] == 1) >= first
    assert max(e["ts"] + e["dur"] for e in spans) <= first + layers[1]["cycles"]
    assert heat.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_timing_prints_the_phases_on_stderr(program: str, capsys: Capture) -> None:
    code, out, err = compile_main(capsys, program, "--simulate", "--timing")
    assert code == 0
    assert "Execution time report" in err
    assert "Execution time report" not in out
    for phase in ("parse", "compile", "stencil-balance", "stencil-to-tile", "simulate"):
        assert f"  {phase}\n" in err


# ---- sparta-sim ---------------------------------------------------------------------------


@pytest.fixture
def tile_program(program: str, tmp_path: Path, capsys: Capture) -> str:
    path = tmp_path / "jacobi.tile.mlir"
    code, _, err = compile_main(capsys, program, "--emit", "tile", "-o", str(path))
    assert code == 0, err
    return str(path)


def test_sparta_sim_matches_the_reference(
    program: str, tile_program: str, tmp_path: Path, capsys: Capture
) -> None:
    expected = tmp_path / "expected.npz"
    code, _, err = compile_main(capsys, program, "--reference", "--save-outputs", str(expected))
    assert code == 0, err
    report = tmp_path / "sim.json"
    code, out, err = sim_main(
        capsys, tile_program, "--expect", str(expected), "--report", str(report)
    )
    assert code == 0, err
    assert f"check vs {expected}: passed (max abs error 0)" in out
    assert json.loads(report.read_text())["check"]["passed"] is True


def test_sparta_sim_with_wrong_expectation_exits_3(
    tile_program: str, tmp_path: Path, capsys: Capture
) -> None:
    wrong = save_npz(tmp_path / "wrong.npz", arg1=np.full(10, 12345, np.int32))
    code, out, err = sim_main(capsys, tile_program, "--expect", wrong)
    assert code == 3
    assert f"check vs {wrong}: FAILED" in out
    assert err == f"error: outputs differ from {wrong}\n"


def test_sparta_sim_rejects_a_stencil_program(program: str, capsys: Capture) -> None:
    code, _, err = sim_main(capsys, program)
    assert (code, err) == (1, "error: the module holds no tile.program\n")


def test_sparta_sim_missing_inputs_file_exits_2(
    tile_program: str, tmp_path: Path, capsys: Capture
) -> None:
    code, _, err = sim_main(capsys, tile_program, "--inputs", str(tmp_path / "absent.npz"))
    assert code == 2
    assert "cannot read inputs" in err
