"""Split an MLIR filecheck test into its stencil-program cases, one file per case.

Usage: `python tests/corpus/extract_filecheck.py FILE.mlir OUTDIR [--path ORIGINAL/PATH.mlir]`

Filecheck tests (xDSL's `tests/filecheck`, MLIR's `test/`) hold programs written to exercise
a pass or a dialect. Their inputs are useful third-party stencil programs as they stand; this
script keeps them as written (convention 11) and removes only what is test machinery.

Rules, in order:

1. **Cases.** The file is split at lines that are exactly `// -----` (surrounding blanks
   allowed), the marker `--split-input-file` splits on; case `i` is the `i`-th piece, from 0.
2. **Directives are dropped.** Whole-line comments `// RUN:` and `// P:` / `// P-SUFFIX:`
   for `P` = `CHECK` or any prefix the RUN lines name with `--check-prefix(es)`, are test
   directives, not program text. Every other line is kept byte for byte; only the blank
   lines at the start and end of a case are trimmed.
3. **Negative tests are left out.** In a file whose RUN lines pass `--verify-diagnostics` or
   `--parsing-diagnostics`, a case is an expected failure unless its checks show the program
   printed back (a `func.func` line) and no diagnostic (no `^^^` underline of an offending op).
4. **Only stencil programs are kept**: a case with a defined `func.func` whose body holds a
   `stencil.apply` and a `!stencil.temp` value (the value-semantics level the stencil front
   end reads), and no op of an already-lowered form: `memref`, `bufferization`, `llvm`,
   `csl`, `csl_stencil` or `csl_wrapper`. Types such as `memref<..>` and the host glue that
   moves memrefs into fields (`stencil.external_load`, `gpu.alloc`) do not disqualify a case,
   nor does a bufferized `stencil.apply ... outs (..)` beside temp-level code.

Each written case starts with a `//` header naming its provenance; the defaults describe
xDSL 0.75.0, the source of `tests/corpus/xdsl/`.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

SEPARATOR = re.compile(r"^[ \t]*// -----[ \t]*$", re.MULTILINE)
CHECK_PREFIX_OPTION = re.compile(r"--check-prefix(?:es)?[= ]([\w,-]+)")
DIAGNOSTIC_OPTIONS = ("--verify-diagnostics", "--parsing-diagnostics")
DIAGNOSTIC_UNDERLINE = re.compile(r"^\s*\^\^")
LOWERED_OP = re.compile(
    r'(?:^|=)\s*"?(?:memref|bufferization|llvm|csl|csl_stencil|csl_wrapper)\.\w', re.MULTILINE
)
FUNC_HEADER = re.compile(r"\bfunc\.func\b")
COMMENT_OR_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"|//[^\n]*')


@dataclass(frozen=True)
class Provenance:
    """Where a filecheck file comes from, as written in each extracted case's header."""

    repository: str = "https://github.com/xdslproject/xdsl"
    revision: str = "0.75.0 (commit f6679b896cbde786256253aa341c8bbc635bc49a)"
    licence: str = "Apache-2.0 WITH LLVM-exception (xDSL's LICENSE, copied beside this file)"


def directive_pattern(text: str) -> re.Pattern[str]:
    """The whole-line comments that are test directives for this file's RUN lines."""
    prefixes = {"CHECK"}
    for run in re.findall(r"//\s*RUN:(.*)", text):
        for option in CHECK_PREFIX_OPTION.findall(run):
            prefixes.update(p for p in option.split(",") if p)
    names = "|".join(sorted(map(re.escape, prefixes)))
    return re.compile(rf"^\s*//\s*(?:RUN|(?:{names})(?:-[\w-]+)?):")


def is_negative_case(case: str, directive: re.Pattern[str]) -> bool:
    """True for a case whose checks expect a diagnostic rather than a printed program."""
    checks = [directive.sub("", line) for line in case.split("\n") if directive.match(line)]
    shows_program = any("func.func" in check for check in checks)
    shows_diagnostic = any(DIAGNOSTIC_UNDERLINE.match(check) for check in checks)
    return shows_diagnostic or not shows_program


def strip_comments(text: str) -> str:
    """`text` without its `//` comments (string literals are left alone)."""
    return COMMENT_OR_STRING.sub(lambda m: m.group(0) if m.group(0)[0] == '"' else "", text)


def mask_strings(code: str) -> str:
    """`code` with each string literal's contents blanked, so braces in them don't count."""
    return COMMENT_OR_STRING.sub(lambda m: '"' + " " * (len(m.group(0)) - 2) + '"', code)


