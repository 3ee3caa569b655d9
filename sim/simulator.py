"""Run a `TileProgram` on a device: timing from the engine, values from the data path."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from sparta.sim.device import Device
from sparta.sim.engine import Engine, EngineResult, ProgressCallback
from sparta.sim.functional import execute
from sparta.sim.program import TileProgram
from sparta.sim.validate import validate


@dataclass
class Simulation:
    """Outputs (every argument array after the run) and the timing record."""

    outputs: list[np.ndarray]
    timing: EngineResult


def simulate(
    program: TileProgram,
    device: Device,
    inputs: Sequence[np.ndarray],
    *,
    trace: bool = False,
    progress: ProgressCallback | None = None,
) -> Simulation:
    """Simulate `program` on `device` with `inputs` (one array per entry argument).

    The program is validated against the device first (`validate`): a program that breaks
    a device rule (an off-array route, too many locks, an unbalanced fifo) is refused with
    the tiles and fifos involved rather than simulated to a wrong answer or a deadlock.
    """
    validate(program, device)
    timing = Engine(program, device, trace=trace, progress=progress).run()
    return Simulation(execute(program, timing, inputs), timing)
