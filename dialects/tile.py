"""The `tile` dialect: one lowered program for one tile-array device.

Its ops mirror `sparta.sim.program.TileProgram` one to one (`tile_extract` converts both
ways). It is close to MLIR-AIE's `aie` dialect with objectFIFOs, but small and
target-neutral: tiles by (col, row); fifos with a producer-side pool and per-consumer ends
(shared memory or DMA); cores as loop nests of acquire, release and run; kernels as
vector-op regions over windows of held tokens; shim transfers; links through a tile's DMA.

Kernel bodies use upstream `arith`, `math` and `vector.broadcast`, plus `tile.cmp`,
`tile.select` and `tile.cast` where xDSL 0.75's arith cannot type vectors (a vector
`arith.cmpi` gets an `i1` result; `arith.select` takes no vector condition; the integer
casts reject vectors).

Verification has three layers. Each op's verifier checks what it can see alone (types,
shapes, keywords, bounds). `tile.program` then resolves every symbol use against one
symbol table (roles, kernel signatures, link shapes), checks the declared tile kinds on
its device, and runs `sparta.sim.validate.validate` on the extracted program for the
device rules (memory reach, capacity, DMA channels, locks, stream ports, shim I/O, token
balance).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from math import prod
from typing import TypeVar, cast

from xdsl.dialects.arith import CMPF_COMPARISON_OPERATIONS, CMPI_COMPARISON_OPERATIONS
from xdsl.dialects.builtin import (
    I64,
    AnyFloat,
    ArrayAttr,
    BFloat16Type,
    DenseArrayBase,
    Float16Type,
    Float32Type,
    Float64Type,
    IntAttr,
    IntegerAttr,
    IntegerType,
    MemRefType,
    NoneAttr,
    StringAttr,
    SymbolNameConstraint,
    SymbolRefAttr,
    UnitAttr,
    VectorType,
    i64,
)
from xdsl.ir import (
    Attribute,
    Block,
    BlockArgument,
    Dialect,
    Operation,
    ParametrizedAttribute,
    Region,
    SSAValue,
    TypeAttribute,
)
from xdsl.irdl import (
    AttrSizedOperandSegments,
    IRDLOperation,
    irdl_attr_definition,
    irdl_op_definition,
    lazy_traits_def,
    operand_def,
    opt_prop_def,
    prop_def,
    region_def,
    result_def,
    traits_def,
    var_operand_def,
)
from xdsl.parser import AttrParser, Parser, UnresolvedOperand
from xdsl.printer import Printer
from xdsl.traits import (
    HasAncestor,
    HasParent,
    IsolatedFromAbove,
    IsTerminator,
    NoTerminator,
    Pure,
    SingleBlockImplicitTerminator,
    SymbolOpInterface,
    SymbolTable,
)
from xdsl.utils.exceptions import VerifyException

from sparta.sim.device import Device, load_device
from sparta.sim.errors import SpartaError
from sparta.sim.program import Coord, Direction, Interface, LinkMode, Port, TileKind, Via
from sparta.sim.validate import access_error, checked_kind, validate

PORTS = tuple(port.value for port in Port)
VIAS = tuple(via.value for via in Via)
DIRECTIONS = tuple(direction.value for direction in Direction)
INTERFACES = tuple(interface.value for interface in Interface)
LINK_MODES = tuple(mode.value for mode in LinkMode)
TILE_KINDS = tuple(kind.value for kind in TileKind)

INT_TYPES: dict[str, IntegerType] = {
    f"i{width}": IntegerType(width) for width in (1, 8, 16, 32, 64)
}
FLOAT_TYPES: dict[str, AnyFloat] = {
    "bf16": BFloat16Type(),
    "f16": Float16Type(),
    "f32": Float32Type(),
    "f64": Float64Type(),
}
ELEMENT_TYPES: dict[str, Attribute] = {**INT_TYPES, **FLOAT_TYPES}
"""Element types of tokens and kernel values, by the dtype names TileProgram uses."""

KERNEL_DIALECTS = ("arith", "math")
"""Dialects whose ops may appear in kernel bodies (elementwise on vectors or scalars)."""
KERNEL_OPS = frozenset(
    {
        "vector.broadcast",
        "tile.read",
        "tile.write",
        "tile.coord",
        "tile.gather",
        "tile.cmp",
        "tile.select",
        "tile.cast",
        "tile.shape_cast",
        "tile.matmul",
        "tile.yield",
    }
)
"""Other ops allowed in kernel bodies."""
VECTOR_REPLACEMENTS = {"arith.cmpi": "tile.cmp", "arith.cmpf": "tile.cmp"}
"""arith ops that xDSL 0.75 types wrongly on vectors (an i1 result), with our op to use."""
CAST_KINDS = ("extsi", "extui", "trunci", "sitofp", "uitofp", "fptosi", "fptoui", "index_cast")
"""`tile.cast` kinds: the arith casts xDSL 0.75 rejects on vectors (kernels hold `index`
values as i64, so `index_cast` converts between integer widths)."""
SEMANTIC_PROPERTIES = frozenset({"predicate", "value"})
"""Kernel op properties that carry meaning (the others must keep their defaults)."""


def dtype_of(element_type: Attribute) -> str | None:
    """The dtype name of an element type, or None if tokens and kernels cannot hold it."""
    for name, candidate in ELEMENT_TYPES.items():
        if candidate == element_type:
            return name
    return None


def value_type(shape: Sequence[int], dtype: str) -> Attribute:
    """A kernel value's type: a vector of `shape`, or a scalar when `shape` is empty."""
    element = ELEMENT_TYPES[dtype]
    return VectorType(element, shape) if shape else element


def shape_and_dtype(type_: Attribute) -> tuple[tuple[int, ...], str] | None:
    """(shape, dtype) of a kernel value type, or None if kernels cannot hold it."""
    shape: tuple[int, ...] = ()
    element = type_
    if isinstance(type_, VectorType):
        if type_.get_num_scalable_dims():
            return None
        shape = tuple(type_.get_shape())
        element = type_.element_type
    dtype = dtype_of(element)
    return None if dtype is None else (shape, dtype)


def token_of(memref: MemRefType) -> tuple[tuple[int, ...], str]:
    """(token shape, dtype) of a verified token memref type."""
    dtype = dtype_of(memref.element_type)
    assert dtype is not None, "token types are verified first"
    return tuple(memref.get_shape()), dtype


def verify_token_type(memref: MemRefType, what: str) -> None:
    """A token type is a plain memref of static, positive shape and a supported dtype."""
    if not isinstance(memref.layout, NoneAttr) or not isinstance(memref.memory_space, NoneAttr):
        raise VerifyException(f"{what}: token type {memref} must have no layout or memory space")
    if any(size < 1 for size in memref.get_shape()):
        raise VerifyException(f"{what}: token type {memref} must have a static, positive shape")
    if dtype_of(memref.element_type) is None:
        raise VerifyException(
            f"{what}: token type {memref} has element type {memref.element_type}; "
            f"use one of {', '.join(ELEMENT_TYPES)}"
        )


@cache
def _i64(value: int) -> IntegerAttr:
    """An i64 attribute; attributes are immutable, so big programs share them."""
    return IntegerAttr(value, 64)


@cache
def _symbol(name: str) -> SymbolRefAttr:
    return SymbolRefAttr(name)


@cache
def _string(text: str) -> StringAttr:
    return StringAttr(text)


def _i64_array(values: Sequence[int]) -> DenseArrayBase:
    return DenseArrayBase.from_list(i64, values)


def _ints(values: Sequence[int]) -> ArrayAttr[IntAttr]:
    return ArrayAttr([IntAttr(value) for value in values])


def _int_list(parser: AttrParser) -> list[int]:
    return parser.parse_comma_separated_list(
        parser.Delimiter.SQUARE, lambda: parser.parse_integer(allow_boolean=False)
    )


def _keyword_int(parser: AttrParser, keyword: str) -> int:
    """`keyword <integer>,`"""
    parser.parse_keyword(keyword)
    value = parser.parse_integer(allow_boolean=False)
    parser.parse_punctuation(",")
    return value


def _print_ints(printer: Printer, values: Sequence[int]) -> None:
    printer.print_string("[" + ", ".join(str(value) for value in values) + "]")


def _symbols(parser: Parser) -> ArrayAttr[SymbolRefAttr]:
    names = parser.parse_comma_separated_list(parser.Delimiter.SQUARE, parser.parse_symbol_name)
    return ArrayAttr([SymbolRefAttr(name) for name in names])


def _print_symbols(printer: Printer, symbols: ArrayAttr[SymbolRefAttr]) -> None:
    printer.print_string("[" + ", ".join(f"@{s.root_reference.data}" for s in symbols) + "]")


def _parse_body(parser: Parser) -> Region:
    """A single-block region without terminator; `{}` gets its empty block."""
    region = parser.parse_region()
    if not region.blocks:
        region.add_block(Block())
    return region


def _print_body(printer: Printer, region: Region) -> None:
    printer.print_string(" ")
    printer.print_region(region, print_entry_block_args=False, print_empty_block=False)


def _parse_attrs(parser: Parser) -> dict[str, Attribute]:
    attrs = parser.parse_optional_attr_dict_with_keyword()
    return dict(attrs.data) if attrs is not None else {}


def _parse_tile(parser: Parser) -> SSAValue:
    return parser.parse_operand(TileType())


def _parse_window(parser: Parser) -> SSAValue:
    """A window operand: an entry-block argument of the kernel, so already defined."""
    operand = parser.parse_unresolved_operand()
    values = parser.ssa_values.get(operand.operand_name)
    if not values or not isinstance(values[0].type, WindowType):
        parser.raise_error("expected a window argument of the enclosing kernel", operand.span)
    return values[0]


def coord_of(tile: SSAValue) -> Coord | None:
    """The coordinates of a `!tile.tile` value defined by `tile.tile`."""
    owner = tile.owner
    if not isinstance(owner, TileOp):
        return None
    return Coord(owner.col.value.data, owner.row.value.data)


def _describe_tile(tile: SSAValue) -> str:
    coord = coord_of(tile)
    return str(coord) if coord is not None else "a tile not defined by tile.tile"


def _window_name(window: SSAValue) -> str:
    if window.name_hint:
        return f"%{window.name_hint}"
    if isinstance(window, BlockArgument):
        return f"window #{window.index}"
    return "window"


def _check_keyword(value: str, allowed: Sequence[str], what: str) -> None:
    if value not in allowed:
        raise VerifyException(f"{what} must be one of {', '.join(allowed)}, not '{value}'")


def _check_positive(value: int, what: str) -> None:
    if value < 1:
        raise VerifyException(f"{what} must be at least 1, not {value}")


def _check_non_negative(value: int, what: str) -> None:
    if value < 0:
        raise VerifyException(f"{what} must not be negative (got {value})")


_OpT = TypeVar("_OpT", bound=Operation)

Symbols = dict[str, Operation]
"""A program's symbols by name, built once per verification (like MLIR's
SymbolTableCollection): resolving each use by a linear lookup is quadratic."""


