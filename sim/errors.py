"""Typed errors shared by every layer of sparta.

Each error knows where it happened (a source location when one exists) and which exit
code the command-line tools return for it: 1 for bad input, 2 for bad usage, 3 for a
failed `--check`. The tools print `FILE:LINE:COL: error: message`, never a traceback.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar


@dataclass(frozen=True)
class SourceLocation:
    """A position in a source file; `line` and `column` count from 1."""

    file: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        parts = [self.file]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)


class SpartaError(Exception):
    """Base of every error a user can cause; carries a location and notes."""

    exit_code: ClassVar[int] = 1

    def __init__(
        self,
        message: str,
        location: SourceLocation | None = None,
        notes: Sequence[str] = (),
    ) -> None:
        super().__init__(message)
        self.message = message
        self.location = location
        self.notes = tuple(notes)

    def with_location(self, location: SourceLocation | None) -> SpartaError:
        """Return the same error placed at `location` unless it already has one."""
        if self.location is not None or location is None:
            return self
        self.location = location
        return self

    def render(self) -> str:
        """The diagnostic as the tools print it."""
        head = f"{self.location}: error: " if self.location else "error: "
        lines = [head + self.message]
        lines.extend(f"note: {note}" for note in self.notes)
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.render()


class InputError(SpartaError):
    """The input program, data or device description is invalid or unsupported."""


class ResourceError(InputError):
    """The program does not fit the device (memory, ports, channels, locks)."""


class DeviceModelError(InputError):
    """A device description file is malformed; the message names the file and key."""


class SimulationError(InputError):
    """The simulated program cannot complete (deadlock, exhausted lock, bad route)."""


class DeadlockError(SimulationError):
    """No actor can progress; `full` lists (fifo, tile) pools that blocked a sender."""

    def __init__(self, message: str, full: list[tuple[str, object]]) -> None:
        super().__init__(message)
        self.full = full


class UsageError(SpartaError):
    """Bad command-line usage."""

    exit_code: ClassVar[int] = 2


class CheckFailed(SpartaError):
    """`--check` found outputs that disagree with the reference."""

    exit_code: ClassVar[int] = 3
