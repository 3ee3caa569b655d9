"""The workload library: every generator with its sizes, dtypes and a one-line summary."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from sparta.kernels.elementary import (
    diamond_2d_13pt,
    heat_3d,
    jacobi_1d,
    jacobi_2d_5pt,
    jacobi_2d_9pt,
)
from sparta.kernels.hdiff import hdiff
from sparta.kernels.stencil_text import DTYPES
from sparta.kernels.weather import (
    hyperdiffusion_6th,
    kinetic_energy,
    laplacian_chain,
    upwind_advection,
)


@dataclass(frozen=True)
class Workload:
    """A stencil program generator: `generator(**sizes, dtype=...)` returns MLIR text."""

    name: str
    generator: Callable[..., str]
    description: str
    small_sizes: Mapping[str, int]
    """Sizes small enough for whole-program tests that still exercise every halo."""
    dtypes: tuple[str, ...] = DTYPES

    @property
    def default_sizes(self) -> dict[str, int]:
        """The generator's default interior sizes (nx rows, ny columns, nz planes)."""
        parameters = inspect.signature(self.generator).parameters.values()
        return {p.name: p.default for p in parameters if p.name != "dtype"}

    @property
    def default_dtype(self) -> str:
        dtype: str = inspect.signature(self.generator).parameters["dtype"].default
        return dtype

    def generate(self, dtype: str | None = None, **sizes: int) -> str:
        """The program text; omitted sizes and dtype take the generator's defaults."""
        return self.generator(**sizes, dtype=dtype or self.default_dtype)


WORKLOADS: dict[str, Workload] = {
    w.name: w
    for w in [
        Workload(
            "hdiff",
            hdiff,
            "SPARTA's horizontal diffusion: 13-point diamond, 4 applies, limited fluxes",
            {"nx": 6, "ny": 7, "nz": 2},
        ),
        Workload("jacobi_1d", jacobi_1d, "3-point Jacobi sweep on a 1-D field", {"ny": 19}),
        Workload("jacobi_2d_5pt", jacobi_2d_5pt, "5-point 2-D Jacobi sweep", {"nx": 6, "ny": 7}),
        Workload(
            "jacobi_2d_9pt", jacobi_2d_9pt, "9-point 2-D box Jacobi sweep", {"nx": 6, "ny": 7}
        ),
        Workload("heat_3d", heat_3d, "7-point 3-D heat-equation step", {"nx": 5, "ny": 6, "nz": 4}),
        Workload(
            "diamond_2d_13pt",
            diamond_2d_13pt,
            "13-point radius-2 diamond smoother in 2-D",
            {"nx": 6, "ny": 7},
        ),
        Workload(
            "laplacian_chain",
            laplacian_chain,
            "Laplacian of a Laplacian (biharmonic), two chained applies",
            {"nx": 6, "ny": 7, "nz": 2},
        ),
        Workload(
            "upwind_advection",
            upwind_advection,
            "MUSCL/minmod upwind advection with a 1-D per-row metric field",
            {"nx": 6, "ny": 7, "nz": 2},
        ),
        Workload(
            "kinetic_energy",
            kinetic_energy,
            "kinetic energy and vorticity on a C grid: one apply, two outputs",
            {"nx": 6, "ny": 7, "nz": 2},
        ),
        Workload(
            "hyperdiffusion_6th",
            hyperdiffusion_6th,
            "sixth-order horizontal hyperdiffusion, radius-3 halo",
            {"nx": 7, "ny": 8, "nz": 2},
        ),
    ]
}
