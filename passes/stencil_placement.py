"""Placement: which tile runs every core, and which shim channels every group uses.

Shim channels are dealt to groups in array order (every group gets one MM2S channel per
loaded field and one S2MM channel per store). Each group is then placed as close to its
first shim column as a free rectangle allows:
- one lane: the stages stacked in one column (vertical neighbours always share memory on
  every device, so each stage reads the previous one's rows in place);
- several lanes: SPARTA's B-block shape, stages side by side along a row, lanes stacked;
  the lanes' output rows merge packet-switched into the group's output channel.
Groups whose cores receive more DMA streams than their own tile can land keep a free
column beside them, whose tiles' DMA channels land the extra streams, and sit off the
array's bottom row and edge columns, where a core lacks a neighbour's memory.
`sparta-bblock` places B-blocks exactly as SPARTA's generator does.
"""

from __future__ import annotations

from dataclasses import replace

from sparta.passes.stencil_model import StencilModel
from sparta.passes.stencil_plan import Plan
from sparta.sim.device import Device
from sparta.sim.errors import ResourceError
from sparta.sim.program import Coord

Channel = tuple[Coord, int]


def shim_channels(device: Device) -> tuple[list[Channel], list[Channel]]:
    """Every shim (MM2S, S2MM) channel in array order."""
    shims = device.shim_tiles()
    mm2s = [(t, c) for t in shims for c in range(device.dma.shim_mm2s_channels)]
    s2mm = [(t, c) for t in shims for c in range(device.dma.shim_s2mm_channels)]
    return mm2s, s2mm


def deal_channels(
    model: StencilModel, device: Device, groups: int
) -> tuple[tuple[tuple[Channel, ...], ...], tuple[tuple[Channel, ...], ...]]:
    """Input channels in array order; each group's output channels as close to its first
    input channel's column as free ones are (so results do not cross the array)."""
    loaded = sum(1 for f in model.fields if f.load is not None)
    stores = len(model.stores)
    mm2s, s2mm = shim_channels(device)
    if loaded * groups > len(mm2s) or stores * groups > len(s2mm):
        raise ResourceError(
            f"{groups} group(s) reading {loaded} fields and writing {stores} need "
            f"{loaded * groups} input and {stores * groups} output shim channels; "
            f"{device.name} has {len(mm2s)} and {len(s2mm)}"
        )
    inputs = tuple(tuple(mm2s[g * loaded + j] for j in range(loaded)) for g in range(groups))
    free = list(s2mm)
    outputs = []
    for g in range(groups):
        home = inputs[g][0][0].col if inputs[g] else 0
        free.sort(key=lambda channel: (abs(channel[0].col - home), channel[0].col, channel[1]))
        outputs.append(tuple(free[:stores]))
        del free[:stores]
    return inputs, tuple(outputs)


def incoming_streams(model: StencilModel, plan: Plan) -> list[int]:
    """DMA streams each stage receives: fields it reads and temps from non-adjacent stages."""
    counts = [0] * plan.num_stages
    for stage in range(plan.num_stages):
        sources: set[tuple[str, int, int]] = set()
        for apply in model.applies:
            if plan.stages[apply.index] != stage:
                continue
            for source in apply.sources:
                if source.kind == "field":
                    sources.add(("field", source.index, 0))
                elif source.kind == "temp" and abs(plan.stages[source.index] - stage) > 1:
                    sources.add(("temp", source.index, source.result))
        counts[stage] = len(sources)
    return counts


def place(model: StencilModel, device: Device, plan: Plan) -> Plan:
    """`plan` with cores and shim channels decided."""
    inputs, outputs = deal_channels(model, device, plan.groups)
    if plan.strategy == "sparta-bblock":
        cores = bblock_cores(device, plan)
    else:
        margin = max(incoming_streams(model, plan)) > device.dma.tile_s2mm_channels
        cores = _grid_cores(device, plan, inputs, margin)
    return replace(plan, cores=cores, inputs=inputs, outputs=outputs)


Cores = tuple[tuple[tuple[Coord, ...], ...], ...]
"""The tile of every [group][lane][stage] core."""


