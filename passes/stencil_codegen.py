"""Build the `TileProgram` of a stencil program from a mapping `Plan`.

Per group of cores (one set of shim channels): every loaded field is one shim stream
broadcast to the cores that read it; every apply result of every lane is a fifo from the
core computing it to the cores reading it (shared memory when their memories meet, DMA
otherwise) and, for stored results, to the shim (with several lanes, each lane's rows
packet-switched into the group's one output channel). A stored result that later applies
also read carries their halo, so its core copies the stored block of each row into a
separate output stream. Results of one apply that go to the
same readers travel side by side in one stream (`stencil_kernels.fuses_results`). Core
programs come from the row scheduler; shim transfers stream each pencil's rows with
strided access patterns, merged into one task where pencils follow each other regularly.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import pairwise
from math import prod

from sparta.passes.stencil_geometry import (
    Geometry,
    Pencil,
    analyse,
    contiguous,
    pencils,
    source_dims,
)
from sparta.passes.stencil_kernels import (
    Layout,
    build_kernel,
    fuses_results,
    store_copy_kernel,
    stored_token_shape,
    stream_shape,
    window,
)
from sparta.passes.stencil_model import Box, StencilModel
from sparta.passes.stencil_plan import Plan
from sparta.passes.stencil_schedule import Input, Task, compress, repeat, schedule
from sparta.sim import routing
from sparta.sim.device import Device
from sparta.sim.errors import InputError, ResourceError
from sparta.sim.program import (
    AccessPattern,
    Coord,
    Core,
    Direction,
    External,
    Fifo,
    FifoEnd,
    Kernel,
    Step,
    TileKind,
    TileProgram,
    Transfer,
    Via,
    Work,
)


@dataclass
class _FifoSpec:
    """A fifo before transports, depths and channels are decided."""

    name: str
    producer: Coord
    token_shape: tuple[int, ...]
    dtype: str
    consumers: list[Coord] = field(default_factory=list)
    windows: dict[Coord, int] = field(default_factory=dict)
    shim_channel: int | None = None
    sink_channel: int | None = None
    packet: int | None = None
    """Packet id of a lane's output merged with the other lanes' into one S2MM channel."""


def fifo_role(name: str) -> str:
    """A fifo's name without its group and lane suffix (the same role in every group)."""
    return re.sub(r"_g\d+(_l\d+)?$", "", name)


def layout_of(model: StencilModel, plan: Plan) -> Layout:
    """Token dims: every dim but the stream dim that some stream spans more than once."""
    s = plan.stream_dim
    extent = tuple(min(b, e) for b, e in zip(plan.blocks, model.output_box.shape, strict=True))
    geometry = analyse(model, s, extent, 0, 1)
    boxes = [d.box for d in geometry.applies if d.rows] + [d.box for d in geometry.fields if d]
    dims = tuple(d for d in range(model.rank) if d != s and any(box.shape[d] > 1 for box in boxes))
    if not dims:
        dims = (model.rank - 1,) if s != model.rank - 1 else ()
    return Layout(s, dims)


