"""Mapping strategies: how many stages, lanes and groups, and which apply runs where.

Pure functions of the program model, the device and a tile budget, so they can be tested
and compared without IR. Costs come from the simulator's own cost model (`sim.cost`) on
the kernels the lowering would generate, so the balance the strategies aim for is the
balance the simulator measures.

- `auto`: for every stage count S (applies cut into contiguous stages by a min-max
  partition of their per-pencil cycles) and lane count L, use as many groups G as the
  shim channels and the budget allow, estimate the time of the slowest group (its pencils
  times the slowest of its stages and its I/O channels), and take the fastest; ties go to
  fewer tiles.
- `uniform`: no pipeline: each core runs the whole program (S = 1); lanes fill the budget.
- `sparta-bblock`: SPARTA's B-block (ICS'23): the program inlined and cut into three
  stages (for hdiff: Laplacian / flux multiply / flux compare-select-output), four lanes
  per block sharing one input broadcast and one output channel, blocks placed as SPARTA's
  generator places them (`stencil_placement.bblock_cores`).
"""

from __future__ import annotations

from dataclasses import dataclass
from math import ceil, gcd

from sparta.passes.stencil_codegen import layout_of
from sparta.passes.stencil_geometry import analyse, pencils
from sparta.passes.stencil_kernels import Layout, build_kernel
from sparta.passes.stencil_model import StencilModel
from sparta.passes.stencil_plan import Plan
from sparta.sim.cost import LANE_DTYPE, kernel_cost
from sparta.sim.device import Device
from sparta.sim.errors import InputError, ResourceError
from sparta.sim.program import dtype_bytes

STRATEGIES = ("auto", "uniform", "sparta-bblock")
LANE_CHOICES = (1, 2, 4)
BBLOCK_LANES = 4
BBLOCK_STAGES = 3


@dataclass(frozen=True)
class Decision:
    """What balance decides: the stage of every apply and the S x L x G shape."""

    stages: tuple[int, ...]
    num_stages: int
    lanes: int
    groups: int
    estimate_cycles: float


def stream_dim(model: StencilModel) -> int | None:
    """Rows run along the second-to-last dimension (the last is the vector dimension)."""
    return model.rank - 2 if model.rank >= 2 else None


MIN_SEGMENT_ROWS = 16
"""Shortest row segment a pencil is cut into: its halo rows are recomputed by the segment
on either side, so short segments waste work."""


