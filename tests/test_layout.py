"""The repository's layout rules: pass registry names, import dependencies, lint and types.

DESIGN.md fixes which package may import which (`sim/` never sees xDSL, `kernels/` knows
nothing of the compiler, ...); these tests read every module's imports with `ast` so a
violation fails here rather than in a user's environment without the optional packages.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import typecheck
from xdsl.dialects import get_all_dialects as xdsl_dialects
from xdsl.transforms import get_all_passes as xdsl_passes

from sparta.dialects import get_all_dialects as sparta_dialects
from sparta.passes import PASS_NAMES, get_all_passes

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("compiler", "dialects", "passes", "kernels", "sim")
BARE_NAMES = frozenset(PACKAGES)
"""Top-level names that exist only as folders of this repository, never as installed
modules: importing them works from a checkout and fails once sparta is installed."""


# ---- pass registry ----------------------------------------------------------------------


def test_registry_key_is_pass_name_is_file_stem() -> None:
    loaders = get_all_passes()
    assert tuple(loaders) == PASS_NAMES
    for key, load in loaders.items():
        pass_class = load()
        stem = Path(sys.modules[pass_class.__module__].__file__ or "").stem
        assert pass_class.name == key
        assert stem.replace("_", "-") == key
        assert pass_class.__module__ == f"sparta.passes.{stem}"
        assert pass_class.__name__ == key.title().replace("-", "") + "Pass"


def test_every_pass_class_is_registered() -> None:
    """A `*Pass` class in `passes/` that the registry does not list is unreachable."""
    registered = {load().__name__ for load in get_all_passes().values()}
    defined = {
        node.name
        for path in (ROOT / "passes").glob("*.py")
        for node in ast.parse(path.read_text()).body
        if isinstance(node, ast.ClassDef) and node.name.endswith("Pass")
    }
    assert defined == registered


def test_no_name_clashes_with_xdsl() -> None:
    theirs = set(xdsl_passes()) | set(xdsl_dialects())
    assert not set(PASS_NAMES) & theirs
    assert not set(sparta_dialects()) & set(xdsl_dialects())


# ---- import dependencies ------------------------------------------------------------------


@dataclass(frozen=True)
class Import:
    """One imported module name, where it is imported, and whether inside a function."""

    module: str
    path: Path
    line: int
    in_function: bool

    def __str__(self) -> str:
        where = "inside a function" if self.in_function else "at module level"
        return f"{self.path.relative_to(ROOT)}:{self.line}: imports {self.module} ({where})"


def imports_of(path: Path, package: str) -> list[Import]:
    """Every import of one module; relative imports resolve inside `sparta.<package>`."""
    found: list[Import] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inner = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef)
            if isinstance(child, ast.Import):
                found.extend(Import(a.name, path, child.lineno, inner) for a in child.names)
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    name = f"sparta.{package}" + (f".{child.module}" if child.module else "")
                else:
                    name = child.module or ""
                found.append(Import(name, path, child.lineno, inner))
            visit(child, inner)

    visit(ast.parse(path.read_text(), str(path)), False)
    return found


def package_imports(package: str) -> list[Import]:
    return [i for path in sorted((ROOT / package).glob("*.py")) for i in imports_of(path, package)]


def _within(module: str, allowed: tuple[str, ...]) -> bool:
    return any(module == a or module.startswith(a + ".") for a in allowed)


def _stdlib(module: str) -> bool:
    return module.split(".")[0] in sys.stdlib_module_names


ALLOWED: dict[str, tuple[str, ...]] = {
    "sim": ("numpy", "ml_dtypes", "sparta.sim"),
    "kernels": ("numpy", "sparta.kernels", "sparta.sim"),
    "dialects": ("xdsl", "numpy", "sparta.dialects", "sparta.sim"),
    "passes": (
        "xdsl",
        "numpy",
        "sparta.passes",
        "sparta.dialects",
        "sparta.kernels",
        "sparta.sim",
    ),
}
"""Besides the standard library, what each package may import (`compiler/` may import
anything)."""

LAZY_EXTRAS: dict[str, tuple[str, ...]] = {
    "sim": ("matplotlib",),
    "kernels": ("sklearn",),
}
"""Optional extras a package may import inside a function only (the heatmap needs
matplotlib; the digits MLP loads its data set with scikit-learn)."""


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_package_imports_follow_the_dependency_rule(package: str) -> None:
    lazy = LAZY_EXTRAS.get(package, ())
    bad = [
        str(i)
        for i in package_imports(package)
        if not _stdlib(i.module)
        and not _within(i.module, ALLOWED[package])
        and not (i.in_function and _within(i.module, lazy))
    ]
    assert not bad, "\n".join(bad)


def test_the_import_reader_sees_every_form() -> None:
    """`imports_of` must see plain, from-, relative and function-level imports."""
    sample = ROOT / "sim" / "heatmap.py"
    found = {(i.module, i.in_function) for i in imports_of(sample, "sim")}
    assert ("numpy", False) in found
    assert ("sparta.sim.device", False) in found
    assert ("matplotlib.pyplot", True) in found


def test_no_module_imports_a_bare_folder_name() -> None:
    sources = [p for p in ROOT.rglob("*.py") if not {".venv", "build", ".typecheck"} & set(p.parts)]
    bad = [
        str(i)
        for path in sources
        for i in imports_of(path, path.parent.name)
        if i.module.split(".")[0] in BARE_NAMES
    ]
    assert len(sources) > 50
    assert not bad, "\n".join(bad)


def test_every_package_folder_holds_modules() -> None:
    for package in PACKAGES:
        assert package_imports(package), f"{package}/ has no imports (moved?)"


# ---- lint and types -------------------------------------------------------------------------


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True, check=False
    )


def test_ruff_check_passes() -> None:
    result = _run("ruff", "check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_check_passes() -> None:
    """Python sources and the Python blocks of the Markdown docs (ruff is pinned)."""
    result = _run("ruff", "format", "--check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


STRICT = ("passes", "dialects", "kernels", "sim")
"""Packages that must pass strict mypy."""


def test_packages_pass_strict_mypy() -> None:
    result = typecheck.run(STRICT)
    assert result.returncode == 0, result.stdout + result.stderr