def _resolve(symbols: Symbols, symbol: SymbolRefAttr, kind: type[_OpT], what: str) -> _OpT:
    """The op a symbol names in the program, checked to be of `kind`."""
    found = symbols.get(symbol.root_reference.data)
    if found is None:
        raise VerifyException(f"{what} @{symbol.root_reference.data} is not defined")
    if not isinstance(found, kind):
        raise VerifyException(f"@{symbol.root_reference.data} is a {found.name}, not a {what}")
    return found


# --- attributes and types --------------------------------------------------------------


@irdl_attr_definition
class TileType(ParametrizedAttribute, TypeAttribute):
    """A tile of the array, as `tile.tile` defines it."""

    name = "tile.tile"


@irdl_attr_definition
class WindowType(ParametrizedAttribute, TypeAttribute):
    """`count` held tokens of a fifo on one port, as a kernel operand sees them.

    Example: `!tile.window<consume 3 x memref<260xi32>>`
    """

    name = "tile.window"

    port: StringAttr
    count: IntAttr
    token: MemRefType

    def __init__(self, port: str, count: int, token: MemRefType) -> None:
        super().__init__(StringAttr(port), IntAttr(count), token)

    @classmethod
    def parse_parameters(cls, parser: AttrParser) -> list[Attribute]:
        with parser.in_angle_brackets():
            port = parser.parse_identifier()
            count = parser.parse_integer(allow_boolean=False)
            parser.parse_keyword("x")
            token = parser.parse_type()
        return [StringAttr(port), IntAttr(count), token]

    def print_parameters(self, printer: Printer) -> None:
        with printer.in_angle_brackets():
            printer.print_string(f"{self.port.data} {self.count.data} x ")
            printer.print_attribute(self.token)

    def verify(self) -> None:
        _check_keyword(self.port.data, PORTS, "window port")
        _check_positive(self.count.data, "window token count")
        verify_token_type(self.token, "window")


@irdl_attr_definition
class FifoEndAttr(ParametrizedAttribute):
    """One consumer end of a fifo: `shared`, or `dma` with its pool depth, S2MM channel,
    stream hops, an optional packet id (packet-switched: fifos with distinct ids may share
    the channel), and whether its pool lands on a neighbour tile (`landed`; the tile is
    the fifo op's matching `landing` operand).

    Example: `#tile.end<dma depth 2 channel 0 hops 3>`, `#tile.end<dma channel 1 hops 2
    packet 3>`
    """

    name = "tile.end"

    via: StringAttr
    depth: IntAttr
    channel: IntAttr | NoneAttr
    hops: IntAttr
    packet: IntAttr | NoneAttr
    landed: IntAttr

    def __init__(
        self,
        via: str,
        depth: int = 0,
        channel: int | None = None,
        hops: int = 0,
        landed: bool = False,
        packet: int | None = None,
    ) -> None:
        super().__init__(
            StringAttr(via),
            IntAttr(depth),
            NoneAttr() if channel is None else IntAttr(channel),
            IntAttr(hops),
            NoneAttr() if packet is None else IntAttr(packet),
            IntAttr(int(landed)),
        )

    @classmethod
    def parse_end(cls, parser: AttrParser) -> FifoEndAttr:
        """The end's text without brackets: `shared` or `dma depth 2 channel 0 hops 3`
        (optionally followed by `packet N`)."""
        via = parser.parse_identifier()
        depth = cls._optional_int(parser, "depth", 0)
        channel = parser.parse_integer() if parser.parse_optional_keyword("channel") else None
        hops = cls._optional_int(parser, "hops", 0)
        packet = parser.parse_integer() if parser.parse_optional_keyword("packet") else None
        return FifoEndAttr(via, depth, channel, hops, packet=packet)

    @staticmethod
    def _optional_int(parser: AttrParser, keyword: str, default: int) -> int:
        if parser.parse_optional_keyword(keyword) is None:
            return default
        return parser.parse_integer(allow_boolean=False)

    def print_end(self, printer: Printer) -> None:
        dma = self.via.data == Via.DMA.value
        printer.print_string(self.via.data)
        if dma or self.depth.data:
            printer.print_string(f" depth {self.depth.data}")
        if self.channel_index is not None:
            printer.print_string(f" channel {self.channel_index}")
        if dma or self.hops.data:
            printer.print_string(f" hops {self.hops.data}")
        if self.packet_id is not None:
            printer.print_string(f" packet {self.packet_id}")

    @classmethod
    def parse_parameters(cls, parser: AttrParser) -> list[Attribute]:
        with parser.in_angle_brackets():
            end = cls.parse_end(parser)
            landed = parser.parse_optional_keyword("landed") is not None
        return [*end.parameters[:-1], IntAttr(int(landed))]

    def print_parameters(self, printer: Printer) -> None:
        with printer.in_angle_brackets():
            self.print_end(printer)
            if self.is_landed:
                printer.print_string(" landed")

    @property
    def channel_index(self) -> int | None:
        return self.channel.data if isinstance(self.channel, IntAttr) else None

    @property
    def packet_id(self) -> int | None:
        return self.packet.data if isinstance(self.packet, IntAttr) else None

    @property
    def is_landed(self) -> bool:
        return bool(self.landed.data)

    def with_landing(self) -> FifoEndAttr:
        """The same end, marked as landing on a neighbour tile."""
        return FifoEndAttr(
            self.via.data,
            self.depth.data,
            self.channel_index,
            self.hops.data,
            True,
            self.packet_id,
        )

    def verify(self) -> None:
        _check_keyword(self.via.data, VIAS, "fifo end")
        _check_non_negative(self.depth.data, "fifo end depth")
        _check_non_negative(self.hops.data, "fifo end hops")
        if self.channel_index is not None:
            _check_non_negative(self.channel_index, "fifo end channel")
        if self.packet_id is not None:
            _check_non_negative(self.packet_id, "fifo end packet id")
            if self.channel_index is None:
                raise VerifyException("a packet-switched fifo end needs a channel")
        extras = (
            self.depth.data
            or self.hops.data
            or self.channel_index is not None
            or self.packet_id is not None
        )
        if self.via.data == Via.SHARED.value and (extras or self.is_landed):
            raise VerifyException(
                "a shared fifo end reads the producer's pool in place; only dma ends have "
                "a depth, channel, hops, packet id and landing"
            )


@irdl_attr_definition
class AccessPatternAttr(ParametrizedAttribute):
    """Elements `offset + sum(i_d * strides[d])` for i in the box `sizes`, row-major.

    Example: `#tile.pattern<offset 0, sizes [2, 260], strides [260, 1]>`
    """

    name = "tile.pattern"

    offset: IntAttr
    sizes: ArrayAttr[IntAttr]
    strides: ArrayAttr[IntAttr]

    def __init__(self, offset: int, sizes: Sequence[int], strides: Sequence[int]) -> None:
        super().__init__(IntAttr(offset), _ints(sizes), _ints(strides))

    @classmethod
    def parse_pattern(cls, parser: AttrParser) -> AccessPatternAttr:
        """The pattern's text without brackets."""
        parser.parse_keyword("offset")
        offset = parser.parse_integer(allow_boolean=False)
        parser.parse_punctuation(",")
        parser.parse_keyword("sizes")
        sizes = _int_list(parser)
        parser.parse_punctuation(",")
        parser.parse_keyword("strides")
        strides = _int_list(parser)
        return AccessPatternAttr(offset, sizes, strides)

    def print_pattern(self, printer: Printer) -> None:
        printer.print_string(f"offset {self.offset.data}, sizes ")
        _print_ints(printer, [size.data for size in self.sizes])
        printer.print_string(", strides ")
        _print_ints(printer, [stride.data for stride in self.strides])

    @classmethod
    def parse_parameters(cls, parser: AttrParser) -> list[Attribute]:
        with parser.in_angle_brackets():
            pattern = cls.parse_pattern(parser)
        return list(pattern.parameters)

    def print_parameters(self, printer: Printer) -> None:
        with printer.in_angle_brackets():
            self.print_pattern(printer)

    def verify(self) -> None:
        _check_non_negative(self.offset.data, "access pattern offset")
        if not self.sizes.data or len(self.sizes) != len(self.strides):
            raise VerifyException(
                f"access pattern needs one stride per size and at least one dimension "
                f"(got {len(self.sizes)} sizes, {len(self.strides)} strides)"
            )
        for size in self.sizes:
            _check_positive(size.data, "access pattern size")
        for stride in self.strides:
            _check_non_negative(stride.data, "access pattern stride")


@irdl_attr_definition
class WorkAttr(ParametrizedAttribute):
    """The source program's work for one run (`sparta.sim.program.Work`): arithmetic ops,
    the external bytes it must read and write, its dtype and, for GEMMs, the matmul
    precision.

    Example: `#tile.work<ops 960, bytes_in 800, bytes_out 384, dtype i32>`
    """

    name = "tile.work"

    ops: IntAttr
    bytes_in: IntAttr
    bytes_out: IntAttr
    dtype: StringAttr
    matmul: StringAttr | NoneAttr

    def __init__(
        self, ops: int, bytes_in: int, bytes_out: int, dtype: str, matmul: str | None = None
    ) -> None:
        super().__init__(
            IntAttr(ops),
            IntAttr(bytes_in),
            IntAttr(bytes_out),
            StringAttr(dtype),
            NoneAttr() if matmul is None else StringAttr(matmul),
        )

    @classmethod
    def parse_work(cls, parser: AttrParser) -> WorkAttr:
        """The work's text without brackets."""
        ops, bytes_in, bytes_out = (
            _keyword_int(parser, keyword) for keyword in ("ops", "bytes_in", "bytes_out")
        )
        parser.parse_keyword("dtype")
        dtype = parser.parse_identifier_or_str_literal()
        matmul = None
        if parser.parse_optional_punctuation(","):
            parser.parse_keyword("matmul")
            matmul = parser.parse_identifier_or_str_literal()
        return WorkAttr(ops, bytes_in, bytes_out, dtype, matmul)

    def print_work(self, printer: Printer) -> None:
        printer.print_string(
            f"ops {self.ops.data}, bytes_in {self.bytes_in.data}, "
            f"bytes_out {self.bytes_out.data}, dtype "
        )
        printer.print_identifier_or_string_literal(self.dtype.data)
        if isinstance(self.matmul, StringAttr):
            printer.print_string(", matmul ")
            printer.print_identifier_or_string_literal(self.matmul.data)

    @classmethod
    def parse_parameters(cls, parser: AttrParser) -> list[Attribute]:
        with parser.in_angle_brackets():
            work = cls.parse_work(parser)
        return list(work.parameters)

    def print_parameters(self, printer: Printer) -> None:
        with printer.in_angle_brackets():
            self.print_work(printer)

    def verify(self) -> None:
        for value, what in (
            (self.ops, "ops"),
            (self.bytes_in, "bytes_in"),
            (self.bytes_out, "bytes_out"),
        ):
            _check_non_negative(value.data, f"work {what}")


# --- ops: program level ------------------------------------------------------------------


