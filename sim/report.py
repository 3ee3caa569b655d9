"""The run report: data first (`to_json`), readable text second (`render`).

Throughput compares mappings fairly because `ops` is the source program's work (see
`program.Work`), never the operations a mapping happens to execute. The roofline is that
of the whole device: the lower of (a) the peak vector op rate of all its compute tiles and
(b) the rate at which all its shim DMA channels (plus, for a program that takes its I/O
from programmable logic, all the device's PL streams) can move the program's external
input and output, times the program's ops per byte. For (b) the input and output channels are
separate resources, so the bound is set by the direction that needs longer.

The "why not peak" summary splits the gap between the achieved cycles and the roofline's
cycles into causes, measured on the binding resource: shim channel-cycles (with PL
stream-cycles, for PL I/O) when the roofline is I/O-bound, tile-cycles when it is
compute-bound. The components add up to the gap exactly; each is given in cycles of the
run and as a share of the gap.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from sparta.sim.device import Device
from sparta.sim.engine import EngineResult
from sparta.sim.program import Coord, Direction, TileKind, TileProgram


@dataclass(frozen=True)
class Cause:
    """One component of the gap to the roofline."""

    name: str
    cycles: float
    percent: float


@dataclass
class Report:
    """Everything a run measured, JSON-ready."""

    data: dict[str, Any]
    causes: list[Cause] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return self.data

    def render(self) -> str:
        """The report as terminal text."""
        d = self.data
        shim, pl = d["shim_channels_used"], d["pl_streams_used"]
        ports = []
        if any(shim.values()) or not any(pl.values()):
            ports.append(f"{shim['in']} in + {shim['out']} out shim channels")
        if any(pl.values()):
            ports.append(f"{pl['in']} in + {pl['out']} out PL streams")
        lines = [
            f"{d['program']} on {d['device']}: {d['tiles_used']} compute tiles, "
            + ", ".join(ports),
            f"  cycles {d['cycles']:,} ({d['seconds'] * 1e6:,.1f} us at "
            f"{d['clock_hz'] / 1e9:.2f} GHz)",
        ]
        if d["ops"]:
            bound = "phase-aware" if d.get("phases") else f"{d['roofline_bound']}-bound"
            lines.append(
                f"  throughput {d['throughput_gops']:,.1f} GOp/s   roofline "
                f"{d['roofline_gops']:,.1f} GOp/s ({bound})   "
                f"reached {100 * d['roofline_fraction']:.1f}%"
            )
        elif d["roofline_fraction"]:
            lines.append(
                f"  no arithmetic: the roofline is the I/O time, reached "
                f"{100 * d['roofline_fraction']:.1f}%"
            )
        lines.append(f"  load imbalance {d['load_imbalance']:.3f} (max / mean busy cycles)")
        for phase in d.get("phases", ()):
            moved = phase["intermediate_bytes"]
            lines.append(
                f"  phase {phase['index']}: {len(phase['applies'])} applies on "
                f"{phase['tiles_used']} tiles, {phase['cycles']:,} cycles, "
                f"{100 * phase['roofline_fraction']:.1f}% of its roofline, intermediates "
                f"{moved['in']:,} B in + {moved['out']:,} B out of DDR"
            )
        loop = d.get("time_loop")
        if loop:
            per_pass = loop["cycles_per_pass"]
            lines.append(
                f"  time loop: {loop['steps']} steps, {loop['mode']}: {loop['passes']} passes "
                f"of {loop['steps_per_pass']} step(s) ({min(per_pass):,} to {max(per_pass):,} "
                f"cycles each), {loop['levels']} time levels"
            )
            lines.append(
                f"  one-step I/O roofline {loop['one_step_io_roofline_gops']:,.1f} GOp/s "
                "(every step's fields through DDR): this run is "
                f"{loop['speedup_over_one_step_io_roofline']:.2f}x that; the breakdown below "
                "is of one pass"
            )
        for name, kernel in sorted(d["kernels"].items()):
            lines.append(
                f"  kernel {name}: {kernel['cycles']} cycles/call ({kernel['bound']}-bound), "
                f"{kernel['calls']} calls"
            )
        why = d.get("why_not_peak")
        if why:
            lines.append(
                f"  why not peak: {why['gap_cycles']:,.0f} cycles between the run and the "
                f"roofline, measured on {why['measured_on']}"
            )
            for cause in self.causes:
                lines.append(
                    f"    {cause.name:<32} {cause.cycles:>12,.0f} cycles {cause.percent:6.1f}%"
                )
        sim = d["simulation"]
        lines.append(
            f"  simulated {sim['events']:,} events in {sim['wall_seconds']:.2f} s "
            f"({sim['events_per_second']:,.0f} events/s, {sim['cycles_per_second']:,.0f} "
            "cycles/s)"
        )
        return "\n".join(lines)


def _versions() -> dict[str, str]:
    out = {}
    for package in ("sparta", "xdsl", "numpy"):
        try:
            out[package] = version(package)
        except PackageNotFoundError:
            out[package] = "unknown"
    return out


def program_hash(program: TileProgram) -> str:
    """A stable fingerprint of the program (its dataclass text)."""
    return hashlib.sha256(repr(program).encode()).hexdigest()[:16]


def build_report(program: TileProgram, device: Device, timing: EngineResult) -> Report:
    """Measure the run against the device's roofline and explain the gap."""
    cycles = max(timing.cycles, 1)
    clock = device.array.clock_hz
    seconds = cycles / clock
    work = program.work
    ops = work.ops if work else 0
    compute_peak, io_peak = _peaks(program, device)
    bound = "compute" if ops and compute_peak <= io_peak else "io"
    roofline = min(compute_peak, io_peak)  # ops per cycle
    used = sorted(timing.tiles)
    busy = [timing.tiles[t].busy for t in used]
    mean_busy = sum(busy) / len(busy) if busy else 0.0
    ports: dict[tuple[Direction, bool], set[tuple[Coord, int]]] = {}
    for t in program.transfers:
        ports.setdefault((t.direction, t.pl), set()).add((t.shim, t.channel))
    shim_in = ports.get((Direction.MM2S, False), set())
    shim_out = ports.get((Direction.S2MM, False), set())
    pl_in = ports.get((Direction.MM2S, True), set())
    pl_out = ports.get((Direction.S2MM, True), set())
    calls: dict[str, int] = {}
    for record in timing.runs.values():
        calls[record.kernel] = calls.get(record.kernel, 0) + len(record.heads)
    data: dict[str, Any] = {
        "program": program.name,
        "program_hash": program_hash(program),
        "device": device.name,
        "device_file": device.path,
        "clock_hz": clock,
        "versions": _versions(),
        "attributes": dict(program.attributes),
        "tiles_used": len(used),
        "memory_tiles_used": len(
            {link.tile for link in program.links if device.kind(link.tile) is TileKind.MEMORY}
        ),
        "shim_channels_used": {"in": len(shim_in), "out": len(shim_out)},
        "pl_streams_used": {"in": len(pl_in), "out": len(pl_out)},
        "cycles": timing.cycles,
        "seconds": seconds,
        "ops": ops,
        "throughput_gops": ops / seconds / 1e9 if ops else 0.0,
        "roofline_gops": roofline * clock / 1e9,
        "roofline_bound": bound,
        "roofline_fraction": roofline_cycles(program, device) / cycles,
        "peak": {
            "compute_gops": compute_peak * clock / 1e9,
            "io_gops": io_peak * clock / 1e9 if io_peak != float("inf") else None,
        },
        "load_imbalance": max(busy) / mean_busy if busy and mean_busy else 1.0,
        "per_tile": {_key(t): _tile_json(timing, t, timing.cycles) for t in used},
        "channels": {
            f"{_key(tile)} {direction} {channel}": {
                "busy": stats.busy,
                "bytes": stats.bytes,
                "utilization": stats.busy / cycles,
            }
            for (tile, direction, channel), stats in sorted(
                timing.channels.items(), key=lambda item: (item[0][0], item[0][1], item[0][2])
            )
        },
        "kernels": {
            name: {
                "cycles": cost.cycles,
                "vector_cycles": cost.vector_cycles,
                "load_cycles": cost.load_cycles,
                "store_cycles": cost.store_cycles,
                "overhead_cycles": cost.overhead_cycles,
                "ops": cost.ops,
                "bound": cost.bound,
                "calls": calls.get(name, 0),
            }
            for name, cost in sorted(timing.kernel_costs.items())
        },
        "simulation": {
            "events": timing.events,
            "wall_seconds": timing.wall_seconds,
            "events_per_second": timing.events / max(timing.wall_seconds, 1e-9),
            "cycles_per_second": timing.cycles / max(timing.wall_seconds, 1e-9),
        },
    }
    causes: list[Cause] = []
    if ops and roofline:
        if bound == "io":
            why, causes = _io_gap(program, device, timing, cycles)
        else:
            why, causes = _compute_gap(program, device, timing, cycles, compute_peak)
        data["why_not_peak"] = why
    return Report(data, causes)


