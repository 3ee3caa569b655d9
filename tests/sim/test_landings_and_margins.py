"""Two program features the stencil mapping relies on for programs that crowd the array:
DMA ends sharing one landing, and external buffers with a zero margin.

A field stream that several cores read may land once, in a memory all of them reach: one
pool, one S2MM channel, read by each (`FifoEnd` docs). A field the mapping reads beyond its
bounds lives in a buffer with a zero margin (`External.margin`); the program's arrays go
in and come out without it.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from tile_programs import COLS, ROWS, pipeline

from sparta.sim.device import load_device
from sparta.sim.program import Coord, External, FifoEnd, TileProgram, Via
from sparta.sim.simulator import simulate
from sparta.sim.validate import memory_usage, validate


def _shared_landing() -> TileProgram:
    """The vck190 pipeline with core B reading the input rows where core A's DMA lands
    them, at (2,1), instead of from a landing of its own."""
    program = pipeline("vck190")
    rows = program.fifo("rows")
    a, b = Coord(2, 1), Coord(2, 2)
    ends = (FifoEnd(a, Via.DMA, 4, 0, 1), FifoEnd(b, Via.DMA, 4, 0, 1, landing=a))
    fifos = tuple(replace(f, consumers=ends) if f.name == "rows" else f for f in program.fifos)
    assert rows.consumers != ends
    return replace(program, fifos=fifos)


def test_ends_sharing_a_landing_use_one_pool_and_compute_the_same() -> None:
    device = load_device("vck190")
    shared = _shared_landing()
    validate(shared, device)
    pools = memory_usage(shared, device)
    rows_pools = [item for items in pools.values() for item in items if "fifo rows" in item[0]]
    assert len(rows_pools) == 1  # one pool for both readers
    data = [
        np.arange(ROWS * COLS, dtype=np.int32).reshape(ROWS, COLS) % 97,
        np.zeros((6, 16), np.int32),
    ]
    own = simulate(pipeline("vck190"), device, data)
    one = simulate(shared, device, data)
    np.testing.assert_array_equal(one.outputs[1], own.outputs[1])


def test_external_margin_pads_inputs_and_crops_outputs() -> None:
    """The input grid as the interior of a buffer with one zero row above and below: the
    transfer reads rows 1.. of the buffer, i.e. the grid itself, so results are unchanged."""
    device = load_device("vck190")
    program = pipeline("vck190")
    grid = program.external("grid_in")
    padded = External(grid.name, grid.arg_index, (ROWS + 2, COLS), grid.dtype, ((1, 1), (0, 0)))
    transfers = tuple(
        replace(t, patterns=(replace(t.patterns[0], offset=COLS),))
        if t.external == grid.name
        else t
        for t in program.transfers
    )
    externals = tuple(padded if e.name == grid.name else e for e in program.externals)
    with_margin = replace(program, externals=externals, transfers=transfers)
    validate(with_margin, device)
    data = [
        np.arange(ROWS * COLS, dtype=np.int32).reshape(ROWS, COLS) % 89,
        np.zeros((6, 16), np.int32),
    ]
    result = simulate(with_margin, device, data)
    np.testing.assert_array_equal(result.outputs[1], simulate(program, device, data).outputs[1])
    assert result.outputs[0].shape == (ROWS, COLS)  # the argument, not the padded buffer
    np.testing.assert_array_equal(result.outputs[0], data[0])