@irdl_op_definition
class TileOp(IRDLOperation):
    """A tile of the array by (column, row); the kind is checked against the device.

    Example: `%t = tile.tile compute (3, 4)`
    """

    name = "tile.tile"

    kind = prop_def(StringAttr)
    col = prop_def(IntegerAttr[I64])
    row = prop_def(IntegerAttr[I64])
    result = result_def(TileType)

    traits = lazy_traits_def(lambda: (HasParent(ProgramOp), Pure()))

    def __init__(self, kind: TileKind, coord: Coord) -> None:
        super().__init__(
            properties={
                "kind": StringAttr(kind.value),
                "col": _i64(coord.col),
                "row": _i64(coord.row),
            },
            result_types=[TileType()],
        )

    @property
    def coord(self) -> Coord:
        return Coord(self.col.value.data, self.row.value.data)

    @classmethod
    def parse(cls, parser: Parser) -> TileOp:
        kind = parser.parse_identifier()
        parser.parse_punctuation("(")
        col = parser.parse_integer(allow_boolean=False)
        parser.parse_punctuation(",")
        row = parser.parse_integer(allow_boolean=False)
        parser.parse_punctuation(")")
        op = cls.build(
            properties={"kind": StringAttr(kind), "col": _i64(col), "row": _i64(row)},
            result_types=[TileType()],
        )
        op.attributes |= _parse_attrs(parser)
        return op

    def print(self, printer: Printer) -> None:
        printer.print_string(f" {self.kind.data} ({self.col.value.data}, {self.row.value.data})")
        printer.print_op_attributes(self.attributes, print_keyword=True)

    def verify_(self) -> None:
        _check_keyword(self.kind.data, TILE_KINDS, "tile kind")
        _check_non_negative(self.col.value.data, "tile column")
        _check_non_negative(self.row.value.data, "tile row")


@irdl_op_definition
class ExternalOp(IRDLOperation):
    """A buffer in external memory: argument `arg` of the source program's entry.

    With `margin` (below and above, per dimension) the buffer is the argument's array
    inside a border of zeros, and the memref type is the padded shape.

    Example: `tile.external @arg0 arg 0 : memref<64x260x260xi32>` or
    `tile.external @arg1 arg 1 margin [0, 0, 1, 2] : memref<10x19xf32>`
    """

    name = "tile.external"

    sym_name = prop_def(SymbolNameConstraint())
    arg = prop_def(IntegerAttr[I64])
    buffer = prop_def(MemRefType)
    margin = opt_prop_def(DenseArrayBase.constr(i64))

    traits = lazy_traits_def(lambda: (HasParent(ProgramOp), SymbolOpInterface()))

    assembly_format = "$sym_name `arg` $arg (`margin` $margin^)? attr-dict `:` $buffer"

    def __init__(
        self, name: str, arg: int, buffer: MemRefType, margin: Sequence[tuple[int, int]] = ()
    ) -> None:
        properties: dict[str, Attribute] = {
            "sym_name": StringAttr(name),
            "arg": _i64(arg),
            "buffer": buffer,
        }
        if margin:
            properties["margin"] = _i64_array([n for pair in margin for n in pair])
        super().__init__(properties=properties)

    @property
    def margins(self) -> tuple[tuple[int, int], ...]:
        """(below, above) per dimension; empty without a margin."""
        if self.margin is None:
            return ()
        flat = self.margin.get_values()
        return tuple((flat[i], flat[i + 1]) for i in range(0, len(flat), 2))

    def verify_(self) -> None:
        name = f"external @{self.sym_name.data}"
        _check_non_negative(self.arg.value.data, f"{name} argument")
        verify_token_type(self.buffer, name)
        margins = self.margins
        if not margins:
            return
        shape = self.buffer.get_shape()
        if len(margins) != len(shape) or any(n < 0 for pair in margins for n in pair):
            raise VerifyException(
                f"{name}: margin gives a non-negative (below, above) pair per dimension of "
                f"{list(shape)}"
            )
        if any(lo + hi >= n for n, (lo, hi) in zip(shape, margins, strict=True)):
            raise VerifyException(f"{name}: margin {list(margins)} leaves no array inside")


Consumer = tuple[SSAValue, FifoEndAttr, SSAValue | None]
"""A fifo consumer: its tile, its end, and the tile its DMA pool lands on (None: its own)."""


@irdl_op_definition
class FifoOp(IRDLOperation):
    """A stream of tokens from one producer to one or more consumers.

    The producer-side pool of `depth` buffers lives on `pool` (omitted in the text when
    it is the producer); `channel` is the pool tile's MM2S channel when some end is
    reached by DMA. Each consumer has an end: `shared` (it reads the pool in place) or
    `dma` (its own pool of `depth` buffers, filled on S2MM `channel` after `hops` hops,
    in its own tile or, with `landing %t`, in a neighbour's memory it reaches).

    Example:
        tile.fifo @in0 (%shim -> %a dma depth 4 channel 0 hops 1,
                        %b dma depth 2 channel 0 hops 2) depth 0 channel 0 : memref<260xi32>
        tile.fifo @lap (%a -> %b shared) pool %b depth 4 : memref<258xi32>
    """

    name = "tile.fifo"

    sym_name = prop_def(SymbolNameConstraint())
    token = prop_def(MemRefType)
    depth = prop_def(IntegerAttr[I64])
    channel = opt_prop_def(IntegerAttr[I64])
    ends = prop_def(ArrayAttr[FifoEndAttr])
    producer = operand_def(TileType)
    pool = operand_def(TileType)
    consumers = var_operand_def(TileType)
    landings = var_operand_def(TileType)

    irdl_options = (AttrSizedOperandSegments(as_property=True),)
    traits = lazy_traits_def(lambda: (HasParent(ProgramOp), SymbolOpInterface()))

    def __init__(
        self,
        name: str,
        producer: SSAValue,
        pool: SSAValue,
        consumers: Sequence[Consumer],
        token: MemRefType,
        depth: int,
        channel: int | None = None,
    ) -> None:
        ends = [end if landing is None else end.with_landing() for _, end, landing in consumers]
        properties: dict[str, Attribute] = {
            "sym_name": StringAttr(name),
            "token": token,
            "depth": _i64(depth),
            "ends": ArrayAttr(ends),
        }
        if channel is not None:
            properties["channel"] = _i64(channel)
        super().__init__(
            operands=[
                producer,
                pool,
                [tile for tile, _, _ in consumers],
                [landing for _, _, landing in consumers if landing is not None],
            ],
            properties=properties,
        )

    @property
    def channel_index(self) -> int | None:
        return self.channel.value.data if self.channel is not None else None

    def consumer_ends(self) -> list[Consumer]:
        """(tile, end, landing) of every consumer; verified ops only."""
        landings = iter(self.landings)
        return [
            (tile, end, next(landings) if end.is_landed else None)
            for tile, end in zip(self.consumers, self.ends, strict=True)
        ]

    @classmethod
    def parse(cls, parser: Parser) -> FifoOp:
        name = parser.parse_symbol_name().data
        parser.parse_punctuation("(")
        producer = _parse_tile(parser)
        parser.parse_punctuation("->")

        def parse_consumer() -> Consumer:
            tile, end = _parse_tile(parser), FifoEndAttr.parse_end(parser)
            landing = _parse_tile(parser) if parser.parse_optional_keyword("landing") else None
            return tile, end, landing

        consumers = parser.parse_comma_separated_list(parser.Delimiter.NONE, parse_consumer)
        parser.parse_punctuation(")")
        pool = _parse_tile(parser) if parser.parse_optional_keyword("pool") else producer
        parser.parse_keyword("depth")
        depth = parser.parse_integer(allow_boolean=False)
        channel = parser.parse_integer() if parser.parse_optional_keyword("channel") else None
        attrs = _parse_attrs(parser)
        parser.parse_punctuation(":")
        token = parser.parse_type()
        if not isinstance(token, MemRefType):
            parser.raise_error(f"fifo @{name}: expected a memref token type, got {token}")
        op = cls(name, producer, pool, consumers, token, depth, channel)
        op.attributes |= attrs
        return op

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_symbol_name(self.sym_name.data)
        printer.print_string(" (")
        printer.print_operand(self.producer)
        printer.print_string(" -> ")
        for index, (tile, end, landing) in enumerate(self.consumer_ends()):
            if index:
                printer.print_string(", ")
            printer.print_operand(tile)
            printer.print_string(" ")
            end.print_end(printer)
            if landing is not None:
                printer.print_string(" landing ")
                printer.print_operand(landing)
        printer.print_string(")")
        if self.pool != self.producer:
            printer.print_string(" pool ")
            printer.print_operand(self.pool)
        printer.print_string(f" depth {self.depth.value.data}")
        if self.channel_index is not None:
            printer.print_string(f" channel {self.channel_index}")
        printer.print_op_attributes(self.attributes, print_keyword=True)
        printer.print_string(" : ")
        printer.print_attribute(self.token)

    def verify_(self) -> None:
        what = f"fifo @{self.sym_name.data}"
        verify_token_type(self.token, what)
        _check_non_negative(self.depth.value.data, f"{what} depth")
        if self.channel_index is not None:
            _check_non_negative(self.channel_index, f"{what} channel")
        if len(self.ends) != len(self.consumers):
            raise VerifyException(
                f"{what} has {len(self.consumers)} consumer tiles but {len(self.ends)} ends"
            )
        landed = sum(end.is_landed for end in self.ends)
        if landed != len(self.landings):
            raise VerifyException(
                f"{what} has {landed} landed ends but {len(self.landings)} landing tiles"
            )
        if not self.consumers:
            raise VerifyException(f"{what} needs at least one consumer")
        seen: set[SSAValue] = set()
        for tile in self.consumers:
            if tile in seen:
                raise VerifyException(
                    f"{what} lists consumer {_describe_tile(tile)} more than once"
                )
            seen.add(tile)

    def end_of(self, tile: SSAValue) -> FifoEndAttr | None:
        """The consumer end at `tile`, if `tile` is a consumer."""
        coord = coord_of(tile)
        for consumer, end in zip(self.consumers, self.ends, strict=True):
            if consumer == tile or (coord is not None and coord_of(consumer) == coord):
                return end
        return None

    def is_producer(self, tile: SSAValue) -> bool:
        coord = coord_of(tile)
        return self.producer == tile or (coord is not None and coord_of(self.producer) == coord)


