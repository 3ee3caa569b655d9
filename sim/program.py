"""`TileProgram`: a lowered tile-array program as plain, frozen data.

The compiler extracts it from the `tile` dialect; the simulator runs it. Nothing here
imports xDSL, so programs can also be built by hand in Python (calibration tests do).

Vocabulary (close to MLIR-AIE's objectFIFOs):
- A **fifo** carries a stream of **tokens** (n-d arrays of one shape and dtype) from one
  producer to one or more consumers. Each end holds a pool of `depth` token buffers.
  It is realized as neighbour **shared memory** when the producer and a consumer can both
  reach the pool's tile, otherwise as a **DMA** transfer over a stream route.
- A **core** runs a loop nest of `Acquire`, `Release` and `Run` steps. Acquire(n) makes the
  core hold n tokens of a fifo (cumulatively, like objectFIFO acquire); Release(m) hands
  back the m oldest. `Run` invokes a **kernel**: a small region of vector ops over the
  windows of held tokens of the fifos it binds, executed generically by the simulator.
- A **transfer** moves tokens between external memory (DDR, the program's arguments) and a
  fifo through a shim DMA channel, following a strided access pattern.
- A **link** forwards tokens through a tile's DMA (typically a memory tile): `forward`
  copies, `join` concatenates one token of each input into an output token, `distribute`
  splits an input token into one part per output.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from math import prod


class TileKind(StrEnum):
    """What a tile is: a core with local memory, a memory tile, or an I/O (shim) tile."""

    COMPUTE = "compute"
    MEMORY = "memory"
    SHIM = "shim"


@dataclass(frozen=True, order=True)
class Coord:
    """A tile position: column, row (row 0 is the shim row)."""

    col: int
    row: int

    def __str__(self) -> str:
        return f"({self.col},{self.row})"


DTYPE_BYTES = {"i8": 1, "i16": 2, "i32": 4, "i64": 8, "bf16": 2, "f16": 2, "f32": 4, "f64": 8}
"""Bytes per element of the element types tokens may carry (sub-byte formats are stored
packed in `u8` codes by the GEMM lowering, so they appear here as i8)."""


def dtype_bytes(dtype: str) -> int:
    """Bytes per element of a token dtype ('i1' booleans take a byte)."""
    return 1 if dtype in ("i1", "u8") else DTYPE_BYTES[dtype]


@dataclass(frozen=True)
class External:
    """A buffer in external memory: the entry function's argument `arg_index`.

    With a `margin` ((below, above) per dimension) the buffer holds the argument's array
    inside a border of zeros: `shape` is the padded shape. A mapping pads a field it
    reads beyond its bounds (points whose values nothing keeps: the far side of a combine,
    the part of a pencil outside a smaller store); the host allocates the padded buffer.
    """

    name: str
    arg_index: int
    shape: tuple[int, ...]
    dtype: str
    margin: tuple[tuple[int, int], ...] = ()

    @property
    def elements(self) -> int:
        return prod(self.shape)

    @property
    def argument_shape(self) -> tuple[int, ...]:
        """The shape of the argument's own array (the buffer without its margin)."""
        if not self.margin:
            return self.shape
        return tuple(n - lo - hi for n, (lo, hi) in zip(self.shape, self.margin, strict=True))


class Via(StrEnum):
    """How tokens reach a consumer: directly in shared memory, or by DMA over streams."""

    SHARED = "shared"
    DMA = "dma"


@dataclass(frozen=True)
class FifoEnd:
    """One consumer end of a fifo.

    `SHARED`: the consumer reads the producer-side pool in place (its tile must reach the
    fifo's `pool_tile`). `DMA`: tokens arrive after `hops` stream-switch hops on S2MM
    `channel` of `landing` (the consumer's own tile when None, or a neighbour whose memory
    the consumer reaches), into a pool of `depth` buffers there. DMA ends of one fifo that
    name the same landing tile and channel share that pool: each token lands once and
    every one of them reads it there (so they give the same depth). With a `packet` id, the
    tokens travel packet-switched: several fifos with distinct ids may then share that
    S2MM channel (and the stream ports on the way), one packet (token, plus a header
    word) at a time; the id selects each fifo's buffer descriptor at the channel.
    """

    tile: Coord
    via: Via
    depth: int = 0
    channel: int | None = None
    hops: int = 0
    landing: Coord | None = None
    packet: int | None = None

    @property
    def pool_tile(self) -> Coord:
        """Where this end's DMA pool lives (and whose S2MM channel fills it)."""
        return self.landing if self.landing is not None else self.tile


