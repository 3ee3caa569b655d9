"""`stencil-replicate`: cut the output space into pencils and deal them to the groups.

Pencils are single planes of outer dimensions (a few planes where the stencil reaches
across them), whole rows and columns, with segments along the rows added when the planes
do not divide evenly among the groups. Each group gets a contiguous run of pencils, the
runs differing by at most one pencil. Records `sparta.partition`.
"""

from __future__ import annotations

from dataclasses import dataclass

from xdsl.context import Context
from xdsl.dialects.builtin import ModuleOp
from xdsl.passes import ModulePass

from sparta.passes.stencil_mapping import partition
from sparta.passes.stencil_model import extract_model, find_function
from sparta.passes.stencil_plan import MAPPING, PARTITION, read_plan, write_plan
from sparta.sim.device import load_device


@dataclass(frozen=True)
class StencilReplicatePass(ModulePass):
    """Partition the grid over the pipeline groups."""

    name = "stencil-replicate"

    target: str = "vck190"
    """Device name or TOML path."""

    def apply(self, ctx: Context, op: ModuleOp) -> None:
        function = find_function(op)
        model = extract_model(function)
        plan = partition(model, load_device(self.target), read_plan(function, MAPPING))
        write_plan(function, plan, PARTITION)
