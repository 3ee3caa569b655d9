"""Source locations of xDSL operations, for diagnostics that point at the input file."""

from __future__ import annotations

from xdsl.dialects.builtin import FileLineColLoc
from xdsl.ir import Operation

from sparta.sim.errors import SourceLocation


def location_of(op: Operation | None) -> SourceLocation | None:
    """The file:line:col the front end recorded for `op` (or its nearest ancestor)."""
    while op is not None:
        loc = op.location
        if isinstance(loc, FileLineColLoc):
            return SourceLocation(loc.filename.data, loc.line.data, loc.column.data)
        op = op.parent_op()
    return None
