"""Chrome/Perfetto trace of a run: one track per core and per DMA channel.

Timestamps are cycles written as microseconds, the convention of MLIR-AIE's trace tools
("1 us in Perfetto = 1 cycle"), so the time axis reads directly in cycles.
"""

from __future__ import annotations

import json
from typing import Any

from sparta.sim.engine import EngineResult


def trace_events(timing: EngineResult) -> dict[str, Any]:
    """The trace as Chrome's JSON object format (`traceEvents`)."""
    if timing.trace is None:
        raise ValueError("the run was not traced; simulate with trace=True")
    tracks = sorted({track for track, _, _, _ in timing.trace})
    tids = {track: index for index, track in enumerate(tracks)}
    events: list[dict[str, Any]] = [
        {"name": "thread_name", "ph": "M", "pid": 0, "tid": tid, "args": {"name": track}}
        for track, tid in tids.items()
    ]
    for track, name, start, end in timing.trace:
        events.append(
            {"name": name, "ph": "X", "pid": 0, "tid": tids[track], "ts": start, "dur": end - start}
        )
    return {"traceEvents": events, "displayTimeUnit": "ns"}


def trace_json(timing: EngineResult) -> str:
    """The trace as JSON text."""
    return json.dumps(trace_events(timing), separators=(",", ":")) + "\n"
