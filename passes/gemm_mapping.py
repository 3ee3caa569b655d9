"""GEMM mapping: tile sizes, the core grid, placement and shim channels of one layer.

Every core of an R x C grid computes one m x n output tile per round, accumulating over
K in steps of k: A tiles (m x k) are broadcast along each grid row from one shim channel,
B tiles (k x n) down each grid column from another, so R + C input channels feed R x C
cores. Finished output tiles travel down each column through the cores' shared memory
(each core reads the tiles of the core above in place and copies them into its own
output pool) to the bottom core of their drain chain, which sends them out: with chains
of `drain_rows` grid rows, one S2MM channel drains each chain, so a column needs
ceil(R / drain_rows) of them (one, when the chain is the whole column). One B stream may
feed `share` adjacent columns (a wider token, each core reading its slice), so more
columns fit the input channels. Shapes that are not multiples of the tiles are padded
with zeros (the padding's work is simulated but not counted as work).

K may be split over a chain of `ksplit` cores side by side in a grid row: core p runs the
k-steps of the p-th slice of K, starting from the partial tile core p - 1 hands it in
shared memory (from zero for p = 0), and the last core owns the tile. The sums run in the
same order as on one core, so the result is bit for bit the unsplit one; the chain is
pipelined over rounds. Each slice has its own A and B streams, so a split multiplies the
input channels but not the output channels.

The search tries every grid, K split and tile size that fits local memory, estimates a
round as the slowest of the bottom core's compute (MACs at the format's precision plus
decode and block-scale emulation, the relay copies) and the A, B and output streams, adds
a split chain's fill, and ranks them fastest first, the fewest tiles breaking ties;
`gemm_search` times the best that pass every device rule on the engine.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import product
from math import ceil

from sparta.passes.gemm_model import GemmLayer
from sparta.sim.cost import kernel_cost
from sparta.sim.device import Device
from sparta.sim.errors import ResourceError, UsageError
from sparta.sim.formats import FORMATS
from sparta.sim.mx_tiles import tile_bytes
from sparta.sim.program import Coord, Interface, Kernel, KernelOp, KernelOperand, Port

TILE_CHOICES = (16, 32, 64, 128)
K_CHOICES = (32, 64, 128, 256)
MX_BLOCK = 32
OUTPUT_DEPTH = 2
INPUT_DEPTH = 2


@dataclass(frozen=True)
class Operands:
    """How a format's operands travel and accumulate on the array."""

    fmt: str
    act_fmt: str
    precision: str
    mx: bool
    element: str
    """Token element type: 'i8' (int8 codes or packed MX bytes) or 'bf16'."""
    acc: str
    """Accumulator element type: 'i32' (int8) or 'f32'."""

    def a_token(self, m: int, k: int) -> tuple[int, ...]:
        return (tile_bytes(self.act_fmt, m, k, MX_BLOCK, 1),) if self.mx else (m, k)

    def b_token(self, k: int, n: int) -> tuple[int, ...]:
        return (tile_bytes(self.fmt, k, n, MX_BLOCK, 0),) if self.mx else (k, n)

    def element_bytes(self) -> int:
        return 2 if self.element == "bf16" else 1


def operands(fmt: str, act_fmt: str, device: Device) -> Operands:
    """The operand representation of weights in `fmt` and activations in `act_fmt`."""
    for name in (fmt, act_fmt):
        if name not in FORMATS:
            raise UsageError(f"unknown format '{name}'")
    f = FORMATS[fmt]
    precision = device.matmul.format_precision.get(fmt)
    if precision is None:
        raise UsageError(f"{device.name} has no way to run '{fmt}' matmuls")
    if f.block_scaled:
        act_precision = device.matmul.format_precision.get(act_fmt)
        if act_precision is None:
            raise UsageError(f"{device.name} has no way to run '{act_fmt}' activations")
        # Mixed formats run at the wider of the two precisions.
        precision = max((precision, act_precision), key=_width)
        return Operands(fmt, act_fmt, precision, True, "i8", "f32")
    if fmt == "int8":
        return Operands(fmt, act_fmt, precision, False, "i8", "i32")
    return Operands(fmt, act_fmt, precision, False, "bf16", "f32")


