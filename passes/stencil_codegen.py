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
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise
from math import prod

from sparta.passes.stencil_geometry import (
    Demand,
    Geometry,
    PencilClass,
    analyse,
    contiguous,
    pencils,
    source_dims,
    store_clips,
)
from sparta.passes.stencil_kernels import (
    Layout,
    build_kernel,
    fuses_results,
    store_copy_kernel,
    stream_shape,
    uses_coordinates,
    window,
)
from sparta.passes.stencil_model import Box, Field, StencilModel, unique_names
from sparta.passes.stencil_plan import Plan
from sparta.passes.stencil_schedule import (
    Input,
    Task,
    compress,
    fold,
    has_args,
    schedule,
    shift_args,
)
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


def result_roles(model: StencilModel) -> dict[tuple[int, int], str]:
    """The fifo role (name without group and lane) of every (apply, result): the apply's
    name, with `_<result>` when its results travel in streams of their own; unique among
    themselves and the field streams (`apply1` result 0 and an apply named `apply10` once
    both named `apply10_g0`)."""
    keys: list[tuple[int, int]] = []
    names: list[str] = []
    for apply in model.applies:
        separate = len(apply.dtypes) > 1 and not fuses_results(model, apply)
        for j in range(len(apply.dtypes) if separate else 1):
            keys.append((apply.index, j))
            names.append(f"{apply.name}_{j}" if separate else apply.name)
    taken = [field.name for field in model.fields]
    return dict(zip(keys, unique_names(names, taken), strict=True))


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
        self.classes = [PencilClass(p.extent, store_clips(model, p)) for p in self.pencils]
        """The class of every pencil: pencils of one class share geometry and schedules."""
        self.geometries: dict[tuple[PencilClass | tuple[int, ...], int], Geometry] = {}
        self.kernels: dict[str, Kernel] = {}
        self.fifos: dict[str, _FifoSpec] = {}
        self.cores: dict[Coord, list[Step]] = defaultdict(list)
        self.transfers: list[Transfer] = []
        self.margins: dict[int, tuple[tuple[int, int], ...]] = {}
        taken = [a.name for a in model.applies] + [f.name for f in model.fields]
        self.store_prefix = "store"
        """Prefix of the copy streams and kernels of stored-and-read results: one no apply
        or field name starts with, so their names cannot collide."""
        while any(name.startswith(self.store_prefix) for name in taken):
            self.store_prefix = "_" + self.store_prefix
        self.roles = result_roles(model)
        self.margins = self._margins()

    def _margins(self) -> dict[int, tuple[tuple[int, int], ...]]:
        """Per field argument read beyond its bounds, the zero margin its buffer needs.

        The mapping computes a stored result over whole pencils, wherever its store box is
        smaller than their union, and both sides of a combine over its whole box. Such a
        point's value is never stored or selected, but its inputs must exist: the host
        pads the field with zeros there (`External.margin`)."""
        model, s = self.model, self.plan.stream_dim
        margins: dict[int, tuple[tuple[int, int], ...]] = {}
        for index, field_ in enumerate(model.fields):
            dims = self.field_dims(index)
            if not dims:
                continue
            low, high = list(field_.bounds.lb), list(field_.bounds.ub)
            for pencil, cls in zip(self.pencils, self.classes, strict=True):
                demand = self.geometry(cls, 0).fields[index]
                rows = self.field_rows(index, cls) if demand is not None else ()
                if demand is None or not rows:
                    continue
                for axis, d in enumerate(dims):
                    if d == s and demand.has_rows:
                        lo, hi = rows[0], rows[-1] + 1
                    else:
                        lo, hi = demand.box.lb[d], demand.box.ub[d]
                    low[axis] = min(low[axis], pencil.origin[d] + lo)
                    high[axis] = max(high[axis], pencil.origin[d] + hi)
            margin = tuple(
                (b_lo - lo, hi - b_hi)
                for lo, hi, b_lo, b_hi in zip(
                    low, high, field_.bounds.lb, field_.bounds.ub, strict=True
                )
            )
            if any(any(pair) for pair in margin):
                previous = margins.get(field_.arg_index, ((0, 0),) * len(margin))
                margins[field_.arg_index] = tuple(
                    (max(a, c), max(b, d)) for (a, b), (c, d) in zip(previous, margin, strict=True)
                )
        return margins

    def buffer_bounds(self, field_: Field) -> Box:
        """The bounds of a field's external buffer: its own, grown by its margin."""
        margin = self.margins.get(field_.arg_index)
        if margin is None:
            return field_.bounds
        return Box(
            tuple(b - lo for b, (lo, _) in zip(field_.bounds.lb, margin, strict=True)),
            tuple(b + hi for b, (_, hi) in zip(field_.bounds.ub, margin, strict=True)),
        )

    # --- geometry and kernels --------------------------------------------------------

    def geometry(self, cls: PencilClass | tuple[int, ...], lane: int) -> Geometry:
        """The demands of one lane in pencils of class `cls` (or, given an extent, with
        every store active: token blocks, which do not depend on the class)."""
        key = (cls, lane)
        if key not in self.geometries:
            extent, clips = (cls.extent, cls.clips) if isinstance(cls, PencilClass) else (cls, None)
            self.geometries[key] = analyse(
                self.model, self.plan.stream_dim, extent, lane, self.plan.lanes, clips
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

    def store_copy(self, store: int, cls: PencilClass) -> str:
        """The kernel cutting a store's block out of the tokens of the result it stores."""
        clip = cls.clips[store]
        assert clip is not None
        blocks = sorted({self._stored_block(store, c) for c in self.classes if c.clips[store]})
        suffix = self.shape_suffix(cls.extent)
        if len(blocks) > 1:
            suffix += f"_b{blocks.index(self._stored_block(store, cls))}"
        name = f"{self.store_prefix}{store}{suffix}"
        if name not in self.kernels:
            target = self.model.stores[store]
            demand = self.geometry(cls.extent, 0).applies[target.apply]
            dtype = self.model.applies[target.apply].dtypes[target.result]
            self.kernels[name] = store_copy_kernel(self.layout, demand, clip, dtype, name)
        return name

    def _stored_block(self, store: int, cls: PencilClass) -> tuple[tuple[int, ...], ...]:
        """A store's block in a class over the token dims (rows aside), for naming."""
        clip = cls.clips[store]
        assert clip is not None
        dims = self.layout.token_dims
        return (cls.extent, tuple(clip.lb[d] for d in dims), tuple(clip.ub[d] for d in dims))

    def store_rows(self, store: int, cls: PencilClass, lane: int) -> tuple[int, ...]:
        """The rows of a store one lane writes in a pencil of class `cls` (every
        `lanes`-th row of the pencil, within the store's box)."""
        clip = cls.clips[store]
        if clip is None:
            return ()
        s = self.plan.stream_dim
        if s is None:
            return (0,)
        start = clip.lb[s] + (lane - clip.lb[s]) % self.plan.lanes
        return tuple(range(start, clip.ub[s], self.plan.lanes))

    def copies_store(self, store: int, assigned: Sequence[int]) -> bool:
        """Whether a store takes its rows from a copy stream of its own: when its result
        is read by later applies too (its tokens carry their halo), stored more than once,
        or when some pencil stores less than the whole token."""
        model = self.model
        target = model.stores[store]
        if model.consumers(target.apply, target.result):
            return True
        if (
            sum(
                1
                for other in model.stores
                if (other.apply, other.result) == (target.apply, target.result)
            )
            > 1
        ):
            return True
        for i in assigned:
            cls = self.classes[i]
            clip = cls.clips[store]
            if clip is None:
                continue
            demand = self.geometry(cls.extent, 0).applies[target.apply]
            if any(
                (clip.lb[d], clip.ub[d]) != (demand.box.lb[d], demand.box.ub[d])
                for d in self.layout.token_dims
            ):
                return True
        return False

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

    def field_rows(self, index: int, cls: PencilClass) -> tuple[int, ...]:
        """The rows a field stream carries in a pencil of class `cls` (every row from the
        first any lane needs to the last)."""
        rows: set[int] = set()
        for lane in range(self.plan.lanes):
            demand = self.geometry(cls, lane).fields[index]
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
            {
                f.arg_index: External(
                    f"arg{f.arg_index}",
                    f.arg_index,
                    self.buffer_bounds(f).shape,
                    f.dtype,
                    self.margins.get(f.arg_index, ()),
                )
                for f in self.model.fields  # a field read through two mappings: one buffer
            }.values()
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
        if not plan.assignment[g]:
            return
        assigned = [self.pencils[i] for i in plan.assignment[g]]
        classes = list(dict.fromkeys(self.classes[i] for i in plan.assignment[g]))
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
            self.transfers.append(self._field_transfer(name, index, g, shim, channel))
        copied = {i for i in range(len(model.stores)) if self.copies_store(i, plan.assignment[g])}
        lane_outputs: dict[int, list[tuple[int, str]]] = defaultdict(list)
        lanes = "_l{}" if plan.lanes > 1 else ""
        for lane in range(plan.lanes):
            temp_fifos: dict[tuple[int, int], str] = {}
            copies: dict[int, str] = {}
            for apply in model.applies:
                # A lane may compute an apply in some pencil classes only (a short last
                # segment leaves the later lanes fewer rows, or none; a store of a
                # smaller box needs no rows in the pencils outside it).
                demands = [self.geometry(c, lane).applies[apply.index] for c in classes]
                if not any(d.rows for d in demands):
                    continue
                demand = self.geometry(extent0, 0).applies[apply.index]
                tile = plan.cores[g][lane][plan.stages[apply.index]]
                fused = fuses_results(model, apply)
                for j, dtype in enumerate(apply.dtypes):
                    role = self.roles[(apply.index, 0 if fused else j)]
                    name = f"{role}_g{g}" + lanes.format(lane)
                    shape = self.layout.token_shape(demand, tuple(range(model.rank)))
                    spec = _FifoSpec(name, tile, stream_shape(model, apply, shape), dtype)
                    self.fifos.setdefault(name, spec)
                    temp_fifos[(apply.index, j)] = name
                    for index, store in enumerate(model.stores):
                        if (store.apply, store.result) != (apply.index, j):
                            continue
                        if index not in copied:
                            lane_outputs[index].append((lane, name))
                            continue
                        if not any(self.classes[k].clips[index] for k in plan.assignment[g]):
                            continue  # the group's pencils store nothing of it
                        copy = f"{self.store_prefix}{index}_g{g}" + lanes.format(lane)
                        out = self._stored_token(index, plan.assignment[g])
                        self.fifos[copy] = _FifoSpec(copy, tile, out, dtype)
                        copies[index] = copy
                        lane_outputs[index].append((lane, copy))
            self._lane_cores(g, lane, classes, field_fifos, temp_fifos, copies)
        for i in range(len(model.stores)):
            shim, channel = plan.outputs[g][i]
            for lane, name in lane_outputs[i]:
                spec = self.fifos[name]
                spec.consumers.append(shim)
                spec.sink_channel = channel
                if plan.lanes > 1:  # the lanes' rows merge packet-switched into one channel
                    spec.packet = lane
                self.transfers.append(self._store_transfer(name, i, g, shim, channel, lane))

    def _stored_token(self, store: int, assigned: tuple[int, ...]) -> tuple[int, ...]:
        """The token of a store's copy stream: its block over the token dims, which must
        be the same in every pencil of the group that stores something."""
        shapes = set()
        for i in assigned:
            clip = self.classes[i].clips[store]
            if clip is not None:
                shapes.add(
                    self.layout.token_shape(Demand((), clip, True), tuple(range(self.model.rank)))
                )
        if len(shapes) != 1:
            raise InputError(
                f"stencil.store #{store} writes blocks of {len(shapes)} shapes in one group of "
                "pencils; the mapping needs one (this is a bug in choosing pencil blocks)"
            )
        return shapes.pop()

    def _lane_cores(
        self,
        g: int,
        lane: int,
        classes: list[PencilClass],
        field_fifos: dict[int, str],
        temp_fifos: dict[tuple[int, int], str],
        copies: dict[int, str],
    ) -> None:
        plan = self.plan
        runs: list[tuple[PencilClass, list[tuple[int, ...]]]] = []
        for i in plan.assignment[g]:
            cls, origin = self.classes[i], self.pencils[i].origin
            if runs and runs[-1][0] == cls:
                runs[-1][1].append(origin)
            else:
                runs.append((cls, [origin]))
        steps_of: dict[tuple[int, PencilClass], tuple[tuple[Step, ...], dict[str, int]]] = {}
        for stage in range(plan.num_stages):
            tile = plan.cores[g][lane][stage]
            body: list[Step] = []
            for cls, origins in runs:
                if (stage, cls) not in steps_of:
                    steps, held = self._pencil_steps(
                        stage, lane, cls, field_fifos, temp_fifos, copies
                    )
                    steps_of[(stage, cls)] = (compress(steps), held)
                pencil, held = steps_of[(stage, cls)]
                for fifo, most in held.items():
                    spec = self.fifos[fifo]
                    if tile not in spec.consumers:
                        spec.consumers.append(tile)
                    spec.windows[tile] = max(spec.windows.get(tile, 0), most)
                if has_args(pencil):  # coordinates: every pencil passes its own
                    body.extend(fold([shift_args(pencil, origin) for origin in origins]))
                else:
                    body.extend(fold([pencil] * len(origins)))
            if body:
                self.cores[tile].extend(body)

    def _pencil_steps(
        self,
        stage: int,
        lane: int,
        cls: PencilClass,
        field_fifos: dict[int, str],
        temp_fifos: dict[tuple[int, int], str],
        copies: dict[int, str],
    ) -> tuple[list[Step], dict[str, int]]:
        plan, model = self.plan, self.model
        geometry = self.geometry(cls, lane)
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
                    rows = self.field_rows(source.index, cls)
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
            kernel = self.kernel(apply.index, cls.extent)
            mine = geometry.applies[apply.index]
            origin = None
            if uses_coordinates(self.kernels[kernel]):  # the rows' first points, relative
                origin = tuple(
                    0 if d == plan.stream_dim else lo for d, lo in enumerate(mine.box.lb)
                )
            tasks.append(
                Task(kernel, mine.rows, tuple(inputs), outputs, my_lag, origin, plan.stream_dim)
            )
            for index, store in enumerate(model.stores):
                if store.apply != apply.index or index not in copies:
                    continue
                rows = self.store_rows(index, cls, lane)
                if not rows:
                    continue
                temp = temp_fifos[(apply.index, store.result)]
                streams[temp] = mine.rows if mine.has_rows else (0,)
                copy_input = Input(temp, 0, 1, mine.has_rows)
                tasks.append(
                    Task(self.store_copy(index, cls), rows, (copy_input,), (copies[index],), my_lag)
                )
        if not tasks:
            return [], {}
        result = schedule(tasks, streams)
        return result.steps, result.held

    # --- transfers ---------------------------------------------------------------------

    def _field_transfer(self, fifo: str, index: int, g: int, shim: Coord, channel: int) -> Transfer:
        field_ = self.model.fields[index]
        dims = self.field_dims(index)
        patterns = []
        for i in self.plan.assignment[g]:
            pencil, cls = self.pencils[i], self.classes[i]
            demand = self.geometry(cls, 0).fields[index]
            assert demand is not None
            rows = self.field_rows(index, cls)
            if rows:  # a pencil that stores nothing needing the field reads none of it
                patterns.append(
                    self._pattern(field_, dims, pencil.origin, demand.box, rows, demand.has_rows)
                )
        return Transfer(
            fifo, f"arg{field_.arg_index}", Direction.MM2S, shim, channel, _merge(patterns)
        )

    def _store_transfer(
        self, fifo: str, store: int, g: int, shim: Coord, channel: int, lane: int
    ) -> Transfer:
        """The S2MM task writing one lane's rows of a store (every `lanes`-th row) of
        every pencil into the field: the part of the pencil inside the store's box."""
        field_ = self.model.fields[self.model.stores[store].field]
        dims = tuple(range(self.model.rank))
        s = self.plan.stream_dim
        patterns = []
        for i in self.plan.assignment[g]:
            pencil, clip = self.pencils[i], self.classes[i].clips[store]
            rows = self.store_rows(store, self.classes[i], lane)
            if clip is not None and rows:  # a short last segment may leave a lane no row
                patterns.append(
                    self._pattern(field_, dims, pencil.origin, clip, rows, s is not None)
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
        bounds = self.buffer_bounds(field_)  # type: ignore[arg-type]
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
        ends = _shared_depths(ends)
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
        send_channel = None
        if dma and not shared_window:  # DMA readers only: any memory the producer reaches
            pool, send_channel = channels.send_any([pool, *shared_candidates], spec.name)
            ends = [
                replace(end, hops=routing.hops(pool, end.pool_tile)) if end.via is Via.DMA else end
                for end in ends
            ]
        elif dma:
            send_channel = channels.send(pool, spec.name)
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
        self.landed: dict[str, list[tuple[Coord, int]]] = defaultdict(list)
        """Per fifo, the (tile, S2MM channel) of every landing it has."""

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

    def send_any(self, tiles: list[Coord], fifo: str) -> tuple[Coord, int]:
        """The first of `tiles` with an MM2S channel left, and the channel."""
        for tile in tiles:
            if self.used[(tile, "mm2s")] < self._limit(tile, "mm2s"):
                return tile, self.send(tile, fifo)
        return tiles[0], self.send(tiles[0], fifo)  # raises, naming the producer's tile

    def landing(self, spec: _FifoSpec, consumer: Coord) -> tuple[Coord, int]:
        """Where a DMA into `consumer` lands: its own tile, else a neighbour it reaches;
        when their channels are all taken, a landing of the same fifo that another
        consumer already has in a memory this one reaches (the token lands once and both
        read it there)."""
        options = [consumer]
        options += [t for t in self.device.reachable_memories(consumer) if t != consumer]
        for tile in options:
            index = self.used[(tile, "s2mm")]
            if index < self._limit(tile, "s2mm"):
                self.used[(tile, "s2mm")] += 1
                self.users[(tile, "s2mm")].append(spec.name)
                self.landed[spec.name].append((tile, index))
                return tile, index
        for tile, index in self.landed[spec.name]:
            if tile in options:
                return tile, index
        in_use = "; ".join(f"{tile}: {', '.join(self.users[(tile, 's2mm')])}" for tile in options)
        raise ResourceError(
            f"core {consumer} receives more DMA streams than its own and its neighbours' "
            f"{self._limit(consumer, 's2mm')} S2MM channels each can land (in use: {in_use}; "
            f"no channel left for fifo {spec.name}); use fewer stages, or map fewer fields "
            "per core"
        )


def _shared_depths(ends: list[FifoEnd]) -> list[FifoEnd]:
    """DMA ends sharing a landing share its pool: each gets the deepest of their depths."""
    deepest: dict[tuple[Coord, int | None], int] = defaultdict(int)
    for end in ends:
        if end.via is Via.DMA:
            key = (end.pool_tile, end.channel)
            deepest[key] = max(deepest[key], end.depth)
    return [
        replace(end, depth=deepest[(end.pool_tile, end.channel)]) if end.via is Via.DMA else end
        for end in ends
    ]


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
