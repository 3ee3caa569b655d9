"""The bad-input corpus (`tests/bad_inputs/cases.toml`): every case gets its diagnostic.

Each case runs a tool's `main(argv)` in-process (cases marked `subprocess` run the real
console script), and must exit with its code (1 bad input, 2 bad usage), print its message
at its location (`FILE:LINE:COL: error:`, or `error:` where none exists), print no
traceback or internal error, and leave no output file behind.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from sparta.compiler import sparta_compile, sparta_opt, sparta_sim

CORPUS = Path(__file__).resolve().parent / "bad_inputs"
MANIFEST = tomllib.loads((CORPUS / "cases.toml").read_text())
TOOLS: dict[str, Callable[[Sequence[str]], int]] = {
    "sparta-compile": sparta_compile.main,
    "sparta-sim": sparta_sim.main,
    "sparta-opt": sparta_opt.main,
}
OUTPUT_FLAGS = ("-o", "--output", "--save-outputs", "--report", "--trace", "--heatmap")
PLACEHOLDER = re.compile(r"\{(prog|npz|device|tmp)(?::([^}]+))?\}")


def _npy(path: Path) -> None:
    with path.open("wb") as stream:
        np.save(stream, np.zeros(10, np.int32))


NPZ_FIXTURES: dict[str, Callable[[Path], None]] = {
    "unknown_key": lambda p: np.savez(p, x=np.zeros(10, np.int32)),
    "wrong_shape": lambda p: np.savez(p, arg0=np.zeros(11, np.int32)),
    "wrong_rank": lambda p: np.savez(p, arg0=np.zeros((10, 1), np.int32)),
    "wrong_dtype": lambda p: np.savez(p, arg0=np.zeros(10, np.float32)),
    "f64_data": lambda p: np.savez(p, arg0=np.zeros((8, 9), np.float64)),
    "text": lambda p: p.write_text("arg0 = [1, 2, 3]\n"),
    "npy": _npy,
    "objects": lambda p: np.savez(p, arg0=np.array([None, 1], dtype=object)),
    "weights_3x3": lambda p: np.savez(p, arg1=np.zeros((3, 3), np.float32)),
    "weights_input_key": lambda p: np.savez(p, arg0=np.zeros((8, 32), np.float32)),
    "weights_f64": lambda p: np.savez(p, arg1=np.zeros((32, 16), np.float64)),
    "weights_nan": lambda p: np.savez(p, arg1=np.full((32, 16), np.nan, np.float32)),
    "calibration_no_arg0": lambda p: np.savez(p, batch=np.zeros((4, 32), np.float32)),
    "calibration_31_wide": lambda p: np.savez(p, arg0=np.zeros((4, 31), np.float32)),
}
"""`.npz` files the cases name as `{npz:NAME}` (some deliberately are not archives)."""


@dataclass(frozen=True)
class Case:
    """One corpus entry (see the header of cases.toml)."""

    name: str
    args: list[str]
    exit: int
    tool: str = "sparta-compile"
    errors: list[str] = field(default_factory=list)
    where: str | None = None
    xfail: str | None = None
    subprocess: bool = False

    @classmethod
    def of(cls, entry: dict[str, Any]) -> Case:
        entry = dict(entry)
        errors = entry.pop("errors", [])
        if "error" in entry:
            errors = [entry.pop("error"), *errors]
        return cls(errors=errors, **entry)


CASES = [Case.of(entry) for entry in MANIFEST["case"]]


class Fixtures:
    """Expands a case's placeholders, building fixture files in a scratch directory."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.scratch = tmp / "scratch"
        self.scratch.mkdir()

    def expand(self, text: str) -> str:
        return PLACEHOLDER.sub(lambda m: self._one(m.group(1), m.group(2)), text)

    def _one(self, kind: str, name: str | None) -> str:
        if kind == "tmp":
            return str(self.scratch)
        assert name is not None
        if kind == "prog":
            path = CORPUS / "programs" / name
            assert path.is_file(), f"no corpus program {name}"
            return str(path)
        if kind == "npz":
            path = self.tmp / f"{name}.npz"
            if not path.exists():
                NPZ_FIXTURES[name](path)
            return str(path)
        return str(self._device(name))

    def _device(self, name: str) -> Path:
        path = self.tmp / f"{name}.toml"
        if path.exists():
            return path
        spec = MANIFEST["device"][name]
        text = resources.files("sparta.sim").joinpath("devices", "npu1.toml").read_text()
        for old, new in spec["replace"]:
            assert old in text, f"device edit {name}: {old!r} is not in npu1.toml"
            text = text.replace(old, new)
        path.write_bytes(text.encode(spec.get("encoding", "utf-8")))
        return path


def _outputs(argv: list[str]) -> list[Path]:
    """Files the command line asks the tool to write."""
    return [Path(argv[i + 1]) for i, arg in enumerate(argv[:-1]) if arg in OUTPUT_FLAGS]


def _run(case: Case, argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    if case.tool != "sparta-opt":
        argv = [*argv, "--no-progress"]
    if case.subprocess:
        tool = Path(sys.executable).with_name(case.tool)
        done = subprocess.run([str(tool), *argv], capture_output=True, text=True, timeout=120)
        return done.returncode, done.stderr
    try:
        code = TOOLS[case.tool](argv)
    except SystemExit as exit_:  # argparse reports bad usage by exiting
        code = exit_.code if isinstance(exit_.code, int) else 1
    return code, capsys.readouterr().err


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=c.xfail) if c.xfail else ())
        for c in CASES
    ],
    ids=[c.name for c in CASES],
)
def test_bad_input(case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fixtures = Fixtures(tmp_path)
    argv = [fixtures.expand(arg) for arg in case.args]
    code, err = _run(case, argv, capsys)
    assert "Traceback" not in err
    assert "internal error" not in err, err
    assert code == case.exit, err
    for message in case.errors:
        assert message in err, err
    first = err.lstrip().splitlines()[0] if err.strip() else ""
    if case.where is None:
        assert first.startswith("error: "), err
    elif case.where == "usage":
        assert first.startswith("usage: "), err
    else:
        assert first.startswith(fixtures.expand(case.where)), err
        assert re.match(r"[^ ]+(:\d+:\d+)?: error: ", first), err
    for path in _outputs(argv):
        assert not path.exists() or path.is_dir(), f"{path} was written"


def test_corpus_is_large_and_names_are_unique() -> None:
    """The corpus covers every area the issue lists, each case once."""
    names = [c.name for c in CASES]
    assert len(names) == len(set(names))
    assert len(CASES) >= 60
    assert {c.tool for c in CASES} == set(TOOLS)
    assert {c.exit for c in CASES} == {1, 2}
    programs = {p.name for p in (CORPUS / "programs").iterdir()}
    used = {m.group(2) for c in CASES for a in c.args for m in PLACEHOLDER.finditer(a)}
    assert programs <= used, f"unused corpus programs: {sorted(programs - used)}"
    assert set(NPZ_FIXTURES) <= used
    assert set(MANIFEST["device"]) <= used
