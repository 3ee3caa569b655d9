"""The same input gives byte-identical IR, outputs and report, run after run.

`sparta-compile` runs as a console script three times per program, with PYTHONHASHSEED 0,
12345 and 0 again, so set and dict iteration orders that depend on string hashes would
show up as a difference. Compared byte for byte: the emitted tile IR, the emitted upstream
MLIR, the saved outputs (`.npz`) and the report JSON, less the fields that measure the host
rather than the program (wall seconds and rates per wall second).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from sparta.kernels.gemm import mlp
from sparta.kernels.registry import WORKLOADS

HASH_SEEDS = ("0", "12345", "0")
WALL_KEYS = frozenset(
    {"compile_seconds", "phases", "wall_seconds", "events_per_second", "cycles_per_second"}
)
"""Report fields timed on the host's clock: `phases` holds wall seconds per phase."""
TOOL = str(Path(sys.executable).with_name("sparta-compile"))

PROGRAMS = {
    "hdiff": (
        WORKLOADS["hdiff"].generate("f32", nx=6, ny=8, nz=2),
        ["--target", "npu1", "--simulate", "--check"],
    ),
    "mlp": (
        mlp(8, (32, 64, 10)),
        ["--quantize", "mxfp4_e2m1", "--quant-method", "ed", "--simulate", "--check"],
    ),
}


def without_wall_time(data: Any) -> Any:
    """The report with every host-timed field removed, at any depth."""
    if isinstance(data, dict):
        return {k: without_wall_time(v) for k, v in data.items() if k not in WALL_KEYS}
    if isinstance(data, list):
        return [without_wall_time(v) for v in data]
    return data


def _commands(program: Path, flags: list[str], out: Path) -> list[list[str]]:
    """One run emits the tile IR and simulates; another emits upstream MLIR."""
    run = [
        TOOL,
        str(program),
        *flags,
        "--emit",
        "tile",
        "-o",
        str(out / "tile.mlir"),
        "--save-outputs",
        str(out / "outputs.npz"),
        "--report",
        str(out / "report.json"),
        "--no-progress",
    ]
    emit = [TOOL, str(program), "--emit", "mlir", "-o", str(out / "upstream.mlir")]
    return [run, emit]


def _artifacts(out: Path) -> dict[str, bytes]:
    files = {name: (out / name).read_bytes() for name in ("tile.mlir", "upstream.mlir")}
    files["outputs.npz"] = (out / "outputs.npz").read_bytes()
    report = without_wall_time(json.loads((out / "report.json").read_text()))
    files["report.json"] = json.dumps(report, indent=2, sort_keys=True).encode()
    return files


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_identical_across_runs_and_hash_seeds(name: str, tmp_path: Path) -> None:
    text, flags = PROGRAMS[name]
    program = tmp_path / f"{name}.mlir"
    program.write_text(text)
    runs: list[tuple[Path, list[subprocess.Popen[bytes]]]] = []
    for index, seed in enumerate(HASH_SEEDS):
        out = tmp_path / f"run{index}"
        out.mkdir()
        env = {**os.environ, "PYTHONHASHSEED": seed}
        procs = [
            subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            for cmd in _commands(program, flags, out)
        ]
        runs.append((out, procs))
    results = []
    for out, procs in runs:
        for proc in procs:
            _, err = proc.communicate(timeout=300)
            assert proc.returncode == 0, err.decode()
        results.append(_artifacts(out))
    first = results[0]
    assert b"tile.program" in first["tile.mlir"]
    assert b"func.func" in first["upstream.mlir"]
    for seed, other in zip(HASH_SEEDS[1:], results[1:], strict=True):
        for key, data in first.items():
            assert other[key] == data, f"{key} differs with PYTHONHASHSEED={seed}"


def test_wall_time_fields_are_the_only_ones_removed() -> None:
    """Stripping keeps every simulated figure (cycles, simulated seconds, per-tile stats)."""
    report = {
        "cycles": 10,
        "seconds": 1e-8,
        "compile_seconds": 0.5,
        "phases": {"parse": 0.1},
        "simulation": {"events": 7, "wall_seconds": 0.01, "events_per_second": 700.0},
        "layers": [{"cycles": 4, "simulation": {"cycles_per_second": 3.0, "events": 2}}],
    }
    assert without_wall_time(report) == {
        "cycles": 10,
        "seconds": 1e-8,
        "simulation": {"events": 7},
        "layers": [{"cycles": 4, "simulation": {"events": 2}}],
    }
