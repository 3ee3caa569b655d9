// jacobi_1d: 3-point Jacobi sweep, i32; 8 points, halo 1.
//   out = 1/3 * (in(c-1) + in(c) + in(c+1))    (integers: (sum * 21) >> 6)
func.func @jacobi_1d(%in_field: !stencil.field<[-1,9]xi32>, %out_field: !stencil.field<[-1,9]xi32>) {
  %lb = arith.constant 0 : index
  %ub = arith.constant 2 : index
  %st = arith.constant 1 : index
  scf.for %i = %lb to %ub step %st {
    %in_temp = stencil.load %in_field : !stencil.field<[-1,9]xi32> -> !stencil.temp<[-1,9]xi32>
    %out_temp = stencil.apply(%in = %in_temp : !stencil.temp<[-1,9]xi32>) -> (!stencil.temp<[0,8]xi32>) {
      %c21 = arith.constant 21 : i32
      %c6 = arith.constant 6 : i32
      %in_jm1 = stencil.access %in[-1] : !stencil.temp<[-1,9]xi32>
      %in_0 = stencil.access %in[0] : !stencil.temp<[-1,9]xi32>
      %in_jp1 = stencil.access %in[1] : !stencil.temp<[-1,9]xi32>
      %sum = arith.addi %in_jm1, %in_0 : i32
      %sum2 = arith.addi %sum, %in_jp1 : i32
      %out_wide = arith.muli %sum2, %c21 : i32
      %out = arith.shrsi %out_wide, %c6 : i32
      stencil.return %out : i32
    }
    stencil.store %out_temp to %out_field(<[0], [8]>) : !stencil.temp<[0,8]xi32> to !stencil.field<[-1,9]xi32>
  }
  func.return
}
