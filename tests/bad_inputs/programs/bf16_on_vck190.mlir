// jacobi_2d_5pt: 5-point Jacobi sweep, bf16; 6 rows x 7 columns, halo 1.
//   out = 1/5 * (in + in(r-1) + in(r+1) + in(c-1) + in(c+1))    (integers: (sum * 13) >> 6)
func.func @jacobi_2d_5pt(%in_field: !stencil.field<[-1,7]x[-1,8]xbf16>, %out_field: !stencil.field<[-1,7]x[-1,8]xbf16>) {
  %in_temp = stencil.load %in_field : !stencil.field<[-1,7]x[-1,8]xbf16> -> !stencil.temp<[-1,7]x[-1,8]xbf16>
  %out_temp = stencil.apply(%in = %in_temp : !stencil.temp<[-1,7]x[-1,8]xbf16>) -> (!stencil.temp<[0,6]x[0,7]xbf16>) {
    %cst = arith.constant 0.20000000298023224 : bf16
    %in_0 = stencil.access %in[0, 0] : !stencil.temp<[-1,7]x[-1,8]xbf16>
    %in_im1 = stencil.access %in[-1, 0] : !stencil.temp<[-1,7]x[-1,8]xbf16>
    %in_ip1 = stencil.access %in[1, 0] : !stencil.temp<[-1,7]x[-1,8]xbf16>
    %in_jm1 = stencil.access %in[0, -1] : !stencil.temp<[-1,7]x[-1,8]xbf16>
    %in_jp1 = stencil.access %in[0, 1] : !stencil.temp<[-1,7]x[-1,8]xbf16>
    %sum = arith.addf %in_0, %in_im1 : bf16
    %sum2 = arith.addf %sum, %in_ip1 : bf16
    %sum3 = arith.addf %sum2, %in_jm1 : bf16
    %sum4 = arith.addf %sum3, %in_jp1 : bf16
    %out = arith.mulf %cst, %sum4 : bf16
    stencil.return %out : bf16
  }
  stencil.store %out_temp to %out_field(<[0, 0], [6, 7]>) : !stencil.temp<[0,6]x[0,7]xbf16> to !stencil.field<[-1,7]x[-1,8]xbf16>
  func.return
}
