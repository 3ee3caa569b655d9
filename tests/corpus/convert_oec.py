"""Rewrite Open Earth Compiler (OEC) stencil programs in the syntax xDSL 0.75 parses.

OEC's examples (`test/Examples/*.mlir`) are written in the MLIR syntax of 2021: `func` and
the `std` ops without a dialect prefix, function-type signatures on stencil ops, field sizes
instead of bounds, and size 0 for a dimension a field does not have. xDSL 0.75 parses none
of these. This script rewrites them line by line and changes syntax only: SSA names, op
order, constants, blank lines and comments stay as OEC wrote them, so line N of the output
(after the header) is line N of the original.

The rewrites, each checked against xDSL 0.75's parser:

- `func @f(...)` -> `func.func @f(...)`, `return` -> `func.return`;
- `std` ops -> `arith.*` (`cmpf "ogt", ...` -> `arith.cmpf ogt, ...`) and `math.*` (`sqrt`);
- `stencil.cast %a([lb] : [ub]) : (F) -> G` -> `stencil.cast %a : F -> G` where G carries
  the bounds `[lb,ub]` of every dimension; later loads and stores of that field name the
  same bounded type;
- a dimension of size 0 is dropped from field and temp types, and accesses write `_` for it:
  xDSL reads `[_, 0, _]` as offset 0 mapped to dimension 1, which is how OEC indexes a
  field without dimensions 0 and 2 (OEC ignores the offsets of missing dimensions);
- op signatures `(T) -> U` -> each op's xDSL form; `stencil.apply ... -> T` -> `-> (T)`;
  bounds of `stencil.store`, `stencil.index` and `stencil.dyn_access` in `<[...]>`.

Sequential applies (`stencil.apply seq(...)`) and `stencil.depend` have no counterpart in
xDSL's stencil dialect: a program using them is refused, as is any op this script does not
know.

Usage: python tests/corpus/convert_oec.py ORIGINAL.mlir [-o OUT] [--no-header]
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass
from pathlib import Path

OEC_REPOSITORY = "https://github.com/spcl/open-earth-compiler"
OEC_COMMIT = "1e48dee6a1a021bc11d6621432450406349b3733"
OEC_EXAMPLES = "test/Examples"

ARITH_OPS = frozenset(
    {
        "addf", "addi", "andi", "cmpf", "cmpi", "constant", "divf", "fptosi", "fptoui",
        "index_cast", "mulf", "muli", "negf", "ori", "select", "sitofp", "subf", "subi",
        "uitofp", "xori",
    }
)  # fmt: skip
"""`std` ops of 2021 MLIR that live on under the same name in `arith`."""

MATH_OPS = frozenset({"absf", "cos", "exp", "log", "rsqrt", "sin", "sqrt", "tanh"})
"""`std` ops of 2021 MLIR that live on under the same name in `math`."""

UNCHANGED = frozenset({"module", "scf.if", "scf.yield", "stencil.combine", "stencil.return"})
"""Ops whose OEC syntax xDSL parses as it is (their types are still rewritten)."""

HEADER_CONTINUATION = "attributes"
"""The first word of the last line of a function header split over several lines."""

UNSUPPORTED = {
    "stencil.apply seq": "a sequential apply (`stencil.apply seq(...)`)",
    "stencil.depend": "`stencil.depend` (a value of the previous sequential iteration)",
}
"""OEC constructs without a counterpart in xDSL's stencil dialect."""

