"""Horizontal diffusion (hdiff) exactly as SPARTA implements it, as OEC-style MLIR text.

SPARTA's hdiff is the GridTools/COSMO horizontal-diffusion benchmark with a constant
coefficient of 7: a 13-point diamond of radius 2 in the row/column plane, applied to every
plane independently. The program keeps the benchmark's four stages as four applies
(`lap`, `flx`, `fly`, `out`) so the compiler sees the same dataflow SPARTA's tri-AIE
design splits across cores.
"""

from __future__ import annotations

from sparta.kernels.stencil_text import (
    Arg,
    Body,
    BodyFn,
    Program,
    Value,
    box,
    check_sizes,
)


def hdiff(nx: int = 256, ny: int = 256, nz: int = 64, dtype: str = "i32") -> str:
    """Horizontal diffusion on `nz` planes of `nx` rows x `ny` columns.

    With r = row and c = column (per plane):
      lap(r,c) = 4*in(r,c) - in(r-1,c) - in(r+1,c) - in(r,c-1) - in(r,c+1)
      flx(r,c) = lap(r+1,c) - lap(r,c), or 0 when flx * (in(r+1,c) - in(r,c)) > 0
      fly(r,c) = lap(r,c+1) - lap(r,c), or 0 when fly * (in(r,c+1) - in(r,c)) > 0
      out(r,c) = in(r,c) - 7 * (flx(r,c) - flx(r-1,c) + fly(r,c) - fly(r,c-1))
    Fields are `[0,nz] x [-2,nx+2] x [-2,ny+2]`; `out` is stored on the interior. The
    comparison is signed for integers and ordered for floats. SPARTA's fp32 kernels differ
    (they zero on >= 0 and add 7x the flux sum); every dtype here follows the int32 math.
    """
    check_sizes(nx=nx, ny=ny, nz=nz)
    interior = box((0, nz), (0, nx), (0, ny))
    full = interior.grow(0, 2, 2)
    program = Program(
        "hdiff",
        dtype,
        f"""
hdiff: SPARTA's horizontal diffusion (COSMO benchmark, coefficient 7), {dtype}.
Interior {nz} planes x {nx} rows x {ny} columns; halo 2 in rows and columns.
  lap = 4*in - in(r-1) - in(r+1) - in(c-1) - in(c+1)
  flx = lap(r+1) - lap, zeroed when flx * (in(r+1) - in) > 0
  fly = lap(c+1) - lap, zeroed when fly * (in(c+1) - in) > 0
  out = in - 7 * (flx - flx(r-1) + fly - fly(c-1))
""",
        store_result=True,
    )
    field_in = program.input("in", full)
    field_out = program.output("out", full)
    temp_in = program.load(field_in, full, "in")

    def lap(b: Body, inp: Arg) -> list[Value]:
        result = b.mul(b.const(4), b.at(inp, 0, 0, 0), "four_in")
        for row, col in ((-1, 0), (1, 0), (0, -1), (0, 1)):
            result = b.sub(result, b.at(inp, 0, row, col), "lap")
        return [result]

    def limited_flux(row: int, col: int) -> BodyFn:
        """The flux to the next point along (row, col), zeroed where it is down-gradient."""

        def flux(b: Body, inp: Arg, lap_: Arg) -> list[Value]:
            name = "flx" if row else "fly"
            diff = b.sub(b.at(lap_, 0, row, col), b.at(lap_, 0, 0, 0), name)
            grad = b.sub(b.at(inp, 0, row, col), b.at(inp, 0, 0, 0), "grad")
            test = b.mul(diff, grad, "test")
            zero = b.const(0)
            return [b.select(b.compare("gt", test, zero), zero, diff, f"{name}_lim")]

        return flux

    lap_box = interior.grow(0, 1, 1)
    (temp_lap,) = program.apply(["lap"], [temp_in], lap_box, lap)
    flx_box = box((0, nz), (-1, nx), (0, ny))
    (temp_flx,) = program.apply(["flx"], [temp_in, temp_lap], flx_box, limited_flux(1, 0))
    fly_box = box((0, nz), (0, nx), (-1, ny))
    (temp_fly,) = program.apply(["fly"], [temp_in, temp_lap], fly_box, limited_flux(0, 1))

    def out(b: Body, inp: Arg, flx: Arg, fly: Arg) -> list[Value]:
        div = b.sub(b.at(flx, 0, 0, 0), b.at(flx, 0, -1, 0), "div")
        div = b.add(div, b.at(fly, 0, 0, 0), "div")
        div = b.sub(div, b.at(fly, 0, 0, -1), "div")
        return [b.sub(b.at(inp, 0, 0, 0), b.mul(b.const(7), div, "update"), "out")]

    (temp_out,) = program.apply(["out"], [temp_in, temp_flx, temp_fly], interior, out)
    program.store(temp_out, field_out, interior)
    return program.text()
