"""The mapping plan of a stencil program, and its form as IR attributes.

Each mapping pass decides one part of the plan and records it on the stencil function, so
`--emit stencil` and the lit tests show every decision:
- `stencil-balance`: `sparta.stage` on every apply, `sparta.mapping` (strategy, stages,
  lanes, groups) on the function;
- `stencil-replicate`: `sparta.partition` (stream dimension, pencil block sizes, the
  pencils of every group);
- `stencil-place`: `sparta.placement` (the tile of every group/lane/stage core and the
  shim channels of every group);
- `stencil-buffers`: `sparta.buffers` (extra buffers beyond double buffering).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from xdsl.dialects import func, stencil
from xdsl.dialects.builtin import ArrayAttr, DictionaryAttr, IntAttr, IntegerAttr, StringAttr
from xdsl.ir import Attribute

from sparta.dialects.locations import location_of
from sparta.sim.errors import InputError
from sparta.sim.program import Coord

STAGE = "sparta.stage"
MAPPING = "sparta.mapping"
PARTITION = "sparta.partition"
PLACEMENT = "sparta.placement"
BUFFERS = "sparta.buffers"


@dataclass(frozen=True)
class Plan:
    """Every decision the lowering to the tile dialect needs."""

    strategy: str
    stages: tuple[int, ...]
    """Stage (core within a lane) of every apply."""
    num_stages: int
    lanes: int
    """Cores sharing a group's channels, each computing every `lanes`-th row."""
    groups: int
    """Independent pipelines, each with its own shim channels."""
    stream_dim: int | None = None
    blocks: tuple[int, ...] = ()
    """Pencil size per dimension (along the stream dimension: rows per segment)."""
    assignment: tuple[tuple[int, ...], ...] = ()
    """Pencil indices of every group, in processing order."""
    cores: tuple[tuple[tuple[Coord, ...], ...], ...] = ()
    """Tile of every [group][lane][stage] core."""
    inputs: tuple[tuple[tuple[Coord, int], ...], ...] = ()
    """Per group, the (shim tile, MM2S channel) of every loaded field."""
    outputs: tuple[tuple[tuple[Coord, int], ...], ...] = ()
    """Per group, the (shim tile, S2MM channel) of every store."""
    slack: int = 1
    """Buffers per fifo end beyond what its window and double buffering need."""
    extra: tuple[tuple[str, int, int, int], ...] = ()
    """(fifo role, lane, stage, buffers): extra buffers for the consumer end at that
    lane and stage in every group, where a broadcast's ends drift apart."""

    def extra_buffers(self, role: str, lane: int, stage: int) -> int:
        for name, at_lane, at_stage, count in self.extra:
            if (name, at_lane, at_stage) == (role, lane, stage):
                return count
        return 0

    @property
    def tiles(self) -> int:
        return self.groups * self.lanes * self.num_stages

    def describe_partition(self) -> str:
        counts = sorted({len(a) for a in self.assignment})
        return (
            f"stream dim {self.stream_dim}, pencil blocks {list(self.blocks)}, "
            f"{sum(len(a) for a in self.assignment)} pencils over {self.groups} groups "
            f"({'/'.join(map(str, counts))} each), {self.lanes} lane(s), "
            f"{self.num_stages} stage(s)"
        )

    def describe_placement(self) -> str:
        shims = sorted({f"{tile}:{ch}" for group in self.inputs for tile, ch in group})
        return f"{self.tiles} cores; shim in channels {', '.join(shims)}"


# --- attributes --------------------------------------------------------------------------


def _int(value: int) -> IntegerAttr:
    return IntegerAttr(value, 64)


def _ints(values: tuple[int, ...] | list[int]) -> ArrayAttr:
    return ArrayAttr([_int(v) for v in values])


def _tile(tile: Coord) -> ArrayAttr:
    return _ints([tile.col, tile.row])


def _read_int(attr: Attribute) -> int:
    if isinstance(attr, IntegerAttr):
        return int(attr.value.data)
    if isinstance(attr, IntAttr):
        return attr.data
    raise InputError(f"expected an integer attribute, got {attr}")


def _read_ints(attr: Attribute) -> tuple[int, ...]:
    assert isinstance(attr, ArrayAttr)
    return tuple(_read_int(a) for a in attr.data)


def _read_tile(attr: Attribute) -> Coord:
    col, row = _read_ints(attr)
    return Coord(col, row)


def _get(function: func.FuncOp, key: str, pass_name: str) -> DictionaryAttr:
    attr = function.attributes.get(key)
    if not isinstance(attr, DictionaryAttr):
        raise InputError(
            f"the function has no {key} attribute; run {pass_name} first", location_of(function)
        )
    return attr


def applies_of(function: func.FuncOp) -> list[stencil.ApplyOp]:
    return [op for op in function.body.block.ops if isinstance(op, stencil.ApplyOp)]


