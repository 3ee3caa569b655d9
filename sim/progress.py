"""A progress bar on stderr for simulations that run longer than a few seconds."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class ProgressBar:
    """Call with the fraction done; draws nothing until `delay_seconds` have passed."""

    def __init__(
        self, label: str, delay_seconds: float = 3.0, stream: TextIO | None = None
    ) -> None:
        self.label = label
        self.delay = delay_seconds
        self.stream = stream or sys.stderr
        self.start = time.perf_counter()
        self.shown = False
        self.last_decile = -1

    def __call__(self, fraction: float) -> None:
        elapsed = time.perf_counter() - self.start
        if elapsed < self.delay:
            return
        fraction = min(max(fraction, 0.0), 1.0)
        filled = int(30 * fraction)
        bar = "#" * filled + "." * (30 - filled)
        line = f"{self.label} [{bar}] {100 * fraction:5.1f}% {elapsed:6.1f} s"
        if self.stream.isatty():
            self.stream.write("\r" + line)
        elif int(10 * fraction) != self.last_decile:
            self.last_decile = int(10 * fraction)
            self.stream.write(line + "\n")
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        """End the bar's line if one was drawn."""
        if self.shown and self.stream.isatty():
            self.stream.write("\n")
            self.stream.flush()
