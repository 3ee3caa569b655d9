"""sparta's xDSL passes, one per file; the registry maps pass names to loaders."""

from __future__ import annotations

from collections.abc import Callable

from xdsl.passes import ModulePass


def _demote_f64() -> type[ModulePass]:
    from sparta.passes.demote_f64 import DemoteF64Pass

    return DemoteF64Pass


def get_all_passes() -> dict[str, Callable[[], type[ModulePass]]]:
    """Loaders for sparta's passes, keyed by pass name (= file stem with dashes)."""
    return {
        "demote-f64": _demote_f64,
    }