def default_blocks(model: StencilModel, device: Device) -> tuple[int, ...]:
    """Pencil sizes: single planes of outer dims (a few planes where the stencil reaches
    across them), whole rows and columns; 1-D programs in chunks that fit local memory.
    When that gives fewer pencils than the device has channel groups (a 2-D grid is one
    plane), the rows are cut into segments (a multiple of SPARTA's four lanes long) so
    every group gets work."""
    out = model.output_box.shape
    if model.rank == 1:
        elements = device.core.local_memory_bytes // (16 * dtype_bytes(model.dtype))
        chunk = 1 << max(elements.bit_length() - 1, 4)
        return (min(chunk, out[0]),)
    blocks = []
    for d in range(model.rank):
        if d >= model.rank - 2:
            blocks.append(out[d])
        elif _reaches(model, d):
            blocks.append(_plane_block(model, d))
        else:
            blocks.append(1)
    s = model.rank - 2
    count = len(pencils(model.output_box, tuple(blocks)))
    segments = min(ceil(channel_groups(model, device) / count), out[s] // MIN_SEGMENT_ROWS)
    if segments > 1:
        length = ceil(out[s] / segments)
        blocks[s] = length + (-length) % BBLOCK_LANES
    return tuple(blocks)


PLANE_BLOCK = 8
"""Planes per pencil along an outer dimension the stencil reaches across."""


def _plane_block(model: StencilModel, dim: int) -> int:
    """Planes per pencil along outer dimension `dim`: `PLANE_BLOCK`, or where stores cover
    different ranges of `dim`, the largest block up to it that every store's edges and the
    extent divide (down to 1), so each store writes the same block in every pencil it
    writes at all (its stream carries tokens of one shape)."""
    output = model.output_box
    extent = output.shape[dim]
    edges = {extent} | {
        edge - output.lb[dim]
        for store in model.stores
        for edge in (store.box.lb[dim], store.box.ub[dim])
    }
    if len({(store.box.lb[dim], store.box.ub[dim]) for store in model.stores}) == 1:
        return min(extent, PLANE_BLOCK)
    common = 0
    for edge in edges:
        common = gcd(common, edge)
    return max(b for b in range(1, PLANE_BLOCK + 1) if common % b == 0)


def _reaches(model: StencilModel, dim: int) -> bool:
    for apply in model.applies:
        for i in range(len(apply.sources)):
            lo, hi = apply.reach(i)
            if lo[dim] or hi[dim]:
                return True
    return False


def channel_groups(model: StencilModel, device: Device) -> int:
    """How many groups can each have their own shim channel per loaded field and store."""
    loaded = sum(1 for f in model.fields if f.load is not None)
    stores = len(model.stores)
    if loaded > device.shim_channels_in or stores > device.shim_channels_out:
        raise ResourceError(
            f"the program reads {loaded} fields and writes {stores}, but {device.name} has "
            f"{device.shim_channels_in} input and {device.shim_channels_out} output shim "
            "channels"
        )
    return min(device.shim_channels_in // max(loaded, 1), device.shim_channels_out // stores)


class Costs:
    """Per-pencil cycles of every apply on one lane, and of the I/O channels."""

    def __init__(self, model: StencilModel, device: Device, blocks: tuple[int, ...]) -> None:
        self.model = model
        self.device = device
        self.blocks = blocks
        self.stream_dim = stream_dim(model)
        self.extent = tuple(min(b, e) for b, e in zip(blocks, model.output_box.shape, strict=True))
        self.pencils = len(pencils(model.output_box, blocks))
        self._lane_cycles: dict[int, tuple[float, ...]] = {}
        probe = Plan("probe", (0,) * len(model.applies), 1, 1, 1, self.stream_dim, blocks)
        self.layout: Layout = layout_of(model, probe)
        geometry = analyse(model, self.stream_dim, self.extent, 0, 1)
        self.kernel_cycles = []
        for apply in model.applies:
            if not geometry.applies[apply.index].rows:
                self.kernel_cycles.append(0)
                continue
            kernel = build_kernel(model, geometry, self.layout, apply, apply.name)
            self.kernel_cycles.append(kernel_cost(kernel, device).cycles)

    def apply_cycles(self, lanes: int) -> tuple[float, ...]:
        """Cycles per pencil of every apply on the busiest lane."""
        if lanes not in self._lane_cycles:
            self._lane_cycles[lanes] = self._apply_cycles(lanes)
        return self._lane_cycles[lanes]

    def _apply_cycles(self, lanes: int) -> tuple[float, ...]:
        per_call = self.device.core.lock_cycles * 4 + self.device.core.loop_iteration_cycles
        worst = [0.0] * len(self.model.applies)
        for lane in range(lanes):
            geometry = analyse(self.model, self.stream_dim, self.extent, lane, lanes)
            for apply in self.model.applies:
                rows = len(geometry.applies[apply.index].rows)
                cycles = rows * (self.kernel_cycles[apply.index] + per_call)
                worst[apply.index] = max(worst[apply.index], cycles)
        return tuple(worst)

    def io_cycles(self) -> float:
        """Cycles the busiest shim channel needs per pencil (each field has its own)."""
        geometry = analyse(self.model, self.stream_dim, self.extent, 0, 1)
        dma = self.device.dma
        worst = 0.0
        for index, demand in enumerate(geometry.fields):
            if demand is None:
                continue
            rows = len(demand.rows)
            token = demand.box.points * dtype_bytes(self.model.fields[index].dtype)
            tokens = rows if demand.has_rows else 1
            row_bytes = token // max(rows, 1) if demand.has_rows else token
            cycles = tokens * (
                ceil(row_bytes / dma.shim_channel_bytes_per_cycle) + dma.bd_overhead_cycles
            )
            worst = max(worst, cycles)
        out_points = 1
        for e in self.extent:
            out_points *= e
        out_bytes = out_points * dtype_bytes(self.model.dtype)
        worst = max(worst, out_bytes / dma.shim_channel_bytes_per_cycle)
        return worst


def min_max_partition(costs: tuple[float, ...], parts: int) -> tuple[tuple[int, ...], float]:
    """Cut `costs` (in order) into `parts` contiguous non-empty groups minimizing the
    largest group sum; returns the group of every item and that sum."""
    n = len(costs)
    parts = min(parts, n)
    prefix = [0.0]
    for c in costs:
        prefix.append(prefix[-1] + c)
    inf = float("inf")
    best = [[inf] * (n + 1) for _ in range(parts + 1)]
    cut = [[0] * (n + 1) for _ in range(parts + 1)]
    best[0][0] = 0.0
    for k in range(1, parts + 1):
        for i in range(k, n + 1):
            for j in range(k - 1, i):
                value = max(best[k - 1][j], prefix[i] - prefix[j])
                if value < best[k][i]:
                    best[k][i] = value
                    cut[k][i] = j
    stages = [0] * n
    i = n
    for k in range(parts, 0, -1):
        j = cut[k][i]
        for item in range(j, i):
            stages[item] = k - 1
        i = j
    return tuple(stages), best[parts][n]


def rank(
    model: StencilModel, device: Device, strategy: str, max_tiles: int | None
) -> list[Decision]:
    """The shapes `strategy` would pick within the budget, best first; the mapping takes
    the first whose buffers, locks and DMA channels fit the device."""
    if strategy not in STRATEGIES:
        raise InputError(f"unknown strategy '{strategy}': use {', '.join(STRATEGIES)}")
    check_element_types(model, device)
    budget = min(max_tiles or len(device.compute_tiles()), len(device.compute_tiles()))
    costs = Costs(model, device, default_blocks(model, device))
    groups_max = channel_groups(model, device)
    if strategy == "sparta-bblock":
        return [_bblock(model, device, budget, costs)]
    if strategy == "uniform":
        return _uniform(model, costs, budget, groups_max)
    return _auto(model, device, costs, budget, groups_max)


def check_element_types(model: StencilModel, device: Device) -> None:
    """Every element type the applies compute in must have vector lanes on the device."""
    supported = [d for d, lanes in device.core.alu_lanes.items() if lanes > 0]
    for apply in model.applies:
        for op in apply.ops:
            if op.opcode == "arith.constant":
                continue
            if device.core.alu_lanes.get(LANE_DTYPE.get(op.dtype, op.dtype), 0) <= 0:
                raise InputError(
                    f"apply '{apply.name}' computes in {op.dtype} ({op.opcode}), but "
                    f"{device.name}'s cores have no {op.dtype} vector unit (supported element "
                    f"types: {', '.join(supported)})",
                    apply.location,
                )


def _lanes_ok(costs: Costs, lanes: int) -> bool:
    """Lanes deal a pencil's rows round-robin, so every lane needs one row at least (the
    first lanes get one more when the rows do not divide evenly)."""
    s = costs.stream_dim
    return lanes == 1 or (s is not None and costs.extent[s] >= lanes)


def _estimate(costs: Costs, stage_cycles: float, groups: int) -> float:
    per_group = ceil(costs.pencils / groups)
    return per_group * max(stage_cycles, costs.io_cycles())


def _auto(
    model: StencilModel, device: Device, costs: Costs, budget: int, groups_max: int
) -> list[Decision]:
    rows = len(device.array.compute_rows)
    candidates: list[tuple[float, int, int, int, int, tuple[int, ...]]] = []
    fallbacks: list[tuple[float, int, int, int, int, tuple[int, ...]]] = []
    for lanes in LANE_CHOICES:
        if not _lanes_ok(costs, lanes):
            continue
        apply_cycles = costs.apply_cycles(lanes)
        for num_stages in range(1, min(len(model.applies), rows) + 1):
            if num_stages * lanes > budget:
                break
            stages, worst = min_max_partition(apply_cycles, num_stages)
            num_stages = max(stages) + 1
            most = min(groups_max, budget // (num_stages * lanes), costs.pencils)
            for groups in _fewer(most):
                estimate = _estimate(costs, worst, groups)
                tiles = groups * lanes * num_stages
                candidate = (estimate, tiles, num_stages, lanes, groups, stages)
                (candidates if groups == most else fallbacks).append(candidate)
    if not candidates:
        raise ResourceError(f"no mapping fits in {budget} tiles")
    return [
        Decision(stages, num_stages, lanes, groups, estimate)
        for estimate, _, num_stages, lanes, groups, stages in [
            *sorted(candidates),
            *sorted(fallbacks),
        ]
    ]


def conservative(
    model: StencilModel, device: Device, max_tiles: int | None = None
) -> list[Decision]:
    """One group of one lane, with every apply on one core or (as far as rows and the tile
    budget allow) each on its own: the shapes that need the fewest channels, streams and
    buffers."""
    costs = Costs(model, device, default_blocks(model, device))
    cycles = costs.apply_cycles(1)
    rows = min(len(device.array.compute_rows), max_tiles or len(device.compute_tiles()))
    out = [Decision((0,) * len(model.applies), 1, 1, 1, _estimate(costs, sum(cycles), 1))]
    if len(model.applies) > 1:
        stages, worst = min_max_partition(cycles, min(len(model.applies), rows))
        out.append(Decision(stages, max(stages) + 1, 1, 1, _estimate(costs, worst, 1)))
    return out


def _fewer(groups: int) -> list[int]:
    """`groups`, then the fallbacks with fewer groups (halved down to one): fewer streams
    cross the array and fewer channels are taken, so a mapping that does not fit with
    every group may fit with fewer."""
    out = []
    while groups >= 1:
        out.append(groups)
        groups //= 2
    return out


def _uniform(model: StencilModel, costs: Costs, budget: int, groups_max: int) -> list[Decision]:
    """One stage per core; as many groups as channels allow, lanes to fill the budget
    (fewer lanes and groups as fallbacks)."""
    stages = (0,) * len(model.applies)
    out = []
    most = max(1, min(groups_max, budget, costs.pencils))
    for groups in sorted({most, max(1, most // 2), 1}, reverse=True):
        for lanes in sorted(LANE_CHOICES, reverse=True):
            if _lanes_ok(costs, lanes) and groups * lanes <= budget:
                worst = sum(costs.apply_cycles(lanes))
                out.append(Decision(stages, 1, lanes, groups, _estimate(costs, worst, groups)))
    return out


def _bblock(model: StencilModel, device: Device, budget: int, costs: Costs) -> Decision:
    tiles = BBLOCK_LANES * BBLOCK_STAGES
    blocks = budget // tiles
    if blocks < 1:
        raise ResourceError(
            f"sparta-bblock needs {tiles} tiles per B-block; --max-tiles {budget} is fewer"
        )
    if not _lanes_ok(costs, BBLOCK_LANES):
        raise InputError(
            f"sparta-bblock splits rows over {BBLOCK_LANES} lanes; the pencil has "
            f"{costs.extent[costs.stream_dim] if costs.stream_dim is not None else 1} rows "
            f"(at least {BBLOCK_LANES} needed)"
        )
    apply_cycles = costs.apply_cycles(BBLOCK_LANES)
    stages, worst = min_max_partition(apply_cycles, BBLOCK_STAGES)
    if max(stages) + 1 != BBLOCK_STAGES:
        raise InputError(
            "sparta-bblock needs the program cut into three stages; run stencil-inlining "
            "and stencil-split{parts=3} first (the sparta-bblock pipeline does)"
        )
    groups = min(blocks, channel_groups(model, device), costs.pencils)
    return Decision(stages, BBLOCK_STAGES, BBLOCK_LANES, groups, _estimate(costs, worst, groups))


def assign_pencils(count: int, groups: int) -> tuple[tuple[int, ...], ...]:
    """Pencils in contiguous runs per group, sizes differing by at most one."""
    base, extra = divmod(count, groups)
    out = []
    start = 0
    for g in range(groups):
        size = base + (1 if g < extra else 0)
        out.append(tuple(range(start, start + size)))
        start += size
    return tuple(out)


def choose_blocks(
    model: StencilModel, device: Device, groups: int, lanes: int
) -> tuple[tuple[int, ...], int]:
    """Pencil sizes giving every group the same number of pencils where possible:
    segments along the stream dimension are added when planes alone do not divide evenly."""
    blocks = list(default_blocks(model, device))
    s = stream_dim(model)
    count = len(pencils(model.output_box, tuple(blocks)))
    if s is None or count % groups == 0:
        return tuple(blocks), count
    rows = model.output_box.shape[s]
    best = (count % groups != 0, 1, tuple(blocks), count)
    for segments in range(2, 17):
        length = ceil(rows / segments)
        if lanes > 1 and length % lanes:
            length += lanes - length % lanes
        trial = list(blocks)
        trial[s] = length
        trial_count = len(pencils(model.output_box, tuple(trial)))
        key = (trial_count % groups != 0, segments, tuple(trial), trial_count)
        if key < best:
            best = key
        if trial_count % groups == 0:
            break
    return best[2], best[3]
