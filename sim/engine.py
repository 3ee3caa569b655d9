"""The event-driven timing engine: cores, DMA movers and links over token pools.

The program is elaborated into **pools** (a fifo end's ring of token buffers, with one
producer and one or more consumers) and **actors** that act on them:
- a core interprets its loop nest; `Run` takes the kernel's cost in cycles;
- a **mover** is a DMA channel pair moving tokens from a source pool (or external memory)
  into destination pools (or external memory), one token per transfer, at the slowest
  channel's bandwidth; a broadcast moves each token to every destination at once;
- a link moves tokens between pools instantly (its DMA time is charged to the movers
  around it), joining, splitting or forwarding them.
Actors block when a pool is empty (consumers) or full (producers) and are woken when it
changes. Events wait in one list per cycle (a calendar: a heap holds the cycles that have
one), in the order they were scheduled, so every run is deterministic. Nothing is
cycle-stepped.

Data does not flow through the engine: it records, for every kernel invocation, which
tokens it read and wrote and at which dependency level, and `sim.functional` executes the
kernels afterwards in batches on the real data.
"""

from __future__ import annotations

import heapq
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from math import ceil
from typing import Any

from sparta.sim.cost import KernelCost, kernel_cost
from sparta.sim.device import Device
from sparta.sim.errors import DeadlockError, SimulationError
from sparta.sim.program import (
    Acquire,
    Affine,
    Coord,
    Direction,
    Fifo,
    Link,
    LinkMode,
    Loop,
    Port,
    Release,
    Run,
    Step,
    TileKind,
    TileProgram,
    Transfer,
    Via,
    affine_value,
)

ProgressCallback = Callable[[float], None]
Resume = Callable[["Engine", int], None]

_ACQ_CONS, _ACQ_PROD, _REL_CONS, _REL_ONLY, _REL_PROD, _RUN, _END, _LOOP, _LOG, _DONE = range(10)
"""Core opcodes. `_REL_ONLY` releases for a pool's only consumer. `_LOG` records a
release (placed before it) or a completed acquire (after it) in the engine's history; it
is only emitted when history is kept."""
_push = heapq.heappush


def _at(engine: Engine, cycle: int, call: Resume) -> None:
    """Schedule `call(engine, cycle)` after everything already scheduled at `cycle`."""
    bucket = engine.calendar.get(cycle)
    if bucket is None:
        engine.calendar[cycle] = [call]
        _push(engine.agenda, cycle)
    else:
        bucket.append(call)


PACKET_HEADER_BYTES = 4
"""A packet-switched token travels behind one 32-bit header word (AM009/AM020)."""


class Pool:
    """A ring of `depth` token buffers of one fifo at one place, with counters.

    Token indices are the fifo's stream positions. The producer has released `produced`
    tokens and holds `held` more (being written); consumer `c` has released
    `released[c]` and holds `cons_held[c]` starting there.
    """

    __slots__ = (
        "cons_held",
        "cons_waiters",
        "depth",
        "fifo",
        "held",
        "label",
        "min_released",
        "prod_waiters",
        "produced",
        "released",
        "tile",
        "unbounded",
    )

    def __init__(
        self, fifo: int, label: str, depth: int, tile: Coord, unbounded: bool = False
    ) -> None:
        self.fifo = fifo
        self.label = label
        self.tile = tile
        self.depth = depth
        self.unbounded = unbounded
        self.produced = 0
        self.held = 0
        self.released: list[int] = []
        self.cons_held: list[int] = []
        self.min_released = 0
        self.prod_waiters: list[Resume] = []
        self.cons_waiters: list[Resume] = []
        """Actors waiting for space or for tokens, as the calls that resume them."""

    def add_consumer(self) -> int:
        self.released.append(0)
        self.cons_held.append(0)
        return len(self.released) - 1

    def can_produce(self, n: int) -> bool:
        if self.unbounded:
            return True
        low = self.min_released if self.released else self.produced
        return self.produced + n - low <= self.depth

    def can_consume(self, role: int, n: int) -> bool:
        return self.produced >= self.released[role] + n


class Actor:
    """Something that runs in simulated time: a core, a mover or a link."""

    __slots__ = ("blocked_on", "finished", "label", "tile", "wakeup")

    def __init__(self, label: str, tile: Coord) -> None:
        self.label = label
        self.tile = tile
        self.finished = False
        self.blocked_on = ""
        self.wakeup: Resume = self.resume
        """`resume`, bound once: what waits in pools' waiter lists and the ready queue."""

    def resume(self, engine: Engine, now: int) -> None:
        raise NotImplementedError

    def describe_wait(self) -> str:
        """What the actor is blocked on (for deadlock reports)."""
        return self.blocked_on


