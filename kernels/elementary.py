"""The five elementary stencils SPARTA's evaluation uses, as MLIR text.

Each is one apply `out = weighted sum of in` over the interior, written in the plain
`stencil.return` form (xDSL's own test style; hdiff and the weather kernels use the OEC
`stencil.store_result` form, so both forms are exercised).

Float programs use the classic weights. Integer programs use the same weights as 6-bit
fixed point (`stencil_text.Body.scale`): weight w becomes k = round(64 w), and `w * x` is
`(x * k) >> 6`, or `x >> s` when k = 2**(6 - s); the shift floors like an AIE `srs`.
"""

from __future__ import annotations

from sparta.kernels.stencil_text import Arg, Body, Value, box, check_sizes, one_apply_program


def jacobi_1d(ny: int = 1_048_576, dtype: str = "i32") -> str:
    """3-point Jacobi on a 1-D field of `ny` points (the column dimension), halo 1:
    out(c) = 1/3 * (in(c-1) + in(c) + in(c+1)); integers: (sum * 21) >> 6."""
    check_sizes(ny=ny)

    def body(b: Body, inp: Arg) -> list[Value]:
        total = b.total([b.at(inp, -1), b.at(inp, 0), b.at(inp, 1)])
        return [b.scale(total, 1 / 3, "out")]

    header = f"""
jacobi_1d: 3-point Jacobi sweep, {dtype}; {ny} points, halo 1.
  out = 1/3 * (in(c-1) + in(c) + in(c+1))    (integers: (sum * 21) >> 6)
"""
    return one_apply_program(
        "jacobi_1d", dtype, header, box((0, ny)), (1,), body, store_result=False
    )


def jacobi_2d_5pt(nx: int = 1024, ny: int = 1024, dtype: str = "i32") -> str:
    """5-point Jacobi on `nx` rows x `ny` columns, halo 1:
    out = 1/5 * (in + in(r-1) + in(r+1) + in(c-1) + in(c+1)); integers: (sum * 13) >> 6."""
    check_sizes(nx=nx, ny=ny)

    def body(b: Body, inp: Arg) -> list[Value]:
        points = [(0, 0), (-1, 0), (1, 0), (0, -1), (0, 1)]
        total = b.total([b.at(inp, row, col) for row, col in points])
        return [b.scale(total, 1 / 5, "out")]

    header = f"""
jacobi_2d_5pt: 5-point Jacobi sweep, {dtype}; {nx} rows x {ny} columns, halo 1.
  out = 1/5 * (in + in(r-1) + in(r+1) + in(c-1) + in(c+1))    (integers: (sum * 13) >> 6)
"""
    return one_apply_program(
        "jacobi_2d_5pt", dtype, header, box((0, nx), (0, ny)), (1, 1), body, store_result=False
    )


def jacobi_2d_9pt(nx: int = 1024, ny: int = 1024, dtype: str = "i32") -> str:
    """9-point box Jacobi on `nx` rows x `ny` columns, halo 1:
    out = 1/9 * (sum of the 3x3 box, row by row); integers: (sum * 7) >> 6."""
    check_sizes(nx=nx, ny=ny)

    def body(b: Body, inp: Arg) -> list[Value]:
        box3 = [b.at(inp, row, col) for row in (-1, 0, 1) for col in (-1, 0, 1)]
        return [b.scale(b.total(box3), 1 / 9, "out")]

    header = f"""
jacobi_2d_9pt: 9-point box Jacobi sweep, {dtype}; {nx} rows x {ny} columns, halo 1.
  out = 1/9 * (sum of in over the 3x3 box)    (integers: (sum * 7) >> 6)
"""
    return one_apply_program(
        "jacobi_2d_9pt", dtype, header, box((0, nx), (0, ny)), (1, 1), body, store_result=False
    )


def heat_3d(nx: int = 256, ny: int = 256, nz: int = 64, dtype: str = "i32") -> str:
    """7-point heat equation step (PolyBench heat-3d, one sweep) on `nz` planes of `nx`
    rows x `ny` columns, halo 1 in every dimension:
    out = in + 0.125 * (sum of the 6 neighbours - 6 * in), computed as
    0.125 * (in(k-1) + in(k+1) + in(r-1) + in(r+1) + in(c-1) + in(c+1)) + 0.25 * in;
    integers: (sum >> 3) + (in >> 2)."""
    check_sizes(nx=nx, ny=ny, nz=nz)

    def body(b: Body, inp: Arg) -> list[Value]:
        points = [(-1, 0, 0), (1, 0, 0), (0, -1, 0), (0, 1, 0), (0, 0, -1), (0, 0, 1)]
        neighbours = b.scale(b.total([b.at(inp, *p) for p in points]), 0.125, "neighbours")
        centre = b.scale(b.at(inp, 0, 0, 0), 0.25, "centre")
        return [b.add(neighbours, centre, "out")]

    header = f"""
heat_3d: 7-point heat step, {dtype}; {nz} planes x {nx} rows x {ny} columns, halo 1.
  out = 0.125 * (in(k-1) + in(k+1) + in(r-1) + in(r+1) + in(c-1) + in(c+1)) + 0.25 * in
  (integers: (sum >> 3) + (in >> 2))
"""
    interior = box((0, nz), (0, nx), (0, ny))
    return one_apply_program(
        "heat_3d", dtype, header, interior, (1, 1, 1), body, store_result=False
    )


def diamond_2d_13pt(nx: int = 1024, ny: int = 1024, dtype: str = "i32") -> str:
    """13-point diamond (|dr| + |dc| <= 2, radius 2) smoother on `nx` rows x `ny` columns:
    out = 1/4 * in + 1/8 * (4 axial neighbours at distance 1)
          + 1/32 * (4 diagonal neighbours + 4 axial neighbours at distance 2);
    the weights sum to 1; integers: (in >> 2) + (near >> 3) + (far >> 5)."""
    check_sizes(nx=nx, ny=ny)

    def body(b: Body, inp: Arg) -> list[Value]:
        def total(points: list[tuple[int, int]], hint: str) -> Value:
            return b.total([b.at(inp, *p) for p in points], hint)

        near = total([(-1, 0), (1, 0), (0, -1), (0, 1)], "near")
        diagonal = total([(-1, -1), (-1, 1), (1, -1), (1, 1)], "diag")
        far = b.add(diagonal, total([(-2, 0), (2, 0), (0, -2), (0, 2)], "axial2"), "far")
        result = b.add(b.scale(b.at(inp, 0, 0), 0.25, "centre"), b.scale(near, 0.125), "out")
        return [b.add(result, b.scale(far, 1 / 32), "out")]

    header = f"""
diamond_2d_13pt: 13-point diamond smoother (radius 2), {dtype}; {nx} rows x {ny} columns.
  near = in(r-1) + in(r+1) + in(c-1) + in(c+1)
  far  = in(r-1,c-1) + in(r-1,c+1) + in(r+1,c-1) + in(r+1,c+1)
         + in(r-2) + in(r+2) + in(c-2) + in(c+2)
  out  = 1/4 * in + 1/8 * near + 1/32 * far    (integers: (in >> 2) + (near >> 3) + (far >> 5))
"""
    return one_apply_program(
        "diamond_2d_13pt", dtype, header, box((0, nx), (0, ny)), (2, 2), body, store_result=False
    )
