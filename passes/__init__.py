"""sparta's xDSL passes, one per file; the registry maps pass names to loaders.

Every pass lives in `passes/<name with underscores>.py` as `<CamelName>Pass` with
`name = "<name>"`; loaders import it on first use, so importing this package does no work.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from xdsl.passes import ModulePass

PASS_NAMES = (
    "demote-f64",
    "stencil-normalize",
    "stencil-dce",
    "stencil-combine-to-select",
    "stencil-prepare",
    "stencil-phases",
    "stencil-split",
    "stencil-balance",
    "stencil-replicate",
    "stencil-place",
    "stencil-buffers",
    "stencil-to-tile",
    "gemm-quantize",
    "gemm-tile",
    "gemm-partition",
    "gemm-place",
    "gemm-to-tile",
)


def _loader(name: str) -> Callable[[], type[ModulePass]]:
    module = f"sparta.passes.{name.replace('-', '_')}"
    cls = "".join(part.capitalize() for part in name.split("-")) + "Pass"

    def load() -> type[ModulePass]:
        pass_class: type[ModulePass] = getattr(importlib.import_module(module), cls)
        return pass_class

    return load


def get_all_passes() -> dict[str, Callable[[], type[ModulePass]]]:
    """Loaders for sparta's passes, keyed by pass name (= file stem with dashes)."""
    return {name: _loader(name) for name in PASS_NAMES}
