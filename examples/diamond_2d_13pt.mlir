// diamond_2d_13pt: 13-point diamond smoother (radius 2), i32; 1024 rows x 1024 columns.
//   near = in(r-1) + in(r+1) + in(c-1) + in(c+1)
//   far  = in(r-1,c-1) + in(r-1,c+1) + in(r+1,c-1) + in(r+1,c+1)
//          + in(r-2) + in(r+2) + in(c-2) + in(c+2)
//   out  = 1/4 * in + 1/8 * near + 1/32 * far    (integers: (in >> 2) + (near >> 3) + (far >> 5))
func.func @diamond_2d_13pt(%in_field: !stencil.field<[-2,1026]x[-2,1026]xi32>, %out_field: !stencil.field<[-2,1026]x[-2,1026]xi32>) {
  %in_temp = stencil.load %in_field : !stencil.field<[-2,1026]x[-2,1026]xi32> -> !stencil.temp<[-2,1026]x[-2,1026]xi32>
  %out_temp = stencil.apply(%in = %in_temp : !stencil.temp<[-2,1026]x[-2,1026]xi32>) -> (!stencil.temp<[0,1024]x[0,1024]xi32>) {
    %c2 = arith.constant 2 : i32
    %c3 = arith.constant 3 : i32
    %c5 = arith.constant 5 : i32
    %in_im1 = stencil.access %in[-1, 0] : !stencil.temp<[-2,1026]x[-2,1026]xi32>
    %in_ip1 = stencil.access %in[1, 0] : !stencil.temp<[-2,1026]x[-2,1026]xi32>
    %in_jm1 = stencil.access %in[0, -1] : !stencil.temp<[-2,1026]x[-2,1026]xi32>
    %in_jp1 = stencil.access %in[0, 1] : !stencil.temp<[-2,1026]x[-2,1026]xi32>
    %near = arith.addi %in_im1, %in_ip1 : i32
    %near2 = arith.addi %near, %in_jm1 : i32
    %near3 = arith.addi %near2, %in_jp1 : i32
    %in_im1_jm1 = stencil.access %in[-1, -1] : !stencil.temp<[-2,1026]x[-2,1026]xi32>
    %in_im1_jp1 = stencil.access %in[-1, 1] : !stencil.temp<[-2,1026]x[-2,1026]xi32>
    %in_ip1_jm1 = stencil.access %in[1, -1] : !stencil.temp<[-2,1026]x[-2,1026]xi32>
    %in_ip1_jp1 = stencil.access %in[1, 1] : !stencil.temp<[-2,1026]x[-2,1026]xi32>
    %diag = arith.addi %in_im1_jm1, %in_im1_jp1 : i32
    %diag2 = arith.addi %diag, %in_ip1_jm1 : i32
    %diag3 = arith.addi %diag2, %in_ip1_jp1 : i32
    %in_im2 = stencil.access %in[-2, 0] : !stencil.temp<[-2,1026]x[-2,1026]xi32>
    %in_ip2 = stencil.access %in[2, 0] : !stencil.temp<[-2,1026]x[-2,1026]xi32>
    %in_jm2 = stencil.access %in[0, -2] : !stencil.temp<[-2,1026]x[-2,1026]xi32>
    %in_jp2 = stencil.access %in[0, 2] : !stencil.temp<[-2,1026]x[-2,1026]xi32>
    %axial2 = arith.addi %in_im2, %in_ip2 : i32
    %axial22 = arith.addi %axial2, %in_jm2 : i32
    %axial23 = arith.addi %axial22, %in_jp2 : i32
    %far = arith.addi %diag3, %axial23 : i32
    %in_0 = stencil.access %in[0, 0] : !stencil.temp<[-2,1026]x[-2,1026]xi32>
    %centre = arith.shrsi %in_0, %c2 : i32
    %scaled = arith.shrsi %near3, %c3 : i32
    %out = arith.addi %centre, %scaled : i32
    %scaled2 = arith.shrsi %far, %c5 : i32
    %out2 = arith.addi %out, %scaled2 : i32
    stencil.return %out2 : i32
  }
  stencil.store %out_temp to %out_field(<[0, 0], [1024, 1024]>) : !stencil.temp<[0,1024]x[0,1024]xi32> to !stencil.field<[-2,1026]x[-2,1026]xi32>
  func.return
}