def _key(tile: Coord) -> str:
    return f"{tile.col},{tile.row}"


def _tile_json(timing: EngineResult, tile: Coord, cycles: int) -> dict[str, Any]:
    s = timing.tiles[tile]
    idle = max(cycles - s.busy - s.overhead - s.stall_input - s.stall_output, 0)
    return {
        "busy": s.busy,
        "stall_input": s.stall_input,
        "stall_output": s.stall_output,
        "overhead": s.overhead,
        "idle": idle,
        "utilization": s.busy / max(cycles, 1),
        "kernel_calls": s.runs,
    }


def roofline_cycles(program: TileProgram, device: Device) -> float:
    """The fewest cycles the program's work allows: its ops at the whole device's compute
    peak, or its bytes at the I/O rate, whichever takes longer (0 without work)."""
    work = program.work
    if work is None:
        return 0.0
    tiles = len(device.compute_tiles())
    if work.matmul_precision:
        per_tile = 2 * device.matmul.macs_per_cycle.get(work.matmul_precision, 0)
    else:
        per_tile = device.peak_ops_per_cycle(work.dtype)
    times = [work.ops / (tiles * per_tile) if per_tile else 0.0]
    if work.bytes_in:
        times.append(work.bytes_in / _io_capacity(program, device, Direction.MM2S)[1])
    if work.bytes_out:
        times.append(work.bytes_out / _io_capacity(program, device, Direction.S2MM)[1])
    return max(times)


