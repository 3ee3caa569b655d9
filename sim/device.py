"""Device models: one TOML file per device, validated into frozen dataclasses.

Every hardware fact sparta uses (array shape, memories, lanes, MAC rates, ports, DMA
channels, bandwidths, latencies, clock) lives in a device file; passes, the cost model and
the simulator receive a `Device`. Each figure in the file is written as
`key = { value = ..., source = "..." }` or `{ value = ..., assumption = "..." }`, so every
number says where it comes from. Key names carry their units (`_bytes`, `_hz`, `_cycles`).

Bundled devices: `vck190` (AIE1, XCVC1902), `npu1` (AIE2, Phoenix), `npu2` (AIE2P, Strix).
Users can pass the path of their own TOML file with the same schema.

An optional `[pl]` section gives the array's streams to and from programmable logic
(devices without PL omit it). They are used only when a program asks for them (a GEMM
compiled with `io = "pl"`): PL data movers are part of the user's system, not the array.

A device file may also list `[[published]]` measurements of hand-written designs on that
device (design, format, TOPS and the clock they ran at); GEMM reports print them beside
sparta's own figure, as fractions of the peak at each design's clock.
"""

from __future__ import annotations

import difflib
import tomllib
from dataclasses import dataclass, fields
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, get_type_hints

from sparta.sim.errors import DeviceModelError, SourceLocation, UsageError
from sparta.sim.formats import FORMATS
from sparta.sim.program import Coord, TileKind

BUNDLED = ("vck190", "npu1", "npu2")
DTYPES = ("i8", "i16", "i32", "bf16", "f32")
NEIGHBOUR_RULES = ("aie1-checkerboard", "aie2")
POSITIVE = (
    "core.local_memory_bytes",
    "core.load_ports",
    "core.load_port_bits",
    "core.store_ports",
    "core.store_port_bits",
    "core.vector_ops_per_cycle",
    "dma.channel_bytes_per_cycle",
    "dma.shim_channel_bytes_per_cycle",
    "stream.port_bits",
)
"""Figures the models divide by: zero is not a device, it is a typo."""


@dataclass(frozen=True)
class ArrayFacts:
    """The 2-D array: which rows hold which tiles, and where the DMA shims are."""

    columns: int
    compute_rows: tuple[int, ...]
    memory_tile_rows: tuple[int, ...]
    shim_row: int
    shim_dma_columns: tuple[int, ...]
    neighbour_rule: str
    """`aie1-checkerboard`: a core reaches its own, north and south memories, plus the
    east one on even rows or the west one on odd rows. `aie2`: own, west, north, south."""
    clock_hz: float


@dataclass(frozen=True)
class CoreFacts:
    """One compute tile: local memory, load/store ports, vector lanes, overheads."""

    local_memory_bytes: int
    memory_banks: int
    stack_bytes: int
    load_ports: int
    load_port_bits: int
    store_ports: int
    store_port_bits: int
    vector_ops_per_cycle: int
    alu_lanes: dict[str, int]
    """Elements per cycle of add/sub/compare/select/logic/shift/min/max, per dtype."""
    mul_lanes: dict[str, int]
    """Elements per cycle of elementwise multiply (and multiply-accumulate), per dtype."""
    emulated_op_cycles: dict[str, int]
    """Vector-slot cycles per vector chunk of ops the hardware lacks (division, square
    root, transcendentals), emulated by sequences of native ops."""
    kernel_overhead_cycles: int
    """Per kernel invocation: loop set-up, software-pipeline prologue and epilogue."""
    loop_iteration_cycles: int
    """Per iteration of a core-level loop: branch and address updates."""
    lock_cycles: int
    """An uncontested lock acquire or release."""


@dataclass(frozen=True)
class MatmulFacts:
    """Matrix-multiply micro-kernel rates per operand precision (0 = not native)."""

    macs_per_cycle: dict[str, int]
    micro_tile: dict[str, tuple[int, int, int]]
    """The (r, s, t) shape of one MAC instruction per precision (A r x s, B s x t)."""
    inner_loop_overhead_cycles: int
    """Per inner accumulation loop of the micro-kernel (one per 2 x 2 block of micro-tiles
    of the output): software-pipeline fill and drain."""
    format_precision: dict[str, str]
    """The MAC precision each quantized format runs on (`macs_per_cycle` key): the format
    itself where the hardware has it, otherwise the precision its elements are decoded to
    exactly (e.g. FP4 E2M1 to int8 in units of 0.5, FP8 to bf16)."""
    decode_ops_per_element: dict[str, int]
    """Vector ops per operand element to decode a format's codes into its precision."""
    block_scale_ops_per_output: int
    """Vector ops per output element per MX block to apply block scales when the MAC unit
    sums a block in integers (convert the partial sum, multiply-add with the scale)."""