_OP_LINE = re.compile(r"(?P<indent>\s*)(?P<results>%[\w#:]+ = )?(?P<op>[a-z_][\w.]*)(?P<rest>.*)")
_STENCIL_TYPE = re.compile(r"!stencil\.(?P<kind>field|temp)<(?P<shape>[^<>]*)>")
_CAST = re.compile(
    r" (?P<field>%\w+)\(\[(?P<lb>[^\]]*)\] : \[(?P<ub>[^\]]*)\]\)"
    r" : \((?P<source>!stencil\.field<[^<>]*>)\) -> (?P<target>!stencil\.field<[^<>]*>)"
)
_LOAD = re.compile(r" (?P<field>%\w+) : \((?P<source>[^()]*)\) -> (?P<target>\S+)")
_STORE = re.compile(
    r" (?P<temp>%[\w#]+) to (?P<field>%\w+)\(\[(?P<lb>[^\]]*)\] : \[(?P<ub>[^\]]*)\]\)"
    r" : (?P<temp_type>\S+) to (?P<field_type>\S+)"
)
_APPLY = re.compile(r"(?P<args> \(.*\)) -> (?P<results>.+?) \{")
_ACCESS = re.compile(r" (?P<temp>%\w+) \[(?P<offset>[^\]]*)\] : \((?P<type>[^()]*)\) -> \S+")
_DYN_ACCESS = re.compile(
    r" (?P<temp>%\w+)\((?P<indices>[^)]*)\) in (?P<lb>\[[^\]]*\]) : (?P<ub>\[[^\]]*\])"
    r" : \((?P<type>[^()]*)\) -> \S+"
)
_INDEX = re.compile(r" (?P<dim>\d+) (?P<offset>\[[^\]]*\]) : index")
_STORE_RESULT = re.compile(r"(?P<value>( %[\w#]+)?) : \([^()]*\) -> (?P<result>\S+)")
_PREDICATE = re.compile(r' "(?P<predicate>\w+)",')