@irdl_op_definition
class TransferOp(IRDLOperation):
    """External data into or out of a fifo end at an interface (shim) tile.

    `mm2s` reads the external buffer into the fifo the shim produces; `s2mm` writes the
    tokens the shim consumes into the external buffer. With `channel N` the shim's DMA
    channel N runs the patterns in order, one task each; with `stream N` the tile's PL
    stream N carries them, fed or drained by a data mover in the programmable logic.

    Example:
        tile.transfer mm2s %shim channel 0 @arg0 -> @in0
            [offset 0, sizes [2, 260], strides [260, 1]]
        tile.transfer s2mm %shim stream 2 @out0 -> @arg1
            [offset 0, sizes [64, 64], strides [64, 1]]
    """

    name = "tile.transfer"

    direction = prop_def(StringAttr)
    channel = prop_def(IntegerAttr[I64])
    fifo = prop_def(SymbolRefAttr)
    external = prop_def(SymbolRefAttr)
    patterns = prop_def(ArrayAttr[AccessPatternAttr])
    interface = opt_prop_def(StringAttr)
    """'pl' for a PL stream; absent for the shim DMA."""
    shim = operand_def(TileType)

    traits = lazy_traits_def(lambda: (HasParent(ProgramOp),))

    def __init__(
        self,
        direction: Direction,
        shim: SSAValue,
        channel: int,
        fifo: str,
        external: str,
        patterns: Sequence[AccessPatternAttr],
        interface: Interface = Interface.SHIM,
    ) -> None:
        super().__init__(
            operands=[shim],
            properties=_transfer_properties(
                direction.value, channel, fifo, external, patterns, interface
            ),
        )

    @classmethod
    def parse(cls, parser: Parser) -> TransferOp:
        direction = parser.parse_identifier()
        shim = _parse_tile(parser)
        how = parser.parse_identifier()
        if how not in ("channel", "stream"):
            parser.raise_error(f"expected 'channel' (shim DMA) or 'stream' (PL), got '{how}'")
        interface = Interface.PL if how == "stream" else Interface.SHIM
        channel = parser.parse_integer(allow_boolean=False)
        source = parser.parse_symbol_name().data
        parser.parse_punctuation("->")
        target = parser.parse_symbol_name().data
        patterns = parser.parse_comma_separated_list(
            parser.Delimiter.NONE,
            lambda: parser.parse_comma_separated_list(
                parser.Delimiter.SQUARE, lambda: AccessPatternAttr.parse_pattern(parser)
            )[0],
        )
        fifo, external = (source, target) if direction == Direction.S2MM.value else (target, source)
        op = cls.build(
            operands=[shim],
            properties=_transfer_properties(
                direction, channel, fifo, external, patterns, interface
            ),
        )
        op.attributes |= _parse_attrs(parser)
        return op

    def print(self, printer: Printer) -> None:
        fifo = f"@{self.fifo.root_reference.data}"
        external = f"@{self.external.root_reference.data}"
        source, target = (fifo, external) if self.is_s2mm else (external, fifo)
        how = "stream" if self.via_pl else "channel"
        printer.print_string(f" {self.direction.data} ")
        printer.print_operand(self.shim)
        printer.print_string(f" {how} {self.channel.value.data} {source} -> {target} ")
        for index, pattern in enumerate(self.patterns):
            if index:
                printer.print_string(", ")
            with printer.in_square_brackets():
                pattern.print_pattern(printer)
        printer.print_op_attributes(self.attributes, print_keyword=True)

    @property
    def is_s2mm(self) -> bool:
        return self.direction.data == Direction.S2MM.value

    @property
    def via_pl(self) -> bool:
        return self.interface is not None and self.interface.data == Interface.PL.value

    def verify_(self) -> None:
        what = f"transfer of @{self.fifo.root_reference.data}"
        _check_keyword(self.direction.data, DIRECTIONS, f"{what}: direction")
        if self.interface is not None:
            _check_keyword(self.interface.data, INTERFACES, f"{what}: interface")
        _check_non_negative(self.channel.value.data, f"{what}: channel")
        if not self.patterns.data:
            raise VerifyException(f"{what} needs at least one access pattern")

    def verify_symbol_uses(self, symbols: Symbols) -> None:
        what = f"transfer of @{self.fifo.root_reference.data}"
        fifo = _resolve(symbols, self.fifo, FifoOp, "fifo")
        external = _resolve(symbols, self.external, ExternalOp, "external")
        if fifo.token.element_type != external.buffer.element_type:
            raise VerifyException(
                f"{what}: fifo element type {fifo.token.element_type} differs from "
                f"@{external.sym_name.data}'s {external.buffer.element_type}"
            )
        shim = _describe_tile(self.shim)
        if self.is_s2mm and fifo.end_of(self.shim) is None:
            raise VerifyException(f"{what}: s2mm needs shim {shim} to be a consumer of the fifo")
        if not self.is_s2mm and not fifo.is_producer(self.shim):
            raise VerifyException(f"{what}: mm2s needs shim {shim} to be the fifo's producer")


def _transfer_properties(
    direction: str,
    channel: int,
    fifo: str,
    external: str,
    patterns: Sequence[AccessPatternAttr],
    interface: Interface,
) -> dict[str, Attribute]:
    properties: dict[str, Attribute] = {
        "direction": StringAttr(direction),
        "channel": _i64(channel),
        "fifo": SymbolRefAttr(fifo),
        "external": SymbolRefAttr(external),
        "patterns": ArrayAttr(patterns),
    }
    if interface is Interface.PL:
        properties["interface"] = StringAttr(interface.value)
    return properties


@irdl_op_definition
class LinkOp(IRDLOperation):
    """Tokens forwarded through a tile's DMA (typically a memory tile's).

    `forward` copies one input to one output; `join` concatenates one token of each
    input into an output token; `distribute` splits an input token, one part per output.

    Example: `tile.link join %mem [@a, @b] -> [@ab]`
    """

    name = "tile.link"

    mode = prop_def(StringAttr)
    inputs = prop_def(ArrayAttr[SymbolRefAttr])
    outputs = prop_def(ArrayAttr[SymbolRefAttr])
    tile = operand_def(TileType)

    traits = lazy_traits_def(lambda: (HasParent(ProgramOp),))

    def __init__(
        self, mode: LinkMode, tile: SSAValue, inputs: Sequence[str], outputs: Sequence[str]
    ) -> None:
        super().__init__(
            operands=[tile],
            properties={
                "mode": StringAttr(mode.value),
                "inputs": ArrayAttr([SymbolRefAttr(name) for name in inputs]),
                "outputs": ArrayAttr([SymbolRefAttr(name) for name in outputs]),
            },
        )

    @classmethod
    def parse(cls, parser: Parser) -> LinkOp:
        mode = parser.parse_identifier()
        tile = _parse_tile(parser)
        inputs = _symbols(parser)
        parser.parse_punctuation("->")
        outputs = _symbols(parser)
        op = cls.build(
            operands=[tile],
            properties={"mode": StringAttr(mode), "inputs": inputs, "outputs": outputs},
        )
        op.attributes |= _parse_attrs(parser)
        return op

    def print(self, printer: Printer) -> None:
        printer.print_string(f" {self.mode.data} ")
        printer.print_operand(self.tile)
        printer.print_string(" ")
        _print_symbols(printer, self.inputs)
        printer.print_string(" -> ")
        _print_symbols(printer, self.outputs)
        printer.print_op_attributes(self.attributes, print_keyword=True)

    def verify_(self) -> None:
        where = f"link at {_describe_tile(self.tile)}"
        _check_keyword(self.mode.data, LINK_MODES, f"{where}: mode")
        mode = LinkMode(self.mode.data)
        arity = (len(self.inputs), len(self.outputs))
        if (
            min(arity) < 1
            or (mode is LinkMode.FORWARD and arity != (1, 1))
            or (mode is LinkMode.JOIN and arity[1] != 1)
            or (mode is LinkMode.DISTRIBUTE and arity[0] != 1)
        ):
            raise VerifyException(
                f"{where}: {mode.value} takes "
                + {"forward": "one input and one output", "join": "inputs to one output"}.get(
                    mode.value, "one input to outputs"
                )
                + f", got {arity[0]} -> {arity[1]}"
            )

    def verify_symbol_uses(self, symbols: Symbols) -> None:
        where = f"link at {_describe_tile(self.tile)}"
        inputs = [_resolve(symbols, symbol, FifoOp, "fifo") for symbol in self.inputs]
        outputs = [_resolve(symbols, symbol, FifoOp, "fifo") for symbol in self.outputs]
        for fifo in inputs:
            if fifo.end_of(self.tile) is None:
                raise VerifyException(
                    f"{where}: the link's tile must be a consumer of input @{fifo.sym_name.data}"
                )
        for fifo in outputs:
            if not fifo.is_producer(self.tile):
                raise VerifyException(
                    f"{where}: the link's tile must be the producer of output @{fifo.sym_name.data}"
                )
        fifos = inputs + outputs
        element = fifos[0].token.element_type
        if any(fifo.token.element_type != element for fifo in fifos):
            raise VerifyException(f"{where}: inputs and outputs must share one element type")
        sizes_in = [_elements(fifo.token) for fifo in inputs]
        sizes_out = [_elements(fifo.token) for fifo in outputs]
        if sum(sizes_in) != sum(sizes_out):
            raise VerifyException(
                f"{where}: {self.mode.data} moves {sum(sizes_in)} elements per step in but "
                f"{sum(sizes_out)} out (token elements {sizes_in} -> {sizes_out})"
            )


def _elements(memref: MemRefType) -> int:
    count = 1
    for size in memref.get_shape():
        count *= size
    return count


# --- ops: kernels ---------------------------------------------------------------------------


def _window_type(window: SSAValue) -> WindowType:
    kind = window.type
    assert isinstance(kind, WindowType), "operand constraints are verified first"
    return kind


def _verify_access(
    op: Operation,
    window: SSAValue,
    token: int,
    start: Sequence[int],
    value: Attribute,
) -> None:
    """A read or write stays inside one token of the window and matches its dtype."""
    kind = _window_type(window)
    name = _window_name(window)
    token_shape, dtype = token_of(kind.token)
    described = shape_and_dtype(value)
    if described is None:
        raise VerifyException(f"{op.name} of {name}: {value} is not a kernel value type")
    shape, value_dtype = described
    if value_dtype != dtype:
        raise VerifyException(f"{op.name} of {name}: element type {value_dtype} != token's {dtype}")
    problem = access_error(token_shape, kind.count.data, token, start, shape)
    if problem is not None:
        raise VerifyException(f"{op.name} of {name}: {problem}")


def _parse_access(parser: Parser) -> tuple[SSAValue, int, list[int]]:
    window = _parse_window(parser)
    indices = _int_list(parser)
    if not indices:
        parser.raise_error("expected [token, start offsets...]")
    return window, indices[0], indices[1:]


def _print_access(printer: Printer, window: SSAValue, token: int, start: Sequence[int]) -> None:
    printer.print_operand(window)
    _print_ints(printer, [token, *start])


@irdl_op_definition
class ReadOp(IRDLOperation):
    """Load a box from token `token` of a window, starting at `start`.

    The result type gives the box sizes, one per token dimension.

    Example: `%v = tile.read %in[1, 0] : vector<256xi32>` (token 1, elements 0..255)
    """

    name = "tile.read"

    window = operand_def(WindowType)
    token = prop_def(IntegerAttr[I64])
    start = prop_def(DenseArrayBase.constr(i64))
    result = result_def()

    traits = lazy_traits_def(lambda: (HasParent(KernelOp), Pure()))

    def __init__(
        self, window: SSAValue, token: int, start: Sequence[int], result_type: Attribute
    ) -> None:
        super().__init__(
            operands=[window],
            properties={"token": _i64(token), "start": _i64_array(start)},
            result_types=[result_type],
        )

    @property
    def start_offsets(self) -> tuple[int, ...]:
        return self.start.get_values()

    @classmethod
    def parse(cls, parser: Parser) -> ReadOp:
        window, token, start = _parse_access(parser)
        attrs = _parse_attrs(parser)
        parser.parse_punctuation(":")
        op = cls(window, token, start, parser.parse_type())
        op.attributes |= attrs
        return op

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        _print_access(printer, self.window, self.token.value.data, self.start_offsets)
        printer.print_op_attributes(self.attributes, print_keyword=True)
        printer.print_string(" : ")
        printer.print_attribute(self.result.type)

    def verify_(self) -> None:
        _verify_access(
            self, self.window, self.token.value.data, self.start_offsets, self.result.type
        )


