"""Write the bundled example programs: `python -m sparta.kernels.generate OUTDIR`."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from sparta.kernels.registry import WORKLOADS


def write_examples(outdir: Path) -> list[Path]:
    """Write `<name>.mlir` for every workload at its default sizes and dtype."""
    outdir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, workload in WORKLOADS.items():
        path = outdir / f"{name}.mlir"
        path.write_text(workload.generate(), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m sparta.kernels.generate",
        description="Write every workload's MLIR at its default sizes into OUTDIR.",
    )
    parser.add_argument("outdir", type=Path, help="directory to write <workload>.mlir into")
    args = parser.parse_args(argv)
    for path in write_examples(args.outdir):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