@dataclass
class TileStats:
    """Where a compute tile's cycles went."""

    busy: int = 0
    overhead: int = 0
    stall_input: int = 0
    stall_output: int = 0
    finish: int = 0
    runs: int = 0
    ops: int = 0
    first_run: int = -1
    last_run_end: int = 0
    port_cycles: int = 0
    """Busy cycles beyond the vector work: kernels bound by load or store ports."""
    kernel_overheads: int = 0
    """Busy cycles spent in per-invocation kernel overhead (loop set-up, prologues)."""
    waits_at_first_run: tuple[int, int, int] = (0, 0, 0)
    """(stall_input, stall_output, overhead) as they stood when the first kernel started."""
    waits_at_last_run_end: tuple[int, int, int] = (0, 0, 0)
    """The same counters when the last kernel ended: the rest is pipeline drain."""


@dataclass
class ChannelStats:
    """How long a DMA channel moved data, and how much."""

    busy: int = 0
    bytes: int = 0
    tokens: int = 0
    first_start: int = -1
    last_end: int = 0


@dataclass
class RunRecord:
    """Kernel invocations to execute functionally: per call, the window head of every
    operand, then the values of the `Run`'s integer arguments."""

    kernel: str
    fifos: tuple[str, ...]
    level: int
    heads: list[tuple[int, ...]] = field(default_factory=list)


@dataclass
class LinkRecord:
    """Link steps to execute functionally: input and output token indices per step."""

    link: Link
    level: int
    steps: list[tuple[tuple[int, ...], tuple[int, ...]]] = field(default_factory=list)


@dataclass
class EngineResult:
    """Timing and everything the functional pass and the report need."""

    cycles: int
    events: int
    wall_seconds: float
    tiles: dict[Coord, TileStats]
    channels: dict[tuple[Coord, str, int], ChannelStats]
    kernel_costs: dict[str, KernelCost]
    tokens: dict[str, int]
    runs: dict[tuple[str, tuple[str, ...], int], RunRecord]
    links: dict[tuple[int, int], LinkRecord]
    trace: list[tuple[str, str, int, int]] | None
    """(track, name, start, end) spans when tracing was requested."""


