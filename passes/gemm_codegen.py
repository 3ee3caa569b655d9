"""Build the `TileProgram` of one GEMM layer from its `GemmPlan`.

External buffers (the program's arguments): `arg0` the A tiles and `arg1` the B tiles,
each laid out by the host as the tokens the DMAs stream (A row-block-major then by k step,
B k-step-major then by column block; MX tiles packed as `sim.mx_tiles` bytes), and `arg2`
the padded m_pad x n_pad output. A row's A stream repeats for every column round (a
stride-0 pattern dimension), a column's B stream for every row round. With K split over
a chain of cores, each slice has its own A and B streams reading its run of k-steps, and
partial tiles pass along the chain in shared memory (fifos `k<row>_<col>_<slice>`).
"""

from __future__ import annotations

from math import prod

from sparta.passes.gemm_mapping import (
    INPUT_DEPTH,
    OUTPUT_DEPTH,
    GemmPlan,
    Operands,
    b_group_token,
    copy_kernel,
    matmul_kernel,
    zero_kernel,
)
from sparta.passes.gemm_model import GemmLayer
from sparta.sim import routing
from sparta.sim.device import Device
from sparta.sim.errors import ResourceError
from sparta.sim.formats import FORMATS
from sparta.sim.program import (
    AccessPattern,
    Acquire,
    Core,
    Direction,
    External,
    Fifo,
    FifoEnd,
    Interface,
    Loop,
    Port,
    Release,
    Run,
    Step,
    TileProgram,
    Transfer,
    Via,
    Work,
)


def layer_work(layer: GemmLayer, ops: Operands) -> Work:
    """A layer's work: 2 ops per MAC, the operands' stored bytes in, f32/i32 out."""
    fa, fw = FORMATS[ops.act_fmt], FORMATS[ops.fmt]
    bytes_in = int(layer.m * layer.k * fa.storage_bits_per_element() / 8) + int(
        layer.k * layer.n * fw.storage_bits_per_element() / 8
    )
    return Work(
        2 * layer.m * layer.k * layer.n, bytes_in, layer.m * layer.n * 4, ops.acc, ops.precision
    )


def a_tile_elements(plan: GemmPlan, ops: Operands) -> int:
    return prod(ops.a_token(plan.m, plan.k))


def b_tile_elements(plan: GemmPlan, ops: Operands) -> int:
    return prod(ops.b_token(plan.k, plan.n))