@dataclass(frozen=True)
class MemoryTileFacts:
    """Memory tiles (AIE2 and later); all zero on devices without them."""

    bytes: int
    dma_s2mm_channels: int
    dma_mm2s_channels: int
    locks: int
    bytes_per_cycle_per_channel: int


@dataclass(frozen=True)
class DmaFacts:
    """Tile and shim DMA channels and their costs."""

    tile_s2mm_channels: int
    tile_mm2s_channels: int
    shim_s2mm_channels: int
    shim_mm2s_channels: int
    channel_bytes_per_cycle: int
    shim_channel_bytes_per_cycle: int
    bd_overhead_cycles: int
    """Per token (buffer descriptor) on tile DMAs."""
    shim_task_overhead_cycles: int
    """Per shim DMA task (one access pattern)."""
    shim_cold_start_cycles: int
    """Once per shim channel, before its first task."""
    buffer_descriptors: int


@dataclass(frozen=True)
class StreamFacts:
    """The circuit-switched stream network."""

    port_bits: int
    north_lanes: int
    south_lanes: int
    east_lanes: int
    west_lanes: int
    hop_latency_cycles: int


@dataclass(frozen=True)
class PlFacts:
    """Streams between the programmable logic and the array interface tiles."""

    stream_columns: tuple[int, ...]
    """Interface-tile columns with PL streams."""
    streams_in: int
    """PL-to-array streams per column."""
    streams_out: int
    """Array-to-PL streams per column."""
    stream_bytes_per_cycle: int
    """Per stream, at the array clock."""


NO_PL = PlFacts((), 0, 0, 0)
"""The `pl` facts of a device without programmable logic."""


@dataclass(frozen=True)
class LockFacts:
    """Hardware locks that implement fifo synchronization."""

    per_tile: int
    counting: bool
    """AIE2 locks are counting semaphores (two per fifo end); AIE1 locks are binary (one
    per buffer)."""


@dataclass(frozen=True)
class PublishedFigure:
    """A published GEMM throughput on this device, to compare sparta's against."""

    design: str
    format: str
    """The GEMM's operand format (a `sim.formats` name, e.g. 'int8')."""
    tops: float
    clock_hz: float
    """The AI Engine clock the design ran at (it may differ from the device file's)."""


