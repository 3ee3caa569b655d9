"""Instantiate the WSE stencil benchmark's time-loop programs at their small sizes.

The programs of `xdslproject/wse-stencil` are templates: `loop-kernel`, `25-point-stencil`
and `smoke-test` leave their sizes and step count as placeholders (`#x_dim_pad`,
`#x_dim`, ..., `#iter_count`), which the benchmark's `runall` script replaces with `sed`
before compiling. This script does the same replacement, with the values of each program's
small profile in the benchmark's `driver.sh` (at the commit below):

    pad = size - halo / 2        (the field's upper bound; its lower bound is -halo / 2)
    no_halo = size - halo        (the upper bound of the stored box)

and sets the step bound to `STEPS` instead of the profile's 100,000 (a numpy reference of
100,000 steps on a 100 x 100 x 900 grid would run for hours). `acoustic` and `diffusion`
are not templates, but carry the bound as a literal `%time_M = arith.constant 100000`,
which is lowered alike; their loops run from `%time_m` to `%time_M` inclusive (3 steps for
`acoustic`, from 1; 4 for `diffusion`, from 0). Nothing else changes: line N of the
output (after the header) is line N of the original.

Usage: python tests/corpus/convert_wse.py ORIGINAL.mlir [-o OUT] [--no-header]
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass
from pathlib import Path

WSE_REPOSITORY = "https://github.com/xdslproject/wse-stencil"
WSE_COMMIT = "4f200727557ef9a13787ca129032ccbd419f22a7"
STEPS = 3
"""The step bound of every converted program but `smoke-test` (whose profile has 10): 3
steps for the templates, odd, so that two-level programs end with their buffers swapped."""


@dataclass(frozen=True)
class Profile:
    """A small profile of `driver.sh`: the halo, the grid sizes and the steps."""

    halo: int
    sizes: tuple[int, int, int]
    steps: int


PROFILES = {
    "smoke-test.mlir": Profile(2, (8, 8, 12), 10),
    "loop-kernel-small.mlir": Profile(2, (100, 100, 900), STEPS),
    "25-point-stencil-small.mlir": Profile(8, (100, 100, 450), STEPS),
    "acoustic-small.mlir": Profile(4, (100, 100, 604), STEPS),
    "diffusion-small.mlir": Profile(4, (100, 100, 704), STEPS),
}
"""`<name>-profile` of driver.sh (smoke-test, and the `-small` ones)."""

LITERAL_STEPS = re.compile(r"(%time_M = arith\.constant )100000( : index)")


def convert(text: str, name: str) -> str:
    """The program `name` with its placeholders and step count replaced."""
    profile = PROFILES[name]
    half = profile.halo // 2
    replacements: list[tuple[str, str]] = []
    for axis, size in zip("xyz", profile.sizes, strict=True):
        replacements.append((f"#{axis}_dim_pad", str(size - half)))
        replacements.append((f"#{axis}_dim", str(size - profile.halo)))
    replacements.append(("#iter_count", str(profile.steps)))
    for placeholder, value in replacements:  # `_pad` first, as runall's sed does
        text = text.replace(placeholder, value)
    if "#" in re.sub(r"#stencil\.\w+|//[^\n]*", "", text):
        raise ValueError(f"{name}: a placeholder is left after the replacements")
    return LITERAL_STEPS.sub(rf"\g<1>{profile.steps}\g<2>", text)


def output_name(name: str) -> str:
    """`acoustic-small.mlir` -> `acoustic_small.mlir`."""
    return name.replace("-", "_")


def header(name: str) -> str:
    profile = PROFILES[name]
    return (
        "// WSE stencil benchmark program, instantiated by tests/corpus/convert_wse.py.\n"
        f"// Repository: {WSE_REPOSITORY}\n"
        f"// Commit: {WSE_COMMIT}\n"
        f"// Original path: {name}\n"
        "// Licence: BSD-3-Clause (LICENSE in this folder)\n"
        f"// Profile: halo {profile.halo}, sizes {'x'.join(map(str, profile.sizes))}, "
        f"step bound {profile.steps} (the benchmark's: 100000 but for smoke-test)\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("original", type=Path)
    parser.add_argument("-o", "--output", type=Path)
    parser.add_argument("--no-header", action="store_true")
    args = parser.parse_args()
    name = args.original.name
    text = convert(args.original.read_text(encoding="utf-8"), name)
    if not args.no_header:
        text = header(name) + text
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        print(text, end="")


if __name__ == "__main__":
    main()
