"""Weather-model kernels with the features real OEC programs have, as MLIR text.

- `laplacian_chain`: an apply consuming another apply's result (Laplacian of a Laplacian).
- `upwind_advection`: a three-apply flux-form scheme with staggered velocity fields, a
  slope limiter, and a 1-D per-row metric field read from 3-D applies through
  `stencil.access` offset mappings (`%rdx[_, 0, _]`).
- `kinetic_energy`: one apply with two results stored to two output fields.
- `hyperdiffusion_6th`: a radius-3 halo.

All are 3-D fields (plane, row, column), advanced plane by plane, in the OEC
`stencil.store_result` form. Integer programs treat values as 6-bit fixed point where a
product of two fields or a fractional weight appears (`Body.fixed_mul`, `Body.scale`).
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
    one_apply_program,
)


def _laplacian(b: Body, field: Arg, hint: str) -> Value:
    """in(r-1) + in(r+1) + in(c-1) + in(c+1) - 4 * in, per plane."""
    points = [(0, -1, 0), (0, 1, 0), (0, 0, -1), (0, 0, 1)]
    neighbours = b.total([b.at(field, *p) for p in points], "neighbours")
    return b.sub(neighbours, b.mul(b.const(4), b.at(field, 0, 0, 0), "four"), hint)


def laplacian_chain(nx: int = 256, ny: int = 256, nz: int = 64, dtype: str = "f32") -> str:
    """The biharmonic operator as two chained 5-point Laplacians (radius 2):
    lap = in(r-1) + in(r+1) + in(c-1) + in(c+1) - 4 * in on rows [-1, nx+1) and columns
    [-1, ny+1); out = the same Laplacian of lap on the interior. Fields are
    `[0,nz] x [-2,nx+2] x [-2,ny+2]`."""
    check_sizes(nx=nx, ny=ny, nz=nz)
    interior = box((0, nz), (0, nx), (0, ny))
    full = interior.grow(0, 2, 2)
    program = Program(
        "laplacian_chain",
        dtype,
        f"""
laplacian_chain: Laplacian of a Laplacian (biharmonic, radius 2), {dtype}.
Interior {nz} planes x {nx} rows x {ny} columns; halo 2 in rows and columns.
  lap = in(r-1) + in(r+1) + in(c-1) + in(c+1) - 4 * in
  out = lap(r-1) + lap(r+1) + lap(c-1) + lap(c+1) - 4 * lap
""",
        store_result=True,
    )
    field_in = program.input("in", full)
    field_out = program.output("out", full)
    temp_in = program.load(field_in, full, "in")
    (temp_lap,) = program.apply(
        ["lap"], [temp_in], interior.grow(0, 1, 1), lambda b, f: [_laplacian(b, f, "lap")]
    )
    (temp_out,) = program.apply(
        ["out"], [temp_lap], interior, lambda b, f: [_laplacian(b, f, "out")]
    )
    program.store(temp_out, field_out, interior)
    return program.text()


def _minmod(b: Body, a: Value, c: Value) -> Value:
    """0 when a and c differ in sign (or one is 0), else the one of smaller magnitude."""
    zero = b.const(0)
    opposite = b.compare("le", b.mul(a, c, "sign"), zero, "opposite")
    a_smaller = b.compare("lt", b.mul(a, a, "sq"), b.mul(c, c, "sq"), "a_smaller")
    return b.select(opposite, zero, b.select(a_smaller, a, c, "smaller"), "slope")


def _upwind_flux(row: int, col: int) -> BodyFn:
    """The limited upwind flux through the face between the points at -1 and 0 along
    (row, col): the velocity times the upwind cell's MUSCL face value."""

    def body(b: Body, q: Arg, velocity: Arg) -> list[Value]:
        def cell(n: int) -> Value:
            return b.at(q, 0, n * row, n * col)

        behind_slope = _minmod(b, b.sub(cell(0), cell(-1), "d0"), b.sub(cell(-1), cell(-2), "dm"))
        ahead_slope = _minmod(b, b.sub(cell(1), cell(0), "dp"), b.sub(cell(0), cell(-1), "d0"))
        behind = b.add(cell(-1), b.scale(behind_slope, 0.5, "half"), "q_behind")
        ahead = b.sub(cell(0), b.scale(ahead_slope, 0.5, "half"), "q_ahead")
        speed = b.at(velocity, 0, 0, 0)
        forward = b.compare("gt", speed, b.const(0), "forward")
        upwind = b.select(forward, behind, ahead, "q_upwind")
        return [b.fixed_mul(speed, upwind, "flux")]

    return body


