// hyperdiffusion_6th: sixth-order horizontal hyperdiffusion (radius 3), f32.
// Interior 64 planes x 256 rows x 256 columns; halo 3 in rows and columns.
//   d6(dir) = (in(-3) + in(+3)) - 6 * (in(-2) + in(+2)) + 15 * (in(-1) + in(+1)) - 20 * in
//   out     = in + 1/64 * (d6(rows) + d6(columns))    (integers: in + ((d6r + d6c) >> 6))
func.func @hyperdiffusion_6th(%in_field: !stencil.field<[0,64]x[-3,259]x[-3,259]xf32>, %out_field: !stencil.field<[0,64]x[-3,259]x[-3,259]xf32>) {
  %in_temp = stencil.load %in_field : !stencil.field<[0,64]x[-3,259]x[-3,259]xf32> -> !stencil.temp<[0,64]x[-3,259]x[-3,259]xf32>
  %out_temp = stencil.apply(%in = %in_temp : !stencil.temp<[0,64]x[-3,259]x[-3,259]xf32>) -> (!stencil.temp<[0,64]x[0,256]x[0,256]xf32>) {
    %c6 = arith.constant 6.0 : f32
    %c15 = arith.constant 15.0 : f32
    %c20 = arith.constant 20.0 : f32
    %cst = arith.constant 0.015625 : f32
    %in_0 = stencil.access %in[0, 0, 0] : !stencil.temp<[0,64]x[-3,259]x[-3,259]xf32>
    %in_im3 = stencil.access %in[0, -3, 0] : !stencil.temp<[0,64]x[-3,259]x[-3,259]xf32>
    %in_ip3 = stencil.access %in[0, 3, 0] : !stencil.temp<[0,64]x[-3,259]x[-3,259]xf32>
    %sum = arith.addf %in_im3, %in_ip3 : f32
    %in_im2 = stencil.access %in[0, -2, 0] : !stencil.temp<[0,64]x[-3,259]x[-3,259]xf32>
    %in_ip2 = stencil.access %in[0, 2, 0] : !stencil.temp<[0,64]x[-3,259]x[-3,259]xf32>
    %sum2 = arith.addf %in_im2, %in_ip2 : f32
    %prod = arith.mulf %c6, %sum2 : f32
    %d6r = arith.subf %sum, %prod : f32
    %in_im1 = stencil.access %in[0, -1, 0] : !stencil.temp<[0,64]x[-3,259]x[-3,259]xf32>
    %in_ip1 = stencil.access %in[0, 1, 0] : !stencil.temp<[0,64]x[-3,259]x[-3,259]xf32>
    %sum3 = arith.addf %in_im1, %in_ip1 : f32
    %prod2 = arith.mulf %c15, %sum3 : f32
    %d6r2 = arith.addf %d6r, %prod2 : f32
    %prod3 = arith.mulf %c20, %in_0 : f32
    %d6r3 = arith.subf %d6r2, %prod3 : f32
    %in_jm3 = stencil.access %in[0, 0, -3] : !stencil.temp<[0,64]x[-3,259]x[-3,259]xf32>
    %in_jp3 = stencil.access %in[0, 0, 3] : !stencil.temp<[0,64]x[-3,259]x[-3,259]xf32>
    %sum4 = arith.addf %in_jm3, %in_jp3 : f32
    %in_jm2 = stencil.access %in[0, 0, -2] : !stencil.temp<[0,64]x[-3,259]x[-3,259]xf32>
    %in_jp2 = stencil.access %in[0, 0, 2] : !stencil.temp<[0,64]x[-3,259]x[-3,259]xf32>
    %sum5 = arith.addf %in_jm2, %in_jp2 : f32
    %prod4 = arith.mulf %c6, %sum5 : f32
    %d6c = arith.subf %sum4, %prod4 : f32
    %in_jm1 = stencil.access %in[0, 0, -1] : !stencil.temp<[0,64]x[-3,259]x[-3,259]xf32>
    %in_jp1 = stencil.access %in[0, 0, 1] : !stencil.temp<[0,64]x[-3,259]x[-3,259]xf32>
    %sum6 = arith.addf %in_jm1, %in_jp1 : f32
    %prod5 = arith.mulf %c15, %sum6 : f32
    %d6c2 = arith.addf %d6c, %prod5 : f32
    %d6c3 = arith.subf %d6c2, %prod3 : f32
    %d6 = arith.addf %d6r3, %d6c3 : f32
    %damping = arith.mulf %cst, %d6 : f32
    %out = arith.addf %in_0, %damping : f32
    %out_result = stencil.store_result %out : !stencil.result<f32>
    stencil.return %out_result : !stencil.result<f32>
  }
  stencil.store %out_temp to %out_field(<[0, 0, 0], [64, 256, 256]>) : !stencil.temp<[0,64]x[0,256]x[0,256]xf32> to !stencil.field<[0,64]x[-3,259]x[-3,259]xf32>
  func.return
}