def _width(precision: str) -> int:
    return {"int8": 1, "int16": 2, "bf16": 3, "fp32": 4}.get(precision, 4)


@dataclass(frozen=True)
class GemmPlan:
    """Every decision for one layer."""

    m: int
    k: int
    n: int
    rows: int
    cols: int
    m_pad: int
    k_pad: int
    n_pad: int
    share: int = 1
    """Adjacent columns fed by one B stream (each core reads its slice of a wider token)."""
    bottom_depth: int = OUTPUT_DEPTH
    """Output buffers of the bottom core of each drain chain (enough to relay a whole
    round without waiting for the shim to drain it, when memory allows)."""
    cores: tuple[tuple[Coord, ...], ...] = ()
    """cores[g][c * ksplit + p]: grid row g (0 = the row the outputs leave from), column c,
    K slice p."""
    a_channels: tuple[tuple[Coord, int], ...] = ()
    b_channels: tuple[tuple[Coord, int], ...] = ()
    out_channels: tuple[tuple[Coord, int], ...] = ()
    estimate_cycles: float = 0.0
    ksplit: int = 1
    """Cores along K per output tile, side by side in a grid row: core p multiplies the
    p-th slice of K, starting from the accumulator core p - 1 hands it in shared memory,
    so the sums run in the same order as on one core and the last core owns the tile."""
    drain_rows: int = 0
    """Grid rows per drain chain (0: the whole column): the bottom core of each chain
    relays the tiles of the rows above it in the chain and sends them out."""
    io: str = "shim"
    """Where A, B and the outputs enter and leave the array: 'shim' (the interface tiles'
    DMA channels, to DDR through the NoC) or 'pl' (the interface tiles' PL streams, fed
    and drained by data movers in programmable logic)."""

    @property
    def rounds(self) -> int:
        return (self.m_pad // (self.rows * self.m)) * (self.n_pad // (self.cols * self.n))

    @property
    def steps(self) -> int:
        """k-steps over the whole (padded) K."""
        return self.k_pad // self.k

    @property
    def slice_steps(self) -> int:
        """k-steps of one core: its slice of K."""
        return self.steps // self.ksplit

    def core(self, g: int, c: int, p: int) -> Coord:
        """The tile of grid row g, column c, K slice p."""
        return self.cores[g][c * self.ksplit + p]

    @property
    def chain_rows(self) -> int:
        """Grid rows per drain chain."""
        return self.drain_rows or self.rows

    @property
    def chains(self) -> int:
        """Drain chains (output channels) per grid column."""
        return -(-self.rows // self.chain_rows)

    def chain_top(self, g: int) -> int:
        """The highest grid row of the drain chain grid row g belongs to."""
        return min((g // self.chain_rows + 1) * self.chain_rows, self.rows) - 1


def b_group_token(ops: Operands, k: int, n: int, share: int) -> tuple[int, ...]:
    """The token of one B stream: `share` column tiles side by side (MX: one after another)."""
    single = ops.b_token(k, n)
    return (share * single[0],) if ops.mx else (k, share * n)


def matmul_kernel(ops: Operands, m: int, k: int, n: int, share: int = 1, slot: int = 0) -> Kernel:
    """The micro-kernel: read A, this core's slice of B and the accumulator,
    multiply-accumulate, write back."""
    a_shape, b_shape = ops.a_token(m, k), ops.b_token(k, n)
    b_window = b_group_token(ops, k, n, share)
    b_start = (slot * b_shape[0],) if ops.mx else (0, slot * n)
    mx: tuple[tuple[str, object], ...] = ()
    if ops.mx:
        mx = (("a_format", ops.act_fmt), ("b_format", ops.fmt), ("block", MX_BLOCK))
    elif ops.precision not in (ops.fmt, "int8"):
        mx = (("decode", ops.fmt),)  # e.g. bf16 elements widened for AIE1's fp32 MACs
    zero2 = (0, 0)
    return Kernel(
        "mac" if share == 1 else f"mac{slot}",
        (
            KernelOperand(Port.CONSUME, 1, a_shape, ops.element),
            KernelOperand(Port.CONSUME, 1, b_window, ops.element),
            KernelOperand(Port.PRODUCE, 1, (m, n), ops.acc),
        ),
        (
            KernelOp(
                "tile.read",
                (),
                0,
                a_shape,
                ops.element,
                (("operand", 0), ("token", 0), ("start", (0,) * len(a_shape))),
            ),
            KernelOp(
                "tile.read",
                (),
                1,
                b_shape,
                ops.element,
                (("operand", 1), ("token", 0), ("start", b_start)),
            ),
            KernelOp(
                "tile.read",
                (),
                2,
                (m, n),
                ops.acc,
                (("operand", 2), ("token", 0), ("start", zero2)),
            ),
            KernelOp(
                "tile.matmul",
                (0, 1, 2),
                3,
                (m, n),
                ops.acc,
                (("precision", ops.precision), ("mkn", (m, k, n)), *mx),
            ),
            KernelOp(
                "tile.write",
                (3,),
                None,
                (m, n),
                ops.acc,
                (("operand", 2), ("token", 0), ("start", zero2)),
            ),
        ),
    )


def zero_kernel(ops: Operands, m: int, n: int) -> Kernel:
    """Clear an accumulator tile."""
    return Kernel(
        "zero",
        (KernelOperand(Port.PRODUCE, 1, (m, n), ops.acc),),
        (
            KernelOp("arith.constant", (), 0, (), ops.acc, (("value", 0),)),
            KernelOp("vector.broadcast", (0,), 1, (m, n), ops.acc),
            KernelOp(
                "tile.write",
                (1,),
                None,
                (m, n),
                ops.acc,
                (("operand", 0), ("token", 0), ("start", (0, 0))),
            ),
        ),
    )


def copy_kernel(ops: Operands, m: int, n: int) -> Kernel:
    """Relay one finished output tile from the core above to the core below."""
    return Kernel(
        "relay",
        (
            KernelOperand(Port.CONSUME, 1, (m, n), ops.acc),
            KernelOperand(Port.PRODUCE, 1, (m, n), ops.acc),
        ),
        (
            KernelOp(
                "tile.read",
                (),
                0,
                (m, n),
                ops.acc,
                (("operand", 0), ("token", 0), ("start", (0, 0))),
            ),
            KernelOp(
                "tile.write",
                (0,),
                None,
                (m, n),
                ops.acc,
                (("operand", 1), ("token", 0), ("start", (0, 0))),
            ),
        ),
    )


def _token_bytes(shape: tuple[int, ...], element_bytes: int) -> int:
    size = 1
    for s in shape:
        size *= s
    return size * element_bytes


def _memory(
    ops: Operands, m: int, k: int, n: int, share: int, depth: int, device: Device, ksplit: int = 1
) -> int:
    """Bytes of one core's tile: its input pools and `depth` output buffers (plus, when K
    is split, the pool of one partial tile handed along the chain, which either neighbour
    may host)."""
    a = _token_bytes(ops.a_token(m, k), ops.element_bytes())
    b = _token_bytes(b_group_token(ops, k, n, share), ops.element_bytes())
    c = m * n * 4
    chain = OUTPUT_DEPTH * c if ksplit > 1 else 0
    return device.core.stack_bytes + INPUT_DEPTH * (a + b) + depth * c + chain


SHARES = (1, 2, 4)
KSPLITS = (1, 2, 4)
DRAIN_CHAINS = (1, 2, 4, 8)
"""Drain chains per grid column the search tries."""


@dataclass(frozen=True)
class IoPorts:
    """The interface tiles a GEMM's I/O crosses and the channels (or PL streams) of each."""

    tiles: tuple[Coord, ...]
    per_in: int
    per_out: int
    """Output channels per tile, at most the south lanes that reach it from the tile above."""
    bytes_per_cycle: int

    @property
    def inputs(self) -> int:
        return len(self.tiles) * self.per_in

    @property
    def outputs(self) -> int:
        return len(self.tiles) * self.per_out


def io_ports(device: Device, io: str) -> IoPorts:
    """The I/O ports of `io` ('shim': shim DMA channels, 'pl': PL streams) on `device`;
    raises when the device has none."""
    lanes = device.stream.south_lanes
    if io == Interface.PL:
        pl = device.pl
        ports = IoPorts(
            tuple(device.pl_tiles()),
            pl.streams_in,
            min(pl.streams_out, lanes),
            pl.stream_bytes_per_cycle,
        )
        what = "PL streams (its device file has no [pl] section)"
    elif io == Interface.SHIM:
        dma = device.dma
        ports = IoPorts(
            tuple(device.shim_tiles()),
            dma.shim_mm2s_channels,
            min(dma.shim_s2mm_channels, lanes),
            dma.shim_channel_bytes_per_cycle,
        )
        what = "shim DMA channels"
    else:
        raise UsageError(f"unknown GEMM I/O '{io}': use one of {', '.join(Interface)}")
    if not ports.inputs or not ports.outputs:
        raise UsageError(f"{device.name} has no {what}; GEMM I/O cannot use '{io}'")
    return ports


def tile_memory(ops: Operands, m: int, k: int, n: int, share: int, device: Device) -> str:
    """Why a core with this tile does or does not fit, item by item (for diagnostics)."""
    element = ops.element_bytes()
    a = INPUT_DEPTH * _token_bytes(ops.a_token(m, k), element)
    b = INPUT_DEPTH * _token_bytes(b_group_token(ops, k, n, share), element)
    c = OUTPUT_DEPTH * m * n * 4
    total = device.core.stack_bytes + a + b + c
    return (
        f"{total} B of {device.core.local_memory_bytes} B: stack {device.core.stack_bytes}, "
        f"A {INPUT_DEPTH} x {a // INPUT_DEPTH}, B {INPUT_DEPTH} x {b // INPUT_DEPTH}, "
        f"outputs {OUTPUT_DEPTH} x {c // OUTPUT_DEPTH}"
    )


def candidate_tiles() -> list[tuple[int, int, int, int]]:
    """Every (m, k, n, share) the search considers, in search order."""
    choices = product(TILE_CHOICES, TILE_CHOICES, K_CHOICES, SHARES)
    return [(m, k, n, share) for m, n, k, share in choices]


def ranked_plans(
    layer: GemmLayer,
    ops: Operands,
    device: Device,
    max_tiles: int | None,
    tiles: tuple[int, int, int, int] | None = None,
    ksplit: int | None = None,
    io: str = "shim",
) -> list[GemmPlan]:
    """Every grid and tile size for `layer` that fits local memory and the I/O ports of
    `io` (shim DMA channels or PL streams), fastest estimate first (see module doc), fewest
    tiles on ties; with `tiles` = (m, k, n, share), only grids of those tile sizes; with
    `ksplit`, only that many cores along K. Raises when there is none."""
    rows_max = len(device.array.compute_rows)
    cols_max = device.array.columns
    budget = min(max_tiles or rows_max * cols_max, rows_max * cols_max)
    ports = io_ports(device, io)
    ports_in, ports_out, bw = ports.inputs, ports.outputs, ports.bytes_per_cycle
    memory = device.core.local_memory_bytes
    plans: list[GemmPlan] = []
    splits = KSPLITS if ksplit is None else (ksplit,)
    for (m, k, n, share), split in product(
        [tiles] if tiles is not None else candidate_tiles(), splits
    ):
        if _memory(ops, m, k, n, share, OUTPUT_DEPTH, device, split) > memory:
            continue
        mac = kernel_cost(matmul_kernel(ops, m, k, n), device).cycles
        relay = kernel_cost(copy_kernel(ops, m, n), device).cycles
        a_bytes = _token_bytes(ops.a_token(m, k), ops.element_bytes())
        b_bytes = _token_bytes(b_group_token(ops, k, n, share), ops.element_bytes())
        k_pad = ceil(layer.k / (k * split)) * k * split
        steps = k_pad // (k * split)
        grids = product(range(1, rows_max + 1), range(share, cols_max + 1, share), DRAIN_CHAINS)
        for rows, cols, chains in grids:
            if rows * cols * split > budget or cols * split > cols_max or chains > rows:
                continue
            chain = -(-rows // chains)
            if chains > 1 and -(-rows // chain) != chains:
                continue  # the same chains as a smaller count
            if cols * chains > ports_out:
                continue
            if (rows + cols // share) * split > ports_in:
                continue
            depth = max(
                d
                for d in range(OUTPUT_DEPTH, max(chain, OUTPUT_DEPTH) + 1)
                if _memory(ops, m, k, n, share, d, device, split) <= memory
            )
            m_pad = ceil(layer.m / (rows * m)) * rows * m
            n_pad = ceil(layer.n / (cols * n)) * cols * n
            rounds = (m_pad // (rows * m)) * (n_pad // (cols * n))
            handover = relay if split > 1 else 0
            compute = steps * mac + handover + (chain - 1) * relay
            streams = steps * max(a_bytes, b_bytes) / bw
            drain = chain * m * n * 4 / bw
            # A chain's bottom core waits for the drain of tiles its buffers cannot hold.
            waiting = max(0.0, drain - depth * m * n * 4 / bw) if depth < chain else 0.0
            # A split K's cores take each tile one after another, pipelined over rounds:
            # the chain's fill is paid once (so one round gains nothing from splitting).
            fill = (split - 1) * max(steps * mac + handover, streams)
            estimate = rounds * max(compute + waiting, streams, drain) + fill
            plans.append(
                GemmPlan(
                    m,
                    k,
                    n,
                    rows,
                    cols,
                    m_pad,
                    k_pad,
                    n_pad,
                    share,
                    depth,
                    estimate_cycles=estimate,
                    ksplit=split,
                    drain_rows=chain if chains > 1 else 0,
                    io=io,
                )
            )
    if not plans and tiles is not None:
        m, k, n, share = tiles
        split = ksplit or 1
        what = f"a {m}x{k}x{n} tile (B shared by {share} columns) in '{ops.fmt}'"
        if _memory(ops, m, k, n, share, OUTPUT_DEPTH, device) > memory:
            raise ResourceError(
                f"{what} does not fit a core of {device.name}: needs "
                f"{tile_memory(ops, m, k, n, share, device)}; force a smaller tile or omit m, k "
                "and n to let the search choose"
            )
        if split > 1:
            what += f" with K split over {split} cores"
        inputs = "input shim channels" if io == "shim" else "input PL streams"
        raise ResourceError(
            f"no grid of {what} fits {budget} tiles and {device.name}'s "
            f"{ports_in} {inputs} (it needs at least "
            f"{share * split} columns and {2 * split} channels"
            + (", and memory for the partial tile handed along K)" if split > 1 else ")")
        )
    if not plans:
        smallest = min(TILE_CHOICES)
        raise ResourceError(
            f"no GEMM tiling of {layer.m}x{layer.k}x{layer.n} in '{ops.fmt}' fits "
            f"{device.name}: the smallest tile needs "
            f"{tile_memory(ops, smallest, min(K_CHOICES), smallest, 1, device)}"
        )
    plans.sort(key=lambda plan: (plan.estimate_cycles, plan.rows * plan.cols * plan.ksplit))
    return plans


def place(plan: GemmPlan, device: Device) -> GemmPlan:
    """Columns next to their B channels' shims, rows bottom-up, A channels after B's; the
    cores of a split K sit side by side in their grid row. Channels are the shims' DMA
    channels or, with `plan.io == 'pl'`, the PL streams of the PL interface tiles."""
    from dataclasses import replace

    ports = io_ports(device, plan.io)
    # Channel-major: B groups take channel 0 of every shim first, so each group sits over
    # its own shim column and its stream runs up that column, not along the rows.
    mm2s = [(t, c) for c in range(ports.per_in) for t in ports.tiles]
    s2mm = [(t, c) for t in ports.tiles for c in range(ports.per_out)]
    if plan.ksplit == 1:
        columns, b_channels = _groups_over_shims(plan, device, mm2s)
    else:
        columns, b_channels = _shims_under_groups(plan, device, mm2s)
    a_channels = [ch for ch in mm2s if ch not in b_channels][: plan.rows * plan.ksplit]
    rows = sorted(device.array.compute_rows)[: plan.rows]
    cores = tuple(tuple(Coord(col, row) for col in columns) for row in rows)
    out_channels = []
    free_out = list(s2mm)
    # With K split, A and B streams already run east along the rows: an output stream
    # (which runs along the bottom row to its shim) takes a shim to the west on ties.
    east = 1 if plan.ksplit > 1 else 0
    for _, c in product(range(plan.chains), range(plan.cols)):  # out_channels[j * cols + c]
        col = columns[(c + 1) * plan.ksplit - 1]  # the last core along K owns the tile
        choice = min(
            free_out,
            key=lambda ch: (abs(ch[0].col - col) + east * (ch[0].col > col), ch[0].col, ch[1]),
        )
        free_out.remove(choice)
        out_channels.append(choice)
    return replace(
        plan,
        cores=cores,
        a_channels=tuple(a_channels),
        b_channels=tuple(b_channels),
        out_channels=tuple(out_channels),
    )


Channel = tuple[Coord, int]


def _groups_over_shims(
    plan: GemmPlan, device: Device, mm2s: list[Channel]
) -> tuple[list[int], list[Channel]]:
    """Each B group (one stream) takes the next channel and sits as close over its shim as
    the groups before it leave room for."""
    groups = plan.cols // plan.share
    b_channels = mm2s[:groups]
    starts: list[int] = []
    taken: set[int] = set()
    for shim, _ in b_channels:
        fits = [
            c
            for c in range(device.array.columns - plan.share + 1)
            if not taken & set(range(c, c + plan.share))
        ]
        start = min(fits, key=lambda c: (abs(c - shim.col), c))
        starts.append(start)
        taken.update(range(start, start + plan.share))
    order = sorted(range(groups), key=lambda j: starts[j])
    columns = [starts[j] + i for j in order for i in range(plan.share)]
    return columns, [b_channels[j] for j in order]


def _shims_under_groups(
    plan: GemmPlan, device: Device, mm2s: list[Channel]
) -> tuple[list[int], list[Channel]]:
    """With K split, a B group is `share` x `ksplit` columns wide and has one stream per
    slice: the groups fill the columns left to right and each takes the free channels
    nearest its own columns, so its streams spread along its rows only, not through the
    neighbouring groups' (whose lanes their own A and B streams need)."""
    width = plan.share * plan.ksplit
    free = list(mm2s)
    b_channels: list[Channel] = []
    for j in range(plan.cols // plan.share):
        lo, hi = j * width, (j + 1) * width - 1
        nearest = sorted(
            free, key=lambda ch: (max(lo - ch[0].col, ch[0].col - hi, 0), ch[0].col, ch[1])
        )[: plan.ksplit]
        for ch in nearest:
            free.remove(ch)
        b_channels.extend(nearest)
    return list(range(plan.cols * plan.ksplit)), b_channels
