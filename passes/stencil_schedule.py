"""Row scheduling: the acquire/run/release program of one core for one pencil.

A core computes some applies (tasks), each on a set of rows. Rows are computed in order of
`row + lag`, where an apply's lag puts it far enough behind the applies it reads in the
same core (`lag >= producer lag + largest row offset read`), so every row it needs is
already there. Before each kernel call the core acquires (cumulatively) the rows of each
input stream the call needs; after it, it releases the rows no later call of this core
needs. The resulting step list is periodic in the steady state and is compressed into
loops, so a 256-row plane costs a few dozen steps of IR.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace

from sparta.sim.program import Acquire, Affine, Loop, Port, Release, Run, Step


@dataclass(frozen=True)
class Input:
    """A kernel operand reading `window` rows of `fifo` from row `row + first`."""

    fifo: str
    first: int
    window: int
    has_rows: bool


@dataclass(frozen=True)
class Task:
    """One apply on one core for one pencil.

    With an `origin` the kernel reads coordinates: each run passes the coordinates of its
    row's first point, `origin` plus the row along `stream_dim` (relative to the pencil;
    the pencil's origin is added per pencil, `shift_args`).
    """

    kernel: str
    rows: tuple[int, ...]
    inputs: tuple[Input, ...]
    outputs: tuple[str, ...]
    lag: int
    origin: tuple[int, ...] | None = None
    stream_dim: int | None = None

    def args(self, row: int) -> tuple[Affine, ...]:
        if self.origin is None:
            return ()
        return tuple(
            (start + (row if dim == self.stream_dim else 0),)
            for dim, start in enumerate(self.origin)
        )


@dataclass
class Schedule:
    """The steps of one pencil and the most tokens held of each consumed fifo."""

    steps: list[Step]
    held: dict[str, int]


def schedule(tasks: list[Task], streams: dict[str, tuple[int, ...]]) -> Schedule:
    """Steps computing every task's rows, given each consumed fifo's row sequence."""
    position = {fifo: {row: i for i, row in enumerate(rows)} for fifo, rows in streams.items()}
    events = sorted(
        ((row + task.lag, index, row) for index, task in enumerate(tasks) for row in task.rows),
    )
    needs: list[list[tuple[str, int, int]]] = []
    for _, index, row in events:
        task = tasks[index]
        need = []
        for inp in task.inputs:
            if inp.has_rows:
                low = position[inp.fifo][row + inp.first]
                high = position[inp.fifo][row + inp.first + inp.window - 1]
                if high - low + 1 != inp.window:
                    raise ValueError(
                        f"rows of {inp.fifo} needed by {task.kernel} are not contiguous"
                    )
            else:
                low = high = 0
            need.append((inp.fifo, low, high))
        needs.append(need)
    future: dict[str, list[int]] = {fifo: [0] * (len(events) + 1) for fifo in streams}
    for fifo, rows in streams.items():
        future[fifo][len(events)] = len(rows)
    for e in range(len(events) - 1, -1, -1):
        for fifo in streams:
            future[fifo][e] = future[fifo][e + 1]
        for fifo, low, _ in needs[e]:
            future[fifo][e] = min(future[fifo][e], low)
    head = dict.fromkeys(streams, 0)
    held = dict.fromkeys(streams, 0)
    most = dict.fromkeys(streams, 0)
    steps: list[Step] = []

    def drop(fifo: str, new_head: int) -> None:
        count = new_head - head[fifo]
        if count <= 0:
            return
        if count > held[fifo]:
            steps.append(Acquire(fifo, Port.CONSUME, count))
            held[fifo] = count
            most[fifo] = max(most[fifo], count)
        steps.append(Release(fifo, Port.CONSUME, count))
        held[fifo] -= count
        head[fifo] = new_head

    for e, (_, index, _) in enumerate(events):
        task = tasks[index]
        offsets = []
        for fifo, low, high in needs[e]:
            count = high - head[fifo] + 1
            if count > held[fifo]:
                steps.append(Acquire(fifo, Port.CONSUME, count))
                held[fifo] = count
                most[fifo] = max(most[fifo], count)
            offsets.append(low - head[fifo])
        for fifo in task.outputs:
            steps.append(Acquire(fifo, Port.PRODUCE, 1))
        fifos = tuple(inp.fifo for inp in task.inputs) + task.outputs
        offsets += [0] * len(task.outputs)
        steps.append(Run(task.kernel, fifos, tuple(offsets), task.args(events[e][2])))
        for fifo in task.outputs:
            steps.append(Release(fifo, Port.PRODUCE, 1))
        for fifo in dict.fromkeys(inp.fifo for inp in task.inputs):
            drop(fifo, future[fifo][e + 1])
    for fifo in streams:
        drop(fifo, len(streams[fifo]))
    return Schedule(steps, most)


def compress(steps: list[Step]) -> tuple[Step, ...]:
    """Fold repeated runs of steps into `Loop`s (the period is the commonest gap
    between two calls of the same kernel). Blocks repeat when they differ only in run
    arguments that step by a constant from block to block (`_Series`)."""
    period = _period(steps)
    if period == 0:
        return tuple(steps)
    out: list[Step] = []
    i = 0
    n = len(steps)
    while i < n:
        block = steps[i : i + period]
        count = 1
        while (
            i + (count + 1) * period <= n
            and steps[i + count * period : i + (count + 1) * period] == block
        ):
            count += 1
        if count >= 2:  # identical blocks (no run arguments differ): the common case
            out.append(Loop(count, tuple(block)))
            i += count * period
            continue
        if any(isinstance(step, Run) and step.args for step in block):
            series = _Series(tuple(block))
            while i + (series.count + 1) * period <= n:
                start = i + series.count * period
                if not series.extend(tuple(steps[start : start + period])):
                    break
            if series.count >= 2:
                out.append(series.loop())
                i += series.count * period
                continue
        out.append(steps[i])
        i += 1
    return tuple(out)


def fold(blocks: list[tuple[Step, ...]]) -> tuple[Step, ...]:
    """Consecutive blocks of steps (say, one per pencil) as few steps as possible: one
    `Loop` over each run of blocks that repeat (`_Series`), the others as they are."""
    out: list[Step] = []
    i = 0
    while i < len(blocks):
        series = _Series(blocks[i])
        while i + series.count < len(blocks) and series.extend(blocks[i + series.count]):
            pass
        if series.count == 1:
            out.extend(blocks[i])
        else:
            out.append(series.loop())
        i += series.count
    return tuple(out)


class _Series:
    """Blocks of steps of one shape whose run arguments step by a constant from each block
    to the next: `count` of them fold into one `Loop`, in which every argument gains the
    loop's counter with its step as coefficient."""

    def __init__(self, first: tuple[Step, ...]) -> None:
        self.first = first
        self.shape = _bare(first)
        self.args = _arguments(first)
        self.stride: list[int] | None = None
        self.count = 1

    def extend(self, block: tuple[Step, ...]) -> bool:
        """Take `block` as the next repetition if it is one."""
        if block != self.first and _bare(block) != self.shape:
            return False
        args = _arguments(block)
        if any(b[1:] != a[1:] for a, b in zip(self.args, args, strict=True)):
            return False
        steps = [b[0] - a[0] for a, b in zip(self.args, args, strict=True)]
        if self.stride is None:
            self.stride = steps
        elif any(step != self.count * s for step, s in zip(steps, self.stride, strict=True)):
            return False
        self.count += 1
        return True

    def loop(self) -> Loop:
        stride = self.stride or [0] * len(self.args)
        looped = [(a[0], s, *a[1:]) for a, s in zip(self.args, stride, strict=True)]
        return Loop(self.count, _with_arguments(self.first, iter(looped)))