@dataclass(frozen=True)
class Fifo:
    """A stream of tokens from one producer to one or more consumers."""

    name: str
    producer: Coord
    pool_tile: Coord
    """Where the producer-side pool lives: the producer's tile or a memory it can reach
    (shared-memory consumers must reach it too). Shim producers have no pool (DDR)."""
    consumers: tuple[FifoEnd, ...]
    token_shape: tuple[int, ...]
    dtype: str
    depth: int
    """Buffers in the producer-side pool."""
    channel: int | None = None
    """MM2S channel of `pool_tile` that sends to the DMA consumers, if any."""

    @property
    def token_elements(self) -> int:
        return prod(self.token_shape)

    @property
    def token_bytes(self) -> int:
        return self.token_elements * dtype_bytes(self.dtype)

    @property
    def uses_dma(self) -> bool:
        return any(end.via is Via.DMA for end in self.consumers)

    @property
    def packet_channel(self) -> tuple[Coord, int] | None:
        """The (tile, S2MM channel) this fifo's packets merge into, if it is packet-switched
        (its one dma end carries a packet id)."""
        ends = [end for end in self.consumers if end.via is Via.DMA]
        if len(ends) == 1 and ends[0].packet is not None and ends[0].channel is not None:
            return (ends[0].pool_tile, ends[0].channel)
        return None

    def end(self, tile: Coord) -> FifoEnd:
        """The consumer end at `tile`."""
        for end in self.consumers:
            if end.tile == tile:
                return end
        raise KeyError(f"fifo {self.name} has no consumer at {tile}")


class Port(StrEnum):
    """Which side of a fifo a core acts on."""

    PRODUCE = "produce"
    CONSUME = "consume"


@dataclass(frozen=True)
class Acquire:
    """Hold `count` tokens of `fifo` on `port` (cumulative: already held ones count)."""

    fifo: str
    port: Port
    count: int


@dataclass(frozen=True)
class Release:
    """Hand back the `count` oldest held tokens of `fifo` on `port`."""

    fifo: str
    port: Port
    count: int


Affine = tuple[int, ...]
"""An integer of a core's loop nest: `(c, a_0, ..., a_{n-1})` is `c + sum(a_l * i_l)`, where
`i_l` counts the iterations of the `l`-th enclosing `Loop` (outermost first) from 0."""


def affine_value(arg: Affine, ivs: tuple[int, ...]) -> int:
    """The value of `arg` at loop counters `ivs` (outermost first)."""
    return arg[0] + sum(a * i for a, i in zip(arg[1:], ivs, strict=True))


@dataclass(frozen=True)
class Run:
    """Invoke `kernel` on windows of `fifos`, one per kernel operand, in order.

    Operand i's window starts `offsets[i]` tokens after the oldest token the core holds
    of that fifo (so one held window can serve several kernels that need parts of it).
    `args` are integers the kernel reads with `tile.arg` (as a core passes a kernel
    function its loop counters, e.g. the coordinates of the row it computes); each is an
    `Affine` of the enclosing loops, so a loop of calls stays one `Run`.
    """

    kernel: str
    fifos: tuple[str, ...]
    offsets: tuple[int, ...] = ()
    args: tuple[Affine, ...] = ()

    def offset(self, operand: int) -> int:
        return self.offsets[operand] if self.offsets else 0


@dataclass(frozen=True)
class Loop:
    """Repeat `body` `count` times."""

    count: int
    body: tuple[Step, ...]


Step = Acquire | Release | Run | Loop


@dataclass(frozen=True)
class KernelOperand:
    """A window a kernel reads or writes: `window` held tokens of a fifo on `port`.

    The fifo is bound by each `Run`, so one kernel serves every core that runs it.
    """

    port: Port
    window: int
    token_shape: tuple[int, ...]
    dtype: str


@dataclass(frozen=True)
class KernelOp:
    """One vector op of a kernel, in SSA form over value ids.

    `opcode` is an MLIR op name (`arith.addi`, `math.sqrt`, `vector.broadcast`) or one of
    sparta's: `tile.read` (attrs: operand, token, start; result shape = `shape`),
    `tile.write` (operand 0 = value; attrs: operand, token, start), `tile.matmul`.
    `shape` and `dtype` describe the result; `attrs` are hashable (key, value) pairs.
    """

    opcode: str
    operands: tuple[int, ...]
    result: int | None
    shape: tuple[int, ...]
    dtype: str
    attrs: tuple[tuple[str, object], ...] = ()

    def attr(self, key: str) -> object:
        for name, value in self.attrs:
            if name == key:
                return value
        raise KeyError(f"{self.opcode} has no attribute '{key}'")

    def int_attr(self, key: str) -> int:
        value = self.attr(key)
        if not isinstance(value, int):
            raise TypeError(f"{self.opcode} attribute '{key}' is not an integer: {value!r}")
        return value

    def ints_attr(self, key: str) -> tuple[int, ...]:
        value = self.attr(key)
        if not isinstance(value, (tuple, list)):
            raise TypeError(f"{self.opcode} attribute '{key}' is not a tuple: {value!r}")
        return tuple(int(v) for v in value)