class Engine:
    """Runs a `TileProgram` on a `Device` in simulated time."""

    def __init__(
        self,
        program: TileProgram,
        device: Device,
        *,
        trace: bool = False,
        progress: ProgressCallback | None = None,
        history: bool = False,
    ) -> None:
        self.program = program
        self.device = device
        self.calendar: dict[int, list[Resume]] = {}
        """The calls due at each future cycle, in the order they were scheduled."""
        self.agenda: list[int] = []
        """A heap of the cycles the calendar has calls for."""
        self.now = 0
        self.events = 0
        self.history: deque[tuple[int, Coord, str, str, int]] | None = (
            deque(maxlen=16) if history else None
        )
        """The cores' last acquires and releases (cycle, tile, 'acquired' or 'released',
        fifo, count), kept only when asked: `run` re-runs with it on deadlock."""
        self.lock_cycles = device.core.lock_cycles
        self.loop_cycles = device.core.loop_iteration_cycles
        self.trace: list[tuple[str, str, int, int]] | None = [] if trace else None
        self.progress = progress
        self.fifo_index = {f.name: i for i, f in enumerate(program.fifos)}
        self.written_level: list[list[int]] = [[] for _ in program.fifos]
        self.tiles: dict[Coord, TileStats] = {}
        self.channels: dict[tuple[Coord, str, int], ChannelStats] = {}
        self.kernel_costs = {k.name: kernel_cost(k, device) for k in program.kernels}
        self.runs: dict[tuple[str, tuple[str, ...], int], RunRecord] = {}
        self.links: dict[tuple[int, int], LinkRecord] = {}
        self.ready: deque[Callable[[Engine, int], None]] = deque()
        """Wake-ups due now, in the order they were made (see `run`)."""
        self.packet_channels: dict[tuple[Coord, int], list[int]] = {}
        """Per S2MM channel that packet-switched fifos share: when it is next free."""
        self.actors: list[Actor] = []
        self.total_runs = 0
        self._elaborate()

    # --- scheduling ---------------------------------------------------------------

    def schedule(self, at: int, actor: Actor) -> None:
        """Resume `actor` at cycle `at`."""
        _at(self, at, actor.wakeup)

    def wake(self, waiters: list[Resume]) -> None:
        """Resume every waiting actor now, in the order they started waiting (after the
        events already due now: the ready queue runs once the calendar has none left at now)."""
        self.ready.extend(waiters)
        waiters.clear()

    # --- elaboration --------------------------------------------------------------

    def _elaborate(self) -> None:
        program, _device = self.program, self.device
        self.producer_pool: dict[str, Pool] = {}
        self.consumer_pool: dict[tuple[str, Coord], tuple[Pool, int]] = {}
        totals = _token_totals(program)
        self.token_totals = totals
        for index, fifo in enumerate(program.fifos):
            self._elaborate_fifo(index, fifo, totals[fifo.name])
        for link in program.links:
            self.actors.append(LinkActor(self, link, totals))
        for core in program.cores:
            actor = CoreActor(self, core.tile, core.body)
            self.actors.append(actor)
            self.tiles[core.tile] = actor.stats
        self.total_runs = sum(a.total_runs for a in self.actors if isinstance(a, CoreActor))

    def _elaborate_fifo(self, index: int, fifo: Fifo, total: int) -> None:
        device = self.device
        shim_producer = device.kind(fifo.producer) is TileKind.SHIM
        source = Pool(
            index,
            f"{fifo.name}@{fifo.pool_tile}",
            fifo.depth,
            fifo.pool_tile,
            unbounded=shim_producer,
        )
        if shim_producer:
            source.produced = total  # external memory holds the whole stream
        self.producer_pool[fifo.name] = source
        dma_dests: list[tuple[Pool, Coord, int | None, int]] = []
        landed: dict[tuple[Coord, int | None], Pool] = {}
        for end in fifo.consumers:
            if end.via is Via.SHARED:
                self.consumer_pool[(fifo.name, end.tile)] = (source, source.add_consumer())
                continue
            sink = device.kind(end.tile) is TileKind.SHIM
            shared = landed.get((end.pool_tile, end.channel)) if not sink else None
            if shared is not None:  # another end's landing: the token lands once
                self.consumer_pool[(fifo.name, end.tile)] = (shared, shared.add_consumer())
                continue
            pool = Pool(index, f"{fifo.name}@{end.tile}", end.depth, end.tile, unbounded=sink)
            role = pool.add_consumer()
            self.consumer_pool[(fifo.name, end.tile)] = (pool, role)
            landed[(end.pool_tile, end.channel)] = pool
            dma_dests.append((pool, end.pool_tile, end.channel, end.hops))
        if dma_dests:
            role = source.add_consumer()
            self.actors.append(Mover(self, fifo, source, role, dma_dests, total))

    # --- functional bookkeeping ----------------------------------------------------

    def level_of(self, windows: list[tuple[int, int, int]]) -> int:
        """Dependency level of a step reading token windows (fifo, head, count).

        Only writes order steps: a producer writes tokens it holds, which no consumer can
        have acquired yet, so a later write never races an earlier read.
        """
        level = 0
        for fifo, head, count in windows:
            written = self.written_level[fifo]
            if head < len(written):
                level = max(level, *written[head : head + count])
        return level + 1

    def mark(self, fifo: int, head: int, count: int, level: int) -> None:
        """Record that a step at `level` wrote tokens head..head+count-1 of `fifo`."""
        written = self.written_level[fifo]
        end = head + count
        if len(written) < end:
            written.extend([0] * (end - len(written)))
        written[head:end] = [level] * count

    def done_runs(self) -> int:
        """Kernel calls made so far, over all cores (for progress reports)."""
        return sum(a.total_runs - a.runs_left for a in self.actors if isinstance(a, CoreActor))

    def run_record(self, kernel: str, fifos: tuple[str, ...], level: int) -> RunRecord:
        """The record of `kernel` on `fifos` at `level`, shared by every core calling it."""
        key = (kernel, fifos, level)
        record = self.runs.get(key)
        if record is None:
            record = self.runs[key] = RunRecord(kernel, fifos, level)
        return record

    # --- running ------------------------------------------------------------------

    def run(self) -> EngineResult:
        """Simulate to completion; raise `SimulationError` on deadlock."""
        start = time.perf_counter()
        for actor in self.actors:
            self.schedule(0, actor)
        calendar = self.calendar
        agenda = self.agenda
        ready = self.ready
        pop = heapq.heappop
        popleft = ready.popleft
        events = 0
        progress = self.progress
        now = -1
        due: list[Resume] = []
        index = 0
        # Events run in (cycle, order of scheduling). Wake-ups are always due now and
        # scheduled after every calendar event due now, so they wait in a FIFO queue until
        # those have run; calls they schedule for now join `due` and run before the rest.
        while True:
            if index < len(due):
                call = due[index]
                index += 1
            elif ready:
                call = popleft()
            elif agenda:
                calendar.pop(now, None)
                now = pop(agenda)
                self.now = now
                due = calendar[now]
                call = due[0]
                index = 1
            else:
                break
            call(self, now)
            events += 1
            if not events & 0xFFFF and progress is not None:
                progress(self.done_runs() / max(self.total_runs, 1))
        self.events = events
        stuck = [a for a in self.actors if not a.finished]
        if stuck:
            if self.history is None:  # the run is deterministic: again, keeping history
                Engine(self.program, self.device, history=True).run()
            raise DeadlockError(self._deadlock_message(stuck), self._full_pools(stuck))
        for actor in self.actors:
            if isinstance(actor, (CoreActor, Mover)):
                actor.settle(self)
        cycles = max([s.finish for s in self.tiles.values()] + [self.now])
        for stats in self.tiles.values():
            stats.finish = stats.finish or cycles
        return EngineResult(
            cycles=cycles,
            events=events,
            wall_seconds=time.perf_counter() - start,
            tiles=self.tiles,
            channels=self.channels,
            kernel_costs=self.kernel_costs,
            tokens=dict(self.token_totals),
            runs=self.runs,
            links=self.links,
            trace=self.trace,
        )

    def _full_pools(self, stuck: list[Actor]) -> list[tuple[str, object]]:
        """(fifo, tile) of pools a blocked sender found full."""
        full: list[tuple[str, object]] = []
        for actor in stuck:
            if (
                isinstance(actor, Mover)
                and actor.waiting is not None
                and actor.waiting is not actor.source
            ):
                full.append((actor.fifo.name, actor.waiting.tile))
        return full

    def _deadlock_message(self, stuck: list[Actor]) -> str:
        lines = [f"deadlock at cycle {self.now}: no actor can make progress"]
        for actor in stuck[:12]:
            lines.append(f"  {actor.label} waits to {actor.describe_wait()}")
        if len(stuck) > 12:
            lines.append(f"  ... and {len(stuck) - 12} more blocked actors")
        lines.append("last acquires and releases before it:")
        for at, tile, action, fifo, count in self.history or ():
            lines.append(f"  cycle {at}: core {tile} {action} {count} of fifo {fifo}")
        return "\n".join(lines)

    def channel(self, tile: Coord, direction: str, index: int | None) -> ChannelStats:
        key = (tile, direction, -1 if index is None else index)
        stats = self.channels.get(key)
        if stats is None:
            stats = self.channels[key] = ChannelStats()
        return stats

    def bytes_per_cycle(self, tile: Coord, pl: bool = False) -> int:
        """A channel's rate at `tile`; `pl`: the interface tile's PL stream instead."""
        kind = self.device.kind(tile)
        if kind is TileKind.SHIM and pl:
            return self.device.pl.stream_bytes_per_cycle
        if kind is TileKind.SHIM:
            return self.device.dma.shim_channel_bytes_per_cycle
        if kind is TileKind.MEMORY:
            return self.device.memory_tile.bytes_per_cycle_per_channel
        return self.device.dma.channel_bytes_per_cycle