@irdl_op_definition
class WriteOp(IRDLOperation):
    """Store a value into token `token` of a produce window, starting at `start`.

    Example: `tile.write %v, %out[0, 0] : vector<256xi32>`
    """

    name = "tile.write"

    value = operand_def()
    window = operand_def(WindowType)
    token = prop_def(IntegerAttr[I64])
    start = prop_def(DenseArrayBase.constr(i64))

    traits = lazy_traits_def(lambda: (HasParent(KernelOp),))

    def __init__(self, value: SSAValue, window: SSAValue, token: int, start: Sequence[int]):
        super().__init__(
            operands=[value, window],
            properties={"token": _i64(token), "start": _i64_array(start)},
        )

    @property
    def start_offsets(self) -> tuple[int, ...]:
        return self.start.get_values()

    @classmethod
    def parse(cls, parser: Parser) -> WriteOp:
        value = parser.parse_unresolved_operand()
        parser.parse_punctuation(",")
        window, token, start = _parse_access(parser)
        attrs = _parse_attrs(parser)
        parser.parse_punctuation(":")
        op = cls(parser.resolve_operand(value, parser.parse_type()), window, token, start)
        op.attributes |= attrs
        return op

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_operand(self.value)
        printer.print_string(", ")
        _print_access(printer, self.window, self.token.value.data, self.start_offsets)
        printer.print_op_attributes(self.attributes, print_keyword=True)
        printer.print_string(" : ")
        printer.print_attribute(self.value.type)

    def verify_(self) -> None:
        kind = _window_type(self.window)
        if kind.port.data != Port.PRODUCE.value:
            raise VerifyException(
                f"tile.write to {_window_name(self.window)}, a {kind.port.data} window; "
                "writes go to produce windows"
            )
        _verify_access(
            self, self.window, self.token.value.data, self.start_offsets, self.value.type
        )


def _integer_result(op: Operation, value: Attribute) -> tuple[int, ...]:
    """The shape of an integer kernel value (`tile.coord`'s result, `tile.gather`'s
    offsets), or a verify error naming `op`."""
    described = shape_and_dtype(value)
    if described is None or described[1] not in INT_TYPES:
        raise VerifyException(f"{op.name}: {value} is not an integer kernel value")
    return described[0]


@irdl_op_definition
class CoordOp(IRDLOperation):
    """Coordinates of the points of a row: the kernel's integer argument `arg` (from
    `tile.run ... args`), plus each point's position along result axis `axis` (-1: the
    same for every point). A core knows the row it computes, so this is one vector add.

    Example: `%k = tile.coord 2 axis 0 : vector<64xi64>` (argument 2 + 0, 1, ..., 63)
    """

    name = "tile.coord"

    arg = prop_def(IntegerAttr[I64])
    axis = prop_def(IntegerAttr[I64])
    result = result_def()

    traits = lazy_traits_def(lambda: (HasParent(KernelOp), Pure()))

    def __init__(self, arg: int, axis: int, result_type: Attribute) -> None:
        super().__init__(
            properties={"arg": _i64(arg), "axis": _i64(axis)}, result_types=[result_type]
        )

    @classmethod
    def parse(cls, parser: Parser) -> CoordOp:
        arg = parser.parse_integer(allow_boolean=False)
        parser.parse_characters("axis")
        axis = parser.parse_integer(allow_boolean=False)
        attrs = _parse_attrs(parser)
        parser.parse_punctuation(":")
        op = cls(arg, axis, parser.parse_type())
        op.attributes |= attrs
        return op

    def print(self, printer: Printer) -> None:
        printer.print_string(f" {self.arg.value.data} axis {self.axis.value.data}")
        printer.print_op_attributes(self.attributes, print_keyword=True)
        printer.print_string(" : ")
        printer.print_attribute(self.result.type)

    def verify_(self) -> None:
        shape = _integer_result(self, self.result.type)
        if self.arg.value.data < 0:
            raise VerifyException(f"tile.coord: argument {self.arg.value.data} is negative")
        if not -1 <= self.axis.value.data < len(shape):
            raise VerifyException(
                f"tile.coord: axis {self.axis.value.data} is not -1 or an axis of {shape}"
            )


@irdl_op_definition
class GatherOp(IRDLOperation):
    """Every point reads its own element of a window (`stencil.dyn_access`): point p reads
    token `token` (plus its first offset when `rows` is set: it moves along the stream)
    at `start[a] + p[a] + offset[a]` along each token axis a. Offsets are integer vectors
    of the result's shape; the kernel keeps them inside the window.

    Example: `%v = tile.gather %in[1, 0](%dr, %dc) rows : vector<64xi64> -> vector<64xf32>`
    """

    name = "tile.gather"

    window = operand_def(WindowType)
    offsets = var_operand_def()
    token = prop_def(IntegerAttr[I64])
    start = prop_def(DenseArrayBase.constr(i64))
    rows = opt_prop_def(UnitAttr)
    result = result_def()

    traits = lazy_traits_def(lambda: (HasParent(KernelOp), Pure()))

    def __init__(
        self,
        window: SSAValue,
        offsets: Sequence[SSAValue],
        token: int,
        start: Sequence[int],
        rows: bool,
        result_type: Attribute,
    ) -> None:
        properties: dict[str, Attribute] = {"token": _i64(token), "start": _i64_array(start)}
        if rows:
            properties["rows"] = UnitAttr()
        super().__init__(
            operands=[window, list(offsets)], properties=properties, result_types=[result_type]
        )

    @property
    def start_offsets(self) -> tuple[int, ...]:
        return self.start.get_values()

    @classmethod
    def parse(cls, parser: Parser) -> GatherOp:
        window, token, start = _parse_access(parser)
        offsets = parser.parse_comma_separated_list(
            parser.Delimiter.PAREN, parser.parse_unresolved_operand
        )
        rows = parser.parse_optional_characters("rows") is not None
        attrs = _parse_attrs(parser)
        parser.parse_punctuation(":")
        offset_type = parser.parse_type()
        parser.parse_punctuation("->")
        result_type = parser.parse_type()
        resolved = [parser.resolve_operand(o, offset_type) for o in offsets]
        op = cls(window, resolved, token, start, rows, result_type)
        op.attributes |= attrs
        return op

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        _print_access(printer, self.window, self.token.value.data, self.start_offsets)
        printer.print_string("(")
        printer.print_list(self.offsets, printer.print_operand)
        printer.print_string(")")
        if self.rows is not None:
            printer.print_string(" rows")
        printer.print_op_attributes(self.attributes, print_keyword=True)
        printer.print_string(" : ")
        printer.print_attribute(self.offsets[0].type)
        printer.print_string(" -> ")
        printer.print_attribute(self.result.type)

    def verify_(self) -> None:
        name = _window_name(self.window)
        token_shape, dtype = token_of(_window_type(self.window).token)
        described = shape_and_dtype(self.result.type)
        if described is None or described[1] != dtype:
            raise VerifyException(
                f"tile.gather of {name}: result {self.result.type} is not a vector of the "
                f"token's {dtype}"
            )
        expected = len(token_shape) + (1 if self.rows is not None else 0)
        if len(self.offsets) != expected or len(self.start_offsets) != len(token_shape):
            raise VerifyException(
                f"tile.gather of {name}: give one start per token axis and one offset per "
                f"token axis{' plus one along the rows' if self.rows is not None else ''}"
            )
        for offset in self.offsets:
            if _integer_result(self, offset.type) != described[0]:
                raise VerifyException(
                    f"tile.gather of {name}: offsets {offset.type} differ in shape from the "
                    f"result {self.result.type}"
                )


def _parse_operand_list(parser: Parser, count: int) -> list[UnresolvedOperand]:
    """`count` comma-separated operands, resolved once the type after `:` is parsed."""
    operands = [parser.parse_unresolved_operand()]
    for _ in range(count - 1):
        parser.parse_punctuation(",")
        operands.append(parser.parse_unresolved_operand())
    return operands


def _mask_type(type_: Attribute) -> Attribute:
    """The i1 type of the same shape as `type_`."""
    if isinstance(type_, VectorType):
        return VectorType(IntegerType(1), type_.get_shape())
    return IntegerType(1)


@irdl_op_definition
class CmpOp(IRDLOperation):
    """Elementwise comparison: `arith.cmpi`/`arith.cmpf` with an i1 result of the operand
    shape, which xDSL 0.75's arith cannot type on vectors.

    Integer predicates (eq, ne, slt, ...) compare integers, float predicates (oeq, ogt,
    ...) floats; `ult`/`ule`/`ugt`/`uge` follow the operands' element type.

    Example: `%m = tile.cmp sgt, %a, %b : vector<256xi32>` (result `vector<256xi1>`)
    """

    name = "tile.cmp"

    predicate = prop_def(StringAttr)
    lhs = operand_def()
    rhs = operand_def()
    result = result_def()

    traits = lazy_traits_def(lambda: (HasParent(KernelOp), Pure()))

    def __init__(self, predicate: str, lhs: SSAValue, rhs: SSAValue) -> None:
        super().__init__(
            operands=[lhs, rhs],
            properties={"predicate": StringAttr(predicate)},
            result_types=[_mask_type(lhs.type)],
        )

    @classmethod
    def parse(cls, parser: Parser) -> CmpOp:
        predicate = parser.parse_identifier()
        parser.parse_punctuation(",")
        lhs, rhs = _parse_operand_list(parser, 2)
        attrs = _parse_attrs(parser)
        parser.parse_punctuation(":")
        type_ = parser.parse_type()
        op = cls(predicate, parser.resolve_operand(lhs, type_), parser.resolve_operand(rhs, type_))
        op.attributes |= attrs
        return op

    def print(self, printer: Printer) -> None:
        printer.print_string(f" {self.predicate.data}, ")
        printer.print_list([self.lhs, self.rhs], printer.print_operand)
        printer.print_op_attributes(self.attributes, print_keyword=True)
        printer.print_string(" : ")
        printer.print_attribute(self.lhs.type)

    @property
    def is_float(self) -> bool:
        described = shape_and_dtype(self.lhs.type)
        return described is not None and described[1] in FLOAT_TYPES

    def verify_(self) -> None:
        if self.lhs.type != self.rhs.type:
            raise VerifyException(
                f"tile.cmp operands differ in type: {self.lhs.type} vs {self.rhs.type}"
            )
        if self.result.type != _mask_type(self.lhs.type):
            raise VerifyException(
                f"tile.cmp result must be {_mask_type(self.lhs.type)}, not {self.result.type}"
            )
        allowed = CMPF_COMPARISON_OPERATIONS if self.is_float else CMPI_COMPARISON_OPERATIONS
        kind = "float" if self.is_float else "integer"
        _check_keyword(self.predicate.data, allowed, f"tile.cmp on {kind}s: predicate")


