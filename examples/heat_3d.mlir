// heat_3d: 7-point heat step, i32; 64 planes x 256 rows x 256 columns, halo 1.
//   out = 0.125 * (in(k-1) + in(k+1) + in(r-1) + in(r+1) + in(c-1) + in(c+1)) + 0.25 * in
//   (integers: (sum >> 3) + (in >> 2))
func.func @heat_3d(%in_field: !stencil.field<[-1,65]x[-1,257]x[-1,257]xi32>, %out_field: !stencil.field<[-1,65]x[-1,257]x[-1,257]xi32>) {
  %in_temp = stencil.load %in_field : !stencil.field<[-1,65]x[-1,257]x[-1,257]xi32> -> !stencil.temp<[-1,65]x[-1,257]x[-1,257]xi32>
  %out_temp = stencil.apply(%in = %in_temp : !stencil.temp<[-1,65]x[-1,257]x[-1,257]xi32>) -> (!stencil.temp<[0,64]x[0,256]x[0,256]xi32>) {
    %c3 = arith.constant 3 : i32
    %c2 = arith.constant 2 : i32
    %in_km1 = stencil.access %in[-1, 0, 0] : !stencil.temp<[-1,65]x[-1,257]x[-1,257]xi32>
    %in_kp1 = stencil.access %in[1, 0, 0] : !stencil.temp<[-1,65]x[-1,257]x[-1,257]xi32>
    %in_im1 = stencil.access %in[0, -1, 0] : !stencil.temp<[-1,65]x[-1,257]x[-1,257]xi32>
    %in_ip1 = stencil.access %in[0, 1, 0] : !stencil.temp<[-1,65]x[-1,257]x[-1,257]xi32>
    %in_jm1 = stencil.access %in[0, 0, -1] : !stencil.temp<[-1,65]x[-1,257]x[-1,257]xi32>
    %in_jp1 = stencil.access %in[0, 0, 1] : !stencil.temp<[-1,65]x[-1,257]x[-1,257]xi32>
    %sum = arith.addi %in_km1, %in_kp1 : i32
    %sum2 = arith.addi %sum, %in_im1 : i32
    %sum3 = arith.addi %sum2, %in_ip1 : i32
    %sum4 = arith.addi %sum3, %in_jm1 : i32
    %sum5 = arith.addi %sum4, %in_jp1 : i32
    %neighbours = arith.shrsi %sum5, %c3 : i32
    %in_0 = stencil.access %in[0, 0, 0] : !stencil.temp<[-1,65]x[-1,257]x[-1,257]xi32>
    %centre = arith.shrsi %in_0, %c2 : i32
    %out = arith.addi %neighbours, %centre : i32
    stencil.return %out : i32
  }
  stencil.store %out_temp to %out_field(<[0, 0, 0], [64, 256, 256]>) : !stencil.temp<[0,64]x[0,256]x[0,256]xi32> to !stencil.field<[-1,65]x[-1,257]x[-1,257]xi32>
  func.return
}
