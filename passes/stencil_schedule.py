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
from dataclasses import dataclass

from sparta.sim.program import Acquire, Loop, Port, Release, Run, Step


@dataclass(frozen=True)
class Input:
    """A kernel operand reading `window` rows of `fifo` from row `row + first`."""

    fifo: str
    first: int
    window: int
    has_rows: bool


@dataclass(frozen=True)
class Task:
    """One apply on one core for one pencil."""

    kernel: str
    rows: tuple[int, ...]
    inputs: tuple[Input, ...]
    outputs: tuple[str, ...]
    lag: int


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
        steps.append(Run(task.kernel, fifos, tuple(offsets) + (0,) * len(task.outputs)))
        for fifo in task.outputs:
            steps.append(Release(fifo, Port.PRODUCE, 1))
        for fifo in dict.fromkeys(inp.fifo for inp in task.inputs):
            drop(fifo, future[fifo][e + 1])
    for fifo in streams:
        drop(fifo, len(streams[fifo]))
    return Schedule(steps, most)


def compress(steps: list[Step]) -> tuple[Step, ...]:
    """Fold repeated runs of steps into `Loop`s (the period is the commonest gap
    between two calls of the same kernel)."""
    period = _period(steps)
    if period == 0:
        return tuple(steps)
    out: list[Step] = []
    i = 0
    n = len(steps)
    while i < n:
        block = steps[i : i + period]
        if i + 2 * period <= n and steps[i + period : i + 2 * period] == block:
            count = 2
            while (
                i + (count + 1) * period <= n
                and steps[i + count * period : i + (count + 1) * period] == block
            ):
                count += 1
            out.append(Loop(count, tuple(block)))
            i += count * period
        else:
            out.append(steps[i])
            i += 1
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


def repeat(body: tuple[Step, ...], count: int) -> tuple[Step, ...]:
    """`body` `count` times, as one loop when that is shorter."""
    if count == 1:
        return body
    return (Loop(count, body),)
