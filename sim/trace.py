"""Chrome/Perfetto trace of a run: one track per core and per DMA channel (and one
process per run, when a network's layers are traced together).

Timestamps are cycles written as microseconds, the convention of MLIR-AIE's trace tools
("1 us in Perfetto = 1 cycle"), so the time axis reads directly in cycles.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sparta.sim.engine import EngineResult


def trace_events(*runs: EngineResult, names: Sequence[str] = ()) -> dict[str, Any]:
    """The trace as Chrome's JSON object format (`traceEvents`). Several runs (the layers
    of a network, which run one after another) become one process each, `names[i]` if
    given, each starting where the previous one ended."""
    events: list[dict[str, Any]] = []
    start = 0
    for pid, timing in enumerate(runs):
        if timing.trace is None:
            raise ValueError("the run was not traced; simulate with trace=True")
        if len(runs) > 1:
            name = names[pid] if pid < len(names) else f"run {pid}"
            events.append({"name": "process_name", "ph": "M", "pid": pid, "args": {"name": name}})
        tracks = sorted({track for track, _, _, _ in timing.trace})
        tids = {track: index for index, track in enumerate(tracks)}
        events += [
            {"name": "thread_name", "ph": "M", "pid": pid, "tid": tid, "args": {"name": track}}
            for track, tid in tids.items()
        ]
        for track, name, begin, end in timing.trace:
            events.append(
                {
                    "name": name,
                    "ph": "X",
                    "pid": pid,
                    "tid": tids[track],
                    "ts": start + begin,
                    "dur": end - begin,
                }
            )
        start += timing.cycles
    return {"traceEvents": events, "displayTimeUnit": "ns"}


def trace_json(*runs: EngineResult, names: Sequence[str] = ()) -> str:
    """The trace as JSON text."""
    return json.dumps(trace_events(*runs, names=names), separators=(",", ":")) + "\n"
