"""Hand-written numpy references for the stencil workloads, used only by tests.

Written from each workload's equations (see the generators' docstrings), not from the
generated MLIR. Every reference takes the program's argument arrays in order (inputs, then
the output fields' initial contents; a field's lower bound is index 0) and returns the output
fields after the run: the interior replaced, every other point unchanged.

Neighbours are read with cyclic shifts of whole arrays (`at`): values near the array edges
wrap around and are wrong, but only interior points are kept, and those read nothing
further away than the halo. Integer arithmetic wraps (numpy int32), `>>` floors like
`arith.shrsi`, and float constants are weak Python scalars, so float32 stays float32.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import numpy.typing as npt

Array = npt.NDArray[Any]


def at(a: Array, *offset: int) -> Array:
    """`b` with b[p] = a[p + offset] (cyclic)."""
    return np.roll(a, tuple(-o for o in offset), tuple(range(a.ndim)))


def stored(out: Array, value: Array, halo: tuple[int, ...]) -> Array:
    """`out` with its interior (inside `halo`) replaced by `value`'s interior."""
    interior = tuple(slice(h, n - h) for h, n in zip(halo, out.shape, strict=True))
    result = out.copy()
    result[interior] = value[interior]
    return result


def is_int(a: Array) -> bool:
    return np.issubdtype(a.dtype, np.integer)


def hdiff(inp: Array, out: Array) -> list[Array]:
    lap = 4 * inp - at(inp, 0, -1, 0) - at(inp, 0, 1, 0) - at(inp, 0, 0, -1) - at(inp, 0, 0, 1)
    flx = at(lap, 0, 1, 0) - lap
    flx = np.where(flx * (at(inp, 0, 1, 0) - inp) > 0, 0, flx)
    fly = at(lap, 0, 0, 1) - lap
    fly = np.where(fly * (at(inp, 0, 0, 1) - inp) > 0, 0, fly)
    result = inp - 7 * (flx - at(flx, 0, -1, 0) + fly - at(fly, 0, 0, -1))
    return [stored(out, result, (0, 2, 2))]


def jacobi_1d(inp: Array, out: Array) -> list[Array]:
    total = at(inp, -1) + inp + at(inp, 1)
    result = (total * 21) >> 6 if is_int(inp) else (1 / 3) * total
    return [stored(out, result, (1,))]


def jacobi_2d_5pt(inp: Array, out: Array) -> list[Array]:
    total = inp + at(inp, -1, 0) + at(inp, 1, 0) + at(inp, 0, -1) + at(inp, 0, 1)
    result = (total * 13) >> 6 if is_int(inp) else 0.2 * total
    return [stored(out, result, (1, 1))]


def jacobi_2d_9pt(inp: Array, out: Array) -> list[Array]:
    total = sum(at(inp, r, c) for r in (-1, 0, 1) for c in (-1, 0, 1))
    assert isinstance(total, np.ndarray)
    result = (total * 7) >> 6 if is_int(inp) else (1 / 9) * total
    return [stored(out, result, (1, 1))]


def heat_3d(inp: Array, out: Array) -> list[Array]:
    total = (
        at(inp, -1, 0, 0)
        + at(inp, 1, 0, 0)
        + at(inp, 0, -1, 0)
        + at(inp, 0, 1, 0)
        + at(inp, 0, 0, -1)
        + at(inp, 0, 0, 1)
    )
    result = (total >> 3) + (inp >> 2) if is_int(inp) else 0.125 * total + 0.25 * inp
    return [stored(out, result, (1, 1, 1))]


def diamond_2d_13pt(inp: Array, out: Array) -> list[Array]:
    near = at(inp, -1, 0) + at(inp, 1, 0) + at(inp, 0, -1) + at(inp, 0, 1)
    diagonal = at(inp, -1, -1) + at(inp, -1, 1) + at(inp, 1, -1) + at(inp, 1, 1)
    far = diagonal + (at(inp, -2, 0) + at(inp, 2, 0) + at(inp, 0, -2) + at(inp, 0, 2))
    if is_int(inp):
        result = (inp >> 2) + (near >> 3) + (far >> 5)
    else:
        result = 0.25 * inp + 0.125 * near + 0.03125 * far
    return [stored(out, result, (2, 2))]


def laplacian(f: Array) -> Array:
    """The 5-point Laplacian in the (row, column) plane of a 3-D array."""
    return at(f, 0, -1, 0) + at(f, 0, 1, 0) + at(f, 0, 0, -1) + at(f, 0, 0, 1) - 4 * f


def laplacian_chain(inp: Array, out: Array) -> list[Array]:
    return [stored(out, laplacian(laplacian(inp)), (0, 2, 2))]


def _fixed_mul(a: Array, b: Array) -> Array:
    """a * b; integers are 6-bit fixed point."""
    return (a * b) >> 6 if is_int(a) else a * b


def _half(a: Array) -> Array:
    return a >> 1 if is_int(a) else 0.5 * a


def _minmod(a: Array, c: Array) -> Array:
    return np.where(a * c <= 0, 0, np.where(a * a < c * c, a, c))


def _upwind_flux(q: Array, velocity: Array, step: tuple[int, int, int]) -> Array:
    """Flux through the face between p - step and p, for every p."""
    back = tuple(-s for s in step)
    slope = _minmod(at(q, *step) - q, q - at(q, *back))
    behind = at(q, *back) + _half(at(slope, *back))
    ahead = q - _half(slope)
    return _fixed_mul(velocity, np.where(velocity > 0, behind, ahead))


def upwind_advection(q: Array, u: Array, v: Array, rdx: Array, out: Array) -> list[Array]:
    fx = _upwind_flux(q, u, (0, 0, 1))
    fy = _upwind_flux(q, v, (0, 1, 0))
    div = at(fx, 0, 0, 1) - fx + at(fy, 0, 1, 0) - fy
    result = q - _fixed_mul(rdx[np.newaxis, :, np.newaxis], div)
    return [stored(out, result, (0, 2, 2))]


def kinetic_energy(u: Array, v: Array, ke: Array, vort: Array) -> list[Array]:
    east, north = at(u, 0, 0, 1), at(v, 0, 1, 0)
    squares = u * u + east * east + v * v + north * north
    energy = squares >> 2 if is_int(u) else 0.25 * squares
    vorticity = (v - at(v, 0, 0, -1)) - (u - at(u, 0, -1, 0))
    return [stored(ke, energy, (0, 1, 1)), stored(vort, vorticity, (0, 1, 1))]


def _sixth_difference(f: Array, row: int, col: int) -> Array:
    def pair(n: int) -> Array:
        return at(f, 0, -n * row, -n * col) + at(f, 0, n * row, n * col)

    return pair(3) - 6 * pair(2) + 15 * pair(1) - 20 * f


def hyperdiffusion_6th(inp: Array, out: Array) -> list[Array]:
    both = _sixth_difference(inp, 1, 0) + _sixth_difference(inp, 0, 1)
    result = inp + (both >> 6) if is_int(inp) else inp + both * (1 / 64)
    return [stored(out, result, (0, 3, 3))]


REFERENCES: dict[str, Callable[..., list[Array]]] = {
    f.__name__: f
    for f in [
        hdiff,
        jacobi_1d,
        jacobi_2d_5pt,
        jacobi_2d_9pt,
        heat_3d,
        diamond_2d_13pt,
        laplacian_chain,
        upwind_advection,
        kinetic_energy,
        hyperdiffusion_6th,
    ]
}
"""Workload name -> reference."""