def write_plan(function: func.FuncOp, plan: Plan, upto: str) -> None:
    """Record the plan's decisions made so far (`upto` = the deciding pass) on `function`."""
    order = [MAPPING, PARTITION, PLACEMENT, BUFFERS]
    for apply, stage in zip(applies_of(function), plan.stages, strict=True):
        apply.attributes[STAGE] = _int(stage)
    function.attributes[MAPPING] = DictionaryAttr(
        {
            "strategy": StringAttr(plan.strategy),
            "stages": _int(plan.num_stages),
            "lanes": _int(plan.lanes),
            "groups": _int(plan.groups),
        }
    )
    if order.index(upto) >= 1:
        function.attributes[PARTITION] = DictionaryAttr(
            {
                "stream_dim": _int(-1 if plan.stream_dim is None else plan.stream_dim),
                "blocks": _ints(plan.blocks),
                "pencils": ArrayAttr([_ints(a) for a in plan.assignment]),
            }
        )
    if order.index(upto) >= 2:
        function.attributes[PLACEMENT] = DictionaryAttr(
            {
                "cores": ArrayAttr(
                    [
                        ArrayAttr([ArrayAttr([_tile(t) for t in lane]) for lane in group])
                        for group in plan.cores
                    ]
                ),
                "inputs": ArrayAttr(
                    [ArrayAttr([_ints([t.col, t.row, c]) for t, c in g]) for g in plan.inputs]
                ),
                "outputs": ArrayAttr(
                    [ArrayAttr([_ints([t.col, t.row, c]) for t, c in g]) for g in plan.outputs]
                ),
            }
        )
    if order.index(upto) >= 3:
        function.attributes[BUFFERS] = DictionaryAttr(
            {
                "slack": _int(plan.slack),
                "extra": ArrayAttr(
                    [
                        ArrayAttr([StringAttr(n), _int(lane), _int(stage), _int(count)])
                        for n, lane, stage, count in plan.extra
                    ]
                ),
            }
        )


def read_plan(function: func.FuncOp, upto: str) -> Plan:
    """The plan recorded on `function` by the passes up to and including `upto`."""
    order = [MAPPING, PARTITION, PLACEMENT, BUFFERS]
    mapping = _get(function, MAPPING, "stencil-balance").data
    stages = []
    for apply in applies_of(function):
        attr = apply.attributes.get(STAGE)
        if attr is None:
            raise InputError(
                "an apply has no sparta.stage; run stencil-balance", location_of(apply)
            )
        stages.append(_read_int(attr))
    strategy = mapping["strategy"]
    assert isinstance(strategy, StringAttr)
    plan = Plan(
        strategy.data,
        tuple(stages),
        _read_int(mapping["stages"]),
        _read_int(mapping["lanes"]),
        _read_int(mapping["groups"]),
    )
    if order.index(upto) >= 1:
        part = _get(function, PARTITION, "stencil-replicate").data
        dim = _read_int(part["stream_dim"])
        pencils = part["pencils"]
        assert isinstance(pencils, ArrayAttr)
        plan = replace(
            plan,
            stream_dim=None if dim < 0 else dim,
            blocks=_read_ints(part["blocks"]),
            assignment=tuple(_read_ints(a) for a in pencils.data),
        )
    if order.index(upto) >= 2:
        place = _get(function, PLACEMENT, "stencil-place").data
        cores = place["cores"]
        assert isinstance(cores, ArrayAttr)
        plan = replace(
            plan,
            cores=tuple(
                tuple(tuple(_read_tile(t) for t in lane.data) for lane in group.data)
                for group in cores.data
            ),
            inputs=_read_channels(place["inputs"]),
            outputs=_read_channels(place["outputs"]),
        )
    if order.index(upto) >= 3:
        buffers = _get(function, BUFFERS, "stencil-buffers").data
        extra = buffers["extra"]
        assert isinstance(extra, ArrayAttr)
        entries = []
        for entry in extra.data:
            assert isinstance(entry, ArrayAttr)
            name, lane, stage, count = entry.data
            assert isinstance(name, StringAttr)
            entries.append((name.data, _read_int(lane), _read_int(stage), _read_int(count)))
        plan = replace(plan, slack=_read_int(buffers["slack"]), extra=tuple(entries))
    return plan


def _read_channels(attr: Attribute) -> tuple[tuple[tuple[Coord, int], ...], ...]:
    assert isinstance(attr, ArrayAttr)
    groups = []
    for group in attr.data:
        assert isinstance(group, ArrayAttr)
        entries = []
        for entry in group.data:
            col, row, channel = _read_ints(entry)
            entries.append((Coord(col, row), channel))
        groups.append(tuple(entries))
    return tuple(groups)