def _bare(steps: tuple[Step, ...]) -> tuple[Step, ...]:
    """`steps` without run arguments (their shape)."""
    out: list[Step] = []
    for step in steps:
        if isinstance(step, Run):
            out.append(replace(step, args=()) if step.args else step)
        elif isinstance(step, Loop):
            out.append(Loop(step.count, _bare(step.body)))
        else:
            out.append(step)
    return tuple(out)


def _arguments(steps: tuple[Step, ...]) -> list[Affine]:
    """Every run argument of `steps`, in order."""
    out: list[Affine] = []
    for step in steps:
        if isinstance(step, Run):
            out.extend(step.args)
        elif isinstance(step, Loop):
            out.extend(_arguments(step.body))
    return out


def _with_arguments(steps: tuple[Step, ...], args: Iterator[Affine]) -> tuple[Step, ...]:
    out: list[Step] = []
    for step in steps:
        if isinstance(step, Run) and step.args:
            out.append(replace(step, args=tuple(next(args) for _ in step.args)))
        elif isinstance(step, Loop):
            out.append(Loop(step.count, _with_arguments(step.body, args)))
        else:
            out.append(step)
    return tuple(out)


def has_args(steps: tuple[Step, ...]) -> bool:
    """Whether some run of `steps` passes its kernel arguments."""
    return bool(_arguments(steps))


def shift_args(steps: tuple[Step, ...], origin: tuple[int, ...]) -> tuple[Step, ...]:
    """`steps` with `origin[d]` added to the constant of every run's argument `d` (a
    pencil's steps are scheduled relative to its origin)."""
    if not any(origin):
        return steps
    out: list[Step] = []
    for step in steps:
        if isinstance(step, Run) and step.args:
            moved = tuple((a[0] + o, *a[1:]) for a, o in zip(step.args, origin, strict=True))
            out.append(replace(step, args=moved))
        elif isinstance(step, Loop):
            out.append(Loop(step.count, shift_args(step.body, origin)))
        else:
            out.append(step)
    return tuple(out)


def _period(steps: list[Step]) -> int:
    last: dict[str, int] = {}
    gaps: Counter[int] = Counter()
    for i, step in enumerate(steps):
        if isinstance(step, Run):
            if step.kernel in last:
                gaps[i - last[step.kernel]] += 1
            last[step.kernel] = i
    return gaps.most_common(1)[0][0] if gaps else 0