def generate_layer(
    name: str, plan: GemmPlan, ops: Operands, device: Device, work: Work
) -> TileProgram:
    """The tile program computing one padded layer `C = A @ B`."""
    rows, cols, steps = plan.rows, plan.cols, plan.steps
    row_rounds = plan.m_pad // (rows * plan.m)
    col_rounds = plan.n_pad // (cols * plan.n)
    la, lb = a_tile_elements(plan, ops), b_tile_elements(plan, ops)
    share = plan.share
    lg = lb * share
    a_shape = ops.a_token(plan.m, plan.k)
    b_shape = b_group_token(ops, plan.k, plan.n, share)
    c_shape = (plan.m, plan.n)
    row_blocks = plan.m_pad // plan.m
    col_blocks = plan.n_pad // plan.n
    groups_total = col_blocks // share
    externals = (
        External("arg0", 0, (row_blocks * steps * la,), ops.element),
        External("arg1", 1, (steps * groups_total * lg,), ops.element),
        External("arg2", 2, (plan.m_pad, plan.n_pad), ops.acc),
    )
    fifos: list[Fifo] = []
    transfers: list[Transfer] = []
    channels: dict[tuple[object, str], int] = {}

    def landing(tile: object) -> int:
        index = channels.get((tile, "s2mm"), 0)
        channels[(tile, "s2mm")] = index + 1
        return index

    split, slice_steps = plan.ksplit, plan.slice_steps
    via = Interface(plan.io)
    for i, (shim, channel) in enumerate(plan.a_channels):
        g, p = divmod(i, split)
        ends = tuple(
            FifoEnd(core, Via.DMA, INPUT_DEPTH, landing(core), routing.hops(shim, core))
            for core in (plan.core(g, c, p) for c in range(cols))
        )
        fifos.append(Fifo(f"a{i}", shim, shim, ends, a_shape, ops.element, 0, channel))
        pattern = AccessPattern(
            (g * steps + p * slice_steps) * la,
            (row_rounds, col_rounds, slice_steps, la),
            (rows * steps * la, 0, la, 1),
        )
        transfers.append(Transfer(f"a{i}", "arg0", Direction.MM2S, shim, channel, (pattern,), via))
    for i, (shim, channel) in enumerate(plan.b_channels):
        j, p = divmod(i, split)
        members = [plan.core(g, j * share + s, p) for g in range(rows) for s in range(share)]
        ends = tuple(
            FifoEnd(core, Via.DMA, INPUT_DEPTH, landing(core), routing.hops(shim, core))
            for core in members
        )
        fifos.append(Fifo(f"b{i}", shim, shim, ends, b_shape, ops.element, 0, channel))
        pattern = AccessPattern(
            (j + p * slice_steps * groups_total) * lg,
            (row_rounds, col_rounds, slice_steps, lg),
            (0, (cols // share) * lg, groups_total * lg, 1),
        )
        transfers.append(Transfer(f"b{i}", "arg1", Direction.MM2S, shim, channel, (pattern,), via))
    for c in range(cols):
        for g in range(rows):
            for p in range(split - 1):
                # A partial tile, handed to the next core along K in shared memory.
                here, there = plan.core(g, c, p), plan.core(g, c, p + 1)
                pool = device.can_share(here, there)
                if pool is None:
                    raise ResourceError(f"cores {here} and {there} share no memory")
                end = FifoEnd(there, Via.SHARED)
                fifos.append(
                    Fifo(_partial(g, c, p), here, pool, (end,), c_shape, ops.acc, OUTPUT_DEPTH)
                )
            core = plan.core(g, c, split - 1)
            if g % plan.chain_rows == 0:  # the bottom of a drain chain sends its tiles out
                shim, channel = plan.out_channels[g // plan.chain_rows * cols + c]
                end = FifoEnd(shim, Via.DMA, 0, channel, routing.hops(core, shim))
                drained = f"o{g}_{c}"
                fifos.append(
                    Fifo(drained, core, core, (end,), c_shape, ops.acc, plan.bottom_depth, 0)
                )
                pattern = AccessPattern(
                    c * plan.n + g * plan.m * plan.n_pad,
                    (row_rounds, col_rounds, plan.chain_top(g) + 1 - g, plan.m, plan.n),
                    (rows * plan.m * plan.n_pad, cols * plan.n, plan.m * plan.n_pad, plan.n_pad, 1),
                )
                transfers.append(
                    Transfer(drained, "arg2", Direction.S2MM, shim, channel, (pattern,), via)
                )
            else:
                # The tile stays in this core's memory; the core below reads it in place.
                below = plan.core(g - 1, c, split - 1)
                end = FifoEnd(below, Via.SHARED)
                fifos.append(Fifo(f"o{g}_{c}", core, core, (end,), c_shape, ops.acc, OUTPUT_DEPTH))
    macs = tuple(matmul_kernel(ops, plan.m, plan.k, plan.n, share, slot) for slot in range(share))
    kernels = (copy_kernel(ops, plan.m, plan.n), *macs, zero_kernel(ops, plan.m, plan.n))
    cores = []
    for g in range(rows):
        for c in range(cols):
            for p in range(split):
                cores.append(Core(plan.core(g, c, p), _core_body(g, c, p, plan)))
    attributes = (
        ("strategy", "gemm"),
        (
            "partition",
            f"{rows} x {cols} cores, tiles m={plan.m} k={plan.k} n={plan.n}, "
            f"{plan.rounds} rounds of {steps} k-steps"
            + (f" split over {split} cores each" if split > 1 else "")
            + ", padded to "
            f"{plan.m_pad}x{plan.k_pad}x{plan.n_pad}",
        ),
        (
            "placement",
            f"A on {len(plan.a_channels)} and B on {len(plan.b_channels)} "
            + ("shim channels" if plan.io == "shim" else "PL streams")
            + f", outputs drained down {cols} columns"
            + (f" in chains of {plan.chain_rows} rows" if plan.chains > 1 else ""),
        ),
        ("formats", f"weights {ops.fmt}, activations {ops.act_fmt}, MACs {ops.precision}"),
    )
    return TileProgram(
        name,
        device.name,
        externals,
        tuple(fifos),
        kernels,
        tuple(cores),
        tuple(transfers),
        (),
        work,
        attributes,
    )


def _partial(g: int, c: int, p: int) -> str:
    """The fifo carrying the partial tile of grid row g, column c from K slice p to p + 1."""
    return f"k{g}_{c}_{p}"


def _core_body(g: int, c: int, p: int, plan: GemmPlan) -> tuple[Step, ...]:
    """Start the accumulator (from zero, or from the previous K slice's partial tile), run
    this slice's k loop, hand the tile on; the last core along K relays the tiles of the
    grid rows above it in its drain chain."""
    split = plan.ksplit
    last = p == split - 1
    out = f"o{g}_{c}" if last else _partial(g, c, p)
    a = f"a{g * split + p}"
    b = f"b{(c // plan.share) * split + p}"
    mac = "mac" if plan.share == 1 else f"mac{c % plan.share}"
    if p == 0:
        start: list[Step] = [Run("zero", (out,))]
    else:
        before = _partial(g, c, p - 1)
        start = [
            Acquire(before, Port.CONSUME, 1),
            Run("relay", (before, out)),
            Release(before, Port.CONSUME, 1),
        ]
    body: list[Step] = [
        Acquire(out, Port.PRODUCE, 1),
        *start,
        Loop(
            plan.slice_steps,
            (
                Acquire(a, Port.CONSUME, 1),
                Acquire(b, Port.CONSUME, 1),
                Run(mac, (a, b, out)),
                Release(a, Port.CONSUME, 1),
                Release(b, Port.CONSUME, 1),
            ),
        ),
        Release(out, Port.PRODUCE, 1),
    ]
    above = plan.chain_top(g) - g
    if above and last:
        upper = f"o{g + 1}_{c}"
        body.append(
            Loop(
                above,
                (
                    Acquire(upper, Port.CONSUME, 1),
                    Acquire(out, Port.PRODUCE, 1),
                    Run("relay", (upper, out)),
                    Release(upper, Port.CONSUME, 1),
                    Release(out, Port.PRODUCE, 1),
                ),
            )
        )
    return (Loop(plan.rounds, tuple(body)),)
