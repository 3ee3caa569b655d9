// jacobi_2d_5pt: 5-point Jacobi sweep, f32; 6 rows x 7 columns, halo 1.
//   out = 1/5 * (in + in(r-1) + in(r+1) + in(c-1) + in(c+1))    (integers: (sum * 13) >> 6)
func.func @jacobi_2d_5pt(%in_field: !stencil.field<[-1,7]x[-1,8]xf32>, %out_field: !stencil.field<[-1,7]x[-1,8]xf32>) {
  %in_temp = stencil.load %in_field : !stencil.field<[-1,7]x[-1,8]xf32> -> !stencil.temp<[-1,7]x[-1,8]xf32>
  %out_temp = stencil.apply(%in = %in_temp : !stencil.temp<[-1,7]x[-1,8]xf32>) -> (!stencil.temp<[0,6]x[0,7]xf32>) {
    %cst = arith.constant 0.20000000298023224 : f32
    %in_0 = stencil.access %in[0, 0] : !stencil.temp<[-1,7]x[-1,8]xf32>
    %in_im1 = stencil.access %in[-1, 0] : !stencil.temp<[-1,7]x[-1,8]xf32>
    %in_ip1 = stencil.access %in[1, 0] : !stencil.temp<[-1,7]x[-1,8]xf32>
    %in_jm1 = stencil.access %in[0, -1] : !stencil.temp<[-1,7]x[-1,8]xf32>
    %in_jp1 = stencil.access %in[0, 1] : !stencil.temp<[-1,7]x[-1,8]xf32>
    %sum = arith.addf %in_0, %in_im1 : f32
    %sum2 = arith.addf %sum, %in_ip1 : f32
    %sum3 = arith.addf %sum2, %in_jm1 : f32
    %sum4 = arith.addf %sum3, %in_jp1 : f32
    %v = vector.broadcast %sum4 : f32 to vector<4xf32>
    %e = vector.extract %v[0] : f32 from vector<4xf32>
    %out = arith.mulf %cst, %e : f32
    stencil.return %out : f32
  }
  stencil.store %out_temp to %out_field(<[0, 0], [6, 7]>) : !stencil.temp<[0,6]x[0,7]xf32> to !stencil.field<[-1,7]x[-1,8]xf32>
  func.return
}