@irdl_op_definition
class SelectOp(IRDLOperation):
    """Elementwise `cond ? lhs : rhs`: `arith.select` with a vector condition, which
    xDSL 0.75's arith does not accept.

    Example: `%r = tile.select %m, %a, %b : vector<256xi32>` (`%m : vector<256xi1>`)
    """

    name = "tile.select"

    cond = operand_def()
    lhs = operand_def()
    rhs = operand_def()
    result = result_def()

    traits = lazy_traits_def(lambda: (HasParent(KernelOp), Pure()))

    def __init__(self, cond: SSAValue, lhs: SSAValue, rhs: SSAValue) -> None:
        super().__init__(operands=[cond, lhs, rhs], result_types=[lhs.type])

    @classmethod
    def parse(cls, parser: Parser) -> SelectOp:
        cond, lhs, rhs = _parse_operand_list(parser, 3)
        attrs = _parse_attrs(parser)
        parser.parse_punctuation(":")
        type_ = parser.parse_type()
        op = cls(
            parser.resolve_operand(cond, _mask_type(type_)),
            parser.resolve_operand(lhs, type_),
            parser.resolve_operand(rhs, type_),
        )
        op.attributes |= attrs
        return op

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_list([self.cond, self.lhs, self.rhs], printer.print_operand)
        printer.print_op_attributes(self.attributes, print_keyword=True)
        printer.print_string(" : ")
        printer.print_attribute(self.result.type)

    def verify_(self) -> None:
        if not self.lhs.type == self.rhs.type == self.result.type:
            raise VerifyException(
                f"tile.select operands and result must share one type, got {self.lhs.type}, "
                f"{self.rhs.type} -> {self.result.type}"
            )
        if self.cond.type != _mask_type(self.lhs.type):
            raise VerifyException(
                f"tile.select condition must be {_mask_type(self.lhs.type)}, not {self.cond.type}"
            )


@irdl_op_definition
class MatmulOp(IRDLOperation):
    """One matrix multiply-accumulate micro-kernel call: `acc + a @ b`.

    `a` is m x k, `b` k x n, `acc` and the result m x n. `precision` names the MAC unit
    the device runs it on (a `matmul.macs_per_cycle` key). Integer operands accumulate
    exactly (wrapping in the accumulator's width); float ones add their exact products in
    the accumulator's precision in ascending k order. With `a_format`/`b_format` set to an
    MX format, `a` and `b` are the operand tiles packed as bytes (`sim.mx_tiles`: codes,
    then E8M0 scales per `block` elements along k), `mkn` gives the shape, and each
    block's exact dot product is scaled and added to `acc` in ascending k order.

    Example: `%r = tile.matmul %a, %b, %c {precision = "int16"} : vector<64x64xi16>,
    vector<64x64xi16>, vector<64x64xi32>`
    """

    name = "tile.matmul"

    a = operand_def()
    b = operand_def()
    acc = operand_def()
    result = result_def()
    precision = prop_def(StringAttr)
    a_format = opt_prop_def(StringAttr)
    b_format = opt_prop_def(StringAttr)
    block = opt_prop_def(IntegerAttr)
    mkn = opt_prop_def(DenseArrayBase)
    decode = opt_prop_def(StringAttr)
    """For plain operands whose elements the MAC unit lacks: the format they are widened
    from (bf16 on AIE1's fp32 MACs); it costs decode ops but does not change values."""

    traits = lazy_traits_def(lambda: (HasParent(KernelOp), Pure()))

    def __init__(
        self,
        a: SSAValue,
        b: SSAValue,
        acc: SSAValue,
        precision: str,
        mx: tuple[str, str, int, tuple[int, int, int]] | None = None,
        decode: str | None = None,
    ) -> None:
        properties: dict[str, Attribute] = {"precision": StringAttr(precision)}
        if decode is not None:
            properties["decode"] = StringAttr(decode)
        if mx is not None:
            a_format, b_format, block, mkn = mx
            properties |= {
                "a_format": StringAttr(a_format),
                "b_format": StringAttr(b_format),
                "block": IntegerAttr(block, 64),
                "mkn": DenseArrayBase.from_list(i64, list(mkn)),
            }
        super().__init__(operands=[a, b, acc], properties=properties, result_types=[acc.type])

    @classmethod
    def parse(cls, parser: Parser) -> MatmulOp:
        names = parser.parse_comma_separated_list(
            parser.Delimiter.NONE, parser.parse_unresolved_operand
        )
        parsed = parser.parse_optional_attr_dict()
        attrs = dict(parsed) if parsed else {}
        parser.parse_punctuation(":")
        types = parser.parse_comma_separated_list(parser.Delimiter.NONE, parser.parse_type)
        if len(names) != 3 or len(types) != 3:
            parser.raise_error("tile.matmul takes three operands (a, b, acc) and their types")
        values = [parser.resolve_operand(n, t) for n, t in zip(names, types, strict=True)]
        known = ("precision", "a_format", "b_format", "block", "mkn", "decode")
        op = cls.build(
            operands=values,
            result_types=[types[-1]],
            properties={k: v for k, v in attrs.items() if k in known},
        )
        op.attributes |= {k: v for k, v in attrs.items() if k not in known}
        return op

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_list([self.a, self.b, self.acc], printer.print_operand)
        printer.print_string(" ")
        printer.print_attr_dict({**self.properties, **self.attributes})
        printer.print_string(" : ")
        printer.print_list([self.a.type, self.b.type, self.acc.type], printer.print_attribute)

    @property
    def is_mx(self) -> bool:
        return self.a_format is not None

    def shape(self) -> tuple[int, int, int]:
        """(m, k, n) of the multiplication."""
        if self.mkn is not None:
            m, k, n = self.mkn.get_values()
            return int(m), int(k), int(n)
        a = shape_and_dtype(self.a.type)
        acc = shape_and_dtype(self.acc.type)
        assert a is not None
        assert acc is not None
        return a[0][0], a[0][1], acc[0][1]

    def verify_(self) -> None:
        if self.result.type != self.acc.type:
            raise VerifyException("tile.matmul result must have the accumulator's type")
        acc = shape_and_dtype(self.acc.type)
        if acc is None or len(acc[0]) != 2:
            raise VerifyException("tile.matmul accumulator must be a 2-D vector")
        if self.is_mx:
            self._verify_packed(acc[0])
            return
        a, b = shape_and_dtype(self.a.type), shape_and_dtype(self.b.type)
        if a is None or b is None or len(a[0]) != 2 or len(b[0]) != 2:
            raise VerifyException("tile.matmul operands must be 2-D vectors")
        (m, k), (kb, n), (mc, nc) = a[0], b[0], acc[0]
        if m != mc or n != nc or k != kb:
            raise VerifyException(
                f"tile.matmul shapes do not chain: a {m}x{k}, b {kb}x{n}, acc {mc}x{nc}"
            )

    def _verify_packed(self, acc: tuple[int, ...]) -> None:
        from sparta.sim.formats import FORMATS
        from sparta.sim.mx_tiles import tile_bytes

        if self.mkn is None or self.block is None or self.b_format is None:
            raise VerifyException("tile.matmul on MX tiles needs a_format, b_format, block, mkn")
        assert self.a_format is not None
        for fmt in (self.a_format.data, self.b_format.data):
            if fmt not in FORMATS or not FORMATS[fmt].block_scaled:
                raise VerifyException(f"tile.matmul: '{fmt}' is not an MX format")
        m, k, n = self.shape()
        if (m, n) != acc:
            raise VerifyException(f"tile.matmul accumulator {acc} is not {m}x{n}")
        block = self.block.value.data
        need = (
            tile_bytes(self.a_format.data, m, k, block, 1),
            tile_bytes(self.b_format.data, k, n, block, 0),
        )
        for operand, size, what in zip((self.a, self.b), need, ("a", "b"), strict=True):
            shape = shape_and_dtype(operand.type)
            if shape is None or shape[0] != (size,) or shape[1] != "i8":
                raise VerifyException(
                    f"tile.matmul packed {what} must be vector<{size}xi8>, not {operand.type}"
                )


@irdl_op_definition
class CastOp(IRDLOperation):
    """Elementwise arith cast (`extsi`, `sitofp`, ...) that xDSL 0.75 rejects on vectors.

    Example: `%f = tile.cast sitofp %a : vector<256xi32> to vector<256xf32>`
    """

    name = "tile.cast"

    kind = prop_def(StringAttr)
    input = operand_def()
    result = result_def()

    traits = lazy_traits_def(lambda: (HasParent(KernelOp), Pure()))

    def __init__(self, kind: str, input: SSAValue, result_type: Attribute) -> None:
        super().__init__(
            operands=[input], properties={"kind": StringAttr(kind)}, result_types=[result_type]
        )

    @classmethod
    def parse(cls, parser: Parser) -> CastOp:
        kind = parser.parse_identifier()
        operand = parser.parse_unresolved_operand()
        attrs = _parse_attrs(parser)
        parser.parse_punctuation(":")
        source = parser.parse_type()
        parser.parse_keyword("to")
        op = cls(kind, parser.resolve_operand(operand, source), parser.parse_type())
        op.attributes |= attrs
        return op

    def print(self, printer: Printer) -> None:
        printer.print_string(f" {self.kind.data} ")
        printer.print_operand(self.input)
        printer.print_op_attributes(self.attributes, print_keyword=True)
        printer.print_string(" : ")
        printer.print_attribute(self.input.type)
        printer.print_string(" to ")
        printer.print_attribute(self.result.type)

    def verify_(self) -> None:
        _check_keyword(self.kind.data, CAST_KINDS, "tile.cast kind")
        source = shape_and_dtype(self.input.type)
        target = shape_and_dtype(self.result.type)
        if source is None or target is None or source[0] != target[0]:
            raise VerifyException(
                f"tile.cast {self.kind.data} needs kernel values of one shape, got "
                f"{self.input.type} to {self.result.type}"
            )
        kind = self.kind.data
        want_float_in = kind in ("fptosi", "fptoui")
        want_float_out = kind in ("sitofp", "uitofp")
        from_float, to_float = source[1] in FLOAT_TYPES, target[1] in FLOAT_TYPES
        if from_float != want_float_in or to_float != want_float_out:
            raise VerifyException(f"tile.cast {kind} cannot convert {source[1]} to {target[1]}")


@irdl_op_definition
class ShapeCastOp(IRDLOperation):
    """`vector.shape_cast`, which xDSL 0.75 lacks: the same elements in another shape. The
    stencil lowering inserts the unit axes a lower-rank read (a coefficient row) needs
    before `vector.broadcast` stretches it.

    Example: `%c = tile.shape_cast %row : vector<64xf32> to vector<64x1xf32>`
    """

    name = "tile.shape_cast"

    source = operand_def(VectorType)
    result = result_def(VectorType)

    assembly_format = "$source attr-dict `:` type($source) `to` type($result)"

    traits = lazy_traits_def(lambda: (HasParent(KernelOp), Pure()))

    def __init__(self, source: SSAValue, result_type: VectorType) -> None:
        super().__init__(operands=[source], result_types=[result_type])

    def verify_(self) -> None:
        source, result = self.source.type, self.result.type
        assert isinstance(source, VectorType), "operand_def(VectorType) is verified first"
        assert isinstance(result, VectorType), "result_def(VectorType) is verified first"
        if source.element_type != result.element_type:
            raise VerifyException(
                f"tile.shape_cast keeps the element type, got {source} to {result}"
            )
        if prod(source.get_shape()) != prod(result.get_shape()):
            raise VerifyException(
                f"tile.shape_cast keeps the number of elements, got {source} to {result}"
            )