@dataclass(frozen=True)
class Device:
    """A validated device model; `sources` maps `section.key` to where its value is from."""

    name: str
    generation: str
    description: str
    path: str
    array: ArrayFacts
    core: CoreFacts
    matmul: MatmulFacts
    memory_tile: MemoryTileFacts
    dma: DmaFacts
    stream: StreamFacts
    locks: LockFacts
    sources: dict[str, str]
    published: tuple[PublishedFigure, ...] = ()
    pl: PlFacts = NO_PL

    def __hash__(self) -> int:
        return hash((self.name, self.path))

    # --- geometry -----------------------------------------------------------------

    def kind(self, tile: Coord) -> TileKind | None:
        """The kind of tile at `tile`, or None outside the array."""
        if not 0 <= tile.col < self.array.columns:
            return None
        if tile.row == self.array.shim_row:
            return TileKind.SHIM
        if tile.row in self.array.memory_tile_rows:
            return TileKind.MEMORY
        if tile.row in self.array.compute_rows:
            return TileKind.COMPUTE
        return None

    def compute_tiles(self) -> list[Coord]:
        """Every compute tile, column-major."""
        return [
            Coord(col, row) for col in range(self.array.columns) for row in self.array.compute_rows
        ]

    def shim_tiles(self) -> list[Coord]:
        """Shim tiles that have DMA channels to external memory."""
        return [Coord(col, self.array.shim_row) for col in self.array.shim_dma_columns]

    def pl_tiles(self) -> list[Coord]:
        """Interface tiles that have streams to and from the programmable logic."""
        return [Coord(col, self.array.shim_row) for col in self.pl.stream_columns]

    def memory_tiles(self) -> list[Coord]:
        return [
            Coord(col, row)
            for col in range(self.array.columns)
            for row in self.array.memory_tile_rows
        ]

    def reachable_memories(self, core: Coord) -> list[Coord]:
        """Compute tiles whose data memory the core at `core` can load and store directly."""
        candidates = [core, Coord(core.col, core.row + 1), Coord(core.col, core.row - 1)]
        if self.array.neighbour_rule == "aie1-checkerboard":
            side = 1 if core.row % 2 == 0 else -1
            candidates.append(Coord(core.col + side, core.row))
        else:
            candidates.append(Coord(core.col - 1, core.row))
        return [c for c in candidates if self.kind(c) is TileKind.COMPUTE]

    def can_share(self, a: Coord, b: Coord) -> Coord | None:
        """A tile whose memory both cores reach (preferring `b`'s own), or None."""
        reach_a = self.reachable_memories(a)
        for tile in (b, a, *self.reachable_memories(b)):
            if tile in reach_a and tile in self.reachable_memories(b):
                return tile
        return None

    # --- rates --------------------------------------------------------------------

    @property
    def load_bytes_per_cycle(self) -> int:
        return self.core.load_ports * self.core.load_port_bits // 8

    @property
    def store_bytes_per_cycle(self) -> int:
        return self.core.store_ports * self.core.store_port_bits // 8

    def peak_ops_per_cycle(self, dtype: str) -> int:
        """Peak arithmetic ops per cycle of one tile for elementwise code in `dtype`.

        One vector instruction issues per cycle; a multiply-accumulate counts as two ops
        at the multiplier's lane count, other ops as one at the ALU's. The peak is the
        better of the two.
        """
        mul = 2 * self.core.mul_lanes.get(dtype, 0)
        alu = self.core.alu_lanes.get(dtype, 0)
        return max(mul, alu) * self.core.vector_ops_per_cycle

    @property
    def shim_channels_in(self) -> int:
        return len(self.array.shim_dma_columns) * self.dma.shim_mm2s_channels

    @property
    def shim_channels_out(self) -> int:
        return len(self.array.shim_dma_columns) * self.dma.shim_s2mm_channels

    @property
    def pl_streams_in(self) -> int:
        return len(self.pl.stream_columns) * self.pl.streams_in

    @property
    def pl_streams_out(self) -> int:
        return len(self.pl.stream_columns) * self.pl.streams_out


# --- loading ------------------------------------------------------------------------

_SECTIONS: dict[str, type] = {
    "array": ArrayFacts,
    "core": CoreFacts,
    "matmul": MatmulFacts,
    "memory_tile": MemoryTileFacts,
    "dma": DmaFacts,
    "stream": StreamFacts,
    "locks": LockFacts,
}


def load_device(spec: str) -> Device:
    """A bundled device by name, or a device TOML file by path."""
    if spec in BUNDLED:
        return _load_bundled(spec)
    path = Path(spec)
    if path.suffix != ".toml":
        raise UsageError(
            f"unknown target '{spec}': use one of {', '.join(BUNDLED)} or a .toml file"
        )
    if not path.is_file():
        raise UsageError(f"cannot read device file '{spec}': no such file")
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise DeviceModelError(
            f"cannot read device file: {err.strerror or err}", SourceLocation(spec)
        ) from None
    except UnicodeDecodeError as err:
        raise DeviceModelError(
            f"not UTF-8 text (byte 0x{err.object[err.start]:02x} at offset {err.start})",
            SourceLocation(spec),
        ) from None
    return parse_device(text, str(path))


@cache
def _load_bundled(name: str) -> Device:
    text = resources.files("sparta.sim").joinpath("devices", f"{name}.toml").read_text()
    return parse_device(text, f"<bundled>/{name}.toml")