def _peaks(program: TileProgram, device: Device) -> tuple[float, float]:
    """(compute, I/O) roofline limits in source ops per cycle for the whole device."""
    work = program.work
    if work is None or work.ops == 0:
        return 0.0, 0.0
    tiles = len(device.compute_tiles())
    if work.matmul_precision:
        per_tile = 2 * device.matmul.macs_per_cycle.get(work.matmul_precision, 0)
    else:
        per_tile = device.peak_ops_per_cycle(work.dtype)
    compute = float(tiles * per_tile)
    times = []
    if work.bytes_in:
        times.append(work.bytes_in / _io_capacity(program, device, Direction.MM2S)[1])
    if work.bytes_out:
        times.append(work.bytes_out / _io_capacity(program, device, Direction.S2MM)[1])
    io = work.ops / max(times) if times else float("inf")
    return compute, io


def simulation_totals(parts: Sequence[dict[str, Any]], cycles: int) -> dict[str, float]:
    """The `simulation` entry of a report over several runs (phases, passes): events and
    wall time add up; the rates are over the sum."""
    events = sum(part["simulation"]["events"] for part in parts)
    wall = sum(part["simulation"]["wall_seconds"] for part in parts)
    return {
        "events": events,
        "wall_seconds": wall,
        "events_per_second": events / max(wall, 1e-9),
        "cycles_per_second": cycles / max(wall, 1e-9),
    }


def shim_io_cycles(device: Device, bytes_in: int, bytes_out: int) -> float:
    """Cycles `bytes_in` and `bytes_out` take through every shim DMA channel of `device`
    (no PL streams): the I/O roofline of a program that moves them."""
    rate = device.dma.shim_channel_bytes_per_cycle
    return max(
        bytes_in / (device.shim_channels_in * rate), bytes_out / (device.shim_channels_out * rate)
    )


def _io_capacity(program: TileProgram, device: Device, direction: Direction) -> tuple[int, int]:
    """(channels, bytes per cycle) the device moves in `direction`: its shim DMA channels,
    plus its PL streams when the program takes I/O from programmable logic."""
    mm2s = direction is Direction.MM2S
    channels = device.shim_channels_in if mm2s else device.shim_channels_out
    rate = channels * device.dma.shim_channel_bytes_per_cycle
    if _uses_pl(program):
        streams = device.pl_streams_in if mm2s else device.pl_streams_out
        channels += streams
        rate += streams * device.pl.stream_bytes_per_cycle
    return channels, rate


def _uses_pl(program: TileProgram) -> bool:
    """Whether the program takes I/O from programmable logic (then PL streams count)."""
    return any(t.pl for t in program.transfers)


def _binding_direction(program: TileProgram, device: Device) -> Direction:
    work = program.work
    assert work is not None
    need_in = work.bytes_in / _io_capacity(program, device, Direction.MM2S)[1]
    need_out = work.bytes_out / _io_capacity(program, device, Direction.S2MM)[1]
    return Direction.MM2S if need_in >= need_out else Direction.S2MM


