"""A picture of per-tile utilization on the 2-D array (needs the optional matplotlib)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO

import numpy as np

from sparta.sim.device import Device
from sparta.sim.engine import EngineResult
from sparta.sim.errors import UsageError


def utilization_grid(device: Device, *runs: EngineResult) -> np.ndarray:
    """Busy fraction of every compute tile, indexed [row, col]; NaN for unused tiles.
    Several runs (a network's layers, one after another) count as one: busy cycles over
    all their cycles."""
    rows = max(device.array.compute_rows) + 1
    busy = np.full((rows, device.array.columns), np.nan)
    for timing in runs:
        for tile, stats in timing.tiles.items():
            busy[tile.row, tile.col] = np.nan_to_num(busy[tile.row, tile.col]) + stats.busy
    return busy / max(sum(timing.cycles for timing in runs), 1)


def write_heatmap(
    device: Device, timing: EngineResult | Sequence[EngineResult], stream: IO[bytes], title: str
) -> None:
    """Draw the utilization grid of one run, or of several as one, as a PNG into `stream`."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise UsageError("--heatmap needs matplotlib: pip install 'sparta[plot]'") from None
    runs = [timing] if isinstance(timing, EngineResult) else list(timing)
    grid = utilization_grid(device, *runs)
    rows = device.array.compute_rows
    shown = grid[min(rows) : max(rows) + 1]
    width = max(4.0, device.array.columns * 0.22 + 1.5)
    fig, ax = plt.subplots(figsize=(width, 2.0 + 0.35 * len(rows)))
    image = ax.imshow(shown, origin="lower", cmap="viridis", vmin=0.0, vmax=1.0, aspect="auto")
    ax.set_yticks(range(len(rows)), [str(r) for r in range(min(rows), max(rows) + 1)])
    ax.set_xlabel("column")
    ax.set_ylabel("row")
    ax.set_title(title)
    fig.colorbar(image, ax=ax, label="busy fraction")
    fig.tight_layout()
    fig.savefig(stream, format="png", dpi=110)
    plt.close(fig)
