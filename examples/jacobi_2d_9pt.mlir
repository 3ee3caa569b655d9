// jacobi_2d_9pt: 9-point box Jacobi sweep, i32; 1024 rows x 1024 columns, halo 1.
//   out = 1/9 * (sum of in over the 3x3 box)    (integers: (sum * 7) >> 6)
func.func @jacobi_2d_9pt(%in_field: !stencil.field<[-1,1025]x[-1,1025]xi32>, %out_field: !stencil.field<[-1,1025]x[-1,1025]xi32>) {
  %in_temp = stencil.load %in_field : !stencil.field<[-1,1025]x[-1,1025]xi32> -> !stencil.temp<[-1,1025]x[-1,1025]xi32>
  %out_temp = stencil.apply(%in = %in_temp : !stencil.temp<[-1,1025]x[-1,1025]xi32>) -> (!stencil.temp<[0,1024]x[0,1024]xi32>) {
    %c7 = arith.constant 7 : i32
    %c6 = arith.constant 6 : i32
    %in_im1_jm1 = stencil.access %in[-1, -1] : !stencil.temp<[-1,1025]x[-1,1025]xi32>
    %in_im1 = stencil.access %in[-1, 0] : !stencil.temp<[-1,1025]x[-1,1025]xi32>
    %in_im1_jp1 = stencil.access %in[-1, 1] : !stencil.temp<[-1,1025]x[-1,1025]xi32>
    %in_jm1 = stencil.access %in[0, -1] : !stencil.temp<[-1,1025]x[-1,1025]xi32>
    %in_0 = stencil.access %in[0, 0] : !stencil.temp<[-1,1025]x[-1,1025]xi32>
    %in_jp1 = stencil.access %in[0, 1] : !stencil.temp<[-1,1025]x[-1,1025]xi32>
    %in_ip1_jm1 = stencil.access %in[1, -1] : !stencil.temp<[-1,1025]x[-1,1025]xi32>
    %in_ip1 = stencil.access %in[1, 0] : !stencil.temp<[-1,1025]x[-1,1025]xi32>
    %in_ip1_jp1 = stencil.access %in[1, 1] : !stencil.temp<[-1,1025]x[-1,1025]xi32>
    %sum = arith.addi %in_im1_jm1, %in_im1 : i32
    %sum2 = arith.addi %sum, %in_im1_jp1 : i32
    %sum3 = arith.addi %sum2, %in_jm1 : i32
    %sum4 = arith.addi %sum3, %in_0 : i32
    %sum5 = arith.addi %sum4, %in_jp1 : i32
    %sum6 = arith.addi %sum5, %in_ip1_jm1 : i32
    %sum7 = arith.addi %sum6, %in_ip1 : i32
    %sum8 = arith.addi %sum7, %in_ip1_jp1 : i32
    %out_wide = arith.muli %sum8, %c7 : i32
    %out = arith.shrsi %out_wide, %c6 : i32
    stencil.return %out : i32
  }
  stencil.store %out_temp to %out_field(<[0, 0], [1024, 1024]>) : !stencil.temp<[0,1024]x[0,1024]xi32> to !stencil.field<[-1,1025]x[-1,1025]xi32>
  func.return
}
