"""Run the type checker on sparta's packages under their installed names.

The top-level folders install as `sparta.compiler`, `sparta.sim`, ... through a
package-dir mapping that mypy cannot follow, so this builds a throwaway tree
`.typecheck/sparta/<package>` of symlinks to the folders and checks that.
Usage: python tests/typecheck.py [package ...]   (default: sim passes dialects)
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("compiler", "dialects", "passes", "kernels", "sim")
STRICT = ("sim", "passes", "dialects")


def build_tree() -> Path:
    """`.typecheck/sparta/*` linking to the source folders; returns `.typecheck`."""
    base = ROOT / ".typecheck"
    package = base / "sparta"
    package.mkdir(parents=True, exist_ok=True)
    for name in PACKAGES:
        link = package / name
        if not link.exists():
            link.symlink_to(ROOT / name, target_is_directory=True)
    return base


def run(packages: tuple[str, ...] = STRICT) -> subprocess.CompletedProcess[str]:
    base = build_tree()
    targets = [str(base / "sparta" / name) for name in packages]
    command = [
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--no-warn-return-any",
        "--warn-unused-ignores",
        "--no-error-summary",
        "--explicit-package-bases",
        "--ignore-missing-imports",
        "--follow-imports=silent",
        "--cache-dir",
        str(base / ".mypy_cache"),
        *targets,
    ]
    return subprocess.run(command, cwd=base, capture_output=True, text=True, check=False)


if __name__ == "__main__":
    result = run(tuple(sys.argv[1:]) or STRICT)
    print(result.stdout + result.stderr, end="")
    sys.exit(result.returncode)