def upwind_advection(nx: int = 256, ny: int = 256, nz: int = 64, dtype: str = "f32") -> str:
    """One flux-form, slope-limited (MUSCL, minmod) upwind advection step of a tracer q
    on a C grid; the time step is folded into the velocities and the metric.

    u(r,c) is the velocity through the face between columns c-1 and c, v(r,c) through the
    face between rows r-1 and r, and rdx(r) a per-row metric (e.g. 1 / (dx cos(latitude)))
    held in a 1-D field. For the face between points p-1 and p along a direction:
      slope(p) = minmod(q(p+1) - q(p), q(p) - q(p-1))
      flux = vel * (q(p-1) + slope(p-1) / 2   if vel > 0
                    q(p)   - slope(p) / 2     otherwise)
    with fx on rows [0,nx) x columns [0,ny+1) and fy on rows [0,nx+1) x columns [0,ny);
      out = q - rdx(r) * (fx(c+1) - fx(c) + fy(r+1) - fy(r)).
    q, u, v and out are `[0,nz] x [-2,nx+2] x [-2,ny+2]`; rdx is `[-2,nx+2]`. Integers are
    6-bit fixed point: `vel * value` and `rdx * div` shift right by 6, halving shifts by 1.
    """
    check_sizes(nx=nx, ny=ny, nz=nz)
    interior = box((0, nz), (0, nx), (0, ny))
    full = interior.grow(0, 2, 2)
    rows = box((-2, nx + 2))
    program = Program(
        "upwind_advection",
        dtype,
        f"""
upwind_advection: flux-form MUSCL/minmod upwind advection on a C grid, {dtype}.
Interior {nz} planes x {nx} rows x {ny} columns; halo 2; rdx is a 1-D per-row metric.
  slope(p) = minmod(q(p+1) - q(p), q(p) - q(p-1))
  flux     = vel * (vel > 0 ? q(p-1) + slope(p-1)/2 : q(p) - slope(p)/2)   (face p-1/2)
  fx uses u along columns, fy uses v along rows
  out      = q - rdx(r) * (fx(c+1) - fx(c) + fy(r+1) - fy(r))
""",
        store_result=True,
    )
    field_q = program.input("q", full)
    field_u = program.input("u", full)
    field_v = program.input("v", full)
    field_rdx = program.input("rdx", rows)
    field_out = program.output("out", full)
    temp_q = program.load(field_q, full, "q")
    temp_u = program.load(field_u, box((0, nz), (0, nx), (0, ny + 1)), "u")
    temp_v = program.load(field_v, box((0, nz), (0, nx + 1), (0, ny)), "v")
    temp_rdx = program.load(field_rdx, box((0, nx)), "rdx")
    fx_box = box((0, nz), (0, nx), (0, ny + 1))
    (temp_fx,) = program.apply(["fx"], [temp_q, temp_u], fx_box, _upwind_flux(0, 1))
    fy_box = box((0, nz), (0, nx + 1), (0, ny))
    (temp_fy,) = program.apply(["fy"], [temp_q, temp_v], fy_box, _upwind_flux(1, 0))

    def update(b: Body, q: Arg, fx: Arg, fy: Arg, rdx: Arg) -> list[Value]:
        div = b.sub(b.at(fx, 0, 0, 1), b.at(fx, 0, 0, 0), "div")
        div = b.add(div, b.at(fy, 0, 1, 0), "div")
        div = b.sub(div, b.at(fy, 0, 0, 0), "div")
        tendency = b.fixed_mul(b.at(rdx, None, 0, None), div, "tendency")
        return [b.sub(b.at(q, 0, 0, 0), tendency, "out")]

    (temp_out,) = program.apply(["out"], [temp_q, temp_fx, temp_fy, temp_rdx], interior, update)
    program.store(temp_out, field_out, interior)
    return program.text()


