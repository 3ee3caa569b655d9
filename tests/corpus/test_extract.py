"""The xDSL corpus is what `extract_filecheck.py` makes of the stored originals, and sparta
reads every case of it.

`tests/corpus/xdsl/original/` holds xDSL 0.75.0's filecheck files byte for byte; the case
files beside it must be exactly their re-extraction, so a hand edit to a case (or a change
to the extraction rules) shows up here. The tests only read the corpus (convention 11).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from corpus.extract_filecheck import Provenance, case_files, extract, main, original_path

from sparta.compiler.frontend import parse_file

CORPUS = Path(__file__).resolve().parent / "xdsl"
ORIGINALS = sorted((CORPUS / "original").glob("*.mlir"))
CASES = sorted(CORPUS.glob("*.mlir"))


def _extracted() -> dict[str, str]:
    files: dict[str, str] = {}
    for original in ORIGINALS:
        text = original.read_text(encoding="utf-8")
        made = case_files(text, original_path(original.name), Provenance())
        assert made, f"{original.name} yields no stencil program: it should not be stored"
        assert not files.keys() & made.keys(), f"{original.name} reuses a case file name"
        files.update(made)
    return files


def test_corpus_is_the_extraction_of_the_originals() -> None:
    extracted = _extracted()
    assert sorted(extracted) == [case.name for case in CASES]
    for case in CASES:
        assert case.read_text(encoding="utf-8") == extracted[case.name], case.name


def test_readme_has_one_row_per_case() -> None:
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| \[`([^`]+)`\]", readme, re.MULTILINE)
    assert sorted(rows) == [case.name for case in CASES]
    assert (CORPUS / "LICENSE").is_file()


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.stem)
def test_case_parses_with_sparta(case: Path) -> None:
    parse_file(case)


def test_cli_writes_the_stored_cases(tmp_path: Path) -> None:
    original = CORPUS / "original" / "tests__filecheck__transforms__stencil-shape-inference.mlir"
    assert main([str(original), str(tmp_path)]) == 0
    written = sorted(tmp_path.iterdir())
    assert [path.name for path in written] == [
        f"stencil-shape-inference__{index}.mlir" for index in (0, 1, 3, 4, 5, 6, 7, 8)
    ]
    for path in written:
        assert path.read_bytes() == (CORPUS / path.name).read_bytes()


def test_directives_negative_cases_and_lowered_forms_are_left_out() -> None:
    text = "\n".join(
        [
            "// RUN: opt %s --verify-diagnostics --split-input-file | filecheck %s"
            " --check-prefix=SHAPE",
            "func.func @ok(%f: !stencil.field<[0,4]xf32>) attributes {a} {",
            "  // a comment that stays",
            "  %t = stencil.apply() -> (!stencil.temp<[0,4]xf32>) {",
            "  }",
            "}",
            "// CHECK: func.func @ok",
            "// SHAPE-NEXT: stencil.apply",
            "// -----",
            "func.func @bad() {",
            "  %t = stencil.apply() -> (!stencil.temp<[0,4]xf32>) {",
            "  }",
            "}",
            "// CHECK: %t = stencil.apply",
            "// CHECK-NEXT: ^^^^^^-------",
            "// -----",
            "func.func @lowered(%m: memref<4xf32>) {",
            "  %a = memref.alloc() : memref<4xf32>",
            "  %t = stencil.apply() -> (!stencil.temp<[0,4]xf32>) {",
            "  }",
            "}",
            "// CHECK: func.func @lowered",
            "// -----",
            "func.func private @declared(!stencil.field<?xf32>) -> ()",
            "%t = stencil.apply() -> (!stencil.temp<[0,4]xf32>) {",
            "}",
            "// CHECK: func.func private @declared",
        ]
    )
    assert extract(text) == [
        (
            0,
            "func.func @ok(%f: !stencil.field<[0,4]xf32>) attributes {a} {\n"
            "  // a comment that stays\n"
            "  %t = stencil.apply() -> (!stencil.temp<[0,4]xf32>) {\n"
            "  }\n"
            "}\n",
        )
    ]
