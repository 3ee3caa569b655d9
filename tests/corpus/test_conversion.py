"""The third-party stencil corpus: conversions are reproducible and every program verifies.

`oec/original/` holds the Open Earth Compiler examples byte for byte; `oec/*.mlir` are their
rewrites by `convert_oec.py`, which must reproduce them exactly. Likewise `wse/original/` and
the WSE benchmark's time-loop programs instantiated at their small sizes by
`convert_wse.py`. Devito's programs are kept verbatim. These tests read the corpus and never
write to it.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from xdsl.dialects import stencil

from sparta.compiler.frontend import parse_file

CORPUS = Path(__file__).resolve().parent
OEC = CORPUS / "oec"
WSE = CORPUS / "wse"
REFUSED = frozenset({"tridiagonal.mlir"})
"""OEC examples the converter refuses: they use sequential applies and `stencil.depend`."""
ORIGINALS = sorted((OEC / "original").glob("*.mlir"))
CONVERTED = [OEC / path.name for path in ORIGINALS if path.name not in REFUSED]


def _load_converter(name: str = "convert_oec") -> ModuleType:
    """Import a converter script beside this file (not a package module)."""
    spec = importlib.util.spec_from_file_location(name, CORPUS / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it executes
    spec.loader.exec_module(module)
    return module


convert_oec = _load_converter()
convert_wse = _load_converter("convert_wse")
WSE_ORIGINALS = sorted((WSE / "original").glob("*.mlir"))
DEVITO = CORPUS / "devito"


def test_every_original_is_converted_or_refused() -> None:
    assert len(ORIGINALS) == 20
    assert sorted(OEC.glob("*.mlir")) == CONVERTED


@pytest.mark.parametrize("converted", CONVERTED, ids=lambda path: path.stem)
def test_conversion_reproduces_the_stored_file(converted: Path) -> None:
    original = OEC / "original" / converted.name
    text = convert_oec.convert(original.read_text(encoding="utf-8"))
    assert convert_oec.header(converted.name) + text == converted.read_text(encoding="utf-8")


def test_every_wse_template_is_instantiated() -> None:
    assert [p.name for p in WSE_ORIGINALS] == sorted(convert_wse.PROFILES)
    names = {convert_wse.output_name(p.name) for p in WSE_ORIGINALS} | {"uvbke_small.mlir"}
    assert {p.name for p in [*WSE.glob("*.mlir"), *WSE.glob("pending/*.mlir")]} == names


@pytest.mark.parametrize("original", WSE_ORIGINALS, ids=lambda path: path.stem)
def test_wse_instantiation_reproduces_the_stored_file(original: Path) -> None:
    text = convert_wse.convert(original.read_text(encoding="utf-8"), original.name)
    stored = WSE / convert_wse.output_name(original.name)
    if not stored.exists():
        stored = WSE / "pending" / stored.name
    assert convert_wse.header(original.name) + text == stored.read_text(encoding="utf-8")
    assert "#x_dim" not in text
    assert "100000" not in text


@pytest.mark.parametrize(
    "program",
    [
        *CONVERTED,
        *sorted(WSE.glob("*.mlir")),
        *sorted(WSE.glob("pending/*.mlir")),
        *sorted(DEVITO.glob("*.mlir")),
    ],
    ids=lambda path: path.stem,
)
def test_corpus_program_parses_and_verifies(program: Path) -> None:
    module = parse_file(program)
    assert any(isinstance(op, stencil.ApplyOp) for op in module.walk())


def test_tridiagonal_is_refused_at_its_sequential_apply() -> None:
    text = (OEC / "original" / "tridiagonal.mlir").read_text(encoding="utf-8")
    with pytest.raises(convert_oec.ConversionError, match=r"stencil\.apply seq") as info:
        convert_oec.convert(text)
    assert info.value.line == 10


def test_the_script_reports_a_refusal_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "tridiagonal.mlir"
    original = OEC / "original" / "tridiagonal.mlir"
    with pytest.raises(SystemExit, match=r"tridiagonal\.mlir:10: error: .*stencil\.apply seq"):
        convert_oec.main([str(original), "-o", str(out)])
    assert not out.exists()


APPLY = "  %3 = stencil.apply (%a = %2 : !stencil.temp<{shape}>) -> !stencil.temp<?x?x?xf64> {{\n"
ACCESS = "    %4 = stencil.access %a [{offset}] : (!stencil.temp<{shape}>) -> f64\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("    %4 = stencil.depend 0 [0, 0, -1] : f64\n", r"stencil\.depend"),
        ("    %4 = remi_signed %1, %2 : i64\n", r"`remi_signed` is not an op"),
        (ACCESS.format(offset="0, 0, 1", shape="?x?x0xf64"), r"offset 1 in a dimension"),
        (ACCESS.format(offset="-1, 0, 0", shape="0x?x0xf64"), r"offset -1 in a dimension"),
        (APPLY.format(shape="64x64x64xf64"), r"sized type .* bounds are unknown"),
        (APPLY.format(shape="0x0x0xf64"), r"has no dimensions"),
        ("  %2 = stencil.load %0 : (!stencil.field<72xf64>) -> !stencil.temp<?xf64>\n", r"%0 is"),
    ],
)
def test_the_converter_refuses_what_it_cannot_rewrite(text: str, message: str) -> None:
    with pytest.raises(convert_oec.ConversionError, match=message):
        convert_oec.convert(text)


def test_a_missing_dimension_becomes_an_underscore() -> None:
    access = ACCESS.format(offset="1, -1, 0", shape="?x?x0xf64")
    assert convert_oec.convert(access) == (
        "    %4 = stencil.access %a [1, -1, _] : !stencil.temp<?x?xf64>\n"
    )