class ConversionError(ValueError):
    """A line of the OEC program that this script cannot rewrite faithfully."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line
        self.message = message


@dataclass(frozen=True)
class Field:
    """A field with known bounds: the result of an OEC `stencil.cast`."""

    oec_type: str
    """The sized OEC type later ops name it by, e.g. `!stencil.field<72x72x0xf64>`."""
    present: tuple[bool, ...]
    """Per OEC dimension, whether the field has it (OEC writes size 0 if not)."""
    bounds: tuple[tuple[int, int], ...]
    """Lower and upper bound of each dimension the field has."""
    element: str

    @property
    def xdsl_type(self) -> str:
        dims = "".join(f"[{lower},{upper}]x" for lower, upper in self.bounds)
        return f"!stencil.field<{dims}{self.element}>"


def _ints(text: str) -> list[int]:
    return [int(item) for item in text.split(",")]


def _index_list(values: list[int]) -> str:
    return "[" + ", ".join(str(value) for value in values) + "]"


def _shape(shape: str) -> tuple[list[str], str]:
    """Split an OEC shape such as `?x?x0xf64` into its dimensions and element type."""
    *dims, element = shape.split("x")
    return dims, element


class _Converter:
    """Rewrites one program line by line, remembering the bounds of each cast field."""

    def __init__(self) -> None:
        self.line = 0
        self.fields: dict[str, Field] = {}

    def error(self, message: str) -> ConversionError:
        return ConversionError(self.line, message)

    def dynamic_types(self, text: str) -> str:
        """Rewrite every unsized stencil type in `text`, dropping size-0 dimensions."""

        def rewrite(match: re.Match[str]) -> str:
            dims, element = _shape(match["shape"])
            kept = [dim for dim in dims if dim != "0"]
            if any(dim != "?" for dim in kept):
                raise self.error(
                    f"sized type {match[0]} outside a cast, load or store: its bounds are unknown"
                )
            if not kept:
                raise self.error(f"{match[0]} has no dimensions; xDSL needs at least one")
            return f"!stencil.{match['kind']}<{''.join(d + 'x' for d in kept)}{element}>"

        return _STENCIL_TYPE.sub(rewrite, text)

    def shape_of(self, stencil_type: str) -> tuple[list[str], str]:
        match = _STENCIL_TYPE.fullmatch(stencil_type)
        if match is None:
            raise self.error(f"expected a stencil type, got {stencil_type}")
        return _shape(match["shape"])

    def present_dims(self, stencil_type: str) -> list[bool]:
        return [dim != "0" for dim in self.shape_of(stencil_type)[0]]

    def field(self, name: str, oec_type: str) -> Field:
        field = self.fields.get(name)
        if field is None:
            raise self.error(f"{name} is not the result of a stencil.cast; its bounds are unknown")
        if field.oec_type != oec_type:
            raise self.error(f"{name} has type {field.oec_type} from its cast, not {oec_type}")
        return field

    def convert_line(self, line: str) -> str:
        code, comment_mark, comment = line.partition("//")
        match = _OP_LINE.fullmatch(code.rstrip())
        if match is None:  # blank lines, `}`, `} else {`, arguments of a split header
            return self.dynamic_types(code) + comment_mark + comment
        op = match["op"]
        rest = match["rest"]
        for construct, description in UNSUPPORTED.items():
            if f"{op}{rest}".startswith(construct):
                raise self.error(f"{description} has no counterpart in xDSL's stencil dialect")
        converted = self.convert_op(match["results"] or "", op, rest)
        trailing = code[len(code.rstrip()) :]
        return match["indent"] + converted + trailing + comment_mark + comment

    def convert_op(self, results: str, op: str, rest: str) -> str:
        """Rewrite one op (without indentation); `results` is `%x = ` or empty."""
        if op in UNCHANGED or op == HEADER_CONTINUATION:
            return results + op + self.dynamic_types(rest)
        if op == "func":
            self.fields.clear()
            return results + "func.func" + self.dynamic_types(rest)
        if op == "return":
            return results + "func.return" + rest
        if op in ARITH_OPS:
            return f"{results}arith.{op}" + _PREDICATE.sub(r" \g<predicate>,", rest, count=1)
        if op in MATH_OPS:
            return f"{results}math.{op}{rest}"
        stencil_op = {
            "stencil.cast": self.cast,
            "stencil.load": self.load,
            "stencil.store": self.store,
            "stencil.apply": self.apply,
            "stencil.access": self.access,
            "stencil.dyn_access": self.dyn_access,
            "stencil.index": self.index,
            "stencil.store_result": self.store_result,
        }.get(op)
        if stencil_op is None:
            raise self.error(f"`{op}` is not an op this script knows how to rewrite")
        return f"{results}{op}{stencil_op(results, rest)}"

    def match(self, pattern: re.Pattern[str], op: str, rest: str) -> re.Match[str]:
        match = pattern.fullmatch(rest)
        if match is None:
            raise self.error(f"unrecognised form of {op}:{rest}")
        return match

    def cast(self, results: str, rest: str) -> str:
        match = self.match(_CAST, "stencil.cast", rest)
        lower, upper = _ints(match["lb"]), _ints(match["ub"])
        dims, element = self.shape_of(match["target"])
        if not len(lower) == len(upper) == len(dims):
            raise self.error(f"cast of {match['field']}: bounds and type differ in rank")
        bounds: list[tuple[int, int]] = []
        for dim, low, up in zip(dims, lower, upper, strict=True):
            if dim == "0":
                continue
            if not dim.isdigit() or int(dim) != up - low:
                raise self.error(
                    f"cast of {match['field']}: size {dim} does not match bounds [{low}, {up}]"
                )
            bounds.append((low, up))
        present = tuple(dim != "0" for dim in dims)
        name = results.removesuffix(" = ")
        self.fields[name] = field = Field(match["target"], present, tuple(bounds), element)
        return f" {match['field']} : {self.dynamic_types(match['source'])} -> {field.xdsl_type}"

    def load(self, results: str, rest: str) -> str:
        match = self.match(_LOAD, "stencil.load", rest)
        field = self.field(match["field"], match["source"])
        return f" {match['field']} : {field.xdsl_type} -> {self.dynamic_types(match['target'])}"

    def store(self, results: str, rest: str) -> str:
        match = self.match(_STORE, "stencil.store", rest)
        field = self.field(match["field"], match["field_type"])
        lower, upper = _ints(match["lb"]), _ints(match["ub"])
        if not len(lower) == len(upper) == len(field.present):
            raise self.error(f"store to {match['field']}: bounds and type differ in rank")
        lower = [low for low, here in zip(lower, field.present, strict=True) if here]
        upper = [up for up, here in zip(upper, field.present, strict=True) if here]
        return (
            f" {match['temp']} to {match['field']}(<{_index_list(lower)}, {_index_list(upper)}>)"
            f" : {self.dynamic_types(match['temp_type'])} to {field.xdsl_type}"
        )

    def apply(self, results: str, rest: str) -> str:
        match = self.match(_APPLY, "stencil.apply", rest)
        result_types = self.dynamic_types(match["results"])
        if not result_types.startswith("("):
            result_types = f"({result_types})"
        return f"{self.dynamic_types(match['args'])} -> {result_types} {{"

    def access(self, results: str, rest: str) -> str:
        match = self.match(_ACCESS, "stencil.access", rest)
        offsets = match["offset"].split(", ")
        present = self.present_dims(match["type"])
        if len(offsets) != len(present):
            raise self.error(f"access to {match['temp']}: offset and type differ in rank")
        for offset, here in zip(offsets, present, strict=True):
            if not here and int(offset) != 0:
                raise self.error(
                    f"access to {match['temp']} has offset {offset} in a dimension the temp "
                    "lacks; OEC ignores it, xDSL cannot write it"
                )
        written = ", ".join(o if here else "_" for o, here in zip(offsets, present, strict=True))
        return f" {match['temp']} [{written}] : {self.dynamic_types(match['type'])}"

    def dyn_access(self, results: str, rest: str) -> str:
        match = self.match(_DYN_ACCESS, "stencil.dyn_access", rest)
        if not all(self.present_dims(match["type"])):
            raise self.error(f"dynamic access to {match['temp']}, a temp with missing dimensions")
        return (
            f" {match['temp']}[{match['indices']}] in <{match['lb']}> : <{match['ub']}>"
            f" : {self.dynamic_types(match['type'])}"
        )

    def index(self, results: str, rest: str) -> str:
        match = self.match(_INDEX, "stencil.index", rest)
        return f" {match['dim']} <{match['offset']}>"

    def store_result(self, results: str, rest: str) -> str:
        match = self.match(_STORE_RESULT, "stencil.store_result", rest)
        return f"{match['value']} : {match['result']}"


def convert(text: str) -> str:
    """Rewrite an OEC program in xDSL 0.75 syntax, line for line.

    Raises `ConversionError` naming the line of a construct xDSL cannot express.
    """
    converter = _Converter()
    lines: list[str] = []
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        converter.line = number
        body = line.rstrip("\r\n")
        lines.append(converter.convert_line(body) + line[len(body) :])
    return "".join(lines)


def header(original_name: str) -> str:
    """The provenance comment that heads a converted corpus file."""
    return (
        "// Open Earth Compiler example, rewritten in the syntax xDSL 0.75 parses.\n"
        f"// Repository: {OEC_REPOSITORY}\n"
        f"// Commit: {OEC_COMMIT}\n"
        f"// Original path: {OEC_EXAMPLES}/{original_name} (copied as original/{original_name})\n"
        "// Licence: Apache-2.0 with LLVM exceptions (LICENSE.TXT in this folder)\n"
        "// Converted by tests/corpus/convert_oec.py: syntax only, line for line.\n"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description="Rewrite an Open Earth Compiler stencil program in xDSL 0.75 syntax."
    )
    parser.add_argument("original", type=Path, help="an OEC program, e.g. original/copy.mlir")
    parser.add_argument("-o", "--output", type=Path, help="write here (default: stdout)")
    parser.add_argument(
        "--no-header", action="store_true", help="omit the provenance comment of the OEC corpus"
    )
    args = parser.parse_args(argv)
    try:
        converted = convert(args.original.read_text(encoding="utf-8"))
    except ConversionError as err:
        raise SystemExit(f"{args.original}:{err.line}: error: {err.message}") from None
    if not args.no_header:
        converted = header(args.original.name) + converted
    if args.output is None:
        print(converted, end="")
    else:
        args.output.write_text(converted, encoding="utf-8")


if __name__ == "__main__":
    main()
