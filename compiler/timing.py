"""Wall-time accounting per phase and per pass, printed like `mlir-opt -mlir-timing`."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass
class PhaseTimer:
    """Collects (name, seconds) for nested phases; names of nested phases are indented."""

    entries: list[tuple[int, str, float]] = field(default_factory=list)
    _depth: int = 0
    _start: float = field(default_factory=time.perf_counter)

    @contextmanager
    def phase(self, name: str) -> Iterator[None]:
        """Time the enclosed block as phase `name`."""
        index = len(self.entries)
        self.entries.append((self._depth, name, 0.0))
        self._depth += 1
        start = time.perf_counter()
        try:
            yield
        finally:
            self._depth -= 1
            self.entries[index] = (self._depth, name, time.perf_counter() - start)

    def seconds(self, name: str) -> float:
        """Total seconds spent in phases called `name`."""
        return sum(sec for _, phase, sec in self.entries if phase == name)

    def report(self) -> str:
        """The execution-time report as text."""
        total = time.perf_counter() - self._start
        rule = "===" + "-" * 73 + "==="
        lines = [
            rule,
            "... Execution time report ...".center(79),
            rule,
            f"  Total Execution Time: {total:.4f} seconds",
            "",
            "  ----Wall Time----  ----Name----",
        ]
        for depth, name, seconds in self.entries:
            share = 100.0 * seconds / total if total > 0 else 0.0
            lines.append(f"  {seconds:8.4f} ({share:5.1f}%)  {'  ' * depth}{name}")
        lines.append(f"  {total:8.4f} (100.0%)  Total")
        return "\n".join(lines)