@irdl_op_definition
class YieldOp(IRDLOperation):
    """Ends a kernel body.

    Example: `tile.yield`
    """

    name = "tile.yield"

    traits = lazy_traits_def(lambda: (HasParent(KernelOp), IsTerminator()))

    assembly_format = "attr-dict"


@irdl_op_definition
class KernelOp(IRDLOperation):
    """A vector-op region over windows of held tokens, invoked by `tile.run`.

    Each argument is a window (`!tile.window<port count x token>`); the fifo behind it is
    bound by each run, so one kernel serves every core that runs it. The body holds
    `tile.read`/`tile.write`, arith and math ops on vectors or scalars, `vector.broadcast`,
    `tile.cmp`/`tile.select`/`tile.cast`/`tile.shape_cast`, and ends with `tile.yield`.

    Example:
        tile.kernel @scale(%in : !tile.window<consume 1 x memref<256xi32>>,
                           %out : !tile.window<produce 1 x memref<256xi32>>) {
          %v = tile.read %in[0, 0] : vector<256xi32>
          %c = arith.constant 7 : i32
          %s = vector.broadcast %c : i32 to vector<256xi32>
          %r = arith.muli %v, %s : vector<256xi32>
          tile.write %r, %out[0, 0] : vector<256xi32>
          tile.yield
        }
    """

    name = "tile.kernel"

    sym_name = prop_def(SymbolNameConstraint())
    body = region_def("single_block")

    traits = lazy_traits_def(
        lambda: (
            HasParent(ProgramOp),
            SymbolOpInterface(),
            IsolatedFromAbove(),
            SingleBlockImplicitTerminator(YieldOp),
        )
    )

    def __init__(self, name: str, body: Block) -> None:
        super().__init__(properties={"sym_name": StringAttr(name)}, regions=[Region(body)])

    @property
    def windows(self) -> tuple[WindowType, ...]:
        return tuple(_window_type(arg) for arg in self.body.block.args)

    @classmethod
    def parse(cls, parser: Parser) -> KernelOp:
        name = parser.parse_symbol_name().data
        args = parser.parse_comma_separated_list(
            parser.Delimiter.PAREN, lambda: parser.parse_argument(expect_type=True)
        )
        attrs = _parse_attrs(parser)
        region = parser.parse_region(args)
        op = cls.build(properties={"sym_name": StringAttr(name)}, regions=[region])
        op.attributes |= attrs
        return op

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_symbol_name(self.sym_name.data)
        with printer.in_parens():
            printer.print_list(self.body.block.args, printer.print_block_argument)
        printer.print_op_attributes(self.attributes, print_keyword=True)
        printer.print_string(" ")
        printer.print_region(self.body, print_entry_block_args=False)

    def verify_(self) -> None:
        what = f"kernel @{self.sym_name.data}"
        block = self.body.block
        if not block.args:
            raise VerifyException(f"{what} needs at least one window argument")
        for arg in block.args:
            if not isinstance(arg.type, WindowType):
                raise VerifyException(
                    f"{what}: argument {_window_name(arg)} must be a !tile.window, not {arg.type}"
                )
        for op in block.ops:
            _verify_kernel_op(op, what)


def _allowed_in_kernel(name: str) -> bool:
    return name in KERNEL_OPS or name.split(".", 1)[0] in KERNEL_DIALECTS


def _verify_kernel_op(op: Operation, what: str) -> None:
    """Kernel bodies hold only the allowed ops, on kernel value types, with no extra
    attributes: the simulator executes exactly what extraction records."""
    if not _allowed_in_kernel(op.name):
        raise VerifyException(
            f"{what}: '{op.name}' is not allowed in kernels (allowed: arith.*, math.*, "
            f"{', '.join(sorted(KERNEL_OPS))})"
        )
    if op.regions or len(op.results) > 1:
        raise VerifyException(f"{what}: '{op.name}' must have no regions and at most one result")
    if op.name in VECTOR_REPLACEMENTS and any(
        isinstance(operand.type, VectorType) for operand in op.operands
    ):
        raise VerifyException(
            f"{what}: '{op.name}' on vectors has an i1 result in xDSL 0.75; "
            f"use {VECTOR_REPLACEMENTS[op.name]}"
        )
    if op.attributes:
        raise VerifyException(
            f"{what}: '{op.name}' carries attributes {', '.join(op.attributes)}, "
            "which kernels do not model"
        )
    defaults = _property_defaults(op)
    for key, value in op.properties.items():
        if op.name.startswith("tile.") or key in SEMANTIC_PROPERTIES:
            continue
        if defaults.get(key) != value:
            raise VerifyException(
                f"{what}: '{op.name}' has {key} = {value}; kernels only model its default"
            )
    for value in (*op.results, *op.operands):
        if isinstance(value.type, WindowType):
            if op.name in ("tile.read", "tile.write", "tile.gather"):
                continue
            raise VerifyException(
                f"{what}: '{op.name}' uses window {_window_name(value)}; "
                "only tile.read, tile.write and tile.gather take windows"
            )
        if shape_and_dtype(value.type) is None:
            raise VerifyException(
                f"{what}: '{op.name}' has a value of type {value.type}; kernel values are "
                f"vectors or scalars of {', '.join(ELEMENT_TYPES)}"
            )


def _property_defaults(op: Operation) -> dict[str, Attribute | None]:
    if not isinstance(op, IRDLOperation):
        return {}
    definition = type(op).get_irdl_definition()
    return {
        key: getattr(prop, "default_value", None) for key, prop in definition.properties.items()
    }


# --- ops: cores --------------------------------------------------------------------------


def _core_tile(op: Operation) -> SSAValue:
    core = HasAncestor(CoreOp).get_ancestor(op)
    assert isinstance(core, CoreOp), "HasAncestor(CoreOp) is verified first"
    return core.tile


def _check_role(op: Operation, fifo: FifoOp, port: str) -> None:
    """A core acts on a fifo's produce port only as its producer, on consume as a consumer."""
    tile = _core_tile(op)
    name = f"@{fifo.sym_name.data}"
    if port == Port.PRODUCE.value and not fifo.is_producer(tile):
        raise VerifyException(
            f"{op.name}: core {_describe_tile(tile)} uses {name} on produce but does not "
            f"produce it (its producer is {_describe_tile(fifo.producer)})"
        )
    if port == Port.CONSUME.value and fifo.end_of(tile) is None:
        raise VerifyException(
            f"{op.name}: core {_describe_tile(tile)} uses {name} on consume but is not one "
            "of its consumers"
        )


class _FifoStepOp(IRDLOperation):
    """Shared shape of `tile.acquire` and `tile.release`: `@fifo port count`."""

    fifo = prop_def(SymbolRefAttr)
    port = prop_def(StringAttr)
    count = prop_def(IntegerAttr[I64])

    traits = lazy_traits_def(lambda: (HasAncestor(CoreOp),))

    def __init__(self, fifo: str, port: Port, count: int) -> None:
        super().__init__(
            properties={"fifo": _symbol(fifo), "port": _string(port.value), "count": _i64(count)}
        )

    @classmethod
    def parse(cls, parser: Parser) -> _FifoStepOp:
        fifo = parser.parse_symbol_name().data
        port = parser.parse_identifier()
        count = parser.parse_integer(allow_boolean=False)
        op = cls.build(
            properties={
                "fifo": SymbolRefAttr(fifo),
                "port": StringAttr(port),
                "count": _i64(count),
            }
        )
        op.attributes |= _parse_attrs(parser)
        return op

    def print(self, printer: Printer) -> None:
        printer.print_string(
            f" @{self.fifo.root_reference.data} {self.port.data} {self.count.value.data}"
        )
        printer.print_op_attributes(self.attributes, print_keyword=True)

    def verify_(self) -> None:
        _check_keyword(self.port.data, PORTS, f"{self.name} port")
        _check_positive(self.count.value.data, f"{self.name} count")

    def verify_symbol_uses(self, symbols: Symbols) -> None:
        _check_role(self, _resolve(symbols, self.fifo, FifoOp, "fifo"), self.port.data)


@irdl_op_definition
class AcquireOp(_FifoStepOp):
    """Hold `count` tokens of a fifo on a port (cumulative: held tokens count).

    Example: `tile.acquire @in0 consume 3`
    """

    name = "tile.acquire"


@irdl_op_definition
class ReleaseOp(_FifoStepOp):
    """Hand back the `count` oldest held tokens of a fifo on a port.

    Example: `tile.release @in0 consume 1`
    """

    name = "tile.release"