def _token_totals(program: TileProgram) -> dict[str, int]:
    """Tokens each fifo carries over the whole run (its producer's releases)."""
    totals = {f.name: 0 for f in program.fifos}
    for transfer in program.transfers:
        if transfer.direction is Direction.MM2S:
            elements = sum(p.elements for p in transfer.patterns)
            totals[transfer.fifo] += elements // program.fifo(transfer.fifo).token_elements
    for core in program.cores:
        for fifo, count in _released(core.body, Port.PRODUCE).items():
            totals[fifo] += count
    for link in program.links:
        steps = _link_steps(program, link, totals)
        for name in link.outputs:
            totals[name] += steps
    return totals


def _released(steps: tuple[Step, ...], port: Port) -> dict[str, int]:
    counts: dict[str, int] = {}
    for step in steps:
        if isinstance(step, Release) and step.port is port:
            counts[step.fifo] = counts.get(step.fifo, 0) + step.count
        elif isinstance(step, Loop):
            for fifo, count in _released(step.body, port).items():
                counts[fifo] = counts.get(fifo, 0) + count * step.count
    return counts


def _link_steps(program: TileProgram, link: Link, totals: dict[str, int]) -> int:
    """How many times a link fires: once per token of (each of) its inputs."""
    if link.mode is LinkMode.JOIN:
        return min(totals[name] for name in link.inputs)
    return totals[link.inputs[0]]


class RunSite:
    """One `Run` step of a core, with what every call of it needs worked out once."""

    __slots__ = ("args", "bindings", "calls", "cycles", "fifos", "kernel", "records", "writes")

    def __init__(
        self,
        kernel: str,
        fifos: tuple[str, ...],
        cycles: int,
        bindings: tuple[tuple[Pool, int, int, int, int], ...],
        args: tuple[Affine, ...] = (),
    ) -> None:
        self.kernel = kernel
        self.fifos = fifos
        self.cycles = cycles
        self.args = args
        """The kernel's integer arguments, affine in the enclosing loops' counters."""
        self.bindings = bindings
        """(pool, role, window, fifo index, token offset) per operand, in operand order."""
        self.writes = tuple(
            (index, window, fifo)
            for index, (_, role, window, fifo, _) in enumerate(bindings)
            if role < 0
        )
        """(operand index, window, fifo index) of the operands the kernel writes."""
        self.calls = 0
        self.records: dict[int, RunRecord] = {}
        """This site's share of `Engine.runs`, by dependency level."""