def func_bodies(code: str) -> list[str]:
    """The bodies of the `func.func` ops defined in comment-free `code`.

    A body runs from the first `{` after the header that is outside the argument and result
    parentheses and does not open an `attributes {..}` dictionary, to its matching `}`.
    Declarations (no body before the next `func.func`) have none.
    """
    masked = mask_strings(code)
    bodies: list[str] = []
    for func in FUNC_HEADER.finditer(masked):
        start = _body_start(masked, func.end())
        if start >= 0:
            bodies.append(code[start : _matching_brace(masked, start) + 1])
    return bodies


def _body_start(masked: str, position: int) -> int:
    """Where the body of the `func.func` whose header continues at `position` opens, or -1."""
    depth = 0
    for index in range(position, len(masked)):
        char = masked[index]
        if char in "([<" or (char == "{" and masked[:index].rstrip().endswith("attributes")):
            depth += 1
        elif char in ")]}" or (char == ">" and masked[index - 1] != "-"):
            depth -= 1
            if depth < 0:
                return -1
        elif char == "{" and depth == 0:
            return index
        elif FUNC_HEADER.match(masked, index):
            return -1
    return -1


def _matching_brace(masked: str, start: int) -> int:
    """The index of the `}` closing the `{` at `start` (the last index if unbalanced)."""
    depth = 0
    for index in range(start, len(masked)):
        depth += {"{": 1, "}": -1}.get(masked[index], 0)
        if depth == 0:
            return index
    return len(masked) - 1


def is_stencil_program(case: str) -> bool:
    """True for a temp-level stencil program (rule 4 of the module docstring)."""
    code = strip_comments(case)
    if LOWERED_OP.search(code):
        return False
    return any("stencil.apply" in body and "!stencil.temp" in body for body in func_bodies(code))


def split_cases(text: str) -> list[str]:
    """The file's cases, split at `// -----` lines as `--split-input-file` does."""
    return SEPARATOR.split(text)


def extract(text: str) -> list[tuple[int, str]]:
    """The stencil-program cases of a filecheck file: (case index, program text).

    The text keeps every line of the case but the directives, trimmed of leading and
    trailing blank lines and ended by one newline.
    """
    directive = directive_pattern(text)
    diagnostics = any(
        option in run for run in re.findall(r"//\s*RUN:(.*)", text) for option in DIAGNOSTIC_OPTIONS
    )
    cases: list[tuple[int, str]] = []
    for index, case in enumerate(split_cases(text)):
        if diagnostics and is_negative_case(case, directive):
            continue
        lines = [line for line in case.split("\n") if not directive.match(line)]
        program = "\n".join(lines).strip("\n")
        if program and is_stencil_program(program):
            cases.append((index, program + "\n"))
    return cases


def header(path: str, index: int, provenance: Provenance) -> str:
    """The `//` comment block that opens an extracted case."""
    return (
        f"// Repository: {provenance.repository}\n"
        f"// Version: {provenance.revision}\n"
        f"// Original path: {path}\n"
        f"// Case: {index} (0-based, of the cases split at `// -----`)\n"
        f"// Licence: {provenance.licence}\n"
        "// Extracted by tests/corpus/extract_filecheck.py"
        " (RUN and CHECK lines dropped, all else as written)\n"
        "\n"
    )


def case_files(text: str, path: str, provenance: Provenance) -> dict[str, str]:
    """File name -> content of every extracted case of the filecheck file at `path`."""
    stem = Path(path).stem
    return {
        f"{stem}__{index}.mlir": header(path, index, provenance) + program
        for index, program in extract(text)
    }


def original_path(stored_name: str) -> str:
    """The repository path a corpus file name encodes (`a__b__c.mlir` -> `a/b/c.mlir`)."""
    return stored_name.replace("__", "/")


def main(argv: Sequence[str] | None = None) -> int:
    """Write each stencil-program case of FILE.mlir to OUTDIR; print the names written."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", metavar="FILE.mlir", type=Path, help="a filecheck test")
    parser.add_argument("outdir", metavar="OUTDIR", type=Path, help="where cases are written")
    parser.add_argument(
        "--path",
        help="the file's path in its repository (default: decoded from FILE's name, "
        "`tests__filecheck__x.mlir` -> `tests/filecheck/x.mlir`)",
    )
    defaults = Provenance()
    parser.add_argument("--repository", default=defaults.repository, help="for the header")
    parser.add_argument("--revision", default=defaults.revision, help="version and commit")
    parser.add_argument("--licence", default=defaults.licence, help="for the header")
    args = parser.parse_args(argv)

    try:
        text = args.file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        parser.error(f"cannot read {args.file}: {err}")
    path = args.path or original_path(args.file.name)
    provenance = Provenance(args.repository, args.revision, args.licence)
    args.outdir.mkdir(parents=True, exist_ok=True)
    for name, content in case_files(text, path, provenance).items():
        (args.outdir / name).write_text(content, encoding="utf-8")
        print(args.outdir / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
