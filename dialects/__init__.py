"""sparta's own MLIR dialects (xDSL); the stencil input dialect is xDSL's."""

from __future__ import annotations

from collections.abc import Callable

from xdsl.ir import Dialect


def _tile() -> Dialect:
    from sparta.dialects.tile import Tile

    return Tile


def get_all_dialects() -> dict[str, Callable[[], Dialect]]:
    """Loaders for sparta's dialects, keyed by dialect name (imported on first use)."""
    return {"tile": _tile}