class _Builder:
    def __init__(self, model: StencilModel, plan: Plan, device: Device, work: Work | None) -> None:
        self.work = work or model.work()
        self.model = model
        self.plan = plan
        self.device = device
        self.layout = layout_of(model, plan)
        self.pencils = pencils(model.output_box, plan.blocks)
        self.geometries: dict[tuple[tuple[int, ...], int], Geometry] = {}
        self.kernels: dict[str, Kernel] = {}
        self.fifos: dict[str, _FifoSpec] = {}
        self.cores: dict[Coord, list[Step]] = defaultdict(list)
        self.transfers: list[Transfer] = []
        self._check()
        taken = [a.name for a in model.applies] + [f.name for f in model.fields]
        self.store_prefix = "store"
        """Prefix of the copy streams and kernels of stored-and-read results: one no apply
        or field name starts with, so their names cannot collide."""
        while any(name.startswith(self.store_prefix) for name in taken):
            self.store_prefix = "_" + self.store_prefix

    def _check(self) -> None:
        boxes = {store.box for store in self.model.stores}
        if len(boxes) > 1:
            raise InputError(
                "the tile mapping needs every stencil.store of a program to cover the same "
                f"box; this program stores {len(boxes)} different boxes"
            )

    # --- geometry and kernels --------------------------------------------------------

    def geometry(self, extent: tuple[int, ...], lane: int) -> Geometry:
        key = (extent, lane)
        if key not in self.geometries:
            self.geometries[key] = analyse(
                self.model, self.plan.stream_dim, extent, lane, self.plan.lanes
            )
        return self.geometries[key]

    def shape_suffix(self, extent: tuple[int, ...]) -> str:
        """Kernel-name suffix of a pencil shape (none when all pencils share one shape)."""
        classes = sorted({p.extent for p in self.pencils})
        return f"_{classes.index(extent)}" if len(classes) > 1 else ""

    def kernel(self, apply: int, extent: tuple[int, ...]) -> str:
        name = f"{self.model.applies[apply].name}{self.shape_suffix(extent)}"
        if name not in self.kernels:
            geometry = self.geometry(extent, 0)
            self.kernels[name] = build_kernel(
                self.model, geometry, self.layout, self.model.applies[apply], name
            )
        return name

    def store_copy(self, store: int, extent: tuple[int, ...]) -> str:
        """The kernel cutting a stored-and-read result's stored block out of its tokens."""
        name = f"{self.store_prefix}{store}{self.shape_suffix(extent)}"
        if name not in self.kernels:
            target = self.model.stores[store]
            demand = self.geometry(extent, 0).applies[target.apply]
            dtype = self.model.applies[target.apply].dtypes[target.result]
            self.kernels[name] = store_copy_kernel(self.layout, demand, extent, dtype, name)
        return name

    def store_rows(self, extent: tuple[int, ...], lane: int) -> tuple[int, ...]:
        """The rows of a pencil one lane stores (every `lanes`-th)."""
        s = self.plan.stream_dim
        return tuple(range(lane, extent[s], self.plan.lanes)) if s is not None else (0,)

    # --- streams -----------------------------------------------------------------------

    def field_dims(self, index: int) -> tuple[int, ...]:
        for apply in self.model.applies:
            for i, source in enumerate(apply.sources):
                if source.kind == "field" and source.index == index:
                    return source_dims(self.model, apply, i)
        return tuple(range(self.model.rank))

    def loaded_fields(self) -> list[int]:
        extent = self.pencils[0].extent
        geometry = self.geometry(extent, 0)
        return [i for i, demand in enumerate(geometry.fields) if demand is not None]

    def field_rows(self, index: int, extent: tuple[int, ...]) -> tuple[int, ...]:
        rows: set[int] = set()
        for lane in range(self.plan.lanes):
            demand = self.geometry(extent, lane).fields[index]
            if demand is not None:
                rows.update(demand.rows)
        return contiguous(tuple(sorted(rows)))

    def build(self) -> TileProgram:
        plan = self.plan
        loaded = self.loaded_fields()
        for g in range(plan.groups):
            self._group(g, loaded)
        fifos = self._finish_fifos()
        cores = tuple(Core(tile, tuple(steps)) for tile, steps in sorted(self.cores.items()))
        externals = tuple(
            External(f"arg{f.arg_index}", f.arg_index, f.bounds.shape, f.dtype)
            for f in self.model.fields
        )
        attributes = (
            ("strategy", plan.strategy),
            ("partition", plan.describe_partition()),
            ("placement", plan.describe_placement()),
        )
        return TileProgram(
            self.model.name,
            self.device.name,
            externals,
            fifos,
            tuple(self.kernels[k] for k in sorted(self.kernels)),
            cores,
            tuple(self.transfers),
            (),
            self.work,
            attributes,
        )

    def _group(self, g: int, loaded: list[int]) -> None:
        plan = self.plan
        model = self.model
        assigned = [self.pencils[i] for i in plan.assignment[g]]
        if not assigned:
            return
        extent0 = assigned[0].extent
        field_fifos: dict[int, str] = {}
        for j, index in enumerate(loaded):
            shim, channel = plan.inputs[g][j]
            name = f"{model.fields[index].name}_g{g}"
            dims = self.field_dims(index)
            demand = self.geometry(extent0, 0).fields[index]
            assert demand is not None
            spec = _FifoSpec(
                name, shim, self.layout.token_shape(demand, dims), model.fields[index].dtype
            )
            spec.shim_channel = channel
            self.fifos[name] = spec
            field_fifos[index] = name
            self.transfers.append(self._field_transfer(name, index, assigned, shim, channel))
        stored = {(s.apply, s.result): i for i, s in enumerate(model.stores)}
        extents = list(dict.fromkeys(p.extent for p in assigned))
        lane_outputs: dict[int, list[tuple[int, str]]] = defaultdict(list)
        for lane in range(plan.lanes):
            temp_fifos: dict[tuple[int, int], str] = {}
            copies: dict[tuple[int, int], tuple[int, str]] = {}
            for apply in model.applies:
                # A lane may compute an apply in some pencil shapes only (a short last
                # segment leaves the later lanes fewer rows, or none).
                demands = [self.geometry(e, lane).applies[apply.index] for e in extents]
                demand = next((d for d in demands if d.rows), None)
                if demand is None:
                    continue
                tile = plan.cores[g][lane][plan.stages[apply.index]]
                fused = fuses_results(model, apply)
                for j, dtype in enumerate(apply.dtypes):
                    suffix = f"{j}" if len(apply.dtypes) > 1 and not fused else ""
                    name = f"{apply.name}{suffix}_g{g}" + (f"_l{lane}" if plan.lanes > 1 else "")
                    shape = self.layout.token_shape(demand, tuple(range(model.rank)))
                    spec = _FifoSpec(name, tile, stream_shape(model, apply, shape), dtype)
                    self.fifos.setdefault(name, spec)
                    temp_fifos[(apply.index, j)] = name
                    if (apply.index, j) not in stored:
                        continue
                    index = stored[(apply.index, j)]
                    if model.consumers(apply.index, j):
                        # Read by later applies too: its tokens carry their halo, so the
                        # core copies the stored block into a stream of its own.
                        name = f"{self.store_prefix}{index}_g{g}" + (
                            f"_l{lane}" if plan.lanes > 1 else ""
                        )
                        out = stored_token_shape(self.layout, demand, extent0)
                        self.fifos[name] = _FifoSpec(name, tile, out, dtype)
                        copies[(apply.index, j)] = (index, name)
                    lane_outputs[index].append((lane, name))
            self._lane_cores(g, lane, assigned, field_fifos, temp_fifos, copies)
        for i, store in enumerate(model.stores):
            shim, channel = plan.outputs[g][i]
            for lane, name in lane_outputs[i]:
                spec = self.fifos[name]
                spec.consumers.append(shim)
                spec.sink_channel = channel
                if plan.lanes > 1:  # the lanes' rows merge packet-switched into one channel
                    spec.packet = lane
                self.transfers.append(
                    self._store_transfer(name, store.field, assigned, shim, channel, lane)
                )

    def _lane_cores(
        self,
        g: int,
        lane: int,
        assigned: list[Pencil],
        field_fifos: dict[int, str],
        temp_fifos: dict[tuple[int, int], str],
        copies: dict[tuple[int, int], tuple[int, str]],
    ) -> None:
        plan = self.plan
        runs: list[tuple[tuple[int, ...], int]] = []
        for pencil in assigned:
            if runs and runs[-1][0] == pencil.extent:
                runs[-1] = (pencil.extent, runs[-1][1] + 1)
            else:
                runs.append((pencil.extent, 1))
        for stage in range(plan.num_stages):
            tile = plan.cores[g][lane][stage]
            body: list[Step] = []
            for extent, count in runs:
                steps, held = self._pencil_steps(
                    stage, lane, extent, field_fifos, temp_fifos, copies
                )
                for fifo, most in held.items():
                    spec = self.fifos[fifo]
                    if tile not in spec.consumers:
                        spec.consumers.append(tile)
                    spec.windows[tile] = max(spec.windows.get(tile, 0), most)
                body.extend(repeat(compress(steps), count))
            if body:
                self.cores[tile].extend(body)

    def _pencil_steps(
        self,
        stage: int,
        lane: int,
        extent: tuple[int, ...],
        field_fifos: dict[int, str],
        temp_fifos: dict[tuple[int, int], str],
        copies: dict[tuple[int, int], tuple[int, str]],
    ) -> tuple[list[Step], dict[str, int]]:
        plan, model = self.plan, self.model
        geometry = self.geometry(extent, lane)
        tasks: list[Task] = []
        streams: dict[str, tuple[int, ...]] = {}
        lag: dict[int, int] = {}
        for apply in model.applies:
            if plan.stages[apply.index] != stage or not geometry.applies[apply.index].rows:
                continue
            inputs = []
            my_lag = 0
            for i, source in enumerate(apply.sources):
                if source.kind == "field":
                    fifo = field_fifos[source.index]
                    rows = self.field_rows(source.index, extent)
                    demand = geometry.fields[source.index]
                    assert demand is not None
                else:
                    fifo = temp_fifos[(source.index, source.result)]
                    demand = geometry.applies[source.index]
                    rows = demand.rows
                    if plan.stages[source.index] == stage and self.plan.stream_dim is not None:
                        reach = apply.reach(i)[1][self.plan.stream_dim]
                        my_lag = max(my_lag, lag[source.index] + max(reach, 0))
                streams[fifo] = rows if demand.has_rows else (0,)
                first, size = window(apply, i, plan.stream_dim, demand.has_rows)
                inputs.append(Input(fifo, first, size, demand.has_rows))
            lag[apply.index] = my_lag
            outputs = tuple(
                dict.fromkeys(temp_fifos[(apply.index, j)] for j in range(len(apply.dtypes)))
            )
            kernel = self.kernel(apply.index, extent)
            mine = geometry.applies[apply.index]
            tasks.append(Task(kernel, mine.rows, tuple(inputs), outputs, my_lag))
            for j in range(len(apply.dtypes)):
                if (apply.index, j) not in copies:
                    continue
                store, copy = copies[(apply.index, j)]
                temp = temp_fifos[(apply.index, j)]
                streams[temp] = mine.rows if mine.has_rows else (0,)
                tasks.append(
                    Task(
                        self.store_copy(store, extent),
                        self.store_rows(extent, lane),
                        (Input(temp, 0, 1, mine.has_rows),),
                        (copy,),
                        my_lag,
                    )
                )
        if not tasks:
            return [], {}
        result = schedule(tasks, streams)
        return result.steps, result.held

    # --- transfers ---------------------------------------------------------------------

    def _field_transfer(
        self, fifo: str, index: int, assigned: list[Pencil], shim: Coord, channel: int
    ) -> Transfer:
        field_ = self.model.fields[index]
        dims = self.field_dims(index)
        patterns = []
        for pencil in assigned:
            demand = self.geometry(pencil.extent, 0).fields[index]
            assert demand is not None
            rows = self.field_rows(index, pencil.extent)
            patterns.append(
                self._pattern(field_, dims, pencil.origin, demand.box, rows, demand.has_rows)
            )
        return Transfer(
            fifo, f"arg{field_.arg_index}", Direction.MM2S, shim, channel, _merge(patterns)
        )

    def _store_transfer(
        self, fifo: str, index: int, assigned: list[Pencil], shim: Coord, channel: int, lane: int
    ) -> Transfer:
        """The S2MM task writing one lane's output rows (every `lanes`-th row) of every
        pencil into the field."""
        field_ = self.model.fields[index]
        dims = tuple(range(self.model.rank))
        s = self.plan.stream_dim
        patterns = []
        for pencil in assigned:
            box = Box((0,) * self.model.rank, pencil.extent)
            rows = self.store_rows(pencil.extent, lane)
            if rows:  # a short last segment may leave the later lanes without a row
                patterns.append(
                    self._pattern(field_, dims, pencil.origin, box, rows, s is not None)
                )
        return Transfer(
            fifo, f"arg{field_.arg_index}", Direction.S2MM, shim, channel, _merge(patterns)
        )

    def _pattern(
        self,
        field_: object,
        dims: tuple[int, ...],
        origin: tuple[int, ...],
        box: object,
        rows: tuple[int, ...],
        has_rows: bool,
    ) -> AccessPattern:
        """Elements of one pencil's stream: rows along s, then the token dims."""
        bounds = field_.bounds  # type: ignore[attr-defined]
        shape = bounds.shape
        strides = [prod(shape[i + 1 :]) for i in range(len(shape))]
        position = {d: i for i, d in enumerate(dims)}
        offset = 0
        for d, i in position.items():
            start = origin[d] + box.lb[d]  # type: ignore[attr-defined]
            if d == self.plan.stream_dim and has_rows:
                start = origin[d] + rows[0]
            offset += (start - bounds.lb[i]) * strides[i]
        sizes, steps = [], []
        s = self.plan.stream_dim
        if s is not None and has_rows and s in position:
            spacing = rows[1] - rows[0] if len(rows) > 1 else 1
            sizes.append(len(rows))
            steps.append(spacing * strides[position[s]])
        for d in self.layout.token_dims:
            if d in position:
                sizes.append(box.shape[d])  # type: ignore[attr-defined]
                steps.append(strides[position[d]])
        if not sizes:
            sizes, steps = [1], [1]
        return AccessPattern(offset, tuple(sizes), tuple(steps))

    # --- transports, depths, channels --------------------------------------------------

    def _finish_fifos(self) -> tuple[Fifo, ...]:
        allocator = _Channels(self.device)
        self.positions = {
            tile: (lane, stage)
            for group in self.plan.cores
            for lane, tiles in enumerate(group)
            for stage, tile in enumerate(tiles)
        }
        out = []
        for name in sorted(self.fifos):
            out.append(self._finish(self.fifos[name], allocator))
        return tuple(out)

    def _finish(self, spec: _FifoSpec, channels: _Channels) -> Fifo:
        device = self.device
        slack = self.plan.slack
        producer_is_shim = device.kind(spec.producer) is TileKind.SHIM
        shared_candidates = [] if producer_is_shim else device.reachable_memories(spec.producer)
        pool = spec.producer
        best = -1
        for tile in shared_candidates:
            reach = sum(1 for c in spec.consumers if self._reaches(spec, c, tile))
            if reach > best or (reach == best and tile == spec.producer):
                pool, best = tile, reach
        ends = []
        shared_window = 0
        dma = False
        for consumer in spec.consumers:
            window_ = spec.windows.get(consumer, 1) + self._extra(spec.name, consumer)
            if not producer_is_shim and self._reaches(spec, consumer, pool):
                ends.append(FifoEnd(consumer, Via.SHARED))
                shared_window = max(shared_window, window_)
                continue
            dma = True
            if device.kind(consumer) is TileKind.SHIM:
                hops = routing.hops(pool, consumer)
                ends.append(
                    FifoEnd(consumer, Via.DMA, 0, spec.sink_channel, hops, packet=spec.packet)
                )
                continue
            landing, channel = channels.landing(spec, consumer)
            hops = routing.hops(pool, landing)
            ends.append(
                FifoEnd(
                    consumer,
                    Via.DMA,
                    window_ + 1 + slack,
                    channel,
                    hops,
                    None if landing == consumer else landing,
                )
            )
        if producer_is_shim:
            return Fifo(
                spec.name,
                spec.producer,
                spec.producer,
                tuple(ends),
                spec.token_shape,
                spec.dtype,
                0,
                spec.shim_channel,
            )
        depth = max(shared_window + 1 + slack, 2) if shared_window else 2
        send_channel = channels.send(pool, spec.name) if dma else None
        return Fifo(
            spec.name,
            spec.producer,
            pool,
            tuple(ends),
            spec.token_shape,
            spec.dtype,
            depth,
            send_channel,
        )

    def _extra(self, fifo: str, consumer: Coord) -> int:
        """Buffers `stencil-buffers` added to one end after a probe deadlocked on it."""
        position = self.positions.get(consumer)
        if position is None:
            return 0
        return self.plan.extra_buffers(fifo_role(fifo), *position)

    def _reaches(self, spec: _FifoSpec, consumer: Coord, pool: Coord) -> bool:
        if self.device.kind(consumer) is not TileKind.COMPUTE:
            return False
        return pool in self.device.reachable_memories(consumer)


