"""sparta's xDSL passes, one per file; the registry maps pass names to loaders."""

from __future__ import annotations

from collections.abc import Callable

from xdsl.passes import ModulePass


def get_all_passes() -> dict[str, Callable[[], type[ModulePass]]]:
    """Loaders for sparta's passes, keyed by pass name (= file stem with dashes)."""
    return {}