class CoreActor(Actor):
    """A compute tile interpreting its flattened loop nest.

    The code is a list of tuples whose first item is the opcode (see `_ACQ_CONS` and the
    rest); acquires and releases come in producer and consumer forms so the hot loop
    tests the role once, at elaboration. `_DONE` ends the list.
    """

    __slots__ = (
        "block_kind",
        "block_start",
        "code",
        "loops",
        "pc",
        "pending",
        "runs_left",
        "sites",
        "stats",
        "total_runs",
        "waiting",
    )

    def __init__(self, engine: Engine, tile: Coord, body: tuple[Step, ...]) -> None:
        super().__init__(f"core {tile}", tile)
        self.code: list[tuple[Any, ...]] = []
        self.sites: list[RunSite] = []
        self.total_runs = 0
        self._flatten(engine, body, 1)
        self.code.append((_DONE,))
        self.runs_left = self.total_runs
        self.pc = 0
        self.loops: list[list[int]] = []
        self.pending = 0
        self.stats = TileStats()
        self.waiting: tuple[tuple[Any, ...], Pool] | None = None
        self.block_start = -1
        self.block_kind = 0

    def _flatten(self, engine: Engine, steps: tuple[Step, ...], multiplicity: int) -> None:
        code = self.code
        for step in steps:
            if isinstance(step, Loop):
                start = len(code)
                code.append((_LOOP, step.count, 0))
                self._flatten(engine, step.body, multiplicity * step.count)
                code[start] = (_LOOP, step.count, len(code) + 1)
                code.append((_END, start))
            elif isinstance(step, (Acquire, Release)):
                pool, role = self._pool(engine, step.fifo, step.port)
                log = (_LOG, step.fifo, step.count)
                if isinstance(step, Acquire):
                    op = _ACQ_PROD if role < 0 else _ACQ_CONS
                    code.append((op, pool, role, step.count, step.fifo))
                    if engine.history is not None:  # once acquired (a blocked one retries)
                        code.append((*log, "acquired"))
                else:
                    if role < 0:
                        op = _REL_PROD
                    else:
                        op = _REL_ONLY if len(pool.released) == 1 else _REL_CONS
                    if engine.history is not None:
                        code.append((*log, "released"))
                    code.append((op, pool, role, step.count, step.fifo))
            elif isinstance(step, Run):
                kernel = engine.program.kernel(step.kernel)
                bindings = []
                for i, (fifo, operand) in enumerate(zip(step.fifos, kernel.operands, strict=True)):
                    pool, role = self._pool(engine, fifo, operand.port)
                    bindings.append(
                        (pool, role, operand.window, engine.fifo_index[fifo], step.offset(i))
                    )
                cycles = engine.kernel_costs[step.kernel].cycles
                site = RunSite(step.kernel, step.fifos, cycles, tuple(bindings), step.args)
                self.sites.append(site)
                code.append((_RUN, site))
                self.total_runs += multiplicity

    def _pool(self, engine: Engine, fifo: str, port: Port) -> tuple[Pool, int]:
        if port is Port.PRODUCE:
            return engine.producer_pool[fifo], -1
        return engine.consumer_pool[(fifo, self.tile)]

    def resume(self, engine: Engine, now: int) -> None:
        if self.block_start >= 0:
            if now < self.block_start:  # woken while still paying its lock cycles
                _at(engine, self.block_start, self.wakeup)
                return
            waited = now - self.block_start
            if self.block_kind == 1:
                self.stats.stall_input += waited
            else:
                self.stats.stall_output += waited
            self.block_start = -1
            self.waiting = None
        code = self.code
        pc = self.pc
        lock = engine.lock_cycles
        pending = self.pending
        while True:
            instr = code[pc]
            op = instr[0]
            if op == _ACQ_CONS:
                pool, role, count = instr[1], instr[2], instr[3]
                if count > pool.cons_held[role]:
                    if pool.produced < pool.released[role] + count:
                        self.pc = pc
                        self._block(now, pending, pool.cons_waiters, 1, instr, pool)
                        return
                    pool.cons_held[role] = count
                pending += lock
            elif op == _ACQ_PROD:
                pool, count = instr[1], instr[3]
                if count > pool.held:
                    low = pool.min_released if pool.released else pool.produced
                    if not pool.unbounded and pool.produced + count - low > pool.depth:
                        self.pc = pc
                        self._block(now, pending, pool.prod_waiters, 2, instr, pool)
                        return
                    pool.held = count
                pending += lock
            elif op == _REL_ONLY:
                pool, count = instr[1], instr[3]
                low = pool.released[0] + count
                pool.released[0] = low
                pool.cons_held[0] -= count
                pool.min_released = low
                waiters = pool.prod_waiters
                if waiters:  # Engine.wake, inlined here and below: the hottest loop
                    engine.ready.extend(waiters)
                    waiters.clear()
                pending += lock
            elif op == _REL_CONS:
                pool, role, count = instr[1], instr[2], instr[3]
                released = pool.released
                released[role] += count
                pool.cons_held[role] -= count
                low = min(released)  # several consumers (one is _REL_ONLY)
                if low != pool.min_released:
                    pool.min_released = low
                    waiters = pool.prod_waiters
                    if waiters:
                        engine.ready.extend(waiters)
                        waiters.clear()
                pending += lock
            elif op == _REL_PROD:
                pool, count = instr[1], instr[3]
                pool.held -= count
                pool.produced += count
                waiters = pool.cons_waiters
                if waiters:
                    engine.ready.extend(waiters)
                    waiters.clear()
                pending += lock
            elif op == _RUN:
                self.pc = pc
                self.pending = pending
                self._run(engine, now, instr[1])
                return
            elif op == _END:
                frame = self.loops[-1]
                frame[1] -= 1
                if frame[1] > 0:
                    pc = frame[0] + 1
                    pending += engine.loop_cycles
                    continue
                self.loops.pop()
            elif op == _LOOP:
                if instr[1] == 0:
                    pc = instr[2]
                    continue
                self.loops.append([pc, instr[1]])
            elif op == _LOG:
                assert engine.history is not None
                engine.history.append((now, self.tile, instr[3], instr[1], instr[2]))
            else:  # _DONE
                self.pc = pc
                self.finished = True
                stats = self.stats
                stats.finish = now + pending
                stats.overhead += pending
                self.pending = 0
                return
            pc += 1

    def _block(
        self,
        now: int,
        pending: int,
        waiters: list[Resume],
        kind: int,
        instr: tuple[Any, ...],
        pool: Pool,
    ) -> None:
        """Wait on `pool`; lock cycles already owed are spent before the wait starts."""
        self.stats.overhead += pending
        self.block_start = now + pending
        self.pending = 0
        self.block_kind = kind
        self.waiting = (instr, pool)
        waiters.append(self.wakeup)

    def describe_wait(self) -> str:
        """What the core is blocked on (for deadlock reports)."""
        if self.waiting is None:
            return "nothing (runnable)"
        instr, pool = self.waiting
        side = "consume" if self.block_kind == 1 else "produce"
        held = pool.held if self.block_kind == 2 else None
        return (
            f"acquire {instr[3]} of fifo {instr[4]} ({side}); pool {pool.label} has "
            f"{pool.produced} produced, depth {pool.depth}"
            + (f", producer holds {held}" if held is not None else "")
        )

    def _run(self, engine: Engine, now: int, site: RunSite) -> None:
        """Start one kernel call: record the token windows it reads and writes at their
        dependency level (for the functional pass), charge its cycles, and resume the
        core when it ends."""
        heads = []
        level = 0
        written_levels = engine.written_level
        for pool, role, window, fifo, offset in site.bindings:
            if role < 0:
                head, held = pool.produced, pool.held
            else:
                head, held = pool.released[role], pool.cons_held[role]
            if offset + window > held:
                raise SimulationError(
                    f"core {self.tile} runs kernel {site.kernel} on tokens {offset}..."
                    f"{offset + window - 1} of fifo {engine.program.fifos[fifo].name} "
                    f"but holds only {held}"
                )
            head += offset
            heads.append(head)
            written = written_levels[fifo]
            if head < len(written):
                top = written[head] if window == 1 else max(written[head : head + window])
                if top > level:
                    level = top
        level += 1
        for index, window, fifo in site.writes:
            head = heads[index]
            written = written_levels[fifo]
            if head == len(written) and window == 1:  # the usual case: the next token
                written.append(level)
                continue
            stop = head + window
            if len(written) < stop:
                written.extend([0] * (stop - len(written)))
            written[head:stop] = [level] * window
        if site.args:  # recorded after the heads: the loop counters they depend on
            code = self.code
            ivs = tuple(code[pc][1] - left for pc, left in self.loops)
            heads.extend(affine_value(arg, ivs) for arg in site.args)
        record = site.records.get(level)
        if record is None:
            record = site.records[level] = engine.run_record(site.kernel, site.fifos, level)
        record.heads.append(tuple(heads))
        site.calls += 1
        pending = self.pending
        start = now + pending
        end = start + site.cycles
        stats = self.stats
        stats.overhead += pending
        if stats.first_run < 0:
            stats.first_run = start
            stats.waits_at_first_run = (stats.stall_input, stats.stall_output, stats.overhead)
        self.runs_left -= 1
        if not self.runs_left:
            stats.last_run_end = end
            stats.waits_at_last_run_end = (
                stats.stall_input,
                stats.stall_output,
                stats.overhead,
            )
        if engine.trace is not None:
            engine.trace.append((str(self.tile), site.kernel, start, end))
        self.pending = 0
        self.pc += 1
        bucket = engine.calendar.get(end)  # _at, inlined on the hottest path
        if bucket is None:
            engine.calendar[end] = [self.wakeup]
            _push(engine.agenda, end)
        else:
            bucket.append(self.wakeup)

    def settle(self, engine: Engine) -> None:
        """Fold per-site call counts into the tile's busy-time statistics."""
        stats = self.stats
        for site in self.sites:
            cost = engine.kernel_costs[site.kernel]
            calls = site.calls
            stats.busy += calls * cost.cycles
            stats.runs += calls
            stats.ops += calls * cost.ops
            stats.port_cycles += calls * (cost.cycles - cost.overhead_cycles - cost.vector_cycles)
            stats.kernel_overheads += calls * cost.overhead_cycles