class _Channels:
    """Hands out tile DMA channels: MM2S where pools are sent from, S2MM where DMA lands."""

    def __init__(self, device: Device) -> None:
        self.device = device
        self.used: dict[tuple[Coord, str], int] = defaultdict(int)
        self.users: dict[tuple[Coord, str], list[str]] = defaultdict(list)

    def _limit(self, tile: Coord, direction: str) -> int:
        kind = self.device.kind(tile)
        if kind is TileKind.MEMORY:
            m = self.device.memory_tile
            return m.dma_s2mm_channels if direction == "s2mm" else m.dma_mm2s_channels
        d = self.device.dma
        return d.tile_s2mm_channels if direction == "s2mm" else d.tile_mm2s_channels

    def send(self, tile: Coord, fifo: str) -> int:
        index = self.used[(tile, "mm2s")]
        if index >= self._limit(tile, "mm2s"):
            raise ResourceError(
                f"tile {tile} needs more than {self._limit(tile, 'mm2s')} outgoing DMA "
                f"channels (in use: {', '.join(self.users[(tile, 'mm2s')])}; no channel left "
                f"for fifo {fifo}); use fewer stages per core or a placement with more "
                "neighbours sharing memory"
            )
        self.used[(tile, "mm2s")] += 1
        self.users[(tile, "mm2s")].append(fifo)
        return index

    def landing(self, spec: _FifoSpec, consumer: Coord) -> tuple[Coord, int]:
        """Where a DMA into `consumer` lands: its own tile, else a neighbour it reaches."""
        options = [consumer]
        options += [t for t in self.device.reachable_memories(consumer) if t != consumer]
        for tile in options:
            index = self.used[(tile, "s2mm")]
            if index < self._limit(tile, "s2mm"):
                self.used[(tile, "s2mm")] += 1
                self.users[(tile, "s2mm")].append(spec.name)
                return tile, index
        in_use = "; ".join(f"{tile}: {', '.join(self.users[(tile, 's2mm')])}" for tile in options)
        raise ResourceError(
            f"core {consumer} receives more DMA streams than its own and its neighbours' "
            f"{self._limit(consumer, 's2mm')} S2MM channels each can land (in use: {in_use}; "
            f"no channel left for fifo {spec.name}); use fewer stages, or map fewer fields "
            "per core"
        )


def _merge(patterns: list[AccessPattern]) -> tuple[AccessPattern, ...]:
    """Fold pencils that follow each other at a constant address step into one pattern."""
    if len(patterns) < 2:
        return tuple(patterns)
    first = patterns[0]
    if all(p.sizes == first.sizes and p.strides == first.strides for p in patterns):
        step = patterns[1].offset - first.offset
        if step > 0 and all(b.offset - a.offset == step for a, b in pairwise(patterns)):
            return (
                AccessPattern(first.offset, (len(patterns), *first.sizes), (step, *first.strides)),
            )
    return tuple(patterns)


def generate(
    model: StencilModel, plan: Plan, device: Device, work: Work | None = None
) -> TileProgram:
    """The tile program implementing `plan` for `model` on `device`.

    `work` is the source program's work as `stencil-prepare` measured it before any
    strategy transformed the program (the model's own work otherwise).
    """
    return _Builder(model, plan, device, work).build()