@irdl_op_definition
class RunOp(IRDLOperation):
    """Invoke a kernel on windows of fifos, one per kernel argument, in order.

    A window starts at the oldest token the core holds of its fifo, or `+ n` tokens
    later (then every fifo gives its offset), so one held window can serve several runs.

    `args` pass the kernel integers (`tile.arg`), each `[c, a0, a1, ...]` meaning
    `c + a0 * i0 + a1 * i1 + ...` over the counters of the enclosing `tile.loop`s
    (outermost first, each from 0).

    Example: `tile.run @lap(@in0, @lap0)` or `tile.run @lap(@in0 + 1, @lap0 + 0)` or
    `tile.run @k(@in0, @out0) args [[4, 1], [0, 0]]`
    """

    name = "tile.run"

    kernel = prop_def(SymbolRefAttr)
    fifos = prop_def(ArrayAttr[SymbolRefAttr])
    offsets = opt_prop_def(DenseArrayBase.constr(i64))
    args = opt_prop_def(ArrayAttr[DenseArrayBase])

    traits = lazy_traits_def(lambda: (HasAncestor(CoreOp),))

    def __init__(
        self,
        kernel: str,
        fifos: Sequence[str],
        offsets: Sequence[int] = (),
        args: Sequence[Sequence[int]] = (),
    ) -> None:
        properties: dict[str, Attribute] = {
            "kernel": _symbol(kernel),
            "fifos": ArrayAttr([_symbol(name) for name in fifos]),
        }
        if offsets:
            properties["offsets"] = _i64_array(offsets)
        if args:
            properties["args"] = ArrayAttr([_i64_array(arg) for arg in args])
        super().__init__(properties=properties)

    @property
    def window_offsets(self) -> tuple[int, ...]:
        """The offsets as given: empty, or one per fifo."""
        return self.offsets.get_values() if self.offsets is not None else ()

    @property
    def kernel_args(self) -> tuple[tuple[int, ...], ...]:
        """The integer arguments, each `(c, a0, a1, ...)`."""
        if self.args is None:
            return ()
        return tuple(
            tuple(int(v) for v in cast(DenseArrayBase[IntegerType], arg).get_values())
            for arg in self.args.data
        )

    def loop_depth(self) -> int:
        """How many `tile.loop`s enclose this run."""
        depth = 0
        parent = self.parent_op()
        while isinstance(parent, LoopOp):
            depth += 1
            parent = parent.parent_op()
        return depth

    @classmethod
    def parse(cls, parser: Parser) -> RunOp:
        kernel = parser.parse_symbol_name().data

        def parse_binding() -> tuple[str, int | None]:
            fifo = parser.parse_symbol_name().data
            if parser.parse_optional_punctuation("+") is None:
                return fifo, None
            return fifo, parser.parse_integer(allow_boolean=False)

        bindings = parser.parse_comma_separated_list(parser.Delimiter.PAREN, parse_binding)
        given = [offset for _, offset in bindings if offset is not None]
        offsets = [offset or 0 for _, offset in bindings] if given else []
        args: list[list[int]] = []
        if parser.parse_optional_characters("args") is not None:

            def parse_int() -> int:
                return parser.parse_integer(allow_boolean=False)

            def parse_arg() -> list[int]:
                return parser.parse_comma_separated_list(parser.Delimiter.SQUARE, parse_int)

            args = parser.parse_comma_separated_list(parser.Delimiter.SQUARE, parse_arg)
        op = cls(kernel, [fifo for fifo, _ in bindings], offsets, args)
        op.attributes |= _parse_attrs(parser)
        return op

    def print(self, printer: Printer) -> None:
        offsets = self.window_offsets
        names = [
            f"@{fifo.root_reference.data}" + (f" + {offsets[index]}" if offsets else "")
            for index, fifo in enumerate(self.fifos)
        ]
        printer.print_string(f" @{self.kernel.root_reference.data}({', '.join(names)})")
        if self.args is not None:
            listed = ", ".join(f"[{', '.join(map(str, arg))}]" for arg in self.kernel_args)
            printer.print_string(f" args [{listed}]")
        printer.print_op_attributes(self.attributes, print_keyword=True)

    def verify_(self) -> None:
        offsets = self.window_offsets
        name = f"tile.run @{self.kernel.root_reference.data}"
        if offsets and (len(offsets) != len(self.fifos) or min(offsets) < 0):
            raise VerifyException(f"{name}: give one non-negative offset per fifo, or none")
        depth = self.loop_depth()
        for arg in self.kernel_args:
            if len(arg) != depth + 1:
                raise VerifyException(
                    f"{name}: argument {list(arg)} needs a constant and one coefficient per "
                    f"enclosing tile.loop ({depth + 1} numbers)"
                )

    def verify_symbol_uses(self, symbols: Symbols) -> None:
        kernel = _resolve(symbols, self.kernel, KernelOp, "kernel")
        name = f"@{kernel.sym_name.data}"
        windows = kernel.windows
        if len(self.fifos) != len(windows):
            raise VerifyException(
                f"tile.run {name} binds {len(self.fifos)} fifos but the kernel has "
                f"{len(windows)} windows"
            )
        for index, (symbol, window) in enumerate(zip(self.fifos, windows, strict=True)):
            fifo = _resolve(symbols, symbol, FifoOp, "fifo")
            if fifo.token != window.token:
                raise VerifyException(
                    f"tile.run {name}: fifo @{fifo.sym_name.data} carries {fifo.token} but "
                    f"window #{index} of the kernel takes {window.token}"
                )
            _check_role(self, fifo, window.port.data)


@irdl_op_definition
class LoopOp(IRDLOperation):
    """Repeat the body `count` times.

    Example: `tile.loop 256 { ... }`
    """

    name = "tile.loop"

    count = prop_def(IntegerAttr[I64])
    body = region_def("single_block")

    traits = lazy_traits_def(lambda: (HasAncestor(CoreOp), NoTerminator()))

    def __init__(self, count: int, body: Sequence[Operation] = ()) -> None:
        super().__init__(properties={"count": _i64(count)}, regions=[Region(Block(body))])

    @classmethod
    def parse(cls, parser: Parser) -> LoopOp:
        count = parser.parse_integer(allow_boolean=False)
        attrs = _parse_attrs(parser)
        op = cls.build(properties={"count": _i64(count)}, regions=[_parse_body(parser)])
        op.attributes |= attrs
        return op

    def print(self, printer: Printer) -> None:
        printer.print_string(f" {self.count.value.data}")
        printer.print_op_attributes(self.attributes, print_keyword=True)
        _print_body(printer, self.body)

    def verify_(self) -> None:
        _check_positive(self.count.value.data, "tile.loop count")
        _verify_steps(self.body.block)


def _verify_steps(block: Block) -> None:
    for op in block.ops:
        if not isinstance(op, AcquireOp | ReleaseOp | RunOp | LoopOp):
            raise VerifyException(
                f"'{op.name}' is not a core step; cores hold tile.acquire, tile.release, "
                "tile.run and tile.loop"
            )


@irdl_op_definition
class CoreOp(IRDLOperation):
    """A compute tile's program: a loop nest of acquire, release and run steps.

    Example: `tile.core(%t) { tile.loop 256 { tile.acquire @in0 consume 3 ... } }`
    """

    name = "tile.core"

    tile = operand_def(TileType)
    body = region_def("single_block")

    traits = lazy_traits_def(lambda: (HasParent(ProgramOp), NoTerminator()))

    def __init__(self, tile: SSAValue, body: Sequence[Operation] = ()) -> None:
        super().__init__(operands=[tile], regions=[Region(Block(body))])

    @classmethod
    def parse(cls, parser: Parser) -> CoreOp:
        parser.parse_punctuation("(")
        tile = _parse_tile(parser)
        parser.parse_punctuation(")")
        attrs = _parse_attrs(parser)
        op = cls.build(operands=[tile], regions=[_parse_body(parser)])
        op.attributes |= attrs
        return op

    def print(self, printer: Printer) -> None:
        printer.print_string("(")
        printer.print_operand(self.tile)
        printer.print_string(")")
        printer.print_op_attributes(self.attributes, print_keyword=True)
        _print_body(printer, self.body)

    def verify_(self) -> None:
        _verify_steps(self.body.block)


# --- ops: the program ---------------------------------------------------------------------


@irdl_op_definition
class ProgramOp(IRDLOperation):
    """One lowered program for one device.

    `device` names a bundled device or a device TOML file; the optional `work` records
    what the source program computes, for throughput and roofline reports. Free-form
    string attributes record the chosen strategy, partition and placement. The verifier
    loads the device and runs `sparta.sim.validate.validate` on the extracted program.

    Example:
        tile.program @hdiff on "vck190" work(ops 960, bytes_in 800, bytes_out 384,
            dtype i32) attributes {strategy = "tri-core"} {
          %shim = tile.tile shim (2, 0)
          ...
        }
    """

    name = "tile.program"

    sym_name = prop_def(SymbolNameConstraint())
    device = prop_def(StringAttr)
    work = opt_prop_def(WorkAttr)
    body = region_def("single_block")

    traits = traits_def(SymbolOpInterface(), SymbolTable(), NoTerminator(), IsolatedFromAbove())

    def __init__(
        self,
        name: str,
        device: str,
        body: Sequence[Operation] = (),
        work: WorkAttr | None = None,
        attributes: dict[str, Attribute] | None = None,
    ) -> None:
        super().__init__(
            properties={"sym_name": StringAttr(name), "device": StringAttr(device), "work": work},
            attributes=attributes,
            regions=[Region(Block(body))],
        )

    @classmethod
    def parse(cls, parser: Parser) -> ProgramOp:
        name = parser.parse_symbol_name().data
        parser.parse_keyword("on")
        device = parser.parse_str_literal()
        work = None
        if parser.parse_optional_keyword("work"):
            parser.parse_punctuation("(")
            work = WorkAttr.parse_work(parser)
            parser.parse_punctuation(")")
        attrs = _parse_attrs(parser)
        op = cls.build(
            properties={"sym_name": StringAttr(name), "device": StringAttr(device), "work": work},
            regions=[_parse_body(parser)],
        )
        op.attributes |= attrs
        return op

    def print(self, printer: Printer) -> None:
        printer.print_string(" ")
        printer.print_symbol_name(self.sym_name.data)
        printer.print_string(" on ")
        printer.print_string_literal(self.device.data)
        if self.work is not None:
            printer.print_string(" work(")
            self.work.print_work(printer)
            printer.print_string(")")
        printer.print_op_attributes(self.attributes, print_keyword=True)
        _print_body(printer, self.body)

    def verify(self, verify_nested_ops: bool = True) -> None:
        """Verify the nested ops first, always: the program's checks (symbol uses, the
        device rules) read them, and a pre-order walk would reach this op before them."""
        super().verify(verify_nested_ops=True)

    def verify_(self) -> None:
        from sparta.dialects.tile_extract import extract_program  # it imports this module

        for key, value in self.attributes.items():
            if not isinstance(value, StringAttr):
                raise VerifyException(
                    f"program @{self.sym_name.data}: attribute '{key}' must be a string "
                    f"(it records strategy, partition or placement), not {value}"
                )
        self._verify_symbol_uses()
        coords = _declared_tiles(self)
        device = _load(self.device.data)
        try:
            for coord, declared in coords.items():
                actual = checked_kind(device, coord, "tile")
                if actual.value != declared:
                    raise VerifyException(
                        f"tile {coord} is declared {declared} but is a {actual.value} tile "
                        f"on {device.name}"
                    )
            validate(extract_program(self), device)
        except SpartaError as err:
            raise VerifyException(err.message) from None

    def _verify_symbol_uses(self) -> None:
        """Resolve every symbol use against one table; errors point at the using op."""
        symbols: Symbols = {
            op.sym_name.data: op
            for op in self.body.block.ops
            if isinstance(op, ExternalOp | FifoOp | KernelOp)
        }
        for op in self.walk():
            if not isinstance(op, SYMBOL_USERS):
                continue
            try:
                op.verify_symbol_uses(symbols)
            except VerifyException as err:
                op.emit_error(f"Operation does not verify: {err}", err)


def _declared_tiles(program: ProgramOp) -> dict[Coord, str]:
    """Each declared tile's coordinates and stated kind; each tile is declared once."""
    coords: dict[Coord, str] = {}
    for op in program.body.block.ops:
        if not isinstance(op, TileOp):
            continue
        if op.coord in coords:
            raise VerifyException(f"tile {op.coord} is declared more than once")
        coords[op.coord] = op.kind.data
    return coords


def _load(device: str) -> Device:
    try:
        return load_device(device)
    except SpartaError as err:
        raise VerifyException(f"cannot load device '{device}': {err.message}") from None


SYMBOL_USERS = (AcquireOp, ReleaseOp, RunOp, TransferOp, LinkOp)
"""Ops whose symbol references `tile.program` checks (`verify_symbol_uses`)."""


Tile = Dialect(
    "tile",
    [
        ProgramOp,
        TileOp,
        ExternalOp,
        FifoOp,
        KernelOp,
        ReadOp,
        WriteOp,
        CoordOp,
        GatherOp,
        CmpOp,
        SelectOp,
        CastOp,
        ShapeCastOp,
        MatmulOp,
        YieldOp,
        CoreOp,
        LoopOp,
        AcquireOp,
        ReleaseOp,
        RunOp,
        TransferOp,
        LinkOp,
    ],
    [TileType, WindowType, FifoEndAttr, AccessPatternAttr, WorkAttr],
)