def parse_device(text: str, path: str) -> Device:
    """Validate device TOML text; errors name the file and the offending key."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise DeviceModelError(f"not valid TOML: {err}", SourceLocation(path)) from None
    reader = _Reader(path, text)
    header = reader.table(data, "device")
    name = reader.text(header, "device", "name")
    generation = reader.text(header, "device", "generation")
    description = reader.text(header, "device", "description")
    reader.no_extra(header, "device", {"name", "generation", "description"})
    reader.no_extra(data, "", {"device", "published", "pl", *_SECTIONS})
    sections = {key: reader.section(data, key, cls) for key, cls in _SECTIONS.items()}
    pl = reader.section(data, "pl", PlFacts) if "pl" in data else NO_PL
    device = Device(
        name=name,
        generation=generation,
        description=description,
        path=path,
        sources=reader.sources,
        published=_published(reader, data.get("published", [])),
        pl=pl,
        **sections,
    )
    _check_consistency(device, reader)
    return device


def _published(reader: _Reader, entries: Any) -> tuple[PublishedFigure, ...]:
    """The `[[published]]` tables: names as text, figures with their sources."""
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise reader.fail("published", "write each measurement as a [[published]] table")
    figures = []
    for index, entry in enumerate(entries):
        reader.no_extra(entry, "published", {"design", "format", "tops", "clock_hz"})
        design = reader.text(entry, "published", "design")
        fmt = reader.text(entry, "published", "format")
        if fmt not in FORMATS:
            raise reader.fail(
                "published.format", f"unknown format '{fmt}' (one of {', '.join(FORMATS)})"
            )
        for key in ("tops", "clock_hz"):
            if key not in entry:
                raise reader.fail(f"published.{key}", f"missing key (in '{design}')")
        tops = reader.figure("published.tops", entry["tops"], float)
        clock = reader.figure("published.clock_hz", entry["clock_hz"], float)
        for key in ("tops", "clock_hz"):  # keyed by entry, not by the first one's line
            reader.sources[f"published[{index}].{key}"] = reader.sources.pop(f"published.{key}")
        figures.append(PublishedFigure(design, fmt, tops, clock))
    return tuple(figures)


class _Reader:
    """Reads `{ value, source | assumption }` entries and type-checks them."""

    def __init__(self, path: str, text: str = "") -> None:
        self.path = path
        self.lines = text.splitlines()
        self.sources: dict[str, str] = {}

    def fail(self, key: str, message: str) -> DeviceModelError:
        return DeviceModelError(f"{key}: {message}", self.location_of(key))

    def location_of(self, key: str) -> SourceLocation:
        """Where the file sets `section.name` (or opens the section), when it does."""
        section, _, name = key.partition(".")
        current, header = "", SourceLocation(self.path)
        for number, line in enumerate(self.lines, 1):
            stripped = line.strip()
            here = SourceLocation(self.path, number, len(line) - len(line.lstrip()) + 1)
            if stripped.startswith("["):
                current = stripped.strip("[] ")
                header = here if current == section and header.line is None else header
            elif current == section and name and stripped.split("=")[0].strip() == name:
                return here
        return header

    def table(self, data: dict[str, Any], key: str) -> dict[str, Any]:
        value = data.get(key)
        if not isinstance(value, dict):
            raise self.fail(key, f"missing section [{key}]")
        return value

    def text(self, table: dict[str, Any], section: str, key: str) -> str:
        value = table.get(key)
        if not isinstance(value, str) or not value:
            raise self.fail(f"{section}.{key}", "missing or not a string")
        return value

    def no_extra(self, table: dict[str, Any], section: str, known: set[str]) -> None:
        for key in table:
            if key not in known:
                close = difflib.get_close_matches(key, sorted(known), n=1)
                hint = f"; did you mean '{close[0]}'?" if close else ""
                where = f"{section}.{key}" if section else key
                raise self.fail(where, f"unknown key{hint}")

    def section(self, data: dict[str, Any], key: str, cls: type) -> Any:
        table = self.table(data, key)
        hints = get_type_hints(cls)
        names = {f.name for f in fields(cls)}
        self.no_extra(table, key, names)
        values = {}
        for name in names:
            full = f"{key}.{name}"
            if name not in table:
                raise self.fail(full, "missing key")
            values[name] = self.figure(full, table[name], hints[name])
        return cls(**values)

    def figure(self, key: str, entry: Any, hint: Any) -> Any:
        if not isinstance(entry, dict) or "value" not in entry:
            raise self.fail(key, 'write it as { value = ..., source = "..." }')
        provenance = entry.get("source") or entry.get("assumption")
        if not isinstance(provenance, str) or not provenance.strip():
            raise self.fail(key, "give a non-empty 'source' or 'assumption' for this figure")
        extra = set(entry) - {"value", "source", "assumption"}
        if extra:
            raise self.fail(key, f"unknown field(s) {', '.join(sorted(extra))}")
        kind = "assumption" if "assumption" in entry else "source"
        self.sources[key] = f"{kind}: {provenance}"
        return self.convert(key, entry["value"], hint)

    def convert(self, key: str, value: Any, hint: Any) -> Any:
        text = str(hint)
        if hint is bool:
            if not isinstance(value, bool):
                raise self.fail(key, f"expected true or false, got {value!r}")
            return value
        if hint is int:
            if isinstance(value, bool) or not isinstance(value, int):
                raise self.fail(key, f"expected an integer, got {value!r}")
            if value < 0:
                raise self.fail(key, f"must not be negative (got {value})")
            return value
        if hint is float:
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise self.fail(key, f"expected a number, got {value!r}")
            if value <= 0:
                raise self.fail(key, f"must be positive (got {value})")
            return float(value)
        if hint is str:
            if not isinstance(value, str):
                raise self.fail(key, f"expected a string, got {value!r}")
            return value
        if text.startswith("tuple[int"):
            if not isinstance(value, list) or not all(
                isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in value
            ):
                raise self.fail(key, f"expected a list of non-negative integers, got {value!r}")
            return tuple(value)
        if text.startswith("dict[str, tuple"):
            if not isinstance(value, dict):
                raise self.fail(key, f"expected a table, got {value!r}")
            out = {}
            for k, v in value.items():
                if not (isinstance(v, list) and len(v) == 3 and all(isinstance(x, int) for x in v)):
                    raise self.fail(f"{key}.{k}", f"expected [r, s, t], got {v!r}")
                out[k] = tuple(v)
            return out
        if text.startswith("dict[str, str]"):
            if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
                raise self.fail(key, f"expected a table of strings, got {value!r}")
            return dict(value)
        if text.startswith("dict[str, int]"):
            if not isinstance(value, dict):
                raise self.fail(key, f"expected a table of integers, got {value!r}")
            out_int: dict[str, int] = {}
            for k, v in value.items():
                if isinstance(v, bool) or not isinstance(v, int) or v < 0:
                    raise self.fail(f"{key}.{k}", f"expected a non-negative integer, got {v!r}")
                out_int[k] = v
            return out_int
        raise self.fail(key, f"unsupported field type {hint}")


def _check_consistency(device: Device, reader: _Reader) -> None:
    """Cross-field rules: rows are disjoint, lanes cover the dtypes, rules are known."""
    array = device.array
    if array.neighbour_rule not in NEIGHBOUR_RULES:
        raise reader.fail("array.neighbour_rule", f"must be one of {', '.join(NEIGHBOUR_RULES)}")
    if array.columns == 0 or not array.compute_rows:
        raise reader.fail("array.columns", "the array needs columns and compute rows")
    rows = [array.shim_row, *array.memory_tile_rows, *array.compute_rows]
    if len(set(rows)) != len(rows):
        raise reader.fail("array.compute_rows", "shim, memory-tile and compute rows overlap")
    for col in array.shim_dma_columns:
        if col >= array.columns:
            raise reader.fail("array.shim_dma_columns", f"column {col} is outside the array")
    for col in device.pl.stream_columns:
        if col >= array.columns:
            raise reader.fail("pl.stream_columns", f"column {col} is outside the array")
    if device.pl.stream_columns and device.pl.stream_bytes_per_cycle == 0:
        raise reader.fail("pl.stream_bytes_per_cycle", "must be positive (got 0)")
    for table in ("alu_lanes", "mul_lanes"):
        lanes = getattr(device.core, table)
        missing = [d for d in DTYPES if d not in lanes]
        if missing:
            raise reader.fail(f"core.{table}", f"give lanes for {', '.join(missing)} (0 if none)")
    for key in POSITIVE:
        section, name = key.split(".")
        if getattr(getattr(device, section), name) == 0:
            raise reader.fail(key, "must be positive (got 0)")
    if array.memory_tile_rows and device.memory_tile.bytes_per_cycle_per_channel == 0:
        raise reader.fail(
            "memory_tile.bytes_per_cycle_per_channel",
            "must be positive on a device with memory tiles",
        )
    if device.core.stack_bytes >= device.core.local_memory_bytes:
        raise reader.fail("core.stack_bytes", "the stack does not fit in local memory")
    matmul = device.matmul
    for fmt, precision in matmul.format_precision.items():
        if precision not in matmul.macs_per_cycle or matmul.macs_per_cycle[precision] <= 0:
            raise reader.fail(
                "matmul.format_precision",
                f"{fmt} runs on '{precision}', which matmul.macs_per_cycle does not give a rate",
            )
        if fmt not in matmul.decode_ops_per_element:
            raise reader.fail("matmul.decode_ops_per_element", f"give a decode cost for {fmt}")