def kinetic_energy(nx: int = 256, ny: int = 256, nz: int = 64, dtype: str = "f32") -> str:
    """Kinetic energy and relative vorticity of C-grid winds, from one two-result apply.

    u(r,c) sits on the face between columns c-1 and c, v(r,c) on the face between rows r-1
    and r (unit spacing):
      ke(r,c)   = 1/4 * (u(r,c)^2 + u(r,c+1)^2 + v(r,c)^2 + v(r+1,c)^2)   (cell centre)
      vort(r,c) = (v(r,c) - v(r,c-1)) - (u(r,c) - u(r-1,c))             (south-west corner)
    All fields are `[0,nz] x [-1,nx+1] x [-1,ny+1]`; integers: ke = sum >> 2."""
    check_sizes(nx=nx, ny=ny, nz=nz)
    interior = box((0, nz), (0, nx), (0, ny))
    full = interior.grow(0, 1, 1)
    program = Program(
        "kinetic_energy",
        dtype,
        f"""
kinetic_energy: kinetic energy and vorticity of C-grid winds (two outputs), {dtype}.
Interior {nz} planes x {nx} rows x {ny} columns; halo 1 in rows and columns.
  ke   = 1/4 * (u^2 + u(c+1)^2 + v^2 + v(r+1)^2)    (integers: sum >> 2)
  vort = (v - v(c-1)) - (u - u(r-1))
""",
        store_result=True,
    )
    field_u = program.input("u", full)
    field_v = program.input("v", full)
    field_ke = program.output("ke", full)
    field_vort = program.output("vort", full)
    temp_u = program.load(field_u, box((0, nz), (-1, nx), (0, ny + 1)), "u")
    temp_v = program.load(field_v, box((0, nz), (0, nx + 1), (-1, ny)), "v")

    def body(b: Body, u: Arg, v: Arg) -> list[Value]:
        faces = [b.at(u, 0, 0, 0), b.at(u, 0, 0, 1), b.at(v, 0, 0, 0), b.at(v, 0, 1, 0)]
        ke = b.scale(b.total([b.mul(f, f, "sq") for f in faces], "sq_sum"), 0.25, "ke")
        dvdx = b.sub(b.at(v, 0, 0, 0), b.at(v, 0, 0, -1), "dvdx")
        dudy = b.sub(b.at(u, 0, 0, 0), b.at(u, 0, -1, 0), "dudy")
        return [ke, b.sub(dvdx, dudy, "vort")]

    temp_ke, temp_vort = program.apply(["ke", "vort"], [temp_u, temp_v], interior, body)
    program.store(temp_ke, field_ke, interior)
    program.store(temp_vort, field_vort, interior)
    return program.text()


def hyperdiffusion_6th(nx: int = 256, ny: int = 256, nz: int = 64, dtype: str = "f32") -> str:
    """Sixth-order horizontal hyperdiffusion (the WRF-style 6th-order filter), radius 3:
    d6 along a direction is the sixth difference with weights 1, -6, 15, -20, 15, -6, 1,
    computed as (in(-3) + in(+3)) - 6 (in(-2) + in(+2)) + 15 (in(-1) + in(+1)) - 20 in;
    out = in + 1/64 * (d6 along rows + d6 along columns) (damps since d6 <= 0 on waves).
    Fields are `[0,nz] x [-3,nx+3] x [-3,ny+3]`; integers: in + ((d6r + d6c) >> 6)."""
    check_sizes(nx=nx, ny=ny, nz=nz)

    def body(b: Body, inp: Arg) -> list[Value]:
        centre = b.at(inp, 0, 0, 0)

        def sixth_difference(row: int, col: int, hint: str) -> Value:
            def pair(n: int) -> Value:
                return b.add(b.at(inp, 0, -n * row, -n * col), b.at(inp, 0, n * row, n * col))

            d6 = b.sub(pair(3), b.mul(b.const(6), pair(2)), hint)
            d6 = b.add(d6, b.mul(b.const(15), pair(1)), hint)
            return b.sub(d6, b.mul(b.const(20), centre), hint)

        both = b.add(sixth_difference(1, 0, "d6r"), sixth_difference(0, 1, "d6c"), "d6")
        return [b.add(centre, b.scale(both, 1 / 64, "damping"), "out")]

    header = f"""
hyperdiffusion_6th: sixth-order horizontal hyperdiffusion (radius 3), {dtype}.
Interior {nz} planes x {nx} rows x {ny} columns; halo 3 in rows and columns.
  d6(dir) = (in(-3) + in(+3)) - 6 * (in(-2) + in(+2)) + 15 * (in(-1) + in(+1)) - 20 * in
  out     = in + 1/64 * (d6(rows) + d6(columns))    (integers: in + ((d6r + d6c) >> 6))
"""
    interior = box((0, nz), (0, nx), (0, ny))
    return one_apply_program(
        "hyperdiffusion_6th", dtype, header, interior, (0, 3, 3), body, store_result=True
    )