@dataclass(frozen=True)
class Kernel:
    """A vector-op region invoked by `Run`; shared by every core that runs it."""

    name: str
    operands: tuple[KernelOperand, ...]
    ops: tuple[KernelOp, ...]


@dataclass(frozen=True)
class Core:
    """A compute tile's program."""

    tile: Coord
    body: tuple[Step, ...]


@dataclass(frozen=True)
class AccessPattern:
    """Elements `offset + sum(i_d * strides[d])` for i in the box `sizes`, row-major.

    Consecutive runs of `token elements` elements form the tokens of the stream.
    """

    offset: int
    sizes: tuple[int, ...]
    strides: tuple[int, ...]

    @property
    def elements(self) -> int:
        return prod(self.sizes)


class Direction(StrEnum):
    """MM2S reads external memory into the array; S2MM writes array results out."""

    MM2S = "mm2s"
    S2MM = "s2mm"


class Interface(StrEnum):
    """How an interface tile moves a transfer's data: its shim DMA channels (to external
    memory through the NoC), or streams from and to data movers in programmable logic.
    The values are also the GEMM passes' and `--gemm-io`'s names for the two."""

    SHIM = "shim"
    PL = "pl"


@dataclass(frozen=True)
class Transfer:
    """External data into a fifo's producer end or out of a consumer end at an interface
    (shim) tile: DMA tasks on a shim DMA channel, or a PL stream (`interface`)."""

    fifo: str
    external: str
    direction: Direction
    shim: Coord
    channel: int
    """The shim DMA channel, or with `Interface.PL` the tile's PL stream index."""
    patterns: tuple[AccessPattern, ...]
    """Processed in order: one DMA task each, or back to back on a PL stream."""
    interface: Interface = Interface.SHIM

    @property
    def pl(self) -> bool:
        return self.interface is Interface.PL


class LinkMode(StrEnum):
    """How a link maps input tokens to output tokens."""

    FORWARD = "forward"
    JOIN = "join"
    DISTRIBUTE = "distribute"


@dataclass(frozen=True)
class Link:
    """Tokens forwarded through `tile`'s DMA from `inputs` to `outputs`."""

    tile: Coord
    inputs: tuple[str, ...]
    outputs: tuple[str, ...]
    mode: LinkMode


@dataclass(frozen=True)
class Work:
    """The source program's work for one run, independent of how it is mapped.

    `ops` counts the source program's arithmetic ops per output point times the output
    points (recomputation a mapping adds does not count); `bytes_in`/`bytes_out` are the
    external data the program must read and write at least once; `dtype` is the element
    type its arithmetic runs in; `matmul_precision` is set for GEMMs.
    """

    ops: int
    bytes_in: int
    bytes_out: int
    dtype: str
    matmul_precision: str | None = None


@dataclass(frozen=True)
class TileProgram:
    """A complete lowered program for one device."""

    name: str
    device: str
    externals: tuple[External, ...]
    fifos: tuple[Fifo, ...]
    kernels: tuple[Kernel, ...]
    cores: tuple[Core, ...]
    transfers: tuple[Transfer, ...]
    links: tuple[Link, ...] = ()
    work: Work | None = None
    """What the source program computes, for throughput and roofline; None for
    hand-written programs that do not say."""
    attributes: tuple[tuple[str, str], ...] = ()
    """The chosen partition, placement and strategy, as the IR prints them."""
    _index: dict[str, object] = field(default_factory=dict, init=False, compare=False, repr=False)

    def fifo(self, name: str) -> Fifo:
        return self._lookup("fifo", name, self.fifos)  # type: ignore[return-value]

    def kernel(self, name: str) -> Kernel:
        return self._lookup("kernel", name, self.kernels)  # type: ignore[return-value]

    def external(self, name: str) -> External:
        return self._lookup("external", name, self.externals)  # type: ignore[return-value]

    def _lookup(self, kind: str, name: str, items: tuple[object, ...]) -> object:
        key = f"{kind}:{name}"
        if not self._index:
            for collection, label in (
                (self.fifos, "fifo"),
                (self.kernels, "kernel"),
                (self.externals, "external"),
            ):
                for item in collection:
                    self._index[f"{label}:{item.name}"] = item
        try:
            return self._index[key]
        except KeyError:
            raise KeyError(f"no {kind} named '{name}' in program {self.name}") from None