def _io_gap(
    program: TileProgram, device: Device, timing: EngineResult, cycles: int
) -> tuple[dict[str, Any], list[Cause]]:
    """Split the gap on the binding shim direction's channel-cycles."""
    work = program.work
    assert work is not None
    direction = _binding_direction(program, device)
    name = direction.value
    kinds = (name, "pl-in" if direction is Direction.MM2S else "pl-out")
    channels, total_rate = _io_capacity(program, device, direction)
    rate = total_rate / channels  # the mean, when PL streams and DMA channels differ
    plus = " and PL streams" if _uses_pl(program) else ""
    ideal_bytes = work.bytes_in if direction is Direction.MM2S else work.bytes_out
    shim = [
        stats
        for (tile, kind, _), stats in timing.channels.items()
        if kind in kinds and device.kind(tile) is TileKind.SHIM
    ]
    moved = sum(s.bytes for s in shim)
    busy = sum(s.busy for s in shim)
    last = max((s.last_end for s in shim), default=0)
    fill = sum(max(s.first_start, 0) for s in shim)
    imbalance = sum(last - s.last_end for s in shim)
    drain = len(shim) * (cycles - last)
    stalls = sum(max(s.last_end - max(s.first_start, 0) - s.busy, 0) for s in shim)
    parts = {
        f"unused shim {name} channels{plus}": (channels - len(shim)) * cycles,
        "pipeline fill (before first transfer)": fill,
        "pipeline drain (after last transfer)": drain,
        "imbalance between channels": imbalance,
        "stalls: array not ready": stalls,
        "DMA set-up and task overheads": busy - moved / rate,
        "extra bytes (halos, duplicates)": (moved - ideal_bytes) / rate,
    }
    return _summarize(parts, channels, cycles, f"{channels} shim {name} channels{plus}")


def _compute_gap(
    program: TileProgram,
    device: Device,
    timing: EngineResult,
    cycles: int,
    compute_peak: float,
) -> tuple[dict[str, Any], list[Cause]]:
    """Split the gap on tile-cycles of every compute tile of the device."""
    work = program.work
    assert work is not None
    tiles = len(device.compute_tiles())
    per_tile_peak = compute_peak / tiles
    stats = list(timing.tiles.values())
    max_busy = max((s.busy for s in stats), default=0)
    executed = sum(s.ops for s in stats)
    parts = {
        "unused compute tiles": (tiles - len(stats)) * cycles,
        "pipeline fill": 0.0,
        "pipeline drain": 0.0,
        "imbalance between tiles": 0.0,
        "stalls on input": 0.0,
        "stalls on output": 0.0,
        "lock, loop and kernel-call overheads": 0.0,
        "load/store port pressure": float(sum(s.port_cycles for s in stats)),
        "recomputation": max(executed - work.ops, 0) / per_tile_peak,
        "vector lanes idle (unfused, shuffles, emulation)": 0.0,
    }
    for s in stats:
        # A tile's cycles split without overlap: before its first kernel (fill), after
        # its last (drain), and between them busy, stalled, in lock/loop overhead or idle.
        if s.first_run < 0:
            fill, drain, stall_in, stall_out, overhead = cycles, 0, 0, 0, 0
        else:
            fill = s.first_run
            drain = cycles - s.last_run_end
            first, last = s.waits_at_first_run, s.waits_at_last_run_end
            stall_in, stall_out, overhead = (b - a for a, b in zip(first, last, strict=True))
        idle = cycles - fill - drain - stall_in - stall_out - overhead - s.busy
        waiting = fill + drain + stall_in + stall_out + idle
        imbalance = min(max_busy - s.busy, waiting)
        share = 1 - imbalance / waiting if waiting else 0.0
        parts["pipeline fill"] += fill * share
        parts["pipeline drain"] += (drain + idle) * share
        parts["stalls on input"] += stall_in * share
        parts["stalls on output"] += stall_out * share
        parts["imbalance between tiles"] += imbalance
        parts["lock, loop and kernel-call overheads"] += overhead + s.kernel_overheads
    vector = sum(s.busy - s.port_cycles - s.kernel_overheads for s in stats)
    parts["vector lanes idle (unfused, shuffles, emulation)"] = vector - executed / per_tile_peak
    return _summarize(parts, tiles, cycles, f"{tiles} compute tiles")


def _summarize(
    parts: dict[str, float], width: int, cycles: int, measured_on: str
) -> tuple[dict[str, Any], list[Cause]]:
    gap = sum(parts.values()) / width
    causes = [
        Cause(name, value / width, 100 * value / width / gap if gap > 0 else 0.0)
        for name, value in parts.items()
        if abs(value) >= 0.5
    ]
    causes.sort(key=lambda c: -c.cycles)
    why = {
        "measured_on": measured_on,
        "gap_cycles": gap,
        "gap_percent_of_run": 100 * gap / cycles,
        "causes": [{"cause": c.name, "cycles": c.cycles, "percent": c.percent} for c in causes],
    }
    return why, causes