def _grid_cores(
    device: Device, plan: Plan, inputs: tuple[tuple[Channel, ...], ...], margin: bool
) -> Cores:
    rows = sorted(device.array.compute_rows)
    columns = device.array.columns
    if plan.lanes == 1:
        width, height = 1, plan.num_stages
    else:
        width, height = plan.num_stages, plan.lanes
    if height > len(rows) or width > columns:
        raise ResourceError(
            f"a group of {plan.lanes} lane(s) x {plan.num_stages} stage(s) does not fit the "
            f"{columns} x {len(rows)} compute array of {device.name}"
        )
    taken: set[Coord] = set()
    reserved: set[Coord] = set()
    cores = []
    for g in range(plan.groups):
        target = inputs[g][0][0].col if inputs[g] else 0
        spot = _find(device, rows, columns, width, height, target, taken, reserved, margin)
        if spot is None:
            raise ResourceError(
                f"no free {width} x {height} block of tiles for group {g} of {plan.groups} "
                f"on {device.name}; lower --max-tiles or use fewer stages"
            )
        col, row_index = spot
        block = [Coord(col + x, rows[row_index + y]) for x in range(width) for y in range(height)]
        taken.update(block)
        if margin:
            reserved.update(Coord(col - 1, t.row) for t in block)
            reserved.update(Coord(col + width, t.row) for t in block)
        lanes: tuple[tuple[Coord, ...], ...]
        if plan.lanes == 1:
            lanes = (tuple(Coord(col, rows[row_index + k]) for k in range(plan.num_stages)),)
        else:
            lanes = tuple(
                tuple(Coord(col + k, rows[row_index + lane]) for k in range(plan.num_stages))
                for lane in range(plan.lanes)
            )
        cores.append(lanes)
    return tuple(cores)


def _find(
    device: Device,
    rows: list[int],
    columns: int,
    width: int,
    height: int,
    target: int,
    taken: set[Coord],
    reserved: set[Coord],
    margin: bool,
) -> tuple[int, int] | None:
    def edge(col: int) -> bool:  # a core there lacks its west or east neighbour's memory
        return margin and columns > width + 1 and (col == 0 or col + width == columns)

    order = sorted(range(columns - width + 1), key=lambda c: (edge(c), abs(c - target), c))
    starts = list(range(0, len(rows) - height + 1, height))
    if margin and len(starts) > 1:  # off the bottom row: a core there has no south memory
        starts = starts[1:] + starts[:1]
    for col in order:
        for row_index in starts:
            block = [
                Coord(col + x, rows[row_index + y]) for x in range(width) for y in range(height)
            ]
            if any(t in taken or t in reserved for t in block):
                continue
            if margin and any(Coord(col + dx, t.row) in taken for t in block for dx in (-1, width)):
                continue
            return col, row_index
    return None


def bblock_cores(device: Device, plan: Plan) -> Cores:
    """SPARTA's placement (gen_hdiff_mlir.py): B-block b uses columns 3g..3g+2 for its
    Laplacian, flux-multiply and flux-select cores (g = b // blocks per column group) and
    four rows for its lanes (the lower or upper half of the array). SPARTA joins the lanes'
    rows in the second lane's last core; in this model that tile runs out of AIE1's 16
    locks, so the lanes' outputs merge packet-switched into the B-block's one output
    channel instead (the same channel budget, no join buffers)."""
    rows = sorted(device.array.compute_rows)
    per_group = len(rows) // plan.lanes
    if per_group < 1:
        raise ResourceError(
            f"sparta-bblock needs {plan.lanes} compute rows; {device.name} has {len(rows)}"
        )
    cores = []
    for b in range(plan.groups):
        group, half = divmod(b, per_group)
        col = plan.num_stages * group
        if col + plan.num_stages > device.array.columns:
            raise ResourceError(
                f"{plan.groups} B-blocks do not fit the {device.array.columns} columns of "
                f"{device.name}"
            )
        base = half * plan.lanes
        cores.append(
            tuple(
                tuple(Coord(col + k, rows[base + lane]) for k in range(plan.num_stages))
                for lane in range(plan.lanes)
            )
        )
    return tuple(cores)
