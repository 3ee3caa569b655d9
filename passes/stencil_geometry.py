"""Pencils and demands: which rows and blocks each apply and field needs, per lane.

The output space is cut into **pencils**: blocks over every dimension but the stream
dimension `s` (rows), and segments along `s`. Each pencil streams along `s` one **row**
at a time; a row of a stream is a token holding that stream's block of the other
(token) dimensions, halo included. Accesses along `s` become windows of rows, accesses
along token dimensions become offsets inside a token.

Within a group of cores sharing I/O channels, **lanes** split a pencil's output rows
round-robin (lane k computes rows k, k+L, ...), as SPARTA's B-block lanes do. Demands
are propagated backwards from the stores through every access: rows as sets (a lane may
need scattered rows), token blocks as bounding boxes. Everything is relative to the
pencil origin, so pencils of one shape share one geometry (and one set of kernels).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import product
from math import ceil

from sparta.passes.stencil_model import Apply, Box, StencilModel


@dataclass(frozen=True)
class Pencil:
    """One block of the output space: global origin and extent per dimension."""

    origin: tuple[int, ...]
    extent: tuple[int, ...]


@dataclass(frozen=True)
class PencilClass:
    """What the mapping of a pencil depends on: its extent and, per store, the block it
    stores there relative to its origin (None: none). Pencils of one class share one
    geometry, one set of kernels and one schedule per core."""

    extent: tuple[int, ...]
    clips: tuple[Box | None, ...]


@dataclass(frozen=True)
class Demand:
    """What one stream must carry for one pencil class and lane."""

    rows: tuple[int, ...]
    """Rows along the stream dimension (relative), sorted; `(0,)` for rowless sources."""
    box: Box
    """Block over the source's token dimensions (relative), in apply-space dims."""
    has_rows: bool


@dataclass(frozen=True)
class Geometry:
    """Demands of every apply result and field for one pencil shape and one lane."""

    extent: tuple[int, ...]
    lane: int
    applies: tuple[Demand, ...]
    fields: tuple[Demand | None, ...]


def pencils(output: Box, blocks: tuple[int, ...]) -> list[Pencil]:
    """Cut `output` into blocks of `blocks`. Where a block does not divide its dimension
    the last block ends at the edge and overlaps the one before: every pencil has one
    extent, so every stream of a group carries tokens of one shape. The overlapping points
    are computed twice, from the same inputs, and stored twice with the same values."""
    ranges = []
    for lo, hi, block in zip(output.lb, output.ub, blocks, strict=True):
        size = min(block, hi - lo)
        starts = list(range(lo, hi - size + 1, size))
        if starts[-1] + size < hi:
            starts.append(hi - size)
        ranges.append([(start, size) for start in starts])
    return [
        Pencil(tuple(o for o, _ in combo), tuple(e for _, e in combo)) for combo in product(*ranges)
    ]


def block_counts(output: Box, blocks: tuple[int, ...]) -> tuple[int, ...]:
    return tuple(ceil(e / b) for e, b in zip(output.shape, blocks, strict=True))


def source_dims(model: StencilModel, apply: Apply, operand: int) -> tuple[int, ...]:
    """Apply-space dimensions an operand has (all, unless it is a lower-rank field)."""
    dims = None
    for op in apply.ops:
        if op.opcode == "stencil.access" and op.attr("operand") == operand:
            dims = op.attr("dims")
            break
    return tuple(dims) if dims is not None else tuple(range(model.rank))  # type: ignore[arg-type]


def analyse(
    model: StencilModel,
    stream_dim: int | None,
    extent: tuple[int, ...],
    lane: int,
    lanes: int,
    clips: tuple[Box | None, ...] | None = None,
) -> Geometry:
    """Propagate demands from the stores of one pencil shape back to the fields.

    `clips` gives, per store, the block of the pencil it stores (relative to the pencil
    origin; None: the pencil stores none of it; all of the pencil when not given): rows
    are computed only where some store needs them. Token blocks do not depend on the
    clips: every stored result is computed over the whole pencil wherever it is computed,
    so every pencil of one shape streams tokens of one shape (a store of a smaller box
    takes its part of each token, `stencil_codegen`).
    """
    rank = model.rank
    s = stream_dim
    out_rows = list(range(extent[s])) if s is not None else [0]
    out_rows = [r for r in out_rows if r % lanes == lane] if s is not None else out_rows
    full = Box((0,) * rank, extent)
    rows: dict[tuple[str, int], set[int]] = {}
    boxes: dict[tuple[str, int], Box] = {}
    rowless: dict[tuple[str, int], bool] = {}

    def need(key: tuple[str, int], new_rows: set[int], box: Box, has_rows: bool) -> None:
        rows.setdefault(key, set()).update(new_rows)
        boxes[key] = boxes[key].union(box) if key in boxes else box
        rowless[key] = not has_rows

    for index, store in enumerate(model.stores):
        clip = full if clips is None else clips[index]
        stored = set() if clip is None else {r for r in out_rows if _in_rows(clip, s, r)}
        need(("apply", store.apply), stored, full, s is not None)
    for apply in reversed(model.applies):
        key = ("apply", apply.index)
        if key not in rows:
            continue
        mine_rows, mine_box = rows[key], boxes[key]
        for i, source in enumerate(apply.sources):
            lo, hi = apply.reach(i)
            dims = source_dims(model, apply, i)
            has_rows = s is not None and s in dims
            if has_rows:
                assert s is not None
                new_rows = {r + d for r in mine_rows for d in range(lo[s], hi[s] + 1)}
            else:
                new_rows = {0} if mine_rows else set()
            box = mine_box.shifted(lo, hi)
            box = Box(
                tuple(b if d in dims else 0 for d, b in enumerate(box.lb)),
                tuple(b if d in dims else 1 for d, b in enumerate(box.ub)),
            )
            target = ("apply", source.index) if source.kind == "temp" else ("field", source.index)
            need(target, new_rows, box, has_rows)

    def demand(key: tuple[str, int]) -> Demand:
        if key not in rows:  # not needed by any store: never computed
            return Demand((), full, s is not None)
        return Demand(tuple(sorted(rows[key])), boxes[key], not rowless[key])

    applies = tuple(demand(("apply", a.index)) for a in model.applies)
    fields = tuple(
        demand(("field", i)) if ("field", i) in rows else None for i in range(len(model.fields))
    )
    return Geometry(extent, lane, applies, fields)


def _in_rows(clip: Box, stream_dim: int | None, row: int) -> bool:
    return stream_dim is None or clip.lb[stream_dim] <= row < clip.ub[stream_dim]


def store_clips(model: StencilModel, pencil: Pencil) -> tuple[Box | None, ...]:
    """Per store, the block of `pencil` it writes, relative to the pencil's origin (None
    where it writes nothing there)."""
    clips: list[Box | None] = []
    for store in model.stores:
        lb = tuple(max(b, o) - o for b, o in zip(store.box.lb, pencil.origin, strict=True))
        ub = tuple(
            min(b, o + e) - o
            for b, o, e in zip(store.box.ub, pencil.origin, pencil.extent, strict=True)
        )
        clips.append(None if any(u <= lo for lo, u in zip(lb, ub, strict=True)) else Box(lb, ub))
    return tuple(clips)


def contiguous(rows: tuple[int, ...]) -> tuple[int, ...]:
    """The full range from the first to the last row (field streams carry every row)."""
    return tuple(range(rows[0], rows[-1] + 1)) if rows else rows