class Mover(Actor):
    """A DMA path: one MM2S channel (or external memory) to one or more S2MM ends."""

    __slots__ = (
        "base",
        "busy",
        "channel_free",
        "dests",
        "durations",
        "fifo",
        "first_start",
        "last_end",
        "latency",
        "merged",
        "moved",
        "role",
        "source",
        "stats",
        "token_bytes",
        "total",
        "track",
        "waiting",
    )

    def __init__(
        self,
        engine: Engine,
        fifo: Fifo,
        source: Pool,
        role: int,
        dests: list[tuple[Pool, Coord, int | None, int]],
        total: int,
    ) -> None:
        super().__init__(f"dma {fifo.name}", fifo.pool_tile)
        device = engine.device
        self.fifo = fifo
        self.source = source
        self.role = role
        self.dests = [pool for pool, _, _, _ in dests]
        self.total = total
        self.moved = 0
        self.token_bytes = fifo.token_bytes
        tiles = [fifo.pool_tile] + [tile for _, tile, _, _ in dests]
        transfers = [t for t in engine.program.transfers if t.fifo == fifo.name]
        pl = {t.shim for t in transfers if t.pl}
        rate = min(
            [engine.bytes_per_cycle(tile, tile in pl) for tile in tiles]
            + [device.stream.port_bits // 8]
        )
        base = ceil(self.token_bytes / rate) + device.dma.bd_overhead_cycles
        merged = fifo.packet_channel
        self.merged: list[int] | None = None
        if merged is not None:  # the channel is shared: one packet at a time, plus a header
            base += ceil(PACKET_HEADER_BYTES / rate)
            self.merged = engine.packet_channels.setdefault(merged, [0])
        self.durations = self._durations(engine, fifo, base, transfers)
        self.latency = max((hops for _, _, _, hops in dests), default=0) * (
            device.stream.hop_latency_cycles
        )
        self.stats = [
            engine.channel(
                fifo.pool_tile, "pl-in" if fifo.pool_tile in pl else "mm2s", fifo.channel
            )
        ] + [
            engine.channel(tile, "pl-out" if tile in pl else "s2mm", channel)
            for _, tile, channel, _ in dests
        ]
        channel = fifo.name if fifo.channel is None else f"mm2s {fifo.channel}"
        if fifo.pool_tile in pl:
            channel = f"pl stream {fifo.channel}"
        self.track = f"dma {fifo.pool_tile} {channel}"
        self.channel_free = 0
        self.busy = 0
        self.first_start = -1
        self.last_end = 0
        self.waiting: Pool | None = None

    def _durations(
        self, engine: Engine, fifo: Fifo, base: int, transfers: list[Transfer]
    ) -> dict[int, int]:
        """Extra cycles before particular tokens of the fifo's `transfers`: shim cold start
        and task set-up (a PL stream's data mover has neither: it streams its patterns back
        to back)."""
        device = engine.device
        extra: dict[int, int] = {}
        for transfer in transfers:
            if transfer.pl:
                continue
            token = 0
            for index, pattern in enumerate(transfer.patterns):
                overhead = device.dma.shim_task_overhead_cycles
                if index == 0 and transfer.direction is Direction.MM2S:
                    overhead += device.dma.shim_cold_start_cycles
                extra[token] = extra.get(token, 0) + overhead
                token += pattern.elements // fifo.token_elements
        self.base = base
        return extra

    def resume(self, engine: Engine, now: int) -> None:
        source = self.source
        dests = self.dests
        while self.moved < self.total:
            if source.produced <= self.moved:
                self.waiting = source
                source.cons_waiters.append(self.wakeup)
                return
            for pool in dests:
                if not pool.unbounded:
                    low = pool.min_released if pool.released else pool.produced
                    if pool.produced + pool.held + 1 - low > pool.depth:
                        self.waiting = pool
                        pool.prod_waiters.append(self.wakeup)
                        return
            free = self.channel_free
            if self.merged is not None and self.merged[0] > free:
                free = self.merged[0]
            if free > now:
                _at(engine, free, self.wakeup)
                return
            self._start(engine, now)
        self.finished = True
        self.waiting = None

    def describe_wait(self) -> str:
        pool = self.waiting
        if pool is None:
            return "nothing (runnable)"
        if pool is self.source:
            return (
                f"move token {self.moved} of fifo {self.fifo.name}: {pool.label} has only "
                f"{pool.produced} produced"
            )
        return (
            f"move token {self.moved} of fifo {self.fifo.name}: {pool.label} is full "
            f"(depth {pool.depth})"
        )

    def _start(self, engine: Engine, now: int) -> None:
        duration = self.base + self.durations.get(self.moved, 0)
        for pool in self.dests:
            pool.held += 1
        end = now + duration
        self.busy += duration
        if self.first_start < 0:
            self.first_start = now
        self.last_end = end
        self.channel_free = end
        if self.merged is not None:
            self.merged[0] = end
        self.moved += 1
        if engine.trace is not None:
            engine.trace.append((self.track, self.fifo.name, now, end))
        _at(engine, end, self._sent)
        _at(engine, end + self.latency, self._arrived)

    def settle(self, engine: Engine) -> None:
        """Add this path's transfers to the statistics of every channel it used."""
        for stats in self.stats:
            stats.busy += self.busy
            stats.bytes += self.moved * self.token_bytes
            stats.tokens += self.moved
            if self.first_start >= 0 and (
                stats.first_start < 0 or self.first_start < stats.first_start
            ):
                stats.first_start = self.first_start
            stats.last_end = max(stats.last_end, self.last_end)

    def _sent(self, engine: Engine, now: int) -> None:
        source = self.source
        released = source.released
        released[self.role] += 1
        low = min(released) if len(released) > 1 else released[0]
        if low != source.min_released:
            source.min_released = low
            if source.prod_waiters:
                engine.wake(source.prod_waiters)

    def _arrived(self, engine: Engine, now: int) -> None:
        for pool in self.dests:
            pool.held -= 1
            pool.produced += 1
            if pool.cons_waiters:
                engine.wake(pool.cons_waiters)


class LinkActor(Actor):
    """Forwards, joins or splits tokens between pools in a link tile (no time of its own)."""

    __slots__ = ("fires", "inputs", "link", "outputs", "total")

    def __init__(self, engine: Engine, link: Link, totals: dict[str, int]) -> None:
        super().__init__(f"link {link.mode.value}", link.tile)
        self.link = link
        self.inputs = [engine.consumer_pool[(name, link.tile)] for name in link.inputs]
        self.outputs = [engine.producer_pool[name] for name in link.outputs]
        self.total = _link_steps(engine.program, link, totals)
        self.fires = 0

    def resume(self, engine: Engine, now: int) -> None:
        while self.fires < self.total:
            for pool, role in self.inputs:
                if not pool.can_consume(role, 1):
                    self.blocked_on = f"a token in {pool.label}"
                    pool.cons_waiters.append(self.wakeup)
                    return
            for pool in self.outputs:
                if not pool.can_produce(1):
                    self.blocked_on = f"space in {pool.label}"
                    pool.prod_waiters.append(self.wakeup)
                    return
            self._fire(engine)
        self.finished = True
        self.blocked_on = ""

    def _fire(self, engine: Engine) -> None:
        ins = [(pool.fifo, pool.released[role], 1) for pool, role in self.inputs]
        outs = [(pool.fifo, pool.produced, 1) for pool in self.outputs]
        level = engine.level_of(ins + outs)
        for fifo, head, count in outs:
            engine.mark(fifo, head, count, level)
        key = (id(self.link), level)
        record = engine.links.get(key)
        if record is None:
            record = engine.links[key] = LinkRecord(self.link, level)
        record.steps.append((tuple(h for _, h, _ in ins), tuple(h for _, h, _ in outs)))
        for pool, role in self.inputs:
            pool.released[role] += 1
            low = min(pool.released)
            if low != pool.min_released:
                pool.min_released = low
                engine.wake(pool.prod_waiters)
        for pool in self.outputs:
            pool.produced += 1
            engine.wake(pool.cons_waiters)
        self.fires += 1
